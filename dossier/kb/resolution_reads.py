"""The store as one batch's entity resolution sees it: key lookups kept, key writes grouped.

:func:`dossier.kb.resolve.update_entities` walks a batch's new names one at a time, and
each step asked the store a one-key question -- which entity holds this key, which keys
share this block -- then wrote a one-key answer (the key's entity, its blocks). On
PostgreSQL every such statement is a round trip: about 9,700 of them on 200 articles of
real news, a fifth of the write path's statements.

:class:`ResolutionReads` stands in for the store for one ``update_entities`` call (one
transaction), and every call it does not handle goes to the store unchanged. What it
handles, and why that is sound:

* ``entity_ids_for_keys``: a key's entity (or that no entity holds it) is kept once read.
  Only :meth:`map_keys` and :meth:`merge_entities` change ``entity_keys`` (the store has no
  other writer of it on the write path), and both go through here and update what is kept:
  a mapped key takes its new entity, and a merge moves every kept key of the merged entity,
  as the store's ``UPDATE ... WHERE entity_id = ?`` moves every one of its rows.
* ``keys_in_blocks``: a block's members, as read (up to a cap), are kept; a later question
  with the same or a lower cap has the same answer (a block read whole is whole for any cap
  its size fits; a block read past its cap is past any lower cap too). A block that a new
  key is filed under is read again.
* ``key_profiles``: a key's name and label are kept once read; they come from the alias
  counts (``key_aliases``), which grow as documents are added, all of them before
  resolution starts.
* ``pinned_keys``: whether a key is pinned is kept once read; keys are pinned only by a
  curator's merge or split (:meth:`pin_key`, which goes through here too), never by
  resolution.
* ``entity_keys`` (and the warm-up ``entity_keys_of``): an entity's keys and their reasons
  are kept once read, until the next :meth:`map_keys` or :meth:`merge_entities`, which
  drop every kept list (a mapped key leaves one entity's keys for another's; a merge moves
  the keys and rewrites their reasons). The loops after the batch's own names
  (:func:`~dossier.kb.acronyms.link_acronyms`) read the keys of many entities one by one
  and seldom merge: one statement for all of them.
* ``map_keys`` and ``add_blocks`` are held and written together (one statement per kind)
  before any other call reaches the store -- every read the store answers sees every write
  made before it, in the order it was made -- and at :meth:`flush`. A key mapped twice is
  written in between, so the store notes the move between two entities just as it would.

Nothing outlives the transaction: one object per call, flushed before it returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dossier.store.base import Store

#: keys per statement of the store's ``key_profiles``, whose answer is in key order per chunk
_PROFILES_CHUNK = 500
#: keys per statement of the store's ``pinned_keys`` (one ``IN`` list), for a warm-up's many
_PINNED_CHUNK = 500


class ResolutionReads:
    """The store for one batch's entity resolution (see the module doc)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        #: key -> its entity, or None for a key the store maps to none
        self._entity_of: dict[str, str | None] = {}
        #: block -> (the cap it was read to, the keys read)
        self._blocks: dict[str, tuple[int, frozenset[str]]] = {}
        #: key -> its (name, label), or None for a key with no named mention
        self._profiles: dict[str, tuple[str, str] | None] = {}
        #: key -> whether it is pinned
        self._pinned: dict[str, bool] = {}
        #: entity -> its (key, reason) rows in key order, until the next map or merge
        self._keys_of: dict[str, list[tuple[str, str]]] = {}
        self._mapped: dict[str, tuple[str, str]] = {}
        self._filed: list[tuple[str, Sequence[str]]] = []
        self._filed_blocks: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        """Any other call of the store, after the held writes (its reads must see them)."""
        self.flush()
        return getattr(self._store, name)

    def flush(self) -> None:
        """Write what is held, in the order it was asked for (mappings, then blocks: no
        read between them, and the two tables do not refer to each other)."""
        if self._mapped:
            mapped, self._mapped = self._mapped, {}
            self._store.map_keys(mapped)
        if self._filed:
            filed, self._filed, self._filed_blocks = self._filed, [], set()
            self._store.add_blocks_of(filed)

    # -- entity_keys -------------------------------------------------------------
    def entity_ids_for_keys(self, keys: Sequence[str]) -> dict[str, str]:
        """As the store's, the keys no entity holds left out."""
        missing = sorted({k for k in keys if k not in self._entity_of})
        if missing:
            # a held mapping is kept already, so the store's rows of the others are current
            found = self._store.entity_ids_for_keys(missing)
            for key in missing:
                self._entity_of[key] = found.get(key)
        return {k: e for k in keys if (e := self._entity_of[k]) is not None}

    def map_keys(self, mapping: dict[str, tuple[str, str]]) -> None:
        if any(key in self._mapped for key in mapping):
            self.flush()  # the second mapping of a key sees the first in the store
        self._mapped.update(mapping)
        self._keys_of.clear()
        for key, (entity, _reason) in mapping.items():
            self._entity_of[key] = entity

    def merge_entities(self, source: str, target: str, reason: str) -> None:
        self.flush()
        self._store.merge_entities(source, target, reason)
        self._keys_of.clear()
        for key, entity in self._entity_of.items():
            if entity == source:
                self._entity_of[key] = target

    def entity_keys(self, entity_id: str) -> list[tuple[str, str]]:
        """As the store's: ``(key, reason)`` in key order, kept until a map or a merge."""
        if entity_id not in self._keys_of:
            self.entity_keys_of([entity_id])
        return list(self._keys_of[entity_id])

    def entity_keys_of(self, entity_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """As the store's (an entity without keys left out), the entities not kept read
        in one go, after the held writes (a held mapping moves a key between them)."""
        missing = sorted({e for e in entity_ids if e not in self._keys_of})
        if missing:
            self.flush()
            found = self._store.entity_keys_of(missing)
            for entity in missing:
                self._keys_of[entity] = found.get(entity, [])
        return {e: list(self._keys_of[e]) for e in entity_ids if self._keys_of[e]}

    # -- pinned_keys -------------------------------------------------------------
    def pinned_keys(self, keys: Sequence[str]) -> set[str]:
        """As the store's: the pinned ones of ``keys``, each key's answer kept."""
        missing = sorted({k for k in keys if k not in self._pinned})
        for start in range(0, len(missing), _PINNED_CHUNK):
            chunk = missing[start : start + _PINNED_CHUNK]
            found = self._store.pinned_keys(chunk)
            for key in chunk:
                self._pinned[key] = key in found
        return {k for k in keys if self._pinned[k]}

    def pin_key(self, key: str, reason: str) -> None:
        self.flush()
        self._store.pin_key(key, reason)
        self._pinned[key] = True

    # -- key_aliases -------------------------------------------------------------
    def key_profiles(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        """As the store's, in its order (each 500 keys by key). Kept once read: the alias
        counts change only as documents are added, before resolution starts."""
        missing = sorted({k for k in keys if k not in self._profiles})
        if missing:
            found = self._store.key_profiles(missing)
            for key in missing:
                self._profiles[key] = found.get(key)
        profiles: dict[str, tuple[str, str]] = {}
        for start in range(0, len(keys), _PROFILES_CHUNK):
            for key in sorted(set(keys[start : start + _PROFILES_CHUNK])):
                if (profile := self._profiles[key]) is not None:
                    profiles.setdefault(key, profile)
        return profiles

    # -- key_blocks --------------------------------------------------------------
    def add_blocks(self, key: str, blocks: Sequence[str]) -> None:
        self._filed.append((key, list(blocks)))
        self._filed_blocks.update(blocks)
        for block in blocks:
            self._blocks.pop(block, None)

    def block_members(self, blocks: Sequence[str], max_block: int) -> dict[str, set[str]]:
        """The store's read, whose answer is kept for :meth:`keys_in_blocks`."""
        if self._filed_blocks.intersection(blocks):
            self.flush()
        found = self._store.block_members(blocks, max_block)
        for block in set(blocks):
            self._blocks[block] = (max_block, frozenset(found.get(block, ())))
        return found

    def keys_in_blocks(self, blocks: Sequence[str], max_block: int) -> set[str]:
        """As the store's: the keys of every block of at most ``max_block`` keys."""
        unknown = sorted(
            {b for b in blocks if b not in self._blocks or self._blocks[b][0] < max_block}
        )
        if unknown:
            self.block_members(unknown, max_block)
        found: set[str] = set()
        for block in blocks:
            keys = self._blocks[block][1]
            if len(keys) <= max_block:
                found |= keys
        return found
