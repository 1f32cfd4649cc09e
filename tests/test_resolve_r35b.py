"""Issue 17, session 35 (check-r35's false merge): a word linked to a name of its report takes
the key that name ends with in the report, so a key that only one report's context made never
reaches other reports through a lone word.

Hand-built mentions (the model's labels fixed), the store real. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys
from dossier.store import open_store
from tests.test_resolve_store import _doc, _entity_names, _ingest, _keys

pytestmark = pytest.mark.unit

#: a son named in full once, then by his given name alone -- a word that is also a title
SON = (
    "Police say his son, Amir Valdoran, joined the outlawed group. "
    "Amir had left the home in April and did not return."
)


def test_a_given_name_read_as_a_title_takes_its_full_names_scoped_key():
    spans = [("Amir Valdoran", "PERSON"), ("Amir", "PERSON")]
    keys = {text: key for text, key, _label in _keys(SON, spans)}
    assert entity_keys.SCOPE in keys["Amir Valdoran"]
    # the lone word is the son, under the very key his full name got here
    assert keys["Amir"] == keys["Amir Valdoran"]


def test_a_full_name_kept_bare_keeps_its_lone_word_on_the_bare_key():
    text = "Korvat Dalmi, the minister, spoke on Monday. Minister Dalmi said talks would go on."
    keys = {
        text: key
        for text, key, _label in _keys(text, [("Korvat Dalmi", "PERSON"), ("Dalmi", "PERSON")])
    }
    # no scope was given to the full name, so none is given to the word linked to it
    assert keys["Korvat Dalmi"] == "korvat dalmi"
    assert keys["Dalmi"] == "korvat dalmi"


def test_another_reports_lone_surname_does_not_join_a_name_scoped_to_its_report(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        son = _doc(1, SON, [("Amir Valdoran", "PERSON"), ("Amir", "PERSON")])
        other = _doc(
            2,
            "A complainant, Valdoran, said the shop was looted on Friday. Valdoran said so.",
            [("Valdoran", "ORG"), ("Valdoran", "ORG")],
        )
        _ingest(store, [[son], [other]])
        held = _entity_names(store, "valdoran")
        # the complainant of the second report is not the son of the first
        assert not any(entity_keys.base_key(k) == "amir valdoran" for k in held)
    finally:
        store.close()


# -- junk: kinds of bodies in the plural, a numbered "person" --------------------------------


@pytest.mark.parametrize(
    "name", ["Armed Forces & Law Enforcement Agencies", "Armed Forces, Law Enforcement Agencies"]
)
def test_kinds_of_bodies_in_the_plural_joined_name_no_one_body(name):
    text = f"He paid tribute to the martyrs of the {name}."
    assert _keys(text, [(name, "ORG")]) == []


@pytest.mark.parametrize(
    "name", ["Ministry of Science & Technology", "Velmar & Dorvan Traders", "Dorvan Rangers"]
)
def test_a_body_named_with_a_conjunction_stays(name):
    text = f"The {name} said on Monday the plan was ready."
    assert [t for t, _k, _l in _keys(text, [(name, "ORG")])] == [name]


def test_a_person_closed_by_a_cardinal_is_no_man():
    text = "Speaking to reporters on Air Force One, Korvat Dalmi said the talks would go on."
    spans = [("Force One", "PERSON"), ("Korvat Dalmi", "PERSON")]
    assert [t for t, _k, _l in _keys(text, spans)] == ["Korvat Dalmi"]


def test_a_missions_bare_head_takes_the_capitalised_word_the_model_cut():
    text = "Korvat Dalmi, Deputy Head of Mission, Velmish Embassy, Dorvan, spoke on Monday."
    spans = [("Korvat Dalmi", "PERSON"), ("Embassy", "GPE"), ("Dorvan", "GPE")]
    assert "Velmish Embassy" in [t for t, _k, _l in _keys(text, spans)]


def test_a_missions_head_after_a_title_or_another_name_stays():
    text = "The Dorvan Embassy said so. The Embassy added that Minister Embassy was wrong."
    spans = [("Dorvan", "GPE"), ("Embassy", "ORG"), ("Embassy", "ORG"), ("Embassy", "ORG")]
    assert [t for t, _k, _l in _keys(text, spans)] == ["Dorvan", "Embassy", "Embassy", "Embassy"]
