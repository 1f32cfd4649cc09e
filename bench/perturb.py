"""Synthetic but realistic news articles, made by perturbing the real seed articles.

Benchmarks need thousands (ingest) to hundreds of thousands (dedup, API) of
articles, and the sample corpus holds six. Copying the seeds would not do: the
store dedupes identical content by hash, and a dedup benchmark over exact copies
measures nothing. So each synthetic article starts from one cleaned seed article
(cleaned by dossier's own ``read_all`` + ``clean``, so the text is what the
pipeline really sees) and is perturbed the way real re-prints and rewrites
differ:

* sentences dropped (editions trimmed to length),
* sentences reordered inside a paragraph and paragraphs swapped after the lede,
* words edited (synonyms, small typos, dropped or inserted words),
* names swapped in from another seed article (so entity sets vary too).

Everything is seeded: the same ``(n, seed)`` always gives the same articles, and
the first ``k`` articles do not depend on ``n``. It is pure Python, the seeds are
parsed once, and each article costs a few dozen microseconds, so 100k articles
take seconds, not minutes. The texts are guaranteed to differ from each other
after whitespace normalisation (the store's content hash).

Usage::

    from bench.perturb import perturbed_articles, write_txt_folder
    texts = perturbed_articles(2000, seed=0)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: the sample corpus beside the checkout (read in place, never copied)
DEFAULT_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds"

#: probability that any one sentence is dropped (the lede's first is always kept)
DROP_SENTENCE = 0.15
#: probability that a paragraph's sentences are shuffled
SHUFFLE_PARAGRAPH = 0.2
#: word edits per article, inclusive range
WORD_EDITS = (2, 8)
#: names swapped in from another article, inclusive range
NAME_SWAPS = (1, 3)

#: news-register synonyms: realistic rewording that keeps the sentence grammatical
SYNONYMS: dict[str, tuple[str, ...]] = {
    "said": ("stated", "told reporters", "added", "noted"),
    "says": ("said", "stated", "noted"),
    "say": ("said", "believe", "argue"),
    "group": ("organisation", "outfit", "faction"),
    "militant": ("armed", "extremist"),
    "attack": ("assault", "strike"),
    "attacks": ("assaults", "strikes"),
    "killed": ("slain", "shot dead"),
    "arrested": ("detained", "held"),
    "government": ("administration", "authorities"),
    "officials": ("authorities", "sources"),
    "official": ("spokesman", "source"),
    "country": ("nation", "state"),
    "threat": ("danger", "risk"),
    "members": ("operatives", "fighters"),
    "also": ("further", "moreover"),
    "however": ("but", "still"),
    "recent": ("latest", "current"),
    "major": ("key", "significant"),
    "large": ("big", "sizeable"),
    "important": ("crucial", "key"),
    "security": ("safety", "law-and-order"),
    "according": ("referring",),
    "after": ("following", "since"),
    "before": ("ahead of", "prior to"),
    "during": ("amid", "throughout"),
    "despite": ("in spite of", "notwithstanding"),
    "increase": ("rise", "growth"),
    "plan": ("scheme", "proposal"),
    "policy": ("strategy", "framework"),
    "region": ("area", "territory"),
    "believed": ("thought", "understood"),
    "week": ("fortnight",),
    "year": ("season",),
}
#: words a copy-editor inserts or removes
FILLERS = ("also", "reportedly", "now", "still", "further", "already", "allegedly")

#: capitalised words that are not names worth swapping
_NOT_NAMES = frozenset(
    "The A An In On At Of For And But Or If As By To From With After Before Since While However "
    "When This That These Those It He She They We I His Her Its Their Our Mr Mrs Ms Dr "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{2,6})"
_NAME = re.compile(rf"\b{_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_WORD})*")
_HAS_LOWER = re.compile(r"[a-z]")
_LINES = re.compile(r"(\n+)")
_BULLET = re.compile(r"\s*[•·*\-–]\s")


@dataclass(frozen=True, slots=True)
class Seed:
    """One cleaned seed article, pre-split so perturbing it needs no parsing.

    ``paragraphs[i]`` is a tuple of sentences; ``separators[i]`` is the newline
    run that followed paragraph ``i`` in the original (bullet lists keep their
    single newlines). ``lede`` is the first paragraph that is not a bullet.
    ``names`` are capitalised name-like phrases found
    mid-sentence; ``name_patterns`` finds each (the leading word boundary
    is checked in :func:`_replace_name`: a pattern that starts with a literal
    lets ``re`` search with a fast literal scan, 30x faster than ``\\b...``).
    """

    title: str | None
    paragraphs: tuple[tuple[str, ...], ...]
    separators: tuple[str, ...]
    names: tuple[str, ...]
    name_patterns: dict[str, re.Pattern[str]]
    lede: int


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """A generated article: the headline (if its seed had one) and the body."""

    title: str | None
    text: str

    def as_file_text(self) -> str:
        """Plain-text file content: headline line, blank line, body."""
        return f"{self.title}\n\n{self.text}\n" if self.title else f"{self.text}\n"


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Sentences of one paragraph (a light regex split is enough for perturbing)."""
    return tuple(s for s in _SENTENCE_END.split(paragraph) if s.strip())


def find_names(sentences: Sequence[str]) -> tuple[str, ...]:
    """Name-like phrases that occur mid-sentence, sorted, without stop-words.

    Only mid-sentence matches count, so "Several" or "Police" at the start of a
    sentence is not mistaken for a name; a pure-regex heuristic keeps this free
    of spaCy (the dedup benchmark must not need the model just to make data).
    """
    names: set[str] = set()
    for sentence in sentences:
        for match in _NAME.finditer(sentence):
            if not _HAS_LOWER.search(sentence, 0, match.start()):
                continue  # sentence start, maybe after a bullet, quote or dateline
            words = match.group(0).split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            while words and words[-1] in _NOT_NAMES:
                words = words[:-1]
            if words and (len(words) > 1 or len(words[0]) > 2):
                names.add(" ".join(words))
    return tuple(sorted(names))


def make_seed(text: str, title: str | None) -> Seed:
    """Pre-split one cleaned article into paragraphs, sentences and names."""
    pieces = _LINES.split(text.strip())
    paragraphs = tuple(split_sentences(p) for p in pieces[0::2])
    separators = (*pieces[1::2], "")
    keep = [i for i, p in enumerate(paragraphs) if p]
    paragraphs = tuple(paragraphs[i] for i in keep)
    separators = tuple(separators[i] for i in keep)
    names = find_names([s for p in paragraphs for s in p])
    patterns = {name: re.compile(re.escape(name) + r"\b") for name in names}
    lede = next((i for i, p in enumerate(paragraphs) if not _BULLET.match(p[0])), 0)
    return Seed(title, paragraphs, separators, names, patterns, lede)


@lru_cache(maxsize=8)
def load_seeds(corpus: str | Path = DEFAULT_SEEDS) -> tuple[Seed, ...]:
    """Seed articles from ``corpus``, cleaned by dossier's own ingest and clean stages.

    Imported lazily so that ``import bench.perturb`` stays cheap; cached so that
    repeated calls (several benchmarks in one process) parse the corpus once.
    """
    from dossier.clean import clean
    from dossier.ingest.files import read_all
    from dossier.records import RawArticle

    seeds = []
    for raw in read_all([corpus], max_bytes=50 * 1024 * 1024):
        if not isinstance(raw, RawArticle):
            continue
        documents = clean(raw)
        if isinstance(documents, list):
            seeds.extend(make_seed(d.text, d.title) for d in documents if d.text.strip())
    if not seeds:
        raise RuntimeError(f"no seed articles found under {corpus}")
    return tuple(seeds)


def _typo(word: str, rng: random.Random) -> str:
    """A plausible keyboard slip: swap two inner letters or drop one."""
    if len(word) < 4 or not word.isalpha():
        return f"{rng.choice(FILLERS)} {word}"
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i + 1 :]


def _edit_words(sentence: str, edits: int, rng: random.Random) -> str:
    """Apply ``edits`` word-level edits to one sentence."""
    words = sentence.split(" ")
    for _ in range(edits):
        if len(words) < 3:
            break
        i = rng.randrange(1, len(words))  # keep the sentence's first word
        word = words[i]
        bare = word.rstrip(',.;:”"’)')
        tail = word[len(bare) :]
        options = SYNONYMS.get(bare.lower())
        roll = rng.random()
        if options and roll < 0.8:
            words[i] = rng.choice(options) + tail
        elif roll < 0.55:
            words[i] = _typo(bare, rng) + tail
        elif roll < 0.75 and not tail:
            del words[i]
        else:
            words.insert(i, rng.choice(FILLERS))
    return " ".join(words)


def _replace_name(text: str, pattern: re.Pattern[str], new: str) -> str:
    """Replace whole-word matches of ``pattern`` (it checks the end) with ``new``."""

    def replace(match: re.Match[str]) -> str:
        start = match.start()
        return new if start == 0 or not text[start - 1].isalnum() else match[0]

    return pattern.sub(replace, text)


def _swap_names(texts: list[str], seed: Seed, other: Seed, rng: random.Random) -> list[str]:
    """Replace a few of ``seed``'s names in ``texts`` with names of ``other``.

    Replacements run one after another, so a name swapped in can itself be
    swapped again; for benchmark data that is just one more perturbation.
    """
    if not seed.names or not other.names:
        return texts
    count = min(rng.randint(*NAME_SWAPS), len(seed.names))
    for name in rng.sample(seed.names, count):
        new = rng.choice(other.names)
        if new != name:
            pattern = seed.name_patterns[name]
            texts = [_replace_name(t, pattern, new) for t in texts]
    return texts


def perturb(seed: Seed, other: Seed, rng: random.Random) -> SyntheticArticle:
    """One synthetic article from ``seed``, with names borrowed from ``other``."""
    lede = seed.lede
    paragraphs: list[list[str]] = []
    for index, sentences in enumerate(seed.paragraphs):
        kept = [
            s
            for j, s in enumerate(sentences)
            if (index == lede and j == 0) or rng.random() >= DROP_SENTENCE
        ]
        if len(kept) > 1 and rng.random() < SHUFFLE_PARAGRAPH:
            rng.shuffle(kept)
        paragraphs.append(kept)
    if len(paragraphs) > lede + 2:  # swap two paragraphs after the lede
        a, b = rng.sample(range(lede + 1, len(paragraphs)), 2)
        paragraphs[a], paragraphs[b] = paragraphs[b], paragraphs[a]
    for _ in range(rng.randint(*WORD_EDITS)):
        sentences = paragraphs[rng.randrange(len(paragraphs))]
        if sentences:
            j = rng.randrange(len(sentences))
            sentences[j] = _edit_words(sentences[j], 1, rng)
    pieces: list[str] = []
    for sentences, separator in zip(paragraphs, seed.separators, strict=True):
        if sentences:
            pieces.append(" ".join(sentences))
            pieces.append(separator or "\n\n")
    body = "".join(pieces).strip()
    if seed.title:
        body, title = _swap_names([body, seed.title], seed, other, rng)
        return SyntheticArticle(title, body)
    return SyntheticArticle(None, _swap_names([body], seed, other, rng)[0])


def iter_synthetic(
    n: int, seed: int = 0, corpus: str | Path = DEFAULT_SEEDS
) -> Iterator[SyntheticArticle]:
    """Yield ``n`` distinct synthetic articles, deterministically for ``seed``.

    Seed articles are used in turn (so all of them are equally represented); a
    rare collision with an earlier text gets one more word edit until it differs.
    """
    seeds = load_seeds(corpus)
    rng = random.Random(seed)
    seen: set[bytes] = set()
    for i in range(n):
        base = seeds[i % len(seeds)]
        other = seeds[rng.randrange(len(seeds))]
        article = perturb(base, other, rng)
        while (key := _content_key(article.text)) in seen:
            article = SyntheticArticle(article.title, _edit_words(article.text, 1, rng))
        seen.add(key)
        yield article


def _content_key(text: str) -> bytes:
    """Digest of the whitespace-normalised text, as the store's content hash sees it."""
    return hashlib.blake2b(" ".join(text.split()).encode(), digest_size=16).digest()


def synthetic_articles(
    n: int, seed: int = 0, corpus: str | Path = DEFAULT_SEEDS
) -> list[SyntheticArticle]:
    """``n`` synthetic articles (title and body) as a list."""
    return list(iter_synthetic(n, seed, corpus))


def perturbed_articles(n: int, seed: int = 0, corpus: str | Path = DEFAULT_SEEDS) -> list[str]:
    """``n`` distinct synthetic article bodies (no headline), deterministic for ``seed``."""
    return [a.text for a in iter_synthetic(n, seed, corpus)]


def distinct_documents(
    n: int, seed: int = 0, corpus: str | Path = DEFAULT_SEEDS
) -> Iterator[tuple[str, str]]:
    """``n`` cleaned documents ``(id, text)`` that are no copies of one another: sentences
    of 8-30 words drawn at random from the seed articles' vocabulary, 12-30 sentences a
    document (about the length of a news report). What an archive of distinct news looks
    like to the story index: every document its own story, every one indexed, so the
    cost of indexing and of a query as the index grows is seen alone (the near-copy
    corpus indexes a few thousand documents of 100,000)."""
    vocabulary = sorted(
        {w for s in load_seeds(corpus) for p in s.paragraphs for t in p for w in t.split()}
    )
    rng = random.Random(seed)
    for i in range(n):
        sentences = [
            " ".join(rng.choices(vocabulary, k=rng.randint(8, 30))).capitalize() + "."
            for _ in range(rng.randint(12, 30))
        ]
        key = hashlib.sha1(f"distinct-{seed}-{i}".encode()).hexdigest()[:16]
        yield key, " ".join(sentences)


def write_txt_folder(articles: Sequence[SyntheticArticle | str], folder: str | Path) -> list[Path]:
    """Write one ``NNNNNN.txt`` per article (headline line first when there is one)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, article in enumerate(articles):
        path = folder / f"{i:06d}.txt"
        content = article if isinstance(article, str) else article.as_file_text()
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(articles: Sequence[SyntheticArticle | str], path: str | Path) -> Path:
    """Write one JSON object per line (``text``, ``title``, a synthetic ``url``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i, article in enumerate(articles):
            record: dict[str, str] = {"url": f"https://synthetic.invalid/{i:06d}"}
            if isinstance(article, str):
                record["text"] = article
            else:
                record["text"] = article.text
                if article.title:
                    record["title"] = article.title
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


_COUNT = re.compile(r"(?<![\w.,/-])([1-9]\d{0,2})(?![\w.,/:-])")


def _swap_counts(text: str, rng: random.Random) -> str:
    """Small counts ("13 terrorists", "5 killed") moved to a nearby value, so that copies
    of one report carry different figures as real rewrites and follow-ups do; years,
    times, decimals and codes (a digit next to ``.``, ``,``, ``/``, ``:`` or ``-``) are
    left alone."""

    def replace(match: re.Match[str]) -> str:
        value = int(match.group(1))
        if rng.random() < 0.5:
            return match.group(0)
        return str(max(1, value + rng.randint(-max(1, value // 3), max(1, value // 3))))

    return _COUNT.sub(replace, text)


def archive_like(n: int, data: str | Path, seed: int = 0) -> Iterator[dict[str, str]]:
    """``n`` JSON-lines records made from a real archive's records (``data``: JSON lines
    with ``text``, ``title``, ``published``, ``outlet``): each is one real article
    perturbed as :func:`perturb` does (sentences dropped and moved, words edited, names —
    people and places alike — swapped in from another article of the archive) with small
    counts moved, its outlet kept and its publication day moved by up to a fortnight
    (so the copies of one report are not all one day's news). For the scale runs of
    issue 19: an archive of real-length, real-shaped news many times larger than the
    real one, with the re-print share archives have, and never two identical texts."""
    import datetime as dt

    records = [json.loads(line) for line in Path(data).read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if (r.get("text") or "").strip()]
    seeds = [make_seed(r["text"], r.get("title")) for r in records]
    rng = random.Random(seed)
    seen: set[bytes] = set()
    for i in range(n):
        index = i % len(seeds)
        article = perturb(seeds[index], seeds[rng.randrange(len(seeds))], rng)
        text = _swap_counts(article.text, rng)
        while (key := _content_key(text)) in seen:
            text = _edit_words(text, 1, rng)
        seen.add(key)
        record = {"url": f"https://synthetic.invalid/archive/{i:07d}", "text": text}
        if article.title:
            record["title"] = article.title
        source = records[index]
        if source.get("outlet"):
            record["outlet"] = source["outlet"]
        if source.get("published"):
            try:
                day = dt.date.fromisoformat(str(source["published"])[:10])
                record["published"] = (day + dt.timedelta(days=rng.randint(-14, 14))).isoformat()
            except ValueError:
                record["published"] = source["published"]
        yield record


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write N synthetic articles as a folder of .txt or a JSONL file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="output folder, or a file ending in .jsonl")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", default=str(DEFAULT_SEEDS))
    parser.add_argument(
        "--archive",
        default="",
        help="JSON lines of real articles: write --n archive-like records (archive_like) "
        "as JSON lines to OUT instead",
    )
    args = parser.parse_args(argv)
    if args.archive:
        with Path(args.out).open("w", encoding="utf-8") as out:
            for record in archive_like(args.n, args.archive, args.seed):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {args.n} archive-like articles to {args.out}")
        return 0
    articles = synthetic_articles(args.n, args.seed, args.corpus)
    if args.out.endswith(".jsonl"):
        write_jsonl(articles, args.out)
    else:
        write_txt_folder(articles, args.out)
    print(f"wrote {len(articles)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
