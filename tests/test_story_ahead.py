"""Candidate searches found ahead (``dedup.story_candidates_ahead``, the many-document
search): the same lists as one search at a time on the index as it stands, through
insertions and merges."""

from __future__ import annotations

import numpy as np
import pytest

import dossier.stories.dedup as dedup
from dossier.stories.dedup import (
    Fingerprint,
    StoryIndex,
    best_per_group,
    id_words,
    story_candidates_ahead,
)
from tests.test_story_merges import _texts
from tests.test_story_rows import _ids


def _short_ids(n: int) -> list[str]:
    """Ids of 16 ASCII characters in shuffled order (the benchmark's kind: the index keeps
    them 16 bytes wide, so :func:`id_words` makes words of them)."""
    rng = np.random.default_rng(4)
    return [f"{value:016x}" for value in rng.permutation(10**6)[:n].tolist()]


@pytest.mark.unit
@pytest.mark.parametrize("kind", ["short", "mixed"])
@pytest.mark.parametrize(("ahead", "kept"), [(1, 64), (3, 64), (16, 64), (16, 1)])
def test_candidates_found_ahead_are_those_found_one_at_a_time(
    kind: str, ahead: int, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Near-copy families under shuffled ids, inserted under nine stories with merges on
    the way: at every step the answer found ahead is the one-at-a-time answer on the index
    as it stands; answers are found for several documents at once (fewer searches than
    documents). Also when the index keeps a single change (two since the last answer:
    every answer found again)."""
    monkeypatch.setattr(dedup, "CHANGES_KEPT", kept)
    texts = [*_texts(160, seed=11), "", "Nothing alike here at all."]
    ids = (_short_ids if kind == "short" else _ids)(len(texts))
    index = StoryIndex()
    calls: list[int] = []
    many = index._ruled_out_many

    def counted(fingerprints: list[Fingerprint]):  # type: ignore[no-untyped-def]
        calls.append(len(fingerprints))
        return many(fingerprints)

    monkeypatch.setattr(index, "_ruled_out_many", counted)
    prints = [index.hasher.fingerprint(text) for text in texts]
    story: dict[str, str] = {}
    longest = 0
    items = list(zip(ids, prints, strict=True))
    for i, ((document_id, fingerprint), found, ruled) in enumerate(
        story_candidates_ahead(index, items, lambda item: item[1], ahead)
    ):
        assert (found, ruled) == index.story_candidates_ruled_out(fingerprint)
        longest = max(longest, len(found))
        if i in (40, 90, 120):  # two stories merged into a third
            merged, into = [f"s{i % 9}", f"s{(i + 1) % 9}"], f"s{(i + 2) % 9}"
            story = {d: into if s in merged else s for d, s in story.items()}
            index.merge_stories(merged, into)
        story[document_id] = f"s{i % 9}"
        index.insert(document_id, fingerprint, story[document_id])
    assert longest > 2 * dedup.CHECKS_PER_STORY
    assert sum(calls) >= len(items)  # every answer found, some again
    if ahead > 1:
        assert len(calls) < len(items) / 2  # found together, not one at a time


@pytest.mark.unit
def test_many_documents_answer_as_each_alone() -> None:
    """On a fixed index: documents of every family, one with no shingles, one sharing
    nothing and one whose sketch is missing are answered together as each alone."""
    texts = _texts(60, seed=2)
    index = StoryIndex()
    for i, (document_id, text) in enumerate(zip(_short_ids(40), texts[:40], strict=True)):
        index.insert(document_id, index.hasher.fingerprint(text), f"s{i % 5}")
    prints = [index.hasher.fingerprint(t) for t in texts[40:]]
    prints += [index.hasher.fingerprint(""), index.hasher.fingerprint("Nothing alike.")]
    prints.append(dedup.replace(prints[0], sketch=None))
    alone = [index.story_candidates_ruled_out(f) for f in prints]
    assert index.story_candidates_ruled_out_many(prints) == alone
    assert any(ruled and not all(ruled) for _found, ruled in alone)  # the bound decides some
    assert alone[-1][0] == alone[0][0] and not any(alone[-1][1])  # no sketch: none ruled out
    assert index.story_candidates_ruled_out_many([]) == []


@pytest.mark.unit
def test_a_change_reaches_the_searches_it_may_alter() -> None:
    """An indexed row reaches a search sharing one of its buckets or sentences, and no
    other; moved rows reach a search that gathered one of them."""
    index = StoryIndex()
    texts = _texts(8, seed=3)
    first, other = index.hasher.fingerprint(texts[0]), index.hasher.fingerprint(texts[1])
    bands = index.lsh.bands_of([first.signature, other.signature])
    assert bands[0] == index.lsh._bands(first.signature)
    index.insert("a", first, "s1")
    (change,) = index.changed
    assert index.changes == 1
    no_rows = np.zeros(0, dtype=np.int64)
    assert change.reaches(bands[0], first.sentences, no_rows)  # the same document
    assert not change.reaches(bands[1], other.sentences, no_rows)  # another family
    assert change.reaches(bands[1], other.sentences | {next(iter(first.sentences))}, no_rows)
    index.insert("b", index.hasher.fingerprint(texts[4]), "s2")
    index.merge_stories(["s1"], "s2")
    moved = index.changed[-1]
    assert moved.rows == frozenset({0})
    assert moved.reaches([], frozenset(), np.array([0, 5])) and not moved.reaches(
        [], frozenset(), np.array([1])
    )
    index.merge_stories(["s9"], "s2")  # no rows moved: no change
    assert index.changed[-1] is moved and index.changes == 3


@pytest.mark.unit
def test_id_words_sort_as_the_ids() -> None:
    """Ties broken by the words of the id keys pick what ties by the keys pick."""
    rng = np.random.default_rng(7)
    ids = ["", "a", "a\x01", "ab", "abcdefgh", "abcdefgh0", "abcdefgi", "b", "zzzzzzzzzzzzzzzz"]
    keys = np.array([i.encode() for i in ids], dtype="S16")
    words = id_words(keys)
    assert words.shape == (len(ids), 2)
    order = np.lexsort(tuple(words.T[::-1]))
    assert [ids[i] for i in order] == sorted(ids)
    assert id_words(keys.astype("S13")).dtype.kind == "S"  # no whole words: left as it is
    rows = np.arange(40)
    estimate = rng.integers(0, 3, 40) / 4
    groups = rng.integers(0, 4, 40)
    ties = np.array([f"{v:04d}".encode() for v in rng.permutation(40)], dtype="S16")
    assert best_per_group(rows, estimate, groups, id_words(ties)).tolist() == (
        best_per_group(rows, estimate, groups, ties).tolist()
    )
