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

from dossier.config import load_settings
from dossier.pipeline.run import run_ingest
from dossier.query import reads as query
from dossier.store import SQLiteStore
from dossier.web.api import create_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import ROOT
from bench.grow_store import clone_rows, rebuild


def build_store(db: Path, n: int) -> tuple[int, float]:
    """A store of about ``n`` documents: (documents, seconds spent on summaries)."""
    settings = load_settings(environ={}, db=str(db))
    store = SQLiteStore(db)
    run_ingest([ROOT.parent / "shared" / "corpus" / "seeds"], store, settings)
    store.close()
    conn = sqlite3.connect(db)
    base = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    total = clone_rows(db, max(0, n // base - 1))
    return total, rebuild(db)


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
        client = TestClient(create_app(settings), base_url="http://127.0.0.1")  # an allowed Host
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
