#!/usr/bin/env python3
"""Entity resolution on a real archive, end to end: what ``dossier export`` gives.

Ingests a sample of ``realnews-2025-jan-may`` (real 2025 Dawn/APP security news) with
``dossier ingest`` through the shared harness (:mod:`bench.e2e`) and reports, for the
entities of the export:

* the alias-count distribution and the largest clusters (by distinct aliases);
* **suspect clusters**: entities holding >= 3 full names (two words or more, no acronym)
  that the matcher itself (``dossier.names.match``) says are pairwise different -- a chain;
* **chained PERSON clusters**: PERSON entities holding two full names the matcher says differ;
* precision from the hand labels in ``bench/labels/entities/`` (see its GUIDE.md): wrong
  aliases, false merges, junk entities, type accuracy and how many entities each well-known
  actor is split into.

The labels are keyed by article id and surface form, not by entity id, so the same labels
score any version of the resolver. The sample is the ``--limit`` articles whose ids hash
lowest (sha1), a spread over months and both outlets that keeps its prefix when ``--limit``
grows, so labels made on 300 articles still apply to a run on 1,876.

Baseline in the same run: ``--baseline REF`` also runs the resolver of git revision REF
(``git archive`` into a temporary folder) on the same articles and prints both side by side;
without it the baseline printed is exact matching of normalised names over the same
mentions (what "no resolution" would give).

Fresh check samples (``CHECK_SETS``) are scored apart; one whose file says ``# scope: ranks
A-B`` holds only for the articles ranked A..B (``check-r9.tsv``: 301-900, so ``--limit 900``;
``check-r10.tsv``: 901-1500, so ``--limit 1500``; ``check-r11.tsv``: 1501-2100, so
``--limit 2100``, which is the whole archive of 1,876). ``check-r12.tsv`` judges the same slice
as ``check-r11.tsv`` -- the archive has no unread articles left -- on entities none of whose
forms any other file labels, so it too needs ``--limit 2100``. ``check-r39.tsv`` says ``ranks
1-2100``: the whole archive, drawn there so that it holds entities of two or more forms;
``check-r40.tsv``, ``check-r41.tsv``, ``check-r42.tsv`` and ``check-r43.tsv`` are drawn the same
way (rounds 40 to 43).

Usage: ``python bench/eval_entities.py [--limit 300] [--data ../shared/bench-data]
[--baseline main] [--show 15] [--keep]``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, ROOT, Article, realnews, realnews_article, run_export

LABELS = ROOT / "bench" / "labels" / "entities"
#: fresh check samples, labelled after the resolver was changed against ``mentions.tsv``:
#: scored apart, so that a fix tuned on the first labels shows whether it holds on new ones
CHECK_SETS = (
    "check-r3.tsv",
    "check-r9.tsv",
    "check-r10.tsv",
    "check-r11.tsv",
    "check-r12.tsv",
    "check-r13.tsv",
    "check-r14.tsv",
    "check-r15.tsv",
    "check-r16.tsv",
    "check-r17.tsv",
    "check-r18.tsv",
    "check-r19.tsv",
    "check-r20.tsv",
    "check-r21.tsv",
    "check-r22.tsv",
    "check-r23.tsv",
    "check-r24.tsv",
    "check-r25.tsv",
    "check-r26.tsv",
    "check-r27.tsv",
    "check-r32.tsv",
    "check-r33.tsv",
    "check-r34.tsv",
    "check-r35.tsv",
    "check-r36.tsv",
    "check-r37.tsv",
    "check-r38.tsv",
    "check-r39.tsv",
    "check-r40.tsv",
    "check-r41.tsv",
    "check-r42.tsv",
    "check-r43.tsv",
)
#: gold ids that are not a real-world referent
JUNK, OUTLET = "JUNK", "OUTLET"


def sample(rows: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The ``limit`` rows whose ids hash lowest: stable, spread, prefix-preserving."""
    ranked = sorted(rows, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
    return ranked[:limit]


def article_ranks(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Each article's rank (1-based) in :func:`sample`'s order: what a label file's
    ``# scope: ranks A-B`` line refers to."""
    ranked = sorted(r["id"] for r in rows)
    ranked.sort(key=lambda a: hashlib.sha1(a.encode()).hexdigest())
    return {article: n for n, article in enumerate(ranked, 1)}


def articles(rows: Iterable[dict[str, Any]]) -> list[Article]:
    """The rows as input articles with their outlet, as a real ingest has it (the outlet's
    own name, "Dawn.com", is a source and no entity)."""
    return [realnews_article(r) for r in rows]


# -- labels ---------------------------------------------------------------------------
@dataclass
class Labels:
    """Gold referents of surface forms: ``(article, text) -> (gold id, gold type)``.

    ``article`` "*" means every occurrence in the sample (a form that names one thing
    wherever it appears in these articles); a per-article row overrides it.
    """

    forms: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)  # gold id -> description
    #: ``# scope: ranks A-B`` in the file: the labels (``*`` rows included) hold only for
    #: the articles ranked A..B by :func:`sample`'s order -- a check sample drawn outside
    #: the articles labelled before; ``ranks`` is that order
    scope: tuple[int, int] | None = None
    ranks: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(
        cls, folder: Path = LABELS, mentions: str = "mentions.tsv", data: Path = DEFAULT_DATA
    ) -> Labels:
        """The labels of ``mentions`` (a file in ``folder``) and the folder's actors;
        ``data``: the archive whose order a ``# scope`` line refers to."""
        labels = cls()
        path = folder / mentions
        if path.exists():
            with path.open(encoding="utf-8") as rows:
                for n, row in enumerate(csv.reader(rows, delimiter="\t"), 1):
                    if row and row[0].startswith("# scope:"):
                        first, _, last = row[0].split("ranks", 1)[1].strip().partition("-")
                        labels.scope = (int(first), int(last))
                        labels.ranks = article_ranks(realnews(data))
                    if not row or row[0].startswith("#"):
                        continue
                    if len(row) < 4:
                        raise ValueError(f"{path}:{n}: want article, text, gold id, type")
                    article, text, gold, gtype = (c.strip() for c in row[:4])
                    labels.forms[(article, text.lower())] = (gold, gtype)
        path = folder / "actors.tsv"
        if path.exists():
            with path.open(encoding="utf-8") as rows:
                for row in csv.reader(rows, delimiter="\t"):
                    if row and not row[0].startswith("#"):
                        labels.actors[row[0].strip()] = row[1].strip() if len(row) > 1 else ""
        return labels

    def gold(self, article: str, text: str) -> tuple[str, str] | None:
        if self.scope is not None:
            rank = self.ranks.get(article, 0)
            if not self.scope[0] <= rank <= self.scope[1]:
                return None
        key = text.lower()
        return self.forms.get((article, key)) or self.forms.get(("*", key))


# -- structure ------------------------------------------------------------------------
def _full_names(aliases: Iterable[str]) -> list[str]:
    from dossier import names

    out = []
    for alias in aliases:
        words = names.strip_titles(alias)
        if len(words) >= 2 and not names.looks_like_acronym(alias):
            out.append(alias)
    return out


def differing(aliases: Iterable[str], etype: str) -> list[str]:
    """A largest set found greedily of full names the matcher says are pairwise different."""
    from dossier import names

    full = sorted(set(_full_names(aliases)), key=lambda a: (-len(a), a))[:40]
    chosen: list[str] = []
    for name in full:
        if all(names.match(name, other, etype, etype) is None for other in chosen):
            chosen.append(name)
    return chosen


def structure(entities: list[dict[str, Any]], show: int) -> dict[str, Any]:
    sizes = [len(set(e["aliases"])) for e in entities]
    buckets = Counter(
        "1" if s == 1 else "2" if s == 2 else "3-4" if s <= 4 else "5-9" if s <= 9 else "10+"
        for s in sizes
    )
    suspects, chained = [], []
    for ent in entities:
        if len(ent["aliases"]) < 2:
            continue
        diff = differing(ent["aliases"], ent["type"])
        if len(diff) >= 3:
            suspects.append((ent, diff))
        if ent["type"] == "PERSON" and len(diff) >= 2:
            chained.append((ent, diff))
    largest = sorted(entities, key=lambda e: (-len(set(e["aliases"])), e["name"]))[:show]
    return {
        "entities": len(entities),
        "buckets": buckets,
        "max": max(sizes, default=0),
        "suspects": suspects,
        "chained": chained,
        "largest": largest,
    }


# -- precision from labels ---------------------------------------------------------------
def score(
    entities: list[dict[str, Any]], doc_article: dict[str, str], labels: Labels
) -> dict[str, Any]:
    """Wrong aliases, false merges, junk, types and actor splits on the labelled forms."""
    alias_total = alias_wrong = 0
    labelled = merged = junk = type_ok = type_n = 0
    actor_entities: dict[str, set[str]] = defaultdict(set)
    wrong_examples: list[str] = []
    for ent in entities:
        golds: dict[str, Counter[str]] = defaultdict(Counter)  # alias -> gold ids
        types: Counter[str] = Counter()
        for m in ent["mentions"]:
            article = doc_article.get(m["document_id"])
            hit = labels.gold(article, m["text"]) if article else None
            if hit is None:
                continue
            golds[m["text"].lower()][hit[0]] += 1
            types[hit[1]] += 1
        if not golds:
            continue
        labelled += 1
        votes: Counter[str] = Counter()
        for per_alias in golds.values():
            votes.update(per_alias)
        majority = max(votes, key=lambda g: (votes[g], g))
        real = {g for g in votes if g not in (JUNK, OUTLET)}
        if len(real) > 1:
            merged += 1
        if majority in (JUNK, OUTLET):
            junk += 1
        else:
            type_n += 1
            gtype = max(types, key=lambda t: (types[t], t))
            type_ok += _type_class(gtype) == _type_class(ent["type"])
        for gold in real:
            actor_entities[gold].add(ent["id"])
        for alias, per_alias in golds.items():
            alias_total += 1
            if max(per_alias, key=lambda g: (per_alias[g], g)) != majority:
                alias_wrong += 1
                if len(wrong_examples) < 12:
                    wrong_examples.append(f"{alias!r} in {ent['name']!r}")
    splits = {a: len(actor_entities.get(a, ())) for a in labels.actors}
    present = [n for n in splits.values() if n]
    return {
        "labelled_entities": labelled,
        "aliases": alias_total,
        "wrong_aliases": alias_wrong,
        "false_merges": merged,
        "junk": junk,
        "type_ok": type_ok,
        "type_n": type_n,
        "splits": splits,
        "median_split": statistics.median(present) if present else float("nan"),
        "wrong_examples": wrong_examples,
    }


def _type_class(label: str) -> str:
    """GPE and LOC count as one class, "place": the contract takes spaCy's split between them,
    which is a convention ("Kashmir", "Gaza") more than a fact a reader could check."""
    return "PLACE" if label in ("GPE", "LOC") else label


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "  n/a"


def report(
    title: str,
    export: dict[str, Any],
    keys: dict[str, str],
    labels: Labels,
    show: int,
    seconds: float,
) -> dict[str, Any]:
    entities = export.get("entities", [])
    doc_article = {
        d["id"]: keys[d["source"]] for d in export.get("documents", []) if d.get("source") in keys
    }
    st = structure(entities, show)
    sc = score(entities, doc_article, labels)
    return {"title": title, "seconds": seconds, **st, **sc}


def print_side_by_side(runs: list[dict[str, Any]], show: int) -> None:
    width = 34
    print(f"{'':38}" + "".join(f"{r['title'][:width]:>{width}}" for r in runs))

    def row(label: str, values: list[str]) -> None:
        print(f"{label:38}" + "".join(f"{v:>{width}}" for v in values))

    row("ingest seconds (loaded machine)", [f"{r['seconds']:.1f}" for r in runs])
    row("entities", [str(r["entities"]) for r in runs])
    for b in ("1", "2", "3-4", "5-9", "10+"):
        row(f"  with {b} aliases", [str(r["buckets"].get(b, 0)) for r in runs])
    row("largest alias count", [str(r["max"]) for r in runs])
    row("clusters >=3 names matcher says differ", [str(len(r["suspects"])) for r in runs])
    row("chained PERSON clusters", [str(len(r["chained"])) for r in runs])
    row("labelled entities", [str(r["labelled_entities"]) for r in runs])
    row("wrong aliases (goal < 2%)", [_pct(r["wrong_aliases"], r["aliases"]) for r in runs])
    row("false merges (goal < 2%)", [_pct(r["false_merges"], r["labelled_entities"]) for r in runs])
    row("junk entities (goal < 5%)", [_pct(r["junk"], r["labelled_entities"]) for r in runs])
    row("type right (goal >= 90%)", [_pct(r["type_ok"], r["type_n"]) for r in runs])
    row("well-known actors median split (goal 1)", [f"{r['median_split']}" for r in runs])
    for r in runs:
        print(f"\n== {r['title']}")
        print("largest clusters:")
        for ent in r["largest"][:show]:
            aliases = sorted(set(ent["aliases"]))
            print(f"  {len(aliases):3} {ent['type']:6} {ent['name']!r}: {', '.join(aliases[:8])}")
        print("clusters with >= 3 names the matcher says differ:")
        for ent, diff in r["suspects"][:show]:
            print(f"  {ent['type']:6} {ent['name']!r}: {' | '.join(diff[:6])}")
        print("actor splits:", ", ".join(f"{a}={n}" for a, n in sorted(r["splits"].items())))
        if r["wrong_examples"]:
            print("wrong aliases, e.g.:", "; ".join(r["wrong_examples"]))


def check_sets(exports: list[tuple[str, dict[str, Any], dict[str, str]]], show: int) -> None:
    """Precision on each fresh check sample (see :data:`CHECK_SETS`), runs side by side."""
    width = 34
    for name in CHECK_SETS:
        if not (LABELS / name).exists():
            continue
        labels = Labels.load(mentions=name)
        runs = [report(title, ex, keys, labels, show, float("nan")) for title, ex, keys in exports]
        print(f"\n== check sample {name}: {len(labels.forms)} labelled forms")
        print(f"{'':38}" + "".join(f"{r['title'][:width]:>{width}}" for r in runs))
        print(
            f"{'labelled entities':38}"
            + "".join(f"{r['labelled_entities']:>{width}}" for r in runs)
        )
        for label, key, total in (
            ("wrong aliases", "wrong_aliases", "aliases"),
            ("false merges", "false_merges", "labelled_entities"),
            ("junk entities", "junk", "labelled_entities"),
            ("type right", "type_ok", "type_n"),
        ):
            print(f"{label:38}" + "".join(f"{_pct(r[key], r[total]):>{width}}" for r in runs))
        print(
            f"{'well-known actors median split':38}"
            + "".join(f"{r['median_split']:>{width}}" for r in runs)
        )
        for r in runs:
            seen = ", ".join(f"{a}={n}" for a, n in sorted(r["splits"].items()) if n)
            print(f"{r['title']}: actor splits: {seen}")
        for r in runs:
            if r["wrong_examples"]:
                print(f"{r['title']}: wrong aliases, e.g.:", "; ".join(r["wrong_examples"]))


def _baseline_run(
    ref: str, arts: list[Article], keep: bool
) -> tuple[dict[str, Any], float, dict[str, str]]:
    """Run ``bench/e2e.py`` of git revision ``ref`` on the same articles."""
    tmp = Path(tempfile.mkdtemp(prefix="dossier-base-"))
    tree = tmp / "tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "archive", ref], cwd=ROOT, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    try:
        data = tmp / "articles.json"
        data.write_text(json.dumps([a.__dict__ for a in arts]), encoding="utf-8")
        code = (
            "import json,sys; sys.path.insert(0, '.');"
            "from bench.e2e import Article, run_export;"
            f"arts=[Article(**a) for a in json.load(open({str(data)!r}))];"
            "run=run_export(arts);"
            f"json.dump({{'export': run.export, 'seconds': run.seconds, 'keys': run.keys}},"
            f" open({str(tmp / 'out.json')!r}, 'w'))"
        )
        env = {**os.environ, "PYTHONPATH": str(tree)}
        subprocess.run([sys.executable, "-c", code], cwd=tree, env=env, check=True)
        out = json.loads((tmp / "out.json").read_text(encoding="utf-8"))
        return out["export"], out["seconds"], out["keys"]
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--baseline", default="", help="git revision to run beside this one")
    parser.add_argument("--show", type=int, default=12)
    parser.add_argument("--keep", action="store_true", help="keep the store and export")
    parser.add_argument("--dump", type=Path, help="write this run's export JSON here")
    parser.add_argument(
        "--score",
        type=Path,
        nargs="+",
        help="score saved --dump files instead of ingesting (for re-scoring after labelling)",
    )
    args = parser.parse_args(argv)
    if args.score:
        labels = Labels.load()
        saved = [(p, json.loads(p.read_text(encoding="utf-8"))) for p in args.score]
        runs = [
            report(p.stem, d["export"], d["keys"], labels, args.show, float("nan"))
            for p, d in saved
        ]
        print_side_by_side(runs, args.show)
        check_sets([(p.stem, d["export"], d["keys"]) for p, d in saved], args.show)
        return 0
    rows = sample(realnews(args.data), args.limit)
    arts = articles(rows)
    labels = Labels.load()
    print(
        f"{len(arts)} articles of realnews-2025-jan-may; {len(labels.forms)} labelled forms, "
        f"{len(labels.actors)} well-known actors"
    )
    runs = []
    exports = []
    if args.baseline:
        export, seconds, keys = _baseline_run(args.baseline, arts, args.keep)
        exports.append((f"baseline {args.baseline}", export, keys))
        if args.dump:
            args.dump.with_suffix(".baseline.json").write_text(
                json.dumps({"export": export, "keys": keys}), encoding="utf-8"
            )
        runs.append(report(f"baseline {args.baseline}", export, keys, labels, args.show, seconds))
    run = run_export(arts, keep=args.keep)
    if args.dump:
        args.dump.write_text(json.dumps({"export": run.export, "keys": run.keys}), encoding="utf-8")
    runs.append(report("this checkout", run.export, run.keys, labels, args.show, run.seconds))
    exports.append(("this checkout", run.export, run.keys))
    print_side_by_side(runs, args.show)
    check_sets(exports, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
