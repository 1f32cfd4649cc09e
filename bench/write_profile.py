#!/usr/bin/env python3
"""The write path of ``dossier ingest`` under cProfile on a CPU timer, parses cached.

Issue 19 asks which terms of the per-batch work grow with the store. Rounds 1-5 ("Ingest at
scale" in README.md) profiled the same 200 new articles added to copies of stores of 1,000
and 4,000 articles with ``cProfile.Profile(time.process_time)`` (so other users' load
cannot inflate it). Each run parsed the 200 articles again: about three quarters of the
profiled CPU, none of it depending on the store, and on a loaded two-core machine its run
to run noise (±2.5 s) was larger than the terms being compared. Here the parser's records
are cached per text exactly as ``bench/resolve_replay.py`` caches them (coreference and place
votes are the tree's own, replayed), so the first run of a tree fills the cache and every
run after profiles the write path alone.

Run it once per tree with ``PYTHONPATH`` set to the tree (the tree's own ``dossier`` and
``bench`` are imported), on a copy of the store (the store is written to):

    PYTHONPATH=TREE python TREE/bench/write_profile.py OUT.prof CACHE_DIR \\
        ingest --quiet --workers 1 --db COPY.db NEW.jsonl

then compare two profiles with ``--compare A.prof B.prof`` (every dossier function whose
cumulative CPU grows by more than ``--min`` seconds, with its calls in each). ``--cpu CACHE_DIR
ingest ...`` runs the same without the profiler and prints the CPU inside ``write_batch`` and
the terms it follows (:func:`cpu_only`): cProfile multiplies the write path's CPU five- to
sixfold. Figures only.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _terms(path: str) -> dict[str, tuple[int, float]]:
    """``{module:function: (calls, cumulative CPU s)}`` of the dossier functions of a
    profile; same-named functions of one module summed (line numbers differ between trees)."""
    out: dict[str, tuple[int, float]] = {}
    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]
    for (file, _line, name), (_cc, calls, _own, cumulative, _callers) in stats.items():
        if "dossier/" not in file or name.startswith("<"):
            continue
        key = f"{file.split('dossier/')[-1]}:{name}"
        had = out.get(key, (0, 0.0))
        out[key] = (had[0] + calls, had[1] + cumulative)
    return out


def compare(before: str, after: str, minimum: float) -> None:
    """Print the terms whose cumulative CPU grows by more than ``minimum`` from
    ``before`` to ``after``, largest growth first."""
    a, b = _terms(before), _terms(after)
    rows = []
    for key in set(a) | set(b):
        (ca, ta), (cb, tb) = a.get(key, (0, 0.0)), b.get(key, (0, 0.0))
        if tb - ta > minimum:
            rows.append((tb - ta, key, ca, cb, ta, tb))
    for grown, key, ca, cb, ta, tb in sorted(rows, reverse=True):
        print(f"{ta:7.2f} -> {tb:7.2f} s ({grown:+.2f})  calls {ca:>7} -> {cb:<7} {key}")


def profile(out: str, cache: Path, argv: list[str]) -> int:
    """``dossier.cli.main(argv)`` under the CPU-timed profiler, parses cached in ``cache``."""
    from bench.resolve_replay import _nlp_module, _nlp_version, cached_analyze
    from dossier import cli

    nlp = _nlp_module()
    tree = Path(nlp.__file__).resolve().parents[2]
    nlp.analyze = cached_analyze(cache, _nlp_version(tree))
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    try:
        return cli.main(argv)
    finally:
        prof.disable()
        prof.dump_stats(out)


def cpu_only(cache: Path, argv: list[str]) -> int:
    """``dossier.cli.main(argv)`` without the profiler, parses cached; prints the process CPU
    spent inside ``write_batch`` and the terms of it that issue 19 follows (entity resolution,
    the name matching of its new names (``find_link``), its re-link, weak names and
    refresh; the facts, their event groups and the incident join's named-alike filter).
    Why: cProfile
    charges every Python call, so a change that removes many calls saves more under it than
    without it. A term called inside another is counted in both."""
    from bench.resolve_replay import _nlp_module, _nlp_version, cached_analyze
    from dossier import cli
    from dossier.kb import event_groups, facts, resolve
    from dossier.pipeline import run

    nlp = _nlp_module()
    nlp.analyze = cached_analyze(cache, _nlp_version(Path(nlp.__file__).resolve().parents[2]))
    spent = dict.fromkeys(
        (
            "write_batch",
            "update_entities",
            "find_link",
            "link_surnames",
            "link_weak_names",
            "refresh",
            "store_facts",
            "assign_event_group",
            "may_name_alike",
        ),
        0.0,
    )

    def timed(name: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started

        return wrapper

    run.write_batch = timed("write_batch", run.write_batch)  # type: ignore[assignment]
    resolve.update_entities = timed("update_entities", resolve.update_entities)
    for name in ("find_link", "link_surnames", "link_weak_names", "refresh"):
        setattr(resolve, name, timed(name, getattr(resolve, name)))
    run.store_facts = timed("store_facts", run.store_facts)  # type: ignore[assignment]
    facts.assign_event_group = timed("assign_event_group", facts.assign_event_group)
    event_groups.may_name_alike = timed("may_name_alike", event_groups.may_name_alike)
    code = cli.main(argv)
    print("CPU s", " ".join(f"{name}={seconds:.2f}" for name, seconds in spent.items()))
    return code


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--cpu":
        return cpu_only(Path(args[1]), args[2:])
    if args and args[0] == "--compare":
        minimum = 0.1
        if "--min" in args:
            at = args.index("--min")
            minimum = float(args[at + 1])
            del args[at : at + 2]
        compare(args[1], args[2], minimum)
        return 0
    if len(args) < 3:
        print(__doc__)
        return 2
    return profile(args[0], Path(args[1]), args[2:])


if __name__ == "__main__":
    sys.exit(main())
