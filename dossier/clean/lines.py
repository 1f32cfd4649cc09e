"""Classify the lines of a plain-text article.

Plain-text exports keep everything a browser showed: share buttons, section
labels, photo captions, bylines, reader comments. Each line is labelled from
general signals that hold across sites — its length, whether it ends like a
sentence, the share of interface vocabulary in it, counters such as
"71 views", credit brackets, comment-thread headers — never from a list of one
site's strings. Labels are decided per line; which lines start a new article
or a comment thread is decided by :mod:`dossier.clean.segment`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from dossier.clean.published import date_line


class Kind(StrEnum):
    BODY = "body"
    WIDGET = "boilerplate"
    DATE = "date"
    BYLINE = "byline"
    CAPTION = "caption"
    COMMENTS_HEADER = "comments"
    SOURCE_TRAILER = "source_trailer"


#: Words of web-page furniture (buttons, menus, counters, prompts) in any site's
#: English interface. A short line made mostly of these is not article text.
UI_WORDS = frozenset(
    """share shares shared follow following tweet retweet print email e-mail mail comment
    comments reply replies views view subscribe subscribed unsubscribe newsletter advertisement
    advertising sponsored ad ads read more news related top bottom of page short url link
    copy copied whatsapp facebook twitter linkedin telegram reddit pinterest save saved like
    likes login log sign up in menu home back next previous close skip to content cookie
    cookies accept you may also recommended trending popular most tags tag topics photo
    photos image images video videos watch listen download app article articles this do did
    story stories continue reading see all go the a an and or our us your here click tap
    more: rss feed feeds search edit report flag permalink print-friendly font size text
    options toggle navigation open section sections latest updates live bookmark gallery
    slideshow loading please wait enable javascript terms privacy policy contact about""".split()
)

_COUNTER = re.compile(
    r"^\s*(?:[a-z]+\s*:\s*)?\d[\d,.]*\s*[km]?\s*"
    r"(views?|comments?|shares?|likes?|reads?|responses?|replies|votes?|points?|ratings?)\b",
    re.IGNORECASE,
)
_COMMENTS_HEADER = re.compile(
    r"^\s*(?:(?P<n>\d+)\s+comments?(?:\s*\(s\))?|comments?(?:\s*\(\s*\d+\s*\))?|"
    r"comment policy\b.*|(?:leave|post|add|write) a (?:comment|reply)\b.*|"
    r"(?:show|view|load|read) (?:all )?(?:\d+ )?comments\b.*|"
    r"(?:join|start) the (?:conversation|discussion)\b.*|(?P<r>\d+)\s+responses?|"
    r"(?:[A-Za-z'’-]+\s+){0,3}(?:comments?|responses|replies|discussion)(?:\s*\(\s*\d+\s*\))?:?|"
    r"what (?:do )?you think\??)\s*$",
    re.IGNORECASE,
)
_SOURCE_TRAILER = re.compile(
    r"^\s*(?:source|via|originally published (?:at|by|in|on))\s*(?:[»:>|]+|-{1,2}|–|—)\s*"
    r"(?P<outlet>\S.{0,80}?)\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*(?:[•·*\-–]\s*)?(?:by|(?:written|words|reporting|story|report|text|posted) by|"
    r"authors?\s*:|byline\s*:|writer['’]?s\s*picture|writer\s*:)\s*(?P<name>\S.*?)\s*$",
    re.IGNORECASE,
)
#: what separates a byline's name from what follows it: "By Jane Roe | March 3, 2024"
_BYLINE_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>.+?)(?:,|\s+on)\s+(?P<date>(?:\w+,?\s+)?[\w.]+\s+\d{1,2},?\s+\d{4}.*|"
    r"(?:\w+,?\s+)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*)$"
)
#: lower-case words a personal name may contain
_NAME_PARTICLES = frozenset("and de da del der di du van von bin bint ibn al el la le y".split())
_CREDIT_BRACKET = re.compile(r"\[[^\[\]]{2,120}\]\s*$")
_PHOTO_LEAD = re.compile(
    r"^\s*(?:(?:file|undated|archive)\s+)?(?:photo|picture|image|photograph|"
    r"the undated photo|this (?:undated )?(?:photo|picture|image))\b",
    re.IGNORECASE,
)
_AGENCY = r"(?:REUTERS|Reuters|AFP|EPA|AP|AAP|Xinhua|Anadolu|Getty Images|Getty)"
#: photo credits: "Photo by Jane Roe/Getty Images", "(Photo: …)", "… REUTERS/John Doe",
#: "… (AFP)" at the end of the line; a wire dateline "PARIS (AFP) - …" is not one
_PHOTO_CREDIT = re.compile(
    r"(?i:^\s*(?:photos?|images?|pictures?)\s*(?:by|credit|courtesy)\b|photo courtesy|"
    r"\((?:photos?|images?|credit)\b|\b(?:photos?|image|credit)\s*:\s)"
    rf"|(?:[/(\[|—–-]\s*|\b[Pp]hoto\s*:?\s*){_AGENCY}(?:\s*(?:Photo|/)[\w .'’/-]{{0,40}})?"
    r"[)\]]?\.?\s*$"
    rf"|\b{_AGENCY}\s*/\s*[\w .'’-]{{1,40}}[)\]]?\.?\s*$"
)
#: a month by its name or its abbreviation, with its period if any, as news writes it beside
#: its day (case as written; callers compile case-insensitive where they need to)
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
#: wire-photo caption tail: "... in Karachi, Pakistan January 18, 2024."
_CAPTION_TAIL = re.compile(rf"[A-Z][\w'’-]+,?\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$")
_CAPTION_TAIL_PREP = re.compile(
    rf"\b(?:on|in|since|by|until|from|to|of|before|after)\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?\s*$",
    re.IGNORECASE,
)
#: copyright and legal footers: "© 2024 Example Media", "All rights reserved."
_LEGAL = re.compile(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©\s*)?\d{4}|\ball rights reserved\b)",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"(?:©|\(c\)|\bcopyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?\d{4}|\ball rights reserved\b",
    re.IGNORECASE,
)
#: what a comment thread repeats under every comment: "Reply", "Report", "3 hours ago"
COMMENT_MARKERS = frozenset("reply replies report flag upvote downvote permalink respond".split())
_RELATIVE_TIME = re.compile(
    r"^\s*(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|"
    r"w|months?|years?|y)\s+ago\b",
    re.IGNORECASE,
)
#: calls to action: subscribe, sign up, follow us, download the app, this article …
_CTA_TERMS = re.compile(
    r"\b(?:subscri(?:be|bed|ber|bers|ption|ptions)|newsletters?|sign(?:ing)?[ -]?up|"
    r"log(?:ging)?[ -]?in|inbox|download|apps?|follow us|e-?mails?|regist(?:er|ration)|"
    r"members(?:hip)?|donat(?:e|ion)|advertis\w*|sponsored|affiliate|commissions?|"
    r"privacy policy|terms of (?:use|service)|cookies?|unsubscribe|twitter|facebook|"
    r"instagram|youtube|whatsapp|telegram|linkedin|pinterest|tiktok|"
    r"this (?:article|story|post|page|site|website)|our (?:site|website)|@\w+)(?!\w)",
    re.IGNORECASE,
)
_CTA_STRONG = re.compile(
    r"\b(?:subscri(?:be|ption)|newsletters?|sign(?:ing)?[ -]?up|log[ -]?in|unsubscribe|"
    r"donate|follow us|advertisement|sponsored)\b",
    re.IGNORECASE,
)
_CTA_VERB = re.compile(
    r"^\s*(?:please\s+)?(?:subscribe|sign[ -]?up|download|click|tap|register|log[ -]?in|"
    r"donate|never miss|don['’]t miss|check out)\b",
    re.IGNORECASE,
)
_CTA_WEAK_VERB = re.compile(
    r"^\s*(?:follow|submit|join|get|read|watch|listen|share|support|like|send|stay|want)\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|you['’]re|our|us|we|please)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”]|\b(?:said|says|told|according to)\b")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", '"', "”", "'", "’", "…", ")", ":", ";")
_WORD = re.compile(r"[^\W\d_][\w'’-]*:?|\d+")
#: the signs that join an address's pieces ("http://", "www.site.com/a-b_c?id=1&x=2#top"),
#: with the spaces a tokenised copy puts around them ("http: / / www. site. com / a - b")
_ADDRESS_SIGN = re.compile(r"\s*([:/.?=&#_~%+-])\s*")
#: a web address, once closed up: a scheme or a "www." host, and no space anywhere
_WEB_ADDRESS = re.compile(r"(?:https?|ftp)://\S+|www\.[^\s./]+\.\S+", re.IGNORECASE)
#: the letters every match of :data:`_WEB_ADDRESS` opens with, lower-cased
_ADDRESS_OPENINGS = ("http", "ftp", "www")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line with its label and a value (author, outlet, date)."""

    index: int
    text: str
    kind: Kind
    value: str | None = None
    date: str | None = None  # a byline's date: "By Jane Roe | March 3, 2024"

    @property
    def words(self) -> int:
        return len(self.text.split())


def ends_like_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def ui_share(text: str) -> float:
    """Fraction of the line's words that are interface vocabulary."""
    words = [w.lower().rstrip(":") for w in _WORD.findall(text)]
    if not words:
        return 1.0
    return sum(1 for w in words if w in UI_WORDS or w.isdigit()) / len(words)


#: figures in a line for it to be judged by its words alone (see :func:`without_figures`)
MIN_ROW_FIGURES = 2


def without_figures(text: str) -> str:
    """The line's words without its numbers, or the line itself when it is only numbers.

    Figures are what a counter shows ("0 Comments" is caught as a counter before this), but
    beside a name they are a table row ("Haitai 64 2 43 .596"), not furniture: whether a
    line with several figures is furniture is decided by its words. A line of numbers
    alone ("1 2 3 4 5") is a pager, and a word with one count ("Liberal (3)") a category
    link: both keep their figures.
    """
    words = _WORD.findall(text)
    kept = [w for w in words if not w.isdigit()]
    if not kept or len(words) - len(kept) < MIN_ROW_FIGURES:
        return text  # "Liberal (3)": a label with its count is a link, not a row
    return " ".join(kept)


def is_counter(text: str) -> bool:
    """A counter line: "71 views", "12 comments", "Rating: 36 votes"."""
    return len(text.split()) <= 8 and bool(_COUNTER.match(text))


def is_widget(text: str) -> bool:
    """Share buttons, counters, menus, prompts: short and mostly UI words."""
    stripped = text.strip().strip("•·*|").strip()
    if not stripped:
        return True
    words = stripped.split()
    if _COUNTER.match(stripped):
        return True
    if len(words) > 8 or (stripped.endswith(".") and len(words) > 3):
        return False
    share = ui_share(without_figures(stripped))
    if len(words) <= 2:
        return share >= 0.5
    return share >= 0.75


#: a word as a comment action line spells it ("Reply", "Flag")
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def is_comment_marker(text: str) -> bool:
    """A line a comment thread repeats under each comment: "Reply", "Report", "2h ago"."""
    return bool(_RELATIVE_TIME.match(text.strip())) or is_reply_marker(text)


def is_reply_marker(text: str) -> bool:
    """A comment's action line: "Reply", "Report", "Reply · Flag" (not a bare timestamp,
    which live blogs use too)."""
    # word by word, stopping at the first that is not a marker or at the fifth: asked of
    # every paragraph, and a paragraph's first word already settles it (listing all the
    # words of each was a quarter of cleaning's CPU)
    count = 0
    for match in _ASCII_WORD.finditer(text):
        count += 1
        if count > 4 or match.group().lower() not in COMMENT_MARKERS:
            return False
    return count > 0


def is_call_to_action(text: str) -> bool:
    """A line that addresses the reader to act: subscribe, sign up, follow, download.

    Page furniture, not reporting: it speaks to the reader ("you", "our") or opens
    with an imperative, and names the site's own channels. Quoted or attributed
    lines are never taken for one.
    """
    words = text.split()
    if len(words) > 45 or _QUOTED.search(text):
        return False
    terms = len(_CTA_TERMS.findall(text))
    if not terms:
        return False
    if len(words) <= 5 and not ends_like_sentence(text) and _CTA_STRONG.search(text):
        return True
    if _CTA_VERB.match(text):
        return True
    reader = bool(_READER.search(text))
    return (terms >= 2 or bool(_CTA_WEAK_VERB.match(text))) and reader


def is_legal(text: str) -> bool:
    """A copyright / rights line of a page footer."""
    return len(text.split()) <= 40 and bool(_LEGAL.search(text))


def is_page_footer(text: str) -> bool:
    """A dated copyright line: "© 2019 Example Media. All rights reserved." (a photo
    credit "© Jane Roe" is not one)."""
    return len(text.split()) <= 40 and bool(_FOOTER.search(text))


def is_caption(text: str) -> bool:
    """Photo captions: credit brackets, photo leads, agency credits, wire tails."""
    stripped = text.strip()
    if _CREDIT_BRACKET.search(stripped) and len(stripped.split()) >= 4:
        return True
    if _PHOTO_LEAD.match(stripped) or _PHOTO_CREDIT.search(stripped):
        return True
    return bool(_CAPTION_TAIL.search(stripped)) and not _CAPTION_TAIL_PREP.search(stripped)


def date_value(text: str) -> str | None:
    """ISO date when the whole line is a (labelled) date, e.g. "Updated: Aug 18, 2021"."""
    return date_line(text.strip())


_CREDENTIALS = re.compile(r",?\s*(?:Ph\.?\s?D\.?|M\.?D\.?|Dr\.?)\s*$", re.IGNORECASE)
#: leading ranks and titles: "CDR (ret.)", "Lt. Col.", "Dr.", "Maj. (retd)"
_RANK = re.compile(r"^(?:(?:[A-Z]{2,5}\.?|[A-Z][a-z]{1,3}\.)\s+)+(?:\((?:ret|retd|rtd)\.?\)\s*)?")


def clean_author(name: str) -> str:
    """Drop credentials, a trailing role and a leading rank abbreviation from a byline name."""
    name = _CREDENTIALS.sub("", name.strip()).strip(" ,;|")
    name = name.split(",")[0].strip()
    if name.isupper():
        return name  # all capitals: no rank abbreviation to tell apart
    without_rank = _RANK.sub("", name).strip()
    return without_rank if len(without_rank.split()) >= 2 else name


def looks_like_name(name: str) -> bool:
    """Capitalised words (particles such as "al" or "van" aside), at most eight."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    if not words or len(name.split()) > 8 or not name[:1].isupper():
        return False
    if any(c.isdigit() for c in name) or ui_share(name) >= 0.5:
        return False  # "India Post News Weekly 0 Comments", "Share this"

    def capitalised(word: str) -> bool:  # "Farsi", "al-Farsi", "d'Arcy"
        return any(piece[:1].isupper() for piece in re.split(r"[-'’]", word))

    others = [w for w in words if not capitalised(w) and w.lower() not in _NAME_PARTICLES]
    return any(map(capitalised, words)) and not others


def byline(text: str) -> tuple[str, str | None] | None:
    """``(author, ISO date or None)`` when ``text`` is a byline, else None."""
    match = _BYLINE.match(text)
    if not match:
        return None
    pieces = [p for p in _BYLINE_SEPARATOR.split(match.group("name")) if p.strip()]
    if not pieces:
        return None
    dated = _NAME_THEN_DATE.match(pieces[0])
    if dated:  # "Posted by Karim al-Farsi on 01/22/2024"
        pieces[0:1] = [dated.group("name"), dated.group("date")]
    name = _CREDENTIALS.sub("", pieces[0]).strip(" ,;")
    if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
        return None  # a sentence, not a name
    name = clean_author(pieces[0])
    if not looks_like_name(name):
        return None
    dates = (date_line(piece) for piece in pieces[1:])
    return name, next((d for d in dates if d), None)


def classify(index: int, text: str) -> Line:
    """Label one non-blank line."""
    stripped = text.strip()
    if _COMMENTS_HEADER.match(stripped):
        return Line(index, text, Kind.COMMENTS_HEADER)
    trailer = _SOURCE_TRAILER.match(stripped)
    if trailer and len(stripped.split()) <= 8:
        return Line(index, text, Kind.SOURCE_TRAILER, trailer.group("outlet"))
    author = byline(stripped)
    if author:
        return Line(index, text, Kind.BYLINE, author[0], author[1])
    iso = date_value(stripped)
    if iso:
        return Line(index, text, Kind.DATE, iso)
    if is_widget(stripped) or is_legal(stripped) or is_call_to_action(stripped):
        return Line(index, text, Kind.WIDGET)
    if is_caption(stripped):
        return Line(index, text, Kind.CAPTION)
    return Line(index, text, Kind.BODY)


def is_web_address(text: str) -> bool:
    """Whether the whole line is a web address: "https://www.site.com/news/some-slug".

    A saved or pasted page often opens with its address, above the headline. Written as one
    token it is too short for a headline, but a tokenised copy of the page spaces out its
    signs ("http: / / www. site. com / news / army - kills - three"), and then the address
    reads as a long unpunctuated line -- a headline, or even prose by its share of slug
    words. Closing the spaces around the signs that join an address's pieces gives back one
    token either way. A line that only mentions an address ("Visit www.site.com") is not one.

    A line that does not open with "http", "ftp" or "www" (in any case) is none: closing up
    removes only white space beside the signs, so an address's opening letters stand
    together in the line as written. Tested first, so that a paragraph of prose is not
    rewritten sign by sign (every line of every article is asked, most of them twice).
    """
    stripped = text.strip()
    if not stripped[:4].lower().startswith(_ADDRESS_OPENINGS):
        return False
    return bool(_WEB_ADDRESS.fullmatch(_ADDRESS_SIGN.sub(r"\1", stripped)))


def is_title_like(line: Line) -> bool:
    """A headline: body-kind, 3–30 words, not ending like a sentence, not a web address
    (the page's address above its headline is no headline, however many words its slug
    spaces out)."""
    return (
        line.kind is Kind.BODY
        and not is_web_address(line.text)
        and 3 <= line.words <= 30
        and not ends_like_sentence(line.text)
        and not line.text.lstrip().startswith(("•", "·", "*", "-", "–"))
    )
