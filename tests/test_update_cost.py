"""Counts an update keeps by delta instead of recounting: they must equal a recount.

The 10-article update on a large store no longer recounts a hub entity's documents,
events or claims for every batch that names it (issue 19); these tests hold the kept
numbers to what a full count of the stored rows says.
"""

from __future__ import annotations

import pytest

from dossier.kb import resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest

pytestmark = pytest.mark.unit


def _recounted(store, entity: str) -> int:
    return int(
        store._one(
            """SELECT COUNT(DISTINCT m.document_id) FROM entity_keys k
               JOIN mentions m ON m.key = k.key WHERE k.entity_id = ?""",
            (entity,),
        )[0]
    )


def test_document_counts_of_a_batch_equal_a_recount(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        first = [
            _doc(
                1, "Curfew in Bannu and Lakki Marwat.", [("Bannu", "GPE"), ("Lakki Marwat", "GPE")]
            )
        ]
        batch = [
            _doc(2, "Police in Bannu.", [("Bannu", "GPE")]),
            _doc(3, "Rain in Lakki Marwat.", [("Lakki Marwat", "GPE")]),
            _doc(4, "Bannu, Bannu again.", [("Bannu", "GPE"), ("Bannu", "GPE")]),
        ]
        _ingest(store, [first, batch])
        for key, documents in (("bannu", 3), ("lakki marwat", 2)):
            (entity,) = set(store.entity_ids_for_keys([key]).values())
            assert store.entity(entity).document_count == documents == _recounted(store, entity)
    finally:
        store.close()


def test_a_document_added_after_a_count_is_counted(tmp_path):
    """The batch's per-entity counts are read once and kept: a document stored after
    that read, in the same transaction, must still be counted."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _ingest(store, [[_doc(1, "Curfew in Bannu.", [("Bannu", "GPE")])]])
        (entity,) = set(store.entity_ids_for_keys(["bannu"]).values())
        with store.transaction():
            for number in (2, 3):
                item = resolve.corefer(
                    _doc(number, "Police in Bannu.", [("Bannu", "GPE")]), agencies=[]
                )
                store.add_document(item, store.record_source(item.document.source, "x"))
                assert store.entity_document_count(entity) == number == _recounted(store, entity)
    finally:
        store.close()
