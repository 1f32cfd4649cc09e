#!/usr/bin/env python3
"""Dates: value accuracy of dossier's date normalisation on TimeML gold, dateparser as baseline.

Gold data is read in place from ``../shared/bench-data/tempeval3-timeml`` (TempEval-3 training
gold: TimeBank + AQUAINT, 1990s newswire; ``--data`` to choose); nothing is copied into the
repository. (The TE3 platinum test set named in its README is not in that folder.)

Every ``TIMEX3`` of type DATE inside ``<TEXT>`` is a gold item; its anchor is the document
creation time (the DCT ``TIMEX3``). Gold values are compared at their own granularity: a value
``1998-08`` is matched by any answer in August 1998, ``1998-W02`` by any day of that ISO week,
``1998-SU``/``1998-Q3``/``199`` (a decade) likewise; ``1998-12-XX`` counts as a month and
``1949-XX`` as a year. An answer is the *first day* of the interval a system gives, truncated to
that granularity (dateparser gives one day). Two kinds of gold are not scored and are counted
apart: ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` ("now", "recently", "the future"; dossier
deliberately does not resolve them) and values without a year or with other shapes
(``XXXX-10``, ``1998-H1``).

Rows, all on the same gold items in the same run:

* ``dateparser``          -- ``dateparser.parse(gold text, settings={"RELATIVE_BASE": DCT})``,
  the baseline; it is handed the gold span
* ``dossier normalise``   -- :func:`dossier.extract.timex.normalise` on the same gold span text (no
  sentence, so no tense and no entity checks)
* ``same, always past tense`` -- the same, every clause read as past tense: a yearless date is
  then the latest one begun by the DCT ("January 3" read on January 2 is last year's), the
  rule for past-tense reports, against which the tense-sensitive default is measured
* ``dossier find_times``  -- :func:`dossier.extract.timex.find_times` on the whole parsed
  document; the answer is the expression overlapping the gold span most (none: counted wrong)

Detection (``find_times`` over the same documents, ``--limit`` of them): recall and precision
against gold DATE spans, relaxed (any overlap) and strict (same characters); precision is also
given against all TIMEX3 types, since TimeML calls "the past two years" a DURATION.

Usage: ``python bench/time_eval.py [--data ../shared/bench-data] [--limit N]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import dateparser

from dossier.config import Settings
from dossier.extract.nlp import load_pipeline
from dossier.extract.timex import find_times, normalise
from dossier.records import TimeExpr

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench-data"
SUBDIR = Path("tempeval3-timeml/data/TempEval3/Training/TBAQ-cleaned")

#: gold value shape -> granularity; the first that matches wins
GRANULARITIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}(?:T.*)?")),
    ("month", re.compile(r"\d{4}-\d{2}(?:-XX)?")),
    ("week", re.compile(r"\d{4}-W\d{2}(?:-WE)?")),
    ("season", re.compile(r"\d{4}-(?:SP|SU|FA|WI)")),
    ("quarter", re.compile(r"\d{4}-Q[1-4]")),
    ("year", re.compile(r"\d{4}(?:-XX){0,2}")),
    ("decade", re.compile(r"\d{3}X?")),
    ("century", re.compile(r"\d{2}(?:XX)?")),
)
GRAN_ORDER = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
SEASON_CODE = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    dct: date
    text: str
    timexes: list[Timex] = field(default_factory=list)


def granularity(value: str) -> str | None:
    """The granularity of a gold value, None for *_REF and underspecified ones."""
    for name, pattern in GRANULARITIES:
        if pattern.fullmatch(value):
            return name
    return None


def gold_key(value: str, gran: str) -> str:
    """The gold value without its unspecified tail ("1998-12-XX" -> "1998-12")."""
    size = {"day": 10, "month": 7, "week": 8, "season": 7, "quarter": 7, "year": 4}
    return value[: size.get(gran, {"decade": 3, "century": 2}.get(gran, len(value)))]


def at_granularity(day: date, gran: str) -> str:
    """``day`` written at a gold granularity, to compare with :func:`gold_key`."""
    if gran == "day":
        return day.isoformat()
    if gran == "month":
        return day.isoformat()[:7]
    if gran == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if gran == "season":
        year = day.year - 1 if day.month in (1, 2) else day.year
        return f"{year}-{SEASON_CODE.get(day.month, 'FA')}"
    if gran == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if gran == "decade":
        return str(day.year)[:3]
    if gran == "century":
        return str(day.year)[:2]
    return str(day.year)


def _walk(elem: ET.Element, doc: TmlDoc, parts: list[str]) -> None:
    """Append ``elem``'s text to ``parts``, recording TIMEX3 offsets."""
    start = sum(map(len, parts))
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        _walk(child, doc, parts)
        if child.tail:
            parts.append(child.tail)
    if elem.tag == "TIMEX3":
        end = sum(map(len, parts))
        text = "".join(parts)[start:end]
        doc.timexes.append(Timex(start, end, text, elem.get("type", ""), elem.get("value", "")))


def read_tml(path: Path) -> TmlDoc | None:
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct is None or body is None:
        return None
    doc = TmlDoc(path.stem, date.fromisoformat(dct.get("value", "")[:10]), "")
    parts: list[str] = []
    body.tail = None
    _walk(body, doc, parts)
    doc.text = "".join(parts)
    return doc


def read_corpus(folder: Path) -> list[TmlDoc]:
    docs = [read_tml(p) for p in sorted(folder.rglob("*.tml"))]
    return [d for d in docs if d is not None]


def dateparser_answer(text: str, anchor: date) -> date | None:
    base = datetime(anchor.year, anchor.month, anchor.day, 12)
    try:
        parsed = dateparser.parse(text, settings={"RELATIVE_BASE": base})
    except (ValueError, OverflowError, RecursionError):
        return None
    return parsed.date() if parsed else None


def normalise_answer(text: str, anchor: date, tense: str | None = None) -> date | None:
    found = normalise(text, anchor, tense=tense)
    return found.start if found else None


def context_answer(gold: Timex, found: list[TimeExpr]) -> date | None:
    """The start of the found expression overlapping ``gold`` most; the end of a range when
    the gold span is the range's second end ("1997" in "between 1994 and 1997": TimeML
    annotates the ends of a range separately)."""
    best, overlap = None, 0
    for expr in found:
        size = min(gold.end, expr.end) - max(gold.start, expr.start)
        if size > overlap:
            best, overlap = expr, size
    if best is None or best.value_start is None or best.value_end is None:
        return None
    tail = gold.start > best.start + 1 and gold.end >= best.end - 1
    second_end = best.precision == "range" and tail
    return date.fromisoformat(best.value_end if second_end else best.value_start)


@dataclass
class Score:
    correct: Counter[str] = field(default_factory=Counter)
    answered: Counter[str] = field(default_factory=Counter)

    def add(self, gran: str, answer: date | None, key: str) -> None:
        if answer is None:
            return
        self.answered[gran] += 1
        self.correct[gran] += at_granularity(answer, gran) == key


def run_pipeline(docs: list[TmlDoc], batch_size: int) -> Iterator[list[TimeExpr]]:
    nlp = load_pipeline(Settings().spacy_model)
    for doc, tml in nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=batch_size):
        sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
        yield find_times(doc, tml.dct.isoformat(), sentence_at)


def detection(docs: list[TmlDoc], found: list[list[TimeExpr]]) -> dict[str, float]:
    """Relaxed and strict recall/precision of found expressions against gold DATE spans."""
    gold = [[t for t in d.timexes if t.type == "DATE"] for d in docs]
    counts: Counter[str] = Counter()
    for doc_gold, doc, doc_found in zip(gold, docs, found, strict=True):
        spans = [(e.start, e.end) for e in doc_found]
        counts["gold"] += len(doc_gold)
        counts["found"] += len(spans)
        counts["recall_relaxed"] += sum(any(_overlap(g, s) for s in spans) for g in doc_gold)
        counts["recall_strict"] += sum((g.start, g.end) in spans for g in doc_gold)
        golds = [(g.start, g.end) for g in doc_gold]
        alls = [(t.start, t.end) for t in doc.timexes]
        counts["prec_relaxed"] += sum(any(_overlap_spans(s, g) for g in golds) for s in spans)
        counts["prec_strict"] += sum(s in golds for s in spans)
        counts["prec_any"] += sum(any(_overlap_spans(s, g) for g in alls) for s in spans)
    return {
        "gold": counts["gold"],
        "found": counts["found"],
        "R relaxed": counts["recall_relaxed"] / max(1, counts["gold"]),
        "P relaxed": counts["prec_relaxed"] / max(1, counts["found"]),
        "R strict": counts["recall_strict"] / max(1, counts["gold"]),
        "P strict": counts["prec_strict"] / max(1, counts["found"]),
        "P any TIMEX3": counts["prec_any"] / max(1, counts["found"]),
    }


def _overlap(gold: Timex, span: tuple[int, int]) -> bool:
    return _overlap_spans((gold.start, gold.end), span)


def _overlap_spans(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(docs: list[TmlDoc], found: list[list[TimeExpr]]) -> tuple[dict[str, Score], Counter]:
    systems: dict[str, Callable[[Timex, TmlDoc, list[TimeExpr]], date | None]] = {
        "dateparser (gold span)": lambda g, d, f: dateparser_answer(g.text, d.dct),
        "dossier normalise (gold span)": lambda g, d, f: normalise_answer(g.text, d.dct),
        "  same, always past tense": lambda g, d, f: normalise_answer(g.text, d.dct, "past"),
        "dossier find_times (in context)": lambda g, d, f: context_answer(g, f),
    }
    scores = {name: Score() for name in systems}
    totals: Counter[str] = Counter()
    for doc, doc_found in zip(docs, found, strict=True):
        for gold in doc.timexes:
            if gold.type != "DATE":
                continue
            gran = granularity(gold.value)
            if gold.value.endswith("_REF"):
                totals["*_REF (not scored)"] += 1
                continue
            if gran is None:
                totals["other/underspecified (not scored)"] += 1
                continue
            totals[gran] += 1
            key = gold_key(gold.value, gran)
            for name, system in systems.items():
                scores[name].add(gran, system(gold, doc, doc_found), key)
    return scores, totals


def print_tables(scores: dict[str, Score], totals: Counter, det: dict[str, float]) -> None:
    grans = [g for g in GRAN_ORDER if totals[g]]
    scored = sum(totals[g] for g in grans)
    print(f"\nvalue accuracy at gold granularity, {scored} scored gold DATEs")
    print(f"{'system':34} {'correct':>8} {'acc':>7} {'answered':>9} {'acc|ans':>8}")
    for name, score in scores.items():
        correct, answered = sum(score.correct.values()), sum(score.answered.values())
        print(
            f"{name:34} {correct:8d} {correct / scored:7.3f} {answered:9d} "
            f"{correct / max(1, answered):8.3f}"
        )
    print("\naccuracy by gold granularity (n)")
    print(f"{'system':34} " + " ".join(f"{g[:7]:>8}" for g in grans))
    print(f"{'(n)':34} " + " ".join(f"{totals[g]:8d}" for g in grans))
    for name, score in scores.items():
        print(f"{name:34} " + " ".join(f"{score.correct[g] / totals[g]:8.3f}" for g in grans))
    for key in ("*_REF (not scored)", "other/underspecified (not scored)"):
        print(f"{key}: {totals[key]}")
    print("\ndetection of gold DATE spans by find_times")
    print(
        "  "
        + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in det.items())
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="documents to use (0: all)")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)
    folder = args.data / SUBDIR
    if not folder.is_dir():
        print(f"gold data missing at {folder}", file=sys.stderr)
        return 1
    docs = read_corpus(folder)
    if args.limit:
        docs = docs[: args.limit]
    began = time.perf_counter()
    found = list(run_pipeline(docs, args.batch_size))
    parsed = time.perf_counter()
    scores, totals = evaluate(docs, found)
    print(
        f"TempEval-3 TBAQ-cleaned: {len(docs)} documents, DCT as anchor; "
        f"parse + find_times {parsed - began:.1f}s, scoring {time.perf_counter() - parsed:.1f}s"
    )
    print_tables(scores, totals, detection(docs, found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
