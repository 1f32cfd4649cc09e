"""Event detection and argument F1 on the PLOVER gold-standard records.

Gold (read in place, never copied): ``plover-gold-standard-records`` — 322
news-style sentences from the CAMEO manual re-coded in PLOVER, each with one
event type and its source/target actors. Gold types outside the contract's
PLOVER list are mapped where the ontology does (FIGHT -> ASSAULT, DEMAND ->
REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE); DOCUMENT is skipped.

Scored per sentence:

* detection: the gold type among the predicted types is a true positive; every
  other predicted type a false positive; a missed gold type a false negative;
* arguments: for a detected event, the gold source (target) is found when a
  predicted actor (target) span shares a word with the gold actor text.

Baseline in the same run: trigger words only — any token whose lemma is in
dossier's trigger lexicon counts as an event of that type, no syntax, no
arguments, no modality.

Usage: ``python bench/event_eval.py [--data ../shared/bench-data] [--limit N]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from dossier.config import load_settings
from dossier.events import TRIGGERS
from dossier.nlp import analyze, load_pipeline
from dossier.records import Document

REPO = Path(__file__).resolve().parent.parent
GOLD_MAP = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}
_WORD = re.compile(r"[a-z0-9]+")


def load_gold(data: Path) -> list[dict]:
    path = data / "plover-gold-standard-records" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for record in records:
        if not isinstance(record, dict) or not record.get("text") or not record.get("event"):
            continue
        kind = GOLD_MAP.get(record["event"], record["event"])
        if kind == "DOCUMENT":
            continue
        out.append(
            {
                "text": record["text"],
                "type": kind,
                "sources": _actor_texts(record.get("source")),
                "targets": _actor_texts(record.get("target")),
            }
        )
    return out


def _actor_texts(value: object) -> list[str]:
    """Gold actors are a list of {actorText, …}, or a bare string in a few records."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [a.get("actorText", "") if isinstance(a, dict) else str(a) for a in value]
    return []


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _found(gold_names: list[str], spans: list[str]) -> bool:
    predicted = set().union(*(_words(s) for s in spans)) if spans else set()
    return any(_words(name) & predicted for name in gold_names if name)


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.arg_tp = self.arg_gold = self.arg_pred = 0

    def prf(self, tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench-data")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    gold = load_gold(args.data)
    if args.limit:
        gold = gold[: args.limit]
    settings = load_settings(environ={})
    nlp = load_pipeline(settings.spacy_model)
    documents = [
        Document(id=f"g{i}", source="gold", raw_hash="g", text=g["text"])
        for i, g in enumerate(gold)
    ]
    start = time.perf_counter()
    analyzed = list(analyze(documents, settings, nlp))
    elapsed = time.perf_counter() - start
    ours, base = Score(), Score()
    for record, item in zip(gold, analyzed, strict=True):
        text = item.document.text
        predicted = {e.type for e in item.events}
        ours.tp += record["type"] in predicted
        ours.fn += record["type"] not in predicted
        ours.fp += len(predicted - {record["type"]})
        matched = [e for e in item.events if e.type == record["type"]]
        for role, names in (("actors", record["sources"]), ("targets", record["targets"])):
            if not any(names):
                continue
            ours.arg_gold += 1
            spans = [text[a:b] for e in matched for a, b in getattr(e, role)]
            ours.arg_pred += bool(spans)
            ours.arg_tp += bool(spans) and _found(names, spans)
        triggers = {
            TRIGGERS[t.lemma_.lower()][0] for t in nlp(text) if t.lemma_.lower() in TRIGGERS
        }
        base.tp += record["type"] in triggers
        base.fn += record["type"] not in triggers
        base.fp += len(triggers - {record["type"]})
    print(
        f"PLOVER gold-standard records: {len(gold)} sentences, one gold event each; "
        f"dossier pipeline {elapsed:.1f} s"
    )
    print(
        f"{'method':<22} {'det P':>6} {'det R':>6} {'det F1':>6}   {'arg P':>6} {'arg R':>6} "
        f"{'arg F1':>6}"
    )
    p, r, f = ours.prf(ours.tp, ours.fp, ours.fn)
    ap, ar, af = ours.prf(ours.arg_tp, ours.arg_pred - ours.arg_tp, ours.arg_gold - ours.arg_tp)
    print(
        f"{'dossier events':<22} {p:>6.3f} {r:>6.3f} {f:>6.3f}   {ap:>6.3f} {ar:>6.3f} {af:>6.3f}"
    )
    p, r, f = base.prf(base.tp, base.fp, base.fn)
    print(f"{'trigger words only':<22} {p:>6.3f} {r:>6.3f} {f:>6.3f}   {'-':>6} {'-':>6} {'-':>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
