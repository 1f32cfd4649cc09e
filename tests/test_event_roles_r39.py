"""Roles of session 39 (issue 15): "the former"/"the latter" stand for one of the last two
parties named (:mod:`dossier.extract.events.roles_referents`); a "re-" support verb carries
out its event noun ("reimposed sanctions"); "agree" with a thing as its object or after
"to" names what was agreed, not with whom ("Hamas and Israel have agreed a ceasefire"); "called
for X to act" asks X. Unit tests build parses by hand; the end-to-end ones run the pipeline
on sentences written for them (invented names: Ostrand, Velmora, the Harakat al-Nasr)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _agreed_with_no_one
from dossier.extract.events.lexicon import _for_to_clauses
from dossier.extract.events.roles import _agreed_thing, _done_again, _has_theme
from dossier.extract.events.roles_referents import asked_to_act, former_or_latter
from dossier.records import Mention
from tests.hand_parses import TaggedRow, tagged
from tests.test_events import _events, _one

Row = TaggedRow
_doc = tagged


def _mentions(doc: Doc) -> list[Mention]:
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, e.text.lower(), 0) for e in doc.ents
    ]


def _former(word: str) -> Doc:
    # "Talks between Ostrand and Velmora failed as the former/latter blamed Keshet ."
    return _doc(
        [
            ("Talks", "talk", 5, "nsubj", "NOUN", "NNS", "O"),
            ("between", "between", 0, "prep", "ADP", "IN", "O"),
            ("Ostrand", "Ostrand", 1, "pobj", "PROPN", "NNP", "B-GPE"),
            ("and", "and", 2, "cc", "CCONJ", "CC", "O"),
            ("Velmora", "Velmora", 2, "conj", "PROPN", "NNP", "B-GPE"),
            ("failed", "fail", 5, "ROOT", "VERB", "VBD", "O"),
            ("as", "as", 9, "mark", "SCONJ", "IN", "O"),
            ("the", "the", 8, "det", "DET", "DT", "O"),
            (word, word, 9, "nsubj", "ADJ", "JJ", "O"),
            ("blamed", "blame", 5, "advcl", "VERB", "VBD", "O"),
            ("Keshet", "Keshet", 9, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", ".", 5, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_the_former_and_the_latter_stand_for_the_last_two_named_in_order():
    doc = _former("former")
    assert former_or_latter(doc[8], _mentions(doc)) == [(doc[2].idx, doc[2].idx + 7)]
    doc = _former("latter")
    assert former_or_latter(doc[8], _mentions(doc)) == [(doc[4].idx, doc[4].idx + 7)]


@pytest.mark.unit
def test_former_describing_a_noun_or_with_one_name_before_refers_to_no_one_here():
    # "The former minister blamed Keshet .": a person described, not a reference
    doc = _doc(
        [
            ("The", "the", 2, "det", "DET", "DT", "O"),
            ("former", "former", 2, "amod", "ADJ", "JJ", "O"),
            ("minister", "minister", 3, "nsubj", "NOUN", "NN", "O"),
            ("blamed", "blame", 3, "ROOT", "VERB", "VBD", "O"),
            ("Keshet", "Keshet", 3, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", ".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert former_or_latter(doc[1], _mentions(doc)) is None
    alone = _former("former")
    one_name = [m for m in _mentions(alone) if m.text == "Ostrand"]
    assert former_or_latter(alone[8], one_name) == []


@pytest.mark.unit
def test_two_names_joined_by_a_hyphen_are_the_pair_referred_to():
    # "Ostrand-Velmora relations worsened as the latter blamed the former ."
    doc = _doc(
        [
            ("Ostrand-Velmora", "Ostrand-Velmora", 1, "compound", "PROPN", "NNP", "B-GPE"),
            ("relations", "relation", 2, "nsubj", "NOUN", "NNS", "O"),
            ("worsened", "worsen", 2, "ROOT", "VERB", "VBD", "O"),
            ("as", "as", 6, "mark", "SCONJ", "IN", "O"),
            ("the", "the", 5, "det", "DET", "DT", "O"),
            ("latter", "latter", 6, "nsubj", "ADJ", "JJ", "O"),
            ("blamed", "blame", 2, "advcl", "VERB", "VBD", "O"),
            ("the", "the", 8, "det", "DET", "DT", "O"),
            ("former", "former", 6, "dobj", "ADJ", "JJ", "O"),
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert former_or_latter(doc[5], _mentions(doc)) == [(8, 15)]  # Velmora
    assert former_or_latter(doc[8], _mentions(doc)) == [(0, 7)]  # Ostrand


@pytest.mark.unit
def test_a_support_verb_done_again_carries_out_its_noun():
    assert _done_again("reimpose")
    assert _done_again("relaunche")  # the small model's cut of "relaunched"
    assert _done_again("re-impose")
    assert not _done_again("impose")  # no prefix: the support verb list's own question
    assert not _done_again("recall")  # "recalled the attack": remembered it
    assert not _done_again("rebel")


def _agreed(obj: str, obj_pos: str, ent: str = "O") -> Doc:
    # "Ostrand and Velmora agreed a ceasefire ." / "... agreed Keshet ."
    return _doc(
        [
            ("Ostrand", "Ostrand", 3, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("and", "and", 0, "cc", "CCONJ", "CC", "O"),
            ("Velmora", "Velmora", 0, "conj", "PROPN", "NNP", "B-GPE"),
            ("agreed", "agree", 3, "ROOT", "VERB", "VBD", "O"),
            ("a", "a", 5, "det", "DET", "DT", "O"),
            (obj, obj, 3, "dobj", obj_pos, "NN", ent),
            (".", ".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_the_object_of_agree_is_what_was_agreed_not_a_party():
    doc = _agreed("ceasefire", "NOUN")
    assert _agreed_thing(doc[3])
    assert _has_theme(doc[3], "AGREE")
    assert not _agreed_thing(_agreed("Keshet", "PROPN", "B-GPE")[3])


def _agreed_to(tail: list[Row]) -> Doc:
    # "Ostrand agreed to a ceasefire in/with Velmora ."
    rows: list[Row] = [
        ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP", "B-GPE"),
        ("agreed", "agree", 1, "ROOT", "VERB", "VBD", "O"),
        ("to", "to", 1, "prep", "ADP", "IN", "O"),
        ("a", "a", 4, "det", "DET", "DT", "O"),
        ("ceasefire", "ceasefire", 2, "pobj", "NOUN", "NN", "O"),
    ]
    return _doc(rows + tail + [(".", ".", 1, "punct", "PUNCT", ".", "O")])


@pytest.mark.unit
def test_agreed_to_a_thing_names_no_one_unless_it_says_with_whom():
    placed = _agreed_to(
        [
            ("in", "in", 4, "prep", "ADP", "IN", "O"),
            ("Velmora", "Velmora", 5, "pobj", "PROPN", "NNP", "B-GPE"),
        ]
    )
    assert _agreed_with_no_one("AGREE", placed[2], placed[4])
    assert not _agreed_with_no_one("REQUEST", placed[2], placed[4])
    withwhom = _agreed_to(
        [
            ("with", "with", 4, "prep", "ADP", "IN", "O"),
            ("Velmora", "Velmora", 5, "pobj", "PROPN", "NNP", "B-GPE"),
        ]
    )
    assert not _agreed_with_no_one("AGREE", withwhom[2], withwhom[4])
    # "agreed to a ceasefire of the deal between Velmora ...": the parties deeper in the phrase
    nested = _agreed_to(
        [
            ("of", "of", 4, "prep", "ADP", "IN", "O"),
            ("deal", "deal", 5, "pobj", "NOUN", "NN", "O"),
            ("between", "between", 6, "prep", "ADP", "IN", "O"),
            ("Velmora", "Velmora", 7, "pobj", "PROPN", "NNP", "B-GPE"),
        ]
    )
    assert not _agreed_with_no_one("AGREE", nested[2], nested[4])


def _called(subject: bool = True) -> Doc:
    # "Ostrand called for Velmora to withdraw ."
    rows: list[Row] = [
        ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP", "B-GPE"),
        ("called", "call", 1, "ROOT", "VERB", "VBD", "O"),
        ("for", "for", 5, "mark", "SCONJ", "IN", "O"),
        ("Velmora", "Velmora", 5, "nsubj", "PROPN", "NNP", "B-GPE"),
        ("to", "to", 5, "aux", "PART", "TO", "O"),
        ("withdraw", "withdraw", 1, "advcl", "VERB", "VB", "O"),
        (".", ".", 1, "punct", "PUNCT", ".", "O"),
    ]
    if not subject:
        rows[3] = ("troops", "troop", 1, "dobj", "NOUN", "NNS", "O")
    return _doc(rows)


@pytest.mark.unit
def test_called_for_x_to_act_asks_x():
    doc = _called()
    assert _for_to_clauses(doc[1]) == [doc[5]]
    assert asked_to_act(doc[1]) == [doc[3]]
    assert asked_to_act(_called(subject=False)[1]) == []
    # "called for such tragedies not to happen again": no one is asked
    thing = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("called", "call", 1, "ROOT", "VERB", "VBD", "O"),
            ("for", "for", 6, "mark", "SCONJ", "IN", "O"),
            ("such", "such", 4, "amod", "ADJ", "JJ", "O"),
            ("tragedies", "tragedy", 6, "nsubj", "NOUN", "NNS", "O"),
            ("to", "to", 6, "aux", "PART", "TO", "O"),
            ("happen", "happen", 1, "advcl", "VERB", "VB", "O"),
            (".", ".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert _for_to_clauses(thing[1]) == []


# ------------------------------------------------------------------ end to end (the model)


@pytest.mark.nlp
def test_former_is_the_first_of_the_pair_end_to_end(settings):
    text = "Talks between Ostrand and Velmora failed as the former blamed Keshet for the attack."
    event = _one(_events(text, settings), "ACCUSE")
    assert event.actors == ("Ostrand",)


@pytest.mark.nlp
def test_reimposed_sanctions_have_their_imposer_end_to_end(settings):
    event = _one(_events("Ostrand reimposed crippling sanctions on Velmora.", settings), "SANCTION")
    assert event.actors == ("Ostrand",)
    assert event.targets == ("Velmora",)


@pytest.mark.nlp
def test_parties_agreeing_a_ceasefire_are_actor_and_target_end_to_end(settings):
    event = _one(_events("Ostrand and Velmora have agreed a ceasefire.", settings), "AGREE")
    assert event.actors == ("Ostrand",)
    assert event.targets == ("Velmora",)


@pytest.mark.nlp
def test_called_for_x_to_act_is_a_request_of_x_end_to_end(settings):
    events = _events("The Harakat al-Nasr called for Velmora to halt its strikes.", settings)
    event = _one(events, "REQUEST")
    assert event.targets == ("Velmora",)
