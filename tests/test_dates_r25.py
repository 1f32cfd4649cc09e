"""Dates of acts, round 25: days counted back in a print edition from the evening it was
written ("two days ago" in the paper of March 11 is March 8), a distance counted from the
article's only day however far down it comes ("just three days earlier, a blast rocked the
bazaar"), "The girl's death came a day after ..." pointing back like "The incident comes",
and an abduction's place where the victim was taken "from". Fictional sentences."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dossier.extract.timex import anaphoric_days, find_times
from dossier.records import TimeExpr
from tests.test_events import _events, _one


def _given(text: str, words: str, value: str, sentence: int) -> TimeExpr:
    at = text.index(words)
    return TimeExpr(at, at + len(words), words, value, value, "day", sentence)


def _sentences(text: str):
    starts = [0] + [m.end() for m in re.finditer(r"\. |\n+", text)]
    return lambda offset: max(i for i, s in enumerate(starts) if s <= offset)


def _days(text: str, given: list[TimeExpr], latest: date | None = None) -> dict[str, str | None]:
    found = anaphoric_days(text, given, _sentences(text), latest)
    return {t.text: t.value_start for t in found}


_FAR = (
    "A child was killed when a bomb went off on Wednesday in Azam Warsak. "
    "Police said the bomb was planted near a checkpost. "
    "The boy died on the spot. "
    "Another child was taken to hospital. "
    "It is worth noting that just three days earlier, a blast rocked the bazaar in Wana."
)


@pytest.mark.unit
def test_a_distance_far_below_the_only_day_counts_from_it():
    given = [_given(_FAR, "Wednesday", "2025-04-30", 0)]
    assert _days(_FAR, given) == {"three days earlier": "2025-04-27"}


@pytest.mark.unit
def test_a_distance_far_below_two_days_is_left():
    text = _FAR.replace("Police said the bomb", "On Tuesday police said a bomb")
    given = [_given(text, "Wednesday", "2025-04-30", 0), _given(text, "Tuesday", "2025-04-29", 1)]
    assert _days(text, given) == {}


@pytest.mark.unit
def test_a_far_distance_after_publication_is_left():
    text = (
        "He parked his car on Monday and went home. Nothing was said. Nobody saw him. "
        "The guard was asleep. When he returned two days later, an argument ensued."
    )
    given = [_given(text, "Monday", "2025-02-24", 0)]
    assert _days(text, given, latest=date(2025, 2, 24)) == {}
    assert _days(text, given, latest=date(2025, 2, 27)) == {"two days later": "2025-02-26"}


@pytest.mark.unit
def test_a_far_previous_night_is_left():
    text = _FAR.replace("just three days earlier", "the previous night")
    given = [_given(text, "Wednesday", "2025-04-30", 0)]
    assert _days(text, given) == {}


@pytest.mark.unit
@pytest.mark.parametrize(
    "opening",
    [
        "The girl’s death came",
        "Palestinians mourn the victims\n\nThe girl’s death came",  # a heading over it
        "The comments came",
    ],
)
def test_a_noun_phrase_that_came_a_day_after_points_back(opening):
    text = (
        "On Friday, a girl was killed by live fire in Tulkarem, the ministry said. "
        f"{opening} a day after another man was killed when his car was struck."
    )
    given = [_given(text, "Friday", "2025-02-21", 0)]
    assert _days(text, given) == {"a day after": "2025-02-20"}


@pytest.mark.unit
def test_a_new_subject_that_acted_a_day_after_is_left():
    text = (
        "On Friday, a girl was killed by live fire in Tulkarem, the ministry said. "
        "Soldiers raided a house a day after another man was killed."
    )
    given = [_given(text, "Friday", "2025-02-21", 0)]
    assert _days(text, given) == {}


def _times(nlp, text: str, written: str | None) -> dict[str, str | None]:
    doc = nlp(text)
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    return {t.text: t.value_start for t in find_times(doc, "2025-03-11", sentence_at, written)}


@pytest.mark.nlp
def test_a_print_edition_counts_back_from_the_evening_it_was_written(nlp):
    text = "Locals said that two days ago, terrorists had kidnapped a soldier."
    assert _times(nlp, text, "2025-03-10")["two days ago"] == "2025-03-08"
    # a web report counts from its own day
    assert _times(nlp, text, None)["two days ago"] == "2025-03-09"


@pytest.mark.nlp
def test_a_print_editions_yesterday_and_today_keep_the_papers_date(nlp):
    text = "The sitting was adjourned until today. The minister arrived yesterday."
    found = _times(nlp, text, "2025-03-10")
    assert found["today"] == "2025-03-11"
    assert found["yesterday"] == "2025-03-10"


@pytest.mark.nlp
def test_an_abduction_is_placed_where_the_victim_was_taken_from(settings):
    text = (
        "Police recovered the woman, who was abducted two days ago from Khuzdar, during a "
        "raid in Zehri town on Saturday."
    )
    event = _one(_events(text, settings), "ASSAULT", "abducted")
    assert event.location == "Khuzdar"
