"""Dates of events, round 29: an act told as coming before the day of the news is bounded by it.

A statement of the day reacts to acts that came before it ("adopted a resolution on
Wednesday rejecting false allegations"), and a reporter marks some acts as earlier than the
news ("Security forces earlier detained ..."); the day such an act is given is the news day,
which only bounds it (:func:`dossier.kb.prior_acts.told_before_its_day`). The texts are made
up: the places do not exist.
"""

from __future__ import annotations

import pytest

from tests.one_article import hand_built

pytestmark = pytest.mark.unit

_DAYS = {
    "on Wednesday": "2025-04-30",
    "A day ago": "2025-04-30",
    "on May 21": "2025-05-21",
    "in 2019": "2019-01-01",
}


def _bounded(
    text: str,
    trigger: str,
    kind: str = "ASSAULT",
    dated: str | None = "on Wednesday",
    speech: bool = False,
    modality: str = "asserted",
    published: str = "2025-05-01",
) -> bool:
    """Whether the event of ``trigger`` in ``text`` (one sentence a line), dated by the
    words ``dated`` (its own sentence's or another's), is told as coming before that day."""
    from dataclasses import replace

    from dossier.kb.event_days import _time_of
    from dossier.kb.prior_acts import told_before_its_day

    analyzed = hand_built(
        text, _DAYS, [(trigger, kind, None)], published, {trigger: dated} if dated else None
    )
    (event,) = analyzed.events
    event = replace(event, modality=modality)
    when = _time_of(event.time, analyzed.times)
    assert when is not None
    return told_before_its_day(analyzed.document.text, event, when, published, speech)


def test_the_allegations_a_resolution_rejects_came_before_its_day():
    text = (
        "The Velmora Assembly on Wednesday adopted a resolution rejecting false allegations "
        "of the government about an attack in Kestrel."
    )
    assert _bounded(text, "attack")
    assert _bounded(text, "allegations", kind="ACCUSE", speech=True)


def test_what_a_rally_condemns_came_before_the_rally():
    text = (
        "Traders staged a rally in Velmora on Wednesday, condemning what they called the "
        "killing of a shopkeeper."
    )
    assert _bounded(text, "killing")


def test_the_arrests_a_protest_demands_undone_came_before_it():
    text = (
        "Protesters blocked the highway on Wednesday, demanding the release of men arrested "
        "in Kestrel."
    )
    assert _bounded(text, "arrested", kind="COERCE")
    # a demanded arrest is planned: no act yet, nothing to bound
    assert not _bounded(text, "arrested", kind="COERCE", modality="planned")


def test_the_act_a_demand_wants_is_not_bounded():
    text = "Sources said on Wednesday the exile met a key demand for lifting sanctions."
    assert not _bounded(text, "lifting", kind="RETREAT")


def test_an_act_marked_earlier_is_bounded_by_the_day_it_borrows():
    # the day the lead gives the news, lent to the act the next sentence tells as earlier
    text = (
        "Protesters blocked the highway in Kestrel on Wednesday.\n"
        "Security forces earlier detained a dozen people from Velmora.\n"
        "An earlier raid on the village had left two dead."
    )
    assert _bounded(text, "detained", kind="COERCE")
    assert _bounded(text, "raid")


def test_a_recent_act_is_bounded_by_the_day_it_is_told():
    text = (
        "Protesters blocked the highway on Wednesday, seeking the release of men held since "
        "a recent militant attack in Kestrel."
    )
    assert _bounded(text, "attack")


def test_a_day_counted_earlier_is_no_mark_of_an_earlier_act():
    # "a day earlier" dates the act from another day; the rule leaves that date alone
    text = "Protesters blocked the highway on Wednesday.\nA day earlier, gunmen attacked a post."
    assert not _bounded(text, "attacked")


def test_earlier_with_a_day_after_it_is_that_days_act():
    text = "Security forces earlier detained a dozen people in Kestrel on Wednesday."
    assert not _bounded(text, "detained", kind="COERCE")


def test_the_act_that_does_the_reacting_keeps_its_day():
    # the strike is the news; only the launches it answers came before it
    text = "Aircraft struck depots in Kestrel on Wednesday in response to rocket launches."
    assert not _bounded(text, "struck")
    assert _bounded(text, "launches")


def test_a_day_given_after_the_reaction_word_is_the_acts_own():
    text = "The council condemned the attack on a school bus in Kestrel on May 21."
    assert not _bounded(text, "attack", dated="on May 21", published="2025-05-23")


def test_a_clause_after_a_comma_tells_its_own_act():
    text = (
        "The committee on Wednesday strongly condemning the wave of violence, called for "
        "action after gunmen attacked a checkpoint."
    )
    assert not _bounded(text, "attacked")


def test_a_reaction_coordinated_with_another_act_does_not_bound_it():
    text = (
        "Traders on Wednesday condemned the killing of a shopkeeper and blocked the road to "
        "Kestrel."
    )
    assert _bounded(text, "killing")
    assert not _bounded(text, "blocked", kind="PROTEST")


def test_what_a_praise_note_praises_came_before_the_note():
    text = (
        "The minister on Wednesday praised the security forces for conducting a successful "
        "operation in Kestrel."
    )
    assert _bounded(text, "operation")


def test_the_past_perfect_bounds_an_act_by_its_own_sentences_day():
    text = "The police said on Wednesday they had arrested four suspects in Kestrel."
    assert _bounded(text, "arrested", kind="COERCE")


def test_a_day_fronted_on_a_past_perfect_act_is_its_own():
    text = "A day ago, the forces had neutralised 54 terrorists near Kestrel."
    assert not _bounded(text, "neutralised", dated="A day ago")


def test_a_note_on_the_incident_told_before_keeps_that_incidents_day():
    # the day lent is the operation's own; the tribute paid later does not move it
    text = (
        "Security forces killed two terrorists in Kestrel on Wednesday.\n"
        "The president paid tribute to the security forces for eliminating the terrorists."
    )
    assert not _bounded(text, "eliminating")


def test_a_reaction_retold_after_the_statement_the_lead_dates_is_bounded_by_its_day():
    from dataclasses import replace

    from dossier.kb.event_days import _time_of
    from dossier.kb.prior_acts import told_before_its_day

    text = (
        "The Velmora Assembly on Wednesday adopted a resolution.\n"
        "The resolution rejected false allegations about an attack in Kestrel."
    )
    analyzed = hand_built(
        text, _DAYS, [("attack", "ASSAULT", None)], "2025-05-01", {"attack": "on Wednesday"}
    )
    (event,) = analyzed.events
    event = replace(event, modality="asserted")
    when = _time_of(event.time, analyzed.times)
    assert when is not None
    assert told_before_its_day(text, event, when, "2025-05-01", False, said_that_day=True)
    assert not told_before_its_day(text, event, when, "2025-05-01", False)


def test_the_past_perfect_after_a_lent_day_tells_the_incidents_course():
    text = (
        "Two soldiers were martyred in Kestrel on Wednesday.\n"
        "The terrorists had attacked the post from two sides."
    )
    assert not _bounded(text, "attacked")


def test_a_day_a_later_sentence_gives_the_act_is_its_own():
    text = (
        "The council has condemned the attack on a school bus in Kestrel.\n"
        "The attack took place on May 21."
    )
    assert not _bounded(text, "attack", dated="on May 21", published="2025-05-23")


def test_a_date_of_its_own_after_earlier_keeps_the_day():
    text = "Earlier on Wednesday, gunmen attacked a checkpoint in Kestrel."
    assert not _bounded(text, "attacked")


def test_earlier_marks_no_statement():
    text = "Earlier, the minister accused the rebels of the attack on Wednesday."
    assert not _bounded(text, "accused", kind="ACCUSE", speech=True)


def test_history_keeps_its_date():
    text = "Troops began shelling the valley in 2019 in retaliation for a raid on a post."
    assert not _bounded(text, "raid", dated="in 2019")


def test_planned_acts_are_not_bounded():
    text = (
        "The Velmora Assembly on Wednesday adopted a resolution rejecting plans for an "
        "operation in Kestrel."
    )
    assert not _bounded(text, "operation", modality="planned")


def test_a_clause_takes_the_day_its_sentence_gives_before_it():
    # the event's evidence is the clause after the day; the sentence's bounds reach the day
    from dataclasses import replace

    from dossier.kb.event_days import _time_of
    from dossier.kb.prior_acts import told_before_its_day

    text = (
        "The Velmora Assembly on Wednesday adopted a resolution rejecting false allegations "
        "about an attack in Kestrel."
    )
    analyzed = hand_built(
        text, _DAYS, [("attack", "ASSAULT", None)], "2025-05-01", {"attack": "on Wednesday"}
    )
    (event,) = analyzed.events
    clause = replace(event, start=text.index("adopted"))
    when = _time_of(clause.time, analyzed.times)
    assert when is not None
    sentence = (analyzed.sentences[0].start, analyzed.sentences[0].end)
    assert told_before_its_day(text, clause, when, "2025-05-01", False, sentence)
    assert not told_before_its_day(text, clause, when, "2025-05-01", False)
