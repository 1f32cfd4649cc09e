"""The in-memory story index by row numbers: its candidate lists are those of the path by
id (sets of ids, sorted), whatever order the ids arrive in."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest

import dossier.stories.dedup as dedup
from dossier.config import usable_cores
from dossier.stories.dedup import CHECKS_PER_STORY, StoryIndex, appended, equal_values
from tests.test_story_merges import _texts


def _ids(n: int, seed: int = 3) -> list[str]:
    """``n`` distinct ids in no particular order: of several lengths, some non-ASCII, so
    that arrival order, row order and id order all differ."""
    rng = random.Random(seed)
    alphabet = "abcXYZ019-_éß北"
    found: set[str] = set()
    while len(found) < n:
        found.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))))
    ids = sorted(found)
    rng.shuffle(ids)
    return ids


@pytest.mark.unit
def test_id_keys_sort_as_the_ids():
    """The fixed-width UTF-8 keys sort as the ids (code points), through ids longer than
    the first width (the keys widen) and non-ASCII ones."""
    index = StoryIndex()
    ids = _ids(60)
    ids[30:30] = ["北" * 7, "abc" * 8 + "a", "abc" * 8]  # wider than the first keys
    assert max(len(i.encode()) for i in ids) > index._id_keys.itemsize
    text = _texts(1)[0]
    fingerprint = index.hasher.fingerprint(text)
    for i, document_id in enumerate(ids):
        index.insert(document_id, fingerprint, f"s{i}")
        keys = index._id_keys[: i + 1]
        assert [index._ids[r] for r in np.argsort(keys, kind="stable")] == sorted(ids[: i + 1])


@pytest.mark.unit
def test_appended_grows_in_place_and_keeps_earlier_views():
    held = None
    views = []
    for row in range(100):
        held = appended(held, row)
        views.append(held)
        assert held.tolist() == list(range(row + 1))
    # earlier views keep their length and values
    assert [len(v) for v in views] == list(range(1, 101))
    assert views[9].tolist() == list(range(10))
    # most appends wrote into spare room: few distinct buffers for 100 rows
    assert len({id(v.base) for v in views}) <= 8
    # an array not made by appended is copied, never written through
    plain = np.array([7, 8], dtype=np.int64)
    assert appended(plain, 9).tolist() == [7, 8, 9] and plain.tolist() == [7, 8]
    # a shared one-row array stands for every new bucket, and is never written through
    single = np.array([5], dtype=np.int64)
    first, second = appended(None, 5, single), appended(None, 5, single)
    assert first is single and second is single
    assert appended(first, 6).tolist() == [5, 6] and single.tolist() == [5]


def _by_id(index: StoryIndex, fingerprint, story: dict[str, str] | None = None) -> list[str]:
    """The candidate list by the path by id (with the index's stories, or ``story_of``)."""
    index.holds_rows = False  # this instance only
    try:
        if story is None:
            return index.story_candidates(fingerprint)
        return index.story_candidates(fingerprint, lambda ids: {d: story[d] for d in ids})
    finally:
        del index.holds_rows


@pytest.mark.unit
@pytest.mark.parametrize("by_sort", [0, 16, 10**9])
def test_candidates_by_row_are_those_by_id_through_merges(by_sort, monkeypatch):
    """Near-copy families under shuffled ids, each family spread over several stories,
    some of them merged on the way: every document's list by rows equals the list by id,
    both with the index's stories and with ``story_of``; the lists are long enough for
    the per-story cap to act. With the distinct rows found by marking only, by the
    default choice, and by sorting only."""
    monkeypatch.setattr(dedup, "UNIQUE_BY_SORT", by_sort)
    texts = _texts(150, seed=8)
    ids = _ids(len(texts))
    index = StoryIndex()
    story: dict[str, str] = {}
    longest = background_seen = 0
    for i, (document_id, text) in enumerate(zip(ids, texts, strict=True)):
        fingerprint = index.hasher.fingerprint(text)
        rows = index.story_candidates(fingerprint)
        assert rows == _by_id(index, fingerprint)
        assert rows == _by_id(index, fingerprint, story)
        assert rows == sorted(rows)
        index.holds_rows = False  # the background read through the gathered postings
        by_postings = index.background(fingerprint)
        del index.holds_rows
        assert index.background(fingerprint) == by_postings
        background_seen += bool(by_postings)
        assert set(rows) <= index.candidates(fingerprint)
        longest = max(longest, len(rows))
        if i in (40, 90):  # two stories merged into a third
            merged, into = [f"s{i % 9}", f"s{(i + 1) % 9}"], f"s{(i + 2) % 9}"
            story = {d: into if s in merged else s for d, s in story.items()}
            index.merge_stories(merged, into)
        story[document_id] = f"s{i % 9}"  # a merged name, given again, is a new story
        index.insert(document_id, fingerprint, story[document_id])
    assert longest > 2 * CHECKS_PER_STORY
    assert background_seen  # some documents have background sentences
    # a document with no candidate at all, and one with no shingles
    assert index.story_candidates(index.hasher.fingerprint("Nothing alike here at all.")) == []
    assert index.story_candidates(index.hasher.fingerprint("")) == []


@pytest.mark.unit
def test_band_hits_are_ids():
    index = StoryIndex()
    texts = _texts(6)
    for i, text in enumerate(texts):
        index.insert(f"d{i}", index.hasher.fingerprint(text))
    found = index.candidates(index.hasher.fingerprint(texts[0]))
    assert "d0" in found and all(isinstance(d, str) for d in found)
    rows = index.lsh.query(index.hasher.fingerprint(texts[0]).signature)
    assert {index._ids[r] for r in rows} <= found  # type: ignore[index]


@pytest.mark.unit
def test_plausible_and_joinable_is_both():
    from dossier.stories.dedup import DedupParams, joinable, plausible, plausible_and_joinable

    params = DedupParams()
    rng = np.random.default_rng(4)
    for _ in range(200):
        n = int(rng.integers(0, 60))
        estimate = rng.integers(0, 129, size=n) / 128
        sizes = rng.integers(0, 900, size=n)
        shared = rng.integers(0, 4, size=n)
        size = int(rng.integers(0, 900))
        both = plausible(estimate, size, sizes, params) & joinable(
            estimate, size, sizes, shared, params
        )
        found = plausible_and_joinable(estimate, size, sizes, shared, params)
        assert found.tolist() == both.tolist()
    assert 0 < both.sum() < len(both)  # the last draw has both answers


@pytest.mark.unit
@pytest.mark.parametrize("width", [1, 128, 255, 256, 300])
def test_equal_values_counts_matching_positions(width):
    """The byte-wise count is ``np.count_nonzero`` row by row, up to a row all equal
    (255 still fits a byte; wider rows fall back), and an empty candidate list."""
    rng = np.random.default_rng(width)
    signature = rng.integers(0, 3, size=width, dtype=np.uint32)
    signatures = rng.integers(0, 3, size=(40, width), dtype=np.uint32)
    signatures[0] = signature  # every position equal
    signatures[1] = signature + 1  # none
    counts = equal_values(signatures, signature)
    assert counts.tolist() == np.count_nonzero(signatures == signature, axis=1).tolist()
    assert counts[0] == width and counts[1] == 0
    estimate = counts / width
    assert estimate.dtype == np.float64 and estimate[0] == 1.0
    assert equal_values(signatures[:0], signature).tolist() == []


def _same_fingerprints(a: list[dedup.Fingerprint], b: list[dedup.Fingerprint]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert np.array_equal(x.signature, y.signature) and x.signature.dtype == y.signature.dtype
        assert np.array_equal(x.shingles, y.shingles) and x.shingles.dtype == y.shingles.dtype
        assert (x.sentences, x.lead) == (y.sentences, y.lead)
        assert x.sketch is not None and np.array_equal(x.sketch, y.sketch)


@pytest.mark.unit
def test_fingerprint_stream_in_workers_is_in_order_and_the_same(monkeypatch):
    """Fingerprints made by two spawned workers, several chunks each (small chunks, a last
    one cut short, more chunks than are handed out ahead), come back in input order with
    the values made in this process; the texts may be a generator, read as needed."""
    monkeypatch.setattr(dedup, "STREAM_CHUNK", 7)
    texts = _texts(61, seed=8)
    texts[10] = ""
    params = dedup.DedupParams()
    here = list(dedup.fingerprint_stream(texts, params, workers=0))
    _same_fingerprints(here, [dedup.Hasher(params).fingerprint(t) for t in texts])
    _same_fingerprints(here, list(dedup.fingerprint_stream(iter(texts), params, workers=2)))
    assert len({f.signature.tobytes() for f in here}) > 30  # not all alike


@pytest.mark.unit
def test_fingerprint_stream_stopped_early_leaves_no_worker(monkeypatch):
    """A consumer that stops after the first fingerprints closes the stream: the pool is
    shut down (its workers gone), not left running the chunks handed out ahead."""
    import multiprocessing

    monkeypatch.setattr(dedup, "STREAM_CHUNK", 3)
    stream = dedup.fingerprint_stream(_texts(60), dedup.DedupParams(), workers=2)
    first = [next(stream) for _ in range(4)]
    assert len(first) == 4
    stream.close()
    assert multiprocessing.active_children() == []


@pytest.mark.unit
def test_cluster_with_fingerprint_workers_is_the_one_process_clustering(monkeypatch):
    """:func:`cluster` with a fingerprint worker (the stream) gives the stories it gives
    fingerprinting in one process."""
    monkeypatch.setattr(dedup, "STREAM_MIN_TEXTS", 10)
    monkeypatch.setattr(dedup, "STREAM_CHUNK", 16)
    documents = [(f"d{i:03d}", t) for i, t in enumerate(_texts(80, seed=11))]
    one = dedup.cluster(documents, processes=1)
    assert len(set(one.values())) > 1 and len(set(one.values())) < len(documents)
    assert dedup.cluster(documents, processes=2) == one


@pytest.mark.unit
def test_default_fingerprint_workers_leave_one_core(monkeypatch):
    """By default every core the process may use fingerprints but one (the index's)."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 5})
    assert usable_cores() == 4
    assert dedup.fingerprint_workers() == 3
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {3})
    assert dedup.fingerprint_workers() == 0


@pytest.mark.unit
def test_compare_counts_as_sets_do():
    """:func:`compare`'s evidence is what sets of shingles and sentences give: Jaccard,
    containment in the smaller, shared sentences and lead outside the background; empty
    documents (no shingles) give zeros, not a division by zero."""
    hasher = dedup.Hasher(dedup.DedupParams())
    texts = [*_texts(24, seed=4), "", "word"]
    prints = hasher.fingerprints(texts)
    for i, a in enumerate(prints):
        for b in prints[i % 5 :: 5]:
            background = frozenset(list(a.sentences)[:1])
            found = dedup.compare(a, b, background)
            x, y = set(a.shingles.tolist()), set(b.shingles.tolist())
            common, union = len(x & y), len(x | y)
            smaller = min(len(x), len(y))
            assert found.jaccard == (common / union if union else 0.0)
            assert found.containment == common / max(1, smaller)
            assert found.smaller == smaller
            assert found.shared_sentences == len((a.sentences & b.sentences) - background)
            lead = ((a.opening & b.lead) | (b.opening & a.lead)) - background
            assert found.shared_lead == bool(lead)
            assert found.leads_meet == bool((a.lead & b.lead) - background)
            old = ((a.lead & b.sentences) | (b.lead & a.sentences)) - background
            assert found.lead_in_other == bool(old)
    assert dedup.compare(prints[0], prints[0]).jaccard == 1.0
    assert dedup.compare(prints[-2], prints[-2]) == dedup.PairEvidence(0.0, 0.0, 0, 0, False)
