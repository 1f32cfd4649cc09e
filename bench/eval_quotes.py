#!/usr/bin/env python3
"""Quotes end to end on PolNeAR dev: is the quote span right, and is the speaker right?

The PolNeAR dev articles (``polnear-attribution/data/dev``, read in place) go through
``dossier ingest`` + ``dossier export`` (:mod:`bench.e2e`); the export's claims of kind
``quote`` and ``paraphrase`` are the predictions. Gold reading and span matching are those
of ``bench/quote_eval.py`` (token overlap of at least half of each side with a gold content
or one of its contiguous parts; pronoun sources resolved along the annotators' chain to the
nearest earlier named source).

A prediction's evidence span is located in the original article text (the export's text
is the cleaned one; the span text is looked up, not its offsets). Its speaker is the
exported speaker entity, right when the entity's name or one of its aliases shares a
capitalised word with the gold source ("Mr. Trump" ~ "Donald J. Trump").

Figures:

* **span P / R**: predictions matching a gold attribution / predictions; gold attributions
  matched / gold attributions;
* **speaker right**: of the predictions that match a gold attribution with a source, the
  share whose speaker is right (no speaker counts as wrong) -- the issue's "speaker right".
  A typed generic speaker with no entity ("the campaign") is right when its head noun is
  a word of the gold source ("The campaign");
* **with speaker**: share of matched predictions that name any speaker.

Baseline in the same run and over the same export: each matched prediction given the
nearest capitalised name (the export's entity of type PERSON) mentioned before it in the
article, the rule a reader would apply first.

Usage: ``python bench/eval_quotes.py [--data ../shared/bench-data] [--limit N]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, Article, ExportRun, key_url, run_export
from bench.quote_eval import SUBDIR, _matches, _segments, _words, read_articles

_CAP = re.compile(r"\w+")


def name_words(name: str | None) -> set[str]:
    return {w.lower() for w in _CAP.findall(name or "") if w[0].isupper() and len(w) > 2}


def head_word(name: str | None) -> str | None:
    """The last word of a generic speaker ("the campaign" -> "campaign")."""
    words = _CAP.findall(name or "")
    return words[-1].lower() if words else None


def all_words(name: str | None) -> set[str]:
    return {w.lower() for w in _CAP.findall(name or "")}


def locate(text: str, span_text: str) -> tuple[int, int] | None:
    at = text.find(span_text)
    if at >= 0:
        return at, at + len(span_text)
    words = span_text.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--show", type=int, default=0, help="print N wrong speakers")
    parser.add_argument("--keep", type=Path, help="keep the store and export in this folder")
    parser.add_argument("--export", type=Path, help="score this export of the same articles")
    args = parser.parse_args(argv)
    root = args.data / SUBDIR
    if not root.is_dir():
        print(f"PolNeAR dev set not found at {root}", file=sys.stderr)
        return 2
    articles = read_articles(root, args.limit)
    inputs = [Article(a.name, a.text) for a in articles]
    if args.export:
        export = json.loads(args.export.read_text(encoding="utf-8"))
        run = ExportRun(export=export, seconds=0.0, keys={key_url(a.key): a.key for a in inputs})
    else:
        run = run_export(inputs, workdir=args.keep, keep=bool(args.keep))
    docs = run.documents_by_key()
    names: dict[str, set[str]] = {}
    people: dict[str, list[tuple[int, int, str]]] = {}
    for entity in run.export["entities"]:
        words = name_words(entity["name"])
        for alias in entity.get("aliases") or []:
            words |= name_words(alias)
        names[entity["id"]] = words
        if entity.get("type") == "PERSON":
            for m in entity.get("mentions") or []:
                people.setdefault(m["document_id"], []).append((m["start"], m["end"], entity["id"]))
    claims_by_doc: dict[str, list[dict[str, Any]]] = {}
    for claim in run.export["claims"]:
        if claim["kind"] in ("quote", "paraphrase"):
            for ev in claim["evidence"]:
                claims_by_doc.setdefault(ev["document_id"], []).append({**claim, "ev": ev})

    wrong: list[str] = []
    tally = {
        k: 0
        for k in (
            "preds",
            "located",
            "pred_hits",
            "gold",
            "gold_hits",
            "matched_src",
            "speaker_right",
            "with_speaker",
            "base_right",
        )
    }
    for article in articles:
        doc = docs.get(article.name)
        tally["gold"] += len(article.gold)
        if doc is None:
            continue
        segments = [_segments(article.text, g) for g in article.gold]
        found: set[int] = set()
        for claim in claims_by_doc.get(doc["id"], []):
            tally["preds"] += 1
            span = locate(article.text, claim["ev"]["text"])
            if span is None:
                continue
            tally["located"] += 1
            words = _words(article.text, [span])
            hits = [j for j, segs in enumerate(segments) if _matches(words, segs)]
            if not hits:
                continue
            tally["pred_hits"] += 1
            found.update(hits)
            sourced = [j for j in hits if article.gold[j].source]
            if not sourced:
                continue
            tally["matched_src"] += 1
            speaker = claim.get("speaker")
            said_by = names.get(speaker, set()) | name_words(claim.get("speaker_name"))
            tally["with_speaker"] += bool(speaker or claim.get("speaker_name"))
            gold_words = [name_words(article.gold[j].source_name) for j in sourced]
            # a generic speaker ("the campaign") is right when its head noun is in the
            # gold source ("The campaign", "A spokeswoman for …" for "spokeswoman")
            head = None if speaker else head_word(claim.get("speaker_name"))
            generic_right = head is not None and any(
                head in all_words(article.gold[j].source_name) for j in sourced
            )
            if generic_right or any(said_by & g for g in gold_words):
                tally["speaker_right"] += 1
            elif len(wrong) < args.show:
                gold = "; ".join(article.gold[j].source_name or "?" for j in sourced)
                text = " ".join(claim["ev"]["text"].split())[:90]
                wrong.append(f"  {claim.get('speaker_name')!r} for gold {gold!r}: {text}")
            # baseline: the last PERSON mention before the quote in the exported text
            start = claim["ev"]["start"]
            before = [p for p in people.get(doc["id"], []) if p[1] <= start]
            if before:
                nearest = max(before)[2]
                tally["base_right"] += any(names.get(nearest, set()) & g for g in gold_words)
        tally["gold_hits"] += len(found)

    t = tally
    span_p = t["pred_hits"] / t["preds"] if t["preds"] else 0.0
    span_r = t["gold_hits"] / t["gold"] if t["gold"] else 0.0
    right = t["speaker_right"] / t["matched_src"] if t["matched_src"] else 0.0
    base = t["base_right"] / t["matched_src"] if t["matched_src"] else 0.0
    anyone = t["with_speaker"] / t["matched_src"] if t["matched_src"] else 0.0
    print(
        f"PolNeAR dev end to end: {len(articles)} articles, {t['gold']} gold attributions, "
        f"{t['preds']} predictions ({t['located']} located in the article); ingest "
        f"{run.seconds:.0f}s (shared machine: inflated)"
    )
    print(f"  span P {span_p:.3f}  span R {span_r:.3f}")
    print(f"  {'row':<36}{'speaker right':>14}")
    print(f"  {'baseline: nearest person before':<36}{base:>14.3f}")
    print(
        f"  {'dossier':<36}{right:>14.3f}   (any speaker {anyone:.3f}, "
        f"over {t['matched_src']} matched predictions)"
    )
    if wrong:
        print("wrong speakers:", *wrong, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
