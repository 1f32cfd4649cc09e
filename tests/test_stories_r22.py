"""Issue 16, round 22: a reaction's toll is a count of the incident it names.

A reaction (a minister's condolences, a paper's "condemnations pour in") is a statement of its
own, kept out of the incident's event group by the reactions rule, yet the toll it repeats is
that incident's: a place-less count of the same subject, measure and day in another report of
the storyline is disputed with it when both documents' main incident is one storyline's
incident of one type on that day (:func:`dossier.kb.claims.storyline_incident`).
"""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.claims import (
    ClaimView,
    contradiction,
    corroboration,
    identity_key,
    storyline_incident,
    unplaced_same_incident,
)
from dossier.query import reads

pytestmark = pytest.mark.unit

DAY = "2025-05-21"


def _count(
    id: str,
    n: float,
    story: str,
    places: tuple[str, ...] = (),
    storylines: tuple[str, ...] = (f"thread-1|ASSAULT|{DAY}",),
    published: tuple[str, ...] = (DAY,),
    day: str = DAY,
    unit: str = "children",
) -> ClaimView:
    """An incident count; each story its own event group (a reaction never shares the
    incident's group)."""
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject="balochistan",
        text=f"{id} said {n:g} {unit} were killed",
        min=n,
        max=n,
        unit=unit,
        stories=frozenset([story]),
        key=identity_key(unit, "point", day),
        places=frozenset(places),
        groups=frozenset([f"group-{story}"]),
        published=frozenset(published),
        outlets=frozenset([f"outlet-{story}"]),
        storylines=frozenset(storylines),
    )


def test_storyline_incident_drops_the_reaction_prefix():
    report = {"thread": "t", "event_group": "g1", "type": "ASSAULT", "day": DAY}
    reaction = {"thread": "t", "event_group": "g2", "type": "reaction:ASSAULT", "day": DAY}
    assert storyline_incident(report) == storyline_incident(reaction) == f"t|ASSAULT|{DAY}"


def test_storyline_incident_needs_a_type_and_a_day():
    assert storyline_incident(None) is None
    assert storyline_incident({"thread": "t", "type": None, "day": DAY}) is None
    assert storyline_incident({"thread": "t", "type": "ASSAULT", "day": None}) is None
    # a row with no thread yet is its own storyline (its event group)
    row = {"thread": None, "event_group": "g", "type": "COERCE", "day": DAY}
    assert storyline_incident(row) == f"g|COERCE|{DAY}"


def test_reactions_placed_toll_disputes_the_unplaced_count_of_its_storyline():
    reaction = _count("dar", 3, "s1", places=("khuzdar",))
    report = _count("dawn", 4, "s2")
    assert unplaced_same_incident(reaction, report)
    found = contradiction(reaction, report)
    assert found is not None
    reason, confidence = found
    assert "3 vs 4" in reason and 0 < confidence <= 1


def test_another_incident_type_of_the_thread_is_no_tie():
    # one storyline, two incidents of the day: a protest's casualties and the arrests
    protest = _count("a", 13, "s1", storylines=(f"thread-1|PROTEST|{DAY}",), unit="other")
    arrests = _count(
        "b", 4, "s2", places=("karachi",), storylines=(f"thread-1|COERCE|{DAY}",), unit="other"
    )
    assert not unplaced_same_incident(protest, arrests)
    assert contradiction(protest, arrests) is None


def test_the_storylines_incident_must_be_of_the_figures_day():
    # the storyline's incident was the day before; the figures hold for today
    before = "thread-1|ASSAULT|2025-05-20"
    a = _count("a", 3, "s1", places=("khuzdar",), storylines=(before,))
    b = _count("b", 4, "s2", storylines=(before,))
    assert contradiction(a, b) is None


def test_other_threads_and_later_days_are_no_tie():
    a = _count("a", 3, "s1", places=("khuzdar",))
    other_thread = _count("b", 4, "s2", storylines=(f"thread-2|ASSAULT|{DAY}",))
    assert contradiction(a, other_thread) is None
    # a count published the next day is an update at a later cut-off
    later = _count("c", 4, "s3", published=("2025-05-22",))
    assert contradiction(a, later) is None


def test_two_placed_counts_still_need_a_shared_place():
    a = _count("a", 3, "s1", places=("khuzdar",))
    b = _count("b", 4, "s2", places=("quetta",))
    assert not unplaced_same_incident(a, b)
    assert contradiction(a, b) is None


def test_a_storyline_tie_corroborates_nothing_new():
    # agreeing counts from a reaction and a report: the tie is for disputes only
    a = _count("a", 3, "s1", places=("khuzdar",))
    b = _count("b", 3, "s2")
    assert not corroboration(a, b)


class _Groups:
    """A store that knows only ``document_groups`` rows."""

    def __init__(self, rows: dict[str, dict[str, Any]]) -> None:
        self.rows = rows
        self.asked: list[list[str]] = []

    def document_groups(self, document_ids: list[str]) -> dict[str, dict[str, Any]]:
        self.asked.append(list(document_ids))
        return {d: self.rows[d] for d in document_ids if d in self.rows}


def test_claims_take_the_storylines_of_their_documents_in_one_lookup():
    store = _Groups(
        {
            "d1": {"thread": "t", "event_group": "g1", "type": "reaction:ASSAULT", "day": DAY},
            "d2": {"thread": "t", "event_group": "g2", "type": None, "day": None},
        }
    )
    claims = [
        {"evidence": [{"document_id": "d1"}, {"document_id": "d2"}]},
        {"evidence": [{"document_id": "d3"}]},
    ]
    reads._with_storylines(store, claims)  # type: ignore[arg-type]
    assert store.asked == [["d1", "d2", "d3"]]
    assert claims[0]["storylines"] == [f"t|ASSAULT|{DAY}"]
    assert claims[1]["storylines"] == []
