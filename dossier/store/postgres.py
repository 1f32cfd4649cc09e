"""PostgreSQL backend: the shared SQL over psycopg 3, tsvector full-text search.

Point dossier at a server with ``--db postgresql://user:pass@host:5432/dbname``
(or ``DOSSIER_DB``); the database must exist, its tables are created and
migrated on open (:mod:`dossier.store.migrations`).

Concurrency, and why a lock rather than finer-grained upserts alone: a
pipeline batch reads before it writes throughout (which names are new, which
entity a name links to, which earlier event or claim a report repeats, the
next version number of a source), so two batches interleaving statement by
statement could each decide "new entity" for the same name, or merge into an
entity the other just deleted. ``transaction()`` therefore takes one
transaction-scoped advisory lock first: write transactions run one after
another, exactly as SQLite's ``BEGIN IMMEDIATE`` makes them, and under READ
COMMITTED every statement sees what the previous holder committed. The
expensive part of ingest (parsing, NLP) runs before the lock, so processes
still ingest in parallel; readers never wait. The uniqueness constraints stay
the last line of defence: documents are keyed by content hash and inserted
with ``ON CONFLICT DO NOTHING``, entity keys and entities are upserts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.types.string import StrDumperUnknown

from dossier.store.base import SearchTerm, SearchTimeout, StoreError
from dossier.store.sql import SQLStore

#: the advisory lock every write transaction holds (any constant bigint; "doss")
WRITE_LOCK = 0x646F7373

#: characters of a document body that go into its tsvector (PostgreSQL caps one at 1 MB)
FTS_MAX_CHARS = 1_000_000

_WORD = re.compile(r"\w+")

#: ts_rank weights for {D, C, B, A}: titles ('A') count five times body text ('D')
_RANK = "ts_rank('{0.2, 0.2, 0.2, 1.0}'::float4[], f.tsv, q.query)"
_HEADLINE_OPTIONS = (
    'StartSel="[", StopSel="]", MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, '
    'FragmentDelimiter="…"'
)


@lru_cache(maxsize=2048)
def pyformat(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s``, and literal ``%`` doubled.

    Question marks inside quoted strings or identifiers are left alone.
    """
    out: list[str] = []
    quote = ""
    for ch in sql:
        if ch == "%":
            out.append("%%")
            continue
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append(ch)
    return "".join(out)


class Row(tuple):
    """A result row read by position or by column name, like ``sqlite3.Row``."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


class _TextDumper(StrDumperUnknown):
    """Article text may hold NUL characters, which PostgreSQL text cannot: each
    becomes U+FFFD, one character for one, so stored offsets stay right."""

    def dump(self, obj: str) -> Any:
        return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)


def configure(conn: psycopg.Connection[Any], busy_timeout_ms: int) -> None:
    """Per-connection settings: NUL-safe text, and a writer waits this long for
    the write lock (like SQLite's busy_timeout)."""
    conn.adapters.register_dumper(str, _TextDumper)
    conn.execute("SELECT set_config('lock_timeout', %s, false)", (f"{int(busy_timeout_ms)}ms",))


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    index: dict[str, int] = {}
    for i, column in enumerate(cursor.description or ()):
        index.setdefault(column.name, i)
    return lambda values: Row(values, index)


#: how every connection is opened: autocommit (``transaction()`` opens the
#: write transactions), rows readable by name, a bounded connect
CONNECT_OPTIONS: dict[str, Any] = {
    "autocommit": True,
    "row_factory": _row_factory,
    "connect_timeout": 10,
}


def redact(url: str) -> str:
    """The URL without its password, for error messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def tsquery_terms(terms: Sequence[SearchTerm]) -> list[tuple[str, str]]:
    """``(function, argument)`` per search term.

    A term is a phrase (``phraseto_tsquery``) or, with ``prefix``, a prefix
    search spelt for ``to_tsquery`` from word characters only, so no input can
    be a tsquery syntax error; a term with no word character is dropped.
    """
    found: list[tuple[str, str]] = []
    for term in terms:
        words = _WORD.findall(term.text)
        if not words:
            continue
        if term.prefix:
            spelt = " <-> ".join(f"'{w}'" for w in words) + ":*"
            found.append(("to_tsquery", spelt))
        else:
            found.append(("phraseto_tsquery", " ".join(words)))
    return found


def tsquery_sql(search_terms: Sequence[SearchTerm]) -> tuple[str, list[str]] | None:
    """The tsquery expression for the search terms and its parameters, or None
    when no term has a word. The SQL is made of the fixed function names of
    :func:`tsquery_terms`; the words are parameters."""
    terms = tsquery_terms(search_terms)
    if not terms:
        return None
    query = " && ".join(f"{function}('simple', ?)" for function, _arg in terms)
    return query, [arg for _function, arg in terms]


class PostgresStore(SQLStore):
    """The store in a PostgreSQL database named by a ``postgresql://`` URL."""

    DIALECT = "postgresql"
    ROWID = "seq"
    NO_LIMIT = None
    LIKE = "ILIKE"
    # a tsvector holds at most 1 MB: the first million characters of a body are indexed
    FTS_INSERT = f"""INSERT INTO documents_fts (document_id, tsv) VALUES (?,
        setweight(to_tsvector('simple', ?), 'A')
        || setweight(to_tsvector('simple', left(?, {FTS_MAX_CHARS})), 'D'))
        ON CONFLICT (document_id) DO UPDATE SET tsv = excluded.tsv"""
    DB_ERROR = psycopg.Error

    #: a connection lent by a :class:`PostgresPool`: ``close`` gives it back instead
    pooled = False

    def __init__(self, url: str, busy_timeout_ms: int = 30_000, migrate: bool = True) -> None:
        """``migrate=False`` for a read: see :meth:`SQLStore._open_schema`."""
        self.path = redact(url)
        try:
            self.conn = psycopg.connect(url, **CONNECT_OPTIONS)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        try:
            configure(self.conn, busy_timeout_ms)
            self._open_schema(migrate)
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        except StoreError:
            self.conn.close()
            raise

    # -- plumbing ---------------------------------------------------------
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(pyformat(sql), tuple(params))

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.conn.cursor() as cursor:
                cursor.executemany(pyformat(sql), rows)

    def _insert_event_report(
        self, record: dict[str, Any], args: Sequence[dict[str, Any]]
    ) -> dict[str, Any]:
        """:meth:`SQLStore._insert_event_report` in one statement: the report's row, its
        arguments and its ``event_key_days`` rows written by one ``INSERT ... RETURNING``
        and two data-modifying ``WITH`` parts that take its new id.

        Why: the fact merging stores a report, then reads its candidates, then the next
        report; the three inserts were three round trips a report (about 4,250 of 200
        articles' 20,700 statements). The arguments and keys go in as arrays, unnested in
        the order given (``WITH ORDINALITY``), so the rows are written in the order the
        three statements wrote them."""
        self._dirty_events.add(str(record["event_id"]))
        keys = self._key_days_keys(record, args)
        insert = self._insert_sql("event_mentions", record)
        sql = f"""WITH m AS ({insert} RETURNING *),
            a AS (INSERT INTO event_args (mention_id, role, key, text, start, "end")
                  SELECT m.id, r.role, r.key, r.text, r.s, r.e FROM m,
                  unnest(?::text[], ?::text[], ?::text[], ?::integer[], ?::integer[])
                  WITH ORDINALITY AS r(role, key, text, s, e, n) ORDER BY r.n),
            d AS (INSERT INTO event_key_days (key, type, date_end, date_start, mention_id)
                  SELECT r.key, m.type, m.date_end, m.date_start, m.id FROM m,
                  unnest(?::text[]) WITH ORDINALITY AS r(key, n) ORDER BY r.n)
            SELECT * FROM m"""
        params = [
            *record.values(),
            [a["role"] for a in args],
            [a["key"] for a in args],
            [a["text"] for a in args],
            [a["start"] for a in args],
            [a["end"] for a in args],
            keys,
        ]
        return dict(self._one(sql, params))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, holding the store's write lock (see module doc)."""
        in_body = False
        try:
            with self.conn.transaction():
                self._lock()
                in_body = True
                yield
                self.flush_summaries()  # the batch's summary rows commit with it
                in_body = False
        except psycopg.Error as exc:
            self._init_summaries()  # forget what the rolled-back writes touched
            if in_body:
                raise  # the caller's statement failed: theirs to report
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        except BaseException:
            self._init_summaries()
            raise

    def _lock(self) -> None:
        try:
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        except pg_errors.LockNotAvailable as exc:
            raise StoreError(f"database {self.path} is busy (write lock): {exc}") from exc

    @classmethod
    def lent(cls, conn: psycopg.Connection[Any], path: str) -> PostgresStore:
        """A store over a pooled connection (already configured, schema already
        migrated by the pool): no statement is spent on opening it."""
        store = cls.__new__(cls)
        store.path, store.conn, store.pooled = path, conn, True
        store._init_summaries()
        return store

    def close(self) -> None:
        if not self.pooled:
            self.conn.close()

    @contextmanager
    def _budget(self, budget_ms: int | None) -> Iterator[None]:
        """``statement_timeout`` for the statements run inside: PostgreSQL cancels
        one that runs past ``budget_ms`` (:class:`SearchTimeout`); the setting is
        put back (``RESET``: the role's or database's own default) after. No limit
        when ``budget_ms`` is None or 0."""
        if not budget_ms:
            yield
            return
        self.conn.execute(
            "SELECT set_config('statement_timeout', %s, false)", (f"{int(budget_ms)}ms",)
        )
        try:
            yield
        except pg_errors.QueryCanceled:
            raise SearchTimeout(budget_ms) from None
        finally:
            self.conn.execute("RESET statement_timeout")

    def search(
        self,
        terms: Sequence[SearchTerm],
        limit: int = 20,
        offset: int = 0,
        budget_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Ranked tsvector search with ``ts_headline`` snippets (matches in ``[ ]``);
        the terms are ANDed, each a phrase or a prefix."""
        tsquery = tsquery_sql(terms)
        if tsquery is None:
            return []
        query, words = tsquery
        with self._budget(budget_ms):
            rows = self._all(
                f"""WITH q AS (SELECT {query} AS query),
                    hits AS (
                        SELECT f.document_id, {_RANK} AS rank FROM documents_fts f, q
                        WHERE f.tsv @@ q.query ORDER BY rank DESC, f.document_id
                        LIMIT ? OFFSET ?)
                    SELECT h.document_id, d.source, d.title, d.published, -h.rank AS score,
                           ts_headline('simple', d.text, q.query, '{_HEADLINE_OPTIONS}') AS snippet
                    FROM hits h JOIN documents d ON d.id = h.document_id, q
                    ORDER BY h.rank DESC, h.document_id""",
                [*words, limit, offset],
            )
        return [dict(r) for r in rows]

    def search_count(
        self, terms: Sequence[SearchTerm], cap: int, budget_ms: int | None = None
    ) -> int:
        """How many documents match, counted up to ``cap`` (no ranking needed)."""
        tsquery = tsquery_sql(terms)
        if tsquery is None:
            return 0
        query, words = tsquery
        with self._budget(budget_ms):
            row = self._one(
                f"""SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts
                    WHERE tsv @@ ({query}) LIMIT ?) AS hits""",
                [*words, cap],
            )
        return int(row[0])


class PostgresPool:
    """Connections to one database, kept open and lent to one request at a time.

    Why: the API served each request on a fresh connection (a TCP and
    authentication round trip, the session settings, the schema check) that
    cost more than most of the reads it then ran. The pool migrates the schema
    once, configures each connection once, and checks a connection before
    lending it again (``check``), so a server restart costs one failed
    request's reconnect, not an error on every request after it.
    """

    def __init__(
        self, url: str, busy_timeout_ms: int = 30_000, max_size: int = 8, migrate: bool = False
    ) -> None:
        from psycopg_pool import ConnectionPool

        self.path = redact(url)
        # the schema checked once (created when the database is empty; a database with
        # documents and pending migrations is refused unless ``migrate``: the API
        # serves reads, which must not start a long fill)
        PostgresStore(url, busy_timeout_ms, migrate=migrate).close()
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            kwargs=CONNECT_OPTIONS,
            configure=lambda conn: configure(conn, busy_timeout_ms),
            check=ConnectionPool.check_connection,
            timeout=busy_timeout_ms / 1000,
            open=True,
        )

    @contextmanager
    def store(self) -> Iterator[PostgresStore]:
        """A store over a lent connection, given back when the block ends."""
        from psycopg_pool import PoolTimeout

        try:
            with self.pool.connection() as conn:
                yield PostgresStore.lent(conn, self.path)
        except PoolTimeout as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def close(self) -> None:
        self.pool.close()
