#!/usr/bin/env python3
"""Scale: throughput and peak memory as the corpus grows, local engine against Ray.

* Data: synthetic articles from :mod:`bench.perturb` (perturbed seed articles,
  all distinct); the first k never depend on the total, so each size is a
  prefix of the next. Written once to a temporary folder, removed afterwards.
* Full pipeline (read, clean, dedup, NLP, resolve, facts, SQLite writes), per
  size in ``--sizes``:
  - baseline: the local engine, one process (``dossier.pipeline.run.run_ingest``);
  - Ray: ``dossier.pipeline.ray_runner.run_ingest_ray`` on a local Ray with
    ``--workers`` CPUs (analysis actors), the driver writing.
  Each run is a fresh interpreter and a fresh store, so its peak RSS is its
  own: ``ru_maxrss`` of the process, plus for Ray the peak (``VmHWM``) of every
  Ray process it started (raylet, GCS, workers, actors), read before shutdown.
  The timed span is the ingest call, model loading included on both sides
  (the local engine loads spaCy in the call, Ray's actors load it in theirs);
  Ray's own start-up is reported apart.
* Cheap stages alone (read, clean, dedup fingerprints and story candidates, no
  NLP, no store) per size in ``--cheap-sizes``, from one JSON-lines file, to
  show how far the part before the NLP stage scales on one core.

* Growth (``--growth``, the run that answers "does an article cost more as
  the store grows?"): real articles (``--data``, by default the 1,876
  realnews-2025-jan-may reports) ingested ``--step`` at a time into ONE store
  with ``dossier ingest`` (a fresh process per step, ``--workers`` analysis
  processes), up to ``--limit``. Per step: wall seconds, CPU seconds (user +
  system of the step's process tree, from ``wait4``: what the machine's other
  users cannot inflate much) and peak RSS; and, same run, the CPU of spaCy's
  ``nlp.pipe`` alone over the same step's texts (the shipped pipeline, one
  process). The fixed start-up (imports, model load) is measured once, as a
  re-run of the first step that finds everything stored, and taken off each
  step's CPU. ``--plot`` draws CPU per article (ingest and spaCy alone) and
  peak RSS against store size.
* Growth on stores already built (``--growth-stores A.db,B.db,... --add
  NEW.jsonl``): the SAME new articles added to a copy of each store (so text
  differences cannot pass for growth), ``--workers`` analysis processes, the
  same measurements, spaCy alone once over those articles. The cheaper way
  to see growth where building the stores step by step does not fit.

Sizes out of reach are accepted (``--sizes 1000,10000,100000,1000000``) but
the full pipeline runs about 4 articles/s per core, so choose what fits.
Figures only: nothing fails on a threshold. ``--plot`` writes a PNG of the
cost per article against corpus size (needs the ``bench`` extra: matplotlib).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.perturb import DEFAULT_SEEDS, synthetic_articles, write_jsonl, write_txt_folder  # noqa: E402

DEFAULT_PLOT = REPO / "bench" / "out" / "scale.png"
DEFAULT_GROWTH_PLOT = REPO / "bench" / "out" / "growth.png"
REALNEWS = REPO.parent / "shared" / "bench-data" / "realnews-2025-jan-may" / "articles.jsonl"


# -- one measurement, in its own interpreter ---------------------------------------------
def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _descendants_peak_mb(root: int) -> tuple[float, int]:
    """Summed peak RSS (VmHWM) of every live descendant of ``root``, and how many."""
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parent[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in parent.items() if ppid in frontier} - found
        found |= frontier
    total = 0.0
    for pid in found:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total, len(found)


def run_one(engine: str, files: list[str], db: str, workers: int) -> dict[str, Any]:
    """Ingest ``files`` into a fresh store with one engine; seconds, documents, peak RSS."""
    from dossier.config import load_settings
    from dossier.store import open_store

    settings = load_settings(db=db, progress=False, engine=engine, ray_workers=workers)
    result: dict[str, Any] = {"engine": engine, "articles": len(files), "ray_init_s": 0.0}
    store = open_store(db)
    try:
        if engine == "ray":
            import ray

            from dossier.pipeline.ray_runner import run_ingest_ray

            start = time.perf_counter()
            ray.init(num_cpus=workers, include_dashboard=False, configure_logging=False)
            result["ray_init_s"] = time.perf_counter() - start
            start = time.perf_counter()
            report = run_ingest_ray(files, store, settings)
            result["seconds"] = time.perf_counter() - start
            others, count = _descendants_peak_mb(os.getpid())
            result["ray_processes"] = count
            result["peak_rss_mb"] = _peak_rss_mb() + others
            ray.shutdown()
        else:
            from dossier.pipeline.run import run_ingest

            start = time.perf_counter()
            report = run_ingest(files, store, settings)
            result["seconds"] = time.perf_counter() - start
            result["peak_rss_mb"] = _peak_rss_mb()
    finally:
        store.close()
    result["documents"] = report.documents_added
    result["errors"] = len(report.errors)
    return result


def run_cheap(jsonl: str) -> dict[str, Any]:
    """Read, clean and dedup-index one JSON-lines file (no NLP, no store)."""
    from dossier.config import load_settings
    from dossier.ingest.files import InputFile
    from dossier.pipeline.prepare import clean_article, read_articles
    from dossier.stories.dedup import StoryIndex

    settings = load_settings(progress=False)
    texts: dict[str, str] = {}
    index = StoryIndex(text_of=texts.__getitem__)
    articles = documents = linked = 0
    start = time.perf_counter()
    for raw in read_articles(InputFile(Path(jsonl), Path(jsonl).name), settings):
        cleaned = clean_article(raw, settings) if not hasattr(raw, "reason") else raw
        articles += 1
        if not isinstance(cleaned, list):
            continue
        for document in cleaned:
            fingerprint = index.hasher.fingerprint(document.text)
            linked += bool(index.screen(fingerprint, index.candidates(fingerprint)))
            texts[document.id] = document.text  # as the store would keep it
            index.insert(document.id, fingerprint)
            documents += 1
    return {
        "engine": "cheap",
        "articles": articles,
        "documents": documents,
        "with_candidates": linked,
        "seconds": time.perf_counter() - start,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _measured(
    command: list[str], cwd: str | None = None, env: dict[str, str] | None = None
) -> dict[str, float]:
    """Run ``command``; its wall seconds, CPU seconds (user + system of it and
    every process it waited for), of which system (kernel) seconds, minor page
    faults and peak RSS (MB), from ``wait4``. The kernel share and the faults are
    there because the ingest's kernel time was a suspect (issue 19)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, env=env
    )
    assert child.stderr is not None
    errors = child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1: some input was refused, the rest stored
        raise SystemExit(f"{command[:3]} failed:\n{errors.decode()[-3000:]}")
    return {
        "wall_s": time.perf_counter() - start,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "sys_s": usage.ru_stime,
        "minor_faults": usage.ru_minflt,
        "peak_rss_mb": usage.ru_maxrss / 1024,
    }


def spacy_alone(jsonl: str) -> None:
    """``nlp.pipe`` over the cleaned texts of one JSON-lines file (read and
    cleaned first, untimed by the caller's subtraction of ``startup``)."""
    import spacy

    from dossier.config import load_settings
    from dossier.ingest.files import InputFile
    from dossier.pipeline.prepare import clean_article, read_articles

    settings = load_settings(progress=False)
    texts = []
    for raw in read_articles(InputFile(Path(jsonl), Path(jsonl).name), settings):
        cleaned = clean_article(raw, settings) if not hasattr(raw, "reason") else raw
        if isinstance(cleaned, list):
            texts.extend(d.text for d in cleaned)
    nlp = spacy.load(settings.spacy_model)  # as shipped: dossier's stand-ins are its own gain
    if jsonl.endswith("-startup.jsonl"):
        return  # the fixed part only: imports, reading, model load
    for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
        pass


def growth(
    data: Path,
    step: int,
    limit: int,
    workers: int,
    plot: str,
    spacy_every: int = 1,
    keep: str = "",
) -> int:
    """The growth run (see the module doc): one store, ``step`` articles at a time.

    ``spacy_every`` > 1 measures spaCy alone on the first step, every that many steps and
    the last only: at 30k articles, spaCy alone on every step would add half the run's CPU
    again, and the perturbed texts of one corpus cost spaCy the same per article at any
    step. ``keep``: a folder the finished store is left in (the larger stores' page and
    update benchmarks run on it) instead of a temporary one.
    """
    lines = [line for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:limit]
    dossier = [sys.executable, "-m", "dossier", "ingest", "--quiet", "--workers", str(workers)]
    rows: list[dict[str, Any]] = []
    starts = list(range(0, len(lines), step))
    timed = {s for i, s in enumerate(starts) if i % max(1, spacy_every) == 0} | {starts[-1]}
    ingest_wall = 0.0
    with tempfile.TemporaryDirectory(prefix="dossier-growth-") as tmp_name:
        tmp = Path(tmp_name)
        db = str(Path(keep) / "growth.db") if keep else str(tmp / "growth.db")
        first = tmp / "step-0000.jsonl"
        for start in starts:
            chunk = tmp / f"step-{start:04d}.jsonl"
            chunk.write_text("\n".join(lines[start : start + step]) + "\n", encoding="utf-8")
            ingest = _measured([*dossier, str(chunk), "--db", db])
            ingest_wall += ingest["wall_s"]
            alone = (
                _measured([sys.executable, __file__, "_spacy", str(chunk)])
                if start in timed
                else None
            )
            rows.append(
                {"stored_before": start, "articles": len(lines[start : start + step]),
                 "ingest": ingest, "spacy": alone}
            )  # fmt: skip
            spacy_note = f"spaCy alone {alone['cpu_s']:.0f} s" if alone else "spaCy alone not run"
            print(
                f"  {start:>6,} stored: +{rows[-1]['articles']} in {ingest['wall_s']:.0f} s wall, "
                f"{ingest['cpu_s']:.0f} s CPU ({spacy_note}), "
                f"peak {ingest['peak_rss_mb']:.0f} MB, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
        # the fixed start-up: the first step again (all stored: nothing analysed or written)
        startup = _measured([*dossier, str(first), "--db", db])
        startup_copy = tmp / "step-startup.jsonl"
        startup_copy.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
        spacy_startup = _measured([sys.executable, __file__, "_spacy", str(startup_copy)])
    print()
    print(
        f"growth: {len(lines):,} articles from {data.name}, {step} per step, "
        f"{workers} analysis worker(s), Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs (shared with other users: wall times are inflated, CPU "
        "times much less)"
    )
    print(
        f"ingest wall time, all steps together (spaCy-alone runs not included): "
        f"{ingest_wall / 60:.1f} min for {len(lines):,} articles "
        f"({len(lines) / ingest_wall:.2f} articles/s)"
    )
    print(
        f"fixed start-up per run, taken off below: ingest {startup['cpu_s']:.1f} s CPU, "
        f"spaCy alone {spacy_startup['cpu_s']:.1f} s CPU"
    )
    header = (
        f"{'stored':>8}{'+articles':>10}{'wall s':>8}{'art/s':>7}{'CPU ms/art':>11}"
        f"{'spaCy ms/art':>13}{'ratio':>7}{'peak MB':>9}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        n = row["articles"]
        row["ingest_ms"] = 1000 * max(0.0, row["ingest"]["cpu_s"] - startup["cpu_s"]) / n
        spacy = row["spacy"]
        row["spacy_ms"] = (
            1000 * max(0.0, spacy["cpu_s"] - spacy_startup["cpu_s"]) / n if spacy else None
        )
        ratio = row["ingest_ms"] / row["spacy_ms"] if row["spacy_ms"] else None
        spacy_cell = f"{row['spacy_ms']:>13.0f}" if row["spacy_ms"] is not None else f"{'-':>13}"
        ratio_cell = f"{ratio:>7.2f}" if ratio is not None else f"{'-':>7}"
        print(
            f"{row['stored_before']:>8,}{n:>10}{row['ingest']['wall_s']:>8.0f}"
            f"{n / row['ingest']['wall_s']:>7.2f}{row['ingest_ms']:>11.0f}"
            f"{spacy_cell}{ratio_cell}{row['ingest']['peak_rss_mb']:>9.0f}"
        )
    print("ratio: ingest CPU per article / spaCy nlp.pipe alone CPU per article, same texts")
    if plot:
        print(_plot_growth(rows, Path(plot)))
    return 0


def growth_on_stores(stores: list[Path], new: Path, workers: int, plot: str) -> int:
    """The same articles added to a copy of each store (see the module doc)."""
    import shutil
    import sqlite3

    dossier = [sys.executable, "-m", "dossier", "ingest", "--quiet", "--workers", str(workers)]
    lines = [line for line in new.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dossier-growth-") as tmp_name:
        tmp = Path(tmp_name)
        articles = tmp / "new.jsonl"
        articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
        startup_copy = tmp / "new-startup.jsonl"
        startup_copy.write_text(articles.read_text(encoding="utf-8"), encoding="utf-8")
        spacy_startup = _measured([sys.executable, __file__, "_spacy", str(startup_copy)])
        alone = _measured([sys.executable, __file__, "_spacy", str(articles)])
        startup: dict[str, float] = {}
        for number, store in enumerate(sorted(stores, key=lambda p: p.stat().st_size)):
            db = tmp / f"store{number}.db"
            shutil.copy(store, db)
            with sqlite3.connect(db) as conn:
                size = int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            ingest = _measured([*dossier, str(articles), "--db", str(db)])
            startup = _measured([*dossier, str(articles), "--db", str(db)])  # all stored now
            rows.append(
                {"stored_before": size, "articles": len(lines), "ingest": ingest, "spacy": alone,
                 "startup_cpu_s": startup["cpu_s"]}
            )  # fmt: skip
            print(f"  added {len(lines)} to {size:,}: {ingest['wall_s']:.0f} s", flush=True)
    print()
    print(
        f"growth on built stores: the same {len(lines)} articles ({new.name}) added to each, "
        f"{workers} analysis worker(s), Python {platform.python_version()}, {os.cpu_count()} "
        "CPUs (shared with other users: wall times are inflated, CPU times much less)"
    )
    print(f"fixed start-up taken off: spaCy alone {spacy_startup['cpu_s']:.1f} s CPU; ingest: "
          "a re-run of the same articles on the same store (everything stored)")  # fmt: skip
    header = (
        f"{'stored':>8}{'+articles':>10}{'wall s':>8}{'art/s':>7}{'CPU ms/art':>11}"
        f"{'spaCy ms/art':>13}{'ratio':>7}{'peak MB':>9}{'start-up CPU s':>16}"
    )
    print(header)
    print("-" * len(header))
    spacy_ms = 1000 * max(0.0, alone["cpu_s"] - spacy_startup["cpu_s"]) / len(lines)
    for row in rows:
        n = row["articles"]
        row["ingest_ms"] = 1000 * max(0.0, row["ingest"]["cpu_s"] - row["startup_cpu_s"]) / n
        row["spacy_ms"] = spacy_ms
        print(
            f"{row['stored_before']:>8,}{n:>10}{row['ingest']['wall_s']:>8.0f}"
            f"{n / row['ingest']['wall_s']:>7.2f}{row['ingest_ms']:>11.0f}{spacy_ms:>13.0f}"
            f"{row['ingest_ms'] / spacy_ms:>7.2f}{row['ingest']['peak_rss_mb']:>9.0f}"
            f"{row['startup_cpu_s']:>16.1f}"
        )
    print("ratio: ingest CPU per article / spaCy nlp.pipe alone CPU per article, same texts")
    print("start-up: once per run (imports, model load, the story index: grows with the store)")
    if plot:
        print(_plot_growth(rows, Path(plot)))
    return 0


def _plot_growth(rows: list[dict[str, Any]], path: Path) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "no plot: matplotlib is not installed (pip install -e '.[bench]')"
    figure, (cost, memory) = plt.subplots(1, 2, figsize=(10, 4))
    stored = [r["stored_before"] for r in rows]
    cost.plot(stored, [r["ingest_ms"] for r in rows], marker="o", label="dossier ingest")
    timed = [r for r in rows if r["spacy_ms"] is not None]
    cost.plot(
        [r["stored_before"] for r in timed],
        [r["spacy_ms"] for r in timed],
        marker="s",
        label="spaCy nlp.pipe alone",
    )
    cost.set_xlabel("articles already in the store")
    cost.set_ylabel("CPU ms per article (start-up excluded)")
    cost.set_ylim(bottom=0)
    cost.grid(True, alpha=0.3)
    cost.legend()
    memory.plot(stored, [r["ingest"]["peak_rss_mb"] for r in rows], marker="o", color="C2")
    memory.set_xlabel("articles already in the store")
    memory.set_ylabel("peak RSS of the ingest run (MB)")
    memory.set_ylim(bottom=0)
    memory.grid(True, alpha=0.3)
    figure.suptitle("dossier ingest as the store grows (real news, one store)")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    return f"plot: {path}"


def _subprocess(args: list[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"measurement {args[:3]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the benchmark ------------------------------------------------------------------------
def _table(rows: list[dict[str, Any]], baseline: dict[int, float]) -> None:
    header = (
        f"{'engine':<12}{'articles':>10}{'docs':>8}{'seconds':>10}{'articles/s':>12}"
        f"{'ms/article':>12}{'vs local':>10}{'peak RSS MB':>13}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        rate = r["articles"] / r["seconds"]
        ratio = baseline.get(r["articles"])
        versus = f"{ratio / r['seconds']:.2f}x" if ratio and r["engine"] != "local" else "-"
        print(
            f"{r['engine']:<12}{r['articles']:>10,}{r['documents']:>8,}{r['seconds']:>10.1f}"
            f"{rate:>12.1f}{1000 / rate:>12.2f}{versus:>10}{r['peak_rss_mb']:>13,.0f}"
        )


def _plot(rows: list[dict[str, Any]], path: Path, workers: int) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "no plot: matplotlib is not installed (pip install -e '.[bench]')"
    figure, axis = plt.subplots(figsize=(7, 4.2))
    labels = {
        "local": "full pipeline, local engine (1 process)",
        "ray": f"full pipeline, Ray ({workers} workers + driver)",
        "cheap": "read + clean + dedup only (1 process)",
    }
    for engine, label in labels.items():
        points = sorted(
            (r["articles"], 1000 * r["seconds"] / r["articles"])
            for r in rows
            if r["engine"] == engine
        )
        if points:
            axis.plot(*zip(*points, strict=True), marker="o", label=label)
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.set_xlabel("corpus size (articles)")
    axis.set_ylabel("cost per article (ms, wall clock)")
    axis.set_title("dossier ingest: cost per article against corpus size")
    axis.grid(True, which="both", alpha=0.3)
    axis.legend()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    return f"plot: {path}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,50,100", help="full-pipeline corpus sizes")
    parser.add_argument("--cheap-sizes", default="1000,5000", help="read+clean+dedup sizes")
    parser.add_argument("--engines", default="local,ray", help="local and/or ray")
    parser.add_argument("--workers", type=int, default=2, help="Ray workers (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default=str(DEFAULT_SEEDS))
    parser.add_argument("--plot", default=None, help="PNG path ('' for none)")
    parser.add_argument("--growth", action="store_true", help="the growth run (module doc)")
    parser.add_argument("--data", default=str(REALNEWS), help="JSON lines for --growth")
    parser.add_argument("--step", type=int, default=100, help="articles per growth step")
    parser.add_argument("--limit", type=int, default=500, help="articles in the growth run")
    parser.add_argument(
        "--spacy-every", type=int, default=1, help="--growth: spaCy alone every N steps"
    )
    parser.add_argument("--keep", default="", help="--growth: folder to keep the store in")
    parser.add_argument("--growth-stores", default="", help="stores to grow (module doc)")
    parser.add_argument("--add", default="", help="JSON lines added to each --growth-stores")
    args = parser.parse_args(argv)
    if args.growth_stores:
        plot = DEFAULT_GROWTH_PLOT if args.plot is None else args.plot
        stores = [Path(p) for p in args.growth_stores.split(",") if p]
        return growth_on_stores(stores, Path(args.add), args.workers, str(plot))
    if args.growth:
        plot = DEFAULT_GROWTH_PLOT if args.plot is None else args.plot
        return growth(
            Path(args.data),
            args.step,
            args.limit,
            args.workers,
            str(plot),
            args.spacy_every,
            args.keep,
        )
    args.plot = str(DEFAULT_PLOT) if args.plot is None else args.plot
    sizes = sorted(int(x) for x in args.sizes.split(",") if x)
    cheap_sizes = sorted(int(x) for x in args.cheap_sizes.split(",") if x)
    engines = [e for e in args.engines.split(",") if e]
    if "ray" in engines:
        try:
            import ray  # noqa: F401
        except ImportError:
            print("note: ray is not installed (pip install -e '.[ray]'): local engine only")
            engines = [e for e in engines if e != "ray"]

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dossier-scale-") as tmp_name:
        tmp = Path(tmp_name)
        start = time.perf_counter()
        articles = synthetic_articles(max([*sizes, *cheap_sizes, 1]), args.seed, args.corpus)
        paths = [str(p) for p in write_txt_folder(articles[: max(sizes, default=0)], tmp / "txt")]
        generate_s = time.perf_counter() - start
        for size in sizes:
            listing = tmp / f"files{size}.txt"
            listing.write_text("\n".join(paths[:size]))
            for engine in engines:
                db = str(tmp / f"{engine}{size}.db")
                rows.append(_subprocess(["_one", engine, str(listing), db, str(args.workers)]))
                print(f"  measured {engine} at {size}: {rows[-1]['seconds']:.1f} s", flush=True)
        for size in cheap_sizes:
            jsonl = write_jsonl(articles[:size], tmp / f"cheap{size}.jsonl")
            rows.append(_subprocess(["_cheap", str(jsonl)]))
            print(f"  measured cheap stages at {size}: {rows[-1]['seconds']:.1f} s", flush=True)

    print()
    print(
        f"scale: synthetic articles (seed {args.seed}), Ray workers {args.workers}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs; "
        f"untimed: generating and writing {len(articles):,} articles took {generate_s:.1f} s"
    )
    ray_init = [r["ray_init_s"] for r in rows if r["engine"] == "ray"]
    if ray_init:
        print(f"Ray start-up (not in the timings): {min(ray_init):.1f}-{max(ray_init):.1f} s")
    print()
    baseline = {r["articles"]: r["seconds"] for r in rows if r["engine"] == "local"}
    _table(rows, baseline)
    print()
    print("vs local: local engine seconds / this run's seconds at the same size (>1: faster)")
    print("peak RSS: the process's ru_maxrss; for Ray, plus every Ray process's VmHWM")
    if args.plot:
        print(_plot(rows, Path(args.plot), args.workers))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_one":
        engine, listing, db, workers = sys.argv[2:6]
        files = Path(listing).read_text().split("\n")
        print(json.dumps(run_one(engine, files, db, int(workers))))
    elif len(sys.argv) > 1 and sys.argv[1] == "_spacy":
        spacy_alone(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "_cheap":
        print(json.dumps(run_cheap(sys.argv[2])))
    else:
        raise SystemExit(main())
