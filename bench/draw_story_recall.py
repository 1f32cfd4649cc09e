#!/usr/bin/env python3
"""Draw candidate same-event pairs of two outlets from an archive slice, before any dossier
output is seen: the recall sample of the story join (``bench/labels/stories/GUIDE.md``).

The labelled pairs of ``labels.jsonl`` were drawn from March in 2025 and every story rule
since was read against them, so their recall (0.82) says little of articles no rule was
fitted to. This draws a fresh sample the same way, from another slice: every pair of
articles of two different outlets published at most a day apart, scored by the share of
content words their titles and first 80 words have in common (stop words and words under
four letters left out), the ``--top`` highest first, then ``--random`` more drawn by a hash
of the two ids from the next ``--pool``. The hash fixes a pair's place, so the draw does not
depend on dossier or on the run. Articles any file under ``--exclude`` names (the event sets,
whose drawn check sets must stay unread by every other label file:
``tests/test_event_labels.py``) are left out before the pairs are scored.

Usage: ``python bench/draw_story_recall.py --start 2025-05-01 --limit 300 [--top 50]
[--random 20] [--pool 300]``; prints one JSON line per pair (``a``, ``b``, ``score``) and,
with ``--show``, the titles and leads to label them by.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, realnews

#: function words and the words every security report of the archive's outlets carries
_STOP = frozenset(
    """that this with from have been were their would will said says also they them after
    over into about which while when where there these those than other such more most
    being under upon amid against during before between through including added stated
    told saying according statement press release monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october
    november december""".split()
)
_WORD = re.compile(r"[a-z]{4,}")


EVENT_LABELS = Path(__file__).resolve().parent / "labels" / "events"
_ARTICLE_ID = re.compile(r"\b(?:dawn-\d+|app-[0-9a-f]+)\b")


def named_articles(folder: Path) -> set[str]:
    """The article ids any file under ``folder`` names (its labels are not read)."""
    return {
        found
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        for found in _ARTICLE_ID.findall(path.read_text(encoding="utf-8"))
    }


def words(row: dict[str, Any]) -> frozenset[str]:
    """The content words of a row's title and first 80 words of text."""
    lead = " ".join((row.get("text") or "").split()[:80])
    found = _WORD.findall(f"{row.get('title') or ''} {lead}".lower())
    return frozenset(w for w in found if w not in _STOP)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller word set the other holds."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def candidates(rows: list[dict[str, Any]]) -> list[tuple[float, str, str]]:
    """Every pair of two outlets published at most a day apart, with its overlap, highest
    first (ties by ids)."""
    bag = {r["id"]: words(r) for r in rows}
    found = []
    for x, y in combinations(rows, 2):
        if x.get("outlet") == y.get("outlet") or not x.get("published") or not y.get("published"):
            continue
        gap = date.fromisoformat(x["published"][:10]) - date.fromisoformat(y["published"][:10])
        if abs(gap.days) > 1:
            continue
        a, b = sorted((x["id"], y["id"]))
        found.append((overlap(bag[a], bag[b]), a, b))
    return sorted(found, key=lambda t: (-t[0], t[1], t[2]))


def draw(
    rows: list[dict[str, Any]], top: int, random: int, pool: int
) -> list[tuple[float, str, str]]:
    """The ``top`` highest pairs, then ``random`` of the next ``pool`` by a hash of the ids."""
    ranked = candidates(rows)
    rest = sorted(
        ranked[top : top + pool],
        key=lambda t: hashlib.sha1(f"{t[1]}|{t[2]}".encode()).hexdigest(),
    )
    return ranked[:top] + rest[:random]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--start", default="2025-05-01")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--random", type=int, default=20)
    parser.add_argument("--pool", type=int, default=300)
    parser.add_argument("--exclude", type=Path, default=EVENT_LABELS)
    parser.add_argument("--show", action="store_true", help="print titles and leads")
    args = parser.parse_args(argv)
    rows = [r for r in realnews(args.data) if (r.get("published") or "") >= args.start]
    rows = rows[: args.limit]
    named = named_articles(args.exclude) if args.exclude else set()
    rows = [r for r in rows if r["id"] not in named]
    by_id = {r["id"]: r for r in rows}
    for score, a, b in draw(rows, args.top, args.random, args.pool):
        print(json.dumps({"a": a, "b": b, "score": round(score, 2)}))
        if args.show:
            for key in (a, b):
                row = by_id[key]
                lead = " ".join((row.get("text") or "").split()[:70])
                print(f"   {key} {row.get('published')} | {row.get('title')}\n      {lead}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
