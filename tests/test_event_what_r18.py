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
        # roads blocked with no one named and no protest near: a blockade, one row per place
        # (GUIDE, check10: "roads were also blocked in Turbat, Panjgur and Pasni" is
        # SANCTION|COERCE per named place; extract/events/blockades.py)
        ("According to police, roads were blocked in Turbat and Pasni.", "COERCE", "blocked"),
        ("A curfew was imposed in Quetta on Monday.", "COERCE", "imposed"),
    ],
)
def test_a_framed_passive_with_its_place_is_an_incident(text, kind, trigger, settings) -> None:
    events = [e for e in _events(text, settings) if e.trigger == trigger]
    # "in Turbat and Pasni": one incident per coordinated place (assembly._one_per_place)
    assert events and {e.type for e in events} == {kind}
    assert all(e.location is not None for e in events)
    assert len({e.location for e in events}) == len(events)


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


# --------------------------------------------------------------------------- told as seen


@pytest.mark.nlp
def test_attacks_reported_somewhere_happened_there(settings) -> None:
    events = _events(
        "Separately, two grenade attacks were reported near a school in Hazara town.", settings
    )
    # "two grenade attacks": two incidents, an event each (extract/events/counted.py)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 2
    for attack in attacks:
        assert attack.modality == "asserted"
        assert attack.location is not None and "Hazara" in attack.location


@pytest.mark.nlp
def test_attacks_reported_nowhere_are_no_incident(settings) -> None:
    # the passive says nothing of where: no place, no one named, nothing to count
    assert not [
        e
        for e in _events("Attacks were reported, the police said.", settings)
        if e.type == "ASSAULT"
    ]


# --------------------------------------------------------------------------- "no" denies


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("No attacks were reported in Quetta.", "attacks"),
        ("No attacks occurred in Quetta on Monday.", "attacks"),
        ("Police made no arrests in Quetta.", "arrests"),
    ],
)
def test_an_event_noun_with_no_is_negated(text, trigger, settings) -> None:
    moods = [e.modality for e in _events(text, settings) if e.trigger == trigger]
    assert moods and set(moods) == {"negated"}


@pytest.mark.nlp
def test_an_event_noun_without_no_stays_asserted(settings) -> None:
    moods = [e.modality for e in _events("An attack occurred in Quetta.", settings)]
    assert moods == ["asserted"]


# --------------------------------------------------------------------------- bodies speak


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The sugar mills association has urged the authorities to take immediate action.",
            "urged",
        ),
        (
            "The assembly demanded immediate action to bring the perpetrators to justice.",
            "demanded",
        ),
    ],
)
def test_a_body_named_by_a_common_noun_makes_a_statement(text, trigger, settings) -> None:
    (request,) = [e for e in _events(text, settings) if e.trigger == trigger]
    assert request.type == "REQUEST"
    assert request.actors and request.actors[0].lower().startswith("the")


@pytest.mark.nlp
def test_a_statement_by_no_one_in_particular_is_still_dropped(settings) -> None:
    # "people" is no body that speaks as one: no maker an analyst can file
    assert not [
        e
        for e in _events("Many people urged action to ensure peace.", settings)
        if e.type == "REQUEST"
    ]


# --------------------------------------------------------------------------- operations


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "The minister paid tribute to the security forces for conducting intelligence-based "
        "operations against Khariji terrorists in Khyber Pakhtunkhwa.",
        "He appreciated the security forces for carrying out an operation against Khawarij "
        "in Katlang, Mardan district.",
    ],
)
def test_an_operation_against_an_armed_group_is_an_attack(text, settings) -> None:
    (fight,) = [e for e in _events(text, settings) if e.trigger.startswith("operation")]
    assert fight.type == "ASSAULT"
    assert fight.actors and "security forces" in fight.actors[0]


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        # an operation against a crime or a thing, or no one: no armed group fought
        "Police launched an operation against drug peddling in Lahore on Monday.",
        "The district administration carried out an anti-encroachment operation in Quetta.",
        "A search operation was under way in Kech.",
    ],
)
def test_other_operations_are_no_attack(text, settings) -> None:
    assert not [e for e in _events(text, settings) if e.trigger.startswith("operation")]


# --------------------------------------------------------------------------- accidents


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        # the thing that blew up is how, not who
        "A powerful LPG cylinder blast at a shop on Ravi Road on Wednesday claimed the lives "
        "of five persons.",
        # a gas leak harms with no one acting
        "At least seven people were killed in a gas leak at a coal mine in Semnan province.",
    ],
)
def test_an_accident_is_no_attack(text, settings) -> None:
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


@pytest.mark.nlp
def test_a_bombing_beside_a_leak_stays_an_attack(settings) -> None:
    text = "Militants planted a bomb that killed three people near a gas leak in Quetta."
    assert [e for e in _events(text, settings) if e.type == "ASSAULT"]
