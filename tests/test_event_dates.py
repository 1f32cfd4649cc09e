"""Dates of events an analyst can count on, as pure rules (no model): which of several
reports' dates an event shows, and which sentences step back to an earlier incident."""

from __future__ import annotations

from dossier.kb.fact_summary import best_date, tells_a_campaign
from dossier.kb.facts import opens_with_date, steps_back
from dossier.records import EventMention, TimeExpr


def _row(start, end, text=None, precision="range"):
    return {"date_start": start, "date_end": end, "date_text": text, "precision": precision}


def test_two_inferred_bounds_give_the_earlier_one():
    # "..., the military's media wing said on Monday" and "..., the ISPR had said a day ago":
    # the act was on or before the Sunday
    reports = [_row("2025-02-17", "2025-02-24"), _row("2025-02-16", "2025-02-23")]
    assert best_date(reports)["end"] == "2025-02-23"
    assert best_date(list(reversed(reports)))["end"] == "2025-02-23"


def test_inferred_bounds_are_taken_together_not_counted():
    # six retellings bounded by the publication day, and the lead "..., the military's media
    # wing said on Monday" (that day or the day before): the lead's bound holds for all
    reports = [_row("2025-02-17", "2025-02-24")] * 6 + [_row("2025-02-23", "2025-02-24")]
    assert best_date(reports) == {
        "start": "2025-02-23",
        "end": "2025-02-24",
        "precision": "range",
        "text": None,
    }
    # bounds that do not meet (two incidents in one event) keep the earliest end
    apart = [_row("2025-02-23", "2025-02-24"), _row("2025-02-10", "2025-02-17")]
    assert best_date(apart)["end"] == "2025-02-17"
    # "confirmed late on Saturday" and "told Dawn on Sunday": on or before Saturday, in the
    # window of the report that says so; never the single day two windows would cut out
    saturday = [_row("2025-03-07", "2025-03-08"), _row("2025-03-08", "2025-03-09")]
    found = best_date(saturday)
    assert (found["start"], found["end"]) == ("2025-03-07", "2025-03-08")


def test_a_stated_range_is_cut_at_the_day_another_report_bounds_it_by():
    # "Earlier this week, attacks ... were repelled" (Monday to Wednesday) and "authorities
    # on Monday confirming a grenade attack" (that day or the day before)
    week = _row("2025-03-17", "2025-03-19", "Earlier this week")
    confirmed = _row("2025-03-16", "2025-03-17")
    assert best_date([week, confirmed]) == {
        "start": "2025-03-17", "end": "2025-03-17", "precision": "range",
        "text": "Earlier this week",
    }  # fmt: skip
    # a bound before the stated date is another incident's; a planned act's bound runs forward
    assert best_date([week, _row("2025-03-08", "2025-03-15")])["end"] == "2025-03-19"
    planned = {**_row("2025-03-18", "2025-03-25"), "modality": "planned"}
    assert best_date([week, planned])["end"] == "2025-03-19"


def test_a_stated_date_still_wins_and_keeps_report_order():
    stated = [
        _row("2025-02-23", "2025-02-23", "Sunday", "day"),
        _row("2025-02-22", "2025-02-22", "Saturday", "day"),
    ]
    assert best_date([_row("2025-02-16", "2025-02-23"), *stated])["text"] == "Sunday"


def _event(text, time=None):
    return EventMention(type="ASSAULT", mode=None, trigger=(0, 1), start=0, end=len(text),
                        sentence=0, time=time)  # fmt: skip


def _time(text, words, value="2025-02-17", precision="day"):
    at = text.index(words)
    return TimeExpr(at, at + len(words), words, value, value, precision, 0)


def _opening(text, words, **kwargs):
    time = _time(text, words, **kwargs)
    return opens_with_date(text, _event(text, (time.start, time.end)), [time])


def test_a_sentence_that_opens_with_its_own_date():
    for text, words in [
        ("Last week, security forces killed 30 terrorists.", "Last week"),
        ("Only last week, two soldiers were martyred.", "last week"),
        ("Earlier on Feb 24, four personnel were martyred.", "Feb 24"),
        ("On Tuesday, the ISPR reported eight terrorists were killed.", "Tuesday"),
        ("Lakki attack\n\nOn Saturday, a militant was killed.", "Saturday"),
    ]:
        assert _opening(text, words) is not None, text
    assert _opening("Security forces killed 30 terrorists last week.", "last week") is None
    # the fronted date must be the event's own: "A couple of days ago, two constables were
    # arrested for the kidnapping" does not date the kidnapping
    text = "Last week, security forces killed 30 terrorists."
    time = _time(text, "Last week")
    assert opens_with_date(text, _event(text), [time]) is None
    unresolved = TimeExpr(0, 9, "Last week", None, None, None, 0)
    assert opens_with_date(text, _event(text, (0, 9)), [unresolved]) is None


def test_an_opening_date_steps_back_from_the_news_unless_it_is_the_news():
    lead = [{"date_text": None, "date_start": "2025-02-24", "date_end": "2025-03-03"}]
    text = "Earlier on Feb 24, four personnel were martyred."
    assert steps_back(_opening(text, "Feb 24", value="2025-02-24"), lead)
    text = "Only last week, two soldiers were martyred."
    assert steps_back(_opening(text, "last week", value="2025-03-01", precision="week"), lead)
    # "On 4 March 2025, a terrorist attack was attempted" in a report of March 5: the news
    lead = [{"date_text": None, "date_start": "2025-02-26", "date_end": "2025-03-05"}]
    text = "On 4 March 2025, a terrorist attack was attempted."
    assert not steps_back(_opening(text, "4 March 2025", value="2025-03-04"), lead)
    # an incident told with a stated date: only that date is the same incident
    told = [*lead, {"date_text": "on Friday", "date_start": "2025-03-07", "date_end": "2025-03-07"}]
    assert steps_back(_opening(text, "4 March 2025", value="2025-03-04"), told)
    assert not steps_back(_opening(text, "4 March 2025", value="2025-03-07"), told)


def test_a_sentence_that_opens_with_the_day_of_a_report_tells_earlier_news():
    # "On Tuesday, the ISPR reported eight terrorists were killed during two separate
    # operations" after a lead whose act the article dates to Tuesday night
    told = [{"date_text": "Tuesday night", "date_start": "2025-01-14", "date_end": "2025-01-14"}]
    text = "On Tuesday, the ISPR reported eight terrorists were killed."
    opening = _opening(text, "Tuesday", value="2025-01-14")
    assert not steps_back(opening, told)
    assert steps_back(opening, told, report=True)


def test_places_of_one_incident_told_at_two_scales():
    from dossier.kb.facts import nested_places

    assert nested_places("Kunduz", "Kunduz province")  # the same name
    assert nested_places("Kunduz", "Afghanistan")  # a city and its country
    assert nested_places("Turbat", "Balochistan")  # a town and its province
    assert not nested_places("Turbat", "Khyber Pakhtunkhwa")  # another province's
    assert not nested_places("Quetta", "Turbat")  # two towns are two places
    assert not nested_places("Kunduz", None)


def test_a_campaigns_date_is_not_the_incidents():
    # "Gunmen shot dead a police officer" (undated: the days before publication) and "Over the
    # past decade, hundreds ... have been killed" in one event: the tally's date is not its date
    decade = _row("2015-02-19", "2025-02-19", "past decade")
    lead = _row("2025-02-12", "2025-02-19")
    assert tells_a_campaign(decade) and not tells_a_campaign(lead)
    assert best_date([lead, decade])["end"] == "2025-02-19"
    assert best_date([lead, decade])["start"] == "2025-02-12"
    # beside a stated day it is the day; alone it still dates its event
    day = _row("2025-02-19", "2025-02-19", "Wednesday", "day")
    assert best_date([decade, day])["text"] == "Wednesday"
    assert best_date([decade])["text"] == "past decade"
    # a month may date one incident ("last month", "in March")
    assert not tells_a_campaign(_row("2025-03-01", "2025-03-31", "in March", "month"))
