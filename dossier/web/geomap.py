"""The event map: events drawn where they happened, on an offline base layer.

No tiles and no CDN: an equirectangular SVG with a 30-degree graticule and the
country outlines of Natural Earth 1:110m, vendored from the npm package
world-atlas by ``scripts/vendor-outlines.sh`` at install time (TopoJSON, decoded
here: the format is a list of delta-encoded arcs that rings index into). Where
the file is missing the map falls back to one grey dot per country at its
capital and says so. An event is placed at its *location* entity (where it
happened, not every place mentioned), resolved like any place entity; events
without one are listed apart.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dossier import geo
from dossier.config import MAP_PLACE_VOTERS
from dossier.store.base import EntityRow, Store

WIDTH, HEIGHT = 960, 480
_PALETTE = ("#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
            "#17becf", "#bcbd22", "#7f7f7f")  # fmt: skip


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection into the SVG's box."""
    return round((lon + 180) / 360 * WIDTH, 1), round((90 - lat) / 180 * HEIGHT, 1)


def colour(event_type: str) -> str:
    """A stable colour per PLOVER type (same type, same colour, on every page)."""
    digest = hashlib.sha256(event_type.encode()).digest()
    return _PALETTE[digest[0] % len(_PALETTE)]


def graticule() -> list[tuple[float, float, float, float]]:
    """Lines every 30 degrees of latitude and longitude."""
    lines = []
    for lon in range(-180, 181, 30):
        lines.append((*project(90, lon), *project(-90, lon)))
    for lat in range(-90, 91, 30):
        lines.append((*project(lat, -180), *project(lat, 180)))
    return lines


#: Natural Earth 1:110m countries (TopoJSON), put there by scripts/vendor-outlines.sh
OUTLINES = Path(__file__).parent / "static" / "vendor" / "countries-110m.json"

Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Arcs as (lon, lat) lists: undo the delta encoding and the quantisation."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[Point]], indexes: list[int]) -> list[Point]:
    """One closed ring from arc indexes; ``~i`` (negative) means arc i reversed."""
    points: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    """A geometry's polygons as lists of rings of arc indexes."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def svg_path(rings: list[list[Point]]) -> str:
    """Projected rings as one SVG path (drawn with fill-rule evenodd for holes).

    A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is cut
    where it jumps across the map, so no line streaks across the world; each
    piece then starts and ends on the map's edge, where it closes.
    """
    parts = []
    for points in rings:
        pieces: list[list[Point]] = [[]]
        for i, (lon, lat) in enumerate(points):
            if i and abs(lon - points[i - 1][0]) > 180:
                pieces.append([])
            pieces[-1].append(project(lat, lon))
        if len(pieces) > 1:  # the ring's start lies mid-piece: join its two ends
            pieces[0] = pieces.pop() + pieces[0]
        for piece in pieces:
            parts.append("M" + "L".join(f"{x},{y}" for x, y in piece) + "Z")
    return "".join(parts)


@lru_cache(maxsize=2)
def outlines(path: Path = OUTLINES) -> tuple[tuple[str, str], ...]:
    """(country name, SVG path) for every country of the vendored topology.

    Empty when the file is not there (no npm at install time): the map then
    shows capitals only. Cached: the file is read-only package data.
    """
    if not path.is_file():
        return ()
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings = [ring(arcs, r) for polygon in polygons(geometry) for r in polygon]
        if rings:
            name = (geometry.get("properties") or {}).get("name", "")
            shapes.append((str(name), svg_path(rings)))
    return tuple(shapes)


def base_points() -> list[tuple[float, float, str]]:
    """One dot per country of the gazetteer (at its capital), with its name."""
    gazetteer = geo.load_gazetteer()
    points = []
    for place in gazetteer.countries():
        if place.lat is not None and place.lon is not None:
            points.append((*project(place.lat, place.lon), place.name))
    return points


# -- the map page: places aggregated in SQL, clustered, zoomed to the data -----------
#: the view never zooms in further than this many degrees of longitude
MIN_SPAN = 8.0
#: most places whose events one click lists together
MAX_AT = 60


@dataclass(slots=True)
class Spot:
    """One location entity with a resolved place, and its events by type."""

    entity_id: str
    name: str
    place: geo.Place
    x: float
    y: float
    counts: Counter[str]
    #: the events of every type, summed once: clustering reads it for every
    #: pair of places it compares
    events: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.events = sum(self.counts.values())


#: documents that vote for a place entity without kept votes (a store written
#: before votes were kept, or a name no document voted on): the same number the
#: store's kept points (``entity_places``) were voted with
MAX_VOTERS = MAP_PLACE_VOTERS


def spots(
    store: Store, rows: list[tuple[str, str, int]]
) -> tuple[list[Spot], list[dict[str, Any]]]:
    """Places of the ``(location entity, type, events)`` rows, and the locations
    that could not be placed (name, reason, events), most events first."""
    counts: dict[str, Counter[str]] = {}
    for entity_id, event_type, n in rows:
        counts.setdefault(entity_id, Counter())[event_type] += n
    found, unplaced = [], []
    ids = sorted(counts)
    # the places and their points read for all of them at once: a map shows
    # hundreds of places, and one read each was most of the page's time
    rows, kept = store.entities_by_id(ids), store.entity_places_of(ids)
    resolve = _resolver(store, [i for i in ids if i in rows and i not in kept])
    for entity_id in ids:
        row = rows.get(entity_id)
        if row is None:
            continue
        result = _kept(row.name, kept[row.id]) if row.id in kept else resolve(row)
        place = result.place
        if place is None or place.lat is None or place.lon is None:
            unplaced.append(
                {"id": row.id, "name": row.name, "reason": result.reason,
                 "events": sum(counts[entity_id].values())}
            )  # fmt: skip
            continue
        x, y = project(place.lat, place.lon)
        found.append(Spot(row.id, row.name, place, x, y, counts[entity_id]))
    unplaced.sort(key=lambda u: (-u["events"], u["name"]))
    return found, unplaced


def _kept(name: str, row: dict[str, Any]) -> geo.Resolution:
    """A point the store kept (``entity_places``) as the resolution it was decided from."""
    if not row["place_id"]:
        return geo.Resolution(name, None, row["reason"])
    return geo.Resolution(name, geo.stored_place(row), row["reason"])


def _resolver(store: Store, missing: list[str]) -> Callable[[EntityRow], geo.Resolution]:
    """How the places without a kept point resolve: an entity that is no place says so;
    a place the store kept nothing for (rows written by plain SQL before a rebuild) is
    resolved here as the store would have, from its votes read for all of them at once."""
    places = geo.EntityPlaces(store)  # the gazetteer loads only if a document must vote
    votes = store.place_votes_of(missing) if missing else {}

    def resolve(row: EntityRow) -> geo.Resolution:
        return places.resolve(
            row.id, row.name, row.type, max_documents=MAX_VOTERS, votes=votes.get(row.id, [])
        )

    return resolve


#: the view frames the places holding this share of the events (outliers are
#: counted and one click away, "whole world"), so one stray report from another
#: continent does not zoom the map out to the world
FRAME_SHARE = 0.9


def _quantile(values: list[tuple[float, int]], share: float) -> float:
    """The weighted ``share`` quantile of ``(value, weight)`` pairs."""
    ordered = sorted(values)
    total = sum(w for _, w in ordered)
    seen = 0
    for value, weight in ordered:
        seen += weight
        if seen >= share * total:
            return value
    return ordered[-1][0]


def extent(points: list[Spot], share: float = FRAME_SHARE) -> tuple[float, float, float, float]:
    """The view box (x, y, width, height) framing the places that hold the
    central ``share`` of the events (1.0: all), padded, at the map's aspect
    ratio, never narrower than :data:`MIN_SPAN` degrees; the whole world when
    there is nothing to show."""
    if not points:
        return 0.0, 0.0, float(WIDTH), float(HEIGHT)
    tail = (1 - share) / 2
    xs = [(p.x, p.events) for p in points]
    ys = [(p.y, p.events) for p in points]
    left, right = _quantile(xs, tail), _quantile(xs, 1 - tail) if share < 1 else max(xs)[0]
    top, bottom = _quantile(ys, tail), _quantile(ys, 1 - tail) if share < 1 else max(ys)[0]
    if share >= 1:
        left, top = min(xs)[0], min(ys)[0]
    min_w = MIN_SPAN / 360 * WIDTH
    w = max(right - left, min_w) * 1.3
    h = max(bottom - top, min_w * HEIGHT / WIDTH) * 1.3
    w, h = max(w, h * WIDTH / HEIGHT), max(h, w * HEIGHT / WIDTH)
    w, h = min(w, WIDTH), min(h, HEIGHT)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    x = min(max(cx - w / 2, 0.0), WIDTH - w)
    y = min(max(cy - h / 2, 0.0), HEIGHT - h)
    return round(x, 2), round(y, 2), round(w, 2), round(h, 2)


def inside(spot: Spot, view: tuple[float, float, float, float]) -> bool:
    """Whether a place lies in the view box."""
    x, y, w, h = view
    return x <= spot.x <= x + w and y <= spot.y <= y + h


def circle_px(events: int) -> float:
    """A circle's radius on screen (px at the map's full width) for ``events``:
    logarithmic, so a place with 600 events does not bury its neighbours."""
    return 5 + 3.2 * math.log2(1 + events)


def clusters(points: list[Spot], view: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """Places whose circles would overlap at this zoom merged into one circle:
    greedy, the places with most events first, then clusters that grew into
    each other merged until no two circles overlap. Centre: the event-weighted
    mean; size: :func:`circle_px` of the events; colour: the most frequent type."""
    scale = view[2] / WIDTH  # circles keep their size on screen whatever the zoom
    groups: list[list[Spot]] = []
    centres: list[tuple[float, float, int]] = []  # x, y, events

    def overlap(a: tuple[float, float, int], b: tuple[float, float, int]) -> bool:
        reach = (circle_px(a[2]) + circle_px(b[2]) + 2) * scale
        return math.hypot(a[0] - b[0], a[1] - b[1]) < reach

    def centre(members: list[Spot]) -> tuple[float, float, int]:
        total = sum(m.events for m in members)
        x = sum(m.x * m.events for m in members) / total
        return x, sum(m.y * m.events for m in members) / total, total

    # per group, the running sums of x * events and y * events: a place joining a
    # group adds its terms in the order :func:`centre` would sum them (the same
    # floats), so a big cluster is not re-summed for each place that joins it
    sums: list[tuple[float, float]] = []
    for p in sorted(points, key=lambda p: (-p.events, p.entity_id)):
        mine = (p.x, p.y, p.events)
        home = next((i for i, c in enumerate(centres) if overlap(c, mine)), None)
        if home is None:
            groups.append([p])
            centres.append(mine)
            sums.append((0.0 + p.x * p.events, 0.0 + p.y * p.events))
        else:
            groups[home].append(p)
            sx, sy = sums[home]
            sx, sy = sx + p.x * p.events, sy + p.y * p.events
            sums[home] = (sx, sy)
            total = centres[home][2] + p.events
            centres[home] = (sx / total, sy / total, total)
    merged = True
    while merged:  # a grown circle may now reach another: merge until none overlap
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if overlap(centres[i], centres[j]):
                    groups[i] += groups.pop(j)
                    centres.pop(j)
                    centres[i] = centre(groups[i])
                    merged = True
                    break
            if merged:
                break
    found = []
    for members, (x, y, total) in zip(groups, centres, strict=True):
        types: Counter[str] = Counter()
        for m in members:
            types.update(m.counts)
        top = min(types.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        members.sort(key=lambda m: (-m.events, m.entity_id))
        found.append(
            {
                "x": round(x, 2),
                "y": round(y, 2),
                "r": round(circle_px(total) * scale, 2),
                "label_size": round(10 * scale, 2),
                "events": total,
                "places": members,
                "ids": ",".join(m.entity_id for m in members[:MAX_AT]),
                "colour": colour(top),
                "types": sorted(types.items(), key=lambda kv: (-kv[1], kv[0])),
            }
        )
    found.sort(key=lambda c: (-c["events"], c["ids"]))
    return found


def event_map(
    store: Store,
    entity_id: str | None = None,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    world: bool = False,
) -> dict[str, Any]:
    """What the map page draws: clusters of places in a view zoomed to them
    (``world``: to all of them)."""
    rows = store.event_locations(entity_id, type, date_from, date_to)
    return map_of(store, rows, world)


def map_of(store: Store, rows: list[tuple[str, str, int]], world: bool = False) -> dict[str, Any]:
    """:func:`event_map` of given ``(location entity, type, events)`` rows."""
    placed, unplaced = spots(store, rows)
    view = extent(placed, 1.0 if world else FRAME_SHARE)
    outside = [p for p in placed if not inside(p, view)]
    groups = clusters([p for p in placed if inside(p, view)], view)
    types = sorted({t for p in placed for t in p.counts})
    return {
        "clusters": groups,
        "places": len(placed),
        "events": sum(p.events for p in placed),
        "outside": {"places": len(outside), "events": sum(p.events for p in outside)},
        "unplaced": unplaced,
        "legend": [(t, colour(t)) for t in types],
        "graticule": graticule(),
        "outlines": outlines(),
        "base": [] if outlines() else base_points(),
        "view": view,
        "scale": round(view[2] / WIDTH, 4),
        "width": WIDTH,
        "height": HEIGHT,
    }
