"""Dates, session 39 (issue 16): a web report is dated by its first posting and updated past
midnight, so a bare weekday told in its small hours ("a little after 1am on Wednesday", "early
Wednesday morning") that is the day after the report's date is that day, not the same weekday
six days before, which the past tense picks -- and so is every other bare mention of that
weekday in the report ("on Wednesday night"). A print edition (written the evening before its
date) and a weekday told only at another hour keep the past reading."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.extract.timex import WEEKDAYS, Atom, Deictic, _next_day_told, find_times

PUBLISHED = date(2025, 5, 6)  # a Tuesday


def _weekday_atom(text: str, word: str, rel: str = "") -> Atom:
    start = text.index(word)
    value = Deictic("weekday", which=WEEKDAYS[word.lower()], rel=rel)
    return Atom(start, start + len(word), value)


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "The confrontation began a little after 1am on Wednesday with the strikes.",
        "The minister early Wednesday morning said that reports indicated an attack.",
        "The agency reported early on Wednesday that talks had been held.",
        "Sirens sounded in the early hours of Wednesday across the city.",
        "The first blasts were heard shortly after midnight on Wednesday.",
        "The jets were downed at 2:45am on Wednesday.",
    ],
)
def test_a_weekday_in_the_small_hours_after_the_date_is_the_next_day(text):
    told = _next_day_told([_weekday_atom(text, "Wednesday")], text, PUBLISHED)
    assert told == date(2025, 5, 7)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "word", "rel"),
    [
        # another hour of the day: six days back, as the past tense reads it
        ("Gunmen killed seven people late on Wednesday night.", "Wednesday", ""),
        ("The attack occurred on Wednesday afternoon.", "Wednesday", ""),
        ("Unknown men hurled a grenade at 9pm on Wednesday.", "Wednesday", ""),
        # the small hours of another day than the next one
        ("The raid began early on Sunday.", "Sunday", ""),
        # a weekday with its own relation picks its own day
        ("The talks ended early last Wednesday.", "Wednesday", "last"),
        # an outlet's name is no dawn
        ("An official told Dawn on Wednesday that the talks failed.", "Wednesday", ""),
    ],
)
def test_other_weekdays_keep_their_reading(text, word, rel):
    assert _next_day_told([_weekday_atom(text, word, rel)], text, PUBLISHED) is None


@pytest.mark.unit
def test_an_undated_report_has_no_next_day():
    text = "The confrontation began a little after 1am on Wednesday."
    assert _next_day_told([_weekday_atom(text, "Wednesday")], text, None) is None


@pytest.mark.nlp
def test_find_times_dates_the_small_hours_of_a_web_report_but_not_of_a_print_edition(nlp):
    text = (
        "The military confrontation between the two countries began a little after 1am on "
        "Wednesday with the air strikes. Providing further updates on the casualties on "
        "Wednesday night, the military spokesman said the toll had risen."
    )
    doc = nlp(text)
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    web = [t for t in find_times(doc, "2025-05-06", sentence_at) if "Wednesday" in t.text]
    assert [t.value_start for t in web] == ["2025-05-07", "2025-05-07"]
    printed = [
        t
        for t in find_times(doc, "2025-05-06", sentence_at, written="2025-05-05")
        if "Wednesday" in t.text
    ]
    assert [t.value_start for t in printed] == ["2025-04-30", "2025-04-30"]


@pytest.mark.nlp
def test_a_weekday_told_only_at_night_keeps_the_week_before(nlp):
    text = "Gunmen killed seven people in the district late on Wednesday night."
    doc = nlp(text)
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    found = [t for t in find_times(doc, "2025-05-06", sentence_at) if "Wednesday" in t.text]
    assert [t.value_start for t in found] == ["2025-04-30"]
