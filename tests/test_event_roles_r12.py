"""Roles (session 12): shapes counted across the real archive (realnews-2025-jan-may) in which
the grammar named the wrong party: the place a person comes from read as the person ("detained
a suspect from Lahore's Gulshan Ali Colony"); a war campaign with no target though it names the
land it is waged in; "them" left unread when its sentence names the people; an act laid at
someone's door ("the attack has been linked to X") with no doer.
Fictional sentences with real place names."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "trigger", "person", "place"),
    [
        (
            "Last month, the FIA's Cyber Crime Circle detained a suspect from Lahore's Gulshan "
            "Ali Colony for alleged involvement in the illegal sale of SIMs.",
            "detained",
            "suspect",
            "Colony",
        ),
        ("Police arrested a man from Karachi on Monday.", "arrested", "man", "Karachi"),
    ],
)
def test_where_a_person_comes_from_is_not_the_person(text, trigger, person, place, settings):
    event = _one(_events(text, settings), "COERCE", trigger)
    assert _has(event.targets, person)
    assert not _has(event.targets, place)


def test_a_group_named_after_from_still_names_them(settings):
    text = "Troops killed nine fighters from Hamas in Jenin on Monday."
    event = _one(_events(text, settings), "ASSAULT", "killed")
    assert event.targets and not _has(event.targets, "Jenin")


def test_a_campaign_is_waged_on_the_land_it_is_in(settings):
    event = _one(
        _events("Israel resumed its military campaign in the Gaza Strip on March 18.", settings),
        "ASSAULT",
        "campaign",
    )
    assert _has(event.actors, "Israel")
    assert _has(event.targets, "Gaza")


def test_a_campaign_in_a_month_has_no_land(settings):
    event = _one(
        _events("Israel resumed its military campaign in March, officials said.", settings),
        "ASSAULT",
        "campaign",
    )
    assert not _has(event.targets, "March")


@pytest.mark.parametrize(
    ("text", "trigger", "them", "not_them"),
    [
        (
            "Gunmen offloaded seven passengers from a coach after checking their identity cards "
            "and killed them.",
            "killed",
            "passengers",
            "Gunmen",
        ),
        (
            "Armed men stopped two labourers near Turbat and shot them dead.",
            "shot",
            "labourers",
            "Armed men",
        ),
    ],
)
def test_them_is_the_people_named_before_it(text, trigger, them, not_them, settings):
    event = _one(_events(text, settings), "ASSAULT", trigger)
    assert _has(event.targets, them)
    assert not _has(event.targets, not_them)


def test_them_with_no_people_before_it_is_no_one(settings):
    text = "The truck was damaged when armed men attacked them in Nushki on Saturday."
    event = _one(_events(text, settings), "ASSAULT", "attacked")
    assert not _has(event.targets, "armed men")
    assert not _has(event.targets, "them")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The attack on Sindh House has been linked to former MNAs Fahim Khan and Ataullah "
            "Niazi, who are named as suspects in the case.",
            "attack",
            "Fahim Khan",
        ),
        ("The Hafiz Gul Bahadur group was linked to that attack as well.", "attack", "group"),
        ("Police arrested two men linked to the bombing in Quetta.", "bombing", "two men"),
    ],
)
def test_whom_an_act_is_laid_on_did_it(text, trigger, doer, settings):
    assert _has(_one(_events(text, settings), "ASSAULT", trigger).actors, doer)


def test_an_act_linked_to_a_date_has_no_doer_from_it(settings):
    text = "The attack on the check post in Bannu was linked to the May 9 riots, police said."
    event = _one(_events(text, settings), "ASSAULT", "attack")
    assert not _has(event.actors, "May")
