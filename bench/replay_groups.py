#!/usr/bin/env python3
"""Replay the event-group join over a kept store: a rule change measured in a minute, not
an ingest.

``bench/eval_stories.py ... --keep DIR`` leaves a store (``DIR/e2e.db``) whose parses,
events, mentions and stories a change to the event-group join
(:func:`dossier.kb.event_groups.assign_event_group` and the modules it calls) does not
touch. This script copies that store to ``OUT``, forgets every event group, thread and
lead actor (:meth:`dossier.store.base.DocumentStore.clear_event_groups`), assigns them
again document by document in the store's order (its ingest order) with *this* checkout's
code, and writes ``OUT/export.json`` with ``dossier export``; score it with
``bench/eval_stories.py ... --export OUT/export.json``. Run it from two checkouts over one
kept store to compare two rules on the same events (what the figures "replays of the join
over one store" in the README and the stories GUIDE mean). The events themselves were
merged at ingest in the store's order, as a real ingest would have merged them.

Usage: ``python bench/replay_groups.py DIR OUT``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dossier.config import load_settings
from dossier.kb.event_groups import assign_event_group
from dossier.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def replay(kept: Path, out: Path) -> float:
    """Copy ``kept``'s store into ``out``, replay the join there; the seconds it took."""
    out.mkdir(parents=True, exist_ok=True)
    db = out / "e2e.db"
    shutil.copyfile(kept / "e2e.db", db)
    settings = load_settings(db=str(db))
    started = time.perf_counter()
    with open_store(str(db)) as store:
        with store.transaction():
            store.clear_event_groups()
            for document in list(store.documents()):
                assign_event_group(store, document["id"], document.get("story_id"), settings)
    seconds = time.perf_counter() - started
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DOSSIER_DB", None)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dossier",
            "export",
            "--db",
            str(db),
            "--out",
            str(out / "export.json"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kept", type=Path, help="a --keep folder of bench/eval_stories.py")
    parser.add_argument("out", type=Path, help="where the replayed store and export go")
    args = parser.parse_args(argv)
    seconds = replay(args.kept, args.out)
    print(f"replayed the event-group join in {seconds:.1f} s: {args.out / 'export.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
