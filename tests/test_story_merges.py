"""The story index told of story merges: the per-story cap on precise checks runs on the
index's own story numbers and picks what asking ``story_of`` picks."""

from __future__ import annotations

import random

import numpy as np
import pytest

from dossier.stories.dedup import (
    CHECKS_PER_STORY,
    INDEXED_PER_STORY,
    StoryIndex,
    UnionFind,
    best_per_group,
    story_id_for,
)


def _texts(n: int, seed: int = 5) -> list[str]:
    """``n`` documents in four families of near-copies (each shares 8 of 10 sentences with
    its family), so a document's candidates are many members of a few stories."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(300)]
    families = [
        [" ".join(rng.choices(vocabulary, k=12)) + "." for _ in range(10)] for _ in range(4)
    ]
    texts = []
    for i in range(n):
        sentences = list(families[i % 4])
        for j in rng.sample(range(10), 2):
            sentences[j] = " ".join(rng.choices(vocabulary, k=12)) + "."
        texts.append(" ".join(sentences))
    return texts


def _walk(rows: list[int], estimate: list[float], groups: list[int]) -> list[int]:
    """The Python walk that :func:`best_per_group` replaces: best estimate first, ties by
    row, each group's first :data:`CHECKS_PER_STORY`."""
    order = sorted(range(len(rows)), key=lambda i: (-estimate[i], rows[i]))
    taken: dict[int, int] = {}
    chosen = []
    for i in order:
        if taken.get(groups[i], 0) < CHECKS_PER_STORY:
            taken[groups[i]] = taken.get(groups[i], 0) + 1
            chosen.append(rows[i])
    return sorted(chosen)


@pytest.mark.unit
def test_best_per_group_picks_what_the_walk_picks_with_ties():
    rng = np.random.default_rng(11)
    for _ in range(300):
        n = int(rng.integers(1, 40))
        rows = np.sort(rng.choice(500, size=n, replace=False))
        estimate = rng.integers(0, 6, size=n) / 128  # few values: many ties
        groups = rng.integers(0, 5, size=n)
        found = best_per_group(rows, estimate, groups).tolist()
        assert found == _walk(rows.tolist(), estimate.tolist(), groups.tolist())
    # a group with more members than the cap gives exactly the cap, the best ones
    rows = np.arange(6)
    estimate = np.array([0.1, 0.5, 0.5, 0.2, 0.9, 0.5])
    assert best_per_group(rows, estimate, np.zeros(6, dtype=np.int64)).tolist() == [1, 2, 4]


def _cluster(texts: list[str], told: bool, merge_every: int) -> tuple[list[list[str]], dict]:
    """Cluster ``texts`` as the near-copy bench does (every candidate story of a document
    merged with it, and, every ``merge_every`` documents, the two oldest stories merged
    too); the candidates of each document with the index's own stories (``told``: the
    index is told of every merge) and, for comparison, with ``story_of``."""
    index = StoryIndex()
    groups = UnionFind()
    listed = []
    for i, text in enumerate(texts):
        document_id = f"d{i:03d}"
        fingerprint = index.hasher.fingerprint(text)
        asked = index.story_candidates(
            fingerprint, lambda ids: {d: story_id_for(groups.find(d)) for d in ids}
        )
        if told:
            assert index.story_candidates(fingerprint) == asked
        listed.append(asked)
        groups.add(document_id)
        roots = {groups.find(d) for d in asked}
        if i % merge_every == 0:
            roots |= {groups.find(d) for d in sorted(groups.parent)[:2]}
        old = {story_id_for(r) for r in roots}
        for root in roots:
            groups.union(document_id, root)
        story = story_id_for(groups.find(document_id))
        if told:
            index.merge_stories(sorted(old - {story}), story)
        index.insert(document_id, fingerprint, story)
    members: dict[str, list[str]] = {}
    for document_id in groups.parent:
        members.setdefault(groups.find(document_id), []).append(document_id)
    return listed, {"stories": sorted(members.values()), "per_story": dict(index.per_story)}


@pytest.mark.unit
def test_candidates_by_the_index_stories_equal_those_by_story_of_through_merges():
    """Documents in near-copy families merged into ever larger stories: every document's
    candidates by the index's numbers are those by ``story_of`` (asserted inside), and the
    clusters and the indexing caps are those of an index never told of merges."""
    texts = _texts(90)
    told, told_result = _cluster(texts, told=True, merge_every=7)
    plain, plain_result = _cluster(texts, told=False, merge_every=7)
    assert told == plain and told_result == plain_result
    # the comparison is not vacuous: stories were capped and merged, candidates many
    assert max(len(c) for c in told) > CHECKS_PER_STORY
    assert max(told_result["per_story"].values()) == INDEXED_PER_STORY
    assert len(told_result["stories"]) < 4


@pytest.mark.unit
def test_merges_relabel_only_the_merged_stories_and_leave_the_caps():
    index = StoryIndex()
    texts = _texts(8)
    for i, text in enumerate(texts):
        index.insert(f"d{i}", index.hasher.fingerprint(text), f"s{i % 4}")
    index.merge_stories(["s1", "s2", "unknown"], "s0")
    index.merge_stories(["s0"], "s0")  # into itself: nothing moves
    numbers = index._story_rows[[index._rows[f"d{i}"] for i in range(8)]].tolist()
    assert numbers[0] == numbers[1] == numbers[2] == numbers[4] == numbers[5] == numbers[6]
    assert numbers[3] == numbers[7] != numbers[0]
    assert index.per_story == {"s0": 2, "s1": 2, "s2": 2, "s3": 2}
    # a later merge of the merged story moves all of its rows, and a new story name works
    index.merge_stories(["s0", "s3"], "new")
    moved = index._story_rows[[index._rows[f"d{i}"] for i in range(8)]]
    assert len(set(moved.tolist())) == 1
    # a document indexed without a story is a story of its own
    index.insert("lone", index.hasher.fingerprint(texts[0]))
    assert index._story_rows[index._rows["lone"]] not in set(moved.tolist())


@pytest.mark.unit
def test_the_stored_index_needs_story_of(tmp_path):
    from dossier.store import SQLiteStore
    from dossier.stories.dedup import StoredStoryIndex

    store = SQLiteStore(tmp_path / "kb.db")
    stored = StoredStoryIndex(store)
    texts = _texts(2)
    with store.transaction():
        store._exec(
            "INSERT INTO documents (id, source, raw_hash, segment, version, text, removed, "
            "story_id, ingested_at) VALUES ('d0', 'd0', 'd0', 0, 1, ?, '', 's0', '')",
            (texts[0],),
        )
        fingerprint = stored.hasher.fingerprint(texts[0])
        store.add_dedup_keys(
            "d0",
            fingerprint.signature.astype(np.uint32).tobytes(),
            sorted(fingerprint.sentences),
            len(fingerprint.shingles),
        )
        stored.insert("d0", fingerprint, "s0")
        query = stored.hasher.fingerprint(texts[0] + " A new closing sentence.")
        assert stored.story_candidates(query, lambda ids: dict.fromkeys(ids, "s0")) == ["d0"]
        with pytest.raises(ValueError, match="story_of"):
            stored.story_candidates(query)


@pytest.mark.unit
def test_ascii_bytes_and_lower_are_unidecode_on_mixed_texts():
    """The codec error handler transliterates each run of non-ASCII characters as
    ``unidecode`` does the whole text (runs of several characters, at the ends, alone)."""
    from unidecode import unidecode

    from dossier.stories.dedup import ascii_bytes, ascii_lower

    alphabet = [*"aZ1 .\n’“”—…éÆ½北İß\u2028\u00a0", "Straße", "naïve"]
    rng = random.Random(19)
    texts = ["", "plain ASCII", "’", "Café ‘Ærø’ — it’s ½ of №5… 北京"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(5000)
    ]
    for text in texts:
        assert ascii_bytes(text) == unidecode(text).encode("ascii"), repr(text)
        assert ascii_lower(text) == unidecode(text).lower(), repr(text)


@pytest.mark.unit
def test_fingerprints_in_batches_are_the_one_at_a_time_ones():
    """Signatures computed :data:`SIGNATURE_BATCH` documents together (empty and
    one-word documents among them, a last batch cut short) equal one document's."""
    from dossier.stories.dedup import SIGNATURE_BATCH

    index = StoryIndex()
    texts = _texts(2 * SIGNATURE_BATCH + 5)
    texts[3], texts[SIGNATURE_BATCH + 1] = "", "word"
    one = [index.hasher.fingerprint(t) for t in texts]
    many = index.hasher.fingerprints(texts)
    assert len(many) == len(texts)
    for a, b in zip(one, many, strict=True):
        assert np.array_equal(a.signature, b.signature) and a.signature.dtype == b.signature.dtype
        assert np.array_equal(a.shingles, b.shingles)
        assert (a.sentences, a.lead) == (b.sentences, b.lead)
    assert len({s.signature.tobytes() for s in many}) > SIGNATURE_BATCH  # not all alike


@pytest.mark.unit
def test_signatures_by_blocks_of_permutations_are_the_one_at_a_time_ones():
    """:meth:`Hasher.signatures` applies :data:`SIGNATURE_BLOCK` permutations at a time: a
    number of permutations that is no multiple of the block (a last block cut short) gives
    the values :meth:`Hasher.signature` gives, document by document."""
    from dossier.stories.dedup import SIGNATURE_BLOCK, DedupParams, Hasher

    params = DedupParams(num_perm=3 * SIGNATURE_BLOCK + 5)
    hasher = Hasher(params)
    texts = _texts(40)
    many = hasher.fingerprints(texts)
    for text, found in zip(texts, many, strict=True):
        one = hasher.fingerprint(text)
        assert found.signature.shape == (params.num_perm,)
        assert np.array_equal(one.signature, found.signature)
    assert len({f.signature.tobytes() for f in many}) > 4  # not all alike


@pytest.mark.unit
def test_best_per_group_breaks_ties_by_the_given_keys():
    """Rows in insertion order, ties by id (bytes keys): the walk over the rows in id order
    picks the same rows."""
    rng = np.random.default_rng(12)
    tied = 0
    for _ in range(300):
        n = int(rng.integers(1, 40))
        keys = np.array(
            [
                rng.integers(97, 100, size=int(rng.integers(1, 5))).astype(np.uint8).tobytes()
                for _ in range(n)
            ],
            dtype="S8",
        )
        keys = np.unique(keys)  # distinct ids
        rng.shuffle(keys)
        n = len(keys)
        estimate = rng.integers(0, 4, size=n) / 128
        groups = rng.integers(0, 4, size=n)
        found = best_per_group(np.arange(n), estimate, groups, keys).tolist()
        by_id = np.argsort(keys, kind="stable")  # row -> its place in id order
        place = np.empty(n, dtype=np.int64)
        place[by_id] = np.arange(n)
        walked = _walk(place.tolist(), estimate.tolist(), groups.tolist())
        assert sorted(place[found].tolist()) == walked
        tied += n > 3 * CHECKS_PER_STORY
    assert tied > 100  # long enough lists for ties at the cut
