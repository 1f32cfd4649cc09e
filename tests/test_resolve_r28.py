"""Issue 17, session 28 (check-r24): a ministry named by its portfolio alone is its report's
country's, as a bare supreme court is (session 25).

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The people and towns are invented; the country names are what the rule is
about.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import entity_keys, name_types, offices
from dossier.names import normalize_name
from dossier.store import open_store
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a ministry named by its portfolio alone is its report's country's ---------------------


@pytest.mark.parametrize(
    "key",
    [
        "defence ministry",
        "the defence ministry",
        "ministry of defence",
        "ministry of foreign affairs",
        "ministry of information and broadcasting",
        "federal interior ministry",
    ],
)
def test_a_ministry_of_a_portfolio_alone_names_no_country(key):
    assert offices._bare_ministry(key)


@pytest.mark.parametrize(
    "key",
    [
        "pakistan defence ministry",
        "ministry of defence of pakistan",
        "chinese foreign ministry",
        "ministry",
        "ministry of",
        "and defence ministry",
        "defence ministry spokesman",
    ],
)
def test_a_ministry_with_its_country_or_no_portfolio_is_no_bare_ministry(key):
    assert not offices._bare_ministry(key)


def test_a_bare_ministry_is_keyed_by_its_reports_country():
    syria = _keys(
        "DAMASCUS: The Defence Ministry said troops entered Latakia and Homs in Syria.",
        [("Defence Ministry", "ORG"), ("Latakia", "GPE"), ("Homs", "GPE"), ("Syria", "GPE")],
    )
    pakistan = _keys(
        "ISLAMABAD: The Ministry of Defence told the court in Lahore that Pakistan would appeal.",
        [("Ministry of Defence", "ORG"), ("Lahore", "GPE"), ("Pakistan", "GPE")],
    )
    assert syria[0][1] == "defence ministry of syria"
    assert pakistan[0][1] == "ministry of defence of pakistan"


def test_a_bare_ministry_in_a_report_of_many_countries_holds_in_its_report():
    found = _keys(
        "The Foreign Ministry spoke as India, Israel and Pakistan argued.",
        [("Foreign Ministry", "ORG"), ("India", "GPE"), ("Israel", "GPE"), ("Pakistan", "GPE")],
    )
    assert entity_keys.SCOPE in found[0][1]


def test_two_countries_bare_defence_ministries_are_two_entities_and_one_country_one(tmp_path):
    pakistan = [
        _doc(
            i,
            f"ISLAMABAD: The Ministry of Defence told a bench in Lahore on day {i}.",
            [("Ministry of Defence", "ORG"), ("Lahore", "GPE")],
        )
        for i in range(1, 3)
    ]
    pakistan.append(
        _doc(
            3,
            "ISLAMABAD: The Defence Ministry issued a notice in Lahore.",
            [("Defence Ministry", "ORG"), ("Lahore", "GPE")],
        )
    )
    syria = _doc(
        9,
        "DAMASCUS: The Defence Ministry said troops entered Latakia in Syria.",
        [("Defence Ministry", "ORG"), ("Latakia", "GPE"), ("Syria", "GPE")],
    )
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [pakistan, [syria]])
    ids = store.entity_ids_for_keys(
        [
            "ministry of defence of pakistan",
            "defence ministry of pakistan",
            "defence ministry of syria",
        ]
    )
    assert ids["ministry of defence of pakistan"] == ids["defence ministry of pakistan"]
    assert ids["defence ministry of syria"] != ids["ministry of defence of pakistan"]


# -- a two-word man's name with a clan or common family name joins only a shared story ----


def test_a_two_word_name_with_a_clan_or_common_family_name_is_weak():
    assert names.weak_full_name("Rashid Khan")
    assert names.weak_full_name("SHO Rashid Khan")
    assert names.weak_full_name("Khalil Ahmed")
    assert not names.weak_full_name("Javed Zehri")  # a rarer family name tells men apart
    assert not names.weak_full_name("Muhammad Ali")  # common_full_name: never links at all
    assert not names.weak_full_name("Asif Ali Zardari")  # three words


def test_a_weak_two_word_name_is_keyed_in_its_report():
    found = _keys(
        "Rashid Khan was found dead in Dorvan jail. Khan had been held since May.",
        [("Rashid Khan", "PERSON"), ("Dorvan", "GPE")],
    )
    assert found[0][1] == entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-1")


def _inmate(number: int) -> object:
    return _doc(
        number,
        f"Rashid Khan died in Dorvan Central Jail, the Korvan Police said on day {number}.",
        [("Rashid Khan", "PERSON"), ("Dorvan Central Jail", "FAC"), ("Korvan Police", "ORG")],
    )


def test_one_weak_name_in_reports_sharing_other_names_is_one_man(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[_inmate(1)], [_inmate(2)], [_inmate(3)]])
    keys = [entity_keys.scoped_key("rashid khan", entity_keys.WEAK + f"doc-{i}") for i in (1, 2, 3)]
    assert len(set(store.entity_ids_for_keys(keys).values())) == 1


def test_one_weak_name_in_reports_sharing_nothing_else_is_two_men(tmp_path):
    husband = _doc(
        9,
        "Rashid Khan, husband of a Zalmabad burns victim, told the Tarnak Police of a feud.",
        [("Rashid Khan", "PERSON"), ("Zalmabad", "GPE"), ("Tarnak Police", "ORG")],
    )
    store = open_store(str(tmp_path / "kb.db"))
    _ingest(store, [[_inmate(1)], [_inmate(2)], [husband]])
    ids = store.entity_ids_for_keys(
        [
            entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-1"),
            entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-2"),
            entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-9"),
        ]
    )
    assert (
        ids[entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-1")]
        == ids[entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-2")]
    )
    assert (
        ids[entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-9")]
        != ids[entity_keys.scoped_key("rashid khan", entity_keys.WEAK + "doc-1")]
    )


def test_weak_names_join_alike_in_one_batch_and_in_two(tmp_path):
    one = open_store(str(tmp_path / "one.db"))
    _ingest(one, [[_inmate(1), _inmate(2), _inmate(3)]])
    two = open_store(str(tmp_path / "two.db"))
    _ingest(two, [[_inmate(3)], [_inmate(1), _inmate(2)]])
    keys = [entity_keys.scoped_key("rashid khan", entity_keys.WEAK + f"doc-{i}") for i in (1, 2, 3)]
    assert len(set(one.entity_ids_for_keys(keys).values())) == 1
    assert len(set(two.entity_ids_for_keys(keys).values())) == 1


# -- a span cut before a compound's particle; a member of a people after "a" -------------


def test_a_name_cut_before_its_particle_is_grown_and_no_longer_joins_the_son():
    text = (
        "Maulana Zarif ul Qadir Sami led prayers. He praised his father, Maulana Zarif ul "
        "Qadir, who founded the seminary."
    )
    found = _keys(text, [("Maulana Zarif ul Qadir Sami", "PERSON"), ("Maulana Zarif", "PERSON")])
    assert found[1][0] == "Maulana Zarif ul Qadir"
    assert found[1][1] != found[0][1]


def test_a_word_after_a_and_before_a_comma_is_a_people_not_a_surname():
    text = "The leaders were Dorab Qazvini, an Afghan, Abu Tarek, a Zorvani, and Kaka Younis."
    found = _keys(
        text,
        [
            ("Dorab Qazvini", "PERSON"),
            ("Abu Tarek", "PERSON"),
            ("Zorvani", "PERSON"),
            ("Kaka Younis", "PERSON"),
        ],
    )
    zorvani = next(f for f in found if f[0] == "Zorvani")
    assert zorvani[2] == "NORP"


def test_a_word_after_a_that_goes_on_is_left_alone():
    text = "A Qazvini spokesman said Dorab Qazvini would speak. He met a Qazvini delegation."
    found = _keys(text, [("Dorab Qazvini", "PERSON"), ("Qazvini", "PERSON")])
    assert all(label == "PERSON" for _text, _key, label in found)


# -- a hyphen pair of two known places before a common noun names no one place ------------


def test_a_hyphen_pair_of_two_known_towns_before_a_noun_is_no_name():
    found = _keys(
        "Convoys were stuck at the Multan-Bahawalpur border for days.",
        [("Multan-Bahawalpur", "GPE")],
    )
    assert found == []


def test_a_hyphen_pair_of_two_towns_before_a_motorway_is_kept():
    found = _keys(
        "Traffic was halted on the Multan-Bahawalpur motorway on Sunday.",
        [("Multan-Bahawalpur", "GPE")],
    )
    assert [f[0] for f in found] == ["Multan-Bahawalpur"]


# -- an office right before its holder's name stands for the holder -----------------------


def test_an_office_written_before_its_holder_is_typed_a_person():
    found = _keys(
        "The United Nations Special Coordinator for Lebanon, Dorana Velk, said it was grave.",
        [
            ("United Nations Special Coordinator", "ORG"),
            ("Lebanon", "GPE"),
            ("Dorana Velk", "PERSON"),
        ],
    )
    assert found[0][2] == "PERSON"
    assert found[0][1] == "united nations special coordinator"
    assert found[1][2] == "GPE"


def test_a_body_before_an_office_and_a_name_stays_a_body():
    found = _keys(
        "ISPR Director General Zorab Qadri spoke to reporters.",
        [("ISPR", "ORG"), ("Zorab Qadri", "PERSON")],
    )
    assert found[0][2] == "ORG"


def test_an_office_with_no_name_after_it_stays_as_the_model_typed_it():
    found = _keys(
        "The United Nations Special Coordinator said the firing was grave.",
        [("United Nations Special Coordinator", "ORG")],
    )
    assert found[0][2] == "ORG"


# -- a state's programme or policy is typed as a law ----------------------------------------


def _stats(text: str, label: str = "ORG") -> list[AliasStat]:
    return [AliasStat(normalize_name(text), text, label, 4, 2)]


@pytest.mark.parametrize(
    "name", ["Vision Zarqan-i-Amn", "National Counter Extremism Policy", "Provincial Action Plan"]
)
def test_a_programme_or_policy_is_a_law(name):
    assert name_types.choose_type(_stats(name)) == "LAW"


@pytest.mark.parametrize(
    "name", ["Dorvan Institute for Regional Policy", "Apex Committee of National Action Plan"]
)
def test_a_body_named_after_a_policy_stays_a_body(name):
    assert name_types.choose_type(_stats(name)) == "ORG"


def test_a_hyphen_pair_of_two_towns_before_a_route_word_is_kept():
    found = _keys(
        "The Multan-Bahawalpur highways remained closed, as did the Multan-Bahawalpur section.",
        [("Multan-Bahawalpur", "GPE"), ("Multan-Bahawalpur", "GPE")],
    )
    assert len(found) == 2


def test_a_weak_name_the_report_also_writes_as_a_place_is_left_to_the_place():
    found = _keys(
        "Zorab Abdullah attack repulsed. Troops in Zorab Abdullah district killed five.",
        [("Zorab Abdullah", "PERSON"), ("Zorab Abdullah", "GPE")],
    )
    assert all(entity_keys.SCOPE not in key for _text, key, _label in found)


def test_a_weak_name_the_gazetteer_knows_as_a_place_is_not_held_in_its_report():
    found = _keys("A fire hit the port of Bandar Abbas on Saturday.", [("Bandar Abbas", "PERSON")])
    assert entity_keys.SCOPE not in found[0][1]


def test_a_body_cut_before_an_honorific_and_a_name_stays_a_body():
    found = _keys(
        "He was taken to the Trauma Centre of Dr Zorab Qadri hospital.",
        [("Trauma Centre of Dr", "ORG"), ("Zorab Qadri", "PERSON")],
    )
    assert found[0][2] == "ORG"
