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
from functools import lru_cache
from pathlib import Path
from typing import Any

from dossier import geo
from dossier.store.base import Store

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


def event_points(store: Store, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Events with a resolved location as points; the others apart, with the reason."""
    places = geo.EntityPlaces(store)
    resolved: dict[str, geo.Resolution] = {}
    points, unplaced = [], []
    for event in events:
        location = event["location"]
        row = store.entity(location) if location else None
        if row is None:
            unplaced.append({"event": event, "reason": "no location"})
            continue
        if row.id not in resolved:
            resolved[row.id] = places.resolve(row.id, row.name, row.type)
        place = resolved[row.id].place
        if place is None or place.lat is None or place.lon is None:
            unplaced.append({"event": event, "reason": resolved[row.id].reason})
            continue
        x, y = project(place.lat, place.lon)
        points.append(
            {"event": event, "x": x, "y": y, "place": place, "colour": colour(event["type"])}
        )
    types = sorted({p["event"]["type"] for p in points})
    return {
        "points": points,
        "unplaced": unplaced,
        "legend": [(t, colour(t)) for t in types],
        "graticule": graticule(),
        "outlines": outlines(),
        "base": [] if outlines() else base_points(),
        "width": WIDTH,
        "height": HEIGHT,
    }
