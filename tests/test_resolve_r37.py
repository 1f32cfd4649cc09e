"""Issue 17, session 37 (check-r36's leftovers, read by mechanism over the whole archive):
two short place names a few letters apart, a mother named after her son, the law a numbered
section belongs to.

Hand-built names and mentions; the names are invented where the rule allows.
"""

from __future__ import annotations

import pytest

from dossier import names
from tests.test_resolve_r36 import _labels
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


@pytest.mark.parametrize(
    "text, name",
    [
        ("He recorded a statement under Section 164 of Korpc before a magistrate.", "Korpc"),
        ("the restrictive clause of section 497 Korpc, therefore", "Korpc"),
        (
            "booked under Sections 302 and 324 of the Dorvan Penal Rules on Monday.",
            "Dorvan Penal Rules",
        ),
    ],
)
def test_what_a_numbered_section_belongs_to_is_a_law(text: str, name: str):
    assert _labels(text, [(name, "ORG")])[name] == {"LAW"}


def test_a_people_after_a_section_stays_a_people():
    text = "Section 370 of the Indian Constitution was repealed."
    assert _labels(text, [("Indian", "NORP")])["Indian"] == {"NORP"}


@pytest.mark.parametrize(
    "text, name, whole",
    [
        ("sanctions imposed under the so-called Kaldar act, which he said", "Kaldar", "Kaldar act"),
        ("The Vorqa amendment bill that set off the protests", "Vorqa", "Vorqa amendment bill"),
    ],
)
def test_a_name_before_a_law_head_in_lower_case_is_the_law(text: str, name: str, whole: str):
    found = {surface: label for surface, _key, label in _keys(text, [(name, "ORG")])}
    assert found == {whole: "LAW"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("the Dorvanis act independently of Korvan", "Dorvanis"),  # the verb
        ("he was charged under a Dorvan law that bans it", "Dorvan"),  # a law of a country
    ],
)
def test_a_verb_or_a_countrys_law_is_left_alone(text: str, name: str):
    assert [surface for surface, _key, _label in _keys(text, [(name, "ORG")])] == [name]


def test_an_office_of_a_body_with_no_holder_names_nobody():
    text = "militants attacked the convoy of the Commandant of Dorvan Militia, killing two."
    assert _keys(text, [("Commandant of Dorvan Militia", "ORG")]) == []


@pytest.mark.parametrize(
    "text",
    [
        "the Commandant of Dorvan Militia Korvat Dalmi said on Monday",
        "the Additional Inspector General of Police (AIGP) Korvat Dalmi formed a team",
    ],
)
def test_an_office_before_its_holder_is_kept(text: str):
    office = (
        "Commandant of Dorvan Militia"
        if "Commandant" in text
        else ("Additional Inspector General of Police")
    )
    assert [surface for surface, _key, _label in _keys(text, [(office, "ORG")])] == [office]


def test_an_office_of_a_body_written_without_of_names_nobody():
    text = "militants targeted a convoy of Commandant Dorvan Militia in Korvan, which"
    assert _keys(text, [("Commandant Dorvan Militia", "ORG")]) == []


def test_a_body_between_a_title_and_its_holder_stays_a_body():
    text = "officials, commandant Dorvan Scouts Brig Korvat Dalmi and others attended"
    assert _labels(text, [("Dorvan Scouts", "ORG")])["Dorvan Scouts"] == {"ORG"}
    # with no holder after it, a title before a name still makes a person
    text = "the convoy of Colonel Korvat Dalmi was hit"
    assert _labels(text, [("Korvat Dalmi", "ORG")])["Korvat Dalmi"] == {"PERSON"}


def test_a_short_form_the_report_defines_is_not_grown_over_its_head():
    text = (
        "the Dorvan Crimes Act 2016 (Dorca) was used. The first case under the Dorca act in "
        "Korvan was filed."
    )
    spans = [("Dorvan Crimes Act", "LAW"), ("Dorca", "ORG"), ("Dorca", "PERSON")]
    assert "Dorca act" not in {surface for surface, _key, _label in _keys(text, spans)}


@pytest.mark.parametrize(
    ("left", "right", "plausible"),
    [
        # rigour.text.distance.is_levenshtein_plausible's answers (rigour 2.6.1, its defaults):
        # dossier keeps the same budget over rapidfuzz (rigour needs PyICU to install)
        ("sherikhel", "charkhel", False),  # 3 edits, budget 2 (a fifth of 8, rounded up)
        ("musakhail", "musakhel", True),
        ("tulkarem", "tulkarm", True),
        ("a", "b", True),  # budget 1 for a one-letter spelling
        ("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstu", False),  # 5 edits, at most 4
        ("", "x", False),  # an empty spelling has no budget
    ],
)
def test_the_edit_budget_is_rigours(left: str, right: str, plausible: bool) -> None:
    assert names.is_levenshtein_plausible(left, right) is plausible
