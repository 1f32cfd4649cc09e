"""Find the structure of a plain-text file: articles, each one's body, its comment thread.

Three decisions, each from general layout signals rather than any site's strings:

* **Articles.** Scraped pages and archive exports often glue a second, unrelated article (a
  "next story" teaser, a related-article block) onto the first. The reliable signal is a second
  *article header* after body text has begun: a headline-like line followed within a few lines by
  a dateline date or a byline. A header that appears before any body text is just the article's
  own header; a "header" followed by too little body to be an article (a related-links list with
  dates) stays with the article before it.
* **Comment thread.** A comment-section header ("12 Comments", "Leave a reply") after body text
  opens the reader comments when it is followed by comment markers ("Reply", "3 hours ago")
  or stands after most of the prose; everything from there on is comments. A "Comments" link
  in a menu above the article does neither.
* **Main body.** Article text is a run of sentence-like lines; menus, link lists, footers and
  teasers are runs of short lines. The body is the run of lines with the highest score, where a
  line scores its word count when it reads like prose and a small penalty when it is a menu item,
  a label or a widget (the "body text extraction" idea of Finn et al., applied to lines).
  A dated copyright line after the article's paragraphs ends the page.
"""

from __future__ import annotations

import re

from dossier.clean.lines import (
    Kind,
    Line,
    ends_like_sentence,
    is_comment_marker,
    is_page_footer,
    is_reply_marker,
    is_title_like,
)

#: body paragraphs (of at least MIN_BODY_WORDS words) needed before a new
#: header may start a new article, and after it for the new part to count as one
MIN_BODY_PARAGRAPHS = 3
MIN_BODY_WORDS = 12
#: how far back from a date/byline line a headline may stand
HEADER_LOOKBACK = 3
#: a line at least this long is prose even without a full stop, unless it looks like a
#: headline (bullet summaries are prose; a teaser headline is not)
PROSE_WORDS = 12
#: a line this long is prose whatever its ending (a last paragraph that lost its full stop)
LONG_WORDS = 20
_INNER_SENTENCE_END = re.compile(r"[a-z0-9)”\"’][.!?]\s+[A-Z“\"]")
#: English function words, and the share of them that marks running prose in a line
#: that does not end like a sentence
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet of to in on at by for from with about into over
    after before between through during under against without within as than that which
    who whom whose what when where while if because although though is are was were be
    been being am has have had do does did will would shall should can could may might
    must not no it its he him his she her they them their we us our you your i me my this
    these those there here also said says""".split()
)
PROSE_FUNCTION_SHARE = 0.25
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_BULLET = re.compile(r"^\s*[•·*\-–]\s")
_TRUNCATED = ("...", "…", "[…]", "[...]")
#: a line ending in a colon with fewer words is a label, not prose
LABEL_WORDS = 5
#: how far after a comment header the comment markers must start
THREAD_LOOKAHEAD = 12
#: comment markers that must recur to open a thread that has no header
THREAD_MARKERS = 3
#: prose (words) before a comment header followed by comment markers for it to open a
#: thread, and share of all prose before recurring markers that open one without a header
THREAD_MIN_WORDS = 50
THREAD_MIN_SHARE = 0.25
#: score of a line that is not prose, in words of prose (see :func:`line_score`)
NON_PROSE_PENALTY = 3.0


def is_body_paragraph(line: Line) -> bool:
    return line.kind is Kind.BODY and line.words >= MIN_BODY_WORDS


def is_prose(line: Line) -> bool:
    """Body text that reads like running prose: a sentence, or a long non-headline line."""
    if line.kind is not Kind.BODY:
        return False
    text = line.text.rstrip()
    if text.endswith(":") and line.words < LABEL_WORDS:
        return False  # a label: "Tagged:", "More information:"
    if text.endswith(_TRUNCATED):
        return False  # a teaser cut short: "… may soon be deemed stateless..."
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return False  # a link's text twice over (image alt + headline)
    if ends_like_sentence(text):
        return True
    if line.words >= PROSE_WORDS and _INNER_SENTENCE_END.search(text):
        return True
    if line.words < PROSE_WORDS:
        return False
    if _BULLET.match(text):
        return True  # summary bullets: telegraphic, but article text
    if line.words >= LONG_WORDS or not is_title_like(line):
        return function_word_share(text) >= PROSE_FUNCTION_SHARE
    return False


def function_word_share(text: str) -> float:
    """Share of English function words: about 0.4 in running prose, far less in lists
    of headlines, names and menu items."""
    words = [w.lower() for w in _WORDS.findall(text)]
    return sum(1 for w in words if w in FUNCTION_WORDS) / len(words) if words else 0.0


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
    merged: list[list[Line]] = []
    for segment in segments:
        if merged and sum(map(is_body_paragraph, segment)) < MIN_BODY_PARAGRAPHS:
            merged[-1].extend(segment)
        elif segment:
            merged.append(segment)
    return merged or [[]]


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


def thread_start(segment: list[Line]) -> int | None:
    """Position where the reader comments begin, if any.

    Either a comment-section header (see the module docstring) or, without one, the
    first of comment markers that recur (at least ``THREAD_MARKERS`` within
    ``THREAD_LOOKAHEAD`` lines, one of them a "Reply"-like action, since live blogs
    repeat bare timestamps too): the thread then begins with the comment the marker
    belongs to — the name line(s) above a timestamp, or the one comment above a "Reply".
    """
    total = sum(line.words for line in segment if is_prose(line))
    before = 0
    for position, line in enumerate(segment):
        if before and (line.kind is Kind.COMMENTS_HEADER or is_comment_marker(line.text)):
            following = segment[position + 1 : position + 1 + THREAD_LOOKAHEAD]
            found = [
                other
                for other in following
                if is_comment_marker(other.text) or other.kind is Kind.COMMENTS_HEADER
            ]
            if line.kind is Kind.COMMENTS_HEADER:
                if (found and before >= THREAD_MIN_WORDS) or before >= total - before:
                    return position
            elif before >= THREAD_MIN_SHARE * total and len(found) + 1 >= THREAD_MARKERS:
                if any(is_reply_marker(other.text) for other in [line, *found]):
                    return _comment_start(segment, position)
        if is_prose(line):
            before += line.words
    return None


def _comment_start(segment: list[Line], marker: int) -> int:
    """First line of the comment that the marker at ``marker`` belongs to."""
    start = marker
    while start > 0 and marker - start < 2 and not is_prose(segment[start - 1]):
        start -= 1
    if start == marker and start > 0:
        start -= 1
    return start


def line_score(line: Line) -> float:
    """How much a line speaks for being inside the article body: its words when it is
    prose, a fixed penalty when it is a menu item, label, headline or widget, nothing
    when it is a caption or metadata (which articles carry inside their body)."""
    if is_prose(line):
        return float(line.words)
    if line.kind in (Kind.BODY, Kind.WIDGET, Kind.COMMENTS_HEADER):
        return -NON_PROSE_PENALTY
    return 0.0


def main_body(segment: list[Line]) -> tuple[int, int]:
    """``(start, end)`` positions of the highest-scoring run of lines (end exclusive).

    A dated copyright line after the article's paragraphs ends the page: nothing after
    it is searched. When no line reads like prose at all, the whole segment is the body.
    """
    paragraphs = 0
    limit = len(segment)
    for position, line in enumerate(segment):
        if paragraphs >= MIN_BODY_PARAGRAPHS and is_page_footer(line.text):
            limit = position
            break
        paragraphs += is_body_paragraph(line)
    best, best_start, best_end = 0.0, 0, 0
    running, start = 0.0, 0
    for position, line in enumerate(segment[:limit]):
        if running <= 0:
            running, start = 0.0, position
        running += line_score(line)
        if running > best:
            best, best_start, best_end = running, start, position + 1
    if best <= 0:
        return 0, len(segment)
    return best_start, best_end
