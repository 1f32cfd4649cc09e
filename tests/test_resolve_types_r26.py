"""Issue 17, session 26 types step (check-r22): a surname that is also a town abroad, a
weapon's model and a list the model calls bodies.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The people, weapons and lists are invented; the towns are the gazetteer's,
as the rules read it.
"""

from __future__ import annotations

import pytest

from dossier.kb import name_types, resolve
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


# -- a surname the gazetteer also knows as a town ------------------------------------------


def test_a_surname_that_is_a_town_abroad_is_the_man_named_in_full():
    text = (
        "The cabinet voted to dismiss Dovran Kassel, the head of the agency. The court froze "
        "the decision on Kassel until a hearing."
    )
    found = _keys(text, [("Dovran Kassel", "PERSON"), ("Kassel", "ORG")])
    (lone,) = [(key, label) for t, key, label in found if t == "Kassel"]
    assert lone == ("dovran kassel", "PERSON")


def test_the_town_after_in_stays_a_place_beside_a_man_of_its_name():
    text = "Dovran Kassel said the talks held in Kassel had failed."
    found = _keys(text, [("Dovran Kassel", "PERSON"), ("Kassel", "ORG")])
    (lone,) = [(key, label) for t, key, label in found if t == "Kassel"]
    assert lone == ("kassel", "GPE")


def test_the_town_with_no_man_of_its_name_is_a_place():
    text = "Protesters gathered outside the offices. Kassel said the talks had failed."
    ((_, key, label),) = _keys(text, [("Kassel", "ORG")])
    assert (key, label) == ("kassel", "GPE")


def test_a_man_named_by_his_town_does_not_make_the_town_a_surname():
    text = "Agents named Adnan of Kassel took the money. Kassel police arrested them."
    found = _keys(text, [("Adnan of Kassel", "PERSON"), ("Kassel", "ORG")])
    (lone,) = [(key, label) for t, key, label in found if t == "Kassel"]
    assert lone == ("kassel", "GPE")


def test_a_word_the_report_writes_in_a_place_name_stays_the_place():
    text = (
        "Workers met at the club, Katchery Kassel, near Kassel International Airport. "
        "Moreover, Kassel was calm."
    )
    found = _keys(
        text,
        [
            ("Katchery Kassel", "PERSON"),
            ("Kassel International Airport", "FAC"),
            ("Kassel", "PERSON"),
        ],
    )
    (lone,) = [(key, label) for t, key, label in found if t == "Kassel"]
    assert lone == ("kassel", "GPE")


# -- a weapon's model ----------------------------------------------------------------------


def test_a_name_written_before_a_weapon_noun_is_the_weapon_model():
    text = (
        "The army shot down 12 Zorvak drones overnight. The Zorvak is a loitering munition, "
        "and Zorvak drones can return to base."
    )
    labels = {label for t, _, label in _keys(text, [("Zorvak", "ORG")] * 3) if t == "Zorvak"}
    assert labels == {"OTHER"}


def test_a_weapon_named_after_a_man_the_model_reads_as_one_stays_a_person():
    text = "Police seized three Drevnikov rifles. Drevnikov rifles were sold in the market."
    found = _keys(text, [("Drevnikov", "PERSON")] * 2)
    assert {label for _, _, label in found} == {"PERSON"}


def test_a_group_written_mostly_alone_keeps_its_label_beside_its_drones():
    text = (
        "Varzehri launched drones at the port. Varzehri said the strike was revenge, and "
        "Varzehri drones were shot down. Varzehri has vowed more attacks."
    )
    found = _keys(text, [("Varzehri", "ORG")] * 4)
    assert {label for _, _, label in found} == {"ORG"}


def test_a_people_before_its_drones_is_no_weapon_model():
    text = "The army shot down 25 Dorvanian drones. Dorvanian drones crossed the border."
    found = _keys(text, [("Dorvanian", "NORP")] * 2)
    assert {label for _, _, label in found} == {"NORP"}


# -- a list the model calls a body ---------------------------------------------------------


@pytest.mark.parametrize("name", ["Zarvin Control List", "Blue Zarvin Book"])
def test_a_list_or_a_book_of_names_is_other(name):
    assert name_types._name_type([_stat(name, "ORG", 3)], None) == "OTHER"


def test_a_body_whose_name_does_not_end_in_list_stays_a_body():
    assert name_types._name_type([_stat("Zarvin Listing Authority", "ORG", 3)], None) is None


def _stat(text: str, label: str, mentions: int) -> AliasStat:
    return AliasStat(
        text=text, key=resolve.normalize_name(text), label=label, mentions=mentions, documents=1
    )
