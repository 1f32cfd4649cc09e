"""The store interface every backend implements.

The pipeline and the query layer only talk to this protocol, so a PostgreSQL
backend can replace SQLite without touching either. Writes happen inside
``transaction()``: one batch of documents, with its mentions and the entity
rows it changes, commits as a whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, Self

from dossier.records import AnalyzedDocument, TimeExpr

if TYPE_CHECKING:
    from dossier.geo import Place


@dataclass(frozen=True)
class SearchTerm:
    """One term of a full-text search: words searched as a phrase, or (``prefix``)
    as the start of a word. The query layer decides the terms; each backend spells
    them in its own syntax (FTS5 for SQLite, tsquery for PostgreSQL), so no query
    syntax crosses the store's boundary to be parsed back."""

    text: str
    prefix: bool = False


class StoreError(RuntimeError):
    """A store problem worth one clear line to the user (locked, disk full…)."""


class StoreBehind(StoreError):
    """A read opened a store with documents whose schema (``version``) or summary
    tables (``summaries``) are older than this code: ``dossier migrate`` first."""

    def __init__(self, message: str, version: int, summaries: str | None) -> None:
        super().__init__(message)
        self.version = version
        self.summaries = summaries


class SearchTimeout(StoreError):
    """A search stopped at its time budget (``search_budget_ms``).

    Why a budget: a query of many common prefixes can cost seconds of CPU per
    request, and the database keeps working after the client is gone. Ended
    in the database (SQLite progress handler, PostgreSQL ``statement_timeout``)
    so the work stops, not just the wait.
    """

    def __init__(self, budget_ms: int) -> None:
        super().__init__(
            f"search stopped at its {budget_ms} ms time budget: use fewer or more "
            "specific words (setting search_budget_ms, DOSSIER_SEARCH_BUDGET_MS)"
        )
        self.budget_ms = budget_ms


@dataclass(frozen=True, slots=True)
class EntityRow:
    id: str
    name: str
    type: str
    mention_count: int
    document_count: int


@dataclass(frozen=True, slots=True)
class AliasStat:
    """How often one surface form with one label occurs, for a grouping key."""

    key: str
    text: str
    label: str
    mentions: int
    documents: int
    via: str = "ner"

    @property
    def is_name(self) -> bool:
        """A name as written (not a description such as "the group")."""
        return self.via != "description"


@dataclass(frozen=True, slots=True)
class ClaimProbe:
    """What :meth:`FactStore.claim_candidates` asks of one claim: its kind, its words'
    key and its speaker's keys (None: a claim with no speaker entity)."""

    kind: str
    text_key: str
    speaker_keys: tuple[str, ...] | None


def claim_candidate_of(row: Mapping[str, Any], probe: ClaimProbe, story: str | None) -> bool:
    """Whether a claim mention (``kind``, ``text_key``, ``speaker_key``, ``story_id``) is one
    of :meth:`FactStore.claim_candidates` of ``probe`` in ``story``: the same words with no
    speaker, or one of the speaker's keys saying the same words or anything in the same
    story -- the statement's own condition, as Python, for the rows of
    :meth:`FactStore.claim_candidates_of` and the rows not yet written."""
    if row["kind"] != probe.kind:
        return False
    if probe.speaker_keys is None:
        return row["speaker_key"] is None and row["text_key"] == probe.text_key
    if row["speaker_key"] not in probe.speaker_keys:
        return False
    return row["text_key"] == probe.text_key or (story is not None and row["story_id"] == story)


class StoreLifecycle(Protocol):
    """The store as a whole: transactions, closing, counts, marks and metadata."""

    def transaction(self) -> AbstractContextManager[None]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self:
        """``with open_store(db) as store:`` closes the store when the block ends."""
        ...

    def __exit__(self, *exc_info: object) -> None: ...

    def counts(self) -> dict[str, Any]: ...

    def document_mark(self) -> int:
        """Insertion mark of the newest stored document (0 when there is none)."""
        ...

    def meta(self, key: str) -> str | None:
        """A bookkeeping value (``meta`` table), or None."""
        ...

    def set_meta(self, key: str, value: str) -> None: ...

    def rebuild_summaries(self) -> None:
        """Recompute every summary from the stored facts (inside a transaction)."""
        ...


class DocumentStore(Protocol):
    """Documents and stories: sources, texts, near-duplicate keys, story links, search."""

    def known_raw(self, source: str, raw_hash: str) -> bool: ...

    def record_source(self, source: str, raw_hash: str) -> int:
        """Remember a raw input; return its version number for that source."""
        ...

    def add_document(self, analyzed: AnalyzedDocument, version: int) -> bool:
        """Insert a document with sentences and mentions; False if already stored."""
        ...

    def set_story(self, document_id: str, story_id: str) -> None: ...

    def add_times(self, document_id: str, times: Sequence[TimeExpr]) -> None: ...

    def merge_stories(self, stories: Sequence[str], into: str) -> None:
        """Move every document of ``stories`` into story ``into``."""
        ...

    def add_dedup_keys(
        self, document_id: str, signature: bytes, sentences: Sequence[int], size: int
    ) -> None:
        """Persist what the story index needs to find this document again."""
        ...

    def add_story_link(self, document_id: str, other_id: str, reason: str) -> None: ...

    def set_document_group(self, record: dict[str, Any]) -> None:
        """Record a document's main incident and event group (``document_groups`` row:
        document_id, event_group, mention_id, type, day, published, location, places,
        figures, regions, thread, and the join's words: outlet, telling, said, and the
        ages its lead gives persons (``ages``, :mod:`dossier.kb.lead_ages`) -- None where
        not known, "" where known to be empty)."""
        ...

    def clear_event_groups(self) -> None:
        """Forget every document's event group, thread and lead actors (``document_groups``,
        ``document_actors``): what :func:`dossier.kb.event_groups.assign_event_group` wrote,
        so its join can be replayed over a stored archive without parsing it again
        (``bench/replay_groups.py``: a rule change measured in seconds, not an ingest)."""
        ...

    def document_groups(self, document_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Per document id: its ``document_groups`` row (documents without one absent)."""
        ...

    def incident_candidates(self, type: str, day_range: tuple[str, str]) -> list[dict[str, Any]]:
        """``document_groups`` rows whose main incident has ``type`` and a day in
        ``day_range`` (an index range: one day's reports of one kind of event)."""
        ...

    def undated_incident_candidates(self, type: str) -> list[dict[str, Any]]:
        """``document_groups`` rows whose main incident has ``type`` and no day (an undated
        document's: none in an archive of dated news)."""
        ...

    def set_document_actors(
        self, document_id: str, actors: Sequence[tuple[str, str | None]], published: str | None
    ) -> None:
        """Record the persons a document's lead tells acting (full name keys, each with the
        day the lead says it acted or None), replacing any recorded before; indexed by
        surname (the last word) and publication day."""
        ...

    def actor_candidates(self, actor_key: str, published: tuple[str, str]) -> list[dict[str, Any]]:
        """``document_groups`` rows, each with ``actor`` (the full name) and ``acted`` (when the
        lead says it acted, or None), of the documents
        whose lead tells a person of surname ``actor_key`` acting, published in
        ``published`` (an index range)."""
        ...

    def undated_actor_candidates(self, actor_key: str) -> list[dict[str, Any]]:
        """``document_groups`` rows, each with ``actor`` (the full name), of the documents
        with no publication date whose lead names a person of surname ``actor_key`` (an
        index lookup, :mod:`dossier.kb.undated_reports`; none in an archive of dated news)."""
        ...

    def outlet_day_rows(self, outlet: str, day: str) -> list[dict[str, Any]]:
        """``document_groups`` rows of one outlet's documents published on ``day`` (an
        index lookup: a newspaper's print edition finds its web report of the day before,
        :func:`dossier.kb.editions.edition_groups`)."""
        ...

    def story_group_rows(self, story_id: str) -> list[dict[str, Any]]:
        """``document_groups`` rows of the documents of one story."""
        ...

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        """``document_groups`` rows of one event group, each with its document's
        ``story_id``."""
        ...

    def thread_start(self, thread: str) -> str | None:
        """The earliest publication day of a thread's documents (None: none dated)."""
        ...

    def thread_candidates(self, event_id: str) -> list[dict[str, Any]]:
        """``document_groups`` rows whose main event report belongs to event ``event_id``."""
        ...

    def merge_threads(self, threads: Sequence[str], into: str) -> None:
        """Move every document of ``threads`` into thread ``into``."""
        ...

    def merge_event_groups(self, groups: Sequence[str], into: str) -> None:
        """Move every document of event ``groups`` into event group ``into``."""
        ...

    def copy_links(self) -> dict[str, list[str]]:
        """Per document: the earlier documents it re-prints or rewrites (story links)."""
        ...

    def dedup_keys(self) -> Iterator[tuple[str, bytes, list[int], int]]:
        """``(document_id, signature, sentence hashes, shingle count)`` per document."""
        ...

    def story_band_postings(self, bands: Sequence[tuple[int, bytes]]) -> set[str]:
        """Indexed documents with any of these ``(band, bucket)`` LSH buckets."""
        ...

    def story_sentence_postings(self, hashes: Sequence[int]) -> dict[int, list[str]]:
        """Per sentence hash, the indexed documents posted under it (a bounded list)."""
        ...

    def story_signatures(self, document_ids: Sequence[str]) -> dict[str, tuple[bytes, int]]:
        """``{document_id: (MinHash signature, shingle count)}`` of stored documents."""
        ...

    def story_indexed(self, story_id: str, limit: int) -> int:
        """How many of a story's documents are indexed, counted up to ``limit``."""
        ...

    def index_story_keys(
        self, document_id: str, bands: Sequence[tuple[int, bytes]], sentences: Sequence[int]
    ) -> None:
        """Index a stored document: its LSH band buckets and sentence postings."""
        ...

    def document_text(self, document_id: str) -> str: ...

    def story_of(self, document_ids: Sequence[str]) -> dict[str, tuple[str, int]]: ...

    def story_links(self, story_id: str) -> list[dict[str, Any]]: ...

    def story_documents(self, story_id: str) -> list[dict[str, Any]]: ...

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        """Mentions of one document with the entity each resolved to."""
        ...

    def resolved_persons(self, document_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The PERSON mentions of ``document_ids`` that resolved to an entity, each
        distinct ``document_id``, ``text`` and ``entity_id`` once (what
        :func:`dossier.kb.named_alike.full_persons` reads of :meth:`document_mentions`),
        for many documents in one read: the incident join asks which candidates name its
        little-known people before comparing them (issue 19)."""
        ...

    def search(
        self,
        terms: Sequence[SearchTerm],
        limit: int = 20,
        offset: int = 0,
        budget_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Ranked hits for documents holding every term; :class:`SearchTimeout` past
        ``budget_ms``."""
        ...

    def documents(self) -> Iterator[dict[str, Any]]: ...

    def document(self, document_id: str) -> dict[str, Any] | None: ...

    def stories(self) -> list[dict[str, Any]]: ...

    def known_hash(self, raw_hash: str) -> bool:
        """Whether these exact bytes were ingested already, under any source name."""
        ...

    def search_count(
        self, terms: Sequence[SearchTerm], cap: int, budget_ms: int | None = None
    ) -> int:
        """Documents holding every term, counted up to ``cap``; :class:`SearchTimeout`
        past ``budget_ms``."""
        ...

    def story_page(self, limit: int, offset: int) -> tuple[int, list[tuple[str, int]]]:
        """``(total, [(story id, documents)])``, largest first, ties by id."""
        ...

    def document_page(self, limit: int, offset: int) -> list[dict[str, Any]]:
        """One page of :meth:`documents`, in the same order."""
        ...


class EntityStore(Protocol):
    """Entities and curation: keys, blocks, aliases, reference lists, merges and splits.

    Per-entity summaries (aliases, mention pages) are kept inside ``transaction()``:
    every read returns one page in a stable order through an index, whatever the
    number of documents that name the entity (see dossier/store/summaries.py)."""

    def map_keys(self, mapping: dict[str, tuple[str, str]]) -> None:
        """Point grouping keys at entity ids: ``{key: (entity_id, reason)}``."""
        ...

    def upsert_entities(self, rows: Sequence[EntityRow]) -> None: ...

    def add_blocks(self, key: str, blocks: Sequence[str]) -> None:
        """Index a grouping key under its name-matching blocking keys."""
        ...

    def add_blocks_of(self, filed: Sequence[tuple[str, Sequence[str]]]) -> None:
        """:meth:`add_blocks` for each ``(key, blocks)``, in that order, in one statement."""
        ...

    def merge_entities(self, source: str, target: str, reason: str) -> None:
        """Move every key of entity ``source`` into ``target``, noting why."""
        ...

    def delete_entity(self, entity_id: str) -> None: ...

    def add_reference(
        self, ref_id: str, name: str, type: str, data: dict[str, Any], blocks: dict[str, set[str]]
    ) -> None: ...

    def link_reference(self, key: str, ref_id: str, reason: str) -> None: ...

    def reference_candidates(self, blocks: Sequence[str]) -> set[tuple[str, str, str]]: ...

    def reference_candidates_by_block(
        self, blocks: Sequence[str]
    ) -> dict[str, set[tuple[str, str, str]]]:
        """:meth:`reference_candidates` of each block, for many blocks at once."""
        ...

    def entity_references(self, entity_id: str) -> list[dict[str, Any]]: ...

    def reference_names(self) -> list[tuple[str, str]]: ...

    def linked_entities(self) -> dict[str, list[str]]: ...

    def all_keys(self) -> list[str]: ...

    def pin_key(self, key: str, reason: str) -> None:
        """Exclude a key from automatic merging (a manual split)."""
        ...

    def log_curation(self, action: str, subject: str, obj: str) -> None: ...

    def curation_log(self, actions: Sequence[str]) -> list[dict[str, Any]]:
        """Curation rows of the given actions, oldest first (a later row overrides)."""
        ...

    def unmapped_keys(self, among: Sequence[str] | None = None) -> list[str]:
        """Mention keys with no entity yet, sorted; only those in ``among`` when given
        (a batch's own keys: the whole mentions table need not be scanned per batch)."""
        ...

    def entity_ids_for_keys(self, keys: Sequence[str]) -> dict[str, str]: ...

    def keys_in_blocks(self, blocks: Sequence[str], max_block: int) -> set[str]:
        """Keys sharing a blocking key (blocks larger than ``max_block`` ignored)."""
        ...

    def block_members(self, blocks: Sequence[str], max_block: int) -> dict[str, set[str]]:
        """``{block: keys}``, each block read to at most ``max_block + 1`` keys."""
        ...

    def key_profiles(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]: ...

    def shared_context(
        self, keys: Sequence[str], others: Sequence[str], exclude: Sequence[str]
    ) -> tuple[int, bool]:
        """How many entities outside ``exclude`` the documents naming any of ``keys`` name,
        and whether the documents naming any of ``others`` name one of them too."""
        ...

    def pinned_keys(self, keys: Sequence[str]) -> set[str]: ...

    def keys_like(self, fragment: str, limit: int = 20) -> list[tuple[str, str]]:
        """(key, entity_id) pairs whose key contains ``fragment``."""
        ...

    def alias_stats(self, entity_id: str) -> list[AliasStat]: ...

    def entity_document_count(self, entity_id: str) -> int: ...

    def alias_stats_of(self, entity_ids: Sequence[str]) -> dict[str, list[AliasStat]]:
        """:meth:`alias_stats` of each entity (those with none left out), read in one
        statement per few hundred entities."""
        ...

    def entity_document_counts(self, entity_ids: Sequence[str]) -> dict[str, int]:
        """:meth:`entity_document_count` of each entity, read in a few statements."""
        ...

    def entities(
        self, type: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[EntityRow]: ...

    def entity(self, entity_id: str) -> EntityRow | None: ...

    def entities_by_id(self, entity_ids: Sequence[str]) -> dict[str, EntityRow]:
        """:meth:`entity` of many ids at once; an unknown id is absent."""
        ...

    def entity_keys(self, entity_id: str) -> list[tuple[str, str]]: ...

    def entity_keys_of(self, entity_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """:meth:`entity_keys` of each of these entities (an entity with none: no item),
        in a statement per batch of ids rather than one each."""
        ...

    def entity_mentions(self, entity_id: str, limit: int | None = None) -> list[dict[str, Any]]: ...

    def entity_mention_documents(self, entity_id: str, limit: int) -> set[str]:
        """The documents of the entity's first ``limit`` mentions (:meth:`entity_mentions`'
        order), without reading any evidence text."""
        ...

    def names_in_documents(self, document_ids: Sequence[str]) -> set[tuple[str, str]]:
        """Every distinct ``(text, label)`` mentioned in these documents."""
        ...

    def names_between(
        self, after: int, upto: int, entity_ids: Sequence[str]
    ) -> list[dict[str, Any]]:
        """Named mentions of ``entity_ids`` in documents stored in ``(after, upto]``."""
        ...

    def entity_aliases(self, entity_id: str) -> list[dict[str, Any]]:
        """``{key, text, label, via, mentions, documents}`` per surface form of an
        entity's keys, most mentioned first (counts kept at ingest)."""
        ...

    def entity_mention_page(
        self, entity_id: str, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(total, page)`` of an entity's mentions in ingest order, each with its
        document and sentence."""
        ...


class FactStore(Protocol):
    """Facts: event reports and claim mentions, named reads over them, and the
    per-entity event and claim pages, relations and disputes (summaries kept at ingest)."""

    def add_event_mention(self, record: dict[str, Any], args: Sequence[dict[str, Any]]) -> int: ...

    def report_document(self, document_id: str) -> dict[str, Any] | None:
        """The document columns its event report rows carry, and its text; None if absent."""
        ...

    def add_event_report(
        self,
        record: dict[str, Any],
        args: Sequence[dict[str, Any]],
        document: dict[str, Any],
        entities: dict[str, str | None],
        hold_args: bool = False,
    ) -> dict[str, Any]:
        """Store one event report; return its row as :meth:`event_mention` would read it.
        ``hold_args``: its arguments come later, through :meth:`add_event_args_of`."""
        ...

    def add_event_args_of(
        self, reports: Sequence[tuple[int, dict[str, Any], Sequence[dict[str, Any]]]]
    ) -> None:
        """The arguments of reports stored with ``hold_args``: ``(row id, record, args)``."""
        ...

    def set_event(self, mention_id: int, event_id: str, was: str | None = None) -> None: ...

    def set_events(self, moves: Sequence[tuple[int, str, str]]) -> None:
        """:meth:`set_event` of many: ``(row id, event, its event before)`` each."""
        ...

    def add_claim_mention(self, record: dict[str, Any]) -> int: ...

    def add_claim_mentions(self, records: Sequence[dict[str, Any]]) -> None:
        """Store these claim mentions in order (row ids ascending as listed): one document's
        claims, one statement rather than an insert each."""
        ...

    def event_mentions(self) -> list[dict[str, Any]]:
        """Every event report, arguments resolved to entity ids."""
        ...

    def event_mention(self, mention_id: int) -> dict[str, Any] | None: ...

    def event_mentions_by_id(self, mention_ids: Sequence[int]) -> list[dict[str, Any]]:
        """These event reports (row ids), arguments resolved to entity ids."""
        ...

    def event_mentions_of_events(self, event_ids: Sequence[str]) -> list[dict[str, Any]]: ...

    def event_reports_of_events(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Those reports without their documents' columns (no story, source or evidence)."""
        ...

    def event_mentions_in_document(
        self, document_id: str, type: str | None = None, other_than: int | None = None
    ) -> list[dict[str, Any]]: ...

    def event_candidates(
        self,
        type: str,
        keys: Sequence[str],
        story: str | None,
        date_start: str | None = None,
        date_end: str | None = None,
    ) -> list[dict[str, Any]]:
        """Reports that may be the same occurrence (see :mod:`dossier.kb.event_reports`)."""
        ...

    def event_candidate_ids(
        self,
        type: str,
        keys: Sequence[str],
        story: str | None,
        date_start: str | None = None,
        date_end: str | None = None,
        exclude: Sequence[int] = (),
    ) -> list[int]:
        """Row ids, ascending, of :meth:`event_candidates`' reports (read them in pages),
        less the ids in ``exclude``."""
        ...

    def claim_mentions(self) -> list[dict[str, Any]]:
        """Every claim mention, speaker and subject resolved to entity ids."""
        ...

    def claim_mentions_of_claims(
        self, claim_ids: Sequence[str], per_story: int | None = None
    ) -> list[dict[str, Any]]:
        """The mentions of these claims; with ``per_story``, only the first that many
        (by row id) of each claim in each story."""
        ...

    def claim_mentions_in_document(self, document_id: str) -> list[dict[str, Any]]: ...

    def claim_candidates(
        self, kind: str, text_key: str, speaker_keys: Sequence[str] | None, story: str | None
    ) -> list[dict[str, Any]]:
        """Earlier mentions that may repeat a claim (see :mod:`dossier.kb.claim_mentions`)."""
        ...

    def claim_candidate_ids(
        self, kind: str, text_key: str, speaker_keys: Sequence[str] | None, story: str | None
    ) -> list[int]:
        """Row ids, ascending, of :meth:`claim_candidates`' mentions (read them in pages)."""
        ...

    def claim_mentions_by_id(self, mention_ids: Sequence[int]) -> list[dict[str, Any]]:
        """These claim mentions (row ids), speaker and subject resolved to entity ids."""
        ...

    def claim_candidates_of(
        self, probes: Sequence[ClaimProbe], story: str | None
    ) -> list[dict[str, Any]]:
        """The rows of :meth:`claim_candidates` of any of these probes (one document's
        claims, all in ``story``), in row order, each once, read in one statement (more
        only past a statement's parameter cap): ``id``, ``claim_id``, ``kind``, ``text``,
        ``text_key``, ``speaker_key``, ``story_id``, ``qmin``, ``qmax``, ``unit`` and
        ``subject_entity`` -- what telling a repeat needs, none of the rows' events. Of
        the rows found by their words alone, a later one with the same speaker key,
        subject key and figure as an earlier one is left out: the earlier is the repeat.
        A row may belong to no probe (the words of one speaker said by another): the
        caller keeps each probe's own with :func:`claim_candidate_of`."""
        ...

    def facts_between(self, after: int, upto: int) -> tuple[list[str], list[str]]:
        """``(claim ids, event ids)`` reported in documents stored in ``(after, upto]``."""
        ...

    def event_page_ids(
        self,
        entity_id: str | None,
        limit: int,
        offset: int,
        newest_first: bool = False,
        type: str | None = None,
        modality: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> tuple[int, list[str]]:
        """``(total, event ids)`` of one page of events (of an entity, or all),
        by event date (oldest or newest first), undated last, ties by id."""
        ...

    def event_types(self) -> list[str]:
        """Event types present, sorted."""
        ...

    def entity_claim_ids(
        self, entity_id: str, role: str, limit: int, offset: int
    ) -> tuple[int, list[str]]:
        """``(total, claim ids)``: claims ``by`` an entity or ``about`` it (and not
        by it), in ingest order."""
        ...

    def claim_relations(self, claim_id: str, cap: int) -> tuple[list[str], list[str]] | None:
        """``(contradicting, corroborating)`` ids of a comparable figure, at most
        ``cap`` each; None when the claim is not a comparable figure."""
        ...

    def dispute_pairs(self, entity_id: str, cap: int) -> list[tuple[str, str]]:
        """Up to ``cap + 1`` ``(lower, upper)`` pairs of contradicting figures that
        involve an entity (as subject, or as the speaker of one side)."""
        ...

    def entity_event_ids(
        self,
        entity_ids: Sequence[str],
        limit: int,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[str]:
        """The event ids of any of these entities (any role), newest first, at
        most ``limit`` in all."""
        ...

    def events_with_entities(
        self, event_ids: Sequence[str], entity_ids: Sequence[str]
    ) -> list[str]:
        """Those of ``event_ids`` in which every one of ``entity_ids`` takes part
        (actor, target or place), in the order given."""
        ...

    def event_links(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Per event ``{id, type, date_start, date_end, actors, targets, stories,
        evidence}`` (entity id sets, story id set, report count), no text."""
        ...

    def top_event_entities(self, limit: int) -> list[tuple[str, int]]:
        """``(entity id, events)`` of the entities in the most events."""
        ...

    def claim_page_ids(
        self, limit: int, offset: int, contradicted: bool = False
    ) -> tuple[int, list[str]]:
        """``(total, claim ids)`` of one page of claims (or of contradicted figures)."""
        ...

    def entity_claim_page_ids(
        self, entity_id: str, limit: int, offset: int
    ) -> tuple[int, list[str]]:
        """``(total, claim ids)`` of claims by or about an entity, in ingest order."""
        ...

    def contradiction_pairs(
        self, limit: int, offset: int, cap: int
    ) -> tuple[int, list[tuple[str, str]]]:
        """``(total capped at cap + 1, (lower, upper) claim id pairs of one page)``."""
        ...


class WatchStore(Protocol):
    """Keeping watch: feeds and their items, watches, alerts and their deliveries."""

    def add_feed(self, url: str, kind: str) -> bool:
        """Register a feed or sitemap; False if it was registered already."""
        ...

    def remove_feed(self, url: str) -> bool: ...

    def feeds(self) -> list[dict[str, Any]]:
        """Registered feeds with their last fetch status, oldest first."""
        ...

    def set_feed_status(self, url: str, status: dict[str, Any]) -> None:
        """Set status columns (kind, etag, last_modified, last_fetch, last_status,
        last_error, items_seen, items_new, items_failed) of one feed."""
        ...

    def feed_item(self, url: str) -> dict[str, Any] | None:
        """What became of an item URL seen in a feed (status, reason, attempts)."""
        ...

    def record_feed_item(
        self, url: str, feed_url: str, status: str, reason: str | None
    ) -> None: ...

    def feed_items(self, feed_url: str) -> list[dict[str, Any]]: ...

    def add_watch(self, name: str, entity_id: str, keys: Sequence[str]) -> int:
        """Watch an entity: the name typed, its id and its grouping keys (so a
        later merge can be followed); returns the watch id."""
        ...

    def watches(self) -> list[dict[str, Any]]: ...

    def set_watch_entity(self, watch_id: int, entity_id: str) -> None: ...

    def remove_watch(self, watch_id: int) -> bool: ...

    def known_fingerprints(self, fingerprints: Sequence[str]) -> set[str]: ...

    def add_alert(
        self,
        fingerprint: str,
        watch_id: int,
        entity_id: str,
        kind: str,
        data: dict[str, Any],
        baseline: bool = False,
    ) -> int | None:
        """Store an alert once per fingerprint; its id, or None if already known."""
        ...

    def alerts(
        self, since: str = "", limit: int = 50, offset: int = 0, ids: Sequence[int] = ()
    ) -> list[dict[str, Any]]:
        """Alerts (baseline rows excluded) created at or after ``since``, oldest first."""
        ...

    def alert_count(self, since: str = "") -> int: ...

    def record_delivery(self, target: str, alerts: int, ok: bool, error: str | None) -> None:
        """Remember one delivery attempt (a webhook POST) and its outcome."""
        ...

    def deliveries(self, limit: int = 20) -> list[dict[str, Any]]: ...


class PlaceStore(Protocol):
    """Places: the votes of documents on where a place entity is, events by place."""

    def add_place_votes(self, votes: Sequence[tuple[str, Place | None, str]]) -> None:
        """Count one document's resolution of each place name key: (key, record or
        None, reason). Votes add up across documents and batches."""
        ...

    def place_votes(self, entity_id: str) -> list[dict[str, Any]]:
        """The votes over all of an entity's name keys, with place records, most first."""

    def place_votes_of(self, entity_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """:meth:`place_votes` of many entities at once; an entity without votes is absent."""
        ...

    def entity_places_of(self, entity_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Each place entity's point as kept when its mentions were written: ``place_id``
        (empty: unresolved), ``reason`` and the place's record columns; absent where
        none is kept (an entity that is no place)."""
        ...

    def keep_entity_places(self, entity_ids: Iterable[str]) -> None:
        """Decide and keep the points of these entities (the writes do it at commit)."""
        ...

    def event_locations(
        self,
        entity_id: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[tuple[str, str, int]]:
        """``(location entity id, event type, events)`` of located events, filtered."""
        ...

    def events_at(
        self,
        locations: Sequence[str],
        limit: int,
        offset: int,
        entity_id: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> tuple[int, list[str]]:
        """``(total, event ids)`` of one page of events located at ``locations``."""
        ...


class Store(
    StoreLifecycle, DocumentStore, EntityStore, FactStore, WatchStore, PlaceStore, Protocol
):
    """Every role at once: what a backend implements (once, in
    :class:`dossier.store.sql.SQLStore`, for SQLite and PostgreSQL alike). Code
    that needs one role can ask for that protocol alone."""
