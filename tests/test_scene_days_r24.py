"""Dates of events, round 24: what is done to a driver takes the day of the crash.

A road death is no event, so the continuation rule (an undated act takes the day of the
earlier event it continues) never dated the driver's arrest told sentences after the crash
the lead dates; the GUIDE's driver rule dates it to the crash's day
(:func:`dossier.kb.scene_days.scene_day`). The texts are made up: the places do not exist.
"""

from __future__ import annotations

import pytest

from tests.one_article import hand_built

pytestmark = pytest.mark.unit

_DAYS = {"on Thursday evening": "2025-03-06", "on Saturday": "2025-03-08"}


def _day(text: str, trigger: str, kind: str = "COERCE", published: str = "2025-03-10"):
    """The day :func:`scene_day` lends the event of ``trigger`` in ``text`` (one sentence a
    line), or None."""
    from dossier.kb.scene_days import scene_day

    analyzed = hand_built(text, _DAYS, [(trigger, kind, None)], published)
    (event,) = analyzed.events
    found = scene_day(analyzed, event)
    return found.value_start if found else None


def test_the_drivers_arrest_takes_the_day_of_the_crash_the_lead_dates():
    text = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora on Thursday "
        "evening, police said.\n"
        "The two other riders were taken to hospital.\n"
        "The police claimed to have arrested the driver and impounded the vehicle."
    )
    assert _day(text, "arrested") == "2025-03-06"


def test_a_crash_day_given_by_a_report_only_bounds_it():
    # "..., officials said on Thursday evening": the report's day, not the crash's
    text = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora, officials "
        "said on Thursday evening.\n"
        "The police arrested the driver."
    )
    assert _day(text, "arrested") is None


def test_someone_new_is_not_the_driver_of_the_crash():
    text = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora on Thursday "
        "evening.\n"
        "Police arrested a man for selling stolen phones."
    )
    assert _day(text, "arrested") is None


def test_a_crash_set_apart_without_a_day_keeps_none():
    text = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora on Thursday "
        "evening.\n"
        "In a separate incident, a woman was killed in Tarnok.\n"
        "A bus rammed into her house.\n"
        "The bus driver was arrested."
    )
    assert _day(text, "arrested") is None


def test_a_date_given_to_several_crashes_dates_each_one():
    text = (
        "Three people lost their lives in separate road accidents in Velmora on Saturday.\n"
        "A rider was killed when a car hit him near the bridge.\n"
        "In another incident, a water tanker killed a motorcyclist in Tarnok.\n"
        "The errant driver was arrested, the police said."
    )
    assert _day(text, "arrested") == "2025-03-08"


def test_an_act_with_a_date_of_its_own_is_not_lent_one():
    text = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora on Thursday "
        "evening.\n"
        "The police arrested the driver on Saturday."
    )
    assert _day(text, "arrested") is None


def test_a_statement_is_not_dated_by_the_crash():
    text = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora on Thursday "
        "evening.\n"
        "The minister demanded that the driver be punished."
    )
    assert _day(text, "demanded", kind="REQUEST") is None


def test_a_case_filed_against_the_driver_takes_the_crash_day_a_suspicion_voiced_does_not():
    lead = (
        "A teenager was killed when a dumper truck hit his motorcycle in Velmora on Thursday "
        "evening.\n"
    )
    filed = lead + "Police registered a case against the driver on the complaint of his father."
    voiced = lead + "The officer suspected that the driver fell asleep at the wheel."
    assert _day(filed, "registered", kind="ACCUSE") == "2025-03-06"
    assert _day(voiced, "suspected", kind="ACCUSE") is None
