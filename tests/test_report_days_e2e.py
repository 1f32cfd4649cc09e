"""Undated acts dated by their report, end to end: articles in, export out (round 16).

See ``tests/test_report_days.py`` for the rules; the texts are made up.
"""

from __future__ import annotations

import pytest

from tests.one_article import exported_events

pytestmark = pytest.mark.nlp


def test_end_to_end_a_dispatch_lead_act_is_the_dispatch_day_or_the_day_before(tmp_path, settings):
    text = (
        "ISLAMABAD, May 28 (APP):A police officer was martyred while another sustained "
        "serious injuries in a shootout with armed robbers near the Velmora station.\n\n"
        "The officer's funeral prayers were offered at the police lines."
    )
    events = exported_events(tmp_path, settings, text, "2025-05-28")
    dates = [(e["date"]["start"], e["date"]["end"]) for e in events if e["type"] == "ASSAULT"]
    assert ("2025-05-27", "2025-05-28") in dates, events


def test_end_to_end_a_report_day_the_sentence_gives_bounds_the_act(tmp_path, settings):
    text = (
        "“A joint team arrested the suspect from Tarnok,” read an official statement issued "
        "today by the police in Velmora.\n"
    )
    events = exported_events(tmp_path, settings, text, "2025-02-25")
    (arrest,) = [e for e in events if e["type"] == "COERCE"]
    assert (arrest["date"]["start"], arrest["date"]["end"]) == ("2025-02-24", "2025-02-25")
