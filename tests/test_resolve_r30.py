"""Issue 17, session 30 (check-r26): two items of one list are two people, a cut word is the
name the report writes whole, men of the ranks listed by one word stay in their report, and
pieces that name nothing (a law's or a place's cut head, a sum, a rank, a word inside an
institution's name) are dropped.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names and towns are invented.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import entity_keys, name_cues, name_spans, name_types
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _keys

pytestmark = pytest.mark.unit


# -- two items of one list ----------------------------------------------------------------


def test_two_names_of_one_list_are_two_people_whatever_a_title_leaves():
    found = _keys(
        "The dead were identified as Farid Zorani, Hazrat Zorani, Ahmed and three women.",
        [("Farid Zorani", "PERSON"), ("Hazrat Zorani", "PERSON")],
    )
    by_text = {text: key for text, key, _label in found}
    assert by_text["Farid Zorani"] == "farid zorani"
    assert by_text["Hazrat Zorani"] != "farid zorani"


def test_a_titled_surname_outside_the_list_still_takes_the_full_name():
    found = _keys(
        "Farid Zorani arrived on Monday. Later, Maulana Zorani told reporters the talks failed.",
        [("Farid Zorani", "PERSON"), ("Maulana Zorani", "PERSON")],
    )
    assert [key for _text, key, _label in found] == ["farid zorani", "farid zorani"]


def test_list_neighbours_are_the_names_right_before_and_after():
    doc = _doc(
        1,
        "Farid Zorani, Hazrat Zorani and Kamal Vestin died; Hazrat Zorani was buried.",
        [
            ("Farid Zorani", "PERSON"),
            ("Hazrat Zorani", "PERSON"),
            ("Kamal Vestin", "PERSON"),
            ("Hazrat Zorani", "PERSON"),
        ],
    )
    first, listed, last, later = doc.mentions
    text = doc.document.text
    assert name_spans._list_neighbours(listed, [first, last], text) == {
        "farid zorani",
        "kamal vestin",
    }
    assert name_spans._list_neighbours(later, [first, last], text) == frozenset()


# -- a cut word is the name it begins --------------------------------------------------------


def test_a_person_cut_before_the_rest_of_a_name_the_report_writes_whole_is_that_name():
    found = _keys(
        "Sir Narvel Dorran drew the border. Kabul rejects the contested ‘Dorran Line’ today, "
        "and the Dorran Line is still disputed.",
        [("Narvel Dorran", "PERSON"), ("Dorran", "PERSON"), ("Dorran Line", "ORG")],
    )
    assert found[1] == ("Dorran Line", "dorran line", "ORG")
    assert found[0][1] == "narvel dorran"


def test_a_surname_before_a_word_that_makes_no_name_of_the_report_stays_the_man():
    found = _keys(
        "Narvel Dorran drew the border. Dorran Line officials were not reached, Dorran said.",
        [("Narvel Dorran", "PERSON"), ("Dorran", "PERSON")],
    )
    assert found[1][1] == "narvel dorran"


# -- men of the ranks listed by one word ---------------------------------------------------


def test_men_listed_by_one_word_after_a_plural_rank_stay_in_their_report():
    found = _keys(
        "Gunmen opened fire on a police van. As a result, constables Zamir and Kolvan were "
        "martyred.",
        [("Zamir", "PERSON"), ("Kolvan", "PERSON")],
    )
    key = dict((text, key) for text, key, _label in found)["Kolvan"]
    assert entity_keys.SCOPE in key and entity_keys.LONE not in key


def test_a_lone_word_without_a_rank_keeps_its_lone_scope():
    found = _keys("Kolvan said the talks would resume.", [("Kolvan", "PERSON")])
    assert entity_keys.SCOPE + entity_keys.LONE in found[0][1]


def test_rank_kind_reads_a_plural_rank():
    assert names.rank_kind("constables") == "police"
    assert names.rank_kind("Sepoys") == "military"
    assert names.rank_kind("presidents") is None


# -- pieces that name nothing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("The FO rejected the Waqf (Amendment) Bill, 2025, on Friday.", "Bill", "PERSON"),
        ("Aid trucks entered the Gaza Strip on Sunday.", "Strip", "LOC"),
        ("A square near Fawara Chowk was closed.", "Chowk", "FAC"),
        ("The government had fixed head money of Rs 10 million on him.", "Rs 10 million", "LAW"),
        ("Pakistan will upgrade its Chargé d’Affaires in Kabul.", "Chargé", "ORG"),
        ("The Khan Bahadur Chaudhary Mushtaq Ahmad College held a seminar.", "Mushtaq", "PERSON"),
        (
            "The prime minister, accompanied by Deputy Prime Minister/ Foreign Minister, left.",
            "Prime Minister/ Foreign Minister",
            "PERSON",
        ),
    ],
)
def test_a_piece_that_names_nothing_is_dropped(text, span, label):
    assert _keys(text, [(span, label)]) == []


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("The Bill was passed by the assembly on Friday.", "Bill", "LAW"),
        ("Mushtaq Ahmad said the college would reopen.", "Mushtaq Ahmad", "PERSON"),
        ("Zorvan Road was blocked by protesters.", "Zorvan Road", "FAC"),
    ],
)
def test_a_whole_name_or_a_law_written_alone_is_kept(text, span, label):
    assert [found[0] for found in _keys(text, [(span, label)])] == [span]


def test_the_cut_head_cue_reads_the_word_before():
    doc = _doc(1, "the Gaza Strip and a Strip", [("Strip", "LOC"), ("Strip", "LOC")])
    cut, alone = doc.mentions
    assert name_cues.cut_head(cut, doc.document.text)
    # not after a capitalised word, nor "the" (which tests/test_resolve_r30b.py reads)
    assert not name_cues.cut_head(alone, doc.document.text)


# -- a people's word before its men and women; the fast's meal -------------------------------


@pytest.mark.parametrize("after", ["activists", "protesters", "rights", "youth"])
def test_a_peoples_word_before_its_activists_is_the_people(after):
    found = _keys(f"Zelvani {after} marched in the capital.", [("Zelvani", "GPE")])
    assert found[0][2] == "NORP"


def test_iftar_is_an_occasion():
    assert name_types.choose_type([AliasStat("iftar", "Iftar", "ORG", 6, 6)]) == "EVENT"


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Zorvan Line", "ORG", "LOC"),  # a boundary
        ("Zorvan Campus", "PERSON", "ORG"),  # a university's site
    ],
)
def test_a_boundarys_and_a_campuss_head_decide_the_type(name, label, expected):
    stats = [AliasStat(name.lower(), name, label, 3, 1)]
    assert name_types.choose_type(stats) == expected
