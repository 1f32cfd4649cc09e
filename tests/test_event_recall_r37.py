"""Statements told with no word of their type (session 37, issue 15): a side that says it will
not let a named party act (THREATEN), a readiness to answer with force (THREATEN), and a demand
told under a view or a joined clause of what someone says (REQUEST), a named party
called a wrongdoer (ACCUSE).
Unit tests read hand-built parses (no model); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.extract.events.statements import (
    accusing_name,
    demander_and_demanded,
    deontic_demand,
    force_held_out,
    named_and_namer,
    ready_copula,
    threat_parties,
)
from tests.test_event_roles_r19 import _doc

pytestmark = pytest.mark.unit


def _refusal(neg: bool = True, aux: str = "will", allowed: tuple[str, str, str] | None = None):
    """ "Ostrand said Velmora <aux> not allow the Kestrian army to cross ." """
    word, lemma, pos = allowed or ("army", "army", "NOUN")
    rows = [
        ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
        ("said", "say", 1, "ROOT", "VERB", "VBD"),
        ("Velmora", "Velmora", 5, "nsubj", "PROPN", "NNP"),
        (aux, aux, 5, "aux", "AUX", "MD"),
        (
            "not" if neg else "surely",
            "not" if neg else "surely",
            5,
            "neg" if neg else "advmod",
            "PART" if neg else "ADV",
            "RB",
        ),
        ("allow", "allow", 1, "ccomp", "VERB", "VB"),
        ("the", "the", 8, "det", "DET", "DT"),
        ("Kestrian", "Kestrian", 8, "amod", "ADJ", "JJ"),
        (word, lemma, 10, "nsubj", pos, "NN"),
        ("to", "to", 10, "aux", "PART", "TO"),
        ("cross", "cross", 5, "ccomp", "VERB", "VB"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]
    doc = _doc(rows)
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 3, label="GPE")]
    return doc


def test_refusing_to_let_a_named_party_act_is_a_threat():
    doc = _refusal()
    assert force_held_out(doc[5]) == ("THREATEN", None)
    actors, targets, _ = threat_parties(doc[5])
    assert [t.text for t in actors] == ["Velmora"]
    assert [t.text for t in targets] == ["army"]


@pytest.mark.parametrize(
    ("neg", "aux", "allowed"),
    [
        (False, "will", None),  # "will surely allow the army to cross": no refusal
        (True, "did", None),  # "did not allow": a past act, nothing held out
        (True, "will", ("soil", "soil", "NOUN")),  # "will not allow its soil to be used": a pledge
        (True, "will", ("anyone", "anyone", "PRON")),  # "will not allow anyone to": no one named
    ],
)
def test_no_threat_without_a_refusal_to_come_of_a_named_party(neg, aux, allowed):
    assert force_held_out(_refusal(neg, aux, allowed)[5]) is None


def _ready(adjective: str, answer: tuple[str, str], force: bool):
    """ "Velmora is <adjective> to <answer> any aggression [with full force] ." """
    rows = [
        ("Velmora", "Velmora", 1, "nsubj", "PROPN", "NNP"),
        ("is", "be", 1, "ROOT", "AUX", "VBZ"),
        (adjective, adjective, 1, "acomp", "ADJ", "JJ"),
        ("to", "to", 4, "aux", "PART", "TO"),
        (*answer, 2, "xcomp", "VERB", "VB"),
        ("any", "any", 6, "det", "DET", "DT"),
        ("emergency", "emergency", 4, "dobj", "NOUN", "NN"),
    ]
    if force:
        rows += [
            ("with", "with", 4, "prep", "ADP", "IN"),
            ("full", "full", 9, "amod", "ADJ", "JJ"),
            ("force", "force", 7, "pobj", "NOUN", "NN"),
        ]
    rows.append((".", ".", 1, "punct", "PUNCT", "."))
    doc = _doc(rows)
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    return doc


@pytest.mark.parametrize(
    ("adjective", "force", "threat"),
    [
        ("ready", True, True),  # "is ready to respond any emergency with full force"
        ("capable", True, True),
        ("ready", False, False),  # "ready to respond to any emergency": no force held out
        ("happy", True, False),  # no readiness
    ],
)
def test_readiness_to_answer_with_force_is_a_threat(adjective, force, threat):
    doc = _ready(adjective, ("respond", "respond"), force)
    assert (force_held_out(doc[4]) == ("THREATEN", None)) is threat
    if threat:
        assert ready_copula(doc[4]).i == 1
        actors, _, _ = threat_parties(doc[4])
        assert [t.text for t in actors] == ["Velmora"]


def _view(opining: str):
    """ "Ostrand said , “ I <opining> that Velmora 's weapons should be taken ." """
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("said", "say", 1, "ROOT", "VERB", "VBD"),
            (",", ",", 1, "punct", "PUNCT", ","),
            ("I", "I", 4, "nsubj", "PRON", "PRP"),
            (opining, opining, 1, "ccomp", "VERB", "VBP"),
            ("that", "that", 11, "mark", "SCONJ", "IN"),
            ("Velmora", "Velmora", 8, "poss", "PROPN", "NNP"),
            ("'s", "'s", 6, "case", "PART", "POS"),
            ("weapons", "weapon", 11, "nsubjpass", "NOUN", "NNS"),
            ("should", "should", 11, "aux", "AUX", "MD"),
            ("be", "be", 11, "auxpass", "AUX", "VB"),
            ("taken", "take", 4, "ccomp", "VERB", "VBN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 7, label="GPE")]
    return doc


@pytest.mark.parametrize(("opining", "demand"), [("believe", True), ("doubt", False)])
def test_a_demand_told_as_the_sayers_view(opining, demand):
    doc = _view(opining)
    assert (deontic_demand(doc[11]) == ("REQUEST", "demand")) is demand
    if demand:
        makers, asked = demander_and_demanded(doc[11])
        assert [t.text for t in makers] == ["Ostrand"]
        assert [t.text for t in asked] == ["Velmora"]  # whose weapons would be taken


def _joined(own_subject: bool, first_modal: bool):
    """ "Ostrand said that Velmora [must] face charges and [Kestria] must pay ." """
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("said", "say", 1, "ROOT", "VERB", "VBD"),
            ("that", "that", 5, "mark", "SCONJ", "IN"),
            ("Velmora", "Velmora", 5, "nsubj", "PROPN", "NNP"),
            (
                "must" if first_modal else "will",
                "must" if first_modal else "will",
                5,
                "aux",
                "AUX",
                "MD",
            ),
            ("face", "face", 1, "ccomp", "VERB", "VB"),
            ("charges", "charge", 5, "dobj", "NOUN", "NNS"),
            ("and", "and", 5, "cc", "CCONJ", "CC"),
            (
                "Kestria" if own_subject else "also",
                "Kestria" if own_subject else "also",
                10,
                "nsubj" if own_subject else "advmod",
                "PROPN" if own_subject else "ADV",
                "NNP",
            ),
            ("must", "must", 10, "aux", "AUX", "MD"),
            ("pay", "pay", 5, "conj", "VERB", "VB"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 3, 4, label="GPE")]
    return doc


@pytest.mark.parametrize(
    ("own_subject", "first_modal", "demand"),
    [
        (True, True, True),  # "... and Kestria must pay": a second demand, of Kestria
        (True, False, True),  # "Velmora will face charges and Kestria must pay"
        (False, True, False),  # "Velmora must face charges and also must pay": one demand
        (False, False, True),  # "Velmora will face charges and also must pay"
    ],
)
def test_a_demand_joined_to_a_told_clause_is_told(own_subject, first_modal, demand):
    doc = _joined(own_subject, first_modal)
    assert (deontic_demand(doc[10]) == ("REQUEST", "demand")) is demand
    if demand:
        makers, _ = demander_and_demanded(doc[10])
        assert [t.text for t in makers] == ["Ostrand"]


def test_a_clause_joined_to_the_saying_itself_is_not_told_by_it():
    """ "Ostrand spoke and Velmora must pay ." -- the demand is nobody's saying"""
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("spoke", "say", 1, "ROOT", "VERB", "VBD"),
            ("and", "and", 1, "cc", "CCONJ", "CC"),
            ("Velmora", "Velmora", 5, "nsubj", "PROPN", "NNP"),
            ("must", "must", 5, "aux", "AUX", "MD"),
            ("pay", "pay", 1, "conj", "VERB", "VB"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert deontic_demand(doc[5]) is None


def _called(subject: tuple[str, str, str, str], attribute: str, verb: str = "said"):
    """ "Ostrand <verb> <subject> is a <attribute> ." """
    word, lemma, pos, ent = subject
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            (verb, "say" if verb == "said" else "see", 1, "ROOT", "VERB", "VBD"),
            (word, lemma, 3, "nsubj", pos, "NN"),
            ("is", "be", 1, "ccomp", "AUX", "VBZ"),
            ("a", "a", 5, "det", "DET", "DT"),
            (attribute, attribute, 3, "attr", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    ents = [Span(doc, 0, 1, label="PERSON")]
    if ent:
        ents.append(Span(doc, 2, 3, label=ent))
    doc.ents = ents
    return doc


VELMORA = ("Velmora", "Velmora", "PROPN", "PERSON")


@pytest.mark.parametrize(
    ("subject", "attribute", "verb", "accused"),
    [
        (VELMORA, "murderer", "said", True),  # "Ostrand said Velmora is a murderer."
        (VELMORA, "terrorist", "said", True),
        (VELMORA, "leader", "said", False),  # no wrongdoer's word
        (VELMORA, "murderer", "saw", False),  # nobody says it
        # "the attackers were terrorists": a description of the wrongdoers, no one accused
        (("attacker", "attacker", "NOUN", ""), "terrorist", "said", False),
    ],
)
def test_a_named_party_called_a_wrongdoer_is_accused(subject, attribute, verb, accused):
    doc = _called(subject, attribute, verb)
    assert (accusing_name(doc[3]) == ("ACCUSE", "allege")) is accused
    if accused:
        accusers, parties = named_and_namer(doc[3])
        assert [t.text for t in accusers] == ["Ostrand"]
        assert [t.text for t in parties] == ["Velmora"]


def _labelled(origin: str, wrong: str):
    """ "Ostrand labelled Velmora as the <origin> of <wrong> ." """
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("labelled", "label", 1, "ROOT", "VERB", "VBD"),
            ("Velmora", "Velmora", 1, "dobj", "PROPN", "NNP"),
            ("as", "as", 1, "prep", "ADP", "IN"),
            ("the", "the", 5, "det", "DET", "DT"),
            (origin, origin, 3, "pobj", "NOUN", "NN"),
            ("of", "of", 5, "prep", "ADP", "IN"),
            (wrong, wrong, 6, "pobj", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 3, label="GPE")]
    return doc


@pytest.mark.parametrize(
    ("origin", "wrong", "accused"),
    [
        ("epicentre", "terrorism", True),
        ("sponsor", "terrorism", True),
        ("victim", "terrorism", False),  # "labelled X as the victim of terrorism"
        ("epicentre", "trade", False),  # no wrong
    ],
)
def test_a_party_labelled_the_origin_of_a_wrong_is_accused(origin, wrong, accused):
    doc = _labelled(origin, wrong)
    assert (accusing_name(doc[1]) == ("ACCUSE", "allege")) is accused
    if accused:
        accusers, parties = named_and_namer(doc[1])
        assert [t.text for t in accusers] == ["Ostrand"]
        assert [t.text for t in parties] == ["Velmora"]
