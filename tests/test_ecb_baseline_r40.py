"""The publication-day baseline of ``bench/eval_events.py`` on an undated page: an ECB+
document has no ``published`` day, and a gold month, year, span or bound compared with a
missing day stopped ``eval_event_sets.py --sets ecb1`` with a TypeError (session 40)."""

from __future__ import annotations

import pytest

from bench.eval_events import baseline_date_right

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("gold", ["2005", "2011-10", "2010-09-09..2010-09-10", "<=2004-12-31"])
def test_an_undated_page_gives_the_baseline_no_date_so_a_dated_gold_is_missed(gold):
    assert baseline_date_right(gold, None) is False


def test_an_undated_page_is_right_for_an_undated_gold():
    assert baseline_date_right(None, None) is True


def test_a_dated_page_still_dates_the_baseline_by_its_day():
    assert baseline_date_right("2025-05-05", "2025-05-05") is True
    assert baseline_date_right("<=2025-05-05", "2025-05-05") is False  # one day, not a bound
    assert baseline_date_right(None, "2025-05-05") is False
