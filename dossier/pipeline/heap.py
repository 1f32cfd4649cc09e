"""The collector and memory settings of an ingest, kept apart from :mod:`dossier.pipeline.run`
so that a caller (or a test) can use them without importing spaCy."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

#: the cyclic collector's thresholds while an ingest runs (Python's: 700, 10, 10). Why:
#: parsing and the extractors make and drop millions of short-lived objects; with a young
#: generation of 700 the collector ran 560 young and 4 full collections for 100 realnews
#: articles (0.29 s CPU, ~1.3% of the run), most of the young ones scanning objects that
#: their reference counts would have freed a moment later. At these thresholds: 6 young,
#: no full one, 0.12 s (same run, ``gc.callbacks`` timing). At most 50,000 objects wait
#: for a collection (a few MB); cycles are still collected.
INGEST_GC_THRESHOLDS = (50_000, 20, 100)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with :data:`INGEST_GC_THRESHOLDS`, then put back the thresholds
    found (an ingest inside a long-lived process, the web app's, leaves it as it was)."""
    before = gc.get_threshold()
    gc.set_threshold(*INGEST_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


#: the environment variable numpy reads at import for its huge-page advice; set, it is the
#: user's choice and an ingest leaves numpy's advice as numpy set it
NUMPY_HUGEPAGE_VARIABLE = "NUMPY_MADVISE_HUGEPAGE"


def set_numpy_huge_pages(enabled: bool) -> bool | None:
    """Turn numpy's huge-page advice on or off; the previous setting, or None where this
    numpy has no such switch or the user chose through :data:`NUMPY_HUGEPAGE_VARIABLE`.

    Why off while an ingest analyses: numpy advises the kernel to back each array of 4 MiB
    or more with 2 MiB pages (``madvise(MADV_HUGEPAGE)``), and the model's per-batch arrays
    (page faults sampled in blis, thinc's maxout and copies) are mapped afresh and freed
    again batch after batch, so the kernel zeroed a whole 2 MiB page at each first touch
    (``clear_page_erms``: 12-17 % of an ingest's samples under ``perf``, the "CPU in the
    kernel" of issue 19; how much depends on the free huge pages the machine has). An ingest of 40
    realnews articles (``--workers 1``), the advice on / off, alternated twice: system CPU
    2.27 / 0.53 s and 1.54 / 0.57 s, user CPU 7.71 / 7.25 s and 7.13 / 7.22 s; every
    array's values are the same either way. numpy's own switch (read from the environment
    at its import) is a private function, so its absence is no error."""
    if os.environ.get(NUMPY_HUGEPAGE_VARIABLE) is not None:
        return None
    try:
        from numpy._core.multiarray import _set_madvise_hugepage
    except ImportError:  # another numpy: its default stays
        return None
    return bool(_set_madvise_hugepage(enabled))


@contextmanager
def small_pages() -> Iterator[None]:
    """Run the block with numpy's huge-page advice off (:func:`set_numpy_huge_pages`),
    then put back the setting found (a long-lived process, the web app's, keeps its own)."""
    before = set_numpy_huge_pages(False)
    try:
        yield
    finally:
        if before is not None:
            set_numpy_huge_pages(before)
