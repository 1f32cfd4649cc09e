#!/usr/bin/env python3
"""Places: toponym-resolution accuracy of :mod:`dossier.geo` on a gold set.

The public gold sets (LGL, GeoWebNews, TR-News) are not in ``../shared/bench-data`` and no
registry package ships them, so the gold file is a path argument; without it the script says so
and exits with status 2. Format: JSON lines, one document each::

    {"text": "...", "toponyms": [{"name": "Punjab", "lat": 31.0, "lon": 72.5}, ...]}

Each toponym is resolved in its document's context (every gold name of that document, and the
text's dateline). Reported: how many resolved, accuracy within 161 km (100 miles, the usual
toponym-resolution threshold) over all gold toponyms, and the median error of those resolved.
Places resolved to a record without coordinates count as unresolved.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from pathlib import Path

from dossier.geo import load_gazetteer, resolve_all

ACCURACY_KM = 161.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def evaluate(path: Path) -> dict[str, float]:
    """Score every gold toponym in the file."""
    gazetteer = load_gazetteer()
    total = resolved = close = 0
    errors: list[float] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        document = json.loads(line)
        gold = document["toponyms"]
        results = {
            r.name: r for r in resolve_all(gazetteer, document["text"], [g["name"] for g in gold])
        }
        for toponym in gold:
            total += 1
            place = results[toponym["name"]].place
            if place is None or place.lat is None or place.lon is None:
                continue
            resolved += 1
            error = distance_km(place.lat, place.lon, toponym["lat"], toponym["lon"])
            errors.append(error)
            close += error <= ACCURACY_KM
    return {
        "toponyms": total,
        "resolved": resolved,
        "accuracy_161km": close / total if total else 0.0,
        "median_error_km": statistics.median(errors) if errors else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, help="gold JSON lines (see module doc)")
    args = parser.parse_args(argv)
    if args.gold is None or not args.gold.exists():
        print(
            "no gold set: pass a JSON-lines file (LGL, GeoWebNews or TR-News converted to the "
            "format in this script's docstring); none is available offline here",
            file=sys.stderr,
        )
        return 2
    print(json.dumps(evaluate(args.gold), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
