"""Dates of events, round 23: an act named as a noun below a dated statement was said about.

"The alliance on Wednesday demanded an inquiry into the drone strike": Wednesday is the day of
the demand; the strike it is about happened on or before it (the GUIDE's `<=` the statement's
day), not on it. Likewise "the court on Monday issued arrest warrants for suspects involved in
the attack": the attack is what made them suspects. A dated act of the sentence itself keeps
its day ("Gunmen on Wednesday attacked a checkpost"), and so does a statement's own day."""

from __future__ import annotations

import pytest

from tests.test_event_dates_r22 import report_flags


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "The tribal alliance on Wednesday demanded an impartial investigation into the "
            "drone strike in the village that injured several people.",
            "injured",
        ),
        (
            "The district court on Wednesday issued arrest warrants for suspects involved in the "
            "attack on the provincial guest house.",
            "attack",
        ),
    ],
)
def test_an_act_named_below_a_dated_statement_is_bounded_by_its_day(nlp, sentence, act):
    flags = report_flags(nlp, sentence, "2025-05-28")
    assert flags.get(act) == ("2025-05-28", True), flags


@pytest.mark.nlp
def test_the_statement_itself_keeps_its_day(nlp):
    flags = report_flags(
        nlp,
        "The tribal alliance on Wednesday demanded an impartial investigation into the "
        "drone strike in the village.",
        "2025-05-28",
    )
    assert flags.get("demanded") == ("2025-05-28", False), flags


@pytest.mark.nlp
def test_an_act_dated_by_its_own_verb_keeps_its_day(nlp):
    flags = report_flags(
        nlp, "Gunmen on Wednesday attacked a police checkpost in the district.", "2025-05-28"
    )
    assert flags.get("attacked") == ("2025-05-28", False), flags


@pytest.mark.nlp
def test_a_date_hanging_on_the_act_itself_stays_its_own(nlp):
    flags = report_flags(
        nlp,
        "The high court on Friday suspended the sentences of ten accused in cases registered "
        "after the arrest of the party leader on May 9, 2023.",
        "2025-01-31",
    )
    assert flags.get("arrest") == ("2023-05-09", False), flags


# the next sentence retells the act by a relative clause set off by its comma

_RETOLD_DAYS = {"on Wednesday": "2025-05-21", "on May 21": "2025-05-21", "on May 20": "2025-05-20"}


def _retold(second: str):
    from dossier.kb.said_days import retold_day
    from tests.one_article import hand_built

    text = "The council strongly condemned the terrorist attack on a school bus.\n" + second
    analyzed = hand_built(text, _RETOLD_DAYS, [("attack", "ASSAULT", "attack")], "2025-05-23")
    found = retold_day(analyzed, analyzed.events[0])
    return found.value_start if found is not None else None


@pytest.mark.unit
def test_a_relative_clause_after_the_comma_retells_the_acts_day():
    second = "Members expressed sorrow over the attack, which occurred on May 20, and its victims."
    assert _retold(second) == "2025-05-20"


@pytest.mark.unit
def test_a_report_day_is_no_retelling():
    second = "In a statement released on Wednesday, members expressed sorrow over the victims."
    assert _retold(second) is None


@pytest.mark.nlp
def test_what_a_threat_names_is_not_bounded_by_its_day(nlp):
    flags = report_flags(
        nlp, "The militant group on Monday threatened to renew attacks on shipping.", "2025-03-25"
    )
    assert flags.get("attacks") == ("2025-03-24", False), flags
