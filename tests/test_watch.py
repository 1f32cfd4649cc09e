"""Keeping watch, end to end, against a real HTTP server on 127.0.0.1.

The server serves feeds, a sitemap and article pages written for these tests
(fictional places and groups), and the bad cases a real crawl meets: an
unreachable host, 404 and 500 answers, a feed that is not XML, a page that is
no article, an oversized response and a redirect loop. Nothing leaves the
machine.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from dossier.cli import main
from dossier.config import Settings
from dossier.ingest.feeds import FeedError, parse_feed
from dossier.ingest.update import parse_interval
from dossier.query import alerts, digest, watch
from dossier.store import Store, open_store
from dossier.web.api import create_app
from tests.localhttp import QuietHandler, free_port, serving

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SCRIPT = "<script>alert(1)</script>"


def _page(title: str, *paragraphs: str, tail: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>{tail}</footer></body></html>"
    ).encode()


STRENGTH = _page(
    "Legion digs in near Bramor",
    "Around 3,000 fighters of the Ostrava Legion are deployed near Bramor, commander "
    "Idris Kalo said on Monday.",
    "Residents said the Ostrava Legion had set up checkpoints on the road to Teval.",
)
DOUBT = _page(
    "Monitor doubts Legion strength",
    "The Velland Monitor said on Thursday that the Ostrava Legion has no more than 400 fighters.",
    "The Ostrava Legion denied the report and called the Velland Monitor biased.",
)
# an independent report that agrees with the first figure
AGREE = _page(
    "Villagers count Legion convoys",
    "Around 3,200 fighters of the Ostrava Legion passed through Kesh this week, village "
    "elders said on Friday.",
    "The elders said the Ostrava Legion convoys moved towards Bramor at night.",
)
# the same article, re-served by a mirror with its own page furniture
DOUBT_MIRROR = DOUBT.replace(b"Home | World", b"Mirror | Archive")
HARBOUR = _page(
    "Harbour reopens",
    "The port of Velmora reopened on Monday after repairs, harbour officials said.",
    "Ferries to the outer islands will run twice a day from next week, they added.",
)


def _rss(*paths: str, base: str) -> bytes:
    items = "".join(
        f"<item><title>item {n}</title><link>{base}{p}</link></item>" for n, p in enumerate(paths)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    ).encode()


class _Site(QuietHandler):
    pages: ClassVar[dict[str, tuple[int, bytes, dict[str, str]]]] = {}
    hits: ClassVar[dict[str, int]] = {}
    not_modified: ClassVar[list[str]] = []
    posts: ClassVar[list[dict]] = []

    def do_GET(self) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/huge.xml":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the size cap must stop the stream
            for _ in range(64):
                self.wfile.write(b"<x>" * 4096)
            return
        if self.path == "/loop.xml":
            self._send(302, headers={"Location": "/loop2.xml"})
            return
        if self.path == "/loop2.xml":
            self._send(302, headers={"Location": "/loop.xml"})
            return
        if self.path not in self.pages:
            self._send(404, b"not here")
            return
        code, body, headers = self.pages[self.path]
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if code == 200 and self.headers.get("If-None-Match") == etag:
            self.not_modified.append(self.path)
            self._send(304, headers={"ETag": etag})
            return
        self._send(code, body, {"ETag": etag, **headers})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        payload = json.loads(self.rfile.read(length))
        if self.path.split("?")[0] == "/hook":
            self.posts.append(payload)
            self._send(204)
        else:
            self._send(500, b"broken hook")


@pytest.fixture()
def site() -> Iterator[str]:
    _Site.pages, _Site.hits, _Site.not_modified, _Site.posts = {}, {}, [], []
    with serving(_Site) as url:
        yield url


def _serve(path: str, body: bytes, code: int = 200, ctype: str = "text/html") -> None:
    _Site.pages[path] = (code, body, {"Content-Type": ctype})


@pytest.fixture()
def env(monkeypatch, tmp_path, new_db) -> dict[str, str]:
    for name, value in {
        "FETCH_DELAY": "0",
        "FETCH_RETRIES": "0",
        "FETCH_TIMEOUT": "2",
        "FETCH_MAX_BYTES": "60000",
        "PROGRESS": "0",
        "FETCH_ALLOW_PRIVATE": "1",  # the test site is on 127.0.0.1
    }.items():
        monkeypatch.setenv(f"DOSSIER_{name}", value)
    return {"db": new_db, "out": str(tmp_path / "digests")}


def _sources(db: str, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["sources", "list", "--json", "--db", db]) == 0
    return {s["url"]: s for s in json.loads(capsys.readouterr().out)}


# -- feeds -----------------------------------------------------------------------
def test_parse_rss_atom_and_sitemap() -> None:
    rss = _rss("/a", "/b", "/a", base="")
    assert [i.url for i in parse_feed(rss, "http://x.test/feed").items] == [
        "http://x.test/a",
        "http://x.test/b",
    ]
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>'
        b'<link rel="self" href="/self"/><link href="http://x.test/story"/></entry></feed>'
    )
    parsed = parse_feed(atom, "http://x.test/")
    assert parsed.kind == "atom" and [i.url for i in parsed.items] == ["http://x.test/story"]
    sitemap = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
        b"<loc>http://x.test/s1</loc><lastmod>2024-01-02</lastmod></url></urlset>"
    )
    parsed = parse_feed(sitemap, "http://x.test/sitemap.xml")
    assert parsed.kind == "sitemap" and parsed.items[0].published == "2024-01-02"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html><body><p>hello</p></body></html>", "not a feed"),
        (b'{"items": []}', "not XML"),
        (b"", "empty"),
        (
            b"<sitemapindex><sitemap><loc>http://x.test/s.xml</loc></sitemap></sitemapindex>",
            "sitemap index",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel>&b;</channel></rss>',
            "unsafe XML",
        ),
    ],
)
def test_what_is_not_a_feed_says_why(body: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=reason):
        parse_feed(body, "http://x.test/feed")


def test_parse_interval() -> None:
    assert parse_interval("30m") == 1800 and parse_interval("2h") == 7200
    assert parse_interval("45") == 45
    with pytest.raises(ValueError, match="interval"):
        parse_interval("soon")


# -- sources and update ------------------------------------------------------------
@pytest.mark.nlp  # ingests through the pipeline
def test_update_ingests_new_items_then_asks_conditionally(site, env, capsys) -> None:
    db = env["db"]
    _serve("/feed.xml", _rss("/news/harbour", base=site), ctype="application/rss+xml")
    _serve("/news/harbour", HARBOUR)
    assert main(["sources", "add", site + "/feed.xml", "--db", db]) == 0
    assert main(["sources", "add", "ftp://x.test/feed", "--db", db]) == 1
    assert main(["update", "--db", db, "--quiet"]) == 0
    status = _sources(db, capsys)[site + "/feed.xml"]
    assert status["kind"] == "rss" and status["last_status"] == "ok"
    assert (status["items_seen"], status["items_new"], status["last_error"]) == (1, 1, None)
    assert _Site.hits["/news/harbour"] == 1

    # unchanged feed: 304, nothing fetched again
    assert main(["update", "--db", db, "--quiet"]) == 0
    assert _Site.not_modified == ["/feed.xml"]
    status = _sources(db, capsys)[site + "/feed.xml"]
    assert status["last_status"] == "not modified" and status["items_new"] == 1

    # a changed feed lists the old item again and a new one: only the new one is fetched
    _serve("/news/more", _page("More", "The Velmora ferry resumed service on Tuesday, " * 3))
    _serve("/feed.xml", _rss("/news/harbour", "/news/more", base=site))
    assert main(["update", "--db", db, "--quiet"]) == 0
    status = _sources(db, capsys)[site + "/feed.xml"]
    assert (status["items_seen"], status["items_new"]) == (2, 1)
    assert _Site.hits["/news/harbour"] == 1 and _Site.hits["/news/more"] == 1
    store = open_store(db)
    assert store.counts()["documents"] == 2
    store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_bad_sources_are_recorded_and_the_others_go_on(site, env, capsys) -> None:
    db = env["db"]
    dead = f"http://127.0.0.1:{free_port()}/feed.xml"
    _serve("/broken.xml", b"down", code=500)
    _serve("/page.xml", HARBOUR)  # HTML where a feed should be
    _serve("/good.xml", _rss("/news/harbour", "/news/menu", "/news/gone", base=site))
    _serve("/news/harbour", HARBOUR)
    _serve("/news/menu", b"<html><body><ul><li>Home</li></ul></body></html>")
    feeds = [dead, *(site + p for p in ("/missing.xml", "/broken.xml", "/page.xml"))]
    feeds += [site + "/huge.xml", site + "/loop.xml", site + "/good.xml"]
    assert main(["sources", "add", *feeds, "--db", db]) == 0
    assert main(["update", "--db", db, "--quiet"]) == 1  # failures reported in the status
    err = capsys.readouterr().err
    status = _sources(db, capsys)
    reasons = {url: s["last_error"] or "" for url, s in status.items()}
    assert "unreachable" in reasons[dead]
    assert "HTTP 404" in reasons[site + "/missing.xml"]
    assert "HTTP 500" in reasons[site + "/broken.xml"]
    assert "not a feed" in reasons[site + "/page.xml"]
    assert "too large" in reasons[site + "/huge.xml"]
    assert "redirect" in reasons[site + "/loop.xml"]
    good = status[site + "/good.xml"]
    assert good["last_status"] == "ok" and good["items_new"] == 1 and good["items_failed"] == 2
    assert good["last_error"].startswith("2 items failed") and "not an article" in err
    store = open_store(db)
    items = {i["url"]: (i["status"], i["reason"]) for i in store.feed_items(site + "/good.xml")}
    assert items[site + "/news/menu"][0] == "rejected"
    assert items[site + "/news/menu"][1].startswith("not an article: 1 words")
    assert items[site + "/news/gone"] == ("rejected", "HTTP 404")
    assert items[site + "/news/harbour"][0] == "ingested"
    assert store.counts()["documents"] == 1
    store.close()
    # rejected items are not fetched again
    _Site.pages.pop("/good.xml")
    _serve("/good.xml", _rss("/news/harbour", "/news/menu", "/news/gone", "/x", base=site))
    main(["update", "--db", db, "--quiet"])
    assert _Site.hits["/news/menu"] == 1


@pytest.mark.nlp  # ingests through the pipeline
def test_an_interrupted_update_resumes_without_redoing_work(site, env) -> None:
    from dossier.ingest.fetch import Fetcher
    from dossier.ingest.update import update

    db = env["db"]
    sitemap = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site}/k/old</loc><lastmod>2024-01-01</lastmod></url>"
        f"<url><loc>{site}/k/new</loc><lastmod>2024-02-01</lastmod></url></urlset>"
    ).encode()
    _serve("/sitemap.xml", sitemap, ctype="application/xml")
    _serve("/k/new", HARBOUR)
    _serve("/k/old", _page("Ferry", "The Velmora ferry resumed service on Tuesday, " * 3))
    store = open_store(db)
    with store.transaction():
        store.add_feed(site + "/sitemap.xml", "unknown")
    settings = Settings(db=db, fetch_delay=1.0, fetch_retries=0, fetch_allow_private=True)
    waits: list[float] = []

    def stop_before_the_second_page(seconds: float) -> None:
        waits.append(seconds)  # before: the sitemap, the newest page, the next page
        if len(waits) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        stopping = Fetcher(settings, sleep=stop_before_the_second_page, clock=lambda: 0.0)
        update(store, settings, stopping)
    assert store.counts()["documents"] == 1  # the newest page, committed whole
    assert store.feed_item(site + "/k/new")["status"] == "ingested"
    assert "/k/old" not in _Site.hits
    report = update(store, settings, Fetcher(settings.with_overrides(fetch_delay=0.0)))
    assert report.documents_added == 1 and store.counts()["documents"] == 2
    assert _Site.hits["/k/new"] == 1 and _Site.hits["/k/old"] == 1
    (feed,) = store.feeds()
    assert (feed["kind"], feed["items_new"], feed["last_status"]) == ("sitemap", 1, "ok")
    store.close()


def test_update_every_loops_until_stopped(env, monkeypatch, capsys) -> None:
    import time

    calls: list[float] = []

    def sleep(seconds: float) -> None:
        calls.append(seconds)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", sleep)
    assert main(["update", "--every", "30m", "--db", env["db"], "--quiet"]) == 130
    assert calls == [1800, 1800]
    assert "nothing is lost" in capsys.readouterr().err


# -- watch and alerts --------------------------------------------------------------
def _watch_alerts(db: str) -> list[dict]:
    store = open_store(db)
    try:
        return store.alerts(limit=500)
    finally:
        store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_watch_alerts_a_contradiction_once(site, env, capsys) -> None:
    db, out = env["db"], env["out"]
    _serve("/feed.xml", _rss("/2024/strength", base=site))
    _serve("/2024/strength", STRENGTH)
    _serve("/2024/doubt", DOUBT)
    _serve("/mirror/doubt", DOUBT)  # the same bytes under another URL
    _serve("/other/doubt", DOUBT_MIRROR)  # the same article in other page furniture
    main(["sources", "add", site + "/feed.xml", "--db", db])
    assert main(["update", "--db", db, "--quiet"]) == 0

    # a spelling variant resolves to the entity; the typed name is kept
    assert main(["watch", "add", "Ostrawa Legion", "--db", db]) == 0
    assert main(["watch", "add", "Nobody Anywhere", "--db", db]) == 1
    capsys.readouterr()
    assert main(["watch", "list", "--json", "--db", db]) == 0
    (watched,) = json.loads(capsys.readouterr().out)
    assert watched["name"] == "Ostrawa Legion" and watched["entity"]["name"] == "Ostrava Legion"
    assert _watch_alerts(db) == []  # what was known before the watch is its baseline

    _serve("/feed.xml", _rss("/2024/strength", "/2024/doubt", base=site))
    hook = f"{site}/hook"
    assert main(["update", "--db", db, "--quiet", "--alerts-out", out, "--webhook", hook]) == 0
    found = _watch_alerts(db)
    disputes = [a for a in found if a["kind"] == "dispute"]
    assert len(disputes) == 1, [a["data"]["summary"] for a in found]
    dispute = disputes[0]["data"]
    assert "3,000" in dispute["summary"] and "400" in dispute["summary"]
    assert dispute["independent_stories"] == 2 and dispute["watch"] == "Ostrawa Legion"
    spans = {(e["document_id"], e["start"], e["end"]) for e in dispute["evidence"]}
    store = open_store(db)
    for document_id, start, end in spans:  # every line points at its sentence
        text = store.document_text(document_id)[start:end]
        assert "3,000" in text or "400" in text
    store.close()
    # delivered: terminal, JSON and Markdown files, webhook
    assert "dispute" in capsys.readouterr().err
    files = sorted(Path(out).iterdir())
    assert [f.suffix for f in files] == [".json", ".md"]
    written = json.loads(files[0].read_text())
    assert written["count"] == len(found)
    assert "Contradictions" in files[1].read_text()
    assert _Site.posts and _Site.posts[0]["count"] == len(found)

    # the same article again under two other URLs, then a plain re-run: no new alert
    _serve("/feed.xml", _rss("/2024/strength", "/2024/doubt", "/mirror/doubt", base=site))
    _serve("/feed2.xml", _rss("/other/doubt", base=site))
    main(["sources", "add", site + "/feed2.xml", "--db", db])
    assert main(["update", "--db", db, "--quiet"]) == 0
    assert main(["update", "--db", db, "--quiet"]) == 0
    assert _Site.hits["/mirror/doubt"] == 1 and _Site.hits["/other/doubt"] == 1
    assert len(_watch_alerts(db)) == len(found)
    store = open_store(db)
    assert store.feed_item(site + "/mirror/doubt")["status"] == "duplicate"
    store.close()
    capsys.readouterr()
    assert main(["alerts", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == len(found)

    # an independent story agreeing with the first figure, from another outlet (the same
    # server under the name "localhost": one outlet re-stating a figure confirms nothing):
    # a corroboration, counted
    _serve("/2024/agree", AGREE)
    other_outlet = site.replace("127.0.0.1", "localhost")
    _serve("/feed2.xml", _rss(f"{site}/other/doubt", f"{other_outlet}/2024/agree", base=""))
    assert main(["update", "--db", db, "--quiet"]) == 0
    later = _watch_alerts(db)[len(found) :]
    agreeing = [a["data"] for a in later if a["kind"] == "corroboration"]
    assert len(agreeing) == 1, [a["data"]["summary"] for a in later]
    assert agreeing[0]["independent_stories"] == 2 and "3,200" in agreeing[0]["summary"]


@pytest.mark.nlp  # ingests through the pipeline
def test_watch_follows_a_merge_and_can_be_removed(site, env, capsys) -> None:
    from dossier.kb.resolve import merge_manually

    db = env["db"]
    _serve("/feed.xml", _rss("/2024/doubt", base=site))
    _serve("/2024/doubt", DOUBT)
    main(["sources", "add", site + "/feed.xml", "--db", db])
    main(["update", "--db", db, "--quiet"])
    main(["watch", "add", "Ostrava Legion", "--db", db])
    store = open_store(db)
    from dossier.query import reads as query

    legion = query.find_entity(store, "Ostrava Legion")
    monitor = query.find_entity(store, "Velland Monitor")
    assert legion and monitor and legion.id != monitor.id
    with store.transaction():
        merge_manually(store, monitor, legion)  # the legion's id is gone
    assert store.entity(legion.id) is None
    with store.transaction():
        (listed,) = watch.list_watches(store)
    assert listed["entity_id"] == monitor.id
    store.close()
    assert main(["watch", "remove", "Ostrava Legion", "--db", db]) == 0
    assert main(["watch", "remove", "Ostrava Legion", "--db", db]) == 1


# -- delivery: web page, API, webhook ------------------------------------------------
def _store_with_alerts(db: str, count: int = 3) -> Store:
    """Alerts written through the store API, carrying hostile article text."""
    store = open_store(db)
    with store.transaction():
        watch_id = store.add_watch(f"{SCRIPT} group", "ent_x", ["x"])
        for n in range(count):
            store.add_alert(
                f"fp{n}",
                watch_id,
                "ent_x",
                "dispute",
                {
                    "kind": "dispute",
                    "summary": f"figure {n} {SCRIPT}",
                    "watch": f"{SCRIPT} group",
                    "entity": {"id": "ent_x", "name": f"X {SCRIPT}", "type": "ORG"},
                    "stories": ["s1", "s2"],
                    "independent_stories": 2,
                    "evidence": [
                        {
                            "document_id": "doc1",
                            "start": 3,
                            "end": 9,
                            "text": SCRIPT,
                            "source": "http://x.test/a",
                        }
                    ],
                },
            )
        store.add_alert("base", watch_id, "ent_x", "alias", {}, baseline=True)
    return store


def test_changes_page_and_alerts_api_escape_and_page(new_db) -> None:
    _store_with_alerts(new_db).close()
    client = TestClient(create_app(Settings(db=new_db, allowed_hosts="testserver")))
    page = client.get("/changes?since=2000-01-01")
    assert page.status_code == 200
    assert SCRIPT not in page.text and "&lt;script&gt;" in page.text
    assert 'href="/documents/doc1?start=3&amp;end=9#hl"' in page.text
    assert 'href="/changes"' in client.get("/").text  # linked from the nav
    first = client.get("/api/alerts", params={"since": "2000-01-01", "limit": 2}).json()
    second = client.get("/api/alerts", params={"since": "2000-01-01", "offset": 2}).json()
    assert first["total"] == 3  # the baseline row is no alert
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert first["items"][0]["data"]["evidence"][0]["text"] == SCRIPT  # JSON keeps the text
    assert client.get("/api/alerts", params={"since": "2999-01-01"}).json()["total"] == 0
    assert client.get("/api/alerts", params={"since": "'; DROP TABLE"}).status_code == 422
    assert client.get("/changes", params={"since": "nonsense"}).status_code == 422


def test_webhook_delivery_and_recorded_failure(site, new_db) -> None:
    store = _store_with_alerts(new_db, count=2)
    new = store.alerts(limit=10)
    settings = Settings(db=new_db, webhook_url=site + "/hook?key=secret", fetch_allow_private=True)
    assert digest.deliver(store, settings, new) == []
    (posted,) = _Site.posts
    assert posted["count"] == 2 and posted["watches"][0]["alerts"][0]["evidence"][0]["start"] == 3
    broken = Settings(webhook_url=site + "/broken", webhook_timeout=2, fetch_allow_private=True)
    dead = Settings(
        webhook_url=f"http://127.0.0.1:{free_port()}/hook",
        webhook_timeout=2,
        fetch_allow_private=True,
    )
    assert "HTTP 500" in digest.deliver(store, broken, new)[0]
    assert "unreachable" in digest.deliver(store, dead, new)[0]
    outcomes = [(d["ok"], d["error"]) for d in store.deliveries()]
    assert outcomes[0][0] == 0 and "unreachable" in outcomes[0][1]
    assert outcomes[1] == (0, "HTTP 500") and outcomes[2] == (1, None)
    assert all("secret" not in d["target"] for d in store.deliveries())
    store.close()


def test_markdown_digest_escapes_article_text(new_db) -> None:
    store = _store_with_alerts(new_db, count=1)
    text = digest.to_markdown(digest.build(store.alerts()))
    store.close()
    assert SCRIPT not in text and "\\<script\\>" in text and "`doc1@3-9`" in text


def test_alert_check_without_watches_is_a_no_op(new_db) -> None:
    store = open_store(new_db)
    assert alerts.check(store) == []
    store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_alerts_look_only_at_documents_stored_since_the_last_check(
    tmp_path, new_db, settings, monkeypatch
) -> None:
    """The watermark: a check reads the facts of the documents stored since the
    previous one (none: nothing is read), finds what a whole-base read finds
    about them, and moves on in the same transaction."""
    from dossier.pipeline.run import run_ingest

    def ingest(name: str, *paragraphs: str) -> None:
        path = tmp_path / name
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
        report = run_ingest([path], store, settings)
        assert report.documents_added == 1, report

    store = open_store(new_db)
    ingest(
        "strength.txt",
        "Around 3,000 fighters of the Ostrava Legion are deployed near Bramor, commander "
        "Idris Kalo said on Monday.",
        "Residents said the Ostrava Legion had set up checkpoints on the road to Teval.",
    )
    with store.transaction():
        added = watch.add_watch(store, "Ostrava Legion")
    alerts.check(store, baseline_for=added["id"])  # the only watch: the mark moves to here
    assert int(store.meta(alerts.MARK)) == store.document_mark() > 0
    assert _watch_alerts(new_db) == []

    ingest(
        "doubt.txt",
        "The Velland Monitor said on Thursday that the Ostrava Legion has no more than 400 "
        "fighters.",
        "The Ostrava Legion denied the report and called the Velland Monitor biased.",
    )
    before = int(store.meta(alerts.MARK))
    claims, _events = store.facts_between(before, store.document_mark())
    (doubt_id,) = [d["id"] for d in store.documents() if d["source"] == "doubt.txt"]
    reported = {m["claim_id"] for m in store.claim_mentions() if m["document_id"] == doubt_id}
    assert claims and set(claims) == reported  # only the new document's claims
    found = alerts.check(store)
    assert [a["kind"] for a in found].count("dispute") == 1, [a["data"]["summary"] for a in found]
    assert int(store.meta(alerts.MARK)) == store.document_mark()

    # nothing stored since: nothing is read, nothing alerted
    read: list[list[str]] = []
    real = alerts.query.claims_by_ids
    monkeypatch.setattr(
        alerts.query, "claims_by_ids", lambda s, ids: read.append(ids) or real(s, ids)
    )
    assert alerts.check(store) == [] and read == []

    # an unrelated article: only its facts are read, none about the watch
    ingest("harbour.txt", "The port of Velmora reopened on Monday after repairs, officials said.")
    assert alerts.check(store) == []
    assert all(
        i in set(store.facts_between(before, store.document_mark())[0]) for r in read for i in r
    )
    store.close()
