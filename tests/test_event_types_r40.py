"""Event types of session 40 (issue 15): a state closing its border or airspace to another,
or barring a country's travellers, is SANCTION (the label guide's rows of such measures are
all SANCTION or SANCTION|COERCE), while a force closing a way on the ground and a ban of
rallies stay COERCE; a truce told as in force ("since the Nov 27 ceasefire") is its sides'
agreement (AGREE). Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import extract_events
from dossier.records import Mention
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

# "India closed the Attari border with Pakistan ."
STATE_CLOSED_BORDER = [
    ("India", "India", 1, "nsubj", "PROPN", "NNP"),
    ("closed", "close", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("Attari", "Attari", 4, "compound", "PROPN", "NNP"),
    ("border", "border", 1, "dobj", "NOUN", "NN"),
    ("with", "with", 4, "prep", "ADP", "IN"),
    ("Pakistan", "Pakistan", 5, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The army closed the border with Ostrand ."
ARMY_CLOSED_BORDER = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("army", "army", 2, "nsubj", "NOUN", "NN"),
    ("closed", "close", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("border", "border", 2, "dobj", "NOUN", "NN"),
    ("with", "with", 4, "prep", "ADP", "IN"),
    ("Ostrand", "Ostrand", 5, "pobj", "PROPN", "NNP"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "The committee closed the airspace to Indian aircraft ."
COMMITTEE_CLOSED_AIRSPACE = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("committee", "committee", 2, "nsubj", "NOUN", "NN"),
    ("closed", "close", 2, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("airspace", "airspace", 2, "dobj", "NOUN", "NN"),
    ("to", "to", 2, "prep", "ADP", "IN"),
    ("Indian", "indian", 7, "amod", "ADJ", "JJ"),
    ("aircraft", "aircraft", 5, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Trump imposed a travel ban on Afghans ."
TRAVEL_BAN = [
    ("Trump", "Trump", 1, "nsubj", "PROPN", "NNP"),
    ("imposed", "impose", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("travel", "travel", 4, "compound", "NOUN", "NN"),
    ("ban", "ban", 1, "dobj", "NOUN", "NN"),
    ("on", "on", 4, "prep", "ADP", "IN"),
    ("Afghans", "Afghans", 5, "pobj", "PROPN", "NNPS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The ministry imposed a ban on rallies ."
RALLY_BAN = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("ministry", "ministry", 2, "nsubj", "NOUN", "NN"),
    ("imposed", "impose", 2, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("ban", "ban", 2, "dobj", "NOUN", "NN"),
    ("on", "on", 4, "prep", "ADP", "IN"),
    ("rallies", "rally", 5, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def _kinds(rows: list[tuple[str, str, int, str, str, str]]) -> set[tuple[str, str | None]]:
    doc = _parse(rows)
    return {(e.type, e.mode) for e in extract_events(doc, [], [], {0: 0})}


@pytest.mark.parametrize("rows", [STATE_CLOSED_BORDER, COMMITTEE_CLOSED_AIRSPACE])
def test_a_state_closing_its_border_or_airspace_is_a_sanction(rows) -> None:
    kinds = _kinds(rows)
    assert ("SANCTION", "restrict") in kinds
    assert not any(kind == "COERCE" for kind, _ in kinds)


def test_a_force_closing_a_border_stays_coerce() -> None:
    assert ("COERCE", "restrict") in _kinds(ARMY_CLOSED_BORDER)


def test_a_travel_ban_is_a_sanction_and_a_rally_ban_a_coerce_ban() -> None:
    assert ("SANCTION", "restrict") in _kinds(TRAVEL_BAN)
    kinds = _kinds(RALLY_BAN)
    assert ("COERCE", "ban") in kinds
    assert not any(kind == "SANCTION" for kind, _ in kinds)


# A truce told as in force is its sides' agreement (AGREE): the label guide's "the Nov 27
# ceasefire an AGREE row"; a truce asked for or broken is none.


def _parse_named(rows, ents):
    """A parse with entity tags (IOB, one a token) beside the rows of ``_parse``."""
    doc = _parse(rows)
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        ents=ents,
    )


# "Israel struck Lebanon since the ceasefire ."
STRUCK_SINCE_TRUCE = [
    ("Israel", "Israel", 1, "nsubj", "PROPN", "NNP"),
    ("struck", "strike", 1, "ROOT", "VERB", "VBD"),
    ("Lebanon", "Lebanon", 1, "dobj", "PROPN", "NNP"),
    ("since", "since", 1, "prep", "ADP", "IN"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 3, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "The UN called for a ceasefire ."
CALLED_FOR_TRUCE = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("UN", "UN", 2, "nsubj", "PROPN", "NNP"),
    ("called", "call", 2, "ROOT", "VERB", "VBD"),
    ("for", "for", 2, "prep", "ADP", "IN"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("ceasefire", "ceasefire", 3, "pobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "India reported ceasefire violations since Sunday ."
TRUCE_VIOLATIONS = [
    ("India", "India", 1, "nsubj", "PROPN", "NNP"),
    ("reported", "report", 1, "ROOT", "VERB", "VBD"),
    ("ceasefire", "ceasefire", 3, "compound", "NOUN", "NN"),
    ("violations", "violation", 1, "dobj", "NOUN", "NNS"),
    ("since", "since", 3, "prep", "ADP", "IN"),
    ("Sunday", "Sunday", 4, "pobj", "PROPN", "NNP"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _agreements(doc) -> list[tuple[list[str], list[str]]]:
    named = [
        Mention(t.idx, t.idx + len(t), t.text, t.ent_type_, t.lower_, 0) for t in doc if t.ent_type_
    ]
    return [
        (
            [doc.text[a:b] for a, b in e.actors],
            [doc.text[a:b] for a, b in e.targets],
        )
        for e in extract_events(doc, named, [], {0: 0})
        if e.type == "AGREE"
    ]


def test_a_truce_in_force_is_an_agreement_of_the_sides_its_sentence_names() -> None:
    doc = _parse_named(STRUCK_SINCE_TRUCE, ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    assert _agreements(doc) == [(["Israel"], ["Lebanon"])]


@pytest.mark.parametrize("rows", [CALLED_FOR_TRUCE, TRUCE_VIOLATIONS])
def test_a_truce_asked_for_or_broken_is_no_agreement(rows) -> None:
    assert _agreements(_parse(rows)) == []


# "186 people had been killed since the truce ."
KILLED_SINCE_TRUCE = [
    ("186", "186", 1, "nummod", "NUM", "CD"),
    ("people", "people", 4, "nsubjpass", "NOUN", "NNS"),
    ("had", "have", 4, "aux", "AUX", "VBD"),
    ("been", "be", 4, "auxpass", "AUX", "VBN"),
    ("killed", "kill", 4, "ROOT", "VERB", "VBN"),
    ("since", "since", 4, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("truce", "truce", 5, "pobj", "NOUN", "NN"),
    (".", ".", 4, "punct", "PUNCT", "."),
]


def test_a_toll_counted_since_a_truce_stays_a_tally() -> None:
    """The truce is now an event, yet no act whose victims the toll counts ("killed since
    Israel resumed its assault" is): a toll since it is a tally, no one attack."""
    doc = _parse(KILLED_SINCE_TRUCE)
    assert "ASSAULT" not in {e.type for e in extract_events(doc, [], [], {0: 0})}
