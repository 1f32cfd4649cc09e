"""Roles and places an analyst needs where the sentence leaves them implicit: an arrest by no
one named is the security force's the article names; "the general area of X" is at X."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.records import Document

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _events(text: str, settings) -> list[dict]:
    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published="2025-03-01"
    )
    (analyzed,) = list(analyze([doc], settings))
    return [
        {
            "type": e.type,
            "actors": [text[a:b] for a, b in e.actors],
            "targets": [text[a:b] for a, b in e.targets],
            "location": text[e.location[0] : e.location[1]] if e.location else None,
        }
        for e in analyzed.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the force is in the sentence, in another clause
        "Over two dozen Velmora Front leaders and workers were arrested on Saturday when police "
        "attempted to disperse a march.",
        # an object-control verb: the police arrested
        "Footage of the assault spread online, prompting police to arrest three men.",
        # the force is named only later in the article
        "The suspect was arrested on Monday. Police said he had stolen a car in Ostrand.",
    ],
)
def test_an_arrest_by_no_one_named_is_the_forces_the_article_names(text, settings):
    arrests = [e for e in _events(text, settings) if e["type"] == "COERCE"]
    assert arrests
    assert [a.lower() for a in arrests[0]["actors"]] == ["police"]


def test_no_force_in_the_article_no_actor_made_up(settings):
    arrests = [
        e
        for e in _events("Irena Vasko was arrested in Ostrand on Tuesday.", settings)
        if e["type"] == "COERCE"
    ]
    assert arrests and arrests[0]["actors"] == []


def test_the_general_area_of_a_place_is_that_place(settings):
    text = (
        "Security forces killed an Afghan national during an operation in the general area of "
        "Datta Khel of North Waziristan on February 6."
    )
    (killing,) = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert killing["location"] == "Datta Khel"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a protest or a clash told as what happened, no one named, a place given
        ("Violent protests erupted in Velmora on Tuesday.", "PROTEST", None),
        ("Clashes broke out in Ostrand on Sunday.", "ASSAULT", None),
        # the noun "march" is a protest, "in March" a month
        ("Hundreds of demonstrators joined a march in Velmora on Sunday.", "PROTEST", None),
        ("In March, police arrested two men in Velmora.", None, "PROTEST"),
        # a publication released is no one set free
        ("The footage that police released yesterday shows the crowd in Velmora.", None, "RETREAT"),
        ("The army has not released any statement on the raid in Ostrand.", None, "RETREAT"),
        ("Militants released five guards in Velmora on Thursday.", "RETREAT", None),
        # a bombing raid is an attack, not a search
        (
            "Ten civilians were killed in bombing raids by Ostrand's warplanes on Velmora.",
            "ASSAULT",
            "COERCE",
        ),
        # a volcano kills no one by intent
        (
            "Five people were killed after a volcano erupted off the coast of Velmora.",
            None,
            "ASSAULT",
        ),
    ],
)
def test_event_types_told_by_what_happened(text, present, absent, settings):
    types = {e["type"] for e in _events(text, settings)}
    if present:
        assert present in types, types
    if absent:
        assert absent not in types, types


def test_at_a_village_is_where_not_whom(settings):
    text = "A suspect tortured his wife at Karimpur village and locked her in a room."
    (torture,) = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert torture["targets"] == ["his wife"]


@pytest.mark.parametrize(
    "text",
    [
        "Violence rose in March, with the number of militant attacks in Velmora surpassing 100.",
        "Attacks by insurgent groups in Velmora saw a staggering 119pc increase last year.",
        "Terror attacks in Velmora increased sharply last year.",
    ],
)
def test_a_count_of_attacks_is_no_attack(text, settings):
    assert [e for e in _events(text, settings) if e["type"] == "ASSAULT"] == []


def test_attacks_told_are_attacks(settings):
    text = "Militants launched attacks on six checkpoints in Velmora."
    assert [e["type"] for e in _events(text, settings)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the parser takes the dateline's place for the subject; the agency filed the report
        (
            "OSTRAND, Apr 18 (APP): Security Forces and Law Enforcement Agencies (LEA) on Friday "
            "killed four terrorists in an operation in Velmora district.",
            "security forces",
        ),
        # a wire dateline glued to the subject is not part of the actor's name
        (
            "OSTRAND, Feb 08 (APP):Security forces killed five terrorists in Velmora.",
            "security forces",
        ),
        ("OSTRAND, Jan 30 (APP): Police arrested two suspects.", "police"),
    ],
)
def test_a_wire_dateline_is_never_the_actor(text, actor, settings):
    (event,) = [e for e in _events(text, settings) if e["type"] in ("ASSAULT", "COERCE")]
    assert event["actors"] and event["actors"][0].lower().startswith(actor)


def test_who_was_killed_in_an_operation_did_not_carry_it_out(settings):
    text = (
        "On Thursday, a soldier was martyred in an operation which also left four terrorists "
        "dead in Velmora district."
    )
    (event,) = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert event["actors"] == []
    assert event["targets"] == ["a soldier"]


def test_it_in_a_persons_words_is_not_that_person(settings):
    text = (
        "A man was carrying a bomb to Ostrand, but it exploded prematurely, killing two "
        "passers-by, a senior police officer said."
    )
    for event in _events(text, settings):
        assert not any("officer" in a for a in event["actors"])


def test_an_organisation_that_reports_its_arrests_made_them(settings):
    (event,) = [
        e
        for e in _events("The CTD said it arrested two suspects in Ostrand.", settings)
        if e["type"] == "COERCE"
    ]
    assert event["actors"] == ["CTD"]


def test_on_the_spot_is_where_not_whom(settings):
    text = "Gunmen shot dead a shopkeeper on the spot in Ostrand on Monday."
    (event,) = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert event["targets"] == ["a shopkeeper"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Last month a 17-year-old girl died after she was allegedly raped in Ostrand, police "
            "said.",
            "a 17-year-old girl",
        ),
        ("A man was carrying a bomb to Ostrand, but it exploded, killing him.", "A man"),
    ],
)
def test_he_or_she_is_the_person_the_sentence_named_before(text, target, settings):
    (event,) = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert event["targets"] == [target]


def test_he_in_a_report_is_not_the_reporter(settings):
    events = _events("The officer said he was shot in Ostrand on Monday.", settings)
    assert all("officer" not in t for e in events for t in e["targets"])


def test_delivering_strikes_is_striking(settings):
    text = "The Velmoran Armed Forces mounted a response, delivering precise strikes on Ostrand."
    (event,) = [e for e in _events(text, settings) if e["type"] == "ASSAULT"]
    assert [a.removeprefix("The ") for a in event["actors"]] == ["Velmoran Armed Forces"]
