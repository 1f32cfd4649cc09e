"""The one query layer. The CLI, the REST API and the web UI are thin over it.

Every function takes a store and returns plain data (dicts and lists) that
serialise to JSON as they are; every fact returned carries the document and
offsets it came from.
"""

from __future__ import annotations

import re
from typing import Any

from dossier import names
from dossier.dedup import differing_sentences
from dossier.nlp import normalize_name
from dossier.store.base import EntityRow, Store

_TERM = re.compile(r'"[^"]*"|\S+')


def fts_query(text: str) -> str:
    """Turn free text into a safe FTS5 query: every term quoted, ANDed.

    A trailing ``*`` keeps prefix search ("Zain*"); FTS5 operators typed by a
    user are treated as words, so no input can raise a syntax error.
    """
    terms = []
    for raw in _TERM.findall(text):
        prefix = raw.endswith("*") and len(raw) > 1
        word = raw.strip('"').rstrip("*").replace('"', '""')
        if word.strip():
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(terms)


def search(store: Store, text: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Ranked full-text search over documents, with snippets."""
    match = fts_query(text)
    return store.search(match, limit=limit, offset=offset) if match else []


def find_entity(store: Store, name: str) -> EntityRow | None:
    """The entity a user means by ``name``.

    In order: an exact alias; the best spelling variant by the name matcher
    ("Zainebiyoun" finds the Zainabiyoun Brigade); a reference-list name or
    alias linked to an entity; an alias containing the text.
    """
    key = normalize_name(name)
    if not key:
        return None
    ids = store.entity_ids_for_keys([key])
    if key in ids:
        return store.entity(ids[key])
    blocks = sorted(names.blocking_keys(name))
    candidates = sorted(store.keys_in_blocks(blocks, max_block=500))
    scored = []
    for other, (text, _label) in store.key_profiles(candidates).items():
        result = names.match(name, text)
        if result is not None:
            scored.append((result.score, other))
    if scored:
        best = max(scored)[1]
        return store.entity(store.entity_ids_for_keys([best])[best])
    linked = store.linked_entities()
    for ref_id, ref_name, _type in sorted(store.reference_candidates(blocks)):
        if names.match(name, ref_name) is not None:
            for entity_id in linked.get(ref_id, []):
                return store.entity(entity_id)
    for _key, entity_id in store.keys_like(key, limit=1):
        return store.entity(entity_id)
    return None


def entity_row(row: EntityRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "type": row.type,
        "mentions": row.mention_count,
        "documents": row.document_count,
    }


def aliases(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Distinct surface forms with counts (labels folded together)."""
    merged: dict[str, dict[str, Any]] = {}
    for stat in store.alias_stats(entity_id):
        if not stat.is_name:
            continue
        alias = merged.setdefault(
            stat.text, {"text": stat.text, "mentions": 0, "documents": 0, "labels": {}}
        )
        alias["mentions"] += stat.mentions
        alias["documents"] = max(alias["documents"], stat.documents)
        alias["labels"][stat.label] = alias["labels"].get(stat.label, 0) + stat.mentions
    return sorted(merged.values(), key=lambda a: (-a["mentions"], a["text"]))


def entity_links(store: Store, entity_id: str) -> dict[str, Any]:
    """Reference-list entries an entity is linked to, and their designations."""
    references = store.entity_references(entity_id)
    if not references:
        return {}
    links: dict[str, Any] = {
        "references": [
            {k: r[k] for k in ("id", "name", "dataset", "source_urls", "reason")}
            for r in references
        ],
        "designations": sorted({d for r in references for d in r["designations"]}),
    }
    for reference in references:
        for scheme, value in reference["identifiers"].items():
            links.setdefault(scheme, value)
    return links


def entity_list(
    store: Store, type: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    rows = store.entities(type=type, limit=limit, offset=offset)
    return [{**entity_row(r), "aliases": [a["text"] for a in aliases(store, r.id)]} for r in rows]


def entity_profile(
    store: Store, row: EntityRow, mention_limit: int | None = None
) -> dict[str, Any]:
    """Type, aliases (and why they were merged), counts, each mention in context."""
    mentions = [
        {
            "document_id": m["document_id"],
            "source": m["source"],
            "title": m["title"],
            "published": m["published"],
            "start": m["start"],
            "end": m["end"],
            "text": m["text"],
            "label": m["label"],
            "via": m["via"],
            "sentence": m["sentence"],
            "sentence_start": m["s_start"],
        }
        for m in store.entity_mentions(row.id, limit=mention_limit)
    ]
    return {
        **entity_row(row),
        "links": entity_links(store, row.id),
        "aliases": aliases(store, row.id),
        "merged_keys": [{"key": k, "reason": r} for k, r in store.entity_keys(row.id)],
        "mention_list": mentions,
    }


def story_list(store: Store) -> list[dict[str, Any]]:
    """Stories (largest first) with their documents' source, outlet and date."""
    stories = []
    for story in store.stories():
        documents = [
            {k: d[k] for k in ("id", "source", "title", "published", "outlet")}
            for d in store.story_documents(story["id"])
        ]
        stories.append({**story, "size": len(documents), "documents": documents})
    return sorted(stories, key=lambda s: (-s["size"], s["id"]))


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """The variants of one story side by side: what each says that others do not."""
    documents = store.story_documents(story_id)
    if not documents:
        return None
    unique = differing_sentences([d["text"] for d in documents])
    return {
        "id": story_id,
        "documents": [
            {
                **{k: d[k] for k in ("id", "source", "title", "published", "author", "outlet")},
                "words": len(d["text"].split()),
                "only_here": only,
            }
            for d, only in zip(documents, unique, strict=True)
        ],
        "links": store.story_links(story_id),
    }


def stats(store: Store) -> dict[str, Any]:
    return store.counts()


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """What a knowledge base holds: counts and its most-reported entities."""
    return {**store.counts(), "top_entities": entity_list(store, limit=top)}
