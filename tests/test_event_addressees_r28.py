"""Whom a protest, a demand or a warning is made to when its sentence names no one (session
28, from the read sets' PROTEST, REQUEST and THREATEN rows whose event named no target): the
authority the article names — in the event's sentence, else nearest before, else first after.
Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events, _has, _one

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def test_a_sit_in_is_held_against_the_authority_the_article_names(settings):
    text = (
        "Traders in Velmora have demanded that the provincial government reopen the main "
        "road. Meanwhile, locals continued their weeks-long sit-in in the Marvan area on "
        "Friday."
    )
    sit_in = _one(_events(text, settings), "PROTEST")
    assert _has(sit_in.targets, "government"), sit_in


def test_a_warning_of_protests_is_made_to_the_authority_named_after_it(settings):
    text = (
        "The traders threatened to stage protests if the law and order situation did not "
        "improve. The district administration said the convoy would leave on Monday."
    )
    warning = _one(_events(text, settings), "THREATEN")
    assert _has(warning.targets, "administration"), warning


@pytest.mark.parametrize("side", ["The Interior Ministry", "Police"])
def test_a_warning_by_the_state_itself_takes_no_authority(side, settings):
    # the state's own warning is made to someone its sentence has to name
    text = (
        f"{side} warned of strict action if the protests continued. The district "
        "administration said the convoy would leave on Monday."
    )
    warning = _one(_events(text, settings), "THREATEN")
    assert not _has(warning.targets, "administration"), warning


def test_a_word_for_the_state_that_modifies_a_noun_is_no_authority(settings):
    # "government buildings" are what was attacked, no body the protesters address
    text = (
        "Armed men attacked government buildings in Marvan last week. The protesters "
        "demanded the immediate release of all arrested individuals."
    )
    request = _one(_events(text, settings), "REQUEST")
    assert not _has(request.targets, "government"), request


def test_an_article_that_names_no_authority_gives_none(settings):
    text = "Locals continued their sit-in in the Marvan area of Velmora on Friday."
    sit_in = _one(_events(text, settings), "PROTEST")
    assert not sit_in.targets, sit_in


def test_a_named_target_is_kept(settings):
    text = (
        "The provincial government announced new curbs on Monday. Hundreds of residents "
        "protested against Ostrand outside its consulate in Velmora."
    )
    protest = _one(_events(text, settings), "PROTEST")
    assert _has(protest.targets, "Ostrand"), protest
    assert not _has(protest.targets, "government"), protest


def test_a_protest_against_an_act_is_made_to_the_authority_not_the_act(settings):
    text = (
        "The provincial government sacked the police chief on Monday. Thousands of people "
        "joined demonstrations in Velmora protesting against the sacking."
    )
    events = _events(text, settings)
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests, events
    for protest in protests:
        assert _has(protest.targets, "government"), protest
        assert not _has(protest.targets, "sacking"), protest


def test_a_demand_keeps_what_it_names(settings):
    # the demand's object holds whom it is of; no authority is added beside it
    text = (
        "The jirga called for the total dismantlement of Ostrand's weapons programme. The "
        "government said it would respond."
    )
    request = _one(_events(text, settings), "REQUEST", "called")
    assert _has(request.targets, "Ostrand"), request
    assert not _has(request.targets, "government"), request


def test_a_grievance_that_names_whose_act_it_is_is_kept(settings):
    text = (
        "The provincial government banned rallies on Monday. Students in Velmora staged a "
        "protest against {} on Tuesday."
    )
    named = _one(_events(text.format("Ostrani aggression"), settings), "PROTEST")
    assert named.targets == ("Ostrani aggression",), named
    # the same protest against an act no one is named for is made to the authority
    unnamed = _one(_events(text.format("the arrests"), settings), "PROTEST")
    assert _has(unnamed.targets, "government"), unnamed
