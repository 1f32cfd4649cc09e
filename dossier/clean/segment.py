"""Split a file that holds several articles into one segment per article.

Scraped pages and archive exports often glue a second, unrelated article
(a "next story" teaser, a related-article block) onto the first. The reliable
signal is a second *article header* after body text has begun: a headline-like
line followed within a few lines by a dateline date or a byline. A header that
appears before any body text is just the article's own header.
"""

from __future__ import annotations

from dossier.clean.lines import Kind, Line, is_title_like

#: body paragraphs (of at least MIN_BODY_WORDS words) needed before a new
#: header may start a new article
MIN_BODY_PARAGRAPHS = 3
MIN_BODY_WORDS = 12
#: how far back from a date/byline line a headline may stand
HEADER_LOOKBACK = 3


def is_body_paragraph(line: Line) -> bool:
    return line.kind is Kind.BODY and line.words >= MIN_BODY_WORDS


def split_articles(lines: list[Line]) -> list[list[Line]]:
    """Group classified lines into articles (at least one group)."""
    segments: list[list[Line]] = [[]]
    body_seen = 0
    for position, line in enumerate(lines):
        if line.kind in (Kind.DATE, Kind.BYLINE) and body_seen >= MIN_BODY_PARAGRAPHS:
            start = _header_start(lines, position)
            if start is not None:
                current = segments[-1]
                cut = next(i for i, kept in enumerate(current) if kept.index == lines[start].index)
                segments.append(current[cut:])
                del current[cut:]
                body_seen = 0
        segments[-1].append(line)
        if is_body_paragraph(line):
            body_seen += 1
    return [segment for segment in segments if segment]


def _header_start(lines: list[Line], position: int) -> int | None:
    """Index of the headline that opens a header ending at ``position``."""
    for back in range(1, HEADER_LOOKBACK + 1):
        candidate = position - back
        if candidate < 0:
            return None
        line = lines[candidate]
        if is_title_like(line):
            return candidate
        if line.kind not in (Kind.WIDGET, Kind.DATE, Kind.BYLINE):
            return None
    return None
