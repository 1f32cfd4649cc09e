"""Events the extractor used to miss, and roles it used to get wrong, in shapes every news
archive has: a meeting told by its proper name ("held the Counter-Terrorism Dialogue"), a
warning of retaliation ("will be met with a decisive response"), a request told as an
expectation ("expects X to"), halting trade, arson ("set on fire"), a mob as the doer of
"mob attacks", militants killed by the forces the article names, and a road accident that is
no assault. Fictional sentences with real place names."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_a_meeting_held_by_its_proper_name_is_a_consult(settings):
    text = "On Feb 20, Pakistan and Norway held their ninth Strategic Dialogue in Brussels."
    event = _one(_events(text, settings), "CONSULT")
    assert event.trigger == "held"
    assert event.actors == ("Pakistan",) and event.targets == ("Norway",)
    assert event.location == "Brussels"


def test_a_named_meeting_that_took_place_names_its_parties(settings):
    text = "The third round of the Pakistan-Turkey Strategic Dialogue was held in Ankara."
    event = _one(_events(text, settings), "CONSULT")
    assert event.trigger == "held" and event.location == "Ankara"
    assert any("Pakistan" in a for a in event.actors)
    assert not any("Dialogue" in a for a in event.actors + event.targets)


def test_a_proper_name_alone_is_no_meeting(settings):
    text = "The Strategic Dialogue Institute published a report on Monday."
    assert [e for e in _events(text, settings) if e.type == "CONSULT"] == []


def test_two_parties_that_met_are_actor_and_target(settings):
    event = _one(_events("Pakistan and China met in Beijing.", settings), "CONSULT")
    assert event.actors == ("Pakistan",) and event.targets == ("China",)


@pytest.mark.parametrize(
    "text",
    [
        "Any attempt to challenge Pakistan's sovereignty shall be met with a decisive response.",
        "Any aggression will be met with a befitting response, the army chief said.",
    ],
)
def test_a_warning_of_retaliation_is_a_threat_made(text, settings):
    events = _events(text, settings)
    event = _one(events, "THREATEN")
    assert event.modality == "asserted" and event.targets == ()
    assert not [e for e in events if e.type == "CONSULT"]


def test_meeting_someone_with_a_welcome_is_no_threat(settings):
    text = "The delegation was met with a warm welcome at the airport in Kabul."
    assert [e for e in _events(text, settings) if e.type == "THREATEN"] == []


def test_expecting_someone_to_act_is_a_request(settings):
    text = "Pakistan expects the Afghan government to act against the militants."
    event = _one(_events(text, settings), "REQUEST")
    assert event.actors == ("Pakistan",)
    assert any("Afghan" in t for t in event.targets)


def test_an_expected_arrival_is_no_request(settings):
    text = "The minister is expected to arrive in Kabul on Monday."
    assert [e for e in _events(text, settings) if e.type == "REQUEST"] == []


def test_halting_trade_is_a_sanction(settings):
    text = "Islamabad decided to halt trade with New Delhi."
    event = _one(_events(text, settings), "SANCTION")
    assert event.actors == ("Islamabad",) and event.targets == ("New Delhi",)


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("Nine trucks were set on fire by angry mobs in Karachi.", "PROTEST", "angry mobs"),
        ("Unknown gunmen set ablaze two buses in Lahore.", "ASSAULT", "Unknown gunmen"),
        ("Unknown men set fire to the house of a journalist in Swat.", "ASSAULT", "Unknown men"),
    ],
)
def test_setting_on_fire_is_arson(text, type_, actor, settings):
    event = _one(_events(text, settings), type_)
    assert event.actors == (actor,)


def test_a_mob_attack_was_done_by_the_mob(settings):
    text = "The shops were closed after mob attacks on two outlets in Karachi on Tuesday."
    event = _one(_events(text, settings), "PROTEST")
    assert event.mode == "riot" and event.actors == ("mob",)


def test_militants_killed_by_no_one_named_were_killed_by_the_named_force(settings):
    text = (
        "Security forces conducted an operation in Tank district. "
        "Dozens of the terrorists have been sent to hell, the spokesman said."
    )
    event = _one(_events(text, settings), "ASSAULT", "sent")
    assert event.actors == ("Security forces",)


def test_civilians_killed_by_no_one_named_get_no_made_up_killer(settings):
    text = "Police reached the spot. Four civilians were killed in Bannu on Monday."
    event = _one(_events(text, settings), "ASSAULT", "killed")
    assert event.actors == ()


def test_a_vehicle_hitting_a_rider_is_an_accident(settings):
    text = "A heavy vehicle hit a bike rider, injuring him in the North Karachi area."
    assert [e for e in _events(text, settings) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sepoy Ali was martyred while fighting against terrorists in Bannu.",
        "Captain Ali embraced martyrdom in Bannu while bravely fighting against terrorists.",
    ],
)
def test_who_the_fallen_were_fighting_killed_them(text, settings):
    event = _one(_events(text, settings), "ASSAULT")
    assert event.actors == ("terrorists",)
    assert any("Ali" in t for t in event.targets)


def test_suspending_a_treaty_is_a_sanction(settings):
    text = "India responded by suspending the water treaty with Pakistan."
    event = _one(_events(text, settings), "SANCTION")
    assert event.actors == ("India",) and event.targets == ("Pakistan",)


def test_torching_buses_is_an_attack_on_property(settings):
    event = _one(_events("Protesters torched two buses in Lahore.", settings), "PROTEST")
    assert event.mode == "riot" and event.targets == ("two buses",)


def test_his_call_for_militants_is_a_request_by_the_last_speaker(settings):
    text = (
        "“We will not bow to terror,” Chief Minister Rahim Khan said. "
        "He reiterated his call for militants to return to the national mainstream."
    )
    event = _one(_events(text, settings), "REQUEST", "call")
    assert event.actors == ("Rahim Khan",) and event.targets == ("militants",)


def test_calls_for_a_thing_by_no_one_are_no_request(settings):
    text = "Amid calls for restraint, the army said nothing."
    assert [e for e in _events(text, settings) if e.type == "REQUEST"] == []


def test_the_arrested_are_not_their_alleged_involvement(settings):
    text = "Police arrested five suspects for their alleged involvement in a robbery in Multan."
    event = _one(_events(text, settings), "COERCE")
    assert event.targets == ("five suspects",)


def test_an_attack_that_claimed_lives_names_its_victims_and_doers(settings):
    text = "The minister condemned the terrorist attack that claimed innocent lives in Quetta."
    event = _one(_events(text, settings), "ASSAULT")
    assert event.targets == ("innocent lives",) and event.actors == ("terrorist",)


def test_claiming_responsibility_claims_no_lives(settings):
    events = _events("The Taliban claimed responsibility for the attack.", settings)
    assert [e.trigger for e in events if e.type == "ASSAULT"] == ["attack"]


def test_who_reports_quote_as_claiming_an_attack_made_the_claim(settings):
    text = "Media reports have quoted the Korvan Front as claiming the attack in Quetta."
    event = _one(_events(text, settings), "ASSAULT")
    assert not any("reports" in a for a in event.actors)
    assert any("Korvan" in a for a in event.actors)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Unknown men hurled a grenade at a police station in Turbat.", "Unknown men", "station"),
        ("A man threw acid on his wife in Multan.", "A man", "wife"),
    ],
)
def test_throwing_a_weapon_at_someone_is_an_attack(text, actor, target, settings):
    event = _one(_events(text, settings), "ASSAULT")
    assert event.actors == (actor,) and any(target in t for t in event.targets)


def test_throwing_a_ball_is_no_attack(settings):
    assert _events("The player threw the ball to the keeper in Lahore.", settings) == []


def test_a_statement_quoted_is_made_by_its_speaker(settings):
    text = "“We condemn the attack on the convoy in Bannu,” Interior Minister Rahim Khan said."
    event = _one(_events(text, settings), "ACCUSE")
    assert event.actors == ("Rahim Khan",)


def test_a_warning_in_a_release_is_made_by_who_issued_it(settings):
    text = (
        "The Inter Services Public Relations said the attacks were cowardly. “Any attempt to "
        "challenge Pakistan's sovereignty shall be met with a decisive response,” the "
        "statement said."
    )
    event = _one(_events(text, settings), "THREATEN")
    assert event.actors == ("Inter Services Public Relations",)


def test_an_undated_statement_takes_the_day_its_speaker_spoke(settings):
    text = (
        "Chief Minister Rahim Khan declared on Wednesday that the insurgency will end. "
        "“The state is strong,” Mr Khan said. "
        "He reiterated his call for militants to return to the national mainstream."
    )
    event = _one(_events(text, settings), "REQUEST", "call")
    assert event.actors == ("Khan",) and event.time == "Wednesday"


def test_an_undated_statement_by_someone_else_keeps_no_day(settings):
    text = (
        "Chief Minister Rahim Khan declared on Wednesday that the insurgency will end. "
        "“The state is strong,” Senator Ali Shah said. "
        "He reiterated his call for militants to return to the national mainstream."
    )
    event = _one(_events(text, settings), "REQUEST", "call")
    assert event.time is None


def test_setting_fire_to_something_burns_it_not_the_fire(settings):
    event = _one(_events("Protesters set fire to a police van in Karachi.", settings), "PROTEST")
    assert event.targets == ("a police van",)


def test_setting_a_deadline_is_no_event(settings):
    assert _events("The committee set a deadline for the new rules in Lahore.", settings) == []


def test_a_blast_that_claimed_lives_is_one_event(settings):
    events = [e for e in _events("The blast claimed 12 lives in Quetta.", settings)]
    assert [(e.trigger, e.targets) for e in events if e.type == "ASSAULT"] == [
        ("blast", ("12 lives",))
    ]
