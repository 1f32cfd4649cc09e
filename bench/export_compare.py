"""An export made comparable between runs: the one helper the benchmarks and the
tests share when they check that two ingests stored the same thing.

Why its own module: ``bench/ingest_bench.py`` (which hashes each store's export) and
``tests/test_ray_engine.py`` / ``tests/test_workers.py`` (which compare exports byte for
byte) had each written the same function; one copy keeps them judging "the same" alike.
Importing it loads nothing else of the repository.
"""

from __future__ import annotations

from typing import Any


def without_timestamps(value: Any) -> Any:
    """An export (parsed JSON) less its ``*_at`` fields: when each row was written
    differs from run to run; everything else must not."""
    if isinstance(value, dict):
        return {k: without_timestamps(v) for k, v in value.items() if not k.endswith("_at")}
    if isinstance(value, list):
        return [without_timestamps(v) for v in value]
    return value
