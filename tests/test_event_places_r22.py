"""Places of events, session 22 (issue 15 items 3 and 5): one incident's place, not
another's. The items of a list of places one trigger tells ("in separate incidents in
Quetta, Kharan and Surab") are one incident each and never join one event; a finer place of
the same sentence places the event; a line break writes no place inside another; a town's
police act in their own town. Unit tests read hand-built rows (no model)."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.event_places import _stated_within_by_regex, stated_within
from dossier.kb.event_reports import _another_item, _force_town_differs
from dossier.kb.fact_summary import event_place
from dossier.records import EventMention


def _event(sentence: int = 1, trigger: int = 94) -> EventMention:
    return EventMention("ASSAULT", None, (trigger, trigger + 9), 0, 200, sentence)


def _row(place: str | None, sentence: int = 1, trigger: int = 94) -> dict[str, Any]:
    return {"sentence": sentence, "trigger_start": trigger, "location_text": place}


@pytest.mark.unit
def test_another_place_of_the_same_trigger_is_another_incident():
    assert _another_item(_event(), "Surab", _row("Quetta"))
    assert _another_item(_event(), "Kharan", _row("Uthal"))


@pytest.mark.unit
def test_the_same_place_or_its_wider_scale_is_the_same_item():
    assert not _another_item(_event(), "Uthal", _row("Uthal"))
    assert not _another_item(_event(), "Uthal", _row("Uthal town"))
    # a district and its province: one place told at two scales
    assert not _another_item(_event(), "Quetta", _row("Balochistan"))


@pytest.mark.unit
def test_another_trigger_or_sentence_or_no_place_is_left_to_the_other_rules():
    assert not _another_item(_event(), "Surab", _row("Quetta", trigger=47))
    assert not _another_item(_event(), "Surab", _row("Quetta", sentence=2))
    assert not _another_item(_event(), "Surab", _row(None))
    assert not _another_item(_event(), None, _row("Quetta"))


@pytest.mark.unit
def test_seas_regions_countries_and_two_unknown_names_stay_one_campaign():
    # "attacks on shipping in the Red Sea and the Gulf": one campaign, told over two seas
    assert not _another_item(_event(), "Red Sea", _row("Gulf"))
    assert not _another_item(_event(), "Iraq", _row("Syria"))
    # neither name known: a site and the town it stands in, as often as two incidents
    assert not _another_item(_event(), "Zqxv Madrassah", _row("Qwzx Bazaar"))
    # one known town beside a name the gazetteer lacks: two places of a list
    assert _another_item(_event(), "Zqxv", _row("Quetta"))


def _report(place: str, sentence: int, via: str = "sentence", document: str = "d") -> dict:
    return {
        "document_id": document,
        "sentence": sentence,
        "location_text": place,
        "location_entity": None,
        "location_via": via,
    }


@pytest.mark.unit
def test_a_finer_place_of_the_same_sentence_places_the_event():
    # "killed one person and wounded three in an attack ... in Kabul ..., the second
    # explosion in Afghanistan this week": the killing parsed onto Afghanistan
    reports = [_report("Afghanistan", 1), _report("Kabul", 1)]
    assert event_place(reports)["location_text"] == "Kabul"


@pytest.mark.unit
def test_a_finer_place_elsewhere_or_outside_or_worse_placed_does_not():
    # another sentence: may be another incident merged in
    assert event_place([_report("Pakistan", 1), _report("Lahore", 4)])["location_text"] == (
        "Pakistan"
    )
    # not inside the wider place by the gazetteer
    assert event_place([_report("Afghanistan", 1), _report("Lahore", 1)])["location_text"] == (
        "Afghanistan"
    )
    # placed by an earlier sentence only: ranked below the sentence's own place
    reports = [_report("Afghanistan", 1), _report("Kabul", 1, via="earlier")]
    assert event_place(reports)["location_text"] == "Afghanistan"
    # the first place already a town: kept
    assert event_place([_report("Kabul", 1), _report("Kabul", 1)])["location_text"] == "Kabul"


@pytest.mark.unit
def test_a_line_break_writes_no_place_inside_another():
    # a heading's list of towns, then a paragraph opening "In Larkana, ...": no nesting
    text = "two outlets were attacked in Larkana and Karachi\n\nIn Larkana, police said"
    assert not stated_within(text, "Karachi", "Larkana")
    assert not _stated_within_by_regex(text, ["Karachi"], ["Larkana"])
    # within one line the article still nests them
    text = "an attack in the Tarsani area of Zehri; Khyber Pakhtunkhwa’s Swabi district"
    assert stated_within(text, "Tarsani", "Zehri")
    assert stated_within(text, "Swabi", "Khyber Pakhtunkhwa")
    assert _stated_within_by_regex(text, ["Tarsani"], ["Zehri"])


@pytest.mark.unit
def test_a_force_town_and_another_stated_town_are_two_incidents():
    # "The Larkana police ... arrested eight", then "In Karachi, the law enforcers detained"
    assert _force_town_differs(("Karachi", "sentence"), ("Larkana", "force"))
    assert _force_town_differs(("Larkana", "force"), ("Karachi", "sentence"))


@pytest.mark.unit
def test_two_forces_a_town_unknown_or_nested_tell_nothing_apart():
    # two police stations of one crackdown
    assert not _force_town_differs(("Karachi", "force"), ("Larkana", "force"))
    # a locality the gazetteer lacks may lie in the force's town
    assert not _force_town_differs(("Zqxv Colony", "sentence"), ("Larkana", "force"))
    # the same town, or its province
    assert not _force_town_differs(("Larkana", "sentence"), ("Larkana", "force"))
    assert not _force_town_differs(("Sindh", "sentence"), ("Larkana", "force"))
    # a place taken from an earlier sentence is not stated
    assert not _force_town_differs(("Karachi", "earlier"), ("Larkana", "force"))
