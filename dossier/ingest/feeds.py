"""Read the item links out of an RSS, Atom or RDF feed or an XML sitemap.

Why so little: updating only needs each item's URL (and a title and date for
the status lines); the article itself is fetched and cleaned like any page.
Parsing goes through ``defusedxml`` because a feed is untrusted input: entity
expansion ("billion laughs") and external entities are refused, not expanded.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException


class FeedError(Exception):
    """A feed that cannot be read, and why (recorded against the source)."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    kind: str  # "rss" | "atom" | "rdf" | "sitemap"
    items: tuple[FeedItem, ...]


def _local(tag: str) -> str:
    """Tag name without its namespace: feeds mix RSS, Atom and Dublin Core freely."""
    return tag.rsplit("}", 1)[-1].lower()


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: Element, *names: str) -> str | None:
    for name in names:
        child = _child(element, name)
        if child is not None and child.text and child.text.strip():
            return child.text.strip()
    return None


def _atom_link(entry: Element) -> str | None:
    """The entry's ``rel="alternate"`` link (the default rel), else its first link."""
    links = [c for c in entry if _local(c.tag) == "link" and c.get("href")]
    for link in links:
        if link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return links[0].get("href") if links else None


def _rss_items(root: Element) -> list[FeedItem]:
    items = []
    for item in root.iter():
        if _local(item.tag) != "item":
            continue
        link = _text(item, "link")
        guid = _child(item, "guid")
        if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
            link = (guid.text or "").strip() or None
        if link:
            items.append(FeedItem(link, _text(item, "title"), _text(item, "pubdate", "date")))
    return items


def _atom_items(root: Element) -> list[FeedItem]:
    items = []
    for entry in root:
        if _local(entry.tag) != "entry":
            continue
        link = _atom_link(entry)
        if link:
            when = _text(entry, "published", "updated")
            items.append(FeedItem(link, _text(entry, "title"), when))
    return items


def _sitemap_items(root: Element) -> list[FeedItem]:
    return [
        FeedItem(loc, None, _text(url, "lastmod"))
        for url in root
        if _local(url.tag) == "url" and (loc := _text(url, "loc"))
    ]


def parse_feed(body: bytes, base_url: str) -> Feed:
    """Items of a feed or sitemap, links made absolute against ``base_url``.

    Raises :class:`FeedError` for anything that is not one: HTML, JSON,
    broken XML, a sitemap index (its sitemaps are sources of their own).
    """
    if not body.strip():
        raise FeedError("empty response, not a feed")
    try:
        root = SafeET.fromstring(body)
    except DefusedXmlException as exc:
        raise FeedError(f"unsafe XML refused ({type(exc).__name__})") from None
    except SafeET.ParseError as exc:
        raise FeedError(f"not XML, so not a feed or sitemap ({exc})") from None
    kind = _local(root.tag)
    if kind == "rss":
        items, name = _rss_items(root), "rss"
    elif kind == "rdf":
        items, name = _rss_items(root), "rdf"
    elif kind == "feed":
        items, name = _atom_items(root), "atom"
    elif kind == "urlset":
        items, name = _sitemap_items(root), "sitemap"
    elif kind == "sitemapindex":
        listed = [loc for s in root if (loc := _text(s, "loc"))]
        raise FeedError(
            f"a sitemap index: add the {len(listed)} sitemaps it lists as sources "
            f"(first: {listed[0] if listed else 'none'})"
        )
    else:
        raise FeedError(f"XML but not a feed or sitemap (root element <{kind}>)")
    unique: dict[str, FeedItem] = {}
    for item in items:
        url = urljoin(base_url, item.url)
        if url.startswith(("http://", "https://")) and url not in unique:
            unique[url] = FeedItem(url, item.title, item.published)
    found = list(unique.values())
    if name == "sitemap":  # newest first, so a per-update cap takes the newest pages
        dated = sorted((i for i in found if i.published), key=lambda i: i.published or "")
        found = [*reversed(dated), *(i for i in found if not i.published)]
    return Feed(name, tuple(found))
