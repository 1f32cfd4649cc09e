#!/usr/bin/env python3
"""Incremental ingest: adding K articles to a store of N against rebuilding all N+K.

The pipeline only analyses inputs it has not stored (same source and bytes are
skipped before cleaning), so adding K articles should cost about K articles'
work whatever N is, while a rebuild costs N+K. This measures both in the same
run, for several N, and breaks the add-K time down by stage so that any step
whose cost grows with the store (rather than with K) shows up.

* Data: ``max(N) + K`` synthetic articles from :mod:`bench.perturb` (the first
  k never depend on the total), written as .txt files: the first N to
  ``base/``, the K after the largest N to ``new/``, so every N adds the same K.
* add K: ``run_ingest([base])`` into a fresh store (timed: the initial build),
  then ``run_ingest([new])`` into that store (timed, with the stage breakdown).
* baseline, rebuild: ``run_ingest([base, new])`` into another fresh store.
* The model is loaded and warmed before any timing (it is cached per process).

``--alerts STORE`` (a copy is used, the store is not changed): the watch
check after an update. ``--watches`` watches on the store's most-mentioned
entities, then ``--k`` articles from ``--data`` (JSON lines; the lines from
``--skip`` on, so they are new to the store) ingested with the local engine,
then the check timed: dossier's (the facts of the documents stored since the
watermark, read through the summary tables); with ``--whole-read``, against,
same run, the whole-base read it replaces (every claim with its relations,
every event, every event dispute: what each check computed before the
watermark; minutes at 100k documents). Progress goes to stderr as it
happens; ``--baselines`` records each watch's baseline first (see
:func:`alerts_run` for why that is off by default).

Figures only: nothing fails on a threshold.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.perturb import DEFAULT_SEEDS, synthetic_articles, write_txt_folder  # noqa: E402
from dossier import geo  # noqa: E402
from dossier.config import Settings, load_settings  # noqa: E402
from dossier.extract.nlp import load_pipeline  # noqa: E402
from dossier.kb import resolve  # noqa: E402
from dossier.pipeline import run as pipeline  # noqa: E402
from dossier.store import open_store  # noqa: E402

REALNEWS = REPO.parent / "shared" / "bench-data" / "realnews-2025-jan-may" / "articles.jsonl"

#: (module, function name, label): the steps timed inside an ingest run
STAGES = (
    (pipeline, "load_stories", "load story index"),
    (pipeline, "analyze_batch", "nlp analyse"),
    (pipeline, "assign_story", "assign story"),
    (resolve, "update_entities", "resolve entities"),
    (pipeline, "store_facts", "store facts"),
    (pipeline, "write_batch", "write batch (all store writes, commit included)"),
)


@contextmanager
def stage_timer() -> Iterator[dict[str, float]]:
    """Seconds spent in each of :data:`STAGES` while the block runs, wall under the
    stage's label and CPU under ``"<label> CPU"`` (wrappers removed after)."""
    spent: dict[str, float] = defaultdict(float)
    originals = []
    for module, name, label in STAGES:
        original = getattr(module, name)
        originals.append((module, name, original))

        def timed(*args: Any, _f: Callable[..., Any] = original, _l: str = label) -> Any:
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return _f(*args)
            finally:
                spent[_l] += time.perf_counter() - start
                # CPU too: on a loaded machine a stage's wall time is mostly its wait
                spent[f"{_l} CPU"] += time.process_time() - cpu

        setattr(module, name, timed)
    try:
        yield spent
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


def ingest(folders: list[Path], db: Path, settings: Settings) -> tuple[float, int]:
    """Seconds for one ``run_ingest`` (store open to close) and documents added."""
    start = time.perf_counter()
    store = open_store(str(db))
    try:
        report = pipeline.run_ingest(folders, store, settings)
    finally:
        store.close()
    if report.errors:
        print(f"warning: {len(report.errors)} input errors, first: {report.errors[0]}")
    return time.perf_counter() - start, report.documents_added


def measure(n: int, k: int, tmp: Path, settings: Settings) -> dict[str, Any]:
    """Initial build of N, add K to it (with stage breakdown), rebuild N+K."""
    base, new = tmp / f"base{n}", tmp / "new"
    initial_s, initial_docs = ingest([base], tmp / f"inc{n}.db", settings)
    with stage_timer() as stages:
        add_s, added = ingest([new], tmp / f"inc{n}.db", settings)
    rebuild_s, rebuilt = ingest([base, new], tmp / f"full{n}.db", settings)
    return {
        "n": n,
        "initial_s": initial_s,
        "initial_docs": initial_docs,
        "add_s": add_s,
        "added": added,
        "rebuild_s": rebuild_s,
        "rebuilt": rebuilt,
        "stages": dict(stages),
    }


def _say(started: float, message: str) -> None:
    """One progress line on stderr, at once: a 100k-document run takes minutes
    before its figures, and a silent one cannot be told from a stuck one."""
    print(f"[{time.perf_counter() - started:7.1f} s] {message}", file=sys.stderr, flush=True)


def alerts_run(
    store_path: Path,
    data: Path,
    skip: int,
    k: int,
    watches: int,
    baselines: bool = False,
    whole_read: bool = False,
    profile: str = "",
) -> int:
    """Time one watch check after adding ``k`` articles (see the module doc).

    The store is copied once (the original is never written). Without
    ``baselines`` the watches are added with the watermark at the newest
    document and no baseline recorded: a baseline writes one alert row per
    fact its entity already has, which for the 20 most-mentioned entities of
    a 100k-document store is millions of rows and most of an hour, none of it
    part of an update. The check then treats every fact the new articles
    touch as new, which is more work, not less: the figure is an upper bound.
    ``profile``: a file for cProfile's statistics of the update (ingest and
    check, CPU clock: on a shared machine wall time is mostly the wait for a core).
    """
    import cProfile
    import resource
    import shutil

    from dossier.query import alerts, watch
    from dossier.query import reads as query

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dossier-alerts-bench-") as tmp_name:
        tmp = Path(tmp_name)
        db = str(tmp / "kb.db")
        size = store_path.stat().st_size
        _say(started, f"copying {store_path} ({size / 1e9:.1f} GB) to {db} (once)")
        shutil.copy(store_path, db)
        # to disk before the update: a store at rest has no 3.7 GB of dirty pages for the
        # update's first checkpoint (fsync) to wait on
        with open(db, "rb+") as copied:
            os.fsync(copied.fileno())
        lines = [line for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
        new = tmp / "new.jsonl"
        new.write_text("\n".join(lines[skip : skip + k]) + "\n", encoding="utf-8")
        settings = load_settings(db=db, progress=False)
        _say(started, "loading the spaCy model and the place gazetteer (not part of the update)")
        start = time.perf_counter()
        nlp = load_pipeline(settings.spacy_model)  # loaded once per process: not the update's cost
        model_s = time.perf_counter() - start
        for _doc in nlp.pipe(lines[:4]):
            pass
        # also built once per process and kept (dossier.geo); timed apart, so a one-shot
        # update's cost is the line below plus this
        start = time.perf_counter()
        geo.load_gazetteer()
        gazetteer_s = time.perf_counter() - start
        _say(started, "opening the store (summary tables brought up to date if older)")
        store = open_store(db)
        documents = store.counts()["documents"]
        _say(started, f"{documents:,} documents; adding {watches} watches")
        for row in store.entities(limit=watches):
            with store.transaction():
                added = watch.add_watch(store, row.name)
            if baselines:
                alerts.check(store, baseline_for=added["id"])
                _say(started, f"  watch on {row.name}: baseline recorded")
        if not baselines:
            with store.transaction():
                store.set_meta(alerts.MARK, str(store.document_mark()))
        _say(started, f"ingesting {k} articles")
        profiler = cProfile.Profile(time.process_time) if profile else None
        if profiler:
            profiler.enable()
        with stage_timer() as stages:
            start, cpu = time.perf_counter(), time.process_time()
            report = pipeline.run_ingest([new], store, settings)
            ingest_s, ingest_cpu = time.perf_counter() - start, time.process_time() - cpu
        _say(started, f"ingested in {ingest_s:.1f} s; checking the watches")
        start, cpu = time.perf_counter(), time.process_time()
        found = alerts.check(store)
        check_s, check_cpu = time.perf_counter() - start, time.process_time() - cpu
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
        whole: tuple[list[Any], ...] = ([], [], [])
        whole_s = float("nan")
        if whole_read:
            _say(started, f"checked in {check_s:.2f} s; the whole-base read it replaced")
            start = time.perf_counter()
            whole = (query.claims(store), query.events(store), query.event_disputes(store))
            whole_s = time.perf_counter() - start
        store.close()
    print(
        f"alerts after an update: {report.documents_added} articles added to a store of "
        f"{documents:,} documents, {watches} watches on its most-mentioned entities "
        f"({'with' if baselines else 'without'} baselines), "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs (shared)"
    )
    print(f"  ingest of the new articles: {ingest_s:.1f} s (model loaded before), by stage: "
          + ", ".join(f"{label} {s:.2f} s" for label, s in stages.items()))  # fmt: skip
    print(f"  update total (ingest + watch check): {ingest_s + check_s:.1f} s "
          f"(ingest CPU in this process {ingest_cpu:.1f} s, update CPU "
          f"{ingest_cpu + check_cpu:.1f} s)")  # fmt: skip
    print(f"  watch check (watermark, summary tables): {check_s:.2f} s, {len(found)} new alerts")
    print(
        f"  loaded once per process before the update (a one-shot `dossier ingest` pays "
        f"them in wall): spaCy model {model_s:.1f} s, place gazetteer {gazetteer_s:.1f} s"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS of this process: {peak_mb:.0f} MB; alert digest hash {_digest(found)}")
    print(
        "  load average after (1/5/15 min): "
        + " / ".join(f"{x:.1f}" for x in os.getloadavg())
        + " (wall times above include waiting for a core)"
    )
    if whole_read:
        print(
            f"  baseline, the whole-base read it replaces: {whole_s:.2f} s ({len(whole[0]):,} "
            f"claims, {len(whole[1]):,} events, {len(whole[2]):,} event disputes)"
        )
    return 0


def _digest(found: list[dict[str, Any]]) -> str:
    """A short hash of the new alerts without their row ids and times, so two runs
    (two branches) can be told to have found the same alerts from one line each."""
    import hashlib
    import json

    kept = [{k: v for k, v in a.items() if k not in ("id", "created_at")} for a in found]
    return hashlib.sha256(json.dumps(kept, sort_keys=True, default=str).encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", default="40,160", help="store sizes N, comma-separated")
    parser.add_argument("--alerts", default="", help="a store: time the watch check (doc)")
    parser.add_argument("--data", default=str(REALNEWS), help="JSON lines for --alerts")
    parser.add_argument("--skip", type=int, default=0, help="first line of --data to add")
    parser.add_argument("--watches", type=int, default=20, help="watches for --alerts")
    parser.add_argument("--k", type=int, default=20, help="articles added (default 20)")
    parser.add_argument(
        "--baselines",
        action="store_true",
        help="record each watch's baseline first (slow on a large store; see alerts_run)",
    )
    parser.add_argument(
        "--whole-read",
        action="store_true",
        help="also time the whole-base read the check replaced (minutes at 100k documents)",
    )
    parser.add_argument("--profile", default="", help="cProfile statistics file for --alerts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default=str(DEFAULT_SEEDS))
    args = parser.parse_args(argv)
    if args.alerts:
        return alerts_run(
            Path(args.alerts),
            Path(args.data),
            args.skip,
            args.k,
            args.watches,
            baselines=args.baselines,
            whole_read=args.whole_read,
            profile=args.profile,
        )
    sizes = sorted(int(x) for x in args.n.split(","))

    settings = load_settings(progress=False)
    nlp = load_pipeline(settings.spacy_model)
    rows = []
    with tempfile.TemporaryDirectory(prefix="dossier-incremental-") as tmp_name:
        tmp = Path(tmp_name)
        articles = synthetic_articles(max(sizes) + args.k, seed=args.seed, corpus=args.corpus)
        for n in sizes:
            write_txt_folder(articles[:n], tmp / f"base{n}")
        write_txt_folder(articles[max(sizes) :], tmp / "new")
        for _doc in nlp.pipe([a.text for a in articles[:8]]):  # warm-up, untimed
            pass
        for n in sizes:
            rows.append(measure(n, args.k, tmp, settings))

    print(
        f"incremental ingest: K={args.k} synthetic articles added to stores of N "
        f"(seed {args.seed}), local engine, batch_size {settings.batch_size}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    print()
    header = (
        f"{'N':>6}{'build N s':>11}{'add K s':>10}{'rebuild N+K s':>15}"
        f"{'add/rebuild':>13}{'add s/article':>15}{'rebuild s/article':>19}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['n']:>6}{r['initial_s']:>11.1f}{r['add_s']:>10.1f}{r['rebuild_s']:>15.1f}"
            f"{r['add_s'] / r['rebuild_s']:>13.2f}{r['add_s'] / max(r['added'], 1):>15.3f}"
            f"{r['rebuild_s'] / max(r['rebuilt'], 1):>19.3f}"
        )
    print()
    print("add K, seconds by stage (a stage that grows with N rescans the store):")
    labels = [label for _m, _n, label in STAGES]
    print(f"{'N':>6}" + "".join(f"{label:>18}" for label in labels))
    for r in rows:
        print(f"{r['n']:>6}" + "".join(f"{r['stages'].get(label, 0.0):>18.3f}" for label in labels))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print()
        print(
            f"N x{last['n'] / first['n']:.0f}: add-K time x{last['add_s'] / first['add_s']:.2f}, "
            f"rebuild time x{last['rebuild_s'] / first['rebuild_s']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
