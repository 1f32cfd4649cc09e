#!/usr/bin/env python3
"""Ingest throughput: dossier end to end against spaCy ``nlp.pipe`` alone, same run.

spaCy is the floor: dossier cannot ingest faster than its model parses. The
question this answers is how much the rest of the pipeline (read, clean,
dedup, mention extraction, resolve, SQLite writes) adds on top.

* Data: ``--n`` synthetic articles from :mod:`bench.perturb` (perturbed seed
  articles, all distinct), written as .txt files to a temporary folder outside
  the repository and removed afterwards.
* dossier: ``dossier.pipeline.run.run_ingest`` over that folder into a fresh
  temporary SQLite database, with the default settings (``DOSSIER_*``
  environment variables still apply, as they do for ``dossier ingest``).
* baseline: ``nlp.pipe`` over the very texts dossier analyses (the folder read
  and cleaned by dossier's own stages beforehand, untimed), with the model as
  shipped (``spacy.load``: every component it enables, none replaced by
  dossier's faster stand-ins, :mod:`dossier.extract.components`), the same
  ``batch_size`` and ``n_process``.

The model is loaded once before either measurement; its load time is reported
on its own line. A short warm-up pass runs first so that neither side pays for
first-call allocation. Figures only: there is no threshold and nothing fails.

``--workers 1,2`` (with ``--data``, default the realnews-2025-jan-may JSON
lines, first ``--limit`` articles): all cores. Each worker count ingests the
same articles into a fresh store with ``dossier ingest --workers N`` in its
own process; measured are wall seconds and CPU seconds (user + system of the
process tree, from ``wait4``), beside the CPU of spaCy's ``nlp.pipe`` alone
over the same cleaned texts (one process), same run. Each side's fixed
start-up (imports, model load; an ingest that finds everything stored) is
measured and taken off the CPU per article. On a machine others are using
the wall-clock speed-up is inflated or deflated by their load; the CPU
figures much less so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import spacy  # noqa: E402

from bench.export_compare import without_timestamps  # noqa: E402
from bench.perturb import DEFAULT_SEEDS, synthetic_articles, write_txt_folder  # noqa: E402
from dossier.clean import clean  # noqa: E402
from dossier.config import Settings, load_settings  # noqa: E402
from dossier.extract.nlp import DISABLED  # noqa: E402
from dossier.ingest.files import read_all  # noqa: E402
from dossier.records import RawArticle  # noqa: E402
from dossier.store import open_store  # noqa: E402

WARMUP_DOCS = 16
REALNEWS = REPO.parent / "shared" / "bench-data" / "realnews-2025-jan-may" / "articles.jsonl"


@dataclass(frozen=True, slots=True)
class Measurement:
    """One timed run: how many articles and words it processed, in how long."""

    name: str
    articles: int
    words: int
    seconds: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else float("nan")

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else float("nan")


def cleaned_texts(folder: Path, settings: Settings) -> list[str]:
    """The texts dossier's nlp stage will see: the folder read and cleaned by dossier."""
    texts = []
    for raw in read_all([folder], settings.max_file_bytes):
        if not isinstance(raw, RawArticle):
            continue
        documents = clean(raw)
        if isinstance(documents, list):
            texts.extend(d.text for d in documents)
    return texts


def time_spacy(texts: list[str], settings: Settings) -> float:
    """Seconds for ``nlp.pipe`` alone over ``texts`` (docs consumed, nothing else)."""
    nlp = spacy.load(settings.spacy_model)
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=settings.batch_size, n_process=settings.n_process):
        pass
    return time.perf_counter() - start


def time_dossier(folder: Path, settings: Settings) -> tuple[float, int]:
    """Seconds for ``run_ingest`` into a fresh store (open to close) and documents added."""
    from dossier.pipeline.run import run_ingest

    start = time.perf_counter()
    store = open_store(settings.db)
    try:
        report = run_ingest([folder], store, settings)
    finally:
        store.close()
    seconds = time.perf_counter() - start
    if report.errors:
        print(f"warning: {len(report.errors)} input errors, first: {report.errors[0]}")
    return seconds, report.documents_added


def print_table(rows: list[Measurement]) -> None:
    """A fixed-width table: articles, words, seconds, articles/s, words/s."""
    header = (
        f"{'':<24}{'articles':>10}{'words':>12}{'seconds':>10}{'articles/s':>12}{'words/s':>10}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row.name:<24}{row.articles:>10,}{row.words:>12,}{row.seconds:>10.2f}"
            f"{row.articles_per_s:>12.1f}{row.words_per_s:>10,.0f}"
        )


def _kernel_share(run: dict[str, float]) -> float:
    """Per cent of a run's CPU spent in the kernel (page faults, mmap, I/O)."""
    return 100 * run["sys_s"] / run["cpu_s"] if run["cpu_s"] else float("nan")


def _faults_per_article(run: dict[str, float], startup: dict[str, float], n: int) -> float:
    """Minor page faults per article beyond the fixed start-up's: each is a
    fresh page the kernel zeroes, the largest kernel term of an ingest."""
    return (run["minor_faults"] - startup["minor_faults"]) / n if n else float("nan")


#: articles of the short run each side's marginal cost is taken against (see workers_run)
MARGIN_ARTICLES = 10


def _tree_env(tree: Path) -> dict[str, str]:
    """The environment that makes ``python -m dossier`` (run in ``tree``) that tree's."""
    return {**os.environ, "PYTHONPATH": str(tree)}


def workers_run(data: Path, limit: int, counts: list[int], trees: list[Path] | None = None) -> int:
    """1 vs N analysis workers on real articles, and CPU per article against
    spaCy alone (see the module doc); with several ``trees`` (source trees, e.g.
    ``main``'s worktree and this one), each tree's ingests one after the other,
    beside one spaCy-alone measurement, and their exports compared.

    Two per-article figures, both printed. *Start-up off* (as before): the run's CPU
    less a re-run that finds everything stored, against spaCy alone less its imports,
    read + clean and model load -- the re-run loads no model and no gazetteer, so the
    ingest's figure still holds one model load (~0.6-2 s CPU) and one gazetteer load
    that spaCy's does not. *Marginal*: (CPU of the N-article run - CPU of a run of the
    first MARGIN_ARTICLES) / (N - MARGIN_ARTICLES), the same for both sides: every
    per-process cost (imports, model, gazetteer, first-call warm-up) is taken off both
    alike, which is what "CPU per article" means."""
    from bench.scale import _measured

    trees = trees or [REPO]
    lines = [line for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:limit]
    scale = str(REPO / "bench" / "scale.py")
    with tempfile.TemporaryDirectory(prefix="dossier-workers-bench-") as tmp:
        articles = Path(tmp) / "articles.jsonl"
        articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
        short = Path(tmp) / "short.jsonl"
        short.write_text("\n".join(lines[:MARGIN_ARTICLES]) + "\n", encoding="utf-8")
        startup_copy = Path(tmp) / "articles-startup.jsonl"
        startup_copy.write_text(articles.read_text(encoding="utf-8"), encoding="utf-8")
        spacy_startup = _measured([sys.executable, scale, "_spacy", str(startup_copy)])
        spacy_short = _measured([sys.executable, scale, "_spacy", str(short)])
        spacy_run = _measured([sys.executable, scale, "_spacy", str(articles)])
        runs: dict[tuple[Path, int], dict[str, float]] = {}
        shorts: dict[Path, dict[str, float]] = {}
        startups: dict[Path, dict[str, float]] = {}
        exports: dict[tuple[Path, int], str] = {}
        for number, tree in enumerate(trees):
            env = _tree_env(tree)
            python = [sys.executable, "-m", "dossier", "ingest"]
            command: list[str] = []
            for count in counts:
                db = str(Path(tmp) / f"t{number}w{count}.db")
                command = [*python, str(articles), "--db", db, "--quiet", "--workers", str(count)]
                runs[tree, count] = _measured(command, cwd=str(tree), env=env)
                print(
                    f"  {tree}: {count} worker(s): {runs[tree, count]['wall_s']:.0f} s, "
                    f"load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
                exports[tree, count] = _export_digest(db, tree)
            startups[tree] = _measured(command, cwd=str(tree), env=env)  # all stored
            short_db = str(Path(tmp) / f"t{number}short.db")
            shorts[tree] = _measured(
                [*python, str(short), "--db", short_db, "--quiet", "--workers", "1"],
                cwd=str(tree),
                env=env,
            )
    n = len(lines)
    margin = n - min(MARGIN_ARTICLES, n)
    spacy_ms = 1000 * (spacy_run["cpu_s"] - spacy_startup["cpu_s"]) / n
    spacy_marginal = 1000 * (spacy_run["cpu_s"] - spacy_short["cpu_s"]) / margin
    print(
        f"all cores: {n} articles from {data.name}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, usable {len(os.sched_getaffinity(0))} (shared with other "
        f"users: wall figures are inflated by their load, CPU figures much less); load "
        f"average now {os.getloadavg()[0]:.1f}"
    )
    print(
        f"fixed start-up taken off: spaCy alone {spacy_startup['cpu_s']:.1f} s CPU; ingest "
        + ", ".join(f"{t.name} {startups[t]['cpu_s']:.1f} s" for t in trees)
        + f"; marginal: against the first {MARGIN_ARTICLES} articles (spaCy alone "
        f"{spacy_short['cpu_s']:.1f} s CPU; ingest "
        + ", ".join(f"{t.name} {shorts[t]['cpu_s']:.1f} s" for t in trees)
        + ")"
    )
    header = (
        f"{'':<30}{'wall s':>8}{'art/s':>8}{'speed-up':>10}{'CPU s':>8}{'CPU ms/art':>12}"
        f"{'vs spaCy':>10}{'marginal':>10}{'vs spaCy':>10}{'peak MB':>9}{'kernel %':>10}"
        f"{'faults/art':>11}"
    )
    print(header)
    print("-" * len(header))
    print(
        f"{'spaCy nlp.pipe alone':<30}{spacy_run['wall_s']:>8.0f}{n / spacy_run['wall_s']:>8.2f}"
        f"{'-':>10}{spacy_run['cpu_s']:>8.0f}{spacy_ms:>12.0f}{'1.00x':>10}"
        f"{spacy_marginal:>10.1f}{'1.00x':>10}"
        f"{spacy_run['peak_rss_mb']:>9.0f}{_kernel_share(spacy_run):>10.1f}"
        f"{_faults_per_article(spacy_run, spacy_startup, n):>11.0f}"
    )
    for tree in trees:
        first = runs[tree, counts[0]]["wall_s"]
        for count in counts:
            run = runs[tree, count]
            ms = 1000 * (run["cpu_s"] - startups[tree]["cpu_s"]) / n
            marginal = 1000 * (run["cpu_s"] - shorts[tree]["cpu_s"]) / margin
            label = f"{tree.name[-16:]}, {count} worker(s)"
            print(
                f"{label:<30}{run['wall_s']:>8.0f}{n / run['wall_s']:>8.2f}"
                f"{first / run['wall_s']:>9.2f}x{run['cpu_s']:>8.0f}{ms:>12.0f}"
                f"{ms / spacy_ms:>9.2f}x{marginal:>10.1f}{marginal / spacy_marginal:>9.2f}x"
                f"{run['peak_rss_mb']:>9.0f}{_kernel_share(run):>10.1f}"
                f"{_faults_per_article(run, startups[tree], n):>11.0f}"
            )
    print(f"speed-up: wall seconds of {counts[0]} worker(s) / this run's (per tree)")
    same = len(set(exports.values())) == 1
    print(
        f"exports (timestamps aside) {'identical' if same else 'DIFFER'}: "
        + ", ".join(f"{t.name} {c} worker(s) {d}" for (t, c), d in exports.items())
    )
    print(
        "CPU ms/art: start-up (a re-run that finds everything stored) off; marginal: "
        f"against a run of the first {MARGIN_ARTICLES} articles, both sides alike; "
        "kernel %: system CPU / all CPU of the run (start-up included); faults/art: minor "
        "page faults per article, start-up's taken off"
    )
    return 0


#: the per-article figures of a stages run, in print order: (key, label)
STAGE_ROWS = (
    ("spacy_alone", "spaCy alone (shipped pipeline)"),
    ("total", "dossier ingest, all"),
    ("spacy", "- spaCy nlp.pipe inside it"),
    ("rest", "- everything else"),
    ("spacy_other", "-- spaCy, other calls"),
    ("extractors", "-- extractors (analyze_doc)"),
    ("writes", "-- writes (write_batch)"),
    ("resolve", "--- entity resolution"),
    ("facts", "--- facts"),
    ("stories", "--- stories"),
    ("plan", "-- read + clean + plan"),
    ("unattributed", "-- not in a stage above"),
)


def _export_digest(db: str, tree: Path = REPO) -> str:
    """A hash of a store's export (by ``tree``'s dossier), timestamps aside: one worker
    count, or one tree, must store what another does (only the time may change)."""
    out = subprocess.run(
        [sys.executable, "-m", "dossier", "export", "--db", db],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
        env=_tree_env(tree),
    ).stdout
    exported = json.dumps(without_timestamps(json.loads(out)), sort_keys=True)
    return hashlib.sha256(exported.encode()).hexdigest()[:16]


def _per_article(run: dict[str, float]) -> dict[str, float]:
    """A child's CPU seconds as ms an article, with the derived rows and ratios."""
    n = run["articles"] or 1
    ms = {k: 1000 * v / n for k, v in run.items() if k != "articles"}
    ms["rest"] = ms["total"] - ms["spacy"]
    ms["unattributed"] = ms["rest"] - sum(
        ms[k] for k in ("spacy_other", "extractors", "writes", "plan")
    )
    ms["ratio"] = ms["total"] / ms["spacy_alone"]
    ms["rest_ratio"] = ms["rest"] / ms["spacy_alone"]
    return ms


def _spread(values: list[float]) -> float:
    """Median absolute deviation: how far a typical repeat lies from the median."""
    middle = statistics.median(values)
    return statistics.median(abs(v - middle) for v in values)


def stages_run(data: Path, limit: int, repeat: int, trees: list[Path]) -> int:
    """Per-stage CPU inside one process per run, trees alternated (see the module doc)."""
    lines = [line for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    child = REPO / "bench" / "ingest_stages.py"
    results: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}
    with tempfile.TemporaryDirectory(prefix="dossier-stages-bench-") as tmp:
        articles = Path(tmp) / "articles.jsonl"
        articles.write_text("\n".join(lines[:limit]) + "\n", encoding="utf-8")
        warmup = Path(tmp) / "warmup.jsonl"  # other articles: one-time loads, not measured
        warmup.write_text("\n".join(lines[limit : limit + 8]) + "\n", encoding="utf-8")
        for round_ in range(repeat):
            order = trees if round_ % 2 == 0 else trees[::-1]
            for tree in order:
                env = {**os.environ, "PYTHONPATH": str(tree)}
                out = subprocess.run(
                    [sys.executable, str(child), str(articles), str(warmup)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                ms = _per_article(json.loads(out.strip().splitlines()[-1]))
                results[tree].append(ms)
                print(
                    f"  round {round_ + 1}, {tree}: spaCy alone {ms['spacy_alone']:.1f}, "
                    f"ingest {ms['total']:.1f} ms/article ({ms['ratio']:.3f}x), "
                    f"beyond spaCy {ms['rest']:.1f} ({ms['rest_ratio']:.3f} of spaCy alone), "
                    f"load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
    # spaCy alone over all runs: the scale on which each run's ratio is read back as ms
    scale = statistics.median(r["spacy_alone"] for runs in results.values() for r in runs)
    for runs in results.values():
        for r in runs:
            r["rest_norm"] = r["rest_ratio"] * scale
    print(
        f"stages: the first {limit} articles of {data.name}, {repeat} repeat(s) per tree, "
        f"one process per run, CPU ms an article (median over repeats, ± median absolute "
        f"deviation); load average now {os.getloadavg()[0]:.1f}"
    )
    header = f"{'':<34}" + "".join(f"{str(t)[-24:]:>26}" for t in trees)
    print(header)
    print("-" * len(header))
    rows = [
        *STAGE_ROWS,
        ("ratio", "ingest / spaCy alone"),
        ("rest_ratio", "beyond spaCy / spaCy alone"),
        ("rest_norm", f"beyond spaCy at spaCy = {scale:.0f} ms"),
    ]
    for key, label in rows:
        cells = []
        for tree in trees:
            values = [r[key] for r in results[tree]]
            fmt = ".3f" if "ratio" in key else ".1f"
            cells.append(f"{statistics.median(values):{fmt}} ± {_spread(values):{fmt}}")
        print(f"{label:<34}" + "".join(f"{c:>26}" for c in cells))
    print(
        "spaCy alone runs between the ingest's batches (module doc of bench/ingest_stages.py); "
        "the last row is each run's ratio times the median spaCy alone of all runs: the "
        "figure that load moves least"
    )
    if len(trees) == 2:
        first, second = (results[t] for t in trees)
        for key, label in (
            ("rest_norm", "beyond spaCy (normalised), ms"),
            ("rest", "beyond spaCy, ms"),
            ("ratio", "ingest / spaCy alone"),
        ):
            diffs = [b[key] - a[key] for a, b in zip(first, second, strict=True)]
            fmt = "+.3f" if key == "ratio" else "+.1f"
            print(
                f"paired difference, {label} (second tree - first, per round): median "
                f"{statistics.median(diffs):{fmt}}; rounds "
                f"{', '.join(f'{d:{fmt}}' for d in diffs)}"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="synthetic articles (default 2000)")
    parser.add_argument("--workers", default="", help="e.g. 1,2: the all-cores run (module doc)")
    parser.add_argument("--data", default=str(REALNEWS), help="JSON lines for --workers")
    parser.add_argument("--limit", type=int, default=200, help="articles for --workers")
    parser.add_argument("--stages", action="store_true", help="per-stage CPU (module doc)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per tree for --stages")
    parser.add_argument(
        "--trees",
        default=str(REPO),
        help="comma-separated source trees for --stages and --workers (e.g. main's, then .)",
    )
    parser.add_argument("--seed", type=int, default=0, help="perturbation seed (default 0)")
    parser.add_argument(
        "--n-process", type=int, default=None, help="spaCy processes (default: the setting)"
    )
    parser.add_argument("--corpus", default=str(DEFAULT_SEEDS), help="seed articles to perturb")
    args = parser.parse_args(argv)
    if args.stages:
        trees = [Path(t).absolute() for t in args.trees.split(",") if t]
        return stages_run(Path(args.data), args.limit, args.repeat, trees)
    if args.workers:
        counts = [int(c) for c in args.workers.split(",") if c]
        trees = [Path(t).absolute() for t in args.trees.split(",") if t]
        return workers_run(Path(args.data), args.limit, counts, trees)

    with tempfile.TemporaryDirectory(prefix="dossier-ingest-bench-") as tmp:
        tmp_path = Path(tmp)
        settings = load_settings(
            db=str(tmp_path / "bench.db"), n_process=args.n_process, progress=False
        )
        folder = tmp_path / "articles"

        start = time.perf_counter()
        articles = synthetic_articles(args.n, seed=args.seed, corpus=args.corpus)
        write_txt_folder(articles, folder)
        generate_s = time.perf_counter() - start

        start = time.perf_counter()
        texts = cleaned_texts(folder, settings)
        clean_s = time.perf_counter() - start
        words = sum(len(t.split()) for t in texts)

        start = time.perf_counter()
        nlp = spacy.load(settings.spacy_model)
        load_s = time.perf_counter() - start
        for _doc in nlp.pipe(texts[:WARMUP_DOCS], batch_size=settings.batch_size):
            pass

        spacy_s = time_spacy(texts, settings)
        dossier_s, added = time_dossier(folder, settings)

    print(
        f"ingest throughput: {args.n} synthetic articles (seed {args.seed}), "
        f"model {settings.spacy_model} (spaCy {spacy.__version__}, "
        f"components {', '.join(nlp.pipe_names)}; disabled {', '.join(DISABLED)}), "
        f"batch_size {settings.batch_size}, n_process {settings.n_process}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    print(
        f"untimed: generate+write {generate_s:.2f} s, read+clean {clean_s:.2f} s "
        f"(dossier stages, no nlp), model load {load_s:.2f} s"
    )
    if added != len(texts):
        print(f"note: dossier stored {added} documents; the baseline parsed {len(texts)} texts")
    print()
    print_table(
        [
            Measurement("dossier run_ingest", added, words, dossier_s),
            Measurement("spaCy nlp.pipe alone", len(texts), words, spacy_s),
        ]
    )
    print()
    print(f"ratio dossier / spaCy time: {dossier_s / spacy_s:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
