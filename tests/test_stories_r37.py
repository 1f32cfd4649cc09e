"""Session 37 of the stories join: the days a release names ("on May 17 & 18") date its
incident on their last day, so a paper's round-up of the release ("on Saturday and Sunday",
the Sunday) is compared on one day, where differing tolls (the round-up's total against one
release's) do not set the two apart."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.extract.timex import normalise
from dossier.kb.event_merge import EventReport, Incident, compatible, incident_day

pytestmark = pytest.mark.unit


def _row(start: str | None, end: str | None, precision: str | None, text: str | None) -> Any:
    return {"date_start": start, "date_end": end, "precision": precision, "date_text": text}


@pytest.mark.parametrize("text", ["May 17 and 18", "May 17 & 18", "on May 17 & 18.", "May 17-18"])
def test_two_days_joined_by_an_ampersand_are_a_range(text: str) -> None:
    found = normalise(text, "2025-05-19")
    assert found is not None
    assert (found.start.isoformat(), found.end.isoformat(), found.precision) == (
        "2025-05-17",
        "2025-05-18",
        "range",
    )


@pytest.mark.parametrize(
    ("row", "published", "day"),
    [
        # the days a release names, before its publication: their last day
        (_row("2025-05-17", "2025-05-18", "range", "May 17 and 18"), "2025-05-19", "2025-05-18"),
        # one day stays that day
        (_row("2025-05-18", "2025-05-18", "day", "Sunday"), "2025-05-19", "2025-05-18"),
        # the window of a sentence that names no day: the publication day, as before
        (_row("2025-05-18", "2025-05-19", "range", None), "2025-05-19", "2025-05-19"),
        (_row("2025-05-18", "2025-05-19", "range", ""), "2025-05-19", "2025-05-19"),
        # a range that reaches the publication day: the publication day
        (_row("2025-05-18", "2025-05-19", "range", "May 18 and 19"), "2025-05-19", "2025-05-19"),
        # a long range ("earlier this month") is no incident's day: the publication day
        (
            _row("2025-05-01", "2025-05-18", "range", "earlier this month"),
            "2025-05-19",
            "2025-05-19",
        ),
        # an undated article: its event's own range names no day to count back from
        (_row("2025-05-17", "2025-05-18", "range", "May 17 and 18"), None, None),
    ],
)
def test_incident_day(row: Any, published: str | None, day: str | None) -> None:
    assert incident_day(row, published) == day


def _incident(doc: str, row: Any, published: str, figures: tuple[str, ...]) -> Incident:
    report = EventReport(
        mention_id=hash(doc) % 1000,
        document_id=doc,
        type="ASSAULT",
        mode=None,
        modality="asserted",
        date_start=row["date_start"],
        date_end=row["date_end"],
        location=None,
        actors=frozenset(),
        targets=frozenset(),
    )
    day = incident_day(row, published)
    return Incident(doc, report, day, None, frozenset(), frozenset(figures))


def test_a_round_up_and_its_release_are_compared_on_one_day() -> None:
    # the agency's release: nine killed "on May 17 and 18", published on the 19th; the
    # paper's round-up of that release and another: twelve killed, "on Saturday and Sunday"
    release = _incident(
        "agency",
        _row("2025-05-17", "2025-05-18", "range", "May 17 and 18"),
        "2025-05-19",
        ("killed:9",),
    )
    round_up = _incident(
        "paper", _row("2025-05-18", "2025-05-18", "day", "Sunday"), "2025-05-19", ("killed:12",)
    )
    assert release.day == round_up.day == "2025-05-18"
    assert compatible(release, round_up, 1)
    # two days apart, the tolls still tell two operations apart
    later = _incident(
        "later", _row("2025-05-19", "2025-05-19", "day", "Monday"), "2025-05-20", ("killed:12",)
    )
    assert not compatible(release, later, 1)
