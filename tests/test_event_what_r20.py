"""Session 20, events found once (issue 15, item 5): several incidents told in one sentence.

The labelled sets give one row per incident, with the same anchor when one sentence tells
several ("two separate encounters … in Dosali and Tappi"); the scorer must let each of those
rows meet its own exported event, or a correct split could never score."""

from __future__ import annotations

from typing import Any

import pytest

from bench.eval_events import Exported, best_assignment, match_rows

pytestmark = pytest.mark.unit

SENTENCE = "Two soldiers were martyred in Dosali, while in Tappi two others were killed."


def _export(*events: dict[str, Any]) -> tuple[Exported, dict[str, Any]]:
    """An export of one article ``a1`` holding ``events``, each read from SENTENCE."""
    entities = [
        {"id": "p-dosali", "name": "Dosali"},
        {"id": "p-tappi", "name": "Tappi"},
    ]
    full = []
    for n, event in enumerate(events):
        full.append(
            {
                "id": f"e{n}",
                "actors": [],
                "targets": [],
                "modality": "asserted",
                "date": None,
                "evidence": [{"document_id": "d1", "text": SENTENCE}],
                **event,
            }
        )
    export = {"entities": entities, "events": full, "documents": []}
    return Exported(export, {"d1": "a1"}), {"a1": {"id": "d1"}}


def _row(place: str, kind: str = "ASSAULT") -> dict[str, Any]:
    return {"article": "a1", "anchor": "were martyred in Dosali", "type": kind, "place": place}


def test_rows_sharing_an_anchor_meet_distinct_events_by_place() -> None:
    ex, docs = _export(
        {"type": "ASSAULT", "location": "p-dosali"}, {"type": "ASSAULT", "location": "p-tappi"}
    )
    # the Tappi row comes first, yet the Dosali event (exported first) goes to the Dosali row
    got = match_rows(ex, docs, [_row("Tappi"), _row("Dosali")])
    assert [e["id"] if e else None for e in got] == ["e1", "e0"]


def test_the_first_matcher_gives_every_row_of_an_anchor_the_same_event() -> None:
    ex, docs = _export(
        {"type": "ASSAULT", "location": "p-dosali"}, {"type": "ASSAULT", "location": "p-tappi"}
    )
    got = match_rows(ex, docs, [_row("Tappi"), _row("Dosali")], matcher="first")
    assert [e["id"] if e else None for e in got] == ["e0", "e0"]


def test_one_event_cannot_stand_for_two_incidents() -> None:
    ex, docs = _export({"type": "ASSAULT", "location": "p-tappi"})
    got = match_rows(ex, docs, [_row("Dosali"), _row("Tappi")])
    assert [e["id"] if e else None for e in got] == [None, "e0"]


def test_gold_type_outranks_place() -> None:
    ex, docs = _export(
        {"type": "COERCE", "location": "p-dosali"}, {"type": "ASSAULT", "location": "p-tappi"}
    )
    got = match_rows(ex, docs, [_row("Dosali")])
    assert got[0] is not None and got[0]["id"] == "e1"


def test_an_event_not_holding_the_anchor_is_never_matched() -> None:
    ex, docs = _export({"type": "ASSAULT", "location": "p-dosali"})
    row = {**_row("Dosali"), "anchor": "an unrelated sentence"}
    assert match_rows(ex, docs, [row]) == [None]


def test_the_assignment_with_most_agreement_wins_over_the_first_best_pair() -> None:
    # row 0 agrees a little more with event 0 than row 1 does, but row 1 has nothing else:
    # taking the best pair first would leave row 1 without an event
    assert best_assignment([[100, 90], [96, 0]]) == {0: 1, 1: 0}
    assert best_assignment([[5], [5]]) == {0: 0}
    assert best_assignment([[0, 0]]) == {0: 0}
