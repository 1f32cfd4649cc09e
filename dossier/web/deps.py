"""What the API routes and the web pages both depend on: the request's store, the
checked date parameters and the entity page's list offsets.

A module of its own so that :mod:`dossier.web.api` (which builds the app and
includes the pages' router) and :mod:`dossier.web.pages` both import it and not
each other: the app factory imports the pages, never the other way round.
"""

from collections.abc import Iterator
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request

from dossier.store import POSTGRESQL_SCHEMES, Store, open_store


def get_store(request: Request) -> Iterator[Store]:
    """A store for this request: a pooled connection for PostgreSQL (opened
    on the first request, see :class:`dossier.store.postgres.PostgresPool`),
    a fresh SQLite connection otherwise (opening a local file costs
    microseconds, and SQLite connections are not shared across threads)."""
    settings = request.app.state.settings
    if settings.db.startswith(POSTGRESQL_SCHEMES):
        with _pool(request.app).store() as store:
            yield store
        return
    # a request never migrates (a fill takes minutes on a large archive): a store
    # behind this code answers 503 naming `dossier migrate` (dossier.store.open_store)
    with open_store(settings.db, settings.busy_timeout_ms, migrate=False) as store:
        yield store


def _pool(app: FastAPI) -> Any:
    """The app's PostgreSQL pool, made once (requests run on several threads)."""
    with app.state.pool_lock:
        if app.state.pool is None:
            from dossier.store.postgres import PostgresPool

            settings = app.state.settings
            app.state.pool = PostgresPool(
                settings.db, settings.busy_timeout_ms, settings.db_pool_size
            )
        return app.state.pool


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
