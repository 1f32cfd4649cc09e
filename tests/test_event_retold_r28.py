"""Who did an attack first told without its doer (session 28, from read-set rows whose actor
was empty and the doers were named when the article told the incident again): the unknown
doers of the retelling a sentence or few on — never a named side, never across a sentence
that opens another incident. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _first_attack(text: str, settings, trigger: str):
    found = [e for e in _events(text, settings) if e.type == "ASSAULT" and trigger in e.trigger]
    assert found, f"no ASSAULT ({trigger})"
    return found[0]


def test_the_retellings_unknown_doers_did_the_attack(settings):
    text = (
        "A shopkeeper lost his life in a gun attack in Velmora on Monday. Police said the "
        "victim, identified as Arman Tolo, was targeted by assailants riding motorcycles."
    )
    attack = _first_attack(text, settings, "attack")
    assert _has(attack.actors, "assailants"), attack


def test_a_retelling_of_the_harm_between_does_not_stop_it(settings):
    text = (
        "Two boys were killed over a family dispute in Velmora district on Friday. The police "
        "said that the double murder occurred near Tang Bridge. They said that armed "
        "motorcyclists opened fire on the boys when they were going to their village."
    )
    attack = _first_attack(text, settings, "killed")
    assert _has(attack.actors, "motorcyclists"), attack


def test_another_incident_keeps_its_doers(settings):
    text = (
        "A shopkeeper was killed in a gun attack in Velmora on Monday. Separately, gunmen "
        "opened fire on a police post in Tang, injuring a constable."
    )
    attack = _first_attack(text, settings, "killed")
    assert not attack.actors, attack


def test_a_named_side_after_an_unclaimed_attack_is_not_its_doer(settings):
    text = (
        "Three soldiers were killed in a roadside bombing in Velmora on Monday. Ostrand "
        "troops later stormed a village near the border."
    )
    attack = _first_attack(text, settings, "killed")
    assert not _has(attack.actors, "Ostrand"), attack


def test_attacks_counted_together_take_no_one_retellings_doers(settings):
    # a plural act counts several incidents: the doers of one later act are not all of theirs
    text = (
        "Velmora province recorded 32 attacks that claimed 56 lives during the month, the "
        "report said. Gunmen also abducted two traders in Tang, the report said."
    )
    attack = _first_attack(text, settings, "attacks")
    assert not attack.actors, attack


def test_a_word_on_a_later_act_is_not_a_retelling(settings):
    # "the terrorist attack" officials condemn is the article's incident, not the one just told
    text = (
        "In October, 21 miners were killed in Velmora. The chief minister ordered a probe "
        "into the terrorist attack on Friday."
    )
    attack = _first_attack(text, settings, "killed")
    assert not attack.actors, attack


def test_a_list_of_past_incidents_dates_each_one(settings):
    # each past incident of a background list opens on its own time: no retelling of the last
    text = (
        "In April 2023, a cleric was also shot dead at a bank in Velmora. And in August 2005, "
        "a judge was murdered by two gunmen who climbed into his car in Tang."
    )
    attack = _first_attack(text, settings, "shot")
    assert not attack.actors, attack
