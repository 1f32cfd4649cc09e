"""Dates of events, round 38: a statement told in the present perfect below the lead, with no
day of its own sentence ("Turkey has accused Medin of ...", "Olof Skoog ... has urged the
government ..."), is a stance of some time before the report: it keeps its report's undated
window (the GUIDE's ``<=``), not a day lent by another sentence. A lead told in the perfect,
a day of its own sentence and the simple past are left as they were. Sentences and names
written for these tests."""

from __future__ import annotations

import pytest

from dossier.kb.event_days import stance_told_in_perfect
from dossier.records import AnalyzedDocument, Document, EventMention, Sentence, TimeExpr

TUESDAY = "2025-05-13"
LEAD = "The Velmora council on Tuesday accused the governor of hiding the budget."
MIDDLE = "The session lasted three hours."


def _analyzed(sentences: list[str], word: str, said: str, dated_in: int = 0) -> AnalyzedDocument:
    """``sentences`` joined; ``said`` (a statement's trigger) in the last one, whose event's
    lent day is the Tuesday written as ``word`` in sentence ``dated_in``."""
    text = " ".join(sentences)
    bounds, at = [], 0
    for s in sentences:
        bounds.append(Sentence(at, at + len(s)))
        at += len(s) + 1
    where = bounds[dated_in].start + sentences[dated_in].index(word)
    time = TimeExpr(where, where + len(word), word, TUESDAY, TUESDAY, "day", dated_in)
    last = bounds[-1]
    trigger = text.index(said, last.start)
    event = EventMention(
        "ACCUSE", "allege", (trigger, trigger + len(said)), last.start, last.end, len(bounds) - 1
    )
    document = Document(id="d", source="s", raw_hash="h", text=text, published="2025-05-15")
    return AnalyzedDocument(document, bounds, [], [time], [event])


@pytest.mark.unit
@pytest.mark.parametrize(
    "stance",
    [
        "Turkey has accused the reporter of spying.",
        "Rights groups have also condemned the arrests.",
    ],
)
def test_a_perfect_stance_below_the_lead_takes_no_lent_day(stance):
    said = "accused" if "accused" in stance else "condemned"
    analyzed = _analyzed([LEAD, MIDDLE, stance], "Tuesday", said)
    event, (time,) = analyzed.events[0], analyzed.times
    assert stance_told_in_perfect(analyzed, event, time)
    assert stance_told_in_perfect(analyzed, event, None)


@pytest.mark.unit
def test_a_perfect_lead_keeps_the_day_of_its_news():
    # a wire lead told in the perfect is that day's statement
    analyzed = _analyzed(
        [LEAD, "The opposition has accused the council of lying."], "Tuesday", "accused"
    )
    event, (time,) = analyzed.events[0], analyzed.times
    assert not stance_told_in_perfect(analyzed, event, time)


@pytest.mark.unit
def test_a_perfect_stance_with_a_day_of_its_own_keeps_it():
    stance = "Turkey has accused the reporter of spying on Tuesday."
    analyzed = _analyzed([LEAD, MIDDLE, stance], "Tuesday", "accused", dated_in=2)
    event, (time,) = analyzed.events[0], analyzed.times
    assert not stance_told_in_perfect(analyzed, event, time)


@pytest.mark.unit
def test_a_stance_in_the_simple_past_is_left_to_the_other_rules():
    analyzed = _analyzed(
        [LEAD, MIDDLE, "Turkey accused the reporter of spying."], "Tuesday", "accused"
    )
    event, (time,) = analyzed.events[0], analyzed.times
    assert not stance_told_in_perfect(analyzed, event, time)
