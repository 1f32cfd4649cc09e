"""Fetch what is new in the registered feeds and sitemaps, and ingest it.

Why it is shaped this way:

* **Cheap when nothing changed.** Each feed is asked with ``If-None-Match`` /
  ``If-Modified-Since``; a 304 ends its turn. Item URLs already seen are not
  fetched again, and a page whose exact bytes are already stored (the same
  article under another URL) is not analysed again.
* **Safe to kill.** Items are ingested one per transaction (batch size 1)
  through the normal pipeline; an item's outcome and a feed's validators
  (ETag, Last-Modified) are written after its work commits, so a run stopped
  at any point redoes at most the item in flight, which the store then
  recognises as already stored.
* **One bad source never stops the others.** Every failure (unreachable host,
  HTTP error, not XML, too large, redirect loop, not an article) is recorded
  with its reason against the feed or the item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from dossier.clean import clean
from dossier.config import Settings
from dossier.ingest.feeds import FeedError, FeedItem, parse_feed
from dossier.ingest.fetch import Fetcher, FetchError, fetch_article
from dossier.records import IngestError, RawArticle
from dossier.store.base import Store

_Item = RawArticle | IngestError
#: item outcomes that are final: the URL is never fetched again
DONE = {"ingested", "duplicate", "rejected"}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "90s", "30m", "2h", "1d" (a bare number is seconds)."""
    match = _INTERVAL.match(text.lower())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"not an interval: {text!r} (use e.g. 90s, 30m, 2h)")
    return float(match.group(1)) * _UNITS[match.group(2)]


@dataclass(slots=True)
class SourceResult:
    """What one update did with one feed."""

    url: str
    status: str = "ok"  # ok | not modified | error
    error: str | None = None
    kind: str | None = None
    items_seen: int = 0
    items_new: int = 0
    items_failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class UpdateReport:
    sources: list[SourceResult]
    documents_added: int = 0

    @property
    def failed(self) -> bool:
        return any(s.status == "error" or s.items_failed for s in self.sources)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _conditional(feed: dict[str, object]) -> dict[str, str]:
    headers = {}
    if feed.get("etag"):
        headers["If-None-Match"] = str(feed["etag"])
    if feed.get("last_modified"):
        headers["If-Modified-Since"] = str(feed["last_modified"])
    return headers


def _is_permanent(reason: str) -> bool:
    """Failures worth no retry: the page is there but is no article, or is gone."""
    return not (
        "timed out" in reason or "unreachable" in reason or re.search(r"HTTP 5\d\d", reason)
    )


@dataclass
class _Run:
    store: Store
    settings: Settings
    fetcher: Fetcher
    results: dict[str, SourceResult] = field(default_factory=dict)
    validators: dict[str, dict[str, str | None]] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)  # item URL -> feed URL

    def read_feed(self, feed: dict[str, object]) -> list[FeedItem]:
        """The feed's items not yet done; records a feed-level failure."""
        url = str(feed["url"])
        result = self.results.setdefault(url, SourceResult(url))
        try:
            response = self.fetcher.get(url, headers=_conditional(feed))
            if response.status == 304:
                result.status = "not modified"
                return []
            parsed = parse_feed(response.body, response.url)
        except (FetchError, FeedError) as exc:
            result.status, result.error = "error", getattr(exc, "reason", None) or str(exc)
            return []
        result.kind = parsed.kind
        self.validators[url] = {
            "etag": response.headers.get("etag"),
            "last_modified": response.headers.get("last-modified"),
        }
        result.items_seen = len(parsed.items)
        fresh = []
        for item in parsed.items[: self.settings.update_max_items]:
            known = self.store.feed_item(item.url)
            if known and (
                known["status"] in DONE or known["attempts"] >= self.settings.update_item_attempts
            ):
                continue
            if item.url in self.owner:
                continue  # listed by two feeds this run: fetched once
            self.owner[item.url] = url
            fresh.append(item)
        return fresh

    def articles(self, items: list[FeedItem]) -> Iterator[tuple[str, list[_Item]]]:
        """Fetch each item as the pipeline pulls it; exact copies stop here."""
        for item in items:
            try:
                raw = fetch_article(self.fetcher, item.url)
            except FetchError as exc:
                yield item.url, [IngestError(item.url, exc.reason)]
                continue
            if self.store.known_hash(raw.raw_hash) and not self.store.known_raw(
                raw.source, raw.raw_hash
            ):
                self.record(item.url, "duplicate", "same content as a stored page")
                continue
            words = _article_words(raw)
            if words < self.settings.update_min_words:
                reason = f"not an article: {words} words of text after cleaning"
                yield item.url, [IngestError(item.url, reason)]
                continue
            yield item.url, [raw]

    def record(self, item_url: str, status: str, reason: str | None) -> None:
        feed_url = self.owner[item_url]
        result = self.results[feed_url]
        if status == "ingested":
            result.items_new += 1
        elif status in {"error", "rejected"}:
            result.items_failed += 1
            result.failures.append((item_url, reason or ""))
        with self.store.transaction():
            self.store.record_feed_item(item_url, feed_url, status, reason)

    def progress(self, source: str, documents: int, errors: list[IngestError]) -> None:
        if errors:
            reason = "; ".join(e.reason for e in errors)
            self.record(source, "rejected" if _is_permanent(reason) else "error", reason)
        elif documents:
            self.record(source, "ingested", f"{documents} documents")
        else:
            self.record(source, "duplicate", "already stored")

    def finish(self, feed_url: str) -> None:
        result = self.results[feed_url]
        status: dict[str, object] = {
            "last_fetch": _now(),
            "last_status": result.status,
            "last_error": result.error or _item_errors(result),
            "items_seen": result.items_seen,
            "items_new": result.items_new,
            "items_failed": result.items_failed,
        }
        if result.kind:
            status["kind"] = result.kind
        status.update(self.validators.get(feed_url, {}))
        if result.status == "not modified":
            for key in ("items_seen", "items_new", "items_failed"):
                status.pop(key)
        with self.store.transaction():
            self.store.set_feed_status(feed_url, status)


def _article_words(raw: RawArticle) -> int:
    """Words of article text the cleaner finds (a menu or index page has few)."""
    cleaned = clean(raw)
    return 0 if isinstance(cleaned, IngestError) else sum(len(d.text.split()) for d in cleaned)


def _item_errors(result: SourceResult) -> str | None:
    if not result.failures:
        return None
    url, reason = result.failures[0]
    more = f" (and {len(result.failures) - 1} more)" if len(result.failures) > 1 else ""
    return f"{len(result.failures)} items failed: {url}: {reason}{more}"


def update(
    store: Store,
    settings: Settings,
    fetcher: Fetcher | None = None,
    log: Callable[[SourceResult], None] | None = None,
) -> UpdateReport:
    """Fetch every registered feed and ingest its new items; per-source results."""
    run = _Run(store, settings, fetcher or Fetcher(settings))
    feeds = store.feeds()
    items: list[FeedItem] = []
    for feed in feeds:
        items.extend(run.read_feed(feed))
    added = 0
    if items:
        # the pipeline imports spaCy: an update that finds nothing new never loads it
        from dossier.pipeline.run import ingest_articles

        one_per_transaction = settings.with_overrides(batch_size=1)
        report = ingest_articles(run.articles(items), store, one_per_transaction, run.progress)
        added = report.documents_added
    for feed in feeds:
        run.finish(str(feed["url"]))
        if log:
            log(run.results[str(feed["url"])])
    return UpdateReport([run.results[str(f["url"])] for f in feeds], added)
