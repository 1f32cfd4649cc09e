"""Seizures (session 26, issue 15 item 5): goods seized or recovered with no one held are no
event (the label guide's recoveries rule: "house raids that seized documents and phones but
arrested no one get no row"), while a person, a post or a town seized stays one, arms seized
too (ACLED's disrupted weapons use, CASE 2021's DISR_WEAP), and so do goods seized beside
someone caught ("caught the errant driver and seized the tanker"). Unit tests read hand-built
parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import extract_events
from dossier.records import EventMention
from tests.test_event_what_r14 import _parse

pytestmark = pytest.mark.unit

# "Police seized phones ."
SEIZED_GOODS = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
    ("phones", "phone", 1, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Documents were seized from the dead terrorists ."
SEIZED_FROM_THE_DEAD = [
    ("Documents", "document", 2, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 2, "auxpass", "AUX", "VBD"),
    ("seized", "seize", 2, "ROOT", "VERB", "VBN"),
    ("from", "from", 2, "prep", "ADP", "IN"),
    ("the", "the", 6, "det", "DET", "DT"),
    ("dead", "dead", 6, "amod", "ADJ", "JJ"),
    ("terrorists", "terrorist", 3, "pobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]


def _seized(what: str, lemma: str) -> list[tuple[str, str, int, str, str, str]]:
    """ "Rebels seized the <what> ." """
    return [
        ("Rebels", "rebel", 1, "nsubj", "NOUN", "NNS"),
        ("seized", "seize", 1, "ROOT", "VERB", "VBD"),
        ("the", "the", 3, "det", "DET", "DT"),
        (what, lemma, 1, "dobj", "NOUN", "NN"),
        (".", ".", 1, "punct", "PUNCT", "."),
    ]


def _coerced(rows: list[tuple[str, str, int, str, str, str]]) -> list[EventMention]:
    return [e for e in extract_events(_parse(rows), [], [], {0: 0}) if e.type == "COERCE"]


# "Officials caught the driver and seized the tanker ."
CAUGHT_AND_SEIZED = [
    ("Officials", "official", 1, "nsubj", "NOUN", "NNS"),
    ("caught", "catch", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 3, "det", "DET", "DT"),
    ("driver", "driver", 1, "dobj", "NOUN", "NN"),
    ("and", "and", 1, "cc", "CCONJ", "CC"),
    ("seized", "seize", 1, "conj", "VERB", "VBD"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("tanker", "tanker", 5, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def test_goods_seized_with_no_one_held_are_no_event() -> None:
    assert _coerced(SEIZED_GOODS) == []
    assert _coerced(SEIZED_FROM_THE_DEAD) == []
    assert _coerced(_seized("trailer", "trailer")) == []


def test_a_town_a_post_a_person_or_arms_seized_stay_an_event() -> None:
    assert len(_coerced(_seized("town", "town"))) == 1
    assert len(_coerced(_seized("ammunition", "ammunition"))) == 1
    assert len(_coerced(_seized("checkpost", "checkpost"))) == 1
    assert len(_coerced(_seized("journalist", "journalist"))) == 1


def test_goods_seized_beside_someone_caught_stay_the_incident() -> None:
    assert len(_coerced(CAUGHT_AND_SEIZED)) == 1
