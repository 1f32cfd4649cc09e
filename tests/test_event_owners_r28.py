"""Whose vehicle or house an attack struck (session 28, from read-set rows whose target was
the vehicle alone): the owner named beside the thing is a target too — the subject a
possessive pronoun stands for, "belonging to X", a possessor before the thing. Fictional
sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_their_vehicle_is_the_subjects(settings):
    text = (
        "Five Ostrani engineers were unhurt after their vehicle was targeted by a suicide "
        "bomber in Velmora in April last year."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.targets, "engineers"), attack
    assert _has(attack.targets, "vehicle"), attack


def test_a_vehicle_belonging_to_someone_is_theirs(settings):
    text = (
        "The police officer said that the explosion targeted a vehicle belonging to Marvan "
        "police station SHO Irena Vasko near Tang Bridge."
    )
    attack = _one(_events(text, settings), "ASSAULT")
    assert _has(attack.targets, "Vasko"), attack


def test_a_reporters_pronoun_names_no_owner(settings):
    # "his" may be anyone's when the only subject before it is a reporting verb's
    text = "The spokesman said gunmen opened fire on his vehicle in Velmora on Monday."
    attack = _one(_events(text, settings), "ASSAULT")
    assert not _has(attack.targets, "spokesman"), attack


def test_a_thing_no_one_owns_gets_no_owner(settings):
    text = "Gunmen set a vehicle on fire on the Velmora highway on Monday."
    attack = _one(_events(text, settings), "ASSAULT")
    assert attack.targets == ("a vehicle",), attack
