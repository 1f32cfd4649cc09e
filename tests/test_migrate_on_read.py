"""Reads never run a long data fill: a store with documents whose schema or
summary tables are behind the code is refused by the API, the web pages and the
read/export commands with a message naming ``dossier migrate``; that command
(or an ingest) brings it up to date once. An empty store is still set up on
any open (there is nothing to fill)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dossier.cli import main
from dossier.config import load_settings
from dossier.store import StoreBehind, open_store
from dossier.store.migrations import LATEST
from dossier.store.summaries import SUMMARY_VERSION
from dossier.web.api import create_app

pytestmark = pytest.mark.unit


def _store_with_a_document(path: Path) -> str:
    db = str(path / "kb.db")
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(
        """INSERT INTO documents (id, source, raw_hash, segment, version, title, text,
           removed, ingested_at) VALUES ('d1', 'a.txt', 'h', 0, 1, 'T', 'Some text.', '[]',
           '2025-01-01T00:00:00+00:00')"""
    )
    conn.commit()
    conn.close()
    return db


def _set_back(db: str, schema: bool = True, summaries: bool = False) -> None:
    """Make the store look written by an older dossier: the latest migration not
    recorded (it is re-run by a migrate; its steps are idempotent), or older
    summary tables."""
    conn = sqlite3.connect(db)
    if schema:
        conn.execute("DELETE FROM schema_version WHERE version = ?", (LATEST,))
    if summaries:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'summaries'")
    conn.commit()
    conn.close()


def _state(db: str) -> tuple[int, str]:
    conn = sqlite3.connect(db)
    version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    summaries = conn.execute("SELECT value FROM meta WHERE key = 'summaries'").fetchone()[0]
    conn.close()
    return int(version), str(summaries)


def test_a_read_refuses_a_store_behind_and_leaves_it_as_it_was(tmp_path):
    db = _store_with_a_document(tmp_path)
    _set_back(db)
    with pytest.raises(StoreBehind, match="dossier migrate") as refused:
        open_store(db, migrate=False)
    assert refused.value.version == LATEST - 1
    assert refused.value.summaries == SUMMARY_VERSION
    assert _state(db) == (LATEST - 1, SUMMARY_VERSION)  # nothing was run
    _set_back(db, schema=False, summaries=True)
    _state_before = _state(db)
    with pytest.raises(StoreBehind):
        open_store(db, migrate=False)
    assert _state(db) == _state_before


def test_a_read_of_an_up_to_date_or_empty_store_opens(tmp_path):
    db = _store_with_a_document(tmp_path)
    open_store(db, migrate=False).close()  # up to date: no refusal
    empty = str(tmp_path / "new.db")
    with open_store(empty, migrate=False) as store:  # new: set up, nothing to fill
        assert store.schema_state() == (LATEST, SUMMARY_VERSION)
    other = tmp_path / "other"
    other.mkdir()
    behind_but_empty = str(other / "kb.db")
    open_store(behind_but_empty).close()
    _set_back(behind_but_empty, summaries=True)
    with open_store(behind_but_empty, migrate=False) as store:
        assert store.schema_state() == (LATEST, SUMMARY_VERSION)


def test_dossier_migrate_brings_it_up_to_date_once(tmp_path, capsys):
    db = _store_with_a_document(tmp_path)
    _set_back(db, summaries=True)
    assert main(["stats", "--db", db]) == 2
    assert "dossier migrate" in capsys.readouterr().err
    assert _state(db) == (LATEST - 1, "old")
    assert main(["migrate", "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"schema version {LATEST - 1} -> {LATEST}" in out and f"old -> {SUMMARY_VERSION}" in out
    assert _state(db) == (LATEST, SUMMARY_VERSION)
    assert main(["migrate", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("up to date")
    assert main(["stats", "--db", db]) == 0


def test_the_api_answers_503_instead_of_migrating(tmp_path):
    db = _store_with_a_document(tmp_path)
    _set_back(db)
    settings = load_settings(environ={}, allowed_hosts="testserver", db=db)
    client = TestClient(create_app(settings))
    for path in ("/api/summary", "/api/export?format=json"):
        answer = client.get(path)
        assert answer.status_code == 503, path
        assert "dossier migrate" in answer.json()["detail"]
    assert _state(db) == (LATEST - 1, SUMMARY_VERSION)
    assert main(["migrate", "--db", db]) == 0
    assert client.get("/api/summary").status_code == 200
