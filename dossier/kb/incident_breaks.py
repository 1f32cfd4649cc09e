"""Where an article sets one incident apart from the one it told before.

A report with no place or day of its own continues the incident told just before it
(:mod:`dossier.kb.event_places`, :mod:`dossier.kb.event_days`), and a retelling further down
an article joins that incident's event (:func:`dossier.kb.event_reports.store_event`) --
unless the article itself says the sentence tells another: an opener ("In a separate
incident", "In another operation"), an earlier incident recalled ("recalled the 2014 APS
attack"), or a fronted date that steps back ("Last week, ..."). Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from dossier.records import AnalyzedDocument, EventMention, TimeExpr

#: ordinals that number an item of a list of incidents ("In the second incident", "In 10th
#: operation", "In the latter case")
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|latter|"
    r"next|last|final|\d+(?:st|nd|rd|th))"
)
#: what a list of incidents calls its items
_ITEM_NOUN = (
    r"(?:incident|operation|raid|attack|case|encounter|strike|action|clash|ibo|firing|blast|"
    r"explosion|shootout|ambush|arrest|seizure|crackdown|robbery|killing|accident|attempt)s?"
)
#: a sentence whose subject is the next item of a list of operations ("Another IBO was
#: conducted in Esham", "The other IBO was carried out in the Esham area", "Another encounter
#: took place in Tirah"): the item told before is over, as after "In another operation". A
#: press release tells its operations one after another, each with its own acts, whereas "The
#: second blast took place ..." of two blasts is often followed by what both were ("IEDs were
#: planted by terrorists on Friday")
_NEXT_OPERATION = (
    r"(?:another|the\s+other|(?:a|the)\s+(?:second|third|fourth|fifth|sixth|next|\d+(?:st|nd|rd|th)))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:operation|ibo|encounter|raid)s?"
)
#: how a sentence opens a new incident of an article ("In a separate incident", "Meanwhile",
#: "In another attack", "Elsewhere", "Similarly, another smuggler was arrested", "In the
#: second incident"): not a retelling of the one before
_NEW_INCIDENT = re.compile(
    r"^\W*(?:meanwhile|separately|elsewhere|similarly|likewise|"
    r"in (?:a|an)\s*(?:separate|another|similar|second|different|other)|in (?:yet )?another|"
    rf"in (?:the\s+|its\s+)?{_ORDINAL}\s+{_ITEM_NOUN}|{_NEXT_OPERATION})\b",
    re.IGNORECASE,
)
#: the openers that end the incident told before for every sentence after them, not only
#: their own: an item of a list of incidents named as such ("In another operation", "In a
#: separate attack in Bannu", "In the second incident", "In 10th operation"). Not "Meanwhile",
#: "Separately" or "Similarly" alone, which as often open a reaction to the same incident
#: ("Separately, Rind spoke to DawnNews TV ...", "Meanwhile, the chief minister condemned the
#: attack"), after which the attack is told again (check2: 1.24 -> 1.35 events per incident)
_BREAK = re.compile(
    r"^\W*(?:in\s+(?:(?:a|an|the|its|yet)\s+)?"
    rf"(?:separate|another|similar|different|other|{_ORDINAL})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_ITEM_NOUN}|{_NEXT_OPERATION}\s+(?:was|were|had|has|took)\b)\b",
    re.IGNORECASE,
)


def opens_new_incident(sentence: str) -> bool:
    """Whether a sentence opens with words that start another incident of the article; a
    sentence the splitter ran into a subheading ("Lakki attack\n\nSeparately, a militant was
    killed") opens where its last line does."""
    return any(_NEW_INCIDENT.match(line) for line in sentence.splitlines() if line.strip())


def last_break(analyzed: AnalyzedDocument, before: int) -> int:
    """Where the last sentence before offset ``before`` that opens another incident of a list
    starts ("In another operation, 12 kg hashish was recovered ...", "In the second incident,
    ..."), -1 where none does. A press release or round-up tells its items
    one after another: a report after such an opener tells its item (or a later one), never
    an incident told before the opener, though it has no place or day of its own to tell them
    apart ("... and two suspects were arrested" of each seizure). Only openers that name the
    item (:data:`_BREAK`)."""
    text = analyzed.document.text
    for sentence in reversed(analyzed.sentences):
        if sentence.end > before:
            continue
        said = text[sentence.start : sentence.end]
        lines = [line for line in said.splitlines() if line.strip()]
        if any(_BREAK.match(line) for line in lines):
            return sentence.start
    return -1


#: words that recall an earlier incident inside the news ("He invoked the assassinations of
#: Benazir Bhutto", "recalled the 2014 APS attack", "referring to the Jaffar Express attack"),
#: a few words before the act they recall, which they name (not "recalled how gunmen opened
#: fire": a witness retelling the news)
_RECALLING = re.compile(
    r"\b(?:invok|recall|remember|evok|cit(?:e|es|ed|ing)\b|refer(?:s|red|ring)?\s+to\b|"
    r"compar|liken)\w*(?:\s+(?!(?:that|how|when|what|where|why|who|as)\b)[\w’'-]+){0,4}\s+$",
    re.IGNORECASE,
)
#: the news told as coming after an earlier incident ("The incident comes a day after PPP
#: lawmaker X narrowly escaped death in an indiscriminate firing")
_COMES_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?"
    r"(?:days?|weeks?|months?|hours?)\s+after\b",
    re.IGNORECASE,
)


def recalls(text: str, event: EventMention) -> bool:
    """Whether the event's sentence recalls it as an earlier incident than the news it tells
    (:data:`_RECALLING`, :data:`_COMES_AFTER`): an incident of its own, which neither takes
    the place or day of the incident told around it nor joins it."""
    before = text[event.start : event.trigger[0]]
    return bool(_RECALLING.search(before) or _COMES_AFTER.search(before))


#: what may stand before a sentence's opening date ("Only last week, ...", "Earlier on Feb 24,
#: ...", "On Tuesday, ...")
_BEFORE_OPENING_DATE = re.compile(
    r"^\W*(?:(?:only|earlier|later|and|but|then|also|just|even|on|in|since|by|until)\s+)*$",
    re.IGNORECASE,
)


def opens_with_date(text: str, event: EventMention, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The date the event's sentence opens with, when it is the event's own ("Last week,
    security forces killed 30 terrorists", "Earlier on Feb 24, four personnel were martyred"):
    a news article fronts a date to step back from its news to an earlier incident."""
    if event.time is None:
        return None
    own_start, own_end = event.time
    return next(
        (
            t
            for t in times
            if event.start <= t.start < event.end
            and t.start < own_end
            and own_start < t.end
            and t.value_end is not None
            and _BEFORE_OPENING_DATE.match(text[event.start : t.start].rsplit("\n", 1)[-1])
        ),
        None,
    )


def steps_back(opening: TimeExpr, told: Sequence[dict[str, Any]], report: bool = False) -> bool:
    """Whether a sentence's opening date takes it away from an incident the article told before
    (``told``: that event's reports so far). Where they state a date, any other date does
    ("Earlier on Feb 24, ..." after "Only last week, ..."; "On Thursday, ..." after "on
    Friday"). Where they leave the day open ("said on Monday": on or before Monday, which
    overlaps any recent date), a week, a month or a year does ("Last week, ...", "Last month,
    ..."), and so does a day before the last two days they may fall on ("Earlier on Feb 24"
    in a report of March 3): the day of the report or the day before ("On 4 March 2025, a
    terrorist attack was attempted" in a report of March 5) is the news itself. A sentence that
    opens with the day of a report (``report``: "On Tuesday, the ISPR reported eight terrorists
    were killed", "On Feb 28, ISPR said ...") tells earlier news."""
    if not opening.value_end:
        return False
    if report:
        return True
    stated = {(r["date_start"], r["date_end"]) for r in told if r["date_text"] and r["date_start"]}
    if stated:
        return (opening.value_start, opening.value_end) not in stated
    ends = [r["date_end"] for r in told if r["date_end"]]
    if not ends:
        return False
    if opening.precision in ("week", "month", "season", "year"):
        return True
    latest = date.fromisoformat(max(ends)[:10]) - timedelta(days=1)
    return date.fromisoformat(opening.value_end[:10]) < latest
