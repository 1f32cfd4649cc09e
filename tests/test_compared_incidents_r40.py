"""An incident a lead names only as a yardstick is no incident of the report (session 40)."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.compared_incidents import compared_spans, within, without_compared
from dossier.kb.event_merge import main_event

pytestmark = pytest.mark.unit


def _row(text: str, trigger: str, event: str, sentence: int = 0, nth: int = 0) -> dict[str, Any]:
    """A stored event report of ``trigger`` (its ``nth`` occurrence) in a one-line text."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(trigger, at + 1)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return {
        "event_id": event,
        "sentence": sentence,
        "start": start,
        "end": len(text) if end < 0 else end,
        "trigger_start": at,
        "trigger_end": at + len(trigger),
        "modality": "asserted",
    }


APS = (
    "QUETTA, Mar 13 (APP): Prime Minister Shehbaz Sharif Thursday said a meeting of the "
    "country's leadership would be called to hold consultation on the issue of terrorism as "
    "was done after the attack on the Army Public School in Peshawar.\n"
    "The prime minister said terrorists attacked a train three days ago."
)


def test_comparison_is_no_main_incident() -> None:
    old = _row(APS, "attack", "old")
    news = _row(APS, "attacked", "news", sentence=2)
    rows, spans = without_compared(APS, [old, news])
    assert rows == [news]
    # the yardstick's place is in its span: no place of the lead
    assert within(APS.index("Peshawar"), spans)
    assert not within(APS.index("Shehbaz"), spans)
    assert main_event([old, news], 2) is old  # before: the comparison was the news


def test_since_names_what_came_before() -> None:
    text = (
        "The Thall-Parachinar Road has been closed since the Nov 21, 2024 attack on a convoy "
        "in the Bagan area, officials said."
    )
    spans = compared_spans(text, [_row(text, "attack", "e")])
    assert spans and within(text.index("Bagan"), spans)
    assert not within(text.index("officials"), spans)


def test_the_news_itself_is_kept() -> None:
    # the deadliest attack is the news; only what follows "since" is the yardstick
    text = "Gunmen killed 26 tourists in the deadliest attack in the region since 2000."
    assert compared_spans(text, [_row(text, "attack", "e"), _row(text, "killed", "k")]) == []
    # a bare "after" or "like" tells the news or its actor, never a comparison
    text = "Police arrested three men after the attack on a checkpost in Bannu."
    assert compared_spans(text, [_row(text, "attack", "e")]) == []
    text = "Groups like the TTP attacked the post in Bannu."
    assert compared_spans(text, [_row(text, "attacked", "e")]) == []


def test_a_marker_of_another_clause_or_far_back_is_none() -> None:
    text = "Since January, when talks failed, militants have attacked posts in the district."
    assert compared_spans(text, [_row(text, "attacked", "e")]) == []
    text = (
        "Similar to last year, the provincial government announced on Monday that security "
        "forces had launched a raid in Tirah."
    )
    assert compared_spans(text, [_row(text, "raid", "e")]) == []


def test_since_as_adverb_or_before_another_clause_is_none() -> None:
    # an adverb after an auxiliary names no earlier occasion
    text = "Islamabad has since called for an international independent probe."
    assert compared_spans(text, [_row(text, "called", "e")]) == []
    # a comma (not a date's) or a clause word ends the yardstick before the trigger
    text = "Since Assad's overthrow, Turkish-backed groups have clashed with Kurdish forces."
    assert compared_spans(text, [_row(text, "clashed", "e")]) == []
    text = "He said India had violated the border since May 7 and that Indian strikes went on."
    assert compared_spans(text, [_row(text, "strikes", "e")]) == []


def test_the_main_clause_after_a_yardstick_is_the_news() -> None:
    # an auxiliary or a past-tense trigger is the main clause's verb, not the yardstick's
    text = "A five-year-old boy missing since March 26 was found murdered near his home."
    assert compared_spans(text, [_row(text, "murdered", "e")]) == []
    text = "The first US strikes since Donald Trump took office killed 31 people, rebels said."
    assert compared_spans(text, [_row(text, "killed", "e")]) == []
    # the yardstick's own event, told by its noun, is still one
    text = "More than 1,500 people have been killed since Israel resumed strikes on March 18."
    assert within(text.index("March"), compared_spans(text, [_row(text, "strikes", "e")]))
