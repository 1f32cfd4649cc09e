"""Fetch article pages over HTTP, politely and within bounds.

Why a module of its own: the network is the one input that can hang, grow
without limit or loop, so every request here has a timeout, a size cap, a
redirect limit, bounded retries, a per-host delay and a robots.txt check.
Failures come back as :class:`FetchError` with a reason a person can act on;
the caller records it against the source and goes on with the others.
"""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dossier.config import Settings
from dossier.records import RawArticle

USER_AGENT = "dossier/0.1 (+news research tool)"


class FetchError(Exception):
    """A URL that could not be fetched, and why (recorded, never fatal)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Response:
    """What a fetch returned: final URL, status, headers and the (capped) body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes

    def text(self) -> str:
        """The body decoded by its declared charset, UTF-8 otherwise."""
        charset = "utf-8"
        ctype = self.headers.get("content-type", "")
        if "charset=" in ctype:
            charset = ctype.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirect handler with our own limit instead of its default 10."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.max_redirections = limit
        self.max_repeats = 2  # the same URL twice in one chain is a loop


@dataclass
class Fetcher:
    """One fetching session: remembers robots.txt and last request per host.

    State lives on the instance (not in module globals) so that tests and
    concurrent commands never share it.
    """

    settings: Settings
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def _opener(self) -> urllib.request.OpenerDirector:
        return urllib.request.build_opener(_LimitedRedirects(self.settings.fetch_max_redirects))

    def _wait_turn(self, host: str) -> None:
        """Keep at least ``fetch_delay`` seconds between requests to one host."""
        last = self._last.get(host)
        if last is not None:
            gap = self.settings.fetch_delay - (self.clock() - last)
            if gap > 0:
                self.sleep(gap)
        self._last[host] = self.clock()

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our user agent fetch ``url``.

        A robots.txt that cannot be read (absent, 404, unreachable) allows
        everything, as the robots convention says; 401/403 disallow all.
        """
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                resp = self._request(origin + "/robots.txt", retries=0, headers={})
                parser.parse(resp.text().splitlines())
            except FetchError as exc:
                if exc.reason.startswith("HTTP 401") or exc.reason.startswith("HTTP 403"):
                    parser.disallow_all = True
                else:
                    parser = None
            self._robots[origin] = parser
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """Fetch ``url`` after the robots.txt check; raise FetchError on failure.

        A 304 (conditional request answered "unchanged") is returned, not raised.
        """
        if urlsplit(url).scheme not in {"http", "https"}:
            raise FetchError(url, "not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(url, "disallowed by robots.txt")
        return self._request(url, retries=self.settings.fetch_retries, headers=headers or {})

    def _request(self, url: str, retries: int, headers: dict[str, str]) -> Response:
        attempt = 0
        while True:
            try:
                return self._once(url, headers)
            except _Retryable as exc:
                if attempt >= retries:
                    raise FetchError(url, exc.reason) from None
                self.sleep(self.settings.fetch_backoff * (2**attempt))
                attempt += 1

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self._wait_turn(urlsplit(url).netloc)
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
        cap = self.settings.fetch_max_bytes
        try:
            with self._opener().open(request, timeout=self.settings.fetch_timeout) as resp:
                declared = resp.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FetchError(url, f"response too large ({declared} bytes > {cap})")
                chunks: list[bytes] = []
                size = 0
                while chunk := resp.read(64 * 1024):
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(url, f"response too large (over {cap} bytes)")
                    chunks.append(chunk)
                return Response(
                    url=resp.geturl(),
                    status=resp.status,
                    headers={k.lower(): v for k, v in resp.headers.items()},
                    body=b"".join(chunks),
                )
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                hdrs = {k.lower(): v for k, v in (exc.headers or {}).items()}
                return Response(url=url, status=304, headers=hdrs, body=b"")
            if 300 <= exc.code < 400:
                raise FetchError(url, "redirect loop or too many redirects") from None
            if exc.code >= 500:
                raise _Retryable(f"HTTP {exc.code}") from None
            raise FetchError(url, f"HTTP {exc.code}") from None
        except TimeoutError:
            raise _Retryable("timed out") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retryable("timed out") from None
            raise FetchError(url, f"unreachable ({exc.reason})") from None
        except (ConnectionError, OSError) as exc:
            raise FetchError(url, f"unreachable ({exc})") from None


class _Retryable(Exception):
    """A failure worth retrying: a 5xx answer or a timeout."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def fetch_article(fetcher: Fetcher, url: str) -> RawArticle:
    """Fetch one article page as a RawArticle the normal pipeline can take."""
    resp = fetcher.get(url)
    digest = hashlib.sha256(resp.body).hexdigest()
    return RawArticle(source=url, content=resp.text(), kind="html", raw_hash=digest, url=url)
