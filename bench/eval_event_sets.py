#!/usr/bin/env python3
"""Events on all labelled sets: every ``bench/labels/events/*.jsonl`` scored and summed.

The figure of record for events is not one set's score but the sum over every labelled
real-article set, split into a development half (whose errors may be read while writing rules)
and a validation half (scored, never read): ``bench/labels/events/halves.json`` says which set
is in which. Each set is scored exactly as ``bench/eval_events.py --skip plover,case --labels
SET`` scores it — this script calls that script's own :func:`~bench.eval_events.score_real_set`
(a fresh store per set, ``dossier ingest`` + ``dossier export``, the same matcher) — and the
counts are summed exactly (not re-read from rounded percentages).

Columns: rows matched to an exported event; rows right in type, actor, target, place, date,
modality; all six right; all six with no wrong extra participant (strict); exported
ASSAULT/COERCE events matching no label (false alarms); ASSAULT/COERCE events stored where
such incidents are labelled, and those incidents (their ratio: events per incident); rows (N).

Baseline in the same run: ``--baseline REV`` extracts git revision REV (``git archive``) into a
temporary folder and scores every chosen set with *its* ``dossier`` (``PYTHONPATH`` set to that
tree) and *this* scorer, so both sides are scored the same way; each cell shows ``before→after``
where they differ. Sets run in parallel across ``--workers`` processes (each drives its own
ingest subprocess).

Usage: ``python bench/eval_event_sets.py [--half dev|validation|all] [--sets check2,check3]
[--baseline main] [--workers N] [--json OUT] [--errors DIR] [--labels-dir DIR] [--limit N]``
(``make eval-events ARGS=...``). ``--errors DIR`` writes, per set, ``err-SET.jsonl`` and
``err-SET.alarms.jsonl`` (as ``eval_events.py --errors`` does) and ``SET.txt`` (its report);
the baseline's go to ``DIR/baseline/``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, ROOT
from bench.eval_events import RealScore, report_lines, score_real_set

EVENTS = ROOT / "bench" / "labels" / "events"
HALVES = EVENTS / "halves.json"
#: the table's columns, in order (the lead's summing scripts' order)
FIELDS = (
    "matched",
    "type",
    "actor",
    "target",
    "place",
    "date",
    "modality",
    "all six",
    "strict",
    "alarms",
    "stored",
    "incidents",
    "N",
)
#: counted and summed beside the columns: rows whose date the dateline's date gets right (the
#: date baseline ``eval_events.py`` prints, from the same run)
SUMMED = (*FIELDS, "dateline")
#: the halves' keys in ``halves.json`` -> their ``--half`` and table names; any other list in
#: the file is a half of its own name (a "blind" one, say), summed in its own row
HALF_NAMES = {"development": "dev", "validation": "validation"}
THIS = "this"
BASE = "baseline"

Row = dict[str, int]


def read_halves(path: Path = HALVES) -> dict[str, str]:
    """Each set's half ("dev", "validation", or another list's key) from ``halves.json``. A set
    listed twice, or in two halves, is an error: it would be counted twice in the total."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    halves: dict[str, str] = {}
    for key, names in raw.items():
        if not isinstance(names, list):  # "about"
            continue
        for name in names:
            if name in halves:
                raise ValueError(f"{path}: {name} is listed twice")
            halves[name] = HALF_NAMES.get(key, key)
    return halves


def label_sets(folder: Path = EVENTS) -> list[str]:
    """The labelled sets in ``folder`` (``SET.jsonl``; ``second/`` holds relabellings, not
    sets), ``events`` first, then the check sets in the order they were drawn."""
    names = [p.stem for p in folder.glob("*.jsonl")]
    return sorted(names, key=set_order)


def set_order(name: str) -> tuple[int, int, str]:
    """``events``, ``check``, ``check2`` … ``check10`` … (numbers compared as numbers), then
    any other name."""
    if name == "events":
        return (0, 0, name)
    stem = name.rstrip("0123456789")
    if stem == "check":
        return (1, int(name[len(stem) :] or 1), name)
    return (2, 0, name)


def choose_sets(
    available: Sequence[str], halves: Mapping[str, str], half: str, named: Sequence[str] = ()
) -> list[str]:
    """The sets to score: ``named`` ones (each must exist), else those of ``half`` ("all":
    every available set, assigned to a half or not)."""
    if named:
        unknown = [n for n in named if n not in available]
        if unknown:
            raise SystemExit(f"no such labelled set: {', '.join(unknown)}")
        return sorted(dict.fromkeys(named), key=set_order)
    if half == "all":
        return list(available)
    return [n for n in available if halves.get(n) == half]


def row_of(score: RealScore) -> Row:
    """One set's table row, from the counts ``eval_events.py`` prints as percentages."""
    right = score.right
    return {
        "matched": right["found"],
        "type": right["type"],
        "actor": right["actor"],
        "target": right["target"],
        "place": right["place"],
        "date": right["date"],
        "modality": right["modality"],
        "all six": right["all"],
        "strict": right["all strict"],
        "alarms": score.alarms,
        "stored": score.stored,
        "incidents": score.incidents,
        "N": score.n,
        "dateline": score.base["date"],
    }


def sum_rows(rows: Iterable[Row]) -> Row:
    total = dict.fromkeys(SUMMED, 0)
    for row in rows:
        for field in SUMMED:
            total[field] += row[field]
    return total


def subtotals(rows: Mapping[str, Row], halves: Mapping[str, str]) -> dict[str, Row]:
    """A row per half over the sets in ``rows`` (dev, validation, then any other in the order
    first met; a half none of them is in is left out; sets in no half as "unassigned"), and the
    total."""
    order = [*HALF_NAMES.values(), *halves.values(), "unassigned"]
    out: dict[str, Row] = {}
    for half in dict.fromkeys(order):
        members = [r for name, r in rows.items() if halves.get(name, "unassigned") == half]
        if members:
            out[half] = sum_rows(members)
    out["total"] = sum_rows(rows.values())
    return out


def summary(row: Row) -> str:
    """The figures quoted: all six over N, strict, false alarms, events per incident, and the
    date beside its baseline (the dateline's date)."""
    return (
        f"all six {row['all six']}/{row['N']} = {row['all six'] / max(row['N'], 1):.1%}, "
        f"strict {row['strict']}, false alarms {row['alarms']}, per incident "
        f"{row['stored'] / max(row['incidents'], 1):.3f}, date {row['date']} "
        f"(the dateline's date {row['dateline']})"
    )


def cell(after: int, before: int | None) -> str:
    return str(after) if before is None or before == after else f"{before}→{after}"


def table(
    sides: Mapping[str, Mapping[str, Row]], halves: Mapping[str, str], baseline: str = ""
) -> list[str]:
    """The per-set table with dev / validation / total rows; with a baseline side each cell is
    ``before→after`` where the two differ."""
    rows = sides[THIS]
    base = sides.get(BASE)
    width = 11 if base is not None else 9
    names = list(rows)
    lines = [f"{'set':<11} {'half':<10} " + "".join(f"{f[:8]:>{width}}" for f in FIELDS)]

    def line(label: str, half: str, row: Row, before: Row | None) -> str:
        cells = (cell(row[f], before[f] if before else None) for f in FIELDS)
        return f"{label:<11} {half:<10} " + "".join(f"{c:>{width}}" for c in cells)

    for name in names:
        half = halves.get(name, "-")
        lines.append(line(name, half, rows[name], base[name] if base else None))
    sums = subtotals(rows, halves)
    base_sums = subtotals(base, halves) if base else {}
    lines.append("-" * len(lines[0]))
    for label, row in sums.items():
        lines.append(line(label.upper(), "", row, base_sums.get(label)))
    lines.append("")
    for label, row in sums.items():
        if label in base_sums:
            lines.append(f"{label:<11} before ({baseline}): {summary(base_sums[label])}")
            lines.append(f"{'':<11} after: {summary(row)}")
        else:
            lines.append(f"{label:<11} {summary(row)}")
    return lines


@dataclass(frozen=True)
class Job:
    """One set scored by one side's code (picklable, for a worker process)."""

    side: str
    name: str
    labels: Path
    data: Path
    limit: int
    root: Path
    errors: Path | None
    matcher: str


def score_job(job: Job) -> tuple[str, str, Row, list[str]]:
    """Score one set (``eval_events.score_real_set``): its row and its report's lines."""
    errors = None
    if job.errors is not None:
        job.errors.mkdir(parents=True, exist_ok=True)
        errors = job.errors / f"err-{job.name}.jsonl"
    score = score_real_set(
        job.data, job.labels, job.limit, errors=errors, matcher=job.matcher, root=job.root
    )
    return job.side, job.name, row_of(score), report_lines(score)


def extract_revision(rev: str, into: Path) -> Path:
    """Git revision ``rev`` of this repository as a plain tree under ``into``."""
    tree = into / "tree"
    tree.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=False, capture_output=True)
    if archive.returncode != 0:
        raise SystemExit(f"--baseline {rev}: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


def run_jobs(jobs: Sequence[Job], workers: int) -> list[tuple[str, str, Row, list[str]]]:
    """Every job, ``workers`` at a time (1: in this process, in order)."""
    if workers <= 1:
        return [score_job(j) for j in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(score_job, jobs))


def children_cpu() -> float:
    """CPU seconds of every finished child process and theirs (the workers and the
    ``dossier`` subprocesses they ran): what scoring the sets cost, whatever the load."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--labels-dir", type=Path, default=EVENTS, help="the folder of SET.jsonl files"
    )
    parser.add_argument("--halves", type=Path, default=HALVES, help="which set is in which half")
    parser.add_argument(
        "--half", default="all", help="dev, validation (or another half of --halves), or all"
    )
    parser.add_argument("--sets", default="", help="comma list of sets (overrides --half)")
    parser.add_argument("--limit", type=int, default=0, help="first N articles of each set")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--baseline", default="", help="git revision scored beside this checkout")
    parser.add_argument("--matcher", choices=("assign", "first"), default="assign")
    parser.add_argument("--json", type=Path, help="write the rows and sums as JSON")
    parser.add_argument(
        "--errors", type=Path, help="folder for err-SET.jsonl, err-SET.alarms.jsonl and SET.txt"
    )
    parser.add_argument("--keep", action="store_true", help="keep the baseline's tree")
    args = parser.parse_args(argv)

    halves = read_halves(args.halves)
    if args.half != "all" and args.half not in halves.values():
        raise SystemExit(f"no half {args.half!r} in {args.halves} ({sorted(set(halves.values()))})")
    available = label_sets(args.labels_dir)
    named = [s.strip() for s in args.sets.split(",") if s.strip()]
    sets = choose_sets(available, halves, args.half, named)
    if not sets:
        raise SystemExit(f"no labelled sets chosen in {args.labels_dir}")
    unassigned = [s for s in sets if s not in halves]
    if unassigned:
        print(f"note: in no half of {args.halves.name}: {', '.join(unassigned)}", file=sys.stderr)

    tmp = Path(tempfile.mkdtemp(prefix="dossier-event-sets-"))
    try:
        roots = {THIS: ROOT}
        if args.baseline:
            roots[BASE] = extract_revision(args.baseline, tmp)
        jobs = []
        # the largest sets first, so the pool's last jobs are short; sides interleaved
        by_size = sorted(sets, key=lambda s: -(args.labels_dir / f"{s}.jsonl").stat().st_size)
        for name in by_size:
            for side, root in roots.items():
                errors = args.errors
                if errors is not None and side == BASE:
                    errors = errors / "baseline"
                jobs.append(
                    Job(
                        side,
                        name,
                        args.labels_dir / f"{name}.jsonl",
                        args.data,
                        args.limit,
                        root,
                        errors,
                        args.matcher,
                    )
                )
        started = time.perf_counter()
        results = run_jobs(jobs, max(1, args.workers))
        wall = time.perf_counter() - started
        cpu = children_cpu()
    finally:
        if args.keep and args.baseline:
            print(f"baseline tree kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    sides: dict[str, dict[str, Row]] = {side: {} for side in roots}
    for side, name, row, report in results:
        sides[side][name] = row
        if args.errors is not None:
            folder = args.errors if side == THIS else args.errors / "baseline"
            (folder / f"{name}.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    for side in sides:
        sides[side] = {name: sides[side][name] for name in sets}

    what = f"{len(sets)} sets ({args.half if not named else 'named'})"
    if args.baseline:
        what += f"; cells before→after: baseline {args.baseline} → this checkout"
    print(
        f"Events on labelled sets: {what}; {args.workers} workers, {wall:.0f} s wall, "
        f"{cpu:.0f} CPU s (workers and their ingests)"
    )
    print("\n".join(table(sides, halves, args.baseline)))
    if args.json:
        out = {
            "sets": sets,
            "halves": {name: halves.get(name) for name in sets},
            "baseline": args.baseline or None,
            "rows": sides,
            "sums": {side: subtotals(rows, halves) for side, rows in sides.items()},
            "limit": args.limit,
            "wall_seconds": round(wall, 1),
            "cpu_seconds": round(cpu, 1),
        }
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
