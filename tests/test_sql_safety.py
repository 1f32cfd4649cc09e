"""SQL is never assembled from text it does not control."""

from __future__ import annotations

import re
import shutil

import pytest

from dossier.query.reads import search_terms
from dossier.store import SearchTerm, SQLiteStore

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


@pytest.fixture()
def populated(seed_db_sqlite, tmp_path):
    """A writable copy of the seed store: an injected DROP would have something to drop."""
    copy = tmp_path / "kb.db"
    shutil.copy(seed_db_sqlite, copy)
    store = SQLiteStore(copy)
    yield store
    store.close()


def test_search_text_is_a_parameter_not_sql(populated):
    before = populated.counts()["documents"]
    assert before > 0
    title = next(iter(populated.documents()))["title"]
    word = max(re.findall(r"[A-Za-z]{4,}", title), key=len)
    assert populated.search(search_terms(word)), f"search finds nothing for {word!r} of a title"
    # hostile text, as terms or as one phrase, is searched for, never run
    assert populated.search(search_terms(HOSTILE)) == []
    assert populated.search([SearchTerm(HOSTILE)]) == []
    assert populated.search([SearchTerm("'; DROP TABLE documents; --", prefix=True)]) == []
    assert populated.counts()["documents"] == before
    assert populated.search(search_terms(word))  # the index is still there and answers
