"""Direct quotes and paraphrases with their speakers."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.records import ClaimMention, Mention


def extract_quotes(
    doc: Doc, mentions: list[Mention], sentence_at: dict[int, int]
) -> list[ClaimMention]:
    """Quotes and paraphrases of ``doc``, each attributed to a speaker where stated."""
    return []
