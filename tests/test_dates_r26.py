"""Dates of acts, round 26: an act told in the past as arranged for a weekday ("were set to
meet on Friday") is on the nearer such weekday, which may lie after the report.

Real spaCy (the shipped pipeline, loaded once per module); fictional sentences, fixed anchors.
"""

from __future__ import annotations

import pytest

from dossier.extract.timex import find_times
from dossier.records import TimeExpr

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def times(nlp):
    def run(text: str, published: str) -> list[TimeExpr]:
        doc = nlp(text)
        sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
        return find_times(doc, published, sentence_at)

    return run


def _day(found: list[TimeExpr], words: str) -> str | None:
    return next(t.value_start for t in found if t.text == words)


@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        # a Thursday report: the Friday to come, not the one six days before
        (
            "The talks came as the two delegations were set to meet in Geneva on Friday "
            "for a third round.",
            "2025-06-12",
            "Friday",
            "2025-06-13",
        ),
        (
            "The council was scheduled to meet on Saturday to decide on the plan.",
            "2025-06-12",
            "Saturday",
            "2025-06-14",
        ),
        (
            "The minister was due to arrive in Kabul on Friday, officials said.",
            "2025-06-12",
            "Friday",
            "2025-06-13",
        ),
        # a plan whose day has passed is still the nearer, earlier one
        (
            "The convoy was scheduled to reach the city on Sunday, but it was stopped.",
            "2025-06-10",
            "Sunday",
            "2025-06-08",
        ),
        # the report's own day
        (
            "The cabinet was expected to meet on Thursday to approve the deal.",
            "2025-06-12",
            "Thursday",
            "2025-06-12",
        ),
    ],
)
def test_weekday_of_an_act_arranged_in_the_past_is_the_nearer(times, text, published, words, day):
    assert _day(times(text, published), words) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a past act keeps the last such weekday
        ("The two delegations met in Geneva on Friday for a third round.", "2025-06-06"),
        # "set" as a past act, not an arrangement: the fire was set on Friday
        ("Protesters set fire to a police van on Friday.", "2025-06-06"),
    ],
)
def test_weekday_of_a_past_act_stays_the_last(times, text, day):
    assert _day(times(text, "2025-06-12"), "Friday") == day


@pytest.mark.parametrize(
    "text",
    [
        "Iran and the United States were set to meet in Geneva on Friday for a fifth round of "
        "nuclear talks.",
        "The two delegations were scheduled to hold talks in Geneva on Friday.",
        "The foreign ministers were due to hold talks in Geneva on Friday.",
    ],
)
def test_a_meeting_arranged_for_a_day_is_planned(settings, text):
    from tests.test_events import _events, _one

    assert _one(_events(text, settings), "CONSULT").modality == "planned"


def test_a_meeting_held_stays_asserted(settings):
    from tests.test_events import _events, _one

    text = "The two delegations held talks in Geneva on Friday."
    assert _one(_events(text, settings), "CONSULT").modality == "asserted"
