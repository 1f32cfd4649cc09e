"""Statements told as the act they mention, and who acts where the grammar hides it (session
9, from the misses of the check3 label set): a warning of what another party does is an
accusation, a warning of a fact no event; an attack a side says it will make is a threat, one
a speaker says ought to be made a demand; "not tolerate attacks" is a warning; closures and
blockades are coercion; praise names who acted; a place in a list is no attacker. Fictional
sentences with real place names."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_a_warning_of_what_another_party_does_is_an_accusation(settings):
    text = (
        "The Velmoran military warned that Ostrand and the Harakat al-Nasr were using "
        "civilian flights to smuggle money."
    )
    event = _one(_events(text, settings), "ACCUSE", "warned")
    assert _has(event.actors, "military")
    assert _has(event.targets, "Ostrand") and _has(event.targets, "Nasr")
    assert not [e for e in _events(text, settings) if e.type == "THREATEN"]


def test_a_warning_of_a_fact_is_no_threat(settings):
    text = "The World Food Programme on Friday warned it has depleted all its food stocks."
    assert not [e for e in _events(text, settings) if e.type == "THREATEN"]


def test_a_warning_of_what_is_to_come_stays_a_threat(settings):
    text = "Ostrand struck targets in Velmora on Friday and warned it would hunt down its leaders."
    events = _events(text, settings)
    assert _one(events, "THREATEN", "warned").modality == "asserted"
    assert _one(events, "ASSAULT", "struck")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Irena Vasko said Ostrand would hunt down the Harakat al-Nasr leaders.", "Ostrand"),
        (
            "Ostrand informed Velmora that it would target the airport if the plane landed.",
            "Ostrand",
        ),
    ],
)
def test_an_attack_a_side_says_it_will_make_is_a_threat(text, actor, settings):
    events = _events(text, settings)
    assert not [e for e in events if e.type == "ASSAULT"], events
    threat = _one(events, "THREATEN")
    assert threat.modality == "asserted"
    assert threat.actors


def test_an_attack_someone_else_may_make_is_no_threat(settings):
    events = _events("Police said militants could attack the city.", settings)
    assert not [e for e in events if e.type == "THREATEN"]


def test_what_ought_to_be_done_is_a_demand(settings):
    text = "Irena Vasko said the commander of the Harakat al-Nasr should be prosecuted."
    events = _events(text, settings)
    demand = _one(events, "REQUEST")
    assert demand.modality == "asserted"
    assert _has(demand.actors, "Irena Vasko")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_not_tolerating_attacks_is_a_warning_not_an_attack(settings):
    events = _events("The Velmoran army vowed not to tolerate attacks on its posts.", settings)
    assert not [e for e in events if e.type == "ASSAULT"]
    assert _one(events, "THREATEN").modality == "asserted"


def test_suspecting_someone_is_an_accusation(settings):
    text = "“We cannot confirm it, but we suspect it’s Ostrand,” Irena Vasko said."
    event = _one(_events(text, settings), "ACCUSE", "suspect")
    assert _has(event.targets, "Ostrand")
    assert not [e for e in _events("Suspected militants fled.", settings) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger", "types"),
    [
        ("On 2 March, Ostrand shut all crossings to Velmora.", "shut", {"COERCE"}),
        ("The entry of humanitarian aid has been blocked by Ostrand.", "blocked", {"COERCE"}),
        ("Another flight was barred from taking off from Velmora.", "barred", {"SANCTION"}),
    ],
)
def test_closures_and_blockades_are_coercion(text, trigger, types, settings):
    assert {e.type for e in _events(text, settings) if trigger in e.trigger} == types


def test_shops_shut_are_no_closure(settings):
    assert not _events("Shops shut early in Quetta on Friday.", settings)


def test_praise_names_who_acted(settings):
    text = (
        "The prime minister appreciated the professional capabilities of the officers of the "
        "security forces displayed during the operation by sending three terrorists to hell."
    )
    event = _one(_events(text, settings), "ASSAULT")
    assert _has(event.actors, "officers") and not _has(event.actors, "prime minister")


def test_a_place_in_a_list_of_blasts_is_no_attacker(settings):
    text = (
        "Two civilians lost their lives and 18 others were injured in three separate blasts "
        "in South Waziristan Lower and Bannu and an attack on a police check post in Dera "
        "Ismail Khan district on January 1."
    )
    for event in _events(text, settings):
        assert not _has(event.actors, "Waziristan"), event
        assert not _has(event.actors, "civilians"), event


def test_a_tally_over_years_is_no_incident(settings):
    text = (
        "Over the past decade, hundreds of police officers and health workers have been "
        "killed in the country by militants."
    )
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


def test_a_rammed_car_is_how_the_bus_what_was_hit(settings):
    text = "An attacker rammed an explosive-laden car into a bus carrying soldiers in Turbat."
    event = _one(_events(text, settings), "ASSAULT", "rammed")
    assert _has(event.targets, "bus") and not _has(event.targets, "car")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Yemenis taking part in a weekly protest in Sanaa heard the strikes.", "Yemenis"),
        ("The ban prompted protests in Beirut from Hezbollah supporters.", "supporters"),
    ],
)
def test_who_protested(text, actor, settings):
    assert _has(_one(_events(text, settings), "PROTEST").actors, actor)


def test_speaking_with_someone_is_a_meeting(settings):
    event = _one(
        _events("Irena Vasko spoke with Velmoran officials on Thursday.", settings), "CONSULT"
    )
    assert _has(event.targets, "Velmoran")
    assert not _events("The minister spoke with reporters in Lahore.", settings)


def test_a_visit_for_talks_meets_the_host(settings):
    text = "The Ostrand foreign minister visited Damascus on Friday for talks with Irena Vasko."
    events = [e for e in _events(text, settings) if e.type == "CONSULT"]
    assert len(events) == 1 and _has(events[0].targets, "Irena Vasko")


def test_drugs_recovered_from_someone_seize_him(settings):
    text = (
        "Police said 174 grams of hashish was recovered from the possession of an accused "
        "near Teen Mila Chowk."
    )
    event = _one(_events(text, settings), "COERCE", "recovered")
    assert _has(event.targets, "accused")


def test_deaths_counted_in_attacks_are_no_attack(settings):
    text = (
        "Pakistan ranked second in the index, with the number of deaths in terrorist attacks "
        "rising by 45 per cent over the past year."
    )
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


def test_a_date_is_no_target(settings):
    text = "Earlier on Feb 24, four security personnel were martyred in an attack in Spinwam."
    event = _one(_events(text, settings), "ASSAULT", "martyred")
    assert not _has(event.targets, "Feb") and _has(event.targets, "personnel")


def test_a_statement_by_he_under_said_is_the_sayers(settings):
    text = "Irena Vasko said he was seeking warrants against the Harakat al-Nasr leaders."
    event = _one(_events(text, settings), "ACCUSE")
    assert _has(event.actors, "Irena Vasko") and _has(event.targets, "Nasr")


def test_a_headline_linked_mid_text_tells_no_event_but_the_first_line_does(settings):
    linked = (
        "Aid groups met in Quetta on Monday.\n\n"
        "Gunmen kill two policemen in Bannu after dawn raid\n\n"
        "The groups said supplies were running low."
    )
    assert not [e for e in _events(linked, settings) if e.type == "ASSAULT"]
    first = "Gunmen kill two policemen in Bannu\n\nQUETTA: The groups said supplies were low."
    assert [e for e in _events(first, settings) if e.type == "ASSAULT"]


def test_one_incident_with_a_high_toll_is_no_tally(settings):
    text = "A man is accused of helping plan the 2008 Mumbai siege that killed 166 people."
    assert [e for e in _events(text, settings) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Irena Vasko had warned: “The more the Harakat al-Nasr refuses, the more land it "
            "will lose.”",
            "THREATEN",
        ),
        ("The envoy warned the Taliban regime has created terrible conditions.", "ACCUSE"),
    ],
)
def test_what_a_warning_is(text, kind, settings):
    assert _one(_events(text, settings), kind, "warned")


def test_a_question_of_what_we_will_do_is_no_threat(settings):
    text = "“How we will fight back without drones,” Irena Vasko told reporters."
    assert not [e for e in _events(text, settings) if e.type == "THREATEN"]
