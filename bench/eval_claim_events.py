#!/usr/bin/env python3
"""Claim -> event links: are the events the export links a claim to the ones it is about?

Gold: ``bench/labels/claim-events/labels.jsonl`` (see ``GUIDE.md``), links of claims drawn
at random from the export of the realnews articles that ``bench/labels/stories`` names,
each labelled ``right`` / ``wrong`` / ``unsure``. This re-ingests those articles
(:mod:`bench.e2e`) and scores the links the export gives now on the labelled claims:
precision = right / (right + wrong) over links that carry a label; links on labelled claims
that have no label yet (the linker changed) are counted, not scored.

Baseline in the same run: each labelled claim linked to the one event whose evidence in the
claim's document lies nearest to the claim's span (no dossier linking rules).

Usage: ``python bench/eval_claim_events.py [--data ../shared/bench-data]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, realnews, realnews_article, run_export
from bench.eval_stories import LABELS as STORY_LABELS
from bench.eval_stories import load_labels

LABELS = Path(__file__).resolve().parent / "labels" / "claim-events" / "labels.jsonl"


def load(path: Path) -> dict[tuple[str, str], str]:
    """(claim id, event id) -> label, with the file and line named on a bad line."""
    gold: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            assert row["label"] in ("right", "wrong", "unsure")
            gold[(row["claim"], row["event"])] = row["label"]
        except (ValueError, KeyError, AssertionError) as exc:
            raise SystemExit(f"{path}:{number}: bad label line ({exc!r})") from exc
    return gold


def nearest(claim: dict[str, Any], events: list[dict[str, Any]]) -> list[str]:
    """The baseline link: the event with evidence nearest the claim's span in its document."""
    ev = claim["evidence"][0]
    best: tuple[int, str] | None = None
    for event in events:
        for span in event["evidence"]:
            if span["document_id"] != ev["document_id"]:
                continue
            gap = max(0, span["start"] - ev["end"], ev["start"] - span["end"])
            if best is None or (gap, event["id"]) < best:
                best = (gap, event["id"])
    return [best[1]] if best else []


def score(links: dict[str, list[str]], gold: dict[tuple[str, str], str]) -> tuple[str, int]:
    counts = {"right": 0, "wrong": 0, "unsure": 0, "unlabelled": 0}
    for claim, events in links.items():
        for event in events:
            counts[gold.get((claim, event), "unlabelled")] += 1
    judged = counts["right"] + counts["wrong"]
    p = counts["right"] / judged if judged else 0.0
    return (
        f"P {p:.2f} ({counts['right']}/{judged}; unsure {counts['unsure']}, "
        f"unlabelled {counts['unlabelled']})",
        judged,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    gold = load(args.labels)
    by_id = {r["id"]: r for r in realnews(args.data)}
    keys = sorted({k for row in load_labels(STORY_LABELS) for k in (row["a"], row["b"])})
    run = run_export(realnews_article(by_id[k]) for k in keys)
    labelled = {c for c, _e in gold}
    claims = [c for c in run.export.get("claims", []) if c["id"] in labelled]
    events = run.export.get("events", [])
    print(
        f"claim->event links: {len(labelled)} labelled claims, {len(claims)} in this export "
        f"(realnews, {len(keys)} articles, ingest {run.seconds:.0f}s)"
    )
    for name, links in (
        ("baseline: nearest event in the document", {c["id"]: nearest(c, events) for c in claims}),
        ("dossier: claims[].events", {c["id"]: list(c.get("events") or []) for c in claims}),
    ):
        print(f"  {name:<42}{score(links, gold)[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
