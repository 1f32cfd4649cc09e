"""Places of events, session 19 (issue 15, item 3: place = the most specific place): an
event's reports told in one sentence at two scales ("an attack … in Kabul …, the second
explosion in Afghanistan") give the event the narrower place, whichever report is read
first; a worse-placed report (the dateline's) still never beats a stated one."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.fact_summary import event_place, stored_scale


def _report(
    text: str, admin1: str | None, country: str | None, via: str = "sentence"
) -> dict[str, Any]:
    return {
        "location_text": text,
        "location_entity": None,
        "location_admin1": admin1,
        "location_country": country,
        "location_via": via,
    }


@pytest.mark.unit
def test_stored_scale_reads_country_region_and_town_from_the_report():
    assert stored_scale(_report("Afghanistan", None, "Afghanistan")) == 2
    assert stored_scale(_report("the Gaza Strip", None, "Gaza Strip")) == 2
    assert stored_scale(_report("Balochistan", "Balochistan", "Pakistan")) == 1
    assert stored_scale(_report("Turbat", "Balochistan", "Pakistan")) == 0
    assert stored_scale(_report("Dosalli", None, None)) == 0  # a name the gazetteer lacks


@pytest.mark.unit
def test_the_narrower_place_of_equally_placed_reports_is_the_events():
    wide = _report("Afghanistan", None, "Afghanistan")
    narrow = _report("Kabul", "Kabul", "Afghanistan")
    town = _report("Turbat", "Balochistan", "Pakistan")
    assert event_place([wide, narrow]) is narrow
    assert event_place([narrow, wide]) is narrow
    assert event_place([_report("Balochistan", "Balochistan", "Pakistan"), town]) is town
    # among equals the first told still wins
    other = _report("Panjgur", "Balochistan", "Pakistan")
    assert event_place([town, other]) is town
    # a stated country still beats the dateline's town
    dateline = _report("QUETTA", "Balochistan", "Pakistan", via="dateline")
    assert event_place([dateline, wide]) is wide
