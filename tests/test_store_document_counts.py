"""An entity's document count inside a batch's transaction is what a recount gives.

``SQLStore.entity_document_count`` adds the batch's documents naming an entity (read once
per batch, by key) to its stored count instead of recounting; these cases pin that it
agrees with the full count (``_count_entity_documents``) for a stored entity named again
through one or several of its keys, for a new entity, for one a batch does not name, and
across two batches of one transaction's lifetime.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.kb import resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _counts(store) -> dict[str, tuple[int, int]]:
    """Each entity's (kept count, recount), read inside the open transaction."""
    ids = set(store.entity_ids_for_keys(["bannu", "karachi", "quetta", "peshawar"]).values())
    return {
        e: (store.entity_document_count(e), store._count_entity_documents(e)) for e in sorted(ids)
    }


def test_kept_counts_inside_a_batch_equal_recounts(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    first = [
        _doc(1, "Curfew in Bannu and Karachi.", [("Bannu", "GPE"), ("Karachi", "GPE")]),
        _doc(2, "Rain in Bannu.", [("Bannu", "GPE")]),
        _doc(3, "Quiet in Quetta.", [("Quetta", "GPE")]),
    ]
    # Bannu through both its keys in one document: counted once; Karachi named again;
    # Quetta not named
    again = "Bannu District, then Bannu, and Peshawar."
    second = [
        _doc(4, again, [("Bannu District", "GPE"), ("Bannu", "GPE"), ("Peshawar", "GPE")]),
        _doc(5, "Karachi and Bannu.", [("Karachi", "GPE"), ("Bannu", "GPE")]),
    ]
    with store.transaction():
        for item in first:
            store.add_document(item, store.record_source(item.document.source, "x"))
        resolve.update_entities(store, first)
        # a second key of the town's entity, first named in the next batch
        (bannu,) = store.entity_ids_for_keys(["bannu"]).values()
        store.map_keys({"bannu district": (bannu, "test: a second key")})
    with store.transaction():
        for item in second:
            store.add_document(item, store.record_source(item.document.source, "x"))
        # before resolution rewrites them: the stored rows plus this batch's documents
        counts = _counts(store)
        assert not set(counts) & store._regrouped  # the kept counts, not a recount
        by_key = store.entity_ids_for_keys(["bannu", "karachi", "quetta"])
        assert counts[by_key["bannu"]] == (4, 4)
        assert counts[by_key["karachi"]] == (2, 2)
        assert counts[by_key["quetta"]] == (1, 1)
        resolve.update_entities(store, second)
        for kept, recount in _counts(store).values():  # and after it (recounts, merges)
            assert kept == recount
    (peshawar,) = store.entity_ids_for_keys(["peshawar"]).values()
    assert store.entity(peshawar).document_count == 1
    store.close()
