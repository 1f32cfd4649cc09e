"""Issue 17, session 30 (second round): a place vote tied with a person vote is the place,
and a place's head standing alone after "the" in a report that writes the whole name is its
short form, which names nothing by itself.

Hand-built mentions and votes (the model's labels fixed) so each test checks one rule without
the parser's choices. The names and places are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import name_cues, name_types
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _keys

pytestmark = pytest.mark.unit


# -- a place vote tied with a person vote -----------------------------------------------------


def test_a_village_read_once_as_a_place_and_once_as_a_man_is_a_place():
    stats = [
        AliasStat("zarin kotmela", "Zarin Kotmela", "PERSON", 1, 1),
        AliasStat("zarin kotmela", "Zarin Kotmela", "GPE", 1, 1),
    ]
    assert name_types.choose_type(stats) == "GPE"


def test_more_person_votes_than_place_votes_stay_a_person():
    stats = [
        AliasStat("zarin kotmela", "Zarin Kotmela", "PERSON", 2, 2),
        AliasStat("zarin kotmela", "Zarin Kotmela", "GPE", 1, 1),
    ]
    assert name_types.choose_type(stats) == "PERSON"


def test_a_tie_under_a_title_or_of_a_common_given_name_stays_a_person():
    titled = [
        AliasStat("zarin kotmela", "Dr Zarin Kotmela", "PERSON", 1, 1),
        AliasStat("zarin kotmela", "Dr Zarin Kotmela", "GPE", 1, 1),
    ]
    assert name_types.choose_type(titled) == "PERSON"
    given = [
        AliasStat("ahmed vorzai", "Ahmed Vorzai", "PERSON", 1, 1),
        AliasStat("ahmed vorzai", "Ahmed Vorzai", "GPE", 1, 1),
    ]
    assert name_types.choose_type(given) == "PERSON"


def test_a_one_word_tie_stays_a_person():
    stats = [
        AliasStat("kotmela", "Kotmela", "PERSON", 1, 1),
        AliasStat("kotmela", "Kotmela", "GPE", 1, 1),
    ]
    assert name_types.choose_type(stats) == "PERSON"


def test_a_village_of_two_reports_cued_by_its_area_in_one_is_a_place():
    area = _keys(
        "The jirga held in the remote Zarin Kotmela area on Wednesday.",
        [("Zarin Kotmela", "PERSON")],
    )
    assert [label for _text, _key, label in area] == ["GPE"]
    stats = [
        AliasStat("zarin kotmela", "Zarin Kotmela", "GPE", 1, 1),
        AliasStat("zarin kotmela", "Zarin Kotmela", "PERSON", 1, 1),
    ]
    assert name_types.choose_type(stats) == "GPE"


# -- a place's head alone after "the" --------------------------------------------------------


def test_the_head_alone_is_dropped_where_the_report_writes_the_whole_name():
    doc = _doc(
        1,
        "Aid reached the Morvan Strip on Monday. Trucks returned to the Strip later.",
        [("Morvan Strip", "GPE"), ("Strip", "GPE")],
    )
    whole, alone = doc.mentions
    assert not name_cues.cut_head(whole, doc.document.text)
    assert name_cues.cut_head(alone, doc.document.text)


def test_the_head_alone_names_nothing_where_no_whole_name_is_written_either():
    # session 31: "the Strip" of a report that writes only "Gaza" is the same short form
    doc = _doc(
        1,
        "The Strip was quiet on Monday. Trucks returned to the Strip later.",
        [("Strip", "GPE"), ("Strip", "GPE")],
    )
    opening, alone = doc.mentions
    assert name_cues.cut_head(opening, doc.document.text)
    assert name_cues.cut_head(alone, doc.document.text)


def test_a_law_head_alone_is_left_to_the_bare_laws_rule():
    doc = _doc(
        1,
        "The Vendor Protection Bill passed. Critics said the Bill was rushed.",
        [("Vendor Protection Bill", "LAW"), ("Bill", "LAW")],
    )
    _whole, alone = doc.mentions
    assert not name_cues.cut_head(alone, doc.document.text)


def test_the_strip_alone_leaves_the_report_with_its_whole_name_only():
    found = _keys(
        "Aid reached the Morvan Strip on Monday. Trucks returned to the Strip later.",
        [("Morvan Strip", "GPE"), ("Strip", "GPE")],
    )
    assert [text for text, _key, _label in found] == ["Morvan Strip"]
