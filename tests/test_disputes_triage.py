"""Disputes end to end on fictional reports: one incident told with two figures by two
independent outlets is one dispute, with a reason and a confidence; a re-served copy adds
none; an analyst's "not a dispute" drops it from disputes and claims, shows in the export,
and survives a re-ingest."""

from __future__ import annotations

import json

import pytest

from dossier.cli import main
from dossier.query import reads as query
from dossier.store import open_store

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp

FIRST = (
    "QUETTA: The Balochistan Liberation Army killed 12 villagers in Quetta on Sunday, police said. "
    "The attackers fled on motorcycles before the police reached the market. A search "
    "operation was launched in the surrounding hills and roads were closed for hours."
)
SECOND = (
    "The Balochistan Liberation Army killed 30 villagers in Quetta on Sunday, a hospital official "
    "told reporters at the civil hospital. Relatives gathered outside the mortuary late into "
    "the night, and traders announced a strike for Monday to protest against the killings."
)
ELSEWHERE = (
    "The Balochistan Liberation Army killed 5 villagers in Karachi on Sunday, officials said. The "
    "district administration imposed a curfew in the town and suspended mobile services "
    "for the rest of the day as troops searched the area."
)


def _write(folder, rows) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "news.jsonl").open("w", encoding="utf-8") as out:
        for url, text in rows:
            record = {"url": url, "text": text, "title": "Attack", "published": "2025-03-16"}
            out.write(json.dumps(record) + "\n")


def test_one_dispute_with_reason_and_triage_that_survives_reingest(tmp_path, new_db, capsys):
    folder = tmp_path / "news"
    _write(
        folder,
        [
            ("https://one.example/a", FIRST),
            ("https://two.example/b", SECOND),
            ("https://three.example/c", ELSEWHERE),
            ("https://four.example/reprint", FIRST),  # a re-served copy of the first
        ],
    )
    assert main(["ingest", str(folder), "--db", str(new_db), "--quiet"]) == 0
    store = open_store(str(new_db))
    try:
        pairs = query.disputes(store)
    finally:
        store.close()
    killed = [p for p in pairs if {s["quantity"]["min"] for s in p["sides"]} == {12.0, 30.0}]
    assert len(killed) == 1, pairs
    (dispute,) = killed
    assert "12 vs 30" in dispute["reason"] or "30 vs 12" in dispute["reason"]
    assert 0 < dispute["confidence"] <= 1
    # another town on the same day is another incident, not a dispute
    assert not any(5.0 in {s["quantity"]["min"] for s in p["sides"]} for p in pairs)
    a, b = (s["id"] for s in dispute["sides"])

    assert main(["triage", a, b, "not-a-dispute", "--db", str(new_db)]) == 0
    assert main(["ingest", str(folder), "--db", str(new_db), "--quiet"]) == 0  # re-ingest
    out = tmp_path / "export.json"
    assert main(["export", "--db", str(new_db), "--out", str(out)]) == 0
    exported = {c["id"]: c for c in json.loads(out.read_text(encoding="utf-8"))["claims"]}
    assert exported[a]["triage"] == {b: "not_a_dispute"}
    assert b not in exported[a]["contradicts"]
    store = open_store(str(new_db))
    try:
        assert not [p for p in query.disputes(store) if {a, b} == {s["id"] for s in p["sides"]}]
    finally:
        store.close()
    assert main(["triage", a, a, "confirmed", "--db", str(new_db)]) == 1
    assert "two different claims" in capsys.readouterr().err
