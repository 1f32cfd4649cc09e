"""Statements whose grammar the verb rules missed (session 25, from the statement rows of the
read sets that matched no exported event or got the wrong type): a threat noun whose "that"
clause holds out an act to come is the threat made, by its possessor, and the act it holds
out is its content, no event; a demand or a call coordinated with another verb shares that
verb's subject and is kept when it asks for a CAMEO 10 act. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_a_threat_noun_with_a_clause_of_an_act_to_come_is_a_threat(settings):
    text = (
        "Vasko reiterated his threat on Sunday that Ostrand would be bombed if it does not "
        "accept his offer for talks."
    )
    events = _events(text, settings)
    threat = _one(events, "THREATEN", "threat")
    assert _has(threat.actors, "Vasko")
    assert _has(threat.targets, "Ostrand")
    # the bombing is what the threat holds out, not an attack that happened or may happen
    assert not [e for e in events if e.type == "ASSAULT"], events


def test_a_named_possessor_makes_the_threat_and_its_against_phrase_is_threatened(settings):
    events = _events(
        "Irena Vasko's threat that the army would use force against the Harakat al-Nasr "
        "angered the opposition.",
        settings,
    )
    threat = _one(events, "THREATEN", "threat")
    assert _has(threat.actors, "Vasko")
    assert _has(threat.targets, "Nasr")
    assert not _has(threat.targets, "force")


def test_a_threat_that_describes_is_no_threat_made(settings):
    events = _events("Velmora still remains a threat to the region, Vasko said.", settings)
    assert not [e for e in events if e.type == "THREATEN"], events


@pytest.mark.parametrize(
    "text",
    [
        "The traders set up a sit-in camp and demanded the immediate recovery of the "
        "abducted shopkeeper.",
        "The tribal elders accused the administration of negligence and called for the "
        "immediate reopening of all roads in the district.",
    ],
)
def test_a_coordinated_demand_of_an_act_by_people_is_kept(text, settings):
    request = _one(_events(text, settings), "REQUEST")
    assert request.modality == "asserted"


def test_a_coordinated_call_for_nothing_typed_by_people_is_dropped(settings):
    events = _events("The elders met on Monday and called for patience.", settings)
    assert not [e for e in events if e.type == "REQUEST"], events


@pytest.mark.parametrize(
    ("text", "maker", "addressee"),
    [
        ("Hamas presented four demands to Israel.", "Hamas", "Israel"),
        ("Velmora sought help from Ostrand on Monday.", "Velmora", "Ostrand"),
        (
            "The Velmora Assembly demanded immediate action from the provincial government.",
            "Assembly",
            "government",
        ),
    ],
)
def test_a_request_is_made_of_whom_it_is_addressed_to(text, maker, addressee, settings):
    request = _one(_events(text, settings), "REQUEST")
    assert _has(request.actors, maker)
    assert _has(request.targets, addressee)


def test_what_a_demand_is_released_from_is_no_addressee(settings):
    events = _events("Velmora demanded the release of the men from custody.", settings)
    request = _one(events, "REQUEST", "demanded")
    assert not request.targets, request


def test_who_reiterates_a_threat_makes_it(settings):
    threat = _one(_events("Irena Vasko reiterated his threat on Sunday.", settings), "THREATEN")
    assert _has(threat.actors, "Vasko")


def test_a_protest_a_side_says_it_will_call_is_a_threat(settings):
    text = "“We will call for a shutter-down and wheel-jam strike in response,” Vasko said."
    events = _events(text, settings)
    threat = _one(events, "THREATEN", "call")
    assert threat.modality == "asserted"
    assert not [e for e in events if e.type == "REQUEST"], events


def test_a_protest_called_is_a_request(settings):
    events = _events("Irena Vasko called for a shutter-down strike on Friday.", settings)
    assert _one(events, "REQUEST", "called")
    assert not [e for e in events if e.type == "THREATEN"], events


def test_a_call_reiterated_by_a_person_named_by_a_common_noun_is_kept(settings):
    events = _events(
        "The prime minister rejected the claims and reiterated his call for a neutral "
        "investigation into the incident.",
        settings,
    )
    assert _one(events, "REQUEST", "call")


def test_a_thing_a_demand_takes_something_from_is_no_addressee(settings):
    events = _events(
        "Vasko demanded the withdrawal of the elders' names from the Fourth Schedule.", settings
    )
    request = _one(events, "REQUEST", "demanded")
    assert not _has(request.targets, "Schedule"), request
