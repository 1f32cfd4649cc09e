"""Dates of events an article tells without a date of their own (issue 15, item 4).

An act whose sentence gives no date continues the incident told just before it and takes
that incident's day (``dossier.kb.facts._earlier_day``); an act the article sets apart, an
act of someone else, a background act ("has responded") or an arrest after an attack keeps
the interval its tense allows. The texts are made up: the places do not exist.
"""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.records import Document
from tests.one_article import exported_events

pytestmark = pytest.mark.nlp


def _lent(text, settings, published="2025-03-10"):
    """(trigger, lent day or None) for each attack or arrest of ``text``."""
    from dossier.kb.facts import _earlier_day

    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text, published=published)
    (analyzed,) = list(analyze([doc], settings))
    out = []
    for event in analyzed.events:
        if event.type not in ("ASSAULT", "COERCE"):
            continue
        lent = _earlier_day(analyzed, event, 3)
        out.append((text[event.trigger[0] : event.trigger[1]], lent.value_start if lent else None))
    return out


def test_an_undated_act_takes_the_day_of_the_incident_it_continues(settings):
    text = (
        "Two bombs struck a market in Velmora on Saturday, killing a shopkeeper, officials said."
        "\n\nThe first explosion occurred near the bus stand of Tarnok."
    )
    found = _lent(text, settings)
    assert ("explosion", "2025-03-08") in found, found


@pytest.mark.parametrize(
    "second",
    [
        # set apart by the article
        "Separately, police arrested three men in Tarnok.",
        # an arrest after an attack is an act of its own day
        "Police arrested three men in Tarnok.",
        # told as background to the news
        "Police have arrested three men in Tarnok.",
    ],
)
def test_an_act_the_article_does_not_tie_to_the_incident_keeps_no_day(second, settings):
    text = f"Gunmen shot dead a shopkeeper in Velmora on Saturday.\n\n{second}"
    found = _lent(text, settings)
    arrests = [day for trigger, day in found if trigger == "arrested"]
    assert arrests == [None], found


def test_the_day_of_a_report_in_the_sentence_bounds_the_day_it_lends(settings):
    text = (
        "Security forces killed nine militants in two engagements in Velmora on Saturday.\n\n"
        "An operation was conducted in the Tarnok area.\n\n"
        "Six militants were killed while two militants were apprehended, said a news release "
        "issued here Sunday."
    )
    found = _lent(text, settings, published="2025-01-12")
    assert ("apprehended", "2025-01-11") in found, found
    # a day the sentence gives the act itself is its own: nothing is lent
    own = text.replace("apprehended, said", "apprehended on Sunday, said")
    found = _lent(own.replace(" issued here Sunday", ""), settings, "2025-01-12")
    assert ("apprehended", None) in found, found


def test_an_act_of_another_named_actor_is_not_the_incident(settings):
    text = (
        "The Federal Investigation Agency arrested four suspects at Velmora airport on Saturday."
        "\n\nThe suspects were arrested by the Dubai Police and deported after their sentences."
    )
    found = _lent(text, settings)
    assert found[-1][1] is None, found


def test_a_date_given_to_several_incidents_dates_each_told_after_it(settings):
    text = (
        "Security forces killed thirteen militants in four separate engagements on March 3 "
        "and 4, the military said.\n\n"
        "In two separate encounters in Velmora, five militants were killed.\n\n"
        "In another encounter that took place in Tarnok district, two militants were killed."
    )
    found = _lent(text, settings)
    assert found[-1] == ("killed", "2025-03-03"), found


def test_two_stated_dates_are_two_incidents(tmp_path, settings):
    text = (
        "Israeli strikes killed more than 50 people in Velmora on Thursday.\n\n"
        "Aid trucks reached the north of the territory.\n\n"
        "The United Nations said aid was far short of what was needed.\n\n"
        "“I fear hunger more than I do Israeli bombardment,” a resident said.\n\n"
        "The army stepped up its offensive in Velmora at the weekend, officials said.\n"
    )
    # the undated retelling joins Thursday's strikes; the weekend's offensive, a date of its
    # own that does not meet Thursday, is not joined through it
    events = exported_events(tmp_path, settings, text, "2025-05-23")
    dates = sorted(e["date"]["start"] for e in events if e["type"] == "ASSAULT" and e["date"])
    assert "2025-05-22" in dates and "2025-05-17" in dates, dates


def test_an_undated_event_gets_on_or_before_its_publication_end_to_end(tmp_path, settings):
    text = "Police arrested three men in Velmora for smuggling weapons, officials said.\n"
    events = exported_events(tmp_path, settings, text, "2025-04-25")
    (arrest,) = [e for e in events if e["type"] == "COERCE"]
    assert arrest["date"]["end"] == "2025-04-25", arrest["date"]
    assert arrest["date"]["start"] < "2025-04-25" and arrest["date"]["precision"] == "range"
    assert "text" not in arrest["date"]  # nothing was written: no made-up expression


def test_a_possessive_day_dates_the_act_its_sentence_tells(settings):
    text = (
        "Rebels fired missiles at a warship in Velmora on Monday.\n\n"
        "In what it said was the final toll from Saturday’s strikes, the ministry said 53 "
        "people had been killed in Tarnok."
    )
    found = _lent(text, settings, published="2025-03-17")
    assert ("killed", "2025-03-15") in found, found


def test_an_arrest_in_the_operation_of_the_same_forces_takes_its_day(settings):
    text = (
        "Five militants were killed in an operation in Velmora district on Friday, the "
        "military said.\n\n"
        "It added that the security forces engaged the militants and one was apprehended by "
        "the security forces."
    )
    found = _lent(text, settings, published="2025-01-17")
    assert ("apprehended", "2025-01-17") in found, found


def test_an_undated_act_continuing_a_continuation_takes_the_incidents_day(settings):
    # the third strike continues the second, which continues the dated lead: one chain
    text = (
        "Strikes on Monday killed at least 40 people across Velmora, officials said.\n\n"
        "A ceasefire had halted the fighting for two months before that.\n\n"
        "They included eight people who were killed in a strike on a family home in Tarnok.\n\n"
        "“They were sleeping in their homes,” a relative said.\n\n"
        "“We found nothing but rubble,” he added.\n\n"
        "Another 10 people were killed in a strike on a school in Ostrand, officials said."
    )
    found = _lent(text, settings, published="2025-04-29")
    assert found[-1] == ("killed", "2025-04-28"), found


def test_a_chain_does_not_reach_an_act_of_another_named_actor(settings):
    text = (
        "The Federal Investigation Agency arrested four suspects at Velmora airport on Saturday."
        "\n\nTwo more suspects were arrested in Tarnok.\n\n"
        "They were arrested by the Dubai Police and deported after their sentences."
    )
    found = _lent(text, settings)
    assert found[-1][1] is None, found
