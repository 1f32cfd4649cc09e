"""Dates of events, round 34: the month of what an act came after, and "that month".

"A crowd burnt two buses after a cyclist was run over by a lorry on the ring road in
September": the sentence dates only the cause, by a whole month, and the act that followed it
is of that month (a day is not lent: "blocked the road after police arrested him on Tuesday"
may be Wednesday's). "In March, two men were arrested ... In a separate case that month,
police also arrested three suspects": "that month" is the month of the sentence just before,
though an older month ("Last month, ...") is given further up. Fictional sentences."""

from __future__ import annotations

import re

import pytest

from dossier.extract.timex import anaphoric_days
from dossier.records import TimeExpr
from tests.test_event_dates_r22 import report_flags


def _month(text: str, words: str, first: str, last: str, sentence: int) -> TimeExpr:
    at = text.index(words)
    return TimeExpr(at, at + len(words), words, first, last, "month", sentence)


def _sentences(text: str):
    starts = [0] + [m.end() for m in re.finditer(r"\. |\n+", text)]
    return lambda offset: max(i for i, s in enumerate(starts) if s <= offset)


@pytest.mark.unit
def test_that_month_is_the_month_of_the_sentence_just_before():
    text = (
        "Last month, police arrested five men for a robbery in Multan. "
        "In March, two suspects were arrested on the Sahiwal road. "
        "In a separate case that month, police also arrested three suspects in Okara."
    )
    given = [
        _month(text, "Last month", "2025-04-01", "2025-04-30", 0),
        _month(text, "March", "2025-03-01", "2025-03-31", 1),
    ]
    found = anaphoric_days(text, given, _sentences(text))
    assert [(t.text, t.value_start, t.value_end, t.precision) for t in found] == [
        ("that month", "2025-03-01", "2025-03-31", "month")
    ]


@pytest.mark.unit
def test_that_month_after_a_sentence_of_two_months_stays_undated():
    # the nearest sentence gives two months: which one is meant would be a guess
    text = (
        "Last month, police arrested five men in Multan. "
        "Raids followed in March and in April. "
        "In a separate case that month, police also arrested three suspects in Okara."
    )
    given = [
        _month(text, "Last month", "2025-04-01", "2025-04-30", 0),
        _month(text, "March", "2025-03-01", "2025-03-31", 1),
        _month(text, "April", "2025-04-01", "2025-04-30", 1),
    ]
    assert anaphoric_days(text, given, _sentences(text)) == []


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "act", "day"),
    [
        (
            "A crowd set two buses on fire after a cyclist was run over by a lorry on the ring "
            "road in September.",
            "set",
            "2024-09-01",
        ),
        (
            "The militia began attacking ships in the gulf after the border war began in "
            "October 2023.",
            "attacking",
            "2023-10-01",
        ),
    ],
)
def test_an_undated_act_takes_the_month_of_what_it_came_after(nlp, sentence, act, day):
    flags = report_flags(nlp, sentence, "2025-01-10")
    assert flags.get(act) == (day, False), flags


@pytest.mark.nlp
def test_a_day_of_what_an_act_came_after_is_not_lent(nlp):
    # the road may have been blocked the day after the arrest: no day is made up
    flags = report_flags(
        nlp,
        "Angry villagers blocked the highway after police arrested their elder on Tuesday.",
        "2025-01-10",
    )
    assert flags.get("blocked") == (None, False), flags


def _day_at(text: str, words: str) -> TimeExpr:
    at = text.index(words)
    return TimeExpr(at, at + len(words), words, "2025-02-22", "2025-02-22", "day", 0)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # a statement named by whose it is dates the report, not the arrest it tells
        (
            "Customs officers arrested a smuggler at the port, according to a statement from "
            "the provincial revenue department on Saturday.",
            True,
        ),
        ("A guard was shot dead, according to a statement issued by the police on Saturday.", True),
        ("A guard was shot dead, a statement by the rangers said on Saturday.", True),
        # "from" and "by" after the other report words stay an act's: a release from jail
        ("The activist was released from the central jail on Saturday.", False),
        ("The hostages were released by the kidnappers on Saturday.", False),
    ],
)
def test_a_statement_named_by_whose_it_is_dates_the_report(sentence, reported):
    from dossier.kb.event_days import dates_a_report

    assert dates_a_report(sentence, 0, _day_at(sentence, "Saturday")) is reported
