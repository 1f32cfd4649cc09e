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
