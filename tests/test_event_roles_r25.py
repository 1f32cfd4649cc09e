"""Participants of session 25 (issue 15 item 3): actors the article names in another
sentence, and what a blast struck.

A report of a campaign of strikes names the striking side once and tells its strikes one by
one ("Velmoran strikes on Monday killed 40 people ... A strike on a family home killed eight
others"): a strike told with no one striking takes the side the article's strikes before it
were named by, when that is one side. A protest told with no one protesting takes the
protesters the article names. A blast verb the parser hung on its device as a reduced passive
("An improvised explosive device (IED) detonated outside the residence of ...") has the device
as its weapon, never as what it struck, and what a blast went off "outside" or "near" is what
it struck unless that is a place. Unit tests read hand-built parses; the end-to-end ones run
the pipeline on sentences written for them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _one_side, _strike_word
from dossier.extract.events.instruments import struck, weapons_of
from tests.test_event_roles_r19 import _doc
from tests.test_event_what_r14 import VOCAB
from tests.test_events import _events, _one


def _detonated(place_word: str, ent: str) -> Doc:
    """ "An explosive device detonated outside the <place_word> ." with "detonated" hung on
    the device as a participle (``acl``), as the small model parses it."""
    words = ["An", "explosive", "device", "detonated", "outside", "the", place_word, "."]
    lemmas = ["an", "explosive", "device", "detonate", "outside", "the", place_word, "."]
    heads = [2, 2, 2, 2, 3, 6, 4, 2]
    deps = ["det", "amod", "ROOT", "acl", "prep", "det", "pobj", "punct"]
    pos = ["DET", "ADJ", "NOUN", "VERB", "ADP", "DET", "PROPN" if ent else "NOUN", "PUNCT"]
    tags = ["DT", "JJ", "NN", "VBN", "IN", "DT", "NNP" if ent else "NN", "."]
    ents = ["O"] * 6 + [f"B-{ent}" if ent else "O", "O"]
    return Doc(
        VOCAB,
        words=words,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        ents=ents,
    )


@pytest.mark.unit
def test_a_device_a_blast_verb_hangs_on_is_its_weapon_and_what_is_outside_it_struck():
    doc = _detonated("residence", "")
    verb = doc[3]
    assert [t.text for t in weapons_of(verb)] == ["device"]
    assert [t.text for t in struck(verb)] == ["residence"]


@pytest.mark.unit
def test_a_place_a_blast_went_off_near_is_where_not_whom():
    doc = _detonated("Quetta", "GPE")
    assert struck(doc[3]) == []


@pytest.mark.unit
def test_near_is_no_struck_thing_for_a_weapon_that_is_not_a_blast():
    # "A missile landed near the hospital ." -- a missile lands, the hospital is where
    doc = _doc(
        [
            ("A", "a", 1, "det", "DET", "DT"),
            ("missile", "missile", 2, "nsubj", "NOUN", "NN"),
            ("landed", "land", 2, "ROOT", "VERB", "VBD"),
            ("near", "near", 2, "prep", "ADP", "IN"),
            ("the", "the", 5, "det", "DET", "DT"),
            ("hospital", "hospital", 3, "pobj", "NOUN", "NN"),
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert [t.text for t in weapons_of(doc[2])] == ["missile"]
    assert struck(doc[2]) == []


# "A strike on the home killed eight others ." and "Eight others were killed in strikes ."
_STRIKE_SUBJECT = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("strike", "strike", 5, "nsubj", "NOUN", "NN"),
    ("on", "on", 1, "prep", "ADP", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("home", "home", 2, "pobj", "NOUN", "NN"),
    ("killed", "kill", 5, "ROOT", "VERB", "VBD"),
    ("eight", "eight", 7, "nummod", "NUM", "CD"),
    ("others", "other", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 5, "punct", "PUNCT", "."),
]
_STRIKES_IN = [
    ("Eight", "eight", 1, "nummod", "NUM", "CD"),
    ("others", "other", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 3, "ROOT", "VERB", "VBN"),
    ("in", "in", 3, "prep", "ADP", "IN"),
    ("strikes", "strike", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Gunmen killed eight others ." -- no strike
_GUNMEN = [
    ("Gunmen", "gunman", 1, "nsubj", "NOUN", "NNS"),
    ("killed", "kill", 1, "ROOT", "VERB", "VBD"),
    ("eight", "eight", 3, "nummod", "NUM", "CD"),
    ("others", "other", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "at", "strike"),
    [(_STRIKE_SUBJECT, 5, "strike"), (_STRIKES_IN, 3, "strikes"), (_GUNMEN, 1, None)],
)
def test_the_strike_an_attack_is_told_by(rows, at, strike):
    found = _strike_word(_doc(rows)[at])
    assert (found.text if found is not None else None) == strike


@pytest.mark.unit
def test_sides_are_one_by_their_name_not_by_the_arm_that_struck():
    assert _one_side({"israeli"}, {"israel"})
    assert _one_side({"us"}, {"us"})
    assert not _one_side({"us"}, {"houthis"})
    assert not _one_side({"united", "states"}, {"american"})


@pytest.mark.nlp
def test_a_strike_with_no_one_striking_is_the_article_s_striking_side(settings):
    text = (
        "Gaza's civil defence agency said Israeli strikes on Monday killed at least 40 people "
        "across the territory. A strike on a family home in Khan Yunis killed eight others, "
        "the agency added."
    )
    later = [e for e in _events(text, settings) if "eight others" in e.targets]
    assert later, _events(text, settings)
    assert any("Israel" in a for a in later[0].actors), later


@pytest.mark.nlp
def test_strikes_of_two_sides_give_no_side_to_an_unnamed_strike(settings):
    text = (
        "Israeli strikes killed 12 people in Gaza on Monday. Houthi strikes hit a port in "
        "Eilat on Tuesday. A strike on a house in Rafah killed eight others."
    )
    later = [e for e in _events(text, settings) if "eight others" in e.targets]
    assert later
    assert later[0].actors == (), later


@pytest.mark.nlp
def test_a_protest_with_no_one_named_is_the_article_s_protesters(settings):
    text = (
        "Protests broke out across Gilgit on Thursday after police arrested five leaders of a "
        "traders' alliance. The protesters blocked the Karakoram Highway for hours."
    )
    protest = _one(_events(text, settings), "PROTEST", "Protests")
    assert any("protesters" in a for a in protest.actors), protest


@pytest.mark.nlp
def test_an_ied_that_detonated_outside_a_house_struck_the_house(settings):
    text = (
        "An improvised explosive device (IED) detonated outside the residence of a lawmaker "
        "in Bajaur district, partially damaging the house, police said on Wednesday."
    )
    blast = _one(_events(text, settings), "ASSAULT", "detonated")
    assert not any("device" in t for t in blast.targets), blast
    assert any("residence" in t for t in blast.targets), blast


@pytest.mark.nlp
def test_protesters_named_far_from_a_protest_are_not_taken_for_it(settings):
    text = (
        "A shutter-down strike was observed in Karachi on Monday. Markets stayed closed in "
        "the city. Traffic was thin on the main roads. Schools also remained shut. Later, "
        "the protesters marched to the press club in Hyderabad."
    )
    strike = _one(_events(text, settings), "PROTEST", "strike")
    assert strike.actors == (), strike
