"""Statements the export missed in the blind-era sets (session 28, issue 15 item 5): a party
said to have taken part in a wrong is accused ("the military has said that Afghan nationals
were involved in the recent attack", "Pakistan had proofs of Indian involvement in terrorist
activities"); a future passive of answering in a manner of force is a warning ("Indian proxies
will be dealt with an iron hand", "any aggression will be responded to in a forceful manner");
"threatened to" is a threat by its own word; a date in a threat's condition is no day of the
threat. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.lexicon import _trigger, retaliation_warned
from dossier.extract.events.statements import (
    accusing_involvement,
    condition_spans,
    involved_and_accuser,
    involvement_told_by,
    threat_by_people,
    threatened,
    warners,
)
from tests import hand_parses

VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse

Row = tuple[str, str, int, str, str, str, str]


def _parse(rows: list[Row]) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag, entity IOB)."""
    words, lemmas, heads, deps, pos, tags, ents = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents
    )


def _involved(subject: tuple[str, str, str, str, str], wrong: str, said: bool = True) -> Doc:
    """ "[The military said] <subject> were involved in the <wrong> ." """
    word, lemma, pos, tag, ent = subject
    said_rows: list[Row] = [
        ("The", "the", 1, "det", "DET", "DT", "O"),
        ("military", "military", 2, "nsubj", "NOUN", "NN", "O"),
        ("said", "say", 2, "ROOT", "VERB", "VBD", "O"),
    ]
    at = len(said_rows) if said else 0  # where the told clause starts
    involved = at + 2
    body: list[Row] = [
        (word, lemma, involved, "nsubjpass", pos, tag, ent),
        ("were", "be", involved, "auxpass", "AUX", "VBD", "O"),
        (
            "involved",
            "involve",
            2 if said else involved,
            "ccomp" if said else "ROOT",
            "VERB",
            "VBN",
            "O",
        ),
        ("in", "in", involved, "prep", "ADP", "IN", "O"),
        ("the", "the", at + 5, "det", "DET", "DT", "O"),
        (wrong, wrong, at + 3, "pobj", "NOUN", "NN", "O"),
        (".", ".", 2 if said else involved, "punct", "PUNCT", ".", "O"),
    ]
    return _parse((said_rows if said else []) + body)


INDIA = ("India", "India", "PROPN", "NNP", "B-GPE")
SUSPECTS = ("suspects", "suspect", "NOUN", "NNS", "O")
TERRORISTS = ("terrorists", "terrorist", "NOUN", "NNS", "O")


@pytest.mark.unit
def test_a_party_said_to_be_involved_in_an_attack_is_accused_by_the_speaker():
    doc = _involved(INDIA, "attack")
    involved = doc[5]
    assert accusing_involvement(involved) == ("ACCUSE", "allege")
    accusers, accused = involved_and_accuser(involved)
    assert [t.text for t in accusers] == ["military"]
    assert [t.text for t in accused] == ["India"]
    assert getattr(involvement_told_by(involved), "i", None) == 2


@pytest.mark.unit
def test_involvement_told_as_the_outlets_own_fact_or_in_no_wrong_accuses_no_one():
    assert accusing_involvement(_involved(INDIA, "attack", said=False)[2]) is None
    assert accusing_involvement(_involved(INDIA, "talks")[5]) is None  # no wrong
    assert involvement_told_by(_involved(INDIA, "talks")[5]) is None


@pytest.mark.unit
def test_the_hostiles_or_suspects_a_force_describes_are_not_accused():
    # "police said the suspects were involved in the robbery": an operation's account
    assert accusing_involvement(_involved(SUSPECTS, "attack")[5]) is None
    assert accusing_involvement(_involved(TERRORISTS, "attack")[5]) is None


# "He said Pakistan had proofs of Indian involvement in terrorist activities ."
PROOFS_OF_INVOLVEMENT: list[Row] = [
    ("He", "he", 1, "nsubj", "PRON", "PRP", "O"),
    ("said", "say", 1, "ROOT", "VERB", "VBD", "O"),
    ("Pakistan", "Pakistan", 3, "nsubj", "PROPN", "NNP", "B-GPE"),
    ("had", "have", 1, "ccomp", "VERB", "VBD", "O"),
    ("proofs", "proof", 3, "dobj", "NOUN", "NNS", "O"),
    ("of", "of", 4, "prep", "ADP", "IN", "O"),
    ("Indian", "indian", 7, "amod", "ADJ", "JJ", "B-NORP"),
    ("involvement", "involvement", 5, "pobj", "NOUN", "NN", "O"),
    ("in", "in", 7, "prep", "ADP", "IN", "O"),
    ("terrorist", "terrorist", 10, "amod", "ADJ", "JJ", "O"),
    ("activities", "activity", 8, "pobj", "NOUN", "NNS", "O"),
    (".", ".", 1, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_a_peoples_involvement_in_terrorism_under_a_saying_is_an_accusation_of_it():
    doc = _parse(PROOFS_OF_INVOLVEMENT)
    noun = doc[7]
    assert accusing_involvement(noun) == ("ACCUSE", "allege")
    accusers, accused = involved_and_accuser(noun)
    assert accusers == []  # "He": the quotes stage names whom it stands for
    assert [t.text for t in accused] == ["Indian"]
    assert (
        getattr(involvement_told_by(noun), "i", None) == 1
    )  # so "He" said it, however deep the noun


def _dealt_with(manner: list[Row], aux: str = "will") -> Doc:
    """ "Tarar said that Indian proxies <aux> be dealt with <manner> ." """
    rows: list[Row] = [
        ("Tarar", "Tarar", 1, "nsubj", "PROPN", "NNP", "B-PERSON"),
        ("said", "say", 1, "ROOT", "VERB", "VBD", "O"),
        ("that", "that", 7, "mark", "SCONJ", "IN", "O"),
        ("Indian", "indian", 4, "amod", "ADJ", "JJ", "B-NORP"),
        ("proxies", "proxy", 7, "nsubjpass", "NOUN", "NNS", "O"),
        (aux, aux, 7, "aux", "AUX", "MD", "O"),
        ("be", "be", 7, "auxpass", "AUX", "VB", "O"),
        ("dealt", "deal", 1, "ccomp", "VERB", "VBN", "O"),
        ("with", "with", 7, "prep", "ADP", "IN", "O"),
    ]
    return _parse([*rows, *manner, (".", ".", 1, "punct", "PUNCT", ".", "O")])


IRON_HAND: list[Row] = [
    ("an", "an", 11, "det", "DET", "DT", "O"),
    ("iron", "iron", 11, "compound", "NOUN", "NN", "O"),
    ("hand", "hand", 8, "pobj", "NOUN", "NN", "O"),
]
THE_LAW: list[Row] = [
    ("the", "the", 10, "det", "DET", "DT", "O"),
    ("law", "law", 8, "pobj", "NOUN", "NN", "O"),
]


@pytest.mark.unit
def test_a_party_to_be_dealt_with_an_iron_hand_is_warned_by_the_speaker():
    doc = _dealt_with(IRON_HAND)
    dealt = doc[7]
    assert retaliation_warned(dealt)
    assert _trigger(dealt) == ("THREATEN", None)
    assert [t.text for t in threatened(dealt)] == ["proxies"]
    assert [t.text for t in warners(dealt)] == ["Tarar"]


@pytest.mark.unit
def test_dealt_with_by_the_law_or_not_to_come_is_no_warning():
    assert not retaliation_warned(_dealt_with(THE_LAW)[7])
    assert _trigger(_dealt_with(THE_LAW)[7]) is None
    # "should be dealt with an iron hand": advice, not a warning of what is to come
    assert not retaliation_warned(_dealt_with(IRON_HAND, aux="should")[7])


# "Any aggression by India will be responded to in a forceful manner ."
RESPONDED_TO: list[Row] = [
    ("Any", "any", 1, "det", "DET", "DT", "O"),
    ("aggression", "aggression", 6, "nsubjpass", "NOUN", "NN", "O"),
    ("by", "by", 1, "prep", "ADP", "IN", "O"),
    ("India", "India", 2, "pobj", "PROPN", "NNP", "B-GPE"),
    ("will", "will", 6, "aux", "AUX", "MD", "O"),
    ("be", "be", 6, "auxpass", "AUX", "VB", "O"),
    ("responded", "respond", 6, "ROOT", "VERB", "VBN", "O"),
    ("to", "to", 6, "prep", "ADP", "IN", "O"),
    ("in", "in", 6, "prep", "ADP", "IN", "O"),
    ("a", "a", 11, "det", "DET", "DT", "O"),
    ("forceful", "forceful", 11, "amod", "ADJ", "JJ", "O"),
    ("manner", "manner", 8, "pobj", "NOUN", "NN", "O"),
    (".", ".", 6, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_an_aggression_to_be_responded_to_in_a_forceful_manner_warns_its_doer():
    doc = _parse(RESPONDED_TO)
    responded = doc[6]
    assert _trigger(responded) == ("THREATEN", None)
    assert [t.text for t in threatened(responded)] == ["India"]  # whose act will be answered
    # "complaints will be responded to within a week": no manner of force
    week = [*RESPONDED_TO[:8], ("within", "within", 6, "prep", "ADP", "IN", "O")]
    week += [
        ("a", "a", 10, "det", "DET", "DT", "O"),
        ("week", "week", 8, "pobj", "NOUN", "NN", "O"),
    ]
    assert not retaliation_warned(_parse(week)[6])


def _threatened_to(subject: tuple[str, str]) -> Doc:
    """ "The <subject> threatened to cut the cables ." """
    word, lemma = subject
    return _parse(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            (word, lemma, 2, "nsubj", "NOUN", "NNS", "O"),
            ("threatened", "threaten", 2, "ROOT", "VERB", "VBD", "O"),
            ("to", "to", 4, "aux", "PART", "TO", "O"),
            ("cut", "cut", 2, "xcomp", "VERB", "VB", "O"),
            ("the", "the", 6, "det", "DET", "DT", "O"),
            ("cables", "cable", 4, "dobj", "NOUN", "NNS", "O"),
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )


@pytest.mark.unit
def test_people_who_threatened_to_do_something_made_a_threat_though_unnamed():
    doc = _threatened_to(("elders", "elder"))
    assert threat_by_people(doc[2], [doc[1]])
    crisis = _threatened_to(("crisis", "crisis"))  # "the crisis threatened to derail ..."
    assert not threat_by_people(crisis[2], [crisis[1]])


@pytest.mark.unit
def test_a_date_in_a_threats_if_clause_is_the_conditions_deadline():
    # "The elders threatened to cut the cables if the signals were not restored by Sunday ."
    doc = _parse(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            ("elders", "elder", 2, "nsubj", "NOUN", "NNS", "O"),
            ("threatened", "threaten", 2, "ROOT", "VERB", "VBD", "O"),
            ("to", "to", 4, "aux", "PART", "TO", "O"),
            ("cut", "cut", 2, "xcomp", "VERB", "VB", "O"),
            ("the", "the", 6, "det", "DET", "DT", "O"),
            ("cables", "cable", 4, "dobj", "NOUN", "NNS", "O"),
            ("if", "if", 12, "mark", "SCONJ", "IN", "O"),
            ("the", "the", 9, "det", "DET", "DT", "O"),
            ("signals", "signal", 12, "nsubjpass", "NOUN", "NNS", "O"),
            ("were", "be", 12, "auxpass", "AUX", "VBD", "O"),
            ("not", "not", 12, "neg", "PART", "RB", "O"),
            ("restored", "restore", 4, "advcl", "VERB", "VBN", "O"),
            ("by", "by", 12, "prep", "ADP", "IN", "O"),
            ("Sunday", "Sunday", 13, "pobj", "PROPN", "NNP", "B-DATE"),
            (".", ".", 2, "punct", "PUNCT", ".", "O"),
        ]
    )
    spans = condition_spans(doc[2])
    sunday = doc[14]
    assert any(a <= sunday.idx and sunday.idx + len(sunday) <= b for a, b in spans)
    assert not any(a <= doc[6].idx < b for a, b in spans)  # the cables are the threat's own


@pytest.mark.unit
def test_a_document_that_says_a_warning_is_not_its_maker():
    # "... will be dealt with an iron hand , the statement said": the quotes stage names who
    # issued the statement; "the statement" is no one (though "-ent" makes it look like one)
    doc = _dealt_with(IRON_HAND)
    release = _parse(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            ("statement", "statement", 2, "nsubj", "NOUN", "NN", "O"),
            *[(w, le, h, d, p, t, e) for w, le, h, d, p, t, e in _rows_after_said(doc)],
        ]
    )
    assert release[8].text == "dealt" and retaliation_warned(release[8])
    assert warners(release[8]) == []
    assert [t.text for t in warners(doc[7])] == ["Tarar"]


def _rows_after_said(doc: Doc) -> list[Row]:
    """The rows of ``doc`` from its verb of saying on (index 1), as parse rows."""
    return [
        (
            t.text,
            t.lemma_,
            t.head.i + 1,
            t.dep_,
            t.pos_,
            t.tag_,
            f"B-{t.ent_type_}" if t.ent_type_ else "O",
        )
        for t in doc[1:]
    ]


# "He said India made allegations of Pakistan 's involvement in the attack ."
ALLEGATIONS_OF_INVOLVEMENT: list[Row] = [
    ("He", "he", 1, "nsubj", "PRON", "PRP", "O"),
    ("said", "say", 1, "ROOT", "VERB", "VBD", "O"),
    ("India", "India", 3, "nsubj", "PROPN", "NNP", "B-GPE"),
    ("made", "make", 1, "ccomp", "VERB", "VBD", "O"),
    ("allegations", "allegation", 3, "dobj", "NOUN", "NNS", "O"),
    ("of", "of", 4, "prep", "ADP", "IN", "O"),
    ("Pakistan", "Pakistan", 8, "poss", "PROPN", "NNP", "B-GPE"),
    ("'s", "'s", 6, "case", "PART", "POS", "O"),
    ("involvement", "involvement", 5, "pobj", "NOUN", "NN", "O"),
    ("in", "in", 8, "prep", "ADP", "IN", "O"),
    ("the", "the", 11, "det", "DET", "DT", "O"),
    ("attack", "attack", 9, "pobj", "NOUN", "NN", "O"),
    (".", ".", 1, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.unit
def test_involvement_an_allegation_tells_is_its_owners_accusation_not_the_speakers():
    doc = _parse(ALLEGATIONS_OF_INVOLVEMENT)
    assert accusing_involvement(doc[8]) is None
    # the same noun told as evidence is the speaker's: "had proofs of Pakistan's involvement"
    proofs = [*ALLEGATIONS_OF_INVOLVEMENT]
    proofs[4] = ("proofs", "proof", 3, "dobj", "NOUN", "NNS", "O")
    assert accusing_involvement(_parse(proofs)[8]) == ("ACCUSE", "allege")
