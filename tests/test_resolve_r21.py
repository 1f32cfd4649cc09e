"""Issue 17, session 21 (check-r17): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import cued_labels, entity_keys, resolve, surname_links
from dossier.store import open_store
from tests.test_resolve_store import _doc, _entity_names, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a surname before "tribal" or "family" names the kin group, not the man -----------------------


def test_a_surname_before_tribal_names_the_tribe_not_the_man_beside_it():
    text = (
        "Tori Varlash tribal leader and Anjuman secretary Jalan Hussain Varlash demanded "
        "that the roads be opened."
    )
    found = _keys(text, [("Varlash", "PERSON"), ("Jalan Hussain Varlash", "PERSON")])
    keys = {t: (k, lab) for t, k, lab in found}
    assert keys["Varlash"] == ("varlash", "NORP")
    assert keys["Jalan Hussain Varlash"][0] == "jalan hussain varlash"


def test_a_surname_before_family_is_that_reports_family():
    text = (
        "The bodies of Shira Velbas and two boys were returned. Hamas said an air strike "
        "killed the Velbas family early in the war."
    )
    found = _keys(text, [("Shira Velbas", "PERSON"), ("Velbas", "PERSON")])
    keys = {t: (k, lab) for t, k, lab in found}
    assert keys["Velbas"][1] == "NORP"
    assert keys["Velbas"][0] == entity_keys.scoped_key("velbas", "doc-1")


def test_a_surname_without_a_kin_word_still_takes_its_full_name():
    text = "Shira Velbas was returned on Thursday. Velbas had been held since 2023."
    found = _keys(text, [("Shira Velbas", "PERSON"), ("Velbas", "PERSON")])
    assert {k for _t, k, _l in found} == {"shira velbas"}


def test_a_family_of_a_people_keeps_the_peoples_word():
    text = "The man appeared to be a Varlosh while the children belonged to a Varlosh family."
    found = _keys(text, [("Varlosh", "NORP"), ("Varlosh", "NORP")])
    assert [k for _t, k, _l in found] == ["varlosh", "varlosh"]


# -- a legislator's letters are a title, not a body -----------------------------------------------


@pytest.mark.parametrize("letters", ["MNA", "MPA", "MLA"])
def test_a_legislators_letters_are_a_title(letters):
    assert names.strip_titles(f"{letters} Sher Afzal Dorvani") == ["Sher", "Afzal", "Dorvani"]


def test_a_legislators_letters_before_a_name_are_dropped_and_link_no_reports(tmp_path):
    reports = [
        _doc(1, "Party leader MNA Engineer Hamid Dorvani condemned the attacks.", [("MNA", "ORG")]),
        _doc(2, "In his address, MNA Sahibzada Kelan Raza spoke of Gaza.", [("MNA", "ORG")]),
        _doc(
            3,
            "A bomb exploded at the residence of Member of the National Assembly (MNA) and "
            "adviser, Mubin Zeb, in Korvan.",
            [("Member of the National Assembly", "ORG"), ("MNA", "ORG")],
        ),
    ]
    for report in reports:
        assert resolve.corefer(report, agencies=[]).mentions == []
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _ingest(store, [reports])
        assert store.entity_ids_for_keys(["mna"]) == {}
    finally:
        store.close()


# -- a city's housing or development authority is its report's -------------------------------------


@pytest.mark.parametrize(
    "name", ["Defence Housing Authority", "Defense Housing Authority", "Development Authority"]
)
def test_a_bare_citys_authority_holds_only_in_its_report(name):
    text = f"A mob attacked an outlet in the {name} on Tuesday, police said."
    ((_t, key, _l),) = _keys(text, [(name, "ORG")])
    assert key == entity_keys.scoped_key(normalize(name), "doc-1")


@pytest.mark.parametrize(
    "name", ["Karachi Defence Housing Authority", "National Disaster Management Authority"]
)
def test_an_authority_with_a_jurisdiction_or_a_task_of_its_own_keeps_linking(name):
    text = f"The {name} said on Tuesday the roads were open."
    ((_t, key, _l),) = _keys(text, [(name, "ORG")])
    assert entity_keys.SCOPE not in key


def normalize(text: str) -> str:
    return names.normalize_name(text)


# -- a titled lone word is a man, not the body the store names by the word -------------------------


def _place_and_soldier(title: str) -> tuple[list, list]:
    place = [
        _doc(10 + i, f"Shelling hit Velgan on day {i}, officials said.", [("Velgan", "GPE")])
        for i in range(4)
    ]
    soldier = [
        _doc(
            30,
            f"The martyred included Subedar Kelan Amin and {title}Velgan, the ISPR said.",
            [("Kelan Amin", "PERSON"), (f"{title}Velgan", "PERSON")],
        )
    ]
    return place, soldier


def test_a_titled_lone_word_does_not_join_the_place_of_that_word(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        place, soldier = _place_and_soldier("Sepoy ")
        _ingest(store, [place, soldier])
        assert "sepoy velgan" not in " ".join(_entity_names(store, "velgan"))
    finally:
        store.close()


def test_an_untitled_lone_word_still_joins_the_place_of_that_word(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        text = "Gunmen opened fire in the hills as Velgan burned."
        lone = [_doc(30, text, [("Velgan", "PERSON")])]
        _ingest(store, [_place_and_soldier("")[0], lone])
        lone_key = entity_keys.scoped_key("velgan", entity_keys.LONE + "doc-30")
        assert lone_key in _entity_names(store, "velgan")
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "titled"),
    [("Sepoy Khalil", True), ("Mr Goraya", True), ("Khalil", False), ("Kelan Amin", False)],
)
def test_titled(text, titled):
    assert surname_links._titled(text) is titled


# -- the model's place for the last word of a person named in full ---------------------------------


def test_an_unplaced_word_after_a_full_name_is_that_persons_last_name():
    text = (
        "Syria's interim leader Ahmed al-Varaa met the envoy. Israel should reach "
        "understandings with Varaa, the source said. Varaa has not commented."
    )
    found = _keys(text, [("Ahmed al-Varaa", "PERSON"), ("Varaa", "GPE"), ("Varaa", "ORG")])
    assert [(k, lab) for _t, k, lab in found[1:]] == [("ahmed al varaa", "PERSON")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Kelan Dorvak spoke on Monday. Gunmen struck in Dorvak on Tuesday.",
        "Kelan Dorvak spoke on Monday. Dorvak district was shut on Tuesday.",
        "Kelan Dorvak spoke on Monday. Convoys travelled to Dorvak on Tuesday.",
    ],
)
def test_a_word_the_text_reads_as_a_place_stays_a_place(text):
    found = _keys(text, [("Kelan Dorvak", "PERSON"), ("Dorvak", "GPE")])
    assert found[1][1:] == ("dorvak", "GPE")


# -- a one-word "organisation" before "community" is a people -------------------------------------


def test_a_community_after_a_one_word_organisation_makes_it_a_people():
    text = "Police arrested six members of the Velmadiyya community on Friday."
    assert [lab for _t, _k, lab in _keys(text, [("Velmadiyya", "ORG")])] == ["NORP"]


@pytest.mark.parametrize(("name", "after"), [("PTI", " community"), ("Velmadiyya", " leaders")])
def test_letters_or_leaders_after_an_organisation_keep_it_a_body(name, after):
    text = f"The {name}{after} met on Friday."
    assert [lab for _t, _k, lab in _keys(text, [(name, "ORG")])] == ["ORG"]


# -- a rank in capitals before a full name is a person ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DIG-East Kelan Ghani", True),
        ("MNA Kelan Dorvani", True),
        ("SSP South Kelan Raza", True),
        ("CM House", False),  # one word after the rank: a building
        ("SSP Office Korvan", False),
        ("IGP Police Lines", False),  # a body's word
        ("IGP Punjab Dr", False),  # cut before the name
        ("Chief Kelan Dorvani", False),  # no rank in capitals: the model's label stands
    ],
)
def test_a_rank_in_capitals_before_a_name(name, expected):
    assert cued_labels._rank_before_name(name) is expected


def test_a_ranked_name_the_model_calls_an_organisation_is_a_person():
    text = "DIG-East Kelan Ghani told reporters the road was cleared."
    assert [lab for _t, _k, lab in _keys(text, [("DIG-East Kelan Ghani", "ORG")])] == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the people's women are the people (session 30: "Baloch women", "Baloch activists")
        ("Mahal Varloch spoke on Monday. The police raided the sit-in of Varloch women.", "NORP"),
        ("Mahal Varloch spoke on Monday. He urged a kinder approach towards the Varloch.", "GPE"),
        ("Mahal Varloch spoke on Monday. The Varloch dispute went on.", "GPE"),
    ],
)
def test_a_peoples_word_before_a_noun_or_after_an_article_is_no_surname(text, label):
    found = _keys(text, [("Mahal Varloch", "PERSON"), ("Varloch", "GPE")])
    assert found[1][1:] == ("varloch", label)
