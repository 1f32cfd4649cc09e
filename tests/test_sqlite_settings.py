"""The SQLite connection's page cache and memory map (issue 19: an update on a
100k-document store re-read its index pages through read() calls)."""

from __future__ import annotations

import pytest

from dossier.store import SQLiteStore
from dossier.store.sqlite import CACHE_KIB, MMAP_BYTES


@pytest.mark.unit
def test_every_connection_gets_the_archive_sized_cache_and_map(tmp_path):
    store = SQLiteStore(tmp_path / "kb.db")
    try:
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
        assert CACHE_KIB >= 32 * 1024  # far above SQLite's 2 MB default
        mapped = store.conn.execute("PRAGMA mmap_size").fetchone()[0]
        assert mapped == MMAP_BYTES  # not capped by this SQLite build
    finally:
        store.close()
