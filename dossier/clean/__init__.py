"""Clean stage: raw articles in, cleaned ``Document`` records out.

Plain text and HTML take different routes (:mod:`.text`, :mod:`.html`) but
leave as the same record: main text, what was removed and why, and the
metadata found on the way. A file holding several articles yields several
documents with the same ``source``.
"""

from __future__ import annotations

import hashlib

from dossier.clean.dateline import wire_date
from dossier.clean.html import clean_html
from dossier.clean.published import to_iso
from dossier.clean.text import Part, clean_plain_text
from dossier.records import Document, IngestError, RawArticle


def document_id(text: str) -> str:
    """Stable id from the cleaned content (whitespace-insensitive)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _parts(raw: RawArticle) -> list[Part]:
    if raw.kind == "html":
        return [clean_html(raw.content, raw.url)]
    return clean_plain_text(raw.content, title=raw.title)


def clean(raw: RawArticle) -> list[Document] | IngestError:
    """Cleaned documents of one raw article, or an error when nothing is left."""
    documents = []
    for segment, part in enumerate(p for p in _parts(raw) if p.text.strip()):
        documents.append(
            Document(
                id=document_id(part.text),
                source=raw.source,
                raw_hash=raw.raw_hash,
                text=part.text,
                title=raw.title or part.title,
                # a year-less wire dateline read against the day the copy was saved
                published=to_iso(raw.published)
                or part.published
                or wire_date(part.text, raw.saved),
                author=part.author,
                outlet=part.outlet,
                dateline=part.dateline,
                url=raw.url,
                removed=part.removed,
                segment=segment,
            )
        )
    if not documents:
        return IngestError(raw.source, "no article text left after cleaning")
    return documents
