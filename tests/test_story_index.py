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
