"""Whom a statement is addressed to, and accusations told by a noun (session 26, from the
statement rows of the read sets whose target was wrong or that matched no event): a request
verb's own "of" phrase names whom it asks ("demanded of the government to ensure ..."), the
possessor of what a request asks for is the side whose conduct must change ("called for
dismantling Ostrand's nuclear programme"), and "levelled allegations against X" is an
accusation of X by the subject. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_a_request_verbs_of_phrase_is_whom_it_asks(settings):
    text = (
        "A jirga held in Velmora on Friday demanded of the government to ensure the safe "
        "recovery of the three kidnapped traders."
    )
    request = _one(_events(text, settings), "REQUEST", "demanded")
    assert _has(request.actors, "jirga")
    assert _has(request.targets, "government")


def test_the_of_phrase_of_what_is_demanded_is_not_the_addressee(settings):
    # "the release of X": X is who is to be freed, not who is asked
    events = _events(
        "The Velmora Traders Association demanded the release of Irena Vasko from custody.",
        settings,
    )
    for request in (e for e in events if e.type == "REQUEST"):
        assert not _has(request.targets, "Vasko"), request


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Vasko has called for dismantling Ostrand's nuclear programme.", "Ostrand"),
        ("Velmora demanded Ostrand's withdrawal from the disputed valley.", "Ostrand"),
    ],
)
def test_the_possessor_of_what_a_request_asks_for_is_its_target(text, asked, settings):
    request = _one(_events(text, settings), "REQUEST")
    assert _has(request.targets, asked), request


def test_a_pronoun_possessor_names_no_target(settings):
    request = _one(_events("The protesters demanded their release.", settings), "REQUEST")
    assert not _has(request.targets, "their"), request


def test_a_modal_demand_gets_no_second_request_from_a_possessor(settings):
    # the "must remove" clause of what was said is the same call, not a demand of its own
    events = _events(
        "Vasko has called for dismantling Ostrand's nuclear programme, saying a deal must "
        "remove Ostrand's capacity to enrich uranium.",
        settings,
    )
    assert not [e for e in events if e.type == "REQUEST" and e.trigger == "remove"], events


@pytest.mark.parametrize("verb", ["levelled", "leveled", "raised"])
def test_allegations_put_forward_against_someone_are_an_accusation(verb, settings):
    text = f"Ostrand {verb} allegations against Velmora without evidence, the minister said."
    accusation = _one(_events(text, settings), "ACCUSE", "allegations")
    assert _has(accusation.actors, "Ostrand")
    assert _has(accusation.targets, "Velmora")


def test_allegations_against_no_one_are_no_accusation(settings):
    events = _events("The court ordered an inquiry into allegations of torture.", settings)
    assert not [e for e in events if e.type == "ACCUSE" and "allegation" in e.trigger], events


def test_a_warning_after_a_demand_is_made_to_whom_the_demand_was(settings):
    text = (
        "A jirga held in Velmora on Friday demanded of the government to ensure the safe "
        "recovery of the three kidnapped traders. The jirga gave the administration a "
        "deadline of three days. However, the jirga warned of strong protests in Velmora if "
        "the deadline was not met."
    )
    warning = _one(_events(text, settings), "THREATEN", "warned")
    assert _has(warning.targets, "government")


def test_a_warning_by_another_side_takes_no_earlier_addressee(settings):
    # the jirga's addressee is a person, not an authority: the students' warning is not made
    # to her (an authority the article names would be: ``test_event_addressees_r28.py``)
    text = (
        "The jirga demanded of Irena Vasko to ensure the recovery of the kidnapped "
        "traders. Separately, the students warned of strong protests if the fee increase "
        "was not reversed."
    )
    warning = _one(_events(text, settings), "THREATEN", "warned")
    assert not _has(warning.targets, "Vasko"), warning


def test_the_sides_appealed_to_are_whom_the_appeal_is_made_to(settings):
    text = "The UN envoy Irena Vasko appealed to all sides to halt any actions in Velmora."
    request = _one(_events(text, settings), "REQUEST", "appealed")
    assert _has(request.targets, "sides")
