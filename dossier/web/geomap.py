"""The event map: events drawn where they happened, on an offline base layer.

No tiles and no CDN: an equirectangular SVG with a 30-degree graticule and one
grey dot per country (at its capital, from the gazetteer) as the base layer —
no registry package was checked for country outlines, so none are drawn. An
event is placed at its *location* entity (where it happened, not every place
mentioned), resolved like any place entity; events without one are listed apart.
"""

from __future__ import annotations

import hashlib
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
        "base": base_points(),
        "width": WIDTH,
        "height": HEIGHT,
    }
