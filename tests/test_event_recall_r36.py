"""Events the development half's unmatched rows lacked (session 36, issue 15): a party's wrong
presented as shown ("proof of X's terrorism"), the involvement of a people's members, a
clause set against a told clause, a deal brokered, the closure of a way.
Unit tests read hand-built parses (no model); the sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.extract.events.lexicon import _trigger
from dossier.extract.events.statements import (
    accusing_involvement,
    agreement_reached,
    involved_and_accuser,
)
from tests.test_event_roles_r19 import _doc

pytestmark = pytest.mark.unit


def _proof(noun: tuple[str, str], wrong: tuple[str, str], verb: str = "said"):
    """ "Ostrand <verb> Velmora possesses <noun> of Kestria 's <wrong> ." """
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            (verb, "say" if verb == "said" else "see", 1, "ROOT", "VERB", "VBD"),
            ("Velmora", "Velmora", 3, "nsubj", "PROPN", "NNP"),
            ("possesses", "possess", 1, "ccomp", "VERB", "VBZ"),
            (*noun, 3, "dobj", "NOUN", "NN"),
            ("of", "of", 4, "prep", "ADP", "IN"),
            ("Kestria", "Kestria", 8, "poss", "PROPN", "NNP"),
            ("'s", "'s", 6, "case", "PART", "POS"),
            (*wrong, 5, "pobj", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [
        Span(doc, 0, 1, label="PERSON"),
        Span(doc, 2, 3, label="GPE"),
        Span(doc, 6, 7, label="GPE"),
    ]
    return doc


@pytest.mark.parametrize(
    ("noun", "wrong", "verb", "accused"),
    [
        # "Ostrand said Velmora possesses proof of Kestria's terrorism."
        (("proof", "proof"), ("terrorism", "terrorism"), "said", True),
        (("evidence", "evidence"), ("terrorism", "terrorism"), "said", True),
        # "... possesses a history of Kestria's terrorism": nothing presented as shown
        (("history", "history"), ("terrorism", "terrorism"), "said", False),
        # "... proof of Kestria's strikes": the strikes are an event of their own
        (("proof", "proof"), ("strikes", "strike"), "said", False),
        # "... proof of Kestria's victory": no wrong
        (("proof", "proof"), ("victory", "victory"), "said", False),
        # "Ostrand saw Velmora possesses proof ...": no one says it
        (("proof", "proof"), ("terrorism", "terrorism"), "saw", False),
    ],
)
def test_proof_of_a_partys_wrong_is_an_accusation(noun, wrong, verb, accused):
    doc = _proof(noun, wrong, verb)
    assert (accusing_involvement(doc[8]) == ("ACCUSE", "allege")) is accused
    if accused:
        accusers, parties = involved_and_accuser(doc[8])
        assert [t.text for t in accusers] == ["Ostrand"]
        assert [t.text for t in parties] == ["Kestria"]


def test_proof_in_a_clause_set_against_a_told_clause_is_told():
    """ "Ostrand stated that Kestria has presented nothing, whereas Velmora possesses proof of
    Kestria's terrorism." """
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("stated", "state", 1, "ROOT", "VERB", "VBD"),
            ("that", "that", 5, "mark", "SCONJ", "IN"),
            ("Kestria", "Kestria", 5, "nsubj", "PROPN", "NNP"),
            ("has", "have", 5, "aux", "AUX", "VBZ"),
            ("presented", "present", 1, "ccomp", "VERB", "VBN"),
            ("nothing", "nothing", 5, "dobj", "PRON", "NN"),
            (",", ",", 5, "punct", "PUNCT", ","),
            ("whereas", "whereas", 10, "mark", "SCONJ", "IN"),
            ("Velmora", "Velmora", 10, "nsubj", "PROPN", "NNP"),
            ("possesses", "possess", 5, "advcl", "VERB", "VBZ"),
            ("proof", "proof", 10, "dobj", "NOUN", "NN"),
            ("of", "of", 11, "prep", "ADP", "IN"),
            ("Kestria", "Kestria", 15, "poss", "PROPN", "NNP"),
            ("'s", "'s", 13, "case", "PART", "POS"),
            ("terrorism", "terrorism", 12, "pobj", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 13, 14, label="GPE")]
    assert accusing_involvement(doc[15]) == ("ACCUSE", "allege")
    assert [t.text for t in involved_and_accuser(doc[15])[0]] == ["Ostrand"]


def test_the_involvement_of_a_peoples_members_is_laid_at_them():
    """ "Ostrand said it was proof of the involvement of Kestrian nationals in terrorism." (the
    parser hangs "in terrorism" on the nationals)"""
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("said", "say", 1, "ROOT", "VERB", "VBD"),
            ("it", "it", 3, "nsubj", "PRON", "PRP"),
            ("was", "be", 1, "ccomp", "AUX", "VBD"),
            ("proof", "proof", 3, "attr", "NOUN", "NN"),
            ("of", "of", 4, "prep", "ADP", "IN"),
            ("the", "the", 7, "det", "DET", "DT"),
            ("involvement", "involvement", 5, "pobj", "NOUN", "NN"),
            ("of", "of", 7, "prep", "ADP", "IN"),
            ("Kestrian", "kestrian", 10, "amod", "ADJ", "JJ"),
            ("nationals", "national", 8, "pobj", "NOUN", "NNS"),
            ("in", "in", 10, "prep", "ADP", "IN"),
            ("terrorism", "terrorism", 11, "pobj", "NOUN", "NN"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 9, 10, label="NORP")]
    assert accusing_involvement(doc[7]) == ("ACCUSE", "allege")
    assert [t.text for t in involved_and_accuser(doc[7])[1]] == ["nationals"]


@pytest.mark.parametrize(
    ("noun", "agreed"),
    [(("deal", "deal"), True), (("ceasefire", "ceasefire"), True), (("sale", "sale"), False)],
)
def test_a_deal_brokered_is_an_agreement(noun, agreed):
    """ "A jirga brokered a <noun> ." """
    doc = _doc(
        [
            ("A", "a", 1, "det", "DET", "DT"),
            ("jirga", "jirga", 2, "nsubj", "NOUN", "NN"),
            ("brokered", "broker", 2, "ROOT", "VERB", "VBD"),
            ("a", "a", 4, "det", "DET", "DT"),
            (*noun, 2, "dobj", "NOUN", "NN"),
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert (agreement_reached(doc[2]) == ("AGREE", None)) is agreed


@pytest.mark.parametrize(
    ("way", "by", "restricted"),
    [
        (("border", "border"), None, True),
        (("road", "road"), None, True),
        (("crossing", "crossing"), ("authorities", "authority"), True),
        # "the closure of the road by protesters": their obstruction, told by :mod:`.blockades`
        (("road", "road"), ("protesters", "protester"), False),
        # "the closure of the newspaper": no way shut
        (("newspaper", "newspaper"), None, False),
    ],
)
def test_the_closure_of_a_way_is_a_restriction(way, by, restricted):
    """ "Trade stopped after the closure of the <way> [by <by>] ." """
    rows = [
        ("Trade", "trade", 1, "nsubj", "NOUN", "NN"),
        ("stopped", "stop", 1, "ROOT", "VERB", "VBD"),
        ("after", "after", 1, "prep", "ADP", "IN"),
        ("the", "the", 4, "det", "DET", "DT"),
        ("closure", "closure", 2, "pobj", "NOUN", "NN"),
        ("of", "of", 4, "prep", "ADP", "IN"),
        ("the", "the", 7, "det", "DET", "DT"),
        (*way, 5, "pobj", "NOUN", "NN"),
    ]
    if by is not None:
        rows += [("by", "by", 4, "prep", "ADP", "IN"), (*by, 8, "pobj", "NOUN", "NNS")]
    rows.append((".", ".", 1, "punct", "PUNCT", "."))
    doc = _doc(rows)
    assert (_trigger(doc[4]) == ("COERCE", "restrict")) is restricted


@pytest.mark.parametrize(
    ("prep", "det", "plural", "restricted"),
    [
        ("after", "the", False, True),
        # "Traders protested against the closure of the road": the protest's grievance
        ("against", "the", False, False),
        # "Trade stopped after closure of roads": ways in the bare plural, no one closure
        ("after", None, True, False),
        ("after", "the", True, True),
    ],
)
def test_a_closure_as_a_grievance_or_a_condition_is_no_event(prep, det, plural, restricted):
    """ "Trade stopped <prep> the closure of [the] road(s) ." """
    rows = [
        ("Trade", "trade", 1, "nsubj", "NOUN", "NN"),
        ("stopped", "stop", 1, "ROOT", "VERB", "VBD"),
        (prep, prep, 1, "prep", "ADP", "IN"),
        ("the", "the", 4, "det", "DET", "DT"),
        ("closure", "closure", 2, "pobj", "NOUN", "NN"),
        ("of", "of", 4, "prep", "ADP", "IN"),
    ]
    road = (
        ("roads", "road", 5, "pobj", "NOUN", "NNS")
        if plural
        else ("road", "road", 5, "pobj", "NOUN", "NN")
    )
    if det is not None:
        rows.append((det, det, 7, "det", "DET", "DT"))
        road = (*road[:2], 5, *road[3:])
    rows += [road, (".", ".", 1, "punct", "PUNCT", ".")]
    doc = _doc(rows)
    way = doc[7] if det is not None else doc[6]
    assert way.lemma_ == "road"
    assert (_trigger(doc[4]) == ("COERCE", "restrict")) is restricted
