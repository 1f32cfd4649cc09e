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
