"""Date expressions, session 24: New Year's Day and Eve, and weekdays that name markets.

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


@pytest.mark.parametrize(
    ("text", "published", "span", "day"),
    [
        (
            "Air strikes on the camp killed 17 people on the first day of the New Year, "
            "the agency reported.",
            "2025-01-02",
            "first day of the New Year",
            "2025-01-01",
        ),
        # a past clause weeks later: the January 1 just gone, not the next one
        (
            "The truce agreed on New Year's Day collapsed.",
            "2025-02-02",
            "New Year's Day",
            "2025-01-01",
        ),
        # the Eve, written the day after: the previous year's December 31
        (
            "Gunmen attacked a hotel on New Year’s Eve, police said.",
            "2025-01-01",
            "New Year’s Eve",
            "2024-12-31",
        ),
        # a future clause before the Eve: this year's
        (
            "Police will deploy extra officers on New Year's Eve.",
            "2024-12-20",
            "New Year's Eve",
            "2024-12-31",
        ),
    ],
)
def test_new_year_is_a_calendar_day(times, text, published, span, day):
    found = [(t.text, t.value_start, t.value_end, t.precision) for t in times(text, published)]
    assert found == [(span, day, day, "day")]


@pytest.mark.parametrize("place", ["Sunday Bazaar", "Friday Market", "Thursday Bazar"])
def test_weekday_naming_a_market_is_not_a_date(times, place):
    found = times(f"A blast hit the {place} in the town on Monday, police said.", "2025-03-05")
    assert [(t.text, t.value_start) for t in found] == [("Monday", "2025-03-03")]


def test_weekday_before_a_capitalised_subject_stays_a_date(times):
    # only market nouns make a name: "On Friday Pakistan's army said" is still Friday
    found = times("On Friday Pakistan's army said three soldiers died.", "2025-03-05")
    assert [(t.text, t.value_start) for t in found] == [("Friday", "2025-02-28")]


def test_another_calendars_new_year_is_not_january_first(times):
    found = times("Firecrackers were set off on Lunar New Year's Eve, police said.", "2025-02-05")
    assert [t.text for t in found if "New Year" in t.text] == []
