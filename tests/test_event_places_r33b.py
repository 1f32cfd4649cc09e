"""Places of events, session 33 (issue 15), the extractor's rules: a place inside what a
protest is against ("a protest against atrocities in Gaza") is no other act's place, and an
item of an "including" list fills the slot of the noun it lists ("Several countries, including
France, condemned the attack": France condemned, it is no place), and a route's start outside
the dateline's country ("smuggling weed from California" in a KARACHI dispatch) is no act's
place. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import (
    _origin_abroad,
    _participant_place,
    _protest_grievance,
    _sentence_place,
)
from tests import hand_parses
from tests.one_article import rule_context

VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse

# ------------------------------------------------------------------ a protest's grievance


def _protest_attack() -> Doc:
    """ "The attack occurred when a protest against atrocities in Gaza turned violent ." """
    rows = [
        ("The", 1, "det", "DET", "the", "O"),
        ("attack", 2, "nsubj", "NOUN", "attack", "O"),  # 1
        ("occurred", 2, "ROOT", "VERB", "occur", "O"),  # 2
        ("when", 10, "advmod", "SCONJ", "when", "O"),
        ("a", 5, "det", "DET", "a", "O"),
        ("protest", 10, "nsubj", "NOUN", "protest", "O"),  # 5
        ("against", 5, "prep", "ADP", "against", "O"),  # 6
        ("atrocities", 6, "pobj", "NOUN", "atrocity", "O"),  # 7
        ("in", 7, "prep", "ADP", "in", "O"),  # 8
        ("Gaza", 8, "pobj", "PROPN", "Gaza", "B-GPE"),  # 9
        ("turned", 2, "advcl", "VERB", "turn", "O"),  # 10
        ("violent", 10, "acomp", "ADJ", "violent", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ]
    words, heads, deps, pos, lemmas, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


@pytest.mark.unit
def test_a_place_inside_a_protests_grievance_is_no_other_acts_place():
    doc = _protest_attack()
    context = rule_context(doc)
    (gaza,) = context.mentions
    assert gaza.text == "Gaza"
    assert _protest_grievance(gaza, doc)
    assert _sentence_place(doc[1], (), context) is None  # the attack is not in Gaza


@pytest.mark.unit
def test_a_place_of_the_protest_itself_is_no_grievance():
    # "A protest in Gaza turned violent ." : where the protest was
    rows = [
        ("A", 1, "det", "DET", "a", "O"),
        ("protest", 4, "nsubj", "NOUN", "protest", "O"),
        ("in", 1, "prep", "ADP", "in", "O"),
        ("Gaza", 2, "pobj", "PROPN", "Gaza", "B-GPE"),
        ("turned", 4, "ROOT", "VERB", "turn", "O"),
        ("violent", 4, "acomp", "ADJ", "violent", "O"),
        (".", 4, "punct", "PUNCT", ".", "O"),
    ]
    words, heads, deps, pos, lemmas, ents = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    (gaza,) = rule_context(doc).mentions
    assert not _protest_grievance(gaza, doc)


# ------------------------------------------------------------------ an "including" list


def _listed(noun: str, dep: str, prep: str | None = None) -> Doc:
    """ "Several <noun> , including France , condemned the attack ." with <noun> in slot
    ``dep`` (or, with ``prep``, "Strikes hit <prep> several <noun> , including France .")."""
    if prep is None:
        rows = [
            ("Several", 1, "amod", "ADJ", "several", "O"),
            (noun, 6, dep, "NOUN", noun, "O"),  # 1
            (",", 1, "punct", "PUNCT", ",", "O"),
            ("including", 1, "prep", "VERB", "include", "O"),  # 3
            ("France", 3, "pobj", "PROPN", "France", "B-GPE"),  # 4
            (",", 1, "punct", "PUNCT", ",", "O"),
            ("condemned", 6, "ROOT", "VERB", "condemn", "O"),  # 6
            ("the", 8, "det", "DET", "the", "O"),
            ("attack", 6, "dobj", "NOUN", "attack", "O"),
            (".", 6, "punct", "PUNCT", ".", "O"),
        ]
    else:
        rows = [
            ("Strikes", 1, "nsubj", "NOUN", "strike", "O"),
            ("hit", 1, "ROOT", "VERB", "hit", "O"),  # 1
            (prep, 1, "prep", "ADP", prep, "O"),  # 2
            ("several", 4, "amod", "ADJ", "several", "O"),
            (noun, 2, "pobj", "NOUN", noun, "O"),  # 4
            (",", 4, "punct", "PUNCT", ",", "O"),
            ("including", 4, "prep", "VERB", "include", "O"),  # 6
            ("France", 6, "pobj", "PROPN", "France", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O"),
        ]
    words, heads, deps, pos, lemmas, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


@pytest.mark.unit
def test_an_including_item_of_a_participant_is_a_participant():
    doc = _listed("countries", "nsubj")
    (france,) = rule_context(doc).mentions
    assert _participant_place(france, doc)  # the countries condemned: France is who


@pytest.mark.unit
def test_an_including_item_of_a_place_phrase_is_still_a_place():
    doc = _listed("towns", "pobj", prep="in")
    (france,) = rule_context(doc).mentions
    assert not _participant_place(france, doc)  # "hit in several towns, including X": where


# ------------------------------------------------------------------ a route's start abroad


def _smuggled(origin: str, prep: str = "from") -> Doc:
    """ "KARACHI : Police arrested men smuggling weed <prep> <origin> ." """
    rows = [
        ("KARACHI", 3, "npadvmod", "PROPN", "karachi", "B-GPE"),
        (":", 3, "punct", "PUNCT", ":", "O"),
        ("Police", 3, "nsubj", "NOUN", "police", "O"),
        ("arrested", 3, "ROOT", "VERB", "arrest", "O"),  # 3
        ("men", 3, "dobj", "NOUN", "man", "O"),  # 4
        ("smuggling", 4, "acl", "VERB", "smuggle", "O"),  # 5
        ("weed", 5, "dobj", "NOUN", "weed", "O"),
        (prep, 5, "prep", "ADP", prep, "O"),  # 7
        (origin, 7, "pobj", "PROPN", origin, "B-GPE"),  # 8
        (".", 3, "punct", "PUNCT", ".", "O"),
    ]
    words, heads, deps, pos, lemmas, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


@pytest.mark.unit
def test_a_route_origin_abroad_is_no_place_of_a_dispatchs_act():
    doc = _smuggled("California")
    context = rule_context(doc)
    california = next(m for m in context.mentions if m.text == "California")
    assert _origin_abroad(california, context)
    assert _sentence_place(doc[3], (), context) is None  # left to the dateline, Karachi


@pytest.mark.unit
def test_a_route_end_at_home_still_places_an_act_that_has_no_other_place():
    doc = _smuggled("Quetta")
    context = rule_context(doc)
    quetta = next(m for m in context.mentions if m.text == "Quetta")
    assert not _origin_abroad(quetta, context)
    found = _sentence_place(doc[3], (), context)
    assert found is not None and doc.text[found[0] : found[1]] == "Quetta"


@pytest.mark.unit
def test_a_route_end_abroad_still_places_an_act_that_has_no_other_place():
    # "... shut all crossings to Gaza" in a NICOSIA dispatch: at Gaza's crossings
    doc = _smuggled("California", prep="to")
    context = rule_context(doc)
    california = next(m for m in context.mentions if m.text == "California")
    assert not _origin_abroad(california, context)
    found = _sentence_place(doc[3], (), context)
    assert found is not None and doc.text[found[0] : found[1]] == "California"
