"""Each event's links kept at write time (``event_links``, migration 20; issue 19).

The actor graph (``/graph``, the export's graph) read every shown event's actors,
targets, stories and number of reports per request, by joining each report's
arguments to their keys' entities and each report to its document. The write path now
keeps those in ``event_links``. These tests hold the kept read to that per-request
query (kept here as the reference) on both backends, after ingest, after merges of
entities and stories and a document moved to another story, after a rebuild and after
the upgrade that fills the table.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dossier.kb import resolve
from dossier.store import SQLiteStore, open_store
from dossier.store.summaries import join_ids, split_ids

#: the per-request reads ``event_links`` used before migration 20
OLD_EVENTS = "SELECT id, type, date_start, date_end FROM event_summaries WHERE id IN ({marks})"
OLD_ARGS = """SELECT m.event_id, a.role, k.entity_id FROM event_args a
    JOIN event_mentions m ON m.id = a.mention_id
    JOIN entity_keys k ON k.key = a.key
    WHERE m.event_id IN ({marks}) AND a.role IN ('actor', 'target')"""
OLD_STORIES = """SELECT m.event_id, d.story_id, COUNT(*) FROM event_mentions m
    JOIN documents d ON d.id = m.document_id
    WHERE m.event_id IN ({marks}) GROUP BY m.event_id, d.story_id"""


def _old_links(store: Any, ids: list[str]) -> list[dict[str, Any]]:
    """What ``event_links`` returned before the links were kept (the reference)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store._all(OLD_EVENTS.format(marks=marks), chunk):
            found[row[0]] = {
                "id": row[0],
                "type": row[1],
                "date_start": row[2],
                "date_end": row[3],
                "actors": set(),
                "targets": set(),
                "stories": set(),
                "evidence": 0,
            }
        for event_id, role, entity_id in store._all(OLD_ARGS.format(marks=marks), chunk):
            if event_id in found:
                found[event_id]["actors" if role == "actor" else "targets"].add(entity_id)
        for event_id, story_id, reports in store._all(OLD_STORIES.format(marks=marks), chunk):
            if event_id in found:
                found[event_id]["stories"].add(story_id)
                found[event_id]["evidence"] += int(reports)
    return [found[i] for i in sorted(set(ids)) if i in found]


def _all_events(store: Any) -> list[str]:
    return sorted(r[0] for r in store._all("SELECT id FROM event_summaries"))


def _check(store: Any, case: str) -> list[dict[str, Any]]:
    ids = _all_events(store)
    kept = store.event_links(ids)
    old = _old_links(store, ids)
    assert len(kept) == len(old) == len(ids), case
    for a, b in zip(kept, old, strict=True):
        assert a == b, (case, a["id"])
    return kept


def _merge_pair(store: Any) -> tuple[Any, Any]:
    """An actor and a target of one event (both kept as links): the target is merged
    into the actor, so the event's link between them becomes a self-link."""
    row = store._all(
        """SELECT a.entity_id, b.entity_id FROM event_entities a
           JOIN event_entities b ON a.event_id = b.event_id AND a.entity_id < b.entity_id
           ORDER BY 1, 2 LIMIT 1"""
    )[0]
    keep, other = store.entity(row[0]), store.entity(row[1])
    assert keep is not None and other is not None
    return keep, other


def _two_stories(store: Any) -> tuple[str, str, str]:
    """Two stories whose documents report events, and one document of the second."""
    rows = store._all(
        """SELECT d.story_id, MIN(d.id) FROM documents d
           JOIN event_mentions m ON m.document_id = d.id
           WHERE d.story_id IS NOT NULL GROUP BY d.story_id ORDER BY d.story_id LIMIT 3"""
    )
    assert len(rows) == 3
    return rows[0][0], rows[1][0], rows[2][1]


def test_id_lists_read_back_as_written():
    """A kept id list is the set written: none, one, several (unsorted in), and a
    document's missing story (None)."""
    for ids in (set(), {"ent_a"}, {"story_b", "story_a_1", "story_a"}, {None, "story_a"}, {None}):
        assert split_ids(join_ids(ids)) == ids
    assert join_ids(["b", "a"]) == join_ids(["a", "b"])
    assert split_ids(None) == set()


class _Undo(Exception):
    """Raised to roll a test's writes back (the shared seed store stays as it was)."""


def test_kept_links_are_the_per_request_read_after_ingest(seed_db):
    store = open_store(str(seed_db))
    try:
        kept = _check(store, "ingest")
        assert any(e["actors"] and e["targets"] for e in kept)
        assert any(e["evidence"] > 1 for e in kept)
    finally:
        store.close()


def test_kept_links_follow_merges_and_story_moves(seed_db):
    """An entity merged into another, two stories merged and a document moved to
    another story change links of events no new report touches: the kept rows follow
    each (checked inside the transaction, then rolled back)."""
    store = open_store(str(seed_db))
    try:
        keep, other = _merge_pair(store)
        first, second, moved = _two_stories(store)
        before = {e["id"]: e for e in store.event_links(_all_events(store))}
        try:
            with store.transaction():
                resolve.merge_manually(store, keep, other)
                store.flush_summaries()
                after = {e["id"]: e for e in _check(store, "entity merge")}
                assert any(other.id in e["actors"] | e["targets"] for e in before.values())
                assert not any(other.id in e["actors"] | e["targets"] for e in after.values())
                store.merge_stories([second], first)
                store.flush_summaries()
                merged = {e["id"]: e for e in _check(store, "story merge")}
                assert not any(second in e["stories"] for e in merged.values())
                store.set_story(moved, second)
                store.flush_summaries()
                _check(store, "document moved")
                raise _Undo
        except _Undo:
            pass
        assert {e["id"]: e for e in store.event_links(_all_events(store))} == before
    finally:
        store.close()


def test_rebuild_and_upgrade_keep_the_links_ingest_kept(seed_db_sqlite: Path, tmp_path: Path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    try:
        kept = sorted(tuple(r) for r in store._all("SELECT * FROM event_links"))
        assert kept
        with store.transaction():
            store.rebuild_summaries()
        assert sorted(tuple(r) for r in store._all("SELECT * FROM event_links")) == kept
    finally:
        store.close()
    # a store from before migration 20: no table, schema version 19
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE event_links")
    conn.execute("DELETE FROM schema_version WHERE version >= 20")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="dossier migrate"):
        SQLiteStore(db, migrate=False)
    upgraded = SQLiteStore(db)
    try:
        assert sorted(tuple(r) for r in upgraded._all("SELECT * FROM event_links")) == kept
        _check(upgraded, "upgrade")
    finally:
        upgraded.close()
