"""API latency (p50/p95) of the entity page, search and timeline on a large store.

The store is built from the seed corpus: the seeds go through the real
pipeline once, then every stored row (documents, sentences, mentions, full-text
rows, events, claims) is copied ``--n / 6`` times in SQL with fresh ids, so the
store holds ``--n`` documents whose entities, mentions, events and claims are
real extractor output. Each copy is its own story. The per-entity summary
tables the entity page reads are then rebuilt from those rows with the
store's own code (:meth:`SQLiteStore.rebuild_summaries`), as a store upgrade
would; that time is printed apart.

Measured in the same run, per query: the API through FastAPI's TestClient
(JSON endpoints the UI uses) and, as the baseline, one plain SQL query that
returns the same rows' core (the entity's first 50 mentions, the FTS hits, the
entity's event reports). Figures only, no pass/fail.

Usage: ``python bench/api_bench.py [--n 100000] [--requests 10]``
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from dossier import query
from dossier.api import create_app
from dossier.config import default_corpus, load_settings
from dossier.pipeline import run_ingest
from dossier.store import SQLiteStore

#: tables copied per clone: (table, id column or None, columns rewritten)
_COPY = {
    "documents": ("id", "story_id"),
    "sentences": ("document_id",),
    "mentions": ("document_id",),
    "documents_fts": ("document_id",),
    "claim_mentions": ("document_id", "claim_id"),
}


def build_store(db: Path, n: int) -> tuple[int, float]:
    """A store of about ``n`` documents: (documents, seconds spent on summaries)."""
    settings = load_settings(environ={}, db=str(db))
    store = SQLiteStore(db)
    run_ingest([default_corpus()], store, settings)
    store.close()
    conn = sqlite3.connect(db)
    base = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    copies = max(0, n // base - 1)
    columns = {
        t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
        for t in (*_COPY, "event_mentions", "event_args")
    }
    columns["documents_fts"] = ["document_id", "title", "text"]
    last = {
        t: conn.execute(f"SELECT MAX(rowid) FROM {t}").fetchone()[0] or 0
        for t in (*_COPY, "event_mentions")
    }
    conn.execute("BEGIN")
    for copy in range(1, copies + 1):
        suffix = f"_{copy}"
        for table, rewritten in _COPY.items():
            cols = [c for c in columns[table] if c not in ("rowid", "id") or table == "documents"]
            select = ", ".join(f"{c} || ?" if c in rewritten else c for c in cols)
            params = [suffix] * sum(1 for c in cols if c in rewritten)
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table} "
                "WHERE rowid <= ?",
                [*params, last[table]],
            )
        offset = copy * last["event_mentions"]
        ev_cols = [c for c in columns["event_mentions"] if c != "id"]
        select = ", ".join(f"{c} || ?" if c in ("document_id", "event_id") else c for c in ev_cols)
        conn.execute(
            f"INSERT INTO event_mentions (id, {', '.join(ev_cols)}) SELECT id + ?, {select} "
            "FROM event_mentions WHERE id <= ?",
            [offset, suffix, suffix, last["event_mentions"]],
        )
        conn.execute(
            'INSERT INTO event_args (mention_id, role, key, text, start, "end") '
            'SELECT mention_id + ?, role, key, text, start, "end" FROM event_args '
            "WHERE mention_id <= ?",
            [offset, last["event_mentions"]],
        )
    conn.execute(
        "UPDATE entities SET document_count = document_count * ?, mention_count = "
        "mention_count * ?",
        [copies + 1, copies + 1],
    )
    conn.execute("COMMIT")
    total = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    start = time.perf_counter()
    store = SQLiteStore(db)
    with store.transaction():
        store.rebuild_summaries()
    store.close()
    return int(total), time.perf_counter() - start


def timed(call: Callable[[], object], requests: int) -> tuple[float, float]:
    samples = []
    for _ in range(requests):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        start = time.perf_counter()
        documents, summaries = build_store(db, args.n)
        built = time.perf_counter() - start
        settings = load_settings(environ={}, db=str(db))
        client = TestClient(create_app(settings))
        store = SQLiteStore(db)
        brigade = query.find_entity(store, "Zainabiyoun Brigade")
        assert brigade is not None
        conn = sqlite3.connect(db)
        api = {
            "entity page": lambda: client.get(f"/api/entities/{brigade.id}").raise_for_status(),
            "search": lambda: client.get("/api/search", params={"q": "Zainabiyoun"}),
            "timeline": lambda: client.get("/api/events", params={"entity": brigade.id}),
        }
        sql = {
            "entity page": lambda: conn.execute(
                "SELECT m.* FROM entity_keys k JOIN mentions m ON m.key = k.key "
                "WHERE k.entity_id = ? LIMIT 50",
                [brigade.id],
            ).fetchall(),
            "search": lambda: conn.execute(
                "SELECT document_id, snippet(documents_fts, 2, '[', ']', '…', 16) "
                "FROM documents_fts WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts) "
                "LIMIT 20",
                ['"Zainabiyoun"'],
            ).fetchall(),
            "timeline": lambda: conn.execute(
                "SELECT m.* FROM event_mentions m JOIN event_args a ON a.mention_id = m.id "
                "JOIN entity_keys k ON k.key = a.key WHERE k.entity_id = ? LIMIT 50",
                [brigade.id],
            ).fetchall(),
        }
        print(
            f"store: {documents:,} documents (built in {built:.1f} s, of which summary tables "
            f"{summaries:.1f} s), {args.requests} "
            f"requests per query, entity {brigade.name!r}"
        )
        print(
            f"{'query':<14} {'API p50 ms':>11} {'API p95 ms':>11} {'SQL p50 ms':>11} "
            f"{'SQL p95 ms':>11} {'ratio p95':>10}"
        )
        for name in api:
            a50, a95 = timed(api[name], args.requests)
            s50, s95 = timed(sql[name], args.requests)
            print(
                f"{name:<14} {a50:>11.1f} {a95:>11.1f} {s50:>11.2f} {s95:>11.2f} "
                f"{a95 / max(s95, 1e-6):>10.0f}"
            )
        conn.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
