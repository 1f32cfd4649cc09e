"""A bare office ("the minister") is the person the report named with it before (session 30,
from the blind sets' statements whose actor stayed "The minister"). Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_the_minister_is_the_minister_named_before(settings):
    text = (
        "Federal Minister for Information Irena Vasko visited Quetta on Monday. "
        "The minister accused Velmora of sponsoring terrorism in the region."
    )
    accusation = _one(_events(text, settings), "ACCUSE")
    assert _has(accusation.actors, "Vasko"), accusation
    assert not _has(accusation.actors, "minister"), accusation


def test_the_minister_is_the_nearest_minister_before(settings):
    text = (
        "Interior Minister Tomas Vinter met the press in Lahore on Monday. "
        "Separately, Senior Minister Irena Vasko spoke to reporters in Karachi. "
        "The minister accused Velmora of sponsoring terrorism."
    )
    accusation = _one(_events(text, settings), "ACCUSE")
    assert _has(accusation.actors, "Vasko"), accusation
    assert not _has(accusation.actors, "Vinter"), accusation


def test_an_office_written_before_a_comma_titles_the_name(settings):
    text = (
        "Minister of State for Interior, Irena Vasko, spoke in the National Assembly on "
        "Monday. The minister accused Velmora of sponsoring terrorism."
    )
    accusation = _one(_events(text, settings), "ACCUSE")
    assert _has(accusation.actors, "Vasko"), accusation


def test_the_minister_is_not_the_prime_minister(settings):
    text = (
        "Prime Minister Tomas Vinter chaired a meeting in Islamabad on Monday. "
        "The minister accused Velmora of sponsoring terrorism."
    )
    accusation = _one(_events(text, settings), "ACCUSE")
    assert not _has(accusation.actors, "Vinter"), accusation


def test_a_stray_possessive_is_no_office_holder(settings):
    text = (
        "Chief Minister Tomas Vinter said in a statement issued by the Chief Minister’s "
        "Secretariat that the attack was cowardly. The chief minister accused Velmora of "
        "sponsoring terrorism."
    )
    accusation = _one(_events(text, settings), "ACCUSE")
    assert not _has(accusation.actors, "Secretariat"), accusation
