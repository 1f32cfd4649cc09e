"""REST API and web UI of a knowledge base: ``create_app(settings)``.

Thin over :mod:`dossier.query.reads` (through the view models in
:mod:`dossier.query.views`): every endpoint returns what the query layer
returns, paged. Design choices, and why:

* **One store connection per request, lent by a pool** (:func:`dossier.web.deps.get_store`,
  ``db_pool_size`` connections kept, opened on the first request): for PostgreSQL a new
  server connection per request cost more than most reads; for a SQLite file a new
  connection maps the database anew and unmaps it at close (11 ms of system CPU for
  ``/graph?depth=2`` on a 100k-document store). Each connection serves one request
  at a time; an in-memory SQLite database still gets one per request.
* **Reads are open, writes need a bearer token** (``DOSSIER_TOKEN``, read
  when the app is created). Without a token set the server refuses every
  write with 403: a UI reachable on a network must not let anyone ingest.
* **Paging everywhere** (``limit``, ``offset``, ``total``) over lists that are
  sorted the same way on every call, so pages never overlap or skip.
* **Uploads are size-limited** (``max_upload_bytes``, 413 above it) before
  the body is read, and ingested in a background job (``/api/jobs/{id}``).
* **Offline**: ``/docs`` serves Swagger UI from the ``fastapi-offline``
  package's bundled files, not from a CDN.
* **Hostile clients** (see the README's security section): a ``Host:`` that is
  not this machine's or an allowed name gets 400 (a page on another site that
  rebinds its DNS name to 127.0.0.1 cannot read the API); a write without the
  token is refused before its body is read; dates in query parameters are
  parsed, not compared as strings, and an impossible one is 422.
"""

import re
import secrets
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dossier import __version__ as _version
from dossier.config import Settings, load_settings
from dossier.ingest.files import SUPPORTED
from dossier.query import reads as query
from dossier.query import views
from dossier.query.graph import GRAPH_DEFAULT, GRAPH_NODES, GraphQuery, actor_graph, shown_graph
from dossier.records import MODALITIES
from dossier.store import Store, StoreError, open_store
from dossier.web.deps import DATE, SINCE, EntityOffsets, StoreDep, real_date, real_time
from dossier.web.jobs import IngestJobs
from dossier.web.pages import router as pages

STATIC = Path(__file__).parent / "static"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


# -- models (the documented shapes; items stay open to what the query layer adds)
class Error(BaseModel):
    detail: str


class Page(BaseModel):
    """A page of a sorted list."""

    model_config = ConfigDict(extra="allow")
    total: int = Field(description="items in the whole list")
    limit: int
    offset: int
    items: list[dict[str, Any]]


class SearchPage(Page):
    query: str
    entities: list[dict[str, Any]] = Field(description="entities the query names, best first")
    capped: bool = Field(description="true when total stopped at the search cap")


class JobStatus(BaseModel):
    id: str
    files: list[str]
    status: str = Field(description="queued | running | done | failed")
    created_at: str
    started_at: str | None
    finished_at: str | None
    files_total: int
    files_done: int
    documents_added: int
    documents_skipped: int
    errors: list[dict[str, str]]
    detail: str | None


class JobCreated(BaseModel):
    job_id: str
    status: str
    url: str


class ExportFormat(StrEnum):
    json = "json"
    graphml = "graphml"
    ftm = "ftm"


#: the timeline filter's choices, from the one list (``dossier.records.MODALITIES``)
Modality = StrEnum("Modality", [(m, m) for m in MODALITIES])


# -- plumbing -------------------------------------------------------------------
_bearer = HTTPBearer(auto_error=False, description="the server's DOSSIER_TOKEN")


def token_problem(token: str, given: str) -> str | None:
    """Why a write with bearer token ``given`` is refused, or None (the one check,
    shared by :func:`require_token` and :class:`UploadLimit`)."""
    if not token:
        return "writes are disabled on this server: start it with DOSSIER_TOKEN set"
    if not secrets.compare_digest(given.encode(), token.encode()):
        return "a valid token is required for writes: Authorization: Bearer <DOSSIER_TOKEN>"
    return None


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes need ``Authorization: Bearer <DOSSIER_TOKEN>``; none without a token set."""
    given = credentials.credentials if credentials else ""
    problem = token_problem(request.app.state.settings.token, given)
    if problem:
        raise HTTPException(403, problem)


def _bearer_of(header: bytes) -> str:
    """The token of an ``Authorization: Bearer <token>`` header value, else ""."""
    scheme, _, credentials = header.decode("latin-1").strip().partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" else ""


def allowed_hosts(settings: Settings) -> list[str]:
    """``Host:`` names the server answers to: this machine's loopback names, the
    host it was started on (unless that is "all interfaces"), and
    ``allowed_hosts`` (comma-separated; "*" turns the check off)."""
    hosts = ["127.0.0.1", "localhost", "[::1]"]
    extra = [h.strip().lower() for h in settings.allowed_hosts.split(",") if h.strip()]
    configured = settings.host.strip().lower()
    if configured and configured not in {"0.0.0.0", "::", "[::]"}:
        extra.append(f"[{configured}]" if ":" in configured else configured)
    for host in extra:
        if host not in hosts:
            hosts.append(host)
    return hosts


class UploadLimit:
    """403 for an API write without the token, 413 for a POST body over
    ``max_bytes`` (by Content-Length or while streaming).

    Both are checked before the multipart parser reads or spools anything: a
    dependency (``require_token``) would run only after FastAPI had read and
    parsed the whole form. A body without Content-Length (chunked) is counted
    as it arrives.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, token: str = "") -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.token = token

    def _message(self, size: int | None) -> str:
        got = f"{size} bytes" if size is not None else "more"
        return (
            f"upload too large: {got} > limit {self.max_bytes} bytes "
            "(setting max_upload_bytes, DOSSIER_MAX_UPLOAD_BYTES)"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"POST", "PUT", "PATCH"}:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if scope["path"].startswith("/api/"):
            # every API write needs the token: refused here, before FastAPI reads
            # and parses (up to max_upload_bytes of) the body of an unknown client
            problem = token_problem(self.token, _bearer_of(headers.get(b"authorization", b"")))
            if problem:
                await JSONResponse({"detail": problem}, status_code=403)(scope, receive, send)
                return
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            response = JSONResponse({"detail": self._message(int(length))}, status_code=413)
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, self._message(None))
            return message

        await self.app(scope, counted, send)


Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="items to skip")]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Error}}


def _entity_or_404(store: Store, value: str) -> str:
    row = views.resolve_entity(store, value)
    if row is None:
        raise HTTPException(404, f"no entity matches {value!r}")
    return row.id


# -- the app --------------------------------------------------------------------
def settle_heap() -> None:
    """Load the place gazetteer, then move every object alive so far out of the
    cyclic collector's sight (``gc.freeze``).

    Why: the gazetteer is some 190,000 objects kept, read-only, for the life of
    the process, and a full collection walks every tracked object: about 80 ms
    of CPU, spent inside whichever request happens to trigger it (the spikes of
    the pages' p95 on a 100k-document store). Frozen objects are still freed
    when their last reference goes; only cycles among them would not be, and a
    collection first clears the cycles already garbage.
    """
    import gc

    from dossier import geo

    geo.load_gazetteer()
    gc.collect()
    gc.freeze()


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API (``/api/...``, documented at ``/docs``) and the web UI (``/``)."""
    settings = settings or load_settings()
    settle_heap()
    jobs = IngestJobs(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.shutdown()
        if app.state.pool is not None:
            app.state.pool.close()

    app = FastAPI(
        title="dossier",
        version=_version,
        description="A sourced knowledge base from news articles: every fact points to the "
        "sentence it came from. Reads are open; writes need `Authorization: Bearer "
        "<DOSSIER_TOKEN>`.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.jobs = jobs
    app.state.pool = None  # store connections (deps.get_store), made on the first request
    app.state.pool_lock = threading.Lock()
    app.add_middleware(UploadLimit, max_bytes=settings.max_upload_bytes, token=settings.token)
    # added last, so outermost: a request for a foreign Host: is answered 400 first
    app.add_middleware(
        TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings), www_redirect=False
    )
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    docs_assets = resources.files("fastapi_offline") / "static"
    app.mount("/docs-static", StaticFiles(directory=str(docs_assets)), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="dossier API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon.png",
        )

    @app.exception_handler(StoreError)
    def store_unavailable(request: Request, exc: StoreError) -> JSONResponse:
        # a locked, missing or unreadable database: say so instead of a bare 500
        return JSONResponse({"detail": str(exc)}, status_code=503)

    _add_read_routes(app)
    _add_write_routes(app, jobs)
    app.include_router(pages)
    return app


def _add_read_routes(app: FastAPI) -> None:
    # evaluated here (no postponed annotations in this module): the largest
    # page is a setting
    Limit = Annotated[
        int, Query(ge=1, le=app.state.settings.max_page_size, description="page size")
    ]

    @app.get("/api/summary", tags=["knowledge base"])
    def summary(store: StoreDep) -> dict[str, Any]:
        """Counts by kind and the most-reported entities."""
        return query.summary(store)

    @app.get("/api/documents", tags=["documents"], response_model=Page)
    def documents(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Documents (no text), sorted by source, version, segment, id."""
        return views.document_list(store, limit, offset)

    @app.get("/api/documents/{document_id}", tags=["documents"], responses=_NOT_FOUND)
    def document(store: StoreDep, document_id: str) -> dict[str, Any]:
        """Cleaned text, removed parts, and every mention, event and claim with its span."""
        found = views.document_view(store, document_id)
        if found is None:
            raise HTTPException(404, f"no document {document_id!r}")
        return found

    @app.get("/api/stories", tags=["stories"], response_model=Page)
    def stories(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stories (near-duplicate clusters), largest first (ties by id)."""
        return query.story_page(store, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["stories"], responses=_NOT_FOUND)
    def story(store: StoreDep, story_id: str) -> dict[str, Any]:
        """A story's versions side by side: what each says that the others do not."""
        found = query.story_detail(store, story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return found

    @app.get("/api/entities", tags=["entities"], response_model=Page)
    def entities(
        store: StoreDep,
        q: Annotated[str | None, Query(max_length=200, description="a name")] = None,
        type: Annotated[str | None, Query(max_length=20, description="PERSON, ORG…")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Entities by evidence (documents, mentions); with ``q``, those the name means."""
        return views.entity_search(store, q, type, limit, offset)

    @app.get("/api/entities/{entity_id}", tags=["entities"], responses=_NOT_FOUND)
    def entity(
        store: StoreDep,
        entity_id: str,
        offsets: EntityOffsets,
    ) -> JSONResponse:
        """Profile, reference links, and one page each of its timeline (newest
        first), claims by and about it, disputes and mentions; ``*_offset``
        pages a list."""
        row = store.entity(entity_id)
        if row is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        # plain JSON data already: skip FastAPI's per-value encoder, which costs
        # more than reading the page for a large entity
        return JSONResponse(views.entity_page(store, row, offsets))

    @app.get("/api/events", tags=["events"], response_model=Page, responses=_NOT_FOUND)
    def events(
        store: StoreDep,
        entity: Annotated[str | None, Query(max_length=200, description="id or name")] = None,
        type: Annotated[str | None, Query(max_length=40, description="e.g. ASSAULT")] = None,
        date_from: Annotated[
            str | None, Query(alias="from", pattern=DATE), AfterValidator(real_date)
        ] = None,
        date_to: Annotated[
            str | None, Query(alias="to", pattern=DATE), AfterValidator(real_date)
        ] = None,
        modality: Modality | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events in date order (undated last), filtered."""
        return query.event_page(
            store,
            entity=_entity_or_404(store, entity) if entity else None,
            limit=limit,
            offset=offset,
            date_from=date_from,
            date_to=date_to,
            type=type,
            modality=modality.value if modality else None,
        )

    @app.get("/api/claims", tags=["claims"], response_model=Page, responses=_NOT_FOUND)
    def claims(
        store: StoreDep,
        entity: Annotated[str | None, Query(max_length=200, description="id or name")] = None,
        contradictions_only: bool = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Quotes, paraphrases and figures, with what contradicts or corroborates them
        (at most 20 ids each); by claim id, or for an entity in ingest order."""
        return query.claim_page(
            store,
            limit,
            offset,
            entity=_entity_or_404(store, entity) if entity else None,
            contradictions_only=contradictions_only,
        )

    @app.get("/api/disputes", tags=["claims"], response_model=Page, responses=_NOT_FOUND)
    def disputes(
        store: StoreDep,
        entity: Annotated[str | None, Query(max_length=200, description="id or name")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Pairs of contradicting claims, both sides with their sources (total capped at 1,000)."""
        entity_id = _entity_or_404(store, entity) if entity else None
        return query.dispute_page(store, limit, offset, entity=entity_id)

    @app.get("/api/search", tags=["search"], response_model=SearchPage)
    def search(
        request: Request,
        store: StoreDep,
        q: Annotated[str, Query(min_length=1, max_length=500)],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Ranked full-text hits with snippets, and the entities the query names.
        At most 16 distinct terms count; a search over its time budget is 503."""
        budget = request.app.state.settings.search_budget_ms
        return views.search(store, q, limit, offset, budget)

    @app.get("/api/graph", tags=["events"], responses=_NOT_FOUND)
    def graph(
        store: StoreDep,
        entity: Annotated[
            str | None, Query(max_length=200, description="id or name; default: in most events")
        ] = None,
        depth: Annotated[int, Query(ge=1, le=2)] = 1,
        date_from: Annotated[date | None, Query(alias="from")] = None,
        date_to: Annotated[date | None, Query(alias="to")] = None,
        type: Annotated[str | None, Query(max_length=40, description="PLOVER type")] = None,
        min_stories: Annotated[int, Query(ge=1, le=1000)] = 1,
        limit: Annotated[int, Query(ge=2, le=GRAPH_NODES)] = GRAPH_DEFAULT,
        whole: Annotated[
            bool, Query(description="every actor of the knowledge base, no layout")
        ] = False,
    ) -> dict[str, Any]:
        """The ego graph ``/graph`` shows for the same parameters, with its layout
        (``x``/``y``): who acted on whom, edge weight = evidence sentences.
        ``whole=true``: the whole actor graph instead (costs the whole knowledge base)."""
        if whole:
            return actor_graph(store).as_dict()
        q = GraphQuery(
            entity=_entity_or_404(store, entity) if entity else None,
            depth=depth,
            date_from=date_from.isoformat() if date_from else None,
            date_to=date_to.isoformat() if date_to else None,
            type=type or None,
            min_stories=min_stories,
            limit=limit,
        )
        return shown_graph(store, q).as_dict()

    @app.get(
        "/api/export",
        tags=["knowledge base"],
        responses={
            200: {
                "content": {
                    "application/json": {},
                    "application/xml": {},
                    "application/x-ndjson": {},
                },
                "description": "json: the export contract; graphml: the actor graph; "
                "ftm: followthemoney entities, one JSON object a line",
            }
        },
    )
    def export(
        request: Request, store: StoreDep, format: ExportFormat = ExportFormat.json
    ) -> Response:
        """The whole knowledge base (``json`` is the export contract); every format
        streams (graphml: the events read a page at a time, a node or an edge at a
        time written)."""
        media = {
            ExportFormat.json: "application/json",
            ExportFormat.graphml: "application/xml",
        }.get(format, "application/x-ndjson")
        return StreamingResponse(_export_stream(request, format), media_type=media)

    @app.get("/api/alerts", tags=["watch"], response_model=Page)
    def alerts(
        store: StoreDep,
        since: Annotated[
            str | None,
            Query(pattern=SINCE, description="date or ISO time"),
            AfterValidator(real_time),
        ] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Alerts about watched entities (new contradictions, corroborations, events,
        claims, names), oldest first; each with the spans it was read in."""
        return views.alert_page(store, since, limit, offset)

    @app.get("/api/jobs/{job_id}", tags=["ingest"], response_model=JobStatus, responses=_NOT_FOUND)
    def job(request: Request, job_id: str) -> dict[str, Any]:
        """Progress, result and per-file errors of an ingest job."""
        found = request.app.state.jobs.get(job_id)
        if found is None:
            raise HTTPException(404, f"no job {job_id!r}")
        return found


def _export_stream(request: Request, format: ExportFormat) -> Iterator[str]:
    """The JSON export or the GraphML in pieces, or the followthemoney lines one by one, over
    a store connection of its own (the request's may be closed before the
    body is sent)."""
    from dossier.query import export as exporter

    settings = request.app.state.settings
    with open_store(settings.db, settings.busy_timeout_ms, migrate=False) as store:
        if format is ExportFormat.json:
            yield from exporter.iter_export_json(store)
        elif format is ExportFormat.graphml:
            yield from exporter.iter_graphml(store)
        else:
            yield from (line + "\n" for line in exporter.ftm_lines(store))


def _add_write_routes(app: FastAPI, jobs: IngestJobs) -> None:
    @app.post(
        "/api/ingest",
        tags=["ingest"],
        status_code=202,
        response_model=JobCreated,
        dependencies=[Depends(require_token)],
        responses={
            400: {"model": Error},
            403: {"model": Error, "description": "no or wrong token, or writes disabled"},
            413: {"model": Error, "description": "upload over max_upload_bytes"},
        },
    )
    def ingest(
        files: Annotated[list[UploadFile], File(description=".txt, .html, .htm or .jsonl files")],
    ) -> dict[str, Any]:
        """Ingest uploaded files in the background; poll the returned job."""
        workdir = Path(tempfile.mkdtemp(prefix="dossier-upload-"))
        folder = workdir / "upload"
        folder.mkdir()
        names: list[str] = []
        try:
            for number, upload in enumerate(files):
                name = _SAFE_NAME.sub("_", Path(upload.filename or "").name).lstrip(".")
                suffix = Path(name).suffix.lower()
                if suffix not in SUPPORTED:
                    raise HTTPException(
                        400,
                        f"unsupported file type {upload.filename!r}: use "
                        + ", ".join(sorted(SUPPORTED)),
                    )
                if name in names:
                    name = f"{Path(name).stem}-{number}{suffix}"
                with (folder / name).open("wb") as out:
                    shutil.copyfileobj(upload.file, out)
                names.append(name)
        except BaseException:
            shutil.rmtree(workdir, ignore_errors=True)
            raise
        job = jobs.submit(folder, workdir, names)
        return {"job_id": job.id, "status": job.status, "url": f"/api/jobs/{job.id}"}
