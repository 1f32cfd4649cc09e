"""Issue 17, session 33 (check-r33): a border crossing's or a unit's closing word makes a place,
so do "a resident of" before a name and a camp after it, and a border named by no people's
word; an Arabic surname of two words before "family" is the family; the one man a report
writes three ways takes his lone given name; a list closed by a dash and two stations named
together are read as such.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names, bodies and places are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import name_types
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _type(name: str, label: str) -> str:
    return name_types.choose_type([AliasStat(name.lower(), name, label, 2, 1)])


# -- a place's closing word ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["Dorvah Border", "Korvat Crossing"])
def test_a_border_crossing_named_with_its_head_is_a_place(name):
    assert _type(name, "PERSON") == "LOC"


@pytest.mark.parametrize(
    "name", ["Dorvan Korvat District", "Zelmar Tehsil", "District Dorvan Korvat"]
)
def test_a_unit_word_closing_or_opening_a_name_makes_the_unit(name):
    assert _type(name, "PERSON") == "GPE"


@pytest.mark.parametrize(
    "name",
    [
        "District Police Officer",
        "Korvat District Council",
        "Border Security Force",
        "District Civil Defence Korvat",  # four words, no place the gazetteer knows: a body
    ],
)
def test_a_body_of_the_unit_or_the_border_stays_no_place(name):
    assert _type(name, "ORG") == "ORG"


# -- cues around the name -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelmar Dost, a resident of Korvat Dashan, was arrested.",
        "Some residents of Korvat Dashan returned home.",
    ],
)
def test_a_name_after_resident_of_is_a_place(sentence):
    found = dict((t, label) for t, _key, label in _keys(sentence, [("Korvat Dashan", "PERSON")]))
    assert found["Korvat Dashan"] == "GPE"


def test_president_of_is_no_residence():
    ((_, _, label),) = _keys(
        "Zelmar Dost, president of Korvat Dashan, spoke.", [("Korvat Dashan", "ORG")]
    )
    assert label == "ORG"


@pytest.mark.parametrize(
    "sentence",
    ["Strikes on al-Borvaj refugee camp killed 17.", "Tanks shelled the al-Borvaj camp."],
)
def test_a_person_before_a_camp_is_the_camps_place(sentence):
    ((_, _, label),) = _keys(sentence, [("al-Borvaj", "PERSON")])
    assert label == "GPE"


def test_a_bodys_camp_stays_the_body():
    ((_, _, label),) = _keys("Troops raided a Korvaf camp on Monday.", [("Korvaf", "ORG")])
    assert label == "ORG"


def test_a_border_named_by_no_peoples_word_is_the_place():
    ((_, _, label),) = _keys("Pakistan shut the Dorvah border on Friday.", [("Dorvah", "NORP")])
    assert label == "GPE"


def test_a_border_named_by_a_peoples_word_stays_the_people():
    ((_, _, label),) = _keys("Troops guard the Korvani border.", [("Korvani", "NORP")])
    assert label == "NORP"


# -- a family of a two-word surname ------------------------------------------------------


def test_an_arabic_surname_of_two_words_before_family_is_the_family():
    found = _keys(
        "Eight people were killed in a strike on the Abu Zelmar family home. "
        "“They were sleeping,” said Abdul Karim Abu Zelmar, 67.",
        [("Abu Zelmar", "ORG"), ("Abdul Karim Abu Zelmar", "PERSON")],
    )
    (_, family, family_label), (_, man, _) = found
    assert family_label == "NORP"
    assert family != man


# -- one man written three ways ------------------------------------------------------------


def test_the_lone_given_name_of_one_man_written_three_ways_is_his():
    found = _keys(
        "Head Constable Zorvan Kelat Dusani was injured. Zorvan Dusani fired at the team. "
        "Zorvan Kelat served in the unit. However, Zorvan managed to get leave.",
        [
            ("Constable Zorvan Kelat Dusani", "PERSON"),
            ("Zorvan Dusani", "PERSON"),
            ("Zorvan Kelat", "PERSON"),
            ("Zorvan", "ORG"),
        ],
    )
    assert (found[-1][1], found[-1][2]) == (found[0][1], "PERSON")


def test_a_given_name_of_two_men_is_neithers():
    found = _keys(
        "Zorvan Dusani fired at the team. Zorvan Kelat served in the unit. "
        "However, Zorvan managed to get leave.",
        [("Zorvan Dusani", "PERSON"), ("Zorvan Kelat", "PERSON"), ("Zorvan", "ORG")],
    )
    assert found[-1][1] not in (found[0][1], found[1][1])


# -- lists and stations --------------------------------------------------------------------


def test_the_last_item_of_a_list_closed_by_a_dash_is_a_man_of_the_report():
    found = _keys(
        "Three passers-by — Kelan Ibrahim, Sorvan Ibrahim and Zorvat — also suffered wounds.",
        [("Kelan Ibrahim", "PERSON"), ("Sorvan Ibrahim", "PERSON"), ("Zorvat", "ORG")],
    )
    (_, key, label) = found[-1]
    assert label == "PERSON"
    assert key != "zorvat"  # scoped to its report, no key every report shares


def test_the_first_of_two_stations_named_together_is_a_station():
    ((_, key, label),) = _keys(
        "Armed men attacked the Zorvat and Takht-e-Dorvan police stations.", [("Zorvat", "ORG")]
    )
    assert label == "FAC"
    assert key != "zorvat"


# -- a man's name the model calls a body ---------------------------------------------------


def test_a_body_ending_in_a_surname_the_report_honours_is_the_man():
    found = _keys(
        "Party leader Zelmar Dost Korvani sought a joint session. Mr Korvani said so.",
        [("Zelmar Dost Korvani", "ORG"), ("Korvani", "PERSON")],
    )
    (_, full, label), (_, short, _) = found
    assert label == "PERSON"
    assert short == full


def test_a_body_with_an_organisations_word_stays_a_body():
    (_, _, label), _ = _keys(
        "The Korvani Welfare Trust sought funds. Mr Korvani said so.",
        [("Korvani Welfare Trust", "ORG"), ("Korvani", "PERSON")],
    )
    assert label == "ORG"


# -- letters in the plural -----------------------------------------------------------------


@pytest.mark.parametrize("plural", ["DGMOs", "MPs"])
def test_letters_in_the_plural_name_no_entity(plural):
    found = _keys(f"The first contact between {plural} had been made.", [(plural, "PERSON")])
    assert found == []


def test_an_acronym_ending_in_s_stays():
    found = _keys("The APS attack was condemned.", [("APS", "ORG")])
    assert [label for _, _, label in found] == ["ORG"]


def test_a_road_the_model_took_for_a_man_takes_no_place_word():
    found = _keys(
        "Work on the Dorvangi Causeway to Zelabad began. The Dorvangi Causeway is closed. "
        "The road links Kelvar and Dorvangi, officials said.",
        [
            ("Dorvangi Causeway to Zelabad", "PERSON"),
            ("Dorvangi Causeway", "PERSON"),
            ("Dorvangi", "GPE"),
        ],
    )
    assert found[-1][1] not in (found[0][1], found[1][1])


def test_the_first_words_of_a_longer_name_are_left_to_the_longer_name():
    found = _keys(
        "Zelmar Dost-Korvani offered talks. Zelmar Dost engages the party, Mr Dost said.",
        [("Zelmar Dost-Korvani", "PERSON"), ("Zelmar Dost", "ORG"), ("Dost", "PERSON")],
    )
    assert found[1][1] == found[0][1]


# -- a surname's leftover "body" -----------------------------------------------------------


def test_a_word_the_report_joins_to_its_man_is_his_where_the_model_called_it_a_body():
    found = _keys(
        "Activist Sorvi Deen Korvaj was detained. Sorvi said the police lied. Sorvi was "
        "moved to jail. Police filed a case against Sorvi and five others.",
        [
            ("Sorvi Deen Korvaj", "PERSON"),
            ("Sorvi", "PERSON"),
            ("Sorvi", "PERSON"),
            ("Sorvi", "ORG"),
        ],
    )
    assert {(key, label) for _, key, label in found} == {(found[0][1], "PERSON")}


def test_a_word_the_report_leaves_a_body_more_often_than_it_joins_stays_the_body():
    found = _keys(
        "Activist Sorvi Deen Korvaj was detained. Sorvi said the police lied. Sorvi and "
        "others protested. Sorvi and allies marched. Sorvi and friends rallied.",
        [
            ("Sorvi Deen Korvaj", "PERSON"),
            ("Sorvi", "PERSON"),
            ("Sorvi", "ORG"),
            ("Sorvi", "ORG"),
            ("Sorvi", "ORG"),
        ],
    )
    assert [label for _, _, label in found[2:]] == ["ORG", "ORG", "ORG"]


@pytest.mark.parametrize(
    "sentence",
    ["Saddar and Dorvan Kelat police arrested two men.", "The Dorvan Kelat police said."],
)
def test_a_person_of_two_words_before_police_is_the_station(sentence):
    ((_, key, label),) = _keys(sentence, [("Dorvan Kelat", "PERSON")])
    assert label == "FAC"
    assert key != "dorvan kelat"  # the station of this report, no key every report shares


def test_a_man_before_a_police_officers_word_stays_the_man():
    ((_, _, label),) = _keys(
        "Witness Dorvan Kelat police officers said were present.", [("Dorvan Kelat", "PERSON")]
    )
    assert label == "PERSON"
