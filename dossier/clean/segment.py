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
    is_web_address,
    ui_share,
    without_figures,
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
#: score of a row of a table or a ranked list (see :func:`is_data_row`), in words of prose
DATA_ROW_SCORE = 2.0
#: share of a line's tokens that are numbers for it to be a table row wherever it ends
DATA_ROW_NUMBER_SHARE = 0.25
#: share of interface words (figures aside) above which a line with numbers is a counter
DATA_ROW_MAX_UI_SHARE = 0.5
#: longest line taken for a table row (longer ones are prose or teasers)
DATA_ROW_MAX_WORDS = 30
#: a number as a table cell: a score, a time, a ratio, a rank, a share ("3", "10.09", ".363",
#: "1/2", "6-3", "2.", "(5)", "12%")
_CELL_NUMBER = re.compile(r"^[(\[]?[-+]?(?:\d[\d.,:/-]*|\.\d+)[)\]]?[%.,;:]?$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d[.,;:]?$")
#: figures a table row needs (one figure beside a word is a label: "Meal 1", "GTA 5"), and
#: the tokens a line with one figure needs to be a scorecard line instead
DATA_ROW_MIN_FIGURES = 2
DATA_ROW_SCORE_LINE_TOKENS = 4
#: a date or a clock time in a line: "November 18, 2019", "Nov. 19", "7.25.19", "2018-09-16",
#: "11:03 PM", "+41 41 544" (a phone number)
_DATE_OR_TIME = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?|GMT|UTC|[A-Z]{1,2}[SD]T\b|IST\b)"
    r"|\+\d",
    re.IGNORECASE,
)


def is_body_paragraph(line: Line) -> bool:
    return line.kind is Kind.BODY and line.words >= MIN_BODY_WORDS


def is_prose(line: Line) -> bool:
    """Body text that reads like running prose: a sentence, or a long non-headline line."""
    if line.kind is not Kind.BODY or is_web_address(line.text):
        return False  # an address's slug words are no prose ("... - in - hit - and - run")
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


def is_data_row(line: Line) -> bool:
    """A row of a results table, a scoreboard or a standings list: a name with figures.

    News carries such content after or instead of prose ("Scarborough 1 Northampton 1",
    "DETROIT 49 86 .363 26 1/2", "2. Michael Green (Jamaica) 10.09"); it is article content,
    not page furniture, which is words without figures (menus, link lists, buttons). A row
    has at least two figures that are neither dates nor clock times, and it ends in one or
    figures are a quarter of its tokens. A line with a date or a time is metadata or a dated
    link ("Reuters November 18, 2019 11:03 PM", "Opening Bell 7.25.19"), a phone number is a
    contact line, a teaser cut short ("…") is a teaser, and a line of interface words with
    a count ("71 views", "Zakat (3)") is a counter.
    """
    if line.kind is not Kind.BODY or line.words > DATA_ROW_MAX_WORDS:
        return False
    if is_web_address(line.text):
        return False  # figures in an address ("/ volume - 7 - 1") are no table's
    text = line.text.strip()
    if text.endswith(_TRUNCATED) or _BULLET.match(text) or _DATE_OR_TIME.search(text):
        return False
    tokens = text.split()
    if not any(_WORDS.match(t) for t in tokens):
        return False
    if ui_share(without_figures(text)) >= DATA_ROW_MAX_UI_SHARE:
        return False  # a counter: "71 views", "Comments 3"
    numbers = sum(1 for t in tokens if _CELL_NUMBER.match(t))
    last = tokens[-1]
    ends_in_figure = bool(_CELL_NUMBER.match(last)) and not _YEAR.match(last)
    if numbers == 1:
        # a scorecard line: "G. Thorpe lbw b Ata-ur-Rehman 21" -- a name, then one bare
        # figure; "Meal 1" or "Zakat (3)" is a label or a counter
        names = sum(1 for t in tokens[:-1] if t[:1].isupper())
        return (
            ends_in_figure
            and last[:1].isdigit()
            and len(tokens) >= DATA_ROW_SCORE_LINE_TOKENS
            and names >= DATA_ROW_MIN_FIGURES
        )
    return numbers >= DATA_ROW_MIN_FIGURES and (
        ends_in_figure or numbers >= DATA_ROW_NUMBER_SHARE * len(tokens)
    )


def line_score(line: Line) -> float:
    """How much a line speaks for being inside the article body: its words when it is
    prose, a little when it is a row of a table (:func:`is_data_row`), a fixed penalty when
    it is a menu item, label, headline or widget, nothing when it is a caption or metadata
    (which articles carry inside their body)."""
    if is_prose(line):
        return float(line.words)
    if is_data_row(line):
        return DATA_ROW_SCORE
    if line.kind in (Kind.BODY, Kind.WIDGET, Kind.COMMENTS_HEADER):
        return -NON_PROSE_PENALTY
    return 0.0


def is_furniture(line: Line) -> bool:
    """A line only a web page has: a widget, a comment marker or header, a photo caption,
    a teaser cut short. Its presence is the evidence that the text is a scraped page."""
    if line.kind in (Kind.WIDGET, Kind.COMMENTS_HEADER, Kind.CAPTION):
        return True
    return is_comment_marker(line.text) or line.text.rstrip().endswith(_TRUNCATED)


def main_body(segment: list[Line]) -> tuple[int, int]:
    """``(start, end)`` positions of the highest-scoring run of lines (end exclusive).

    A dated copyright line after the article's paragraphs ends the page: nothing after
    it is searched. When no line reads like prose at all, the whole segment is the body.
    When no line is page furniture (:func:`is_furniture`), the text is an article as its
    writer gave it, not a scraped page: the body runs from where the prose starts to the
    end, so that its short lines -- a results table, a list of names, a one-line paragraph
    -- are not taken for a menu. (The lines above the prose stay a header: a headline, a
    byline, a title bar.) The body never opens with a web address (:func:`is_web_address`):
    a saved page's address on its first line is header.
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
        best_start, best_end = 0, len(segment)
    elif not any(map(is_furniture, segment)):
        best_end = len(segment)
    # a page's own address above everything else is no body line, even where nothing reads
    # like prose and the whole page is the body
    while best_start < best_end - 1 and is_web_address(segment[best_start].text):
        best_start += 1
    return best_start, best_end
