"""The last per-key reads of the write path, read in batches (issue 19, session 28).

* ``entity_document_counts`` (now one statement a chunk for entities with a row) gives
  each entity the count ``entity_document_count`` gives it: stored, new (no row yet),
  regrouped by a merge in the transaction, and with this transaction's documents.
* :class:`ResolutionReads` keeps pinned keys and entities' keys: its answers are the
  store's after maps and merges, a warm-up answers later questions without a statement,
  and a map or a merge makes it read again.
* ``facts._named_in_participants`` is every mention key an event's actor or target span
  overlaps (the brute-force definition), which ``store_facts`` reads ahead.
* The event report's inserts (one statement on PostgreSQL) write the rows the three
  statements of the generic path write, in the same order.
* A document's reports with their arguments and event moves held (``store_facts``) store
  what writing each at once stores, and its own candidates, told from what is held, are
  the ones the store's candidate read finds of it (which leaves out the ids it is told).
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from dossier.kb.document_reads import DocumentReads
from dossier.kb.event_reports import store_event
from dossier.kb.facts import _named_in_participants
from dossier.kb.resolution_reads import ResolutionReads
from dossier.records import AnalyzedDocument, Document, EventMention, Mention, Sentence
from dossier.store import open_store
from dossier.store.base import EntityRow
from dossier.store.sql import SQLStore
from tests.conftest import BACKENDS
from tests.test_resolution_reads_r27 import _counted
from tests.test_write_path_r25 import _stored


def _document(store: Any, number: int, keys: list[str]) -> None:
    """A stored document whose mentions carry ``keys``."""
    text = " ".join(f"w{i}" for i in range(len(keys))) or "x"
    doc = Document(id=f"d{number}", source=f"{number}.txt", raw_hash=f"h{number}", text=text)
    mentions = []
    for i, key in enumerate(keys):
        start = text.index(f"w{i}")
        mentions.append(Mention(start, start + len(f"w{i}"), f"w{i}", "PERSON", key, 0))
    analysed = AnalyzedDocument(document=doc, sentences=[Sentence(0, len(text))], mentions=mentions)
    store.add_document(analysed, 1)


def _rows(counts: dict[str, int]) -> list[EntityRow]:
    return [EntityRow(e, e, "PERSON", n, n) for e, n in counts.items()]


def test_document_counts_match_one_entity_at_a_time(new_db) -> None:
    store = open_store(new_db)
    try:
        with store.transaction():
            store.map_keys({"a": ("E1", "new name"), "b": ("E1", "x"), "c": ("E2", "new name")})
            store.map_keys({"d": ("E3", "new name"), "e": ("E4", "new name")})
            _document(store, 1, ["a", "c"])
            _document(store, 2, ["b", "d"])
            store.upsert_entities(_rows({"E1": 2, "E2": 1, "E3": 1, "E4": 0}))
        with store.transaction():
            _document(store, 3, ["a", "e"])  # this transaction's documents count too
            store.map_keys({"f": ("E5", "new name")})  # a new entity: no row yet
            _document(store, 4, ["f", "f"])
            store.merge_entities("E3", "E2", "merged")  # regrouped: counted in full
            ids = ["E1", "E2", "E3", "E4", "E5", "E6", "E1"]  # E6: no keys; a repeat
            one = {e: store.entity_document_count(e) for e in ids}
            assert store.entity_document_counts(ids) == one
            assert one == {"E1": 3, "E2": 2, "E3": 0, "E4": 1, "E5": 1, "E6": 0}
    finally:
        store.close()


def test_document_counts_of_stored_entities_in_one_statement(tmp_path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    try:
        with store.transaction():
            store.map_keys({"a": ("E1", "new name"), "b": ("E2", "new name")})
            _document(store, 1, ["a", "b"])
            store.upsert_entities(_rows({"E1": 1, "E2": 1}))
        with store.transaction():
            _document(store, 2, ["a"])
            store.entity_document_count("E1")  # this transaction's documents, read once
            counts = _counted(store)
            assert store.entity_document_counts(["E1", "E2"]) == {"E1": 2, "E2": 1}
            assert sum(counts.values()) == 1  # was two: the rows, then the keys
    finally:
        store.close()


def test_kept_keys_and_pins_answer_as_the_store(new_db, tmp_path) -> None:
    plain = open_store(new_db)
    twin = open_store(str(tmp_path / "twin.db"))
    try:
        for store in (plain, twin):
            with store.transaction():
                store.map_keys({"a": ("E1", "new name"), "b": ("E1", "x"), "c": ("E2", "n")})
                store.pin_key("b", "manual split")
        with plain.transaction(), twin.transaction():
            cached = ResolutionReads(twin)
            counts = _counted(twin)
            assert cached.entity_keys_of(["E1", "E2", "E9"]) == plain.entity_keys_of(
                ["E1", "E2", "E9"]
            )
            assert cached.pinned_keys(["a", "b", "c", "z"]) == {"b"}
            read = sum(counts.values())
            # kept: asked again, no statement
            assert cached.entity_keys("E1") == plain.entity_keys("E1")
            assert cached.entity_keys("E9") == plain.entity_keys("E9") == []
            assert cached.pinned_keys(["b", "c"]) == {"b"}
            assert sum(counts.values()) == read
            steps = [
                lambda s: s.map_keys({"c": ("E1", "moved")}),
                lambda s: s.merge_entities("E1", "E3", "merged"),
                lambda s: s.map_keys({"d": ("E3", "new name")}),
            ]
            for step in steps:
                step(plain)
                step(cached)
                for entity in ("E1", "E2", "E3"):
                    assert cached.entity_keys(entity) == plain.entity_keys(entity)
            cached.pin_key("c", "manual merge")
            assert cached.pinned_keys(["c"]) == {"c"} == twin.pinned_keys(["c"])
            cached.flush()
    finally:
        plain.close()
        twin.close()


def _analysed(text: str, mentions: list[Mention], events: list[EventMention]) -> AnalyzedDocument:
    doc = Document(id="d", source="d.txt", raw_hash="h", text=text)
    return AnalyzedDocument(
        document=doc, sentences=[Sentence(0, len(text))], mentions=mentions, events=events
    )


def test_named_in_participants_is_every_overlapped_mention() -> None:
    rng = random.Random(2828)
    for _ in range(300):
        mentions = []
        for i in range(rng.randint(0, 12)):
            start = rng.randint(0, 90)
            mentions.append(Mention(start, start + rng.randint(1, 12), "x", "ORG", f"k{i}", 0))
        events = []
        for _ in range(rng.randint(0, 4)):
            spans = []
            for _ in range(rng.randint(0, 3)):
                start = rng.randint(0, 95)
                spans.append((start, start + rng.randint(0, 15)))
            cut = rng.randint(0, len(spans))
            events.append(
                EventMention(
                    type="ASSAULT",
                    mode=None,
                    sentence=0,
                    start=0,
                    end=100,
                    trigger=(0, 1),
                    actors=tuple(spans[:cut]),
                    targets=tuple(spans[cut:]),
                )
            )
        analysed = _analysed("y" * 120, mentions, events)
        spans = [s for e in events for s in (*e.actors, *e.targets)]
        wanted = [
            m.key
            for m in mentions
            if any(min(end, m.end) - max(start, m.start) > 0 for start, end in spans)
        ]
        assert _named_in_participants(analysed) == wanted


@pytest.mark.parametrize("dated", [True, False])
def test_event_report_rows_as_the_three_statements_write_them(new_db, tmp_path, dated) -> None:
    """The backend's insert (one statement on PostgreSQL) against the generic three."""
    store = open_store(new_db)
    generic = open_store(str(tmp_path / "generic.db"))
    try:
        record = {
            "document_id": "d1",
            "event_id": "ev1",
            "type": "ASSAULT",
            "mode": None,
            "modality": "asserted",
            "sentence": 0,
            "start": 0,
            "end": 20,
            "trigger_start": 3,
            "trigger_end": 9,
            "date_start": "2025-01-02" if dated else None,
            "date_end": "2025-01-03" if dated else None,
        }
        args = [
            {"role": "actor", "key": "b", "text": "B", "start": 5, "end": 6},
            {"role": "target", "key": None, "text": "some men", "start": 5, "end": 13},
            {"role": "target", "key": "a", "text": "A", "start": 1, "end": 2},
            {"role": "actor", "key": "b", "text": "B again", "start": 14, "end": 20},
        ]
        written = []
        for each, insert in (
            (store, store._insert_event_report),
            (generic, lambda r, a: SQLStore._insert_event_report(generic, r, a)),
        ):
            with each.transaction():
                rows = [
                    insert(record, args),
                    insert({**record, "event_id": "ev2"}, args[:1]),
                    insert({**record, "event_id": "ev3"}, []),
                ]
            tables = [
                [tuple(r) for r in each._all(sql)]
                for sql in (
                    'SELECT mention_id, role, key, text, start, "end" FROM event_args',
                    "SELECT key, type, date_end, date_start, mention_id FROM event_key_days",
                )
            ]
            written.append((rows, tables))
        (mine, my_tables), (theirs, their_tables) = written
        assert my_tables == their_tables
        assert mine == theirs
        assert [r["event_id"] for r in mine] == ["ev1", "ev2", "ev3"]
        assert len(my_tables[0]) == 5
        # one row a distinct key, in first-argument order, for a dated report only
        assert [r[0] for r in my_tables[1]] == (["b", "a", "b"] if dated else [])
    finally:
        store.close()
        generic.close()


def _tables(store: Any) -> list[list[tuple[Any, ...]]]:
    """The rows a document's reports write, in row order."""
    return [
        [tuple(r) for r in store._all(sql)]
        for sql in (
            "SELECT id, event_id, type, date_start, date_end FROM event_mentions ORDER BY id",
            'SELECT mention_id, role, key, text, start, "end" FROM event_args',
            "SELECT key, type, date_end, date_start, mention_id FROM event_key_days",
        )
    ]


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_held_writes_store_what_writing_each_report_stores(new_db, tmp_path) -> None:
    """A document's reports with their arguments and moves held and written at the end
    (as ``store_facts`` does) against each written at once (a fresh ``DocumentReads`` a
    report: every read from the store); and the held writes are three statements."""
    held_store, analyzed = _stored(new_db)
    plain_store, plain = _stored(str(tmp_path / "plain.db"))
    try:
        with held_store.transaction():
            reads = DocumentReads(held_store, analyzed.document.id, hold=True)
            held = [store_event(held_store, analyzed, e, reads=reads) for e in analyzed.events]
            assert held_store._all("SELECT COUNT(*) FROM event_args")[0][0] == 0  # held
            counts = _counted(held_store)
            reads.flush()
            assert sum(counts.values()) == 3  # arguments, days, the one move
        with plain_store.transaction():
            each = [store_event(plain_store, plain, e) for e in plain.events]
        assert held == each
        assert held[0] == held[1] != held[2]  # the second telling moved to the first's event
        assert _tables(held_store) == _tables(plain_store)
    finally:
        held_store.close()
        plain_store.close()


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_own_candidates_are_the_stores_of_the_document(new_db) -> None:
    """What ``DocumentReads`` tells of its own reports is what the store's candidate read
    finds of them, for dated and undated questions, in and out of the story; and the
    store's read leaves out the ids it is told to."""
    store, analyzed = _stored(new_db)
    try:
        with store.transaction():
            store.set_story(analyzed.document.id, "story-1")
            reads = DocumentReads(store, analyzed.document.id)
            for event in analyzed.events:
                store_event(store, analyzed, event, reads=reads)
            own = set(reads.report_ids())
            dated_hits = undated_hits = 0
            keys = sorted({m.key for m in analyzed.mentions} | {"police"})
            for type_ in ("ASSAULT", "ARREST"):
                for story in ("story-1", "story-2", None):
                    for days in (
                        (None, None),
                        ("2024-03-01", "2024-03-05"),
                        ("2024-03-06", "2024-03-09"),
                        ("2023-01-01", "2023-01-02"),
                    ):
                        for wanted in (keys, keys[:1], keys[-2:]):
                            found = store.event_candidate_ids(type_, wanted, story, *days)
                            if days[0] and set(found) & own:
                                dated_hits += 1
                            elif set(found) & own:
                                undated_hits += 1
                            told = reads.own_candidates(type_, wanted, story, *days)
                            assert [r["id"] for r in told] == [i for i in found if i in own]
                            left = store.event_candidate_ids(
                                type_, wanted, story, *days, exclude=sorted(own)
                            )
                            assert left == [i for i in found if i not in own]
            assert dated_hits and undated_hits  # both branches were asked something found
    finally:
        store.close()
