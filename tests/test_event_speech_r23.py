"""Statements and relations told without the verb of the act (session 23, issue 15 items 3
and 5): a meeting or an agreement told as an occasion that came about ("a jirga was held",
"negotiations had resumed", "a peace deal hammered out", "the protesters agreed") stands
though no party is named; "X called on Governor Y" with nothing asked is a courtesy call
(CAMEO 042, CONSULT), where "called on X to act" stays a request. Unit tests read hand-built
parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.lexicon import _paid_a_call, _trigger
from dossier.extract.events.occasions import occasion_told, visited
from dossier.extract.events.statements import (
    accusing_claim,
    agreement_reached,
    claimant_and_accused,
)
from tests.test_event_what_r14 import VOCAB

#: (word, lemma, head index, dependency, POS, tag, entity type or "")
Row = tuple[str, str, int, str, str, str, str]


def _parse(rows: list[Row]) -> Doc:
    words, lemmas, heads, deps, pos, tags, ents = (list(c) for c in zip(*rows, strict=True))
    iob = [
        f"B-{e}" if e and (i == 0 or ents[i - 1] != e) else f"I-{e}" if e else "O"
        for i, e in enumerate(ents)
    ]
    return Doc(
        VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags, ents=iob
    )


# "a peace deal hammered out on Monday ."
HAMMERED = [
    ("a", "a", 2, "det", "DET", "DT", ""),
    ("peace", "peace", 2, "compound", "NOUN", "NN", ""),
    ("deal", "deal", 2, "ROOT", "NOUN", "NN", ""),
    ("hammered", "hammer", 2, "acl", "VERB", "VBN", ""),
    ("out", "out", 3, "prt", "ADP", "RP", ""),
    ("on", "on", 3, "prep", "ADP", "IN", ""),
    ("Monday", "Monday", 5, "pobj", "PROPN", "NNP", "DATE"),
    (".", ".", 2, "punct", "PUNCT", ".", ""),
]


@pytest.mark.unit
def test_a_deal_hammered_out_is_an_agreement_come_to() -> None:
    doc = _parse(HAMMERED)
    assert agreement_reached(doc[3]) == ("AGREE", None)
    assert occasion_told(doc[3], "AGREE", [])


@pytest.mark.unit
def test_hammering_without_out_is_no_agreement() -> None:
    rows = [r for r in HAMMERED if r[0] != "out"]
    rows = [(w, lem, h - (h > 4), d, p, t, e) for w, lem, h, d, p, t, e in rows]
    doc = _parse(rows)
    assert agreement_reached(doc[3]) is None


def _held(noun: str, lemma: str, verb: str, verb_lemma: str, dep: str) -> list[Row]:
    """ "Elders held a <noun> ." (dep dobj) or "<noun> had <verb> ." (dep nsubj)."""
    if dep == "dobj":
        return [
            ("Elders", "elder", 1, "nsubj", "NOUN", "NNS", ""),
            (verb, verb_lemma, 1, "ROOT", "VERB", "VBD", ""),
            ("a", "a", 3, "det", "DET", "DT", ""),
            (noun, lemma, 1, "dobj", "NOUN", "NN", ""),
            (".", ".", 1, "punct", "PUNCT", ".", ""),
        ]
    return [
        (noun, lemma, 2, "nsubj", "NOUN", "NNS", ""),
        ("had", "have", 2, "aux", "AUX", "VBD", ""),
        (verb, verb_lemma, 2, "ROOT", "VERB", "VBN", ""),
        (".", ".", 2, "punct", "PUNCT", ".", ""),
    ]


@pytest.mark.unit
def test_a_jirga_held_is_a_meeting_by_its_verb() -> None:
    doc = _parse(_held("jirga", "jirga", "held", "hold", "dobj"))
    assert _trigger(doc[1]) == ("CONSULT", "meet")
    assert occasion_told(doc[1], "CONSULT", [doc[0]])


@pytest.mark.unit
def test_negotiations_that_resumed_are_an_occasion() -> None:
    doc = _parse(_held("negotiations", "negotiation", "resumed", "resume", "nsubj"))
    assert occasion_told(doc[0], "CONSULT", [])


@pytest.mark.unit
def test_negotiations_that_failed_are_no_occasion_told() -> None:
    doc = _parse(_held("negotiations", "negotiation", "failed", "fail", "nsubj"))
    assert not occasion_told(doc[0], "CONSULT", [])


@pytest.mark.unit
def test_a_jirga_that_warns_is_no_meeting() -> None:
    doc = _parse(_held("jirga", "jirga", "warned", "warn", "nsubj"))
    assert _trigger(doc[0]) is None
    assert not occasion_told(doc[0], "CONSULT", [])


def _agreed(subject: str, lemma: str, pos: str, tag: str) -> list[Row]:
    """ "<subject> agreed to end the blockade ." """
    return [
        (subject, lemma, 1, "nsubj", pos, tag, ""),
        ("agreed", "agree", 1, "ROOT", "VERB", "VBD", ""),
        ("to", "to", 3, "aux", "PART", "TO", ""),
        ("end", "end", 1, "xcomp", "VERB", "VB", ""),
        ("the", "the", 5, "det", "DET", "DT", ""),
        ("blockade", "blockade", 3, "dobj", "NOUN", "NN", ""),
        (".", ".", 1, "punct", "PUNCT", ".", ""),
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("subject", "lemma"), [("protesters", "protester"), ("participants", "participant")]
)
def test_sides_a_common_noun_names_agree(subject: str, lemma: str) -> None:
    doc = _parse(_agreed(subject, lemma, "NOUN", "NNS"))
    assert occasion_told(doc[1], "AGREE", [doc[0]])


@pytest.mark.unit
def test_an_agreement_on_a_condition_has_not_come_about() -> None:
    # "They will boycott unless the protesters agree ."
    rows = [
        ("They", "they", 2, "nsubj", "PRON", "PRP", ""),
        ("will", "will", 2, "aux", "AUX", "MD", ""),
        ("boycott", "boycott", 2, "ROOT", "VERB", "VB", ""),
        ("unless", "unless", 6, "mark", "SCONJ", "IN", ""),
        ("the", "the", 5, "det", "DET", "DT", ""),
        ("protesters", "protester", 6, "nsubj", "NOUN", "NNS", ""),
        ("agree", "agree", 2, "advcl", "VERB", "VBP", ""),
        (".", ".", 2, "punct", "PUNCT", ".", ""),
    ]
    doc = _parse(rows)
    assert not occasion_told(doc[6], "AGREE", [doc[5]])


@pytest.mark.unit
def test_a_summit_to_hammer_out_a_deal_is_no_deal_come_to() -> None:
    # "a summit to hammer out a deal ."
    rows = [
        ("a", "a", 1, "det", "DET", "DT", ""),
        ("summit", "summit", 1, "ROOT", "NOUN", "NN", ""),
        ("to", "to", 3, "aux", "PART", "TO", ""),
        ("hammer", "hammer", 1, "acl", "VERB", "VB", ""),
        ("out", "out", 3, "prt", "ADP", "RP", ""),
        ("a", "a", 6, "det", "DET", "DT", ""),
        ("deal", "deal", 3, "dobj", "NOUN", "NN", ""),
        (".", ".", 1, "punct", "PUNCT", ".", ""),
    ]
    doc = _parse(rows)
    assert agreement_reached(doc[3]) == ("AGREE", None)
    assert not occasion_told(doc[3], "AGREE", [])


@pytest.mark.unit
def test_a_thing_that_agrees_is_no_side() -> None:
    # "the figures agreed": no one came to an agreement
    doc = _parse(_agreed("figures", "figure", "NOUN", "NNS"))
    assert not occasion_told(doc[1], "AGREE", [doc[0]])


@pytest.mark.unit
def test_an_occasion_is_only_a_meeting_or_an_agreement() -> None:
    doc = _parse(_agreed("protesters", "protester", "NOUN", "NNS"))
    assert not occasion_told(doc[1], "REQUEST", [doc[0]])


# "Baker called on Governor Kundi in Islamabad on Thursday ."
CALLED_ON = [
    ("Baker", "Baker", 1, "nsubj", "PROPN", "NNP", "PERSON"),
    ("called", "call", 1, "ROOT", "VERB", "VBD", ""),
    ("on", "on", 1, "prep", "ADP", "IN", ""),
    ("Governor", "Governor", 4, "compound", "PROPN", "NNP", ""),
    ("Kundi", "Kundi", 2, "pobj", "PROPN", "NNP", "PERSON"),
    ("in", "in", 1, "prep", "ADP", "IN", ""),
    ("Islamabad", "Islamabad", 5, "pobj", "PROPN", "NNP", "GPE"),
    ("on", "on", 1, "prep", "ADP", "IN", ""),
    ("Thursday", "Thursday", 7, "pobj", "PROPN", "NNP", "DATE"),
    (".", ".", 1, "punct", "PUNCT", ".", ""),
]


@pytest.mark.unit
def test_calling_on_a_person_is_a_visit() -> None:
    doc = _parse(CALLED_ON)
    assert _paid_a_call(doc[1])
    assert _trigger(doc[1]) == ("CONSULT", "visit")
    assert [t.text for t in visited(doc[1])] == ["Kundi"]


# "Parties called on the state to lift restrictions ."
CALLED_TO = [
    ("Parties", "party", 1, "nsubj", "NOUN", "NNS", ""),
    ("called", "call", 1, "ROOT", "VERB", "VBD", ""),
    ("on", "on", 1, "prep", "ADP", "IN", ""),
    ("the", "the", 4, "det", "DET", "DT", ""),
    ("state", "state", 2, "pobj", "NOUN", "NN", ""),
    ("to", "to", 6, "aux", "PART", "TO", ""),
    ("lift", "lift", 1, "xcomp", "VERB", "VB", ""),
    ("restrictions", "restriction", 6, "dobj", "NOUN", "NNS", ""),
    (".", ".", 1, "punct", "PUNCT", ".", ""),
]


@pytest.mark.unit
def test_calling_on_someone_to_act_stays_a_request() -> None:
    doc = _parse(CALLED_TO)
    assert not _paid_a_call(doc[1])
    assert _trigger(doc[1]) == ("REQUEST", "appeal")
    assert visited(doc[1]) == []


@pytest.mark.unit
def test_calling_on_a_state_is_no_visit() -> None:
    # "Baker called on Pakistan .": a state is asked, never visited by a call
    rows = [*CALLED_ON[:3], ("Pakistan", "Pakistan", 2, "pobj", "PROPN", "NNP", "GPE")]
    rows.append((".", ".", 1, "punct", "PUNCT", ".", ""))
    doc = _parse(rows)
    assert not _paid_a_call(doc[1])
    assert _trigger(doc[1]) == ("REQUEST", "appeal")


def _claimed(subject: Row, clause: list[Row]) -> list[Row]:
    """ "<subject> claimed that <clause> ." with the clause's heads given from its start
    (the clause's own verb carries head -1: it hangs on "claimed")."""
    offset = 3
    rows = [
        subject,
        ("claimed", "claim", 1, "ROOT", "VERB", "VBD", ""),
        ("that", "that", 0, "mark", "SCONJ", "IN", ""),
    ]
    verb = next(i for i, r in enumerate(clause) if r[2] == -1) + offset
    rows[2] = ("that", "that", verb, "mark", "SCONJ", "IN", "")
    for w, lem, h, d, p, t, e in clause:
        rows.append((w, lem, 1 if h == -1 else h + offset, d, p, t, e))
    rows.append((".", ".", 1, "punct", "PUNCT", ".", ""))
    return rows


HE = ("He", "he", 1, "nsubj", "PRON", "PRP", "")
# "India killed its own Hindus"
INDIA_KILLED = [
    ("India", "India", 1, "nsubj", "PROPN", "NNP", "GPE"),
    ("killed", "kill", -1, "ccomp", "VERB", "VBD", ""),
    ("its", "its", 3, "poss", "PRON", "PRP$", ""),
    ("Hindus", "Hindus", 1, "dobj", "PROPN", "NNPS", "NORP"),
]


@pytest.mark.unit
def test_claiming_that_a_named_side_did_a_wrong_accuses_it() -> None:
    doc = _parse(_claimed(HE, INDIA_KILLED))
    assert accusing_claim(doc[1]) == ("ACCUSE", "allege")
    accusers, accused = claimant_and_accused(doc[1])
    assert [t.text for t in accusers] == ["He"]
    assert [t.text for t in accused] == ["India"]


@pytest.mark.unit
def test_claiming_a_blow_against_terrorists_accuses_no_one() -> None:
    # "He claimed that forces killed ten terrorists": a claim of success, not a wrong
    clause = [
        ("forces", "force", 1, "nsubj", "NOUN", "NNS", ""),
        ("killed", "kill", -1, "ccomp", "VERB", "VBD", ""),
        ("terrorists", "terrorist", 1, "dobj", "NOUN", "NNS", ""),
    ]
    assert accusing_claim(_parse(_claimed(HE, clause))[1]) is None


@pytest.mark.unit
def test_a_claim_with_no_one_to_blame_is_no_accusation() -> None:
    # "He claimed that they killed civilians": a pronoun may be the claimant's own side
    clause = [
        ("they", "they", 1, "nsubj", "PRON", "PRP", ""),
        ("killed", "kill", -1, "ccomp", "VERB", "VBD", ""),
        ("civilians", "civilian", 1, "dobj", "NOUN", "NNS", ""),
    ]
    assert accusing_claim(_parse(_claimed(HE, clause))[1]) is None


@pytest.mark.unit
def test_a_claim_of_no_wrong_is_no_accusation() -> None:
    # "He claimed that India won the match"
    clause = [
        ("India", "India", 1, "nsubj", "PROPN", "NNP", "GPE"),
        ("won", "win", -1, "ccomp", "VERB", "VBD", ""),
        ("match", "match", 1, "dobj", "NOUN", "NN", ""),
    ]
    assert accusing_claim(_parse(_claimed(HE, clause))[1]) is None


@pytest.mark.unit
def test_a_wrongful_thing_done_by_an_agent_accuses_the_agent() -> None:
    # "He argued that Saeed was kept in illegal custody by PAF"
    clause = [
        ("Saeed", "Saeed", 2, "nsubjpass", "PROPN", "NNP", "PERSON"),
        ("was", "be", 2, "auxpass", "AUX", "VBD", ""),
        ("kept", "keep", -1, "ccomp", "VERB", "VBN", ""),
        ("in", "in", 2, "prep", "ADP", "IN", ""),
        ("illegal", "illegal", 5, "amod", "ADJ", "JJ", ""),
        ("custody", "custody", 3, "pobj", "NOUN", "NN", ""),
        ("by", "by", 2, "agent", "ADP", "IN", ""),
        ("PAF", "PAF", 6, "pobj", "PROPN", "NNP", "ORG"),
    ]
    doc = _parse(_claimed(HE, clause))
    assert accusing_claim(doc[1]) == ("ACCUSE", "allege")
    assert [t.text for t in claimant_and_accused(doc[1])[1]] == ["PAF"]
