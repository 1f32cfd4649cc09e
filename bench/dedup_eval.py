"""Story clustering: precision/recall on real look-alike articles, and scale.

Gold data (read in place, never copied): ECB+ (``ecbplus-event-coref``) holds
news articles in 43 topics, each topic two look-alike events (two different
earthquakes, two different shootings), and within one event several
*independent* reports by different outlets. None of those pairs is the same
story: they are the hard negatives an analyst worries about. Positives are
editions of real ECB+ articles made the way outlets make them (paragraphs cut,
sentences re-worded, order changed, a paragraph added), plus the real seed
pair (000 part 1 / 001).

Baseline in the same run: MinHash LSH alone at Jaccard 0.5 (the usual
near-duplicate setting), which misses rewrites.

Scale: clustering 100,000 documents generated from ECB+ articles by the same
perturbations, timed, with peak memory (``ru_maxrss``).

Usage: ``python bench/dedup_eval.py [--data ../shared/bench-data] [--n 100000]``
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import resource
import sys
import time
from itertools import combinations
from pathlib import Path

from datasketch import MinHashLSH

from dossier.clean import clean
from dossier.ingest.files import read_all
from dossier.stories.dedup import (
    DedupParams,
    Hasher,
    LshSignature,
    StoryIndex,
    cluster,
    compare,
    same_story,
)

REPO = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">(.*?)</token>')
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", "''", ")", "%"}


def load_ecb(data: Path) -> dict[str, tuple[str, str]]:
    """``{doc_name: (topic/subtopic, text)}`` from the ECB+ token XML."""
    docs = {}
    for path in sorted((data / "ecbplus-event-coref" / "ECB+").glob("*/*.xml.gz")):
        xml = gzip.open(path, "rt", encoding="utf-8").read()
        sentences: dict[int, list[str]] = {}
        for sentence, token in _TOKEN.findall(xml):
            token = token.replace("&amp;", "&").replace("&quot;", '"').replace("``", '"')
            sentences.setdefault(int(sentence), []).append(token)
        lines = []
        for _number, tokens in sorted(sentences.items()):
            text = ""
            for token in tokens:
                text += token if token in _NO_SPACE_BEFORE or not text else " " + token
            lines.append(text)
        name = path.name.removesuffix(".xml.gz")
        topic = path.parent.name + ("+" if name.endswith("ecbplus") else "")
        docs[name] = (topic, "\n\n".join(lines))
    return docs


#: how ECB+'s token XML splits numbers that a page writes unbroken: "6: 07: 15 PM",
#: "8 / 2 / 2013", "2, 000ft" (load_ecb joins tokens with spaces)
_SPLIT_TIME = re.compile(r"(?<=\d)\s*([:/])\s+(?=\d)|(?<=\d)\s+(/)\s*(?=\d)")
_SPLIT_THOUSANDS = re.compile(r"(?<=\d),\s+(?=\d{3}(?!\d))")


def detokenise(text: str) -> str:
    """An ECB+ text with its numbers, times and dates written as the page wrote them, so
    the clean stage reads the page's own date line ("Posted on November 15, 2011
    6:07:15 PM") as it would on the page: the token XML has no publication date, and an
    undated report is never joined with another."""
    text = _SPLIT_TIME.sub(lambda m: m.group(1) or m.group(2), text)
    return _SPLIT_THOUSANDS.sub(",", text)


def edition(text: str, rng: random.Random) -> str:
    """An outlet's edition of an article: cuts, re-wording, re-ordering, an addition."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    kept = [p for i, p in enumerate(paragraphs) if i == 0 or rng.random() > 0.3]
    out = []
    for paragraph in kept:
        words = paragraph.split()
        for _ in range(max(1, len(words) // 25)):
            if words and rng.random() < 0.5:
                words[rng.randrange(len(words))] = rng.choice(["reportedly", "also", "the", "said"])
        out.append(" ".join(words))
    if len(out) > 3 and rng.random() < 0.5:
        middle = out[1:-1]
        rng.shuffle(middle)
        out = [out[0], *middle, out[-1]]
    out.append("This article was updated with additional reporting from our correspondents.")
    return "\n\n".join(out)


def seed_pair() -> tuple[str, str]:
    docs = [d for raw in read_all([REPO.parent / "shared/corpus/seeds"], 10**8) for d in clean(raw)]
    first = next(d for d in docs if d.source.startswith("seeds/000") and d.segment == 0)
    second = next(d for d in docs if d.source.startswith("seeds/001"))
    return first.text, second.text


def pairs_eval(data: Path) -> None:
    docs = load_ecb(data)
    rng = random.Random(7)
    params = DedupParams()
    hasher = Hasher(params)
    fingerprints = {name: hasher.fingerprint(text) for name, (_t, text) in docs.items()}
    same_topic = [
        (a, b)
        for a, b in combinations(sorted(docs), 2)
        if docs[a][0].rstrip("+") == docs[b][0].rstrip("+")
    ]
    # look-alike events (ecb vs ecbplus of one topic) can never be one story
    negatives = [(a, b) for a, b in same_topic if docs[a][0] != docs[b][0]]
    # reports of one event by different outlets: gold calls them independent,
    # but the corpus holds wire re-prints among them (see flagged examples)
    same_event = [(a, b) for a, b in same_topic if docs[a][0] == docs[b][0]]
    positives = []
    for name in sorted(docs)[::3]:
        copy = hasher.fingerprint(edition(docs[name][1], rng))
        positives.append((fingerprints[name], copy))
    seed_a, seed_b = seed_pair()
    positives.append((hasher.fingerprint(seed_a), hasher.fingerprint(seed_b)))

    found = 0
    for a, b in positives:
        index = StoryIndex(params)
        index.insert("a", a)
        found += "a" in index.candidates(b)
    print(
        f"candidate stage (LSH {params.lsh_threshold} + shared sentences) proposes "
        f"{found}/{len(positives)} same-story pairs"
    )

    def judge(a, b) -> tuple[bool, bool]:
        evidence = compare(a, b)
        ours = same_story(evidence, params)
        baseline = evidence.jaccard >= 0.5
        return ours, baseline

    tp = {"dossier": 0, "lsh-0.5": 0}
    fp = dict.fromkeys(tp, 0)
    for a, b in positives:
        ours, base = judge(a, b)
        tp["dossier"] += ours
        tp["lsh-0.5"] += base
    flagged = []
    for a, b in negatives:
        ours, base = judge(fingerprints[a], fingerprints[b])
        fp["dossier"] += ours
        fp["lsh-0.5"] += base
        if ours:
            flagged.append((a, b, compare(fingerprints[a], fingerprints[b]).reason()))
    print(
        f"pairs: {len(positives)} same-story (editions + seed pair), "
        f"{len(negatives)} look-alike events (ECB+ same topic, different event)"
    )
    print(f"{'method':<10} {'precision':>9} {'recall':>7} {'F1':>6}  false merges")
    for method in tp:
        precision = tp[method] / max(1, tp[method] + fp[method])
        recall = tp[method] / len(positives)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{method:<10} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f}  {fp[method]}")
    for a, b, reason in flagged[:10]:
        print(f"  false merge of look-alike events {a} ~ {b}: {reason}")
    merged = [(a, b) for a, b in same_event if judge(fingerprints[a], fingerprints[b])[0]]
    lsh = [(a, b) for a, b in same_event if judge(fingerprints[a], fingerprints[b])[1]]
    print(
        f"same-event report pairs merged as one story: dossier {len(merged)}/{len(same_event)}, "
        f"lsh-0.5 {len(lsh)}/{len(same_event)} (includes wire re-prints; examples:)"
    )
    for a, b in merged[:: max(1, len(merged) // 6)][:6]:
        print(f"  {a} ~ {b}: {compare(fingerprints[a], fingerprints[b]).reason()}")


def scale_eval(data: Path, n: int, processes: int) -> None:
    docs = [text for _t, text in load_ecb(data).values()]
    rng = random.Random(11)
    texts = [edition(docs[i % len(docs)], rng) for i in range(n)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    assignment = cluster([(str(i), t) for i, t in enumerate(texts)], processes=processes)
    seconds = time.perf_counter() - start
    stories = len(set(assignment.values()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # baseline: fingerprinting plus a plain LSH insert, no query and no precise check
    start = time.perf_counter()
    hasher, lsh = Hasher(DedupParams()), MinHashLSH(threshold=0.5, num_perm=128)
    for number, text in enumerate(texts[: max(1, n // 10)]):
        signature = hasher.signature(hasher.fingerprint(text).shingles)
        lsh.insert(str(number), LshSignature(signature))
    baseline = (time.perf_counter() - start) * (n / max(1, n // 10))
    print(
        f"\nscale: {n} documents ({len(docs)} ECB+ articles perturbed) -> {stories} stories, "
        f"{processes} processes (the clustering one and fingerprint workers)"
    )
    print(
        f"  dossier cluster: {seconds:.1f} s ({n / seconds:,.0f} docs/s), "
        f"peak RSS {peak / 1024:.0f} MB (+{(peak - before) / 1024:.0f} MB)"
    )
    print(
        f"  baseline fingerprint+LSH insert only (extrapolated from {n // 10}): "
        f"{baseline:.1f} s; ratio {seconds / baseline:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench-data")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument(
        "--processes", type=int, default=2, help="processes: clustering + fingerprint workers"
    )
    args = parser.parse_args()
    if not (args.data / "ecbplus-event-coref").is_dir():
        print(f"missing {args.data}/ecbplus-event-coref", file=sys.stderr)
        return 2
    pairs_eval(args.data)
    scale_eval(args.data, args.n, args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
