"""Issue 17, session 36 (check-r34/r35 leftovers): the words around a name that show a body
(an apposition, a school's noun, "the offices of") or a meeting to be held ("convene a ...
Conference") type it, whatever the model said.

Hand-built mentions (the model's labels fixed); the names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import name_cues, name_types
from dossier.names import normalize_name
from dossier.records import Mention
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _mention(text: str, name: str, label: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, label, normalize_name(name), 0)


def _labels(text: str, spans: list[tuple[str, str]]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for surface, _key, label in _keys(text, spans):
        found.setdefault(surface, set()).add(label)
    return found


@pytest.mark.parametrize(
    "text, name",
    [
        # a body's kind in apposition after the name, its letters in brackets allowed
        (
            "On March 2, the Varlo Keddi Sangar (VKS), an umbrella grouping of insurgent "
            "organisations, announced plans.",
            "Varlo Keddi Sangar",
        ),
        ("fighters of Jaish-i-Korvan, a Dorvan-based terror outfit, drove in", "Jaish-i-Korvan"),
        # the kind before a one-word name
        ("The UN children's agency Voricef warned of hunger.", "Voricef"),
        # a religious school's noun after the name
        ("a blast at the Dalmania seminary killed six", "Dalmania"),
        # a body's premises in the plural
        ("outside the former offices of Korla Vettin in 2020", "Korla Vettin"),
    ],
)
def test_a_body_shown_by_its_words(text: str, name: str):
    assert name_cues.body_named(_mention(text, name, "PERSON"), text, None)
    assert name_cues.body_named(_mention(text, name, "FAC"), text, None)


@pytest.mark.parametrize(
    "text, name",
    [
        # a man's apposition: a member of a group, a group's commander
        ("Korvat Dalmi, a member of the group, was held.", "Korvat Dalmi"),
        ("Korvat Dalmi, a militant group commander, was held.", "Korvat Dalmi"),
        # a place is "a grouping of hamlets", no umbrella of bodies
        ("near Masaro Vetta, a grouping of hamlets south of the city", "Masaro Vetta"),
        # a man named after the agency's noun, in a name of several words: its head
        (
            "the head of the intelligence agency Korvat Dalmi Rashad was there",
            "Korvat Dalmi Rashad",
        ),
        # the offices of a committee the place word qualifies
        ("attacked the offices of Zorvi municipal committee", "Zorvi"),
        # the agency's own man, after a possessive
        ("the agency's Dalmi said", "Dalmi"),
    ],
)
def test_no_body_where_the_words_show_none(text: str, name: str):
    assert not name_cues.body_named(_mention(text, name, "PERSON"), text, None)


def test_a_meeting_announced_with_an_indefinite_article():
    text = "the government will soon convene a Multi-Party Conference (MPC) to discuss it."
    assert name_cues.meeting_announced(_mention(text, "Multi-Party Conference", "ORG"), text)
    # a standing body named so is written with "the"
    text = "leaders of the All Parties Varrat Conference met."
    assert not name_cues.meeting_announced(
        _mention(text, "All Parties Varrat Conference", "ORG"), text
    )


def test_coreference_types_the_body_throughout_its_report():
    text = (
        "A man attacked two people outside the former offices of Korla Vettin in 2020. "
        "Korla Vettin republished the cartoons. Korla Vettin moved its offices."
    )
    labels = _labels(text, [("Korla Vettin", "PERSON")] * 3)
    assert labels["Korla Vettin"] == {"ORG"}


def test_coreference_types_a_meeting_an_event():
    text = "The government would soon convene a Multi-Party Conference to discuss security."
    labels = _labels(text, [("Multi-Party Conference", "ORG")])
    assert labels["Multi-Party Conference"] == {"EVENT"}


def _stats(text: str, label: str, n: int = 3) -> list[AliasStat]:
    return [AliasStat(normalize_name(text), text, label, n, n)]


@pytest.mark.parametrize(
    "text, label, expected",
    [
        # a facility's head alone, capitalised as a press release writes its dam
        ("Dam", "ORG", "FAC"),
        ("Barrage", "PERSON", "FAC"),
        # a road's head alone is left to the model
        ("Road", "ORG", "ORG"),
        # letters are no facility's head
        ("PS", "ORG", "ORG"),
        # a contest's head closes an event's name
        ("Great Game", "FAC", "EVENT"),
        ("Asian Games", "ORG", "EVENT"),
    ],
)
def test_a_name_made_of_a_head_takes_the_heads_kind(text: str, label: str, expected: str):
    assert name_types.choose_type(_stats(text, label)) == expected


def test_a_gang_named_after_its_leader_is_the_leader():
    text = "Two gangs, one called the Marina Vettin gang, were held. Marina Vettin used to call."
    labels = _labels(text, [("Marina Vettin", "LOC"), ("Marina Vettin", "PERSON")])
    assert labels["Marina Vettin"] == {"PERSON"}
    # a place's gangs, in the plural, are the place's
    text = "robberies by the Korvan Dalmi gangs went on"
    assert not name_cues.leader_named(_mention(text, "Korvan Dalmi", "LOC"), text, None)


def test_a_word_joined_to_a_place_after_its_preposition_is_a_place():
    text = "The ISPR said storage facilities at Varsa and Korrota were also destroyed."
    labels = _labels(text, [("ISPR", "ORG"), ("Varsa", "GPE"), ("Korrota", "ORG")])
    assert labels["Korrota"] == {"GPE"}
    # the first not the model's place: left alone
    text = "The ISPR said storage facilities at Varsa and Korrota were also destroyed."
    labels = _labels(text, [("ISPR", "ORG"), ("Varsa", "PERSON"), ("Korrota", "ORG")])
    assert labels["Korrota"] == {"ORG"}


def test_a_piece_of_a_cut_name_is_left_to_the_rules_that_mend_it():
    text = "volunteers of Islami Varsi Ittehad Korvan Dalmi, a local organisation, condemned it"
    assert not name_cues.body_named(_mention(text, "Korvan Dalmi", "PERSON"), text, None)


def test_between_two_sides_is_no_place():
    text = "the war between Israel and Hamas went on"
    labels = _labels(text, [("Israel", "GPE"), ("Hamas", "ORG")])
    assert labels["Hamas"] == {"ORG"}
