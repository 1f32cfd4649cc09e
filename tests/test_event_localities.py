"""Two incidents of one article at two named localities stay two events: the place a report
names by name ("in the Eidak area") tells it apart even when the gazetteer lacks it."""

from __future__ import annotations

import pytest

from dossier.kb.event_merge import EventReport, places_differ, same_incident_in_document
from dossier.kb.facts import _own_place, _placed_at

pytestmark = pytest.mark.unit


def _report(mid: int, place: str | None = None, location: str | None = None) -> EventReport:
    return EventReport(
        mention_id=mid,
        document_id="d1",
        type="ASSAULT",
        mode=None,
        modality="asserted",
        date_start=None,
        date_end=None,
        location=location,
        actors=frozenset(),
        targets=frozenset(),
        place=place,
    )


def test_two_named_localities_are_two_incidents():
    clashes = _report(1, place="miramshah", location="ent-miramshah")
    convoy = _report(2, place="eidak")  # untagged locality: no entity of its own
    assert places_differ(clashes, convoy)
    assert not same_incident_in_document(convoy, clashes)


def test_a_locality_stored_under_its_district_is_that_district_told_finer():
    # "the Zehri area of Khuzdar district" is stored under Khuzdar, as "in Khuzdar" is
    zehri = _report(1, place="zehri", location="ent-khuzdar")
    khuzdar = _report(2, place="khuzdar", location="ent-khuzdar")
    assert not places_differ(zehri, khuzdar)
    assert same_incident_in_document(khuzdar, zehri)


def test_a_retelling_without_a_place_of_its_own_joins():
    assert same_incident_in_document(_report(2), _report(1, place="eidak"))


@pytest.mark.parametrize(
    ("place", "sentence", "expected"),
    [
        ("Eidak", "rammed a car into their convoy in the Eidak area.", "eidak"),
        ("Datta Khel", "an operation in the general area of Datta Khel of X.", "datta khel"),
        # where the wounded were taken, not where the attack was
        ("Bannu", "were referred to the Combined Military Hospital Bannu.", None),
        # where a man lives, not where he was arrested
        ("Sambrial", "Sarfraz Ahmad of Sambrial was arrested.", None),
        # a province or country: a retelling may name it for the same incident
        ("Pakistan", "four soldiers were martyred in Pakistan.", None),
        # the dateline's place, which a report with no place of its own takes
        ("Quetta", "QUETTA: a man was shot at home in Quetta.", None),
    ],
)
def test_own_place_is_a_specific_place_the_act_happened_in(place, sentence, expected):
    assert _own_place(place, sentence, "Quetta") == expected


@pytest.mark.parametrize(
    ("narrow", "wide", "expected"),
    [
        ("Tarsani", "Zehri", True),  # "the Tarsani area of Zehri"
        ("New Bahman", "Turbat", True),  # "New Bahman area of Turbat"
        ("Miran Naka", "Lyari", True),  # "Lyari's Miran Naka"
        ("Kot Mubarak", "Dera Ghazi Khan", True),  # "near Kot Mubarak in Dera Ghazi Khan"
        ("Zehri", "Tarsani", False),  # the other way round is not what the text says
        ("Quetta", "Turbat", False),  # "in Quetta, Turbat and Lyari": a list, not nesting
        ("Turbat", "Lyari", False),
        ("Zehri", "Zehri", False),  # the same place needs no nesting
        ("Zehri", None, False),
        ("India", "Pakistan", False),  # "strikes by India in Pakistan": countries are not nested
        # a place told "Sindh's Sanghar" once, "Sanghar" bare where the village is named
        ("Jhol", "Sindh's Sanghar", True),  # "the village of Jhol in Sanghar"
        ("Jhol", "Sindh's Turbat", False),
    ],
)
def test_a_place_the_article_writes_inside_another(narrow, wide, expected):
    from dossier.kb.facts import stated_within

    text = (
        "Gunmen attacked a school in the Tarsani area of Zehri. Another blast hit the New "
        "Bahman area of Turbat, and police raided Lyari's Miran Naka. A convoy was ambushed "
        "near Kot Mubarak in Dera Ghazi Khan. Protests were held in Quetta, Turbat and Lyari. "
        "Strikes by India in Pakistan followed. A man was shot in the village of Jhol in "
        "Sanghar."
    )
    assert stated_within(text, narrow, wide) is expected


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Gunmen attacked a checkpost IN EIDAK on Monday.", "Eidak", True),  # any case
        # the first "Bannu" is where the wounded went; the second, after "near", is the act's
        ("Shifted to Bannu hospital after the attack near the town of Bannu.", "Bannu", True),
        ("Shifted to Bannu hospital after the attack.", "Bannu", False),
        ("A man of Sambrial was shot.", "Sambrial", False),
    ],
)
def test_placed_at_reads_every_occurrence_of_the_name(sentence, name, expected):
    assert _placed_at(sentence, name) is expected
