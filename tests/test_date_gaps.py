"""bench/date_gaps.py: each wrong date lands in the bucket that names its kind."""

from __future__ import annotations

import pytest

from bench.date_gaps import kind_of

pytestmark = pytest.mark.unit


def _got(start: str, end: str | None = None) -> dict[str, str]:
    return {"start": start, "end": end or start}


@pytest.mark.parametrize(
    ("gold", "got", "kind"),
    [
        ("2025-05-28", None, "no date"),
        (None, _got("2025-05-28"), "date where none"),
        ("<=2025-04-07", _got("2025-04-07"), "day for an interval (report's day)"),
        ("<=2025-04-07", _got("2025-04-05"), "day for an interval"),
        ("<=2025-05-06", _got("2025-05-15"), "day for an interval (outside it)"),
        ("2025-05-27..2025-05-28", _got("2025-05-21", "2025-05-28"), "interval too wide"),
        ("2025-05-28", _got("2025-05-27", "2025-05-28"), "interval too wide"),
        ("<=2025-03-22", _got("2025-03-16", "2025-03-23"), "interval ends late"),
        ("2025-04-06", _got("2025-04-07"), "wrong day (+1 d)"),
        ("2025-01-11", _got("2025-01-20", "2025-01-21"), "wrong interval"),
        ("2023-05-09", _got("2025-05-09"), "wrong year"),
        ("2024-06", _got("2025-01-01", "2025-01-31"), "wrong year"),
    ],
)
def test_kind_of_wrong_dates(gold, got, kind) -> None:
    assert kind_of(gold, got, matched=True) == kind


def test_unmatched_rows_are_not_date_errors() -> None:
    assert kind_of("2025-05-28", None, matched=False) == "not matched"
