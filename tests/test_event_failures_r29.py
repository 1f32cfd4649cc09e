"""A party said to have failed at its duty is the speaker's criticism of it (session 29, issue
15 item 5): "the COAS pointed out that the Afghan interim rulers had failed to adhere to
repeated warnings", "such attacks highlight the government's failure to ensure their safety,”
the statement said", "the minister opined that the attack was a security and intelligence
failure of India". No verb of accusing is written, so the accusation (CAMEO 111 "criticize
or denounce", PLOVER ACCUSE) was lost; the labelled sets give it an ACCUSE row in three of
the eight sets that were blind when first scored. The outlet's own "talks failed to produce
a breakthrough", a supposed failing ("if the government failed to ...") and a failing of a
thing ("the accord failed to bring peace") fault no one. Unit tests read hand-built parses
(no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.extract.events.assembly import extract_events
from dossier.extract.events.statements import accusing_failure
from dossier.records import Mention
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

# "The COAS pointed out that the Afghan rulers had failed to adhere to warnings ."
POINTED_OUT = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("COAS", "COAS", 2, "nsubj", "PROPN", "NNP"),
    ("pointed", "point", 2, "ROOT", "VERB", "VBD"),
    ("out", "out", 2, "prt", "ADP", "RP"),
    ("that", "that", 9, "mark", "SCONJ", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("Afghan", "afghan", 7, "amod", "ADJ", "JJ"),
    ("rulers", "ruler", 9, "nsubj", "NOUN", "NNS"),
    ("had", "have", 9, "aux", "AUX", "VBD"),
    ("failed", "fail", 2, "ccomp", "VERB", "VBN"),
    ("to", "to", 11, "aux", "PART", "TO"),
    ("adhere", "adhere", 9, "xcomp", "VERB", "VB"),
    ("to", "to", 11, "prep", "ADP", "IN"),
    ("warnings", "warning", 12, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Such attacks highlight the government 's failure to ensure their safety , the statement
# said ."
HIGHLIGHT_SAID = [
    ("Such", "such", 1, "amod", "ADJ", "JJ"),
    ("attacks", "attack", 2, "nsubj", "NOUN", "NNS"),
    ("highlight", "highlight", 2, "ROOT", "VERB", "VBP"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("government", "government", 6, "poss", "NOUN", "NN"),
    ("'s", "'s", 4, "case", "PART", "POS"),
    ("failure", "failure", 2, "dobj", "NOUN", "NN"),
    ("to", "to", 8, "aux", "PART", "TO"),
    ("ensure", "ensure", 6, "acl", "VERB", "VB"),
    ("their", "their", 10, "poss", "PRON", "PRP$"),
    ("safety", "safety", 8, "dobj", "NOUN", "NN"),
    (",", ",", 14, "punct", "PUNCT", ","),
    ("the", "the", 13, "det", "DET", "DT"),
    ("statement", "statement", 14, "nsubj", "NOUN", "NN"),
    ("said", "say", 2, "parataxis", "VERB", "VBD"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The minister opined that the attack was a failure of India ."
FAILURE_OF = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("minister", "minister", 2, "nsubj", "NOUN", "NN"),
    ("opined", "opine", 2, "ROOT", "VERB", "VBD"),
    ("that", "that", 6, "mark", "SCONJ", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("attack", "attack", 6, "nsubj", "NOUN", "NN"),
    ("was", "be", 2, "ccomp", "AUX", "VBD"),
    ("a", "a", 8, "det", "DET", "DT"),
    ("failure", "failure", 6, "attr", "NOUN", "NN"),
    ("of", "of", 8, "prep", "ADP", "IN"),
    ("India", "India", 9, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Talks have failed to end the war , officials said ."
TALKS_FAILED = [
    ("Talks", "talk", 2, "nsubj", "NOUN", "NNS"),
    ("have", "have", 2, "aux", "AUX", "VBP"),
    ("failed", "fail", 8, "ccomp", "VERB", "VBN"),
    ("to", "to", 4, "aux", "PART", "TO"),
    ("end", "end", 2, "xcomp", "VERB", "VB"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("war", "war", 4, "dobj", "NOUN", "NN"),
    (",", ",", 8, "punct", "PUNCT", ","),
    ("officials", "official", 8, "nsubj", "NOUN", "NNS"),
    ("said", "say", 8, "ROOT", "VERB", "VBD"),
    (".", ".", 8, "punct", "PUNCT", "."),
]
# "He said that if the government failed to resolve the issue , it would worsen ."
IF_FAILED = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ("that", "that", 14, "mark", "SCONJ", "IN"),
    ("if", "if", 6, "mark", "SCONJ", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("government", "government", 6, "nsubj", "NOUN", "NN"),
    ("failed", "fail", 14, "advcl", "VERB", "VBD"),
    ("to", "to", 8, "aux", "PART", "TO"),
    ("resolve", "resolve", 6, "xcomp", "VERB", "VB"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("issue", "issue", 8, "dobj", "NOUN", "NN"),
    (",", ",", 14, "punct", "PUNCT", ","),
    ("it", "it", 14, "nsubj", "PRON", "PRP"),
    ("would", "would", 14, "aux", "AUX", "MD"),
    ("worsen", "worsen", 1, "ccomp", "VERB", "VB"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The government failed to protect journalists ." (the outlet's own words)
OUTLET_FAILED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("government", "government", 2, "nsubj", "NOUN", "NN"),
    ("failed", "fail", 2, "ROOT", "VERB", "VBD"),
    ("to", "to", 4, "aux", "PART", "TO"),
    ("protect", "protect", 2, "xcomp", "VERB", "VB"),
    ("journalists", "journalist", 4, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "He said the government never failed to protect journalists ."
NEVER_FAILED = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("government", "government", 5, "nsubj", "NOUN", "NN"),
    ("never", "never", 5, "neg", "ADV", "RB"),
    ("failed", "fail", 1, "ccomp", "VERB", "VBD"),
    ("to", "to", 7, "aux", "PART", "TO"),
    ("protect", "protect", 5, "xcomp", "VERB", "VB"),
    ("journalists", "journalist", 7, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "He said the shells failed to detonate ."
SHELLS_FAILED = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("shells", "shell", 4, "nsubj", "NOUN", "NNS"),
    ("failed", "fail", 1, "ccomp", "VERB", "VBD"),
    ("to", "to", 6, "aux", "PART", "TO"),
    ("detonate", "detonate", 4, "xcomp", "VERB", "VB"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _events(rows, names=()):
    """The events of a hand-built parse, ``names`` (index, label) the tokens named as
    entities (a mention each)."""
    doc = _parse(rows)
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in names]
    mentions = [
        Mention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, label, doc[i].lower_, 0)
        for i, label in names
    ]
    return doc, extract_events(doc, mentions, [], {0: 0})


def _text(doc, span):
    return doc.text[span[0] : span[1]]


def _accusations(doc, events):
    return [
        (
            _text(doc, e.trigger),
            [_text(doc, a) for a in e.actors],
            [_text(doc, t) for t in e.targets],
        )
        for e in events
        if e.type == "ACCUSE"
    ]


def test_a_party_said_to_have_failed_is_criticised_by_the_speaker():
    doc, events = _events(POINTED_OUT, names=[(1, "ORG"), (6, "NORP")])
    found = _accusations(doc, events)
    assert len(found) == 1
    trigger, actors, targets = found[0]
    assert trigger == "failed"
    assert actors == ["COAS"]
    assert any("rulers" in t for t in targets)
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert event.mode == "disapprove" and event.modality == "asserted"


def test_a_failure_owned_by_a_state_organ_in_a_quoted_statement_is_an_accusation():
    doc, events = _events(HIGHLIGHT_SAID)
    found = _accusations(doc, events)
    assert [f[0] for f in found] == ["failure"]
    assert any("government" in t for t in found[0][2])


def test_a_failure_of_a_named_state_is_whom_the_criticism_is_of():
    doc, events = _events(FAILURE_OF, names=[(10, "GPE")])
    found = _accusations(doc, events)
    assert [f[0] for f in found] == ["failure"]
    assert found[0][2] == ["India"]


def test_a_thing_that_failed_faults_no_one():
    doc = _parse(TALKS_FAILED)
    assert accusing_failure(doc[2]) is None
    assert _accusations(*_events(TALKS_FAILED)) == []


def test_a_supposed_or_denied_failing_faults_no_one():
    for rows, verb in ((IF_FAILED, 6), (NEVER_FAILED, 5)):
        doc = _parse(rows)
        assert doc[verb].lower_ == "failed"
        assert accusing_failure(doc[verb]) is None


def test_the_outlets_own_telling_of_a_failing_is_no_statement():
    doc = _parse(OUTLET_FAILED)
    assert accusing_failure(doc[2]) is None


def test_a_weapon_that_failed_to_go_off_faults_no_one():
    doc = _parse(SHELLS_FAILED)
    assert accusing_failure(doc[4]) is None


# "He claimed that Mengal failed to deliver development ."
CLAIMED_FAILED = [
    ("He", "he", 1, "nsubj", "PRON", "PRP"),
    ("claimed", "claim", 1, "ROOT", "VERB", "VBD"),
    ("that", "that", 4, "mark", "SCONJ", "IN"),
    ("Mengal", "Mengal", 4, "nsubj", "PROPN", "NNP"),
    ("failed", "fail", 1, "ccomp", "VERB", "VBD"),
    ("to", "to", 6, "aux", "PART", "TO"),
    ("deliver", "deliver", 4, "xcomp", "VERB", "VB"),
    ("development", "development", 6, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def test_a_criticism_told_under_claimed_is_made_as_told():
    doc, events = _events(CLAIMED_FAILED, names=[(3, "PERSON")])
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert _text(doc, event.trigger) == "failed"
    assert [_text(doc, t) for t in event.targets] == ["Mengal"]
    assert event.modality == "asserted"


# "Palestinians and Israelis failed to reach agreement , sources reported ."
FAILED_TO_AGREE = [
    ("Palestinians", "Palestinians", 3, "nsubj", "PROPN", "NNPS"),
    ("and", "and", 0, "cc", "CCONJ", "CC"),
    ("Israelis", "Israelis", 0, "conj", "PROPN", "NNPS"),
    ("failed", "fail", 9, "ccomp", "VERB", "VBD"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("reach", "reach", 3, "xcomp", "VERB", "VB"),
    ("agreement", "agreement", 5, "dobj", "NOUN", "NN"),
    (",", ",", 9, "punct", "PUNCT", ","),
    ("sources", "source", 9, "nsubj", "NOUN", "NNS"),
    ("reported", "report", 9, "ROOT", "VERB", "VBD"),
    (".", ".", 9, "punct", "PUNCT", "."),
]


def test_talks_that_broke_down_reported_as_fact_fault_no_one():
    doc, events = _events(FAILED_TO_AGREE, names=[(0, "NORP"), (2, "NORP")])
    assert accusing_failure(doc[3]) is None
    assert _accusations(doc, events) == []


# "Hamas said Israel had failed to achieve its goals ."
FAILED_TO_ACHIEVE = [
    ("Hamas", "Hamas", 1, "nsubj", "PROPN", "NNP"),
    ("said", "say", 1, "ROOT", "VERB", "VBD"),
    ("Israel", "Israel", 4, "nsubj", "PROPN", "NNP"),
    ("had", "have", 4, "aux", "AUX", "VBD"),
    ("failed", "fail", 1, "ccomp", "VERB", "VBN"),
    ("to", "to", 6, "aux", "PART", "TO"),
    ("achieve", "achieve", 4, "xcomp", "VERB", "VB"),
    ("its", "its", 8, "poss", "PRON", "PRP$"),
    ("goals", "goal", 6, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def test_a_rivals_boast_of_goals_not_achieved_is_no_criticism():
    doc, events = _events(FAILED_TO_ACHIEVE, names=[(0, "ORG"), (2, "GPE")])
    assert accusing_failure(doc[4]) is None
    assert _accusations(doc, events) == []
