"""Datelines and publication footers: where, by whom and when a news article was filed.

Wire and newspaper copy open with a dateline and often close with a footer. They carry the
place the story was filed from, the agency or outlet, and the date — the anchor against which
every relative date in the article ("yesterday", "on Sunday") is resolved, so an article whose
dateline is not read keeps its events undated. The forms read (first paragraph only):

* ``KANDAHAR, Afghanistan (March 3, 2012) —``   place, region/country, full date
* ``ISLAMABAD, Apr 25 (APP):`` ``PIR CHINASI, AZAD KASHMIR, May 05 (APP):``  month and day,
  agency (no year: see :func:`infer_year`)
* ``WASHINGTON, March 3, 2012 (AP) —``           place, full date, agency
* ``LONDON (Reuters) -``                          place, agency
* ``PESHAWAR:`` ``QUETTA --``                     place
* ``LAHORE, 25/04/2025:`` ``KABUL, 2025-04-25 —`` numeric dates (day first, as outside the US)

and, on any line, a footer ``Published in Dawn, April 26th, 2025`` (outlet and full date).

A dateline's place is upper case ("PESHAWAR"); a title-case one ("Islamabad, Apr 25 (APP):") is
accepted only with a date or an agency beside it, because "Police said: …" also opens
sentences. Everything here is pure text in, record out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dossier.clean.published import parse_full_date

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: the part of the first paragraph before the dateline's separator (no sentence is this short
#: and ends in ":", " —" or " -" by chance often enough to matter; the parts are checked below)
_HEAD = re.compile(r"^\s*(?P<head>[^\n:—–]{2,110}?)\s*(?::|—|–|--|\s-(?=\s))\s*(?=\S)")
_PARENS = re.compile(r"\(([^()]{1,40})\)")
_DATE = re.compile(
    rf"(?P<md>(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?)"
    rf"|(?P<dm>(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH})\.?(?:,?\s+(?P<year2>\d{{4}}))?)"
    r"|(?P<iso>(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))"
    r"|(?P<num>(?P<n1>\d{1,2})[/.](?P<n2>\d{1,2})[/.](?P<ny>\d{4}))",
    re.IGNORECASE,
)
_UPPER_PLACE = re.compile(r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}")
_TITLE_PLACE = re.compile(r"[A-Z][a-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,3}")
_REGION = re.compile(r"[A-Z][A-Za-z.'’\-]+(?:\s+[A-Za-z.'’\-]+){0,3}")
_AGENCY = re.compile(r"[A-Za-z][A-Za-z.&' ]{0,30}")
_FOOTER = re.compile(
    r"^\s*(?:this (?:article|story) was\s+)?(?:first\s+)?published\s+in\s+"
    r"(?P<outlet>[A-Z][^,\n]{1,60}?)\s*,\s*(?P<date>[^\n]{6,40}?)\s*\.?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What an article's dateline says. ``month``/``day`` without ``year`` is a year-less
    wire date ("Apr 25"); ``end`` is where the article's own words start."""

    place: str
    region: str | None = None
    agency: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end: int = 0

    def full_date(self) -> str | None:
        """The dateline's date as ISO when it names the year, else None."""
        if self.year and self.month and self.day:
            return _iso(self.year, self.month, self.day)
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTH_NAMES[name[:3].lower()]


def _date_parts(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a date match, None when no such calendar day."""
    if match.group("md"):
        year, month, day = match.group("year"), _month(match.group("mon")), match.group("day")
    elif match.group("dm"):
        year, month, day = match.group("year2"), _month(match.group("mon2")), match.group("day2")
    elif match.group("iso"):
        year, month, day = match.group("iy"), int(match.group("im")), match.group("id")
    else:
        first, second = int(match.group("n1")), int(match.group("n2"))
        # day first, as in most of the world; month first only when the day-first reading
        # is impossible ("04/25/2025")
        day_, month_ = (first, second) if second <= 12 else (second, first)
        year, month, day = match.group("ny"), month_, day_
    y = int(year) if year else None
    if _iso(y or 2000, month, int(day)) is None:  # 2000 is a leap year: Feb 29 passes
        return None
    return y, month, int(day)


def _full_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of ``text`` when it is one calendar day written with its year, else
    None: a dateline on a line of its own and an outlet's time stamp date the report only when
    they say which year (a month and day alone may be any year's)."""
    found = _DATE.fullmatch(text)
    parts = _date_parts(found) if found else None
    if parts is None or parts[0] is None:
        return None
    return parts[0], parts[1], parts[2]


def spaced_dateline(text: str) -> str:
    """``text`` with a space after its dateline's colon when the wire glued the first word to
    it ("RAWALPINDI, Jan 6 (APP):Anti-Narcotics Force ..."): the tokenizer keeps "APP):Anti" as
    one token, so the first sentence's subject is named "APP):Anti-Narcotics Force" in every
    event and entity it reaches. Only a colon the parsed dateline ends in is spaced; a text with
    no dateline is returned as it is."""
    match = _HEAD.match(text)
    if not match or text[match.end() - 1] != ":" or parse_dateline(text) is None:
        return text
    return text[: match.end()] + " " + text[match.end() :]


#: datelines kept per process (:func:`parse_dateline`): the texts of the batch in hand
DATELINE_CACHE = 256


@lru_cache(maxsize=DATELINE_CACHE)
def parse_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text`` (the article's first paragraph), or None.

    Cached (the result is a frozen record, so sharing it is safe): the ingest asks it
    about the same document text ~40 times an article (cleaning, the event rules, event
    and said days, dispatch days -- each from its own module), 8,851 calls for 200
    realnews articles, ~0.5% of an ingest's CPU; a string's hash is computed once."""
    match = _HEAD.match(text)
    if not match:
        return None
    head = match.group("head")
    agency = None
    parts: tuple[int | None, int, int] | None = None
    for inner in _PARENS.findall(head):
        found = _DATE.fullmatch(inner.strip())
        if found and parts is None:
            parts = _date_parts(found)
            if parts is None:
                return None
        elif _AGENCY.fullmatch(inner.strip()) and len(inner.split()) <= 3 and agency is None:
            agency = inner.strip()
        else:
            return None
    rest = _PARENS.sub(" ", head).strip(" ,")
    if parts is None:
        found = _DATE.search(rest)
        if found:
            parts = _date_parts(found)
            if parts is None:
                return None
            rest = (rest[: found.start()] + " " + rest[found.end() :]).strip(" ,")
    chunks = [c.strip() for c in rest.split(",")]
    chunks = [c for c in chunks if c]
    if not chunks:
        return None
    place, regions = chunks[0], chunks[1:]
    # "NORTH WAZIRISTAN / LAKKI MARWAT:": a story filed from two places; the first is kept
    alternatives = [a.strip() for a in place.split("/")]
    if len(alternatives) > 1:
        if not all(_UPPER_PLACE.fullmatch(a) for a in alternatives):
            return None
        place = alternatives[0]
    upper = _UPPER_PLACE.fullmatch(place)
    if not upper and not (_TITLE_PLACE.fullmatch(place) and (parts or agency)):
        return None
    if sum(c.isalpha() for c in place) < 3 or len(regions) > 2:
        return None
    if any(not _REGION.fullmatch(r) for r in regions):
        return None
    year, month, day = parts if parts else (None, None, None)
    return Dateline(
        place=place.strip(" ."),
        region=", ".join(regions) or None,
        agency=agency,
        year=year,
        month=month,
        day=day,
        end=match.end(),
    )


_LINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2}))?"
    r"\s+(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|"
    rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?\s+\d{{4}})\s*$",
    re.IGNORECASE,
)


def parse_dateline_line(line: str) -> Dateline | None:
    """A dateline on a line of its own, place then date: "LONDON 1996-08-30",
    "MILWAUKEE, Wisconsin 1996-08-29" (wire copy as archived). The place is upper case."""
    match = _LINE.match(line)
    if not match or not _UPPER_PLACE.fullmatch(match.group("place")):
        return None
    parts = _full_date(match.group("date"))
    if parts is None:
        return None
    year, month, day = parts
    return Dateline(
        place=match.group("place"),
        region=match.group("region"),
        year=year,
        month=month,
        day=day,
        end=match.end(),
    )


def parse_footer(line: str) -> tuple[str, str] | None:
    """(outlet, ISO date) of a "Published in <Outlet>, <date>" footer line, else None."""
    match = _FOOTER.match(line)
    if not match:
        return None
    when = parse_full_date(match.group("date"))
    if when is None:
        return None
    return match.group("outlet").strip(), when.isoformat()


_FULL = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


#: a full date in the article fixes a year-less dateline's year only this close to it
NEAR_DAYS = 45


def infer_year(month: int, day: int, text: str, anchor: str | None = None) -> int | None:
    """The year of a year-less dateline date ("Apr 25"), or None when the article does not tell.

    With an ``anchor`` date (the feed's publication date, a footer's date) the year that puts
    the day nearest to it. Otherwise a full date written in the article ("On 4 March 2025")
    that lies within ``NEAR_DAYS`` of the dateline's day in some year fixes that year — a
    story mostly dates what it reports close to when it was filed; dates further off (an
    anniversary, a 2019 treaty) say nothing. Years written alone are not used: on the real
    archive the latest year mentioned was the filing year in 5 of 45 wire stories.
    """
    if anchor:
        references = [date.fromisoformat(anchor)]
    else:
        found = (parse_full_date(m.group(0)) for m in _FULL.finditer(text))
        references = [d for d in found if d is not None]
    best: tuple[int, int] | None = None
    for reference in references:
        for year in (reference.year - 1, reference.year, reference.year + 1):
            iso = _iso(year, month, day)
            if iso is None:
                continue
            gap = abs((date.fromisoformat(iso) - reference).days)
            if (anchor or gap <= NEAR_DAYS) and (best is None or gap < best[0]):
                best = (gap, year)
    return best[1] if best else None


def dateline_date(dateline: Dateline, text: str, anchor: str | None = None) -> str | None:
    """ISO date of a dateline: its own year, else :func:`infer_year`'s."""
    if dateline.month is None or dateline.day is None:
        return None
    if dateline.year:
        return dateline.full_date()
    year = infer_year(dateline.month, dateline.day, text, anchor)
    return _iso(year, dateline.month, dateline.day) if year else None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
#: how many years before the clock's a year-less wire date may lie
WEEKDAY_YEARS = 1


def weekday_year(month: int, day: int, text: str, clock: str) -> int | None:
    """The year of a year-less wire date ("ISLAMABAD, Apr 25 (APP):") by the weekday its
    story names first ("... said here on Friday"): the latest year whose Apr 25 lies on or
    before the ``clock`` (the day the copy was saved), or one of the :data:`WEEKDAY_YEARS`
    before it, whose Apr 25 is that weekday. A wire story tells the day it was filed by its
    weekday; now and then it names the day before ("said on Thursday" in Friday's copy),
    which a year earlier was the filing weekday: the measured risk of a wrong year (see
    ``tests/test_dateline.py``). None when the story names no weekday or no year fits."""
    named = _WEEKDAY.search(text)
    try:
        until = date.fromisoformat(clock[:10])
    except ValueError:
        return None
    if named is None:
        return None
    weekday = _WEEKDAYS.index(named.group(0).lower())
    days = [
        date.fromisoformat(iso)
        for year in range(until.year, until.year - WEEKDAY_YEARS - 2, -1)
        if (iso := _iso(year, month, day)) is not None and iso <= until.isoformat()
    ][: WEEKDAY_YEARS + 1]
    return next((d.year for d in days if d.weekday() == weekday), None)


def wire_date(text: str, clock: str | None) -> str | None:
    """The date of the year-less wire dateline opening ``text``, its year read from the
    weekday the story names (:func:`weekday_year`) against the ``clock``; None when there is
    no such dateline, no clock or no fitting year."""
    found = parse_dateline(text)
    if clock is None or found is None or found.year or found.month is None or found.day is None:
        return None
    year = weekday_year(found.month, found.day, text[found.end :], clock)
    return _iso(year, found.month, found.day) if year else None


#: an outlet's time stamp over its story, and the dateline the story opens with, on one line
#: ("TNN Nov 12, 2011, 05.51AM IST MUMBAI:" -- the Times of India's credit, date and hour,
#: then the place the story was filed from): the credit (an agency's or outlet's capitals, or
#: nothing), a full date, an hour with an optional zone ("IST", "ET", "UTC": a zone ends in
#: T, so "05:51 NEW YORK:" keeps its place whole), an upper-case place and its colon or
#: dash; the story may go on on the same line. A tokenised copy writes the hour "05. 51AM".
_STAMPED = re.compile(
    r"^\s*(?:(?P<credit>[A-Z][A-Z&.]{1,9})\s*[|,]?\s+)?"
    rf"(?P<date>(?i:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}))"
    r"\s*,?\s*(?:\|\s*)?(?P<hour>\d{1,2}\s*[.:]\s*\d{2}\s*(?:[AaPp]\.?\s?[Mm]\b\.?)?)"
    r"(?:\s*(?P<zone>[A-Z]{0,3}T|UTC))?\s*[|,]?\s+"
    r"(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})\s*(?::|—|–|--|\s-(?=\s))\s*"
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """An outlet's time stamp opening a story's first line, before its dateline's place:
    ``date`` (ISO), ``credit`` (the agency or outlet, or None), ``place``, ``place_at`` (where
    the place starts: the stamp is what comes before) and ``end``, where the story's own words
    start on that line (its length where the line holds only the stamp)."""

    date: str
    credit: str | None
    place: str
    place_at: int
    end: int


def parse_stamp(line: str) -> Stamp | None:
    """The time stamp and dateline place opening ``line`` ("TNN Nov 12, 2011, 05. 51AM IST
    MUMBAI:"), or None.

    Why: a page copied as text puts the outlet's stamp and the dateline on one line above or
    before the news. Read as a sentence, the stamp was the report's lead -- the first
    sentence every join reads its main incident, persons and telling from -- so the report
    of the capture of 26 pirates told "05. 51AM IST MUMBAI" and no incident. Its date is the
    report's own, its place the dateline's; the news starts after it."""
    match = _STAMPED.match(line)
    if match is None:
        return None
    parts = _full_date(match.group("date"))
    if parts is None:
        return None
    year, month, day = parts
    iso = _iso(year, month, day)
    if iso is None:
        return None
    return Stamp(
        date=iso,
        credit=match.group("credit"),
        place=match.group("place").strip(" ."),
        place_at=match.start("place"),
        end=match.end(),
    )
