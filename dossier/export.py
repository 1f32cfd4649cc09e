"""Export the knowledge base as the JSON contract (``export.schema.json``).

The contract is the promise to downstream tools: every fact carries spans
whose ``text`` equals ``documents[id].text[start:end]``. Fields the contract
does not define (``version``, ``segment``, ``url``) are added where an analyst
needs them; the schema allows additional properties.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dossier import query
from dossier.store.base import Store

SCHEMA_VERSION = "1"


def _document(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": record["id"],
        "source": record["source"],
        "title": record["title"],
        "published": record["published"],
        "author": record["author"],
        "outlet": record["outlet"],
        "dateline": record["dateline"],
        "url": record["url"],
        "version": record["version"],
        "segment": record["segment"],
        "text": record["text"],
        "removed": record["removed"],
        "story_id": record["story_id"],
    }


def _entities(store: Store, page: int = 500) -> list[dict[str, Any]]:
    entities: list[dict[str, Any]] = []
    offset = 0
    while rows := store.entities(limit=page, offset=offset):
        for row in rows:
            entities.append(
                {
                    "id": row.id,
                    "type": row.type,
                    "name": row.name,
                    "aliases": [a["text"] for a in query.aliases(store, row.id)],
                    "mentions": [
                        {
                            "document_id": m["document_id"],
                            "start": m["start"],
                            "end": m["end"],
                            "text": m["text"],
                        }
                        for m in store.entity_mentions(row.id)
                    ],
                    "links": query.entity_links(store, row.id),
                    "geo": None,
                }
            )
        offset += page
    return entities


_SPAN = ("document_id", "start", "end", "text")
_PRECISIONS = {"day", "week", "month", "season", "year", "range"}


def _events(store: Store) -> list[dict[str, Any]]:
    out = []
    for event in query.events(store):
        date = event["date"]
        if date and date["precision"] not in _PRECISIONS:
            date = None
        out.append(
            {
                **{k: event[k] for k in ("id", "type", "mode", "actors", "targets", "location")},
                "date": date,
                "modality": event["modality"],
                "evidence": [
                    {**{k: e[k] for k in _SPAN}, "modality": e["modality"]}
                    for e in event["evidence"]
                ],
            }
        )
    return out


def _claims(store: Store) -> list[dict[str, Any]]:
    out = []
    for claim in query.claims(store):
        quantity = claim["quantity"]
        out.append(
            {
                **{k: claim[k] for k in ("id", "kind", "speaker", "subject", "text")},
                "speaker_role": claim["speaker_role"],
                "quantity": {**quantity, "unit": quantity["unit"] or ""} if quantity else None,
                "evidence": [{k: e[k] for k in _SPAN} for e in claim["evidence"]],
                "contradicts": claim["contradicts"],
                "corroborated_by": claim["corroborated_by"],
            }
        )
    return out


def build_export(store: Store) -> dict[str, Any]:
    """The whole knowledge base as one contract document."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [_document(r) for r in store.documents()],
        "stories": store.stories(),
        "entities": _entities(store),
        "events": _events(store),
        "claims": _claims(store),
    }


def write_export(store: Store, out: Path | None) -> dict[str, Any]:
    """Write the JSON export to ``out`` (or return it for stdout)."""
    data = build_export(store)
    if out is not None:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data
