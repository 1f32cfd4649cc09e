"""Export formats beside the JSON contract: CSV tables, GraphML, followthemoney."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from dossier.cli import main
from dossier.query.export import build_export, csv_tables, ftm_entities, graphml
from dossier.store import open_store
from tests.test_api import build_fact_kb

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
FTM_SCHEMATA = {"Article", "Person", "Organization", "LegalEntity", "Address", "Event", "Note"}


@pytest.fixture(scope="module")
def facts(tmp_path_factory, settings) -> dict[str, Any]:
    return build_fact_kb(tmp_path_factory.mktemp("export-facts"), settings)


@pytest.fixture()
def fact_store(facts):
    store = open_store(str(facts["db"]))
    yield store
    store.close()


def test_csv_writes_one_file_per_table(seed_db, seed_store, tmp_path):
    out = tmp_path / "csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--db", str(seed_db)]) == 0
    data = build_export(seed_store)
    expected = {"documents", "stories", "entities", "aliases", "mentions", "events", "claims"}
    assert expected | {"evidence"} == {p.stem for p in out.glob("*.csv")}

    def rows(table: str) -> list[dict[str, str]]:
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    documents = rows("documents")
    assert [d["text"] for d in documents] == [d["text"] for d in data["documents"]]
    assert len(rows("entities")) == len(data["entities"])
    assert len(rows("mentions")) == sum(len(e["mentions"]) for e in data["entities"])
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for m in rows("mentions"):
        assert texts[m["document_id"]][int(m["start"]) : int(m["end"])] == m["text"]
    assert len(rows("stories")) == len(data["stories"])


def test_csv_tables_keep_event_and_claim_evidence(fact_store):
    tables = csv_tables(build_export(fact_store))
    header, events = tables["events"]
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in events}
    assert by_id["evt_test_assault"]["evidence_count"] == 2
    header, evidence = tables["evidence"]
    assert sum(1 for row in evidence if row[1] == "evt_test_assault") == 2
    header, claims = tables["claims"]
    claim = dict(zip(header, next(r for r in claims if r[0] == "clm_test_40"), strict=True))
    assert (
        claim["max"] == 40 and claim["hedge"] == "up to" and "clm_test_200" in claim["contradicts"]
    )


def test_graphml_is_the_actor_graph(fact_store, facts):
    root = ET.fromstring(graphml(fact_store).encode())
    graph = root.find(f"{GRAPHML}graph")
    assert graph is not None and graph.get("edgedefault") == "directed"
    nodes = {n.get("id") for n in graph.iter(f"{GRAPHML}node")}
    assert {facts["militia"], facts["guard"]} <= nodes
    edges = {
        (e.get("source"), e.get("target")): {d.get("key"): d.text for d in e.iter(f"{GRAPHML}data")}
        for e in graph.iter(f"{GRAPHML}edge")
    }
    forward = edges[(facts["militia"], facts["guard"])]
    assert int(forward["weight"]) >= 2 and "ASSAULT" in forward["types"]
    assert "evt_test_assault" in forward["events"]
    assert all(source in nodes and target in nodes for source, target in edges)
    declared = {k.get("id") for k in root.iter(f"{GRAPHML}key")}
    assert {"name", "type", "weight"} <= declared


def test_graphml_streams_the_events_a_page_at_a_time(fact_store, monkeypatch):
    """The whole-knowledge-base GraphML reads the events in pages and comes out
    a node or an edge at a time; pages of one event give the same graph as one
    page of all, and the same links as the events read all at once."""
    from dossier.query import graph as graph_module
    from dossier.query import reads as query

    pages: list[int] = []
    real = fact_store.event_page_ids

    def counted(*args, **kwargs):
        total, ids = real(*args, **kwargs)
        pages.append(len(ids))
        return total, ids

    monkeypatch.setattr(fact_store, "event_page_ids", counted)
    one_by_one = graph_module.actor_graph(fact_store, page=1)
    events = len(query.events(fact_store))
    assert events >= 3 and pages[:events] == [1] * events  # never more than a page read
    at_once = graph_module.actor_graph(fact_store, events=query.events(fact_store))
    paged = graph_module.actor_graph(fact_store)
    for other in (at_once, paged):
        assert one_by_one.as_dict() == other.as_dict()
    pieces = list(graph_module.iter_graphml(one_by_one, layout=False))
    assert len(pieces) >= len(one_by_one.nodes) + len(one_by_one.edges)
    assert sum(p.lstrip().startswith("<edge ") for p in pieces) == len(one_by_one.edges)
    root = ET.fromstring("".join(pieces).encode())
    assert "x" not in {k.get("id") for k in root.iter(f"{GRAPHML}key")}
    assert "".join(pieces) == graphml(fact_store)


def test_ftm_entities_are_well_formed(fact_store, facts):
    entities = list(ftm_entities(fact_store))
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
    for entity in entities:
        assert set(entity) == {"id", "schema", "properties"}
        assert entity["schema"] in FTM_SCHEMATA
        for values in entity["properties"].values():
            assert isinstance(values, list) and values
            assert all(isinstance(v, str) and v for v in values)
        assert entity["properties"]["name"]
    by_id = {e["id"]: e for e in entities}
    assert by_id[facts["doc_a"]]["schema"] == "Article"
    assert by_id[facts["militia"]]["schema"] == "Organization"
    assert by_id[facts["veltis"]]["schema"] == "Person"
    assault = by_id["evt_test_assault"]
    assert assault["schema"] == "Event"
    assert assault["properties"]["organizer"] == [facts["militia"]]
    assert set(assault["properties"]["involved"]) == {facts["militia"], facts["guard"]}
    assert assault["properties"]["startDate"] == ["2024-03-03"]
    for entity in entities:  # references point at exported entities
        for prop in ("organizer", "involved", "entity", "proof"):
            assert set(entity["properties"].get(prop, [])) <= set(by_id)
    note = by_id["clm_test_40"]
    assert note["schema"] == "Note" and facts["militia"] in note["properties"]["entity"]


def test_cli_exports_each_format(facts, tmp_path, capsys):
    db = str(facts["db"])
    assert main(["export", "--format", "graphml", "--db", db]) == 0
    assert ET.fromstring(capsys.readouterr().out.encode()).tag == f"{GRAPHML}graphml"
    out = tmp_path / "kb.ftm.jsonl"
    assert main(["export", "--format", "ftm", "--out", str(out), "--db", db]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["schema"] in FTM_SCHEMATA for line in lines)
    assert "followthemoney entities" in capsys.readouterr().err
    assert main(["export", "--format", "json", "--db", db]) == 0
    store = open_store(str(facts["db"]))
    try:
        assert json.loads(capsys.readouterr().out) == build_export(store)
    finally:
        store.close()
    with pytest.raises(SystemExit):
        main(["export", "--format", "xlsx", "--db", db])
