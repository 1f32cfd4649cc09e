"""Shapes counted across the real archive (realnews-2025-jan-may) in which the grammar gave the
wrong doer: an act noun's own participle ("the blast targeting a school bus") lent the
condemner's name; a naming verb ("called the attack a cowardly act") read as carrying the act
out; a series of strikes hiding the support verb; the sides of a fight not lent to the harm
told in it; a call for an act dropped when its maker is "he". Fictional sentences with real
place names."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "target", "not_actor"),
    [
        (
            "Minister Ali Khan condemned the bomb blast targeting a school bus in Khuzdar.",
            "school bus",
            "Ali Khan",
        ),
        (
            "Interior Minister Ali Khan condemned the incident targeting the polio team in Jamrud.",
            "polio team",
            "incident",
        ),
    ],
)
def test_an_act_nouns_participle_is_not_done_by_the_condemner(text, target, not_actor, settings):
    event = _one(_events(text, settings), "ASSAULT", "targeting")
    assert _has(event.targets, target)
    assert not _has(event.actors, not_actor)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister called the attack a cowardly act.",
        "Calling the attack a “cowardly and regrettable act,” Ali Khan said such acts are wrong.",
    ],
)
def test_naming_an_attack_is_not_carrying_it_out(text, settings):
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT" and e.actors]


def test_a_called_strike_still_has_its_callers(settings):
    # "call" stays a support verb where it has no object predicate
    events = _events("The traders called a strike in Quetta.", settings)
    assert any("strike" in e.trigger and _has(e.actors, "traders") for e in events)


def test_a_series_of_strikes_is_launched_by_the_subject(settings):
    text = "On Tuesday night, New Delhi launched a series of air strikes on Pakistan."
    event = _one(_events(text, settings), "ASSAULT")
    assert _has(event.actors, "New Delhi")
    assert _has(event.targets, "Pakistan")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Two men were killed in a clash between police and robbers.", ("police", "robbers")),
        (
            "Two men were killed in an exchange of fire between police and robbers.",
            ("police", "robbers"),
        ),
        ("Two soldiers were killed in an attack by militants.", ("militants",)),
        ("Three soldiers were martyred in a terrorist attack in North Waziristan.", ("terrorist",)),
    ],
)
def test_the_harm_told_in_a_fight_is_done_by_its_sides(text, actors, settings):
    event = _one(_events(text, settings), "ASSAULT")
    assert all(_has(event.actors, a) for a in actors)
    assert not _has(event.actors, "Two")


def test_a_harm_in_a_fight_with_no_sides_named_gets_none(settings):
    event = _one(_events("Two men were killed in a clash in Quetta.", settings), "ASSAULT")
    assert not event.actors


def test_a_harm_during_a_fight_with_someone_is_done_by_them(settings):
    text = "Officials said an FC soldier embraced martyrdom during the gun battle with dacoits."
    assert _has(_one(_events(text, settings), "ASSAULT").actors, "dacoits")


def test_a_call_for_an_act_by_he_is_a_request(settings):
    # its maker is named from the quotes later; the arrest itself has not happened, and is
    # no event (session 14: test_event_what_r14)
    events = _events("He called for the immediate arrest of the perpetrators.", settings)
    assert _one(events, "REQUEST", "called")
    assert not [e for e in events if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            "Shops across Balochistan observed a shutter-down strike on Monday in response to "
            "the BNP-M’s call.",
            "BNP-M",
        ),
        ("Traders observed a complete strike in Quetta on the call of the Anjuman.", "Anjuman"),
        ("A protest was held in Karachi on Friday on the call of the Jamaat-i-Islami.", "Jamaat"),
    ],
)
def test_whoever_called_a_protest_protested(text, caller, settings):
    event = _one(_events(text, settings), "PROTEST")
    assert _has(event.actors, caller)
    assert not _has(event.targets, "call")


@pytest.mark.parametrize(
    ("text", "booked"),
    [
        ("Police booked 68 PTI workers and arrested six activists in Okara.", "68 PTI workers"),
        ("Three youths were booked on Wednesday for kidnapping a student in Jhang.", "youths"),
    ],
)
def test_booking_someone_is_a_case_against_them(text, booked, settings):
    assert _has(_one(_events(text, settings), "ACCUSE", "booked").targets, booked)


@pytest.mark.parametrize(
    "text",
    [
        "He booked a flight to Dubai.",
        "Ice was recovered from a parcel booked to New Zealand through a courier office.",
    ],
)
def test_booking_a_thing_is_no_case(text, settings):
    assert not [e for e in _events(text, settings) if "booked" in e.trigger]


def test_what_someone_is_booked_for_is_alleged_and_theirs(settings):
    text = "Police booked two men for kidnapping a citizen in Jhang."
    event = _one(_events(text, settings), "ASSAULT", "kidnapping")
    assert event.modality == "alleged"
    assert _has(event.actors, "two men")
