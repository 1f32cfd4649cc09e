"""Which person a name key stands for when the sex of "he"/"she" is counted (round 25).

A bare surname counts for the one full name that ends in it; a surname two full names
share (Donald and Ivanka Trump) counts for neither, so one's "he" never decides the other.
"""

from __future__ import annotations

import pytest

from dossier.extract.quotes import _one_person_keys

pytestmark = pytest.mark.unit


def test_a_bare_surname_is_the_one_full_name_ending_in_it():
    keys = _one_person_keys(["hillary clinton", "clinton", "barack obama"])
    assert keys == {
        "hillary clinton": "hillary clinton",
        "clinton": "hillary clinton",
        "barack obama": "barack obama",
    }


def test_a_surname_two_full_names_share_stands_for_itself():
    keys = _one_person_keys(["donald trump", "ivanka trump", "trump"])
    assert keys["trump"] == "trump"
    assert keys["ivanka trump"] == "ivanka trump"
    assert keys["donald trump"] == "donald trump"
