"""One incident, one event (session 22): the parts of one armed raid told in one article --
the gunfire, the hostages, the fire -- are one incident, whatever mode each sentence's verb
gives; across articles, and between a blast and a shooting, modes still tell events apart."""

from __future__ import annotations

import pytest

from dossier.kb.event_merge import EventReport, same_event, same_incident_in_document
from dossier.kb.event_reports import _LATER, _RETELLS_WHERE, _other_mode

pytestmark = pytest.mark.unit


def _report(
    mid: int,
    mode: str | None,
    doc: str = "d1",
    location: str | None = "ent_albat",
    day: str | None = "2025-05-04",
    actors: frozenset[str] = frozenset(),
) -> EventReport:
    return EventReport(
        mention_id=mid,
        document_id=doc,
        type="ASSAULT",
        mode=mode,
        modality="asserted",
        date_start=day,
        date_end=day,
        location=location,
        actors=actors,
        targets=frozenset(),
    )


@pytest.mark.parametrize(
    ("lead", "part"),
    [
        # "attacked a construction site ... and kidnapped four labourers", then "A group of
        # armed men arrived at the site, opened fire on construction machinery"
        ("abduct", "firearms"),
        # "stormed the Levies Thana, took the personnel hostage ... and set the building on fire"
        ("arson", "abduct"),
        ("firearms", "arson"),
        # "blew up the house ..." then "the militants also set the cattle pen on fire"
        ("explosives", "arson"),
    ],
)
def test_the_parts_of_one_raid_are_one_incident_in_an_article(lead: str, part: str) -> None:
    assert same_incident_in_document(_report(1, lead), _report(2, part))
    assert same_incident_in_document(_report(2, part), _report(1, lead))


@pytest.mark.parametrize(("lead", "part"), [("abduct", "firearms"), ("explosives", "arson")])
def test_across_articles_the_modes_still_differ(lead: str, part: str) -> None:
    police = frozenset({"ent_police"})
    assert not same_event(
        _report(1, lead, doc="a", actors=police), _report(2, part, doc="b", actors=police)
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("explosives", "firearms"),  # "killed in firing and landmine blast": two acts
        ("abduct", "explosives"),
        ("aerial", "heavy-weapons"),  # an air strike and shelling the same day
    ],
)
def test_a_blast_and_a_shooting_stay_two(one: str, other: str) -> None:
    assert not same_incident_in_document(_report(1, one), _report(2, other))


def test_a_raid_elsewhere_or_another_day_stays_apart() -> None:
    lead = _report(1, "abduct")
    assert not same_incident_in_document(lead, _report(2, "firearms", location="ent_mongochar"))
    assert not same_incident_in_document(lead, _report(3, "arson", day="2025-05-01"))


def test_a_later_act_of_another_mode_is_told_apart() -> None:
    kidnapped, shot = _report(1, "abduct"), _report(2, "firearms")
    assert _LATER.search("They said that all the victims were later found shot dead.")
    assert not _LATER.search("The attackers took four labourers hostage at gunpoint.")
    assert not _LATER.search("Collateral damage was reported.")  # a word, not a part of one
    assert _other_mode(shot, kidnapped)
    assert not _other_mode(shot, _report(3, "firearms"))
    assert not _other_mode(shot, _report(4, None))  # no mode: nothing tells them apart


@pytest.mark.parametrize(
    ("sentence", "retells"),
    [
        ("the incident occurred in the Najigram area of Barikot tehsil, Swat, where", True),
        ("the incident took place in the Dazha Ghundai area on the outskirts of Wana", True),
        ("Residents said the gruesome incident occurred in the Mena area", True),
        ("The second blast took place near the basic health unit", False),  # another blast
        ("In another incident, an attack occurred in Kohlu", False),
        ("the other attack took place in Sibi", False),
        ("the incident occurred on Sunday", False),  # a day, not the place it gives
    ],
)
def test_a_sentence_that_retells_the_incident_and_its_place(sentence: str, retells: bool) -> None:
    assert bool(_RETELLS_WHERE.search(sentence)) is retells
