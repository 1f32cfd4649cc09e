"""Statements and acts told with no word of the lexicon (session 38, issue 15): a party said to
cause or spread a wrong (ACCUSE), "slam"/"assail" as condemnation (ACCUSE), and the nouns
"counterattack", "counteroffensive", "hijacking" (ASSAULT).
Unit tests read hand-built parses (no model); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.extract.events.lexicon import _trigger
from dossier.extract.events.wrongs_caused import accusing_cause, cause_accused
from tests.test_event_roles_r19 import _doc

pytestmark = pytest.mark.unit


def _caused(
    subject: tuple[str, str, str] = ("Velmora", "Velmora", "PROPN"),
    obj: tuple[str, str] = ("wars", "war"),
    said: bool = True,
):
    """ "Ostrand said Velmora has caused wars ." (or the clause alone, ``said=False``)."""
    word, lemma, pos = subject
    rows = [
        ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
        ("said", "say", 1, "ROOT", "VERB", "VBD"),
        (word, lemma, 4, "nsubj", pos, "NNP" if pos == "PROPN" else "NNS"),
        ("has", "have", 4, "aux", "AUX", "VBZ"),
        ("caused", "cause", 1, "ccomp", "VERB", "VBN"),
        (obj[0], obj[1], 4, "dobj", "NOUN", "NNS"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    if not said:
        rows = [(w, lm, h - 2, d, p, t) for w, lm, h, d, p, t in rows[2:]]
        rows[2] = ("caused", "cause", 2, "ROOT", "VERB", "VBN")
        rows[4] = (".", ".", 2, "punct", "PUNCT", ".")
    doc = _doc(rows)
    ents = [Span(doc, 0, 1, label="PERSON")] if said else []
    if pos == "PROPN":
        at = 2 if said else 0
        ents.append(Span(doc, at, at + 1, label="GPE"))
    doc.ents = ents
    return doc


def test_a_party_said_to_cause_wars_is_accused_by_the_speaker():
    doc = _caused()
    assert accusing_cause(doc[4]) == ("ACCUSE", "allege")
    accusers, accused = cause_accused(doc[4])
    assert [t.text for t in accusers] == ["Ostrand"]
    assert [t.text for t in accused] == ["Velmora"]


def test_the_outlets_own_telling_accuses_no_one():
    doc = _caused(said=False)
    assert accusing_cause(doc[2]) is None


@pytest.mark.parametrize(
    "subject",
    [
        ("floods", "flood", "NOUN"),  # no one's act
        ("militants", "militant", "NOUN"),  # a wrongdoer's word: an attack's telling
        ("they", "they", "PRON"),  # left to no one here
    ],
)
def test_a_cause_that_is_no_party_accuses_no_one(subject):
    doc = _caused(subject=subject)
    assert accusing_cause(doc[4]) is None


def test_what_is_caused_must_be_a_wrong():
    assert accusing_cause(_caused(obj=("delays", "delay"))[4]) is None
    assert accusing_cause(_caused(obj=("terrorism", "terrorism"))[4]) == ("ACCUSE", "allege")


def _loss(of: str) -> object:
    """ "Ostrand said Velmora caused the loss of <of> ." """
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("said", "say", 1, "ROOT", "VERB", "VBD"),
            ("Velmora", "Velmora", 3, "nsubj", "PROPN", "NNP"),
            ("caused", "cause", 1, "ccomp", "VERB", "VBD"),
            ("the", "the", 5, "det", "DET", "DT"),
            ("loss", "loss", 3, "dobj", "NOUN", "NN"),
            ("of", "of", 5, "prep", "ADP", "IN"),
            (of, "life" if of == "lives" else of, 6, "pobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 3, label="GPE")]
    return doc


def test_a_loss_is_a_wrong_only_when_lives_are_lost():
    assert accusing_cause(_loss("lives")[3]) == ("ACCUSE", "allege")
    assert accusing_cause(_loss("revenue")[3]) is None


def _slam(rows_after: list[tuple[str, str, int, str, str, str]], passive: bool = False):
    """ "Kestria slammed ..." with the rest of the clause given."""
    rows = [("Kestria", "Kestria", 1, "nsubj", "PROPN", "NNP")]
    if passive:
        rows = [
            ("Kestria", "Kestria", 2, "nsubjpass", "PROPN", "NNP"),
            ("was", "be", 2, "auxpass", "AUX", "VBD"),
        ]
    at = len(rows)
    rows.append(("slammed", "slam", at, "ROOT", "VERB", "VBD" if not passive else "VBN"))
    rows += [(w, lm, h + at, d, p, t) for w, lm, h, d, p, t in rows_after]
    doc = _doc(rows)
    return doc, at


def test_slamming_a_statement_is_a_condemnation():
    doc, at = _slam(
        [
            ("the", "the", 2, "det", "DET", "DT"),
            ("remarks", "remark", 0, "dobj", "NOUN", "NNS"),
            (".", ".", 0, "punct", "PUNCT", "."),
        ]
    )
    assert _trigger(doc[at]) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    "rest",
    [
        # "... slammed into a van ."
        [
            ("into", "into", 0, "prep", "ADP", "IN"),
            ("a", "a", 3, "det", "DET", "DT"),
            ("van", "van", 1, "pobj", "NOUN", "NN"),
            (".", ".", 0, "punct", "PUNCT", "."),
        ],
        # "... slammed the door shut ."
        [
            ("the", "the", 2, "det", "DET", "DT"),
            ("door", "door", 0, "dobj", "NOUN", "NN"),
            ("shut", "shut", 0, "oprd", "ADJ", "JJ"),
            (".", ".", 0, "punct", "PUNCT", "."),
        ],
    ],
)
def test_a_blow_or_a_crash_is_no_condemnation(rest):
    doc, at = _slam(rest)
    assert _trigger(doc[at]) is None


def test_a_passive_slam_is_no_condemnation():
    doc, at = _slam([(".", ".", 0, "punct", "PUNCT", ".")], passive=True)
    assert _trigger(doc[at]) is None


@pytest.mark.parametrize("noun", ["counterattack", "counteroffensive", "hijacking"])
def test_nouns_of_attack_in_answer_and_of_hijacking_are_assaults(noun):
    doc = _doc(
        [
            ("The", "the", 1, "det", "DET", "DT"),
            (noun, noun, 2, "nsubj", "NOUN", "NN"),
            ("began", "begin", 2, "ROOT", "VERB", "VBD"),
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert _trigger(doc[1])[0] == "ASSAULT"


def _caught(
    prep: tuple[str, str] | None = None, caught: tuple[str, str, str] = ("man", "man", "NOUN")
):
    """ "The man was caught [in/on <prep>] ." """
    word, lemma, pos = caught
    rows = [
        ("The", "the", 1, "det", "DET", "DT"),
        (word, lemma, 3, "nsubjpass", pos, "NN"),
        ("was", "be", 3, "auxpass", "AUX", "VBD"),
        ("caught", "catch", 3, "ROOT", "VERB", "VBN"),
    ]
    if prep is not None:
        rows += [
            (prep[0], prep[0], 3, "prep", "ADP", "IN"),
            ("the", "the", 6, "det", "DET", "DT"),
            (prep[1], prep[1], 4, "pobj", "NOUN", "NN"),
        ]
    rows.append((".", ".", 3, "punct", "PUNCT", "."))
    return _doc(rows)


def test_someone_caught_is_arrested():
    assert _trigger(_caught()[3]) == ("COERCE", "arrest")
    assert _trigger(_caught(("in", "city"))[3]) == ("COERCE", "arrest")


@pytest.mark.parametrize(
    ("prep", "caught"),
    [
        (("in", "blast"), ("man", "man", "NOUN")),  # harmed, not held
        (("in", "crossfire"), ("man", "man", "NOUN")),
        (("on", "camera"), ("man", "man", "NOUN")),  # filmed
        (("in", "torrent"), ("man", "man", "NOUN")),  # swept away
        (None, ("van", "van", "NOUN")),  # a thing is no one arrested
    ],
)
def test_caught_in_a_blast_on_camera_or_a_thing_caught_is_no_arrest(prep, caught):
    assert _trigger(_caught(prep, caught)[3]) is None
