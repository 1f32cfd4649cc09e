"""An attack told as the doer of a verb of striking struck that verb's object (session 41,
issue 15; ``roles_struck.struck_objects``): "an air strike hit his house", "a heavy attack
that destroyed six planes" had the attack noun as the event and no target, though the
sentence names what it struck."""

from __future__ import annotations

import pytest

from dossier.extract.events import extract_events
from tests.test_event_types_r40 import _parse

pytestmark = pytest.mark.unit

# "An air strike hit the house ."
STRIKE_HIT = [
    ("An", "an", 2, "det", "DET", "DT"),
    ("air", "air", 2, "compound", "NOUN", "NN"),
    ("strike", "strike", 3, "nsubj", "NOUN", "NN"),
    ("hit", "hit", 3, "ROOT", "VERB", "VBD"),
    ("the", "the", 5, "det", "DET", "DT"),
    ("house", "house", 3, "dobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "The airport was closed by an attack that destroyed six planes ."
ATTACK_THAT_DESTROYED = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("airport", "airport", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("closed", "close", 3, "ROOT", "VERB", "VBN"),
    ("by", "by", 3, "agent", "ADP", "IN"),
    ("an", "an", 6, "det", "DET", "DT"),
    ("attack", "attack", 4, "pobj", "NOUN", "NN"),
    ("that", "that", 8, "nsubj", "PRON", "WDT"),
    ("destroyed", "destroy", 6, "relcl", "VERB", "VBD"),
    ("six", "six", 10, "nummod", "NUM", "CD"),
    ("planes", "plane", 8, "dobj", "NOUN", "NNS"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "The attack was hit by the news ." -- a passive: its subject is what was struck, no doer's
# object to read
ATTACK_WAS_HIT = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("attack", "attack", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("hit", "hit", 3, "ROOT", "VERB", "VBN"),
    ("by", "by", 3, "agent", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("news", "news", 4, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


def _assaults(doc) -> list[list[str]]:
    return [
        [doc.text[a:b] for a, b in e.targets]
        for e in extract_events(doc, [], [], {0: 0})
        if e.type == "ASSAULT"
    ]


def test_what_an_air_strike_hit_is_its_target() -> None:
    assert _assaults(_parse(STRIKE_HIT)) == [["the house"]]


def test_what_an_attack_that_destroyed_is_its_target() -> None:
    assert _assaults(_parse(ATTACK_THAT_DESTROYED)) == [["six planes"]]


def test_a_passive_verb_of_striking_lends_no_object() -> None:
    doc = _parse(ATTACK_WAS_HIT)
    assert all("news" not in " ".join(targets) for targets in _assaults(doc))
