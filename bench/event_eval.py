"""Event detection and argument F1 on the PLOVER gold-standard records (and CASE 2021).

Gold (read in place, never copied):

* ``plover-gold-standard-records`` — 322 news-style sentences from the CAMEO
  manual re-coded in PLOVER, each with one event type and its source/target
  actors. Gold types outside the contract's PLOVER list are mapped where the
  ontology does (FIGHT -> ASSAULT, DEMAND -> REQUEST, DISAPPROVE and
  INVESTIGATE -> ACCUSE); DOCUMENT is skipped. The records are split by
  position: even records are the *dev* half (looked at while writing the
  lexicons and rules), odd records the *held-out* half (never looked at);
  both are printed.
* ``case2021-task2-event-types`` (optional, ``--case``) — 1,019 ACLED-style
  snippets with sub-event types. Sub-types with a clear PLOVER type are mapped
  (strikes, clashes, bombings, abductions -> ASSAULT; arrests and weapons
  seizures -> COERCE; protests and riots -> PROTEST; agreements -> AGREE or
  SUPPORT); natural and man-made disasters are negatives (any event is a
  false alarm); the other sub-types are left out. Only type detection is
  scored (no argument gold), plus the mode on air strikes, arrests,
  abductions and bombings. Snippets often report several events, so
  precision there is a lower bound.

Scored per sentence:

* detection: the gold type among the predicted types is a true positive; every
  other predicted type a false positive; a missed gold type a false negative;
* arguments: for each gold role (source, target) with a name, a prediction is
  the spans of that role in the predicted events of the gold type; it is right
  when one shares a word with the gold actor text. PLOVER codes the place acted
  upon as the target ("imposed a curfew in Cizre": target Cizre) where dossier
  keeps it as the event's location, so dossier's location counts as a target.

Rows:

* ``dossier events`` — types as extracted;
* ``dossier, intent as PLOVER`` — the same events converted to PLOVER's
  coding of intent: PLOVER codes "X will provide aid" as AGREE and "X would
  boycott" as THREATEN, where dossier keeps the act's type and says
  ``planned``/``hypothetical`` in the modality. This row converts planned or
  hypothetical cooperative events to AGREE and conflictual ones to THREATEN;
* ``trigger words only`` (baseline, same run) — any token whose lemma is in
  dossier's trigger lexicon is an event of that type; its actor is the nearest
  name before the trigger, its target the nearest name after it; no syntax, no
  modality.

Usage: ``python bench/event_eval.py [--data ../shared/bench-data] [--limit N] [--case]``
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dossier.config import Settings, load_settings
from dossier.extract.events import PARTICIPANT_LABELS, TRIGGERS
from dossier.extract.nlp import analyze, load_pipeline
from dossier.records import AnalyzedDocument, Document, EventMention, Mention, Span

REPO = Path(__file__).resolve().parent.parent
GOLD_MAP = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}
#: ACLED sub-type -> acceptable PLOVER types (empty: a negative), and the mode expected
CASE_MAP: dict[str, tuple[frozenset[str], str | None]] = {
    "ARMED_CLASH": (frozenset({"ASSAULT"}), None),
    "ATTACK": (frozenset({"ASSAULT"}), None),
    "AIR_STRIKE": (frozenset({"ASSAULT"}), "aerial"),
    "ART_MISS_ATTACK": (frozenset({"ASSAULT"}), None),
    "SUIC_BOMB": (frozenset({"ASSAULT"}), "explosives"),
    "REM_EXPLOS": (frozenset({"ASSAULT"}), "explosives"),
    "GRENADE": (frozenset({"ASSAULT"}), "explosives"),
    "CHEM_WEAP": (frozenset({"ASSAULT"}), None),
    "SEX_VIOL": (frozenset({"ASSAULT"}), None),
    "ABDUCT_DISSAP": (frozenset({"ASSAULT"}), "abduct"),
    "FORCE_AGAINST_PROTEST": (frozenset({"ASSAULT", "COERCE"}), None),
    "ARREST": (frozenset({"COERCE"}), "arrest"),
    "DISR_WEAP": (frozenset({"COERCE"}), None),
    "PEACE_PROTEST": (frozenset({"PROTEST"}), None),
    "PROTEST_WITH_INTER": (frozenset({"PROTEST"}), None),
    "VIOL_DEMONSTR": (frozenset({"PROTEST"}), None),
    "AGREEMENT": (frozenset({"AGREE", "SUPPORT"}), None),
    "NATURAL_DISASTER": (frozenset(), None),
    "MAN_MADE_DISASTER": (frozenset(), None),
}
#: modes that count as the expected one ("suicide-attack" is a bombing too)
MODE_ALIASES = {"explosives": frozenset({"explosives", "suicide-attack"})}
COOPERATIVE = frozenset({"AID", "SUPPORT", "COOPERATE", "CONSULT", "RETREAT", "CONCEDE", "AGREE"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "REJECT"})
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold sentence: its text, acceptable types, and named sources and targets."""

    text: str
    types: frozenset[str]
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Predicted:
    """What one method says about a sentence: types, and argument texts per type."""

    types: frozenset[str]
    actors: dict[str, list[str]] = field(default_factory=dict)
    targets: dict[str, list[str]] = field(default_factory=dict)
    modes: dict[str, set[str | None]] = field(default_factory=dict)


@dataclass(slots=True)
class Score:
    """Detection and argument counts of one method on one set of sentences."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    arg_tp: int = 0
    arg_pred: int = 0
    arg_gold: int = 0
    mode_right: int = 0
    mode_total: int = 0

    def add(self, gold: Gold, predicted: Predicted) -> None:
        """Count one sentence (see the module docstring for the rules)."""
        hit = gold.types & predicted.types
        self.tp += bool(hit)
        self.fn += bool(gold.types) and not hit
        self.fp += len(predicted.types - gold.types)
        for names, by_type in ((gold.sources, predicted.actors), (gold.targets, predicted.targets)):
            if not any(names):
                continue
            spans = [s for kind in hit for s in by_type.get(kind, [])]
            self.arg_gold += 1
            self.arg_pred += bool(spans)
            self.arg_tp += bool(spans) and _shares_word(names, spans)
        if gold.mode and hit:
            modes = {m for kind in hit for m in predicted.modes.get(kind, set())}
            self.mode_total += 1
            self.mode_right += bool(modes & MODE_ALIASES.get(gold.mode, frozenset({gold.mode})))

    def detection(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)

    def arguments(self) -> tuple[float, float, float]:
        return prf(self.arg_tp, self.arg_pred - self.arg_tp, self.arg_gold - self.arg_tp)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --------------------------------------------------------------------------- gold


def load_plover(data: Path) -> list[Gold]:
    """The PLOVER records with a text and a type we score (DOCUMENT left out)."""
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
            Gold(
                text=record["text"],
                types=frozenset({kind}),
                sources=_actor_texts(record.get("source")),
                targets=_actor_texts(record.get("target")),
            )
        )
    return out


def _actor_texts(value: object) -> tuple[str, ...]:
    """Gold actors are a list of {actorText, …}, or a bare string in a few records."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(a.get("actorText", "") if isinstance(a, dict) else str(a) for a in value)
    return ()


def load_case(data: Path) -> list[Gold]:
    """CASE 2021 task 2 snippets whose sub-type maps to PLOVER (or is a negative)."""
    path = data / "case2021-task2-event-types" / "task2" / "test_dataset"
    path = path / "test_set_final_release_with_labels.tsv"
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            mapped = CASE_MAP.get((row.get("SubType") or "").strip())
            text = (row.get("EventSnippet") or "").strip()
            if mapped is not None and text:
                out.append(Gold(text=text, types=mapped[0], mode=mapped[1]))
    return out


# --------------------------------------------------------------------------- methods


def _shares_word(gold_names: Sequence[str], spans: Sequence[str]) -> bool:
    predicted = set().union(*(_words(s) for s in spans)) if spans else set()
    return any(_words(name) & predicted for name in gold_names if name)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def ours(item: AnalyzedDocument, intent: bool = False) -> Predicted:
    """dossier's events, optionally converted to PLOVER's coding of intent."""
    text = item.document.text
    predicted = Predicted(types=frozenset(_kind(e, intent) for e in item.events))
    for event in item.events:
        kind = _kind(event, intent)
        predicted.actors.setdefault(kind, []).extend(text[a:b] for a, b in event.actors)
        places = [event.location] if event.location else []
        predicted.targets.setdefault(kind, []).extend(
            text[a:b] for a, b in [*event.targets, *places]
        )
        predicted.modes.setdefault(kind, set()).add(event.mode)
    return predicted


def _kind(event: EventMention, intent: bool) -> str:
    """PLOVER codes a planned cooperative act as AGREE, a planned hostile one as THREATEN."""
    if not intent or event.modality not in ("planned", "hypothetical"):
        return event.type
    if event.type in COOPERATIVE:
        return "AGREE"
    return "THREATEN" if event.type in CONFLICTUAL else event.type


def trigger_words(item: AnalyzedDocument, lemmas: Sequence[tuple[str, int, int]]) -> Predicted:
    """Baseline: every trigger lemma is an event; nearest names before/after are
    its actor and target."""
    text = item.document.text
    names = [m for m in item.mentions if m.label in PARTICIPANT_LABELS]
    found = [(TRIGGERS[lemma], start, end) for lemma, start, end in lemmas if lemma in TRIGGERS]
    predicted = Predicted(types=frozenset(kind for (kind, _mode), _s, _e in found))
    for (kind, mode), start, end in found:
        before = _nearest(names, start, before=True)
        after = _nearest(names, end, before=False)
        if before:
            predicted.actors.setdefault(kind, []).append(text[before[0] : before[1]])
        if after:
            predicted.targets.setdefault(kind, []).append(text[after[0] : after[1]])
        predicted.modes.setdefault(kind, set()).add(mode)
    return predicted


def _nearest(names: Iterable[Mention], offset: int, before: bool) -> Span | None:
    if before:
        found = [m for m in names if m.end <= offset]
        best = max(found, key=lambda m: m.end, default=None)
    else:
        found = [m for m in names if m.start >= offset]
        best = min(found, key=lambda m: m.start, default=None)
    return (best.start, best.end) if best else None


# --------------------------------------------------------------------------- running


def run(
    gold: list[Gold], nlp: Language, settings: Settings
) -> tuple[dict[str, Score], float, float]:
    """Score every method on ``gold``; returns the scores, dossier's seconds and the
    baseline's seconds."""
    documents = [
        Document(id=f"g{i}", source="gold", raw_hash="g", text=g.text) for i, g in enumerate(gold)
    ]
    start = time.perf_counter()
    analyzed = list(analyze(documents, settings, nlp))
    ours_seconds = time.perf_counter() - start
    start = time.perf_counter()
    lemmas = [
        [(t.lemma_.lower(), t.idx, t.idx + len(t.text)) for t in doc]
        for doc in nlp.pipe((g.text for g in gold), batch_size=settings.batch_size)
    ]
    base_seconds = time.perf_counter() - start
    scores = {name: Score() for name in ("ours", "intent", "base")}
    for record, item, words in zip(gold, analyzed, lemmas, strict=True):
        scores["ours"].add(record, ours(item))
        scores["intent"].add(record, ours(item, intent=True))
        scores["base"].add(record, trigger_words(item, words))
    return scores, ours_seconds, base_seconds


def print_table(title: str, scores: dict[str, Score], with_args: bool, with_modes: bool) -> None:
    print(title)
    header = f"  {'method':<28} {'det P':>6} {'det R':>6} {'det F1':>6}"
    if with_args:
        header += f"   {'arg P':>6} {'arg R':>6} {'arg F1':>6}"
    if with_modes:
        header += f"   {'mode':>9}"
    print(header)
    names = {
        "ours": "dossier events",
        "intent": "dossier, intent as PLOVER",
        "base": "trigger words only",
    }
    for key, name in names.items():
        score = scores[key]
        p, r, f = score.detection()
        line = f"  {name:<28} {p:>6.3f} {r:>6.3f} {f:>6.3f}"
        if with_args:
            ap, ar, af = score.arguments()
            line += f"   {ap:>6.3f} {ar:>6.3f} {af:>6.3f}"
        if with_modes:
            line += f"   {score.mode_right:>4}/{score.mode_total:<4}"
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench-data")
    parser.add_argument("--limit", type=int, default=0, help="first N gold sentences only")
    parser.add_argument("--case", action="store_true", help="also score CASE 2021 task 2")
    args = parser.parse_args()
    settings = load_settings(environ={})
    nlp = load_pipeline(settings.spacy_model)
    gold = load_plover(args.data)
    if args.limit:
        gold = gold[: args.limit]
    halves = {"dev (even records)": gold[0::2], "held-out (odd records)": gold[1::2]}
    total = {name: Score() for name in ("ours", "intent", "base")}
    for label, part in halves.items():
        scores, seconds, base_seconds = run(part, nlp, settings)
        for key, score in scores.items():
            for attr in Score.__dataclass_fields__:
                setattr(total[key], attr, getattr(total[key], attr) + getattr(score, attr))
        print_table(
            f"PLOVER gold-standard records, {label}: {len(part)} sentences "
            f"(dossier {seconds:.1f} s, baseline {base_seconds:.1f} s)",
            scores,
            with_args=True,
            with_modes=False,
        )
    print_table(f"PLOVER, all {len(gold)} sentences", total, with_args=True, with_modes=False)
    if args.case:
        case = load_case(args.data)
        if args.limit:
            case = case[: args.limit]
        scores, seconds, _ = run(case, nlp, settings)
        negatives = sum(1 for g in case if not g.types)
        print_table(
            f"CASE 2021 task 2 (ACLED sub-types mapped to PLOVER): {len(case)} snippets, "
            f"{negatives} disaster negatives (dossier {seconds:.1f} s); mode = right mode on "
            "detected air strikes, arrests, abductions, bombings",
            scores,
            with_args=False,
            with_modes=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
