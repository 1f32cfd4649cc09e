"""Acts told over a span back from now, or as a state since a year, are no incidents
(session 28, issue 15).

"killed dozens of police officers over the past three months", "attacked over the past couple
of years" and "which Israel has occupied since 1967" sum many acts or tell a lasting state:
the label guide gives them no row. A date that only names when ("last year", "in the past 24
hours") still dates one incident. The nlp tests run the pipeline on sentences written for them.
"""

from __future__ import annotations

import pytest

from tests.test_events import _events

pytestmark = pytest.mark.nlp

INCIDENTS = ("ASSAULT", "COERCE")


def _incidents(text: str, settings) -> list:
    return [e for e in _events(text, settings) if e.type in INCIDENTS]


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants have killed dozens of policemen in the district over the past three months.",
        "Foreign engineers have been attacked in the province over the past couple of years.",
        "The army has raided villages in the valley during the last six months.",
        "The soldiers entered the valley, which the army has occupied since 1967.",
        "The highway to the valley has witnessed multiple attacks on aid convoys.",
        "Since then, repeated raids have taken place across the province.",
    ],
)
def test_acts_over_a_span_back_from_now_are_no_incident(sentence, settings):
    assert _incidents(sentence, settings) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In September last year, a police officer was shot dead in the city by gunmen.",
        "Gunmen attacked a police post in the district in the past 24 hours, officials said.",
        "Police arrested three suspects in the city on Monday.",
        "The bombing in the market killed 26 people, one of the deadliest attacks since 2000.",
        "Two policemen were killed in multiple attacks by militants in the district on Monday.",
    ],
)
def test_a_date_or_a_short_span_still_dates_one_incident(sentence, settings):
    assert len(_incidents(sentence, settings)) >= 1
