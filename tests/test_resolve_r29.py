"""Issue 17, session 29 (check-r25): words right around a name say what it names
(:mod:`dossier.kb.name_cues`), a body's letters written as a word are no man, and a bare
office's letters cut before its last word are their report's.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names and towns are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys, name_cues, name_types, resolve
from dossier.names import normalize_name
from dossier.store import open_store
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a facility's noun after a "person" -----------------------------------------------------


def test_a_person_before_a_facilitys_noun_is_the_facility_throughout_its_report():
    found = _keys(
        "Rebels targeted Zorvan Adeli airport on Monday. Flights resumed and Zorvan Adeli "
        "was open again, Kamran Vestal said.",
        [("Zorvan Adeli", "PERSON"), ("Zorvan Adeli", "PERSON"), ("Kamran Vestal", "PERSON")],
    )
    assert [label for _text, _key, label in found] == ["FAC", "FAC", "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvan Adeli’s hospital was shut, officials said.",  # the man's hospital
        "Zorvan Adeli said the airport was shut.",  # no noun right after the name
    ],
)
def test_a_person_without_a_facilitys_noun_right_after_stays_a_person(text):
    found = _keys(text, [("Zorvan Adeli", "PERSON")])
    assert found[0][2] == "PERSON"


# -- an administrative unit's word opening a name ------------------------------------------


def test_a_tehsil_and_its_name_is_a_place_and_takes_no_surname():
    found = _keys(
        "ZELVANT: Iqbal Narvi of Village 73/4-R, Tehsil Zelvant, was held at the Civil Lines "
        "police station in Zelvant.",
        [
            ("ZELVANT", "GPE"),
            ("Iqbal Narvi", "PERSON"),
            ("Tehsil Zelvant", "PERSON"),
            ("Zelvant", "GPE"),
        ],
    )
    by_text = {text: (key, label) for text, key, label in found}
    assert by_text["Tehsil Zelvant"] == ("tehsil zelvant", "GPE")
    assert by_text["Zelvant"][0] == "zelvant"  # the town, not the tehsil's "surname"


def test_a_tehsils_office_or_building_is_no_place():
    not_a_place = name_types._NOT_A_DISTRICT
    hospital = _doc(1, "Tehsil Headquarters Hospital", [("Tehsil Headquarters Hospital", "PERSON")])
    assert not name_cues.unit_named(hospital.mentions[0], not_a_place)
    town = _doc(1, "Tehsil Zelvant", [("Tehsil Zelvant", "PERSON")])
    assert name_cues.unit_named(town.mentions[0], not_a_place)


def test_a_name_opening_with_tehsil_is_typed_a_place():
    stats = [AliasStat("tehsil zelvant", "Tehsil Zelvant", "PERSON", 2, 1)]
    assert name_types.choose_type(stats) == "GPE"


# -- a capital "The" inside a sentence titles a publication ----------------------------------


def test_the_inside_a_sentence_titles_a_publication_apart_from_the_people():
    found = _keys(
        "Six Velmari pilgrims were held, a story in The Velmari argues. The Velmari sued the "
        "court on Monday.",
        [("Velmari", "NORP"), ("Velmari", "NORP"), ("Velmari", "NORP")],
    )
    assert [(key, label) for _text, key, label in found] == [
        ("velmari", "NORP"),  # the people: no "The"
        ("the velmari", "ORG"),
        ("the velmari", "ORG"),  # a sentence's "The" in a report that titles the paper
    ]


def test_a_sentences_first_the_alone_titles_nothing():
    found = _keys(
        "The Velmari campaign went on. Velmari pilgrims were held.",
        [("Velmari", "NORP"), ("Velmari", "NORP")],
    )
    assert {key for _text, key, _label in found} == {"velmari"}


def test_a_publication_and_the_word_of_another_report_are_two_entities(tmp_path):
    paper = _doc(
        1,
        "The story was published by US magazine The Velmari on Wednesday.",
        [("US", "GPE"), ("Velmari", "LOC")],
    )
    sea = _doc(2, "The Velmari boat tragedy killed forty.", [("Velmari", "LOC")])
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[paper], [sea]])
    ids = store.entity_ids_for_keys(["the velmari", "velmari"])
    assert set(ids) == {"the velmari", "velmari"}
    assert ids["the velmari"] != ids["velmari"]


# -- a body's letters written as a word -----------------------------------------------------


def test_a_word_written_also_in_capitals_by_the_model_as_a_body_is_no_man():
    stats = [
        AliasStat("zenra", "Zenra", "PERSON", 9, 8),
        AliasStat("zenra", "ZENRA", "ORG", 1, 1),
    ]
    assert name_types.choose_type(stats) == "ORG"


@pytest.mark.parametrize(
    "stats",
    [
        # a man's name in capitals in a dateline the model calls a place
        [AliasStat("zehri", "Zehri", "PERSON", 9, 8), AliasStat("zehri", "ZEHRI", "GPE", 1, 1)],
        # a man's name never written in capitals
        [AliasStat("zehri", "Zehri", "PERSON", 9, 8)],
    ],
)
def test_a_mans_name_without_a_bodys_capitals_stays_a_person(stats):
    assert name_types.choose_type(stats) == "PERSON"


# -- a bare office's letters cut before its last word -----------------------------------------


def test_letters_cut_before_a_bare_offices_last_word_hold_in_their_report():
    found = _keys(
        "The body was taken to the DHQ hospital in Zelvant, police said.",
        [("DHQ", "ORG"), ("Zelvant", "GPE")],
    )
    by_text = {text: key for text, key, _label in found}
    assert by_text["DHQ"] == entity_keys.scoped_key("dhq", "doc-1")
    assert by_text["Zelvant"] == "zelvant"


def test_a_district_headquarters_holds_in_its_report():
    found = _keys(
        "The injured were moved to District Headquarters (DHQ) Hospital, Zelvant.",
        [("District Headquarters", "ORG"), ("Zelvant", "GPE")],
    )
    assert found[0][1] == entity_keys.scoped_key("district headquarters", "doc-1")


def test_two_reports_dhq_hospitals_are_two_entities(tmp_path):
    bannu = _doc(1, "He died at the DHQ hospital in Zelvant.", [("DHQ", "ORG"), ("Zelvant", "GPE")])
    other = _doc(
        2, "Two were taken to the DHQ hospital in Korvat.", [("DHQ", "ORG"), ("Korvat", "GPE")]
    )
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[bannu], [other]])
    ids = store.entity_ids_for_keys(
        [entity_keys.scoped_key("dhq", "doc-1"), entity_keys.scoped_key("dhq", "doc-2")]
    )
    assert len(ids) == 2 and len(set(ids.values())) == 2


def test_letters_before_another_word_keep_linking():
    found = _keys(
        "The KBA president said the Zelvant bar would strike.",
        [("KBA", "ORG"), ("Zelvant", "GPE")],
    )
    assert found[0][1] == "kba"


def test_a_publication_is_no_groups_antecedent():
    from dossier.extract.nlp import DESCRIPTION

    found = _keys(
        "Screenshots of the chat were published in The Velmari. In the group, officials argued.",
        [("Velmari", "ORG"), ("the group", DESCRIPTION)],
    )
    assert ("Velmari", "the velmari", "ORG") in found
    assert all(key != "the velmari" for text, key, _label in found if text == "the group")


# -- a country's mission is the one in the report's country ----------------------------------


def test_a_mission_is_keyed_by_the_country_its_report_is_in():
    london = _keys(
        "Windows of the Pakistan High Commission in Britain were smashed, police in "
        "Glasgow and Leeds said.",
        [
            ("Pakistan High Commission", "ORG"),
            ("Britain", "GPE"),
            ("Glasgow", "GPE"),
            ("Leeds", "GPE"),
        ],
    )
    delhi = _keys(
        "NEW DELHI: Advisers at the Pakistani High Commission in New Delhi must leave India, "
        "officials in Mumbai said.",
        [
            ("Pakistani High Commission", "ORG"),
            ("New Delhi", "GPE"),
            ("India", "GPE"),
            ("Mumbai", "GPE"),
        ],
    )
    assert london[0][1] == "pakistan high commission in united kingdom"
    assert delhi[0][1] == "pakistani high commission in india"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # no country named with the mission
        ("LONDON: The Embassy in London said so.", [("Embassy", "ORG"), ("London", "GPE")]),
        # a report of the mission's own country: the host is elsewhere, unnamed
        (
            "ISLAMABAD: The Pakistan High Commission was told, officials in Lahore said.",
            [("Pakistan High Commission", "ORG"), ("Lahore", "GPE")],
        ),
    ],
)
def test_a_mission_without_a_host_holds_in_its_report(text, spans):
    found = _keys(text, spans)
    assert found[0][1].startswith(resolve.normalize_name(spans[0][0]) + entity_keys.SCOPE)


def test_missions_of_one_country_in_two_capitals_are_two_entities(tmp_path):
    london = _doc(
        1,
        "The Indian High Commission in Britain was shut, police in Glasgow said.",
        [("Indian High Commission", "ORG"), ("Britain", "GPE"), ("Glasgow", "GPE")],
    )
    islamabad = [
        _doc(
            i,
            f"ISLAMABAD: The Indian High Commission was summoned in Lahore on day {i}.",
            [("Indian High Commission", "ORG"), ("Lahore", "GPE")],
        )
        for i in (2, 3)
    ]
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[london], islamabad])
    ids = store.entity_ids_for_keys(
        ["indian high commission in united kingdom", "indian high commission in pakistan"]
    )
    assert len(ids) == 2 and len(set(ids.values())) == 2


# -- a part of a city that many cities have holds in its report -------------------------------


@pytest.mark.parametrize("name", ["Red Zone", "Old City", "Walled City", "Green Zone"])
def test_a_citys_part_named_without_its_city_holds_in_its_report(name):
    found = _keys(f"Protesters tried to enter the {name} of Zelvant.", [(name, "LOC")])
    assert found[0][1] == entity_keys.scoped_key(normalize_name(name), "doc-1")


@pytest.mark.parametrize("name", ["Gaza City", "Safe City", "Zelvant City"])
def test_a_city_with_its_own_name_keeps_linking(name):
    found = _keys(f"Strikes hit {name} on Monday.", [(name, "GPE")])
    assert entity_keys.SCOPE not in found[0][1]


def test_letters_before_a_facilitys_noun_are_the_facility():
    found = _keys(
        "The body was taken to the DHQ hospital in Zelvant.", [("DHQ", "ORG"), ("Zelvant", "GPE")]
    )
    assert found[0][2] == "FAC"


def test_a_group_named_so_once_is_the_group_throughout_its_report():
    found = _keys(
        "A strike killed a leader of the terrorist organisation Harran al-Zuf. Harran al-Zuf "
        "was founded in 2018, Kamran Vestal said.",
        [("Harran al-Zuf", "PERSON"), ("Harran al-Zuf", "PERSON"), ("Kamran Vestal", "PERSON")],
    )
    assert [label for _text, _key, label in found] == ["ORG", "ORG", "PERSON"]


def test_a_one_word_person_that_speaks_with_the_is_a_body():
    found = _keys(
        "The Britain-based Zelvatory said ten died. Zelvatory counts have risen. Pope Leo "
        "prayed, the Pope said.",
        [
            ("Zelvatory", "PERSON"),
            ("Zelvatory", "PERSON"),
            ("Pope Leo", "PERSON"),
            ("Pope", "PERSON"),
        ],
    )
    assert [label for _text, _key, label in found] == ["ORG", "ORG", "PERSON", "PERSON"]


def test_the_place_written_after_a_mission_is_its_host_before_the_reports_country():
    found = _keys(
        "ISLAMABAD: Advisers at the Pakistani High Commission in New Delhi must leave, officials "
        "in Lahore and Karachi said.",
        [
            ("Pakistani High Commission", "ORG"),
            ("New Delhi", "GPE"),
            ("Lahore", "GPE"),
            ("Karachi", "GPE"),
        ],
    )
    assert found[0][1] == "pakistani high commission in india"


def test_a_mission_in_a_place_the_gazetteer_does_not_know_holds_in_its_report():
    found = _keys(
        "ISLAMABAD: Windows of the Indian High Commission in Zelvant Square were smashed, "
        "officials in Lahore said.",
        [("Indian High Commission", "ORG"), ("Lahore", "GPE")],
    )
    assert found[0][1] == entity_keys.scoped_key("indian high commission", "doc-1")


def test_a_credited_publication_is_a_source_and_no_entity():
    found = _keys(
        "Six Velmari pilgrims were held, The Velmari reported. Police in Zelvant confirmed it.",
        [("Velmari", "NORP"), ("Velmari", "NORP"), ("Zelvant", "GPE")],
    )
    assert [(text, key) for text, key, _label in found] == [
        ("Velmari", "velmari"),  # the people stay
        ("Zelvant", "zelvant"),
    ]


def test_a_consulate_holds_in_its_report():
    found = _keys(
        "LAHORE: Protesters marched to the US Consulate in Lahore.",
        [("US Consulate", "FAC"), ("Lahore", "GPE")],
    )
    assert found[0][1] == entity_keys.scoped_key("us consulate", "doc-1")
