"""What is an event and of which type, where the act's words alone mislead: an attack recalled
(avenged, mourned) is no new attack; a substance released or residents evacuated is no
RETREAT; an accidental blast is no assault; violence by or between protesters is a riot
(PROTEST), violence by forces on protesters an assault; and who acts when the words name a
place or the arrested men's own force. Fictional sentences with real place names."""

from __future__ import annotations

import pytest

from tests.test_events import _events

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    "text",
    [
        "The army chief vowed to avenge the attack on the convoy in Bannu.",
        "Mourners paid tribute to the martyrs of the attack in Quetta.",
        "Relatives mourned the victims of the attack in Quetta on Friday.",
    ],
)
def test_an_attack_recalled_is_no_new_attack(text, settings):
    assert [e for e in _events(text, settings) if e.type == "ASSAULT"] == []


def test_a_condemned_attack_is_still_told(settings):
    text = "The prime minister condemned the attack on the police station in Lakki Marwat."
    assert any(e.type == "ASSAULT" and e.trigger == "attack" for e in _events(text, settings))


@pytest.mark.parametrize(
    ("text", "retreats"),
    [
        ("An air base says it has accidentally released 150,000 gallons of toxic water.", 0),
        ("After the floods, the military helped people and evacuated residents.", 0),
        ("Militants released three hostages on Monday.", 1),
        ("The army evacuated its troops from the base after the attack.", 1),
    ],
)
def test_releases_and_evacuations(text, retreats, settings):
    assert sum(e.type == "RETREAT" for e in _events(text, settings)) == retreats


@pytest.mark.parametrize(
    ("text", "assaults"),
    [
        ("Fifteen people were killed when an illegal fireworks warehouse exploded in Hebei.", 0),
        ("One laborer was killed as the boiler of a pesticide plant exploded.", 0),
        ("Nineteen people were killed when their bus plunged off a bridge.", 0),
        ("A suicide bomber blew himself up near a factory, killing six workers.", 1),
    ],
)
def test_accidental_blasts_are_no_assault(text, assaults, settings):
    assert sum(e.type == "ASSAULT" for e in _events(text, settings)) == assaults


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("French police clashed Saturday with hundreds of protesters in Paris.", "PROTEST"),
        ("Stone-throwing protesters clashed with police across the city.", "PROTEST"),
        ("Rioters fought with law enforcement officials before breaching a door.", "PROTEST"),
        ("Police attacked the peaceful protesters in Lyari.", "ASSAULT"),
        ("Security forces clashed with militants in North Waziristan.", "ASSAULT"),
    ],
)
def test_violence_by_or_with_protesters_is_a_riot(text, type_, settings):
    (event,) = [e for e in _events(text, settings) if e.type in ("PROTEST", "ASSAULT")]
    assert event.type == type_
    if type_ == "PROTEST":
        assert event.mode == "riot"


def test_the_other_side_of_a_clash_is_its_target(settings):
    (event,) = _events("Security forces clashed with militants in North Waziristan.", settings)
    assert event.actors == ("Security forces",) and event.targets == ("militants",)


def test_a_place_before_an_attack_is_where_not_who(settings):
    text = (
        "New Delhi imposed steep duties on Pakistani imports after the Pulwama attack, "
        "which killed 40 Indian soldiers."
    )
    events = _events(text, settings)
    (assault,) = [e for e in events if e.type == "ASSAULT"]
    assert assault.actors == ()
    (sanction,) = [e for e in events if e.type == "SANCTION"]
    assert sanction.actors == ("New Delhi",)


def test_the_arrested_mens_own_force_did_not_arrest_them(settings):
    text = "Two constables of the Counter Terrorism Department were arrested for kidnapping."
    (arrest,) = [e for e in _events(text, settings) if e.type == "COERCE"]
    assert not any("Counter Terrorism" in a for a in arrest.actors)
    text = "Police arrested two constables of the Counter Terrorism Department."
    (arrest,) = [e for e in _events(text, settings) if e.type == "COERCE"]
    assert arrest.actors == ("Police",)


def test_a_noun_that_is_no_one_is_no_actor(settings):
    text = "The Israeli army issued an evacuation warning on Thursday for 14 neighbourhoods."
    (event,) = [e for e in _events(text, settings) if e.type == "THREATEN"]
    assert event.actors == ("The Israeli army",)
    (event,) = _events("A man carrying a bomb attacked the checkpoint.", settings)
    assert event.actors == ("A man",)


@pytest.mark.parametrize(
    ("text", "protests"),
    [
        ("The PTI failed to demonstrate unity in the war against terrorism.", 0),
        ("Thousands demonstrated against the new law in Lahore.", 1),
    ],
)
def test_to_demonstrate_something_is_no_protest(text, protests, settings):
    assert sum(e.type == "PROTEST" for e in _events(text, settings)) == protests


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The party alleged that the protesters faced shelling and violence at the hands "
            "of the police.",
            "the police",
            "the protesters",
        ),
        (
            "The villagers were tortured at the hands of the militants.",
            "the militants",
            "The villagers",
        ),
        (
            "The soldiers suffered heavy shelling by Indian troops.",
            "Indian troops",
            "The soldiers",
        ),
    ],
)
def test_who_undergoes_an_attack_is_its_target(text, actor, target, settings):
    (event,) = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert event.actors == (actor,) and event.targets == (target,)


@pytest.mark.parametrize(
    ("text", "actor", "targets"),
    [
        ("Mehdi demanded the arrest of the killers.", "Mehdi", ()),
        ("Iran demanded that Israel stop the attacks.", "Iran", ("Israel",)),
        ("The minister urged Ostrand to release the prisoners.", "The minister", ("Ostrand",)),
    ],
)
def test_what_a_demand_asks_for_is_not_its_target(text, actor, targets, settings):
    (event,) = [e for e in _events(text, settings) if e.type == "REQUEST"]
    assert event.actors == (actor,) and event.targets == targets


def test_a_demand_by_a_pronoun_is_kept_for_its_speaker(settings):
    text = "She demanded the release of the arrested BYC leaders."
    (event,) = [e for e in _events(text, settings) if e.type == "REQUEST"]
    assert event.targets == ()


def test_who_is_called_upon_is_the_target_and_acts_in_what_is_asked(settings):
    text = "The US has called upon both Pakistan and India to hold talks."
    events = _events(text, settings)
    (request,) = [e for e in events if e.type == "REQUEST"]
    assert request.actors == ("US",) and request.targets == ("Pakistan", "India")
    (talks,) = [e for e in events if e.type == "CONSULT"]
    # two parties meeting are coded one with the other (PLOVER source and target)
    assert talks.actors == ("Pakistan",) and talks.targets == ("India",)


def test_who_is_alleged_to_have_acted_is_the_target(settings):
    text = "The minister further alleged that India was involved in sponsoring terrorism."
    (event,) = [e for e in _events(text, settings) if e.type == "ACCUSE"]
    assert event.actors == ("The minister",) and event.targets == ("India",)
