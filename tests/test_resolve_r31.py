"""Issue 17, session 31 (check-r27): a very common given name the model calls a place or a body
is a man of its report, a body's own organ is not the body, a span across a defined name's
first word is that name, a broadcaster given an interview is a source, a station named by
several words is the station, a surname the model cut off a person's span is the person's,
a facility's cut head makes the word before it the facility, and names built on a market's,
a branch's, a convention's, a day's or a trauma centre's word take their kind.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names, bodies and towns are invented, but for the given names, which
must be common ones, and one the gazetteer also knows as a small town abroad.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb import name_types, resolve
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _keys

pytestmark = pytest.mark.unit


# -- a very common given name the model calls a place ------------------------------------


def test_a_listed_common_given_name_typed_a_place_is_a_man_of_the_report():
    found = _keys(
        "The injured were identified as Karlo, Vestin and Hamza.",
        [("Hamza", "GPE")],
    )
    ((_text, key, label),) = found
    assert label == "PERSON"
    assert key != "hamza" and key.startswith("hamza")


def test_a_given_name_the_gazetteer_knows_as_a_small_town_abroad_is_still_a_man():
    # "Fatima" is a small town of one country in the gazetteer: no place in a report of people
    ((_text, key, label),) = _keys(
        "Neighbours managed to save Fatima by hiding her.", [("Fatima", "GPE")]
    )
    assert label == "PERSON" and key != "fatima"


def test_a_common_given_name_the_text_shows_is_a_place_keeps_its_place():
    ((_text, key, label),) = _keys("Two shops were torched in Hamza on Monday.", [("Hamza", "GPE")])
    assert (key, label) == ("hamza", "GPE")


def test_a_common_given_name_typed_a_body_beside_a_small_town_abroad_is_a_man():
    ((_text, key, label),) = _keys(
        "They rushed to save Fatima by locking the door.", [("Fatima", "ORG")]
    )
    assert label == "PERSON" and key != "fatima"


# -- a body's own organ ------------------------------------------------------------------


def test_a_councils_own_organ_is_not_the_council():
    found = _keys(
        "The Vorlan Ulema Council will observe the day. A meeting of the Council’s Shura "
        "has been called.",
        [("Vorlan Ulema Council", "ORG"), ("Council’s Shura", "ORG")],
    )
    council, shura = found
    assert council[1] == "vorlan ulema council"
    assert shura[1] != council[1]
    assert shura[1].startswith("council shura")


# -- a span across a defined name's first word ------------------------------------------


def test_a_span_across_a_defined_names_first_word_is_that_name():
    text = "Critics said the Zorvian Research and Planning Wing (RPW) was behind it."
    found = _keys(text, [("Zorvian Research and", "ORG"), ("Planning Wing", "PERSON")])
    assert [(t, k) for t, k, _label in found] == [
        ("Research and Planning Wing", "research and planning wing")
    ]


# -- broadcasters given an interview or noting ---------------------------------------------


def test_a_body_given_an_interview_is_a_source():
    text = "In an interview with Vestry Welle (VW), the party chairman said talks must go on."
    found = _keys(text, [("Vestry Welle", "ORG"), ("VW", "ORG")])
    assert found == []


def test_a_person_given_an_interview_stays():
    text = "In an interview with Karlo Vestin, the chairman said talks must go on."
    found = _keys(text, [("Karlo Vestin", "PERSON")])
    assert [k for _t, k, _l in found] == ["karlo vestin"]


def test_a_body_whose_men_gave_an_interview_stays_the_body():
    text = "In an interview with VBI agents, he admitted the plot. The VBI charged him."
    found = _keys(text, [("VBI", "ORG"), ("VBI", "ORG")])
    assert [k for _t, k, _l in found] == ["vbi", "vbi"]


def test_a_network_that_noted_something_is_a_source():
    text = "A US network, Vestry Public Radio (VPR), noted: “No evidence was shown.”"
    found = _keys(text, [("Vestry Public Radio", "ORG"), ("VPR", "ORG")])
    assert found == []


# -- a station named by several words ----------------------------------------------------


def test_a_station_named_by_two_words_is_the_station_of_its_report():
    text = (
        "The case was registered at the Vorla Kahu police station. He lodged a complaint "
        "with the Vorla Kahu police."
    )
    found = _keys(text, [("Vorla Kahu", "PERSON"), ("Vorla Kahu", "PERSON")])
    assert {label for _t, _k, label in found} == {"FAC"}
    assert all(k != "vorla kahu" and k.startswith("vorla kahu") for _t, k, _l in found)


def test_a_station_named_after_a_place_the_report_names_stays_the_place():
    text = (
        "A shell hit a house in Vorla Kahu tehsil on Tuesday. An official of the Vorla Kahu "
        "police station visited the site."
    )
    found = _keys(text, [("Vorla Kahu", "GPE"), ("Vorla Kahu", "GPE")])
    assert [k for _t, k, _l in found] == ["vorla kahu", "vorla kahu"]


# -- a surname the model cut off a person's span -------------------------------------------


def test_a_surname_cut_off_a_persons_span_is_the_persons():
    text = "Finance Minister Karlo Vestin Zorvani confirmed the arrest of four men."
    found = _keys(text, [("Karlo Vestin", "PERSON"), ("Zorvani", "GPE")])
    assert found == [("Karlo Vestin Zorvani", "karlo vestin zorvani", "PERSON")]


def test_a_known_place_after_a_persons_name_stays_the_place():
    text = "Karlo Vestin Quetta visit was cancelled."
    found = _keys(text, [("Karlo Vestin", "PERSON"), ("Quetta", "GPE")])
    assert [k for _t, k, _l in found] == ["karlo vestin", "quetta"]


def test_a_lone_surname_typed_a_place_before_a_past_verb_is_the_reports_man():
    text = (
        "Senator Karlo Zorvani condemned the attack. Speaking about water, Zorvani warned "
        "that the country would respond."
    )
    found = _keys(text, [("Karlo Zorvani", "PERSON"), ("Zorvani", "GPE")])
    assert [(k, label) for _t, k, label in found] == [
        ("karlo zorvani", "PERSON"),
        ("karlo zorvani", "PERSON"),
    ]


# -- a facility's cut head ---------------------------------------------------------------


def test_a_word_before_a_cut_facility_head_is_the_facility():
    text = "About 40 men arrived at Vorla Chowk and tried to enter the zone."
    found = _keys(text, [("Vorla", "GPE"), ("Chowk", "ORG")])
    assert found == [("Vorla Chowk", "vorla chowk", "FAC")]


def test_a_word_before_a_lower_case_road_is_left_alone():
    found = _keys("Traffic on the Vorla road was stopped.", [("Vorla", "GPE")])
    assert found == [("Vorla", "vorla", "GPE")]


# -- types by the name's words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Vorla Market", "GPE", "FAC"),
        ("Vorla Convention", "GPE", "LAW"),
        ("Youm-i-Vorla", "ORG", "EVENT"),
        ("Trauma Centre", "PERSON", "FAC"),
        ("District Investigation Branch", "ORG", "ORG"),
    ],
)
def test_a_names_words_give_its_kind(name, label, expected):
    stats = [AliasStat(name.lower().replace("-", " "), name, label, 3, 2)]
    assert name_types.choose_type(stats) == expected


def test_a_district_opener_still_makes_a_district():
    stats = [AliasStat("district vorla", "District Vorla", "ORG", 3, 2)]
    assert name_types.choose_type(stats) == "GPE"


# -- place cues --------------------------------------------------------------------------


def test_a_name_given_as_a_capital_is_a_place():
    text = "They want a state with Al-Vorla Al-Zarif as its capital, he said."
    found = _keys(text, [("Al-Vorla Al-Zarif", "ORG")])
    assert found[0][2] == "GPE"


def test_a_city_of_cue_and_a_repeated_name_make_a_place():
    text = "A car bomb hit the Syrian city of Vorlbij. The attack in Vorlbij killed 20."
    doc = _doc(1, text, [("Vorlbij", "PERSON"), ("Vorlbij", "PERSON")])
    repeat = replace(doc.mentions[1], via="repeat")
    doc = replace(doc, mentions=[doc.mentions[0], repeat])
    resolved = resolve.corefer(doc, agencies=[])
    assert [m.label for m in resolved.mentions] == ["GPE", "GPE"]


# -- "the Strip" alone ------------------------------------------------------------------


def test_a_place_head_alone_after_the_names_nothing_even_without_the_whole_name():
    found = _keys(
        "Life has begun to return to the Strip, and aid reached Morvan.",
        [("Strip", "LOC"), ("Morvan", "GPE")],
    )
    assert [text for text, _key, _label in found] == ["Morvan"]


def test_a_place_head_after_a_name_word_is_still_read_as_cut():
    found = _keys("Trucks entered Morvan Valley today.", [("Valley", "LOC")])
    assert found == []
