#!/usr/bin/env python3
"""The write path alone: analysed batches replayed into a fresh store, trees alternated.

Why: the store's share of an ingest is a few ms an article beside spaCy's ~90, far inside
the noise of an end-to-end run on a shared machine. Analysing once and replaying only
:func:`dossier.pipeline.run.write_batch` (entity resolution, story assignment, facts, the
summary flush) takes spaCy and the extractors out of the measurement, so a change to the
store or the fact merging shows in CPU milliseconds an article, counted per SQL statement.

``prepare``: read, clean and analyse the first ``--limit`` articles of ``--data`` (one
tree: the one this file is run from) into a pickle of the write batches. ``replay`` (run
as a child, ``PYTHONPATH`` the tree under test): write them into a fresh store (SQLite, or
PostgreSQL with ``compare --postgresql``),
print one JSON object (CPU seconds of the writes, statements run, export hash without
timestamps). ``compare``: ``--repeat`` replays per tree, trees alternated, medians.

The pickle holds :mod:`dossier.records` objects: both trees must share that module's
shape (a change to the records needs a ``prepare`` per tree, which this does not do).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
REALNEWS = REPO.parent / "shared" / "bench-data" / "realnews-2025-jan-may" / "articles.jsonl"


def prepare(data: Path, limit: int, out: Path) -> int:
    """Analyse the first ``limit`` articles once; pickle ``[(batch, analysed), ...]``."""
    sys.path.insert(0, str(REPO))
    from dossier.config import load_settings
    from dossier.ingest.files import InputFile
    from dossier.pipeline.prepare import read_articles
    from dossier.pipeline.run import Tally, analyze_batch, built_pipeline, plan_batches
    from dossier.store import open_store

    lines = [line for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    settings = load_settings()
    batches: list[Any] = []
    with tempfile.TemporaryDirectory(prefix="dossier-write-replay-") as tmp:
        articles = Path(tmp) / "articles.jsonl"
        articles.write_text("\n".join(lines[:limit]) + "\n", encoding="utf-8")
        store = open_store(str(Path(tmp) / "plan.db"))
        item = InputFile(articles, articles.name)
        groups = [(item.source, read_articles(item, settings))]
        pipeline = built_pipeline(settings, store.reference_names())
        for batch in plan_batches(groups, store, settings, Tally()):
            documents = [d for pending in batch for d in pending.documents]
            batches.append((batch, analyze_batch(documents, settings, pipeline)))
        store.close()
    out.write_bytes(pickle.dumps(batches))
    print(f"{sum(len(a) for _b, a in batches)} documents in {len(batches)} batches -> {out}")
    return 0


def replay(batches_file: Path, db: str) -> int:
    """Write the pickled batches into a fresh store at ``db``; print one JSON object."""
    from dossier.pipeline.run import load_stories, write_batch
    from dossier.store import open_store

    batches = pickle.loads(batches_file.read_bytes())
    counts: Counter[str] = Counter()
    store = open_store(db)
    backend = type(store)
    plain_exec, plain_many = backend._exec, backend._many

    def counted_exec(self: Any, sql: str, params: Any = ()) -> Any:
        counts[" ".join(sql.split())[:60]] += 1
        return plain_exec(self, sql, params)

    def counted_many(self: Any, sql: str, rows: Any) -> None:
        counts[" ".join(sql.split())[:60]] += 1
        plain_many(self, sql, rows)

    stories = load_stories(store)
    backend._exec, backend._many = counted_exec, counted_many  # type: ignore[method-assign]
    start, started = time.process_time(), time.perf_counter()
    documents = 0
    for batch, analysed in batches:
        documents += write_batch(store, stories, batch, analysed)[0]
    cpu = time.process_time() - start
    wall = time.perf_counter() - started
    backend._exec, backend._many = plain_exec, plain_many  # type: ignore[method-assign]
    store.close()
    print(
        json.dumps(
            {
                "documents": documents,
                "cpu_s": cpu,
                "wall_s": wall,
                "statements": sum(counts.values()),
                "top": counts.most_common(12),
            }
        )
    )
    return 0


def _digest(db: str, tree: Path) -> str:
    """The store's export hash by ``tree``'s dossier, timestamps aside."""
    sys.path.insert(0, str(REPO))
    from bench.export_compare import without_timestamps

    out = subprocess.run(
        [sys.executable, "-m", "dossier", "export", "--db", db],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
    ).stdout
    exported = json.dumps(without_timestamps(json.loads(out)), sort_keys=True)
    return hashlib.sha256(exported.encode()).hexdigest()[:16]


def compare(batches_file: Path, trees: list[Path], repeat: int, postgresql: bool) -> int:
    """Replays per tree, alternated; CPU ms an article (median, spread), statements.
    ``postgresql``: into databases of a throw-away local server (``tests/pgserver.py``),
    where each statement is a round trip: wall seconds, this process's CPU and the
    server's work."""
    results: dict[Path, list[dict[str, Any]]] = {tree: [] for tree in trees}
    digests: dict[Path, set[str]] = {tree: set() for tree in trees}
    with tempfile.TemporaryDirectory(prefix="dossier-write-replay-") as tmp, ExitStack() as stack:
        server = None
        if postgresql:
            sys.path.insert(0, str(REPO))
            from tests import pgserver

            server = stack.enter_context(pgserver.temporary_server())
        for round_ in range(repeat):
            order = trees if round_ % 2 == 0 else list(reversed(trees))
            for tree in order:
                db = str(Path(tmp) / f"r{round_}-{trees.index(tree)}.db")
                if server is not None:
                    db = pgserver.create_database(server, f"replay_{round_}_{trees.index(tree)}")
                out = subprocess.run(
                    [
                        sys.executable,
                        str(Path(__file__).resolve()),
                        "replay",
                        str(batches_file),
                        "--db",
                        db,
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=tree,
                    env={**os.environ, "PYTHONPATH": str(tree)},
                ).stdout
                result = json.loads(out.splitlines()[-1])
                results[tree].append(result)
                digests[tree].add(_digest(db, tree))
                print(
                    f"  round {round_} {tree}: {1000 * result['cpu_s'] / result['documents']:.2f}"
                    f" ms/doc CPU, {1000 * result['wall_s'] / result['documents']:.2f} ms/doc "
                    f"wall, {result['statements']} statements, load "
                    f"{os.getloadavg()[0]:.1f}",
                    flush=True,
                )
    for tree in trees:
        ms = [1000 * r["cpu_s"] / r["documents"] for r in results[tree]]
        middle = statistics.median(ms)
        spread = statistics.median(abs(m - middle) for m in ms)
        wall = statistics.median(1000 * r["wall_s"] / r["documents"] for r in results[tree])
        first = results[tree][0]
        print(
            f"{tree}: writes {middle:.2f} ± {spread:.2f} ms CPU, {wall:.2f} ms wall a document "
            f"({first['documents']} documents), {first['statements']} statements "
            f"({first['statements'] / first['documents']:.0f} a document); export "
            f"{', '.join(sorted(digests[tree]))}"
        )
        for sql, n in first["top"]:
            print(f"    {n:>7}  {sql}")
    same = len(set().union(*digests.values())) == 1
    print(f"exports {'identical' if same else 'DIFFER'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("out", type=Path)
    p.add_argument("--data", type=Path, default=REALNEWS)
    p.add_argument("--limit", type=int, default=200)
    r = sub.add_parser("replay")
    r.add_argument("batches", type=Path)
    r.add_argument("--db", required=True)
    c = sub.add_parser("compare")
    c.add_argument("batches", type=Path)
    c.add_argument("--trees", required=True, help="comma-separated source trees")
    c.add_argument("--repeat", type=int, default=4)
    c.add_argument("--postgresql", action="store_true", help="a throw-away local server")
    args = parser.parse_args(argv)
    if args.command == "prepare":
        return prepare(args.data, args.limit, args.out)
    if args.command == "replay":
        return replay(args.batches, args.db)
    trees = [Path(t).resolve() for t in args.trees.split(",")]
    return compare(args.batches, trees, args.repeat, args.postgresql)


if __name__ == "__main__":
    sys.exit(main())
