"""Run the stages in order over a batch of inputs and write to the store.

ingest -> clean -> dedup -> nlp -> resolve -> store. Inputs stream through in
batches; each batch (its source records, documents, mentions and the entity
rows they change) commits in one transaction, so an interrupted run loses at
most the batch in flight and never leaves half a document behind. Bad inputs
become ``IngestError`` records and the batch goes on.

The local engine uses every core: parsing and the extractors (the pure,
expensive part, :func:`analyze_batch`) run in ``workers`` processes, while
this process reads, cleans, plans the batches and writes them, one
transaction each, in input order. Story assignment and entity resolution
depend on that order, so consuming results in submission order is what makes
the knowledge base identical to a one-process run (``workers = 1``).
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language

from dossier import geo
from dossier.config import Settings, load_settings, usable_cores
from dossier.extract import nlp
from dossier.ingest.files import InputFile, discover
from dossier.kb import resolve
from dossier.kb.facts import store_facts
from dossier.pipeline.heap import (
    INGEST_GC_THRESHOLDS,
    fewer_collections,
    set_numpy_huge_pages,
    small_pages,
)
from dossier.pipeline.prepare import Cleaned, clean_article, read_articles
from dossier.records import AnalyzedDocument, Document, IngestError, IngestReport, RawArticle
from dossier.store.base import Store
from dossier.stories.dedup import (
    PairEvidence,
    StoredStoryIndex,
    StoryIndex,
    compare,
    outlet_of,
    rewrite_in_time,
    same_story,
    story_id_for,
)

ProgressFn = Callable[[str, int, list[IngestError]], None]


@dataclass(slots=True)
class Pending:
    """An input planned into a batch, with its documents not stored yet."""

    raw: RawArticle
    documents: list[Document]


@dataclass(slots=True)
class Tally:
    """Running counts of one ingest run, whichever engine writes."""

    files: int = 0
    added: int = 0
    skipped: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def count(self, added: int, skipped: int) -> None:
        self.added += added
        self.skipped += skipped

    def report(self) -> IngestReport:
        return IngestReport(
            files=self.files,
            documents_added=self.added,
            documents_skipped=self.skipped,
            errors=tuple(self.errors),
        )


@dataclass(slots=True)
class StoryState:
    """The story index an ingest run writes through: kept in the store's tables
    (:class:`dossier.stories.dedup.StoredStoryIndex`), so nothing is loaded at the
    start of a run, and a near-duplicate stored by another process (read in this
    writer's transaction, under the write lock) joins its story exactly as if one
    process had stored both."""

    index: StoryIndex


def load_stories(store: Store) -> StoryState:
    """The story index over every stored document (its tables, read per document)."""
    return StoryState(StoredStoryIndex(store))


def _published(store: Store, document_id: str) -> str | None:
    """A stored document's publication date (read only for an edition or rewrite found, to
    check its distance in days: :func:`dossier.stories.dedup.rewrite_in_time`)."""
    row = store.document(document_id)
    return (row or {}).get("published")


def _same_outlet(store: Store, document: Document, other: str) -> bool:
    """Whether a stored document comes from the new document's outlet (read only for a
    rewrite without a shared lead, :func:`dossier.stories.dedup.same_story`)."""
    mine = outlet_of(document.outlet, document.url or document.source)
    row = store.document(other) or {}
    theirs = outlet_of(row.get("outlet"), row.get("url") or row.get("source"))
    return mine is not None and mine == theirs


def assign_story(store: Store, index: StoryIndex, document: Document) -> str:
    """Put a newly stored document into the story of its near-duplicates.

    When it links several existing stories they merge into the one whose
    document was stored first, and each link is recorded with its evidence.
    """
    fingerprint = index.hasher.fingerprint(document.text)
    stored: dict[str, tuple[str, int]] = {}

    def stories_of(ids: list[str]) -> dict[str, str]:
        stored.update(store.story_of(ids))
        return {i: stored[i][0] for i in ids if i in stored}

    candidates = index.story_candidates(fingerprint, stories_of)
    known = {i: stored[i] for i in candidates if i in stored}
    matched: dict[str, tuple[str, PairEvidence]] = {}  # story -> first matching document
    background = index.background(fingerprint)
    for other in candidates:
        story_of_other = known.get(other, (story_id_for(other), 0))[0]
        if story_of_other in matched:
            continue  # one precise check per story is enough
        evidence = compare(fingerprint, index.fingerprint_of(other), background)
        own = not evidence.shared_lead and _same_outlet(store, document, other)
        if same_story(evidence, index.params, own) and (
            evidence.jaccard >= index.params.copy_jaccard
            or rewrite_in_time(index.params, document.published, _published(store, other))
        ):
            matched[story_of_other] = (other, evidence)
    story = story_id_for(document.id)
    if matched:
        order = {s: known[doc][1] for s, (doc, _e) in matched.items() if doc in known}
        story = min(matched, key=lambda s: order.get(s, 0))
        store.merge_stories(sorted(set(matched) - {story}), story)
        for other, evidence in matched.values():
            store.add_story_link(document.id, other, evidence.reason())
    store.set_story(document.id, story)
    store.add_dedup_keys(
        document.id,
        fingerprint.signature.astype(np.uint32).tobytes(),
        sorted(fingerprint.sentences),
        len(fingerprint.shingles),
    )
    index.insert(document.id, fingerprint, story)
    return story


def built_pipeline(settings: Settings, gazetteer: list[tuple[str, str]]) -> Language:
    """:func:`nlp.build_pipeline`, then what lives as long as the process (the model,
    the place gazetteer the extractors and the writes read) moved out of the cyclic
    garbage collector's sight (``gc.freeze``), as the web app does
    (:func:`dossier.web.api.settle_heap`), unless something already froze the heap.

    Why: a full collection walks every tracked object, and the model and gazetteer
    are most of them. A 10-article update spent 0.18 s of CPU in the collector (one
    full collection, 0.12 s) on the 500-article store, 0.015 s with them frozen.
    Frozen objects are still freed when their last reference goes; only cycles among
    them would not be collected. No ``gc.collect()`` first: that is the full
    collection this avoids."""
    pipeline = nlp.build_pipeline(settings, gazetteer)
    geo.load_gazetteer()
    if not gc.get_freeze_count():
        gc.freeze()
    return pipeline


def analyze_batch(
    documents: Sequence[Document], settings: Settings, pipeline: Language
) -> list[AnalyzedDocument]:
    """The pure, expensive part of a batch: parse and extract (in-document coreference
    and place votes included), in input order.

    It reads nothing from the store, which is what lets the Ray engine run it
    on workers while the driver keeps every store write.
    """
    return list(nlp.analyze(documents, settings, pipeline, coreference=resolve.corefer))


def write_batch(
    store: Store, stories: StoryState, batch: list[Pending], analyzed: Sequence[AnalyzedDocument]
) -> tuple[int, int]:
    """Store one analysed batch in a single transaction; (added, skipped).

    Works on the analysed copies of the documents, so it does not matter
    whether they were analysed in this process or came back from a worker.
    """
    by_id = {a.document.id: a for a in analyzed}
    added: list[AnalyzedDocument] = []
    skipped = 0
    with store.transaction():
        for pending in batch:
            version = store.record_source(pending.raw.source, pending.raw.raw_hash)
            for fresh in pending.documents:
                item = by_id[fresh.id]
                item.document.story_id = story_id_for(item.document.id)
                if store.add_document(item, version):
                    item.document.story_id = assign_story(store, stories.index, item.document)
                    added.append(item)
                else:
                    skipped += 1
        resolve.update_entities(store, analyzed)
        facts_settings = load_settings()  # from the environment, as store_facts reads them
        for item in added:
            store_facts(store, item, facts_settings)
        # the votes were counted where the analysis ran (the place_votes extractor)
        store.add_place_votes([v for item in added for v in item.place_votes])
    return len(added), skipped


#: ingests discovered files: ``(files, store, settings, progress) -> report``
FileIngester = Callable[[list[InputFile], Store, Settings, ProgressFn | None], IngestReport]


def ingest_files(
    files: list[InputFile], store: Store, settings: Settings, progress: ProgressFn | None = None
) -> IngestReport:
    """The local engine: read each file in turn and ingest its articles, the
    analysis on :func:`worker_count` processes."""
    groups = ((item.source, read_articles(item, settings)) for item in files)
    return ingest_articles(groups, store, settings, progress, worker_count(settings))


def run_ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    progress: ProgressFn | None = None,
    engine: FileIngester = ingest_files,
) -> IngestReport:
    """Ingest every input under ``paths``; return counts and per-input errors.

    ``progress(source, documents, errors)`` is called once per input file;
    ``engine`` ingests the files found (the local one, or the Ray engine's).
    """
    found = list(discover(paths))
    errors = [e for e in found if isinstance(e, IngestError)]
    files = [f for f in found if isinstance(f, InputFile)]
    for error in errors:
        if progress:
            progress(error.source, 0, [error])
    report = engine(files, store, settings, progress)
    return IngestReport(
        files=len(files),
        documents_added=report.documents_added,
        documents_skipped=report.documents_skipped,
        errors=(*errors, *report.errors),
    )


ArticleGroup = tuple[str, Iterable[RawArticle | IngestError | Cleaned]]
#: whether a ``(source, raw_hash)`` sits in a batch handed out but not yet written
InFlight = Callable[[str, str], bool]


def _not_in_flight(source: str, raw_hash: str) -> bool:
    return False


def plan_batches(
    groups: Iterable[ArticleGroup],
    store: Store,
    settings: Settings,
    tally: Tally,
    progress: ProgressFn | None = None,
    in_flight: InFlight = _not_in_flight,
) -> Iterator[list[Pending]]:
    """Yield the write batches: fresh documents, ``batch_size`` at a time, in input order.

    Every engine writes exactly these batches, so they store exactly the same
    thing. An input already stored (same source and bytes) is skipped; so is
    one already in a batch yielded earlier and not yet written (``in_flight``),
    which only an engine that writes behind the planner has.
    ``progress(source, documents, errors)`` is called once per group.
    """
    batch: list[Pending] = []
    batch_docs = 0
    seen_ids: set[str] = set()
    for source, articles in groups:
        tally.files += 1
        file_errors: list[IngestError] = []
        file_docs = 0
        for item in articles:
            if isinstance(item, IngestError):
                file_errors.append(item)
                continue
            raw = item.raw if isinstance(item, Cleaned) else item
            if store.known_raw(raw.source, raw.raw_hash) or in_flight(raw.source, raw.raw_hash):
                tally.skipped += 1
                continue
            cleaned = item.result if isinstance(item, Cleaned) else clean_article(raw, settings)
            if isinstance(cleaned, IngestError):
                file_errors.append(cleaned)
                continue
            fresh = [d for d in cleaned if d.id not in seen_ids]
            tally.skipped += len(cleaned) - len(fresh)
            seen_ids.update(d.id for d in fresh)
            batch.append(Pending(raw, fresh))
            batch_docs += len(fresh)
            file_docs += len(fresh)
            if batch_docs >= settings.batch_size:
                yield batch
                batch, batch_docs = [], 0
        tally.errors.extend(file_errors)
        if progress:
            progress(source, file_docs, file_errors)
    if batch:
        yield batch


def worker_count(settings: Settings) -> int:
    """Analysis processes of the local engine: ``settings.workers``, 0 meaning
    every usable core."""
    return settings.workers if settings.workers > 0 else usable_cores()


class InFlightBatches:
    """Batches handed to workers and not yet written: each with its pending
    result (a future, a Ray reference), in submission order, and the inputs
    they hold (so the planner skips a repeat of an input still in flight)."""

    def __init__(self) -> None:
        self.batches: deque[tuple[list[Pending], Any]] = deque()
        self.inputs: Counter[tuple[str, str]] = Counter()

    def __len__(self) -> int:
        return len(self.batches)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return self.inputs[key] > 0

    def busy(self, source: str, raw_hash: str) -> bool:
        """An :data:`InFlight` check for :func:`plan_batches`."""
        return (source, raw_hash) in self

    def push(self, batch: list[Pending], result: Any) -> None:
        self.batches.append((batch, result))
        self.inputs.update((p.raw.source, p.raw.raw_hash) for p in batch)

    def pop(self) -> tuple[list[Pending], Any]:
        batch, result = self.batches.popleft()
        self.inputs.subtract((p.raw.source, p.raw.raw_hash) for p in batch)
        return batch, result


@dataclass(slots=True)
class _WorkerState:
    """What one analysis process keeps between batches: its settings and its
    loaded pipeline. Exactly one lives in each worker process (set by the pool's
    initializer, :func:`_start_worker`); the ingesting process never has one."""

    settings: Settings
    pipeline: Language


#: the worker process's state, keyed "state"; empty outside a worker process
_WORKER: dict[str, _WorkerState] = {}


def _start_worker(
    settings: Settings,
    gazetteer: list[tuple[str, str]],
    parent: int,
    places: geo.Gazetteer | None = None,
) -> None:
    """Pool initializer: load the pipeline once per worker process, and end the
    worker if the ingesting process (``parent``, its pid passed in: it may
    already be gone by the time a slow import finishes) dies without shutting
    the pool down. ``places``: the ingesting process's place gazetteer, so the
    worker does not build its own (:func:`dossier.geo.adopt_gazetteer`)."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    gc.set_threshold(*INGEST_GC_THRESHOLDS)  # the worker process only ever analyses
    set_numpy_huge_pages(False)  # likewise (see there)
    if places is not None:
        geo.adopt_gazetteer(places)
    _WORKER["state"] = _WorkerState(settings, built_pipeline(settings, gazetteer))


def _exit_with_parent(parent: int, every_s: float = 1.0) -> None:
    """Exit when ``parent`` is gone (this process was re-parented).

    Why: a worker waits on its task queue and never notices that the
    ingesting process was killed (SIGKILL, the OOM killer); without this it
    would stay behind, holding a loaded pipeline, forever.
    """
    while os.getppid() == parent:
        time.sleep(every_s)
    os._exit(1)


def _analyze_in_worker(documents: list[Document]) -> list[AnalyzedDocument]:
    state = _WORKER["state"]
    return analyze_batch(documents, state.settings, state.pipeline)


def ingest_articles(
    groups: Iterable[ArticleGroup],
    store: Store,
    settings: Settings,
    progress: ProgressFn | None = None,
    workers: int = 1,
) -> IngestReport:
    """Ingest already-read articles, one group per input (a file, a fetched URL).

    Why separate from :func:`run_ingest`: fetched pages and feed items arrive
    as RawArticles, not files, yet must take exactly the same clean/dedup/NLP/
    store path. ``progress(source, documents, errors)`` is called per group.
    With ``workers`` > 1 the analysis runs in a process pool; the batches,
    their order and what is stored do not change. Fetched inputs keep the
    default of one process: fetching is bounded by politeness delays, not by
    the parser, and a batch is then committed before the next item is
    fetched, so an interrupted update loses nothing it had fetched.
    """
    with fewer_collections(), small_pages():
        if workers > 1:
            return _ingest_in_pool(groups, store, settings, workers, progress)
        tally = Tally()
        stories = load_stories(store)
        pipeline: Language | None = None  # loaded with the first batch: a re-run may have none
        for batch in plan_batches(groups, store, settings, tally, progress):
            if pipeline is None:
                pipeline = built_pipeline(settings, store.reference_names())
            documents = [d for pending in batch for d in pending.documents]
            analyzed = analyze_batch(documents, settings, pipeline)
            tally.count(*write_batch(store, stories, batch, analyzed))
        return tally.report()


def _documents(batch: list[Pending]) -> list[Document]:
    return [d for pending in batch for d in pending.documents]


def _ingest_in_pool(
    groups: Iterable[ArticleGroup],
    store: Store,
    settings: Settings,
    workers: int,
    progress: ProgressFn | None,
) -> IngestReport:
    """:func:`ingest_articles` with the analysis on ``workers`` processes.

    Why the pool starts only at the second batch: a run of one batch (a
    re-run that finds everything stored, a handful of fetched URLs, the
    tests) would spend longer starting processes and loading a pipeline in
    each than analysing; it is analysed here, exactly as with one worker.
    Workers are *spawned* (not forked): this process holds an open database
    connection and possibly threads, neither of which survives a fork safely.
    Two batches are queued per worker so none waits while this process writes.
    """
    tally = Tally()
    stories = load_stories(store)
    gazetteer = store.reference_names()
    worker_settings = replace(settings, token="", n_process=1)  # workers never need the secret
    flight = InFlightBatches()
    window = 2 * workers
    pool: ProcessPoolExecutor | None = None

    def write_next() -> None:
        batch, future = flight.pop()
        tally.count(*write_batch(store, stories, batch, future.result()))

    try:
        for batch in plan_batches(groups, store, settings, tally, progress, flight.busy):
            if pool is None and not flight:
                flight.push(batch, None)  # held back (but in flight): it may be the only one
                continue
            if pool is None:
                pool = ProcessPoolExecutor(
                    workers,
                    mp_context=get_context("spawn"),
                    initializer=_start_worker,
                    # the writes need the place gazetteer too: built once, here
                    initargs=(worker_settings, gazetteer, os.getpid(), geo.load_gazetteer()),
                )
                first, _none = flight.batches[0]
                flight.batches[0] = (first, pool.submit(_analyze_in_worker, _documents(first)))
            flight.push(batch, pool.submit(_analyze_in_worker, _documents(batch)))
            if len(flight) > window:
                write_next()
        if pool is None and flight:  # one batch in all: analysed here
            only, _none = flight.pop()
            pipeline = built_pipeline(settings, gazetteer)
            analyzed = analyze_batch(_documents(only), settings, pipeline)
            tally.count(*write_batch(store, stories, only, analyzed))
        while flight:
            write_next()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return tally.report()
