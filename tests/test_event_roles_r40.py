"""Roles of session 40 (issue 15): a weapon told as the doer of a strike names its firer by
its adjective or possessor ("an Israeli drone struck the south":
:func:`dossier.extract.events.instruments.weapon_owners`); two sides coordinated as the subject
of a fight are its targets too, where the verb's only other phrase says where it was fought
("Ostrand and Velmora exchanged fire at the border":
:func:`dossier.extract.events.roles.sides_to_each_other`). Parses are built by hand (invented
names: Ostrand, Velmora)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.instruments import weapon_owners, weapons_of
from dossier.extract.events.roles import _Roles, sides_to_each_other
from dossier.extract.events.roles_addressed import asked_in_protest
from dossier.kb.event_merge import EventReport, reversed_roles
from tests.hand_parses import TaggedRow, tagged

pytestmark = pytest.mark.unit

Row = TaggedRow
_doc = tagged


def _drone(owner: Row) -> Doc:
    # "An Ostrandi drone struck the south ."
    return _doc(
        [
            ("An", "an", 2, "det", "DET", "DT", "O"),
            owner,
            ("drone", "drone", 3, "nsubj", "NOUN", "NN", "O"),
            ("struck", "strike", 3, "ROOT", "VERB", "VBD", "O"),
            ("the", "the", 5, "det", "DET", "DT", "O"),
            ("south", "south", 3, "dobj", "NOUN", "NN", "O"),
            (".", ".", 3, "punct", "PUNCT", ".", "O"),
        ]
    )


def test_a_weapon_told_as_the_doer_names_its_firer_by_its_adjective():
    doc = _drone(("Ostrandi", "ostrandi", 2, "amod", "ADJ", "JJ", "B-NORP"))
    weapons = weapons_of(doc[3])
    assert [w.text for w in weapons] == ["drone"]
    assert [o.text for o in weapon_owners(weapons)] == ["Ostrandi"]


def test_a_weapon_with_a_plain_adjective_names_no_one():
    doc = _drone(("armed", "armed", 2, "amod", "ADJ", "JJ", "O"))
    assert weapon_owners(weapons_of(doc[3])) == []


def test_the_maker_of_a_weapon_is_not_its_firer():
    # "Ostrandi - made drones struck the base ." with the name hung on the drone by a misparse
    doc = _doc(
        [
            ("Ostrandi", "ostrandi", 3, "amod", "PROPN", "NNP", "B-NORP"),
            ("-", "-", 2, "punct", "PUNCT", "HYPH", "O"),
            ("made", "make", 3, "amod", "VERB", "VBN", "O"),
            ("drones", "drone", 4, "nsubj", "NOUN", "NNS", "O"),
            ("struck", "strike", 4, "ROOT", "VERB", "VBD", "O"),
            ("the", "the", 6, "det", "DET", "DT", "O"),
            ("base", "base", 4, "dobj", "NOUN", "NN", "O"),
        ]
    )
    assert weapon_owners(weapons_of(doc[4])) == []


def _fired(second: list[Row]) -> Doc:
    # "Ostrand and Velmora exchanged fire <second>"
    return _doc(
        [
            ("Ostrand", "Ostrand", 3, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("and", "and", 0, "cc", "CCONJ", "CC", "O"),
            ("Velmora", "Velmora", 0, "conj", "PROPN", "NNP", "B-GPE"),
            ("exchanged", "exchange", 3, "ROOT", "VERB", "VBD", "O"),
            ("fire", "fire", 3, "dobj", "NOUN", "NN", "O"),
            *second,
        ]
    )


def test_sides_coordinated_in_a_fight_are_its_targets_too():
    doc = _fired(
        [
            ("at", "at", 3, "prep", "ADP", "IN", "O"),
            ("the", "the", 7, "det", "DET", "DT", "O"),
            ("border", "border", 5, "pobj", "NOUN", "NN", "O"),
        ]
    )
    roles = _Roles(actors=[doc[0], doc[2]], targets=[doc[7]])
    sides_to_each_other(doc[3], "ASSAULT", roles)
    assert [t.text for t in roles.targets] == ["Ostrand", "Velmora"]
    assert roles.mutual


def test_a_fight_with_another_side_keeps_that_side():
    doc = _fired(
        [
            ("with", "with", 3, "prep", "ADP", "IN", "O"),
            ("the", "the", 7, "det", "DET", "DT", "O"),
            ("militia", "militia", 5, "pobj", "NOUN", "NN", "O"),
        ]
    )
    roles = _Roles(actors=[doc[0], doc[2]], targets=[doc[7]])
    sides_to_each_other(doc[3], "ASSAULT", roles)
    assert [t.text for t in roles.targets] == ["militia"]
    assert not roles.mutual


def test_actors_gathered_from_two_clauses_are_no_sides():
    doc = _fired([])
    # Velmora is not coordinated with Ostrand here (two separate doers of one fold)
    other = _doc([("Velmora", "Velmora", 0, "ROOT", "PROPN", "NNP", "B-GPE")])
    roles = _Roles(actors=[doc[0], other[0]], targets=[])
    sides_to_each_other(doc[3], "ASSAULT", roles)
    assert roles.targets == []


def _report(mid: int, actors: set[str], targets: set[str]) -> EventReport:
    return EventReport(
        mention_id=mid,
        document_id="d1",
        type="ASSAULT",
        mode=None,
        modality="asserted",
        date_start="2025-05-04",
        date_end="2025-05-04",
        location=None,
        actors=frozenset(actors),
        targets=frozenset(targets),
    )


def test_the_sides_of_an_exchange_of_fire_reverse_no_other_report():
    fought = _report(1, {"ent_ostrand", "ent_velmora"}, {"ent_ostrand", "ent_velmora"})
    shelled = _report(2, {"ent_velmora"}, {"ent_area"})
    assert not reversed_roles(fought, shelled)
    assert not reversed_roles(shelled, fought)


def test_who_struck_whom_still_tells_two_reports_apart():
    one = _report(1, {"ent_ostrand"}, {"ent_velmora"})
    other = _report(2, {"ent_velmora"}, {"ent_ostrand"})
    assert reversed_roles(one, other)


def _rally(verb: Row, prep: Row | None) -> Doc:
    # "Activists staged a rally , calling upon the Velmora Council to act ."
    rows: list[Row] = [
        ("Activists", "activist", 1, "nsubj", "NOUN", "NNS", "O"),
        ("staged", "stage", 1, "ROOT", "VERB", "VBD", "O"),
        ("a", "a", 3, "det", "DET", "DT", "O"),
        ("rally", "rally", 1, "dobj", "NOUN", "NN", "O"),
        (",", ",", 1, "punct", "PUNCT", ",", "O"),
        verb,
    ]
    at = len(rows)
    if prep is not None:
        rows.append(prep)
    rows += [
        ("the", "the", at + 3 if prep else at + 2, "det", "DET", "DT", "O"),
        ("Velmora", "Velmora", at + 3 if prep else at + 2, "compound", "PROPN", "NNP", "B-ORG"),
        (
            "Council",
            "Council",
            at if prep else 5,
            "pobj" if prep else "dobj",
            "PROPN",
            "NNP",
            "I-ORG",
        ),
    ]
    return _doc(rows)


def test_whom_a_protest_calls_upon_is_its_target():
    doc = _rally(
        ("calling", "call", 1, "advcl", "VERB", "VBG", "O"),
        ("upon", "upon", 5, "prep", "ADP", "IN", "O"),
    )
    assert [t.text for t in asked_in_protest(doc[1])] == ["Council"]


def test_whom_a_protest_urges_is_its_target():
    doc = _rally(("urging", "urge", 1, "advcl", "VERB", "VBG", "O"), None)
    assert [t.text for t in asked_in_protest(doc[1])] == ["Council"]


def test_what_a_protest_demands_is_no_target():
    doc = _rally(("demanding", "demand", 1, "advcl", "VERB", "VBG", "O"), None)
    assert asked_in_protest(doc[1]) == []
