#!/usr/bin/env python3
"""Candidate searches over a frozen story index: this tree's search by rows against another
tree's, the same index and documents, each search timed in alternation.

Why: in a whole near-copy run (``bench/near_copies.py``) the search is one part of the
clustering process and the load of other jobs moves each run by ±10 %; a change to the search
shows more plainly when the index is the same for both and each document's search by one tree
is timed right beside the other's (a drift in the load falls on both).

* ``--cleaned FILE``: cleaned documents, JSON lines of ``{"id", "text"}`` (what
  ``bench/near_copies.py --cleaned`` writes). The first ``--at`` are clustered as
  ``near_copies.run_side`` does (the index told of merges, stories capped), then the index
  is frozen and the next ``--searches`` documents are searched
  (``StoryIndex._story_candidates_by_row``, with the sketch bound), none inserted.
* ``--baseline DIR``: the root of another tree (``git worktree add`` or ``git archive`` of
  ``main``); its ``dossier/stories/dedup.py`` is loaded under another module name and its
  ``StoryIndex._story_candidates_by_row`` called on the same index object (so the index's
  attributes must be ones both trees know). The answers of the two are compared (candidates
  and the ruled-out flags), then ``--passes`` passes time every search by both, their order
  swapped from one document to the next; CPU seconds (``time.process_time``).

Figures only: nothing fails on a threshold (differing answers are printed).

Usage: ``python bench/story_search_frozen.py --cleaned CACHE --baseline /tmp/main-tree``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from dossier.stories import dedup  # noqa: E402


def _baseline(root: str) -> ModuleType:
    """``dossier/stories/dedup.py`` of the tree at ``root`` as module ``baseline_dedup``."""
    path = Path(root) / "dossier" / "stories" / "dedup.py"
    spec = importlib.util.spec_from_file_location("baseline_dedup", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no module at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_dedup"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def frozen_index(cleaned: str, at: int, searches: int) -> tuple[Any, list[Any]]:
    """The story index after clustering the first ``at`` documents of ``cleaned`` (as
    ``near_copies.run_side`` does), and the fingerprints of the next ``searches``."""
    texts: dict[str, str] = {}
    index = dedup.StoryIndex(text_of=texts.__getitem__)
    groups = dedup.UnionFind()
    ids: list[str] = []

    def read() -> Iterator[str]:
        with open(cleaned, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number >= at + searches:
                    return
                row = json.loads(line)
                ids.append(row["id"])
                texts[row["id"]] = row["text"]
                yield row["text"]

    later = []
    for number, fingerprint in enumerate(dedup.fingerprint_stream(read(), index.params)):
        if number >= at:
            later.append(fingerprint)
            continue
        document_id = ids[number]
        candidates, hopeless = index.story_candidates_ruled_out(fingerprint)
        background = index.background(fingerprint)
        matched: set[str] = set()
        groups.add(document_id)
        for other, skip in zip(candidates, hopeless, strict=True):
            root = groups.find(other)
            if root in matched or skip:
                continue
            evidence = dedup.compare(fingerprint, index.fingerprint_of(other), background)
            if dedup.same_story(evidence, index.params):
                matched.add(root)
        for root in matched:
            groups.union(document_id, root)
        story = dedup.story_id_for(groups.find(document_id))
        if matched:
            merged = {dedup.story_id_for(root) for root in matched} - {story}
            index.merge_stories(sorted(merged), story)
        index.insert(document_id, fingerprint, story)
    return index, later


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cleaned", required=True, help="cleaned documents (JSON lines)")
    parser.add_argument("--at", type=int, default=97_000, help="documents indexed first")
    parser.add_argument("--searches", type=int, default=3000, help="documents searched")
    parser.add_argument("--baseline", required=True, help="root of the tree to compare with")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    base = _baseline(args.baseline)
    began = time.process_time()
    index, queries = frozen_index(args.cleaned, args.at, args.searches)
    print(
        f"index frozen at {args.at:,} documents ({len(index):,} indexed) in "
        f"{time.process_time() - began:.1f} CPU s; {len(queries):,} searches"
    )
    mine: Callable[..., Any] = dedup.StoryIndex._story_candidates_by_row
    theirs: Callable[..., Any] = base.StoryIndex._story_candidates_by_row
    differing = sum(mine(index, q, True) != theirs(index, q, True) for q in queries)
    print(f"answers (candidates and ruled-out flags) differing: {differing}")
    clock = time.process_time
    for number in range(args.passes):
        spent = {"baseline": 0.0, "this tree": 0.0}
        for i, query in enumerate(queries):
            pair = (("baseline", theirs), ("this tree", mine))
            for name, search in pair if i % 2 else pair[::-1]:
                start = clock()
                search(index, query, True)
                spent[name] += clock() - start
        each = {name: 1e6 * total / max(1, len(queries)) for name, total in spent.items()}
        change = 100 * (each["this tree"] / each["baseline"] - 1) if each["baseline"] else 0.0
        print(
            f"pass {number + 1}: baseline {each['baseline']:.1f} µs a search, this tree "
            f"{each['this tree']:.1f} ({change:+.1f} %)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
