"""Who took part (session 32, issue 15): sides told "between" them, an act laid on its doer
by a participle, and the ground a protest is held on. "A ceasefire deal was signed between
warring tribes" names one plural for every side of the pact, so it is actor and target both
(as "each other" is); "talks between Pakistan and India" are coded one side with the other,
not two targets with no actor; "an attack blamed on the Taliban" lays the act on the Taliban
as the passive "the attack was blamed on the Taliban" does; "a protest on the main road" was
held there, not against the road (an "against" phrase the parser hung on the road is whom).
Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from tests.hand_parses import event_roles
from tests.test_event_what_r14 import VOCAB

Row = tuple[str, str, int, str, str, str]


def _doc(rows: list[Row], ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag), with the token
    ranges ``ents`` tagged with their labels."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


_events = event_roles


# "A ceasefire deal was signed between warring tribes ."
SIGNED_BETWEEN: list[Row] = [
    ("A", "a", 2, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 2, "compound", "NOUN", "NN"),
    ("deal", "deal", 4, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 4, "auxpass", "AUX", "VBD"),
    ("signed", "sign", 4, "ROOT", "VERB", "VBN"),
    ("between", "between", 4, "prep", "ADP", "IN"),
    ("warring", "war", 7, "amod", "VERB", "VBG"),
    ("tribes", "tribe", 5, "pobj", "NOUN", "NNS"),
    (".", ".", 4, "punct", "PUNCT", "."),
]

# "Talks between Pakistan and India were held ."
TALKS_BETWEEN_TWO: list[Row] = [
    ("Talks", "talk", 6, "nsubjpass", "NOUN", "NNS"),
    ("between", "between", 0, "prep", "ADP", "IN"),
    ("Pakistan", "Pakistan", 1, "pobj", "PROPN", "NNP"),
    ("and", "and", 2, "cc", "CCONJ", "CC"),
    ("India", "India", 2, "conj", "PROPN", "NNP"),
    ("were", "be", 6, "auxpass", "AUX", "VBD"),
    ("held", "hold", 6, "ROOT", "VERB", "VBN"),
    (".", ".", 6, "punct", "PUNCT", "."),
]

# "Talks between the two sides were held ."
TALKS_BETWEEN_SIDES: list[Row] = [
    ("Talks", "talk", 6, "nsubjpass", "NOUN", "NNS"),
    ("between", "between", 0, "prep", "ADP", "IN"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("two", "two", 4, "nummod", "NUM", "CD"),
    ("sides", "side", 1, "pobj", "NOUN", "NNS"),
    ("were", "be", 6, "auxpass", "AUX", "VBD"),
    ("held", "hold", 6, "ROOT", "VERB", "VBN"),
    (".", ".", 6, "punct", "PUNCT", "."),
]

# "Talks with the two sides were held ." (no "between": whom, nobody who acted)
TALKS_WITH_SIDES: list[Row] = [
    ("Talks", "talk", 6, "nsubjpass", "NOUN", "NNS"),
    ("with", "with", 0, "prep", "ADP", "IN"),
    *TALKS_BETWEEN_SIDES[2:],
]

# "Mediation between the two sides was held ." (a third party's act: the sides are whom)
MEDIATION_BETWEEN_SIDES: list[Row] = [
    ("Mediation", "mediation", 6, "nsubjpass", "NOUN", "NN"),
    *TALKS_BETWEEN_SIDES[1:5],
    ("was", "be", 6, "auxpass", "AUX", "VBD"),
    *TALKS_BETWEEN_SIDES[6:],
]

# "Talks between US Boehler and Taliban officials were held ." (two sides the parser folded
# into one plural's modifiers: no side is both)
TALKS_FOLDED_SIDES: list[Row] = [
    ("Talks", "talk", 8, "nsubjpass", "NOUN", "NNS"),
    ("between", "between", 0, "prep", "ADP", "IN"),
    ("US", "US", 3, "compound", "PROPN", "NNP"),
    ("Boehler", "Boehler", 6, "compound", "PROPN", "NNP"),
    ("and", "and", 3, "cc", "CCONJ", "CC"),
    ("Taliban", "Taliban", 3, "conj", "PROPN", "NNP"),
    ("officials", "official", 1, "pobj", "NOUN", "NNS"),
    ("were", "be", 8, "auxpass", "AUX", "VBD"),
    ("held", "hold", 8, "ROOT", "VERB", "VBN"),
    (".", ".", 8, "punct", "PUNCT", "."),
]

# "An attack blamed on the Taliban killed six people ."
BLAMED_ON: list[Row] = [
    ("An", "an", 1, "det", "DET", "DT"),
    ("attack", "attack", 6, "nsubj", "NOUN", "NN"),
    ("blamed", "blame", 1, "acl", "VERB", "VBN"),
    ("on", "on", 2, "prep", "ADP", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("Taliban", "Taliban", 3, "pobj", "PROPN", "NNP"),
    ("killed", "kill", 6, "ROOT", "VERB", "VBD"),
    ("six", "six", 8, "nummod", "NUM", "CD"),
    ("people", "people", 6, "dobj", "NOUN", "NNS"),
    (".", ".", 6, "punct", "PUNCT", "."),
]

# "An attack blamed on negligence killed six people ." (no one: no doer)
BLAMED_ON_THING: list[Row] = [
    ("An", "an", 1, "det", "DET", "DT"),
    ("attack", "attack", 5, "nsubj", "NOUN", "NN"),
    ("blamed", "blame", 1, "acl", "VERB", "VBN"),
    ("on", "on", 2, "prep", "ADP", "IN"),
    ("negligence", "negligence", 3, "pobj", "NOUN", "NN"),
    ("killed", "kill", 5, "ROOT", "VERB", "VBD"),
    ("six", "six", 7, "nummod", "NUM", "CD"),
    ("people", "people", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 5, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_one_plural_between_is_every_side_of_the_pact() -> None:
    assert _events(_doc(SIGNED_BETWEEN)) == [
        ("AGREE", "signed", ["warring tribes"], ["warring tribes"])
    ]


@pytest.mark.unit
def test_talks_between_two_named_sides_are_one_with_the_other() -> None:
    doc = _doc(TALKS_BETWEEN_TWO, ((2, 3, "GPE"), (4, 5, "GPE")))
    assert _events(doc) == [("CONSULT", "Talks", ["Pakistan"], ["India"])]


@pytest.mark.unit
def test_talks_between_one_plural_are_the_sides_with_each_other() -> None:
    assert _events(_doc(TALKS_BETWEEN_SIDES)) == [
        ("CONSULT", "Talks", ["the two sides"], ["the two sides"])
    ]


@pytest.mark.unit
def test_mediation_between_sides_names_no_side_as_the_mediator() -> None:
    assert _events(_doc(MEDIATION_BETWEEN_SIDES)) == [
        ("CONSULT", "Mediation", [], ["the two sides"])
    ]


@pytest.mark.unit
def test_sides_folded_into_one_plural_are_not_both_sides() -> None:
    found = _events(_doc(TALKS_FOLDED_SIDES, ((2, 3, "GPE"), (3, 4, "PERSON"), (5, 6, "ORG"))))
    assert [(e[0], e[2]) for e in found] == [("CONSULT", [])]


@pytest.mark.unit
def test_talks_with_a_plural_name_whom_only() -> None:
    assert _events(_doc(TALKS_WITH_SIDES)) == [("CONSULT", "Talks", [], ["the two sides"])]


@pytest.mark.unit
def test_an_act_blamed_on_someone_by_a_participle_was_done_by_them() -> None:
    found = _events(_doc(BLAMED_ON, ((5, 6, "ORG"),)))
    assert ("ASSAULT", "killed", ["the Taliban"], ["six people"]) in found


@pytest.mark.unit
def test_an_act_blamed_on_a_thing_names_no_doer() -> None:
    found = _events(_doc(BLAMED_ON_THING))
    assert [e for e in found if e[0] == "ASSAULT"] == [("ASSAULT", "killed", [], ["six people"])]


# "Residents held a protest on the main road against the police ."
PROTEST_ON_ROAD: list[Row] = [
    ("Residents", "resident", 1, "nsubj", "NOUN", "NNS"),
    ("held", "hold", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("protest", "protest", 1, "dobj", "NOUN", "NN"),
    ("on", "on", 3, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("main", "main", 7, "amod", "ADJ", "JJ"),
    ("road", "road", 4, "pobj", "NOUN", "NN"),
    ("against", "against", 7, "prep", "ADP", "IN"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("police", "police", 8, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]

# "Residents held a protest on the main road ." (where only)
PROTEST_ON_ROAD_ONLY: list[Row] = [*PROTEST_ON_ROAD[:8], (".", ".", 1, "punct", "PUNCT", ".")]

# "Residents held a protest on the pilgrims ." (a protest "on" people keeps them)
PROTEST_ON_PEOPLE: list[Row] = [
    *PROTEST_ON_ROAD[:5],
    ("the", "the", 6, "det", "DET", "DT"),
    ("pilgrims", "pilgrim", 4, "pobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_road_a_protest_is_held_on_is_no_target() -> None:
    assert _events(_doc(PROTEST_ON_ROAD_ONLY)) == [("PROTEST", "protest", ["Residents"], [])]


@pytest.mark.unit
def test_against_hung_on_the_ground_of_a_protest_is_whom() -> None:
    assert _events(_doc(PROTEST_ON_ROAD)) == [("PROTEST", "protest", ["Residents"], ["the police"])]


@pytest.mark.unit
def test_a_protest_on_people_keeps_them() -> None:
    assert _events(_doc(PROTEST_ON_PEOPLE)) == [
        ("PROTEST", "protest", ["Residents"], ["the pilgrims"])
    ]
