"""Places of events, session 20 (issue 15 item 3): a town written in front of the noun of a
site or an office ("the Faisalabad motorway", "the residence of Kalat deputy commissioner")
is the place of an event whose sentence names no other, whatever type the model gave the
name; and the town in the name of the force that acted gives way to a town or district a
report's sentence states when an event's reports are weighed. Unit tests read hand-built
parses (no model)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import _town_in_front
from dossier.kb.event_places import _placed_there
from dossier.kb.fact_summary import event_place
from dossier.records import Mention
from tests import hand_parses
from tests.one_article import rule_context

#: English's vocabulary without a model: what gives a hand-built token its lower-case form
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse

Row = tuple[str, int, str, str, str]


def _parse(rows: list[Row]) -> Doc:
    """A parse from rows of (word, head index, dependency, POS, entity IOB tag)."""
    words, heads, deps, pos, iob = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=iob)


def _arrested_on(name: str, name_ent: str, noun: str, noun_pos: str = "NOUN") -> Doc:
    """ "Pakistani police arrested two suspects on the <name> <noun> ." """
    rows: list[Row] = [
        ("Pakistani", 1, "amod", "ADJ", "B-NORP"),
        ("police", 2, "nsubj", "NOUN", "O"),
        ("arrested", 2, "ROOT", "VERB", "O"),
        ("two", 4, "nummod", "NUM", "O"),
        ("suspects", 2, "dobj", "NOUN", "O"),
        ("on", 2, "prep", "ADP", "O"),
        ("the", 8, "det", "DET", "O"),
        (name, 8, "compound", "PROPN", name_ent),
        (noun, 5, "pobj", noun_pos, "O"),
        (".", 2, "punct", "PUNCT", "O"),
    ]
    return _parse(rows)


def _found(doc: Doc) -> str | None:
    span = _town_in_front(doc[:], doc[2], rule_context(doc), 0)
    return doc.text[span[0] : span[1]] if span else None


@pytest.mark.unit
def test_a_town_in_front_of_a_site_noun_is_the_place_whatever_its_tag():
    # the small model tags "Faisalabad" of "the Faisalabad motorway" a person
    assert _found(_arrested_on("Faisalabad", "B-PERSON", "motorway")) == "Faisalabad"
    assert _found(_arrested_on("Faisalabad", "O", "premises")) == "Faisalabad"


@pytest.mark.unit
def test_an_act_a_name_of_its_own_a_province_or_a_foreign_brand_is_no_town_in_front():
    # "the Pahalgam attack" names an incident (read by _named_by), not where this one was
    assert _found(_arrested_on("Pahalgam", "O", "attack")) is None
    # "the Faisalabad Bypass": a proper name of its own ends the phrase
    assert _found(_arrested_on("Faisalabad", "O", "Bypass", "PROPN")) is None
    # a province says no more than the dateline
    assert _found(_arrested_on("Balochistan", "B-GPE", "highway")) is None
    # Toyota is a town of Japan, which a Pakistani article does not name: a car's make
    assert _found(_arrested_on("Toyota", "B-ORG", "car")) is None


def _report(text: str, via: str | None) -> dict[str, Any]:
    return {"location_entity": f"ent_{text.lower()}", "location_text": text, "location_via": via}


@pytest.mark.unit
def test_a_stated_town_outranks_the_town_of_the_force_that_acted():
    force = _report("Larkana", "force")
    # "The Larkana police registered an FIR ...", then "In Karachi, the law enforcers
    # detained 10 suspects": the town a sentence states, not the station's
    placed = event_place([force, _report("Karachi", "sentence")])
    assert placed is not None and placed["location_text"] == "Karachi"
    # a stated country says less than the station's town ("deported from the UAE")
    placed = event_place([force, _report("United Arab Emirates", "sentence")])
    assert placed is not None and placed["location_text"] == "Larkana"
    # a place borrowed from the next sentence or the dateline does not outrank it either
    placed = event_place([force, _report("Sukkur", "earlier"), _report("SUKKUR", "dateline")])
    assert placed is not None and placed["location_text"] == "Larkana"
    # and a stated town told first stays the event's, as before
    placed = event_place([_report("Ghotki", "sentence"), force, _report("Karachi", "sentence")])
    assert placed is not None and placed["location_text"] == "Ghotki"


def _named(text: str) -> Mention:
    return Mention(0, len(text), text, "GPE", text.lower(), 0)


@pytest.mark.unit
def test_a_name_held_only_abroad_is_lent_to_no_next_sentence():
    pakistan = frozenset({"PK"})
    # "stole a Toyota Fortuner ...": Toyota is a town of Japan only, the article's places
    # lie in Pakistan: a make, not where the next sentence's arrest was
    assert not _placed_there(_named("Toyota"), "the gang allegedly stole a ", pakistan)
    # "by her husband, Sarwar, outside ...": a town of India's name, a man here
    assert not _placed_there(_named("Sarwar"), "was injured by her husband, ", pakistan)
    # written where a place goes, it is one; so is a town that lies in the article's country
    assert _placed_there(_named("Toyota"), "a factory in ", pakistan)
    assert _placed_there(_named("Sibi"), "two men were shot ", pakistan)
    # an article with no other resolved place keeps the gazetteer's word, as before
    assert _placed_there(_named("Toyota"), "the gang allegedly stole a ", frozenset())
    assert _placed_there(_named("Toyota"), "the gang allegedly stole a ", frozenset({"JP"}))
