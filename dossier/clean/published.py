"""Normalise written dates to ISO 8601.

Publication dates arrive as "Updated 27 December 2022", "Updated: Aug 18, 2021",
"Monday, 01/22/2024", ISO strings or RFC 2822 headers. dateparser handles the
free-text forms but returns None when a label such as "Updated:" precedes the
date, so labels are stripped first; exact formats are tried before dateparser
because they are unambiguous and a thousand times faster. :func:`date_line` tells
a line that is only a date (with weekday, time, zone) from a sentence containing one.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

import dateparser

_LABEL = re.compile(
    r"^\s*(?:last\s+)?(?:updated|published|posted|modified|dated?|released|release date|"
    r"first published|filed)\b\s*(?:on|at)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_HAS_DIGIT = re.compile(r"\d")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
#: a date written with day, month and year in some order
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}(?=\b|T)|"
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}\b",
    re.IGNORECASE,
)
#: what may stand beside the date on a date line: weekday, time, zone, reading time
_CLUTTER = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|"
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\b\.?)?|"
    r"\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:at|on|am|pm|hrs|utc|gmt|last|updated|published)\b|"
    r"(?-i:\b[A-Z]{2,5}\b)|\b\d+\s*min(?:ute)?s?\s+read\b|"
    r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|[+-]\d{1,2}(?::?\d{1,2})?\b|"
    r"T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|Z\b",
    re.IGNORECASE,
)
_ALNUM = re.compile(r"[^\W_]")
#: a date line is short
DATE_LINE_WORDS = 12

_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


_UPDATE_LABEL = re.compile(
    r"^\s*(?:last\s+)?(?:updated|modified)\b|^\s*\w+(?:\s+\w+)?\s*[|,]\s*updated\b",
    re.IGNORECASE,
)


def is_update_label(text: str) -> bool:
    """Whether a date line gives the last update ("Updated: Aug 18, 2021"), not the
    publication: the two are kept apart, the update only standing in when nothing else
    dates the page."""
    return bool(_UPDATE_LABEL.search(text))


def strip_label(text: str) -> str:
    """Remove a leading "Updated:", "Published on" … label."""
    return _LABEL.sub("", text, count=1).strip()


@lru_cache(maxsize=4096)
def parse_full_date(text: str) -> date | None:
    """A complete calendar date (day, month and year all given), else None.

    The whole text is tried first (ISO 8601, RFC 2822, then free text); failing
    that, the first day-month-year date written inside it.
    """
    value = strip_label(text)
    if not value or not _HAS_DIGIT.search(value):
        return None
    parsed = _parse(value)
    if parsed is None:
        match = _FULL_DATE.search(value)
        if match and match.group(0) != value:
            parsed = _parse(match.group(0))
    return parsed


#: "March 28th, 2025", "28 March 2025", "Sept. 3 2024": the whole value one written date, in
#: the two orders English news uses (a "Published in Dawn, March 28th, 2025" footer ends
#: nearly every article of some outlets)
_WRITTEN_DATE = re.compile(
    rf"(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})",
    re.IGNORECASE,
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _written_date(value: str) -> date | None:
    """The date of a value that is exactly one written day-month-year date, else None.

    Why not leave it to dateparser: its first call in a process builds its time-zone
    patterns (1.9 s of CPU), which an update adding ten articles paid for one footer
    date. Same answers as dateparser on these forms (``tests/test_written_dates.py`` checks them
    side by side); an impossible day ("February 30th") is left to it."""
    match = _WRITTEN_DATE.fullmatch(value)
    if match is None:
        return None
    month = (match["m1"] or match["m2"])[:3].lower()
    try:
        return date(
            int(match["y1"] or match["y2"]), _MONTH_NUMBER[month], int(match["d1"] or match["d2"])
        )
    except ValueError:
        return None


def _parse(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    written = _written_date(value)
    if written is not None:
        return written
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=_SETTINGS)
    except (ValueError, OverflowError, RecursionError):
        return None
    return parsed.date() if parsed else None


def date_line(text: str) -> str | None:
    """ISO date when ``text`` is nothing but a (labelled) date, e.g. "Updated: Aug 18, 2021",
    "Monday, 01/22/2024", "Nov 18, 2019, 11:47am EST | 3 min read"; None for a sentence
    that merely contains a date."""
    value = strip_label(text)
    match = _FULL_DATE.search(value)
    if not match:
        return None
    # each date may bring its weekday, time and label: a line with its update is two dates long
    dates = min(2, len(_FULL_DATE.findall(value)))
    if len(text.split()) > DATE_LINE_WORDS * dates:
        return None
    # a second date on the line is its update ("on April 30, 2008 at 4:31 AM, updated April 30,
    # 2008 at 8:33 AM"): the line is still only dates, and the first is the publication
    rest = _FULL_DATE.sub(" ", value[: match.start()] + " " + value[match.end() :])
    rest = _CLUTTER.sub(" ", rest)
    if _ALNUM.search(rest):
        return None
    parsed = parse_full_date(value)
    return parsed.isoformat() if parsed else None


def to_iso(text: str | None) -> str | None:
    """ISO date string for a full date written any common way, else None."""
    if not text:
        return None
    parsed = parse_full_date(text.strip()[:200])
    return parsed.isoformat() if parsed else None
