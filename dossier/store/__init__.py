"""Store backends behind one interface (:class:`dossier.store.base.Store`)."""

from __future__ import annotations

from dossier.store.base import (
    AliasStat,
    EntityRow,
    SearchTerm,
    SearchTimeout,
    Store,
    StoreBehind,
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
    "StoreBehind",
    "StoreError",
    "open_store",
]

#: URL schemes that name a PostgreSQL server (libpq accepts both)
POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")


def open_store(db: str, busy_timeout_ms: int = 30_000, migrate: bool = True) -> Store:
    """Open the store named by ``db``: a file path, ``sqlite:///path`` or a
    ``postgresql://`` URL (psycopg is imported only for the latter).

    ``migrate=False`` for reads (API, web pages, read and export commands): a
    store with documents whose schema or summary tables are behind this code
    is refused with a :class:`StoreError` naming ``dossier migrate`` instead of
    being brought up to date there (minutes at 100k documents); an empty one is
    set up as usual. Writers (ingest, curation, watches) migrate."""
    if db.startswith(POSTGRESQL_SCHEMES):
        from dossier.store.postgres import PostgresStore

        return PostgresStore(db, busy_timeout_ms=busy_timeout_ms, migrate=migrate)
    return SQLiteStore(db, busy_timeout_ms=busy_timeout_ms, migrate=migrate)
