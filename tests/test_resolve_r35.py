"""Issue 17, session 35 (check-r35): the media a report credits though no word of their name is
a medium's (told and cited in one report, a medium's noun after the name, the medium's letters,
"Journal" and "Media" in the name but a press office's "Media Wing"); a port, a highway with its
number, places listed before a plural place noun and a prayer "offered" are what they are.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names, media and places are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import name_types
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _type(name: str, label: str) -> str:
    return name_types.choose_type([AliasStat(name.lower(), name, label, 2, 1)])


def _labels(sentence: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    return {text: label for text, _key, label in _keys(sentence, spans)}


def _texts(sentence: str, spans: list[tuple[str, str]]) -> list[str]:
    return [text for text, _key, _label in _keys(sentence, spans)]


# -- media credited -----------------------------------------------------------------------


def test_a_name_told_and_cited_in_one_report_is_a_medium():
    text = (
        "The envoy Korvat Dalmi told Velnews that the talks would go on. "
        "According to Velnews, Dalmi also met officials in Dorvan."
    )
    spans = [("Korvat Dalmi", "PERSON"), ("Velnews", "ORG"), ("Velnews", "ORG"), ("Dorvan", "GPE")]
    assert "Velnews" not in _texts(text, spans)


def test_a_body_only_told_stays():
    text = "The envoy Korvat Dalmi told the Velmar Council that the talks would go on."
    spans = [("Korvat Dalmi", "PERSON"), ("Velmar Council", "ORG")]
    assert "Velmar Council" in _texts(text, spans)


def test_a_person_told_and_cited_stays():
    text = "The minister told Korvat Dalmi to wait. According to Korvat Dalmi, the talks stalled."
    spans = [("Korvat Dalmi", "PERSON"), ("Korvat Dalmi", "PERSON")]
    assert _texts(text, spans) == ["Korvat Dalmi", "Korvat Dalmi"]


def test_a_place_told_and_cited_stays():
    text = "Dorvan told Velmaria to stop. According to Velmaria, the strikes went on."
    spans = [("Dorvan", "GPE"), ("Velmaria", "GPE"), ("Velmaria", "GPE")]
    assert _texts(text, spans).count("Velmaria") == 2


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_name_before_a_mediums_noun_that_speaks_is_a_medium(label):
    text = "Velmar’s Al Zorra television station said the plant was struck twice."
    spans = [("Velmar", "GPE"), ("Al Zorra", label)]
    assert _texts(text, spans) == ["Velmar"]


def test_a_name_before_a_mediums_noun_that_does_not_speak_stays():
    text = "Gunmen stormed the Al Zorra television station in Dorvan."
    spans = [("Al Zorra", "ORG"), ("Dorvan", "GPE")]
    assert "Al Zorra" in _texts(text, spans)


def test_a_journal_credited_and_its_letters_are_a_medium():
    text = (
        "The Dorvan Street Journal reported on Tuesday that the men were freed. "
        "The DSJ reported that three were held."
    )
    spans = [("Dorvan Street Journal", "ORG"), ("DSJ", "ORG")]
    assert _texts(text, spans) == []


def test_a_media_service_credited_is_a_medium():
    text = "Nine men were killed, Velmar Media Service reported. Three died in custody, VMS added."
    spans = [("Velmar Media Service", "ORG"), ("VMS", "ORG")]
    assert _texts(text, spans) == []


def test_letters_of_no_credited_medium_stay():
    text = "The DSJ party met in Dorvan, Velmar Media Service reported."
    spans = [("DSJ", "ORG"), ("Dorvan", "GPE"), ("Velmar Media Service", "ORG")]
    assert _texts(text, spans) == ["DSJ", "Dorvan"]


def test_a_press_offices_media_wing_stays_an_actor():
    text = "The martyrs were honoured, PM Office Media Wing said in a press release."
    spans = [("PM Office Media Wing", "ORG")]
    assert _texts(text, spans) == ["PM Office Media Wing"]


# -- what a name is -----------------------------------------------------------------------


@pytest.mark.parametrize("label", ["PERSON", "GPE", "ORG"])
def test_a_port_is_a_facility(label):
    assert _type("Shahid Korvat Port", label) == "FAC"


@pytest.mark.parametrize(
    "sentence",
    [
        "Buses were barred from the Korvat-Dalmi (N-70) highway at night.",
        "Buses were barred from the Velmar-Taftan (N-40) and Korvat-Dalmi (N-70) highways.",
    ],
)
def test_a_road_by_its_ends_and_number_is_a_facility(sentence):
    assert _labels(sentence, [("Korvat-Dalmi", "PERSON")])["Korvat-Dalmi"] == "FAC"


def test_a_road_by_its_ends_without_a_road_word_stays():
    found = _labels("Korvat-Dalmi (N-70) said he would run.", [("Korvat-Dalmi", "PERSON")])
    assert found["Korvat-Dalmi"] == "PERSON"


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_names_listed_before_a_plural_place_noun_are_places(label):
    text = "Troops swept the Ochvan, Korvat, Dalmir and Zelvan areas of Dorvan."
    found = _labels(text, [("Korvat", label), ("Dalmir", label)])
    assert found == {"Korvat": "GPE", "Dalmir": "GPE"}


def test_a_man_listed_before_no_place_noun_stays():
    text = "Troops met Korvat and Zelvan officials in Dorvan."
    assert _labels(text, [("Korvat", "PERSON")])["Korvat"] == "PERSON"


@pytest.mark.parametrize("label", ["PERSON", "GPE", "ORG"])
def test_a_word_offered_alone_is_a_prayer(label):
    text = "The general laid a wreath and offered Zelvara for the martyrs."
    assert _labels(text, [("Zelvara", label)])["Zelvara"] == "EVENT"


@pytest.mark.parametrize(
    "sentence",
    ["The party offered Korvat a seat in Dorvan.", "The minister offered Korvat’s men talks."],
)
def test_a_man_offered_something_stays(sentence):
    assert _labels(sentence, [("Korvat", "PERSON")])["Korvat"] == "PERSON"


def test_a_place_before_a_mediums_noun_stays():
    text = "Dorvan radio said the envoy left Dorvan."
    spans = [("Dorvan", "GPE"), ("Dorvan", "GPE")]
    assert _texts(text, spans) == ["Dorvan", "Dorvan"]


@pytest.mark.parametrize("label", ["NORP", "GPE"])
def test_a_peoples_word_before_a_mediums_noun_stays(label):
    text = "Velmarian TV said the Velmarian envoy left Dorvan."
    spans = [("Velmarian", label), ("Velmarian", label), ("Dorvan", "GPE")]
    assert _texts(text, spans) == ["Velmarian", "Velmarian", "Dorvan"]


def test_a_person_told_and_airing_footage_is_a_medium():
    text = (
        "Footage broadcast early Friday by Al Zorra showed a fire. "
        "“It burned all night,” one worker told Al Zorra."
    )
    spans = [("Al Zorra", "PERSON"), ("Al Zorra", "PERSON")]
    assert _texts(text, spans) == []
