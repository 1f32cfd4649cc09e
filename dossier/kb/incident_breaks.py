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


#: words that, between "the" and the incident's noun, make it another incident than the one
#: just told ("the second attack", "the other blast", "the recent attack on Bannu Cantt", "the
#: latest incident") -- or a kind of incident rather than one ("the first such attack")
_OTHER_ONE = frozenset(
    {
        "another",
        "other",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "latest",
        "last",
        "next",
        "new",
        "fresh",
        "earlier",
        "previous",
        "recent",
        "separate",
        "similar",
        "subsequent",
        "latter",
        "former",
        "such",
        "deadliest",
        "worst",
        "biggest",
        "largest",
    }
)
#: the definite article or demonstrative before an incident's noun, with up to three words
#: between ("The attack took place ...", "the IED explosion occurred ...", "this deadly blast");
#: not "that", which as often opens a clause ("said that terrorists attempted to abduct")
_DEFINITE_BEFORE = re.compile(
    r"\b(the|this|his|her|their|its)\s+((?:[\w’'-]+\s+){0,3})\Z", re.IGNORECASE
)
#: words that end a noun phrase's premodifiers: after one of them, the article belongs to a
#: phrase before the trigger, not to the trigger ("the suspects were arrested", "the men to
#: attack")
_CLAUSE_WORDS = frozenset(
    "to was were is are be been being had has have and or but of in on at by for with from "
    "who which that when after before as while".split()
)
#: determiners of a participant's phrase that refer to what was told before: "the victim",
#: "the suspects", "their vehicle", "his car"
_DEFINITE_DETERMINERS = frozenset({"the", "his", "her", "their"})
#: heads a definite phrase names by convention, not because the article told them before:
#: a force, a state's organ, a generic armed side ("the police", "the security forces", "the
#: militants" are the definite of every article)
_CONVENTIONALLY_DEFINITE = frozenset(
    {
        "police",
        "policemen",
        "force",
        "forces",
        "army",
        "troops",
        "military",
        "security",
        "government",
        "authorities",
        "administration",
        "officials",
        "state",
        "militants",
        "terrorists",
        "khwarij",
        "khawarij",
        "insurgents",
        "rebels",
        "people",
        "public",
        "area",
        "region",
        "country",
    }
)


#: the nouns that name one incident, which "the" or "his" points back at ("the attack", "his
#: detention")
_INCIDENT_NOUNS = frozenset(
    "attack attacks blast explosion bombing killing killings murder assassination shooting "
    "firing ambush assault strike strikes airstrike raid arrest arrests detention abduction "
    "kidnapping hijacking siege incident encounter clash clashes gunfight shootout torture "
    "rape massacre slaughter lynching arson shelling".split()
)
#: what after an incident's noun introduces its participants for the first time: a number or
#: an indefinite article ("the killing of 15 workers", "the arrest of a journalist")
_NEW_PARTICIPANTS = re.compile(
    r"\s+(?:of|on|against)\s+(?:a|an|some|several|\d[\d,]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|scores|hundreds)\b",
    re.IGNORECASE,
)


def _definite_noun(text: str, event: EventMention) -> bool:
    """Whether the event's trigger is a definite noun of an incident told before ("the
    attack", "the IED explosion", "his detention"); not an indefinite noun, a verb ("the
    rebels stop attacking"), "the second attack", nor a noun whose participants its own
    phrase brings in ("the killing of 15 Palestinian emergency workers")."""
    start, end = event.trigger
    words = text[start:end].lower().split()
    if not words or words[-1] not in _INCIDENT_NOUNS:
        return False
    found = _DEFINITE_BEFORE.search(text, max(event.start, start - 60), start)
    if found is None or _NEW_PARTICIPANTS.match(text, end, event.end):
        return False
    between = found.group(2).lower().split()
    return not any(w in _OTHER_ONE or w in _CLAUSE_WORDS or w[:1].isdigit() for w in between)


#: the pronouns of a target the article named before ("They were kidnapped in the Sholam area")
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


def told_by_reference(text: str, event: EventMention) -> bool:
    """Whether a report points back at an incident already told rather than bringing in a new
    one: its incident noun is definite ("The attack took place near the Ring Road", "Sources
    said the IED explosion occurred when ..."), or its target is a definite phrase that only
    a telling before can have introduced ("Police said the victim ... was targeted by
    assailants in the Qadirabad area", "when their vehicle was targeted on the road
    connecting ..."). A news article brings each new incident in with an indefinite phrase
    ("a policeman was martyred", "an attack on a checkpoint", "another blast"); a definite
    one refers to what the reader already knows. Not the actor: the attackers told before
    commit the article's next incident as often as they retell the first ("The armed men
    also hurled grenades at the house of ...", another incident by ACLED's rules).
    Not "the second attack", "the recent attack" (:data:`_OTHER_ONE`), nor the conventional
    definites of every article ("the police", "the militants":
    :data:`_CONVENTIONALLY_DEFINITE`)."""
    if _definite_noun(text, event):
        return True
    for a, b in event.targets:
        words = text[a:b].split()
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            return True
        if not 2 <= len(words) <= 4 or words[0].lower() not in _DEFINITE_DETERMINERS:
            continue
        rest = words[1:]
        if any(not w[:1].islower() for w in rest):
            continue  # a name ("the Punjab police", "the BLA"), or a number ("the 27 people")
        if not any(w in _OTHER_ONE for w in rest) and rest[-1] not in _CONVENTIONALLY_DEFINITE:
            return True
    return False
