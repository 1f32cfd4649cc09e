"""SQLite backend: one file, WAL mode, FTS5 full-text index.

The SQL itself is shared with the PostgreSQL backend (:mod:`dossier.store.sql`);
this module only connects, opens write transactions and searches FTS5. The
connection runs in autocommit mode and ``transaction()`` issues
``BEGIN IMMEDIATE`` so a batch either lands whole or not at all, and a second
writer waits (up to ``busy_timeout``) instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dossier.store.base import SearchTerm, SearchTimeout, StoreError
from dossier.store.sql import SQLStore
from dossier.store.summaries import _marks

__all__ = ["SQLiteStore", "StoreError"]


def fts5_match(terms: Sequence[SearchTerm]) -> str:
    """The FTS5 query for search terms: each a quoted string (quotes doubled
    inside, so operators typed by a user stay words), ``*`` after a prefix, ANDed."""
    return " ".join(
        '"' + t.text.replace('"', '""') + '"' + ("*" if t.prefix else "") for t in terms
    )


#: the page cache of one connection (KiB; allocated as pages are read, freed on close)
CACHE_KIB = 64 * 1024
#: bytes of the database file read through a memory map instead of read() calls (the
#: kernel's page cache, shared by every connection; a larger file reads the rest as before)
MMAP_BYTES = 1 << 30
#: prepared statements one connection keeps (Python's default: 128). Why more: an ingest
#: runs about 520 distinct SQL texts (the ``IN (?, ?, …)`` lists vary in length), so with
#: 128 the least recent were parsed and planned again and again; replaying the 31,632
#: statements of 100 realnews articles, alternated three times: 0.79/0.74/0.85 s with 128,
#: 0.71/0.69/0.76 s with 1,024 (same results)
STATEMENT_CACHE = 1024


class SQLiteStore(SQLStore):
    """The default store. ``path`` is a file name or ``sqlite:///file``."""

    DIALECT = "sqlite"
    ROWID = "rowid"
    NO_LIMIT = -1
    LIKE = "LIKE"
    FTS_INSERT = "INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)"
    DB_ERROR = sqlite3.Error

    def __init__(
        self, path: str | Path, busy_timeout_ms: int = 30_000, migrate: bool = True
    ) -> None:
        """``migrate=False`` for a read: see :meth:`SQLStore._open_schema`."""
        self.path = str(path).removeprefix("sqlite:///")
        try:
            self.conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                check_same_thread=False,
                cached_statements=STATEMENT_CACHE,
            )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # page cache and memory map sized for an archive, not SQLite's 2 MB default:
            # adding 10 articles to a 100k-document (3.6 GB) store re-reads the same index
            # pages through read() calls. Measured (10 articles, 100k store, same CPU):
            # ingest wall 12-15 s -> 5.6-8.9 s at load 5-7; at load 8 the wait for a
            # core hides the difference (14.6-16.1 s vs 12.6-15.1 s)
            self.conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
            self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._open_schema(migrate)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    # -- plumbing ---------------------------------------------------------
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"database {self.path} is busy or locked: {exc}") from exc
        try:
            yield
            self.flush_summaries()  # the batch's summary rows commit with it
        except sqlite3.OperationalError as exc:  # disk full, I/O error: the machine's, not ours
            self._rollback()
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def _rollback(self) -> None:
        """Roll back what is open; SQLite has already done so after some errors
        (a full disk at COMMIT), and a second ROLLBACK would hide the first error."""
        self._init_summaries()  # forget what the rolled-back writes touched
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _budget(self, budget_ms: int | None) -> Iterator[None]:
        """Interrupt the statements run inside after ``budget_ms`` (SQLite's
        progress handler, polled every 1,000 virtual-machine steps) and raise
        :class:`SearchTimeout`; no limit when ``budget_ms`` is None or 0."""
        if not budget_ms:
            yield
            return
        deadline = time.monotonic() + budget_ms / 1000
        self.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise SearchTimeout(budget_ms) from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)

    def search(
        self,
        terms: Sequence[SearchTerm],
        limit: int = 20,
        offset: int = 0,
        budget_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """FTS5 search for documents holding every term (spelt by :func:`fts5_match`).

        Ranks first (every match must be scored), then builds snippets and
        reads documents for the page only: a snippet per match would cost more
        than the ranking when a word is in most documents. Ties go by insertion
        order (rowid): a tie-break on document_id would read every match's row.
        """
        match = fts5_match(terms)
        if not match:
            return []
        try:
            with self._budget(budget_ms):
                ranked, hits = self._search(match, limit, offset)
        except sqlite3.OperationalError as exc:
            raise ValueError(f"invalid search query {match!r}: {exc}") from exc
        return [
            {
                **{k: hits[r[0]][k] for k in ("document_id", "source", "title", "published")},
                "score": r[1],
                "snippet": hits[r[0]]["snippet"],
            }
            for r in ranked
            if r[0] in hits
        ]

    def _search(self, match: str, limit: int, offset: int) -> tuple[list[Any], dict[Any, Any]]:
        ranked = self._all(
            """SELECT rowid, bm25(documents_fts, 0.0, 5.0, 1.0) AS score
               FROM documents_fts WHERE documents_fts MATCH ?
               ORDER BY score, rowid LIMIT ? OFFSET ?""",
            (match, limit, offset),
        )
        if not ranked:
            return [], {}
        marks = _marks(ranked)
        hits = {
            r[0]: r
            for r in self._all(
                f"""SELECT f.rowid, f.document_id, d.source, d.title, d.published,
                           snippet(documents_fts, 2, '[', ']', '…', 16) AS snippet
                    FROM documents_fts f JOIN documents d ON d.id = f.document_id
                    WHERE documents_fts MATCH ? AND f.rowid IN ({marks})""",
                [match, *(r[0] for r in ranked)],
            )
        }
        return ranked, hits

    def search_count(
        self, terms: Sequence[SearchTerm], cap: int, budget_ms: int | None = None
    ) -> int:
        """How many documents match, counted up to ``cap`` (ranking is not needed
        to count, and a common word matches most of a large store)."""
        match = fts5_match(terms)
        if not match:
            return 0
        try:
            with self._budget(budget_ms):
                row = self._one(
                    """SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts
                       WHERE documents_fts MATCH ? LIMIT ?) AS hits""",
                    (match, cap),
                )
        except sqlite3.OperationalError as exc:
            raise ValueError(f"invalid search query {match!r}: {exc}") from exc
        return int(row[0])
