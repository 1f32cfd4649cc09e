"""Store backends behind one interface (:class:`dossier.store.base.Store`)."""

from __future__ import annotations

from dossier.store.base import AliasStat, EntityRow, Store
from dossier.store.sqlite import SQLiteStore, StoreError

__all__ = ["AliasStat", "EntityRow", "SQLiteStore", "Store", "StoreError", "open_store"]


def open_store(db: str, busy_timeout_ms: int = 30_000) -> Store:
    """Open the store named by ``db``: a file path or ``sqlite:///path``."""
    if db.startswith(("postgresql://", "postgres://")):
        raise StoreError("the PostgreSQL backend is not available yet; use a SQLite file path")
    return SQLiteStore(db, busy_timeout_ms=busy_timeout_ms)
