"""Issue 17, session 39: a name's kind read from the words before it and its own head noun
(:mod:`dossier.kb.context_types`), wired into the resolver's per-mention labels.

Hand-built sentences, mentions and a two-record gazetteer; the names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import context_types, cued_labels, name_spans
from dossier.records import Mention

pytestmark = pytest.mark.unit


def _at(text: str, name: str, label: str, via: str = "ner") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, name.lower(), 0, via)


# -- a compass point or a unit and "of" before a name ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Fighters withdrew south of the Varnel, the source said.", "LOC"),
        ("Rockets fell north-east of the Kestrabad on Monday.", "LOC"),
        ("He was made governor of the province of Ostrel last year.", "GPE"),
    ],
)
def test_a_name_after_a_compass_or_a_unit_and_of_is_a_place(sentence, label):
    name = sentence.split(" of ")[-1].split()[0].strip(",.")
    name = name if name != "the" else sentence.split(" of the ")[-1].split()[0].strip(",.")
    mention = _at(sentence, name, "PERSON")
    assert cued_labels._cued_label(mention, sentence).label == label


def test_a_compass_cue_leaves_a_peoples_adjective_alone():
    sentence = "Troops massed north of the Velsari border on Friday."
    mention = _at(sentence, "Velsari", "NORP")
    assert context_types.cued_type(mention, sentence) is mention


def test_a_member_state_of_a_body_stays_a_body():
    sentence = "Varnia is a member state of the Kestral Union."
    mention = _at(sentence, "Kestral Union", "ORG")
    assert context_types.cued_type(mention, sentence) is mention


def test_without_the_cue_the_model_label_stays():
    sentence = "Ostrel told reporters that the talks had failed."
    mention = _at(sentence, "Ostrel", "PERSON")
    assert context_types.cued_type(mention, sentence) is mention


# -- a building's or a seat's head noun -------------------------------------------------


def test_a_name_closed_by_a_buildings_noun_is_the_building():
    sentence = "The men were staying at the Varnel Brohi Hotel near the bus stand."
    mention = _at(sentence, "Varnel Brohi Hotel", "PERSON")
    assert context_types.cued_type(mention, sentence).label == "FAC"


def test_a_body_held_at_a_building_is_the_venue():
    sentence = "The meeting was held at Ostrel House and chaired by the commissioner."
    mention = _at(sentence, "Ostrel House", "ORG")
    assert context_types.cued_type(mention, sentence).label == "FAC"
    said = "Ostrel House said in a statement that the meeting was over."
    assert context_types.cued_type(_at(said, "Ostrel House", "ORG"), said).label == "ORG"


def test_a_titled_seat_noun_is_the_unit_not_a_person():
    sentence = "A list issued by the Varnia IG Operations Room named seven men."
    mention = _at(sentence, "Operations Room", "PERSON", via="title")
    assert context_types.cued_type(mention, sentence).label == "ORG"


# -- bodies in the plural, a glued "etc" ------------------------------------------------


@pytest.mark.parametrize("name", ["Liaison Committees", "Ostrel Waqf Boards", "Peace Councils"])
def test_a_kind_of_body_in_the_plural_names_no_one_body(name):
    assert context_types.bodies_in_the_plural(_at(name, name, "ORG"), name)


@pytest.mark.parametrize("name", ["Board of Governors", "City Courts", "Standing Committee"])
def test_a_body_in_the_singular_or_a_court_complex_stays(name):
    assert not context_types.bodies_in_the_plural(_at(name, name, "ORG"), name)


def test_two_named_bodies_sharing_a_plural_head_stay():
    text = "members of the Ostrel Affairs and Kestral Relations Committees met"
    mention = _at(text, "Kestral Relations Committees", "ORG")
    assert not context_types.bodies_in_the_plural(mention, text)


def test_a_compass_point_without_the_leaves_the_name_to_the_model():
    sentence = "Tanks rolled south of Kestra Darya that winter."
    mention = _at(sentence, "Kestra Darya", "ORG")
    assert context_types.cued_type(mention, sentence) is mention


def test_a_buildings_noun_before_a_title_is_no_building():
    sentence = "Kholstan Station House Officer Varnel Khan told reporters."
    mention = _at(sentence, "Kholstan Station House", "PERSON")
    assert context_types.cued_type(mention, sentence) is mention


def test_a_glued_etc_is_cut_off_the_name():
    text = "protests in Kestrabad, Ostrel.etc were reported"
    trimmed = name_spans._trimmed(_at(text, "Ostrel.etc", "GPE"))
    assert (trimmed.text, trimmed.key, text[trimmed.start : trimmed.end]) == (
        "Ostrel",
        "ostrel",
        "Ostrel",
    )


def test_a_word_ending_in_etc_is_left_alone():
    mention = _at("the Quetc office", "Quetc", "ORG")
    assert name_spans._trimmed(mention) is mention
