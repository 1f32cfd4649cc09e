"""Extract PLOVER-coded events with actors, targets, place, time and modality."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.records import EventMention, Mention, TimeExpr


def extract_events(
    doc: Doc, mentions: list[Mention], times: list[TimeExpr], sentence_at: dict[int, int]
) -> list[EventMention]:
    """Event mentions of ``doc`` (one per reported event per sentence)."""
    return []
