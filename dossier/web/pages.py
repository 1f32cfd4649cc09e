"""The web UI: server-rendered pages over the same view models as the API.

Jinja2 with autoescaping on for every template; article text reaches a page
either as a plain variable (escaped by Jinja) or through
:mod:`dossier.web.highlight` (escaped piece by piece). Pages carry a strict
Content-Security-Policy (scripts and styles from this server only) as a
second line of defence. No CDN, no build step: the UI works offline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import AfterValidator

from dossier.query import reads as query
from dossier.query import views
from dossier.query.graph import (
    GRAPH_DEFAULT,
    GRAPH_NODES,
    ActorGraph,
    GraphQuery,
    drawing,
    shown_graph,
    to_gexf,
    to_graphml,
)
from dossier.store.base import EntityRow, Store
from dossier.web import highlight
from dossier.web.deps import DATE, SINCE, EntityOffsets, StoreDep, real_date, real_time
from dossier.web.highlight import Fact

TEMPLATES = Path(__file__).parent / "templates"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
PAGE = 50

router = APIRouter(include_in_schema=False)


def _url(path: str, **params: Any) -> str:
    """``path`` with the non-empty ``params`` as a query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links from data become hrefs (no ``javascript:`` URLs)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals.update(
    evidence_href=highlight.evidence_href,
    mark_spans=highlight.mark_spans,
    snippet=highlight.snippet,
    safe_url=_safe_url,
    url=_url,
    modalities=views.MODALITIES,
    related_cap=query.RELATED_CAP,
)
templates = Jinja2Templates(env=_env)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _not_found(request: Request, what: str) -> HTMLResponse:
    return render(request, "not_found.html", status_code=404, what=what)


def _pager(total: int, limit: int, offset: int, path: str, **params: Any) -> dict[str, Any]:
    """Previous/next links for a list page."""
    return {
        "total": total,
        "first": offset + 1 if total else 0,
        "last": min(total, offset + limit),
        "prev": _url(path, **params, offset=max(0, offset - limit)) if offset > 0 else None,
        "next": _url(path, **params, offset=offset + limit) if offset + limit < total else None,
    }


Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]


def _date(value: str) -> str:
    """A from/to filter of a page: empty, or a real date (422 otherwise, as in the API)."""
    if value and not re.fullmatch(DATE, value):
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return real_date(value) or ""


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    summary = query.summary(store, top=12)
    stories = query.story_page(store, 8, 0)["items"]
    return render(request, "home.html", summary=summary, stories=stories)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    offset: Offset = 0,
) -> Response:
    q = q.strip()
    if not q:
        return RedirectResponse("/", status_code=303)
    result = views.search(store, q, PAGE, offset, request.app.state.settings.search_budget_ms)
    pager = _pager(result["total"], PAGE, offset, "/search", q=q)
    return render(request, "search.html", q=q, result=result, pager=pager)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[str, Query(max_length=20)] = "",
    offset: Offset = 0,
) -> HTMLResponse:
    result = views.entity_search(store, q.strip() or None, type or None, PAGE, offset)
    pager = _pager(result["total"], PAGE, offset, "/entities", q=q, type=type)
    types = sorted(store.counts()["entities_by_type"])
    return render(request, "entities.html", result=result, pager=pager, q=q, type=type, types=types)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(
    request: Request,
    store: StoreDep,
    entity_id: str,
    offsets: EntityOffsets,
) -> HTMLResponse:
    row = store.entity(entity_id)
    if row is None:
        return _not_found(request, f"entity {entity_id}")
    data = views.entity_page(store, row, offsets)
    path = f"/entities/{entity_id}"
    # each list pages on its own; the other lists keep their place
    kept = {f"{k}_offset": v for k, v in offsets.items() if v}
    pagers = {}
    for name, key, anchor in (
        ("events", "events", "timeline"),
        ("claims_by", "claims_by", "quotes-by"),
        ("claims_about", "claims_about", "quotes-about"),
        ("disputes", "disputes", "disputes"),
        ("mentions", "mention_list", "mentions"),
    ):
        lst, param = data[key], f"{name}_offset"
        pager = _pager(lst["total"], lst["limit"], lst["offset"], path)
        steps = {"prev": max(0, lst["offset"] - lst["limit"]), "next": lst["offset"] + lst["limit"]}
        for link, to in steps.items():
            if pager[link]:
                pager[link] = _url(path, **{**kept, param: to or None}) + f"#{anchor}"
        pagers[name] = pager
    claims = data["claims_by"]["items"] + data["claims_about"]["items"]
    claims += [s for d in data["disputes"]["items"] for s in d["sides"]]
    ids = {i for e in data["events"]["items"] for i in e["actors"] + e["targets"]}
    ids |= {c[k] for c in claims for k in ("speaker", "subject")}
    return render(
        request,
        "entity.html",
        e=data,
        pagers=pagers,
        sentences=_sentences(data["mention_list"]["items"]),
        names=views.entity_names(store, {i for i in ids if i}),
    )


def _sentences(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mentions grouped by the sentence they are in (one line per sentence)."""
    grouped: dict[tuple[str, int], dict[str, Any]] = {}
    for m in mentions:
        entry = grouped.setdefault(
            (m["document_id"], m["sentence_start"]),
            {**m, "spans": [], "vias": set()},
        )
        offset = m["sentence_start"]
        entry["spans"].append((m["start"] - offset, m["end"] - offset))
        entry["vias"].add(m["via"])
    return list(grouped.values())


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, store: StoreDep, offset: Offset = 0) -> HTMLResponse:
    result = query.story_page(store, PAGE, offset)
    pager = _pager(result["total"], PAGE, offset, "/stories")
    return render(request, "stories.html", result=result, pager=pager)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep, story_id: str) -> HTMLResponse:
    story = query.story_detail(store, story_id)
    if story is None:
        return _not_found(request, f"story {story_id}")
    return render(request, "story.html", story=story)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, store: StoreDep, offset: Offset = 0) -> HTMLResponse:
    result = views.document_list(store, PAGE, offset)
    pager = _pager(result["total"], PAGE, offset, "/documents")
    return render(request, "documents.html", result=result, pager=pager)


def _document_facts(doc: dict[str, Any]) -> list[Fact]:
    facts = [
        Fact(
            m["start"],
            m["end"],
            "mention",
            f"m{m['start']}",
            f"{m['entity_name'] or m['text']} [{m['entity_type'] or m['label']}]",
            f"/entities/{m['entity_id']}" if m["entity_id"] else None,
        )
        for m in doc["mentions"]
    ]
    facts += [
        Fact(e["start"], e["end"], "event", e["event_id"], f"event {e['type']} ({e['modality']})")
        for e in doc["events"]
    ]
    facts += [
        Fact(c["start"], c["end"], "claim", c["claim_id"], f"{c['kind']} claim")
        for c in doc["claims"]
    ]
    return facts


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(
    request: Request,
    store: StoreDep,
    document_id: str,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> HTMLResponse:
    doc = views.document_view(store, document_id)
    if doc is None:
        return _not_found(request, f"document {document_id}")
    span = highlight.clamp_span(start, end, len(doc["text"]))
    body = highlight.render(doc["text"], _document_facts(doc), span)
    ids = {a["entity_id"] for e in doc["events"] for a in e["args"]}
    ids |= {(c["speaker"] or {}).get("entity_id") for c in doc["claims"]}
    ids |= {(c["subject"] or {}).get("entity_id") for c in doc["claims"]}
    by_entity: dict[str, dict[str, Any]] = {}
    for m in doc["mentions"]:
        if m["entity_id"]:
            entry = by_entity.setdefault(
                m["entity_id"],
                {"id": m["entity_id"], "name": m["entity_name"], "type": m["entity_type"], "n": 0},
            )
            entry["n"] += 1
    entities = sorted(by_entity.values(), key=lambda e: (-e["n"], e["name"] or ""))
    return render(
        request,
        "document.html",
        doc=doc,
        body=body,
        span=span,
        entities=entities,
        names=views.entity_names(store, {i for i in ids if i}),
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    store: StoreDep,
    entity: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[str, Query(max_length=40)] = "",
    date_from: Annotated[str, Query(alias="from", max_length=10), AfterValidator(_date)] = "",
    date_to: Annotated[str, Query(alias="to", max_length=10), AfterValidator(_date)] = "",
    modality: Annotated[str, Query(max_length=20)] = "",
    offset: Offset = 0,
) -> HTMLResponse:
    name = entity.strip()
    row = views.resolve_entity(store, name) if name else None
    missing = bool(name) and row is None
    result = (
        views.page([], PAGE, offset)
        if missing
        else query.event_page(
            store,
            entity=row.id if row else None,
            limit=PAGE,
            offset=offset,
            date_from=date_from or None,
            date_to=date_to or None,
            type=type or None,
            modality=modality if modality in views.MODALITIES else None,
        )
    )
    filters = {"entity": entity, "type": type, "from": date_from, "to": date_to}
    pager = _pager(result["total"], PAGE, offset, "/timeline", **filters, modality=modality)
    ids = {i for e in result["items"] for i in e["actors"] + e["targets"]}
    return render(
        request,
        "timeline.html",
        result=result,
        pager=pager,
        filters={**filters, "modality": modality},
        entity_row=row,
        missing=missing,
        types=views.event_types(store),
        names=views.entity_names(store, ids),
    )


def _entity_filter(store: Store, entity: str) -> tuple[EntityRow | None, bool]:
    """The entity a filter names (None when empty), and whether a named one is unknown."""
    name = entity.strip()
    row = views.resolve_entity(store, name) if name else None
    return row, bool(name) and row is None


#: a from/to filter: empty, or a real date (422 otherwise)
DateParam = Annotated[str, Query(max_length=10), AfterValidator(_date)]


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request,
    store: StoreDep,
    entity: Annotated[str, Query(max_length=200)] = "",
    type: Annotated[str, Query(max_length=40)] = "",
    date_from: Annotated[DateParam, Query(alias="from")] = "",
    date_to: Annotated[DateParam, Query(alias="to")] = "",
    at: Annotated[str, Query(max_length=4000)] = "",
    world: bool = False,
    offset: Offset = 0,
) -> HTMLResponse:
    """Events where they happened: places clustered in a view zoomed to the
    data; ``at`` (location entity ids) lists the events behind one point."""
    from dossier.web import geomap

    row, missing = _entity_filter(store, entity)
    filters = {"entity": entity, "type": type, "from": date_from, "to": date_to}
    filters_world = {**filters, "world": "1" if world else ""}
    chosen = dict(
        entity_id=row.id if row else None,
        type=type.upper() or None,
        date_from=date_from or None,
        date_to=date_to or None,
    )
    m = geomap.event_map(store, **chosen, world=world) if not missing else geomap.map_of(store, [])
    locations = [i for i in at.split(",") if i][: geomap.MAX_AT]
    listed = None
    if locations and not missing:
        listed = query.events_at(
            store,
            locations,
            PAGE_EVENTS,
            offset,
            entity=chosen["entity_id"],
            type=chosen["type"],
            date_from=chosen["date_from"],
            date_to=chosen["date_to"],
        )
        listed["pager"] = _pager(
            listed["total"], PAGE_EVENTS, offset, "/map", **filters_world, at=",".join(locations)
        )
        listed["places"] = views.entity_names(store, set(locations))
    names = views.entity_names(
        store, {i for e in (listed or {}).get("items", []) for i in e["actors"] + e["targets"]}
    )
    return render(
        request,
        "map.html",
        m=m,
        filters=filters_world,
        missing=missing,
        types=views.event_types(store),
        listed=listed,
        names=names,
    )


#: events listed under the map for one point
PAGE_EVENTS = 20


Depth = Annotated[int, Query(ge=1, le=2)]
MinStories = Annotated[int, Query(ge=1, le=1000)]
Nodes = Annotated[int, Query(ge=2, le=GRAPH_NODES)]


def _graph_params(
    store: StoreDep,
    entity: Annotated[str, Query(max_length=200)] = "",
    depth: Depth = 1,
    date_from: Annotated[DateParam, Query(alias="from")] = "",
    date_to: Annotated[DateParam, Query(alias="to")] = "",
    type: Annotated[str, Query(max_length=40)] = "",
    min_stories: MinStories = 1,
    limit: Nodes = GRAPH_DEFAULT,
) -> tuple[GraphQuery | None, dict[str, Any]]:
    """The graph the page and its export ask for, one set of parameters for both
    (None: the named entity is unknown), and the filters to show back."""
    row, missing = _entity_filter(store, entity)
    filters = {
        "entity": entity,
        "depth": depth,
        "from": date_from,
        "to": date_to,
        "type": type,
        "min_stories": min_stories,
        "limit": limit,
    }
    if missing:
        return None, filters
    q = GraphQuery(
        entity=row.id if row else None,
        depth=depth,
        date_from=date_from or None,
        date_to=date_to or None,
        type=type or None,
        min_stories=min_stories,
        limit=limit,
    )
    return q, filters


GraphParams = Annotated[tuple[GraphQuery | None, dict[str, Any]], Depends(_graph_params)]


@router.get("/graph", response_class=HTMLResponse)
def graph_page(request: Request, store: StoreDep, chosen: GraphParams) -> HTMLResponse:
    """An entity's ego network (by default the entity in most events)."""
    q, filters = chosen
    graph = shown_graph(store, q) if q else ActorGraph({}, [])
    params = {k: v for k, v in filters.items() if v not in ("", None)}
    if graph.ego and not filters["entity"]:
        params["entity"] = graph.ego
    return render(
        request,
        "graph.html",
        graph=graph,
        svg=drawing(graph),
        filters=filters,
        missing=q is None,
        types=views.event_types(store),
        folded_names=views.entity_names(store, set(graph.folded)),
        exports={f: _url("/graph/export", **params, format=f) for f in ("graphml", "gexf", "json")},
    )


@router.get("/graph/export")
def graph_export(
    store: StoreDep,
    chosen: GraphParams,
    format: Annotated[str, Query(pattern="^(graphml|gexf|json)$")] = "graphml",
) -> Response:
    """Exactly the graph the page shows (same parameters), with its layout."""
    q, _filters = chosen
    graph = shown_graph(store, q) if q else ActorGraph({}, [])
    if format == "json":
        return JSONResponse(graph.as_dict())
    name = f"dossier-graph.{format}"
    body = to_graphml(graph) if format == "graphml" else to_gexf(graph)
    return Response(
        body,
        media_type="application/xml",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/changes", response_class=HTMLResponse)
def changes_page(
    request: Request,
    store: StoreDep,
    since: Annotated[str | None, Query(pattern=SINCE), AfterValidator(real_time)] = None,
    offset: Offset = 0,
) -> HTMLResponse:
    """What changed about watched entities, each line linked to its source span."""
    result = views.alert_page(store, since, PAGE, offset)
    pager = _pager(result["total"], PAGE, offset, "/changes", since=since)
    watches = store.watches()
    return render(request, "changes.html", result=result, pager=pager, watches=watches)
