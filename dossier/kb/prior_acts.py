"""Acts a sentence tells as coming before the day it dates: on or before that day, not on it.

News dates its news once and tells, in the same breath, acts that came before it: what a
statement of the day reacts to ("The Assembly on Wednesday adopted a resolution rejecting
false allegations of the Indian government"; "staged a protest rally on Wednesday, condemning
what they called baseless allegations"), and what the reporter marks as earlier ("Security
forces earlier detained over a dozen people" after a lead dated Sunday; "succumbed to his
injuries after being wounded in an earlier Israeli airstrike"). The day such an act is given
-- its sentence's, or the one it takes from the incident told before it
(:func:`dossier.kb.event_days._earlier_day`) -- is the day of the news, which only bounds
the act: it happened on that day or before it. The bench GUIDE codes it so ("condolences
and condemnations by officials are not events (the attack they condemn is, dated ``<=`` the
statement's day)"; an undated act the article tells as background keeps ``<=``), and a
single made-up day is wrong either way. The act then takes the interval the report-bound
rule gives (:func:`dossier.kb.event_days.undated_interval`: that day and the day before).

Pure functions over the article's text and one event report.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.kb.event_merge import REPORTED
from dossier.records import EventMention, TimeExpr

#: the words a sentence reacts with to an act it names after them ("condemned the attack",
#: "rejecting false allegations", "in response to airstrikes", "demanding the release of
#: individuals arrested", "protesting against the killing of", "praised the security forces
#: for conducting two successful operations", "arrest warrants for suspects involved in the
#: attack"), reaching the act's trigger
#: within one clause (no comma, colon or full stop between: "strongly condemning the wave of
#: attacks, called for ..." names its own act after the comma)
_REACTION_BEFORE = re.compile(
    r"\b(?:condemn\w*|deplor\w*|denounc\w*|reject\w*|rubbish\w*|den(?:y|ies|ied|ying)|"
    r"demand\w*|protest\w*\s+(?:against|over)|"
    r"prais\w*|laud\w*|commend\w*|hail\w*|congratulat\w*|felicitat\w*|"
    r"mourn\w*|condolences?|tributes?|homage|warrants?\s+(?:for|against)|"
    r"in\s+response\s+to|in\s+retaliation\s+(?:for|to|against))\b[^,.;:!?\n“”\"]{0,120}\Z",
    re.IGNORECASE,
)
#: "earlier" (or "recent") set on the act itself, a few words before its
#: trigger ("security forces earlier detained", "had earlier arrested", "an earlier Israeli
#: airstrike", "Earlier, a protest demonstration was also held", "individuals arrested in
#: connection with a recent militant attack"): not "earlier on Monday", "earlier this week",
#: "earlier today" (a date of its own), "a day earlier", "two weeks earlier" (a date counted
#: from another), nor "earlier than"; not "previously" ("a previously planned pilgrimage":
#: the plan came before, the act did not)
_EARLIER_BEFORE = re.compile(
    r"(?<![\w-])(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!week\s)(?<!months\s)(?<!month\s)"
    r"(?<!years\s)(?<!year\s)(?<!hours\s)(?<!hour\s)(?<!moments\s)(?<!minutes\s)"
    r"(?:earlier|recent(?:ly)?)\b(?!\s+(?:on|in|this|that|today|tonight|yesterday|last|than|during|at|"
    r"the\s+same)\b)[^.;:!?\n]{0,60}\Z",
    re.IGNORECASE,
)
#: the past perfect just before the trigger ("the police on Tuesday said they had arrested
#: four suspects", "had already been arrested"): an act before the time the sentence tells
_PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:(?:already|earlier|also|just|recently|previously|been)\s+){0,3}\Z",
    re.IGNORECASE,
)
#: a verb of saying before the past perfect: the sentence's day is the saying's
_SAID = re.compile(
    r"\b(?:said|says|told|stated|added|claimed|announced|confirmed|reported|disclosed|"
    r"revealed)\b",
    re.IGNORECASE,
)
#: a demand's own object, the act wanted ("a demand for lifting sanctions", "demanded the
#: release"), not an act done before it ("demanding the release of individuals arrested")
_WANTED = re.compile(r"demand\w*\s+(?:(?:for|of|that|the|an?)\s+)?\S+\s*\Z", re.IGNORECASE)
#: a coordinated verb after the reaction's object ("condemned the attack and praised the
#: security forces"): the reaction's own second act, not what it reacts to
_AND = re.compile(r"\band\b", re.IGNORECASE)
#: how many days before its article's last day the news day may lie: a reaction of the week's
#: news; a date years back ("Since October 7, 2023, Israel started bombarding Gaza in
#: retaliation to an attack by Hamas") is history the sentence tells on its own terms
NEWS_DAYS = 7


def told_before_its_day(
    text: str,
    event: EventMention,
    when: TimeExpr,
    reported_by: str | None,
    speech: bool,
    sentence: tuple[int, int] | None = None,
    said_that_day: bool = False,
) -> bool:
    """Whether an act given the single day ``when`` is told as coming before that day: a
    reaction word stands before its trigger in its clause, "earlier" marks it, or the past
    perfect tells it against its own sentence's day; and the day is not one its own words
    give after that word, nor one a later sentence retells it by ("condemned the attack on a school
    bus on May 21": the attack's own day). Only acts told as having happened, and only a day
    of the news (within :data:`NEWS_DAYS` of ``reported_by``, the day the article was
    written). "Earlier" marks a statement's saying, not an act ("Earlier, the minister
    said ..."), so it bounds acts only; a reaction bounds what it reacts to, an accusation
    included ("rejecting false allegations"). ``sentence``: the bounds of the sentence the
    event is told in, where its evidence is one clause of it (the day "The Assembly on
    Wednesday adopted a resolution rejecting ..." gives lies before the clause);
    ``said_that_day``: whether the day, where another sentence lends it, dates a statement
    there ("The Assembly on Wednesday adopted a resolution rejecting ..." before "The
    resolution said the House rejected the false allegations ..."): the news day, which
    bounds what the reaction is about as the sentence's own day would."""
    if event.modality not in REPORTED or not when.value_end or when.value_start != when.value_end:
        return False
    if reported_by and not _recent(when.value_end, reported_by[:10]):
        return False
    start, end = sentence or (event.start, event.end)
    start, end = min(start, event.start), max(end, event.end)
    if when.start >= end:
        return False  # a later sentence's day retells the act's own ("which occurred on May 21")
    before = text[start : event.trigger[0]]
    inside = start <= when.start
    # a reaction bounds its act by the reaction's own day, which its sentence (or a statement
    # told before) gives: a day lent by an act told before is the day of the incident it
    # tells, the very act the note praises or condemns ("... killed two terrorists on
    # Monday. The President paid tribute to the security forces for eliminating the two
    # terrorists")
    cue = _REACTION_BEFORE.search(before) if inside or said_that_day else None
    if cue is None and not speech:
        cue = _EARLIER_BEFORE.search(before)
        if cue is None and inside:
            # the past perfect bounds an act by the day its sentence says it was reported
            # ("the police on Tuesday said they had arrested"); a day fronted on the act
            # itself is its own ("A day ago, the forces had neutralised 54 terrorists"), and
            # after a day lent by the incident told before it tells that incident's course
            cue = _PLUPERFECT_BEFORE.search(before)
            if cue is not None and not _SAID.search(before, 0, cue.start()):
                cue = None
    if cue is None:
        return False
    cue_at = start + cue.start()
    if cue.re is _REACTION_BEFORE and _AND.search(text, cue_at, event.trigger[0]):
        return False
    if cue.re is _REACTION_BEFORE and _WANTED.match(cue.group()):
        return False  # "a key US demand for lifting sanctions": the act demanded, not done
    # the sentence's day must date the news, before the cue; a day after the cue is the act's
    return not inside or when.end <= cue_at


def _recent(day: str, reported_by: str) -> bool:
    try:
        gap = (date.fromisoformat(reported_by) - date.fromisoformat(day[:10])).days
    except ValueError:
        return False
    return 0 <= gap <= NEWS_DAYS
