"""Round 22 of the stories join: an incident's places compared at one level (the release's
area and the paper's district are one place; a gulf named after a town is not the town)."""

from __future__ import annotations

import pytest

from dossier.kb.event_merge import Incident, compatible, same_incident
from dossier.kb.lead_incident import _within, one_level
from tests.incidents import incident

pytestmark = pytest.mark.unit


def _incident(
    doc: str,
    location: str | None,
    places: tuple[str, ...] = (),
    figures: tuple[str, ...] = ("killed:5",),
    day: str = "2025-01-17",
) -> Incident:
    return incident(doc, day, places=places, figures=figures, location=location)


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        ("khyber", "tirah khyber", True),  # the area told with its district
        ("dera", "dera ismail khan", True),  # a name the tagger cut short
        ("waziristan", "north waziristan", True),
        ("tirah khyber", "khyber", False),  # the finer name is not inside the broader
        ("khyber", "khyber", False),  # one name: nothing to level
        ("dera bugti", "dera ismail khan", False),  # two names sharing a word
        ("south waziristan", "north waziristan", False),
        ("aden", "gulf aden", False),  # a feature named after a town
        ("swat", "swat valley", False),
        ("ismail", "dera ismail khan", True),
    ],
)
def test_a_place_is_within_another_only_as_a_run_of_its_words(inner, outer, expected):
    assert _within(inner, outer) is expected


def test_the_release_area_and_the_paper_district_are_one_place():
    # APP: "general area Tirah Khyber District"; Dawn: "KP's Khyber district", one day
    agency = _incident("app", "tirah khyber", ("tirah khyber",))
    paper = _incident("dawn", "khyber")
    assert not compatible(agency, paper, 1)  # read apart as written
    level_a, level_b = one_level(agency, paper)
    assert level_a.location == level_b.location == "khyber"
    assert level_a.places == frozenset({"khyber"})
    assert compatible(level_a, level_b, 1)
    assert same_incident(level_a, level_b, 1, 1)
    # the rest of the incident is untouched
    assert level_a.figures == agency.figures and level_a.day == agency.day


def test_leveling_maps_one_name_to_one_key_on_both_sides():
    # one side names the town and the gulf, the other only the gulf: nothing nests
    a = _incident("a", "gulf aden", ("gulf aden",))
    b = _incident("b", "aden")
    assert one_level(a, b) == (a, b)
    # a third name that the other lead holds both ways round is leveled on both sides
    c = _incident("c", "dera ismail khan", ("dera ismail khan", "maddi"))
    d = _incident("d", "dera", ("dera",))
    level_c, level_d = one_level(c, d)
    assert level_c.places == frozenset({"dera", "maddi"})
    assert level_c.location == level_d.location == "dera"


def test_different_districts_stay_apart_after_leveling():
    # DI Khan's IBO and Swat's the next day, both "four killed": the look-alike pair
    a = _incident("a", "dera ismail khan", ("maddi",), ("killed:4",), "2025-04-17")
    b = _incident("b", "swat", (), ("killed:4",), "2025-04-18")
    level_a, level_b = one_level(a, b)
    assert (level_a, level_b) == (a, b)
    assert not compatible(level_a, level_b, 1)


def test_a_national_toll_update_is_one_incident_by_its_toll_alone():
    from dossier.kb.event_groups import _told_by_toll

    # "bringing the total number of martyrs to 13" / "... rises to 13": no town in either
    agency = _incident("app", None, (), ("count:13", "count:78"), "2025-05-14")
    paper = _incident("dawn", None, (), ("count:13",), "2025-05-14")
    assert _told_by_toll(agency, paper)
    # a day apart, a small toll, or a place in either lead: the telling test decides
    assert not _told_by_toll(agency, _incident("d2", None, (), ("count:13",), "2025-05-13"))
    assert not _told_by_toll(
        _incident("a", None, (), ("killed:3",)), _incident("b", None, (), ("killed:3",))
    )
    assert not _told_by_toll(agency, _incident("d3", "mastung", (), ("count:13",), "2025-05-14"))
    assert not _told_by_toll(agency, _incident("d4", None, (), ("count:12",), "2025-05-14"))
