"""Which date of its sentence an event takes when the parser hangs the date on another word:
a participle or an "as" clause told at the act's time, a relative clause telling an earlier act.
Fiction sentences, run through the model."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.records import Document

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _times(text: str, settings, published: str = "2025-04-26") -> dict[str, str | None]:
    """Each event's trigger -> the words of the date it took (None: undated)."""
    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published=published
    )
    (analyzed,) = list(analyze([doc], settings))
    return {
        text[e.trigger[0] : e.trigger[1]]: text[e.time[0] : e.time[1]] if e.time else None
        for e in analyzed.events
    }


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the parser hangs the date on the participle describing a participant
        (
            "Gunmen shot dead a police officer guarding a vaccination team on Wednesday in "
            "Velmora district, police said.",
            "shot",
        ),
        (
            "An attacker rammed an explosive-laden car into a bus transporting soldiers from "
            "Ostrand to Velmora near its destination on Saturday.",
            "rammed",
        ),
    ],
)
def test_a_participle_told_at_the_acts_time_dates_the_act(sentence, trigger, settings):
    found = _times(sentence, settings)
    assert found.get(trigger) in ("Wednesday", "Saturday"), found


def test_a_relative_clause_keeps_its_own_date_not_the_main_clauses(settings):
    text = (
        "VELMORA: Police on Sunday arrested two of the four suspects, who had killed a woman "
        "and her 16-month-old daughter ‘for honour’ in Jabar area here on Friday."
    )
    found = _times(text, settings, published="2025-04-07")
    assert found["arrested"] == "Sunday" and found["killed"] == "Friday", found


def test_a_relative_clause_on_a_date_is_dated_by_it(settings):
    # "since February 2019, when New Delhi imposed duties": the clause tells that date, and
    # "the attack, which killed 40" tells the attack itself
    text = (
        "Trade between the two countries had been suspended since February 2019, when Ostrand "
        "imposed steep duties on imports after the Velmora attack, which killed 40 soldiers."
    )
    found = _times(text, settings)
    assert found.get("killed") == found.get("imposed") == "February 2019", found


def test_the_day_before_dates_the_act_it_follows_not_the_report(settings):
    text = (
        "Velmora's civil defence agency reported on Friday that the death toll from an "
        "Ostrandi air strike the day before on a house in the north of the territory had "
        "risen to 23."
    )
    assert _times(text, settings)["strike"] == "the day before"


def test_an_event_during_which_the_act_happened_dates_it(settings):
    text = (
        "Ostrand decided to halt trade with Velmora during the National Security Committee "
        "meeting on April 24."
    )
    assert _times(text, settings)["halt"] == "April 24"


def test_an_arrests_reason_is_an_earlier_act_not_dated_by_the_arrest(settings):
    text = (
        "A couple of days ago, two constables among eight suspects were booked and arrested for "
        "their alleged involvement in the kidnapping of the trader."
    )
    found = _times(text, settings, published="2025-01-12")
    assert found["arrested"] == "A couple of days ago" and found["kidnapping"] is None, found
