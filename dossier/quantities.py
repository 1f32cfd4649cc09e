"""Numeric claims: quantities with ranges, hedges and what is counted."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.records import ClaimMention, Mention


def extract_quantities(
    doc: Doc, mentions: list[Mention], sentence_at: dict[int, int]
) -> list[ClaimMention]:
    """Numeric claims of ``doc`` (kind ``quantity``)."""
    return []
