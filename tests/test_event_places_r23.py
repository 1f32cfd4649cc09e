"""Places of events, session 23 (issue 15 items 3 and 5). An attack or arrest placed at a
province takes the one town or district inside it that its other reports of the article name.
An attack or arrest the sentence reacts to ("condemned the attack", "in response to
airstrikes") is not placed by the dateline. Unit tests read hand-built values (no model); the
end-to-end test runs one article through the pipeline."""

from __future__ import annotations

import pytest

from dossier.kb.event_reports import _reacted_to
from dossier.kb.fact_summary import event_place
from dossier.records import EventMention

# ------------------------------------------------------- an incident's one finer spot


def _told(place: str, sentence: int, kind: str = "ASSAULT", document: str = "d") -> dict:
    return {
        "document_id": document,
        "type": kind,
        "sentence": sentence,
        "location_text": place,
        "location_entity": None,
        "location_via": "sentence",
    }


@pytest.mark.unit
def test_an_attacks_one_finer_spot_told_later_places_it():
    # a lead's "operations in Khyber Pakhtunkhwa", then "... in Dera Ismail Khan"
    reports = [_told("Khyber Pakhtunkhwa", 0), _told("Dera Ismail Khan", 3)]
    assert event_place(reports)["location_text"] == "Dera Ismail Khan"
    reports = [_told("Sindh", 0, "COERCE"), _told("Karachi", 2, "COERCE")]
    assert event_place(reports)["location_text"] == "Karachi"


@pytest.mark.unit
def test_two_finer_spots_a_statement_or_another_article_keep_the_wide_place():
    # two towns inside it: two incidents merged, neither sure to be the event's
    reports = [_told("Sindh", 0), _told("Karachi", 2), _told("Hyderabad", 4)]
    assert event_place(reports)["location_text"] == "Sindh"
    # a statement's later place is where it was said ("Talking to media in Jehlum")
    reports = [_told("Sindh", 0, "ACCUSE"), _told("Karachi", 3, "ACCUSE")]
    assert event_place(reports)["location_text"] == "Sindh"
    # another article's report
    reports = [_told("Sindh", 0), _told("Karachi", 2, document="e")]
    assert event_place(reports)["location_text"] == "Sindh"
    # not inside the wide place by the gazetteer
    reports = [_told("Balochistan", 0), _told("Lahore", 2)]
    assert event_place(reports)["location_text"] == "Balochistan"
    # a country's lead sums up a campaign: a town told later is one of its strikes
    reports = [_told("Yemen", 0), _told("Aden", 3)]
    assert event_place(reports)["location_text"] == "Yemen"


# ------------------------------------------------------- an act reacted to


def _act(text: str, trigger: str, kind: str = "ASSAULT") -> EventMention:
    at = text.index(trigger)
    return EventMention(kind, None, (at, at + len(trigger)), 0, len(text), 0)


@pytest.mark.unit
def test_an_act_the_sentence_reacts_to_is_not_placed_by_the_dateline():
    text = "The IBA on Thursday announced a strike in response to airstrikes that killed civilians."
    assert _reacted_to(text, _act(text, "airstrikes"))
    text = (
        "He expressed grief over the loss of lives, including children, during the Indian attacks."
    )
    assert _reacted_to(text, _act(text, "attacks"))
    text = "Ambassador Baker strongly condemned the Jaafar Express attack."
    assert _reacted_to(text, _act(text, "attack"))


@pytest.mark.unit
def test_an_act_told_as_news_or_a_statement_keeps_the_datelines_place():
    text = "Police arrested two men for the attack on Saturday."
    assert not _reacted_to(text, _act(text, "arrested", "COERCE"))
    # the reaction after the act, or in an earlier sentence: the act is told for itself
    text = "Gunmen attacked a police post; the chief minister condemned it."
    assert not _reacted_to(text, _act(text, "attacked"))
    # a statement's place is not scored and its words are its own
    text = "The minister condemned India and demanded an inquiry."
    assert not _reacted_to(text, _act(text, "demanded", "REQUEST"))
