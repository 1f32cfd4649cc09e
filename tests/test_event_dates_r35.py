"""Dates of events, round 35: the time of a "when" clause, and a lead told in the perfect.

"The drivers were carrying gas bought in Iran on May 9 when gunmen stopped their trucks": a
"when" clause tells what happened at the time of the clause it hangs on, so the one day that
clause gives is the act's, though the parser hangs "on May 9" on the participle "bought".
"Soldiers have killed a militant commander ..., the army said on Friday." then "On January
11, the commander was killed ...": English puts no definite past time on a present perfect,
so a lead told in it leaves the act's day, however far back, to the sentence that retells the
act in the past. Sentences and places written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.events.place_time import _when_day
from dossier.records import TimeExpr
from tests.test_event_dates_r33 import _parsed
from tests.test_event_later_day import _later

#: one row of a parse written by hand
Row = tuple[str, str, str, str, int, str]


def _carrying(
    before_date: str, aux: str | None = None
) -> list[tuple[str, str, str, str, int, str]]:
    """ "The drivers were carrying gas bought in Iran <before_date> May 9 when gunmen [aux]
    stopped their trucks." as the small model parses it: the date under "bought"."""
    rows = [
        ("The", "DET", "DT", "det", 1, "the"),
        ("drivers", "NOUN", "NNS", "nsubj", 3, "driver"),
        ("were", "AUX", "VBD", "aux", 3, "be"),
        ("carrying", "VERB", "VBG", "ROOT", 3, "carry"),
        ("gas", "NOUN", "NN", "dobj", 3, "gas"),
        ("bought", "VERB", "VBN", "acl", 4, "buy"),
        ("in", "ADP", "IN", "prep", 5, "in"),
        ("Iran", "PROPN", "NNP", "pobj", 6, "Iran"),
        (before_date, "ADP", "IN", "prep", 5, before_date),
        ("May", "PROPN", "NNP", "pobj", 8, "May"),
        ("9", "NUM", "CD", "nummod", 9, "9"),
        ("when", "SCONJ", "WRB", "advmod", 14 if aux else 13, "when"),
        ("gunmen", "NOUN", "NNS", "nsubj", 14 if aux else 13, "gunman"),
    ]
    if aux:
        rows.append((aux, "AUX", "VBD", "aux", 14, aux))
    at = len(rows)
    rows += [
        ("stopped", "VERB", "VBD" if not aux else "VBN", "advcl", 3, "stop"),
        ("their", "PRON", "PRP$", "poss", at + 2, "their"),
        ("trucks", "NOUN", "NNS", "dobj", at, "truck"),
        (".", "PUNCT", ".", "punct", 3, "."),
    ]
    return rows


def _when(rows: list[Row]) -> str | None:
    doc = _parsed(rows)
    may = next(t for t in doc if t.text == "May")
    start, end = may.idx, doc[may.i + 1].idx + 1
    day = TimeExpr(start, end, doc.text[start:end], "2025-05-09", "2025-05-09", "day", 0)
    stopped = next(t for t in doc if t.text == "stopped")
    found = _when_day(stopped, [day], {(start, end): may})
    return doc.text[found[0] : found[1]] if found else None


@pytest.mark.unit
def test_an_act_of_a_when_clause_takes_the_day_of_the_clause_it_hangs_on():
    assert _when(_carrying("on")) == "May 9"


@pytest.mark.unit
def test_a_when_clause_in_the_past_perfect_tells_an_earlier_time():
    # "when gunmen had stopped their trucks": before May 9, not on it
    assert _when(_carrying("on", aux="had")) is None


@pytest.mark.unit
def test_a_day_that_bounds_a_span_is_no_act_day():
    # "bought in Iran since May 9": the day a state began, not the time of the clause
    assert _when(_carrying("since")) is None


@pytest.mark.unit
def test_the_clause_above_must_hang_the_when_clause():
    # the main clause itself is no "when" clause: nothing is read
    rows = _carrying("on")
    doc = _parsed(rows)
    may = next(t for t in doc if t.text == "May")
    start, end = may.idx, doc[may.i + 1].idx + 1
    day = TimeExpr(start, end, doc.text[start:end], "2025-05-09", "2025-05-09", "day", 0)
    carrying = next(t for t in doc if t.text == "carrying")
    assert _when_day(carrying, [day], {(start, end): may}) is None


@pytest.mark.nlp
def test_a_lead_in_the_perfect_takes_the_day_its_retelling_gives(settings):
    text = (
        "Security forces have killed a militant commander in Velmora district, the army said "
        "on Tuesday.\n\nOn January 11, the commander was shot dead near Tarnok."
    )
    assert _later(text, settings, "2025-01-21") == [("killed", "2025-01-11")]


@pytest.mark.nlp
def test_a_lead_in_the_simple_past_keeps_the_span_its_report_allows(settings):
    # "killed ..., the army said on Tuesday": a day ten days before is outside the report's
    # span, as before this round
    text = (
        "Security forces killed a militant commander in Velmora district, the army said on "
        "Tuesday.\n\nOn January 11, the commander was shot dead near Tarnok."
    )
    assert _later(text, settings, "2025-01-21") == [("killed", None)]


@pytest.mark.nlp
def test_a_lead_in_the_perfect_takes_no_day_of_another_kind_of_act(settings):
    # the day a later sentence gives a protest is not the killing's
    text = (
        "Security forces have killed a militant commander in Velmora district, the army said "
        "on Tuesday.\n\nOn January 11, traders protested in Tarnok against the closure of the "
        "market."
    )
    assert _later(text, settings, "2025-01-21") == [("killed", None)]
