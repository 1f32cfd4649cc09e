#!/usr/bin/env python3
"""Where the gold actor and place are when the export's are wrong: a tally by mechanism.

Session 13 (``bench/train_roles.py``) found that on the readable sets some rule candidate is
right for 87 % (actor) / 89 % (place) of events and a learned chooser over them gains almost
nothing, so what the export misses lies upstream of the choice. This script says where: for
every labelled event matched to an exported event whose actor (then place) the scorer marks
wrong, it looks for the gold value in the article — by the scorer's own test, a word shared
with one of the ``|`` alternatives, singular and plural alike — and puts the row in one
bucket, the first that holds:

* ``gold none``: the label says the article names no one (no place), the export named one;
* ``in sentence: entity``: a named entity of the event's sentence holds the gold word, of a
  fitting type, and the rules chose another or nobody (a choice, or a parse error);
* ``in sentence: NER cut``: an entity holds the gold word but stops inside the gold name;
* ``in sentence: NER mistyped``: the entity holding it has an unfitting type (a place tagged
  PERSON, an actor tagged DATE);
* ``in sentence: NER missed``: a proper noun with no entity holds it;
* ``in sentence: generic``: a common noun holds it ("security forces", "police",
  "terrorists", "the area"): a generic actor or place the extractor did not take;
* ``coreferent``: the sentence does not hold the gold word but a pronoun or a definite
  generic ("he", "they", "the group", "the attackers", "there", "the area") that stands for
  it, and the gold is named before;
* ``previous sentence`` / ``lead`` / ``headline`` / ``dateline`` / ``earlier`` /
  ``later``: the gold is named only outside the event's sentence, the nearest such place
  first (the dateline only for places: the wire line before the article's first words);
* ``nowhere``: no word of the gold is in the article or its title (the labeller inferred it).

Each bucket is split by what the export gave: nothing (``empty``), a wrong name the event's
sentence writes (``wrong here``) or one it does not (``wrong away``: another sentence's, the
dateline's, a fallback's).
Entities are the pipeline's own mentions: each article cleaned, parsed and analysed as
``dossier ingest`` does it (the model, the gazetteer ruler, recasing, trimming). The resolver
cannot be the cause of a miss by this scorer: it matches an entity's name, aliases and every
mention text, so a renamed entity is still matched by the words of the sentence.

Usage: ``python bench/role_gaps.py [--sets events,check,...] [--errors-dir DIR] [--list]``.
Without ``--errors-dir`` it runs ``eval_events.py``'s labelled-set scorer per set first (an
ingest and export of each set's articles) and writes ``DIR/err-SET.jsonl``; with it, it reads
files ``eval_events.py --errors DIR/err-SET.jsonl`` wrote.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, ROOT, realnews
from bench.eval_events import name_words, norm, real_set, singular
from bench.train_roles import _documents
from dossier.clean.dateline import parse_dateline
from dossier.config import load_settings

READABLE = ("events", "check", "check2", "check3", "check4", "check5")
HOWS = ("empty", "wrong here", "wrong away")
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: entity labels of names (not dates, numbers, quantities)
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
#: words that stand for a participant named before: pronouns and definite generics
ACTOR_COREFS = frozenset(
    "he she they it him her them his their its group outfit organisation organization "
    "attackers assailants gunmen militants terrorists men suspects accused".split()
)
PLACE_COREFS = frozenset("there area place site spot scene village town city district".split())
BUCKETS = (
    "gold none",
    "in sentence: entity",
    "in sentence: NER cut",
    "in sentence: NER mistyped",
    "in sentence: NER missed",
    "in sentence: generic",
    "coreferent",
    "previous sentence",
    "lead",
    "headline",
    "dateline",
    "earlier",
    "later",
    "nowhere",
)


def gold_words(gold: str) -> set[str]:
    """Every word of every alternative, in the singular: the scorer's test of a match."""
    return set().union(*(name_words(a) for a in gold.split("|")))


def _hits(tokens: Iterable[Any], wanted: set[str]) -> list[Any]:
    return [t for t in tokens if singular(t.lower_) in wanted]


def _gold_extent(alternatives: Sequence[str], sentence_text: str) -> int:
    """The longest alternative written whole in the sentence, in words (0: none whole)."""
    low = sentence_text.lower()
    found = [len(a.split()) for a in alternatives if a and a.lower() in low]
    return max(found, default=0)


def _in_sentence(
    sent: Any, wanted: set[str], alternatives: Sequence[str], field: str, mentions: Sequence[Any]
) -> str:
    """The in-sentence bucket of the gold words the sentence holds, by the pipeline's own
    entity mentions (model, gazetteer ruler, recasing and trimming as ingest runs them)."""
    fitting = ACTOR_LABELS if field == "actor" else PLACE_LABELS
    hits = _hits(sent, wanted)
    holding = [
        m for m in mentions if any(m.start <= t.idx < m.end for t in hits) and m.label in NAMED
    ]
    if any(m.label in fitting for m in holding):
        entity = next(m for m in holding if m.label in fitting)
        whole = _gold_extent(alternatives, sent.text)
        names = {a.lower() for a in alternatives}
        if whole > len(entity.text.split()) and entity.text.lower() not in names:
            return "in sentence: NER cut"
        return "in sentence: entity"
    if holding:
        return "in sentence: NER mistyped"
    if any(t.pos_ == "PROPN" for t in hits):
        return "in sentence: NER missed"
    return "in sentence: generic"


def _coreferent(sent: Any, field: str) -> bool:
    words = ACTOR_COREFS if field == "actor" else PLACE_COREFS
    for t in sent:
        if t.lower_ not in words:
            continue
        if t.pos_ == "PRON" or any(c.lower_ in ("the", "this", "that") for c in t.children):
            return True
        if t.lower_ == "there" and t.dep_ == "advmod":
            return True
    return False


def bucket(
    row: dict[str, Any], field: str, article: dict[str, Any], doc: Any, mentions: Sequence[Any]
) -> str:
    """The first bucket of :data:`BUCKETS` that holds this wrong row (see the module doc).
    ``doc`` is the parse of the cleaned text, ``mentions`` the pipeline's entity mentions."""
    gold = row["label"].get(field)
    if gold is None:
        return "gold none"
    alternatives = [a.strip() for a in gold.split("|")]
    wanted = gold_words(gold)
    text = doc.text
    at = norm(text).find(norm(row["label"]["anchor"]))
    at = text.lower().find(row["label"]["anchor"].lower()) if at < 0 else at
    sents = list(doc.sents)
    index = next((n for n, s in enumerate(sents) if s.start_char <= at < s.end_char), 0)
    sent = sents[index]
    if _hits(sent, wanted):
        return _in_sentence(sent, wanted, alternatives, field, mentions)
    named_before = any(_hits(s, wanted) for s in sents[:index])
    if named_before and _coreferent(sent, field):
        return "coreferent"
    if index > 0 and _hits(sents[index - 1], wanted):
        return "previous sentence"
    line = parse_dateline(article["text"])
    if index > 0 and _hits(sents[0], wanted):
        if field == "place" and line is not None and wanted & name_words(line.place):
            return "dateline"
        return "lead"
    if wanted & name_words(article.get("title") or ""):
        return "headline"
    if named_before:
        return "earlier"
    if any(_hits(s, wanted) for s in sents[index + 1 :]):
        return "later"
    return "nowhere"


def parse(rows: Sequence[dict[str, Any]]) -> dict[str, tuple[Any, Sequence[Any]]]:
    """Each article cleaned, parsed and analysed as ``dossier ingest`` does it: its parse and
    its entity mentions, keyed by the archive id (``train_roles.py``'s reading)."""
    from dossier.extract import nlp
    from dossier.kb import resolve

    settings = load_settings(environ={})
    with tempfile.TemporaryDirectory(prefix="role-gaps-") as folder:
        documents = _documents(rows, Path(folder))
    pipeline = nlp.build_pipeline(settings)
    extractors = nlp.registry.pipeline(settings.extractors)
    keys = sorted(documents)
    found = {}
    texts = [documents[k].text for k in keys]
    for key, doc in zip(keys, pipeline.pipe(texts, batch_size=16), strict=True):
        recased = nlp.recased_entities(pipeline, documents[key].text)
        analyzed = nlp.analyze_doc(documents[key], doc, recased, extractors, resolve.corefer)
        found[key] = (doc, tuple(analyzed.mentions))
    return found


def _how(got: Sequence[str] | None, sentence: str) -> str:
    """What the export gave: ``empty``, or a wrong name its sentence writes (``wrong here``:
    a choice among the sentence's names) or does not (``wrong away``: taken from another
    sentence, the dateline or a fallback)."""
    if not got:
        return "empty"
    low = sentence.lower()
    return "wrong here" if any(g and g.lower() in low for g in got) else "wrong away"


def tally(
    errors: dict[str, list[dict[str, Any]]], data: Path, show: bool
) -> dict[str, dict[str, Counter[str]]]:
    """Per field, per set, the count of each (bucket, empty|wrong); rows listed with ``show``."""
    articles = {r["id"]: r for r in realnews(data)}
    wanted = {row["label"]["article"] for rows in errors.values() for row in rows}
    parsed = parse([articles[k] for k in sorted(wanted)])
    counts: dict[str, dict[str, Counter[str]]] = {"actor": {}, "place": {}}
    for name, rows in errors.items():
        for field in counts:
            counts[field][name] = Counter()
        for row in rows:
            if row["got"]["type"] is None:  # no exported event: not a role error
                continue
            key = row["label"]["article"]
            for field in counts:
                if row["right"][field]:
                    continue
                if key not in parsed:
                    continue
                where = bucket(row, field, articles[key], *parsed[key])
                got = row["got"]["actor" if field == "actor" else "place"]
                how = _how(got, row.get("sentence") or "")
                counts[field][name][(where, how)] += 1  # type: ignore[index]
                counts[field][name]["matched wrong"] += 1
                if show:
                    print(
                        f"  {name} {field} {where} [{how}] {key} "
                        f"{row['label']['anchor'][:40]!r}: gold {row['label'][field]!r} "
                        f"got {got!r}"
                    )
            counts["actor"][name]["matched"] += 1
            counts["place"][name]["matched"] += 1
    return counts


def report(counts: dict[str, dict[str, Counter[str]]]) -> None:
    for field, per_set in counts.items():
        names = list(per_set)
        print(f"\n{field}: matched events whose exported {field} is wrong, by where the gold is")
        print(
            f"  {'bucket':<28}"
            + "".join(f"{n:>8}" for n in names)
            + f"{'all':>8}  empty / wrong here / wrong away"
        )
        for where in BUCKETS:
            cells = [sum(per_set[n][(where, h)] for h in HOWS) for n in names]
            if not any(cells):
                continue
            split = " / ".join(str(sum(per_set[n][(where, h)] for n in names)) for h in HOWS)
            print(
                f"  {where:<28}" + "".join(f"{c:>8}" for c in cells) + f"{sum(cells):>8}  {split}"
            )
        for total in ("matched wrong", "matched"):
            cells = [per_set[n][total] for n in names]
            print(f"  {total:<28}" + "".join(f"{c:>8}" for c in cells) + f"{sum(cells):>8}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default=",".join(READABLE))
    parser.add_argument("--errors-dir", type=Path, help="read DIR/err-SET.jsonl, run nothing")
    parser.add_argument("--list", action="store_true", help="print each wrong row's bucket")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    unread = [s for s in sets if s not in READABLE]
    if unread:  # a per-row listing of a confirmation set would be reading it
        raise SystemExit(f"only the readable sets {', '.join(READABLE)}; not {unread}")
    folder = args.errors_dir or Path(tempfile.mkdtemp(prefix="role-gaps-"))
    errors = {}
    for name in sets:
        path = folder / f"err-{name}.jsonl"
        if args.errors_dir is None:
            labels = ROOT / "bench" / "labels" / "events" / f"{name}.jsonl"
            real_set(args.data, labels, 0, errors=path)
        errors[name] = [json.loads(line) for line in path.read_text().splitlines() if line]
    report(tally(errors, args.data, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
