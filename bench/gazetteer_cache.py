#!/usr/bin/env python
"""Process start-up plus the place gazetteer: built every time vs read from the on-disk cache.

Every ``dossier update``, every analysis worker and every server process needs the gazetteer
(:func:`dossier.geo.load_gazetteer`). This runs fresh Python processes that import
``dossier.geo`` and load it, in the same run and interleaved, under three settings of
``DOSSIER_GAZETTEER_CACHE``:

* ``import``  -- start-up and ``import dossier.geo`` only (the floor: no gazetteer);
* ``build``   -- cache off: the baseline, the gazetteer built in every process;
* ``warm``    -- a cache folder already holding this install's file (the common case);
* ``cold``    -- an empty cache folder: built and written (the first process after an upgrade).

Each figure is the median of ``--runs`` runs of the child's CPU time (user + system), with
wall time beside it. The cache folder is a temporary one, so the user's cache is untouched.

Usage: ``python bench/gazetteer_cache.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOAD = "from dossier.geo import load_gazetteer; load_gazetteer()"
IMPORT = "import dossier.geo"


def _child(code: str, cache: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh process running ``code``."""
    env = dict(os.environ, DOSSIER_GAZETTEER_CACHE=cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, list[tuple[float, float]]] = {
        k: [] for k in ("import", "build", "cold", "warm")
    }
    with tempfile.TemporaryDirectory() as root:
        warm = Path(root) / "warm"
        _child(LOAD, str(warm))  # fill the warm folder once
        for run in range(args.runs):
            figures["import"].append(_child(IMPORT, "off"))
            figures["build"].append(_child(LOAD, "off"))
            figures["cold"].append(_child(LOAD, str(Path(root) / f"cold-{run}")))
            figures["warm"].append(_child(LOAD, str(warm)))
    base = statistics.median(c for c, _ in figures["build"])
    print(f"{'case':8} {'CPU s':>7} {'wall s':>7}  vs build (CPU)   median of {args.runs}")
    for case, rows in figures.items():
        cpu = statistics.median(c for c, _ in rows)
        wall = statistics.median(w for _, w in rows)
        print(f"{case:8} {cpu:7.2f} {wall:7.2f}  {cpu / base:5.2f}x")


if __name__ == "__main__":
    main()
