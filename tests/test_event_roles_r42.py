"""Roles of session 42 (issue 15): an object "him" stands for the person its sentence named
before it, never its own clause's subject ("Police chased the suspect and arrested him":
:func:`dossier.extract.events.roles_objects.object_antecedent`); whose attack a subject "came
under" is its "from" phrase (:func:`dossier.extract.events.roles_objects.came_under_from`);
the possessor of an act noun with its own "by" agent is whom it was done to ("Varlo's
shooting by an officer": :func:`dossier.extract.events.roles._possessor_undergoes`). Parses
are built by hand, as the shipped model gives them (invented name: Varlo)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.roles import _antecedent
from dossier.extract.events.roles_objects import object_antecedent
from tests.hand_parses import TaggedRow, event_roles, tagged

pytestmark = pytest.mark.unit

Row = TaggedRow
_doc = tagged


_events = event_roles


def _chased_and_arrested(subject: str, lemma: str, tag: str) -> Doc:
    # "Police chased the suspect and arrested him near the bridge ."
    return _doc(
        [
            (subject, lemma, 1, "nsubj", "NOUN", tag, "O"),
            ("chased", "chase", 1, "ROOT", "VERB", "VBD", "O"),
            ("the", "the", 3, "det", "DET", "DT", "O"),
            ("suspect", "suspect", 1, "dobj", "NOUN", "NN", "O"),
            ("and", "and", 1, "cc", "CCONJ", "CC", "O"),
            ("arrested", "arrest", 1, "conj", "VERB", "VBD", "O"),
            ("him", "he", 5, "dobj", "PRON", "PRP", "O"),
            ("near", "near", 5, "prep", "ADP", "IN", "O"),
            ("the", "the", 9, "det", "DET", "DT", "O"),
            ("bridge", "bridge", 7, "pobj", "NOUN", "NN", "O"),
            (".", ".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_an_object_him_is_the_person_named_before_it():
    doc = _chased_and_arrested("Police", "police", "NNS")
    assert object_antecedent(doc[6]).text == "suspect"
    assert _events(doc) == [("COERCE", "arrested", ["Police"], ["the suspect"])]


def test_an_object_him_is_never_the_subject_of_its_own_clause():
    # "The officer chased the suspect and arrested him": the officer is a person, yet the
    # one arrested is the suspect
    doc = _chased_and_arrested("officer", "officer", "NN")
    assert object_antecedent(doc[6]).text == "suspect"


def test_an_object_him_with_no_person_before_it_stays_unresolved():
    # "The officer arrested him near the bridge ."
    doc = _doc(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            ("officer", "officer", 2, "nsubj", "NOUN", "NN", "O"),
            ("arrested", "arrest", 2, "ROOT", "VERB", "VBD", "O"),
            ("him", "he", 2, "dobj", "PRON", "PRP", "O"),
            ("near", "near", 2, "prep", "ADP", "IN", "O"),
            ("the", "the", 6, "det", "DET", "DT", "O"),
            ("bridge", "bridge", 4, "pobj", "NOUN", "NN", "O"),
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert object_antecedent(doc[3]) is None
    assert _events(doc) == [("COERCE", "arrested", ["The officer"], [])]


def test_an_object_him_under_a_verb_of_saying_stays_unresolved():
    # "The lawyer told the judge that police beat him ."
    doc = _doc(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            ("lawyer", "lawyer", 2, "nsubj", "NOUN", "NN", "O"),
            ("told", "tell", 2, "ROOT", "VERB", "VBD", "O"),
            ("the", "the", 4, "det", "DET", "DT", "O"),
            ("judge", "judge", 2, "dobj", "NOUN", "NN", "O"),
            ("that", "that", 7, "mark", "SCONJ", "IN", "O"),
            ("police", "police", 7, "nsubj", "NOUN", "NNS", "O"),
            ("beat", "beat", 2, "ccomp", "VERB", "VBD", "O"),
            ("him", "he", 7, "dobj", "PRON", "PRP", "O"),
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert object_antecedent(doc[8]) is None


def _came_under(source: Row) -> Doc:
    # "The convoy came under attack from militants ."
    return _doc(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            ("convoy", "convoy", 2, "nsubj", "NOUN", "NN", "O"),
            ("came", "come", 2, "ROOT", "VERB", "VBD", "O"),
            ("under", "under", 2, "prep", "ADP", "IN", "O"),
            ("attack", "attack", 3, "pobj", "NOUN", "NN", "O"),
            ("from", "from", 4, "prep", "ADP", "IN", "O"),
            source,
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_whose_attack_a_subject_came_under_is_its_from_phrase():
    doc = _came_under(("militants", "militant", 5, "pobj", "NOUN", "NNS", "O"))
    assert _events(doc) == [("ASSAULT", "attack", ["militants"], ["The convoy"])]


def test_a_place_an_attack_came_from_is_no_one():
    doc = _came_under(("Ostrand", "Ostrand", 5, "pobj", "PROPN", "NNP", "B-GPE"))
    assert _events(doc) == [("ASSAULT", "attack", [], ["The convoy"])]


def test_the_possessor_of_an_act_with_a_by_agent_is_its_target():
    # "Varlo's shooting by an officer shocked the team ."
    doc = _doc(
        [
            ("Varlo", "Varlo", 2, "poss", "PROPN", "NNP", "B-PERSON"),
            ("'s", "'s", 0, "case", "PART", "POS", "O"),
            ("shooting", "shooting", 6, "nsubj", "NOUN", "NN", "O"),
            ("by", "by", 2, "prep", "ADP", "IN", "O"),
            ("an", "an", 5, "det", "DET", "DT", "O"),
            ("officer", "officer", 3, "pobj", "NOUN", "NN", "O"),
            ("shocked", "shock", 6, "ROOT", "VERB", "VBD", "O"),
            ("the", "the", 8, "det", "DET", "DT", "O"),
            ("team", "team", 6, "dobj", "NOUN", "NN", "O"),
            (".", ".", 6, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert _events(doc) == [("ASSAULT", "shooting", ["an officer"], ["Varlo"])]


def test_a_subject_of_a_clause_above_is_still_whom_him_stands_for():
    # "Police said Varlo was standing outside his home when suspects shot him ."
    doc = _doc(
        [
            ("Police", "police", 1, "nsubj", "NOUN", "NNS", "O"),
            ("said", "say", 1, "ROOT", "VERB", "VBD", "O"),
            ("Varlo", "Varlo", 4, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("was", "be", 4, "aux", "AUX", "VBD", "O"),
            ("standing", "stand", 1, "ccomp", "VERB", "VBG", "O"),
            ("outside", "outside", 4, "prep", "ADP", "IN", "O"),
            ("his", "his", 7, "poss", "PRON", "PRP$", "O"),
            ("home", "home", 5, "pobj", "NOUN", "NN", "O"),
            ("when", "when", 10, "advmod", "SCONJ", "WRB", "O"),
            ("suspects", "suspect", 10, "nsubj", "NOUN", "NNS", "O"),
            ("shot", "shoot", 4, "advcl", "VERB", "VBD", "O"),
            ("him", "he", 10, "dobj", "PRON", "PRP", "O"),
            (".", ".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert _antecedent(doc[11]).text == "Varlo"


def test_the_speaker_is_not_whom_a_reported_her_stands_for():
    # "Telmar said armed men barged into Ostra 's house and kidnapped her ."
    doc = _doc(
        [
            ("Telmar", "Telmar", 1, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("said", "say", 1, "ROOT", "VERB", "VBD", "O"),
            ("armed", "armed", 3, "amod", "ADJ", "JJ", "O"),
            ("men", "man", 4, "nsubj", "NOUN", "NNS", "O"),
            ("barged", "barge", 1, "ccomp", "VERB", "VBD", "O"),
            ("into", "into", 4, "prep", "ADP", "IN", "O"),
            ("Ostra", "Ostra", 8, "poss", "PROPN", "NNP", "B-GPE"),
            ("'s", "'s", 6, "case", "PART", "POS", "O"),
            ("house", "house", 5, "pobj", "NOUN", "NN", "O"),
            ("and", "and", 4, "cc", "CCONJ", "CC", "O"),
            ("kidnapped", "kidnap", 4, "conj", "VERB", "VBD", "O"),
            ("her", "she", 10, "dobj", "PRON", "PRP", "O"),
            (".", ".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )
    assert _antecedent(doc[11]) is None
    assert object_antecedent(doc[11]) is None


def _threatened(victim: Row) -> Doc:
    # "Gunmen demanded money from a businessman , threatening to kill him ."
    return _doc(
        [
            ("Gunmen", "gunman", 1, "nsubj", "NOUN", "NNS", "O"),
            ("demanded", "demand", 1, "ROOT", "VERB", "VBD", "O"),
            ("money", "money", 1, "dobj", "NOUN", "NN", "O"),
            ("from", "from", 1, "prep", "ADP", "IN", "O"),
            ("a", "a", 5, "det", "DET", "DT", "O"),
            victim,
            (",", ",", 1, "punct", "PUNCT", ",", "O"),
            ("threatening", "threaten", 1, "advcl", "VERB", "VBG", "O"),
            ("to", "to", 9, "aux", "PART", "TO", "O"),
            ("kill", "kill", 7, "xcomp", "VERB", "VB", "O"),
            ("him", "he", 9, "dobj", "PRON", "PRP", "O"),
            (".", ".", 1, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_a_word_for_one_person_by_trade_is_whom_him_stands_for():
    doc = _threatened(("businessman", "businessman", 3, "pobj", "NOUN", "NN", "O"))
    assert object_antecedent(doc[10]).text == "businessman"


def test_a_thing_with_a_doer_ending_is_no_one():
    # "... demanded money from a warrant ...": "-ant" makes things too
    doc = _threatened(("warrant", "warrant", 3, "pobj", "NOUN", "NN", "O"))
    assert object_antecedent(doc[10]) is None
