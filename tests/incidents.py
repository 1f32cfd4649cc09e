"""Hand-built incidents for the same-incident tests (``dossier.kb.event_merge``).

Why a module of its own: the stories tests (event groups, the join's place levels, dated
types) each built the same ``EventReport`` + ``Incident`` pair by hand; one builder keeps them
alike, and it imports only ``event_merge``, so ``unit`` tests can use it without the store."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.kb.event_merge import EventReport, Incident


def incident(
    doc: str,
    day: str = "2025-04-02",
    type: str = "ASSAULT",
    places: Iterable[str] = (),
    figures: Iterable[str] = (),
    actors: Iterable[str] = (),
    targets: Iterable[str] = (),
    location: str | None = None,
    mode: str | None = None,
) -> Incident:
    """One report's incident: ``doc``'s lead event of ``type`` on ``day`` with these keys."""
    report = EventReport(
        mention_id=hash(doc) % 1000,
        document_id=doc,
        type=type,
        mode=mode,
        modality="asserted",
        date_start=None,
        date_end=None,
        location=None,
        actors=frozenset(actors),
        targets=frozenset(targets),
    )
    return Incident(doc, report, day, location, frozenset(places), frozenset(figures))
