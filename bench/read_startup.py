#!/usr/bin/env python
"""Read-path start-up: ``dossier stats`` and the server's start-up, this checkout vs a baseline.

Reads should not pay for the NLP stack: ``dossier stats``, ``dossier serve`` and every API
worker only read the store. This measures, for this checkout and for git revision
``--baseline`` (extracted with ``git archive`` into a temporary folder and run with the same
interpreter, so the same installed packages), in the same run and interleaved:

* ``stats``     -- wall time of ``python -m dossier stats --db DB`` (a fresh process each time);
* ``serve``     -- wall time from starting ``python -m dossier serve --db DB`` to the first
  ``200`` from ``/api/summary``;
* ``spacy``     -- whether importing the CLI, the query layer and the app factory loads spaCy.

Median of ``--runs`` runs. The store ``--db`` must exist (e.g. ``dossier ingest`` of the seeds);
both sides read the same file.

Usage: ``python bench/read_startup.py --db dossier.db [--baseline main] [--runs 5]``
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = (
    "import sys, importlib\n"
    "for m in ('dossier.cli', 'dossier.query', 'dossier.web'):\n"
    "    importlib.import_module(m)\n"
    "try:\n"
    "    from dossier.web.api import create_app\n"
    "except ImportError:\n"
    "    from dossier.api import create_app\n"
    "create_app()\n"
    "print('spacy' in sys.modules)\n"
)


def checkout(ref: str) -> Path:
    """The tree of git revision ``ref`` in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="read-startup-"))
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "dossier"],
        check=True,
        capture_output=True,
    ).stdout
    archive_path = folder / "tree.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(folder, filter="data")
    return folder


def env_for(tree: Path) -> dict[str, str]:
    """Run with ``tree`` first on the path (ahead of the editable install)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    env.pop("DOSSIER_DB", None)
    return env


def time_stats(tree: Path, db: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "dossier", "stats", "--db", db],
        check=True,
        capture_output=True,
        env=env_for(tree),
        cwd=tree,
    )
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_serve(tree: Path, db: str, limit: float = 120.0) -> float:
    port = free_port()
    start = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "dossier", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env_for(tree),
        cwd=tree,
    )
    try:
        while time.perf_counter() - start < limit:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=5) as r:
                    if r.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"server did not answer within {limit:.0f} s")
    finally:
        server.terminate()
        server.wait(timeout=30)


def loads_spacy(tree: Path) -> bool:
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        check=True,
        capture_output=True,
        text=True,
        env=env_for(tree),
        cwd=tree,
    ).stdout
    return out.strip().endswith("True")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="an existing store both sides read")
    parser.add_argument("--baseline", default="main", help="git revision to compare with")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = str(Path(args.db).resolve())
    if not Path(db).exists():
        parser.error(f"--db {db}: no such file")
    sides = {f"baseline ({args.baseline})": checkout(args.baseline), "this checkout": ROOT}
    stats: dict[str, list[float]] = {name: [] for name in sides}
    serve: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.runs):
        for name, tree in sides.items():  # interleaved: load changes hit both sides alike
            stats[name].append(time_stats(tree, db))
            serve[name].append(time_serve(tree, db))
    print(f"read-path start-up, median of {args.runs} runs (store {db})")
    print(f"{'side':<28} {'dossier stats':>14} {'serve -> 200':>13} {'loads spaCy':>12}")
    for name, tree in sides.items():
        print(
            f"{name:<28} {statistics.median(stats[name]):>12.2f} s "
            f"{statistics.median(serve[name]):>11.2f} s {loads_spacy(tree)!s:>12}"
        )


if __name__ == "__main__":
    main()
