"""The REST API and the HTML pages, in process (FastAPI TestClient).

Two knowledge bases: the seed corpus (``seed_db``, read-only) and a small
fictional one (:func:`build_fact_kb`) whose events and claims are written
through the store API, so that timelines, disputes, the graph and
highlighting are tested whatever the extractors find at the moment. The
fictional articles carry script and attribute-breaking payloads: every page
must show them as text.
"""

from __future__ import annotations

import html
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from dossier.pipeline.run import run_ingest
from dossier.query import reads as query
from dossier.query.export import build_export
from dossier.store import open_store
from dossier.store.base import EntityRow
from dossier.web.api import create_app

with warnings.catch_warnings():
    # Starlette suggests httpx2 for its TestClient; httpx is still supported
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(1)>'
ARTICLES = [
    {
        "title": f"{SCRIPT} Clashes near Eastport",
        "published": "2024-03-04",
        "url": "javascript:alert(1)",
        "text": (
            "EASTPORT, Valdoria — The Northvale Militia attacked positions of the Riverton "
            "Guard near Eastport on Sunday, local officials said.\n\n"
            "Colonel Amara Veltis, a spokesperson for the Northvale Militia, said about 200 "
            "fighters took part in the assault.\n\n"
            f"A slogan reading {ATTR} was painted on a wall, and a leaflet said {SCRIPT} in "
            "large letters.\n\nThe Riverton Guard has fought the Northvale Militia since 2021."
        ),
    },
    {
        "title": "Riverton Guard disputes militia figures",
        "published": "2024-03-06",
        "text": (
            "PORT ELLIS, Valdoria — The Riverton Guard said on Tuesday that up to 40 fighters "
            "of the Northvale Militia had taken part in the attack near Eastport.\n\n"
            "General Tomas Brandel of the Riverton Guard said the Northvale Militia exaggerated "
            "its strength. The Riverton Guard later shelled Northvale Militia positions outside "
            "Eastport, residents said."
        ),
    },
]
XSS_ENTITY = "ent_xss000000000"


def _span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def build_fact_kb(folder: Path, settings: Any) -> dict[str, Any]:
    """Ingest the fictional articles, then add known events and claims.

    Returns the ids a test needs: documents, entities, events, claims.
    """
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    db = folder / "facts.db"
    store = open_store(str(db))
    try:
        report = run_ingest([source], store, settings)
        assert not report.errors, report.errors
        docs = {d["title"]: d for d in store.documents()}
        a, b = docs[ARTICLES[0]["title"]], docs[ARTICLES[1]["title"]]

        def entity(name: str) -> tuple[str, str]:
            row = query.find_entity(store, name)
            assert row is not None, name
            return row.id, store.entity_keys(row.id)[0][0]

        militia, guard = entity("Northvale Militia"), entity("Riverton Guard")
        eastport, veltis = entity("Eastport"), entity("Amara Veltis")

        def event(doc: dict[str, Any], sentence: str, event_id: str, **extra: Any) -> None:
            start, end = _span(doc["text"], sentence)
            actor, target = extra.pop("actor"), extra.pop("target")
            args = []
            for role, (_entity, key), name in (
                ("actor", actor, extra.pop("actor_text")),
                ("target", target, extra.pop("target_text")),
            ):
                s, e = _span(doc["text"][start:end], name)
                args.append(
                    {"role": role, "key": key, "text": name, "start": start + s, "end": start + e}
                )
            record = {
                "document_id": doc["id"],
                "event_id": event_id,
                "mode": None,
                "sentence": 0,
                "start": start,
                "end": end,
                "trigger_start": start,
                "trigger_end": start + 3,
                "precision": "day",
                "location_key": eastport[1],
                "location_text": "Eastport",
                **extra,
            }
            record["date_end"] = record["date_start"]
            record["date_text"] = "Sunday"
            store.add_event_mention(record, args)

        def claim(doc: dict[str, Any], text: str, claim_id: str, **extra: Any) -> None:
            start, end = _span(doc["text"], text)
            store.add_claim_mention(
                {
                    "document_id": doc["id"],
                    "claim_id": claim_id,
                    "start": start,
                    "end": end,
                    "text": text,
                    "sentence": 0,
                    **extra,
                }
            )

        with store.transaction():
            event(
                a,
                "The Northvale Militia attacked positions of the Riverton Guard near Eastport "
                "on Sunday, local officials said.",
                "evt_test_assault",
                type="ASSAULT",
                modality="asserted",
                date_start="2024-03-03",
                actor=militia,
                target=guard,
                actor_text="Northvale Militia",
                target_text="Riverton Guard",
            )
            event(
                b,
                "The Riverton Guard said on Tuesday that up to 40 fighters of the Northvale "
                "Militia had taken part in the attack near Eastport.",
                "evt_test_assault",
                type="ASSAULT",
                modality="asserted",
                date_start="2024-03-03",
                actor=militia,
                target=guard,
                actor_text="Northvale Militia",
                target_text="Riverton Guard",
            )
            event(
                b,
                "The Riverton Guard later shelled Northvale Militia positions outside Eastport, "
                "residents said.",
                "evt_test_shelling",
                type="FIGHT",
                modality="alleged",
                date_start="2024-03-05",
                actor=guard,
                target=militia,
                actor_text="Riverton Guard",
                target_text="Northvale Militia",
            )
            claim(
                a,
                "about 200 fighters took part in the assault",
                "clm_test_200",
                kind="quantity",
                speaker_key=veltis[1],
                speaker_text="Amara Veltis",
                speaker_role="spokesperson",
                subject_key=militia[1],
                subject_text="Northvale Militia",
                qmin=200,
                qmax=200,
                unit="fighters",
                hedge="about",
            )
            claim(
                b,
                "up to 40 fighters of the Northvale Militia had taken part in the attack",
                "clm_test_40",
                kind="quantity",
                speaker_key=guard[1],
                speaker_text="Riverton Guard",
                subject_key=militia[1],
                subject_text="Northvale Militia",
                qmin=40,
                qmax=40,
                unit="fighters",
                hedge="up to",
            )
            claim(
                a,
                f"a leaflet said {SCRIPT} in large letters",
                "clm_test_xss",
                kind="quote",
                speaker_text=ATTR,
                subject_key=militia[1],
                subject_text="Northvale Militia",
            )
            store.upsert_entities([EntityRow(XSS_ENTITY, SCRIPT + ATTR, "ORG", 0, 0)])
    finally:
        store.close()
    return {
        "db": db,
        "doc_a": a["id"],
        "doc_b": b["id"],
        "militia": militia[0],
        "guard": guard[0],
        "veltis": veltis[0],
    }


@pytest.fixture(scope="module")
def seed_client(seed_db, settings):
    app = create_app(settings.with_overrides(db=str(seed_db), token=""))
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def facts(tmp_path_factory, settings) -> dict[str, Any]:
    return build_fact_kb(tmp_path_factory.mktemp("facts"), settings)


@pytest.fixture(scope="module")
def fact_client(facts, settings):
    app = create_app(settings.with_overrides(db=str(facts["db"]), token=""))
    with TestClient(app) as client:
        yield client


def _all_pages(client: TestClient, path: str, limit: int, **params: Any) -> list[Any]:
    items, offset, total = [], 0, None
    while total is None or offset < total:
        page = client.get(path, params={**params, "limit": limit, "offset": offset}).json()
        assert page["limit"] == limit and page["offset"] == offset
        total = page["total"] if total is None else total
        assert page["total"] == total
        items.extend(page["items"])
        offset += limit
    assert len(items) == total
    return items


# -- reads: documents, stories ------------------------------------------------------
def test_documents_are_paged_in_a_stable_order(seed_client, seed_store):
    paged = _all_pages(seed_client, "/api/documents", 2)
    assert [d["id"] for d in paged] == [d["id"] for d in seed_store.documents()]
    assert len({d["id"] for d in paged}) == len(paged) == seed_store.counts()["documents"]
    assert "text" not in paged[0] and paged[0]["words"] > 0
    assert seed_client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert seed_client.get("/api/documents", params={"limit": 501}).status_code == 422
    assert seed_client.get("/api/documents", params={"offset": -1}).status_code == 422
    beyond = seed_client.get("/api/documents", params={"offset": 1000}).json()
    assert beyond["items"] == [] and beyond["total"] == len(paged)


def test_document_detail_has_text_removed_parts_and_spans(seed_client, seed_store):
    first = next(seed_store.documents())
    doc = seed_client.get(f"/api/documents/{first['id']}").json()
    assert doc["text"] == first["text"]
    assert doc["removed"] == first["removed"]
    assert doc["mentions"], "the seed articles name entities"
    for m in doc["mentions"]:
        assert doc["text"][m["start"] : m["end"]] == m["text"]
    assert {m["entity_id"] for m in doc["mentions"]} - {None}
    missing = seed_client.get("/api/documents/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]


def test_document_detail_spans_of_events_and_claims(fact_client, facts):
    doc = fact_client.get(f"/api/documents/{facts['doc_b']}").json()
    events = {e["event_id"]: e for e in doc["events"]}
    assert {"evt_test_assault", "evt_test_shelling"} <= set(events)
    for e in doc["events"]:
        assert doc["text"][e["start"] : e["end"]] == e["text"]
        for arg in e["args"]:
            assert doc["text"][arg["start"] : arg["end"]] == arg["text"]
    shelling = events["evt_test_shelling"]
    assert {a["role"]: a["entity_id"] for a in shelling["args"]} == {
        "actor": facts["guard"],
        "target": facts["militia"],
    }
    claims = {c["claim_id"]: c for c in doc["claims"]}
    assert claims["clm_test_40"]["quantity"]["max"] == 40
    for c in doc["claims"]:
        assert doc["text"][c["start"] : c["end"]] == c["text"]


def test_stories_list_and_detail(seed_client):
    stories = _all_pages(seed_client, "/api/stories", 2)
    assert stories == seed_client.get("/api/stories", params={"limit": 500}).json()["items"]
    sizes = [s["size"] for s in stories]
    assert sizes == sorted(sizes, reverse=True)
    detail = seed_client.get(f"/api/stories/{stories[0]['id']}").json()
    assert detail["id"] == stories[0]["id"]
    assert {d["id"] for d in detail["documents"]} == set(stories[0]["document_ids"])
    assert seed_client.get("/api/stories/nope").status_code == 404


# -- reads: entities ------------------------------------------------------------------
def test_entities_paged_by_type_and_by_name(seed_client, seed_store):
    everything = _all_pages(seed_client, "/api/entities", 25)
    assert len({e["id"] for e in everything}) == seed_store.counts()["entities"]
    orgs = _all_pages(seed_client, "/api/entities", 10, type="ORG")
    assert orgs and {e["type"] for e in orgs} == {"ORG"}
    assert orgs == [e for e in everything if e["type"] == "ORG"]
    found = seed_client.get("/api/entities", params={"q": "Zainebiyoun"}).json()
    assert found["items"][0]["name"] == "Zainabiyoun Brigade"
    assert "Liwa Zainebiyoun" in found["items"][0]["aliases"]


def test_entity_detail(seed_client):
    brigade = seed_client.get("/api/entities", params={"q": "Zainebiyoun"}).json()["items"][0]
    profile = seed_client.get(f"/api/entities/{brigade['id']}").json()
    assert profile["name"] == "Zainabiyoun Brigade" and profile["type"] == "ORG"
    assert {a["text"] for a in profile["aliases"]} >= {"Zainabiyoun Brigade", "Liwa Zainebiyoun"}
    assert all(k["reason"] for k in profile["merged_keys"])
    for key in ("links", "mention_list", "events", "claims_by", "claims_about", "disputes"):
        assert key in profile
    assert seed_client.get("/api/entities/ent_nope").status_code == 404


def test_entity_detail_with_events_claims_and_disputes(fact_client, facts):
    militia = fact_client.get(f"/api/entities/{facts['militia']}").json()
    events = [e["id"] for e in militia["events"]["items"]]
    # newest first: the shelling (5 March) before the assault (3 March)
    assert events.index("evt_test_shelling") < events.index("evt_test_assault")
    assert militia["events"]["total"] == len(events)
    about = {c["id"] for c in militia["claims_about"]["items"]}
    assert {"clm_test_200", "clm_test_40"} <= about
    pair = next(
        d
        for d in militia["disputes"]["items"]
        if {s["id"] for s in d["sides"]} == {"clm_test_200", "clm_test_40"}
    )
    assert pair["subject"] == facts["militia"]
    assert militia["disputes"]["capped"] is False
    sides = {s["id"]: s for s in pair["sides"]}
    assert "clm_test_40" in sides["clm_test_200"]["contradicts"]
    veltis = fact_client.get(f"/api/entities/{facts['veltis']}").json()
    assert "clm_test_200" in {c["id"] for c in veltis["claims_by"]["items"]}
    # the figure Veltis states is disputed: the dispute is on the speaker's page too
    assert any(
        {s["id"] for s in d["sides"]} == {"clm_test_200", "clm_test_40"}
        for d in veltis["disputes"]["items"]
    )


def test_entity_lists_page_and_match_the_full_queries(seed_client, seed_store, monkeypatch):
    """Every list on the entity page, read page by page, is the full query's
    list: same events (newest first), same claims, same disputes, same mentions."""
    from dossier.query import views

    for name in views.ENTITY_PAGE_SIZES:  # small pages: every list spans several
        monkeypatch.setitem(views.ENTITY_PAGE_SIZES, name, 3)
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    assert brigade is not None
    url = f"/api/entities/{brigade.id}"

    def every(name: str, key: str, step: int) -> list[Any]:
        items, offset = [], 0
        while True:
            page = seed_client.get(url, params={f"{name}_offset": offset}).json()[key]
            assert page["offset"] == offset and len(page["items"]) <= page["limit"]
            items += page["items"]
            offset += page["limit"]
            if offset >= page["total"]:
                assert len(items) == page["total"]
                return items
            assert len(page["items"]) == page["limit"], "only the last page is short"

    events = every("events", "events", 20)
    full = query.events(seed_store, entity=brigade.id)
    assert sorted(e["id"] for e in events) == sorted(e["id"] for e in full)
    dates = [e["date"]["start"] for e in events if e["date"]]
    assert dates == sorted(dates, reverse=True), "newest first"
    undated = [i for i, e in enumerate(events) if not e["date"]]
    assert undated == list(range(len(dates), len(events))), "undated last"
    claims = query.claims(seed_store, entity=brigade.id)
    about = every("claims_about", "claims_about", 20)
    assert [c["id"] for c in about] == [
        c["id"] for c in claims if c["subject"] == brigade.id and c["speaker"] != brigade.id
    ]
    by_id = {c["id"]: c for c in claims}
    for claim in about:
        assert claim["contradicts"] == by_id[claim["id"]]["contradicts"]
        assert claim["corroborated_by"] == by_id[claim["id"]]["corroborated_by"]
    disputes = every("disputes", "disputes", 10)
    pairs = {tuple(s["id"] for s in d["sides"]) for d in disputes}
    assert pairs == {
        tuple(s["id"] for s in d["sides"]) for d in query.disputes(seed_store, brigade.id)
    }
    mentions = every("mentions", "mention_list", 50)
    assert len(mentions) == brigade.mention_count
    assert sorted((m["document_id"], m["start"]) for m in mentions) == sorted(
        (m["document_id"], m["start"]) for m in seed_store.entity_mentions(brigade.id)
    )


def test_entity_page_offsets_past_the_end_and_invalid(seed_client, seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    assert brigade is not None
    far = seed_client.get(f"/api/entities/{brigade.id}", params={"events_offset": 10_000}).json()
    assert far["events"]["items"] == [] and far["events"]["total"] > 0
    bad = seed_client.get(f"/api/entities/{brigade.id}", params={"events_offset": -1})
    assert bad.status_code == 422


# -- reads: events, claims, search, graph, export -----------------------------------
def test_events_filters(fact_client, facts):
    def ids(**params: Any) -> set[str]:
        response = fact_client.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return {e["id"] for e in response.json()["items"]}

    both = {"evt_test_assault", "evt_test_shelling"}
    assert both <= ids()
    assert both <= ids(entity="Northvale Militia")
    assert both <= ids(entity=facts["guard"])
    assert "evt_test_shelling" not in ids(type="ASSAULT")
    assert "evt_test_assault" in ids(type="assault")
    assert "evt_test_assault" not in ids(**{"from": "2024-03-04"})
    assert "evt_test_shelling" not in ids(to="2024-03-03")
    assert "evt_test_assault" not in ids(modality="alleged")
    assert "evt_test_shelling" in ids(modality="alleged")
    assault = next(
        e for e in fact_client.get("/api/events").json()["items"] if e["id"] == "evt_test_assault"
    )
    assert len(assault["evidence"]) == 2
    assert fact_client.get("/api/events", params={"entity": "Nobody Atall"}).status_code == 404
    assert fact_client.get("/api/events", params={"from": "March"}).status_code == 422
    assert fact_client.get("/api/events", params={"modality": "rumoured"}).status_code == 422


def test_events_paging(fact_client):
    every = fact_client.get("/api/events", params={"limit": 500}).json()["items"]
    assert _all_pages(fact_client, "/api/events", 1) == every


def test_claims_and_contradictions(fact_client, facts):
    every = _all_pages(fact_client, "/api/claims", 2)
    assert {"clm_test_200", "clm_test_40", "clm_test_xss"} <= {c["id"] for c in every}
    disputed = fact_client.get("/api/claims", params={"contradictions_only": True}).json()
    ids = {c["id"] for c in disputed["items"]}
    assert {"clm_test_200", "clm_test_40"} <= ids and "clm_test_xss" not in ids
    by = fact_client.get("/api/claims", params={"entity": facts["veltis"]}).json()["items"]
    assert "clm_test_200" in {c["id"] for c in by}
    assert all(facts["veltis"] in (c["speaker"], c["subject"]) for c in by)
    disputes = fact_client.get("/api/disputes", params={"entity": "Northvale Militia"}).json()
    assert disputes["total"] >= 1


def test_search(seed_client):
    result = seed_client.get("/api/search", params={"q": "Iran"}).json()
    assert result["total"] > 0 and result["items"][0]["snippet"]
    assert result["entities"][0]["name"] == "Iran"
    pages = _all_pages(seed_client, "/api/search", 1, q="Iran")
    assert [h["document_id"] for h in pages] == [h["document_id"] for h in result["items"]]
    assert seed_client.get("/api/search").status_code == 422
    odd = seed_client.get("/api/search", params={"q": 'NEAR( "\x00 ) * OR'})
    assert odd.status_code == 200


def test_graph_and_exports(fact_client, facts):
    graph = fact_client.get("/api/graph").json()
    assert graph["ego"] in (facts["militia"], facts["guard"])
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    forward = edges[(facts["militia"], facts["guard"])]
    assert forward["weight"] >= 2 and forward["types"]["ASSAULT"] >= 1
    assert (facts["guard"], facts["militia"]) in edges
    # the ego graph the page shows, for the page's own parameters, layout included
    params = {"entity": "Northvale Militia", "depth": 2, "type": "assault", "limit": 10}
    shown = fact_client.get("/graph/export", params={**params, "format": "json"}).json()
    api = fact_client.get("/api/graph", params=params).json()
    assert api == shown and api["ego"] == facts["militia"]
    assert {e["source"] for e in api["edges"]} and all(
        set(e["types"]) == {"ASSAULT"} for e in api["edges"]
    )
    assert fact_client.get("/api/graph", params={"entity": "Nonexistent Front"}).status_code == 404
    assert fact_client.get("/api/graph", params={"from": "2025-13-40"}).status_code == 422
    whole = fact_client.get("/api/graph", params={"whole": "true"}).json()
    assert whole["ego"] is None and (facts["militia"], facts["guard"]) in {
        (e["source"], e["target"]) for e in whole["edges"]
    }
    store = open_store(str(facts["db"]))
    try:
        contract = build_export(store)
    finally:
        store.close()
    assert fact_client.get("/api/export").json() == contract
    xml = fact_client.get("/api/export", params={"format": "graphml"})
    assert xml.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(xml.content)
    assert root.tag.endswith("graphml")
    ftm = fact_client.get("/api/export", params={"format": "ftm"}).text.splitlines()
    assert all({"id", "schema", "properties"} <= set(json.loads(line)) for line in ftm)
    assert fact_client.get("/api/export", params={"format": "pdf"}).status_code == 422


def test_summary_and_docs_work_offline(seed_client):
    summary = seed_client.get("/api/summary").json()
    assert summary["documents"] > 0 and summary["top_entities"]
    docs = seed_client.get("/docs")
    assert docs.status_code == 200
    assert "/docs-static/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    assert seed_client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
    spec = seed_client.get("/openapi.json").json()
    assert {"/api/documents", "/api/ingest", "/api/jobs/{job_id}"} <= set(spec["paths"])


# -- writes -------------------------------------------------------------------------------
FICTION = (
    "HARBOURTOWN, Estavia — The Coastal Watch Brigade detained twelve smugglers near "
    "Harbourtown on Friday, the Estavian interior ministry said.\n\nMinister Lena Okafor "
    "said the Coastal Watch Brigade would expand patrols.\n"
)


@pytest.fixture()
def write_app(tmp_path, settings):
    def make(**overrides: Any) -> TestClient:
        return TestClient(
            create_app(settings.with_overrides(db=str(tmp_path / "w.db"), **overrides))
        )

    return make


def _upload(client: TestClient, token: str | None = None, **kwargs: Any):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    files = kwargs.pop("files", [("files", ("harbour.txt", FICTION.encode(), "text/plain"))])
    return client.post("/api/ingest", files=files, headers=headers, **kwargs)


def test_writes_are_refused_without_a_server_token(write_app):
    with write_app(token="") as client:
        response = _upload(client, token="anything")
        assert response.status_code == 403
        assert "DOSSIER_TOKEN" in response.json()["detail"]


def test_writes_need_the_right_token(write_app):
    with write_app(token="s3cret") as client:
        assert _upload(client).status_code == 403
        assert _upload(client, token="wrong").status_code == 403
        basic = client.post(
            "/api/ingest",
            files=[("files", ("a.txt", b"x", "text/plain"))],
            headers={"Authorization": "Basic czNjcmV0"},
        )
        assert basic.status_code == 403
        assert client.get("/api/documents").status_code == 200  # reads stay open


def test_uploads_over_the_limit_get_413(write_app):
    with write_app(token="s3cret", max_upload_bytes=2000) as client:
        big = [("files", ("big.txt", b"word " * 1000, "text/plain"))]
        response = _upload(client, token="s3cret", files=big)
        assert response.status_code == 413
        assert "2000" in response.json()["detail"]
        # without Content-Length (chunked), the body is counted as it arrives
        boundary = "dossierboundary"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n'
            ).encode()
            + b"word " * 1000
            + f"\r\n--{boundary}--\r\n".encode()
        )
        chunked = client.post(
            "/api/ingest",
            content=iter([body[i : i + 500] for i in range(0, len(body), 500)]),
            headers={
                "Authorization": "Bearer s3cret",
                "Content-Type": f"multipart/form-data; boundary={boundary}",
            },
        )
        assert chunked.status_code == 413


def test_unsupported_upload_type_is_400(write_app):
    with write_app(token="s3cret") as client:
        response = _upload(
            client, token="s3cret", files=[("files", ("x.pdf", b"%PDF", "application/pdf"))]
        )
        assert response.status_code == 400 and ".jsonl" in response.json()["detail"]


def _wait(client: TestClient, url: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(url).json()
        if job["status"] in {"done", "failed"}:
            return job
        time.sleep(0.2)
    raise AssertionError(f"job did not finish: {job}")


@pytest.mark.nlp  # ingests through the pipeline
def test_ingest_job_end_to_end(write_app):
    with write_app(token="s3cret") as client:
        lines = json.dumps({"title": "Second report", "text": FICTION.replace("twelve", "9")})
        files = [
            ("files", ("harbour.txt", FICTION.encode(), "text/plain")),
            ("files", ("more.jsonl", (lines + "\n{broken\n").encode(), "application/json")),
        ]
        response = _upload(client, token="s3cret", files=files)
        assert response.status_code == 202, response.text
        created = response.json()
        assert created["url"] == f"/api/jobs/{created['job_id']}"
        job = _wait(client, created["url"])
        assert job["status"] == "done", job
        assert job["documents_added"] == 2 and job["files_done"] == 2
        assert [e["source"] for e in job["errors"]] == ["upload/more.jsonl:2"]
        titles = {d["title"] for d in client.get("/api/documents").json()["items"]}
        assert "Second report" in titles
        hits = client.get("/api/search", params={"q": "smugglers"}).json()
        assert hits["total"] == 2
        again = _wait(client, _upload(client, token="s3cret").json()["url"])
        assert again["documents_added"] == 0
    assert client.get("/api/jobs/nope").status_code == 404


# -- pages --------------------------------------------------------------------------------
def test_pages_render(seed_client, seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    assert brigade is not None
    doc = next(seed_store.documents())
    story = seed_store.stories()[0]
    for path in (
        "/",
        "/entities",
        "/entities?type=ORG",
        f"/entities/{brigade.id}",
        "/stories",
        f"/stories/{story['id']}",
        "/documents",
        f"/documents/{doc['id']}",
        "/timeline",
        "/timeline?entity=Zainabiyoun+Brigade&type=ASSAULT&from=2020-01-01&modality=alleged",
        "/graph",
        "/search?q=Iran-backed",
    ):
        response = seed_client.get(path)
        assert response.status_code == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]
    for path in ("/entities/nope", "/documents/nope", "/stories/nope"):
        assert seed_client.get(path).status_code == 404


def test_an_empty_or_missing_knowledge_base(tmp_path, settings):
    with TestClient(create_app(settings.with_overrides(db=str(tmp_path / "new.db")))) as client:
        for path in ("/", "/entities", "/timeline", "/graph", "/documents", "/search?q=x"):
            assert client.get(path).status_code == 200, path
        assert client.get("/api/documents").json()["total"] == 0
    missing = settings.with_overrides(db=str(tmp_path / "no" / "such" / "dir.db"))
    with TestClient(create_app(missing)) as client:
        response = client.get("/api/summary")
        assert response.status_code == 503 and "cannot open" in response.json()["detail"]


def test_search_page_puts_the_meant_entity_first(seed_client):
    page = seed_client.get("/search", params={"q": "Zainebiyoun"}).text
    best = page.index('class="best-match card"')
    assert page.index("Zainabiyoun Brigade", best) < page.index("</a>", best)


def test_entity_page_shows_aliases_reasons_and_mentions(seed_client, seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    page = seed_client.get(f"/entities/{brigade.id}").text
    assert "Liwa Zainebiyoun" in page and "Why these names are one entity" in page
    assert 'id="timeline"' in page and "/documents/" in page


def test_document_page_highlights_the_requested_span(fact_client, facts):
    doc = fact_client.get(f"/api/documents/{facts['doc_b']}").json()
    event = next(e for e in doc["events"] if e["event_id"] == "evt_test_shelling")
    page = fact_client.get(
        f"/documents/{facts['doc_b']}", params={"start": event["start"], "end": event["end"]}
    ).text
    marked = page[page.index('<mark id="hl">') : page.index("</mark>", page.index('id="hl"'))]
    assert "shelled" in marked and page.count('id="hl"') == 1
    assert 'class="fact f-event"' in page
    # the extractor may add its own event on the same sentence: facts share the attribute
    assert re.search(r'data-facts="[^"]*\bevt_test_shelling\b', page)
    assert f'href="/entities/{facts["guard"]}"' in page
    ignored = fact_client.get(f"/documents/{facts['doc_b']}", params={"start": 5, "end": 10**6})
    assert 'id="hl"' not in ignored.text


def test_timeline_and_graph_pages_show_facts(fact_client, facts):
    timeline = fact_client.get("/timeline", params={"entity": "Riverton Guard"}).text
    assert "2024-03-03" in timeline and "2024-03-05" in timeline and "FIGHT" in timeline
    graph = fact_client.get("/graph").text
    assert "<svg" in graph and "Northvale Militia" in graph and 'class="link"' in graph
    entity = fact_client.get(f"/entities/{facts['militia']}").text
    assert 'id="disputes"' in entity and "up to" in entity and "about" in entity


def test_entity_page_shows_why_each_dispute_and_how_sure(fact_client, facts):
    """The page shows each dispute's reason and confidence, as the API gives them."""
    api = fact_client.get(f"/api/entities/{facts['militia']}").json()["disputes"]["items"]
    assert api
    page = html.unescape(fact_client.get(f"/entities/{facts['militia']}").text)
    for dispute in api:
        assert dispute["reason"] and dispute["reason"] in page
        assert f"confidence {dispute['confidence']:.2f}" in page


def test_article_text_is_never_markup(fact_client, facts):
    """Payloads in titles, text, claims, speakers and entity names render as text."""
    pages = [
        "/",
        "/documents",
        f"/documents/{facts['doc_a']}",
        f"/documents/{facts['doc_a']}?start=0&end=40",
        "/stories",
        "/entities",
        f"/entities/{facts['militia']}",
        f"/entities/{XSS_ENTITY}",
        "/timeline",
        "/graph",
        "/search?q=leaflet",
        "/search?q=" + SCRIPT,
    ]
    story = fact_client.get("/api/stories").json()["items"]
    pages += [f"/stories/{s['id']}" for s in story]
    for path in pages:
        html = fact_client.get(path).text
        assert SCRIPT not in html, path
        assert "<img" not in html, path
        assert 'href="javascript:' not in html, path
    doc_page = fact_client.get(f"/documents/{facts['doc_a']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc_page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in doc_page
    assert "&lt;script&gt;" in fact_client.get(f"/entities/{XSS_ENTITY}").text


def test_dossier_serve_serves_the_app(seed_db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}
    command = [sys.executable, "-m", "dossier", "serve", "--db", str(seed_db), "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary") as response:
                    assert json.load(response)["documents"] > 0
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "dossier serve did not answer"
                time.sleep(0.2)
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err and "writes disabled" in err


# -- the OpenAPI contract, fuzzed --------------------------------------------------------------
def test_openapi_contract_holds_under_generated_requests(seed_db, settings):
    """Schemathesis: generated requests to every operation get documented, valid answers."""
    import schemathesis
    from hypothesis import HealthCheck, Phase, given
    from hypothesis import settings as hypothesis_settings

    app = create_app(settings.with_overrides(db=str(seed_db), token=""))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    for operation in operations:

        @given(case=operation.as_strategy())
        @hypothesis_settings(
            max_examples=12,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            case.call_and_validate()

        check()


def test_entity_page_html_pages_each_list_on_its_own(seed_client, seed_store, monkeypatch):
    """Paging one list keeps the others where they are; the last page has no next."""
    from dossier.query import views

    monkeypatch.setitem(views.ENTITY_PAGE_SIZES, "mentions", 10)
    monkeypatch.setitem(views.ENTITY_PAGE_SIZES, "events", 4)
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    assert brigade is not None
    path = f"/entities/{brigade.id}"
    first = seed_client.get(path).text
    total = brigade.mention_count
    assert f"1–10 of {total}" in first
    assert f'href="{path}?mentions_offset=10#mentions"' in first
    events = query.events(seed_store, entity=brigade.id)
    assert f"1–4 of {len(events)}" in first
    second = seed_client.get(path, params={"events_offset": 4, "mentions_offset": 10}).text
    assert f"11–20 of {total}" in second and f"5–8 of {len(events)}" in second
    # the events pager keeps the mentions offset, and the reverse
    assert f'href="{path}?events_offset=8&amp;mentions_offset=10#timeline"' in second
    assert f'href="{path}?mentions_offset=10#timeline"' in second  # back to events 1–4
    assert f'href="{path}?events_offset=4&amp;mentions_offset=20#mentions"' in second
    last = seed_client.get(path, params={"mentions_offset": (total - 1) // 10 * 10}).text
    assert 'rel="next"' not in last.split('id="mentions"')[1]


def test_postgresql_requests_share_pooled_connections(seed_db_postgresql, settings):
    """The API lends pooled PostgreSQL connections: thirty requests, a connection
    or two opened, each request served on one of them (an in-memory SQLite app has no pool)."""
    app = create_app(settings.with_overrides(db=seed_db_postgresql, token="", db_pool_size=2))
    with TestClient(app) as client:
        for _ in range(15):
            assert client.get("/api/entities", params={"limit": 3}).status_code == 200
            assert client.get("/api/summary").status_code == 200
        stats = app.state.pool.pool.get_stats()
        assert stats["requests_num"] == 30
        assert 1 <= stats["connections_num"] <= 2
    sqlite_app = create_app(settings.with_overrides(db=":memory:", token=""))
    with TestClient(sqlite_app) as client:
        client.get("/api/summary")
    assert sqlite_app.state.pool is None
