"""Dates of events, round 24: an act told far below the lead takes the lead incident's day.

"Israeli airstrikes killed at least 54 Palestinians ... on Thursday" leads; six sentences of
detail and quotes later, "Other Israeli airstrikes killed at least 43 Palestinians" tells
more of that day's strikes with no day of its own
(:func:`dossier.kb.lead_days.lead_day`). Only while the article stays on that day and that
incident. The texts are made up: the places do not exist.
"""

from __future__ import annotations

import pytest

from tests.one_article import hand_built

pytestmark = pytest.mark.unit

_DAYS = {"on Thursday": "2025-01-02", "on March 18": "2025-03-18"}
_LEAD = "Airstrikes killed at least 54 people across Velmora on Thursday, medics said."
_DETAIL = (
    "They said the dead included women and children.\n"
    "The military said it had targeted fighters in a command centre.\n"
    "It gave no figure for the fighters.\n"
)


def _day(text: str, trigger: str, kind: str = "ASSAULT", lookback: int = 3):
    """The day :func:`lead_day` lends the event of ``trigger`` in ``text`` (one sentence a
    line; the lead's "killed" dated by its "on Thursday"), or None."""
    from dossier.kb.lead_days import lead_day

    analyzed = hand_built(
        text,
        _DAYS,
        [("killed", "ASSAULT", None), (trigger, kind, None)],
        "2025-01-03",
        dated={"killed": "on Thursday"},
    )
    event = next(e for e in analyzed.events if text[e.trigger[0] : e.trigger[1]] == trigger)
    found = lead_day(analyzed, event, lookback)
    return found.value_start if found else None


def test_more_of_the_leads_strikes_told_far_below_take_its_day():
    text = f"{_LEAD}\n{_DETAIL}Other airstrikes struck 43 people in Tarnok."
    assert _day(text, "struck") == "2025-01-02"


def test_an_act_near_the_lead_is_left_to_the_continuation_rule():
    text = f"{_LEAD}\nOther airstrikes struck 43 people in Tarnok."
    assert _day(text, "struck") is None


def test_another_incident_opened_between_keeps_its_own_dating():
    text = f"{_LEAD}\n{_DETAIL}In another attack, gunmen struck a checkpost in Tarnok."
    assert _day(text, "struck") is None


def test_another_time_told_between_ends_the_leads_day():
    text = (
        f"{_LEAD}\n{_DETAIL}The offensive resumed on March 18 after a truce.\n"
        "Airstrikes struck 43 people in Tarnok."
    )
    assert _day(text, "struck") is None


@pytest.mark.parametrize(
    "told",
    [
        "The army has struck more than 45,000 people in the war.",  # background
        "Just three days earlier, a blast struck a market in Tarnok.",  # an earlier act
    ],
)
def test_background_and_earlier_acts_are_not_the_leads(told):
    assert _day(f"{_LEAD}\n{_DETAIL}{told}", "struck") is None


def test_an_act_of_another_type_is_not_the_leads():
    text = f"{_LEAD}\n{_DETAIL}Police detained 43 people in Tarnok."
    assert _day(text, "detained", kind="COERCE") is None


def _placed(text: str, where: dict[str, str]):
    """The day :func:`lead_day` lends "struck" in ``text``, with each trigger of ``where``
    placed at the town its value names."""
    from dataclasses import replace

    from dossier.kb.lead_days import lead_day

    analyzed = hand_built(
        text,
        _DAYS,
        [("killed", "ASSAULT", None), ("struck", "ASSAULT", None)],
        "2025-01-03",
        dated={"killed": "on Thursday"},
    )
    events = []
    for event in analyzed.events:
        town = where.get(text[event.trigger[0] : event.trigger[1]])
        at = text.find(town) if town else -1
        events.append(replace(event, location=(at, at + len(town))) if town else event)
    analyzed = replace(analyzed, events=events)
    found = lead_day(analyzed, events[1], 3)
    return found.value_start if found else None


def test_a_round_ups_act_in_another_town_is_another_incident():
    text = (
        "Gunmen killed three people in Lahore on Thursday, police said.\n"
        f"{_DETAIL}Five people were struck in a grenade attack in Multan."
    )
    assert _placed(text, {"killed": "Lahore", "struck": "Multan"}) is None
    # the same town, or none named: the lead's incident goes on
    same = text.replace("in Multan", "in Lahore's old city")
    assert _placed(same, {"killed": "Lahore", "struck": "Lahore"}) == "2025-01-02"
