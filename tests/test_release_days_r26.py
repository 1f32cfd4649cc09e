"""Dates of events, round 26: an undated act a sentence attributes to "the release" (or "the
statement") takes the day an earlier sentence gave that release
(:func:`dossier.kb.release_days.release_day`): "..., according to a press release issued on
Wednesday" then "In Karachi, a shop owner was taken into custody, the release read". The
texts are made up: the places do not exist.
"""

from __future__ import annotations

import pytest

from tests.one_article import hand_built

pytestmark = pytest.mark.unit

_DAYS = {"on Wednesday": "2025-02-19", "on Monday": "2025-02-17"}
_LEAD = (
    "The agency arrested eight people during a crackdown, according to a press release "
    "issued on Wednesday."
)


def _day(text: str, trigger: str = "detained", modality: str = "asserted"):
    """The day :func:`release_day` gives the event of ``trigger`` in ``text`` (one sentence a
    line), or None."""
    from dataclasses import replace

    from dossier.kb.release_days import release_day

    analyzed = hand_built(
        text, _DAYS, [("arrested", "COERCE", None), (trigger, "COERCE", None)], "2025-02-20"
    )
    event = next(e for e in analyzed.events if text[e.trigger[0] : e.trigger[1]] == trigger)
    found = release_day(analyzed, replace(event, modality=modality))
    return found.value_start if found else None


def test_an_act_the_release_tells_takes_the_releases_day():
    text = f"{_LEAD}\nIn Velmora, a shop owner was detained, the release read."
    assert _day(text) == "2025-02-19"


def test_items_of_the_release_after_a_new_opener_and_quoted_on_take_its_day():
    text = (
        f"{_LEAD}\n"
        "“In Tarnok, five raids led to the arrest of eight men,” the release read.\n"
        "“In Velmora, two shop owners were detained.”"
    )
    assert _day(text) == "2025-02-19"
    opened = f"{_LEAD}\nMeanwhile, in Velmora, a shop owner was detained, the statement said."
    assert _day(opened) == "2025-02-19"


@pytest.mark.parametrize(
    "told",
    [
        # no release named: the act is left to the other rules
        "In Velmora, a shop owner was detained.",
        # an indefinite statement is another one
        "In Velmora, a shop owner was detained, a police statement said.",
        # a day of its own
        "In Velmora, a shop owner was detained on Monday, the release read.",
    ],
)
def test_without_the_definite_release_or_with_a_day_of_its_own_none(told):
    assert _day(f"{_LEAD}\n{told}") is None


def test_another_statement_named_between_is_what_the_noun_may_mean():
    text = (
        f"{_LEAD}\nThe police issued a separate statement about the raids.\n"
        "In Velmora, a shop owner was detained, the statement said."
    )
    assert _day(text) is None


def test_a_release_named_without_a_day_lends_none():
    text = (
        "The agency arrested eight people, according to a press release.\n"
        "In Velmora, a shop owner was detained, the release read."
    )
    assert _day(text) is None


def test_a_planned_act_takes_no_report_day():
    text = f"{_LEAD}\nIn Velmora, a shop owner was detained, the release read."
    assert _day(text, modality="planned") is None
