"""Issue 17, session 18 (check-r14): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.kb import entity_keys, entity_links, name_types, resolve
from dossier.store import open_store
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("surface", "label"), [("van", "GPE"), ("mosques", "FAC"), ("khwarij", "PERSON")]
)
def test_one_word_in_lower_case_names_nothing(surface, label):
    text = f"Gunmen fired at the police {surface} near Dorvan."
    assert [t for t, _k, _l in _keys(text, [(surface, label), ("Dorvan", "GPE")])] == ["Dorvan"]


def test_lower_case_words_of_a_longer_description_are_left_to_the_other_rules():
    # "health ministry": a description the model took for a name; it stays (in its report)
    text = "The health ministry in Dorvan said six died."
    keys = _keys(text, [("health ministry", "ORG")])
    assert [t for t, _k, _l in keys] == ["health ministry"]


@pytest.mark.parametrize("word", ["Parliament", "House", "Senate", "Cabinet"])
def test_a_chamber_named_by_its_kind_keys_only_its_report(word):
    ((text, key, _label),) = _keys(f"{word} met in Dorvan on Friday.", [(word, "ORG")])
    assert text == word
    assert key == entity_keys.scoped_key(word.lower(), "doc-1")


def test_a_chamber_with_its_country_still_links_across_reports():
    ((_text, key, _label),) = _keys(
        "The Lebrania Parliament met on Friday.", [("Lebrania Parliament", "ORG")]
    )
    assert key == "lebrania parliament"


def test_two_countries_parliaments_named_alone_are_two_entities(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        home = [
            _doc(i, f"Members of Parliament in Vorbad debated on day {i}.", [("Parliament", "ORG")])
            for i in range(3)
        ]
        abroad = [
            _doc(
                10,
                "Parliament Speaker Nabel Berrov met envoys in Beiruta.",
                [("Parliament", "ORG"), ("Nabel Berrov", "PERSON")],
            )
        ]
        _ingest(store, [home, abroad])
        keys = [entity_keys.scoped_key("parliament", f"doc-{n}") for n in (0, 1, 2, 10)]
        found = store.entity_ids_for_keys(keys)
        assert len(set(found.values())) == 4
    finally:
        store.close()


def _stat(text: str, label: str, mentions: int = 3) -> AliasStat:
    return AliasStat(
        key=resolve.normalize_name(text), text=text, label=label, mentions=mentions, documents=1
    )


@pytest.mark.parametrize("name", ["Marwat Qaumi Jirga", "Qaumi Jirga", "Quetta Shura"])
def test_an_assembly_named_by_its_last_word_is_an_organisation(name):
    assert name_types.choose_type([_stat(name, "PERSON")]) == "ORG"


@pytest.mark.parametrize("name", ["Numaish Chowrangi", "Karsaz Flyover"])
def test_a_roundabout_or_a_flyover_is_a_facility(name):
    assert name_types.choose_type([_stat(name, "PERSON")]) == "FAC"


def test_a_man_whose_name_holds_no_such_word_keeps_the_models_person():
    assert name_types.choose_type([_stat("Qaumi Jirgani", "PERSON")]) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed four militants in general area Maddi, Dera Ismail Khan District.",
        "Troops repulsed an attack in the general area of Maddi on Friday.",
        "A post was attacked in the Khadi area of Maddi on Friday.",
        "Six were hurt. In Maddi, one of the affected villages, a house fell.",
    ],
)
def test_a_locality_after_a_place_noun_or_an_opening_in_is_a_place(text):
    assert [label for _t, _k, label in _keys(text, [("Maddi", "PERSON")])] == ["GPE"]


@pytest.mark.parametrize(
    "text",
    [
        "In Maddi's view, the talks failed.",
        "The area commander said Maddi had fled.",
        "Police in the district said Maddi had fled.",
    ],
)
def test_a_man_after_other_words_or_with_a_possessive_stays_a_person(text):
    assert [label for _t, _k, label in _keys(text, [("Maddi", "PERSON")])] == ["PERSON"]


def test_two_places_the_gazetteer_knows_apart_are_no_spellings_of_one():
    assert entity_links._two_known_places("Gujarat", "Gujrat")
    assert not entity_links._two_known_places("Gujrat", "Gujrat")
    assert not entity_links._two_known_places("Gujrat", "Gujratt")  # a spelling it lacks


def test_a_pakistani_city_does_not_join_an_indian_state_spelled_alike(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        india = [
            _doc(i, f"Officials in Gujarat met on day {i}.", [("Gujarat", "GPE")]) for i in range(3)
        ]
        pakistan = [_doc(10, "Police in Gujrat arrested five men.", [("Gujrat", "GPE")])]
        _ingest(store, [india, pakistan])
        found = store.entity_ids_for_keys(["gujarat", "gujrat"])
        assert found["gujarat"] != found["gujrat"]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Troops killed innocent Kashmiris in occupied Kashmir.", "Kashmiris"),
        ("A mob besieged 45 Ahmadis at an Ahmadi place of worship.", "Ahmadis"),
    ],
)
def test_the_plural_of_a_peoples_name_in_i_is_a_people(text, span):
    labels = {t: label for t, _k, label in _keys(text, [(span, "PERSON")])}
    assert labels[span] == "NORP"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pope Francis met envoys in Rome.", "Francis"),
        ("Minister Idris said the talks failed.", "Idris"),
    ],
)
def test_a_name_ending_in_is_without_its_root_in_the_report_stays_a_person(text, span):
    labels = {t: label for t, _k, label in _keys(text, [(span, "PERSON")])}
    assert labels[span] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Saddar Station House Officer Shakeel Khan said the men fled.",
        "According to a statement from the President’s House, he paid tribute.",
        "In a statement issued by KP Governor House, Kundi paid tribute.",
    ],
)
def test_a_chamber_word_inside_a_longer_name_names_no_chamber(text):
    assert [t for t, _k, _l in _keys(text, [("House", "ORG")])] == []


@pytest.mark.parametrize(
    "text",
    ["The House passed the bill on Friday.", "Lebanon’s Parliament Speaker Nabel Berrov spoke."],
)
def test_a_chamber_word_of_its_own_or_of_a_place_is_kept(text):
    word = "House" if "House" in text else "Parliament"
    assert [t for t, _k, _l in _keys(text, [(word, "ORG")])] == [word]


@pytest.mark.parametrize(
    ("text", "span", "whole"),
    [
        ("Robbers struck in the Millat Town police area.", "Millat", "Millat Town"),
        ("It took place near Changla Gali police station.", "Changla", "Changla Gali"),
    ],
)
def test_a_span_cut_before_its_locality_word_grows_over_it(text, span, whole):
    assert _keys(text, [(span, "GPE")]) == [(whole, whole.lower(), "GPE")]


def test_a_span_before_another_word_is_left_alone():
    text = "Robbers struck in Millat on Friday, police said."
    assert _keys(text, [("Millat", "GPE")]) == [("Millat", "millat", "GPE")]


def _judge(first: int, count: int) -> list:
    """Reports that name a judge in full beside her country and city."""
    return [
        _doc(
            first + i,
            f"Justice Aalia Nelumova heard the case in Vorbad, Lebrania, on day {i}.",
            [("Aalia Nelumova", "PERSON"), ("Vorbad", "GPE"), ("Lebrania", "GPE")],
        )
        for i in range(count)
    ]


@pytest.mark.parametrize("word_first", [False, True])
def test_a_word_the_reports_name_a_body_is_no_dominant_persons_surname(tmp_path, word_first):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        district = [
            _doc(
                20 + i,
                f"Shelling hit Nelumova and Kotlibad, Lebrania officials said on day {i}.",
                [("Nelumova", "ORG"), ("Kotlibad", "GPE"), ("Lebrania", "GPE")],
            )
            for i in range(3)
        ]
        judge = _judge(0, 4)
        _ingest(store, [district, judge] if word_first else [judge, district])
        found = store.entity_ids_for_keys(["nelumova", "aalia nelumova"])
        assert found["nelumova"] != found["aalia nelumova"]
    finally:
        store.close()


def test_a_surname_the_model_calls_a_body_once_still_joins_its_person(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        alone = [
            _doc(
                30 + i,
                f"Nelumova said in Vorbad on day {i} that the case would go on.",
                [("Nelumova", "PERSON"), ("Vorbad", "GPE")],
            )
            for i in range(3)
        ]
        slip = [
            _doc(40, "Nelumova told Vorbad reporters.", [("Nelumova", "ORG"), ("Vorbad", "GPE")])
        ]
        _ingest(store, [_judge(0, 4), alone, slip])
        found = store.entity_ids_for_keys(["nelumova", "aalia nelumova"])
        assert found["nelumova"] == found["aalia nelumova"]
    finally:
        store.close()
