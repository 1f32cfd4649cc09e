"""HTML articles: main text and metadata through trafilatura.

trafilatura is the best-measured open extractor for news pages; we keep its
output and record, as ``removed``, the page text it left out so an analyst can
see what was discarded.
"""

from __future__ import annotations

import lxml.html
import trafilatura
from lxml import etree

from dossier.clean.text import Part, dateline_of
from dossier.dates import to_iso
from dossier.records import Removed

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


def page_lines(html: str) -> list[str]:
    """Every visible text line of the page, one per block element."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    text = tree.text_content()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def clean_html(html: str, url: str | None = None) -> Part:
    """Main text and metadata of one HTML page (empty text when none found)."""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (ValueError, TypeError, RecursionError):
        result = None
    if result is None:
        return Part(text="")
    title = " ".join((result.title or "").split()) or None
    paragraphs = [" ".join(p.split()) for p in (result.text or "").splitlines() if p.strip()]
    removed: list[Removed] = []
    if paragraphs and title and paragraphs[0] == title:
        removed.append(Removed("title", paragraphs.pop(0)))
    text = "\n\n".join(paragraphs)
    kept = text + "\n" + (title or "")
    left_out = [line for line in page_lines(html) if line not in kept]
    if left_out:
        removed.append(Removed("boilerplate", "\n".join(dict.fromkeys(left_out))))
    return Part(
        text=text,
        title=title,
        published=to_iso(result.date),
        author=result.author or None,
        outlet=result.sitename or None,
        dateline=dateline_of(paragraphs[0]) if paragraphs else None,
        removed=removed,
    )
