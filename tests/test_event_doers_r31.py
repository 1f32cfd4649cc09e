"""Who did an attack first told without its doer, when the retelling names the doers as
"unknown suspects" or "unidentified people", or tells who planted the device in the active
voice (session 31, from read-set rows whose actor was empty and the doers were named a
sentence or few on): the unknown doers only, never a name, never across a sentence that
opens another incident. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_event_retold_r28 import _first_attack
from tests.test_events import _events, _has

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_unknown_suspects_of_the_retelling_did_the_killing(settings):
    text = (
        "A local trader was gunned down in a suspected targeted attack in Velmora on Monday "
        "night, according to police. The SHO said the trader was standing outside his home "
        "when unknown suspects shot and killed him."
    )
    attack = _first_attack(text, settings, "gunned")
    assert _has(attack.actors, "unknown suspects"), attack


def test_unidentified_people_of_the_retelling_did_the_attack(settings):
    text = (
        "Three policemen were injured in a grenade attack on the Tang police station in "
        "Velmora. The DIG said that unidentified people hurled a grenade at the police "
        "station, injuring three police personnel."
    )
    attack = _first_attack(text, settings, "injured")
    assert _has(attack.actors, "unidentified people"), attack


def test_the_suspects_alone_lend_nothing(settings):
    # a bare "the suspects" is as often those arrested as those who attacked
    text = (
        "A shopkeeper was shot dead in Velmora on Monday. Police said the suspects opened "
        "fire on him and fled."
    )
    attack = _first_attack(text, settings, "shot")
    assert not _has(attack.actors, "suspects"), attack


def test_the_unknown_doers_lend_without_the_words_gathered_beside_them(settings):
    text = (
        "A trader was gunned down in Velmora on Monday night, police said. He was standing "
        "outside his shop when unknown suspects shot and killed him. The officer said he "
        "suspected some personal enmity was behind the murder."
    )
    attack = _first_attack(text, settings, "gunned")
    assert _has(attack.actors, "unknown suspects"), attack
    assert not _has(attack.actors, "enmity"), attack


def test_who_planted_the_device_did_the_blast(settings):
    text = (
        "Nine people were injured in a bomb blast in the Tang area of Velmora on Friday. "
        "The explosion occurred near a mosque as a patrol vehicle was passing through. "
        "According to officials, unidentified attackers planted an improvised explosive "
        "device on a motorbike and parked it at the crossroads."
    )
    attack = _first_attack(text, settings, "injured")
    assert _has(attack.actors, "unidentified attackers"), attack


def test_a_named_planter_lends_nothing(settings):
    # a name after an unclaimed blast may be another act's doer
    text = (
        "Nine people were injured in a bomb blast in the Tang area of Velmora on Friday. "
        "Officials said the Ostrand Front planted an improvised explosive device near the "
        "market."
    )
    attack = _first_attack(text, settings, "injured")
    assert not _has(attack.actors, "Ostrand"), attack


def test_a_planting_of_another_incident_lends_nothing(settings):
    text = (
        "Nine people were injured in a bomb blast in the Tang area of Velmora on Friday. "
        "Last month, unidentified attackers planted an improvised explosive device near "
        "the market in Brel."
    )
    attack = _first_attack(text, settings, "injured")
    assert not _has(attack.actors, "attackers"), attack


def test_a_blast_told_beside_attacks_with_doers_takes_no_later_planting(settings):
    # the planting told next may be of the attacks told with their doers beside the blast
    text = (
        "In Velmora, five grenade attacks were carried out by unknown armed men late on "
        "Friday, while a grenade attack also took place near the Tang railway station. "
        "According to police, unknown armed motorcyclists hurled grenades at two police "
        "stations in Brel."
    )
    found = [e for e in _events(text, settings) if e.type == "ASSAULT" and "Tang" in e.evidence]
    assert found, "no ASSAULT told near Tang"
    assert not any(_has(e.actors, "motorcyclists") for e in found), found
