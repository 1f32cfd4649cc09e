"""Who took part (session 32, issue 15): sides told "between" them and an act laid on its
doer by a participle. "A ceasefire deal was signed between warring tribes" names one plural
for every side of the pact, so it is actor and target both (as "each other" is); "talks
between Pakistan and India" are coded one side with the other, not two targets with no
actor; "an attack blamed on the Taliban" lays the act on the Taliban as the passive "the
attack was blamed on the Taliban" does. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from dossier.extract.events.assembly import extract_events
from tests.test_event_what_r14 import VOCAB

Row = tuple[str, str, int, str, str, str]


def _doc(rows: list[Row], ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag), with the token
    ranges ``ents`` tagged with their labels."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def _events(doc: Doc) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger, actors, targets) of each event, as text."""
    starts = {s.start_char: n for n, s in enumerate(doc.sents)}
    text = doc.text

    def said(span: tuple[int, int]) -> str:
        return text[span[0] : span[1]]

    return [
        (e.type, said(e.trigger), [said(a) for a in e.actors], [said(t) for t in e.targets])
        for e in extract_events(doc, [], [], starts)
    ]


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
