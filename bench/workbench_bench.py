"""Workbench latency (p50/p95) on a real store: graph, map, lists, entity page.

Each page is requested through FastAPI's TestClient (the whole request:
routing, reads, templates) after one warm-up request (the gazetteer loads
once per process). Measured in the same run, as the baseline, the code path
each page used before the workbench reads (issue 20): the whole-knowledge-base
actor graph of the 80 heaviest actors and its layout; every event built to
place them on the map; every claim related to every other for one page of
``/api/claims`` and ``/api/disputes``; every story with its documents for
one page of stories. Figures only, no pass/fail.

The store: ``--db``, one built from the real archive (``dossier ingest
../shared/bench-data/realnews-2025-jan-may/articles.jsonl``, then
``bench/grow_store.py``); without it, the first ``--limit`` articles are
ingested and their rows cloned in SQL until the store holds ``--min-docs``.

Usage: ``python bench/workbench_bench.py [--db STORE | --limit 400 --min-docs 3000]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, realnews
from bench.grow_store import clone_rows, rebuild
from dossier import geo
from dossier.config import load_settings
from dossier.pipeline.run import run_ingest
from dossier.query import reads as query
from dossier.query import views
from dossier.query.graph import actor_graph, layout
from dossier.store import SQLiteStore, open_store
from dossier.store.base import Store
from dossier.web import geomap
from dossier.web.api import create_app


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(call: Callable[[], object], requests: int) -> tuple[float, float, float, float]:
    """(wall p50, wall p95, CPU p50, CPU p95) in ms of ``requests`` calls. CPU is
    this process's time (the app runs in its threads): on a shared machine it
    tells the cost apart from the wait for a core."""
    wall, cpu = [], []
    for _ in range(requests):
        start, started = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - started) * 1000)
    return statistics.median(wall), _p95(wall), statistics.median(cpu), _p95(cpu)


def old_map(store: Store) -> int:
    """The map page before: every event built, each location resolved."""
    places = geo.EntityPlaces(store)
    placed = 0
    for event in query.events(store):
        row = store.entity(event["location"]) if event["location"] else None
        if row is not None and places.resolve(row.id, row.name, row.type).place is not None:
            placed += 1
    return placed


def build(data: Path, limit: int, min_docs: int, folder: Path) -> Path:
    """Ingest the first ``limit`` real articles, then clone the rows until the
    store holds ``min_docs`` documents (:mod:`bench.grow_store`)."""
    source, small, grown = folder / "articles.jsonl", folder / "small.db", folder / "grown.db"
    with source.open("w", encoding="utf-8") as out:
        for row in realnews(data)[:limit]:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    start = time.perf_counter()
    store = SQLiteStore(small)
    run_ingest([source], store, load_settings(environ={}, db=str(small)))
    documents = store.counts()["documents"]
    store.close()
    shutil.copyfile(small, grown)
    total = clone_rows(grown, max(0, -(-min_docs // max(documents, 1)) - 1))
    rebuild(grown)
    print(f"built {grown}: {limit} articles ingested, grown to {total:,} documents in "
          f"{time.perf_counter() - start:.0f} s", file=sys.stderr)  # fmt: skip
    return grown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store built from the real archive (default: build one)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench-data folder")
    parser.add_argument("--limit", type=int, default=400, help="articles ingested without --db")
    parser.add_argument(
        "--min-docs", type=int, default=3000, help="grown to this many without --db"
    )
    parser.add_argument("--requests", type=int, default=20, help="requests per page")
    parser.add_argument(
        "--baseline-requests",
        type=int,
        default=3,
        help="runs of each baseline (0: none; a whole-base read takes minutes at 100k documents)",
    )
    parser.add_argument(
        "--pages",
        default="",
        help="only the pages whose names contain one of these (comma-separated)",
    )
    args = parser.parse_args()
    if args.db is not None:
        return measure(args)
    with tempfile.TemporaryDirectory(prefix="dossier-workbench-") as tmp:
        args.db = str(build(args.data, args.limit, args.min_docs, Path(tmp)))
        return measure(args)


def measure(args: argparse.Namespace) -> int:
    """Print the table for the store ``args.db``."""
    settings = load_settings(environ={}, db=args.db)
    client = TestClient(create_app(settings), base_url="http://127.0.0.1")  # an allowed Host
    store = open_store(args.db)
    counts = store.counts()
    top = store.entities(limit=1)[0]
    drawn = geomap.event_map(store)
    at = drawn["clusters"][0]["ids"] if drawn["clusters"] else ""
    pages = {
        "/graph": ("/graph", lambda: layout(actor_graph(store, max_nodes=80))),
        "/graph?depth=2": ("/graph?depth=2", None),
        "/map": ("/map", lambda: old_map(store)),
        "/map?at=<top point>": (f"/map?at={at}", None),
        "/api/claims?limit=20": (
            "/api/claims?limit=20",
            lambda: views.page(query.claims(store), 20, 0),
        ),
        "/api/disputes?limit=20": (
            "/api/disputes?limit=20",
            lambda: views.page(query.disputes(store), 20, 0),
        ),
        "/api/stories?limit=20": (
            "/api/stories?limit=20",
            lambda: views.page(query.story_list(store), 20, 0),
        ),
        "/stories": ("/stories", lambda: views.page(query.story_list(store), 50, 0)),
        "/": ("/", lambda: query.story_list(store)[:8]),
        "/entities/<top entity>": (f"/entities/{top.id}", None),
        "/timeline": ("/timeline", None),
    }
    print(
        f"store {args.db}: {counts['documents']:,} documents, {counts['entities']:,} entities; "
        f"{args.requests} requests per page after one warm-up; baseline = the code path "
        f"before ({args.baseline_requests} runs, reads only, no template)"
    )
    print(
        f"{'page':<26} {'p50 ms':>7} {'p95 ms':>7} {'cpu p50':>8} {'cpu p95':>8}   "
        f"{'before p50':>10} {'before p95':>10} {'cpu p95':>8}"
    )
    wanted = [w for w in args.pages.split(",") if w]
    for name, (path, before) in pages.items():
        if wanted and not any(w in name for w in wanted):
            continue
        client.get(path).raise_for_status()  # warm-up
        p50, p95, c50, c95 = timed(lambda p=path: client.get(p).raise_for_status(), args.requests)
        old = f"{'-':>10} {'-':>10} {'-':>8}"
        if before is not None and args.baseline_requests > 0:
            b50, b95, _b, bc95 = timed(before, args.baseline_requests)
            old = f"{b50:>10.0f} {b95:>10.0f} {bc95:>8.0f}"
        print(f"{name:<26} {p50:>7.1f} {p95:>7.1f} {c50:>8.1f} {c95:>8.1f}   {old}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
