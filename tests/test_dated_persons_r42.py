"""A dated and an undated report joined by a place and their words are kept apart when a
headline names a person the other report never names (session 42, issue 16)."""

from __future__ import annotations

import pytest

from dossier.kb.undated_reports import headlines_apart

pytestmark = pytest.mark.unit

#: the team's second arrest, a month after the first, recalling it in its body
SECOND = {
    "persons": ["jamal williams"],
    "text": (
        "For the second time in less than a month, a member of the San Diego Chargers has "
        "been arrested on suspicion of drunk driving. Defensive tackle Jamal Williams was "
        "arrested last weekend. Just last month, wide receiver Vincent Jackson was pulled over."
    ),
    "title": "Charger Jamal Williams arrested on suspicion of DUI",
}
#: the first arrest, told without a date line
FIRST = {
    "persons": ["vincent jackson"],
    "text": (
        "San Diego Chargers wide receiver Vincent Jackson was arrested yesterday on "
        "suspicion of drunken driving."
    ),
    "title": "Charger says he's innocent of DUI",
}


def test_headline_person_never_named_in_the_other_sets_apart() -> None:
    assert headlines_apart(SECOND, FIRST)
    assert headlines_apart(FIRST, SECOND)


def test_headline_person_named_in_the_other_keeps_the_join() -> None:
    other = {**FIRST, "persons": ["jamal williams"], "text": SECOND["text"].split(". ")[1]}
    assert not headlines_apart(SECOND, other)


def test_headlines_without_persons_ask_nothing() -> None:
    """A lead may open on the driver where the other opens on the victim: without a
    person in a headline, nothing is read from the leads' order."""
    victim = {"persons": ["raj chohan"], "text": "Raj Chohan, 59, was killed.", "title": None}
    driver = {
        "persons": ["vishwanand subramaniam"],
        "text": "A driver, Vishwanand Subramaniam, struck a woman in Queens.",
        "title": "Woman killed in Queens hit-and-run, driver charged",
    }
    assert not headlines_apart(victim, driver)
