#!/usr/bin/env python3
"""PostgreSQL against SQLite, same run: ingest time and query-layer reads.

* Data: ``--n`` synthetic articles from :mod:`bench.perturb` (perturbed seed
  articles), written to a temporary folder and removed afterwards.
* Baseline: ``run_ingest`` into a fresh SQLite file. Measured: the same into a
  fresh database on a throw-away PostgreSQL server on 127.0.0.1
  (``tests/pgserver.py``; durability off, as in the tests), or the server
  named by ``--postgresql URL`` (which must point at an empty database).
* Then the same reads on both stores: full-text searches, the entity list,
  one entity profile, the counts; each repeated ``--repeat`` times.

spaCy is loaded and warmed up before either measurement, so both sides pay
only for analysis and writes. NLP dominates ingest, so the ingest ratio says
how much the store adds, not how fast PostgreSQL is in general. Figures only:
nothing fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.perturb import synthetic_articles, write_txt_folder  # noqa: E402
from dossier.config import load_settings  # noqa: E402
from dossier.pipeline.run import run_ingest  # noqa: E402
from dossier.query import reads as query  # noqa: E402
from dossier.store import Store, open_store  # noqa: E402
from tests import pgserver  # noqa: E402

SEARCHES = ("Iran", "Zainabiyoun Brigade", "Pakistan*", "militants killed", "no-such-word-xyz")


@dataclass
class IngestFigures:
    seconds: float
    documents: int
    statements: int = 0
    store_seconds: float = 0.0  # inside the store's statement calls


def _instrument(store: Any, figures: IngestFigures) -> None:
    """Count and time every statement the store runs (its two entry points)."""
    for name in ("_exec", "_many"):
        inner = getattr(store, name)

        def timed(*args: Any, _inner: Any = inner) -> Any:
            start = time.perf_counter()
            try:
                return _inner(*args)
            finally:
                figures.statements += 1
                figures.store_seconds += time.perf_counter() - start

        setattr(store, name, timed)


def _ingest(db: str, folder: Path) -> IngestFigures:
    settings = load_settings(db=db).with_overrides(progress=False)
    store = open_store(db)
    figures = IngestFigures(0.0, 0)
    _instrument(store, figures)
    start = time.perf_counter()
    try:
        report = run_ingest([folder], store, settings)
    finally:
        store.close()
    figures.seconds = time.perf_counter() - start
    figures.documents = report.documents_added
    return figures


def _reads(store: Store) -> dict[str, Callable[[], object]]:
    top = store.entities(limit=1)[0]
    return {
        f"search x{len(SEARCHES)}": lambda: [query.search(store, q) for q in SEARCHES],
        "entities (50)": lambda: store.entities(limit=50),
        "entity profile": lambda: query.entity_profile(store, top),
        "counts": store.counts,
    }


def _time(action: Callable[[], object], repeat: int) -> float:
    action()  # warm caches on both sides alike
    start = time.perf_counter()
    for _ in range(repeat):
        action()
    return (time.perf_counter() - start) / repeat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=150, help="synthetic articles (default 150)")
    parser.add_argument("--repeat", type=int, default=20, help="runs of each read (default 20)")
    parser.add_argument("--postgresql", help="URL of an empty database (default: temporary)")
    args = parser.parse_args(argv)

    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="dossier-bench-")))
        folder = work / "articles"
        write_txt_folder(synthetic_articles(args.n), folder)
        warm = work / "warm"
        write_txt_folder(synthetic_articles(4, seed=99), warm)
        _ingest(str(work / "warm.db"), warm)  # loads and warms the spaCy model
        if args.postgresql:
            pg = args.postgresql
        else:
            server = stack.enter_context(pgserver.temporary_server())
            pg = pgserver.create_database(server, "bench")
        sqlite = str(work / "kb.db")

        print(f"ingest of {args.n} synthetic articles (spaCy loaded beforehand)")
        sq, pgf = _ingest(sqlite, folder), _ingest(pg, folder)
        header = ("documents", 10), ("seconds", 9), ("docs/s", 8), ("statements", 12)
        print(f"{'':<20}" + "".join(f"{h:>{w}}" for h, w in header) + f"{'in store s':>12}")
        for name, f in (("SQLite (baseline)", sq), ("PostgreSQL", pgf)):
            print(
                f"{name:<20}{f.documents:>10}{f.seconds:>9.2f}{f.documents / f.seconds:>8.1f}"
                f"{f.statements:>12,}{f.store_seconds:>12.2f}"
            )
        print(
            f"PostgreSQL / SQLite: ingest time {pgf.seconds / sq.seconds:.2f}x, "
            f"time in the store {pgf.store_seconds / sq.store_seconds:.2f}x "
            f"({pgf.store_seconds / pgf.statements * 1000:.2f} vs "
            f"{sq.store_seconds / sq.statements * 1000:.2f} ms a statement)\n"
        )

        stores = {"SQLite": open_store(sqlite), "PostgreSQL": open_store(pg)}
        try:
            timed = {
                name: {label: _time(act, args.repeat) for label, act in _reads(store).items()}
                for name, store in stores.items()
            }
        finally:
            for store in stores.values():
                store.close()
        print(f"reads, mean of {args.repeat} (ms)")
        print(f"{'':<22}{'SQLite':>10}{'PostgreSQL':>12}{'PG/SQLite':>11}")
        for label, sq in timed["SQLite"].items():
            pgt = timed["PostgreSQL"][label]
            print(f"{label:<22}{sq * 1000:>10.2f}{pgt * 1000:>12.2f}{pgt / sq:>10.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
