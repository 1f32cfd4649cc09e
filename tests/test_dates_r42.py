"""Dates, round 42: a page's own date line with its update beside it ("on April 30, 2008 at
4:31 AM, updated April 30, 2008 at 8:33 AM"), so an undated page still gets its publication
day; a four-digit clock time ("at 1230 hours") is never a year; an act "a few hours after" a
dated event, or told "minutes later", takes that day.

The date-line tests need no model; the clock-time test runs the spaCy model on a fictional
sentence.
"""

from __future__ import annotations

import pytest

from dossier.clean.lines import Kind, classify
from dossier.clean.published import date_line
from dossier.clean.text import clean_plain_text


@pytest.mark.unit
@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # published and updated on one line: the first date is the publication
        ("on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM", "2008-04-30"),
        ("on September 14, 2013 11:41am | Updated on September 14, 2013 11:41am", "2013-09-14"),
        ("PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013", "2013-03-12"),
        ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "2005-11-27"),
        ("Posted September 26, 2013 - 3:47pm Updated September 27, 2013 - 6:56am", "2013-09-26"),
        # a zone offset cut short by the page
        ("Posted on November 15, 2011 6:07:15 PM GMT+01:0", "2011-11-15"),
    ],
)
def test_date_lines_with_their_update_or_a_spaced_hour(line, iso):
    assert date_line(line) == iso
    assert classify(0, line).kind is Kind.DATE


@pytest.mark.unit
@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan responded on January 18, 2024 and again on March 3, 2024.",
        "From January 1, 2024 to March 3, 2024 the talks went on.",
        "Between May 5, 2024 and May 9, 2024",
    ],
)
def test_sentences_with_two_dates_are_still_not_date_lines(sentence):
    assert date_line(sentence) is None


@pytest.mark.unit
def test_an_undated_page_takes_the_date_line_under_its_headline():
    page = (
        "Jury finds suspect in office shooting guilty\n\n"
        "on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM\n\n"
        "A jury on Tuesday convicted a man charged in an April 2007 shooting at an accounting "
        "firm that left a receptionist dead and two partners wounded.\n\n"
        "The man was found guilty of first-degree murder, the court said.\n"
    )
    part = clean_plain_text(page)[0]
    assert part.published == "2008-04-30"
    assert "updated" not in part.text


@pytest.mark.nlp
def test_a_four_digit_clock_time_is_not_a_year(nlp):
    from dossier.extract.timex import find_times

    doc = nlp(
        "Marine commandos boarded the dhow at 1230 hours and apprehended the pirates, "
        "the navy said on Saturday."
    )
    sentence_at = {s.start_char: i for i, s in enumerate(doc.sents)}
    found = {t.text: t.value_start for t in find_times(doc, "2008-12-14", sentence_at)}
    assert "1230" not in found
    assert found.get("Saturday") == "2008-12-13"


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "John Smith, 38, had been arrested following a high-speed chase a few hours after the "
            "Monday morning shootings at an accounting firm.",
            "arrested",
        ),
        (
            "A gunman was arrested after a chase a few hours after the Monday morning attack, "
            "authorities said.",
            "arrested",
        ),
    ],
)
def test_an_act_hours_after_a_dated_event_takes_its_day(nlp, sentence, act):
    from tests.one_article import trigger_days

    assert trigger_days(nlp, sentence, "2007-04-12").get(act) == "2007-04-09"


@pytest.mark.nlp
def test_an_act_days_after_a_dated_event_does_not_take_its_day(nlp):
    from tests.one_article import trigger_days

    dated = trigger_days(
        nlp,
        "He was arrested after a chase three days after the Monday morning attack, police said.",
        "2007-04-12",
    )
    assert dated.get("arrested") != "2007-04-09"


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in Bannu on Monday. Police arrested two suspects a few "
        "hours later.",
        "Gunmen attacked a police post in Bannu on Monday. Hours later, police arrested two "
        "suspects.",
    ],
)
def test_minutes_or_hours_later_is_the_day_just_given(nlp, text):
    from tests.one_article import trigger_days

    assert trigger_days(nlp, text, "2007-04-12").get("arrested") == "2007-04-09"
