"""Shingle sketches: a bound of the shingles two documents share, and the precise checks it
rules out (``StoryIndex.story_candidates_ruled_out``) are ones ``same_story`` rejects."""

from __future__ import annotations

import random

import numpy as np
import pytest

import dossier.stories.dedup as dedup
from dossier.stories.dedup import (
    FULL_SKETCH,
    SKETCH_BITS,
    DedupParams,
    PairEvidence,
    StoryIndex,
    UnionFind,
    compare,
    copies_only_below,
    same_story,
    shingle_sketch,
    sketch_bounds,
    story_id_for,
)


def _shingles(rng: np.random.Generator, n: int) -> np.ndarray:
    return np.unique(rng.integers(0, 1 << 32, size=n, dtype=np.uint64).astype(np.uint32))


@pytest.mark.unit
def test_the_sketch_counts_shingles_by_top_bits_and_bounds_the_shared_ones():
    rng = np.random.default_rng(3)
    for _ in range(200):
        a = _shingles(rng, int(rng.integers(0, 900)))
        # b shares a random part of a, plus its own
        b = np.union1d(
            rng.choice(a, size=int(rng.integers(0, len(a) + 1)), replace=False),
            _shingles(rng, int(rng.integers(0, 900))),
        ).astype(np.uint32)
        sa, sb = shingle_sketch(a), shingle_sketch(b)
        assert sa is not None and sb is not None and len(sa) == 1 << SKETCH_BITS
        assert int(sa.sum()) == len(a)
        assert sa.tolist() == np.bincount(a >> (32 - SKETCH_BITS), minlength=len(sa)).tolist()
        common = len(np.intersect1d(a, b))
        bound = sketch_bounds(sa, np.stack([sb, sa, FULL_SKETCH]), len(a)).tolist()
        assert bound[0] >= common
        assert bound[1] == len(a)  # a document against itself: exact
        assert bound[2] == len(a)  # a text too long for a sketch: all of a's shingles
    # a bin of 255 shingles or more: no sketch (a byte could not hold the count)
    crowded = np.arange(300, dtype=np.uint32)  # all in the first bin
    assert shingle_sketch(crowded) is None
    assert shingle_sketch(crowded[:254]) is not None
    # a wide sum for a text of 65,536 shingles or more
    many = np.arange(0, 1 << 32, (1 << 32) // 70_000, dtype=np.uint64).astype(np.uint32)
    sketch = shingle_sketch(np.unique(many))
    assert sketch is not None
    assert sketch_bounds(sketch, sketch[None, :], len(np.unique(many)))[0] == len(np.unique(many))


@pytest.mark.unit
def test_ruled_out_only_where_same_story_rejects_every_smaller_count():
    """``copies_only_below`` says a candidate cannot join only where ``same_story`` rejects
    its evidence for the bound and for every count of shared shingles below it, and never
    for a candidate sharing a sentence outside the background."""
    params = DedupParams()
    rng = random.Random(7)
    ruled_seen = kept_seen = 0
    for _ in range(3000):
        size, other = rng.randint(0, 700), rng.randint(0, 700)
        bound = rng.randint(0, min(size, other))
        shared = rng.choice([0, 0, 0, 1, 2, 3, 5])
        ruled = copies_only_below(
            np.array([bound]), size, np.array([other]), np.array([shared]), params
        )[0]
        if shared:
            assert not ruled
        if not ruled:
            kept_seen += 1
            continue
        ruled_seen += 1
        for common in {0, bound // 2, bound - 1, bound} - {-1}:
            union = size + other - common
            smaller = min(size, other)
            evidence = PairEvidence(
                jaccard=common / union if union else 0.0,
                containment=common / (smaller or 1),
                shared_sentences=shared,
                smaller=smaller,
                shared_lead=False,
            )
            assert not same_story(evidence, params)
    assert ruled_seen > 500 and kept_seen > 500
    # with rewrites needing no shared sentence, nothing is ruled out
    loose = DedupParams(rewrite_shared_sentences=0)
    assert not copies_only_below(np.array([0]), 500, np.array([500]), np.array([0]), loose)[0]


def _retold(n: int, seed: int) -> list[str]:
    """``n`` documents retelling two sources, each a few sentences of its source, re-ordered,
    with sentences of its own (candidates of other stories of one source at a Jaccard below
    a copy's, the case the sketches rule out); every third a copy of the one before with a
    sentence added (a candidate that joins, often by its Jaccard alone: the one it copies
    has no sentence of its own, and those of its source are background)."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(400)]

    def sentence() -> str:
        return " ".join(rng.choices(vocabulary, k=14)) + "."

    sources = [[sentence() for _ in range(14)] for _ in "ab"]
    texts: list[str] = []
    for i in range(n):
        if i % 3 == 2:
            texts.append(texts[-1] + " " + sentence())
            continue
        kept = rng.sample(sources[i % 2], rng.randint(7, 12))
        own = 0 if i % 3 == 1 else rng.randint(1, 6)  # copied next: only background shared
        texts.append(" ".join(kept + [sentence() for _ in range(own)]))
    return texts


@pytest.mark.unit
@pytest.mark.parametrize("seed", [1, 2])
def test_candidates_ruled_out_fail_the_precise_check(seed):
    """Clustering as the near-copy bench does: the candidates are those of
    ``story_candidates``, and every one ruled out fails ``compare`` + ``same_story`` (many
    are ruled out, and some that are not pass with no sentence outside the background
    shared, where only the bound keeps them)."""
    index = StoryIndex()
    groups = UnionFind()
    ruled_seen = passed = 0
    for i, text in enumerate(_retold(160, seed)):
        document_id = f"d{i:03d}"
        fingerprint = index.hasher.fingerprint(text)
        found, ruled = index.story_candidates_ruled_out(fingerprint)
        assert found == index.story_candidates(fingerprint) and len(ruled) == len(found)
        background = index.background(fingerprint)
        groups.add(document_id)
        matched = set()
        for other, out in zip(found, ruled, strict=True):
            evidence = compare(fingerprint, index.fingerprint_of(other), background)
            accepted = same_story(evidence, index.params)
            assert not (out and accepted)
            ruled_seen += out
            passed += accepted and not evidence.shared_sentences
            if accepted:
                matched.add(groups.find(other))
        old = {story_id_for(root) for root in matched}
        for root in matched:
            groups.union(document_id, root)
        story = story_id_for(groups.find(document_id))
        index.merge_stories(sorted(old - {story}), story)
        index.insert(document_id, fingerprint, story)
        # held without the sketch (made again for the rows that reach a check)
        assert fingerprint.sketch is not None
        assert document_id not in index.fingerprints or (
            index.fingerprints[document_id].sketch is None
        )
    assert ruled_seen > 50 and passed > 30


@pytest.mark.unit
def test_no_sketch_rules_out_nothing():
    """A fingerprint without a sketch (a text too long for one) has every candidate
    checked."""
    index = StoryIndex()
    texts = _retold(90, 4)
    for i, text in enumerate(texts[:60]):
        index.insert(f"d{i:02d}", index.hasher.fingerprint(text), story_id_for(f"d{i:02d}"))
    tried = 0
    for text in texts[60:]:
        query = index.hasher.fingerprint(text)
        found, ruled = index.story_candidates_ruled_out(query)
        if not any(ruled):
            continue
        tried += 1
        bare = dedup.Fingerprint(query.shingles, query.sentences, query.signature, query.lead)
        assert index.story_candidates_ruled_out(bare) == (found, [False] * len(found))
    assert tried > 5
