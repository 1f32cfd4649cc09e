"""Typed records that flow between pipeline stages.

Data flows one way: ``RawArticle`` (ingest) -> ``Document`` (clean) ->
``Story`` (dedup) -> ``AnalyzedDocument`` (nlp) -> entities (resolve) -> store.
Every extracted fact keeps character offsets into ``Document.text`` so that it
can always be traced back to the sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.geo import Place

#: the spaCy labels of a mention that names a place (the event extractor's, the event
#: store's and the figures' one test of "is this mention a place")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from disk, before any cleaning.

    ``source`` is the path relative to the ingested root (or a URL);
    ``raw_hash`` identifies the exact bytes it came from, so that re-ingesting
    an unchanged file is a no-op and a changed file is recognised as a new
    version.
    """

    source: str
    content: str
    kind: str  # "text" | "html"
    raw_hash: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    line: int | None = None  # line number inside a JSONL file
    #: the day (ISO) the file was last written: a wire copy's year-less dateline ("ISLAMABAD,
    #: Apr 25 (APP):") lies on or before it, the clock a year is read against
    saved: str | None = None


@dataclass(frozen=True, slots=True)
class IngestError:
    """A file (or JSONL line) that could not be read, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of text cleaning took out, and the reason (``kind``)."""

    kind: str
    text: str


@dataclass(slots=True)
class Document:
    """One cleaned article. ``text`` is what every offset points into."""

    id: str
    source: str
    raw_hash: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    author: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)
    segment: int = 0  # index of this article inside its source file
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """Documents that are editions, re-prints or copies of one story."""

    id: str
    document_ids: tuple[str, ...]
    representative: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention: exact offsets into its document's text.

    ``key`` is the normalised name used to group mentions into entities.
    """

    start: int
    end: int
    text: str
    label: str
    key: str
    sentence: int  # index into AnalyzedDocument.sentences
    #: how the mention was found: "ner", "surname" (a person's surname resolved
    #: to the full name in the same document) or "description" ("the group")
    via: str = "ner"


#: a character span ``(start, end)`` into ``Document.text``
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A date expression, normalised against the document's publication date.

    ``value_start``/``value_end`` are ISO dates (inclusive range); both are None
    when the expression cannot be resolved (a relative date in an undated
    document). ``precision`` is day, week, month, season, year or range.
    """

    start: int
    end: int
    text: str
    value_start: str | None
    value_end: str | None
    precision: str | None
    sentence: int


#: how an event is reported, the one list of them: what the extractor assigns
#: (``extract.events`` modality cues), the store keeps, and the CLI, API and UI filter by
MODALITIES: tuple[str, ...] = ("asserted", "alleged", "planned", "negated", "hypothetical")


@dataclass(frozen=True, slots=True)
class EventMention:
    """One report of an event in one sentence, with its arguments as spans.

    Arguments are character spans of the noun phrases that fill them; the
    resolve stage maps them to entities through the mentions they overlap.
    ``type`` is a PLOVER event type, ``mode`` a PLOVER mode or finer label.
    """

    type: str
    mode: str | None
    trigger: Span
    start: int  # evidence: the sentence (or clause) reporting the event
    end: int
    sentence: int
    actors: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()
    location: Span | None = None
    time: Span | None = None  # span of a TimeExpr in ``AnalyzedDocument.times``
    modality: str = "asserted"  # one of MODALITIES
    #: ``time`` dates the report ("..., the ISPR said on Wednesday"), not the act: the act
    #: happened on or before it
    time_of_report: bool = False
    #: which of the incidents one counted phrase tells this is ("two separate attacks
    #: occurred", "twice attacked": copies 0 and 1 of one trigger, two incidents)
    copy: int = 0


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as stated: bounds, hedge and what is counted."""

    min: float | None
    max: float | None
    unit: str  # what is counted: "fighters", "USD", "people killed"
    hedge: str | None = None  # "up to", "around", "at least", "several" …


@dataclass(frozen=True, slots=True)
class ClaimMention:
    """An attributed statement in one document.

    ``kind`` is quote (direct speech), paraphrase (reported speech, "X said
    the Brigade …") or quantity (a numeric assertion). ``start``/``end`` is the
    evidence span (the quote content, or the claim's sentence); ``speaker`` the
    span of the speaker's name (a pronoun is resolved to the name it refers
    to); ``subject`` the span of what the claim is about, where known.
    """

    kind: str
    start: int
    end: int
    text: str
    sentence: int
    speaker: Span | None = None
    speaker_role: str | None = None  # "a University of Birmingham researcher"
    cue: str | None = None  # said, told, according to …
    subject: Span | None = None
    quantity: Quantity | None = None


@dataclass(slots=True)
class AnalyzedDocument:
    document: Document
    sentences: list[Sentence]
    mentions: list[Mention]
    times: list[TimeExpr] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    #: one gazetteer vote per place name key, (key, place or None, reason), computed
    #: where the analysis runs (``dossier.extract.registry``) and summed by the store
    place_votes: list[tuple[str, Place | None, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did: counts plus one error per bad input."""

    files: int
    documents_added: int
    documents_skipped: int
    errors: tuple[IngestError, ...]
