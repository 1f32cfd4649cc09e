"""Session 20, events found once (issue 15, item 5): several incidents told in one sentence.

The labelled sets give one row per incident, with the same anchor when one sentence tells
several ("two separate encounters … in Dosali and Tappi"); the scorer must let each of those
rows meet its own exported event, or a correct split could never score."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from spacy.tokens import Doc

from bench.eval_events import Exported, best_assignment, match_rows
from dossier.extract.events.assembly import _one_per_place
from dossier.kb.event_merge import event_id_for
from dossier.records import EventMention, Mention
from tests.hand_parses import parse

pytestmark = pytest.mark.unit

SENTENCE = "Two soldiers were martyred in Dosali, while in Tappi two others were killed."


def _export(*events: dict[str, Any]) -> tuple[Exported, dict[str, Any]]:
    """An export of one article ``a1`` holding ``events``, each read from SENTENCE."""
    entities = [
        {"id": "p-dosali", "name": "Dosali"},
        {"id": "p-tappi", "name": "Tappi"},
    ]
    full = []
    for n, event in enumerate(events):
        full.append(
            {
                "id": f"e{n}",
                "actors": [],
                "targets": [],
                "modality": "asserted",
                "date": None,
                "evidence": [{"document_id": "d1", "text": SENTENCE}],
                **event,
            }
        )
    export = {"entities": entities, "events": full, "documents": []}
    return Exported(export, {"d1": "a1"}), {"a1": {"id": "d1"}}


def _row(place: str, kind: str = "ASSAULT") -> dict[str, Any]:
    return {"article": "a1", "anchor": "were martyred in Dosali", "type": kind, "place": place}


def test_rows_sharing_an_anchor_meet_distinct_events_by_place() -> None:
    ex, docs = _export(
        {"type": "ASSAULT", "location": "p-dosali"}, {"type": "ASSAULT", "location": "p-tappi"}
    )
    # the Tappi row comes first, yet the Dosali event (exported first) goes to the Dosali row
    got = match_rows(ex, docs, [_row("Tappi"), _row("Dosali")])
    assert [e["id"] if e else None for e in got] == ["e1", "e0"]


def test_the_first_matcher_gives_every_row_of_an_anchor_the_same_event() -> None:
    ex, docs = _export(
        {"type": "ASSAULT", "location": "p-dosali"}, {"type": "ASSAULT", "location": "p-tappi"}
    )
    got = match_rows(ex, docs, [_row("Tappi"), _row("Dosali")], matcher="first")
    assert [e["id"] if e else None for e in got] == ["e0", "e0"]


def test_one_event_cannot_stand_for_two_incidents() -> None:
    ex, docs = _export({"type": "ASSAULT", "location": "p-tappi"})
    got = match_rows(ex, docs, [_row("Dosali"), _row("Tappi")])
    assert [e["id"] if e else None for e in got] == [None, "e0"]


def test_gold_type_outranks_place() -> None:
    ex, docs = _export(
        {"type": "COERCE", "location": "p-dosali"}, {"type": "ASSAULT", "location": "p-tappi"}
    )
    got = match_rows(ex, docs, [_row("Dosali")])
    assert got[0] is not None and got[0]["id"] == "e1"


def test_an_event_not_holding_the_anchor_is_never_matched() -> None:
    ex, docs = _export({"type": "ASSAULT", "location": "p-dosali"})
    row = {**_row("Dosali"), "anchor": "an unrelated sentence"}
    assert match_rows(ex, docs, [row]) == [None]


def test_the_assignment_with_most_agreement_wins_over_the_first_best_pair() -> None:
    # row 0 agrees a little more with event 0 than row 1 does, but row 1 has nothing else:
    # taking the best pair first would leave row 1 without an event
    assert best_assignment([[100, 90], [96, 0]]) == {0: 1, 1: 0}
    assert best_assignment([[5], [5]]) == {0: 0}
    assert best_assignment([[0, 0]]) == {0: 0}


# ------------------------------------------------------------- one event per coordinated place


def _arrest(doc: Doc, place: int, kind: str = "COERCE") -> EventMention:
    arrested = doc[1]
    return EventMention(
        type=kind,
        mode=None,
        trigger=(arrested.idx, arrested.idx + len(arrested)),
        start=0,
        end=len(doc.text),
        sentence=0,
        actors=((0, len(doc[0])),),
        location=(doc[place].idx, doc[place].idx + len(doc[place])),
    )


def _places(doc: Doc, *at: int, label: str = "GPE") -> list[Mention]:
    return [
        Mention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, label, doc[i].lower_, 0)
        for i in at
    ]


def _in(second: str, second_dep: str = "conj") -> Doc:
    """ "Police arrested men in Lahore and <second> ." """
    return parse(
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("arrested", 1, "ROOT", "VERB"),
            ("men", 1, "dobj", "NOUN"),
            ("in", 1, "prep", "ADP"),
            ("Lahore", 3, "pobj", "PROPN"),
            ("and", 4, "cc", "CCONJ"),
            (second, 4, second_dep, "PROPN"),
            (".", 1, "punct", "PUNCT"),
        ]
    )


def test_an_arrest_in_two_coordinated_places_is_one_event_per_place() -> None:
    doc = _in("Karachi")
    out = _one_per_place([_arrest(doc, 4)], doc, _places(doc, 4, 6))
    assert [doc.text[e.location[0] : e.location[1]] for e in out if e.location] == [
        "Lahore",
        "Karachi",
    ]
    assert out[0].actors == out[1].actors and out[0].trigger == out[1].trigger


def test_a_coordinated_word_that_is_no_place_adds_no_event() -> None:
    doc = _in("suburbs")  # "in Lahore and suburbs": the second is no named place
    assert len(_one_per_place([_arrest(doc, 4)], doc, _places(doc, 4))) == 1


def test_a_statement_is_not_told_once_per_place() -> None:
    doc = _in("Karachi")
    event = _arrest(doc, 4, kind="ACCUSE")
    assert _one_per_place([event], doc, _places(doc, 4, 6)) == [event]


def test_places_joined_under_between_are_one_setting() -> None:
    doc = _in("Karachi")
    between = parse([(t.text if t.i != 3 else "between", t.head.i, t.dep_, t.pos_) for t in doc])
    assert len(_one_per_place([_arrest(between, 4)], between, _places(between, 4, 6))) == 1


def test_a_place_split_keeps_ids_apart() -> None:
    assert event_id_for("d1", 10) != event_id_for("d1", 10, 30)
    assert event_id_for("d1", 10, 30) != event_id_for("d1", 10, 40)
    assert event_id_for("d1", 10) == event_id_for("d1", 10)


def test_places_coordinated_inside_one_phrase_and_after_of_are_split() -> None:
    """ "Police arrested men in areas of Lahore and Karak districts ." """
    doc = parse(
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("arrested", 1, "ROOT", "VERB"),
            ("men", 1, "dobj", "NOUN"),
            ("in", 1, "prep", "ADP"),
            ("areas", 3, "pobj", "NOUN"),
            ("of", 4, "prep", "ADP"),
            ("Lahore", 9, "nmod", "PROPN"),
            ("and", 6, "cc", "CCONJ"),
            ("Karak", 6, "conj", "PROPN"),
            ("districts", 5, "pobj", "NOUN"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    # the location is the second name; the first is a proper name the model did not tag
    out = _one_per_place([_arrest(doc, 8)], doc, _places(doc, 8))
    assert [doc.text[e.location[0] : e.location[1]] for e in out if e.location] == [
        "Karak",
        "Lahore",
    ]


def test_an_apposition_read_as_a_coordination_is_one_place() -> None:
    """ "Police arrested men in Miramshah , Waziristan ." with no "and": the town and where it
    lies, though the parser joined them as a coordination."""
    doc = parse(
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("arrested", 1, "ROOT", "VERB"),
            ("men", 1, "dobj", "NOUN"),
            ("in", 1, "prep", "ADP"),
            ("Miramshah", 3, "pobj", "PROPN"),
            (",", 4, "punct", "PUNCT"),
            ("Waziristan", 4, "conj", "PROPN"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    assert len(_one_per_place([_arrest(doc, 4)], doc, _places(doc, 4, 6))) == 1


def test_places_outside_the_acts_clause_are_not_its_own() -> None:
    """ "Men protested in Lahore and Karachi after police arrested men ." : the arrest is not
    set in the protests' places."""
    doc = parse(
        [
            ("Men", 1, "nsubj", "NOUN"),
            ("protested", 1, "ROOT", "VERB"),
            ("in", 1, "prep", "ADP"),
            ("Lahore", 2, "pobj", "PROPN"),
            ("and", 3, "cc", "CCONJ"),
            ("Karachi", 3, "conj", "PROPN"),
            ("after", 8, "mark", "SCONJ"),
            ("police", 8, "nsubj", "NOUN"),
            ("arrested", 1, "advcl", "VERB"),
            ("men", 8, "dobj", "NOUN"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    arrested = doc[8]
    event = replace(_arrest(doc, 3), trigger=(arrested.idx, arrested.idx + len(arrested)))
    assert _one_per_place([event], doc, _places(doc, 3, 5)) == [event]
    protest = replace(event, type="PROTEST", trigger=(doc[1].idx, doc[1].idx + len(doc[1])))
    assert len(_one_per_place([protest], doc, _places(doc, 3, 5))) == 2
