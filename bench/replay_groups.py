#!/usr/bin/env python3
"""Replay the event-group join over a kept store: a rule change measured in a minute, not
an ingest.

``bench/eval_stories.py ... --keep DIR`` leaves a store (``DIR/e2e.db``) whose parses,
events, mentions and stories a change to the event-group join
(:func:`dossier.kb.event_groups.assign_event_group` and the modules it calls) does not
touch. This script copies that store to ``OUT``, forgets every event group, thread and
lead actor (:meth:`dossier.store.base.DocumentStore.clear_event_groups`), assigns them
again document by document in the kept run's ingest order (:func:`ingest_order`) with
*this* checkout's code, and writes ``OUT/export.json`` with ``dossier export``; score it with
``bench/eval_stories.py ... --export OUT/export.json``. Run it from two checkouts over one
kept store to compare two rules on the same events (what the figures "replays of the join
over one store" in the README and the stories GUIDE mean). The events themselves were
merged at ingest in the store's order, as a real ingest would have merged them.

``--stories`` first clusters the stories again with this checkout's story join
(:func:`dossier.pipeline.run.assign_story`, over an in-memory index, in the same ingest
order) and sets each document's story before the event groups are replayed: a change to
``dossier/stories`` measured on the same events. What the kept ingest merged by story (the
claims of a statement repeated across editions, the events of undated reports of one story)
stays as it was, so the figures are those of the event groups and the stories themselves.

Usage: ``python bench/replay_groups.py [--stories] DIR OUT``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dossier.config import load_settings
from dossier.kb.event_groups import assign_event_group
from dossier.pipeline.run import assign_story
from dossier.store import open_store
from dossier.stories.dedup import StoryIndex

ROOT = Path(__file__).resolve().parents[1]


def ingest_order(kept: Path, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``documents`` in the order the kept run ingested them: the order of its
    ``articles.jsonl`` (the file ``bench/e2e.py`` wrote and ``dossier ingest`` read), by
    address; documents it does not list (a store kept some other way) keep the store's
    order after them. The store lists documents by address, and the join is not
    order-free (complete linkage: which report arrives first decides which groups form),
    so a replay in address order is not the ingest it stands for (ECB+ dev, whose
    addresses sort ecb0, ecb1, ecb10, ...: 391 join pairs replayed against 364 ingested
    with one rule)."""
    listed = kept / "articles.jsonl"
    if not listed.exists():
        return documents
    rank: dict[str, int] = {}
    with listed.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if line.strip():
                address = json.loads(line).get("url")
                if address:
                    rank.setdefault(address, n)
    last = len(rank)
    return sorted(documents, key=lambda d: rank.get(d.get("source") or d.get("url") or "", last))


class _StoryDesk:
    """What :func:`assign_story` asks of a store, held in memory over the kept store's
    documents: the stories it makes are only set on the store afterwards (the kept
    store's dedup keys and links are those of the old rule)."""

    def __init__(self, rows: dict[str, dict[str, Any]]) -> None:
        self.rows = rows
        self.story: dict[str, str] = {}
        self.order: dict[str, int] = {}  # insertion order, the store's row number

    def document(self, document_id: str) -> dict[str, Any] | None:
        return self.rows.get(document_id)

    def story_of(self, ids: list[str]) -> dict[str, tuple[str, int]]:
        return {i: (self.story[i], self.order[i]) for i in ids if i in self.story}

    def merge_stories(self, stories: list[str], into: str) -> None:
        for document_id, story in self.story.items():
            if story in stories:
                self.story[document_id] = into

    def set_story(self, document_id: str, story_id: str) -> None:
        self.story[document_id] = story_id
        self.order.setdefault(document_id, len(self.order))

    def add_story_link(self, document_id: str, other_id: str, reason: str) -> None:
        pass

    def add_dedup_keys(self, document_id: str, *keys: Any) -> None:
        pass


def restory(documents: list[dict[str, Any]]) -> dict[str, str]:
    """Each document's story under this checkout's story join, ``documents`` taken in
    order as an ingest would take them."""
    desk = _StoryDesk({d["id"]: d for d in documents})
    index = StoryIndex()
    for row in documents:
        document = SimpleNamespace(
            id=row["id"],
            text=row.get("text") or "",
            outlet=row.get("outlet"),
            url=row.get("url"),
            source=row.get("source"),
            published=row.get("published"),
        )
        assign_story(desk, index, document)  # type: ignore[arg-type]
    return desk.story


def replay(kept: Path, out: Path, stories: bool = False) -> float:
    """Copy ``kept``'s store into ``out``, replay the join there (and the story join first,
    with ``stories``); the seconds it took."""
    out.mkdir(parents=True, exist_ok=True)
    db = out / "e2e.db"
    shutil.copyfile(kept / "e2e.db", db)
    settings = load_settings(db=str(db))
    started = time.perf_counter()
    with open_store(str(db)) as store:
        if stories:
            documents = ingest_order(
                kept, [store.document(d["id"]) or d for d in store.documents()]
            )
            with store.transaction():
                for document_id, story in restory(documents).items():
                    store.set_story(document_id, story)
        with store.transaction():
            store.clear_event_groups()
            for document in ingest_order(kept, list(store.documents())):
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
    parser.add_argument(
        "--stories", action="store_true", help="cluster the stories again with this checkout"
    )
    args = parser.parse_args(argv)
    seconds = replay(args.kept, args.out, args.stories)
    print(f"replayed the event-group join in {seconds:.1f} s: {args.out / 'export.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
