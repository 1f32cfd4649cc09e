"""Events on news unlike the archive, session 43 (issue 15: ECB+ pages, Western web news).
An incident noun told as having happened by a relative clause ("a suspect in a shooting
that occurred in the neighborhood Monday", "a shooting that had taken place the previous
day") is dated by that clause, as "the shooting occurred on Monday" is: a dated incident
to count though the sentence names no one. An undated one ("a shooting that occurred")
stays a kind of act. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import extract_events
from dossier.records import TimeExpr
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

# "He knew about a shooting that occurred Monday ."
OCCURRED_MONDAY = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("knew", "know", 1, "ROOT", "VERB", "VBD"),
    ("about", "about", 1, "prep", "ADP", "IN"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("shooting", "shooting", 2, "pobj", "NOUN", "NN"),
    ("that", "that", 6, "nsubj", "PRON", "WDT"),
    ("occurred", "occur", 4, "relcl", "VERB", "VBD"),
    ("Monday", "Monday", 6, "npadvmod", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _types(rows: list[tuple[str, str, int, str, str, str]], dated: bool) -> list[str]:
    """Types of the events of a hand-built sentence, "Monday" a resolved day or not."""
    doc = _parse(rows)
    times = []
    if dated:
        at = doc.text.index("Monday")
        times = [TimeExpr(at, at + 6, "Monday", "2013-01-07", "2013-01-07", "day", 0)]
    return [event.type for event in extract_events(doc, [], times, {0: 0})]


def test_incident_dated_by_its_occurring_clause_is_an_event() -> None:
    assert _types(OCCURRED_MONDAY, dated=True) == ["ASSAULT"]


def test_undated_occurring_clause_stays_a_kind_of_act() -> None:
    assert _types(OCCURRED_MONDAY, dated=False) == []
