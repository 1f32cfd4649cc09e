"""Per-entity summary tables: kept right at ingest, by curation, and on rebuild.

The entity page reads these tables instead of aggregating every fact per
request, so they must always say what the full queries say.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dossier.kb import resolve
from dossier.pipeline.run import run_ingest
from dossier.query import reads as query
from dossier.store import SQLiteStore

TABLES = (
    "key_aliases",
    "event_summaries",
    "event_entities",
    "claim_entities",
    "entity_measures",
    "event_places",
    "place_counts",
    "place_sets",
    "measure_spans",
    "type_counts",
    "claim_ids",
    "story_sizes",
    "kb_counts",
)

#: each count table kept at ingest, and the same rows recounted from the facts
RECOUNTS = {
    "SELECT entity_id, type, events FROM place_counts": """
        SELECT k.entity_id, s.type, COUNT(DISTINCT s.id) FROM event_summaries s
        JOIN event_mentions m ON m.event_id = s.id JOIN entity_keys k ON k.key = m.location_key
        GROUP BY k.entity_id, s.type""",
    "SELECT entity_id, event_id, sort_key FROM event_places": """
        SELECT DISTINCT k.entity_id, s.id, s.sort_key FROM event_summaries s
        JOIN event_mentions m ON m.event_id = s.id JOIN entity_keys k ON k.key = m.location_key""",
    "SELECT type, events, dated FROM type_counts": """
        SELECT type, COUNT(*), SUM(CASE WHEN sort_key > '' THEN 1 ELSE 0 END)
        FROM event_summaries GROUP BY type""",
    "SELECT entity_id, unit_key, max_low, min_high FROM measure_spans": """
        SELECT entity_id, unit_key, MAX(low), MIN(high) FROM entity_measures WHERE vague = 0
        GROUP BY entity_id, unit_key HAVING MAX(low) > MIN(high)""",
    "SELECT claim_id FROM claim_ids": "SELECT DISTINCT claim_id FROM claim_mentions",
    "SELECT value FROM kb_counts WHERE name = 'claims'": (
        "SELECT COUNT(DISTINCT claim_id) FROM claim_mentions"
    ),
    "SELECT story_id, documents FROM story_sizes": """
        SELECT story_id, COUNT(*) FROM documents WHERE story_id IS NOT NULL GROUP BY story_id""",
}


def check_counts_equal_recount(store: Any) -> None:
    """Every count kept at ingest equals a recount of the stored facts (either backend)."""
    for kept, recount in RECOUNTS.items():
        got = sorted(tuple(r) for r in store._all(kept))
        want = sorted(tuple(r) for r in store._all(recount))
        assert got == want, kept
    # events shared by several places, counted per set of places (a row per member)
    at: dict[str, list[str]] = {}
    for place, event in store._all("SELECT entity_id, event_id FROM event_places"):
        at.setdefault(event, []).append(place)
    sets = Counter(tuple(sorted(p)) for p in at.values() if len(p) > 1)
    want_sets = sorted((m, ",".join(s), n) for s, n in sets.items() for m in s)
    assert sorted(tuple(r) for r in store._all("SELECT * FROM place_sets")) == want_sets
    counts = store.counts()
    assert counts["mentions"] == store._one("SELECT COUNT(*) FROM mentions")[0]
    assert counts["events"] == store._one("SELECT COUNT(DISTINCT event_id) FROM event_mentions")[0]
    assert counts["stories"] == store._one("SELECT COUNT(DISTINCT story_id) FROM documents")[0]


def _snapshot(store: SQLiteStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every summary row, with the per-entity counts ingest keeps by delta."""
    return {
        t: sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}"))
        for t in (*TABLES, "entity_summaries")
    }


def _check_against_full_queries(store: SQLiteStore) -> None:
    """For every entity: events, claims by/about and disputes as the full queries."""
    check_counts_equal_recount(store)
    every_claim = query.claims(store)
    every_dispute = query.disputes(store)
    for row in store.entities(limit=10_000):
        total, ids = store.event_page_ids(row.id, 10_000, 0)
        assert total == len(ids)
        assert ids == [e["id"] for e in query.events(store, entity=row.id)], row.name
        by = [c["id"] for c in every_claim if c["speaker"] == row.id]
        about = [c["id"] for c in every_claim if c["subject"] == row.id and c["speaker"] != row.id]
        assert store.entity_claim_ids(row.id, "by", 10_000, 0) == (len(by), by)
        assert store.entity_claim_ids(row.id, "about", 10_000, 0) == (len(about), about)
        expected = {
            frozenset(s["id"] for s in d["sides"])
            for d in every_dispute
            if row.id
            in {d["sides"][0][k] for k in ("subject", "speaker")}
            | {d["sides"][1][k] for k in ("subject", "speaker")}
        }
        assert {frozenset(p) for p in store.dispute_pairs(row.id, 10_000)} == expected


def test_summaries_after_ingest_match_full_queries(seed_store):
    _check_against_full_queries(seed_store)
    counts = {a["text"]: a for a in query.aliases(seed_store, seed_store.entities(limit=1)[0].id)}
    assert all(a["mentions"] >= a["documents"] >= 1 for a in counts.values())


def test_rebuild_gives_the_rows_ingest_kept(seed_db_sqlite: Path, tmp_path: Path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    try:
        kept = _snapshot(store)
        assert all(kept[t] for t in TABLES)
        with store.transaction():
            store.rebuild_summaries()
        assert _snapshot(store) == kept
    finally:
        store.close()


def test_merge_and_split_move_facts_between_entities(seed_db_sqlite: Path, tmp_path: Path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    try:
        brigade = query.find_entity(store, "Zainabiyoun Brigade")
        other = query.find_entity(store, "IRGC")
        assert brigade is not None and other is not None and brigade.id != other.id
        before = store.event_page_ids(brigade.id, 10_000, 0)[0]
        theirs = store.event_page_ids(other.id, 10_000, 0)[0]
        assert theirs > 0
        with store.transaction():
            resolve.merge_manually(store, brigade, other)
        assert store.event_page_ids(other.id, 10_000, 0) == (0, [])
        assert before < store.event_page_ids(brigade.id, 10_000, 0)[0] <= before + theirs
        _check_against_full_queries(store)
        merged = store.entity(brigade.id)
        assert merged is not None
        with store.transaction():
            resolve.split_manually(store, merged, "IRGC")
        _check_against_full_queries(store)
    finally:
        store.close()


def _pair(store: SQLiteStore, sql: str) -> tuple[str, str]:
    row = store.conn.execute(sql + " ORDER BY 1, 2 LIMIT 1").fetchone()
    assert row is not None, sql
    return str(row[0]), str(row[1])


def test_merges_move_summary_rows_as_a_rebuild_would(seed_db_sqlite: Path, tmp_path: Path):
    """A merge renames the merged entity's summary rows instead of recomputing its facts;
    where both entities had a part (one event, one place of an event, the speaker and
    the subject of one claim, both ways round) the rows must be exactly a rebuild's, and
    entity counts a recount."""
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    pairs = {
        "places of one event": """SELECT a.entity_id, b.entity_id FROM event_places a
            JOIN event_places b ON a.event_id = b.event_id AND a.entity_id < b.entity_id""",
        "subject into speaker": """SELECT b.entity_id, s.entity_id FROM claim_entities s
            JOIN claim_entities b ON s.claim_id = b.claim_id
            WHERE s.role = 'by' AND b.role = 'about'""",
        "speaker into subject": """SELECT s.entity_id, b.entity_id FROM claim_entities s
            JOIN claim_entities b ON s.claim_id = b.claim_id
            WHERE s.role = 'by' AND b.role = 'about'""",
        "parts of one event": """SELECT a.entity_id, b.entity_id FROM event_entities a
            JOIN event_entities b ON a.event_id = b.event_id AND a.entity_id < b.entity_id""",
    }
    tables = (*TABLES, "entity_summaries")
    try:
        for case, sql in pairs.items():
            source, target = _pair(store, sql)
            other, keep = store.entity(source), store.entity(target)
            assert other is not None and keep is not None, case
            with store.transaction():
                resolve.merge_manually(store, keep, other)
            kept = {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}"))
                    for t in tables}  # fmt: skip
            with store.transaction():
                store.rebuild_summaries()
            for table in tables:
                rebuilt = sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {table}"))
                assert kept[table] == rebuilt, (case, table)
            stale = store._all("""SELECT e.id FROM entities e
                JOIN entity_keys k ON k.entity_id = e.id JOIN mentions m ON m.key = k.key
                GROUP BY e.id, e.document_count
                HAVING e.document_count != COUNT(DISTINCT m.document_id)""")
            assert not stale, case
        _check_against_full_queries(store)
    finally:
        store.close()


def test_rolled_back_batch_leaves_no_summaries(seed_db_sqlite: Path, tmp_path: Path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    store = SQLiteStore(db)
    try:
        kept = _snapshot(store)
        doc = next(store.documents())
        try:
            with store.transaction():
                store.add_claim_mention(
                    {
                        "document_id": doc["id"],
                        "claim_id": "clm_rolled_back",
                        "kind": "quote",
                        "start": 0,
                        "end": 5,
                        "text": doc["text"][:5],
                        "sentence": 0,
                        "text_key": "x",
                    }
                )
                raise RuntimeError("batch fails")
        except RuntimeError:
            pass
        assert _snapshot(store) == kept
    finally:
        store.close()


def test_timeline_pages_in_date_order(seed_store):
    """/api/events order: oldest first, undated last; every page a slice of it."""
    every = query.events(seed_store)
    pages = []
    for offset in range(0, len(every) + 7, 7):
        pages += query.event_page(seed_store, limit=7, offset=offset)["items"]
    assert [e["id"] for e in pages] == [e["id"] for e in every]
    newest = query.event_page(seed_store, limit=len(every), newest_first=True)["items"]
    dated = [e["date"]["start"] for e in newest if e["date"]]
    assert dated == sorted(dated, reverse=True)
    assert all(not e["date"] for e in newest[len(dated) :])
    filtered = query.event_page(seed_store, type="assault", date_from="2024-01-16", limit=100)
    assert [e["id"] for e in filtered["items"]] == [
        e["id"] for e in query.events(seed_store, type="assault", date_from="2024-01-16")
    ]


@pytest.mark.nlp
def test_counts_stay_a_recount_after_more_articles_and_story_merges(
    seed_db_sqlite: Path, seeds: Path, settings, tmp_path: Path
):
    """Reports of stored events (edited re-prints join their stories and events),
    then two stories merged by hand: the counts kept at ingest follow."""
    db = tmp_path / "copy.db"
    shutil.copy(seed_db_sqlite, db)
    folder = tmp_path / "more"
    folder.mkdir()
    for path in sorted(seeds.glob("*.txt"))[:3]:
        text = path.read_text(encoding="utf-8")
        (folder / path.name).write_text(text + "\n\nOfficials gave no further details.\n")
    store = SQLiteStore(db)
    try:
        before = store.counts()
        report = run_ingest([folder], store, settings)
        assert report.documents_added >= 2  # an exact re-print of a segment is skipped
        after = store.counts()
        assert after["documents"] == before["documents"] + report.documents_added
        check_counts_equal_recount(store)
        stories = [s for s, _n in store.story_page(2, 0)[1]]
        with store.transaction():
            store.merge_stories(stories[1:], stories[0])
        check_counts_equal_recount(store)
        assert store.counts()["stories"] == after["stories"] - 1
    finally:
        store.close()


def test_events_at_a_point_from_kept_counts_equals_the_full_read(seed_store):
    """The map's list of the events behind a point: totals and pages read from
    the kept counts equal the distinct events of a full read, for one place and
    for places sharing events, across page boundaries."""
    places = [r[0] for r in seed_store._all(
        "SELECT entity_id FROM place_counts GROUP BY entity_id ORDER BY SUM(events) DESC, entity_id"
    )]  # fmt: skip
    shared = [r[0] for r in seed_store._all(
        "SELECT entity_id FROM event_places WHERE places > 1 ORDER BY entity_id"
    )]  # fmt: skip
    assert len(places) >= 3
    for chosen in ([places[0]], places[:3], places, sorted(set(shared))[:4]):
        if not chosen:
            continue
        rows = seed_store._all(
            f"""SELECT DISTINCT s.id, s.sort_key FROM event_summaries s
                JOIN event_mentions m ON m.event_id = s.id
                JOIN entity_keys k ON k.key = m.location_key
                WHERE k.entity_id IN ({",".join("?" * len(chosen))})""",
            chosen,
        )
        expected = [r[0] for r in sorted(rows, key=lambda r: (r[1] == "", r[1], r[0]))]
        for limit, offset in ((5, 0), (3, 2), (20, 4), (1000, 0)):
            total, ids = seed_store.events_at(chosen, limit, offset)
            assert total == len(expected), chosen
            assert ids == expected[offset : offset + limit], (chosen, limit, offset)
