"""HTML articles: main text and metadata through trafilatura.

trafilatura is the best-measured open extractor for news pages; we keep its
output, take out what the line classifier recognises as page furniture that
slipped through (calls to action, legal footers, counters, date and byline
lines), and record as ``removed`` everything left out so an analyst can see
what was discarded. A page where trafilatura finds nothing goes through the
plain-text cleaner instead.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from dossier.clean.dateline import parse_footer
from dossier.clean.lines import Kind, classify, is_call_to_action, is_counter, is_legal
from dossier.clean.published import to_iso
from dossier.clean.text import Part, apply_dateline, clean_plain_text
from dossier.records import Removed

_SPACE = re.compile(r"\s+")
_BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "tr",
    "section",
    "article",
    "aside",
    "nav",
    "header",
    "footer",
    "blockquote",
    "figcaption",
    "br",
    "form",
    "button",
    "dd",
    "dt",
    "pre",
    "table",
)


#: characters XML cannot hold; lxml refuses to set element text containing them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def page_lines(html: str) -> list[str]:
    """Every visible text line of the page, one per block element or ``<br>``.

    Whitespace inside an element (the source's own line wrapping) is a space, as a
    browser shows it; only ``<pre>`` keeps its lines.
    """
    try:
        tree = lxml.html.fromstring(_CONTROL.sub(" ", html))
    except (etree.ParserError, ValueError):
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    preformatted = {e for pre in tree.iter("pre") for e in pre.iter()}  # kept alive: stable
    for element in tree.iter():
        if element not in preformatted and element.text:
            element.text = _SPACE.sub(" ", element.text)
        if element.tail and (element not in preformatted or element.tag == "pre"):
            element.tail = _SPACE.sub(" ", element.tail)
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    text = tree.text_content()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _filter(paragraphs: list[str], part: Part) -> list[str]:
    """Drop what trafilatura let through that the line classifier knows is not article:
    calls to action, legal footers, counters, and date or byline lines (kept as metadata)."""
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        line = classify(index, paragraph)
        if line.kind is Kind.DATE:
            part.published = part.published or line.value
            part.removed.append(Removed("metadata", paragraph))
        elif line.kind is Kind.BYLINE:
            part.author = part.author or line.value
            part.published = part.published or line.date
            part.removed.append(Removed("byline", paragraph))
        elif is_call_to_action(paragraph) or is_legal(paragraph) or is_counter(paragraph):
            part.removed.append(Removed("boilerplate", paragraph))
        else:
            kept.append(paragraph)
    return kept


def _from_page_text(html: str) -> Part:
    """When trafilatura finds nothing: the plain-text cleaner over the page's visible lines."""
    parts = clean_plain_text("\n\n".join(page_lines(html)))
    return parts[0] if parts else Part(text="")


def clean_html(html: str, url: str | None = None) -> Part:
    """Main text and metadata of one HTML page (empty text when none found)."""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (ValueError, TypeError, RecursionError):
        result = None
    if result is None or not (result.text or "").strip():
        return _from_page_text(html)
    title = " ".join((result.title or "").split()) or None
    part = Part(
        text="",
        title=title,
        published=to_iso(result.date),
        author=result.author or None,
        outlet=result.sitename or None,
    )
    paragraphs = [" ".join(p.split()) for p in (result.text or "").splitlines() if p.strip()]
    if paragraphs and title and paragraphs[0] == title:
        part.removed.append(Removed("title", paragraphs.pop(0)))
    paragraphs = _filter(paragraphs, part)
    for footer in [p for p in paragraphs[-3:] if parse_footer(p)]:
        outlet, published = parse_footer(footer) or (None, None)
        part.outlet, part.published = part.outlet or outlet, part.published or published
        part.removed.append(Removed("metadata", footer))
        paragraphs.remove(footer)
    part.text = "\n\n".join(paragraphs)
    apply_dateline(part, paragraphs[:2])
    kept = part.text + "\n" + (title or "")
    left_out = [line for line in page_lines(html) if line not in kept]
    if left_out:
        part.removed.append(Removed("boilerplate", "\n".join(dict.fromkeys(left_out))))
    return part
