""" "Fired ... on Saturday" (session 34, issues 15 and 16): a time after "on"/"at" dates the act
and is not what was fired at, so an employer firing someone on a weekday is no shooting (ECB+
dev read a coach's dismissal as an attack); shots fired on a patrol or at protesters still are.
Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "shooting"),
    [
        ("The Rovers fired manager Tom Hale on Saturday after a run of defeats.", False),
        ("The board fired its chief executive on Monday morning.", False),
        ("Unknown gunmen fired on a police patrol in the town on Friday.", True),
        ("Troops fired at the protesters at noon, witnesses said.", True),
    ],
)
def test_fired_on_a_day_is_no_shooting(text: str, shooting: bool, settings) -> None:
    assaults = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert bool(assaults) is shooting, assaults
