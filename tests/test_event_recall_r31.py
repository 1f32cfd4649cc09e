"""Labelled events the export never made, session 31 (issue 15): attacks told by words the
lexicon lacked or a filter misread.

* a gun fired "towards" or "into" somewhere, or firing what a gun fires ("fired ammunition in
  the villages"), is an attack as "fired on/at" already was; "fired into the air" is not;
* "a land mine explosion" is a bombing (the ``landmine`` of the deliberate-blast words),
  where "an explosion at a coal mine" stays an accident.

Unit tests read hand-built parses (the small model's, written out; no model)."""

from __future__ import annotations

import pytest

from tests.test_event_failures_r29 import _events, _text

pytestmark = pytest.mark.unit

# "Troops fired heavily towards the villages of Gaza ."
FIRED_TOWARDS = [
    ("Troops", "troop", 1, "nsubj", "NOUN", "NNS"),
    ("fired", "fire", 1, "ROOT", "VERB", "VBD"),
    ("heavily", "heavily", 1, "advmod", "ADV", "RB"),
    ("towards", "towards", 1, "prep", "ADP", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("villages", "village", 3, "pobj", "NOUN", "NNS"),
    ("of", "of", 5, "prep", "ADP", "IN"),
    ("Gaza", "Gaza", 6, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The army fired ammunition in the Sial villages ."
FIRED_AMMUNITION = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("army", "army", 2, "nsubj", "NOUN", "NN"),
    ("fired", "fire", 2, "ROOT", "VERB", "VBD"),
    ("ammunition", "ammunition", 2, "dobj", "NOUN", "NN"),
    ("in", "in", 2, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("Sial", "Sial", 7, "compound", "PROPN", "NNP"),
    ("villages", "village", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Police fired into the air ."
FIRED_INTO_AIR = [
    ("Police", "Police", 1, "nsubj", "NOUN", "NNS"),
    ("fired", "fire", 1, "ROOT", "VERB", "VBD"),
    ("into", "into", 1, "prep", "ADP", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("air", "air", 2, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The company fired the manager ."
FIRED_MANAGER = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("company", "company", 2, "nsubj", "NOUN", "NN"),
    ("fired", "fire", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("manager", "manager", 2, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Five soldiers were injured in a land mine explosion in Mir Ali ."
LAND_MINE = [
    ("Five", "five", 1, "nummod", "NUM", "CD"),
    ("soldiers", "soldier", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("injured", "injure", 3, "ROOT", "VERB", "VBN"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("a", "a", 8, "det", "DET", "DT"),
    ("land", "land", 7, "compound", "NOUN", "NN"),
    ("mine", "mine", 8, "compound", "NOUN", "NN"),
    ("explosion", "explosion", 4, "pobj", "NOUN", "NN"),
    ("in", "in", 8, "prep", "ADP", "IN"),
    ("Mir", "Mir", 11, "compound", "PROPN", "NNP"),
    ("Ali", "Ali", 9, "pobj", "PROPN", "NNP"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Five workers were injured in an explosion at a coal mine in Harnai ."
COAL_MINE = [
    ("Five", "five", 1, "nummod", "NUM", "CD"),
    ("workers", "worker", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("injured", "injure", 3, "ROOT", "VERB", "VBN"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("an", "an", 6, "det", "DET", "DT"),
    ("explosion", "explosion", 4, "pobj", "NOUN", "NN"),
    ("at", "at", 6, "prep", "ADP", "IN"),
    ("a", "a", 10, "det", "DET", "DT"),
    ("coal", "coal", 10, "compound", "NOUN", "NN"),
    ("mine", "mine", 7, "pobj", "NOUN", "NN"),
    ("in", "in", 10, "prep", "ADP", "IN"),
    ("Harnai", "Harnai", 11, "pobj", "PROPN", "NNP"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


def _assaults(doc, events):
    return [(_text(doc, e.trigger), e.mode) for e in events if e.type == "ASSAULT"]


def test_a_gun_fired_towards_a_place_is_an_attack():
    doc, events = _events(FIRED_TOWARDS, names=[(7, "GPE")])
    assert _assaults(doc, events) == [("fired", "firearms")]


def test_ammunition_fired_is_an_attack():
    doc, events = _events(FIRED_AMMUNITION, names=[(6, "GPE")])
    assert _assaults(doc, events) == [("fired", "firearms")]


def test_shots_into_the_air_and_a_dismissal_are_no_attack():
    for rows in (FIRED_INTO_AIR, FIRED_MANAGER):
        doc, events = _events(rows)
        assert _assaults(doc, events) == []


def test_a_land_mine_explosion_is_an_attack_a_coal_mine_explosion_an_accident():
    doc, events = _events(LAND_MINE, names=[(11, "GPE")])
    assert _assaults(doc, events)
    doc, events = _events(COAL_MINE, names=[(12, "GPE")])
    assert _assaults(doc, events) == []
