"""Shapes common in South Asian security reports that the grammar rules missed: a passive
conjunct that shares its subject by ellipsis ("... but was arrested": the subject is the one
arrested, never the arrester), "taken into custody" (an arrest), a sit-in and a
shutter-down or wheel-jam strike (protests, not attacks). Fictional sentences with real
place names."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        (
            "The lawyer said his client went to the police station but was arrested there.",
            "COERCE",
            "client",
        ),
        (
            "The suspect belonged to a banned group and was arrested near Karachi.",
            "COERCE",
            "suspect",
        ),
        (
            "The traders were lured by bandits from the katcha area and were kidnapped.",
            "ASSAULT",
            "traders",
        ),
    ],
)
def test_a_shared_passive_subject_is_the_one_acted_on(text, type_, target, settings):
    event = _one(_events(text, settings), type_)
    assert _has(event.targets, target)
    assert not _has(event.actors, target)


def test_a_lost_subject_is_not_read_as_shared(settings):
    # words stand between "and" and the verb: the parser lost the clause's own subject
    event = _one(
        _events("The CTD conducted operations and of them 11 were arrested.", settings), "COERCE"
    )
    assert _has(event.actors, "CTD")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Four people were taken into custody in Sector I-8 on Monday.", "Four people"),
        ("Police took the two suspects into custody in Hyderabad.", "two suspects"),
    ],
)
def test_taken_into_custody_is_an_arrest(text, target, settings):
    assert _has(_one(_events(text, settings), "COERCE").targets, target)


def test_taking_something_else_is_no_arrest(settings):
    assert [
        e
        for e in _events("The minister took the matter into account.", settings)
        if e.type == "COERCE"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Parachinar observed a shutter-down strike against the closure of the road.",
        "Transporters observed a wheel-jam strike across Sindh on Monday.",
        "The protesters staged a sit-in outside the Quetta Press Club on Monday.",
    ],
)
def test_sit_ins_and_closures_are_protests(text, settings):
    events = _events(text, settings)
    assert any(e.type == "PROTEST" for e in events)
    assert not any(e.type == "ASSAULT" for e in events)


def test_a_strike_by_aircraft_stays_an_attack(settings):
    events = _events(
        "An Israeli air strike killed three people in Khan Younis on Monday.", settings
    )
    assert any(e.type == "ASSAULT" for e in events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hashish was recovered from the bag of an accused arrested near Gangal East.", "accused"),
        ("Hashish was recovered from a suspect rounded up near Fateh Chowk, Hyderabad.", "suspect"),
    ],
)
def test_a_suspect_arrested_is_an_arrest_that_happened(text, target, settings):
    # the man is a suspect; his arrest is no allegation
    event = _one(_events(text, settings), "COERCE")
    assert _has(event.targets, target)
    assert event.modality == "asserted"


def test_an_act_suspected_stays_alleged(settings):
    text = "The man was suspected of killing a policeman in Quetta."
    assert _one(_events(text, settings), "ASSAULT").modality == "alleged"


def test_who_a_demand_is_made_of(settings):
    text = "Ghulam Hussain Shah demanded PKR 10 million from a businessman."
    assert _has(_one(_events(text, settings), "REQUEST").targets, "businessman")


def test_protests_set_off_by_an_act(settings):
    text = "The killing of the student triggered protests in Quetta on Sunday."
    event = _one(_events(text, settings), "PROTEST")
    assert event.location == "Quetta"


@pytest.mark.parametrize(
    "text",
    [
        "Militants fired rockets at a check post in Bannu.",
        "Two rockets were fired at a check post in Bannu.",
        "Gunmen fired gunshots at a check post in Bannu.",
    ],
)
def test_what_is_fired_is_no_target(text, settings):
    event = _one(_events(text, settings), "ASSAULT")
    assert _has(event.targets, "check post")
    assert not any(_has(event.targets, w) for w in ("rocket", "gunshot"))


def test_an_armed_campaign_resumed_is_an_attack(settings):
    text = "Israel resumed its military campaign in the Gaza Strip on March 18."
    event = _one(_events(text, settings), "ASSAULT", "campaign")
    assert _has(event.actors, "Israel")


def test_other_campaigns_are_no_attack(settings):
    text = "The party launched a campaign against polio in Lahore."
    assert [e for e in _events(text, settings) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police said all the victims were found shot dead near their houses in Kech.", "victims"),
        ("The blast left two policemen injured in Quetta.", "two policemen"),
    ],
)
def test_a_participle_completing_a_verb_tells_who_was_harmed(text, target, settings):
    event = next(e for e in _events(text, settings) if e.type == "ASSAULT")
    assert _has(event.targets, target)
    assert not _has(event.actors, target)


def test_offences_glossing_a_penal_code_section_are_no_events(settings):
    text = (
        "The FIR invoked sections 302 (qatl-i-amd or intentional murder), 324 (attempt to"
        " commit intentional murder) and 148 (rioting) of the Pakistan Penal Code."
    )
    assert [e for e in _events(text, settings) if e.type in ("ASSAULT", "PROTEST")] == []


def test_a_parenthesis_after_a_count_still_tells_an_act(settings):
    text = "At least 12 (including two children) were killed in the attack in Bannu."
    assert any(e.type == "ASSAULT" for e in _events(text, settings))
