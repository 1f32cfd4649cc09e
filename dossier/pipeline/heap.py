"""The collector settings of an ingest, kept apart from :mod:`dossier.pipeline.run` so
that a caller (or a test) can use them without importing spaCy."""

from __future__ import annotations

import gc
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
