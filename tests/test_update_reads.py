"""The update's batched reads give what the per-row reads they replace gave (issue 19).

``entity_links._nothing_in_common`` read an entity's first mentions with their evidence
sentences, then each of their documents' mentions one statement per document; it now
reads the documents alone and their names in one statement. These tests hold the two
store reads it uses to what the old reads say, on a store where the order and the
limit matter (dated and undated reports, several mentions per document).
"""

from __future__ import annotations

import pytest

from dossier.records import Document
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest

pytestmark = pytest.mark.unit


def _dated(number: int, text: str, spans: list[tuple[str, str]], published: str | None):
    item = _doc(number, text, spans)
    d = item.document
    item.document = Document(
        id=d.id, source=d.source, raw_hash=d.raw_hash, text=d.text, published=published
    )
    return item


def _store(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    days = [None, "2025-03-04", "2025-01-09", None, "2025-02-01", "2025-01-09", "2025-05-30"]
    batches = [
        [
            _dated(
                n,
                f"Hamas and Fatah met in Doha on day {n}; Hamas spoke, Qatar hosted.",
                [
                    ("Hamas", "ORG"),
                    ("Fatah", "ORG"),
                    ("Doha", "GPE"),
                    ("Hamas", "ORG"),
                    ("Qatar", "GPE"),
                ],
                day,
            )
            for n, day in enumerate(days[:4])
        ],
        [
            _dated(
                10 + n,
                f"Hamas fighters left Rafah on day {n}.",
                [("Hamas", "ORG"), ("Rafah", "GPE")],
                day,
            )
            for n, day in enumerate(days[4:])
        ],
    ]
    _ingest(store, batches)
    return store


def test_mention_documents_are_those_of_the_first_mentions(tmp_path):
    store = _store(tmp_path)
    try:
        (hamas,) = set(store.entity_ids_for_keys(["hamas"]).values())
        total = len(store.entity_mentions(hamas))
        assert total == 11
        for limit in (1, 2, 3, 5, 8, total, 400):
            old = {m["document_id"] for m in store.entity_mentions(hamas, limit)}
            assert store.entity_mention_documents(hamas, limit) == old
        # the order decides which documents come first: the earliest dated reports
        assert store.entity_mention_documents(hamas, 2) == {"doc-11", "doc-2"}
    finally:
        store.close()


def test_names_in_documents_are_every_document_mention(tmp_path):
    store = _store(tmp_path)
    try:
        documents = ["doc-0", "doc-3", "doc-11", "doc-12"]
        old = {(m["text"], m["label"]) for d in documents for m in store.document_mentions(d)}
        assert store.names_in_documents(documents) == old
        assert ("Rafah", "GPE") in old and ("Qatar", "GPE") in old
        assert store.names_in_documents([]) == set()
    finally:
        store.close()
