#!/usr/bin/env python3
"""How often two labellers agree: two event label files over the same articles, side by side.

Issue 15 scores dossier's export against hand-labelled events (``bench/eval_events.py``). A
blind score can only reach as high as two careful labellers following
``bench/labels/events/GUIDE.md`` agree with each other; the part of the gap between read and
blind sets that is the guide's ambiguity rather than dossier shows up here. So this tool
compares two label files the way the scorer compares a label to an export, never with rules of
its own:

* **alignment** — per article, a row of A and a row of B may pair when their anchors fall in
  the same sentence (:func:`bench.eval_events.sentence_of`; where an anchor is not found in
  the article, when one anchor holds the other). Rows that may pair are matched one to one
  with :func:`bench.eval_events.best_assignment`, weighing first how many rows pair, then the
  scorer's own agreement order (:func:`bench.eval_events.agreement`: all six, then type,
  place, target, actor, date, modality), so a sentence both labellers split into two
  incidents pairs incident with incident.
* **fields** — the scorer's comparisons, made symmetric because neither file is the gold:
  type agrees when the ``A|B`` alternatives share a type; actor, target and place when either
  side's value is right by :func:`bench.eval_events.name_right` against the other's
  alternatives (so ``*`` on either side agrees, as the scorer never scores it); date when
  either side's value, read as the interval the export would give, is right by
  :func:`bench.eval_events.date_right` against the other (``<=D`` is an interval ending on
  D, ``YYYY-MM`` the whole month); modality by equality (``asserted`` when left out).

Figures are plain shares with their counts (no kappa: the categories are open, so chance
agreement is not defined): rows of each file with a partner in the other, each field's
agreement over aligned pairs, all six agreeing, and each file scored against the other as
if it were the gold (an unaligned row is all wrong there, as a missed event is for dossier).
Two more lines help read the gap: dates that agree *both* ways (a day inside the other's month
agrees one way only, so a system matching one labeller can be wrong by the other), and
unaligned rows that agree on all six with an unaligned row anchored in another sentence (one
incident, two anchors: the guide lets the anchor be the sentence that tells it "first or
best"). Only articles both files cover are compared; the rest are counted and left out.

Usage: ``python bench/label_agreement.py --a FILE --b FILE [--data ../shared/bench-data]
[--by-field-examples N]``
"""

from __future__ import annotations

import argparse
import calendar
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, realnews
from bench.eval_events import (
    AGREEMENT,
    agreement,
    best_assignment,
    date_right,
    name_right,
    norm,
    read_labels,
    sentence_of,
)

FIELDS = ("type", "actor", "target", "place", "date", "modality")
#: the earliest day an open "on or before" interval starts on: the scorer asks only that it
#: ends by the day and is not one day, so any earlier start reads the same
OPEN_START = "0001-01-01"
#: the most one pair's agreement weighs (every field of :data:`AGREEMENT` right)
_MOST = sum(w for _, w in AGREEMENT)

Row = dict[str, Any]


def label_interval(value: str | None) -> dict[str, str] | None:
    """A labelled date as the ``{"start", "end"}`` interval an export would give for it, so
    :func:`date_right` can judge one label by another: a day is itself, a month or year runs
    from its first to its last day, ``A..B`` from A to B, ``<=D`` from long before to D."""
    if value is None:
        return None
    if value.startswith("<="):
        return {"start": OPEN_START, "end": value[2:]}
    if ".." in value:
        low, high = value.split("..")
        return {"start": low, "end": high}
    if len(value) == 4:
        return {"start": f"{value}-01-01", "end": f"{value}-12-31"}
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        last = calendar.monthrange(year, month)[1]
        return {"start": f"{value}-01", "end": f"{value}-{last:02d}"}
    return {"start": value, "end": value}


def _names(value: str | None) -> list[str]:
    """A label's ``a|b`` alternatives as the names a prediction would carry (none for null)."""
    return value.split("|") if value else []


def names_agree(a: str | None, b: str | None) -> bool:
    """The scorer's name comparison either way round: A's value is right by B's alternatives
    or B's by A's (``*`` on either side agrees; null agrees only with null)."""
    return name_right(a, _names(b)) or name_right(b, _names(a))


def dates_agree(a: str | None, b: str | None) -> bool:
    """The scorer's date comparison either way round (see :func:`label_interval`)."""
    return date_right(a, label_interval(b)) or date_right(b, label_interval(a))


def dates_agree_both_ways(a: str | None, b: str | None) -> bool:
    """Each side's date right by the other's, the stricter reading: "2025-04" and
    "2025-04-17" agree one way only (a day is right by its month, not a month by the day),
    so a system matching one labeller can still be wrong by the other."""
    return date_right(a, label_interval(b)) and date_right(b, label_interval(a))


def pair_checks(a: Row, b: Row) -> dict[str, bool]:
    """Which of the six fields two labelled rows agree on, by the scorer's comparisons."""
    return {
        "type": bool(set(a["type"].split("|")) & set(b["type"].split("|"))),
        "actor": names_agree(a.get("actor"), b.get("actor")),
        "target": names_agree(a.get("target"), b.get("target")),
        "place": names_agree(a.get("place"), b.get("place")),
        "date": dates_agree(a.get("date"), b.get("date")),
        "modality": a.get("modality", "asserted") == b.get("modality", "asserted"),
    }


def anchor_sentence(text: str, anchor: str) -> str:
    """The sentence the scorer reads an anchor in; empty when the article does not hold it."""
    return sentence_of(text, anchor).strip() if text else ""


def may_pair(text: str, a: Row, b: Row) -> bool:
    """Two rows can be one incident when their anchors sit in the same sentence, or (an
    anchor not found in the text, or one that runs past a sentence end) one holds the other."""
    sa, sb = anchor_sentence(text, a["anchor"]), anchor_sentence(text, b["anchor"])
    if sa and sa == sb:
        return True
    na, nb = norm(a["anchor"]), norm(b["anchor"])
    return bool(na and nb) and (na in nb or nb in na)


def align(text: str, rows_a: Sequence[Row], rows_b: Sequence[Row]) -> list[tuple[int, int]]:
    """One article's rows paired one to one (indices into ``rows_a``, ``rows_b``).

    Rows that may pair (:func:`may_pair`) form groups (connected components, usually one
    sentence); each group is assigned with :func:`best_assignment`. A pair weighs a base that
    exceeds any sum of agreements the group can hold, plus the scorer's agreement: the most
    pairs first, then the pairs that agree most."""
    edges = {
        (i, j): pair_checks(a, b)
        for i, a in enumerate(rows_a)
        for j, b in enumerate(rows_b)
        if may_pair(text, a, b)
    }
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for i, j in edges:
        parent[find(("a", i))] = find(("b", j))
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for i, j in edges:
        root = find(("a", i))
        groups[root][0].add(i)
        groups[root][1].add(j)
    pairs = []
    for side_a, side_b in groups.values():
        ia, jb = sorted(side_a), sorted(side_b)
        base = (_MOST + 1) * (min(len(ia), len(jb)) + 1)
        weight = [
            [base + agreement(edges[(i, j)]) if (i, j) in edges else 0 for j in jb] for i in ia
        ]
        for r, c in best_assignment(weight).items():
            if weight[r][c] > 0:
                pairs.append((ia[r], jb[c]))
    return sorted(pairs)


@dataclass
class Pair:
    """Two aligned rows, the sentence they were read in and what they agree on."""

    article: str
    a: Row
    b: Row
    sentence: str
    checks: dict[str, bool]


@dataclass
class Comparison:
    """Two label files compared over the articles both cover."""

    rows_a: int = 0
    rows_b: int = 0
    pairs: list[Pair] = field(default_factory=list)
    alone_a: list[tuple[Row, str]] = field(default_factory=list)  # unaligned, with sentence
    alone_b: list[tuple[Row, str]] = field(default_factory=list)
    #: unaligned rows of A and B that agree on all six although their anchors sit in
    #: different sentences: one incident anchored in two places (the guide's "the sentence
    #: that reports it first or best"), told apart from an incident only one file labels
    elsewhere: list[tuple[Row, Row]] = field(default_factory=list)
    articles: int = 0
    outside_a: int = 0  # rows in articles B does not cover (not compared)
    outside_b: int = 0

    def agreed(self, name: str) -> int:
        if name == "date both ways":
            return sum(dates_agree_both_ways(p.a.get("date"), p.b.get("date")) for p in self.pairs)
        if name == "all":
            return sum(all(p.checks.values()) for p in self.pairs)
        return sum(p.checks[name] for p in self.pairs)


def _events(rows: Sequence[Row]) -> dict[str, list[Row]]:
    """Rows with a type, by article, in file order, with every article the file covers (a
    ``"type": null`` row marks an article read in full with nothing to label)."""
    found: dict[str, list[Row]] = {}
    for row in rows:
        found.setdefault(row["article"], [])
        if row.get("type"):
            found[row["article"]].append(row)
    return found


def same_incident_elsewhere(
    alone_a: Sequence[Row], alone_b: Sequence[Row]
) -> list[tuple[Row, Row]]:
    """Unaligned rows of one article, one to one in file order, that agree on all six
    fields: the same incident anchored in different sentences. They stay unaligned in the
    figures (the scorer looks for the anchor in the event's evidence, so the choice of
    sentence matters to it too); they are counted apart so that they can be read as a
    difference of anchor rather than of what happened."""
    found = []
    taken: set[int] = set()
    for a in alone_a:
        for j, b in enumerate(alone_b):
            if j not in taken and all(pair_checks(a, b).values()):
                found.append((a, b))
                taken.add(j)
                break
    return found


def compare(rows_a: Sequence[Row], rows_b: Sequence[Row], texts: Mapping[str, str]) -> Comparison:
    """Align and compare two label files (``texts``: article id -> article text)."""
    by_a, by_b = _events(rows_a), _events(rows_b)
    shared = [k for k in by_a if k in by_b]
    out = Comparison(articles=len(shared))
    out.outside_a = sum(len(v) for k, v in by_a.items() if k not in by_b)
    out.outside_b = sum(len(v) for k, v in by_b.items() if k not in by_a)
    for key in shared:
        text = texts.get(key, "")
        side_a, side_b = by_a[key], by_b[key]
        out.rows_a += len(side_a)
        out.rows_b += len(side_b)
        pairs = align(text, side_a, side_b)
        for i, j in pairs:
            sentence = anchor_sentence(text, side_a[i]["anchor"]) or side_a[i]["anchor"]
            checks = pair_checks(side_a[i], side_b[j])
            out.pairs.append(Pair(key, side_a[i], side_b[j], sentence, checks))
        paired_a, paired_b = {i for i, _ in pairs}, {j for _, j in pairs}
        out.elsewhere += same_incident_elsewhere(
            [r for i, r in enumerate(side_a) if i not in paired_a],
            [r for j, r in enumerate(side_b) if j not in paired_b],
        )
        out.alone_a += [
            (r, anchor_sentence(text, r["anchor"]))
            for i, r in enumerate(side_a)
            if i not in paired_a
        ]
        out.alone_b += [
            (r, anchor_sentence(text, r["anchor"]))
            for j, r in enumerate(side_b)
            if j not in paired_b
        ]
    return out


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.1%}" if whole else f"{part}/0"


def _value(row: Row, name: str) -> str:
    return repr(row.get(name, "asserted" if name == "modality" else None))


def _clip(text: str, width: int = 240) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render(result: Comparison, name_a: str, name_b: str, examples: int = 0) -> str:
    """The agreement table, and up to ``examples`` disagreeing pairs per field."""
    n = len(result.pairs)
    lines = [
        f"Label agreement: A = {name_a}, B = {name_b}",
        f"  articles both cover: {result.articles}; event rows compared: A {result.rows_a}, "
        f"B {result.rows_b} (left out, in articles only one file covers: A {result.outside_a}, "
        f"B {result.outside_b})",
        f"  rows of A with a partner in B: {_share(n, result.rows_a)}",
        f"  rows of B with a partner in A: {_share(n, result.rows_b)}",
        "  field          agree on aligned pairs",
    ]
    for name in FIELDS:
        lines.append(f"  {name:<14} {_share(result.agreed(name), n)}")
    lines.append(
        f"  {'date both ways':<14} {_share(result.agreed('date both ways'), n)} (each side's "
        "date right by the other's: a day inside the other's month or span agrees one way only)"
    )
    all_six = result.agreed("all")
    lines.append(f"  {'all six':<14} {_share(all_six, n)}")
    lines.append(
        "  all six agree over every row (an unaligned row disagrees, as a missed event does "
        f"for dossier): A's rows {_share(all_six, result.rows_a)}; B's rows "
        f"{_share(all_six, result.rows_b)}"
    )
    lines.append(
        f"  unaligned rows agreeing on all six with an unaligned row of the other file anchored "
        f"in another sentence of the article (one incident, two anchors): {len(result.elsewhere)}"
    )
    if examples:
        for name in FIELDS:
            wrong = [p for p in result.pairs if not p.checks[name]]
            if name == "date":
                one_way = [
                    p
                    for p in result.pairs
                    if p.checks[name]
                    and not dates_agree_both_ways(p.a.get("date"), p.b.get("date"))
                ]
                wrong += one_way
            if not wrong:
                continue
            lines.append(f"\n{name}: {len(wrong)} disagreeing pairs")
            if name == "date" and one_way:
                lines.append(f"  ({len(one_way)} of them agree one way only, listed last)")
            for p in wrong[:examples]:
                lines.append(f"  - {p.article}: {_clip(p.sentence)}")
                lines.append(f"      A {_value(p.a, name)}  |  B {_value(p.b, name)}")
        for label, alone in (("A", result.alone_a), ("B", result.alone_b)):
            if alone:
                lines.append(f"\nrows of {label} with no partner: {len(alone)}")
            for row, sentence in alone[:examples]:
                fields = ", ".join(f"{k}={row.get(k)!r}" for k in FIELDS)
                lines.append(f"  - {row['article']} {row['anchor']!r}: {fields}")
                if sentence:
                    lines.append(f"      {_clip(sentence)}")
    if examples and result.elsewhere:
        lines.append(f"\none incident anchored in two sentences: {len(result.elsewhere)}")
        for a, b in result.elsewhere[:examples]:
            lines.append(f"  - {a['article']}: A {a['anchor']!r}  |  B {b['anchor']!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True, help="one label file (JSONL)")
    parser.add_argument("--b", type=Path, required=True, help="the other, same row format")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="holds the archive")
    parser.add_argument(
        "--by-field-examples",
        type=int,
        default=0,
        metavar="N",
        help="list up to N disagreeing pairs per field (article, sentence, both values) and "
        "up to N unaligned rows of each file",
    )
    args = parser.parse_args(argv)
    rows_a, rows_b = read_labels(args.a), read_labels(args.b)
    wanted = {r["article"] for r in rows_a} & {r["article"] for r in rows_b}
    texts = {r["id"]: r["text"] for r in realnews(args.data) if r["id"] in wanted}
    missing = sorted(wanted - texts.keys())
    if missing:
        print(f"articles not in the archive (anchors compared as text): {missing[:5]}")
    print(render(compare(rows_a, rows_b, texts), str(args.a), str(args.b), args.by_field_examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
