"""Session 32 (issue 16, stories): the age a lead gives the person an incident happened to,
as evidence of one incident where no place or toll is read; and an undated lead's place told
by the other lead's words, no place against.

:func:`dossier.kb.lead_ages.lead_ages` reads "a 59-year-old woman", "Raj Chohan, 59," and "a man
aged 32" from a headline and a lead; the event-group join takes one age in common in place of
the specific place or toll (dated reports: the places must still not differ; undated reports
of one incident -- a killing and the driver's arrest -- whatever places each lead names,
:func:`dossier.kb.undated_reports.aged_alike`), and never as evidence alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dossier.kb.event_merge import compatible, place_told_across, row_values
from dossier.kb.lead_ages import age_in_common, lead_ages
from dossier.kb.undated_reports import (
    aged_alike,
    compatible_across,
    dated_told_alike,
    facts_apart,
    place_words,
)
from dossier.store import open_store
from tests.test_undated_reports import _capture


def _aged(*args: Any, ages: set[str]) -> Any:
    return replace(_capture(*args), ages=frozenset(ages))


@pytest.mark.unit
@pytest.mark.parametrize(
    ("title", "lead", "ages"),
    [
        ("Queens hit and run leaves woman dead", "A 59-year-old woman was killed.", {"59"}),
        (None, "A 59 - year - old mother of two died when a driver struck her.", {"59"}),
        (None, "Raj Chohan, 59, had just parked her car when she was hit.", {"59"}),
        (None, "The man, aged 32, fell about 600m while climbing.", {"32"}),
        ("Grandmother, 66, killed", "Vishwanand Subryan, 23, was charged.", {"23", "66"}),
        # a building's age, a count set off by commas, a year: no person's age
        (None, "The 150-year-old church was damaged.", set()),
        (None, "In 2009, 13 soldiers were martyred.", set()),
        (None, "Security forces killed 10 terrorists in North Waziristan.", set()),
    ],
)
def test_the_ages_a_lead_gives_persons(title: str | None, lead: str, ages: set[str]) -> None:
    assert lead_ages(title, lead) == frozenset(ages)


@pytest.mark.unit
def test_an_age_in_common_is_the_same_number_in_both_leads() -> None:
    assert age_in_common(frozenset({"59", "23"}), frozenset({"59"}))
    assert not age_in_common(frozenset({"59"}), frozenset({"66"}))
    assert not age_in_common(frozenset(), frozenset())


@pytest.mark.unit
def test_undated_reports_of_one_person_aged_alike_are_one_incident_whatever_their_places() -> None:
    # the neighbourhood and the borough; the killing and the driver's arrest for it
    killing = _aged("ASSAULT", None, {"richmond hill"}, set(), ages={"59", "23"})
    arrest = _aged("COERCE", "arrest", {"queens"}, set(), ages={"59"})
    told = _aged("ASSAULT", None, {"queens"}, set(), ages={"59"})
    assert aged_alike(killing, told) and aged_alike(told, killing)
    assert aged_alike(killing, arrest) and aged_alike(arrest, killing)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        # ages apart: two people's news
        (
            ("ASSAULT", None, set(), set(), None, {"59"}),
            ("ASSAULT", None, set(), set(), None, {"66"}),
        ),
        # no age on one side: the places and the other joins decide
        (
            ("ASSAULT", None, set(), set(), None, {"59"}),
            ("ASSAULT", None, set(), set(), None, set()),
        ),
        # tolls with no number in common: two incidents
        (
            ("ASSAULT", None, set(), {"killed:1"}, None, {"59"}),
            ("ASSAULT", None, set(), {"killed:3"}, None, {"59"}),
        ),
        # not types of one incident (a nomination and an attack)
        (
            ("REQUEST", None, set(), set(), None, {"39"}),
            ("ASSAULT", None, set(), set(), None, {"39"}),
        ),
        # a dated and an undated report: dated_told_alike's to decide
        (
            ("ASSAULT", None, set(), set(), "2013-09-14", {"59"}),
            ("ASSAULT", None, set(), set(), None, {"59"}),
        ),
        # two dated reports keep their places (two towns' incidents of one day)
        (
            ("ASSAULT", None, {"kasur"}, set(), "2025-01-10", {"7"}),
            ("ASSAULT", None, {"karachi"}, set(), "2025-01-10", {"7"}),
        ),
    ],
)
def test_aged_alike_stays_apart_where_anything_else_differs(
    a: tuple[Any, ...], b: tuple[Any, ...]
) -> None:
    x, y = _aged(*a[:5], ages=a[5]), _aged(*b[:5], ages=b[5])
    assert not aged_alike(x, y) and not aged_alike(y, x)


@pytest.mark.unit
def test_the_ages_are_kept_with_each_group_row(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "ages.db"))
    try:
        for document_id, ages in (("a", "23;59"), ("b", None)):
            store.set_document_group(
                {"document_id": document_id, "event_group": document_id, "ages": ages}
            )
        rows = store.document_groups(["a", "b"])
    finally:
        store.close()
    assert row_values(rows["a"], "ages") == {"23", "59"}
    assert row_values(rows["b"], "ages") == frozenset()  # a row stored before: no age


def _told(places: set[str], words: str, day: str | None = None, location: str | None = None) -> Any:
    incident = _capture("ASSAULT", None, places, set(), day)
    row = {"places": ";".join(sorted(places)), "location": location}
    return replace(incident, told=frozenset(words.split()), place_words=place_words(row))


@pytest.mark.unit
def test_a_place_told_by_the_other_leads_words_is_no_place_against() -> None:
    # "Queens" untagged in one lead but in its headline; the neighbourhood in the other
    borough = _told({"queens"}, "woman killed queens hit run crash driver charged")
    neighbourhood = _told({"richmond hill"}, "grandmother killed drunk driver richmond hill queens")
    assert place_told_across(borough, neighbourhood) and place_told_across(neighbourhood, borough)
    assert compatible(borough, neighbourhood, 0, undated=True)
    # a place only its kind ("Sam's Club" read as "club") tells nothing of where
    store = _told({"club"}, "man charged murder death bloomington store club")
    town = _told({"bloomington"}, "woman struck killed bloomington club")
    assert place_words({"places": "club"}) == frozenset()
    assert place_told_across(store, town)  # the town is in the store report's words


@pytest.mark.unit
def test_places_not_told_by_the_other_still_set_undated_reports_apart() -> None:
    vancouver = _told({"vancouver"}, "man charged killing office party vancouver")
    detroit = _told({"detroit"}, "gunman kills one office detroit")
    assert not place_told_across(vancouver, detroit)
    assert not compatible(vancouver, detroit, 0, undated=True)
    assert facts_apart(
        {"places": "vancouver", "telling": "man charged killing office party vancouver"},
        {"places": "detroit", "telling": "gunman kills one office detroit"},
    )


@pytest.mark.unit
def test_dated_reports_keep_their_places_as_read() -> None:
    a = _told({"kasur"}, "girl killed kasur lahore", "2025-01-10")
    b = _told({"lahore"}, "boy killed lahore", "2025-01-10")
    assert not place_told_across(a, b)
    assert not compatible(a, b, 1)
    assert facts_apart(
        {"places": "kasur", "telling": "girl killed kasur lahore", "published": "2025-01-10"},
        {"places": "lahore", "telling": "boy killed lahore", "published": "2025-01-10"},
    )
    # undated rows whose places one telling names are not apart by the places
    assert not facts_apart(
        {"places": "kasur", "telling": "girl killed kasur lahore"},
        {"places": "lahore", "telling": "boy killed lahore"},
    )


@pytest.mark.unit
def test_a_dated_and_an_undated_report_of_a_place_told_in_the_others_words() -> None:
    # the dated report's lead names only the victim, read as a place; its headline names
    # Queens, the undated report's place
    dated = _told({"chohan"}, "queens grandmother killed drunk driver", "2013-09-13")
    undated = _told({"queens"}, "woman killed queens drunk driver charged")
    words = frozenset("queens grandmother killed drunk driver".split())
    other = frozenset("woman killed queens drunk driver charged".split())
    assert place_told_across(dated, undated)
    assert compatible_across(dated, undated)
    assert dated_told_alike(dated, undated, words, other)
    # told in other words: the place alone is no evidence
    assert not dated_told_alike(dated, undated, words, frozenset("vehicle struck queens".split()))
