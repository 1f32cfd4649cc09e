#!/usr/bin/env python3
"""Disputes and corroborations end to end on the real archive: are the pairs real?

Articles from ``realnews-2025-jan-may`` (a contiguous run of publication days, so that the
two outlets report the same events) go through ``dossier ingest`` + ``dossier export``
(:mod:`bench.e2e`). Every pair the export states is collected:

* **contradiction** pairs: ``claims[].contradicts``;
* **corroboration** pairs: ``claims[].corroborated_by``.

Figures, for the pairs dossier gives:

* pairs per 100 articles, and the share whose two claims come from articles published more
  than 7 days apart (a real disagreement or confirmation is about one incident, reported
  within days);
* precision (and recall over the labelled pool) against the hand labels in
  ``bench/labels/disputes/labels.jsonl`` (see ``GUIDE.md`` there). A label names its pair by
  the two articles' ids and the two claims' evidence sentences and figures, not by claim ids,
  so labels survive code changes. Pairs without a label are counted apart ("unlabelled");
  recall is over the labelled pairs judged real (the pool grows as new pairs are labelled).

Baseline in the same run: the *naive* rule every figure-comparing system starts from (same
subject, same unit, disjoint ranges contradict, overlapping ranges from different stories
corroborate), computed over the very same exported claims. It is what dossier did before
claim identity; printing it beside dossier's own pairs shows what identity removes.

``--dump FILE`` writes the pairs (with both sentences, titles, dates and outlets) as JSONL
for labelling; it is read by whoever labels, never by the scorer.

Usage: ``python bench/eval_disputes.py [--data ../shared/bench-data] [--limit 300]
[--start 2025-03-01] [--dump pairs.jsonl] [--keep]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import (
    DEFAULT_DATA,
    ExportRun,
    key_url,
    prf,
    realnews,
    realnews_article,
    run_export,
)

LABELS = Path(__file__).resolve().parent / "labels" / "disputes" / "labels.jsonl"
_WORD = re.compile(r"[a-z0-9]+")


def sample(data: Path, start: str, limit: int) -> list[dict[str, Any]]:
    """``limit`` articles in file (date) order from the first published on or after ``start``."""
    rows = [r for r in realnews(data) if (r.get("published") or "") >= start]
    return rows[:limit]


def norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))[:120]


def side_key(article: str, text: str, qmin: Any, qmax: Any) -> str:
    """How a label names one side of a pair: article id, sentence start, figure."""
    return f"{article}|{norm(text)[:60]}|{qmin}|{qmax}"


def pair_key(a: str, b: str) -> str:
    return " <> ".join(sorted((a, b)))


def claim_sides(export: dict[str, Any], doc_key: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Per claim: its first evidence's article, sentence, figure, published date."""
    published = {d["id"]: d.get("published") for d in export["documents"]}
    sides = {}
    for claim in export["claims"]:
        ev = claim["evidence"][0]
        q = claim.get("quantity") or {}
        article = doc_key.get(ev["document_id"], ev["document_id"])
        dates = sorted(
            published[e["document_id"]]
            for e in claim["evidence"]
            if published.get(e["document_id"])
        )
        sides[claim["id"]] = {
            "key": side_key(article, ev["text"], q.get("min"), q.get("max")),
            "article": article,
            "text": ev["text"],
            "figure": [q.get("min"), q.get("max"), q.get("unit"), q.get("hedge")],
            "subject": claim.get("subject_name") or claim.get("subject"),
            "published": dates[0] if dates else None,
            "stories": claim.get("stories") or [],
        }
    return sides


def pairs_of(export: dict[str, Any], field: str) -> set[tuple[str, str]]:
    found = set()
    for claim in export["claims"]:
        for other in claim.get(field) or []:
            found.add(tuple(sorted((claim["id"], other))))
    return found  # type: ignore[return-value]


def naive_pairs(export: dict[str, Any]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The same-subject, same-unit rule over the exported claims (the baseline)."""
    from dossier.kb.claims import ClaimView, interval, is_vague, unit_key

    groups: dict[tuple[str, str], list[tuple[ClaimView, frozenset[str]]]] = {}
    for claim in export["claims"]:
        q = claim.get("quantity")
        if claim["kind"] != "quantity" or not q or not claim.get("subject"):
            continue
        unit = unit_key(q.get("unit"))
        if not unit:
            continue
        view = ClaimView(
            id=claim["id"],
            kind="quantity",
            speaker=None,
            subject=claim["subject"],
            text="",
            min=q.get("min"),
            max=q.get("max"),
            unit=q.get("unit"),
            hedge=q.get("hedge"),
        )
        groups.setdefault((claim["subject"], unit), []).append(
            (view, frozenset(claim.get("stories") or []))
        )
    contra: set[tuple[str, str]] = set()
    corro: set[tuple[str, str]] = set()
    for members in groups.values():
        for i, (a, sa) in enumerate(members):
            for b, sb in members[i + 1 :]:
                ia, ib = interval(a), interval(b)
                if ia is None or ib is None:
                    continue
                pair = tuple(sorted((a.id, b.id)))
                if ia[1] < ib[0] or ib[1] < ia[0]:
                    if not (is_vague(a) or is_vague(b)):
                        contra.add(pair)  # type: ignore[arg-type]
                elif sa.isdisjoint(sb):
                    corro.add(pair)  # type: ignore[arg-type]
    return contra, corro


def days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def load_labels(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    labels: dict[tuple[str, str], dict[str, Any]] = {}
    if not path.exists():
        return labels
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            labels[(row["relation"], pair_key(row["a"], row["b"]))] = row
        except (ValueError, KeyError) as exc:
            raise SystemExit(f"{path}:{number}: bad label line ({exc})") from exc
    return labels


def score(
    name: str,
    relation: str,
    pairs: set[tuple[str, str]],
    sides: dict[str, dict[str, Any]],
    labels: dict[tuple[str, str], dict[str, Any]],
    n_articles: int,
) -> dict[str, Any]:
    far = 0
    dated = 0
    judged = real = 0
    for a, b in pairs:
        gap = days_apart(sides[a]["published"], sides[b]["published"])
        if gap is not None:
            dated += 1
            far += gap > 7
        label = labels.get((relation, pair_key(sides[a]["key"], sides[b]["key"])))
        if label is not None:
            judged += 1
            real += label["verdict"] == "real"
    articles = {s["article"] for s in sides.values()}
    gold_real = sum(  # real pairs labelled among this sample's articles
        1
        for (rel, _k), v in labels.items()
        if rel == relation
        and v["verdict"] == "real"
        and {v["a"].split("|")[0], v["b"].split("|")[0]} <= articles
    )
    found_real = {
        pair_key(sides[a]["key"], sides[b]["key"])
        for a, b in pairs
        if labels.get((relation, pair_key(sides[a]["key"], sides[b]["key"])), {}).get("verdict")
        == "real"
    }
    p, _r, _f = prf(real, judged, gold_real)
    recall = len(found_real) / gold_real if gold_real else 0.0
    return {
        "row": name,
        "relation": relation,
        "pairs": len(pairs),
        "per_100": 100 * len(pairs) / max(1, n_articles),
        "far_share": far / dated if dated else 0.0,
        "labelled": judged,
        "precision": p,
        "recall": recall,
        "gold_real": gold_real,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=300, help="articles (default 300)")
    parser.add_argument("--start", default="2025-03-01", help="first publication day")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--dump", type=Path, help="write the pairs as JSONL for labelling")
    parser.add_argument("--dump-sample", type=int, default=0, help="dump at most N per relation")
    parser.add_argument("--keep", type=Path, help="keep the store and export in this folder")
    parser.add_argument(
        "--export", type=Path, help="score this export JSON of the same sample instead of ingesting"
    )
    args = parser.parse_args(argv)

    rows = sample(args.data, args.start, args.limit)
    articles = [realnews_article(r) for r in rows]
    if args.export:
        keys = {key_url(a.key, a.outlet): a.key for a in articles}
        export = json.loads(args.export.read_text(encoding="utf-8"))
        run = ExportRun(export=export, seconds=0.0, keys=keys)
    else:
        run = run_export(articles, workdir=args.keep, keep=bool(args.keep))
    export = run.export
    doc_key = {d["id"]: run.keys.get(d["source"], d["id"]) for d in export["documents"]}
    outlets = {r["id"]: r.get("outlet") for r in rows}
    titles = {r["id"]: r.get("title") for r in rows}
    sides = claim_sides(export, doc_key)
    labels = load_labels(args.labels)

    naive_contra, naive_corro = naive_pairs(export)
    found = {
        "contradiction": pairs_of(export, "contradicts"),
        "corroboration": pairs_of(export, "corroborated_by"),
    }
    print(
        f"{len(rows)} articles from {rows[0]['published']} to {rows[-1]['published']}; "
        f"{len(export['claims'])} claims; ingest {run.seconds:.0f}s (shared machine: inflated); "
        f"{len(labels)} labels in {args.labels.name}"
    )
    header = f"{'row':<22}{'relation':<15}{'pairs':>7}{'/100 art':>10}{'>7 days':>9}"
    header += f"{'labelled':>10}{'P':>7}{'R pool':>8}"
    print(header)
    results = [
        score("baseline (naive)", "contradiction", naive_contra, sides, labels, len(rows)),
        score("dossier", "contradiction", found["contradiction"], sides, labels, len(rows)),
        score("baseline (naive)", "corroboration", naive_corro, sides, labels, len(rows)),
        score("dossier", "corroboration", found["corroboration"], sides, labels, len(rows)),
    ]
    for r in results:
        print(
            f"{r['row']:<22}{r['relation']:<15}{r['pairs']:>7}{r['per_100']:>10.1f}"
            f"{r['far_share']:>9.0%}{r['labelled']:>10}{r['precision']:>7.2f}{r['recall']:>8.2f}"
        )
    print(
        "P = real / labelled pairs among those given; R pool = labelled real pairs given / "
        "all labelled real pairs (a pool, not exhaustive recall)"
    )
    if args.dump:
        rng = random.Random(16)
        with args.dump.open("w", encoding="utf-8") as out:
            for relation, pairs in found.items():
                chosen = sorted(pairs)
                if args.dump_sample and len(chosen) > args.dump_sample:
                    chosen = sorted(rng.sample(chosen, args.dump_sample))
                for a, b in chosen:
                    sa, sb = sides[a], sides[b]
                    if (relation, pair_key(sa["key"], sb["key"])) in labels:
                        continue
                    out.write(
                        json.dumps(
                            {
                                "relation": relation,
                                "a": sa["key"],
                                "b": sb["key"],
                                "sides": [
                                    {
                                        **s,
                                        "outlet": outlets.get(s["article"]),
                                        "title": titles.get(s["article"]),
                                    }
                                    for s in (sa, sb)
                                ],
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
        print(f"pairs written to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
