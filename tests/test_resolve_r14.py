"""Issue 17, session 14: entity-level evidence over the model's label of one report.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys, resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest

pytestmark = pytest.mark.unit


def _type_of(store, key: str) -> str:
    entity = store.entity_ids_for_keys([key])[key]
    row = store.entity(entity)
    assert row is not None
    return row.type


def _lone_people(word: str, first: int, count: int) -> list:
    return [
        _doc(first + i, f"Passers-by, including {word}, were hurt on day {i}.", [(word, "PERSON")])
        for i in range(count)
    ]


@pytest.mark.parametrize("slip_first", [False, True])
def test_a_word_other_reports_name_a_person_alone_is_a_person_in_any_order(tmp_path, slip_first):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        # the model's GPE for a man named once by his surname, with no cue in its report (a
        # verb of saying after it would make it a person there: tests/test_resolve_r24.py);
        # two other reports name a person by the same word alone (each scoped to its report)
        slip = [_doc(1, "The case against Qorvashi was false.", [("Qorvashi", "GPE")])]
        people = _lone_people("Qorvashi", 10, 2)
        # and a third report names somebody in full with the word as his surname
        full = [_doc(5, "Kamran Qorvashi spoke in Dorvan.", [("Kamran Qorvashi", "PERSON")])]
        batches = [slip, people, full] if slip_first else [full, people, slip]
        _ingest(store, batches[:2])
        # the lone persons alone do not make the word a name: the model also calls a
        # street or an app a person now and then
        if slip_first:
            assert _type_of(store, "qorvashi") == "GPE"
        _ingest(store, batches[2:])
        assert _type_of(store, "qorvashi") == "PERSON"
        # each report's person keeps its own entity: the vote joins nothing
        lone = [
            entity_keys.scoped_key("qorvashi", entity_keys.LONE + f"doc-{10 + i}") for i in range(2)
        ]
        ids = store.entity_ids_for_keys([*lone, "qorvashi"])
        assert len(set(ids.values())) == 3
    finally:
        store.close()


def test_a_word_named_a_place_more_often_than_a_person_alone_keeps_its_vote(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        places = [
            _doc(i, f"Shops in Torvakhel were shut on day {i}.", [("Torvakhel", "GPE")])
            for i in range(3)
        ]
        _ingest(store, [places, _lone_people("Torvakhel", 10, 2)])
        assert _type_of(store, "torvakhel") == "GPE"
        # a place the gazetteer knows stays a place however many reports call it a person
        known = [_doc(20, "Roads to Quetta were shut.", [("Quetta", "GPE")])]
        _ingest(store, [known, _lone_people("Quetta", 30, 3)])
        assert _type_of(store, "quetta") == "GPE"
    finally:
        store.close()


def _keys(item) -> list[str]:
    return [m.key for m in resolve.corefer(item, agencies=[]).mentions]


def test_an_undefined_acronym_that_two_written_names_fit_takes_neither():
    # the model found only one name of the initials; the text writes another it missed
    text = (
        "The raid in Khyber Pakhtunkhwa’s Dorvan district killed a man of Khost Province, "
        "officials said. Attacks rose in KP this year."
    )
    keys = _keys(_doc(1, text, [("Khost Province", "GPE"), ("KP", "GPE")]))
    assert keys == ["khost province", "kp"]
    # with no other name of those initials written, the one found name is the expansion
    text = "A man of Khost Province was killed, officials said. Attacks rose in KP this year."
    keys = _keys(_doc(2, text, [("Khost Province", "GPE"), ("KP", "GPE")]))
    assert keys == ["khost province", "khost province"]
    # the found name written again in another form ("Khost Province’s") is no other name
    text = "Khost Province’s governor spoke. Khost Province was calm. KP officials agreed."
    keys = _keys(_doc(3, text, [("Khost Province", "GPE"), ("KP", "GPE")]))
    assert keys[-1] == "khost province"
