"""Who made a statement told with a pronoun (session 25, issue 15 item 3): "they" is never a
place, "she" after a name set beside the subject is that name, and a claim "according to
the law" names no speaker for the "he" that follows. Fictional sentences."""

from __future__ import annotations

import pytest

from dossier.extract.events import roles
from tests.test_events import _events, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_they_is_never_a_place_the_parser_took_for_a_subject(nlp):
    """The parser takes "adjacent areas" for the subject of "placed" (the relatives hang on
    "as"): the "They" of the next sentence, who accused, may not be the areas."""
    doc = nlp(
        "The raid triggered protests in Dravo and adjacent areas as the victims' relatives, "
        "along with locals, placed the bodies on the highway and held up traffic for hours.\n"
        "They accused the border guards of carrying out the raid."
    )
    areas = next(t for t in doc if t.lower_ == "areas")
    relatives = next(t for t in doc if t.lower_ == "relatives")
    assert not roles._fits("they", areas)
    assert roles._fits("they", relatives)
    they = next(t for t in doc if t.lower_ == "they")
    found = roles._previous_subject(they)
    assert found is None or found.lower_ != "areas", found


def test_she_is_the_name_beside_the_subject_not_the_last_person_named(settings):
    text = (
        "Chairperson of the Velmoran Relief Fund, Senator Irena Vasko, condemned the firing on "
        "the convoy of the Speaker of the Ostrand Assembly, Tomas Brenner.\n"
        "She added that the culprits involved in the attack must be arrested immediately."
    )
    events = _events(text, settings)
    request = _one(events, "REQUEST")
    assert any("Vasko" in a for a in request.actors), request.actors
    assert not any("Brenner" in a for a in request.actors), request.actors


def test_according_to_the_law_names_no_speaker_for_the_next_he(settings):
    text = (
        "Discussing the blockade of roads in the province, he said protesters have been "
        "given an opportunity to hold talks with the government, otherwise the government "
        "knows how to exercise its powers according to the law.\n"
        "He urged the protesters to consider the difficulties faced by patients."
    )
    request = _one(_events(text, settings), "REQUEST", "urged")
    assert not any("law" in a for a in request.actors), request.actors
