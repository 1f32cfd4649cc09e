"""Toponym resolution accuracy on public news gold sets (LGL, TR-News), beside a
most-populous-candidate baseline in the same run.

Gold: the corpora of Gritta et al., "A Pragmatic Guide to Geoparsing
Evaluation" (LRE 2019; repository milangritta/Pragmatic-Guide-to-Geoparsing-
Evaluation, GPL-3.0): ``data/Corpora/lgl.xml`` (Local-Global Lexicon, 588 US
local news articles, 5,088 toponyms; Lieberman et al. 2010) and
``data/Corpora/TR-News.xml`` (118 international news articles, 1,319 toponyms;
Kamalloo & Rafiei 2018). Each toponym has its character span and a GeoNames
record (id, coordinates). The data is read in place, never copied into this
repository: pass the XML file(s), or set ``DOSSIER_GEO_GOLD`` to a folder that
holds them (``bench/fetch_geo_gold.sh`` clones the repository where the
network allows; ``../shared/bench-data`` is searched first).

Scored with the gold spans given (resolution only, as the papers do), one
toponym occurrence at a time:

* ``acc@161km`` — the resolved place is the gold record or lies within 161 km
  (100 miles) of the gold coordinates; an unresolved name counts as wrong (the
  standard measure). The id counts because a country's gold point is its
  centroid while the gazetteer places it at its capital;
* ``exact id`` — the same GeoNames id;
* ``answered`` and ``precision@161`` — dossier leaves ambiguous names
  unresolved on purpose; these show what it says when it answers;
* the mean error in km over answered names (0 for the gold record itself).

Rows: ``dossier`` (``geo.resolve_all``: the document's countries, dateline and
place names as context) and ``most populous`` (the largest candidate of the
same gazetteer, no context: the usual baseline). Articles are split by
position: even = development half, odd = held-out half; both are printed.

Usage: ``python bench/geo_eval.py [FILE.xml ...] [--limit N]``
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier import geo

NAMES = ("lgl.xml", "TR-News.xml")
#: where the gold is looked for: the shared bench data, then fetch_geo_gold.sh's default
SEARCH = (
    Path(__file__).resolve().parents[2] / "shared" / "bench-data",
    Path(__file__).resolve().parents[2] / "geo-gold",
)
KM = 161.0


@dataclass(frozen=True)
class Toponym:
    phrase: str
    geonameid: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Article:
    text: str
    toponyms: tuple[Toponym, ...]


def find_gold() -> list[Path]:
    """The gold files: under ``DOSSIER_GEO_GOLD`` or the known places."""
    roots = [Path(os.environ["DOSSIER_GEO_GOLD"])] if "DOSSIER_GEO_GOLD" in os.environ else []
    for root in [*roots, *SEARCH]:
        found = [p for name in NAMES for p in sorted(root.rglob(name))] if root.is_dir() else []
        if found:
            return found
    return []


def read_articles(path: Path) -> Iterator[Article]:
    """Articles with their gold toponyms (those with coordinates)."""
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for top in article.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None:
                continue
            lat, lon = tag.findtext("lat"), tag.findtext("lon")
            phrase = (top.findtext("phrase") or "").strip()
            if not lat or not lon or not phrase:
                continue
            toponyms.append(Toponym(phrase, tag.get("geonameid", ""), float(lat), float(lon)))
        yield Article(text, tuple(toponyms))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


Resolver = Callable[[geo.Gazetteer, Article], dict[str, geo.Place | None]]


def dossier_resolver(gazetteer: geo.Gazetteer, article: Article) -> dict[str, geo.Place | None]:
    names = [t.phrase for t in article.toponyms]
    return {r.name: r.place for r in geo.resolve_all(gazetteer, article.text, names)}


def most_populous(gazetteer: geo.Gazetteer, article: Article) -> dict[str, geo.Place | None]:
    out: dict[str, geo.Place | None] = {}
    for t in article.toponyms:
        found = [p for p in gazetteer.candidates(t.phrase) if p.lat is not None]
        out[t.phrase] = max(found, key=lambda p: p.population or 0) if found else None
    return out


def score(
    gazetteer: geo.Gazetteer, articles: list[Article], resolver: Resolver
) -> dict[str, float]:
    total = hit = exact = answered = 0
    errors: list[float] = []
    for article in articles:
        placed = resolver(gazetteer, article)
        for t in article.toponyms:
            total += 1
            place = placed.get(t.phrase)
            if place is None or place.lat is None or place.lon is None:
                continue
            answered += 1
            error = distance_km(place.lat, place.lon, t.lat, t.lon)
            same = place.gazetteer_id == f"geonames:{t.geonameid}"
            errors.append(0.0 if same else error)
            hit += same or error <= KM
            exact += same
    return {
        "toponyms": total,
        "acc161": hit / total if total else 0.0,
        "exact": exact / total if total else 0.0,
        "answered": answered / total if total else 0.0,
        "prec161": hit / answered if answered else 0.0,
        "mean_km": statistics.fmean(errors) if errors else float("nan"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0: all)")
    args = parser.parse_args()
    files = args.files or find_gold()
    if not files:
        print(
            "geo_eval: no gold found; pass lgl.xml / TR-News.xml or set DOSSIER_GEO_GOLD "
            "(bench/fetch_geo_gold.sh fetches them where the network allows)",
            file=sys.stderr,
        )
        return 0
    gazetteer = geo.load_gazetteer()
    rows = (("dossier", dossier_resolver), ("most populous", most_populous))
    print(
        f"{'corpus':<12} {'half':<9} {'resolver':<14} {'toponyms':>8} {'acc@161':>8} "
        f"{'exact id':>8} {'answered':>8} {'prec@161':>8} {'mean km':>9}"
    )
    for path in files:
        articles = list(read_articles(path))
        if args.limit:
            articles = articles[: args.limit]
        for half, part in (("dev", articles[0::2]), ("held-out", articles[1::2])):
            for name, resolver in rows:
                s = score(gazetteer, part, resolver)
                print(
                    f"{path.stem:<12} {half:<9} {name:<14} {s['toponyms']:>8} "
                    f"{s['acc161']:>8.3f} {s['exact']:>8.3f} {s['answered']:>8.3f} "
                    f"{s['prec161']:>8.3f} {s['mean_km']:>9.1f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
