"""Targets of talks and pacts that name no other party (session 34, issue 15): the parties the
sentence names dealt with each other, so they are actor and target both, where they are many (a
plural, a body that meets as one); one person's visit, a mediator, or an agreement to do
something by parties that are not sides deals with someone left unnamed. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_the_parties_that_signed_are_each_others_targets(settings):
    text = "The parties to the dispute in Velmora signed a 10-point peace deal on Wednesday."
    pact = _one(_events(text, settings), "AGREE")
    assert _has(pact.actors, "parties") and _has(pact.targets, "parties"), pact


def test_a_jirga_of_elders_is_held_among_them(settings):
    text = "Elders of the Tarsin tribe held a jirga on Monday and condemned the killing."
    talk = _one(_events(text, settings), "CONSULT")
    assert _has(talk.actors, "Elders") and _has(talk.targets, "Elders"), talk


def test_participants_agreeing_to_act_agree_with_each_other(settings):
    text = "The three participants had agreed to oppose all forms of terrorism."
    pact = _one(_events(text, settings), "AGREE")
    assert _has(pact.targets, "participants"), pact


def test_protesters_agreeing_to_act_are_not_their_own_counterpart(settings):
    text = "The protesters agreed to end their blockade on Friday."
    pact = _one(_events(text, settings), "AGREE")
    assert not _has(pact.targets, "protesters"), pact


def test_a_named_counterpart_stays_the_only_target(settings):
    text = "The Velmoran government signed a peace agreement with the rebels on Wednesday."
    pact = _one(_events(text, settings), "AGREE")
    assert pact.targets == ("the rebels",), pact


def test_two_named_sides_stay_one_with_the_other(settings):
    text = "Pakistan and Norway held their ninth Strategic Dialogue in Brussels on Feb 20."
    talk = _one(_events(text, settings), "CONSULT")
    assert talk.actors == ("Pakistan",) and talk.targets == ("Norway",), talk


def test_a_visit_by_one_person_is_no_talk_with_himself(settings):
    text = "The attack coincided with a visit to Velmora by Ostrani Vice President Tomas Vinter."
    visit = _one(_events(text, settings), "CONSULT")
    assert not _has(visit.targets, "Vinter"), visit


def test_a_mediator_is_no_party_to_itself(settings):
    text = (
        "Doha, which mediated the talks along with Ostrand, has expressed hope the truce will hold."
    )
    talk = _one(_events(text, settings), "CONSULT")
    assert not _has(talk.targets, "Doha"), talk


def test_a_committee_meeting_is_held_among_its_members(settings):
    text = (
        "He said the cabinet granted full authority to the army during the National Security "
        "Committee meeting."
    )
    talk = _one(_events(text, settings), "CONSULT")
    assert _has(talk.targets, "Committee"), talk
