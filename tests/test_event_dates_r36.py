"""Dates of events, round 36: a sentence that tells several incidents at once dates the ones
told after it, though it counts none of them or no act of its own was read.

"Five people were killed and two injured in separate incidents of violence and a road
accident in the province on Friday." then, sentences on, "Elsewhere, armed men shot dead two
people": the lead gives Friday to each incident it sums up, and an ACLED coder dates the
shooting that Friday, not the report's window. Sentences and places written for these tests.
"""

from __future__ import annotations

import pytest

from dossier.kb.event_days import _SEVERAL, _earlier_day
from dossier.records import AnalyzedDocument, Document, EventMention, Sentence, TimeExpr

pytestmark = pytest.mark.unit

FRIDAY = "2025-05-16"


def _analyzed(lead: str, later: str, word: str = "Friday") -> AnalyzedDocument:
    """A lead that gives ``word`` (a Friday) and no act, then an undated shooting."""
    text = f"{lead} {later}"
    at = text.index(word)
    time = TimeExpr(at, at + len(word), word, FRIDAY, FRIDAY, "day", 0)
    fires = text.index("shot")
    second = len(lead) + 1
    event = EventMention("ASSAULT", None, (fires, fires + 4), second, len(text), 1)
    document = Document(id="d", source="s", raw_hash="h", text=text, published="2025-05-17")
    sentences = [Sentence(0, len(lead)), Sentence(second, len(text))]
    return AnalyzedDocument(document, sentences, [], [time], [event])


@pytest.mark.parametrize(
    "lead",
    [
        "Five people were killed and two injured in separate incidents of violence and a road "
        "accident in the province on Friday.",
        "Two people died in separate Israeli strikes on the south on Friday.",
        "Police seized illegal SIMs during the raids conducted in various cities on Friday.",
    ],
)
def test_an_umbrella_lead_dates_the_incidents_told_after_it(lead):
    analyzed = _analyzed(lead, "Elsewhere, unknown armed men shot dead two people in a village.")
    lent = _earlier_day(analyzed, analyzed.events[0], 3)
    assert lent is not None and lent.value_start == FRIDAY


def test_a_lead_of_one_incident_lends_no_day_to_one_set_apart():
    # no act read, and nothing says the lead sums up several incidents: the shooting told
    # "Elsewhere" is its own, its day unknown
    lead = "A man was found dead in a ditch on Friday."
    analyzed = _analyzed(lead, "Elsewhere, unknown armed men shot dead two people in a village.")
    assert _earlier_day(analyzed, analyzed.events[0], 3) is None


def test_a_report_day_of_an_umbrella_is_not_lent():
    # "..., officials said on Friday": the report's day, which only bounds the incidents
    lead = "Two people were killed in separate incidents, officials said on Friday."
    analyzed = _analyzed(lead, "Elsewhere, unknown armed men shot dead two people in a village.")
    assert _earlier_day(analyzed, analyzed.events[0], 3) is None


def test_an_umbrella_day_before_its_words_or_of_a_dateline_is_not_lent():
    # the prayers' day, written before the words that tell the incidents several
    lead = "The assembly on Friday offered prayers for those killed in various tragic incidents."
    analyzed = _analyzed(lead, "Elsewhere, unknown armed men shot dead two people in a village.")
    assert _earlier_day(analyzed, analyzed.events[0], 3) is None
    # a wire dateline's date is the dispatch's
    lead = "KARACHI, May 16 (APP): Troops killed ten militants in three separate raids."
    analyzed = _analyzed(
        lead, "Elsewhere, unknown armed men shot dead two people in a village.", "May 16"
    )
    assert _earlier_day(analyzed, analyzed.events[0], 3) is None


@pytest.mark.parametrize(
    ("words", "several"),
    [
        ("in separate incidents of violence", True),
        ("two dead in separate Israeli strikes", True),
        ("in five separate engagements", True),
        ("in various cities", True),
        ("in different parts of the city", True),
        # a preposition between: the attacks are not said to be several
        ("separate from the attacks", False),
        ("a separate attack", False),
        ("in the city", False),
    ],
)
def test_the_words_that_tell_several_incidents(words, several):
    assert bool(_SEVERAL.search(words)) is several
