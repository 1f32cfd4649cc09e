"""Event facts that disagree across stories: one arrest, two different dates."""

from __future__ import annotations

import json

import pytest

from dossier.cli import main
from dossier.query import reads as query
from dossier.store import open_store

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp

FIRST = (
    "The Velmora Police Department arrested Amin Rastagar on 3 March 2024, officials said.\n\n"
    "Rastagar is accused of leading a smuggling network across the northern border, and his "
    "lawyers have said they will appeal against the detention order in the provincial court."
)
SECOND = (
    "The Velmora Police Department arrested Amin Rastagar on 9 April 2024, a rights group said.\n\n"
    "The group said the arrest followed weeks of surveillance of his family home and called on "
    "the authorities to allow his relatives and doctors to visit him in custody without delay."
)


def two_reports(tmp_path):
    """A folder with the two reports of the arrest, as one JSON-lines file."""
    folder = tmp_path / "news"
    folder.mkdir()
    rows = [
        {"text": FIRST, "published": "2024-03-05", "url": "https://example.org/a"},
        {"text": SECOND, "published": "2024-04-12", "url": "https://example.org/b"},
    ]
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def test_same_arrest_with_disjoint_dates_is_a_dispute(tmp_path, new_db, capsys):
    folder = two_reports(tmp_path)
    db = new_db
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 0
    store = open_store(str(db))
    arrests = query.events(store, type="COERCE")
    disputes = query.event_disputes(store)
    store.close()
    assert len(arrests) == 2  # never merged: the dates do not overlap
    (dispute,) = disputes
    assert "dates disagree" in dispute["reason"]
    assert {s["date"]["start"] for s in dispute["sides"]} == {"2024-03-03", "2024-04-09"}
    assert main(["claims", "--contradictions", "--db", str(db)]) == 0
    assert "EVENT DISPUTE" in capsys.readouterr().out


def test_export_names_the_disputing_event_on_both_sides(tmp_path, new_db):
    folder = two_reports(tmp_path)
    db, out = new_db, tmp_path / "kb.json"
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 0
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    events = {e["id"]: e for e in json.loads(out.read_text())["events"]}
    disputed = {i: e["disputed_by"] for i, e in events.items() if e["disputed_by"]}
    assert len(disputed) == 2
    (a, [side_a]), (b, [side_b]) = disputed.items()
    assert side_a["event"] == b and side_b["event"] == a
    assert "dates disagree" in side_a["reason"]
