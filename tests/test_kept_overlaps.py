"""Overlaps kept at write time: the events the places of one map point share, and the
subjects whose figures contradict (issue 19).

The map's list at one point and ``/api/disputes`` used to find these per request, by
grouping every shared event's rows and by walking every figure of every subject; both
grew with the archive. The write path now keeps ``place_sets`` and ``measure_spans``.
These tests hold the reads through them to the per-request queries they replace (kept
here as the reference) and to a brute-force recount, on hand-built rows: random place
sets and random intervals, every page, after fills, incremental shifts and an upgrade.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from dossier.store import SQLiteStore

PLACES = [f"ent_place{i}" for i in range(8)]
SUBJECTS = ["ent_a", "ent_b", "ent_c"]
UNITS = ["killed:person", "wounded:person"]

#: the per-request correction ``events_at`` used before ``place_sets``
OLD_SHARED = """SELECT COALESCE(SUM(n - 1), 0) FROM (
    SELECT COUNT(*) AS n FROM event_places WHERE places > 1 AND entity_id IN ({marks})
    GROUP BY event_id HAVING COUNT(*) > 1) x"""

#: the per-request pair scan ``contradiction_pairs`` used before ``measure_spans``
OLD_PAIRS = """SELECT low_id, high_id FROM (
    SELECT a.claim_id AS low_id, b.claim_id AS high_id, a.entity_id AS entity,
           a.unit_key AS unit, a.high AS a_high, b.low AS b_low
    FROM entity_measures a JOIN entity_measures b
      ON b.entity_id = a.entity_id AND b.unit_key = a.unit_key AND b.vague = 0
         AND b.low > a.high
    WHERE a.vague = 0) x
    ORDER BY entity, unit, a_high, low_id, b_low, high_id"""


def _events(rng: random.Random, n: int, start: int = 0) -> dict[str, tuple[list[str], str]]:
    """``n`` events, each at one to four places, dated or not."""
    found = {}
    for i in range(start, start + n):
        at = sorted(rng.sample(PLACES, rng.choice([1, 1, 2, 2, 3, 4])))
        day = "" if rng.random() < 0.2 else f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        found[f"ev{i:04d}"] = (at, day)
    return found


def _write_events(store: SQLiteStore, events: dict[str, tuple[list[str], str]]) -> None:
    """The rows ``_refresh_events`` writes for these events (place counts recounted)."""
    store._many(
        """INSERT INTO event_places (entity_id, event_id, type, date_start, date_end,
           sort_key, places) VALUES (?, ?, 'ATTACK', ?, ?, ?, ?)""",
        [(p, e, d or None, d or None, d, len(at)) for e, (at, d) in events.items() for p in at],
    )
    store._exec("DELETE FROM place_counts")
    store._exec(
        """INSERT INTO place_counts (entity_id, type, events)
           SELECT entity_id, type, COUNT(*) FROM event_places GROUP BY entity_id, type"""
    )


def _measures(rng: random.Random, n: int, start: int = 0) -> list[tuple]:
    rows = []
    for i in range(start, start + n):
        low = rng.randint(0, 30)
        rows.append(
            (f"cl{i:04d}", rng.choice(SUBJECTS), rng.choice(UNITS), int(rng.random() < 0.2),
             float(low), float(low + rng.choice([0, 0, 1, 5])), i)
        )  # fmt: skip
    return rows


def _write_measures(store: SQLiteStore, rows: list[tuple]) -> None:
    store._many(
        """INSERT INTO entity_measures (claim_id, entity_id, unit_key, vague, low, high, seq)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        rows,
    )


def _kept(store: SQLiteStore) -> dict[str, list[tuple]]:
    return {
        t: sorted(tuple(r) for r in store._all(f"SELECT * FROM {t}"))
        for t in ("place_sets", "measure_spans")
    }


def _check_reads(store: SQLiteStore, rng: random.Random) -> None:
    """Every read through the kept rows equals the old query and a recount."""
    at: dict[str, list[str]] = {}
    for place, event in store._all("SELECT entity_id, event_id FROM event_places"):
        at.setdefault(place, []).append(event)
    for size in (1, 2, 3, 5, 8):
        for _ in range(6):
            chosen = sorted(rng.sample(PLACES, size))
            events = {e for p in chosen for e in at.get(p, [])}
            counted = sum(len(at.get(p, [])) for p in chosen)
            old = counted - store._one(
                OLD_SHARED.format(marks=",".join("?" * size)), chosen
            )[0]  # fmt: skip
            total, page = store.events_at(chosen, 10**6, 0)
            assert total == old == len(events) == len(page), chosen
            for offset in (0, 7, 20):
                assert store.events_at(chosen, 7, offset) == (total, page[offset : offset + 7])
    old_pairs = [tuple(r) for r in store._all(OLD_PAIRS)]
    figures = store._all(
        "SELECT claim_id, entity_id, unit_key, vague, low, high FROM entity_measures"
    )
    brute = sorted(
        ((a[1], a[2], a[5], a[0], b[4], b[0]) for a in figures for b in figures
         if a[1:3] == b[1:3] and not a[3] and not b[3] and b[4] > a[5]),
    )  # fmt: skip
    assert old_pairs == [(p[3], p[5]) for p in brute]
    for cap in (3, len(old_pairs), 10**6):
        for limit, offset in ((5, 0), (5, 5), (50, 3), (10**6, 0)):
            total, page = store.contradiction_pairs(limit, offset, cap)
            assert total == min(len(old_pairs), cap + 1)
            assert page == old_pairs[offset : offset + limit]


@pytest.fixture()
def store(tmp_path: Path):
    opened = SQLiteStore(tmp_path / "kb.db")
    yield opened
    opened.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reads_through_kept_overlaps_equal_the_per_request_queries(store, seed):
    rng = random.Random(seed)
    with store.transaction():
        _write_events(store, _events(rng, 120))
        _write_measures(store, _measures(rng, 60))
        store.fill_kept_overlaps()
    kept = _kept(store)
    assert kept["place_sets"] and kept["measure_spans"]
    # a set's row per member, its count the events at exactly those places
    sets = Counter(
        tuple(sorted(p for p, e in store._all("SELECT entity_id, event_id FROM event_places")
                     if e == event))
        for (event,) in store._all("SELECT DISTINCT event_id FROM event_places WHERE places > 1")
    )  # fmt: skip
    assert kept["place_sets"] == sorted((m, ",".join(s), n) for s, n in sets.items() for m in s)
    _check_reads(store, rng)


def test_shifts_and_rechecks_keep_what_a_fill_finds(store):
    """The write path's updates (events moving between sets, figures added and removed)
    leave the rows a fill from scratch gives, sets left empty and groups no longer
    contradicting without a row."""
    rng = random.Random(7)
    events = _events(rng, 80)
    with store.transaction():
        _write_events(store, events)
        _write_measures(store, _measures(rng, 40))
        store.fill_kept_overlaps()
    for round_ in range(3):
        moved = rng.sample(sorted(events), 30)
        delta: dict[tuple[str, ...], int] = {}
        with store.transaction():
            for event in moved:
                old = tuple(events[event][0])
                if len(old) > 1:
                    delta[old] = delta.get(old, 0) - 1
                store._exec("DELETE FROM event_places WHERE event_id = ?", (event,))
            fresh = _events(rng, 30, start=1000 + 100 * round_)
            for event, new in zip(moved, fresh.values(), strict=True):
                events[event] = new
                if len(new[0]) > 1:
                    delta[tuple(new[0])] = delta.get(tuple(new[0]), 0) + 1
            _write_events(store, {e: events[e] for e in moved})
            store._shift_place_sets(delta)
            stored = [r[0] for r in store._all("SELECT claim_id FROM entity_measures")]
            gone = rng.sample(stored, 10)
            groups = {
                (r[0], r[1])
                for r in store._all(
                    f"SELECT entity_id, unit_key FROM entity_measures WHERE claim_id IN "
                    f"({','.join('?' * len(gone))})",
                    gone,
                )
            }
            store._exec(
                f"DELETE FROM entity_measures WHERE claim_id IN ({','.join('?' * len(gone))})",
                gone,
            )
            added = _measures(rng, 10, start=1000 + 100 * round_)
            _write_measures(store, added)
            store._keep_measure_spans(groups | {(m[1], m[2]) for m in added})
        kept = _kept(store)
        assert all(n > 0 for _m, _s, n in kept["place_sets"])
        with store.transaction():
            store.fill_kept_overlaps()
        assert _kept(store) == kept, round_
        _check_reads(store, rng)


def test_a_store_written_before_the_tables_is_filled_on_upgrade(tmp_path: Path):
    db = tmp_path / "kb.db"
    rng = random.Random(11)
    store = SQLiteStore(db)
    with store.transaction():
        _write_events(store, _events(rng, 60))
        _write_measures(store, _measures(rng, 40))
        store._exec(
            "INSERT INTO documents (id, source, raw_hash, segment, version, text, removed, "
            "ingested_at) VALUES ('d1', 's', 'h', 0, 1, 'x', '[]', '2025-01-01')"
        )  # not empty: an upgrade fills
        store.fill_kept_overlaps()
    want = _kept(store)
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE place_sets")
    conn.execute("DROP TABLE measure_spans")
    conn.execute("DELETE FROM schema_version WHERE version >= 19")
    conn.commit()
    conn.close()
    upgraded = SQLiteStore(db)
    try:
        assert _kept(upgraded) == want and want["place_sets"]
    finally:
        upgraded.close()
