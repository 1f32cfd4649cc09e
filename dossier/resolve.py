"""Resolve stage: group mentions into entities.

This first version merges mentions whose normalised names are equal (see
:func:`dossier.nlp.normalize_name`), across all documents. Each grouping key
is mapped to an entity id with the *reason* for the mapping, so that later
fuzzy or manual merges can explain themselves. Names and types are chosen by
evidence across every mention, not by the first one seen: spaCy labels the
same militia PERSON in one sentence and ORG in the next.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

from dossier.store.base import AliasStat, EntityRow, Store

#: tie-break when two labels have the same number of mentions
TYPE_PRIORITY = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "OTHER")


def entity_id(key: str) -> str:
    """Stable id of the entity first created for grouping key ``key``."""
    return "ent_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def choose_name(stats: Sequence[AliasStat]) -> str:
    """Most-mentioned surface form; prefer capitalised, then longer forms."""
    counts: Counter[str] = Counter()
    for stat in stats:
        counts[stat.text] += stat.mentions
    return max(counts, key=lambda text: (counts[text], not text.islower(), len(text), text))


def choose_type(stats: Sequence[AliasStat]) -> str:
    """Majority label over all mentions (ties broken by ``TYPE_PRIORITY``)."""
    votes: Counter[str] = Counter()
    for stat in stats:
        votes[stat.label] += stat.mentions
    return max(votes, key=lambda label: (votes[label], -TYPE_PRIORITY.index(label)))


def summarize(entity: str, stats: Sequence[AliasStat], documents: int) -> EntityRow:
    return EntityRow(
        id=entity,
        name=choose_name(stats),
        type=choose_type(stats),
        mention_count=sum(s.mentions for s in stats),
        document_count=documents,
    )


def update_entities(store: Store, touched_keys: Iterable[str]) -> int:
    """Map new keys to entities and refresh every entity the keys touch.

    Runs inside the caller's transaction; returns the number of entities
    refreshed.
    """
    new_keys = store.unmapped_keys()
    store.map_keys({key: (entity_id(key), "exact normalised name") for key in new_keys})
    keys = sorted(set(touched_keys) | set(new_keys))
    entities = sorted(set(store.entity_ids_for_keys(keys).values()))
    rows = []
    for entity in entities:
        stats = store.alias_stats(entity)
        if stats:
            rows.append(summarize(entity, stats, store.entity_document_count(entity)))
    store.upsert_entities(rows)
    return len(rows)
