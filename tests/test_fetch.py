"""Fetching against a real HTTP server on 127.0.0.1 (nothing leaves the machine)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import ClassVar

import pytest

from dossier.config import Settings
from dossier.ingest.fetch import USER_AGENT, Fetcher, FetchError, fetch_article
from tests.localhttp import QuietHandler, free_port, serving

ARTICLE = (
    b"<html><head><title>Harbour reopens</title></head><body><article>"
    b"<p>The fictional port of Velmora reopened on Monday, officials said.</p>"
    b"</article></body></html>"
)


class _Handler(QuietHandler):
    hits: ClassVar[dict[str, int]] = {}
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n")
        elif self.path == "/article":
            self._send(200, ARTICLE, {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'})
        elif self.path == "/etag":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304)
            else:
                self._send(200, ARTICLE, {"ETag": '"v1"'})
        elif self.path == "/flaky":
            if self.hits[self.path] < 2:
                self._send(500, b"oops")
            else:
                self._send(200, ARTICLE)
        elif self.path == "/empty":
            self._send(200, b"<html><body></body></html>", {"Content-Type": "text/html"})
        elif self.path == "/fail":
            self._send(500, b"always")
        elif self.path == "/loop":
            self._send(302, headers={"Location": "/loop2"})
        elif self.path == "/loop2":
            self._send(302, headers={"Location": "/loop"})
        elif self.path == "/huge":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the cap must stop the stream
            for _ in range(64):
                self.wfile.write(b"x" * 16384)
        elif self.path == "/slow":
            time.sleep(1.0)
            self._send(200, ARTICLE)
        else:
            self._send(404, b"not here")


@pytest.fixture()
def server() -> Iterator[str]:
    _Handler.hits = {}
    _Handler.agents = []
    with serving(_Handler) as url:
        yield url


def _fetcher(**overrides: object) -> Fetcher:
    base = {
        "fetch_delay": 0.0,
        "fetch_backoff": 0.01,
        "fetch_retries": 2,
        "fetch_timeout": 2.0,
        "fetch_max_bytes": 100_000,
        "fetch_max_redirects": 5,
        "fetch_allow_private": True,  # the test server is on 127.0.0.1
    }
    base.update(overrides)
    return Fetcher(Settings().with_overrides(**base))


def test_fetch_article_is_raw_html_with_user_agent(server: str) -> None:
    raw = fetch_article(_fetcher(), server + "/article")
    assert raw.kind == "html" and raw.url == raw.source == server + "/article"
    assert "Velmora" in raw.content and len(raw.raw_hash) == 64
    assert USER_AGENT in _Handler.agents


def test_robots_disallow_is_an_error(server: str) -> None:
    with pytest.raises(FetchError, match=r"robots\.txt"):
        _fetcher().get(server + "/private/page")
    assert "/private/page" not in _Handler.hits


def test_404_is_not_retried(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        _fetcher().get(server + "/missing")
    assert _Handler.hits["/missing"] == 1


def test_500_retried_with_backoff_then_succeeds(server: str) -> None:
    assert _fetcher().get(server + "/flaky").status == 200
    assert _Handler.hits["/flaky"] == 2


def test_500_retries_are_bounded(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 500"):
        _fetcher(fetch_retries=2).get(server + "/fail")
    assert _Handler.hits["/fail"] == 3


def test_redirect_loop_is_a_clear_error(server: str) -> None:
    with pytest.raises(FetchError, match="redirect"):
        _fetcher().get(server + "/loop")


def test_oversized_response_is_cut_off(server: str) -> None:
    with pytest.raises(FetchError, match="too large"):
        _fetcher(fetch_max_bytes=50_000).get(server + "/huge")


def test_slow_response_times_out(server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        _fetcher(fetch_timeout=0.2, fetch_retries=1).get(server + "/slow")
    assert _Handler.hits["/slow"] == 2


def test_unreachable_host() -> None:
    port = free_port()
    with pytest.raises(FetchError, match="unreachable"):
        _fetcher(fetch_retries=0).get(f"http://127.0.0.1:{port}/x")


def test_etag_304_is_returned_not_raised(server: str) -> None:
    fetcher = _fetcher()
    first = fetcher.get(server + "/etag")
    assert first.status == 200 and first.headers["etag"] == '"v1"'
    again = fetcher.get(server + "/etag", headers={"If-None-Match": first.headers["etag"]})
    assert again.status == 304 and again.body == b""


def test_politeness_delay_between_requests_to_one_host(server: str) -> None:
    slept: list[float] = []
    fetcher = Fetcher(
        Settings().with_overrides(fetch_delay=0.5, fetch_retries=0, fetch_allow_private=True),
        sleep=slept.append,
    )
    fetcher.get(server + "/article")
    fetcher.get(server + "/article")
    assert slept and max(slept) > 0.3


def test_non_http_url_refused() -> None:
    with pytest.raises(FetchError, match="http"):
        _fetcher().get("file:///etc/passwd")


@pytest.mark.nlp  # ingests through the pipeline
def test_cli_ingests_urls_and_records_bad_ones(server: str, tmp_path, monkeypatch, capsys) -> None:
    from dossier.cli import main

    monkeypatch.setenv("DOSSIER_FETCH_DELAY", "0")
    monkeypatch.setenv("DOSSIER_FETCH_RETRIES", "0")
    monkeypatch.setenv("DOSSIER_FETCH_ALLOW_PRIVATE", "1")  # the server is on 127.0.0.1
    db = str(tmp_path / "kb.db")
    args = ["ingest", server + "/article", server + "/missing", server + "/empty"]
    assert main([*args, "--db", db, "--quiet"]) == 1  # bad URLs reported, the good one ingested
    err = capsys.readouterr().err
    assert "/missing: HTTP 404" in err
    assert "/empty: no article text left after cleaning" in err
    assert "1 documents added" in err
    assert main(["ingest", server + "/article", "--db", db, "--quiet"]) == 0
    assert "0 documents added" in capsys.readouterr().err
