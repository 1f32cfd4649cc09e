"""Clean a plain-text article: keep the article, record what was removed.

The output text is rebuilt from kept lines, paragraphs separated by a blank
line, so every later offset points into a stable, readable text. Nothing is
silently dropped: each removed line lands in ``removed`` with its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from dossier.clean.dateline import (
    dateline_date,
    parse_dateline,
    parse_dateline_line,
    parse_footer,
    parse_stamp,
    spaced_dateline,
)
from dossier.clean.lines import Kind, Line, classify, is_title_like
from dossier.clean.published import is_update_label
from dossier.clean.segment import is_body_paragraph, main_body, split_articles, thread_start
from dossier.records import Removed

#: header lines this close to the top may hold the headline
TITLE_WINDOW = 12
#: hard-wrapped text: between these widths, at least this many lines inside paragraphs, and
#: this share of the long ones ending where the next word would not have fitted
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 40, 120
MIN_WRAPPED_LINES = 6
WRAPPED_SHARE = 0.6
#: the rest of a title bar: "| Site", "- Site", "Site |"
_TITLE_BAR = re.compile(r"(?:[|–—-]|::)\s*(?P<site>[^|–—]+?)|(?P<site2>[^|–—]+?)\s*(?:[|–—-]|::)")
MAX_SITE_WORDS = 5
#: metadata lines (date, byline, source trailer) this close after the body still count
TRAILER_WINDOW = 3
#: a repeated line this long is a duplicate (headline, caption, summary)
MIN_DUPLICATE_WORDS = 4

_BULLET = re.compile(r"^\s*[•·*\-–]\s")


@dataclass(slots=True)
class Part:
    """One article found in a plain-text file, before it gets an id."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    removed: list[Removed] = field(default_factory=list)
    #: an "Updated …" date, kept apart from the publication date (used for it only when the
    #: article gives no other date)
    updated: str | None = None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def wrap_width(rows: list[str]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when it is not wrapped.

    Wrapped text (e-mail, wire copy) has short lines, and a long line inside a
    paragraph ends where the next line's first word would not have fitted.
    """
    inner = [(a.rstrip(), b) for a, b in pairwise(rows) if a.strip() and b.strip()]
    lengths = sorted(len(a) for a, _ in inner)
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    long = [(a, b) for a, b in inner if len(a) >= width / 2]
    wrapped = sum(1 for a, b in long if _overflows(a, b, width))
    enough = wrapped >= MIN_WRAPPED_LINES // 2 and wrapped >= WRAPPED_SHARE * len(long)
    return width if enough else None


def _overflows(line: str, following: str, width: int) -> bool:
    words = following.split()
    return bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width


def classify_lines(content: str) -> tuple[list[Line], set[int]]:
    """Label every non-blank line; also return indices of lines after a blank.

    In hard-wrapped text the lines of one paragraph are joined first; a joined
    line keeps the index of its first line.
    """
    rows = content.splitlines()
    width = wrap_width(rows)
    groups: list[tuple[int, list[str]]] = []
    paragraph_starts: set[int] = set()
    blank_before = True
    for index, raw_line in enumerate(rows):
        stripped = raw_line.strip()
        if not stripped:
            blank_before = True
            continue
        if blank_before:
            paragraph_starts.add(index)
        elif width and _continues(rows[index - 1], stripped, width):
            groups[-1][1].append(stripped)
            continue
        blank_before = False
        groups.append((index, [stripped]))
    return [classify(index, " ".join(texts)) for index, texts in groups], paragraph_starts


_STRUCTURAL = (Kind.DATE, Kind.BYLINE, Kind.COMMENTS_HEADER, Kind.SOURCE_TRAILER)


def _continues(previous: str, stripped: str, width: int) -> bool:
    """Whether ``stripped`` continues the wrapped paragraph that ``previous`` ends."""
    if not _overflows(previous, stripped, width) or _BULLET.match(stripped):
        return False
    return classify(0, stripped).kind not in _STRUCTURAL


def dateline_of(text: str) -> str | None:
    """The place in a dateline such as "MARDAN:", "QUETTA --" or "ISLAMABAD, Apr 25 (APP):"."""
    found = parse_dateline(text)
    return found.place if found else None


def apply_dateline(part: Part, leads: list[str]) -> None:
    """Fill the part's dateline place, and its outlet and date where nothing better gave them.

    The dateline is looked for in the first two lead paragraphs. Its date is the publication
    date only when no date line, byline or footer gave one (those are the page's own record);
    a year-less wire date ("Apr 25") takes its year from the article (:func:`infer_year`). An
    "Updated …" date is the last resort.
    """
    found = next((d for d in map(parse_dateline, leads[:2]) if d), None)
    if found:
        part.dateline = found.place
        part.outlet = part.outlet or found.agency
        part.published = part.published or dateline_date(found, part.text, part.updated)
    part.published = part.published or part.updated


def site_suffix(text: str, title: str) -> str | None:
    """The site name in a title bar that repeats the headline: "<title> | Site" or
    "Site - <title>"; None when ``text`` is not such a title bar."""
    line, head = " ".join(text.split()), " ".join(title.split())
    if len(line) <= len(head) or head.lower() not in line.lower():
        return None
    at = line.lower().index(head.lower())
    rest = (line[:at] + " " + line[at + len(head) :]).strip()
    match = _TITLE_BAR.fullmatch(rest)
    site = (match.group("site") or match.group("site2")) if match else None
    if not site or len(site.split()) > MAX_SITE_WORDS:
        return None
    return site.strip()


def _find_title(segment: list[Line], body_start: int) -> int | None:
    """Position of the headline in the header, the lines before the body.

    A headline that a title bar repeats ("<headline> | Site") wins, then one the page
    repeats word for word; otherwise the first headline-like line among the last
    ``TITLE_WINDOW`` header lines.
    """
    header = [p for p in range(body_start) if is_title_like(segment[p])]
    if not header and body_start < len(segment) and is_title_like(segment[body_start]):
        header = [body_start]
    counts: dict[str, int] = {}
    for line in segment:
        counts[_norm(line.text)] = counts.get(_norm(line.text), 0) + 1
    barred = [
        p
        for p in header
        if any(site_suffix(segment[q].text, segment[p].text) for q in header if q != p)
    ]
    if barred:
        return barred[0]
    repeated = [
        p
        for p in header
        if counts[_norm(segment[p].text)] > 1 and segment[p].words >= MIN_DUPLICATE_WORDS
    ]
    if repeated:
        return repeated[0]
    near = [p for p in header if p >= body_start - TITLE_WINDOW]
    return near[0] if near else None


def clean_segment(segment: list[Line], paragraph_starts: set[int], title: str | None) -> Part:
    """Turn one article's classified lines into text plus metadata."""
    part = Part(text="", title=title)
    thread = thread_start(segment)
    article = segment if thread is None else segment[:thread]
    body_start, body_end = main_body(article)
    title_at = None if title else _find_title(article, body_start)
    if title_at is not None and not any(
        p != title_at and body_start <= p < body_end for p in range(len(article))
    ):
        # the only paragraph is the text, not a headline over nothing ("Gun attacks in and
        # near Karak have left seven people dead", a one-sentence report)
        title_at = None
    if title_at is not None:
        part.title = segment[title_at].text.strip()
    seen: set[str] = {_norm(part.title)} if part.title else set()
    kept: list[Line] = []
    site: str | None = None  # from a title bar "<headline> | Site"
    #: the place of a time stamp's dateline ("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:") on a
    #: line of its own: it opens the next body line, as the page's dateline does
    filed_from: str | None = None
    for position, line in enumerate(article):
        kind = line.kind
        near_body = position < body_end + TRAILER_WINDOW
        if position == title_at:
            part.removed.append(Removed("title", line.text))
        elif (
            position <= body_start + 2  # under the headline, or where the body starts
            and part.dateline is None
            and (own := parse_dateline_line(line.text)) is not None
        ):
            # "LONDON 1996-08-30" above the body: the article's dateline, kept as its text
            part.dateline = own.place
            part.published = part.published or own.full_date()
            seen.add(_norm(line.text))
            kept.append(line)
        elif (
            position <= body_start + 2
            and part.dateline is None
            and filed_from is None
            and (stamp := parse_stamp(line.text)) is not None
        ):
            # an outlet's time stamp before the dateline's place: metadata, not the lead
            part.published = part.published or stamp.date
            part.outlet = part.outlet or stamp.credit
            part.removed.append(Removed("metadata", line.text[: stamp.place_at].strip()))
            story = line.text[stamp.end :].strip()
            if story:
                kept.append(replace(line, text=f"{stamp.place}: {story}"))
                seen.add(_norm(story))
            else:
                filed_from = stamp.place
        elif kind is Kind.DATE and near_body:
            if is_update_label(line.text):
                part.updated = part.updated or line.value
            elif position < body_end or not part.updated:
                # a date line after the body only dates an article nothing else dated (the
                # dates of "Related stories" links are theirs, not the article's)
                part.published = part.published or line.value
            part.removed.append(Removed("metadata", line.text))
        elif position >= body_start and (footer := parse_footer(line.text)):
            part.outlet = part.outlet or footer[0]
            part.published = part.published or footer[1]
            part.removed.append(Removed("metadata", line.text))
        elif kind is Kind.BYLINE and near_body:
            part.author = part.author or line.value
            part.published = part.published or line.date
            part.removed.append(Removed("byline", line.text))
        elif kind is Kind.SOURCE_TRAILER and body_end - 1 <= position < body_end + TRAILER_WINDOW:
            part.outlet = part.outlet or line.value
            part.removed.append(Removed("source_trailer", line.text))
        elif kind is Kind.CAPTION:
            part.removed.append(Removed("caption", line.text))
        elif kind in (Kind.WIDGET, Kind.COMMENTS_HEADER):
            part.removed.append(Removed("boilerplate", line.text))
        elif part.title and position < body_start and site_suffix(line.text, part.title):
            site = site or site_suffix(line.text, part.title)
            part.removed.append(Removed("duplicate", line.text))
        elif line.words >= MIN_DUPLICATE_WORDS and _norm(line.text) in seen:
            part.removed.append(Removed("duplicate", line.text))
        elif position < body_start:
            part.removed.append(Removed("navigation", line.text))
        elif position >= body_end:
            part.removed.append(Removed("boilerplate", line.text))
        else:
            seen.add(_norm(line.text))
            if filed_from is not None:
                line, filed_from = replace(line, text=f"{filed_from}: {line.text.strip()}"), None
            kept.append(line)
    part.outlet = part.outlet or site
    if thread is not None:
        part.removed.append(Removed("comments", "\n".join(line.text for line in segment[thread:])))
    pieces: list[str] = []
    for line in kept:
        if pieces:
            pieces.append("\n\n" if line.index in paragraph_starts else "\n")
        text = line.text.strip()
        # the dateline opens the first body paragraph (or the second, under a standfirst)
        pieces.append(spaced_dateline(text) if len(pieces) <= 2 else text)
    part.text = "".join(pieces)
    leads = [line for line in kept if is_body_paragraph(line) and not _BULLET.match(line.text)]
    apply_dateline(part, [ln.text for ln in leads[:2]])
    return part


def clean_plain_text(content: str, title: str | None = None) -> list[Part]:
    """All articles in a plain-text file, cleaned (possibly empty parts)."""
    lines, paragraph_starts = classify_lines(content)
    segments = split_articles(lines)
    return [
        clean_segment(segment, paragraph_starts, title if number == 0 else None)
        for number, segment in enumerate(segments)
    ]
