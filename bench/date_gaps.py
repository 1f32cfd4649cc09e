#!/usr/bin/env python3
"""Date errors of the labelled real sets, sorted by kind, so the largest bucket is fixed first.

The date field of ``bench/eval_events.py`` says only right or wrong; this reads what
``eval_events.py --errors FILE`` wrote for each labelled event (its gold row, the exported
event's fields and the anchor's sentence) and puts every wrong date into one bucket:

* ``not matched``: no exported event holds the anchor (a type/trigger miss, not a date one);
* ``no date``: an event was exported with no date at all;
* ``date where none``: the gold says the article gives no date (``null``) but one was exported;
* ``day for an interval``: a single day exported where the gold is ``<=B`` or ``A..B``
  (a made-up day: the act is only bounded by its report), split by whether that day is the
  gold bound itself (``report's day``);
* ``interval ends late``: an interval ending after the gold's ``<=B`` (a print edition's day,
  or the publication day for an act the article dates earlier);
* ``interval too wide``: an interval holding the gold day (or span, or month) but wider;
* ``wrong day``: a single day that is not the gold one, with the gap in days;
* ``wrong interval``: an interval that misses the gold altogether;
* ``wrong year``: the gold's year differs from the exported one (a historical act dated to
  this year).

Usage: ``python bench/date_gaps.py ERRORS.jsonl [...] [--show N]`` (``--show``: the first N
rows of each bucket with their sentences). To write the files:
``python bench/eval_events.py --skip plover,case --labels bench/labels/events/check5.jsonl
--errors /tmp/check5.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _bounds(gold: str) -> tuple[str | None, str]:
    """The first and last day a gold date allows (None: no first day, for ``<=B``)."""
    if gold.startswith("<="):
        return None, gold[2:]
    if ".." in gold:
        low, high = gold.split("..")
        return low, high
    if len(gold) == 10:
        return gold, gold
    if len(gold) == 7:
        return f"{gold}-01", f"{gold}-31"
    return f"{gold}-01-01", f"{gold}-12-31"


def _gap(a: str, b: str) -> int:
    return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days


def kind_of(gold: str | None, got: dict[str, Any] | None, matched: bool) -> str:
    """The bucket of one wrong date (see the module's docstring)."""
    if not matched:
        return "not matched"
    if gold is None:
        return "date where none"
    if got is None:
        return "no date"
    start, end = got["start"], got["end"]
    low, high = _bounds(gold)
    if (low or high)[:4] != start[:4] and high[:4] != end[:4]:
        return "wrong year"
    single = start == end
    if single and (gold.startswith("<=") or ".." in gold):
        if (low or start) <= start <= high:
            return "day for an interval (report's day)" if start == high else "day for an interval"
        return "day for an interval (outside it)"
    if single:
        return f"wrong day ({_gap(high, start):+d} d)" if low == high else "wrong day"
    if low is None:
        return "interval ends late" if end > high else "wrong interval"
    if start <= low and high <= end:
        return "interval too wide"
    return "wrong interval"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("errors", nargs="+", type=Path, help="files of eval_events.py --errors")
    parser.add_argument("--show", type=int, default=0, help="rows shown per bucket")
    args = parser.parse_args(argv)
    # the scorer's own rule, imported here: eval_events loads spaCy's modules, the buckets don't
    from bench.eval_events import date_right

    buckets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    total = wrong = 0
    for path in args.errors:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            total += 1
            gold, got = row["label"].get("date"), row["got"]["date"]
            matched = row["got"]["type"] is not None
            if matched and date_right(gold, got):
                continue
            wrong += 1
            row["file"] = path.name
            buckets[kind_of(gold, got, matched)].append(row)
    print(f"{wrong} of {total} labelled events have a wrong date ({len(args.errors)} files)")
    for kind, rows in sorted(buckets.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"  {len(rows):>4}  {kind}")
        for row in rows[: args.show]:
            lab, got = row["label"], row["got"]["date"]
            shown = got and (
                got["start"] if got["start"] == got["end"] else f"{got['start']}..{got['end']}"
            )
            print(
                f"        {row['file']} {lab['article']} {lab['type']} gold {lab.get('date')} "
                f"got {shown}: {' '.join(row['sentence'].split())[:160]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
