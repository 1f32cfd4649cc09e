"""Fetch article pages over HTTP, politely and within bounds.

Why a module of its own: the network is the one input that can hang, grow
without limit or loop, so every request here has a timeout, a size cap, a
redirect limit, bounded retries, a per-host delay and a robots.txt check.
Failures come back as :class:`FetchError` with a reason a person can act on;
the caller records it against the source and goes on with the others.

The network is also where an attacker steers us (SSRF): a feed on the open web
can list ``http://127.0.0.1/admin``, ``http://169.254.169.254/`` (cloud
metadata) or a page that redirects there. So every connection goes through
:func:`connect_checked`: the host name is resolved once, every address is
checked (:func:`address_refusal`), and the socket is opened to the checked
address itself, so a DNS answer that changes between check and connect
("rebinding") cannot slip through. Redirect targets are checked the same way,
hop by hop, and must be http(s). Environment proxies are not used: a proxy
resolves names itself, past the check. ``fetch_allow_private`` turns the
address check off for a user who means to read an intranet feed.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import ipaddress
import re
import socket
import string
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

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


class RefusedURL(ValueError):
    """A URL dossier will not fetch (private address, odd scheme, too long).

    A ``ValueError`` on purpose: urllib turns ``OSError`` raised while
    connecting into "unreachable", and a refusal is no network failure.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


#: characters a URL on the wire may not hold: control characters would let a
#: URL add header lines (CR LF), whitespace is where http.client gives up
_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f]")


def url_problem(url: str, max_chars: int) -> str | None:
    """Why ``url`` is refused before any network use, or None."""
    if len(url) > max_chars:
        return f"refused: URL is {len(url):,} characters, over the {max_chars:,} limit"
    if _BAD_URL_CHARS.search(url):
        return "refused: URL holds spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        return f"refused: not a valid URL ({exc})"
    if parts.scheme not in {"http", "https"}:
        return f"refused: not an http(s) URL ({parts.scheme or 'no'} scheme)"
    if not parts.hostname:
        return "refused: URL has no host"
    return None


def address_refusal(address: str) -> str | None:
    """Why an IP address is off limits for fetching, or None for a public one.

    Loopback, private (RFC 1918), link-local (169.254/16: cloud metadata),
    unique-local IPv6, unspecified, multicast and the other non-global ranges
    (shared 100.64/10, documentation, reserved) are all refused; an
    IPv4-mapped IPv6 address is judged by the IPv4 address it carries.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    kinds = (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", not ip.is_global),
    )
    kind = next((name for name, hit in kinds if hit), None)
    if kind is None:
        return None
    detail = "" if kind == "private" else f" ({kind})"
    return f"refused: private address {ip}{detail}"


def resolve_checked(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses of ``host`` that may be connected to; RefusedURL if none.

    A name with any public address is reachable through those only; a name
    whose every address is private is refused, naming the first.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except UnicodeError as exc:  # an unencodable host name (IDNA): not a network failure
        raise RefusedURL(f"refused: invalid host name ({exc})") from None
    addresses: list[str] = []
    refusals: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = str(sockaddr[0])
        problem = None if allow_private else address_refusal(address)
        if problem:
            refusals.append(problem)
        elif address not in addresses:
            addresses.append(address)
    if not addresses:
        raise RefusedURL(refusals[0] if refusals else f"refused: {host} has no address")
    return addresses


def connect_checked(
    address: tuple[str, int],
    timeout: float | object = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
    source_address: tuple[str, int] | None = None,
    *,
    allow_private: bool = False,
) -> socket.socket:
    """``socket.create_connection`` to a checked address of the host.

    The socket is opened to the very address that was checked (an IP literal,
    so no second DNS lookup), which closes the rebinding gap.
    """
    host, port = address
    error: OSError | None = None
    for ip in resolve_checked(host, port, allow_private):
        try:
            return socket.create_connection((ip, port), timeout, source_address)  # type: ignore[arg-type]
        except OSError as exc:
            error = exc
    raise error or OSError(f"cannot connect to {host}")


class _CheckedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection that only connects to checked addresses."""

    def __init__(self, *args: Any, allow_private: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = functools.partial(connect_checked, allow_private=allow_private)


class _CheckedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection that only connects to checked addresses (the TLS
    handshake still checks the certificate against the host name)."""

    def __init__(self, *args: Any, allow_private: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = functools.partial(connect_checked, allow_private=allow_private)


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_CheckedHTTPConnection, allow_private=self.allow_private)
        return self.do_open(connection, req)  # type: ignore[arg-type]


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_CheckedHTTPSConnection, allow_private=self.allow_private)
        return self.do_open(  # type: ignore[arg-type]
            connection, req, context=self._context, check_hostname=self._check_hostname
        )


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """urllib's redirect handler with our own limit instead of its default 10,
    and every hop checked: http(s) only (urllib itself follows ``ftp:``), no
    private address (checked again at connect, see :func:`connect_checked`)."""

    def __init__(self, limit: int, max_url_chars: int, allow_private: bool) -> None:
        super().__init__()
        self.max_redirections = limit
        self.max_repeats = 2  # the same URL twice in one chain is a loop
        self.max_url_chars = max_url_chars
        self.allow_private = allow_private

    def _check(self, newurl: str) -> None:
        shown = newurl if len(newurl) <= 200 else newurl[:200] + "…"
        problem = url_problem(newurl, self.max_url_chars)
        if problem is None:
            parts = urlsplit(newurl)
            port = parts.port or (443 if parts.scheme == "https" else 80)
            try:
                resolve_checked(parts.hostname or "", port, self.allow_private)
            except RefusedURL as exc:
                problem = exc.reason
            except OSError:
                pass  # unresolvable: the connection attempt reports it
        if problem:
            raise RefusedURL(f"{problem} (redirected to {shown})")

    def http_error_302(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any
    ) -> Any:
        """Check the target before urllib looks at it (it refuses ``file:`` with a
        bare HTTPError, which would read as a redirect loop, and follows ``ftp:``)."""
        location = headers.get("location") or headers.get("uri")
        if location:  # quoted as urllib quotes it: a space in a Location is no refusal
            quoted = quote(location.strip(), encoding="iso-8859-1", safe=string.punctuation)
            self._check(urljoin(req.full_url, quoted))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        self._check(newurl)  # again as urllib rewrote it (quoted, made absolute)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def guarded_opener(settings: Settings) -> urllib.request.OpenerDirector:
    """A urllib opener whose every connection and redirect is checked (see the
    module's docstring); no environment proxy. Shared by fetching and webhooks."""
    allow = settings.fetch_allow_private
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _CheckedHTTPHandler(allow),
        _CheckedHTTPSHandler(allow),
        _LimitedRedirects(settings.fetch_max_redirects, settings.fetch_max_url_chars, allow),
    )


def check_url(url: str, settings: Settings) -> None:
    """Refuse ``url`` up front (RefusedURL): bad form, or a host whose every
    address is private. Connections check again, so this is for a clear error
    before any request (robots.txt included) is made."""
    problem = url_problem(url, settings.fetch_max_url_chars)
    if problem:
        raise RefusedURL(problem)
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        resolve_checked(parts.hostname or "", port, settings.fetch_allow_private)
    except OSError:
        pass  # unresolvable: the request reports it as unreachable


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
        return guarded_opener(self.settings)

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
        try:
            check_url(url, self.settings)
        except RefusedURL as exc:
            raise FetchError(url, exc.reason) from None
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
                encoding = resp.headers.get("Content-Encoding", "identity").strip().lower()
                if encoding not in {"", "identity"}:  # never asked for: never inflated
                    raise FetchError(url, f"compressed response (Content-Encoding: {encoding})")
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
        except RefusedURL as exc:
            raise FetchError(url, exc.reason) from None
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
        except ValueError as exc:  # http.client's InvalidURL and the like
            raise FetchError(url, f"invalid URL ({exc})") from None


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
