"""Run the stages in order over a batch of inputs and write to the store.

ingest -> clean -> dedup -> nlp -> resolve -> store. Inputs stream through in
batches; each batch (its source records, documents, mentions and the entity
rows they change) commits in one transaction, so an interrupted run loses at
most the batch in flight and never leaves half a document behind. Bad inputs
become ``IngestError`` records and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.language import Language

from dossier import geo, nlp, resolve
from dossier.clean import clean
from dossier.config import Settings
from dossier.dedup import PairEvidence, StoryIndex, compare, same_story, story_id_for
from dossier.facts import store_facts
from dossier.ingest import InputFile, discover, read_file
from dossier.records import AnalyzedDocument, Document, IngestError, IngestReport, RawArticle
from dossier.store.base import Store

ProgressFn = Callable[[str, int, list[IngestError]], None]


@dataclass(slots=True)
class _Pending:
    raw: RawArticle
    documents: list[Document]


@dataclass(slots=True)
class _Tally:
    added: int = 0
    skipped: int = 0
    errors: list[IngestError] = field(default_factory=list)


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


def load_story_index(store: Store) -> StoryIndex:
    """The story index over every stored document, from persisted keys."""
    stories = StoryState(StoryIndex(text_of=store.document_text))
    stories.catch_up(store)
    return stories.index


def assign_story(store: Store, index: StoryIndex, document: Document) -> str:
    """Put a newly stored document into the story of its near-duplicates.

    When it links several existing stories they merge into the one whose
    document was stored first, and each link is recorded with its evidence.
    """
    fingerprint = index.hasher.fingerprint(document.text)
    candidates = index.screen(fingerprint, index.candidates(fingerprint))
    known = store.story_of(candidates) if candidates else {}
    matched: dict[str, tuple[str, PairEvidence]] = {}  # story -> first matching document
    for other in candidates:
        story_of_other = known.get(other, (story_id_for(other), 0))[0]
        if story_of_other in matched:
            continue  # one precise check per story is enough
        evidence = compare(fingerprint, index.fingerprint_of(other))
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


def write_batch(
    store: Store, stories: StoryState, batch: list[_Pending], settings: Settings, pipeline: Language
) -> tuple[int, int]:
    """Analyse and store one batch in a single transaction; (added, skipped)."""
    documents = [d for pending in batch for d in pending.documents]
    analyzed = [resolve.corefer(a) for a in nlp.analyze(documents, settings, pipeline)]
    by_id = {a.document.id: a for a in analyzed}
    added: list[AnalyzedDocument] = []
    skipped = 0
    with store.transaction():
        stories.catch_up(store)
        for pending in batch:
            version = store.record_source(pending.raw.source, pending.raw.raw_hash)
            for document in pending.documents:
                document.story_id = story_id_for(document.id)
                if store.add_document(by_id[document.id], version):
                    document.story_id = assign_story(store, stories.index, document)
                    added.append(by_id[document.id])
                else:
                    skipped += 1
        resolve.update_entities(store, analyzed)
        for item in added:
            store_facts(store, item)
        gazetteer = geo.load_gazetteer()
        store.add_place_votes([v for item in added for v in geo.document_votes(gazetteer, item)])
    return len(added), skipped


def _articles(item: InputFile, settings: Settings) -> Iterator[RawArticle | IngestError]:
    try:
        yield from read_file(item, settings.max_file_bytes)
    except Exception as exc:
        yield IngestError(item.source, f"unexpected error while reading: {exc!r}")


def _clean(raw: RawArticle) -> list[Document] | IngestError:
    try:
        return clean(raw)
    except Exception as exc:
        return IngestError(raw.source, f"cleaning failed: {exc!r}")


def run_ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Ingest every input under ``paths``; return counts and per-input errors.

    ``progress(source, documents, errors)`` is called once per input file.
    """
    found = list(discover(paths))
    errors = [e for e in found if isinstance(e, IngestError)]
    files = [f for f in found if isinstance(f, InputFile)]
    for error in errors:
        if progress:
            progress(error.source, 0, [error])
    groups = ((item.source, _articles(item, settings)) for item in files)
    report = ingest_articles(groups, store, settings, progress)
    return IngestReport(
        files=len(files),
        documents_added=report.documents_added,
        documents_skipped=report.documents_skipped,
        errors=(*errors, *report.errors),
    )


ArticleGroup = tuple[str, Iterable[RawArticle | IngestError]]


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
    tally = _Tally()
    batch: list[_Pending] = []
    batch_docs = 0
    stories = StoryState(StoryIndex(text_of=store.document_text))
    stories.catch_up(store)
    pipeline = nlp.build_pipeline(settings, store.reference_names())
    seen_ids: set[str] = set()
    count = 0
    for source, articles in groups:
        count += 1
        file_errors: list[IngestError] = []
        file_docs = 0
        for raw in articles:
            if isinstance(raw, IngestError):
                file_errors.append(raw)
                continue
            if store.known_raw(raw.source, raw.raw_hash):
                tally.skipped += 1
                continue
            cleaned = _clean(raw)
            if isinstance(cleaned, IngestError):
                file_errors.append(cleaned)
                continue
            fresh = [d for d in cleaned if d.id not in seen_ids]
            tally.skipped += len(cleaned) - len(fresh)
            seen_ids.update(d.id for d in fresh)
            batch.append(_Pending(raw, fresh))
            batch_docs += len(fresh)
            file_docs += len(fresh)
            if batch_docs >= settings.batch_size:
                added, skipped = write_batch(store, stories, batch, settings, pipeline)
                tally.added, tally.skipped = tally.added + added, tally.skipped + skipped
                batch, batch_docs = [], 0
        tally.errors.extend(file_errors)
        if progress:
            progress(source, file_docs, file_errors)
    if batch:
        added, skipped = write_batch(store, stories, batch, settings, pipeline)
        tally.added, tally.skipped = tally.added + added, tally.skipped + skipped
    return IngestReport(
        files=count,
        documents_added=tally.added,
        documents_skipped=tally.skipped,
        errors=tuple(tally.errors),
    )
