"""The story index's search by rows, session 33: the candidates picked per story from one
integer sort (:func:`best_counts_per_group`) are those :func:`best_per_group` picks."""

from __future__ import annotations

import numpy as np
import pytest

from dossier.stories.dedup import CHECKS_PER_STORY, best_counts_per_group, best_per_group


def _id_keys(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` distinct fixed-width id keys in no particular order (rows are in insertion
    order, ties go by id)."""
    keys = np.array([b"%06d" % i for i in rng.choice(10**6, size=n, replace=False)], dtype="S16")
    return keys


@pytest.mark.unit
@pytest.mark.parametrize("width", [128, 256])
def test_best_counts_per_group_picks_what_best_per_group_picks(width):
    """Counts of equal signature values (few values, so many ties, some at a group's cut),
    a handful of groups: the same positions as :func:`best_per_group` over the estimates
    ``counts / width``, ties by the id keys; both the path without ties at a cut and the
    one with them are taken."""
    rng = np.random.default_rng(33)
    with_ties = without = 0
    for _ in range(2000):
        n = int(rng.integers(1, 80))
        spread = int(rng.integers(1, width + 1))
        counts = rng.integers(0, spread, size=n)
        counts = counts.astype(np.uint8) if width < 256 else counts.astype(np.int64)
        groups = rng.integers(1, int(rng.integers(2, 9)), size=n).astype(np.int64) * 977
        keys = _id_keys(rng, n)
        expected = best_per_group(np.arange(n), counts / width, groups, keys)
        found = best_counts_per_group(counts, groups, keys)
        assert found.tolist() == expected.tolist()
        # a tie at a cut: a group's next row after its first ones has the last one's count
        for group in np.unique(groups):
            mine = np.sort(counts[groups == group])[::-1]
            if len(mine) > CHECKS_PER_STORY:
                tied = mine[CHECKS_PER_STORY] == mine[CHECKS_PER_STORY - 1]
                with_ties += bool(tied)
                without += not tied
    assert with_ties > 100 and without > 100


@pytest.mark.unit
def test_best_counts_per_group_breaks_a_tie_at_the_cut_by_id():
    """Four rows of one story at the same count: the three with the smallest ids, whatever
    their rows; a better row of the story always comes first."""
    counts = np.array([40, 40, 40, 40, 90], dtype=np.uint8)
    groups = np.array([7, 7, 7, 7, 7], dtype=np.int64)
    keys = np.array([b"d", b"a", b"c", b"b", b"z"], dtype="S16")
    assert best_counts_per_group(counts, groups, keys).tolist() == [1, 3, 4]
    # another story's rows are picked on their own
    counts = np.append(counts, np.array([5, 5], dtype=np.uint8))
    groups = np.append(groups, np.array([2, 2], dtype=np.int64))
    keys = np.append(keys, np.array([b"y", b"x"], dtype="S16"))
    assert best_counts_per_group(counts, groups, keys).tolist() == [1, 3, 4, 5, 6]


@pytest.mark.unit
def test_best_counts_per_group_of_nothing_and_of_zero_counts():
    nothing = np.zeros(0, dtype=np.uint8)
    assert (
        best_counts_per_group(nothing, nothing.astype(np.int64), nothing.astype("S16")).tolist()
        == []
    )
    zeros = np.zeros(5, dtype=np.uint8)
    keys = np.array([b"e", b"d", b"c", b"b", b"a"], dtype="S16")
    found = best_counts_per_group(zeros, np.ones(5, dtype=np.int64), keys)
    assert found.tolist() == [2, 3, 4]  # all tied at 0: the smallest ids


@pytest.mark.unit
@pytest.mark.parametrize("needed", [0, 1, 2, 3, 5])
def test_plausible_by_limits_decides_as_plausible_and_joinable(needed):
    """The containment limits by shared sentences make the decisions of
    :func:`plausible_and_joinable` for any margins (the edition's above, below or at the
    rewrite's); a rewrite needing no shared sentence has no limits (the search then keeps
    the general rule)."""
    from dataclasses import replace

    from dossier.stories.dedup import (
        DedupParams,
        containment_limits,
        plausible_and_joinable,
        plausible_by_limits,
    )

    rng = np.random.default_rng(needed)
    for edition, rewrite in ((0.5, 0.25), (0.2, 0.4), (0.3, 0.3)):
        params = replace(
            DedupParams(),
            rewrite_shared_sentences=needed,
            edition_containment=edition,
            rewrite_containment=rewrite,
        )
        limits = containment_limits(params)
        if needed < 1:
            assert limits is None
            continue
        answers = set()
        for _ in range(200):
            n = int(rng.integers(0, 120))
            estimate = rng.integers(0, 129, size=n) / 128
            sizes = rng.integers(0, 900, size=n)
            shared = rng.integers(0, needed + 3, size=n)
            size = int(rng.integers(0, 900))
            expected = plausible_and_joinable(estimate, size, sizes, shared, params)
            found = plausible_by_limits(estimate, size, sizes, shared, params, limits)
            assert found.tolist() == expected.tolist()
            answers.update(expected.tolist())
        assert answers == {True, False}


@pytest.mark.unit
def test_frozen_search_bench_finds_the_same_answers_against_its_own_tree(
    tmp_path, capsys, monkeypatch
):
    """``bench/story_search_frozen.py`` with this tree as its baseline: the index frozen after
    ``--at`` documents holds none of the searched ones, and every answer is the same."""
    import json
    from pathlib import Path

    import dossier.stories.dedup as dedup
    from bench import story_search_frozen
    from tests.test_story_merges import _texts

    monkeypatch.setattr(dedup, "fingerprint_workers", lambda: 0)
    cleaned = tmp_path / "cleaned.jsonl"
    with open(cleaned, "w", encoding="utf-8") as out:
        for number, text in enumerate(_texts(90, seed=33)):
            out.write(json.dumps({"id": f"doc-{(number * 37) % 101:03d}", "text": text}) + "\n")
    index, queries = story_search_frozen.frozen_index(str(cleaned), 60, 30)
    assert len(queries) == 30 and 0 < len(index) <= 60
    assert any(index.story_candidates(query) for query in queries)  # searches find stories
    root = Path(story_search_frozen.__file__).resolve().parent.parent
    arguments = ["--cleaned", str(cleaned), "--at", "60", "--searches", "30"]
    assert story_search_frozen.main([*arguments, "--baseline", str(root), "--passes", "1"]) == 0
    out = capsys.readouterr().out
    assert "differing: 0" in out and "pass 1:" in out
