"""The cheap, pure stages of one input: read it, clean each article.

Kept apart from :mod:`dossier.pipeline.run` so that a worker doing only this
(a Ray read task) does not import spaCy. Nothing here touches the store;
every problem becomes an ``IngestError`` naming the input and the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from dossier.clean import clean
from dossier.config import Settings
from dossier.ingest.files import InputFile, read_file
from dossier.records import Document, IngestError, RawArticle


def read_articles(item: InputFile, settings: Settings) -> Iterator[RawArticle | IngestError]:
    """The raw articles of one file; even an unforeseen failure only fails this file.

    Each carries the clock its year-less wire dateline is read against
    (``settings.wire_clock``): the day the file was saved, none, or the day given."""
    clock = wire_clock(settings.wire_clock)
    try:
        for raw in read_file(item, settings.max_file_bytes, settings.max_line_bytes):
            if clock != "saved" and isinstance(raw, RawArticle):
                raw = replace(raw, saved=clock)
            yield raw
    except Exception as exc:
        yield IngestError(item.source, f"unexpected error while reading: {exc!r}")


def wire_clock(setting: str) -> str | None:
    """``"saved"`` (each file's own day), None (``"off"``) or the ISO day the setting
    pins. A file's modification day moves when the file is copied: a copy saved two to
    four years later reads no year, one saved six or seven years later reads a wrong one
    on most wire pages (README "Dates"); a pinned day reads the same on every machine."""
    value = setting.strip().lower()
    if value in ("", "saved"):
        return "saved"
    if value in ("off", "none", "no"):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError as exc:
        raise ValueError(f"wire_clock: not 'saved', 'off' or an ISO day: {setting!r}") from exc


def clean_article(raw: RawArticle, settings: Settings) -> list[Document] | IngestError:
    """Cleaned documents of one article, or why not.

    An article longer than the NLP stage takes is refused here, naming its
    source: spaCy would otherwise raise mid-batch and stop the whole run.
    """
    try:
        documents = clean(raw)
    except Exception as exc:
        return IngestError(raw.source, f"cleaning failed: {exc!r}")
    if isinstance(documents, IngestError):
        return documents
    for document in documents:
        if len(document.text) > settings.max_document_chars:
            return IngestError(
                raw.source,
                f"article text is {len(document.text):,} characters, over the "
                f"{settings.max_document_chars:,}-character limit of the NLP stage",
            )
    return documents


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A raw article with its clean result already computed (by a Ray worker).

    ``raw.content`` may be dropped by then: the driver only needs its source
    and hash.
    """

    raw: RawArticle
    result: list[Document] | IngestError


def read_and_clean(item: InputFile, settings: Settings) -> list[Cleaned | IngestError]:
    """Read one file and clean each article: the cheap, pure stages of one input."""
    out: list[Cleaned | IngestError] = []
    for raw in read_articles(item, settings):
        if isinstance(raw, IngestError):
            out.append(raw)
        else:
            out.append(Cleaned(replace(raw, content=""), clean_article(raw, settings)))
    return out
