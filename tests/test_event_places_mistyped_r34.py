"""Places of events, session 34 (issue 15): a name in an act's own "in/at/near" phrase that
the model typed a person or a group, or left untagged, is the act's place when its last word
is a place word ("in Sohrab Goth", "in Mohammad Ali Society", "at Babarloi bypass") or the
article writes it elsewhere as a place ("the DHA area"); a name with an article ("in the
Royal Society"), a man's name, a date, and initials the article writes nowhere else as a
place are none. Sentences written for these tests; the unit tests read parses written by
hand, the nlp test the model's."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier.extract.events.place_time import _mistyped_place
from tests.trigger_places import trigger_places

Row = tuple[str, str, str, int, str, str]  # word, part of speech, dependency, head, lemma, IOB


def _parsed(rows: list[Row]) -> Doc:
    """A parse written by hand: the place rule reads the parse and the entity types only,
    so no model is needed to test it."""
    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=[r[5] for r in rows],
    )


def _shot_in(*name: tuple[str, str, str]) -> list[Row]:
    """ "Robbers shot him in <name> ." with each word of the name as (word, part of speech,
    IOB entity tag), the last the object of "in", those before it its compounds."""
    last = 4 + len(name) - 1
    rows: list[Row] = [
        ("Robbers", "NOUN", "nsubj", 1, "robber", "O"),
        ("shot", "VERB", "ROOT", 1, "shoot", "O"),
        ("him", "PRON", "dobj", 1, "he", "O"),
        ("in", "ADP", "prep", 1, "in", "O"),
    ]
    for i, (word, pos, iob) in enumerate(name):
        dep = "pobj" if 4 + i == last else ("det" if pos == "DET" else "compound")
        rows.append((word, pos, dep, 3 if dep == "pobj" else last, word, iob))
    rows.append((".", "PUNCT", "punct", 1, ".", "O"))
    return rows


def _place(rows: list[Row]) -> str | None:
    doc = _parsed(rows)
    pobj = next(t for t in doc if t.dep_ == "pobj")
    found = _mistyped_place(pobj)
    return None if found is None else doc.text[found[0] : found[1]]


@pytest.mark.unit
def test_a_name_ending_in_a_place_word_is_a_place_whatever_its_type():
    untagged = _shot_in(("Sohrab", "PROPN", "O"), ("Goth", "PROPN", "O"))
    assert _place(untagged) == "Sohrab Goth"
    person = _shot_in(
        ("Mohammad", "PROPN", "B-PERSON"),
        ("Ali", "PROPN", "I-PERSON"),
        ("Society", "PROPN", "I-PERSON"),
    )
    assert _place(person) == "Mohammad Ali Society"
    # a lower-case place word after a name the model typed a person: the name and the word
    rows = _shot_in(("Babarloi", "PROPN", "B-PERSON"), ("bypass", "NOUN", "O"))
    assert _place(rows) == "Babarloi bypass"


@pytest.mark.unit
def test_a_body_a_man_and_a_date_are_no_place():
    # "in the Royal Society": a name with an article is a body's
    body = _shot_in(("the", "DET", "O"), ("Royal", "PROPN", "B-ORG"), ("Society", "PROPN", "I-ORG"))
    assert _place(body) is None
    # a man's name, with no place word and written nowhere else as a place
    man = _shot_in(("Imran", "PROPN", "B-PERSON"), ("Khan", "PROPN", "I-PERSON"))
    assert _place(man) is None
    # a place word alone is no name ("in Town"); a date the model typed is not read here
    assert _place(_shot_in(("Town", "PROPN", "O"))) is None
    month = _shot_in(("March", "PROPN", "B-DATE"), ("Colony", "PROPN", "I-DATE"))
    assert _place(month) is None


@pytest.mark.unit
def test_initials_are_a_place_only_where_the_article_writes_them_as_one():
    alone = _shot_in(("DHA", "PROPN", "B-ORG"))
    assert _place(alone) is None
    # "... . He lived in the DHA area ." after the act: the same initials before a place noun
    elsewhere: list[Row] = [
        ("He", "PRON", "nsubj", 7, "he", "O"),
        ("lived", "VERB", "ROOT", 7, "live", "O"),
        ("in", "ADP", "prep", 7, "in", "O"),
        ("the", "DET", "det", 11, "the", "O"),
        ("DHA", "PROPN", "compound", 11, "DHA", "B-ORG"),
        ("area", "NOUN", "pobj", 8, "area", "O"),
        (".", "PUNCT", "punct", 7, ".", "O"),
    ]
    assert _place(alone + elsewhere) == "DHA"


@pytest.mark.nlp
def test_the_own_phrase_places_the_act_through_the_parser(nlp):
    text = "A Rangers man was shot dead by robbers in Sohrab Goth on Sunday afternoon."
    assert trigger_places(nlp, text)["shot"] == "Sohrab Goth"
    text = "The minister was attacked in Parliament on Friday."
    assert trigger_places(nlp, text)["attacked"] is None
