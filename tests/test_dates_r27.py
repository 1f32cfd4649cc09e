"""Date expressions, session 27: distances no one counted, night pairs, "earlier in the month".

"A few years ago" and "several months ago" place an act well before the report (the event
GUIDE dates them so: `<=` two years back, September to January for "a few months ago" in a
March paper), not on the report's day; "May 6/7" and "26/27 Apr" are the two days of a night;
"Earlier in the month" is "earlier this month". Real spaCy (the shipped pipeline); made-up
sentences and places, fixed anchors.
"""

from __future__ import annotations

import pytest

from dossier.extract.timex import find_times
from dossier.records import TimeExpr

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def times(nlp):
    def run(text: str, published: str, written: str | None = None) -> list[TimeExpr]:
        doc = nlp(text)
        sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
        return find_times(doc, published, sentence_at, written)

    return run


def _found(found: list[TimeExpr], words: str) -> tuple[str | None, str | None, str | None]:
    match = next(t for t in found if t.text == words)
    return match.value_start, match.value_end, match.precision


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "They said that a few years ago, the body of his kidnapped son was found near Tarnok.",
            "a few years ago",
            ("2019-05-25", "2023-05-25", "range"),
        ),
        (
            "A few months ago, the authorities sealed the press club of Velmora.",
            "A few months ago",
            ("2024-11-25", "2025-03-25", "range"),
        ),
        (
            "The suspect had also allegedly murdered his sister a few days ago, police said.",
            "a few days ago",
            ("2025-05-19", "2025-05-23", "range"),
        ),
        (
            "The group moved to bigger attacks from the small raids it carried out several "
            "years ago.",
            "several years ago",
            ("2019-05-25", "2023-05-25", "range"),
        ),
    ],
)
def test_a_distance_no_one_counted_is_the_span_six_to_two_units_back(times, text, words, value):
    assert _found(times(text, "2025-05-25"), words) == value


def test_a_print_edition_counts_a_few_days_back_from_its_writing(times):
    found = times("Gunmen killed a man in Tarnok a few days ago.", "2025-05-25", "2025-05-24")
    assert _found(found, "a few days ago") == ("2025-05-18", "2025-05-22", "range")


@pytest.mark.parametrize(
    "text", ["In the past few weeks, attacks rose in the district.", "A few of them left."]
)
def test_vague_spans_without_ago_stay_out(times, text):
    assert times(text, "2025-05-25") == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The escalation follows the cowardly assault on May 6/7, which destroyed five posts.",
            "May 6/7",
            ("2025-05-06", "2025-05-07", "range"),
        ),
        (
            "Missile strikes on the night of 6/7 May killed 31 people in Velmora.",
            "6/7 May",
            ("2025-05-06", "2025-05-07", "range"),
        ),
        (
            "On the night of 26/27 Apr, militants attacked a check post in Tarnok.",
            "26/27 Apr",
            ("2025-04-26", "2025-04-27", "range"),
        ),
    ],
)
def test_a_night_written_as_two_days_with_a_slash_is_those_days(times, text, words, value):
    assert _found(times(text, "2025-05-10"), words) == value


def test_a_slash_that_is_no_day_pair_is_left(times):
    found = times("The 24/7 helpline opened on May 9 in Velmora.", "2025-05-10")
    assert [t.text for t in found] == ["May 9"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Earlier in the month, the agency had arrested eight people in Velmora.",
            "Earlier in the month",
            ("2025-05-01", "2025-05-09", "range"),
        ),
        (
            "Earlier in the week, three suspects were arrested in Tarnok.",
            "Earlier in the week",
            ("2025-05-05", "2025-05-09", "range"),
        ),
    ],
)
def test_earlier_in_the_month_is_earlier_this_month(times, text, words, value):
    assert _found(times(text, "2025-05-10"), words) == value


def test_later_in_the_month_stays_out(times):
    """A narrative's "Later in the month" counts from the time it tells, not from the report."""
    assert times("Later in the month, he travelled to Velmora.", "2025-05-10") == []
