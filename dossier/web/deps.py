"""What the API routes and the web pages both depend on: the request's store, the
checked date parameters and the entity page's list offsets.

A module of its own so that :mod:`dossier.web.api` (which builds the app and
includes the pages' router) and :mod:`dossier.web.pages` both import it and not
each other: the app factory imports the pages, never the other way round.
"""

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request

from dossier.store import POSTGRESQL_SCHEMES, Store, StoreError, open_store
from dossier.store.migrations import LATEST
from dossier.store.summaries import SUMMARY_VERSION


def get_store(request: Request) -> Iterator[Store]:
    """A store for this request, lent by the app's pool: PostgreSQL connections
    (:class:`dossier.store.postgres.PostgresPool`) or, for a SQLite file, open
    SQLite connections (:class:`SQLitePool`), both made on the first request.
    An in-memory SQLite database gets a fresh connection per request, as before
    (a kept one would carry one request's data into the next)."""
    settings = request.app.state.settings
    if settings.db.startswith(POSTGRESQL_SCHEMES) or _pooled_file(settings.db):
        with _pool(request.app).store() as store:
            yield store
        return
    # a request never migrates (a fill takes minutes on a large archive): a store
    # behind this code answers 503 naming `dossier migrate` (dossier.store.open_store)
    with open_store(settings.db, settings.busy_timeout_ms, migrate=False) as store:
        yield store


def _pooled_file(db: str) -> bool:
    """Whether ``db`` names a SQLite file (not ``:memory:``, not a URI)."""
    path = db.removeprefix("sqlite:///")
    return bool(path) and path != ":memory:" and not path.startswith("file:")


def _pool(app: FastAPI) -> Any:
    """The app's store pool, made once (requests run on several threads)."""
    with app.state.pool_lock:
        if app.state.pool is None:
            settings = app.state.settings
            if settings.db.startswith(POSTGRESQL_SCHEMES):
                from dossier.store.postgres import PostgresPool

                app.state.pool = PostgresPool(
                    settings.db, settings.busy_timeout_ms, settings.db_pool_size
                )
            else:
                app.state.pool = SQLitePool(
                    settings.db, settings.busy_timeout_ms, settings.db_pool_size
                )
        return app.state.pool


class SQLitePool:
    """Open SQLite connections to one file, kept between requests and lent to one
    request at a time.

    Why: a fresh connection per request paid more than opening a file. On the
    100k-document store, ``/graph?depth=2`` took 50 ms of user and 11 ms of
    system CPU on a fresh connection, 47 and 0 on a kept one: a new connection
    maps the database anew (a page fault for every page a read touches, an
    unmap at close) and re-reads the schema. Reads see every commit all the
    same (WAL: each statement reads the latest committed state).

    A kept connection is checked before it is lent again: the file at the path
    must be the one it opened (same device, inode and change time: a file
    replaced or checkpointed is reopened), and its schema and summary tables
    must still be this code's (else a fresh open answers, refusing a store
    behind the code with :class:`StoreBehind` as every read does). A connection
    left inside a transaction, or whose request raised, is closed, not kept.
    At most ``max_idle`` are kept; more requests at once open more, closed after.
    """

    def __init__(self, db: str, busy_timeout_ms: int = 30_000, max_idle: int = 8) -> None:
        self.db = db
        self.path = db.removeprefix("sqlite:///")
        self.busy_timeout_ms = busy_timeout_ms
        self.max_idle = max_idle
        self._idle: list[tuple[Store, tuple[int, int, int]]] = []
        self._lock = threading.Lock()

    def _identity(self) -> tuple[int, int, int] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return found.st_dev, found.st_ino, found.st_ctime_ns

    def _current(self, store: Store) -> bool:
        try:
            return store.schema_state() == (LATEST, SUMMARY_VERSION)
        except StoreError:
            return False
        except sqlite3.Error:
            return False

    def _take(self) -> tuple[Store, tuple[int, int, int] | None]:
        identity = self._identity()
        while True:
            with self._lock:
                kept = self._idle.pop() if self._idle else None
            if kept is None:
                break
            store, opened = kept
            if opened == identity and self._current(store):
                return store, identity
            store.close()
        return open_store(self.db, self.busy_timeout_ms, migrate=False), identity

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A store over a lent connection, kept for the next request when the
        block ends cleanly."""
        store, identity = self._take()
        try:
            yield store
        except BaseException:
            store.close()
            raise
        conn = getattr(store, "conn", None)
        if identity is not None and conn is not None and not conn.in_transaction:
            with self._lock:
                if len(self._idle) < self.max_idle:
                    self._idle.append((store, identity))
                    return
        store.close()

    def close(self) -> None:
        """Close every kept connection (the app's shutdown)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for store, _identity in idle:
            store.close()


StoreDep = Annotated[Store, Depends(get_store)]

_Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="items to skip")]


def entity_offsets(
    events_offset: _Offset = 0,
    claims_by_offset: _Offset = 0,
    claims_about_offset: _Offset = 0,
    disputes_offset: _Offset = 0,
    mentions_offset: _Offset = 0,
) -> dict[str, int]:
    """The entity page pages each of its lists on its own; the JSON route and the HTML
    page take the same five ``*_offset`` parameters, declared here once."""
    return {
        "events": events_offset,
        "claims_by": claims_by_offset,
        "claims_about": claims_about_offset,
        "disputes": disputes_offset,
        "mentions": mentions_offset,
    }


EntityOffsets = Annotated[dict[str, int], Depends(entity_offsets)]

_YEAR, _MONTH = r"[1-9]\d{3}", r"(0[1-9]|1[0-2])"
#: month and day, each month with its own last day (29 February is left to the check)
_MONTH_DAY = (
    r"((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)"
    r"|02-(0[1-9]|1\d|2\d))"
)
#: ``since`` of the alert lists: a date, or an ISO date and time (UTC). The
#: pattern (in the OpenAPI schema too) refuses month 13, 31 April or hour 25;
#: what it cannot see (29 February 2023) :func:`real_time` refuses
SINCE = rf"^{_YEAR}-{_MONTH_DAY}([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(\+00:00|Z)?)?$"


def real_date(value: str | None) -> str | None:
    """A ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` that names a real day or month.

    The shape is checked by the parameter's pattern; dates are then compared
    as strings, so ``2024-13-45`` would silently match nothing (or everything).
    A ValueError here is FastAPI's 422, with the reason."""
    if not value:
        return value
    year, month, day = ([int(p) for p in value.split("-")] + [1, 1])[:3]
    try:
        date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"not a real date: {value!r} ({exc})") from None
    return value


def real_time(value: str | None) -> str | None:
    """A date or ISO date and time (``since``) that exists; see :func:`real_date`."""
    if not value:
        return value
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"not a real date or time: {value!r} ({exc})") from None
    return value


#: a date filter (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``): shape and ranges by
#: pattern, existence (no 29 February 2023) by :func:`real_date`
DATE = rf"^{_YEAR}(-{_MONTH}|-{_MONTH_DAY})?$"
