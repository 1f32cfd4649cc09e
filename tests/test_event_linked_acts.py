"""One incident told by several linked acts of one sentence is one event ("killed three when
he detonated a bomb", "was killed and a guard injured in an exchange of fire"); acts placed
apart or told as before/after stay apart; "the attack, which killed 40" is the attack."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.records import Document

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _events(text: str, settings, kind: str) -> list[dict]:
    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published="2025-03-01"
    )
    (analyzed,) = list(analyze([doc], settings))
    return [
        {
            "actors": [text[a:b] for a, b in e.actors],
            "targets": [text[a:b] for a, b in e.targets],
        }
        for e in analyzed.events
        if e.type == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A suicide bomber killed at least three people when he detonated a bomb outside a "
            "bank in Ostrand.",
            "ASSAULT",
        ),
        (
            "The Velmora Front attack, which killed 40 soldiers in Ostrand, shocked the region.",
            "ASSAULT",
        ),
        (
            "Security forces launched a sweeping crackdown in Ostrand, detaining thousands.",
            "COERCE",
        ),
        (
            "Police arrested 54 people in Ostrand while 300 illegal phones were seized.",
            "COERCE",
        ),
    ],
)
def test_linked_acts_of_one_incident_are_one_event(text, settings, kind):
    assert len(_events(text, settings, kind)) == 1


def test_coordinated_acts_pool_their_victims(settings):
    text = (
        "Separately, a militant was killed and a police official injured in an exchange of "
        "firing in Ostrand on Saturday."
    )
    (event,) = _events(text, settings, "ASSAULT")
    assert event["targets"] == ["a militant", "a police official"]


@pytest.mark.parametrize(
    "text",
    [
        # two places: two incidents in one sentence
        "Police arrested five men in Lahore and detained two women in Karachi.",
    ],
)
def test_acts_placed_apart_stay_apart(text, settings):
    assert len(_events(text, settings, "COERCE")) == 2


def test_an_act_told_as_before_another_stays_apart(settings):
    text = (
        "Gunmen attacked a checkpoint in Ostrand on Monday, two days after militants killed "
        "three policemen in Velmora."
    )
    assert len(_events(text, settings, "ASSAULT")) == 2


def test_a_report_day_does_not_set_coordinated_acts_apart(settings):
    text = (
        "The ISPR said a day ago that security forces killed 22 terrorists and injured 18 others "
        "in various operations across Velmora since December 14."
    )
    (event,) = _events(text, settings, "ASSAULT")
    # "18 others" stands for the people counted before it (assembly._elided)
    assert event["targets"] == ["22 terrorists", "terrorists"]


def test_a_road_named_before_an_attack_is_where_not_who(settings):
    text = "The Velmora-Ostrand Highway attack killed two policemen."
    (event,) = _events(text, settings, "ASSAULT")
    assert event["actors"] == []
    assert event["targets"] == ["two policemen"]


def test_a_subheading_run_into_the_next_sentence_is_no_event(settings):
    text = (
        "Ostrand attack\n\nSeparately, a militant was killed and a police official injured in an "
        "exchange of firing in Velmora on Saturday."
    )
    (event,) = _events(text, settings, "ASSAULT")
    assert event["targets"] == ["a militant", "a police official"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Security forces and militants exchanged fire overnight in Ostrand.", 2),
        (
            "Another victim of the exchange of fire between security forces and militants died "
            "on Monday.",
            1,
        ),
    ],
)
def test_an_exchange_of_fire_is_an_attack(text, actors, settings):
    (event,) = _events(text, settings, "ASSAULT")
    assert len(event["actors"]) == actors
    assert event["actors"][0].lower() == "security forces"


def test_exchanging_views_is_no_attack(settings):
    assert _events("The minister exchanged views with his counterpart.", settings, "ASSAULT") == []
