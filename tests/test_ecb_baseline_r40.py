"""The dateline baseline of ``bench/eval_events.py`` on pages with no publication date (ECB+
pages, ``bench.e2e.ecb_articles``): scoring a set of them must not fail on a dated gold row."""

from __future__ import annotations

import pytest

from bench.eval_events import baseline_date_right

pytestmark = pytest.mark.unit


def test_an_undated_page_gives_the_baseline_an_undated_event():
    # a span, a bound, a day and a month against no publication date: undated, so wrong
    for gold in ("2013-07-20..2013-07-21", "<=2013-06-08", "2013-03-13", "2012"):
        assert baseline_date_right(gold, None) is False
    # an undated gold row is what an undated page's baseline gets right
    assert baseline_date_right(None, None) is True


def test_a_dated_page_keeps_the_dateline_baseline():
    assert baseline_date_right("2025-05-12", "2025-05-12") is True
    assert baseline_date_right("2025-05-11..2025-05-12", "2025-05-12") is True
    assert baseline_date_right(None, "2025-05-12") is False
