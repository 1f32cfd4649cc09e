"""Clean a plain-text article: keep the article, record what was removed.

The output text is rebuilt from kept lines, paragraphs separated by a blank
line, so every later offset points into a stable, readable text. Nothing is
silently dropped: each removed line lands in ``removed`` with its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossier.clean.lines import Kind, Line, classify, ends_like_sentence, is_title_like
from dossier.clean.segment import is_body_paragraph, split_articles
from dossier.records import Removed

#: header lines this close to the top may hold the headline
TITLE_WINDOW = 12
#: a repeated line this long is a duplicate (headline, caption, summary)
MIN_DUPLICATE_WORDS = 4

_BULLET = re.compile(r"^\s*[•·*\-–]\s")
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"
    r"(?:\s*\((?:[A-Za-z .]+)\))?\s*(?::|--|—|–|-)\s+\S"
)


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


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def classify_lines(content: str) -> tuple[list[Line], set[int]]:
    """Label every non-blank line; also return indices of lines after a blank."""
    lines: list[Line] = []
    paragraph_starts: set[int] = set()
    blank_before = True
    for index, raw_line in enumerate(content.splitlines()):
        stripped = raw_line.strip()
        if not stripped:
            blank_before = True
            continue
        if blank_before:
            paragraph_starts.add(index)
        blank_before = False
        lines.append(classify(index, stripped))
    return lines, paragraph_starts


def dateline_of(text: str) -> str | None:
    """The place in a dateline such as "MARDAN:" or "QUETTA --"."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place = match.group("place").strip(" .")
    letters = [c for c in place if c.isalpha()]
    return place if len(letters) >= 3 and all(c.isupper() for c in letters) else None


def _find_title(segment: list[Line]) -> int | None:
    """Position of the headline among the first lines, before body text starts."""
    for position, line in enumerate(segment[:TITLE_WINDOW]):
        if is_body_paragraph(line) and ends_like_sentence(line.text):
            return None
        if is_title_like(line):
            return position
    return None


def clean_segment(segment: list[Line], paragraph_starts: set[int], title: str | None) -> Part:
    """Turn one article's classified lines into text plus metadata."""
    part = Part(text="", title=title)
    title_at = None if title else _find_title(segment)
    if title_at is not None:
        part.title = segment[title_at].text.strip()
    seen: set[str] = {_norm(part.title)} if part.title else set()
    kept: list[Line] = []
    in_comments = False
    comments: list[str] = []
    body_started = False
    for position, line in enumerate(segment):
        kind = line.kind
        if in_comments or kind is Kind.COMMENTS_HEADER:
            in_comments = True
            comments.append(line.text)
            continue
        if position == title_at:
            part.removed.append(Removed("title", line.text))
            continue
        if kind is Kind.DATE:
            part.published = part.published or line.value
            part.removed.append(Removed("metadata", line.text))
        elif kind is Kind.BYLINE:
            part.author = part.author or line.value
            part.removed.append(Removed("byline", line.text))
        elif kind is Kind.SOURCE_TRAILER:
            part.outlet = part.outlet or line.value
            part.removed.append(Removed("source_trailer", line.text))
        elif kind in (Kind.WIDGET, Kind.CAPTION):
            part.removed.append(Removed(kind.value, line.text))
        elif not body_started and line.words <= 3 and not ends_like_sentence(line.text):
            part.removed.append(Removed("navigation", line.text))
        elif line.words >= MIN_DUPLICATE_WORDS and _norm(line.text) in seen:
            part.removed.append(Removed("duplicate", line.text))
        else:
            seen.add(_norm(line.text))
            kept.append(line)
            body_started = body_started or is_body_paragraph(line)
    if comments:
        part.removed.append(Removed("comments", "\n".join(comments)))
    pieces: list[str] = []
    for line in kept:
        if pieces:
            pieces.append("\n\n" if line.index in paragraph_starts else "\n")
        pieces.append(line.text.strip())
    part.text = "".join(pieces)
    leads = [line for line in kept if is_body_paragraph(line) and not _BULLET.match(line.text)]
    part.dateline = next((p for p in map(dateline_of, (ln.text for ln in leads[:2])) if p), None)
    return part


def clean_plain_text(content: str, title: str | None = None) -> list[Part]:
    """All articles in a plain-text file, cleaned (possibly empty parts)."""
    lines, paragraph_starts = classify_lines(content)
    segments = split_articles(lines)
    return [
        clean_segment(segment, paragraph_starts, title if number == 0 else None)
        for number, segment in enumerate(segments)
    ]
