"""Issue 17, session 36 (check-r36): a calendar date is no entity, a numbered section of a law
is a law, and a country's first-order region the model reads as a person is a place.

Hand-built mentions and a two-record gazetteer, so each test checks one rule without the
parser's or the full gazetteer's choices. The names and places are invented.
"""

from __future__ import annotations

import pytest

from dossier import geo
from dossier.kb import name_types, not_names
from dossier.records import Mention
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _type(name: str, label: str, gazetteer: geo.Gazetteer | None = None) -> str:
    return name_types.choose_type([AliasStat(name.lower(), name, label, 2, 1)], gazetteer)


def _mention(text: str, label: str) -> Mention:
    return Mention(text=text, label=label, start=0, end=len(text), key=text.lower(), sentence=0)


def _region(name: str, country: str = "ZZ") -> geo.Place:
    return geo.Place(name, country, name, None, None, "ADM1", None, f"test:{name}", "test")


_GAZETTEER = geo.Gazetteer([_region("Velmar Nadu"), _region("Dorvania"), _region("Ko Vel Dan")])


# -- a date ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Feb 21", "March 3, 2025", "21 February", "Sept. 11", "Oct 2nd"])
@pytest.mark.parametrize("label", ["LAW", "ORG", "GPE", "PERSON"])
def test_a_calendar_date_is_no_name(text, label):
    assert not_names._not_a_name(_mention(text, label))


def test_a_day_named_as_an_event_is_left_to_the_event_rules():
    assert not not_names._not_a_name(_mention("May 9", "EVENT"))


@pytest.mark.parametrize("text", ["Jan Kowal", "May Velmar", "Feb Council", "March Accord"])
def test_a_name_that_opens_with_a_months_word_stays(text):
    assert not not_names._not_a_name(_mention(text, "ORG"))


# -- a section of a law ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Sections 6", "Section 144", "Section 7(h)", "Clause 3"])
def test_a_numbered_section_is_a_law(name):
    assert _type(name, "ORG") == "LAW"


@pytest.mark.parametrize("name", ["Section Velmar", "Article 19", "Sections Group"])
def test_a_section_word_without_a_number_is_not_made_a_law(name):
    assert _type(name, "ORG") == "ORG"


# -- a first-order region -------------------------------------------------------------------


def test_a_region_of_two_words_typed_a_person_is_a_place():
    assert _type("Velmar Nadu", "PERSON", _GAZETTEER) == "GPE"


def test_a_region_of_one_word_is_left_to_the_other_rules():
    # one word: "Victoria", "Georgia" name people and regions alike
    assert not name_types._region_of_a_country("Dorvania", _GAZETTEER)


def test_a_region_of_three_words_is_left_to_the_votes():
    # a region named after a man keeps his whole name ("Ho Chi Minh")
    assert _type("Ko Vel Dan", "PERSON", _GAZETTEER) == "PERSON"


def test_a_person_whose_name_the_gazetteer_lacks_stays():
    assert _type("Velmar Kadu", "PERSON", _GAZETTEER) == "PERSON"


def test_a_titled_holder_of_a_regions_name_stays_a_person():
    assert not name_types._region_of_a_country("Mr Velmar Nadu", _GAZETTEER)


def _labels(sentence: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    return {text: label for text, _key, label in _keys(sentence, spans)}


def _texts(sentence: str, spans: list[tuple[str, str]]) -> list[str]:
    return [text for text, _key, _label in _keys(sentence, spans)]


# -- villages listed before "and adjacent areas" -------------------------------------------


def test_villages_listed_before_adjacent_areas_are_places():
    text = "The operation went on in Velbagh, Dorkhel, Zad Kamar, Mandorin and adjacent areas."
    spans = [("Velbagh", "GPE"), ("Dorkhel", "PERSON"), ("Zad Kamar", "PERSON")]
    labels = _labels(text, spans)
    assert labels["Dorkhel"] == "GPE"
    assert labels["Zad Kamar"] == "GPE"


def test_a_village_before_a_two_word_village_in_the_list_is_a_place():
    text = "Families fled the Velbagh, Dorkhel, Chapra Parow and Chapra areas of the district."
    spans = [("Velbagh", "GPE"), ("Dorkhel", "PERSON")]
    assert _labels(text, spans)["Dorkhel"] == "GPE"


def test_a_man_before_other_people_stays_a_person():
    text = "The envoy met Korvat Dalmi, Velmar Oskan and other leaders."
    spans = [("Korvat Dalmi", "PERSON"), ("Velmar Oskan", "PERSON")]
    assert _labels(text, spans)["Korvat Dalmi"] == "PERSON"


# -- a shout --------------------------------------------------------------------------------


def test_a_word_shouted_with_an_exclamation_mark_is_no_name():
    text = "The leader wrote that they would all be DORVEN! The group rejected the threat."
    assert _texts(text, [("DORVEN", "ORG")]) == []


def test_a_capitalised_word_also_written_in_lower_case_is_no_name():
    text = "“DEAD”, the headline read. Five dead were counted by the Velmar Council."
    assert _texts(text, [("DEAD", "ORG"), ("Velmar Council", "ORG")]) == ["Velmar Council"]


def test_a_bodys_letters_stay():
    text = "VELCOR said on Monday that the VELCOR office in Dorvan would reopen."
    assert (
        _texts(text, [("VELCOR", "ORG"), ("VELCOR", "ORG"), ("Dorvan", "GPE")]).count("VELCOR") == 2
    )


def test_a_studys_profile_is_a_document():
    assert _type("Velmar National Security Profile", "ORG") == "OTHER"


# -- a code's letters before its numbered part (session 38, check-r38) ----------------------


@pytest.mark.parametrize(
    "name", ["PPC Section 324", "PPC Section 337-Fiii", "CrPC Section 144", "QV Sections 6 and 7"]
)
def test_a_codes_letters_before_its_numbered_part_is_a_law(name):
    assert _type(name, "ORG") == "LAW"


@pytest.mark.parametrize(
    "name", ["Ppc Section 324", "Velmar Section 12", "PPC Section Velmar", "PPC Sectional 3"]
)
def test_a_name_or_a_lone_capital_before_a_section_is_left_to_the_other_rules(name):
    assert _type(name, "ORG") == "ORG"
