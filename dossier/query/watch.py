"""A watchlist of entities, resolved the way every other command resolves names.

A watch keeps the name as typed, the entity id it meant and that entity's
grouping keys. Entity ids are not forever: a merge (automatic or manual)
moves an entity's keys into another one and deletes the first. The keys let
a watch follow: whichever entity now holds most of them is the one watched.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dossier.query import reads as query
from dossier.store.base import EntityRow, Store


def add_watch(store: Store, name: str) -> dict[str, Any]:
    """Watch the entity ``name`` means (aliases and spelling variants resolve);
    LookupError when it means none. Call inside a transaction."""
    row = query.find_entity(store, name)
    if row is None:
        raise LookupError(name)
    keys = [key for key, _reason in store.entity_keys(row.id)]
    watch_id = store.add_watch(name, row.id, keys)
    return {"id": watch_id, "name": name, "entity_id": row.id, "entity_keys": keys}


def current_entity(store: Store, watch: dict[str, Any]) -> EntityRow | None:
    """The entity a watch means now, following merges; the stored id is updated."""
    row = store.entity(watch["entity_id"])
    if row is not None:
        return row
    holders = Counter(store.entity_ids_for_keys(watch["entity_keys"]).values())
    for entity_id, _count in holders.most_common():
        row = store.entity(entity_id)
        if row is not None:
            store.set_watch_entity(watch["id"], row.id)
            watch["entity_id"] = row.id
            return row
    return None


def list_watches(store: Store) -> list[dict[str, Any]]:
    """Every watch with the entity it means now (``entity`` None if it vanished)."""
    found = []
    for watch in store.watches():
        row = current_entity(store, watch)
        found.append(
            {
                "id": watch["id"],
                "name": watch["name"],
                "entity_id": watch["entity_id"],
                "entity": query.entity_row(row) if row else None,
                "added_at": watch["added_at"],
            }
        )
    return found


def remove_watch(store: Store, which: str) -> list[int]:
    """Remove the watches ``which`` names: a watch id, the name typed, or any
    name of the watched entity. Returns the ids removed."""
    watches = store.watches()
    if which.isdigit():
        chosen = [w for w in watches if w["id"] == int(which)]
    else:
        chosen = [w for w in watches if w["name"].casefold() == which.casefold()]
        if not chosen:
            row = query.find_entity(store, which)
            chosen = [w for w in watches if row and current_entity(store, w) == row]
    for watch in chosen:
        store.remove_watch(watch["id"])
    return [w["id"] for w in chosen]
