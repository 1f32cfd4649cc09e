"""Issue 15 items 4-5, round 18: events found once — incidents told without a named doer
(a road blocked, attacks reported), statements by bodies named by
a common noun, and an event noun its own "no" denies.

Fictional sentences with real place names, run through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.test_events import _events


def _found(text: str, settings) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger, e.modality) for e in _events(text, settings)]


# --------------------------------------------------------------------------- a theme undergone


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        # a verb that is an event only with its object, that object its passive subject, and
        # a place: the incident happened there, its doer unnamed
        ("According to police, roads were blocked in Turbat and Pasni.", "PROTEST", "blocked"),
        ("A curfew was imposed in Quetta on Monday.", "COERCE", "imposed"),
    ],
)
def test_a_framed_passive_with_its_place_is_an_incident(text, kind, trigger, settings) -> None:
    events = [e for e in _events(text, settings) if e.trigger == trigger]
    assert [e.type for e in events] == [kind]
    assert events[0].location is not None


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        # no place: nothing to put on a map or a timeline
        "The roads were blocked.",
        # the subject is not what the verb needs to be an event ("block" a plan is no blockade)
        "The plan was blocked in Quetta by the court.",
    ],
)
def test_no_framed_incident_without_its_theme_and_place(text, settings) -> None:
    assert not [e for e in _events(text, settings) if e.trigger == "blocked"]
