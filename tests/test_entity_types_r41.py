"""Issue 17, session 41: entity types by mechanism over the whole archive.

* a village whose name folds to a "-ullah" given name's ending ("Jandola" -> "jandula", as
  "Zainullah" -> "zainula") is no very common given name: only a name written with "-ullah",
  "-allah" or "-ulla" is (:func:`dossier.names.common_lone_name`);
* a one-word police station's name the report also writes as a place ("the Rustam area ...
  the Rustam police station") stays the place (:func:`dossier.kb.document_cues._placed`);
* an entity written mostly by its letters ("IoK") is looked up in the gazetteer by its
  spelled-out name (:func:`dossier.kb.name_types._place_by_name`);
* "mandi" (Urdu: market) closing a name makes a market, a FAC;
* a "person" or "body" listed only among known places is a place
  (:mod:`dossier.kb.listed_places`);
* a person's noun in lower case right before a name ("terrorist Younas") makes a person
  (:func:`dossier.kb.context_types.cued_type`).

Hand-built mentions (the model's labels fixed), invented names but for the gazetteer's.
"""

from __future__ import annotations

import pytest

from dossier import geo, names
from dossier.kb import context_types, name_types
from dossier.records import Mention
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


# -- a village whose folded name ends as a "-ullah" name's does ----------------------------


@pytest.mark.parametrize("word", ["Jandola", "Damadola", "Vorola"])
def test_a_word_ending_in_ola_is_no_common_given_name(word):
    assert not names.common_lone_name(word)


@pytest.mark.parametrize("word", ["Zainullah", "Nasrallah", "Mr Ihsanullah", "Saifulah"])
def test_a_name_written_with_ullah_is_still_a_common_given_name(word):
    assert names.common_lone_name(word)


def test_a_village_typed_a_place_in_every_mention_stays_a_place():
    stats = [AliasStat("jandola", "Jandola", "GPE", 9, 7)]
    assert name_types.choose_type(stats, geo.load_gazetteer(), 0, 7) == "GPE"


# -- a one-word station's name the report also writes as a place ---------------------------


def test_a_one_word_station_the_report_also_writes_as_a_place_stays_the_place():
    text = (
        "A woman was shot dead in the Vorkhel area of Mansehra. A case was registered at the "
        "Vorkhel police station."
    )
    found = _keys(text, [("Vorkhel", "GPE"), ("Vorkhel", "FAC")])
    keys = [k for _t, k, _l in found]
    assert keys == ["vorkhel", "vorkhel"]  # unscoped: the place of every report
    assert found[0][2] == "GPE"


def test_a_one_word_station_written_only_as_a_station_stays_the_station():
    text = (
        "A case was registered at the Vorkhel police station. The Vorkhel police arrested two men."
    )
    found = _keys(text, [("Vorkhel", "GPE"), ("Vorkhel", "GPE")])
    assert all(label == "FAC" and key != "vorkhel" for _t, key, label in found)


def test_in_before_a_one_word_station_is_the_stations_not_a_place_cue():
    text = "Two men were held in Vorkhel police station. The Vorkhel police arrested them."
    found = _keys(text, [("Vorkhel", "GPE"), ("Vorkhel", "GPE")])
    assert all(label == "FAC" and key != "vorkhel" for _t, key, label in found)


# -- a place written mostly by its letters -------------------------------------------------


def test_a_place_written_mostly_by_its_letters_is_a_place_by_its_whole_name():
    stats = [
        AliasStat("iok", "IoK", "ORG", 12, 5),
        AliasStat("india occupied kashmir", "India-occupied Kashmir", "ORG", 4, 4),
        AliasStat("india occupied kashmir", "India-occupied Kashmir", "GPE", 3, 3),
    ]
    assert name_types.choose_type(stats, geo.load_gazetteer(), 0, 8) == "GPE"


def test_a_body_written_mostly_by_its_letters_stays_a_body():
    stats = [
        AliasStat("vkm", "VKM", "ORG", 12, 5),
        AliasStat("vorla kahu movement", "Vorla Kahu Movement", "ORG", 4, 4),
    ]
    assert name_types.choose_type(stats, geo.load_gazetteer(), 0, 8) == "ORG"


# -- a market's Urdu word closing its name ------------------------------------------------


def test_a_name_closed_by_mandi_is_a_market():
    stats = [AliasStat("vorla mandi", "Vorla Mandi", "PERSON", 5, 3)]
    assert name_types.choose_type(stats, geo.load_gazetteer(), 0, 3) == "FAC"


def test_a_name_opened_by_mandi_is_not_a_market():
    stats = [AliasStat("mandi vorla", "Mandi Vorla", "GPE", 5, 3)]
    assert name_types.choose_type(stats, geo.load_gazetteer(), 0, 3) == "GPE"


# -- a name listed among places ------------------------------------------------------------


def test_a_body_listed_among_known_places_is_a_place():
    text = "The missiles hit the locations in Vorla Pur, Muzaffarabad, Kotli and Sialkot."
    found = _keys(
        text,
        [("Vorla Pur", "ORG"), ("Muzaffarabad", "GPE"), ("Kotli", "GPE"), ("Sialkot", "GPE")],
    )
    assert found[0][1:] == ("vorla pur", "GPE")


def test_a_list_with_a_man_in_it_is_no_list_of_places():
    text = "The arrested include Vorla Pur, Hamza, Kotli and Sialkot."
    found = _keys(
        text, [("Vorla Pur", "ORG"), ("Hamza", "PERSON"), ("Kotli", "GPE"), ("Sialkot", "GPE")]
    )
    assert found[0][2] == "ORG"


def test_one_known_place_beside_it_makes_no_list_of_places():
    text = "Delegates from Vorla Pur and Muzaffarabad met on Monday."
    found = _keys(text, [("Vorla Pur", "ORG"), ("Muzaffarabad", "GPE")])
    assert found[0][2] == "ORG"


# -- a person's noun right before a name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An Indian-sponsored terrorist Vorkhel Zanai was killed in the raid.", "Vorkhel Zanai"),
        ("The former premiers Vorla Kahu and others attended.", "Vorla Kahu"),
        ("Congress lawmaker Vorla Tenzi said the offer was made.", "Vorla Tenzi"),
    ],
)
def test_a_name_after_a_persons_noun_is_a_person(text, name):
    mention = Mention(
        text.index(name), text.index(name) + len(name), name, "ORG", names.normalize_name(name), 0
    )
    assert context_types.cued_type(mention, text).label == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The militant Vorla Kahu group claimed it.", "Vorla Kahu"),  # an adjective
        ("He arrested the suspects Vorla Kahu village elders named.", "Vorla Kahu"),
        ("The terrorist VKM cell was busted.", "VKM"),  # letters
        ("Corps Commander Vorla said so.", "Vorla"),  # an office before its seat
    ],
)
def test_a_name_after_no_persons_noun_keeps_its_label(text, name):
    mention = Mention(
        text.index(name), text.index(name) + len(name), name, "ORG", names.normalize_name(name), 0
    )
    assert context_types.cued_type(mention, text).label == "ORG"
