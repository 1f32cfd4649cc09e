#!/usr/bin/env python3
"""Stories end to end: does the export put reports of one event together, and only those?

Two gold sets, both scored on what ``dossier export`` gives for articles put in with
``dossier ingest`` (:mod:`bench.e2e`):

* **ECB+ dev** (``ecbplus-event-coref``, topics 2 5 12 18 21 23 34 35, the usual dev split):
  every topic holds two look-alike events (two earthquakes, two shootings), each reported
  by several outlets. Pairs of reports of one event are *same event*; pairs across the two
  events of a topic are *look-alikes* that must stay apart.
* **realnews** (``bench/labels/stories/labels.jsonl``, see ``GUIDE.md``): pairs of real
  Dawn/APP articles labelled by hand ``same_event`` / ``same_thread`` / ``unrelated``,
  cross-outlet pairs among them. The articles ingested are every article a label names.
* **archive precision** (``--archive``, labels ``bench/labels/stories/archive.jsonl``): the
  labelled pairs were chosen before any output was seen, so they say little about what the
  join does on a whole archive, where one minister acts every day and three IBOs a week
  kill "three khwarij". ``--archive`` ingests a slice of the archive (``--start``,
  ``--archive-limit``), takes every pair of documents the export puts in one event group
  but in different stories (the join's pairs, not the copies'), draws ``--sample`` of them
  by a hash of the two ids (a pair keeps its place in the draw whatever else a rule
  change adds or removes, so earlier labels stay in use) and scores them against the
  archive labels. Pairs the labels lack are listed, for labelling. Two samples:
  ``archive.jsonl`` (1,000 articles from 2025-01-01, the default; read while the rules
  were written) and ``archive-apr.jsonl`` (``--start 2025-04-01 --archive-labels
  bench/labels/stories/archive-apr.jsonl``, 809 articles; labelled once, after the
  rules: the honest figure). ``--unseen LABELS`` (repeatable) leaves out of the draw the
  pairs those files label: a *fresh* sample of pairs nobody judged while writing rules
  (``archive-fresh.jsonl``, session 9: every such pair of the two slices).

dossier says two documents report the same event when the export puts them in one story
or, where the export gives it, in one ``event_group`` of stories (same event, independent
reports; the story itself stays the copy/re-print relation). Precision = predicted pairs
labelled same event / predicted labelled pairs; recall = same-event pairs predicted /
same-event pairs. ``same_thread`` pairs (a case, then its verdict) count as *not* the same
event. A last table scores ``stories[].thread`` (a storyline: same event or same thread are
the positives there, ``unrelated`` the negatives).

Baseline in the same run: the story (copy/re-print) clusters alone, i.e. ignoring
``event_group``.

Usage: ``python bench/eval_stories.py [--data ../shared/bench-data] [--limit N]
[--only ecb|realnews] [--keep DIR]`` or ``python bench/eval_stories.py --archive
[--start 2025-01-01] [--archive-limit 1000] [--sample 40] [--export EXPORT.json] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dedup_eval import detokenise, load_ecb
from bench.e2e import (
    DEFAULT_DATA,
    Article,
    ExportRun,
    key_url,
    prf,
    realnews,
    realnews_article,
    run_export,
)

LABELS = Path(__file__).resolve().parent / "labels" / "stories" / "labels.jsonl"
ARCHIVE_LABELS = LABELS.with_name("archive.jsonl")
ECB_DEV = {"2", "5", "12", "18", "21", "23", "34", "35"}


def groups_of(run: Any) -> tuple[dict[str, str], dict[str, str]]:
    """Per article key: its story id, and its event group (the story id where none)."""
    docs = run.documents_by_key()
    group_of_story = {
        s["id"]: s.get("event_group") or s["id"] for s in run.export.get("stories", [])
    }
    story = {key: doc["story_id"] for key, doc in docs.items()}
    event = {key: group_of_story.get(sid, sid) for key, sid in story.items()}
    return story, event


def scores(
    pairs: list[tuple[str, str, bool]], assignment: dict[str, str]
) -> tuple[float, float, float, int]:
    predicted = [
        (a, b, gold)
        for a, b, gold in pairs
        if a in assignment and b in assignment and assignment[a] == assignment[b]
    ]
    tp = sum(gold for _a, _b, gold in predicted)
    n_gold = sum(gold for _a, _b, gold in pairs)
    p, r, f = prf(tp, len(predicted), n_gold)
    return p, r, f, len(predicted)


def report(title: str, pairs: list[tuple[str, str, bool]], run: Any) -> None:
    story, event = groups_of(run)
    n_pos = sum(g for _a, _b, g in pairs)
    print(
        f"{title}: {len(pairs)} pairs ({n_pos} same event), ingest {run.seconds:.0f}s "
        "(shared machine: inflated)"
    )
    print(f"  {'row':<34}{'P':>6}{'R':>6}{'F1':>6}{'predicted':>10}")
    for name, assignment in (
        ("baseline: stories (copies) only", story),
        ("dossier: event groups", event),
    ):
        p, r, f, n = scores(pairs, assignment)
        print(f"  {name:<34}{p:>6.2f}{r:>6.2f}{f:>6.2f}{n:>10}")


def ecb(
    data: Path, limit: int | None, workdir: Path | None = None, export: Path | None = None
) -> None:
    """Same-event pairs on ECB+ dev; ``workdir`` keeps the store and export there (to
    diagnose the misses, ``bench/ecb_group_misses.py``), ``export`` scores a kept export."""
    docs = {
        n: (topic, detokenise(text))
        for n, (topic, text) in load_ecb(data).items()
        if topic.rstrip("+") in ECB_DEV
    }
    names = sorted(docs)[:limit] if limit else sorted(docs)
    pairs = [
        (a, b, docs[a][0] == docs[b][0])
        for a, b in combinations(names, 2)
        if docs[a][0].rstrip("+") == docs[b][0].rstrip("+")
    ]
    # ECB+ names no publisher; its documents come from many sites. Left without one, all
    # would share the placeholder host and read as one outlet (whose re-used paragraphs
    # the story rules treat as background), so each is its own unnamed outlet
    articles = [Article(n, docs[n][1], outlet=f"ecb{i}") for i, n in enumerate(names)]
    if export:
        urls = {key_url(a.key, a.outlet): a.key for a in articles}
        run = ExportRun(json.loads(export.read_text(encoding="utf-8")), 0.0, urls)
    else:
        # a page that cleaning leaves empty (a photo caption under a date line) is refused
        # with a named error; its pairs are scored as missed, the rest as usual
        run = run_export(articles, workdir=workdir, keep=workdir is not None, tolerate_errors=True)
        for error in run.errors:
            print(f"  refused by ingest: {error}")
    report(f"ECB+ dev ({len(names)} articles)", pairs, run)


def load_labels(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
                assert row["label"] in ("same_event", "same_thread", "unrelated")
                rows.append(row)
            except (ValueError, KeyError, AssertionError) as exc:
                raise SystemExit(f"{path}:{number}: bad label line ({exc!r})") from exc
    return rows


def real(
    data: Path,
    labels_path: Path,
    limit: int | None,
    workdir: Path | None = None,
    export: Path | None = None,
) -> None:
    labels = load_labels(labels_path)[:limit] if limit else load_labels(labels_path)
    by_id = {r["id"]: r for r in realnews(data)}
    keys = sorted({k for row in labels for k in (row["a"], row["b"])})
    missing = [k for k in keys if k not in by_id]
    if missing:
        raise SystemExit(f"{labels_path}: articles not in the archive: {missing[:5]}")
    articles = [realnews_article(by_id[k]) for k in keys]
    if export:
        urls = {key_url(a.key, a.outlet): a.key for a in articles}
        run = ExportRun(json.loads(export.read_text(encoding="utf-8")), 0.0, urls)
    else:
        run = run_export(articles, workdir=workdir, keep=workdir is not None)
    pairs = [(r["a"], r["b"], r["label"] == "same_event") for r in labels]
    report(f"realnews labelled pairs ({len(keys)} articles)", pairs, run)
    cross = [
        (r["a"], r["b"], r["label"] == "same_event")
        for r in labels
        if by_id[r["a"]].get("outlet") != by_id[r["b"]].get("outlet")
    ]
    story, event = groups_of(run)
    p, rr, _f, n = scores(cross, event)
    print(
        f"  cross-outlet pairs only ({len(cross)}, {sum(g for *_x, g in cross)} same event): "
        f"dossier P {p:.2f} R {rr:.2f} ({n} predicted)"
    )
    # threads: a storyline (same event or same thread) is the positive class here
    linked = [(r["a"], r["b"], r["label"] != "unrelated") for r in labels]
    thread_of = {s["id"]: s.get("thread") or s["id"] for s in run.export.get("stories", [])}
    thread = {key: thread_of.get(sid, sid) for key, sid in story.items()}
    print(f"  threads ({sum(g for *_x, g in linked)} pairs same event or same thread):")
    for name, assignment in (
        ("baseline: stories (copies) only", story),
        ("dossier: threads", thread),
    ):
        p, rr, f, n = scores(linked, assignment)
        print(f"  {name:<34}{p:>6.2f}{rr:>6.2f}{f:>6.2f}{n:>10}")


def join_pairs(run: Any) -> list[tuple[str, str]]:
    """Every pair of documents (article keys, in order) the export puts in one event group
    but not in one story: the pairs the same-event join makes, copies left out."""
    story, event = groups_of(run)
    members: dict[str, list[str]] = {}
    for key, group in event.items():
        members.setdefault(group, []).append(key)
    return sorted(
        (a, b)
        for keys in members.values()
        for a, b in combinations(sorted(keys), 2)
        if story[a] != story[b]
    )


def draw(pairs: list[tuple[str, str]], n: int) -> list[tuple[str, str]]:
    """``n`` pairs ranked by a hash of their ids: a pair's place in the draw does not depend
    on the other pairs, so a rule change re-uses every label of the pairs it keeps."""
    return sorted(pairs, key=lambda p: hashlib.sha1(f"{p[0]}|{p[1]}".encode()).hexdigest())[:n]


def archive(
    data: Path,
    labels_path: Path,
    start: str,
    limit: int,
    n: int,
    workdir: Path | None = None,
    export: Path | None = None,
    unseen: list[Path] | None = None,
) -> None:
    rows = [r for r in realnews(data) if (r.get("published") or "") >= start][:limit]
    articles = [realnews_article(r) for r in rows]
    if export:
        keys = {key_url(a.key, a.outlet): a.key for a in articles}
        run = ExportRun(json.loads(export.read_text(encoding="utf-8")), 0.0, keys)
    else:
        run = run_export(articles, workdir=workdir, keep=workdir is not None)
    by_id = {r["id"]: r for r in rows}
    pairs = join_pairs(run)
    cross = sum(by_id[a].get("outlet") != by_id[b].get("outlet") for a, b in pairs)
    rows_of = {
        (min(r["a"], r["b"]), max(r["a"], r["b"])): r
        for r in (load_labels(labels_path) if labels_path.exists() else [])
    }
    labels = {pair: r["label"] for pair, r in rows_of.items()}
    # a fresh sample: the pairs no earlier label file holds (labels read while rules were
    # written say less about unseen articles than pairs nobody has judged)
    seen = {
        (min(r["a"], r["b"]), max(r["a"], r["b"]))
        for path in unseen or []
        for r in load_labels(path)
    }
    drawn = draw([p for p in pairs if p not in seen], n)
    judged = [rows_of[p] for p in drawn if p in labels]
    right = sum(r["label"] == "same_event" for r in judged)
    reactions = sum(bool(r.get("reactions")) for r in judged)
    print(
        f"archive ({len(rows)} articles from {start}): {len(pairs)} join pairs "
        f"({100 * len(pairs) / max(len(rows), 1):.1f} per 100 articles, {cross} cross-outlet)"
    )
    if seen:
        print(f"  {sum(p in seen for p in pairs)} join pairs labelled in --unseen files left out")
    missing = len(drawn) - len(judged)
    print(
        f"  precision on {len(drawn)} drawn: {right}/{len(judged)} labelled same event = "
        f"{right / len(judged) if judged else 0:.2f}"
        + (f"; {missing} drawn pairs unlabelled" if missing else "")
    )
    print(
        f"  ... under the old reading (a reaction reports the incident it names; "
        f"{reactions} pairs, GUIDE.md): "
        f"{(right + reactions) / len(judged) if judged else 0:.2f}"
    )
    for a, b in drawn:
        if (a, b) not in labels:
            print(f"  unlabelled: {a} | {by_id[a].get('title')}")
            print(f"              {b} | {by_id[b].get('title')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, help="at most N ECB+ articles / N labelled pairs")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--only", choices=("ecb", "realnews"))
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep the stores and exports in this folder (ecb/ and realnews/ in it when both run)",
    )
    parser.add_argument(
        "--archive", action="store_true", help="precision of the join on an archive slice"
    )
    parser.add_argument("--start", default="2025-01-01", help="archive: first publication day")
    parser.add_argument("--archive-limit", type=int, default=1000, help="archive: articles")
    parser.add_argument("--sample", type=int, default=40, help="archive: pairs drawn")
    parser.add_argument("--archive-labels", type=Path, default=ARCHIVE_LABELS)
    parser.add_argument(
        "--export", type=Path, help="score this export of the same articles instead of ingesting"
    )
    parser.add_argument(
        "--unseen",
        type=Path,
        action="append",
        help="archive: draw only pairs no such label file holds (a fresh sample; repeatable)",
    )
    args = parser.parse_args(argv)
    if args.archive:
        archive(
            args.data,
            args.archive_labels,
            args.start,
            args.archive_limit,
            args.sample,
            args.keep,
            args.export,
            args.unseen,
        )
        return 0
    if args.only != "realnews":
        keep = args.keep / "ecb" if args.keep and args.only is None else args.keep
        ecb(args.data, args.limit, keep, args.export if args.only == "ecb" else None)
    if args.only != "ecb":
        keep = args.keep / "realnews" if args.keep and args.only is None else args.keep
        real(args.data, args.labels, args.limit, keep, args.export)
    return 0


if __name__ == "__main__":
    sys.exit(main())
