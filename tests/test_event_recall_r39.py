"""Counts told with the verb left out, each in its own place (session 39, issue 15): "killed at
least 13 people in Ardon and two in Belmor camp", "one person was killed in the village of
Ardon, another in Belmor, and a third in Cresk" are one incident per place, as the label
guide's per-place rule counts them (`assembly.gapped_places`, read by `_one_per_place`); and
names listed before a plural place noun ("in the Ardon and Belmor villages") are places
(`place_time._named_place_noun`).
Unit tests read hand-built parses (no model); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _one_per_place
from dossier.extract.events.place_time import _named_place_noun
from dossier.records import EventMention
from tests.hand_parses import VOCAB, located, parse, places

pytestmark = pytest.mark.unit


def _act(doc: Doc, verb: int, place: int) -> EventMention:
    told = doc[verb]
    return EventMention(
        type="ASSAULT",
        mode=None,
        trigger=(told.idx, told.idx + len(told)),
        start=0,
        end=len(doc.text),
        sentence=0,
        location=(doc[place].idx, doc[place].idx + len(doc[place])),
    )


def _killed_and(count: str, place: str, pos: str = "PROPN", including: bool = False) -> Doc:
    """ "Strikes killed 13 people in Ardon and <count> in <place> ." (or ", including ...")."""
    rows = [
        ("Strikes", 1, "nsubj", "NOUN"),
        ("killed", 1, "ROOT", "VERB"),
        ("13", 3, "nummod", "NUM"),
        ("people", 1, "dobj", "NOUN"),
        ("in", 3, "prep", "ADP"),
        ("Ardon", 4, "pobj", "PROPN"),
    ]
    if including:
        rows += [(",", 3, "punct", "PUNCT"), ("including", 3, "prep", "VERB")]
        rows += [(count, 7, "pobj", "NUM")]
    else:
        rows += [("and", 3, "cc", "CCONJ"), (count, 3, "conj", "NUM")]
    at = len(rows) - 1  # the count
    rows += [("in", at, "prep", "ADP"), (place, at + 1, "pobj", pos), (".", 1, "punct", "PUNCT")]
    return parse(rows)


def test_a_count_with_the_verb_left_out_is_the_act_in_its_own_place() -> None:
    doc = _killed_and("two", "Belmor")
    out = _one_per_place([_act(doc, 1, 5)], doc, places(doc, 5))
    assert located(doc, out) == ["Ardon", "Belmor"]
    assert out[0].trigger == out[1].trigger


def test_a_count_set_in_no_named_place_adds_nothing() -> None:
    doc = _killed_and("two", "incident", pos="NOUN")  # "... and two in incident"
    assert len(_one_per_place([_act(doc, 1, 5)], doc, places(doc, 5))) == 1


def test_a_part_of_the_whole_is_no_other_place() -> None:
    doc = _killed_and("two", "Belmor", including=True)  # "..., including two in Belmor"
    assert len(_one_per_place([_act(doc, 1, 5)], doc, places(doc, 5))) == 1


def test_another_and_a_third_each_in_their_place() -> None:
    """ "One person was killed in the village of Ardon , another in Belmor , and a third in
    Cresk ." (the parse hangs "another" on the place, "a third" on the verb)."""
    rows = [
        ("One", 1, "nummod", "NUM"),
        ("person", 3, "nsubjpass", "NOUN"),
        ("was", 3, "auxpass", "AUX"),
        ("killed", 3, "ROOT", "VERB"),
        ("in", 3, "prep", "ADP"),
        ("the", 6, "det", "DET"),
        ("village", 4, "pobj", "NOUN"),
        ("of", 6, "prep", "ADP"),
        ("Ardon", 7, "pobj", "PROPN"),
        (",", 8, "punct", "PUNCT"),
        ("another", 8, "appos", "PRON"),
        ("in", 10, "prep", "ADP"),
        ("Belmor", 11, "pobj", "PROPN"),
        (",", 8, "punct", "PUNCT"),
        ("and", 3, "cc", "CCONJ"),
        ("a", 16, "det", "DET"),
        ("third", 3, "conj", "ADJ"),
        ("in", 16, "prep", "ADP"),
        ("Cresk", 17, "pobj", "PROPN"),
        (".", 3, "punct", "PUNCT"),
    ]
    doc = parse(rows)
    out = _one_per_place([_act(doc, 3, 8)], doc, places(doc, 8))
    assert located(doc, out) == ["Ardon", "Belmor", "Cresk"]


def _villages() -> Doc:
    """ "Troops fired shells in the Ardon and Belmor villages ." (the model's parse: the first
    name a modifier of the plural noun, the second its conjunct)."""
    rows = [
        ("Troops", "troop", 1, "nsubj", "NOUN"),
        ("fired", "fire", 1, "ROOT", "VERB"),
        ("shells", "shell", 1, "dobj", "NOUN"),
        ("in", "in", 1, "prep", "ADP"),
        ("the", "the", 8, "det", "DET"),
        ("Ardon", "Ardon", 8, "nmod", "PROPN"),
        ("and", "and", 5, "cc", "CCONJ"),
        ("Belmor", "Belmor", 5, "conj", "PROPN"),
        ("villages", "village", 3, "pobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    words, lemmas, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos)


def test_names_listed_before_a_plural_place_noun_are_places_one_event_each() -> None:
    doc = _villages()
    found = _named_place_noun(doc[8])
    assert found is not None and doc.text[found[0] : found[1]] == "Ardon"
    out = _one_per_place([_act(doc, 1, 5)], doc, [])
    assert located(doc, out) == ["Ardon", "Belmor"]


def test_a_second_setting_of_a_count_says_where_the_first_lies() -> None:
    """ "Strikes killed 13 people in Ardon and two in Belmor in Cresk ." (Belmor lies in
    Cresk: one more place, not two)."""
    doc = _killed_and("two", "Belmor")
    rows = [(t.text, t.head.i, t.dep_, t.pos_) for t in doc][:-1]
    rows += [("in", 7, "prep", "ADP"), ("Cresk", 11, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
    doc = parse(rows)
    out = _one_per_place([_act(doc, 1, 5)], doc, places(doc, 5))
    assert located(doc, out) == ["Ardon", "Belmor"]


def test_a_lone_name_modifying_a_place_noun_is_not_read_as_its_place() -> None:
    """ "... in the Ardon villages ." with "Ardon" an nmod and no list: not read so."""
    rows = [
        ("Troops", "troop", 1, "nsubj", "NOUN"),
        ("fired", "fire", 1, "ROOT", "VERB"),
        ("in", "in", 1, "prep", "ADP"),
        ("the", "the", 5, "det", "DET"),
        ("Ardon", "Ardon", 5, "nmod", "PROPN"),
        ("villages", "village", 2, "pobj", "NOUN"),
        (".", ".", 1, "punct", "PUNCT"),
    ]
    words, lemmas, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos)
    assert _named_place_noun(doc[5]) is None
