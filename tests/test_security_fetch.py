"""Hostile networks: every fetch (feed items, redirects, sitemaps, ``dossier
ingest URL``, webhooks) refuses private addresses and odd schemes (SSRF).

A real HTTP server on 127.0.0.1 plays both the attacker's public site and the
internal service it points at. To let it be "public", the resolver is taught
one name, ``news.test``, that resolves to a public address (TEST-NET would be
refused, so a real public one) whose connections are carried to the local
server; every other name and address resolves as usual, so ``127.0.0.1``,
``localhost`` and ``2130706433`` reach the local server only if the guard lets
them.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
from collections.abc import Iterator
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.config import Settings, load_settings
from dossier.ingest.fetch import Fetcher, FetchError, fetch_article
from tests.localhttp import QuietHandler, serving

PUBLIC_IP = "93.184.215.14"  # a global address: the guard lets it through
ARTICLE = (
    b"<html><head><title>Harbour reopens</title></head><body><article>"
    b"<p>The fictional port of Velmora reopened on Monday after weeks of repairs, "
    b"officials said, and ships queued at the outer moorings all afternoon.</p>"
    b"</article></body></html>"
)
SECRET = (
    b"<html><head><title>Admin console</title></head><body><article>"
    b"<p>Internal admin console: the database password is zebrafish-quartz and "
    b"the backup server sits in the basement rack beside the old printers.</p>"
    b"</article></body></html>"
)


class _Site(QuietHandler):
    """The attacker's public site and, on the same server, the internal service."""

    hits: ClassVar[list[str]] = []
    posts: ClassVar[list[dict[str, str]]] = []
    feed: ClassVar[bytes] = b""

    def do_GET(self) -> None:
        self.hits.append(self.path)
        if self.path == "/robots.txt":
            self._send(404)
        elif self.path in {"/feed.xml", "/sitemap.xml"}:
            self._send(200, self.feed, {"Content-Type": "application/xml"})
        elif self.path == "/article":
            self._send(200, ARTICLE, {"Content-Type": "text/html"})
        elif self.path.startswith("/admin/"):
            self._send(200, SECRET, {"Content-Type": "text/html"})
        elif self.path.startswith("/to/"):  # /to/<url>: a redirect to anything
            self._send(302, headers={"Location": self.path.removeprefix("/to/")})
        elif self.path == "/gzip-bomb":
            bomb = gzip.compress(b"\0" * 5_000_000)
            self._send(200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        else:
            self._send(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.posts.append({k.lower(): v for k, v in self.headers.items()} | {"path": self.path})
        self._send(204)


@pytest.fixture()
def site(monkeypatch) -> Iterator[tuple[str, str]]:
    """``(public base URL on news.test, the same server's loopback base URL)``."""
    _Site.hits, _Site.posts, _Site.feed = [], [], b""
    with serving(_Site) as local:
        port = int(local.rsplit(":", 1)[1])
        real_getaddrinfo, real_connect = socket.getaddrinfo, socket.create_connection

        def getaddrinfo(host, *args, **kwargs):
            if host == "news.test":
                return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, port))]
            return real_getaddrinfo(host, *args, **kwargs)

        def create_connection(address, *args, **kwargs):
            if address[0] in {"news.test", PUBLIC_IP}:  # the "public" site is the local server
                return real_connect(("127.0.0.1", address[1]), *args, **kwargs)
            return real_connect(address, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        yield f"http://news.test:{port}", local


def _settings(**overrides: object) -> Settings:
    base: dict[str, object] = {
        "fetch_delay": 0.0,
        "fetch_retries": 0,
        "fetch_timeout": 3.0,
        "webhook_timeout": 3.0,
    }
    return Settings().with_overrides(**(base | overrides))


def _rss(*links: str) -> bytes:
    items = "".join(
        f"<item><title>item {n}</title><link>{link}</link></item>" for n, link in enumerate(links)
    )
    return f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>".encode()


def _internal_hits() -> list[str]:
    return [h for h in _Site.hits if h.startswith("/admin/")]


# -- item 1: feeds, sitemaps and redirects ------------------------------------------
@pytest.mark.nlp  # ingests through the pipeline
def test_feed_items_pointing_inside_are_refused_and_never_stored(site, new_db) -> None:
    from dossier.ingest.update import update
    from dossier.query import reads as query
    from dossier.store import open_store

    public, local = site
    port = local.rsplit(":", 1)[1]
    hostile = [
        f"{local}/admin/secret",
        f"http://localhost:{port}/admin/secret",
        f"http://2130706433:{port}/admin/secret",  # 127.0.0.1 as one decimal number
        f"http://[::1]:{port}/admin/secret",
        f"{public}/to/{local}/admin/secret",  # a public page that 302s inside
        f"{public}/to/ftp://news.test/file",
        f"{public}/to/file:///etc/passwd",
        f"{public}/to/http://169.254.169.254/latest/meta-data/",
    ]
    _Site.feed = _rss(*hostile, f"{public}/article")
    store = open_store(new_db)
    try:
        with store.transaction():
            store.add_feed(f"{public}/feed.xml", "unknown")
        report = update(store, _settings())
        (result,) = report.sources
        failures = dict(result.failures)
        assert result.items_new == 1  # the public article still comes in
        for url in hostile:
            assert url in failures, url
            assert failures[url].startswith("refused"), (url, failures[url])
        assert "private address 127.0.0.1" in failures[hostile[0]]
        assert "private address 127.0.0.1" in failures[hostile[2]]
        assert "private address ::1" in failures[hostile[3]]
        assert "redirected to" in failures[hostile[4]]
        assert "not an http(s) URL (ftp scheme)" in failures[hostile[5]]
        assert "link-local" in failures[hostile[7]]
        assert _internal_hits() == []  # no request ever reached the internal pages
        assert query.search(store, "zebrafish") == []
        assert query.search(store, "Velmora")
    finally:
        store.close()


def test_a_relative_link_in_a_loopback_feed_is_refused_with_the_feed(site, new_db) -> None:
    """The feed itself on 127.0.0.1: refused before any request (robots.txt too)."""
    from dossier.ingest.update import update
    from dossier.store import open_store

    _public, local = site
    _Site.feed = _rss("/admin/relative")
    store = open_store(new_db)
    try:
        with store.transaction():
            store.add_feed(f"{local}/feed.xml", "unknown")
        (result,) = update(store, _settings()).sources
        assert result.status == "error"
        assert result.error == "refused: private address 127.0.0.1 (loopback)"
        assert _Site.hits == []
    finally:
        store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_sitemap_entries_are_checked_like_feed_items(site, new_db) -> None:
    from dossier.ingest.update import update
    from dossier.store import open_store

    public, local = site
    _Site.feed = (
        "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{local}/admin/sitemap</loc></url></urlset>"
    ).encode()
    store = open_store(new_db)
    try:
        with store.transaction():
            store.add_feed(f"{public}/sitemap.xml", "unknown")
        (result,) = update(store, _settings()).sources
        assert result.kind == "sitemap"
        assert dict(result.failures)[f"{local}/admin/sitemap"].startswith("refused: private")
        assert _internal_hits() == []
    finally:
        store.close()


def test_dns_rebinding_cannot_slip_between_check_and_connect(site, monkeypatch) -> None:
    """``rebind.test`` is public when first asked and 127.0.0.1 after: the
    connection goes to an address checked in the same lookup, so it is refused."""
    _public, local = site
    port = int(local.rsplit(":", 1)[1])
    answers = iter([PUBLIC_IP])
    resolver = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        if host == "rebind.test":
            address = next(answers, "127.0.0.1")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return resolver(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(FetchError, match=r"refused: private address 127\.0\.0\.1"):
        Fetcher(_settings()).get(f"http://rebind.test:{port}/admin/rebound")
    assert _internal_hits() == []


@pytest.mark.nlp  # ingests through the pipeline
def test_cli_ingest_url_refuses_loopback_by_default(site, tmp_path, monkeypatch, capsys) -> None:
    from dossier.cli import main

    _public, local = site
    monkeypatch.setenv("DOSSIER_FETCH_DELAY", "0")
    monkeypatch.delenv("DOSSIER_FETCH_ALLOW_PRIVATE", raising=False)
    db = str(tmp_path / "kb.db")
    assert main(["ingest", f"{local}/admin/secret", "--db", db, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"error: {local}/admin/secret: refused: private address 127.0.0.1" in err
    assert _Site.hits == []


def test_allow_private_is_off_by_default_and_opt_in_works(site) -> None:
    _public, local = site
    assert Settings().fetch_allow_private is False
    assert load_settings(environ={}).fetch_allow_private is False
    with pytest.raises(FetchError, match=r"refused: private address 127\.0\.0\.1"):
        Fetcher(_settings()).get(f"{local}/article")
    assert _Site.hits == []
    on = load_settings(environ={"DOSSIER_FETCH_ALLOW_PRIVATE": "1"}, fetch_delay=0.0)
    assert on.fetch_allow_private is True
    raw = fetch_article(Fetcher(on), f"{local}/article")  # an intranet feed, on purpose
    assert "Velmora" in raw.content


def test_redirect_to_another_scheme_is_refused_even_when_private_is_allowed(site) -> None:
    public, _local = site
    fetcher = Fetcher(_settings(fetch_allow_private=True))
    for target in ("ftp://news.test/file", "file:///etc/passwd", "gopher://news.test/x"):
        with pytest.raises(FetchError, match="refused: not an http"):
            fetcher.get(f"{public}/to/{target}")


# -- what a reviewer tries next -------------------------------------------------------
def test_very_long_urls_are_refused_before_any_request(site) -> None:
    public, _local = site
    with pytest.raises(FetchError, match="over the 2,048 limit"):
        Fetcher(_settings()).get(f"{public}/article?" + "x" * 5000)
    with pytest.raises(FetchError, match="refused: URL is"):
        Fetcher(_settings()).get(f"{public}/to/{public}/article?" + "y" * 2100)
    assert [h for h in _Site.hits if h != "/robots.txt" and not h.startswith("/to/")] == []


def test_a_compressed_response_is_refused_not_inflated(site) -> None:
    public, _local = site
    with pytest.raises(FetchError, match=r"compressed response \(Content-Encoding: gzip\)"):
        Fetcher(_settings()).get(f"{public}/gzip-bomb")


def test_webhooks_are_guarded_too(site, new_db) -> None:
    from dossier.query import digest
    from dossier.store import open_store

    public, local = site
    store = open_store(new_db)
    try:
        body = {"count": 1, "watches": [], "generated_at": "2024-01-01T00:00:00+00:00"}
        error = digest.post_webhook(store, f"{local}/hook", body, 3.0, _settings())
        assert error == "refused: private address 127.0.0.1 (loopback)"
        injected = f"{public}/hook?a=1\r\nX-Injected: yes"
        error = digest.post_webhook(store, injected, body, 3.0, _settings())
        assert error == "refused: URL holds spaces or control characters"
        error = digest.post_webhook(store, "file:///etc/passwd", body, 3.0, _settings())
        assert error is not None and error.startswith("refused: not an http(s) URL")
        assert _Site.posts == []
        assert digest.post_webhook(store, f"{public}/hook", body, 3.0, _settings()) is None
        assert [p["path"] for p in _Site.posts] == ["/hook"]
        assert "x-injected" not in _Site.posts[0]
    finally:
        store.close()


# -- properties of the guard ------------------------------------------------------------
_INSIDE = [
    "127.0.0.0/8",
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "169.254.0.0/16",
    "0.0.0.0/8",
    "100.64.0.0/10",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_INSIDE).flatmap(lambda net: st.ip_addresses(network=net)))
def test_every_spelling_of_an_inside_ipv4_address_is_refused(address) -> None:
    """Dotted, one decimal number, hex, IPv4-mapped IPv6: all resolve locally
    (no DNS) to the same address, and all are refused."""
    from dossier.ingest.fetch import RefusedURL, address_refusal, check_url

    number = int(address)
    spellings = [str(address), str(number), hex(number), f"[::ffff:{address}]"]
    assert address_refusal(str(address)) is not None
    for host in spellings:
        with pytest.raises(RefusedURL, match="refused: private address"):
            check_url(f"http://{host}:8080/x", Settings())


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["::1/128", "fc00::/7", "fe80::/10", "::/128", "ff00::/8"]).flatmap(
        lambda net: st.ip_addresses(network=net)
    )
)
def test_inside_ipv6_addresses_are_refused(address) -> None:
    from dossier.ingest.fetch import address_refusal

    assert address_refusal(str(address)) is not None


@settings(max_examples=300, deadline=None)
@given(st.ip_addresses())
def test_only_global_addresses_pass(address) -> None:
    from dossier.ingest.fetch import address_refusal

    ip = ipaddress.ip_address(address)
    mapped = getattr(ip, "ipv4_mapped", None)
    judged = mapped if mapped is not None else ip
    public = judged.is_global and not judged.is_multicast  # no TCP to a multicast group
    assert (address_refusal(str(address)) is None) == public


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_url_problem_never_raises_and_refuses_control_characters(text) -> None:
    from dossier.ingest.fetch import url_problem

    url = "http://news.example/" + text
    problem = url_problem(url, 2048)
    if any(ord(ch) <= 0x20 or ord(ch) == 0x7F for ch in text):
        assert problem is not None
    assert url_problem(text, 2048) is None or url_problem(text, 2048).startswith("refused")
