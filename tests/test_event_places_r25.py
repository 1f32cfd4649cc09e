"""Places of events, session 25 (issue 15 item 3): a news agency's dateline places the news
it files, not the history it recalls. An act an agency's dispatch dates more than
``dateline_recent_days`` before it was written ("In 2001, after the attack on the
Parliament") takes no place from the dateline; an undated act, or one of the recent weeks,
keeps it, and so does history under a newspaper's own dateline ("KARACHI:"), where its
correspondent covers the city. Deaths a tribute or homage honours are, like those a
statement condemns or grieves, not placed by the dateline. Unit tests read hand-built dates
(no model); the end-to-end tests run one article through the pipeline."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.kb.event_reports import (
    _from_an_agency,
    _long_before,
    _reacted_to,
    _retells_a_reaction,
)
from dossier.records import EventMention, TimeExpr
from tests.one_article import exported_events


def _when(start: str | None, end: str | None) -> TimeExpr:
    return TimeExpr(0, 4, "then", start, end, "day", 0)


@pytest.mark.unit
def test_an_act_of_years_before_its_report_is_long_before():
    days = Settings.dateline_recent_days
    assert _long_before(_when("2001-01-01", "2001-12-31"), "2025-05-08", days)
    assert _long_before(_when("2024-01-01", "2024-01-01"), "2025-04-30", days)
    assert _long_before(_when("2023-05-09", "2023-05-09"), "2025-01-31", days)


@pytest.mark.unit
def test_an_agency_dateline_is_told_from_a_newspapers_own():
    assert _from_an_agency("ISLAMABAD, May 08 (APP): The minister said ...")
    assert _from_an_agency("LONDON (Reuters) - Police arrested ...")
    assert not _from_an_agency("KARACHI: Police arrested two suspects ...")
    assert not _from_an_agency("Police said: two suspects were arrested ...")


@pytest.mark.unit
def test_a_recent_undated_or_unresolved_act_keeps_the_dateline():
    days = Settings.dateline_recent_days
    # the same week, last month, the month before last: news the desk may well have filed
    assert not _long_before(_when("2025-05-06", "2025-05-07"), "2025-05-08", days)
    assert not _long_before(_when("2025-04-01", "2025-04-30"), "2025-05-08", days)
    assert not _long_before(_when("2025-02-10", "2025-02-10"), "2025-05-08", days)
    # a year that runs up to the report ("earlier this year") ends recent
    assert not _long_before(_when("2025-01-01", "2025-12-31"), "2025-05-08", days)
    assert not _long_before(None, "2025-05-08", days)
    assert not _long_before(_when(None, None), "2025-05-08", days)
    assert not _long_before(_when("2001-01-01", "2001-12-31"), None, days)
    assert not _long_before(_when("2001-01-01", "2001-12-31"), "2025-05-08", 0)  # turned off


def _old_assault_places(tmp_path, settings, text: str) -> list[str | None]:
    events = exported_events(tmp_path, settings, text, "2025-04-27")
    return [
        e.get("location_name")
        for e in events
        if e["type"] == "ASSAULT" and (e["date"] or {}).get("end", "9") < "2002"
    ]


#: a dispatch's lead, then history it recalls with no place of its own
HISTORY = (
    "The opposition has been blamed for the unrest without any evidence, sources said.\n"
    "In 2001, after the attack on the Parliament, the government blamed the opposition, "
    "sacrificing around 800 soldiers, the sources claimed.\n"
)


@pytest.mark.nlp
def test_end_to_end_history_an_agency_recalls_takes_no_dateline_place(
    tmp_path, settings, monkeypatch
):
    text = "ISLAMABAD, Apr 27 (APP): " + HISTORY
    (tmp_path / "on").mkdir()
    assert _old_assault_places(tmp_path / "on", settings, text) == [None]
    # the rule turned off, the same attack of 2001 is filed under the bureau's Islamabad
    monkeypatch.setenv("DOSSIER_DATELINE_RECENT_DAYS", "0")
    (tmp_path / "off").mkdir()
    assert _old_assault_places(tmp_path / "off", settings, text) == ["ISLAMABAD"]


@pytest.mark.nlp
def test_end_to_end_a_newspapers_own_dateline_still_places_local_history(tmp_path, settings):
    # a correspondent's "KARACHI:" covers the city; a suspect's old arrests there stay there
    assert _old_assault_places(tmp_path, settings, "KARACHI: " + HISTORY) == ["KARACHI"]


def _act(text: str, trigger: str, kind: str = "ASSAULT") -> EventMention:
    at = text.index(trigger)
    return EventMention(kind, None, (at, at + len(trigger)), 0, len(text), 0)


@pytest.mark.unit
def test_deaths_a_tribute_or_homage_honours_are_not_placed_by_the_dateline():
    # the desk that files the tribute is in the capital; the soldiers fell where they fought
    text = "He paid tribute to six soldiers who were martyred while defending the homeland."
    assert _reacted_to(text, _act(text, "martyred"))
    text = "The minister paid homage to the martyrs of the attack by Indian forces."
    assert _reacted_to(text, _act(text, "attack"))
    # told for itself, the act keeps the dateline; the tribute after it does not move it
    text = "Gunmen killed two policemen, and the chief minister paid tribute to them."
    assert not _reacted_to(text, _act(text, "killed"))


def _in(sentence: int, text: str, trigger: str, kind: str = "ASSAULT") -> EventMention:
    at = text.index(trigger)
    return EventMention(kind, None, (at, at + len(trigger)), at - at % 1000, at + 100, sentence)


@pytest.mark.unit
def test_an_incident_told_so_far_only_as_condemned_is_retold_without_the_dateline():
    # three sentences of one statement, laid out a thousand characters apart
    first = "The senator strongly condemned the firing on the convoy of the Speaker."
    second = "She said the attack on the Speaker is an attack on democracy."
    text = first.ljust(1000) + second.ljust(1000)
    condemned = _in(0, text, "firing")
    retold = _in(1, text, "attack on the Speaker")
    assert _retells_a_reaction(text, retold, [condemned, retold])
    # an arrest is another incident; a first report told for itself keeps the dateline
    assert not _retells_a_reaction(
        text, _in(1, text, "attack on the Speaker", "COERCE"), [condemned]
    )
    news = "Gunmen opened firing on the convoy of the Speaker on Sunday."
    text = news.ljust(1000) + second.ljust(1000)
    told = _in(0, text, "firing")
    assert not _retells_a_reaction(text, _in(1, text, "attack on the Speaker"), [told])
    # nothing told before: the first report is judged by its own words alone
    assert not _retells_a_reaction(text, told, [told])
