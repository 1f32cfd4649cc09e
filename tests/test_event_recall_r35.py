"""Statements no exported event told (session 35, issue 15, the development half's unmatched
rows): a right to respond reserved, a vow to avenge, a statement a quotation's "we" makes,
"lashed out at" / "hit out at" as condemnations.
Unit tests read hand-built parses (no model); the sentences are written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import _inside_quotation, _said_by_we
from dossier.extract.events.lexicon import _trigger
from dossier.extract.events.roles import _verb_target_preps
from dossier.extract.events.statements import force_held_out, threat_parties
from tests.test_event_roles_r19 import _doc

pytestmark = pytest.mark.unit


def _reserved(verb: tuple[str, str], object_: tuple[str, str], act: tuple[str, str]):
    """ "Ostrand <verb> the <object> to <act> against Velmora ." """
    return _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            (*verb, 1, "ROOT", "VERB", "VBZ"),
            ("the", "the", 3, "det", "DET", "DT"),
            (*object_, 1, "dobj", "NOUN", "NN"),
            ("to", "to", 5, "aux", "PART", "TO"),
            (*act, 3, "acl", "VERB", "VB"),
            ("against", "against", 5, "prep", "ADP", "IN"),
            ("Velmora", "Velmora", 6, "pobj", "PROPN", "NNP"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "object_", "act", "threat"),
    [
        # "Ostrand reserves the right to retaliate against Velmora."
        (("reserves", "reserve"), ("right", "right"), ("retaliate", "retaliate"), True),
        # "Ostrand reserves the right to respond against Velmora."
        (("reserves", "reserve"), ("right", "right"), ("respond", "respond"), True),
        # "Ostrand reserves the right to appeal against Velmora.": no force held out
        (("reserves", "reserve"), ("right", "right"), ("appeal", "appeal"), False),
        # "Ostrand has the right to retaliate against Velmora.": a right stated, none kept
        (("has", "have"), ("right", "right"), ("retaliate", "retaliate"), False),
        # "Ostrand reserves the seats to retaliate ...": not the frame
        (("reserves", "reserve"), ("seats", "seat"), ("retaliate", "retaliate"), False),
    ],
)
def test_a_right_to_respond_reserved_is_a_threat(verb, object_, act, threat):
    doc = _reserved(verb, object_, act)
    assert (force_held_out(doc[5]) == ("THREATEN", None)) is threat
    if threat:
        actors, targets, _ = threat_parties(doc[5])
        assert [t.text for t in actors] == ["Ostrand"]
        assert [t.text for t in targets] == ["Velmora"]


def _vowed_to(act: tuple[str, str], object_: tuple[str, str]):
    """ "Ostrand vowed to <act> the <object> of its soldiers ." """
    return _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("vowed", "vow", 1, "ROOT", "VERB", "VBD"),
            ("to", "to", 3, "aux", "PART", "TO"),
            (*act, 1, "xcomp", "VERB", "VB"),
            ("the", "the", 5, "det", "DET", "DT"),
            (*object_, 3, "dobj", "NOUN", "NN"),
            ("of", "of", 5, "prep", "ADP", "IN"),
            ("its", "its", 8, "poss", "PRON", "PRP$"),
            ("soldiers", "soldier", 6, "pobj", "NOUN", "NNS"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.parametrize(
    ("act", "object_", "threat"),
    [
        # "Ostrand vowed to avenge the deaths of its soldiers.": paying a harm back in kind
        (("avenge", "avenge"), ("deaths", "death"), True),
        # "Ostrand vowed to honour the memory of its soldiers.": a promise, no threat
        (("honour", "honour"), ("memory", "memory"), False),
    ],
)
def test_a_vow_to_avenge_is_a_threat(act, object_, threat):
    doc = _vowed_to(act, object_)
    assert (force_held_out(doc[3]) == ("THREATEN", None)) is threat
    if threat:
        actors, _, _ = threat_parties(doc[3])
        assert [t.text for t in actors] == ["Ostrand"]


def test_a_vowed_revenge_is_a_threat():
    # "Ostrand vowed revenge against Velmora."
    doc = _doc(
        [
            ("Ostrand", "Ostrand", 1, "nsubj", "PROPN", "NNP"),
            ("vowed", "vow", 1, "ROOT", "VERB", "VBD"),
            ("revenge", "revenge", 1, "dobj", "NOUN", "NN"),
            ("against", "against", 2, "prep", "ADP", "IN"),
            ("Velmora", "Velmora", 3, "pobj", "PROPN", "NNP"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert force_held_out(doc[1]) == ("THREATEN", None)


def _we_urge(opening: str, subject: str):
    """ "<opening>SUBJECT urge Velmora to stop ." as a parse, with ``opening`` a quotation
    mark or nothing before the subject."""
    rows = [(opening, opening, 2, "punct", "PUNCT", "``")] if opening else []
    base = len(rows)
    rows += [
        (subject, subject.lower(), base + 1, "nsubj", "PRON", "PRP"),
        ("urge", "urge", base + 1, "ROOT", "VERB", "VBP"),
        ("Velmora", "Velmora", base + 1, "dobj", "PROPN", "NNP"),
        ("to", "to", base + 4, "aux", "PART", "TO"),
        ("stop", "stop", base + 1, "xcomp", "VERB", "VB"),
        (".", ".", base + 1, "punct", "PUNCT", "."),
    ]
    return _doc(rows), base + 1


@pytest.mark.parametrize(
    ("opening", "subject", "said"),
    [
        ("\u201c", "We", True),  # “We urge Velmora to stop.
        ('"', "We", True),  # "We urge Velmora to stop.
        ("", "We", False),  # an editorial's or a letter's "we": nobody named
        ("\u201c", "They", False),  # “They urge ...: whom "they" stands for is not the speaker
    ],
)
def test_a_statement_a_quotation_s_we_makes_is_the_speaker_s(opening, subject, said):
    doc, verb = _we_urge(opening, subject)
    assert _said_by_we(doc[verb], doc.text) is said


def test_a_closed_quotation_leaves_the_we_outside():
    text = "\u201cIt is over,\u201d she said. We urge calm."
    assert not _inside_quotation(text.index("We"), text)
    assert _inside_quotation(text.index("over"), text)
    # a quotation opened in an earlier paragraph does not reach into this one
    text = "\u201cIt is over.\nWe urge calm."
    assert not _inside_quotation(text.index("We"), text)


@pytest.mark.parametrize(
    ("verb", "particle", "expected"),
    [
        (("lashed", "lash"), "out", ("ACCUSE", "disapprove")),  # "Vasko lashed out at Ostrand."
        (("hit", "hit"), "out", ("ACCUSE", "disapprove")),  # "Vasko hit out at Ostrand."
        (("lashed", "lash"), "back", None),  # "Vasko lashed back at Ostrand.": not the idiom
    ],
)
def test_lashing_out_at_someone_is_a_condemnation_of_them(verb, particle, expected):
    doc = _doc(
        [
            ("Vasko", "Vasko", 1, "nsubj", "PROPN", "NNP"),
            (*verb, 1, "ROOT", "VERB", "VBD"),
            (particle, particle, 1, "prt", "ADP", "RP"),
            ("at", "at", 1, "prep", "ADP", "IN"),
            ("Ostrand", "Ostrand", 3, "pobj", "PROPN", "NNP"),
            (".", ".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _trigger(doc[1]) == expected
    if expected is not None:
        assert _verb_target_preps(doc[1], "ACCUSE", theme=False) >= {"at"}


@pytest.mark.parametrize(
    ("verb", "said"),
    [
        (("issued", "issue"), True),  # “We issued calls for talks: our calls
        (("support", "support"), False),  # “We support calls for talks: others' calls
    ],
)
def test_a_call_is_we_s_only_under_a_verb_that_is_no_event_of_its_own(verb, said):
    doc = _doc(
        [
            ("\u201c", "\u201c", 2, "punct", "PUNCT", "``"),
            ("We", "we", 2, "nsubj", "PRON", "PRP"),
            (*verb, 2, "ROOT", "VERB", "VBP"),
            ("calls", "call", 2, "dobj", "NOUN", "NNS"),
            ("for", "for", 3, "prep", "ADP", "IN"),
            ("talks", "talk", 4, "pobj", "NOUN", "NNS"),
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert _said_by_we(doc[3], doc.text) is said
