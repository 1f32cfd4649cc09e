"""The fact merging's reads kept for one document (issue 19, session 25).

``store_facts`` used to read each new event report back after its insert and its
article's earlier reports once or twice per report, and each claim its speaker's and
subject's entities: the same rows again and again. The store now returns the row it wrote
(:meth:`SQLStore.add_event_report`) and :class:`~dossier.kb.document_reads.DocumentReads`
keeps what one document's facts read. These tests hold both to the store's own reads, on
both backends: the returned row is the row :meth:`event_mention` reads back, and the kept
reports and entities are what :meth:`event_mentions_in_document` and
:meth:`entity_ids_for_keys` read after every report, merges included.
"""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb import resolve
from dossier.kb.document_reads import DocumentReads
from dossier.kb.event_reports import store_event
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Document, EventMention, Mention, Sentence
from dossier.store import open_store
from tests.conftest import BACKENDS

TEXT = (
    "Northvale Militia fighters attacked a Riverton Guard post in Eastport on Sunday.\n"
    "The Northvale Militia attack on the Riverton Guard post left two guards wounded.\n"
    "Separately, police arrested three men in Westbury."
)


def _span(piece: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(piece, after)
    return start, start + len(piece)


def _document() -> AnalyzedDocument:
    """Three sentences, five names, two reports of one attack and an arrest elsewhere."""
    sentences, at = [], 0
    for line in TEXT.split("\n"):
        sentences.append(Sentence(at, at + len(line)))
        at += len(line) + 1
    names = [
        ("Northvale Militia", "ORG", 0, 0),
        ("Riverton Guard", "ORG", 0, 0),
        ("Eastport", "GPE", 0, 0),
        ("Northvale Militia", "ORG", sentences[1].start, 1),
        ("Riverton Guard", "ORG", sentences[1].start, 1),
        ("Westbury", "GPE", sentences[2].start, 2),
    ]
    mentions = []
    for surface, label, after, sentence in names:
        start, end = _span(surface, after)
        mentions.append(Mention(start, end, surface, label, normalize_name(surface), sentence))
    one, two, three = sentences

    def event(trigger: str, type_: str, sentence: int, **spans: Any) -> EventMention:
        bounds = sentences[sentence]
        return EventMention(
            type=type_,
            mode=None,
            trigger=_span(trigger, bounds.start),
            start=bounds.start,
            end=bounds.end,
            sentence=sentence,
            **spans,
        )

    events = [
        event(
            "attacked",
            "ASSAULT",
            0,
            actors=(_span("Northvale Militia fighters"),),
            targets=(_span("a Riverton Guard post"),),
            location=_span("Eastport"),
        ),
        event(
            "attack",
            "ASSAULT",
            1,
            actors=(_span("Northvale Militia", two.start),),
            targets=(_span("the Riverton Guard post", two.start),),
        ),
        event("arrested", "ARREST", 2, actors=(_span("police", three.start),)),
    ]
    assert one.start == 0
    document = Document(
        id="doc-1", source="1.txt", raw_hash="h1", text=TEXT, published="2024-03-05"
    )
    return AnalyzedDocument(
        document=document, sentences=sentences, mentions=mentions, events=events
    )


def _stored(db: str) -> tuple[Any, AnalyzedDocument]:
    """A store holding the document, its names resolved to entities."""
    store = open_store(db)
    analyzed = resolve.corefer(_document(), agencies=[])
    with store.transaction():
        store.add_document(analyzed, store.record_source(analyzed.document.source, "x"))
        resolve.update_entities(store, [analyzed])
    return store, analyzed


def _same_rows(kept: list[dict[str, Any]], read: list[dict[str, Any]]) -> None:
    """Kept rows equal the store's, arguments compared as the merge reads them (a set)."""
    assert [{**r, "args": None} for r in kept] == [{**r, "args": None} for r in read]
    for k, r in zip(kept, read, strict=True):
        assert sorted(k["args"], key=repr) == sorted(r["args"], key=repr)


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_the_written_row_is_the_row_read_back(new_db):
    store, _analyzed = _stored(new_db)
    try:
        key = normalize_name("Northvale Militia")
        record = {
            "document_id": "doc-1",
            "event_id": "evt_one",
            "type": "ASSAULT",
            "mode": None,
            "modality": "asserted",
            "sentence": 0,
            "start": 0,
            "end": TEXT.index("\n"),
            "trigger_start": _span("attacked")[0],
            "trigger_end": _span("attacked")[1],
            "date_start": "2024-03-03",
            "date_end": "2024-03-03",
            "precision": "day",
            "date_text": "Sunday",
            "location_key": normalize_name("Eastport"),
            "location_text": "Eastport",
            "location_via": "sentence",
        }  # no location_admin1 / location_country: stored NULL, returned None
        args = [
            {"role": "target", "key": None, "text": "a post", "start": 47, "end": 53},
            {"role": "actor", "key": key, "text": "Northvale Militia", "start": 0, "end": 17},
            {"role": "actor", "key": "no such key", "text": "fighters", "start": 18, "end": 26},
        ]
        document = store.report_document("doc-1")
        assert document is not None and document["text"] == TEXT
        reads = DocumentReads(store, "doc-1")
        with store.transaction():
            row = store.add_event_report(
                record, args, document, reads.entities_of([record["location_key"], key])
            )
            bare = {**record, "event_id": "evt_two", "location_key": None, "date_start": None}
            plain = store.add_event_report(bare, [], document, {})
        assert row == store.event_mention(row["id"])  # arguments at distinct starts: same order
        assert row["location_entity"] is not None and row["location_admin1"] is None
        assert [a["entity_id"] is not None for a in row["args"]] == [True, False, False]
        assert plain == store.event_mention(plain["id"])
        assert plain["args"] == [] and plain["location_entity"] is None
    finally:
        store.close()


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_moving_a_written_report_without_reading_it_keeps_both_events_right(new_db):
    store, _analyzed = _stored(new_db)
    try:
        record = {
            "document_id": "doc-1",
            "event_id": "evt_old",
            "type": "ARREST",
            "modality": "asserted",
            "sentence": 2,
            "start": TEXT.index("Separately"),
            "end": len(TEXT),
            "trigger_start": _span("arrested")[0],
            "trigger_end": _span("arrested")[1],
        }
        reads = DocumentReads(store, "doc-1")
        with store.transaction():
            row = reads.add_report(record, [])
            reads.set_event(row["id"], "evt_new")
            assert reads.reports("ARREST") == store.event_mentions_in_document(
                "doc-1", type="ARREST"
            )
        assert store.event_mention(row["id"])["event_id"] == "evt_new"
        # the old event's summary row went with its last report; the new one has it
        assert [e["id"] for e in store.event_links(["evt_old", "evt_new"])] == ["evt_new"]
    finally:
        store.close()


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_kept_reads_agree_with_the_store_after_every_report(new_db):
    store, analyzed = _stored(new_db)
    try:
        reads = DocumentReads(store, analyzed.document.id)
        events = []
        with store.transaction():
            for event in analyzed.events:
                events.append(store_event(store, analyzed, event, reads=reads))
                for type_ in ("ASSAULT", "ARREST"):
                    _same_rows(
                        reads.reports(type_),
                        store.event_mentions_in_document(analyzed.document.id, type=type_),
                    )
            keys = [*sorted({m.key for m in analyzed.mentions}), "no such key"]
            found = store.entity_ids_for_keys(keys)
            assert reads.entities_of(keys) == {k: found.get(k) for k in keys}
            for entity in set(found.values()):
                assert reads.entity_keys(entity) == store.entity_keys(entity)
        # the second telling of the attack joined the first's event (a report moved by
        # set_event, which the kept rows follow), the arrest elsewhere is its own
        assert events[0] == events[1] != events[2]
    finally:
        store.close()


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_reports_stored_with_kept_reads_join_the_events_they_join_without(new_db, tmp_path):
    """The same document stored twice, once with one ``DocumentReads`` for all of its
    reports and once with a fresh one per report (every read from the store)."""
    kept_store, analyzed = _stored(new_db)
    fresh_store, fresh = _stored(str(tmp_path / "fresh.db"))
    try:
        with kept_store.transaction():
            reads = DocumentReads(kept_store, analyzed.document.id)
            kept = [store_event(kept_store, analyzed, e, reads=reads) for e in analyzed.events]
        with fresh_store.transaction():
            each = [store_event(fresh_store, fresh, e) for e in fresh.events]
        assert kept == each
        assert [
            (r["id"], r["event_id"]) for r in kept_store.event_mentions_in_document("doc-1")
        ] == [(r["id"], r["event_id"]) for r in fresh_store.event_mentions_in_document("doc-1")]
    finally:
        kept_store.close()
        fresh_store.close()


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_a_claims_sentence_event_is_the_first_report_of_its_sentence(new_db):
    """Every report of a sentence starts where the sentence does, so the claim's
    ``sentence_event`` (the first report of its sentence) needs the row id to break the tie:
    without it PostgreSQL returned whichever row its scan met first, and a report moved to
    another event (an UPDATE: a new row version at the end of the table) came last."""
    store, _analyzed = _stored(new_db)
    try:
        start, end = 0, TEXT.index("\n")
        base = {
            "document_id": "doc-1",
            "modality": "asserted",
            "sentence": 0,
            "start": start,
            "end": end,
            "trigger_start": 27,
            "trigger_end": 35,
        }
        with store.transaction():
            first = store.add_event_mention({**base, "event_id": "evt_1", "type": "ASSAULT"}, [])
            store.add_event_mention({**base, "event_id": "evt_2", "type": "ATTACK"}, [])
            store.set_event(first, "evt_moved")
            store.add_claim_mention(
                {
                    "document_id": "doc-1",
                    "claim_id": "clm_1",
                    "kind": "quote",
                    "start": start,
                    "end": end,
                    "text": TEXT[start:end],
                    "sentence": 0,
                }
            )
        (claim,) = store.claim_mentions_in_document("doc-1")
        assert claim["sentence_event"] == "evt_moved"
    finally:
        store.close()
