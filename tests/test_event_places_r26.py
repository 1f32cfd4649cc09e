"""Places of events, session 26 (issue 15 item 3): an act its own sentence dates more than
``place_history_days`` before its article ("He was arrested by US police in 2009") is
history the article recalls, so it takes no place from the incident the sentences before it
tell; an act of the recent months, or one with no date of its own, still continues that
incident and takes its place. Unit tests read hand-built dates (no model); the end-to-end
tests run one article through the pipeline."""

from __future__ import annotations

import pytest

from dossier.config import Settings, load_settings
from dossier.kb.event_reports import _long_before
from dossier.records import TimeExpr
from tests.one_article import exported_events
from tests.trigger_places import trigger_places


def _when(start: str | None, end: str | None) -> TimeExpr:
    return TimeExpr(0, 4, "then", start, end, "day", 0)


@pytest.mark.unit
def test_history_days_reads_years_before_as_history_and_last_autumn_as_the_story():
    days = Settings.place_history_days
    assert _long_before(_when("2009-01-01", "2009-12-31"), "2025-04-11", days)
    assert _long_before(_when("2023-05-09", "2023-05-09"), "2025-05-14", days)
    # seven months back: a continuing story's last round ("the October 5 protests")
    assert not _long_before(_when("2024-10-05", "2024-10-05"), "2025-04-22", days)
    assert not _long_before(_when("2025-03-01", "2025-03-31"), "2025-04-22", days)


@pytest.mark.unit
def test_history_days_is_a_setting():
    assert load_settings(environ={"DOSSIER_PLACE_HISTORY_DAYS": "0"}).place_history_days == 0
    assert load_settings(environ={}).place_history_days == Settings.place_history_days


#: an incident told with its place, then an old arrest and a new one with none of their own
STORY = (
    "Police arrested a businessman in Lahore on Monday on charges of fraud.\n"
    "He had been arrested by police in 2009 on similar charges.\n"
)


def _arrest_places(tmp_path, settings) -> dict[str, str | None]:
    events = exported_events(tmp_path, settings, STORY, "2025-04-15")
    return {
        (e["date"] or {}).get("start", "")[:4]: e.get("location_name")
        for e in events
        if e["type"] == "COERCE"
    }


@pytest.mark.nlp
def test_end_to_end_an_old_arrest_takes_no_place_from_the_incident_before_it(
    tmp_path, settings, monkeypatch
):
    (tmp_path / "on").mkdir()
    places = _arrest_places(tmp_path / "on", settings)
    assert places == {"2025": "Lahore", "2009": None}
    # the rule turned off, the arrest of 2009 is filed under Monday's Lahore
    monkeypatch.setenv("DOSSIER_PLACE_HISTORY_DAYS", "0")
    (tmp_path / "off").mkdir()
    assert _arrest_places(tmp_path / "off", settings) == {"2025": "Lahore", "2009": "Lahore"}


# -- the town a local force is named after, where the article's places give no country ------


@pytest.mark.unit
def test_a_town_the_gazetteer_holds_in_one_country_only():
    from dossier.extract.events.place_time import _one_country

    assert _one_country("Quetta")
    assert not _one_country("Paris")  # France's, and towns of that name in the United States
    assert not _one_country("Hyderabad")  # India's and Pakistan's
    assert not _one_country("Ferozabad")  # a neighbourhood the gazetteer lacks


#: a city report whose tagged places (neighbourhoods) the gazetteer lacks: no country
CITY = (
    "The gang snatched a car from Ferozabad and another from a society in Korangi, the SSP "
    "said. After an encounter, Quetta police arrested one suspected member of the gang."
)


@pytest.mark.nlp
def test_a_force_named_after_a_town_places_its_arrest_where_the_article_gives_no_country(nlp):
    assert trigger_places(nlp, CITY)["arrested"] == "Quetta"


@pytest.mark.nlp
def test_a_force_named_after_a_town_of_two_countries_places_nothing_then(nlp):
    text = CITY.replace("Quetta police", "Hyderabad police")
    assert trigger_places(nlp, text)["arrested"] is None


# -- a name after "at" that the model tags a group or a facility: a site ---------------------


@pytest.mark.unit
def test_initials_are_no_site_name():
    from dossier.extract.events.place_time import _initials

    assert _initials("QPC") and _initials("UN") and _initials("N-70")
    assert not _initials("Chautir") and not _initials("Neelum Jhelum")


@pytest.mark.nlp
def test_an_act_done_at_a_name_the_model_reads_as_a_group_is_placed_there(nlp):
    text = (
        "Militants attacked a checkpost in Quetta on Monday. However, at Chautir, near the "
        "site of the incident, residents had blocked the highway in protest."
    )
    assert trigger_places(nlp, text)["blocked"] == "Chautir"


@pytest.mark.nlp
def test_a_name_after_at_that_says_whose_staff_is_no_place(nlp):
    # "an officer at Frim Ventures": an employer, hung on a person's noun, not on the act
    text = "Police arrested Shahbaz Ashraf, chief investment officer at Frim Ventures, on Monday."
    assert trigger_places(nlp, text)["arrested"] is None
