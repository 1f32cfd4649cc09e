"""Issue 17, session 40: names made only of a kind's words, a month after "the month of", a
places joined in one span (:mod:`dossier.kb.generic_names`).

Hand-built sentences, mentions and a small gazetteer; the place names are invented.
"""

from __future__ import annotations

import pytest

from dossier import geo
from dossier.kb import generic_names
from dossier.names import normalize_name
from dossier.records import Mention

pytestmark = pytest.mark.unit


def _at(text: str, name: str, label: str, via: str = "ner") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, normalize_name(name), 0, via)


def _region(name: str, feature: str = "ADM1") -> geo.Place:
    return geo.Place(name, "XX", None, 1.0, 2.0, feature, 2_000_000, f"t:{name}", "test")


GAZETTEER = geo.Gazetteer(
    [_region("Ostrelia"), _region("Varnia Pradesh"), _region("Kestra and Molvar")]
)


# -- a post named by its kind alone ----------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Leader of the Opposition", "Leader of Opposition", "Speaker of the National Assembly"],
)
def test_a_post_named_by_its_kind_is_generic(name):
    sentence = f"The {name} walked out, officials said."
    assert generic_names.generic_name(_at(sentence, name, "ORG"))


@pytest.mark.parametrize(
    "name",
    [
        "National Highway",
        "Foreign Office Spokesperson",
        "National Highway Authority",
        "Speaker Ayaz Sadiq",
        "Opposition",
        "Senate Syed",
    ],
)
def test_a_road_a_spokesperson_a_holder_or_a_body_is_not_generic(name):
    # a road or a spokesperson named by the kind was one road, one post's holder, on the
    # whole archive (the Coastal Highway, the Foreign Office's spokesperson): left linking
    sentence = f"The {name} said on Monday that work would resume."
    assert not generic_names.generic_name(_at(sentence, name, "ORG"))


# -- a month's name after "the ... month of" ------------------------------------------------


def test_a_month_after_the_month_of_is_no_place():
    sentence = "Eid was marked after sighting the moon for the Islamic month of Shawwal."
    assert generic_names.month_named(_at(sentence, "Shawwal", "LOC"), sentence)


def test_a_month_the_model_calls_an_event_is_kept():
    sentence = "Prices rose in the holy month of Ramazan, traders said."
    assert not generic_names.month_named(_at(sentence, "Ramazan", "EVENT"), sentence)


def test_a_holy_month_the_model_calls_a_place_is_kept():
    sentence = "Goods collected for the holy month of Ramazan were looted."
    assert not generic_names.month_named(_at(sentence, "Ramazan", "GPE"), sentence)


def test_a_length_of_time_before_a_place_is_no_month():
    sentence = "That came within a month of Varnia repatriating the body."
    assert not generic_names.month_named(_at(sentence, "Varnia", "GPE"), sentence)


# -- places joined in one span ---------------------------------------------------------------


def test_two_places_joined_by_and_are_two_mentions():
    sentence = "Strong winds lashed parts of Ostrelia and Varnia Pradesh on Tuesday."
    joined = _at(sentence, "Ostrelia and Varnia Pradesh", "ORG")
    parts = generic_names.coordinated_places([joined], sentence, GAZETTEER)
    assert [(p.text, p.key, p.label) for p in parts] == [
        ("Ostrelia", "ostrelia", "GPE"),
        ("Varnia Pradesh", "varnia pradesh", "GPE"),
    ]
    assert [sentence[p.start : p.end] for p in parts] == ["Ostrelia", "Varnia Pradesh"]


def test_two_places_joined_by_a_hyphen_are_two_mentions():
    sentence = "Troops foiled an attack on the Varnia Pradesh-Ostrelia border."
    joined = _at(sentence, "Varnia Pradesh-Ostrelia", "ORG")
    parts = generic_names.coordinated_places([joined], sentence, GAZETTEER)
    assert [p.text for p in parts] == ["Varnia Pradesh", "Ostrelia"]


def test_a_hyphen_pair_before_a_road_is_kept_whole():
    sentence = "Traffic on the Varnia Pradesh-Ostrelia highway was suspended."
    joined = _at(sentence, "Varnia Pradesh-Ostrelia", "FAC")
    assert generic_names.coordinated_places([joined], sentence, GAZETTEER) == [joined]


def test_compass_words_joined_are_no_places():
    gazetteer = geo.Gazetteer([_region("Central"), _region("South")])
    sentence = "The war reshaped Central, South and West Asian dynamics."
    joined = _at(sentence, "Central, South", "LOC")
    assert generic_names.coordinated_places([joined], sentence, gazetteer) == [joined]


def test_a_place_whose_name_holds_and_is_kept_whole():
    sentence = "Elections were held in Kestra and Molvar on Monday."
    whole = _at(sentence, "Kestra and Molvar", "GPE")
    assert generic_names.coordinated_places([whole], sentence, GAZETTEER) == [whole]


def test_a_body_named_with_and_is_kept_whole():
    sentence = "The Ostrelia Chamber of Commerce and Industry met on Monday."
    body = _at(sentence, "Ostrelia Chamber of Commerce and Industry", "ORG")
    assert generic_names.coordinated_places([body], sentence, GAZETTEER) == [body]


# -- an office's letters and one word: the post's holder of its report ------------------------


@pytest.mark.parametrize(
    ("name", "label"),
    [("SP Varno", "PERSON"), ("RPO Kestran", "ORG"), ("Kestran RPO", "ORG"), ("AC Varno", "GPE")],
)
def test_letters_and_one_word_name_the_reports_holder(name, label):
    from dossier.kb import office_letters

    sentence = f"{name} said the suspects were arrested."
    assert office_letters.letters_and_one_word(_at(sentence, name, label))


@pytest.mark.parametrize("name", ["COAS Varno", "SP Varno Kestran", "SSP Varno", "SP Office"])
def test_a_national_post_a_whole_name_or_another_rank_is_left(name):
    from dossier.kb import office_letters

    sentence = f"{name} said the suspects were arrested."
    assert not office_letters.letters_and_one_word(_at(sentence, name, "PERSON"))
