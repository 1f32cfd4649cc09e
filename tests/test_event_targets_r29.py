"""Targets of protests, condemnations and attacks (session 29, from the shapes of the blind
sets' wrong targets): a grievance gives way to whose act it was, or to no one; the one a
controlled passive befalls is a target, not the doer; the sides of a pact or a fight told as
one plural are both actor and target. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_a_grievance_by_someone_is_against_them(settings):
    text = (
        "Irena Vasko said the sit-in was staged to protest the torture by Velmora police officials."
    )
    protest = _one(_events(text, settings), "PROTEST")
    assert _has(protest.targets, "officials"), protest
    assert not _has(protest.targets, "torture"), protest
    assert not _has(protest.actors, "officials"), protest


def test_a_grievance_owned_by_a_state_is_against_it(settings):
    text = "The Ostrani opposition leaders criticised Velmora's move to close the border crossing."
    accusation = _one(_events(text, settings), "ACCUSE")
    assert accusation.targets == ("Velmora",), accusation


def test_a_grievance_naming_no_one_gives_no_target(settings):
    text = (
        "Leaders of the Harakat al-Nasr on Friday launched a hunger strike against alleged "
        "mistreatment in custody."
    )
    protest = _one(_events(text, settings), "PROTEST")
    assert protest.targets == (), protest


def test_a_condemned_closure_is_no_one(settings):
    text = "Irena Vasko condemned the closure of the Tarsin crossing on Monday."
    accusation = _one(_events(text, settings), "ACCUSE")
    assert not _has(accusation.targets, "closure"), accusation


def test_a_rejection_keeps_what_it_rejects(settings):
    text = "Ostrand rejected negotiations for the second stage of the truce on Sunday."
    rejection = _one(_events(text, settings), "REJECT")
    assert _has(rejection.targets, "negotiations"), rejection


def test_wounded_after_being_struck_is_the_target(settings):
    text = (
        "Paramedic Tomas Vinter succumbed to his injuries after being wounded in an Ostrani "
        "airstrike on northern Velmora."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.targets, "Vinter"), attack
    assert not _has(attack.actors, "Vinter"), attack


def test_shot_after_a_passive_names_the_victim_beside_the_doers(settings):
    text = "The constable died after being shot by unidentified gunmen in Peshawar on Friday."
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.targets, "constable"), attack
    assert _has(attack.actors, "gunmen"), attack


def test_the_warring_sides_signed_with_each_other(settings):
    text = "The warring sides in Velmora signed a peace agreement on Wednesday."
    pact = _one(_events(text, settings), "AGREE")
    assert _has(pact.actors, "sides") and _has(pact.targets, "sides"), pact


def test_rival_groups_clashed_with_each_other(settings):
    text = "Rival groups clashed in Karachi on Tuesday, leaving three people dead."
    clash = _one(_events(text, settings), "ASSAULT")
    assert _has(clash.targets, "groups"), clash


def test_one_side_signing_is_not_both(settings):
    text = "The Velmoran government signed a peace agreement with the rebels on Wednesday."
    pact = _one(_events(text, settings), "AGREE")
    assert not _has(pact.targets, "government"), pact


def test_an_owned_grievance_is_its_owner_alone(settings):
    text = "Irena Vasko criticised Velmora's cross-border terrorist activities on Monday."
    accusation = _one(_events(text, settings), "ACCUSE")
    assert accusation.targets == ("Velmora",), accusation


def test_sides_that_fired_at_each_other_stay_the_doers_of_the_harm(settings):
    text = (
        "Three brothers were killed and two others were injured when rival groups exchanged "
        "fire in Mardan on Friday."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.actors, "rival groups"), attack
    assert _has(attack.targets, "brothers"), attack
