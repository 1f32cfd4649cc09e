"""An ingest runs with numpy's huge-page advice off, and puts back what it found.

Issue 19 (session 30): with the advice on, the kernel zeroed a 2 MiB page at the first touch
of each of the model's per-batch arrays -- up to a fifth of an ingest's CPU, in the kernel.
``pipeline.heap.small_pages`` turns it off for the ingest, back after, and leaves it alone
where the user set ``NUMPY_MADVISE_HUGEPAGE``.
"""

from __future__ import annotations

import pytest
from numpy._core.multiarray import _set_madvise_hugepage

from dossier.config import load_settings
from dossier.pipeline import heap, run

pytestmark = pytest.mark.unit


def _advice() -> bool:
    """numpy's current setting, read by setting it and putting it back."""
    now = _set_madvise_hugepage(True)
    _set_madvise_hugepage(now)
    return bool(now)


@pytest.mark.parametrize("found", [True, False])
def test_small_pages_turns_the_advice_off_and_back(monkeypatch, found):
    monkeypatch.delenv(heap.NUMPY_HUGEPAGE_VARIABLE, raising=False)
    before = _set_madvise_hugepage(found)
    try:
        with heap.small_pages():
            assert _advice() is False
        assert _advice() is found
    finally:
        _set_madvise_hugepage(before)


def test_the_users_choice_is_left_alone(monkeypatch):
    monkeypatch.setenv(heap.NUMPY_HUGEPAGE_VARIABLE, "1")
    before = _set_madvise_hugepage(True)
    try:
        assert heap.set_numpy_huge_pages(False) is None
        with heap.small_pages():
            assert _advice() is True
        assert _advice() is True
    finally:
        _set_madvise_hugepage(before)


def test_an_ingest_analyses_with_small_pages(monkeypatch, tmp_path):
    monkeypatch.delenv(heap.NUMPY_HUGEPAGE_VARIABLE, raising=False)
    seen = []

    def load_stories(store):
        seen.append(_advice())
        raise RuntimeError("stop here")

    monkeypatch.setattr(run, "load_stories", load_stories)
    before = _set_madvise_hugepage(True)
    try:
        with pytest.raises(RuntimeError, match="stop here"):
            run.ingest_articles([], object(), load_settings(), workers=1)  # type: ignore[arg-type]
        assert seen == [False]
        assert _advice() is True  # put back, even after an error
    finally:
        _set_madvise_hugepage(before)
