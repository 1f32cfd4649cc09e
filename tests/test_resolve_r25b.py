"""Issue 17, session 25 (second round): a name's first word that is no given name.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit

_GLUED = (
    "The suspects included a UC chairman. UC Chairman Dorvabad Yasir Kammari was arrested "
    "from a warehouse. One of them was the UC chairman of Dorvabad, the officer said."
)


def test_a_place_glued_before_a_mans_name_is_not_his_given_name():
    found = _keys(_GLUED, [("Dorvabad Yasir Kammari", "PERSON"), ("Dorvabad", "ORG")])
    assert found[1][1] == "dorvabad"
    assert found[1][1] != found[0][1]


def test_the_models_own_person_reading_of_the_word_still_joins():
    found = _keys(_GLUED, [("Dorvabad Yasir Kammari", "PERSON"), ("Dorvabad", "PERSON")])
    assert found[1][1] == found[0][1]


def test_a_lone_word_not_after_a_place_word_joins_a_three_word_name():
    text = "Warlord Yasir Kammari Dostani was arrested on Monday. Yasir told the court nothing."
    found = _keys(text, [("Yasir Kammari Dostani", "PERSON"), ("Yasir", "ORG")])
    assert found[1][1] == found[0][1]


def test_the_first_word_of_a_two_word_name_joins_whatever_its_label():
    text = "Kazran Dostani spoke to reporters. Kazran said the party lost its way."
    found = _keys(text, [("Kazran Dostani", "PERSON"), ("Kazran", "ORG")])
    assert found[1][1] == found[0][1]


def test_a_possessor_before_a_name_is_not_its_given_name():
    # the body the model ran into its outlet's name ("X’s Al-Manar"), named alone after
    text = (
        "Dorvania’s Al-Kanar television said the strike hit a depot. "
        "Dorvania said it would respond."
    )
    found = _keys(text, [("Dorvania’s Al-Kanar", "PERSON"), ("Dorvania", "ORG")])
    # the outlet itself, its medium's noun speaking after it, is a source and no entity
    # (session 35, tests/test_resolve_r35.py); the body named alone keeps its own key
    assert [(key, label) for text, key, label in found if text == "Dorvania"] == [
        ("dorvania", "ORG")
    ]


def test_a_possessive_after_a_place_word_is_still_the_man():
    text = (
        "Kazran Yasir Dostani was shot dead on Sunday. The dispute began in Kazran’s "
        "neighbour’s house, police said."
    )
    found = _keys(text, [("Kazran Yasir Dostani", "PERSON"), ("Kazran", "GPE")])
    assert found[1][1] == found[0][1]
