"""View models: what one API response or one page shows, from the query layer.

The API and the HTML pages call the same functions here, so a page never
shows something the API cannot give (and the reverse). Everything is built
from :mod:`dossier.query.reads` and the :class:`~dossier.store.base.Store` reads it
already uses; the one exception is :func:`document_mentions`, which needs a
per-document read the store protocol does not have yet (see its docstring).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence
from typing import Any, TypeVar

from dossier import geo, names
from dossier.names import normalize_name
from dossier.query import reads as query
from dossier.records import MODALITIES as MODALITIES  # the timeline filter's choices
from dossier.store.base import EntityRow, SearchTimeout, Store

T = TypeVar("T")

#: most full-text hits counted for one search (the ``total`` is capped there)
SEARCH_CAP = 1000


def page(items: Sequence[T], limit: int, offset: int) -> dict[str, Any]:
    """One page of an already sorted list, with the total for paging links."""
    return {
        "total": len(items),
        "limit": limit,
        "offset": offset,
        "items": list(items[offset : offset + limit]),
    }


# -- documents ------------------------------------------------------------------
_DOC_FIELDS = (
    "id",
    "source",
    "title",
    "published",
    "author",
    "outlet",
    "dateline",
    "url",
    "version",
    "segment",
    "story_id",
)


def document_summary(record: dict[str, Any]) -> dict[str, Any]:
    """A document without its text (lists stay small)."""
    return {
        **{k: record.get(k) for k in _DOC_FIELDS},
        "words": len(record["text"].split()),
        "removed_parts": len(record.get("removed") or []),
    }


def document_list(store: Store, limit: int, offset: int) -> dict[str, Any]:
    """Documents in the store's stable order (source, version, segment, id)."""
    total = int(store.counts()["documents"])
    rows = store.document_page(limit, offset)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [document_summary(r) for r in rows],
    }


def document_mentions(store: Store, document_id: str) -> list[dict[str, Any]]:
    """Every entity mention in one document, with the entity it resolved to."""
    return store.document_mentions(document_id)


def _event_report(row: dict[str, Any], text: str) -> dict[str, Any]:
    """One event report in one document, with every span the page highlights."""
    trigger = (row.get("trigger_start"), row.get("trigger_end"))
    return {
        "event_id": row["event_id"],
        "type": row["type"],
        "mode": row.get("mode"),
        "modality": row.get("modality"),
        "start": row["start"],
        "end": row["end"],
        "text": text[row["start"] : row["end"]],
        "trigger": {"start": trigger[0], "end": trigger[1], "text": text[trigger[0] : trigger[1]]}
        if None not in trigger
        else None,
        "date": {
            "start": row.get("date_start"),
            "end": row.get("date_end"),
            "precision": row.get("precision"),
            "text": row.get("date_text"),
        }
        if row.get("date_start")
        else None,
        "location": {"entity_id": row.get("location_entity"), "text": row.get("location_text")}
        if row.get("location_text")
        else None,
        "args": [
            {
                "role": a["role"],
                "text": a["text"],
                "start": a["start"],
                "end": a["end"],
                "entity_id": a.get("entity_id"),
            }
            for a in row.get("args", [])
        ],
    }


def _claim_report(row: dict[str, Any]) -> dict[str, Any]:
    """One claim mention in one document: the statement, speaker and subject spans."""
    quantity = (
        {
            "min": row.get("qmin"),
            "max": row.get("qmax"),
            "unit": row.get("unit") or "",
            "hedge": row.get("hedge"),
        }
        if row.get("kind") == "quantity"
        else None
    )
    speaker_span = (row.get("speaker_start"), row.get("speaker_end"))
    return {
        "claim_id": row["claim_id"],
        "kind": row["kind"],
        "start": row["start"],
        "end": row["end"],
        "text": row["text"],
        "cue": row.get("cue"),
        "speaker": {
            "entity_id": row.get("speaker_entity"),
            "text": row.get("speaker_text"),
            "role": row.get("speaker_role"),
            "start": speaker_span[0],
            "end": speaker_span[1],
        }
        if row.get("speaker_text") or row.get("speaker_role")
        else None,
        "subject": {"entity_id": row.get("subject_entity"), "text": row.get("subject_text")}
        if row.get("subject_text")
        else None,
        "quantity": quantity,
    }


def document_view(store: Store, document_id: str) -> dict[str, Any] | None:
    """A document with its cleaned text, removed parts and every fact in it."""
    record = store.document(document_id)
    if record is None:
        return None
    text = record["text"]
    events = [_event_report(r, text) for r in store.event_mentions_in_document(document_id)]
    claims = [_claim_report(r) for r in store.claim_mentions_in_document(document_id)]
    return {
        **{k: record.get(k) for k in _DOC_FIELDS},
        "text": text,
        "removed": record.get("removed") or [],
        "mentions": document_mentions(store, document_id),
        "events": sorted(events, key=lambda e: (e["start"], e["end"], e["event_id"])),
        "claims": sorted(claims, key=lambda c: (c["start"], c["end"], c["claim_id"])),
    }


# -- entities -------------------------------------------------------------------
def resolve_entity(store: Store, value: str) -> EntityRow | None:
    """An entity by id, else by any name the query layer understands."""
    return store.entity(value) or query.find_entity(store, value)


def entity_matches(store: Store, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities a user may mean by ``text``, best first.

    Three tiers: an exact alias; a spelling variant by the name matcher (the
    same test :func:`dossier.query.reads.find_entity` uses); an alias containing the
    text. Inside a tier the entity with more evidence (documents, mentions)
    comes first: "Zainebiyoun" is a variant of both a rarely seen bare
    "Zainabiyoun" and of the "Zainabiyoun Brigade" that five documents
    report on, and an analyst means the latter. ``find_entity``'s own answer is
    always among the results.
    """
    key = normalize_name(text)
    if not key:
        return []
    tiers: dict[str, tuple[int, float]] = {}

    def offer(entity_id: str, tier: int, score: float) -> None:
        old = tiers.get(entity_id)
        if old is None or (tier, -score) < (old[0], -old[1]):
            tiers[entity_id] = (tier, score)

    for entity_id in store.entity_ids_for_keys([key]).values():
        offer(entity_id, 0, 1.0)
    candidates = sorted(store.keys_in_blocks(sorted(names.blocking_keys(text)), max_block=500))
    ids = store.entity_ids_for_keys(candidates)
    for other, (name, _label) in store.key_profiles(candidates).items():
        result = names.match(text, name)
        if result is not None and other in ids:
            offer(ids[other], 1, result.score)
    for _key, entity_id in store.keys_like(key, limit=limit):
        offer(entity_id, 2, 0.5)
    best = query.find_entity(store, text)
    if best is not None:
        offer(best.id, 1, 0.9)
    rows = [(row, tiers[i]) for i in tiers if (row := store.entity(i)) is not None]
    rows.sort(key=lambda rt: (rt[1][0], -rt[0].document_count, -rt[0].mention_count, rt[0].id))
    return [
        {
            **query.entity_row(row),
            "match": ("exact", "variant", "contains")[tier],
            "score": round(score, 3),
            "aliases": [a["text"] for a in query.aliases(store, row.id)],
        }
        for row, (tier, score) in rows[:limit]
    ]


def entity_search(
    store: Store, text: str | None, type: str | None, limit: int, offset: int
) -> dict[str, Any]:
    """Entities for the list endpoint: by name (``text``) or all, by type."""
    type = type.upper() if type else None
    if text:
        found = [m for m in entity_matches(store, text, limit=200) if not type or m["type"] == type]
        return page(found, limit, offset)
    counts = store.counts()
    total = counts["entities_by_type"].get(type, 0) if type else counts["entities"]
    return {
        "total": int(total),
        "limit": limit,
        "offset": offset,
        "items": query.entity_list(store, type=type, limit=limit, offset=offset),
    }


#: documents whose context votes for a place entity's gazetteer record on its page
PLACE_VOTERS = 50
#: page sizes of the lists on an entity page
ENTITY_PAGE_SIZES = {
    "events": 20,
    "claims_by": 10,
    "claims_about": 10,
    "disputes": 5,
    "mentions": 50,
}


def entity_page(
    store: Store, row: EntityRow, offsets: dict[str, int] | None = None
) -> dict[str, Any]:
    """Everything about one entity: profile, links, and one page of each list
    (timeline newest first, quotes by and about it, disputes, mentions).

    ``offsets`` pages a list (keys of :data:`ENTITY_PAGE_SIZES`). Each list is
    ``{"total", "limit", "offset", "items"}``, read through indexed summary
    tables, so the page costs the same for an entity in ten documents or in
    a hundred thousand.
    """
    at = {name: (offsets or {}).get(name, 0) for name in ENTITY_PAGE_SIZES}
    size = ENTITY_PAGE_SIZES
    profile = query.entity_profile_page(store, row, size["mentions"], at["mentions"])
    return {
        **profile,
        "events": query.event_page(
            store, entity=row.id, limit=size["events"], offset=at["events"], newest_first=True
        ),
        "claims_by": query.entity_claims(store, row.id, "by", size["claims_by"], at["claims_by"]),
        "claims_about": query.entity_claims(
            store, row.id, "about", size["claims_about"], at["claims_about"]
        ),
        "disputes": query.entity_disputes(store, row.id, size["disputes"], at["disputes"]),
        "place": place(store, row),
    }


def place(store: Store, row: EntityRow) -> dict[str, Any] | None:
    """Where a place entity is (its gazetteer record), or why it is not resolved."""
    if row.type not in geo.PLACE_TYPES:
        return None
    result = geo.EntityPlaces(store).resolve(row.id, row.name, row.type, PLACE_VOTERS)
    found = result.place
    return {"reason": result.reason, **(vars(found) if found else {"name": None})}


def search(
    store: Store, text: str, limit: int, offset: int, budget_ms: int | None = None
) -> dict[str, Any]:
    """Full-text hits (ranked, capped at :data:`SEARCH_CAP`) and matching entities.

    Each of the two full-text statements runs within ``budget_ms``; past it the
    store raises :class:`~dossier.store.base.SearchTimeout` (503 in the API)."""
    # FTS5 rejects NUL and other control characters even inside quotes; they
    # cannot be in a search a person meant, so they become spaces
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    terms = query.search_terms(cleaned)
    started = time.monotonic()
    try:
        # ranked snippets for this page only; the total is a capped count
        total = store.search_count(terms, SEARCH_CAP, budget_ms) if terms else 0
        left = None  # one budget for the request: what the count used is gone
        if budget_ms:
            left = max(1, budget_ms - int((time.monotonic() - started) * 1000))
        hits = (
            query.search(store, cleaned, limit=limit, offset=offset, budget_ms=left)
            if offset < total
            else []
        )
    except SearchTimeout as exc:
        if budget_ms:  # the message names the whole budget, not what was left of it
            raise SearchTimeout(budget_ms) from exc
        raise
    except ValueError:  # whatever else FTS5 refuses: no hits rather than an error page
        total, hits = 0, []
    return {
        "query": text,
        "entities": entity_matches(store, text, limit=10),
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": hits,
        "capped": total >= SEARCH_CAP,
    }


def event_types(store: Store) -> list[str]:
    """Event types present in the knowledge base (for filter menus)."""
    return store.event_types()


def entity_names(store: Store, ids: set[str]) -> dict[str, dict[str, str]]:
    """``{id: {"name", "type"}}`` for linking entity ids on a page."""
    found: dict[str, dict[str, str]] = {}
    for entity_id in sorted(i for i in ids if i):
        row = store.entity(entity_id)
        if row is not None:
            found[entity_id] = {"name": row.name, "type": row.type}
    return found


# -- what changed ----------------------------------------------------------------
def alert_page(store: Store, since: str | None, limit: int, offset: int) -> dict[str, Any]:
    """Alerts about watched entities created at or after ``since``, oldest first
    (created time, then id: a stable order, so pages never overlap)."""
    since = since or ""
    return {
        "since": since or None,
        "total": store.alert_count(since),
        "limit": limit,
        "offset": offset,
        "items": store.alerts(since=since, limit=limit, offset=offset),
    }
