"""The doer of a harm told by the moment it happened ("were injured when X drove a car into a
crowd") is the subject of that clause (session 30, from the blind sets' attacks with no
actor). Fictional sentences with real places."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_injured_when_someone_drove_into_a_crowd(settings):
    text = (
        "Some 28 people were injured when a 24-year-old asylum seeker drove a car into a "
        "crowd of people in Munich on Thursday."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.actors, "asylum seeker"), attack
    assert _has(attack.targets, "28 people"), attack


def test_shot_dead_after_gunmen_blockaded_a_highway(settings):
    text = (
        "Nine people were forced off a bus and shot dead after gunmen blockaded the highway "
        "near Noshki on Friday."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.actors, "gunmen"), attack


def test_injured_when_protesters_pelted_stones(settings):
    text = "A policeman was injured when protesters pelted stones at the police in Quetta."
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.actors, "protesters"), attack


def test_the_victim_resisting_is_no_doer(settings):
    text = "A man was shot dead when he resisted a robbery attempt in Karachi on Monday."
    attack = _one(_events(text, settings), "ASSAULT")
    assert attack.actors == (), attack


def test_a_vehicle_hitting_a_mine_is_no_doer(settings):
    text = "Four people were killed when their vehicle hit a landmine in Kalat on Sunday."
    attack = _one(_events(text, settings), "ASSAULT")
    assert attack.actors == (), attack


def test_two_days_after_is_another_moment(settings):
    text = (
        "A shopkeeper was shot dead in Quetta two days after protesters blocked the highway "
        "near Mastung."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert not _has(attack.actors, "protesters"), attack


def test_what_was_going_on_is_no_doer(settings):
    text = (
        "Shots were fired when a group of protesters was asking shopkeepers to pull down the "
        "shutters in Quetta on Monday."
    )
    events = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert not any(_has(e.actors, "protesters") or _has(e.actors, "group") for e in events), events
