"""The story index's LSH is datasketch's, set up without its per-process search."""

from __future__ import annotations

import pytest
from datasketch import MinHashLSH

from dossier.stories.dedup import LSH_BANDS, DedupParams, StoryIndex


@pytest.mark.unit
def test_kept_lsh_bands_are_the_ones_datasketch_finds():
    for (threshold, num_perm), bands in LSH_BANDS.items():
        found = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert (found.b, found.r) == bands


@pytest.mark.unit
def test_the_default_index_uses_the_kept_bands_and_others_are_searched():
    index = StoryIndex()
    assert (index.lsh.b, index.lsh.r) == LSH_BANDS[(0.3, 128)]
    other = StoryIndex(params=DedupParams(lsh_threshold=0.5))
    found = MinHashLSH(threshold=0.5, num_perm=128)
    assert (other.lsh.b, other.lsh.r) == (found.b, found.r)


@pytest.mark.unit
def test_band_index_finds_what_datasketch_finds():
    """Signatures in a few families (shared values, so bands collide), inserted into
    both; every query gets the same candidate set."""
    import numpy as np

    from dossier.stories.dedup import BandIndex, LshSignature

    rng = np.random.default_rng(7)
    bases = rng.integers(0, 2**32, size=(5, 128), dtype=np.uint64)
    signatures = []
    for i in range(300):
        signature = bases[i % 5].copy()
        changed = rng.random(128) < rng.uniform(0.2, 0.95)
        signature[changed] = rng.integers(0, 2**32, size=int(changed.sum()), dtype=np.uint64)
        signatures.append(signature)
    ours, theirs = BandIndex(0.3, 128), MinHashLSH(threshold=0.3, num_perm=128)
    for i, signature in enumerate(signatures[:200]):
        ours.insert(f"d{i}", signature.astype(np.uint32))  # stored signatures are uint32
        theirs.insert(f"d{i}", LshSignature(signature))
    hits = 0
    for signature in signatures:
        found = ours.query(signature)
        assert found == set(theirs.query(LshSignature(signature)))
        hits += len(found)
    assert hits > 300  # the families collide: the comparison is not of empty sets


# -- the story index kept in the store (migration 14) ---------------------------
def _texts(n: int) -> list[str]:
    """``n`` documents in families: each family's documents share most sentences (so
    LSH bands and sentence postings collide), and one stock sentence is in all of them
    (more postings than the index keeps)."""
    import random

    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(400)]
    stock = "The security forces said the area was cordoned off and a search was launched."
    families = [
        [" ".join(rng.choices(vocabulary, k=12)) + "." for _ in range(10)] for _ in range(6)
    ]
    texts = []
    for i in range(n):
        sentences = list(families[i % 6])
        for j in rng.sample(range(10), 3):
            sentences[j] = " ".join(rng.choices(vocabulary, k=12)) + "."
        texts.append(" ".join([*sentences, stock]))
    return texts


def _stored(store, document_id: str, text: str, story: str) -> None:
    store._exec(
        "INSERT INTO documents (id, source, raw_hash, segment, version, text, removed, "
        "story_id, ingested_at) VALUES (?, ?, ?, 0, 1, ?, '', ?, '')",
        (document_id, document_id, document_id, text, story),
    )


def _index_rows(store) -> tuple[list, list, list]:
    return (
        store._all("SELECT band, bucket, document_id FROM story_bands ORDER BY 1, 2, 3"),
        store._all("SELECT hash, document_id FROM story_sentences ORDER BY 1, 2"),
        store._all("SELECT document_id FROM dedup_keys WHERE indexed = 1 ORDER BY 1"),
    )


@pytest.mark.unit
def test_the_migration_keeps_the_story_index_constants():
    from dossier.store import migrations
    from dossier.stories.dedup import INDEXED_PER_STORY

    index = StoryIndex()
    assert (migrations.STORY_BANDS, migrations.STORY_BAND_ROWS) == (index.lsh.b, index.lsh.r)
    assert migrations.STORY_INDEXED == INDEXED_PER_STORY
    assert migrations.STORY_POSTINGS == index.params.max_sentence_postings + 1


def test_the_stored_index_finds_what_the_in_memory_index_finds(tmp_path):
    """Documents inserted into both, stories capped (one story of 30 members, the rest
    alone), a sentence posted beyond the cap: every query gets the same candidates,
    background and screened ranking; then the tables are rebuilt by migration 14 from
    the stored keys and come out the same as written one document at a time."""
    import numpy as np

    from dossier.store import SQLiteStore
    from dossier.stories.dedup import StoredStoryIndex

    texts = _texts(120)
    store = SQLiteStore(tmp_path / "kb.db")
    memory = StoryIndex()
    stored = StoredStoryIndex(store)
    with store.transaction():
        for i, text in enumerate(texts[:100]):
            document_id, story = f"d{i:03d}", ("s0" if i < 30 else f"s{i}")
            fingerprint = memory.hasher.fingerprint(text)
            _stored(store, document_id, text, story)
            store.add_dedup_keys(
                document_id,
                fingerprint.signature.astype(np.uint32).tobytes(),
                sorted(fingerprint.sentences),
                len(fingerprint.shingles),
            )
            memory.insert(document_id, fingerprint, story)
            stored.insert(document_id, fingerprint, story)
    assert len(_index_rows(store)[2]) == 12 + 70  # the cap held back 18 of story s0
    busy = max(memory.by_sentence.values(), key=len)
    assert len(busy) == 51  # a posting list at the cap
    compared = 0
    for text in texts:
        fingerprint = memory.hasher.fingerprint(text)
        fresh = StoredStoryIndex(store)  # a new run: nothing held in memory
        found = memory.candidates(fingerprint)
        assert fresh.candidates(fingerprint) == found
        assert fresh.background(fingerprint) == memory.background(fingerprint)
        assert fresh.screen_ranked(fingerprint, found) == memory.screen_ranked(fingerprint, found)
        compared += len(found)
    assert compared > 500

    written = _index_rows(store)
    with store.transaction():
        store._exec("DROP TABLE story_bands")
        store._exec("DROP TABLE story_sentences")
        store._exec("UPDATE dedup_keys SET indexed = 0")
        store._exec("DELETE FROM schema_version WHERE version >= 14")
    store.close()
    store = SQLiteStore(tmp_path / "kb.db")  # migrates to 14 again
    try:
        assert _index_rows(store) == written
    finally:
        store.close()


@pytest.mark.unit
def test_the_default_index_does_not_import_datasketch():
    """datasketch imports scipy (about 0.6 s a process): a process that clusters with the
    kept bands must not pay it (a fresh interpreter, so other tests' imports do not count)."""
    import subprocess
    import sys

    code = (
        "import sys; from dossier.stories.dedup import StoryIndex, cluster; StoryIndex(); "
        "cluster([('a', 'One text here.'), ('b', 'Another one.')]); "
        "print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


@pytest.mark.unit
def test_band_keys_are_each_bands_values_as_bytes():
    """The keys made in C are the bands' uint64 values as bytes, a signature given as
    uint64 or uint32 alike; the values past the last band are in no key."""
    import numpy as np

    from dossier.stories.dedup import BandIndex

    index = BandIndex(0.3, 128)
    signature = np.random.default_rng(3).integers(0, 2**32, size=128, dtype=np.uint64)
    raw = signature.tobytes()
    width = 8 * index.r
    expected = [raw[i * width : (i + 1) * width] for i in range(index.b)]
    assert index._bands(signature) == expected
    assert index._bands(signature.astype(np.uint32)) == expected
    changed = signature.copy()
    changed[index.b * index.r :] += 1
    assert index._bands(changed) == expected
