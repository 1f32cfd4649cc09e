"""Dates of events, round 20: an act told as done that its article dates by nothing but itself
was done by the report, on the day it was written or the day before (as one dated by "police
said on Wednesday"), not any day of the week before; a planned act keeps the wider window."""

from __future__ import annotations

import pytest

from dossier.kb.event_days import undated_window
from tests.one_article import exported_events


@pytest.mark.unit
def test_an_undated_act_told_as_done_is_of_the_reports_day_or_the_day_before():
    assert undated_window("2025-03-24", "asserted", 7, 1) == ("2025-03-23", "2025-03-24")
    assert undated_window("2025-03-01", "alleged", 7, 1) == ("2025-02-28", "2025-03-01")
    # a print edition's acts were done by the night before it went to press: the day given
    # is that evening (kb.said_days.last_reported_day), the window ends there
    assert undated_window("2025-03-06", "asserted", 7, 1) == ("2025-03-05", "2025-03-06")


@pytest.mark.unit
def test_a_planned_hypothetical_or_negated_act_keeps_the_wide_window():
    assert undated_window("2025-03-24", "planned", 7, 1) == ("2025-03-24", "2025-03-31")
    assert undated_window("2025-03-24", "hypothetical", 7, 1) == ("2025-03-17", "2025-03-24")
    assert undated_window("2025-03-24", "negated", 7, 1) == ("2025-03-17", "2025-03-24")
    assert undated_window(None, "asserted", 7, 1) is None


@pytest.mark.nlp
def test_end_to_end_an_undated_arrest_is_of_the_report_day_or_the_day_before(tmp_path, settings):
    text = (
        "The police arrested the driver of the tanker and impounded the vehicle.\n\n"
        "The injured were shifted to the Velmora hospital."
    )
    events = exported_events(tmp_path, settings, text, "2025-03-07")
    (arrest,) = [e for e in events if e["type"] == "COERCE"]
    assert (arrest["date"]["start"], arrest["date"]["end"]) == ("2025-03-06", "2025-03-07")
