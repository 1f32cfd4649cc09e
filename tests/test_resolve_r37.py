"""Issue 17, session 37 (check-r36's leftovers, read by mechanism over the whole archive):
two short place names a few letters apart, a mother named after her son.

Hand-built names and mentions; the names are invented where the rule allows.
"""

from __future__ import annotations

import pytest

from dossier import names
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("label", ["GPE", "LOC", "FAC"])
def test_places_three_letters_apart_are_two_places(label: str):
    # the folds make both "sharxal"-like keys (Jaro-Winkler 0.975): within rigour's edit
    # budget they are not (three letters of eight)
    assert names.match("Sherikhel", "Charkhel", label, label) is None
    assert names.match("Sherikhel", "Charkhel", "PERSON", label) is None
    assert names.match("Sherikhel area", "Charkhel area", label, label) is None


@pytest.mark.parametrize(
    "a, b",
    [
        ("Musakhail", "Musakhel"),  # two letters of eight
        ("Meharistan", "Mehrestan"),
        ("Tulkarem", "Tulkarm"),
        ("Bisham", "Besham"),
        ("Kech District", "District Kech"),  # word order: nothing left once shared words go
        ("Thall-Parachinar Road", "Parachinar-Thall Road"),
        ("Sistan-Baluchestan", "Sistan-Balochistan"),
        ("Khuda-i-Abadan", "Khudabadan"),  # written without breaks
    ],
)
def test_spelling_variants_of_one_place_still_match(a: str, b: str):
    assert names.spelled_alike(a, b)
    assert names.match(a, b, "GPE", "GPE") is not None


def test_the_edit_budget_is_for_places_only():
    # a person's romanisations differ more; the budget is not applied to two people
    assert names.match("Sherikhel", "Charkhel", "PERSON", "PERSON") is not None


def test_a_mother_named_after_her_son_is_not_him():
    assert not names.surname_match("Rifaat Radwan", "Umm Rifaat Radwan")
    assert not names.surname_match("Haroon Dalvi", "Bint Haroon Dalvi")
    # a surname that opens with a particle is still the man's ("Sami Abu Zuhri")
    assert names.surname_match("Abu Zuhri", "Sami Abu Zuhri")
    assert names.surname_match("Radwan", "Rifaat Radwan")


def test_coreference_keeps_the_son_apart_from_his_mother():
    text = (
        "Umm Rifaat Radwan said she had lost her son. Rifaat Radwan was a medic. "
        "Umm Rifaat Radwan buried him."
    )
    spans = [("Umm Rifaat Radwan", "PERSON"), ("Rifaat Radwan", "PERSON")]
    keys = {surface: key for surface, key, _label in _keys(text, spans)}
    assert keys["Rifaat Radwan"] != keys["Umm Rifaat Radwan"]
