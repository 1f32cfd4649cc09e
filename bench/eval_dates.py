#!/usr/bin/env python3
"""Dates end to end: TempEval-3 DATE values and real pages' publication dates, from the export.

Two measurements, each beside a baseline computed in the same run:

1. **TempEval-3 TBAQ** (``tempeval3-timeml/.../TBAQ-cleaned``, read in place). Each TimeML
   document is written as an article whose ``published`` is its creation time (DCT), ingested
   and exported. An exported event's ``date`` carries the expression as written (``text``);
   a gold ``TIMEX3 type=DATE`` is *carried* when an event of the same document has a date
   whose text is the gold text (whitespace-normalised, case-insensitive; one containing the
   other counts). The score is **resolved-date accuracy**: the exported ``date.start``
   (``date.end`` for the second end of a range) at the gold value's granularity equals the
   gold value (``bench/time_eval.py`` rules: ``1998-08`` matched by any day of August 1998,
   ``1998-W02`` by its ISO week, …; ``*_REF`` and year-less values are not scored). Coverage
   (carried / scorable gold) is printed beside it. Baseline: ``dateparser`` handed the gold
   span and the DCT, on the same carried items and on all scorable items.

2. **Publication dates of real pages** (``realnews-2025-jan-may``). ``--pages`` articles are
   ingested *without* their ``published`` field, so dossier must find the date in the text;
   the export's ``documents[].published`` is compared with the archive's. Pages that carry
   their own date — the archive's date, or the day before, written in full (Dawn's "Published
   in Dawn, April 26th, 2025" footer) — are scored on the exact day (and within a day); pages
   with only a wire dateline without a year (APP's "ISLAMABAD, Apr 25 (APP):") on month and
   day. Pages with only other dates, or none, are counted apart. Baseline: the first full
   date (month-name day, year) a plain regular expression finds in the text, parsed by
   ``dateparser``.

Usage: ``python bench/eval_dates.py [--data ../shared/bench-data] [--limit N] [--pages N]``
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, Article, realnews, run_export
from bench.time_eval import (
    SUBDIR,
    Timex,
    at_granularity,
    dateparser_answer,
    gold_key,
    granularity,
    read_corpus,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: the baseline's idea of a full date, and what "carries a full date" means for scoring
FULL = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: a wire dateline with month and day but no year: "ISLAMABAD, Apr 25 (APP):"
WIRE = re.compile(rf"^[A-Z][^\n,]{{1,60}},[^\n(]{{0,40}}?\b({_MONTH})\.?\s+(\d{{1,2}})\s*\(", re.I)


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def event_dates(export: dict[str, Any], doc_id: str) -> list[dict[str, Any]]:
    """Dates (with their written text) of the exported events evidenced in one document."""
    out = []
    for event in export.get("events", []):
        date_ = event.get("date")
        if not date_ or not date_.get("text"):
            continue
        if any(e["document_id"] == doc_id for e in event["evidence"]):
            out.append(date_)
    return out


def carried(gold: Timex, dates: list[dict[str, Any]]) -> dict[str, Any] | None:
    text = norm(gold.text)
    exact = [d for d in dates if norm(d["text"]) == text]
    if exact:
        return exact[0]
    near = [d for d in dates if text in norm(d["text"]) or norm(d["text"]) in text]
    return near[0] if near else None


def answer_of(gold: Timex, found: dict[str, Any]) -> date:
    """The exported date's first day, or its last for the second end of a written range."""
    written = norm(found["text"])
    second = found.get("precision") == "range" and written.endswith(norm(gold.text))
    second = second and not written.startswith(norm(gold.text))
    return date.fromisoformat(found["end"] if second else found["start"])


def tempeval(data: Path, limit: int) -> None:
    docs = read_corpus(data / SUBDIR)
    if limit:
        docs = docs[:limit]
    run = run_export(
        (Article(d.name, d.text.strip(), published=d.dct.isoformat()) for d in docs),
        tolerate_errors=True,
    )
    by_key = run.documents_by_key()
    n = Counter()
    for doc in docs:
        exported = by_key.get(doc.name)
        dates = event_dates(run.export, exported["id"]) if exported else []
        for gold in doc.timexes:
            if gold.type != "DATE":
                continue
            gran = granularity(gold.value)
            if gran is None:
                n["not scored (*_REF, no year)"] += 1
                continue
            key = gold_key(gold.value, gran)
            n["scorable"] += 1
            base = dateparser_answer(gold.text, doc.dct)
            base_right = base is not None and at_granularity(base, gran) == key
            n["baseline right (all)"] += base_right
            found = carried(gold, dates)
            if found is None:
                continue
            n["carried"] += 1
            n["dossier right"] += at_granularity(answer_of(gold, found), gran) == key
            n["baseline right (carried)"] += base_right
    carried_n = max(n["carried"], 1)
    print(
        f"TempEval-3 TBAQ DATE values, end to end: {len(docs)} documents, {n['scorable']} "
        f"scorable DATE timexes ({n['not scored (*_REF, no year)']} *_REF/year-less not scored); "
        f"ingest+export {run.seconds:.0f} s"
    )
    print(
        f"  carried by an exported event's date: {n['carried']} "
        f"({n['carried'] / max(n['scorable'], 1):.1%} of scorable)"
    )
    print(
        f"  resolved-date accuracy on those: dossier export {n['dossier right'] / carried_n:.3f}"
        f"   baseline dateparser(gold span, DCT) {n['baseline right (carried)'] / carried_n:.3f}"
    )
    share = n["baseline right (all)"] / max(n["scorable"], 1)
    print(f"  baseline dateparser on all scorable: {share:.3f}")


def pages(data: Path, count: int, seed: int = 15) -> None:
    rows = realnews(data)
    rows = random.Random(seed).sample(rows, min(count, len(rows)))
    run = run_export(
        (Article(r["id"], r["text"], title=r.get("title")) for r in rows), tolerate_errors=True
    )
    by_key = run.documents_by_key()
    n = Counter()
    for row in rows:
        gold = date.fromisoformat(row["published"])
        exported = by_key.get(row["id"])
        got = exported.get("published") if exported else None
        got_day = date.fromisoformat(got[:10]) if got else None
        written = [dateparser_answer(m.group(0), gold) for m in FULL.finditer(row["text"])]
        base_day = written[0] if written else None
        # the page carries its own date: the archive's date (or the day before: a print
        # edition dates the morning after) is written in it in full
        own = any(d is not None and 0 <= (d - gold).days <= 1 for d in written)
        if own:
            kind = "full"
        elif WIRE.match(row["text"]):
            kind = "wire"
        elif written:
            kind = "other"
        else:
            kind = "none"
        n[kind] += 1
        if kind == "full":
            for who, day in (("dossier", got_day), ("baseline", base_day)):
                n[f"{who} full exact"] += day == gold
                n[f"{who} full ±1"] += day is not None and abs((day - gold).days) <= 1
                n[f"{who} full any"] += day is not None
        elif kind == "wire":
            for who, day in (("dossier", got_day), ("baseline", base_day)):
                n[f"{who} wire md"] += day is not None and (day.month, day.day) == (
                    gold.month,
                    gold.day,
                )
        else:
            n[f"dossier {kind} any"] += got_day is not None
            n[f"dossier {kind} exact"] += got_day == gold
    print(
        f"Real pages' publication date (realnews, {len(rows)} sampled, ingested without "
        f"'published'; ingest+export {run.seconds:.0f} s): {n['full']} carry their own date in "
        f"full, {n['wire']} only a year-less wire dateline, {n['other']} only other dates, "
        f"{n['none']} no date"
    )
    full, wire = max(n["full"], 1), max(n["wire"], 1)
    for who in ("dossier", "baseline"):
        label = "dossier export" if who == "dossier" else "baseline: first full date by regex"
        print(
            f"  {label:<36} full-date pages: exact {n[f'{who} full exact'] / full:.1%}, "
            f"±1 day {n[f'{who} full ±1'] / full:.1%}, any date {n[f'{who} full any'] / full:.1%};"
            f"  wire pages month+day {n[f'{who} wire md'] / wire:.1%}"
        )
    for kind, label in (("other", "only other dates"), ("none", "no date")):
        print(
            f"  pages with {label} given a date anyway by dossier: "
            f"{n[f'dossier {kind} any']} of {n[kind]} ({n[f'dossier {kind} exact']} right)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="first N TimeML documents only")
    parser.add_argument("--pages", type=int, default=300, help="realnews pages sampled")
    args = parser.parse_args(argv)
    tempeval(args.data, args.limit)
    if args.pages:
        pages(args.data, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
