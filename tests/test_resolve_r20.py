"""Issue 17, session 20 (check-r16): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import entity_keys, name_types
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


# -- letters of a one-word compound are a common noun ------------------------------------------


@pytest.mark.parametrize(
    ("letters", "word", "expected"),
    [
        ("COIN", "counterinsurgency", True),
        ("CT", "counterterrorism", True),
        ("CT", "counter-terrorism", True),
        ("CT", "constitution", False),  # no prefix, no hyphen: no parts to take letters from
        ("PTI", "counterterrorism", False),
        ("CS", "cybersecurity", True),
    ],
)
def test_letters_of_a_one_word_compound(letters, word, expected):
    assert names.compound_initials(letters, word) is expected


def test_a_compound_defined_in_lower_case_is_a_common_noun():
    text = "The literature on counterinsurgency (COIN) and counterterrorism (CT) is vast."
    assert names.lower_case_acronyms(text) == {
        "COIN": "counterinsurgency",
        "CT": "counterterrorism",
    }


def test_undefined_letters_of_a_compound_the_report_writes_are_no_name():
    text = (
        "Counterterrorism action was carried out in Dorvan on Friday. The military should "
        "continue its CT operations, the Vorbad Party said."
    )
    kept = [
        t for t, _k, _l in _keys(text, [("Dorvan", "GPE"), ("CT", "ORG"), ("Vorbad Party", "ORG")])
    ]
    assert kept == ["Dorvan", "Vorbad Party"]


@pytest.mark.parametrize(
    "text",
    [
        # the report never spells the compound out: the letters may be a body's
        "The CT team arrived in Dorvan on Friday.",
        # a capitalised compound inside a sentence is a piece of a name, not a common noun
        "The National Counterterrorism Authority and the CT met in Dorvan.",
        # letters defined by capitalised words are a name wherever else a compound appears
        "The Counter Terror (CT) wing said counterterrorism in Dorvan works.",
    ],
)
def test_letters_stay_a_name_without_a_common_noun_spelled_out(text):
    kept = [t for t, _k, _l in _keys(text, [("CT", "ORG"), ("Dorvan", "GPE")])]
    assert "CT" in kept


# -- a lone word in a list of names is that person alone ----------------------------------------


def test_a_lone_name_in_a_list_is_not_the_full_name_it_begins():
    text = (
        "The court remanded Kelan Dorvani and Sarfo Vorbadi. Their accomplices Hamad, Zaman, "
        "Kelan, Tariq and others are at large."
    )
    found = _keys(
        text,
        [("Kelan Dorvani", "PERSON"), ("Sarfo Vorbadi", "PERSON"), ("Kelan", "PERSON")],
    )
    keys = {t: k for t, k, _l in found}
    assert keys["Kelan"] != keys["Kelan Dorvani"]


def test_a_lone_given_name_outside_a_list_still_takes_its_full_name():
    text = "Kelan Dorvani was arrested on Monday. Kelan told the court he was innocent."
    found = _keys(text, [("Kelan Dorvani", "PERSON"), ("Kelan", "PERSON")])
    assert found[0][1] == found[1][1]


# -- a facility's name is nobody's full name -----------------------------------------------------


def test_a_place_word_does_not_take_the_facility_named_after_it():
    text = "Tankers reached Velgan Bazaar under escort. Then gunmen fired on tankers in Velgan."
    found = _keys(text, [("Velgan Bazaar", "PERSON"), ("Velgan", "PERSON")])
    keys = {t: k for t, k, _l in found}
    assert keys["Velgan"] != keys["Velgan Bazaar"]


# -- cues: a place's police, a tribe --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Velgan police recovered a bear cub on Tuesday.", "Velgan", "GPE"),
        ("Velgan police arrested a woman for blackmail.", "Velgan", "GPE"),
        ("Gunmen targeted Sharo tribe dacoits in the area.", "Sharo", "NORP"),
        ("The elders named the Sharo clan chieftain.", "Sharo", "NORP"),
    ],
)
def test_a_cue_after_a_one_word_person_decides_its_kind(text, name, label):
    assert [(t, lab) for t, _k, lab in _keys(text, [(name, "PERSON")])] == [(name, label)]


def test_a_peoples_adjective_before_police_stays_a_people():
    text = "Afghan police arrested two men."
    assert [lab for _t, _k, lab in _keys(text, [("Afghan", "NORP")])] == ["NORP"]


# -- a name in capitals is no person ---------------------------------------------------------------


def _stat(text: str, label: str, mentions: int):
    from dossier.store.base import AliasStat

    return AliasStat(
        key=text.lower(), text=text, label=label, mentions=mentions, documents=mentions
    )


@pytest.mark.parametrize("name", ["JUI-F", "MQM", "AFSC"])
def test_a_name_in_capitals_the_model_calls_a_person_is_a_body(name):
    assert name_types.choose_type([_stat(name, "PERSON", 6), _stat(name, "ORG", 2)]) == "ORG"


@pytest.mark.parametrize("name", ["MbS", "KELANDORVANI", "Kelan Dorvani"])
def test_mixed_case_initials_and_long_capital_words_keep_the_persons_vote(name):
    assert name_types.choose_type([_stat(name, "PERSON", 6), _stat(name, "ORG", 2)]) == "PERSON"


def test_a_piece_cut_from_a_facility_name_still_joins_it():
    text = "Protesters gathered at Velgan Chowk. Police stopped them at the Velgan Chowk."
    # the model found the whole name once and cut it the second time
    spans = [("Velgan Chowk", "PERSON"), ("Velgan", "PERSON")]
    found = _keys(text, spans)
    assert found[0][1] == found[1][1]


def test_a_word_the_model_calls_a_place_in_a_list_of_men_is_a_man_of_this_report():
    text = "Their accomplices Hamad, Zorak, Tariq Velgani and others are at large."
    found = _keys(text, [("Zorak", "GPE"), ("Tariq Velgani", "PERSON")])
    (zorak,) = [(k, lab) for t, k, lab in found if t == "Zorak"]
    assert zorak[1] == "PERSON" and entity_keys.SCOPE in zorak[0]


def test_a_list_of_places_keeps_its_places():
    text = "Strikes were observed in Velgan, Zorak, Dorvan and Kelmar on Monday."
    found = _keys(text, [("Velgan", "GPE"), ("Zorak", "GPE"), ("Dorvan", "GPE")])
    assert [lab for _t, _k, lab in found] == ["GPE", "GPE", "GPE"]


def test_a_list_with_a_place_or_a_road_in_it_is_no_list_of_men():
    text = "Roads were blocked at Kelan Dorvani, Zorak, Velgan Road and Orvan Town on Monday."
    found = _keys(
        text,
        [
            ("Kelan Dorvani", "PERSON"),
            ("Zorak", "GPE"),
            ("Velgan Road", "FAC"),
            ("Orvan Town", "GPE"),
        ],
    )
    assert [lab for t, _k, lab in found if t == "Zorak"] == ["GPE"]


def test_a_hyphenated_word_counts_as_a_compound_only_after_a_prefix():
    assert names.spelled_as_compound("CT", "Troops kept up counter-terrorism in Dorvan.")
    assert not names.spelled_as_compound("PM", "A post-mortem was held. The PM left.")
