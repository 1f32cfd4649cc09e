"""The one "same export, timestamps aside" rule the benchmarks and the engine tests
share (``bench.export_compare``): it must drop when rows were written, at any depth,
and nothing else -- a comparison that dropped more would call different stores equal."""

from __future__ import annotations

import pytest

from bench.export_compare import without_timestamps

pytestmark = pytest.mark.unit


def test_drops_every_written_at_field_at_any_depth_and_keeps_the_rest():
    export = {
        "exported_at": "2026-12-05T10:00:00",
        "documents": [
            {"id": "d1", "ingested_at": "t1", "published": "2025-01-02", "format": "at"},
            {"id": "d2", "nested": [{"created_at": "t2", "value": 3}]},
        ],
        "at": 1,
    }
    assert without_timestamps(export) == {
        "documents": [
            {"id": "d1", "published": "2025-01-02", "format": "at"},
            {"id": "d2", "nested": [{"value": 3}]},
        ],
        "at": 1,
    }
    assert export["exported_at"] == "2026-12-05T10:00:00"  # the input is left as it was


def test_two_exports_differing_only_in_times_compare_equal_and_others_do_not():
    one = {"entities": [{"id": "e1", "name": "A", "updated_at": "x"}]}
    two = {"entities": [{"id": "e1", "name": "A", "updated_at": "y"}]}
    other = {"entities": [{"id": "e1", "name": "B", "updated_at": "x"}]}
    assert without_timestamps(one) == without_timestamps(two)
    assert without_timestamps(one) != without_timestamps(other)
