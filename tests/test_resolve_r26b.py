"""Issue 17, session 26 second step (check-r22): weak evidence that joined different men
across reports.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented, save the common given names the rules are about.
"""

from __future__ import annotations

import pytest

from dossier.kb import name_spans, resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a very common given name the model calls an organisation ------------------------------


def test_a_common_given_name_typed_an_organisation_is_a_man_of_the_report():
    text = "Police killed a commander of the banned group, Saeed, in an operation."
    ((_, key, label),) = _keys(text, [("Saeed", "ORG")])
    assert label == "PERSON"
    assert key != "saeed" and key.startswith("saeed")


def test_two_reports_common_given_name_typed_an_organisation_stay_apart(tmp_path):
    one = _doc(
        1, "Police killed a commander of the banned group, Saeed, in Dorvan.", [("Saeed", "ORG")]
    )
    two = _doc(2, "The tribunal sentenced the officer, Saeed, in Korvan.", [("Saeed", "ORG")])
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[one], [two]])
    keys = [m.key for d in (one, two) for m in resolve.corefer(d, agencies=[]).mentions]
    assert len(set(keys)) == 2
    entities = store.entity_ids_for_keys(keys)
    assert entities[keys[0]] != entities[keys[1]]


def test_an_uncommon_one_word_organisation_keeps_its_key():
    text = "Fighters of Varzehri attacked the port."
    ((_, key, label),) = _keys(text, [("Varzehri", "ORG")])
    assert (key, label) == ("varzehri", "ORG")


# -- a "person" of the model's written only where a place stands ---------------------------


def test_a_lone_name_does_not_join_a_place_the_model_took_for_a_man():
    text = (
        "Two of the detained, Rahmatullah and Usama, were injured. Cases were registered "
        "in Dorvan, Sibkot, and Qala Rahmatullah."
    )
    found = _keys(text, [("Rahmatullah", "PERSON"), ("Qala Rahmatullah", "PERSON")])
    (lone,) = [key for t, key, _ in found if t == "Rahmatullah"]
    assert lone != "qala rahmatullah"


def test_a_lone_name_still_joins_the_full_name_written_as_a_man():
    text = "Police arrested Rahmat Varzehri in Dorvan. Varzehri was taken to the station in Sibkot."
    found = _keys(text, [("Rahmat Varzehri", "PERSON"), ("Varzehri", "PERSON")])
    assert [key for _, key, _ in found] == ["rahmat varzehri", "rahmat varzehri"]


def test_only_as_place_needs_every_mention_in_a_place_position():
    text = "Qala Dorvan spoke on Monday. Rallies were held in Sibkot and Qala Dorvan."
    people = [
        _doc(1, text, [("Qala Dorvan", "PERSON"), ("Qala Dorvan", "PERSON")]).mentions[0],
        _doc(1, text, [("Qala Dorvan", "PERSON"), ("Qala Dorvan", "PERSON")]).mentions[1],
    ]
    assert not name_spans._only_as_place("qala dorvan", people, text)
    assert name_spans._only_as_place("qala dorvan", people[1:], text)


# -- a spelling variant of a two-word name across reports ---------------------------------


def _report(number: int, person: str, others: list[str]) -> object:
    text = f"{person} spoke. " + " ".join(f"{o} was named." for o in others)
    return _doc(number, text, [(person, "PERSON")] + [(o, "ORG") for o in others])


def test_a_two_word_variant_sharing_one_name_stays_apart(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    first = _report(1, "Yaqoob Varzan", ["Dorvan Party", "Sibkot Jirga", "Tarvel Council"])
    second = _report(2, "Yaqub Varzan", ["Dorvan Party", "Korvan Treaty", "Lerkan Court"])
    _ingest(store, [[first], [second]])
    ids = store.entity_ids_for_keys(["yaqoob varzan", "yaqub varzan"])
    assert ids["yaqoob varzan"] != ids["yaqub varzan"]


def test_a_two_word_variant_sharing_two_names_joins(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    first = _report(1, "Yaqoob Varzan", ["Dorvan Party", "Sibkot Jirga", "Tarvel Council"])
    second = _report(2, "Yaqub Varzan", ["Dorvan Party", "Sibkot Jirga", "Lerkan Court"])
    _ingest(store, [[first], [second]])
    ids = store.entity_ids_for_keys(["yaqoob varzan", "yaqub varzan"])
    assert ids["yaqoob varzan"] == ids["yaqub varzan"]


def test_a_name_after_a_place_and_a_comma_is_not_in_a_place_position():
    # "at the office in Kohat, Muhammad Ali Saif, adviser to ...": a clause, not a list
    text = "Addressing a jirga in Dorvan, Rahmat Varzehri, adviser to the minister, spoke."
    person = _doc(1, text, [("Rahmat Varzehri", "PERSON")]).mentions
    assert not name_spans._only_as_place("rahmat varzehri", person, text)
