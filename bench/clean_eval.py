#!/usr/bin/env python3
"""How well does cleaning keep the article and drop the rest? Public gold data, four methods.

Gold data is read in place from ``../shared/bench-data`` (``--data`` to choose); nothing is
copied into the repository.

* ``scrapinghub-article-extraction``: each page's gold ``articleBody``. Score: bag-of-word-token
  precision/recall per page (tokens ``\\w+``, counts clipped as in the upstream benchmark, each
  page weighted equally), averaged over pages; F1 from the mean precision and recall, as
  upstream does. The upstream 4-token shingle F1 is shown beside it.
* ``trafilatura-eval-english``: per page, snippets that must appear ("with") and snippets that
  must not ("without"). Scores: share of must-contain snippets found, share of must-not-contain
  snippets absent, and the upstream precision/recall/F1 over snippet hits (TP = with found,
  FN = with missing, FP = without found).

Methods, all fed the same decoded page:

* ``dossier-html``   -- ``dossier.clean.html.clean_html`` (the HTML route of the pipeline)
* ``trafilatura``    -- ``trafilatura.extract`` with default settings (the baseline)
* ``raw-text``       -- every visible text line (``dossier.clean.html.page_lines``): the floor
* ``dossier-plain``  -- dossier's PLAIN-TEXT cleaner fed those raw lines, every article it finds
  concatenated: how well the line classifier generalises to pages it never saw as HTML

Run: ``.venv/bin/python bench/clean_eval.py [--data DIR] [--limit N] [--worst N]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402

from dossier.clean.html import clean_html, page_lines  # noqa: E402
from dossier.clean.text import clean_plain_text  # noqa: E402

SCRAPINGHUB = "scrapinghub-article-extraction"
TRAFILATURA_EVAL = "trafilatura-eval-english"
_TOKEN = re.compile(r"\w+")


def dossier_html(html: str) -> str:
    return clean_html(html).text


def trafilatura_default(html: str) -> str:
    return trafilatura.extract(html) or ""


def raw_text(html: str) -> str:
    return "\n".join(page_lines(html))


def dossier_plain(html: str) -> str:
    parts = clean_plain_text("\n\n".join(page_lines(html)))
    return "\n\n".join(part.text for part in parts if part.text.strip())


METHODS: dict[str, Callable[[str], str]] = {
    "dossier-html": dossier_html,
    "trafilatura": trafilatura_default,
    "raw-text": raw_text,
    "dossier-plain": dossier_plain,
}


# --- scoring -------------------------------------------------------------------------------


def _counts(tokens: list) -> Counter:
    return Counter(tokens)


def _shingles(tokens: list[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens]


def tp_fp_fn(gold: list, pred: list) -> tuple[float, float, float]:
    """Clipped-count overlap of two bags, normalised to sum 1 (pages weigh the same)."""
    gold_bag, pred_bag = _counts(gold), _counts(pred)
    tp = sum((gold_bag & pred_bag).values())
    fp = sum((pred_bag - gold_bag).values())
    fn = sum((gold_bag - pred_bag).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def prf(triples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision (pages with any prediction), mean recall, F1 of the two means."""
    precisions = [_precision(*t) for t in triples if t[0] + t[1] > 0]
    recalls = [_recall(*t) for t in triples if t[0] + t[2] > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    tokens: list[tuple[float, float, float]] = field(default_factory=list)
    shingles: list[tuple[float, float, float]] = field(default_factory=list)
    per_page: list[tuple[float, str]] = field(default_factory=list)
    found: int = 0
    missing: int = 0
    leaked: int = 0
    absent: int = 0
    seconds: float = 0.0


def _norm(text: str) -> str:
    return " ".join(text.split())


def _read_gz(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def _run(method: Callable[[str], str], html: str, tally: Tally) -> str:
    start = time.perf_counter()
    try:
        text = method(html)
    except Exception as error:  # a crash scores as an empty extraction, and is reported
        print(f"  ! {method.__name__}: {type(error).__name__}: {error}", file=sys.stderr)
        text = ""
    tally.seconds += time.perf_counter() - start
    return text


def eval_scrapinghub(root: Path, methods: dict, limit: int | None) -> dict[str, Tally]:
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold)[:limit]
    tallies = {name: Tally() for name in methods}
    for key in keys:
        html = _read_gz(root / "html" / f"{key}.html.gz")
        gold_tokens = _TOKEN.findall(gold[key].get("articleBody", ""))
        gold_shingles = _shingles(gold_tokens)
        for name, method in methods.items():
            tokens = _TOKEN.findall(_run(method, html, tallies[name]))
            triple = tp_fp_fn(gold_tokens, tokens)
            tallies[name].tokens.append(triple)
            tallies[name].shingles.append(tp_fp_fn(gold_shingles, _shingles(tokens)))
            p, r = _precision(*triple), _recall(*triple)
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            tallies[name].per_page.append((f1, f"{key[:12]} {gold[key].get('url', '')[:70]}"))
    return tallies


def eval_trafilatura(root: Path, methods: dict, limit: int | None) -> dict[str, Tally]:
    data = json.loads((root / "evaldata-english.json").read_text(encoding="utf-8"))
    items = sorted(data.items())[:limit]
    tallies = {name: Tally() for name in methods}
    for url, item in items:
        path = root / "html" / f"{item['file']}.gz"
        if not path.exists():
            continue
        html = _read_gz(path)
        for name, method in methods.items():
            tally = tallies[name]
            text = _norm(_run(method, html, tally))
            found = sum(1 for s in item.get("with", []) if _norm(s) in text)
            leaked = sum(1 for s in item.get("without", []) if _norm(s) in text)
            tally.found += found
            tally.missing += len(item.get("with", [])) - found
            tally.leaked += leaked
            tally.absent += len(item.get("without", [])) - leaked
            hits = found + len(item.get("without", [])) - leaked
            total = len(item.get("with", [])) + len(item.get("without", []))
            tally.per_page.append((hits / total if total else 1.0, f"{item['file']} {url[:60]}"))
    return tallies


def _show_worst(tallies: dict[str, Tally], worst: int) -> None:
    for name, tally in tallies.items():
        print(f"  worst pages for {name}:")
        for score, label in sorted(tally.per_page)[:worst]:
            print(f"    {score:.3f}  {label}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench-data")
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default all)")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset")
    parser.add_argument("--set", choices=["both", "scrapinghub", "trafilatura"], default="both")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages per method")
    args = parser.parse_args(argv)
    methods = {name: METHODS[name] for name in args.methods.split(",") if name}
    if not args.data.is_dir():
        print(f"error: no bench data at {args.data}", file=sys.stderr)
        return 2

    if args.set in ("both", "scrapinghub"):
        tallies = eval_scrapinghub(args.data / SCRAPINGHUB, methods, args.limit)
        pages = len(next(iter(tallies.values())).tokens)
        print(f"\n{SCRAPINGHUB}: {pages} pages, gold articleBody")
        print(
            f"  {'method':<15}{'P':>7}{'R':>7}{'F1':>7}   {'shingle P':>9}{'R':>7}{'F1':>7}"
            f"{'s/page':>9}"
        )
        for name, tally in tallies.items():
            p, r, f = prf(tally.tokens)
            sp, sr, sf = prf(tally.shingles)
            print(
                f"  {name:<15}{p:7.3f}{r:7.3f}{f:7.3f}   {sp:9.3f}{sr:7.3f}{sf:7.3f}"
                f"{tally.seconds / max(1, pages):9.3f}"
            )
        if args.worst:
            _show_worst(tallies, args.worst)

    if args.set in ("both", "trafilatura"):
        tallies = eval_trafilatura(args.data / TRAFILATURA_EVAL, methods, args.limit)
        pages = len(next(iter(tallies.values())).per_page)
        print(f"\n{TRAFILATURA_EVAL}: {pages} pages, must-contain / must-not-contain snippets")
        print(
            f"  {'method':<15}{'with found':>11}{'without absent':>16}"
            f"{'P':>7}{'R':>7}{'F1':>7}{'s/page':>9}"
        )
        for name, t in tallies.items():
            with_share = t.found / max(1, t.found + t.missing)
            without_share = t.absent / max(1, t.absent + t.leaked)
            p = t.found / max(1, t.found + t.leaked)
            r = with_share
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(
                f"  {name:<15}{with_share:11.3f}{without_share:16.3f}{p:7.3f}{r:7.3f}{f:7.3f}"
                f"{t.seconds / max(1, pages):9.3f}"
            )
        if args.worst:
            _show_worst(tallies, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
