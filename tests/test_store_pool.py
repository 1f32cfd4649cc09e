"""The API keeps SQLite connections between requests (:class:`dossier.web.deps.SQLitePool`)
and must still answer exactly what a fresh connection would: new commits seen, a
store set back refused, a replaced file reopened, a connection in a bad state
never lent again."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dossier.cli import main
from dossier.config import load_settings
from dossier.store import open_store
from dossier.store.migrations import LATEST
from dossier.web.api import create_app
from dossier.web.deps import SQLitePool

pytestmark = pytest.mark.unit


def _store(path: Path, documents: int = 1) -> str:
    """A store holding ``documents`` documents (rows written directly: no NLP)."""
    db = str(path)
    open_store(db).close()
    conn = sqlite3.connect(db)
    for n in range(documents):
        _add_document(conn, f"d{n}")
    conn.commit()
    conn.close()
    return db


def _add_document(conn: sqlite3.Connection, document_id: str) -> None:
    conn.execute(
        """INSERT INTO documents (id, source, raw_hash, segment, version, title, text,
           removed, ingested_at) VALUES (?, ?, 'h', 0, 1, 'T', 'Some text.', '[]',
           '2025-01-01T00:00:00+00:00')""",
        (document_id, f"{document_id}.txt"),
    )


def _client(db: str) -> TestClient:
    settings = load_settings(environ={}, allowed_hosts="testserver", db=db)
    return TestClient(create_app(settings))


def _documents(client: TestClient) -> int:
    answer = client.get("/api/documents", params={"limit": 1})
    assert answer.status_code == 200, answer.text
    return int(answer.json()["total"])


def test_requests_share_one_kept_connection_and_see_new_commits(tmp_path):
    db = _store(tmp_path / "kb.db")
    client = _client(db)
    assert _documents(client) == 1
    pool = client.app.state.pool
    assert isinstance(pool, SQLitePool)
    [(kept, _identity)] = pool._idle
    for _ in range(5):
        assert client.get("/api/summary").status_code == 200
    assert [store for store, _ in pool._idle] == [kept]  # the same connection, every time
    conn = sqlite3.connect(db)  # another writer commits while the connection is kept
    _add_document(conn, "d-new")
    conn.commit()
    conn.close()
    assert _documents(client) == 2


def test_a_store_set_back_while_kept_is_refused_then_served_after_migrate(tmp_path):
    db = _store(tmp_path / "kb.db")
    client = _client(db)
    assert client.get("/api/summary").status_code == 200
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM schema_version WHERE version = ?", (LATEST,))
    conn.commit()
    conn.close()
    answer = client.get("/api/summary")
    assert answer.status_code == 503 and "dossier migrate" in answer.json()["detail"]
    assert main(["migrate", "--db", db]) == 0
    assert client.get("/api/summary").status_code == 200


def test_a_replaced_file_is_read_anew(tmp_path):
    db = _store(tmp_path / "kb.db", documents=1)
    client = _client(db)
    assert _documents(client) == 1
    other = _store(tmp_path / "other.db", documents=3)
    os.replace(other, db)  # e.g. a restored backup
    assert _documents(client) == 3


def test_a_connection_whose_block_raised_or_left_a_transaction_is_not_kept(tmp_path):
    db = _store(tmp_path / "kb.db")
    pool = SQLitePool(db, max_idle=2)
    with pytest.raises(ValueError), pool.store():
        raise ValueError("the request failed")
    assert pool._idle == []
    with pool.store() as store:
        store.conn.execute("BEGIN")  # type: ignore[attr-defined]
    assert pool._idle == []
    with pool.store() as first, pool.store() as second, pool.store() as third:
        assert len({id(first), id(second), id(third)}) == 3  # each block its own connection
    assert len(pool._idle) == 2  # at most max_idle kept
    pool.close()
    assert pool._idle == []


def test_an_in_memory_database_is_not_pooled(tmp_path):
    client = _client(":memory:")
    assert client.get("/api/summary").status_code == 200
    assert client.app.state.pool is None
