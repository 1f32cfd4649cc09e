"""Which claim speakers may be the "he"/"she" of a later statement (session 25, issue 15
item 3): a person, a word for one, or a name the model left untyped; never a lowercase
thing ("according to the law")."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import _person_word

# the tier (tests/conftest.py): pure string logic, no model
pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "speaker",
    ["the chief minister", "a senior police official", "the driver", "Sadaf", "the Speaker"],
)
def test_a_person_or_an_untyped_name_may_be_he(speaker):
    assert _person_word(speaker)


@pytest.mark.parametrize("speaker", ["the law", "the statement", "hospital data", ""])
def test_a_lowercase_thing_is_no_one(speaker):
    assert not _person_word(speaker)
