"""Reads that stop growing with re-prints, and fewer statements a batch (issue 19, session 26).

* ``claim_mentions_of_claims(ids, per_story=n)``: the first ``n`` mentions (by row id) of
  each claim in each story, and exactly the full read's rows where no claim has more
  than ``n`` in one story; checked on hand-built re-prints, on both backends.
* ``alias_stats_of`` and ``entity_document_counts``: the per-entity reads
  (``alias_stats``, ``entity_document_count``) for many entities at once, held to them
  inside a write transaction (this batch's documents counted, a moved key recounted).
"""

from __future__ import annotations

import pytest

from dossier.query import reads
from dossier.store import open_store
from tests.conftest import BACKENDS


def _document(store, doc_id: str, story: str | None, outlet: str) -> None:
    store._exec(
        """INSERT INTO documents (id, source, raw_hash, segment, version, title, published,
           outlet, text, removed, story_id, ingested_at)
           VALUES (?, ?, ?, 0, 1, 't', '2025-01-02', ?, 'x', '[]', ?, '2025-01-02')""",
        (doc_id, f"https://{outlet}.example/{doc_id}", doc_id, outlet, story),
    )


def _claim(store, doc_id: str, claim_id: str, qmin: float) -> None:
    store._exec(
        """INSERT INTO claim_mentions (document_id, claim_id, kind, start, "end", text,
           sentence, qmin, qmax, unit, text_key)
           VALUES (?, ?, 'quantity', 0, 1, '5 killed', 0, ?, ?, 'killed:person', 'k')""",
        (doc_id, claim_id, qmin, qmin),
    )


def _reprinted(store) -> None:
    """Claim ``big``: 12 re-prints in story ``s1``, 3 in ``s2``, 1 in ``s4``, interleaved
    with ``small`` (2 in ``s1``) and ``other`` (1 in ``s3``)."""
    n = 0
    plan = [("s1", "big")] * 12 + [("s2", "big")] * 3 + [("s4", "big")]
    plan += [("s1", "small")] * 2 + [("s3", "other")]
    order = [plan[i] for i in (list(range(0, len(plan), 2)) + list(range(1, len(plan), 2)))]
    with store.transaction():
        for story, claim in order:
            n += 1
            _document(store, f"d{n:02d}", story, f"outlet{n % 4}")
            _claim(store, f"d{n:02d}", claim, 5.0)


def _first_per_story(rows: list[dict], n: int) -> list[dict]:
    seen: dict[tuple, int] = {}
    kept = []
    for row in sorted(rows, key=lambda r: r["id"]):
        key = (row["claim_id"], row["story_id"])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= n:
            kept.append(row)
    return kept


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_mentions_per_story_are_the_first_of_each_story(new_db):
    store = open_store(new_db)
    try:
        _reprinted(store)
        ids = ["big", "small", "other", "absent"]
        full = store.claim_mentions_of_claims(ids)
        assert len(full) == 19
        for cap in (1, 2, 5):
            capped = store.claim_mentions_of_claims(ids, per_story=cap)
            assert capped == _first_per_story(full, cap)
        big = [r for r in store.claim_mentions_of_claims(["big"], per_story=5)]
        assert [r["story_id"] for r in big].count("s1") == 5
        assert {r["story_id"] for r in big} == {"s1", "s2", "s4"}  # every story kept
        # no claim above the cap in a story: the same rows as the full read
        assert store.claim_mentions_of_claims(
            ["small", "other"], per_story=2
        ) == store.claim_mentions_of_claims(["small", "other"])
    finally:
        store.close()


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_related_claims_are_read_capped_by_story(new_db, monkeypatch):
    """A page judging a related claim reads at most ``RELATED_STORY_MENTIONS`` of its
    mentions a story, however often it was re-printed."""
    store = open_store(new_db)
    try:
        _reprinted(store)
        asked: list[tuple[tuple[str, ...], int | None, int]] = []
        plain = type(store).claim_mentions_of_claims

        def spy(self, claim_ids, per_story=None):
            rows = plain(self, claim_ids, per_story)
            asked.append((tuple(claim_ids), per_story, len(rows)))
            return rows

        monkeypatch.setattr(type(store), "claim_mentions_of_claims", spy)
        shown = store.claim_mentions_of_claims(["other"])
        claim = reads._claim(shown)
        claim["contradicts"], claim["corroborated_by"] = [], ["big"]
        asked.clear()
        reads.checked_relations(store, [claim])
        ((ids, per_story, rows),) = asked
        assert ids == ("big",) and per_story == reads.RELATED_STORY_MENTIONS
        assert rows == min(12, per_story) + 3 + 1
    finally:
        store.close()


def _entities_with_keys(store) -> None:
    """Three entities over five keys, each key named in a document or two."""
    with store.transaction():
        for n, (key, entity) in enumerate(
            [("a one", "e1"), ("a two", "e1"), ("b", "e2"), ("c", "e3"), ("c two", "e3")]
        ):
            _document(store, f"k{n}", f"s{n}", "o")
            store._exec(
                """INSERT INTO mentions (document_id, start, "end", text, label, key,
                   sentence, via) VALUES (?, 0, 1, ?, 'ORG', ?, 0, 'ner')""",
                (f"k{n}", key.title(), key),
            )
            store._count_aliases(f"k{n}")
            store.map_keys({key: (entity, "test")})
        store._exec(
            """INSERT INTO entities (id, name, type, mention_count, document_count)
               VALUES ('e1', 'A', 'ORG', 2, 2), ('e2', 'B', 'ORG', 1, 1)"""
        )


@pytest.mark.parametrize("new_db", BACKENDS, indirect=True)
def test_batched_entity_reads_match_the_single_ones(new_db):
    store = open_store(new_db)
    try:
        _entities_with_keys(store)
        ids = ["e1", "e2", "e3", "missing"]
        with store.transaction():
            # a new document naming e1's key and e3's (e3 has no row: counted in full)
            _document(store, "new", "s9", "o")
            store._exec(
                """INSERT INTO mentions (document_id, start, "end", text, label, key,
                   sentence, via) VALUES ('new', 0, 1, 'A One', 'ORG', 'a one', 0, 'ner'),
                   ('new', 2, 3, 'C', 'ORG', 'c', 0, 'ner')"""
            )
            store._fresh_documents.append("new")
            stats = store.alias_stats_of(ids)
            counts = store.entity_document_counts(ids)
            assert set(stats) == {"e1", "e2", "e3"}
            for entity in ids:
                assert stats.get(entity, []) == store.alias_stats(entity)
                assert counts[entity] == store.entity_document_count(entity)
            assert counts == {"e1": 3, "e2": 1, "e3": 3, "missing": 0}
            # a key moved to e2: e2 is recounted from its keys' mentions
            store.map_keys({"a two": ("e2", "test")})
            moved = store.entity_document_counts(["e1", "e2"])
            assert moved == {e: store.entity_document_count(e) for e in ("e1", "e2")}
            assert moved["e2"] == 2
    finally:
        store.close()
