"""An undated event takes the day of the statement the article tells it in: "In a statement
issued on Monday, ..." after an undated lead (a statement made that day; an act on or before
it), and a speaker's statement told on ("He criticised ...") after the one the article dates.
End to end: articles in, the export's event dates out."""

from __future__ import annotations

import pytest

from tests.one_article import exported_events

pytestmark = pytest.mark.nlp


def _dated(events, kind, words):
    found = [
        e for e in events if e["type"] == kind and any(words in s["text"] for s in e["evidence"])
    ]
    assert found, [(e["type"], e["evidence"][0]["text"][:60]) for e in events]
    return found[0]["date"]


def test_a_lead_act_is_on_or_before_the_day_of_the_statement_told_next(tmp_path, settings):
    text = (
        "ISLAMABAD, Apr 22 (APP): Interior Minister Mohsin Naqvi has commended the Khyber "
        "Pakhtunkhwa Police for foiling a terrorist attack on a police post in Bannu.\n\n"
        "In a statement issued on Monday, the interior minister lauded the response of the "
        "police personnel.\n"
    )
    date = _dated(exported_events(tmp_path, settings, text, "2025-04-22"), "ASSAULT", "foiling")
    # Monday is April 21: the attack was then or the day before, not on the wire's day
    assert date["end"] == "2025-04-21" and date["start"] < date["end"], date


def test_a_lead_statement_was_made_on_the_day_its_briefing_gives(tmp_path, settings):
    text = (
        "WASHINGTON: The United States has called upon both Pakistan and India to hold direct "
        "talks to bring down tensions.\n\n"
        "In a press briefing on Thursday, Tammy Bruce, the State Department spokesperson, said "
        "the United States was aware of the offer.\n"
    )
    date = _dated(exported_events(tmp_path, settings, text, "2025-05-09"), "REQUEST", "called upon")
    assert date["start"] == date["end"] == "2025-05-08", date


def test_a_statement_told_on_by_its_speaker_was_made_that_day(tmp_path, settings):
    text = (
        "LAHORE: Party secretary general Syed Hassan Murtaza on Wednesday demanded that the "
        "government declare India a terrorist state.\n\n"
        "He was talking to the media along with the party's parliamentary leader.\n\n"
        "He criticised India's cross-border terrorist activities.\n"
    )
    date = _dated(exported_events(tmp_path, settings, text, "2025-05-08"), "ACCUSE", "criticised")
    assert date["start"] == date["end"] == "2025-05-07", date


def test_a_separate_statement_or_another_day_between_lends_no_day(tmp_path, settings):
    text = (
        "WASHINGTON: The United States has called upon both Pakistan and India to hold direct "
        "talks to bring down tensions.\n\n"
        "In a separate statement on Thursday, the spokesperson said the offer was noted.\n"
    )
    date = _dated(exported_events(tmp_path, settings, text, "2025-05-09"), "REQUEST", "called upon")
    # the undated interval (the publication day and the day before), not Thursday alone
    assert (date["start"], date["end"], date["precision"]) == ("2025-05-08", "2025-05-09", "range")


def test_an_act_during_the_operation_just_told_takes_its_day(tmp_path, settings):
    # another type (an attack in the course of a raid): the raid's day, not the lead's
    text = (
        "MUZAFFARABAD: Four terrorists were killed in an exchange of fire with police in "
        "Rawalakot on Wednesday.\n\n"
        "A joint police team launched a raid in the Petaratta area of Bagh on April 11.\n\n"
        "The suspects opened fire during the operation, killing a passerby.\n\n"
        "On Wednesday, police launched another operation near Hussain Kot.\n"
    )
    date = _dated(exported_events(tmp_path, settings, text, "2025-05-29"), "ASSAULT", "opened fire")
    assert date["start"] == date["end"] == "2025-04-11", date


def test_an_undated_act_takes_the_days_of_the_sentence_that_retells_it(tmp_path, settings):
    text = (
        "QUETTA: In a separate incident, security forces killed seven terrorists during an "
        "operation in the Choteer area of Ziarat district.\n\n"
        "Officials said the targeted operation took place between the Choteer and Sanjavi "
        "areas between Monday night and early Tuesday.\n"
    )
    date = _dated(
        exported_events(tmp_path, settings, text, "2025-04-30"), "ASSAULT", "killed seven"
    )
    # Monday April 28 to Tuesday April 29, not the week before the paper
    assert (date["start"], date["end"]) == ("2025-04-28", "2025-04-29"), date


def test_a_retelling_of_another_kind_of_act_lends_no_day(tmp_path, settings):
    text = (
        "PESHAWAR: Police arrested three suspects in the Hayatabad area of the city.\n\n"
        "The attack on the police station took place on Sunday night.\n"
    )
    date = _dated(
        exported_events(tmp_path, settings, text, "2025-04-30"), "COERCE", "arrested three"
    )
    # an arrest is no attack: it keeps the undated window before the paper
    assert date["start"] < date["end"] == "2025-04-30", date
