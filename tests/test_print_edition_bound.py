"""A print edition went to press the night before its date: what it tells as done without a
date was done by the day before (pure rule over a cleaned document; no model)."""

from __future__ import annotations

import pytest

from dossier.kb.facts import undated_interval
from dossier.kb.said_days import last_reported_day
from dossier.records import Document, Removed

pytestmark = pytest.mark.unit


def _doc(published, footer=None):
    removed = [Removed("metadata", footer)] if footer else []
    return Document(
        id="d", source="s", raw_hash="h", text="x", published=published, removed=removed
    )


def test_a_print_edition_bounds_undated_acts_by_the_day_before():
    printed = _doc("2025-03-23", "Published in Dawn, March 23rd, 2025")
    assert last_reported_day(printed) == "2025-03-22"
    assert undated_interval(last_reported_day(printed), "asserted", 7) == (
        "2025-03-15",
        "2025-03-22",
    )
    # what it tells as planned lies after the day it was written
    assert undated_interval(last_reported_day(printed), "planned", 7)[0] == "2025-03-22"


def test_a_web_page_or_another_days_footer_keeps_its_publication_day():
    assert last_reported_day(_doc("2025-03-23")) == "2025-03-23"
    # a footer of another day is a reprint's, not this page's edition
    assert last_reported_day(_doc("2025-03-23", "Published in Dawn, March 20th, 2025")) == (
        "2025-03-23"
    )
    assert last_reported_day(_doc(None, "Published in Dawn, March 23rd, 2025")) is None
