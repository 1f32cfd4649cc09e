#!/usr/bin/env python3
"""Quotes: content-span and speaker F1 of dossier's quote extraction on PolNeAR dev.

Gold data is read in place from ``../shared/bench-data/polnear-attribution/data/dev``
(``--data`` to choose; brat standoff: ``Source``/``Cue``/``Content`` text-bound spans tied
by ``E`` lines); nothing is copied into the repository. Where an article was annotated
by several annotators (``<article>_<annotator>.ann``) the first file in sorted order is
used, so no article counts twice. Only the dev compartment is read; upstream asks that
the test compartment be used for final figures only.

Every article's text goes through the shipped pipeline (``dossier.extract.nlp.load_pipeline``
and ``dossier.extract.nlp.analyze_doc``, the very code ``dossier ingest`` runs); claims of kind
``quote`` and ``paraphrase`` are the predictions.

Scoring:

* **content**: a prediction matches a gold attribution when its word tokens (``\\w+``)
  and those of the gold content, or of one of its contiguous segments, overlap by at
  least 50% of *each* side (|P∩G| >= 0.5·max(|P|, |G|)). Segments matter because
  PolNeAR joins the parts of a quote interrupted by its attribution (``“A,” X said.
  “B.”``) into one discontinuous content, while an extractor reports each part.
  P = predictions matching some gold / predictions, R = gold attributions matched by
  some prediction / gold attributions.
* **speaker**: a content match whose predicted speaker is right: its span overlaps the
  gold source span, or it names the same person. PolNeAR marks pronoun sources ("he");
  dossier resolves pronouns to names, so a gold pronoun source is resolved to the
  nearest earlier *named* gold source in the article (the annotators' own chain; it is
  itself approximate), and names match when they share a capitalised word ("Mr. Trump"
  ~ "Donald J. Trump"). P = predictions matching a gold attribution with the right
  speaker / predictions with a speaker, R = gold attributions with a source that some
  prediction matches with the right speaker / gold attributions with a source.

Gold sets: ``all`` (every attribution: direct, indirect and mixed, as PolNeAR annotates
them, nominal ones included: "urges retaliation", "described as …") and ``direct``
(attributions whose content is mostly inside quote marks, the part a quote extractor can
be expected to find). On ``direct``, predictions that match an indirect gold attribution
are left out rather than counted as errors; they are scored on ``all``.

The full dev set (84 articles) runs in well under a minute on two cores.

Rows, all in the same run over the same parse:

* ``baseline``            -- every string in quote marks (straight, curly, ``''``), speaker
  = the nearest PERSON entity ending before the opening mark
* ``dossier quotes``      -- dossier's claims of kind ``quote``
* ``dossier quote+para``  -- dossier's quotes and paraphrases

Usage: ``python bench/quote_eval.py [--data ../shared/bench-data] [--limit N]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from dossier.config import load_settings
from dossier.extract.nlp import analyze_doc, load_pipeline
from dossier.records import ClaimMention, Document

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench-data"
SUBDIR = Path("polnear-attribution") / "data" / "dev"
WORD = re.compile(r"\w+")
PRONOUNS = frozenset(
    "he she they it i we you him her them who which that his its their this".split()
)
#: strings between quote marks, as the baseline sees them
QUOTED = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"|''([^'\n]+)''|``([^'\n]+)''")
OVERLAP = 0.5

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Gold:
    content: Spans
    source: Spans
    source_name: str | None  # the source, or the named source a pronoun stands for
    direct: bool


@dataclass(frozen=True, slots=True)
class Pred:
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_text: str | None


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    gold: tuple[Gold, ...]


# --- gold ---------------------------------------------------------------------------------


def _spans(field: str) -> Spans:
    """``"12 40;45 60"`` -> ((12, 40), (45, 60))."""
    return tuple(
        (int(a), int(b)) for a, b in (part.split() for part in field.split(";") if part.strip())
    )


def _is_direct(text: str, content: Spans) -> bool:
    """Content mostly inside quote marks (any kind)."""
    total = sum(e - s for s, e in content)
    quoted = sum(len(m.group()) for s, e in content for m in QUOTED.finditer(text[s:e]))
    return total > 0 and quoted >= 0.5 * total


def _named(text: str) -> bool:
    return any(w[0].isupper() for w in text.split()) and text.lower() not in PRONOUNS


def read_ann(path: Path, text: str) -> tuple[Gold, ...]:
    """Attributions of one brat file, with pronoun sources resolved along the gold chain."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, field = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(field))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    golds = []
    for event in events:
        content = spans.get(event.get("Content", ""), ("", ()))[1]
        if not content:
            continue
        source = spans.get(event.get("Source", ""), ("", ()))[1]
        golds.append((content, source))
    golds.sort(key=lambda g: g[1][0][0] if g[1] else g[0][0][0])
    resolved: list[Gold] = []
    last_name: str | None = None
    for content, source in golds:
        name = " ".join(text[s:e] for s, e in source) or None
        if name and _named(name):
            last_name = name
        elif name:
            name = last_name
        resolved.append(Gold(content, source, name, _is_direct(text, content)))
    return tuple(sorted(resolved, key=lambda g: g.content[0][0]))


def read_articles(root: Path, limit: int | None) -> list[Article]:
    """One annotation file per article (the first annotator in sorted order)."""
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        article = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        chosen.setdefault(article, ann)
    articles = []
    for article, ann in sorted(chosen.items())[:limit]:
        text_path = root / "text" / f"{article}.txt"
        if text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            articles.append(Article(article, text, read_ann(ann, text)))
    return articles


# --- predictions --------------------------------------------------------------------------


def baseline(doc: Doc) -> list[Pred]:
    """Every quoted string; speaker = the nearest PERSON entity before it."""
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    preds = []
    for match in QUOTED.finditer(doc.text):
        group = next(i for i in range(1, 5) if match.group(i) is not None)
        before = [e for e in people if e.end_char <= match.start()]
        speaker = before[-1] if before else None
        preds.append(
            Pred(
                (match.start(group), match.end(group)),
                (speaker.start_char, speaker.end_char) if speaker else None,
                speaker.text if speaker else None,
            )
        )
    return preds


def dossier_preds(claims: Sequence[ClaimMention], text: str, kinds: set[str]) -> list[Pred]:
    return [
        Pred((c.start, c.end), c.speaker, text[slice(*c.speaker)] if c.speaker else None)
        for c in claims
        if c.kind in kinds
    ]


# --- scoring ------------------------------------------------------------------------------


def _words(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {m.start() for s, e in spans for m in WORD.finditer(text, s, e)}


def _name_words(name: str | None) -> set[str]:
    return {w.lower() for w in WORD.findall(name or "") if w[0].isupper() and len(w) > 2}


def speaker_right(pred: Pred, gold: Gold) -> bool:
    if pred.speaker is None or not gold.source:
        return False
    s, e = pred.speaker
    if any(s < ge and gs < e for gs, ge in gold.source):
        return True
    return bool(_name_words(pred.speaker_text) & _name_words(gold.source_name))


def _segments(text: str, gold: Gold) -> list[set[int]]:
    """The words of each contiguous part of a gold content, and of the whole."""
    parts = [_words(text, [span]) for span in gold.content]
    return [*parts, set().union(*parts)] if len(parts) > 1 else parts


def _matches(pred_words: set[int], segments: Sequence[set[int]]) -> bool:
    """Token overlap of at least half of each side with one gold content segment."""
    return any(
        pred_words and seg and len(pred_words & seg) >= OVERLAP * max(len(pred_words), len(seg))
        for seg in segments
    )


@dataclass(slots=True)
class Tally:
    preds: int = 0
    preds_with_speaker: int = 0
    gold: int = 0
    gold_with_source: int = 0
    pred_hits: int = 0
    gold_hits: int = 0
    pred_speaker_hits: int = 0
    gold_speaker_hits: int = 0

    def add(self, text: str, preds: Sequence[Pred], golds: Sequence[Gold]) -> None:
        self.preds += len(preds)
        self.preds_with_speaker += sum(p.speaker is not None for p in preds)
        self.gold += len(golds)
        self.gold_with_source += sum(bool(g.source) for g in golds)
        segments = [_segments(text, g) for g in golds]
        found: set[int] = set()
        spoken: set[int] = set()
        for pred in preds:
            words = _words(text, [pred.content])
            hits = [j for j, segs in enumerate(segments) if _matches(words, segs)]
            right = [j for j in hits if speaker_right(pred, golds[j])]
            self.pred_hits += bool(hits)
            self.pred_speaker_hits += bool(right)
            found.update(hits)
            spoken.update(right)
        self.gold_hits += len(found)
        self.gold_speaker_hits += len(spoken)

    def content(self) -> tuple[float, float, float]:
        return _prf(self.pred_hits, self.preds, self.gold_hits, self.gold)

    def speaker(self) -> tuple[float, float, float]:
        return _prf(
            self.pred_speaker_hits,
            self.preds_with_speaker,
            self.gold_speaker_hits,
            self.gold_with_source,
        )


def _prf(pred_hits: int, predicted: int, gold_hits: int, gold: int) -> tuple[float, float, float]:
    p = pred_hits / predicted if predicted else 0.0
    r = gold_hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _direct_preds(text: str, preds: Sequence[Pred], golds: Sequence[Gold]) -> list[Pred]:
    """For the direct gold set, predictions that overlap an indirect gold attribution do
    not count against precision (they are scored on the ``all`` set)."""
    indirect = [_segments(text, g) for g in golds if not g.direct]
    return [p for p in preds if not any(_matches(_words(text, [p.content]), s) for s in indirect)]


# --- report -------------------------------------------------------------------------------

ROWS = ("baseline", "dossier quotes", "dossier quote+para")


def run(articles: Sequence[Article]) -> dict[tuple[str, str], Tally]:
    settings = load_settings(environ={})
    nlp = load_pipeline(settings.spacy_model)
    tallies = {(row, gold): Tally() for row in ROWS for gold in ("all", "direct")}
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
        document = Document(id=article.name, source=article.name, raw_hash="", text=article.text)
        claims = analyze_doc(document, doc).claims
        predictions = {
            "baseline": baseline(doc),
            "dossier quotes": dossier_preds(claims, article.text, {"quote"}),
            "dossier quote+para": dossier_preds(claims, article.text, {"quote", "paraphrase"}),
        }
        direct = [g for g in article.gold if g.direct]
        for row, preds in predictions.items():
            tallies[(row, "all")].add(article.text, preds, article.gold)
            kept = _direct_preds(article.text, preds, article.gold)
            tallies[(row, "direct")].add(article.text, kept, direct)
    return tallies


def report(tallies: dict[tuple[str, str], Tally]) -> None:
    head = (
        f"{'gold':7} {'system':20} {'pred':>5} {'gold':>5} "
        f"{'cont P':>7} {'cont R':>7} {'cont F1':>7}  {'spk P':>6} {'spk R':>6} {'spk F1':>6}"
    )
    print(head)
    print("-" * len(head))
    for gold in ("all", "direct"):
        for row in ROWS:
            t = tallies[(row, gold)]
            cp, cr, cf = t.content()
            sp, sr, sf = t.speaker()
            print(
                f"{gold:7} {row:20} {t.preds:5d} {t.gold:5d} "
                f"{cp:7.3f} {cr:7.3f} {cf:7.3f}  {sp:6.3f} {sr:6.3f} {sf:6.3f}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = parser.parse_args(argv)
    root = args.data / SUBDIR
    if not root.is_dir():
        print(f"PolNeAR dev set not found at {root}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    articles = read_articles(root, args.limit)
    tallies = run(articles)
    gold = sum(len(a.gold) for a in articles)
    direct = sum(g.direct for a in articles for g in a.gold)
    print(
        f"PolNeAR dev: {len(articles)} articles, {gold} gold attributions ({direct} direct), "
        f"{time.perf_counter() - started:.1f}s"
    )
    report(tallies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
