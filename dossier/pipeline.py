"""Run the stages in order over a batch of inputs and write to the store.

ingest -> clean -> dedup -> nlp -> resolve -> store. Inputs stream through in
batches; each batch (its source records, documents, mentions and the entity
rows they change) commits in one transaction, so an interrupted run loses at
most the batch in flight and never leaves half a document behind. Bad inputs
become ``IngestError`` records and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.language import Language

from dossier import geo, nlp, resolve
from dossier.config import Settings
from dossier.dedup import PairEvidence, StoryIndex, compare, same_story, story_id_for
from dossier.facts import store_facts
from dossier.ingest import InputFile, discover
from dossier.prepare import Cleaned, clean_article, read_articles
from dossier.records import AnalyzedDocument, Document, IngestError, IngestReport, RawArticle
from dossier.store.base import Store

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
    """The story index and how far into the store it has read.

    Why a mark: other processes may be ingesting into the same database. Each
    batch first indexes what was stored since (under the write lock, so
    nothing committed is missed), and a near-duplicate stored by another
    process joins its story exactly as if one process had stored both.
    """

    index: StoryIndex
    mark: int = 0

    def catch_up(self, store: Store) -> None:
        for mark, document_id, signature, sentences, size in store.dedup_keys_since(self.mark):
            vector = np.frombuffer(signature, dtype=np.uint32)
            self.index.insert_keys(document_id, vector, sentences, size)
            self.mark = mark


def load_stories(store: Store) -> StoryState:
    """The story index over every stored document, from persisted keys."""
    stories = StoryState(StoryIndex(text_of=store.document_text))
    stories.catch_up(store)
    return stories



def assign_story(store: Store, index: StoryIndex, document: Document) -> str:
    """Put a newly stored document into the story of its near-duplicates.

    When it links several existing stories they merge into the one whose
    document was stored first, and each link is recorded with its evidence.
    """
    fingerprint = index.hasher.fingerprint(document.text)
    candidates = index.screen(fingerprint, index.candidates(fingerprint))
    known = store.story_of(candidates) if candidates else {}
    matched: dict[str, tuple[str, PairEvidence]] = {}  # story -> first matching document
    background = index.background(fingerprint)
    for other in candidates:
        story_of_other = known.get(other, (story_id_for(other), 0))[0]
        if story_of_other in matched:
            continue  # one precise check per story is enough
        evidence = compare(fingerprint, index.fingerprint_of(other), background)
        if same_story(evidence, index.params):
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
    index.insert(document.id, fingerprint)
    return story


def analyze_batch(
    documents: Sequence[Document], settings: Settings, pipeline: Language
) -> list[AnalyzedDocument]:
    """The pure, expensive part of a batch: parse and corefer, in input order.

    It reads nothing from the store, which is what lets the Ray engine run it
    on workers while the driver keeps every store write.
    """
    return [resolve.corefer(a) for a in nlp.analyze(documents, settings, pipeline)]


def write_batch(
    store: Store, stories: StoryState, batch: list[Pending], analyzed: Sequence[AnalyzedDocument]
) -> tuple[int, int]:
    """Store one analysed batch in a single transaction; (added, skipped).

    Works on the analysed copies of the documents, so it does not matter
    whether they were analysed in this process or came back from a worker.
    First indexes what other processes stored since (``stories.catch_up``).
    """
    by_id = {a.document.id: a for a in analyzed}
    added: list[AnalyzedDocument] = []
    skipped = 0
    with store.transaction():
        stories.catch_up(store)
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
        for item in added:
            store_facts(store, item)
        gazetteer = geo.load_gazetteer()
        store.add_place_votes([v for item in added for v in geo.document_votes(gazetteer, item)])
    return len(added), skipped


#: ingests discovered files: ``(files, store, settings, progress) -> report``
FileIngester = Callable[[list[InputFile], Store, Settings, ProgressFn | None], IngestReport]


def ingest_files(
    files: list[InputFile], store: Store, settings: Settings, progress: ProgressFn | None = None
) -> IngestReport:
    """The local engine: read each file in turn and ingest its articles."""
    groups = ((item.source, read_articles(item, settings)) for item in files)
    return ingest_articles(groups, store, settings, progress)


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


def ingest_articles(
    groups: Iterable[ArticleGroup],
    store: Store,
    settings: Settings,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Ingest already-read articles, one group per input (a file, a fetched URL).

    Why separate from :func:`run_ingest`: fetched pages and feed items arrive
    as RawArticles, not files, yet must take exactly the same clean/dedup/NLP/
    store path. ``progress(source, documents, errors)`` is called per group.
    """
    tally = Tally()
    stories = load_stories(store)
    pipeline = nlp.build_pipeline(settings, store.reference_names())
    for batch in plan_batches(groups, store, settings, tally, progress):
        documents = [d for pending in batch for d in pending.documents]
        analyzed = analyze_batch(documents, settings, pipeline)
        tally.count(*write_batch(store, stories, batch, analyzed))
    return tally.report()
