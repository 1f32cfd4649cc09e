"""Issue 17, session 32 (check-r32 and the open errors of session 31): a given name the model
calls an organisation before a clause's verb is the report's man, so is the parser's repeat of
it; an assembly the model took for a man is nobody a lone word begins; a convention named after
those who gather is a gathering, a treaty's name goes on past its head with its number or its
subject; a word given an age is a person of its report.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names, bodies and places are invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb import name_types, resolve
from dossier.kb.resolve import normalize_name
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _keys

pytestmark = pytest.mark.unit


# -- a given name typed a body before a verb ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorvan has been entrusted with the task.",
        "Zorvan cautioned that the war would spread.",
        "Zorvan was received by the envoy.",
    ],
)
def test_a_given_name_typed_a_body_before_a_verb_is_the_reports_man(sentence):
    found = _keys(
        f"Party chairman Zorvan Keltar-Dusani spoke on Monday.\n\n{sentence}",
        [("Zorvan Keltar-Dusani", "PERSON"), ("Zorvan", "ORG")],
    )
    (_, full, _), (_, key, label) = found
    assert (key, label) == (full, "PERSON")


def test_a_given_name_typed_a_body_before_a_noun_stays_apart():
    found = _keys(
        "Party chairman Zorvan Keltar-Dusani spoke on Monday. Zorvan rebels attacked a post.",
        [("Zorvan Keltar-Dusani", "PERSON"), ("Zorvan", "ORG")],
    )
    (_, full, _), (_, key, _label) = found
    assert key != full


def test_a_peoples_word_before_a_verb_keeps_its_reading():
    # a NORP before "have" is a people speaking, not the report's one man of that name
    found = _keys(
        "Activist Mahrin Dorvali spoke on Monday. Dorvali have long complained of neglect.",
        [("Mahrin Dorvali", "PERSON"), ("Dorvali", "NORP")],
    )
    (_, full, _), (_, key, _label) = found
    assert key != full


def test_the_parsers_repeat_of_a_given_name_reads_as_the_model_found_it():
    text = "Party chairman Zorvan Keltar-Dusani spoke on Monday.\n\nZorvan, in a post, said so."
    doc = _doc(1, text, [("Zorvan Keltar-Dusani", "PERSON"), ("Zorvan", "ORG")])
    doc = replace(doc, mentions=[doc.mentions[0], replace(doc.mentions[1], via="repeat")])
    resolved = resolve.corefer(doc, agencies=[])
    full, short = resolved.mentions
    assert (short.key, short.label) == (full.key, "PERSON")


# -- an assembly the model took for a man -------------------------------------------------


def test_an_assembly_typed_a_person_is_nobody_a_lone_surname_begins():
    found = _keys(
        "The Dorvat Qaumi Jirga met on Friday. Former secretary Akhtar Kelim Dorvat spoke. "
        "Dorvat said peace would return.",
        [("Dorvat Qaumi Jirga", "PERSON"), ("Akhtar Kelim Dorvat", "PERSON"), ("Dorvat", "PERSON")],
    )
    (_, _, _), (_, full, _), (_, key, _label) = found
    assert key == full == "akhtar kelim dorvat"


# -- conventions and treaties -------------------------------------------------------------


def _type(name: str, label: str) -> str:
    return name_types.choose_type([AliasStat(name.lower(), name, label, 2, 1)])


@pytest.mark.parametrize(
    "name", ["Ulema Convention", "National Youth and Ulema Convention", "Lawyers Convention"]
)
def test_a_convention_named_after_who_gathers_is_a_gathering(name):
    assert _type(name, "LAW") == "EVENT"


@pytest.mark.parametrize(
    "name",
    [
        "Dorvan Convention",  # a place's: a treaty, as "Hague Convention"
        "Refugee Convention",
        "Dorvan Convention IV 1907",
        "Vienna Convention on Succession of States",
        "International Convention for the Protection of All Persons",
        "Treaty of Korvala",
        "Anti-Smuggling Act 1997",
    ],
)
def test_a_treaty_named_by_its_place_subject_or_number_is_a_law(name):
    assert _type(name, "ORG") == "LAW"


@pytest.mark.parametrize("name", ["Dorvan Convention Centre", "Council of Korvala"])
def test_a_head_before_another_noun_is_no_law(name):
    assert _type(name, "ORG") != "LAW"


# -- a word given an age ------------------------------------------------------------------


def test_a_word_given_an_age_is_a_person_of_its_report():
    text = "The dead were identified as Karlo Vestin, 18; Ms Dorina, 50; Zelmar, 15; and others."
    found = _keys(text, [("Karlo Vestin", "PERSON"), ("Zelmar", "ORG")])
    (_, _, _), (_, key, label) = found
    assert label == "PERSON"
    assert key != "zelmar" and key.startswith("zelmar")


def test_a_place_before_a_count_is_no_age():
    found = _keys(
        "Four died in Zelmar, 12. Police reached Quetta, 15, later.",
        [
            ("Zelmar", "GPE"),
            ("Quetta", "GPE"),
        ],
    )
    assert [(k, label) for _t, k, label in found] == [("zelmar", "GPE"), ("quetta", "GPE")]


# -- a very common given name that a city also has --------------------------------------


def test_a_common_given_name_a_city_has_is_a_man_when_it_speaks():
    # "Hassan" is a city of India in the gazetteer: a speaker is no city
    ((_text, key, label),) = _keys(
        "The car was gutted by the time firefighters came,” Hassan said.", [("Hassan", "GPE")]
    )
    assert label == "PERSON" and key != "hassan" and key.startswith("hassan")


def test_a_common_given_name_a_city_has_is_a_man_of_a_list_of_men():
    found = _keys(
        "The injured were identified as Khalid, Tanveer, Hassan, Haneef and Usman.",
        [
            ("Khalid", "PERSON"),
            ("Tanveer", "PERSON"),
            ("Hassan", "GPE"),
            ("Haneef", "PERSON"),
            ("Usman", "GPE"),
        ],
    )
    hassan = found[2]
    assert hassan[2] == "PERSON" and hassan[1] != "hassan"


def test_a_common_given_name_a_city_has_is_a_man_among_given_names_the_model_placed():
    # the model typed the whole list as places and bodies: no person stands next to it
    found = _keys(
        "The injured were identified as Khalid, Tanveer, Hassan, Haneef and Usman.",
        [("Khalid, Tanveer", "ORG"), ("Hassan", "GPE"), ("Haneef", "GPE"), ("Usman", "GPE")],
    )
    hassan = found[1]
    assert hassan[2] == "PERSON" and hassan[1] != "hassan"


def test_a_common_given_name_a_city_has_stays_a_city_in_a_list_of_cities():
    found = _keys(
        "Trucks left Mysore, Hassan, Mangalore and Udupi.",
        [("Mysore", "GPE"), ("Hassan", "GPE"), ("Mangalore", "GPE"), ("Udupi", "GPE")],
    )
    assert found[1][1:] == ("hassan", "GPE")


def test_a_common_given_name_a_city_has_keeps_the_city_where_the_text_says_place():
    found = _keys("Trucks were torched in Hassan on Monday.", [("Hassan", "GPE")])
    assert [(k, label) for _t, k, label in found] == [("hassan", "GPE")]


# -- a treaty's number ---------------------------------------------------------------------


def test_a_treatys_number_after_its_span_is_part_of_its_name():
    found = _keys(
        "It violated the Dorvan Convention IV 1907, the Dorvan Convention 1954 and the Rome "
        "Statute.",
        [("Dorvan Convention IV 1907", "ORG"), ("Dorvan Convention", "LAW")],
    )
    assert [k for _t, k, _label in found] == ["dorvan convention iv 1907", "dorvan convention 1954"]
    assert found[1][0] == "Dorvan Convention 1954"


def test_a_treaty_without_a_number_and_an_acts_year_keep_their_span():
    found = _keys(
        "A seminar on the Dorvan Convention heard that the Anti-Smuggling Act 1997 applies.",
        [("Dorvan Convention", "LAW"), ("Anti-Smuggling Act", "LAW")],
    )
    assert [k for _t, k, _label in found] == ["dorvan convention", "anti smuggling act"]


# -- a body's Arabic word, a woman's name word -------------------------------------------


@pytest.mark.parametrize("name", ["Hayat Tahrir al-Dorvan", "Korvan Siyasi Ittehad"])
def test_a_movements_or_an_alliances_word_makes_a_body(name):
    assert _type(name, "PERSON") == "ORG"


def test_a_name_closed_by_a_womans_name_word_is_a_woman_not_a_place():
    assert _type("Zelmira Bibi", "GPE") == "PERSON"
    assert _type("Radio Begum", "ORG") == "ORG"
    assert _type("Zelmar Town", "GPE") == "GPE"


# -- a man's first names typed a body ------------------------------------------------------


def test_a_mans_first_names_typed_a_body_are_the_reports_man():
    found = _keys(
        "Party chairman Zorvan Keltar Dusani spoke. Later Zorvan Keltar recalled the past.",
        [("Zorvan Keltar Dusani", "PERSON"), ("Zorvan Keltar", "ORG")],
    )
    (_, full, _), (_, key, label) = found
    assert (key, label) == (full, "PERSON")


def test_a_bodys_name_that_begins_a_mans_stays_a_body():
    found = _keys(
        "Zorvan Police chief Zorvan Police Keltar spoke. The Zorvan Police arrested two.",
        [("Zorvan Police Keltar", "PERSON"), ("Zorvan Police", "ORG")],
    )
    assert found[1][1] == "zorvan police"


def test_a_count_of_thousands_is_no_age():
    found = _keys("Police seized four Kalvors, 12,135 cartridges and more.", [("Kalvors", "ORG")])
    assert [(k, label) for _t, k, label in found] == [("kalvors", "ORG")]


def test_a_towns_word_before_a_verb_is_no_mans_given_name():
    # the town begins no full name: only a given name the report's one man begins is his
    found = _keys(
        "Journalist Razish Dorvanpuri was held. The people of Dorvanpur alleged that he was taken.",
        [("Razish Dorvanpuri", "PERSON"), ("Dorvanpur", "ORG")],
    )
    assert found[1][1] == "dorvanpur"


@pytest.mark.parametrize(
    ("longer", "short", "label"),
    [
        ("Zelmar Kot District", "Zelmar Kot", "ORG"),
        ("Zelmar Kot District", "Zelmar Kot", "GPE"),
        ("Mir Zelmar Tehsildar Sher Bahadar", "Mir Zelmar", "GPE"),
    ],
)
def test_a_place_the_model_ran_into_a_longer_person_stays_a_place(longer, short, label):
    found = _keys(
        f"A report on {longer} was filed. Traders of {short} protested.",
        [(longer, "PERSON"), (short, label)],
    )
    assert found[1][1] == normalize_name(short)


def test_a_person_of_one_report_keeps_his_type_though_a_city_has_the_word():
    from dossier import geo

    gazetteer = geo.load_gazetteer()
    scoped = [AliasStat("hassan @doc-1", "Hassan", "PERSON", 1, 1)]
    assert name_types.choose_type(scoped, gazetteer) == "PERSON"
    # the word alone, across reports, is still the city the gazetteer knows
    assert (
        name_types.choose_type([AliasStat("hassan", "Hassan", "PERSON", 1, 1)], gazetteer) == "GPE"
    )
