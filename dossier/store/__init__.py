"""Store backends behind one interface (:class:`dossier.store.base.Store`)."""

from __future__ import annotations

from dossier.store.base import (
    AliasStat,
    EntityRow,
    SearchTerm,
    SearchTimeout,
    Store,
    StoreError,
)
from dossier.store.sqlite import SQLiteStore

__all__ = [
    "AliasStat",
    "EntityRow",
    "SQLiteStore",
    "SearchTerm",
    "SearchTimeout",
    "Store",
    "StoreError",
    "open_store",
]

#: URL schemes that name a PostgreSQL server (libpq accepts both)
POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")


def open_store(db: str, busy_timeout_ms: int = 30_000) -> Store:
    """Open the store named by ``db``: a file path, ``sqlite:///path`` or a
    ``postgresql://`` URL (psycopg is imported only for the latter)."""
    if db.startswith(POSTGRESQL_SCHEMES):
        from dossier.store.postgres import PostgresStore

        return PostgresStore(db, busy_timeout_ms=busy_timeout_ms)
    return SQLiteStore(db, busy_timeout_ms=busy_timeout_ms)
