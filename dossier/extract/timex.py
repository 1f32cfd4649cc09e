"""Find date expressions in a parsed document and normalise them against its publication date.

Why a grammar of our own rather than dateparser: dateparser cannot find expressions in running
text, fills the parts a writer left out from "today" ("in 2019" -> 2019-01-22, "December 2022"
-> 2022-12-22), knows nothing of ranges, seasons, quarters or early/mid/late, and ignores tense.
So expressions are found by a small regular grammar over ``doc.text``: *atoms* ("January 3",
"last week", "2019", "early July", "a week ago") that are then joined into ranges ("between
December 2020 and January 2021", "from 2019 to 2021", "2020-21"). Each expression resolves to an
inclusive interval of dates with a precision. spaCy's DATE entities confirm the ambiguous atoms
(a bare "2019", "May", "fall"); other entities veto them ("Anti-Terrorism Act 1997" is a LAW,
"June" may be a PERSON). The verb a date attaches to decides whether "on Monday" or "in March"
is the last one or the next one. ``bench/time_eval.py`` measures all this on TimeML gold
against dateparser. dateparser is not used at all: as a fallback for spaCy DATE entities the
grammar does not know, it answered 7 of the 137 gold dates left unanswered, 1 of them right.

Conventions:

* spans never start with "the" or with the preposition in front of a single date ("on Monday"
  -> "Monday", "in early July" -> "early July", "since 2020" -> "2020"); a range keeps the
  "between"/"from" that makes it one ("between December 2020 and January 2021"). A trailing
  possessive stays out ("last week's" -> "last week").
* weeks are ISO weeks (Monday-Sunday); seasons are meteorological, northern hemisphere
  (spring = March-May, ..., winter Y = December Y - February Y+1); early/mid/late are thirds
  (a month: days 1-10, 11-20, 21-end; a year: January-April, May-August, September-December).
* precision: day, week, month, season, year, or range for everything else (ranges, decades,
  quarters, weekends, early/mid/late, "the past two years", "earlier this year").
* a date without its year ("January 3", "in June") is the latest one begun by the publication
  date in a past-tense clause, the first one not yet over in a future one ("will meet in
  March"), and the nearest one when the clause has no tense ("payable Dec. 15"). A bare weekday
  is the latest one on or before the publication date unless the clause is about the future.
* an expression that needs the publication date keeps value and precision None in an undated
  document; absolute ones ("December 2022", "from 2019 to 2021") always resolve.
* left out on purpose: vague expressions ("the past few weeks", "recently", "now", "the coming
  days"; "a few years ago" is kept, as the span from six to two years back: it places an act
  well before the report, which a coder dates so), durations ("for 24 hours", "within five
  years"), ages ("75 years old"), holidays other than New Year's Day and Eve (movable feasts
  need their own calendar), and times anchored to another event rather than to publication ("a
  year earlier", "the previous week"), which the publication date cannot resolve.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dossier.config import ANAPHOR_SENTENCES, INCIDENT_RANGE_DAYS, SAME_DAY_SENTENCES
from dossier.extract import folded
from dossier.extract.quotes import REPORT_VERBS
from dossier.extract.registry import doc_text as registry_doc_text
from dossier.records import TimeExpr

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Span, Token

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
#: month name or abbreviation (lower case, no period) -> month number
MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(_MONTH_NAMES, 1)},
    **{name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)},
    "sept": 9,
}
WEEKDAYS: dict[str, int] = {
    name: i
    for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
#: season -> its first month (meteorological seasons, northern hemisphere)
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: early/mid/late and their long forms -> which third
PARTS: dict[str, int] = {
    **dict.fromkeys(("early", "beginning", "start"), 0),
    **dict.fromkeys(("mid", "middle"), 1),
    **dict.fromkeys(("late", "end"), 2),
}
#: number words in "two days ago", "the past three years"
NUMBERS: dict[str, int] = {
    **{w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    **{"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50},
    **{"a": 1, "an": 1, "a couple of": 2, "couple of": 2},
}
ORDINALS: dict[str, int] = {
    **{"first": 1, "second": 2, "third": 3, "fourth": 4},
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
}
#: "the nineties" -> 1990
DECADE_WORDS: dict[str, int] = {
    word: 1900 + 10 * i
    for i, word in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2
    )
}
#: relative words and the step they take from the anchor's unit
STEPS: dict[str, int] = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}
#: relative words, normalised to last/this/next
RELATIONS: dict[str, str] = {
    **{"last": "last", "past": "last", "this": "this", "current": "this"},
    **{"next": "next", "coming": "next"},
}
PRECISIONS = ("day", "week", "month", "season", "year", "range")
#: how many units back "a few", "several" or "some" days/weeks/months/years ago lies, at most
#: and at least: more than one ("a couple" is two), seldom more than a handful. The event
#: GUIDE reads "a few months ago" in a March paper as September to January and "a few years
#: ago" as on or before two years back
FEW = (6, 2)
#: how much farther a yearless date may lie in the past than in the future and still be the
#: nearer reading in a clause without tense (measured on TimeML: 1 -> 0.815, 1.5 and 2 -> 0.818,
#: 3 -> 0.816 value accuracy in context)
FUTURE_WEIGHT = 1.5
#: the tense of a date's clause: "past", "future", "near" (a plan told in the past: "were
#: set to meet on Friday", before or after the report) or None (no finite verb, or present)
Tense = str | None

# --- what an expression means ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Interval:
    """A resolved date expression: first and last day (inclusive) and precision."""

    start: date
    end: date
    precision: str


@dataclass(frozen=True, slots=True)
class Calendar:
    """A calendar date as written, perhaps without its year ("January 3", "spring 2020").

    ``years`` > 1 makes a decade or century starting at ``year``; ``season`` is the season's
    first month; ``part`` the third (0 early, 1 mid, 2 late); ``weekday`` one written beside
    the date ("Monday, Oct. 26"), which picks the year. A missing year comes from the anchor:
    ``year_step`` years on ("June last year": -1), or ``rel`` ("last April": the latest one
    over), or else the tense.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    quarter: int | None = None
    years: int = 1
    part: int | None = None
    weekday: int | None = None
    year_step: int | None = None
    rel: str = ""


@dataclass(frozen=True, slots=True)
class Deictic:
    """A date defined by its distance from the anchor ("yesterday", "last week", "2 days ago").

    ``kind`` names the resolver (see ``_DEICTIC``); ``n`` is the signed step or count,
    ``which`` a weekday, ``rel`` "last"/"this"/"next", "earlier"/"later" or empty.
    """

    kind: str
    unit: str = "day"
    n: int = 0
    which: int = 0
    rel: str = ""
    part: int | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """A range between two dates ("between December 2020 and January 2021")."""

    left: Calendar | Deictic
    right: Calendar | Deictic


Value = Calendar | Deictic | Pair


@dataclass(frozen=True, slots=True)
class Atom:
    """An expression found in the text; ``weak`` ones need confirmation (a bare "2019")."""

    start: int
    end: int
    value: Value
    weak: bool = False


class NeedsAnchorError(Exception):
    """A relative expression met an undated document: it stays unresolved, not guessed."""


# --- the grammar -----------------------------------------------------------------------------
# Patterns are compiled case-insensitive; month and weekday names must be capitalised ((?-i:)),
# which keeps "may", "march" and "sun" the verbs and nouns they usually are.
_MONTH = (
    r"\b(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\w)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?!\w)))"
)
_WEEKDAY = r"\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w)"
_DAY_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?"
_PART = r"(?:early|mid|late|(?:beginning|start|middle|end)\s+of(?:\s+the)?)"
_YEAR = r"(?:1[0-9]|20)\d{2}"
_ORD = r"(?:st|nd|rd|th)?"
_QUARTER = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
_NUM = r"\d{1,3}|an?|(?:a\s+)?couple\s+of|" + "|".join(w for w in NUMBERS if " " not in w)
_UNIT = r"day|week|month|year|decade"
_TOD = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: a number starts here (not inside "1,2019", "$2019", "COVID-2019" or "12/2019")
_NB = r"(?<![\w$£€.,/:'-])"
#: "February 12 and 13" is a range only where the second number ends the phrase: not "on
#: March 5 and 6 militants attacked"
_AND_END = (
    r"(?=\s*(?:[,.;:)—–]|$|(?:,?\s+(?:in|at|on|near|when|while|respectively"
    r"|(?:1[0-9]|20)\d\d))\b))"
)
#: a number ends here (not "2019s", "2019%", "2019.5", "2019-20")
_NE = r"(?![\w%]|[.,:/]\d|[-–]\d)"
#: a weekday that names a place, not a day: "Sunday Bazaar", "Friday Market" (markets held
#: on that day, common in South Asian and Middle Eastern towns) — the capitalised noun after it
#: makes it part of a name
_NOT_PLACE = r"(?!\s+(?-i:Bazaa?rs?|Markets?|Mandi)\b)"
#: month words that are often not months when they stand alone ("May", "March", "Jan")
_WEAK_MONTHS = frozenset("may march mar jan jun jul aug sep oct nov dec".split())


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _int(match: re.Match[str], group: str) -> int | None:
    text = match.group(group)
    return int(text) if text else None


def _part(match: re.Match[str]) -> int | None:
    text = match.group("part")
    return PARTS[text.split()[0].lower()] if text else None


def _weekday(match: re.Match[str]) -> int | None:
    text = match.group("wd")
    return WEEKDAYS[text.lower()] if text else None


def _number(text: str) -> int:
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else NUMBERS[text]


def _build_iso(m: re.Match[str]) -> Value:
    return Calendar(year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))


def _build_numeric(m: re.Match[str]) -> Value:
    """01/22/2024 is month/day (US wire style) unless the first number cannot be a month;
    22.01.2024 is day.month unless the second cannot be."""
    a, b = int(m["a"]), int(m["b"])
    month_first = (m["sep"] == "/" and a <= 12) or (m["sep"] == "." and b > 12)
    month, day = (a, b) if month_first else (b, a)
    return Calendar(year=int(m["y"]), month=month, day=day)


def _build_month_day(m: re.Match[str]) -> Value:
    rel = RELATIONS[m["rel"].lower()] if m.groupdict().get("rel") else ""
    step = STEPS[m["yrel"].lower()] if m["yrel"] else None  # "March 14 this year"
    first = Calendar(
        year=_int(m, "y"),
        month=_month(m["month"]),
        day=int(m["d"]),
        weekday=_weekday(m),
        rel=rel,
        year_step=step,
    )
    second = m["d2"] or m.groupdict().get("d3")  # "Feb 17-18", "May 6/7", "February 12 and 13"
    if second:
        return Pair(replace(first, weekday=None), replace(first, day=int(second), weekday=None))
    return first


def _build_month(m: re.Match[str]) -> Value:
    step = STEPS[m["rel"].lower()] if m["rel"] else None
    return Calendar(year=_int(m, "y"), month=_month(m["month"]), part=_part(m), year_step=step)


def _build_rel_month(m: re.Match[str]) -> Value:
    return Calendar(month=_month(m["month"]), rel=RELATIONS[m["rel"].lower()])


def _build_year(m: re.Match[str]) -> Value:
    return Calendar(year=int(m["y"]), part=_part(m))


def _build_year_range(m: re.Match[str]) -> Value | None:
    """ "2019-2021", "2020-21", "2020/21": a range of years, the second after the first."""
    first = int(m["y"])
    second = m["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first or (m["sep"] == "/" and last != first + 1):
        return None
    return Pair(Calendar(year=first), Calendar(year=last))


def _build_decade(m: re.Match[str]) -> Value | None:
    """ "1990s", "the early 1990s", "the '90s", "the nineties"."""
    if m["dec"]:
        return Calendar(year=int(m["dec"]), years=10, part=_part(m))
    if m["word"]:
        if not (m["the"] or m["part"]):
            return None
        return Calendar(year=DECADE_WORDS[m["word"].lower()], years=10, part=_part(m))
    short = int(m["dd"])  # "the '90s": only the twentieth century is unambiguous enough
    return Calendar(year=1900 + short, years=10, part=_part(m)) if short >= 30 else None


def _build_century(m: re.Match[str]) -> Value | None:
    number = int(m["c"])
    return Calendar(year=(number - 1) * 100, years=100, part=_part(m)) if number <= 21 else None


def _build_season(m: re.Match[str]) -> Value:
    rel = RELATIONS[m["rel"].lower()] if m["rel"] else ""
    return Calendar(year=_int(m, "y"), season=SEASONS[m["season"].lower()], part=_part(m), rel=rel)


def _build_quarter(m: re.Match[str]) -> Value:
    """ "the third quarter (of 2019)", "the 1988 second quarter", "third-quarter", "Q3 2019"."""
    year = _int(m, "y") or m.groupdict().get("y0")
    quarter = ORDINALS.get(m["q"].lower()) or int(m["q"])
    return Calendar(year=int(year) if year else None, quarter=quarter)


def _build_day_word(m: re.Match[str]) -> Value:
    word = " ".join(m[0].lower().split())
    offsets = {"before": -2, "after": 2, "yesterday": -1, "last night": -1, "tomorrow": 1}
    return Deictic("day", n=next((n for w, n in offsets.items() if w in word), 0))


def _build_weekday(m: re.Match[str]) -> Value | None:
    """ "Monday", "last Friday"; "the previous Friday" counts from another date: dropped."""
    if m["rel"] and m["rel"].lower() in ("previous", "following"):
        return None
    rel = RELATIONS[m["rel"].lower()] if m["rel"] else ""
    return Deictic("weekday", which=WEEKDAYS[m["wd"].lower()], rel=rel)


#: a calendar whose new year is not January 1, written right before "New Year"
_OTHER_CALENDAR = re.compile(
    r"\b(?:lunar|chinese|vietnamese|korean|tibetan|persian|iranian|kurdish|islamic|hijri"
    r"|jewish|hebrew|orthodox|julian|thai|khmer|sinhala|sinhalese|tamil|nepali|bengali"
    r"|ethiopian|assyrian)\s+$",
    re.IGNORECASE,
)


def _build_new_year(m: re.Match[str]) -> Value | None:
    """ "New Year's Day", "the first day of the New Year": January 1; "New Year's Eve":
    December 31. Why a rule: these are fixed calendar days written without their year, which
    the clause's tense and the publication date fix like any yearless "January 1"; movable
    feasts (Eid, Easter) need a calendar the grammar does not hold and stay out."""
    if _OTHER_CALENDAR.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "Lunar New Year's Eve", "the Persian New Year's Day": not January 1
    if m["eve"] and m["eve"].lower() == "eve":
        return Calendar(month=12, day=31)
    return Calendar(month=1, day=1)


def _build_unit(m: re.Match[str]) -> Value:
    """ "last week", "this year", "late last year"; "the past year" is the year up to now."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if rel == "past" or (rel == "last" and m["the"] and not m["part"]):
        return Deictic("span", unit=unit, n=-1)
    return Deictic("unit", unit=unit, n=STEPS[rel], part=_part(m))


def _build_within(m: re.Match[str]) -> Value:
    return Deictic("within", unit=m["unit"].lower(), rel=m["el"].lower())


def _build_ago(m: re.Match[str]) -> Value:
    return Deictic("ago", unit=m["unit"].lower(), n=_number(m["n"]))


def _build_few_ago(m: re.Match[str]) -> Value:
    """ "a few years ago", "several months ago": a distance back the writer did not count,
    kept as the span :data:`FEW` allows (``rel`` "few")."""
    return Deictic("ago", unit=m["unit"].lower(), rel="few")


def _build_span(m: re.Match[str]) -> Value:
    sign = 1 if m["dir"].lower() in ("next", "coming") else -1
    return Deictic("span", unit=m["unit"].lower(), n=sign * _number(m["n"]))


def _build_this_day(m: re.Match[str]) -> Value:
    """ "on this day in 1998" (an anniversary): the publication's month and day in that year."""
    return Deictic("this-day", n=int(m["y"]))


def _never(match: re.Match[str]) -> bool:
    return False


def _always(match: re.Match[str]) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class Rule:
    """One atom pattern; ``weak`` says whether a match needs confirmation.

    ``anchor`` (optional) matches wherever the part that every match must contain (a month
    name, a year) can begin; ``back`` goes back from there over the most words (runs of
    characters other than white space, commas and dashes) a match has before that part: the
    scan then tries the pattern only just before the anchor's hits (see ``_matches``), not at
    every character of the text.
    """

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], Value | None]
    weak: Callable[[re.Match[str]], bool] = _never
    anchor: re.Pattern[str] | None = None
    back: re.Pattern[str] | None = None


#: what separates the words a rule's ``lead`` counts (every separator inside a lead)
_SEPARATOR = r"\s,\-–"


def _rule(
    name: str,
    pattern: str,
    build: Callable[[re.Match[str]], Value | None],
    weak: Callable[[re.Match[str]], bool] = _never,
    *,
    anchor: str | None = None,
    lead: int = 0,
) -> Rule:
    """``back``, on the reversed text, goes back over ``lead`` words and their separators."""
    return Rule(
        name,
        re.compile(pattern, re.IGNORECASE),
        build,
        weak,
        re.compile(anchor, re.IGNORECASE) if anchor is not None else None,
        re.compile(rf"(?:[{_SEPARATOR}]*[^{_SEPARATOR}]*){{{lead}}}") if lead else None,
    )


RULES: tuple[Rule, ...] = (
    _rule(
        "iso",
        rf"{_DAY_PREFIX}{_NB}(?P<y>{_YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d){_NE}",
        _build_iso,
    ),
    _rule(
        "numeric",
        rf"{_DAY_PREFIX}{_NB}(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
        rf"(?P<y>{_YEAR}){_NE}",
        _build_numeric,
    ),
    _rule(
        "month-day",
        rf"(?:\b(?P<rel>last|this|next|coming)\s+)?{_DAY_PREFIX}(?P<month>{_MONTH})"
        rf"\s*(?P<d>[0-3]?\d){_ORD}"
        rf"(?:\s*[-–/]\s*(?P<d2>[0-3]?\d){_ORD}|\s+(?:and|&)\s+(?P<d3>[0-3]?\d){_ORD}{_AND_END})?"
        rf"(?:,?\s+(?P<y>{_YEAR})|,?\s+(?P<yrel>last|this|next)\s+year\b)?{_NE}",
        _build_month_day,
        anchor=_MONTH,
        lead=3,  # "coming Wednesday, the"
    ),
    _rule(
        "day-month",
        rf"{_DAY_PREFIX}{_NB}(?P<d>[0-3]?\d){_ORD}(?:\s*[-–/]\s*(?P<d2>[0-3]?\d){_ORD})?"
        rf"\s+(?:of\s+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?P<y>{_YEAR})|,?\s+(?P<yrel>last|this|next)\s+year\b)?{_NE}",
        _build_month_day,
        anchor=_MONTH,
        lead=5,  # "Wednesday, the 12th-13th of"
    ),
    _rule(
        "month",
        rf"(?:(?P<part>{_PART})[\s-]+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})|\s+(?P<rel>last|this|next)\s+year\b)?{_NE}",
        _build_month,
        lambda m: (
            not (m["y"] or m["part"] or m["rel"]) and m["month"].rstrip(".").lower() in _WEAK_MONTHS
        ),
        anchor=_MONTH,
        lead=3,  # "beginning of the"
    ),
    _rule(
        "relative-month",
        rf"\b(?P<rel>last|this|next|coming)\s+(?P<month>{_MONTH})",
        _build_rel_month,
        anchor=_MONTH,
        lead=1,
    ),
    _rule(
        "year-range",
        rf"{_NB}(?P<y>{_YEAR})\s*(?P<sep>[-–—/])\s*(?P<y2>{_YEAR}|\d{{2}})(?![\w%])",
        _build_year_range,
        _always,
        anchor=_YEAR,
    ),
    _rule(
        "year",
        rf"(?:(?P<part>{_PART})[\s-]+|{_NB})(?P<y>{_YEAR}){_NE}",
        _build_year,
        lambda m: not m["part"],
        anchor=_YEAR,
        lead=3,  # "beginning of the"
    ),
    _rule(
        "decade",
        rf"(?:(?P<part>{_PART})[\s-]+|(?P<the>\bthe\s+)|{_NB})(?:(?P<dec>(?:1[0-9]|20)\d0)'?s"
        rf"|['‘’](?P<dd>\d0)s|(?P<word>{'|'.join(DECADE_WORDS)}))\b",
        _build_decade,
        anchor=rf"(?:1[0-9]|20)\d0'?s|['‘’]\d0s|{'|'.join(DECADE_WORDS)}",
        lead=3,  # "beginning of the"
    ),
    _rule(
        "century",
        rf"(?:(?P<part>{_PART})[\s-]+)?{_NB}(?P<c>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century\b",
        _build_century,
    ),
    _rule(
        "season",
        rf"(?:(?P<part>{_PART})[\s-]+)?(?:\b(?P<rel>last|this|next|past|coming)\s+)?"
        rf"\b(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?{_NE}",
        _build_season,
        lambda m: not (m["y"] or m["rel"] or m["part"]),
        anchor=r"spring|summer|autumn|fall|winter",
        lead=4,  # "beginning of the last"
    ),
    _rule(
        "quarter",
        rf"(?:{_NB}(?P<y0>{_YEAR})\s+)?\b{_QUARTER}(?:\s+of)?(?:\s+(?P<y>{_YEAR}))?{_NE}",
        _build_quarter,
    ),
    _rule("quarter-short", rf"\bQ(?P<q>[1-4])\s+(?P<y>{_YEAR}){_NE}", _build_quarter),
    _rule(
        "day-word",
        rf"\b(?:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|"
        rf"(?:today|tonight|yesterday|tomorrow){_TOD}|this\s+(?:morning|afternoon|evening)|"
        rf"last\s+night)\b",
        _build_day_word,
        anchor=r"day\s+(?:before|after)|today|tonight|yesterday|tomorrow"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night",
        lead=1,  # "the"
    ),
    _rule(
        "weekday",
        rf"(?:\b(?P<rel>last|this|next|coming|past|previous|following)\s+)?(?P<wd>{_WEEKDAY})"
        rf"{_TOD}{_NOT_PLACE}",
        _build_weekday,
        anchor=_WEEKDAY,
        lead=1,  # "last"
    ),
    _rule(
        "new-year",
        r"\b(?:New\s+Year(?:['’]s)?\s+(?P<eve>Day|Eve)|(?:the\s+)?first\s+day\s+of\s+"
        r"(?:the\s+)?New\s+Year)\b",
        _build_new_year,
        anchor=r"New\s+Year",
        lead=5,  # "the first day of the"
    ),
    _rule(
        "unit",
        r"(?P<the>\bthe\s+)?(?:(?P<part>early|mid|late)[\s-]+)?\b"
        r"(?P<rel>last|this|next|coming|past|current)\s+(?P<unit>week|weekend|month|quarter|year"
        r"|decade)(?!\w)",
        _build_unit,
        anchor=r"(?:last|this|next|coming|past|current)\s+(?:week|month|quarter|year|decade)",
        lead=2,  # "the early"
    ),
    _rule(
        "the-weekend",
        r"(?:(?<=\bat\s)|(?<=\bover\s)|(?<=\bduring\s))the\s+weekend\b",
        lambda m: Deictic("weekend"),
        anchor=r"the\s+weekend",
    ),
    _rule(
        "within",
        r"\b(?P<el>earlier|later)\s+(?:this|(?<=earlier\s)in\s+the)\s+"
        r"(?P<unit>week|month|quarter|year|decade)(?!\w)",
        _build_within,
        anchor=r"(?:earlier|later)\s+(?:this|in\s+the)",
    ),
    _rule(
        "ago",
        rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})s?\s+ago\b",
        _build_ago,
        anchor=r"ago",
        lead=4,  # "a couple of days"
    ),
    _rule(
        "few-ago",
        r"\b(?:a\s+few|several|some)\s+(?P<unit>day|week|month|year)s\s+ago\b",
        _build_few_ago,
        anchor=r"ago",
        lead=3,  # "a few years"
    ),
    _rule(
        "this-day",
        rf"\bthis\s+(?:very\s+|same\s+)?day\s*,?\s+in\s+(?P<y>{_YEAR}){_NE}",
        _build_this_day,
    ),
    _rule(
        "span",
        rf"\b(?P<dir>past|last|next|coming)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})s\b",
        _build_span,
        anchor=r"past|last|next|coming",
    ),
)


def _atom_from(rule: Rule, match: re.Match[str]) -> Atom | None:
    """The atom a match makes, its span trimmed of a leading "the"."""
    value = rule.build(match)
    if value is None:
        return None
    start = match.start()
    lead = re.match(r"the\s+", match[0], re.IGNORECASE)
    if lead:
        start += lead.end()
    return Atom(start, match.end(), value, rule.weak(match))


#: per rule without an anchor, a pattern every match of the rule contains (same flags): a
#: document without it skips the rule. Why: these rules open with optional groups, so the regex
#: engine would try them at every character of the text, while these plain alternations are
#: scanned fast and seldom occur in an article.
_NEEDS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "iso": r"\d-\d",
        "numeric": r"\d[/.]\d",
        "century": r"century",
        "quarter": r"quarter",
        "quarter-short": r"Q[1-4]",
        "this-day": r"this\s+(?:very\s+|same\s+)?day",
    }.items()
}


#: each case-insensitive anchor's and test's lower-case twin (:mod:`dossier.extract.folded`),
#: by pattern and flags: scanned over the lower-cased text, they skip ahead as the
#: case-sensitive month and weekday anchors do (the decades', seasons', day words' and units'
#: anchors were tried at every character)
_FOLDED: dict[tuple[str, int], re.Pattern[str] | None] = {
    (p.pattern, p.flags): folded.folded(p)
    for p in (
        *(r.anchor for r in RULES if r.anchor is not None),
        *_NEEDS.values(),
    )
}


def _anchor_hits(anchor: re.Pattern[str], text: str, lowered: str | None = None) -> list[int]:
    """Every position of ``text`` where ``anchor`` matches, in order; ``lowered``: the text
    lower-cased (:func:`dossier.extract.folded.lowered_copy`), which a case-insensitive anchor
    is scanned in by its twin.

    Why: four rules share the month anchor (and two the year's, two "ago"), and each
    searched the whole text for it again; listed once per text, a rule's next hit from
    ``pos`` is the first listed position at or after it -- what ``anchor.search(text, pos)``
    finds, since whether a pattern matches at a position does not depend on where the search
    began (look-arounds and word boundaries see the whole text)."""
    twin = _FOLDED.get((anchor.pattern, anchor.flags))
    return folded.starts(anchor, twin, text, lowered)


def _matches(
    rule: Rule,
    text: str,
    backwards: str,
    hits: dict[tuple[str, int], list[int]] | None = None,
    lowered: str | None = None,
) -> Iterable[re.Match[str]]:
    """What ``rule.pattern.finditer(text)`` yields, found faster where the rule has an anchor.

    Why: the patterns open with optional groups ("early", "last", a weekday), so ``finditer``
    tries them at every character: that was most of the cost of finding dates. A match
    contains an anchor hit with at most a rule's ``lead`` words before it, so the leftmost match
    from ``pos`` starts between that many words before the next anchor hit and the hit itself
    — or after the hit, when none starts there. Trying those starts in order with ``match``
    gives exactly ``finditer``'s matches. ``backwards`` is ``text`` reversed; ``hits``: the
    anchors' positions in ``text`` already listed (:func:`_anchor_hits`), by pattern and flags,
    filled in as rules ask; ``lowered``: as :func:`_anchor_hits`.
    """
    if rule.anchor is None:
        yield from rule.pattern.finditer(text)
        return
    anchor, back, pattern = rule.anchor, rule.back, rule.pattern
    hits = {} if hits is None else hits
    listed = hits.get((anchor.pattern, anchor.flags))
    if listed is None:
        listed = hits[anchor.pattern, anchor.flags] = _anchor_hits(anchor, text, lowered)
    size, pos, next_hit = len(text), 0, 0
    while (next_hit := bisect_left(listed, pos, next_hit)) < len(listed):
        at = listed[next_hit]
        first = max(pos, size - back.match(backwards, size - at).end()) if back else at
        for start in range(first, at + 1):
            if (match := pattern.match(text, start)) is not None:
                yield match
                pos = max(match.end(), start + 1)  # (no rule matches empty text)
                break
        else:
            pos = at + 1


def _atoms(text: str) -> list[Atom]:
    """Every rule's matches, longest first, keeping those that overlap no longer one."""
    backwards = text[::-1]
    lowered = folded.lowered_copy(text)  # the case-insensitive scans' text (_FOLDED)
    hits: dict[tuple[str, int], list[int]] = {}  # each anchor's positions, listed once
    found = [
        atom
        for rule in RULES
        if (needs := _NEEDS.get(rule.name)) is None
        or folded.search(needs, _FOLDED.get((needs.pattern, needs.flags)), text, lowered)
        for match in _matches(rule, text, backwards, hits, lowered)
        if (atom := _atom_from(rule, match)) is not None
    ]
    found.sort(key=lambda a: (a.start - a.end, a.start))
    kept: list[Atom] = []
    for atom in found:
        if not any(atom.start < k.end and k.start < atom.end for k in kept):
            kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


_RANGE_PREFIX = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)
_DASH = re.compile(r"\s*[-–—]\s*")
_AND = re.compile(r"\s+and\s+|\s*[-–—]\s*", re.IGNORECASE)
_TO = re.compile(r"\s+(?:to|until|till|through|thru)\s+|\s*[-–—]\s*", re.IGNORECASE)
_BARE_TO = re.compile(r"\s+(?:to|through)\s+", re.IGNORECASE)


def _has_year(value: Value) -> bool:
    return isinstance(value, Calendar) and value.year is not None


def _range_prefix(text: str, start: int) -> re.Match[str] | None:
    return _RANGE_PREFIX.search(text[max(0, start - 10) : start])


def _joined(text: str, left: Atom, right: Atom) -> Atom | None:
    """``left`` and ``right`` as one range when the words around them make one."""
    if isinstance(left.value, Pair) or isinstance(right.value, Pair):
        return None
    between = text[left.end : right.start]
    prefix = _range_prefix(text, left.start)
    if prefix and prefix[1].lower() == "between":
        ok = bool(_AND.fullmatch(between))
    elif prefix:
        ok = bool(_TO.fullmatch(between))
    else:
        both_years = _has_year(left.value) and _has_year(right.value)
        ok = bool(_DASH.fullmatch(between)) or (both_years and bool(_BARE_TO.fullmatch(between)))
    if not ok:
        return None
    start = left.start - len(prefix[0]) if prefix else left.start
    weak = not prefix and left.weak and right.weak
    return Atom(start, right.end, Pair(left.value, right.value), weak)


def _combine(text: str, atoms: list[Atom]) -> list[Atom]:
    """Join neighbouring atoms into ranges; a range written as one atom ("2019-2021",
    "January 3-5") takes the "between"/"from" in front of it."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        joined = _joined(text, atom, atoms[i + 1]) if i + 1 < len(atoms) else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        prefix = _range_prefix(text, atom.start)
        if prefix and isinstance(atom.value, Pair):
            atom = Atom(atom.start - len(prefix[0]), atom.end, atom.value)
        out.append(atom)
        i += 1
    return out


# --- calendar arithmetic ---------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return min(date(year, month + 1, 1) + timedelta(days=day.day - 1), _month_end(year, month + 1))


_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120}


def _shift(day: date, unit: str, n: int) -> date:
    if unit == "day":
        return day + timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=n)
    return _add_months(day, n * _MONTHS_IN[unit])


def _unit_around(day: date, unit: str) -> Interval:
    """The calendar week, month, quarter, year or decade containing ``day``."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return Interval(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        return Interval(day.replace(day=1), _month_end(day.year, day.month), "month")
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return Interval(date(day.year, first, 1), _month_end(day.year, first + 2), "range")
    if unit == "year":
        return Interval(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    first = day.year // 10 * 10
    return Interval(date(first, 1, 1), date(first + 9, 12, 31), "range")


def _third(interval: Interval, part: int | None) -> Interval:
    """Early, mid or late third of a month (1-10, 11-20, 21-end), a year (four months each),
    a decade or century (by years) or any other interval (by days); a day has no thirds."""
    if part is None or interval.precision == "day":
        return interval
    start, end = interval.start, interval.end
    if interval.precision == "month":
        first, last = [(1, 10), (11, 20), (21, end.day)][part]
        return Interval(start.replace(day=first), start.replace(day=last), "range")
    if interval.precision == "year":
        first = 1 + 4 * part
        return Interval(date(start.year, first, 1), _month_end(start.year, first + 3), "range")
    years = end.year - start.year + 1
    if years > 2 and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        cut = [start.year + (years * k + 2) // 3 for k in range(4)]  # 1990s: 90-93, 94-96, 97-99
        return Interval(date(cut[part], 1, 1), date(cut[part + 1] - 1, 12, 31), "range")
    days = (end - start).days + 1
    cut = [start + timedelta(days=days * k // 3) for k in range(4)]
    return Interval(cut[part], cut[part + 1] - timedelta(days=1), "range")


def _distance(interval: Interval, day: date) -> int:
    """Days between ``day`` and the nearest day of ``interval`` (0 inside it)."""
    return max((interval.start - day).days, (day - interval.end).days, 0)


def _weighted_distance(interval: Interval, anchor: date) -> tuple[float, bool]:
    """Distance to the anchor, a date ahead counting ``FUTURE_WEIGHT`` times (news mostly
    reports what happened); ties go to the past."""
    ahead = interval.start > anchor
    return _distance(interval, anchor) * (FUTURE_WEIGHT if ahead else 1), ahead


# --- resolution ------------------------------------------------------------------------------


def _calendar_interval(value: Calendar, year: int) -> Interval:
    """The dates a calendar expression covers in ``year``, its third included."""
    if value.years > 1:
        last = year + value.years - 1
        whole = Interval(date(year, 1, 1), date(last, 12, 31), "range")
    elif value.season:
        start = date(year, value.season, 1)
        end = _add_months(start, 2)
        whole = Interval(start, _month_end(end.year, end.month), "season")
    elif value.quarter:
        first = 3 * value.quarter - 2
        whole = Interval(date(year, first, 1), _month_end(year, first + 2), "range")
    elif value.month and value.day:
        day = date(year, value.month, value.day)
        whole = Interval(day, day, "day")
    elif value.month:
        whole = Interval(date(year, value.month, 1), _month_end(year, value.month), "month")
    else:
        whole = Interval(date(year, 1, 1), date(year, 12, 31), "year")
    return _third(whole, value.part)


def _instances(value: Calendar, around: date) -> list[Interval]:
    """The expression in the year before, of and after ``around`` (skipping February 29s
    that do not exist, and years where a written weekday does not fit the date)."""
    out = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            interval = _calendar_interval(value, year)
        except ValueError:
            continue
        if value.weekday is None or interval.start.weekday() == value.weekday:
            out.append(interval)
    return out


def _pick(instances: list[Interval], anchor: date, rel: str, tense: Tense) -> Interval:
    """Which year a yearless date means.

    "last" wants the latest one already over ("last April"), "next" the first not yet begun,
    "this" the one containing the anchor or else the one in the anchor's year. Otherwise the
    tense decides: a past-tense report means the latest one begun by the anchor ("January 3"
    read on January 2 is last year's), a future clause the first not yet over, and a clause
    without tense ("payable Dec. 15", "a June agreement") the nearest one.
    """
    if rel == "last":
        fits = [i for i in instances if i.end < anchor][-1:]
    elif rel == "next":
        fits = [i for i in instances if i.start > anchor][:1]
    elif rel == "this":
        containing = [i for i in instances if i.start <= anchor <= i.end]
        fits = containing or [i for i in instances if i.start.year == anchor.year]
    elif tense == "past":
        fits = [i for i in instances if i.start <= anchor][-1:]
    elif tense == "future":
        fits = [i for i in instances if i.end >= anchor][:1]
    else:
        fits = sorted(instances, key=lambda i: _weighted_distance(i, anchor))[:1]
    if not fits:
        raise ValueError("no such date near the anchor")
    return fits[0]


def _resolve_calendar(value: Calendar, anchor: date | None, tense: Tense) -> Interval:
    if value.year is not None:
        return _calendar_interval(value, value.year)
    if anchor is None:
        raise NeedsAnchorError
    if value.year_step is not None:
        return _calendar_interval(value, anchor.year + value.year_step)
    return _pick(_instances(value, anchor), anchor, value.rel, tense)


def _resolve_day(value: Deictic, anchor: date, tense: Tense) -> Interval:
    day = anchor + timedelta(days=value.n)
    return Interval(day, day, "day")


def _resolve_unit(value: Deictic, anchor: date, tense: Tense) -> Interval:
    """ "last week", "this month", "next year": the calendar unit ``n`` steps from the
    anchor's; a weekend is the Saturday and Sunday of that week. In a past-tense clause the
    current unit ends at the anchor ("the CTD arrested 11 militants this week" in Saturday's
    paper: Monday to Saturday): what it reports is over, not still to come."""
    if value.unit == "weekend":
        saturday = anchor - timedelta(days=anchor.weekday() - 5 - 7 * value.n)
        return Interval(saturday, saturday + timedelta(days=1), "range")
    found = _unit_around(_shift(anchor, value.unit, value.n), value.unit)
    if tense == "past" and value.n == 0 and value.part is None and found.start <= anchor:
        return Interval(found.start, min(found.end, anchor), found.precision)
    return found


def _resolve_ago(value: Deictic, anchor: date, tense: Tense) -> Interval:
    """ "2 days ago" is a day, "a week ago" that week, "a month ago" that month; "a year ago"
    is the month a year back (it compares with the same time last year), "three years ago" or
    "a decade ago" that year (TimeML's reading). "A few years ago" is the span from
    :data:`FEW`'s most to its least units back, by the day: it happened then, not "now"."""
    if value.rel == "few":
        most, least = FEW
        start, end = _shift(anchor, value.unit, -most), _shift(anchor, value.unit, -least)
        return Interval(start, end, "range")
    day = _shift(anchor, value.unit, -value.n)
    if value.unit == "day":
        return Interval(day, day, "day")
    if value.unit == "year" and value.n == 1:
        return _unit_around(day, "month")
    return _unit_around(day, "year" if value.unit == "decade" else value.unit)


def _resolve_span(value: Deictic, anchor: date, tense: Tense) -> Interval:
    """ "the past two years" runs from two years before the anchor to the anchor."""
    other = _shift(anchor, value.unit, value.n)
    return Interval(min(anchor, other), max(anchor, other), "range")


def _resolve_weekday(value: Deictic, anchor: date, tense: Tense) -> Interval:
    """ "Monday": the latest Monday on or before the anchor (the anchor itself when it is a
    Monday), or the first on or after it in a clause about the future; "last Monday" is
    strictly before, "next Monday" strictly after, "this Monday" in the anchor's week."""
    back = (anchor.weekday() - value.which) % 7
    ahead = (value.which - anchor.weekday()) % 7
    if value.rel == "last":
        day = anchor - timedelta(days=back or 7)
    elif value.rel == "next":
        day = anchor + timedelta(days=ahead or 7)
    elif value.rel == "this":
        day = anchor + timedelta(days=value.which - anchor.weekday())
    elif tense == "future":
        day = anchor + timedelta(days=ahead)
    elif tense == "near" and ahead < back:
        day = anchor + timedelta(days=ahead)  # "were set to meet on Friday" read on Thursday
    else:
        day = anchor - timedelta(days=back)
    return Interval(day, day, "day")


def _resolve_within(value: Deictic, anchor: date, tense: Tense) -> Interval:
    """ "earlier this year": from the year's start to the anchor; "later this month": from
    the anchor to the month's end."""
    unit = _unit_around(anchor, value.unit)
    if value.rel == "earlier":
        # "earlier" is before the day of writing: what happened that day is "today", and a
        # print edition's "earlier this month" was written the day before its date
        before = anchor - timedelta(days=1)
        if before < unit.start:
            # written on the unit's first day ("Earlier this week" in a Monday paper, made
            # the evening before): nothing of this unit lies before it, so the writer's
            # "this week" is the one just ended, not the day of writing
            unit = _unit_around(before, value.unit)
        return Interval(unit.start, before, "range")
    return Interval(anchor, unit.end, "range")


def _resolve_weekend(value: Deictic, anchor: date, tense: Tense) -> Interval:
    """ "at/over the weekend": the weekend the anchor is in, else the last one before it in a
    past clause (and in one without tense, news reporting what happened), the next one in a
    future clause."""
    days_since_saturday = (anchor.weekday() - 5) % 7
    saturday = anchor - timedelta(days=days_since_saturday)
    if days_since_saturday > 1 and tense == "future":
        saturday += timedelta(days=7)
    return Interval(saturday, saturday + timedelta(days=1), "range")


def _resolve_this_day(value: Deictic, anchor: date, tense: Tense) -> Interval:
    day = anchor.replace(year=value.n)  # February 29 of a common year: ValueError, dropped
    return Interval(day, day, "day")


_DEICTIC: dict[str, Callable[[Deictic, date, Tense], Interval]] = {
    "this-day": _resolve_this_day,
    "weekend": _resolve_weekend,
    "day": _resolve_day,
    "unit": _resolve_unit,
    "ago": _resolve_ago,
    "span": _resolve_span,
    "weekday": _resolve_weekday,
    "within": _resolve_within,
}


def _yearless(value: Calendar | Deictic) -> bool:
    return isinstance(value, Calendar) and value.year is None and value.year_step is None


def _resolve_pair(value: Pair, anchor: date | None, tense: Tense) -> Interval:
    """A range; an end without a year takes it from the other end: "between March and May
    2020" starts in March 2020, "from Dec. 3 to Jan. 5" ends in the January after."""
    left, right = value.left, value.right
    if isinstance(left, Calendar) and _yearless(left) and not _yearless(right):
        last = _resolve(right, anchor, tense)
        first = _latest([i for i in _instances(left, last.end) if i.start <= last.start])
    else:
        first = _resolve(left, anchor, tense)
        if isinstance(right, Calendar) and _yearless(right):
            last = _earliest([i for i in _instances(right, first.start) if i.end >= first.end])
        else:
            last = _resolve(right, anchor, tense)
    if last.end < first.start:
        raise ValueError("range ends before it starts")
    return Interval(first.start, last.end, "range")


def _latest(intervals: list[Interval]) -> Interval:
    if not intervals:
        raise ValueError("no such date")
    return max(intervals, key=lambda i: i.start)


def _earliest(intervals: list[Interval]) -> Interval:
    if not intervals:
        raise ValueError("no such date")
    return min(intervals, key=lambda i: i.start)


def _resolve(value: Value, anchor: date | None, tense: Tense) -> Interval:
    """The interval ``value`` denotes; NeedsAnchorError when it needs an anchor and there is
    none, ValueError when it names no real date (February 30)."""
    if isinstance(value, Pair):
        return _resolve_pair(value, anchor, tense)
    if isinstance(value, Calendar):
        return _resolve_calendar(value, anchor, tense)
    if anchor is None:
        raise NeedsAnchorError
    return _third(_DEICTIC[value.kind](value, anchor, tense), value.part)


def _needs_tense(value: Value) -> bool:
    if isinstance(value, Pair):
        return _needs_tense(value.left) or _needs_tense(value.right)
    if isinstance(value, Calendar):
        return _yearless(value) and not value.rel
    if value.kind == "unit":
        return value.n == 0  # "this week" in a past clause ends at the anchor
    return value.kind in ("weekday", "weekend") and not value.rel


# --- reading the document --------------------------------------------------------------------

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "would", "'d", "’d"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'re", "'m", "’re", "’m"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "has", "have", "'ve", "’ve"})
#: a weak atom is a date when one of these words precedes it ("in 2019", "since May")
_CUE = re.compile(
    r"\b(?:in|on|since|by|until|till|during|from|between|before|after|of|and|or|to|through"
    r"|throughout|around|circa|as\s+of|last|this|next)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: what follows a four-digit clock time ("at 1230 hours", "0600 hrs"), never a year
_CLOCK_AFTER = re.compile(r"\s*(?:hours|hrs|h)\b", re.IGNORECASE)
#: a year right after a law's name is part of the name ("Anti-Terrorism Act 1997")
_LAW_NAME = re.compile(r"\b(?-i:Act|Law|Ordinance|Code|Bill|Amendment|Rules|Regulations?)\s+$")
_DATE_LABELS = frozenset({"DATE", "TIME"})
#: names that contain no date even when a date-like word is in them ("the Sunday Times", "April
#: Ryan", "Anti-Terrorism Act 1997"); a clear date inside an EVENT ("the Aug. 7 bombings") or a
#: number spaCy mislabels ("31.12.2020" CARDINAL) stays, a weak one never
_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "LAW", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "LOC", "NORP", "LANGUAGE"}
)


def _clause_verb(span: Span) -> Token | None:
    """The verb a date modifies, directly ("said Friday") or through its preposition
    ("arrested ... on Monday") and an adverb it hangs on ("Earlier in April, nine passengers
    were shot dead"); None when it modifies a noun ("a June agreement")."""
    # positions, not identity: spaCy makes a new Token object for every access, so
    # ``token.head is token`` never holds for a sentence's root
    head = span.root.head
    if head.i == span.root.i:
        return None
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


_WOULD = frozenset({"would", "'d", "’d"})
#: words that tell an act as arranged for a time ("were set to meet", "was due to arrive",
#: "were scheduled to meet", "was expected to be taken")
_ARRANGED = frozenset({"set", "due", "scheduled", "slated", "expected", "poised", "supposed"})
_PAST_FORMS = frozenset({"was", "were"})


def _arranged_in_past(verb: Token) -> bool:
    """Whether ``verb`` is an act told in the past as arranged for a time ("Iran and the
    United States were set to meet in Rome on Friday", "the cabinet was scheduled to meet
    Friday", "elders, who were expected to meet on Saturday"). The past is the narration's,
    not the act's: the arranged day may lie after the report as well as before it ("the
    march was scheduled to reach Quetta on Sunday, but blocked"), so its weekday is the
    nearer one, not always the last. "is set to", "are due to" are future already."""
    if "to" not in _auxes(verb) or verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.lower_ not in _ARRANGED or head.i == verb.i:
        return False
    tense = _auxes(head)
    if head.dep_ == "acomp":  # "was due to arrive": "was" is the clause's verb
        tense.add(head.head.lower_)
    return bool(tense & _PAST_FORMS)


def _reported_in_past(verb: Token) -> bool:
    """Whether ``verb``'s clause is what a past-tense verb reports ("said/had announced that
    ... would ...")."""
    head = verb.head
    return (
        verb.dep_ in ("ccomp", "xcomp", "advcl", "conj")
        and head.i != verb.i
        and (head.tag_ == "VBD" or bool(_auxes(head) & _PAST_AUX))
    )


def _auxes(verb: Token) -> set[str]:
    """The auxiliaries of ``verb``'s own clause. One the parser hung on it from across a
    quotation mark is the quotation's ("“... and we never will,” Pezeshkian told NBC News
    on Tuesday": "will" is not the telling's, which is past)."""
    doc = verb.doc
    return {
        c.lower_
        for c in verb.children
        if c.dep_ in ("aux", "auxpass")
        and not any(t.is_quote for t in doc[min(c.i, verb.i) + 1 : max(c.i, verb.i)])
    }


def _tense(span: Span) -> Tense:
    """ "future" for "will meet on Monday", "is travelling on Friday", "plans to vote in
    March"; "past" for "was arrested on Monday", "has said since May"; None otherwise."""
    verb = _clause_verb(span)
    if verb is None:
        return None
    auxes = _auxes(verb)
    if auxes & _WOULD and not auxes & (_FUTURE_AUX - _WOULD) and _reported_in_past(verb):
        # the future of a past report ("had announced that the party would march on Quetta
        # on April 6"): after the report, but maybe before the publication date either
        return None
    if auxes & _FUTURE_AUX or (verb.tag_ == "VBG" and auxes & _PRESENT_AUX):
        return "future"
    if _arranged_in_past(verb):
        return "near"
    if verb.tag_ == "VB" and "to" in auxes:
        head = verb.head
        present = head.tag_ in ("VBZ", "VBP") or _auxes(head) & (_FUTURE_AUX | _PRESENT_AUX)
        return "future" if present else None
    if verb.tag_ == "VBD" or auxes & _PAST_AUX:
        return "past"
    return None


#: a preposition closing the words of a name before a date the model ran the name on to
_OVERRUN = re.compile(r"\w\s+(?:on|since|until|till)\s+$", re.IGNORECASE)


def _entity_spans(doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(start, end, label) of every entity not a date, and (start, end) of DATE/TIME ones."""
    others, dates = [], []
    for ent in doc.ents:
        if ent.label_ in _DATE_LABELS:
            dates.append((ent.start_char, ent.end_char))
        else:
            others.append((ent.start_char, ent.end_char, ent.label_))
    return others, dates


def _plausible(
    atom: Atom,
    span: Span,
    others: Iterable[tuple[int, int, str]],
    dates: list[tuple[int, int]],
    doc_text: str,
) -> bool:
    """Not inside a name or a law spaCy found, nor a first name ("June Carter").
    A weak atom must also not be a verb ("prices fall", "May God") and needs spaCy's DATE or a
    preposition in front ("in 2019")."""
    before = doc_text[max(0, atom.start - 25) : atom.start]
    # "in a 2022 attack": the model calls the year a CARDINAL
    noun_year = atom.weak and _year_of_noun(atom, span, before)
    for start, end, label in others:
        if noun_year and label == "CARDINAL":
            continue
        if not (start <= atom.start and atom.end <= end):
            continue  # not inside this entity
        if not (atom.weak or label in _NAME_LABELS):
            continue
        # "in Steel Town on Feb 9" tagged as one facility: a full date after a preposition
        # inside a name is the model running the name on, not part of it. Searched only for
        # an entity the atom lies inside: for every other entity the search ran over the
        # text from its start to the atom (a whole article for an early entity) to no use,
        # which was 5% of an ingest's time (cProfile, 300 realnews articles)
        if atom.weak or _OVERRUN.search(doc_text[start : atom.start]) is None:
            return False
    if _title_cased_name(atom, span) or _first_name(atom, span):
        return False
    if atom.weak and _CLOCK_AFTER.match(doc_text, atom.end):
        return False  # "boarded the dhow at 1230 hours": a clock time, not the year 1230
    if not atom.weak:
        return True
    if span.root.pos_ in ("VERB", "AUX") or _LAW_NAME.search(before):
        return False
    if any(s < atom.end and atom.start < e for s, e in dates):
        return True
    return bool(_CUE.search(before)) or noun_year


#: a determiner right before a year that modifies a noun: "in a 2022 attack", "the 1971 war"
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)


def _year_of_noun(atom: Atom, span: Span, before: str) -> bool:
    """A year between a determiner and the one thing it dates ("a 2022 attack claimed by IS",
    "the 1998 test"), where the model often leaves it untagged. The noun must be singular:
    "the 2000 people" counts people; and the year modern, not "a 1500 kg bomb"."""
    value = atom.value
    if not (
        isinstance(value, Calendar)
        and value.year is not None
        and 1900 <= value.year
        and value.years == 1
        and value.month is None
        and value.season is None
        and value.quarter is None
        and value.part is None
    ):
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        _DETERMINER.search(before) is not None
        and following is not None
        and following.tag_ == "NN"
        and span.root.head.i == following.i
    )


def _title_cased_name(atom: Atom, span: Span) -> bool:
    """ "VOA Today", "Radio Karsk Today": a capitalised "today"/"this week" right after a word
    inside a sentence is a programme or paper, not a date (weekdays and months are always
    capitalised; after punctuation or a line break it may start a quote or paragraph)."""
    if not isinstance(atom.value, Deictic) or atom.value.kind == "weekday":
        return False
    first = span[0]
    if not first.is_title or first.is_sent_start or first.i == 0:
        return False
    return span.doc[first.i - 1].is_alpha


def _first_name(atom: Atom, span: Span) -> bool:
    """A bare month right before a person's name is a first name ("June Carter", where spaCy
    often tags only "Carter")."""
    value = atom.value
    bare = isinstance(value, Calendar) and value.month and not (value.day or value.year)
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(bare and following is not None and following.ent_type_ == "PERSON")


def _anchor(published: str | date | None) -> date | None:
    if isinstance(published, date) or published is None:
        return published
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _expr(
    atom: Atom, span: Span, anchor: date | None, sentence: int, doc_text: str
) -> TimeExpr | None:
    tense = _tense(span) if _needs_tense(atom.value) else None
    text = doc_text[atom.start : atom.end]
    try:
        value = _resolve(atom.value, anchor, tense)
    except NeedsAnchorError:
        return TimeExpr(atom.start, atom.end, text, None, None, None, sentence)
    except (ValueError, OverflowError):
        return None
    start, end = value.start.isoformat(), value.end.isoformat()
    return TimeExpr(atom.start, atom.end, text, start, end, value.precision, sentence)


def find_times(
    doc: Doc, published: str | None, sentence_at: dict[int, int], written: str | None = None
) -> list[TimeExpr]:
    """Every date expression in ``doc``, resolved against ``published`` (an ISO date).

    Expressions that need the publication date are returned unresolved (value and precision
    None) when it is missing; vague ones, durations and ages are not returned (see the module
    docstring). ``sentence_at`` maps a sentence's start offset to its index. ``written``: the
    day a print edition was written (the evening before its date), which a distance counted
    back ("two days ago", "a week ago") starts from (:func:`_counts_back`).
    """
    anchor = _anchor(published)
    back_from = _anchor(written) or anchor
    others, dates = _entity_spans(doc)
    text = registry_doc_text(doc)  # spaCy rebuilds doc.text on every access: built once
    starts = sorted(sentence_at)
    kept: list[tuple[Atom, Span, TimeExpr]] = []
    atoms = list(_combine(text, _atoms(text)))
    after = _next_day_told(atoms, text, anchor) if written is None else None
    for atom in atoms:
        span = doc.char_span(atom.start, atom.end, alignment_mode="expand")
        if span is None or not _plausible(atom, span, others, dates, text):
            continue
        sentence_start = starts[max(0, bisect_right(starts, span.start_char) - 1)]
        start_from = back_from if _counts_back(atom.value) else anchor
        expr = _expr(atom, span, start_from, sentence_at[sentence_start], text)
        if expr is not None and after is not None and _bare_weekday(atom) == after.weekday():
            told = after.isoformat()
            expr = replace(expr, value_start=told, value_end=told)
        if expr is not None:
            kept.append((atom, span, expr))
    kept = _years_the_article_gives(kept)
    found = _reanchor_reported(kept, anchor, text)

    def sentence_of(offset: int) -> int:
        return sentence_at[starts[max(0, bisect_right(starts, offset) - 1)]]

    found += anaphoric_days(text, found, sentence_of, anchor)
    return sorted(found, key=lambda t: t.start)


#: the small hours written before a weekday: "early Wednesday", "early on Wednesday", "in the
#: early hours of Wednesday", "a little after 1am on Wednesday", "shortly after midnight on
#: Wednesday" ("told Dawn on Wednesday" names an outlet, not a dawn)
_SMALL_HOURS = re.compile(
    r"(?:\bearly\s+(?:on\s+)?|\b(?:early|small|wee)\s+hours\s+of\s+"
    r"|\b(?:[1-5]|12)(?:[:.][0-5]\d)?\s*(?:am|a\.m\.)\s+(?:on\s+)?"
    r"|\bmidnight\s+(?:on\s+)?)$",
    re.IGNORECASE,
)


def _bare_weekday(atom: Atom) -> int | None:
    """The weekday (0 = Monday) a weekday written with no "last"/"next"/"this" names."""
    value = atom.value
    if isinstance(value, Deictic) and value.kind == "weekday" and not value.rel:
        return value.which
    return None


def _next_day_told(atoms: Sequence[Atom], text: str, anchor: date | None) -> date | None:
    """The day after a web report's date where the report tells that day's small hours by
    its weekday, else None: then every bare mention of that weekday in the report is that day.

    Why: a web report is dated by its first posting and updated as news comes in, so a report
    posted late on Tuesday tells what happened "a little after 1am on Wednesday" or what a
    minister said "early Wednesday morning" -- hours after its date, where the past tense reads
    the Wednesday six days before. The small hours of the day after are the only ones a report
    can reach across a night; the same report's "on Wednesday night" and "said on Wednesday"
    are that day too (one report names one day by one weekday). A print edition (the caller's
    ``written``) is written the evening before its date and never does."""
    if anchor is None:
        return None
    after = anchor + timedelta(days=1)
    for atom in atoms:
        if _bare_weekday(atom) != after.weekday():
            continue
        if _SMALL_HOURS.search(text[max(0, atom.start - 30) : atom.start]) is not None:
            return after
    return None


def _years_the_article_gives(
    kept: list[tuple[Atom, Span, TimeExpr]],
) -> list[tuple[Atom, Span, TimeExpr]]:
    """A day written without its year ("the May 9 riots", "since the Oct 7 attack") in the
    year the same article writes that day with ("On May 9, 2023, PTI supporters ..."): a
    writer spells out an old date once and names it short after, so the short form is that
    day, not the latest May 9 before the publication date that the tense picks. Only where
    the article gives one year for that month and day, and only a plain "Month Day" (no
    "last", "this year", weekday or second day, which pick their own year)."""
    years: dict[tuple[int, int], set[int]] = {}
    for atom, _span, _expr in kept:
        value = atom.value
        if isinstance(value, Calendar) and value.year and value.month and value.day:
            years.setdefault((value.month, value.day), set()).add(value.year)
    if not years:
        return kept
    out = []
    for atom, span, expr in kept:
        value = atom.value
        if (
            isinstance(value, Calendar)
            and value.year is None
            and value.month
            and value.day
            and value.year_step is None
            and not value.rel
            and value.weekday is None
            and expr.value_start
        ):
            given = years.get((value.month, value.day), set())
            if len(given) == 1:
                try:
                    day = date(next(iter(given)), value.month, value.day).isoformat()
                except ValueError:  # February 29 of a year without one
                    day = expr.value_start
                if day != expr.value_start:
                    expr = replace(expr, value_start=day, value_end=day, precision="day")
        out.append((atom, span, expr))
    return out


def _counts_back(value: Value) -> bool:
    """Whether ``value`` is a distance counted back from the day of writing ("two days ago",
    "a week ago"). A print edition was written the evening before its date, and its
    reporters count from that evening: "Locals said that two days ago, terrorists had
    kidnapped ..." in the paper of Friday 31 January is Tuesday 28 January. "Yesterday" and
    "today" are left on the paper's date: a print edition's "today (Wednesday)" is its own
    date and "yesterday (Tuesday)" the evening it was written."""
    return isinstance(value, Deictic) and value.kind == "ago"


#: links from a clause up to the speech verb that reports it ("said [that] the attack came
#: two days ago"; "“…,” he said"): a date in such a clause counts from the day of the speech
_REPORTED_LINKS = frozenset({"ccomp", "parataxis"})
#: participles that name the occasion of speaking ("Speaking on Monday, the minister said")
_OCCASION_VERBS = frozenset("speak talk address brief".split())
#: nouns of an occasion of speaking that a speech verb opens with ("In a statement issued on
#: Wednesday, the ministry said"; "At a press conference on Monday, ... said")
_OCCASION_NOUNS = frozenset(
    "statement briefing conference release message interview speech address remarks".split()
)


def _occasion_of(verb: Token | None, span: Span, speech: Token) -> bool:
    """Whether the date ``span`` dates the occasion ``speech`` opens with: a participle of
    speaking hung on it ("Speaking on Monday, ..."), or a statement it is said in ("In a
    statement issued on Wednesday, ..."; "At a briefing on Monday, ...")."""
    if verb is not None and verb.dep_ == "advcl" and verb.head.i == speech.i:
        return verb.lemma_.lower() in _OCCASION_VERBS
    head = span.root.head
    if head.pos_ == "ADP":
        head = head.head
    if verb is not None and verb.dep_ == "acl":  # "a statement issued on Wednesday"
        head = verb.head
    return (
        head.lemma_.lower() in _OCCASION_NOUNS
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.i == speech.i
    )


def _relative_to_speech(value: Value) -> bool:
    """Whether ``value`` counts from the day of writing in a way that the day of speaking
    replaces when someone said it: "yesterday", "today", "two days ago", "a week ago",
    "last week". Weekdays are left: "on Friday" in a report is more often the article's own
    Friday, whatever day the speaker named it."""
    if not isinstance(value, Deictic):
        return False
    return value.kind in ("day", "ago") or (value.kind == "unit" and value.n != 0)


def _speech_verb(span: Span) -> Token | None:
    """The speech verb whose complement or quotation the date sits in ("said on Monday the
    attack two days ago ..."), or None. The walk goes up from the date's own clause and stops
    at the first verb it meets through a link other than a complement's, so that a date of
    the telling itself ("said yesterday") or of a clause the speech verb does not report is
    not taken."""
    verb = _clause_verb(span)
    if verb is None:
        return None
    current = verb
    for _ in range(4):
        head = current.head
        if head.i == current.i or current.dep_ not in _REPORTED_LINKS:
            return None
        if head.lemma_.lower() in REPORT_VERBS:
            return head
        current = head
    return None


def _speech_days(
    speech: Token, kept: list[tuple[Atom, Span, TimeExpr]], anchor: date
) -> date | None:
    """The one day given to the telling ``speech`` itself ("said on Monday", "Speaking on
    Monday, ... said", "In a statement issued on Monday, ... said"), before the publication
    day or on it; None when none or two."""
    days = set()
    for atom, span, expr in kept:
        if expr.precision != "day" or not expr.value_start or _relative_to_speech(atom.value):
            continue
        verb = _clause_verb(span)
        if (verb is not None and verb.i == speech.i) or _occasion_of(verb, span, speech):
            days.add(date.fromisoformat(expr.value_start))
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day <= anchor else None


def _reanchor_reported(
    kept: list[tuple[Atom, Span, TimeExpr]], anchor: date | None, text: str
) -> list[TimeExpr]:
    """The expressions found, those a speaker said counted from the day of speaking: "Speaking
    on Monday, the minister said the attack two days ago ..." is the Saturday before that
    Monday, not two days before the paper that printed it days later."""
    if anchor is None:
        return [expr for _, _, expr in kept]
    out = []
    for atom, span, expr in kept:
        speech = _speech_verb(span) if _relative_to_speech(atom.value) else None
        day = _speech_days(speech, kept, anchor) if speech is not None else None
        if day is not None and day != anchor:
            moved = _expr(atom, span, day, expr.sentence, text)
            expr = moved if moved is not None else expr
        out.append(expr)
    return out


#: a day told by its distance from a day the article has just given: "that day", "the same
#: day", "the next day", "the previous evening", "the night before", "a day later", "two days
#: before that"; "at/since dawn" is the dawn of the day the article is telling ("said on
#: Saturday that 15 people were killed ... since dawn"), not of the day it was printed. "The
#: day before" may run on into where the act happened ("an air strike the day before on a
#: house", "killed the night before in Jabalia"): a place preposition ends it as a comma does,
#: where "the day before the attack" counts from an act, not from a day given
_ANAPHOR = re.compile(
    r"\b(?:(?P<same>(?:that|the\s+same|that\s+same)\s+day)"
    r"|(?P<dawn>(?:at|since|before)\s+dawn)(?!\s+(?:on|of|in)\b)"
    r"|the\s+(?P<step>next|following|previous)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+(?:day|night|evening)\s+(?P<side>before|after)"
    r"(?=\s*(?:[,.;:)]|(?:that|on|in|at|near|outside|inside)\b|$))"
    # "she returned minutes later with a gun", "was arrested a few hours later": the same day
    rf"|(?P<soon>(?:{_NB}(?:{_NUM}|a\s+few|several)\s+)?(?:minutes|moments|hours)\s+later)"
    rf"|{_NB}(?P<n>{_NUM})\s+days?\s+"
    r"(?P<rel>later|earlier|(?:after|before)(?=\s*(?:[,.;:)]|that\b|$))))(?![\w'-])",
    re.IGNORECASE,
)
#: the month or year the article has just given: "In a separate incident during that month",
#: "Later that year"
_THAT_UNIT = re.compile(r"\b(?:that|the\s+same|that\s+same)\s+(?P<unit>month|year)\b", re.I)
#: an act told as coming some days before the clause it hangs on: "said on Sunday, a day
#: after gunmen attacked a convoy", "The incident comes two days after police arrested ..."
_BEFORE_ACT = re.compile(
    rf"{_NB}(?P<n>{_NUM})\s+days?\s+(?P<rel>after|before)(?=\s+(?!that\b)[\w‘“'\"])",
    re.IGNORECASE,
)
#: a sentence that opens by placing what was just told beside another one ("The incident
#: comes a day after ...", "It came two days after ...", "The girl's death came a day after
#: ...", "The comments came a day after ..."): a definite or possessive noun phrase points
#: back to something told, so the day given before is its own
_RETOLD_COMES = re.compile(
    r"^\W*(?:it|(?:the|this|that|its|his|her|their|[\w-]+[’']s)(?:\s+[\w’'-]+){0,4}?)"
    r"\s+(?:comes?|came|happened|occurred|took\s+place)\s*$",
    re.IGNORECASE,
)
#: a time told by reference that is not a day ("Later that month", "weeks later"): what
#: follows it counts from it, not from a day given before it
_VAGUE_REFERENCE = re.compile(
    r"\b(?:(?:that|the\s+same|the\s+following|the\s+next)\s+(?:week|month|year)"
    rf"|(?:{_NUM}|several|some|few)\s+(?:weeks?|months?|years?)\s+(?:later|earlier|after))\b",
    re.IGNORECASE,
)
#: one of several incidents a sentence just before has dated as a whole: "between Friday and
#: Saturday ... two separate attacks. In the first incident, ..."
_INCIDENT = re.compile(
    r"\bin\s+(?P<span>the\s+(?:first|second|third|latest|other|earlier|later)\s+"
    r"(?:incident|attack|episode))(?![\w'-])",
    re.IGNORECASE,
)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) shares a character with one of ``spans``: an anaphor inside a
    date already found ("the same day" of "on the same day of March") is that date's."""
    return any(s < end and start < e for s, e in spans)


def _offset(match: re.Match[str]) -> int:
    """Days from the antecedent: 0 for "that day", -1 for "the day before", 2 for "two
    days later"."""
    if match["same"] or match["dawn"] or match["soon"]:
        return 0
    if match["step"]:
        return -1 if match["step"].lower() == "previous" else 1
    if match["side"]:
        return -1 if match["side"].lower() == "before" else 1
    sign = -1 if match["rel"].lower() in ("earlier", "before") else 1
    return sign * _number(match["n"])


def _antecedent(
    text: str, found: list[TimeExpr], start: int, sentence: int, same: bool = False
) -> date | None:
    """The one day the article gave just before ``start`` (earlier in its sentence or in the
    two before): None when there is none or more than one, since a guess between two days
    ("attacked on Monday ... said on Tuesday. That day ...") would date the event wrongly
    where leaving it undated only misses it. Weeks, months and years do not count, and a
    day told before "Later that month" is not the one "The next day" counts from. ``same``:
    the words say "the same day", which reaches further back (:data:`SAME_DAY_SENTENCES`)."""
    near = [
        t
        for t in found
        if t.precision == "day"
        and t.end <= start
        and sentence - ANAPHOR_SENTENCES <= t.sentence <= sentence
    ]
    if not near and same:
        # "on the same day" names the day last given, however many sentences of detail
        # (a case registered, what was seized) came between: that sentence's day (a bare
        # "That day" opening a sentence so far on may start from another day, and is left)
        before = [
            t
            for t in found
            if t.precision == "day"
            and t.end <= start
            and sentence - SAME_DAY_SENTENCES <= t.sentence
        ]
        last = max((t.sentence for t in before), default=None)
        near = [t for t in before if t.sentence == last]
    days = {t.value_start for t in near}
    if len(days) != 1 or _VAGUE_REFERENCE.search(text, min(t.end for t in near), start):
        return None
    return date.fromisoformat(days.pop())


def _only_day(text: str, found: list[TimeExpr], start: int) -> date | None:
    """The day counted from when the article has given one and nothing else before
    ``start``, however far back: "... an IED went off on Wednesday in Azam Warsak" and, six
    sentences of detail later, "just three days earlier, a deadly IED explosion rocked Wana"
    can only count from that Wednesday. None when any other date, or a time told by
    reference ("weeks later"), came before: which day is meant would then be a guess."""
    before = [t for t in found if t.end <= start]
    days = {t.value_start for t in before if t.precision == "day"}
    if not before or len(days) != 1 or any(t.precision != "day" for t in before):
        return None
    if _VAGUE_REFERENCE.search(text, min(t.end for t in before), start):
        return None
    return date.fromisoformat(days.pop())


def anaphoric_days(
    text: str,
    found: list[TimeExpr],
    sentence_of: Callable[[int], int],
    latest: date | None = None,
) -> list[TimeExpr]:
    """Days told only by reference to a day given just before ("Militants attacked a post on
    Monday. That day, police ..."; "... on Jan. 5. Two days later, ..."), dated from that
    day when it is the only one; the grammar alone cannot, as they say nothing about the
    calendar or the publication date. "a day after" with an act after it ("said on Sunday,
    a day after gunmen attacked") is left: it dates the clause it hangs on, so the act it
    names lies a day before the one given, not after. A distance counted from a day the
    sentences just before do not give counts from the article's only day
    (:func:`_only_day`), never to a day after ``latest`` (the publication day)."""
    taken = [(t.start, t.end) for t in found]
    out = []
    for match in _ANAPHOR.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, taken):
            continue
        sentence = sentence_of(start)
        base = _antecedent(
            text, found, start, sentence, same="same" in (match["same"] or "").lower()
        )
        far = False
        if base is None and match["n"]:
            # only a distance in days ("three days earlier"): "the previous night" far down
            # (a speaker praising action "the previous night") lent its day to the statements
            # told after it (check13), a distance in days did not
            base, far = _only_day(text, found, start), True
        if base is None:
            continue
        moved = base + timedelta(days=_offset(match))
        if far and latest is not None and moved > latest:
            continue  # a story's own "next day" inside a quote, not the article's
        day = moved.isoformat()
        out.append(TimeExpr(start, end, text[start:end], day, day, "day", sentence))
    out += _acts_before(text, found, taken, sentence_of)
    for match in _THAT_UNIT.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, taken):
            continue
        sentence = sentence_of(start)
        given = _unit_given(found, start, sentence, match["unit"].lower())
        if given is not None:
            out.append(TimeExpr(start, end, text[start:end], *given, sentence))
    for match in _INCIDENT.finditer(text):
        start, end = match.span("span")
        if _overlaps(start, end, taken):
            continue
        sentence = sentence_of(start)
        given = _incidents_date(found, sentence)
        if given is not None:
            out.append(TimeExpr(start, end, text[start:end], *given, sentence))
    return out


def _unit_given(
    found: list[TimeExpr], start: int, sentence: int, unit: str
) -> tuple[str, str, str] | None:
    """The one month (or year) the article gave just before ``start`` ("Last month, ...",
    "on March 3"), as (start, end, precision), for "that month" / "that year": None when the
    sentences before give none, or the nearest sentence that gives one gives more than one.

    The anaphor points to the time last told: "Last month, police arrested five. In March,
    two were arrested. In a separate case that month, ..." is March, the month of the
    sentence just before, as a reader takes it; an older month further up does not make it
    ambiguous. Two months in that one sentence ("on March 3 and on April 9. Later that
    month") do, and the act stays undated."""
    given: dict[int, set[tuple[str, str]]] = {}
    for t in found:
        if not (sentence - ANAPHOR_SENTENCES <= t.sentence <= sentence and t.end <= start):
            continue
        if t.value_start is None or t.value_end is None or t.precision == "range":
            continue
        first, last = t.value_start, t.value_end
        if unit == "month" and t.precision in ("day", "week", "month") and first[:7] == last[:7]:
            month = date.fromisoformat(first[:8] + "01")
            value = (month.isoformat(), _month_end(month.year, month.month).isoformat())
        elif unit == "year" and t.precision != "season" and first[:4] == last[:4]:
            value = (f"{first[:4]}-01-01", f"{first[:4]}-12-31")
        else:
            continue
        given.setdefault(t.sentence, set()).add(value)
    if not given:
        return None
    nearest = given[max(given)]
    return (*nearest.pop(), unit) if len(nearest) == 1 else None


def _acts_before(
    text: str,
    found: list[TimeExpr],
    taken: list[tuple[int, int]],
    sentence_of: Callable[[int], int],
) -> list[TimeExpr]:
    """The day of an act told as coming some days before another: "Officials said on Sunday,
    a day after gunmen attacked a convoy" (the attack: Saturday), "The incident comes a day
    after a lawmaker escaped an attack" (a day before the incident just told). The span is
    the words "a day after", which the parse hangs on the act; its value is the act's day.
    Only where the day counted from is the clause's own: given earlier in the same sentence,
    or the day of the incident the sentence opens by pointing back to ("The incident comes").
    Otherwise the day given before may be the act's own ("attacked on Monday. Police arrested
    him a day after the attack"), and the act is left undated."""
    out = []
    for match in _BEFORE_ACT.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, taken):
            continue
        sentence = sentence_of(start)
        # the sentence's first offset: sentence indexes never fall as offsets grow
        opening = bisect_left(range(start + 1), sentence, key=sentence_of)
        # a heading without a full stop runs into the paragraph under it as one sentence:
        # the paragraph opens after the line break
        opening = max(opening, text.rfind("\n", opening, start) + 1)
        own = [t for t in found if t.sentence == sentence and t.end <= start]
        retold = not own and _RETOLD_COMES.match(text[opening:start])
        if not own and not retold:
            continue
        base = _antecedent(text, own or found, start, sentence)
        if base is None and retold:
            # "The incident comes a day after ..." further down, after quotes and reactions:
            # the incident is the article's, whose day its lead gave
            base = _lead_day(found, start)
        if base is None:
            continue
        days = _number(match["n"]) * (-1 if match["rel"].lower() == "after" else 1)
        day = (base + timedelta(days=days)).isoformat()
        out.append(TimeExpr(start, end, text[start:end], day, day, "day", sentence))
    return out


def _lead_day(found: list[TimeExpr], start: int) -> date | None:
    """The one day the article's first dated sentence gives, before ``start``: the day of the
    incident the article tells (its lead), which "The incident comes a day after ..." points
    back to however many sentences of quotes came between. None when that sentence gives two
    days (the act's and the report's: which one the incident is would be a guess)."""
    days = [t for t in found if t.precision == "day" and t.end <= start and t.value_start]
    if not days:
        return None
    first = min(t.sentence for t in days)
    values = {t.value_start for t in days if t.sentence == first}
    return date.fromisoformat(values.pop()) if len(values) == 1 else None


def _incidents_date(found: list[TimeExpr], sentence: int) -> tuple[str, str, str] | None:
    """The one day or few-day range the two sentences before gave ("two separate attacks
    between Friday and Saturday"), as (start, end, precision): each incident told after it
    happened within it. None when they give none or more than one."""
    given = set()
    for t in found:
        if not (sentence - ANAPHOR_SENTENCES <= t.sentence < sentence) or t.value_start is None:
            continue
        first, last = date.fromisoformat(t.value_start), date.fromisoformat(t.value_end or "")
        if t.precision in ("day", "range") and (last - first).days < INCIDENT_RANGE_DAYS:
            given.add((t.value_start, t.value_end or "", "day" if first == last else "range"))
    return given.pop() if len(given) == 1 else None


def normalise(text: str, anchor: str | date | None, *, tense: Tense = None) -> Interval | None:
    """The interval the (longest) date expression in ``text`` denotes, without a parse.

    For callers holding a date string rather than a document (and for the benchmark): there
    are no entity checks, so a bare "2019" or "May" counts; ``tense`` ("past", "future" or
    None) stands in for the clause. None when ``text`` holds no expression the grammar knows,
    or a relative one and there is no anchor.
    """
    atoms = _combine(text, _atoms(text))
    if not atoms:
        return None
    atom = max(atoms, key=lambda a: a.end - a.start)
    try:
        return _resolve(atom.value, _anchor(anchor), tense)
    except (NeedsAnchorError, ValueError, OverflowError):
        return None
