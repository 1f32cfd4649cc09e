#!/usr/bin/env python3
"""NER: entity-level precision/recall/F1 of dossier's spaCy pipeline on CoNLL-2003 dev.

Gold data is read in place from ``../shared/bench-data/conll2003-ner/dev.txt`` (eng.testa,
IOB1, 4 columns; ``--data`` to choose); nothing is copied into the repository.

The pipeline is the shipped one,
``dossier.extract.nlp.load_pipeline(Settings().spacy_model)``, run on
``spacy.tokens.Doc`` objects built from the *gold tokens* (``Doc(nlp.vocab, words, spaces)``),
so tokenisation cannot cost or earn points. One Doc per CoNLL document (``--unit sentence``: one
per sentence). Scoring is conlleval-style: an entity counts only with the exact token span and
type. spaCy's OntoNotes labels are mapped to CoNLL types: PERSON->PER, ORG->ORG,
GPE/LOC/FAC->LOC, NORP/EVENT/LAW/PRODUCT/WORK_OF_ART/LANGUAGE->MISC; numbers, dates and money
are dropped (CoNLL does not annotate them).

Rows, all in the same run:

* ``spacy``          -- ``doc.ents`` as spaCy returns them: the baseline
* ``dossier-trim``   -- each entity trimmed as dossier stores mentions
  (``dossier.extract.nlp.trim_span``: no leading "the", no trailing "'s" or punctuation)
* ``dossier-fixes``  -- (unless ``--without-fixes``) the trimmed entities passed through
  :func:`apply_dossier_fixes`: dossier's real mention stage (titled people, lone surnames,
  in-document coreference) and its per-name type vote.

Usage: ``python bench/ner_eval.py [--data ../shared/bench-data] [--unit document|sentence]
[--limit N] [--without-fixes]``
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dossier.config import Settings
from dossier.extract.nlp import analyze_doc, load_pipeline, trim_span

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench-data"
TYPES = ("PER", "ORG", "LOC", "MISC")

#: spaCy (OntoNotes) label -> CoNLL type; labels not here are not CoNLL entities.
SPACY_TO_CONLL: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}

#: an entity: (start token, end token exclusive, CoNLL type), offsets within one unit
Entity = tuple[int, int, str]


@dataclass
class Unit:
    """A document (or sentence) of gold tokens with its gold entities."""

    words: list[str]
    gold: set[Entity]


# --------------------------------------------------------------------------
# Gold data
# --------------------------------------------------------------------------


def iob1_entities(tags: list[str]) -> set[Entity]:
    """Entity spans of an IOB1 tag sequence (B- only between adjacent same-type entities)."""
    entities: set[Entity] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if start >= 0 and not continues:
            entities.add((start, i, kind))
            start, kind = -1, ""
        if prefix in {"I", "B"} and not continues:
            start, kind = i, label
    return entities


Sentence = tuple[list[str], list[str]]  # words, IOB1 tags


def read_documents(path: Path) -> list[list[Sentence]]:
    """The CoNLL file as documents of sentences."""
    documents: list[list[Sentence]] = [[]]
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-") or not line.strip():
            if words:
                documents[-1].append((words, tags))
                words, tags = [], []
            if line.startswith("-DOCSTART-"):
                documents.append([])
            continue
        parts = line.split()
        words.append(parts[0])
        tags.append(parts[-1])
    return [d for d in documents if d]


def read_conll(path: Path, unit: str) -> list[Unit]:
    """Documents (or sentences) of gold tokens with their gold entity spans.

    Entities never cross a sentence break, so a document's entities are its
    sentences' entities shifted by the sentence offset.
    """
    units: list[Unit] = []
    for document in read_documents(path):
        if unit == "sentence":
            units.extend(Unit(words, iob1_entities(tags)) for words, tags in document)
            continue
        all_words: list[str] = []
        gold: set[Entity] = set()
        for words, tags in document:
            offset = len(all_words)
            gold.update((s + offset, e + offset, k) for s, e, k in iob1_entities(tags))
            all_words.extend(words)
        units.append(Unit(all_words, gold))
    return units


# --------------------------------------------------------------------------
# Prediction
# --------------------------------------------------------------------------


def gold_token_docs(nlp: Language, units: Iterable[Unit]) -> Iterator[Doc]:
    """Docs with exactly the gold tokens (a space after every token but the last)."""
    for unit in units:
        spaces = [True] * len(unit.words)
        spaces[-1] = False
        yield Doc(nlp.vocab, words=unit.words, spaces=spaces)


def spacy_entities(doc: Doc) -> set[Entity]:
    return {
        (e.start, e.end, SPACY_TO_CONLL[e.label_]) for e in doc.ents if e.label_ in SPACY_TO_CONLL
    }


def trimmed_entities(doc: Doc) -> set[Entity]:
    """Entities as dossier stores mentions: ``trim_span`` applied."""
    out: set[Entity] = set()
    for ent in doc.ents:
        if ent.label_ not in SPACY_TO_CONLL:
            continue
        bounds = trim_span(ent)
        if bounds is not None:
            out.add((bounds[0], bounds[1], SPACY_TO_CONLL[ent.label_]))
    return out


def apply_dossier_fixes(doc: Doc, entities: set[Entity]) -> set[Entity]:
    """dossier's mention fixes, applied to one gold-tokenised document.

    Runs the real stage code: ``analyze_doc`` (titled people the model missed,
    lone surnames of people named in full) then ``resolve.corefer`` (surnames
    take their person's type), then a per-name type vote over the document with
    ``name_types.choose_type`` (the majority label over all mentions of a name,
    corrected by organisation words). Definite descriptions ("the group") are
    not names and are left out. Spans of labels dossier does not keep
    (PRODUCT, WORK_OF_ART, LANGUAGE) pass through unchanged.
    """
    from dossier.kb.name_types import choose_type
    from dossier.kb.resolve import corefer
    from dossier.records import Document
    from dossier.store.base import AliasStat

    analyzed = corefer(analyze_doc(Document(id="x", source="x", raw_hash="x", text=doc.text), doc))
    named = [m for m in analyzed.mentions if m.via != "description"]
    stats: dict[str, list[AliasStat]] = {}
    for m in named:
        stats.setdefault(m.key, []).append(AliasStat(m.key, m.text, m.label, 1, 1, m.via))
    voted = {key: choose_type(group) for key, group in stats.items()}
    fixed: set[Entity] = set()
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and voted[m.key] in SPACY_TO_CONLL:
            fixed.add((span.start, span.end, SPACY_TO_CONLL[voted[m.key]]))
    covered = {(s, e) for s, e, _ in fixed}
    kept = {
        (s, e, k)
        for s, e, k in entities
        if k == "MISC" and not any(s < ce and cs < e for cs, ce in covered)
    }
    return fixed | kept


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


@dataclass
class Counts:
    tp: Counter[str]
    fp: Counter[str]
    fn: Counter[str]

    @classmethod
    def empty(cls) -> Counts:
        return cls(Counter(), Counter(), Counter())

    def add(self, gold: set[Entity], predicted: set[Entity]) -> None:
        for _, _, kind in predicted & gold:
            self.tp[kind] += 1
        for _, _, kind in predicted - gold:
            self.fp[kind] += 1
        for _, _, kind in gold - predicted:
            self.fn[kind] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float, int]:
        def total(c: Counter[str]) -> int:
            return sum(c.values()) if kind is None else c[kind]

        tp, fp, fn = total(self.tp), total(self.fp), total(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn


def print_table(rows: dict[str, Counts]) -> None:
    print(f"\n{'method':<14} {'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for name, counts in rows.items():
        for kind in (None, *TYPES):
            p, r, f, gold = counts.prf(kind)
            pred = (
                sum(counts.tp.values()) + sum(counts.fp.values())
                if kind is None
                else counts.tp[kind] + counts.fp[kind]
            )
            print(f"{name:<14} {kind or 'ALL':<6} {p:6.3f} {r:6.3f} {f:6.3f} {gold:6d} {pred:6d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--unit", choices=("document", "sentence"), default="document")
    parser.add_argument("--limit", type=int, default=0, help="first N units only")
    parser.add_argument(
        "--without-fixes",
        dest="with_fixes",
        action="store_false",
        help="leave out the row with dossier's mention and type fixes (apply_dossier_fixes)",
    )
    args = parser.parse_args(argv)

    units = read_conll(args.data / "conll2003-ner" / "dev.txt", args.unit)
    if args.limit:
        units = units[: args.limit]
    settings = Settings()
    nlp = load_pipeline(settings.spacy_model)
    rows = {"spacy": Counts.empty(), "dossier-trim": Counts.empty()}
    if args.with_fixes:
        rows["dossier-fixes"] = Counts.empty()
    t0 = time.perf_counter()
    tokens = 0
    for unit, doc in zip(units, nlp.pipe(gold_token_docs(nlp, units), batch_size=16), strict=True):
        tokens += len(doc)
        rows["spacy"].add(unit.gold, spacy_entities(doc))
        trimmed = trimmed_entities(doc)
        rows["dossier-trim"].add(unit.gold, trimmed)
        if args.with_fixes:
            rows["dossier-fixes"].add(unit.gold, apply_dossier_fixes(doc, trimmed))
    elapsed = time.perf_counter() - t0
    print(
        f"CoNLL-2003 dev (eng.testa): {len(units)} {args.unit}s, {tokens} tokens, "
        f"model {settings.spacy_model} (components: {', '.join(nlp.pipe_names)}), "
        f"{elapsed:.1f} s ({tokens / elapsed:.0f} tokens/s)"
    )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
