"""Acts told over a span that runs to now, or as a state kept since a year: no one incident.

The label guide gives an aggregate, a campaign or background no row ("almost daily attacks
for the past month", "foreign nationals being attacked over the past couple of years", "the
relentless crackdown over the past week", "the West Bank, which Israel has occupied since
1967"). What tells them apart from an incident is not the topic but the time: a duration
counted back from now ("for the past month", "over the last 16 months", "in the past few
years") says many acts were summed over it, and a start year counted to now ("since 1967")
says a state has lasted, not that something happened on a day. A span of a few days ("in the
past 24 hours", "over the past two days") still dates one incident loosely, so only a week or
more counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: prepositions that lay an act over a duration ("for the past month", "over the last year")
OVER = frozenset("over for during in throughout within across".split())
#: words that count a duration back from now
BACK = frozenset({"past", "last"})
#: days in one unit of a duration
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}
#: counts written as words ("the past two weeks", "the past couple of years")
WORD_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "couple": 2, "few": 3, "several": 3, "many": 3,
}  # fmt: skip
#: the shortest duration summed acts are told over: "in the past 24 hours" dates one
SPAN_DAYS = 7
#: nouns of acts a run of many is told by ("multiple attacks", "repeated arrests")
RUN_NOUNS = frozenset(
    "attack strike airstrike raid assault bombing shelling shooting killing arrest detention"
    " abduction kidnapping".split()
)
#: words that make plural acts a run of many ("multiple attacks on aid convoys", "repeated
#: raids", "numerous arrests"): a count would tell them one by one, these never do
MANY_TIMES = frozenset(
    "multiple numerous repeated recurring frequent continued continuous incessant relentless"
    " sporadic countless".split()
)


def _count(noun: Token) -> int:
    """The number a duration's unit is counted by: "16 months" 16, "two weeks" 2, "the past
    month" 1; a digit string or a number word, the unit alone one."""
    for c in noun.children:
        if c.dep_ in ("nummod", "quantmod", "amod") and c.lower_ in WORD_COUNTS:
            return WORD_COUNTS[c.lower_]
        if c.dep_ == "nummod" and c.text.isdigit():
            return int(c.text)
    return 1


def _duration_back(pobj: Token) -> int:
    """The days of a duration counted back from now that ``pobj`` names ("the past month" 30,
    "the last 16 months" 480, "the past couple of years" 730), 0 when it names none."""
    unit, counted = pobj, pobj
    if _lemma(pobj) in ("couple", "few") or pobj.lower_ in ("couple", "few"):
        # "the past couple of years", "the past few months": the unit is the "of" object
        inner = [
            g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
        if not inner:
            return 0
        unit = inner[0]
    days = UNIT_DAYS.get(_lemma(unit).lower())
    if days is None:
        return 0
    if not any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in BACK for c in pobj.children):
        return 0
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children):
        return 0  # "in September last year", "killed last month": a date, not a duration
    number = WORD_COUNTS[pobj.lower_] if counted is not unit else _count(unit)
    return days * number


def _since_year(prep: Token) -> bool:
    """Whether a "since" names a bare year ("since 1967"): a state counted from then."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        o.like_num and len(o.text) == 4 and o.text.isdigit() and not list(o.children)
        for o in objects
    )


def many_times(token: Token, one_day: bool) -> bool:
    """Whether the trigger is a plural act noun told as a run of many ("has witnessed multiple
    attacks on aid convoys", "repeated raids on the camp"): an aggregate, since it says
    neither how many nor which (the label guide's "multiple attacks" rule). Acts dated to
    one day (``one_day``: "in multiple attacks ... in Lakki Marwat and Bannu on Monday") are
    that day's incidents, which the per-place rule tells apart; "multiple gunshot wounds"
    are no acts."""
    return (
        not one_day
        and token.tag_ == "NNS"
        and _lemma(token) in RUN_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in MANY_TIMES for c in token.children)
    )


def _state_told(verb: Token) -> bool:
    """Whether a verb tells a state lasting to now: the present perfect ("which Israel has
    occupied since 1967") or a bare participle ("Occupied by Israel since 1967, the West
    Bank ..."); a past tense ("the attack killed 26 ... in one of the deadliest assaults
    since 2000") tells an act whose "since" only ranks it."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and _lemma(c) == "have" and c.tag_ in ("VBP", "VBZ")
        for c in verb.children
    )


def told_over_span(words: list[Token]) -> bool:
    """Whether an act (its trigger and the words its clause hangs on, ``words``) is told over
    a duration of a week or more counted back from now ("almost daily attacks for the past
    month", "have been attacked over the past couple of years") or as a state kept since a
    bare year ("which Israel has occupied since 1967"): an aggregate or background, which
    the label guide gives no row."""
    for word in words:
        if _lemma(word) == "be":
            continue  # "the abduction on January 30 was the first during the last decade"
        for prep in word.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "since" and _since_year(prep) and _state_told(word):
                return True
            if prep.lower_ not in OVER:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and _duration_back(pobj) >= SPAN_DAYS:
                    return True
    return False
