"""Issue 17, session 19 (check-r15): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import name_types
from dossier.store import open_store
from dossier.store.base import AliasStat
from tests.test_resolve_store import _doc, _ingest, _keys

pytestmark = pytest.mark.unit


# -- a medium credited for a report is a source ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister condemned the attack, state-run Radio Vorbad reported.",
        "According to state broadcaster Vorbad Television, the minister left.",
        "The statement was shared by state broadcaster VTV on X.",
        "Radio Vorbad reported that the minister left Dorvan.",
        "A police officer wrote in The Vorbad News that gangs ruled the river.",
    ],
)
def test_a_medium_credited_for_the_report_is_no_actor(text):
    name = next(n for n in ("Radio Vorbad", "Vorbad Television", "VTV", "Vorbad News") if n in text)
    kept = [t for t, _k, _l in _keys(text, [(name, "ORG")])]
    assert kept == []


def test_an_acronym_the_report_defines_as_a_credited_medium_is_a_source_too():
    text = "According to state-run Vorbad Television (VTV), the chief left. VTV aired it."
    kept = _keys(text, [("Vorbad Television", "ORG"), ("VTV", "ORG")])
    assert kept == []


@pytest.mark.parametrize(
    "text",
    [
        # a medium's word before it, but nothing credited: the building was attacked
        "In Dorvan, the state-run Radio Vorbad building was torched.",
        # credited, but nothing says it is a medium: a body that reports is an actor
        "The Vorbad Relief Council reported six deaths in Dorvan.",
    ],
)
def test_a_name_is_an_outlet_only_with_both_a_medium_and_a_credit(text):
    name = "Radio Vorbad" if "Radio" in text else "Vorbad Relief Council"
    kept = [t for t, _k, _l in _keys(text, [(name, "ORG")])]
    assert kept == [name]


def test_a_person_is_never_a_credited_medium():
    text = "According to broadcaster Tariq Vorbad, the minister left."
    assert [t for t, _k, _l in _keys(text, [("Tariq Vorbad", "PERSON")])] == ["Tariq Vorbad"]


# -- "CM" and "PM" are titles -------------------------------------------------------------------


def test_cm_and_pm_are_titles_of_the_holder_the_report_names():
    assert names.strip_titles("CM Sarfaraz Vorbadi") == ["Sarfaraz", "Vorbadi"]
    assert names.strip_titles("PM Kelan Dorvani") == ["Kelan", "Dorvani"]


def _cm(i: int, holder: str) -> object:
    text = f"Chief Minister {holder} visited Dorvan on day {i}. The CM met the injured."
    return _doc(i, text, [(holder, "PERSON"), ("Dorvan", "GPE"), ("CM", "ORG")])


def test_a_bare_cm_is_no_entity_shared_by_the_chief_ministers_of_several_reports(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _ingest(store, [[_cm(1, "Sarfaraz Vorbadi")], [_cm(2, "Kelan Dorvani")]])
        # no cross-report "cm" key: each report's CM stays with its holder, in its report
        assert "cm" not in store.entity_ids_for_keys(["cm"])
    finally:
        store.close()


# -- a religion is a NORP -----------------------------------------------------------------------


def _stat(text: str, label: str, mentions: int) -> AliasStat:
    return AliasStat(
        key=text.lower(), text=text, label=label, mentions=mentions, documents=mentions
    )


def test_a_religion_named_alone_is_a_norp_whatever_the_model_voted():
    assert name_types.choose_type([_stat("Islam", "ORG", 40), _stat("Islam", "NORP", 5)]) == "NORP"


def test_a_body_named_after_a_religion_keeps_its_votes():
    stats = [_stat("Lashkar-i-Islam", "ORG", 9)]
    assert name_types.choose_type(stats) == "ORG"


# -- a one-word "organisation" the report puts a thing in is a place ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Levies official was shot dead in Kelmar on Tuesday.",
        "Troops cracked down on protests in Kelmar, state media said.",
        "The strike near Kelmar was perplexing.",
    ],
)
def test_an_organisation_word_after_in_standing_whole_is_a_place(text):
    ((_t, _k, label),) = _keys(text, [("Kelmar", "ORG")])
    assert label == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Divisions in Kelmar custody grew.", "Kelmar"),  # a modifier of a noun
        ("Rifts appeared in Kelmar-ruled towns.", "Kelmar"),  # a piece of a longer word
        ("He served in NATO for years.", "NATO"),  # letters
        ("The bill was tabled in Parliament on Monday.", "Parliament"),  # a chamber's word
        ("Rifts grew in Kelmar’s leadership.", "Kelmar"),  # a possessive
        ("A seat in Kelmar Council fell vacant.", "Kelmar Council"),  # several words
    ],
)
def test_an_organisation_after_in_that_is_not_a_whole_place_keeps_its_label(text, name):
    labels = [label for t, _k, label in _keys(text, [(name, "ORG")]) if t == name]
    assert labels in ([], ["ORG"])


# -- a speaker's surname is no adjective --------------------------------------------------------


@pytest.mark.parametrize("label", ["GPE", "NORP", "ORG"])
def test_a_surname_the_model_typed_a_place_joins_its_full_name_when_it_speaks(label):
    text = "Foreign Minister Kelan Dorvani met envoys. “No,” Dorvani said on Monday."
    keys = _keys(text, [("Kelan Dorvani", "PERSON"), ("Dorvani", label)])
    assert keys[1][1:] == ("kelan dorvani", "PERSON")


def test_a_people_word_before_a_noun_stays_apart_from_a_surname():
    text = "Activist Mahran Kelbi spoke. Kelbi insurgents attacked a post in Dorvan."
    keys = _keys(text, [("Mahran Kelbi", "PERSON"), ("Kelbi", "NORP"), ("Dorvan", "GPE")])
    assert keys[1][1] != "mahran kelbi"
