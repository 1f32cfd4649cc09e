"""Cross-document event merging: one event, several reports.

The same arrest or strike is reported by many outlets, and by one outlet
several times. Reports are one event when they have the same PLOVER type,
compatible modes, dates that overlap (or no date on one side), a compatible
place, and at least one participant in common (actors and targets compared as
resolved entities, so "IRGC" and "Islamic Revolutionary Guard Corps" meet).
Without a shared participant two undated "attacks" are never merged: that is
how distinct events get fused, the error an analyst cannot see.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class EventReport:
    """One stored event mention, its arguments resolved to entity ids."""

    mention_id: int
    document_id: str
    type: str
    mode: str | None
    modality: str
    date_start: str | None
    date_end: str | None
    location: str | None
    actors: frozenset[str]
    targets: frozenset[str]

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.targets


def _day(value: str) -> date:
    return date.fromisoformat(value)


def dates_compatible(a: EventReport, b: EventReport) -> bool:
    """Overlapping date ranges; an undated report fits any date."""
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return True
    return _day(a.date_start) <= _day(b.date_end) and _day(b.date_start) <= _day(a.date_end)


def same_event(a: EventReport, b: EventReport) -> bool:
    """Whether two reports describe one event (see the module docstring)."""
    return _alike(a, b) and bool(a.participants & b.participants) and not reversed_roles(a, b)


def _alike(a: EventReport, b: EventReport) -> bool:
    """Same type and mode, and place and dates that do not differ (either may be
    unknown): what any two reports of one event share."""
    if a.type != b.type:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.location and b.location and a.location != b.location:
        return False
    return dates_compatible(a, b)


def reversed_roles(a: EventReport, b: EventReport) -> bool:
    """Whether one report's actor is the other's target: who arrested whom matters, and
    two reports that disagree on it are two events (or a dispute), never one."""
    return bool(a.actors & b.targets or a.targets & b.actors)


def same_incident_in_document(a: EventReport, b: EventReport) -> bool:
    """Two reports of one article that tell the same incident again ("Security forces
    killed 10 terrorists ..." then "troops engaged the terrorists ... 10 were sent to hell").

    An article tells each of its incidents with the same type; a second incident of that type
    in the same article has its own place or its own date ("In another encounter in Lakki
    Marwat", "Last week"), so reports merge when type and mode agree, places agree (or one has
    none), dates overlap (or one has none), modality is not asserted against denied, and no
    role is reversed. Participants need not be shared: the second telling often names them
    differently ("khwarij" for "terrorists").
    """
    if a.document_id != b.document_id or not _alike(a, b):
        return False
    if "negated" in (a.modality, b.modality) and a.modality != b.modality:
        return False
    return not reversed_roles(a, b)


def event_id_for(document_id: str, trigger_start: int) -> str:
    """Stable id: named after the first report's document and trigger position."""
    digest = hashlib.sha256(f"{document_id}:{trigger_start}".encode()).hexdigest()[:12]
    return "evt_" + digest
