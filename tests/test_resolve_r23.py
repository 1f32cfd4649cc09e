"""Issue 17, session 23 (check-r19): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import lone_names, name_types, resolve
from dossier.names import normalize_name
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _stats(text: str, label: str, n: int = 5) -> list[AliasStat]:
    return [AliasStat(normalize_name(text), text, label, n, n)]


# -- a group's word before a noun is not the surname of the man named after the group ---


def test_a_word_before_a_noun_whose_plural_the_report_writes_is_the_group():
    text = (
        "Abdul Karim al-Zorvi leads the Zorvis, an armed movement. Zorvi rebels fired on "
        "ships, the Zorvi-run ministry said."
    )
    spans = [
        ("Abdul Karim al-Zorvi", "PERSON"),
        ("Zorvis", "ORG"),
        ("Zorvi", "PERSON"),
        ("Zorvi", "PERSON"),
    ]
    found = _keys(text, spans)
    assert [key for _, key, _ in found[2:]] == ["zorvi", "zorvi"]  # not the man's key
    assert [label for _, _, label in found[2:]] == ["ORG", "ORG"]  # the model's PERSON: a group


def test_a_surname_alone_still_joins_its_man_without_a_plural_or_a_noun_after():
    text = "Abdul Karim al-Zorvi spoke on Monday. Zorvi said the talks would go on."
    found = _keys(text, [("Abdul Karim al-Zorvi", "PERSON"), ("Zorvi", "PERSON")])
    assert found[1][1] == found[0][1]
    # a family is kept apart by its own rule, not read as the group
    assert not lone_names._group_word(
        resolve.Mention(0, 5, "Varda", "PERSON", "varda", 0),
        "Varda family members met. The Vardas left.",
    )


# -- a one-word name before "border" or "crossing" is the place it is crossed at ---


def test_a_name_before_border_or_crossing_is_a_place():
    text = "The Dorkham border reopened. Traders queued at the Varfah crossing on Monday."
    found = _keys(text, [("Dorkham", "ORG"), ("Varfah", "PERSON")])
    assert [label for _, _, label in found] == ["GPE", "GPE"]
    # a people's adjective the model calls a people stays one
    text = "Guards patrolled the Zarvani border all night."
    assert _keys(text, [("Zarvani", "NORP")])[0][2] == "NORP"


# -- a name right after a kind of group is the group ---


def test_a_name_after_militant_group_is_an_organisation():
    text = "AFP reported that militant group Zindul Varlan also claimed the attack."
    assert _keys(text, [("Zindul Varlan", "PERSON")])[0][2] == "ORG"
    text = "The outlawed organisation Zarvan Kandi denied it."
    assert _keys(text, [("Zarvan Kandi", "GPE")])[0][2] == "ORG"
    # "a group of" people is no group's name
    text = "A group of Zarvan students met the minister."
    assert _keys(text, [("Zarvan", "NORP")])[0][2] == "NORP"


# -- members of a people after its name ---


def test_fighters_gunmen_and_a_minority_after_a_word_make_a_people():
    text = "Clashes killed 40 Varuze fighters and 21 Varuze gunmen near the Varuze heartland."
    found = _keys(text, [("Varuze", "PERSON"), ("Varuze", "GPE"), ("Varuze", "PERSON")])
    assert [label for _, _, label in found] == ["NORP"] * 3
    # the fighters of a group the report names in the plural are the group's, not a people's
    text = "Korvi fighters fired missiles, the Korvis said."
    assert _keys(text, [("Korvi", "PERSON"), ("Korvis", "ORG")])[0][2] != "NORP"
    text = "Israel said it would protect the Varuze minority."
    assert _keys(text, [("Varuze", "ORG")])[0][2] == "NORP"


# -- the name's own words: a protocol, a road, a district ---


def test_a_protocol_is_a_law_a_road_opened_by_its_urdu_word_a_facility():
    assert name_types.choose_type(_stats("Varsa Protocol", "ORG")) == "LAW"
    assert name_types.choose_type(_stats("Sharea Dorvan", "ORG")) == "FAC"
    assert name_types.choose_type(_stats("Khayaban-e-Zarvan", "ORG")) == "FAC"
    assert name_types.choose_type(_stats("Shahrah-e-Varlan", "PERSON")) == "FAC"


def test_district_then_a_name_is_the_district_but_for_its_offices():
    assert name_types.choose_type(_stats("District Zarvan Abad", "ORG")) == "GPE"
    assert name_types.choose_type(_stats("District Dorvan", "FAC")) == "GPE"
    assert name_types.choose_type(_stats("District Police Officer", "ORG")) != "GPE"
    assert name_types.choose_type(_stats("District Council", "ORG")) == "ORG"
    assert name_types.choose_type(_stats("District Headquarters Hospital", "ORG")) == "FAC"


# -- the United States' letters before a body's name ---


def test_us_before_a_body_is_the_country_not_an_article():
    from dossier import names

    assert names.match("US Varlan Court", "Varlan Court", "ORG", "ORG") is None
    assert names.match("US Varlan Court", "US Varlan Court", "ORG", "ORG") is not None
    # the Arabic article the fold drops is still dropped inside a man's name
    assert names.match("Nasir-us-Zarvan", "Nasir Zarvan", "PERSON", "PERSON") is not None


# -- a school of a network every town has one of ---


def test_a_school_named_by_its_kind_holds_only_in_its_report():
    text = (
        "A bus of the Army Public School was attacked in Dorvan. The Government Girls High "
        "School closed. Students of Zarvan Grammar School and the Dorvan Army Public School "
        "were safe."
    )
    spans = [
        ("Army Public School", "ORG"),
        ("Government Girls High School", "ORG"),
        ("Zarvan Grammar School", "ORG"),
        ("Dorvan Army Public School", "ORG"),
    ]
    keys = {t: key for t, key, _ in _keys(text, spans)}
    assert keys["Army Public School"].endswith(" @doc-1")  # another town's in the next report
    assert keys["Government Girls High School"].endswith(" @doc-1")
    assert keys["Zarvan Grammar School"] == "zarvan grammar school"  # a name of its own
    assert keys["Dorvan Army Public School"] == "dorvan army public school"  # its town named
