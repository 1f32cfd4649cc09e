"""One event per named place, session 24 (issue 15 item 5): places set by coordinated
prepositions ("in Beit Lahiya and in and around Jabalia", "near a school in A and near B")
and a list of places in apposition to another setting of the act's clause ("in North
Waziristan District, a fire exchange took place ... in general areas Dosali and Tappi") are
one incident each, as the label guide's per-place rule counts them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _one_per_place
from dossier.records import EventMention
from tests.hand_parses import located, parse, places

pytestmark = pytest.mark.unit


def _act(doc: Doc, place: int, kind: str = "ASSAULT") -> EventMention:
    verb = doc[1]
    return EventMention(
        type=kind,
        mode=None,
        trigger=(verb.idx, verb.idx + len(verb)),
        start=0,
        end=len(doc.text),
        sentence=0,
        actors=((0, len(doc[0])),),
        location=(doc[place].idx, doc[place].idx + len(doc[place])),
    )


def _two_settings(second: str, around: bool = False) -> Doc:
    """ "Troops shelled homes in Lahiya and in [and around] <second> ." """
    rows = [
        ("Troops", 1, "nsubj", "NOUN"),
        ("shelled", 1, "ROOT", "VERB"),
        ("homes", 1, "dobj", "NOUN"),
        ("in", 1, "prep", "ADP"),
        ("Lahiya", 3, "pobj", "PROPN"),
        ("and", 3, "cc", "CCONJ"),
        ("in", 3, "conj", "ADP"),
    ]
    if around:
        rows += [("and", 6, "cc", "CCONJ"), ("around", 6, "conj", "ADP")]
    rows += [(second, len(rows) - 1, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
    return parse(rows)


def test_places_under_coordinated_prepositions_are_one_event_each() -> None:
    doc = _two_settings("Jabalia")
    out = _one_per_place([_act(doc, 4)], doc, places(doc, 4, 7))
    assert located(doc, out) == ["Lahiya", "Jabalia"]
    assert out[0].trigger == out[1].trigger and out[0].actors == out[1].actors


def test_a_preposition_with_no_object_takes_the_next_ones() -> None:
    doc = _two_settings("Jabalia", around=True)  # "in Lahiya and in and around Jabalia"
    out = _one_per_place([_act(doc, 4)], doc, places(doc, 4, 9))
    assert located(doc, out) == ["Lahiya", "Jabalia"]


def test_a_coordinated_preposition_over_no_place_adds_nothing() -> None:
    doc = _two_settings("north")  # "in Lahiya and in the north": no named place
    assert len(_one_per_place([_act(doc, 4)], doc, places(doc, 4))) == 1


def _listed(second: str, second_pos: str = "PROPN") -> Doc:
    """ "Troops clashed in Waziristan in areas Dosali and <second> ." """
    return parse(
        [
            ("Troops", 1, "nsubj", "NOUN"),
            ("clashed", 1, "ROOT", "VERB"),
            ("in", 1, "prep", "ADP"),
            ("Waziristan", 2, "pobj", "PROPN"),
            ("in", 1, "prep", "ADP"),
            ("areas", 4, "pobj", "NOUN"),
            ("Dosali", 5, "appos", "PROPN"),
            ("and", 6, "cc", "CCONJ"),
            (second, 6, "conj", second_pos),
            (".", 1, "punct", "PUNCT"),
        ]
    )


def test_a_listed_setting_finer_than_the_district_is_one_event_per_listed_place() -> None:
    doc = _listed("Tappi")
    out = _one_per_place([_act(doc, 3)], doc, places(doc, 3))
    assert located(doc, out) == ["Dosali", "Tappi"]  # the district's event moves to the first


def test_a_list_with_a_word_that_is_no_place_leaves_the_act_where_it_was() -> None:
    doc = _listed("others", "NOUN")  # "in areas Dosali and others"
    out = _one_per_place([_act(doc, 3)], doc, places(doc, 3))
    assert located(doc, out) == ["Waziristan"]


def test_a_statement_is_not_moved_to_a_listed_setting() -> None:
    doc = _listed("Tappi")
    event = _act(doc, 3, kind="ACCUSE")
    assert _one_per_place([event], doc, places(doc, 3)) == [event]
