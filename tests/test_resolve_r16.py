"""Issue 17, session 16: spans cut inside place names, joint datelines, letters a report
defines by lower-case words.

Hand-built mentions (the model's labels fixed), so each test checks one rule of resolution
without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier import names
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def test_lower_case_definitions_are_read_with_the_shortest_run():
    text = (
        "Troops conducted an intelligence-based operation (IBO) in Dorvan. A first information "
        "report (FIR) was lodged over improvised explosive devices (IEDs), and counterterrorism "
        "(CT) went on."
    )
    assert names.lower_case_acronyms(text) == {
        "IBO": "intelligence-based operation",
        "FIR": "first information report",
        "IED": "improvised explosive devices",
        # one compound's parts give the letters (session 20, :func:`names.compound_initials`)
        "CT": "counterterrorism",
    }


def test_letters_defined_by_capitalised_words_too_are_a_name():
    text = "The Joint Action Force (JAF) and a joint action force (JAF) met."
    assert names.lower_case_acronyms(text) == {}


def test_letters_a_report_defines_in_lower_case_name_nothing_there():
    text = (
        "Security forces conducted an intelligence-based operation (IBO) in Dorvan. The IBO "
        "left two dead, the ISPR said, and two more IBOs followed."
    )
    found = _keys(text, [("IBO", "ORG"), ("IBO", "ORG"), ("ISPR", "ORG"), ("IBOs", "ORG")])
    assert [t for t, _k, _l in found] == ["ISPR"]


def test_the_same_letters_undefined_elsewhere_are_kept():
    text = "The IBO left two dead in Dorvan, officials said."
    assert [t for t, _k, _l in _keys(text, [("IBO", "ORG"), ("Dorvan", "GPE")])] == [
        "IBO",
        "Dorvan",
    ]


def test_a_body_spelled_out_in_lower_case_keeps_its_letters():
    text = (
        "A joint investigation team (JIT) was formed, and the counter-terrorism department "
        "(CTD) said the JIT and the CTD would report."
    )
    found = _keys(text, [("JIT", "ORG"), ("CTD", "ORG"), ("JIT", "ORG"), ("CTD", "ORG")])
    assert [t for t, _k, _l in found] == ["JIT", "CTD", "JIT", "CTD"]


def test_a_place_the_model_cut_into_people_is_one_place():
    text = "Two policemen were shot in Dera Ismail Khan on Monday, officials said."
    found = _keys(text, [("Dera", "PERSON"), ("Ismail Khan", "PERSON")])
    assert found == [("Dera Ismail Khan", "dera ismail khan", "GPE")]


def test_a_place_of_two_names_joined_by_and_is_one_place():
    text = "Elections were held in Jammu and Kashmir last year."
    found = _keys(text, [("Jammu", "GPE"), ("Kashmir", "LOC")])
    assert found == [("Jammu and Kashmir", "jammu and kashmir", "GPE")]


def test_a_person_found_whole_and_article_runs_are_left_alone():
    # "Shah Alam" is a city too, but the model's span is the whole name; "The Gulf" would
    # read as a place only because the gazetteer's keys leave the article out
    text = "Shah Alam spoke. The Gulf states met, and troops entered Bajaur District."
    spans = [("Shah Alam", "PERSON"), ("Gulf", "LOC"), ("Bajaur", "GPE")]
    assert [t for t, _k, _l in _keys(text, spans)] == ["Shah Alam", "Gulf", "Bajaur"]


def test_a_country_inside_the_run_keeps_its_own_mention():
    text = "Protests spread across India-held Kashmir on Friday."
    assert [t for t, _k, _l in _keys(text, [("India", "GPE"), ("Kashmir", "LOC")])] == [
        "India",
        "Kashmir",
    ]


@pytest.mark.parametrize("slash", ["/", " / "])
def test_a_joint_dateline_names_each_place(slash):
    head = f"KARACHI{slash}DERA ISMAIL KHAN"
    text = f"{head}: Police said two suspects were held in Sukkur."
    found = _keys(text, [(head.split(":")[0][:12].rstrip(" /"), "ORG"), ("Sukkur", "GPE")])
    assert [(t, label) for t, _k, label in found] == [
        ("KARACHI", "GPE"),
        ("DERA ISMAIL KHAN", "GPE"),
        ("Sukkur", "GPE"),
    ]


def test_a_headline_in_capitals_is_no_joint_dateline():
    text = "PAKISTAN AND INDIA TRADE FIRE AGAIN/ANALYSIS: Shelling went on."
    assert _keys(text, [("PAKISTAN", "GPE")]) == [("PAKISTAN", "pakistan", "GPE")]


def test_upper_or_lower_before_a_name_is_never_a_person():
    # "Swat" is not in the gazetteer; typed a person, "Upper Swat" took every lone "Swat"
    text = "Upper Swat remained tense on Monday. Later, Swat saw a strike."
    found = _keys(text, [("Upper Swat", "PERSON"), ("Swat", "PERSON")])
    assert found[0] == ("Upper Swat", "upper swat", "GPE")
    assert found[1][1] != "upper swat"


def test_an_upper_house_the_model_calls_a_body_stays_one():
    text = "The Upper House passed the bill."
    assert _keys(text, [("Upper House", "ORG")]) == [("Upper House", "upper house", "ORG")]


def test_titles_alone_name_nobody_singular_fused_or_plural():
    text = (
        "Chief Organiser Dr Mahrang Baloch spoke. Commanding Officers of two units met, and "
        "the Organiser Dr said more."
    )
    spans = [
        ("Chief Organiser Dr Mahrang Baloch", "PERSON"),
        ("Commanding Officers", "ORG"),
        ("Organiser Dr", "PERSON"),
    ]
    found = _keys(text, spans)
    # the fused title and the plural office name no one of their own: the plural is dropped,
    # and whatever is left links to the one person named with the title
    assert found[0][0] == "Chief Organiser Dr Mahrang Baloch"
    assert "Commanding Officers" not in [t for t, _k, _l in found]
    assert all(key == found[0][1] for _t, key, _l in found[1:])
