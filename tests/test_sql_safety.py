"""SQL is never assembled from text it does not control."""

from __future__ import annotations

import pytest

from dossier.store import SQLiteStore

HOSTILE = 'x") VALUES (1); DROP TABLE documents; --'


def test_fact_rows_with_unknown_columns_are_refused(tmp_path):
    store = SQLiteStore(tmp_path / "kb.db")
    try:
        with pytest.raises(ValueError, match="no such column in claim_mentions: x"):
            store.add_claim_mention({"document_id": "d", HOSTILE: 1})
        with pytest.raises(ValueError, match="no such column in event_mentions: x"):
            store.add_event_mention({"document_id": "d", HOSTILE: 1}, [])
        assert store.counts()["documents"] == 0  # the table is still there
    finally:
        store.close()


def test_search_text_is_a_parameter_not_sql(tmp_path):
    store = SQLiteStore(tmp_path / "kb.db")
    try:
        assert store.search("\"x\" ") == []
        with pytest.raises(ValueError, match="invalid search query"):
            store.search("'; DROP TABLE documents; --")
        assert store.counts()["documents"] == 0
    finally:
        store.close()
