#!/usr/bin/env python3
"""NER end to end: CoNLL-2003 dev documents in, ``dossier export`` entity mentions out.

Each CoNLL document (``../shared/bench-data/conll2003-ner/dev.txt``, eng.testa; read in place)
is written as one plain-text article: its tokens detokenised (no space before closing
punctuation), one paragraph per CoNLL sentence. The articles go through ``dossier ingest`` and
``dossier export`` (``bench/e2e.py``) and the score is computed on **what the export says**:
per document, the multiset of (mention text, type) of every exported entity mention, types
mapped to CoNLL's PER/ORG/LOC/MISC (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC,
NORP/EVENT/LAW->MISC; OTHER is not scored), against the gold multiset of (entity text, type).
A pair counts as often as it is in both multisets.

Baseline (same run, same texts): the shipped spaCy model alone
(``dossier.extract.nlp.load_pipeline``,
the model dossier ships) on the article text as written, ``doc.ents`` with the same mapping.

Per-stage loss accounting (gold mentions not in the export, by where they were lost):

* ``cleaning``   -- the gold text is not in the cleaned document text (or the document was
  dropped);
* ``model``      -- spaCy on the cleaned text did not return that text (with any type);
* ``trimming``   -- spaCy did, but dossier's mention stage (``dossier.extract.nlp.analyze``:
  trimming, glued-name splitting, titled people, dateline places) does not hold it (with any type);
* ``resolution`` -- the mention stage held it, the export does not hold the text at all
  (coreference, junk and outlet filters);
* ``type``       -- the export holds the text, with another type (the entity's type vote,
  cue corrections); the line says how many of them the model had already typed so.

Mentions are counted by text first and by type last, so a wrong type is charged once, to
``type``, wherever it arose. A second row scores the same exported mentions each with its
own type where it stands (the export's extra ``type`` on a mention) instead of its entity's
type: the entity-level vote is kept only if it does better.

Usage: ``python bench/eval_ner.py [--data ../shared/bench-data] [--limit N] [--skip N]``
(``--limit 108`` and ``--skip 108`` score the two halves of the development set apart; the
CoNLL test half is never read.)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, Article, prf, run_export
from bench.ner_eval import SPACY_TO_CONLL, iob1_entities, read_documents
from dossier.config import load_settings
from dossier.extract.nlp import analyze, load_pipeline
from dossier.records import Document

#: spaCy / dossier entity label -> CoNLL type (the component eval's map); others are not scored
TO_CONLL = SPACY_TO_CONLL
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "%", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}

Key = tuple[str, str]  # (mention text, CoNLL type)


def detokenise(words: list[str]) -> str:
    """Tokens as a news writer would type them: no space before closing punctuation."""
    out = ""
    for i, word in enumerate(words):
        if i and word not in _NO_SPACE_BEFORE and words[i - 1] not in _NO_SPACE_AFTER:
            out += " "
        out += word
    return out


def norm(text: str) -> str:
    return " ".join(text.split())


def load_gold(path: Path, limit: int, skip: int = 0) -> list[tuple[str, str, Counter[Key]]]:
    """(key, article text, gold multiset) per CoNLL document, the first ``skip`` left out."""
    out = []
    for n, document in enumerate(read_documents(path)):
        if n < skip:
            continue
        if limit and n >= skip + limit:
            break
        paragraphs, gold = [], Counter()
        for words, tags in document:
            paragraphs.append(detokenise(words))
            for start, end, kind in iob1_entities(tags):
                gold[(norm(detokenise(words[start:end])), kind)] += 1
        out.append((f"conll-dev-{n:03d}", "\n\n".join(paragraphs), gold))
    return out


def exported_mentions(
    export: dict, doc_ids: dict[str, str], typed_by: str = "entity"
) -> dict[str, Counter[Key]]:
    """Per article key, the multiset of (mention text, CoNLL type) the export holds.

    ``typed_by="entity"`` types each mention with its entity's type (the vote over all of
    its mentions and documents: the export's answer); ``"mention"`` with the mention's own
    type where it stands (the export's extra ``type`` on a mention, when present).
    """
    by_doc: dict[str, Counter[Key]] = {key: Counter() for key in doc_ids.values()}
    for entity in export.get("entities", []):
        for mention in entity["mentions"]:
            label = mention.get("type", entity["type"]) if typed_by == "mention" else None
            kind = TO_CONLL.get(label or entity["type"])
            key = doc_ids.get(mention["document_id"])
            if kind and key is not None:
                by_doc[key][(norm(mention["text"]), kind)] += 1
    return by_doc


def untyped(counts: Counter[Key]) -> Counter[str]:
    """The multiset of mention texts, whatever their type."""
    out: Counter[str] = Counter()
    for (text, _), n in counts.items():
        out[text] += n
    return out


def spacy_multiset(doc) -> Counter[Key]:  # type: ignore[no-untyped-def]
    return Counter((norm(e.text), TO_CONLL[e.label_]) for e in doc.ents if e.label_ in TO_CONLL)


def overlap(a: Counter[Key], b: Counter[Key]) -> int:
    return sum((a & b).values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="first N documents only")
    parser.add_argument(
        "--skip",
        type=int,
        default=0,
        help="leave out the first N documents (e.g. score the "
        "second half of the development set apart)",
    )
    args = parser.parse_args(argv)
    gold = load_gold(args.data / "conll2003-ner" / "dev.txt", args.limit, args.skip)
    settings = load_settings(environ={})
    nlp = load_pipeline(settings.spacy_model)

    run = run_export((Article(key, text) for key, text, _ in gold), tolerate_errors=True)
    docs = run.documents_by_key()
    doc_ids = {doc["id"]: key for key, doc in docs.items()}
    ours = exported_mentions(run.export, doc_ids)
    by_mention = exported_mentions(run.export, doc_ids, typed_by="mention")

    started = time.perf_counter()
    base = {
        key: spacy_multiset(doc)
        for (key, _, _), doc in zip(gold, nlp.pipe(t for _, t, _ in gold), strict=True)
    }
    base_seconds = time.perf_counter() - started

    # stage accounting on the cleaned texts the export holds
    cleaned = {key: docs[key]["text"] for key in docs}
    keys = list(cleaned)
    raw_model = {
        key: spacy_multiset(doc)
        for key, doc in zip(keys, nlp.pipe(cleaned[k] for k in keys), strict=True)
    }
    stage_docs = [
        Document(id=k, source=k, raw_hash=k, text=cleaned[k], dateline=docs[k].get("dateline"))
        for k in keys
    ]
    staged: dict[str, Counter[Key]] = {}
    for item in analyze(stage_docs, settings, nlp):
        staged[item.document.id] = Counter(
            (norm(m.text), TO_CONLL[m.label]) for m in item.mentions if m.label in TO_CONLL
        )

    n_gold = sum(sum(g.values()) for _, _, g in gold)
    n_ours = sum(sum(c.values()) for c in ours.values())
    n_base = sum(sum(c.values()) for c in base.values())
    n_by_mention = sum(sum(c.values()) for c in by_mention.values())
    tp_ours = sum(overlap(g, ours.get(k, Counter())) for k, _, g in gold)
    tp_base = sum(overlap(g, base[k]) for k, _, g in gold)
    tp_by_mention = sum(overlap(g, by_mention.get(k, Counter())) for k, _, g in gold)
    loss = Counter()
    for key, _, g in gold:
        text = norm(cleaned.get(key, ""))
        exported = ours.get(key, Counter())
        model, stage = raw_model.get(key, Counter()), staged.get(key, Counter())
        model_any, stage_any, export_any = untyped(model), untyped(stage), untyped(exported)
        for item, count in g.items():
            name = item[0]
            in_clean = min(count, text.count(name)) if key in cleaned else 0
            by_model = min(in_clean, model_any[name])
            by_stage = min(by_model, stage_any[name])
            spanned = min(count, export_any[name])
            found = min(count, exported[item])
            loss["cleaning"] += count - in_clean
            loss["model"] += in_clean - by_model
            loss["trimming"] += by_model - by_stage
            loss["resolution"] += max(0, by_stage - spanned)
            loss["type"] += spanned - found
            model_mistyped = max(0, min(spanned, by_model) - model[item])
            loss["type: model typed it so"] += min(spanned - found, model_mistyped)
            loss["recovered after model"] += max(0, spanned - by_stage)

    print(
        f"CoNLL-2003 dev, end to end: {len(gold)} documents as articles, {n_gold} gold mentions "
        f"({len(docs)} documents exported; ingest+export {run.seconds:.0f} s, "
        f"spaCy alone {base_seconds:.0f} s)"
    )
    print(f"  {'method':<44} {'P':>6} {'R':>6} {'F1':>6}")
    for name, tp, n_pred in (
        ("dossier export (entity mentions)", tp_ours, n_ours),
        ("baseline: shipped spaCy model alone", tp_base, n_base),
        ("  same mentions, each with its own type", tp_by_mention, n_by_mention),
    ):
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"  {name:<44} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    for kind in ("PER", "ORG", "LOC", "MISC"):
        g_k = sum(c for _, _, g in gold for (t, k), c in g.items() if k == kind)
        row = []
        for counts in (ours, base):
            tp = sum(
                c
                for key, _, g in gold
                for item, c in (g & counts.get(key, Counter())).items()
                if item[1] == kind
            )
            pred = sum(c for cs in counts.values() for (t, k), c in cs.items() if k == kind)
            row.append(prf(tp, pred, g_k)[2])
        print(f"    {kind:<5} F1 dossier {row[0]:.3f}  spaCy alone {row[1]:.3f}  ({g_k} gold)")
    missed = n_gold - tp_ours
    print(f"  gold mentions missing from the export: {missed}; lost at")
    for stage in ("cleaning", "model", "trimming", "resolution", "type"):
        print(f"    {stage:<11} {loss[stage]:>5}  ({loss[stage] / max(n_gold, 1):.1%} of gold)")
    print(
        f"      (type: the export holds the text with another type; the model had already "
        f"typed {loss['type: model typed it so']} of them so)"
    )
    recovered = loss["recovered after model"]
    print(
        f"    (found by the export though the model alone did not return them -- dateline "
        f"places, recased lines, repeated names, titled people, surnames: {recovered})"
    )
    if run.errors:
        print(
            f"  ingest reported {len(run.errors)} line(s) on stderr, first: {run.errors[0][:200]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
