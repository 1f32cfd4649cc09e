"""The actor graph: who acted on whom, weighted by how much evidence says so.

An edge ``A -> B`` exists because at least one event names A as an actor and
B as a target; its weight is the number of evidence sentences behind those
events (repeats of a wire story count), and it keeps how many distinct
stories back it, so an analyst can tell volume from independence.

Two graphs are built here:

* :func:`ego_graph` — what the web page shows: one entity and its strongest
  links (depth 1, or depth 2: the neighbours' strongest links too), filtered
  by time window, event type and minimum independent stories. It reads only
  the events of the entities it shows (``event_entities``), so it costs the
  same on a store of five articles or a hundred thousand.
* :func:`actor_graph` — every actor, for the whole-knowledge-base export.

In both, a people's name is folded into its country as actor or target
("Israeli strikes" -> Israel, :class:`DemonymFold`): the mention keeps its
text, but "Israel -> Iran" and "Israeli -> Iranian" are one link, not four.

The layout is computed here, server-side (numpy): a seeded
Fruchterman-Reingold from a radial start (the ego in the centre), then each
node's circle-and-label box is placed where it overlaps no other
(:func:`layout`).
The page needs no JavaScript library, and the same graph always renders the
same way.
"""

from __future__ import annotations

import math
import random
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from dossier import geo
from dossier.store.base import Store

#: entity types a people's name or a country can have
_FOLDABLE = frozenset({"NORP", "GPE"})
#: most NORP and GPE entities (each, by mentions) considered for folding: bounds
#: the cost per request; a country or people named less often than the 300th
#: place of an archive is left as it is
FOLD_CANDIDATES = 300
#: most events read for the ego (newest first), and for each neighbour at depth 2: an ego network
#: of the recent past unless a time window is chosen
EVENT_CAP = 1000
NEIGHBOUR_EVENT_CAP = 200
#: depth 2: the strongest neighbours whose own links are read, and links kept per each
SECOND_RING = 6
SECOND_LINKS = 4
#: the graph page (and ``/api/graph``) shows at most this many actors, by default GRAPH_DEFAULT
GRAPH_NODES = 60
GRAPH_DEFAULT = 25
#: events read per page by the whole-knowledge-base graph (:func:`actor_graph`)
EVENT_PAGE = 2000
#: label font size (px) the layout reserves room for (style.css uses the same)
LABEL_PX = 12
#: labels longer than this are cut with an ellipsis (the full name is in the tooltip)
LABEL_CHARS = 26


@dataclass(slots=True)
class Node:
    """An entity that acts or is acted upon in at least one event."""

    id: str
    name: str
    type: str
    weight: int = 0  # evidence sentences of the shown links it takes part in
    x: float = 0.0
    y: float = 0.0
    ring: int = 1  # 0: the ego; 1, 2: its depth
    label_shown: bool = True


@dataclass(slots=True)
class Edge:
    """``source`` acted on ``target``; ``weight`` evidence sentences say so."""

    source: str
    target: str
    weight: int = 0
    types: Counter[str] = field(default_factory=Counter)
    events: list[str] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)


@dataclass(slots=True)
class ActorGraph:
    nodes: dict[str, Node]
    edges: list[Edge]
    ego: str | None = None
    #: folded entity id -> the country entity it was folded into
    folded: dict[str, str] = field(default_factory=dict)
    #: ego graphs: the ego's events read, and whether that stopped at EVENT_CAP
    events: int = 0
    capped: bool = False
    #: the drawing's box after :func:`layout`: (min x, min y, width, height)
    box: tuple[float, float, float, float] = (0.0, 0.0, 960.0, 640.0)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the API's ``/api/graph``)."""
        return {
            "ego": self.ego,
            "nodes": [
                {
                    "id": n.id,
                    "name": n.name,
                    "type": n.type,
                    "weight": n.weight,
                    "x": n.x,
                    "y": n.y,
                }
                for n in sorted(self.nodes.values(), key=lambda n: n.id)
            ],
            "edges": [
                {
                    "source": e.source,
                    "target": e.target,
                    "weight": e.weight,
                    "types": dict(sorted(e.types.items())),
                    "events": e.events,
                    "stories": len(e.stories),
                }
                for e in self.edges
            ],
            "folded": dict(sorted(self.folded.items())),
        }


@dataclass(frozen=True, slots=True)
class GraphQuery:
    """What the graph page asks for. ``entity`` None: the entity in most events."""

    entity: str | None = None
    depth: int = 1
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    min_stories: int = 1
    limit: int = 30


# -- demonyms -------------------------------------------------------------------
@cache
def currency_demonyms() -> dict[str, str]:
    """People's adjective key -> ISO2, read from a published source: the Unicode
    CLDR's English currency names as Babel ships them. A national currency's
    name is its country's adjective and a unit ("Afghan afghani", "Lebanese
    pound", "Pakistani rupee", "Israeli new shekel"), and ISO 4217 makes the
    code's first two letters the country ("AFN" -> AF); only a code the country
    still uses counts, supranational ones ("X..", "EUR") do not. This covers
    the adjectives the usual endings cannot make ("Afghan", "Lebanese",
    "Swiss", "Saudi"), with no list picked by hand; the people as a plural
    ("Afghans") is the adjective plus "s". A form two countries' currencies
    make is left out. Read once per process (like the gazetteer): callers must
    not change the mapping."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    made: dict[str, set[str]] = {}
    for code in Locale("en").currencies:
        country = code[:2]
        if len(code) != 3 or code.startswith("X") or code not in get_territory_currencies(country):
            continue
        words = get_currency_name(code, count=1, locale="en").split()[:-1]  # the unit goes
        lead: list[str] = []
        for word in words:
            if not word[:1].isupper():
                break
            lead.append(word)
        if not lead:
            continue
        form = geo.key(" ".join(lead))
        forms = {form} if form.endswith(("s", "sh", "ch", "ese")) else {form, form + "s"}
        for one in forms:
            made.setdefault(one, set()).add(country)
    return {form: codes.pop() for form, codes in made.items() if len(codes) == 1}


def _plan_folds(
    rows: tuple[tuple[str, str, str], ...], demonyms: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    """``(people's name entity, country entity)`` pairs for :class:`DemonymFold`
    from its candidate ``(type, id, name)`` rows, most mentioned first."""
    gazetteer = geo.load_gazetteer()
    country_of: dict[str, str] = {}
    peoples: list[tuple[str, str]] = []
    for kind, entity_id, name in rows:
        found = gazetteer.resolve(name)
        place = found.place
        if place is not None and found.reason == "a country's people":
            peoples.append((entity_id, place.country))
        elif place is not None and place.feature == "PCLI":
            if kind == "GPE":
                country_of.setdefault(place.country, entity_id)
        elif geo.key(name) in demonyms:
            peoples.append((entity_id, demonyms[geo.key(name)]))
    plan: list[tuple[str, str]] = []
    for people, code in peoples:
        target = country_of.get(code)
        if target and target != people:
            plan.append((people, target))
    return tuple(plan)


@lru_cache(maxsize=16)
def _fold_plan(rows: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str], ...]:
    """:func:`_plan_folds` with the published demonyms, remembered per candidate
    rows: a pure function of them (the gazetteer and CLDR are read-only package
    data), and resolving some 600 names was ~5 ms of every graph request while
    the rows change only when an ingest reorders the most-mentioned places."""
    return _plan_folds(rows, currency_demonyms())


class DemonymFold:
    """Maps a people's name entity ("Israeli", NORP) to its country's entity
    (Israel), when the store has one; every other id maps to itself.

    Published data decides, for any country and not from a list picked for
    one archive: a name the gazetteer resolves as "a country's people"
    (derived from country names by the usual endings: "Israeli", "Iranian"),
    or a country's adjective in CLDR's currency names
    (:func:`currency_demonyms`: "Afghan", "Lebanese"), is folded into the
    most-mentioned place entity the gazetteer resolves to that country's
    record ("US" and "United States" both count). A name the gazetteer
    resolves to a country is that country, never a people. Built once per
    request from the store's most-mentioned NORP and GPE entities (their
    resolution remembered per process for the same candidates: :func:`_fold_plan`).
    """

    def __init__(self, store: Store, demonyms: dict[str, str] | None = None) -> None:
        rows = tuple(
            (kind, row.id, row.name)
            for kind in ("GPE", "NORP")
            for row in store.entities(type=kind, limit=FOLD_CANDIDATES)  # most mentioned first
        )
        plan = _fold_plan(rows) if demonyms is None else _plan_folds(rows, demonyms)
        self._into: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}
        for people, target in plan:
            self._into[people] = target
            self._members.setdefault(target, {target}).add(people)

    def __call__(self, entity_id: str) -> str:
        return self._into.get(entity_id, entity_id)

    def members(self, entity_id: str) -> set[str]:
        """The entity and every people's name folded into it."""
        return self._members.get(entity_id, {entity_id})

    @property
    def folded(self) -> dict[str, str]:
        return dict(self._into)


def _add(
    edges: dict[tuple[str, str], Edge],
    fold: DemonymFold,
    event: dict[str, Any],
    evidence: int,
) -> None:
    """Add one event's actor -> target links (folded; self-links dropped);
    ``evidence`` is its number of evidence sentences."""
    folded_targets = {fold(t) for t in event["targets"]}
    for actor in sorted({fold(a) for a in event["actors"]}):
        for target in sorted(folded_targets):
            if actor == target:
                continue
            edge = edges.setdefault((actor, target), Edge(actor, target))
            edge.weight += evidence
            edge.types[event["type"]] += 1
            edge.events.append(event["id"])
            edge.stories.update(event["stories"])


def _every_event_link(store: Store, page: int) -> Iterator[dict[str, Any]]:
    """Every event's links (:meth:`Store.event_links`), read ``page`` events at a
    time in the store's stable event order: the whole knowledge base never sits
    in memory at once, only one page of events and the links summed so far."""
    offset = 0
    while True:
        _total, ids = store.event_page_ids(None, page, offset)
        if not ids:
            return
        links = {e["id"]: e for e in store.event_links(ids)}
        yield from (links[i] for i in ids if i in links)
        if len(ids) < page:
            return
        offset += len(ids)


def actor_graph(
    store: Store,
    events: Iterable[dict[str, Any]] | None = None,
    max_nodes: int | None = None,
    page: int = EVENT_PAGE,
) -> ActorGraph:
    """Every actor linked by events (the export's graph). ``max_nodes`` keeps
    the heaviest nodes only. Without ``events`` the store's events are read in
    pages of ``page`` (:func:`_every_event_link`); an event's ``evidence`` is
    its number of evidence sentences, or the sentences themselves."""
    events = _every_event_link(store, page) if events is None else events
    fold = DemonymFold(store)
    edges: dict[tuple[str, str], Edge] = {}
    for event in events:
        evidence = event["evidence"]
        _add(edges, fold, event, evidence if isinstance(evidence, int) else len(evidence))
    weights: Counter[str] = Counter()
    for edge in edges.values():
        weights[edge.source] += edge.weight
        weights[edge.target] += edge.weight
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    keep = {entity for entity, _ in (ranked if max_nodes is None else ranked[:max_nodes])}
    nodes: dict[str, Node] = {}
    for entity in sorted(keep):
        row = store.entity(entity)
        if row is not None:
            nodes[entity] = Node(entity, row.name, row.type, weights[entity])
    kept = [e for e in edges.values() if e.source in nodes and e.target in nodes]
    kept.sort(key=lambda e: (-e.weight, e.source, e.target))
    folded = {k: v for k, v in fold.folded.items() if v in nodes}
    return ActorGraph(nodes, kept, folded=folded)


# -- the ego network --------------------------------------------------------------
@dataclass(slots=True)
class _Link:
    """A link while an ego graph is read: what ranking needs (evidence, stories)
    and its events as ``(id, type)`` in reading order. Thousands of links are
    read for a graph that shows a few dozen; the :class:`Edge` (with its Counter
    of types) is made only for those shown (:meth:`edge`)."""

    weight: int = 0
    stories: set[str] = field(default_factory=set)
    events: list[tuple[str, str]] = field(default_factory=list)

    def edge(self, source: str, target: str) -> Edge:
        """The :class:`Edge` :func:`_add` would have built from the same events."""
        return Edge(
            source,
            target,
            self.weight,
            Counter(t for _i, t in self.events),
            [i for i, _t in self.events],
            set(self.stories),
        )


def _pairs(fold: DemonymFold, event: dict[str, Any]) -> list[tuple[str, str]]:
    """An event's folded ``(actor, target)`` links, self-links dropped, in the
    order :func:`_add` visits them."""
    targets = sorted({fold(t) for t in event["targets"]})
    actors = sorted({fold(a) for a in event["actors"]})
    return [(a, t) for a in actors for t in targets if a != t]


def _links(
    store: Store,
    fold: DemonymFold,
    entity: str,
    q: GraphQuery,
    cap: int = EVENT_CAP,
    stats: dict[str, Any] | None = None,
    read: dict[str, tuple[dict[str, Any], list[tuple[str, str]]]] | None = None,
) -> dict[tuple[str, str], _Link]:
    """Every folded link in the newest ``cap`` events of ``entity`` and the
    people's names folded into it, together, that pass the query's filters.
    ``read``: the events' links already read for this graph and their folded
    pairs, by event id (added to): at depth 2 a neighbour's events are mostly
    the ego's, read and folded once."""
    ids = store.entity_event_ids(
        sorted(fold.members(entity)),
        cap,
        type=q.type.upper() if q.type else None,
        date_from=q.date_from,
        date_to=q.date_to,
    )
    if cap == EVENT_CAP and stats is not None:
        stats["events"], stats["capped"] = len(ids), len(ids) >= cap
    read = {} if read is None else read
    read.update(
        (e["id"], (e, _pairs(fold, e)))
        for e in store.event_links([i for i in ids if i not in read])
    )
    links: dict[tuple[str, str], _Link] = {}
    for event_id in sorted(ids):
        if event_id not in read:
            continue
        event, pairs = read[event_id]
        item = (event_id, event["type"])
        for key in pairs:
            link = links.get(key)
            if link is None:
                link = links[key] = _Link()
            link.weight += event["evidence"]
            link.events.append(item)
            link.stories.update(event["stories"])
    return {k: link for k, link in links.items() if len(link.stories) >= q.min_stories}


def _strength(links: dict[tuple[str, str], _Link], centre: str) -> dict[str, tuple[int, int]]:
    """Per neighbour of ``centre``: (independent stories, evidence sentences)
    over the links between them, both directions."""
    stories: dict[str, set[str]] = {}
    evidence: Counter[str] = Counter()
    for (source, target), link in links.items():
        if centre not in (source, target):
            continue
        other = target if source == centre else source
        stories.setdefault(other, set()).update(link.stories)
        evidence[other] += link.weight
    return {n: (len(s), evidence[n]) for n, s in stories.items()}


def _ranked(strength: dict[str, tuple[int, int]], exclude: set[str]) -> list[str]:
    return [
        n
        for n, _ in sorted(strength.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        if n not in exclude
    ]


def default_ego(store: Store, fold: DemonymFold) -> str | None:
    """The entity in the most events (a people's name counts as its country)."""
    top = store.top_event_entities(1)
    return fold(top[0][0]) if top else None


def ego_graph(store: Store, q: GraphQuery, fold: DemonymFold | None = None) -> ActorGraph:
    """One entity and its strongest links (see the module docstring).

    Neighbours are ranked by independent stories, then evidence sentences;
    at most ``q.limit`` nodes. Every link between shown nodes that the read
    events contain is drawn.
    """
    fold = fold or DemonymFold(store)
    ego = fold(q.entity) if q.entity else default_ego(store, fold)
    row = store.entity(ego) if ego else None
    if row is None:
        return ActorGraph({}, [], ego=None)
    limit = max(2, q.limit)
    stats: dict[str, Any] = {}
    read: dict[str, tuple[dict[str, Any], list[tuple[str, str]]]] = {}
    links = _links(store, fold, row.id, q, stats=stats, read=read)
    ring: dict[str, int] = {row.id: 0}
    first = _ranked(_strength(links, row.id), set(ring))
    first = first[: (limit - 1) if q.depth < 2 else max(1, (limit - 1) // 2)]
    ring.update({n: 1 for n in first})
    if q.depth >= 2:
        for neighbour in first[:SECOND_RING]:
            theirs = _links(store, fold, neighbour, q, NEIGHBOUR_EVENT_CAP, read=read)
            for key, link in theirs.items():  # a link read through the ego's events stays
                links.setdefault(key, link)
            more = _ranked(_strength(theirs, neighbour), set(ring))
            for n in more[:SECOND_LINKS]:
                if len(ring) < limit:
                    ring[n] = 2
        for n in _ranked(_strength(links, row.id), set(ring)):
            if len(ring) >= limit:
                break
            ring[n] = 1
    nodes: dict[str, Node] = {}
    for entity, depth in ring.items():
        found = store.entity(entity)
        if found is not None:
            nodes[entity] = Node(entity, found.name, found.type, ring=depth)
    kept = [link.edge(*key) for key, link in links.items() if key[0] in nodes and key[1] in nodes]
    kept.sort(key=lambda e: (-e.weight, e.source, e.target))
    for edge in kept:
        nodes[edge.source].weight += edge.weight
        nodes[edge.target].weight += edge.weight
    folded = {k: v for k, v in fold.folded.items() if v in nodes}
    return ActorGraph(nodes, kept, ego=row.id, folded=folded, **stats)


def shown_graph(store: Store, q: GraphQuery) -> ActorGraph:
    """The graph the page draws for ``q``, laid out: one function for the page,
    its exports and ``/api/graph``, so all three hold exactly the same graph."""
    return layout(ego_graph(store, q))


# -- layout -----------------------------------------------------------------------
def node_radius(node: Node) -> float:
    """Circle radius: grows with the square root of a node's evidence (capped)."""
    return min(26.0, 6 + math.sqrt(node.weight) * 1.5)


def label(node: Node) -> str:
    """The node's label: its name, cut at :data:`LABEL_CHARS` with an ellipsis."""
    name = node.name
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


_NARROW = set("ijlI.,:;'!|()[]{}ft ")
_WIDE = set("mwMW")


def label_width(text: str, size: float = LABEL_PX) -> float:
    """A generous estimate of a label's rendered width in px (sans-serif at
    ``size``): wide enough for DejaVu Sans and Verdana, the widest common
    faces, so boxes laid out apart stay apart in the browser."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.4
        elif ch in _WIDE:
            em += 1.0
        elif ch.isupper() or ch.isdigit():
            em += 0.76
        else:
            em += 0.64
    return em * size + 4


def box_of(node: Node) -> tuple[float, float, float, float]:
    """The box (x1, y1, x2, y2) a node's circle and label take; the label sits
    centred above the circle (baseline ``label_y`` of :func:`drawing`)."""
    r = node_radius(node)
    half = label_width(label(node)) / 2 if node.label_shown else 0.0
    top = node.y - r - 5 - LABEL_PX if node.label_shown else node.y - r
    return (min(node.x - r, node.x - half), top, max(node.x + r, node.x + half), node.y + r)


def boxes(graph: ActorGraph) -> dict[str, tuple[float, float, float, float]]:
    """:func:`box_of` for every node."""
    return {node.id: box_of(node) for node in graph.nodes.values()}


def _force_layout(
    graph: ActorGraph, ids: list[str], width: float, height: float, iterations: int, seed: int
) -> np.ndarray:
    """Seeded Fruchterman-Reingold from a radial start (ego in the centre,
    each depth on its own ring), vectorised; the ego stays pinned. The ideal
    distance grows with the labels, so the result needs little separating."""
    n = len(ids)
    rng = random.Random(seed)
    cx, cy = width / 2, height / 2
    rings: dict[int, list[int]] = {}
    for i, node in enumerate(ids):
        rings.setdefault(graph.nodes[node].ring, []).append(i)
    pos = np.zeros((n, 2))
    for depth, members in rings.items():
        radius = 0.0 if depth == 0 and len(members) == 1 else min(width, height) * 0.3 * depth
        for j, i in enumerate(members):
            angle = 2 * math.pi * j / len(members) + depth * 0.3
            pos[i] = (
                cx + radius * math.cos(angle) + rng.uniform(-3, 3),
                cy + radius * math.sin(angle) + rng.uniform(-3, 3),
            )
    if n < 2:
        return pos
    mean_label = sum(label_width(label(graph.nodes[i])) for i in ids) / n
    k = max(math.sqrt(width * height / n) * 0.7, mean_label * 1.1)
    index = {node: i for i, node in enumerate(ids)}
    src = np.array([index[e.source] for e in graph.edges], dtype=int)
    dst = np.array([index[e.target] for e in graph.edges], dtype=int)
    strength = np.array([1.0 + math.log1p(e.weight) / 4 for e in graph.edges])
    pinned = index.get(graph.ego) if graph.ego else None
    temperature = width / 10
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.hypot(delta[..., 0], delta[..., 1]), 0.01)
        np.fill_diagonal(dist, np.inf)
        shift = (delta * (k * k / dist**2)[..., None]).sum(axis=1)
        if len(src):
            d = pos[src] - pos[dst]
            dd = np.maximum(np.hypot(d[:, 0], d[:, 1]), 0.01)
            pull = d * (dd / k * strength)[:, None]
            np.add.at(shift, src, -pull)
            np.add.at(shift, dst, pull)
        shift += (np.array([cx, cy]) - pos) * 0.05  # gravity keeps pieces together
        length = np.maximum(np.hypot(shift[:, 0], shift[:, 1]), 0.01)
        step = np.minimum(length, temperature)
        move = shift / length[:, None] * step[:, None]
        if pinned is not None:
            move[pinned] = 0.0
        pos += move
        temperature = max(1.0, temperature * 0.95)
    return pos


def _place_without_overlap(graph: ActorGraph, order: list[str], gap: float) -> None:
    """Greedy placement: each node, heaviest first (the ego first of all),
    keeps its position if its box overlaps no box placed before it, else
    moves to the nearest free position on a spiral around it. Always ends
    with no two boxes overlapping (the spiral reaches free space)."""
    placed: list[tuple[float, float, float, float]] = []

    def free(b: tuple[float, float, float, float]) -> bool:
        x1, y1, x2, y2 = b[0] - gap, b[1] - gap, b[2] + gap, b[3] + gap
        for p in placed:
            if x1 < p[2] and p[0] < x2 and y1 < p[3] and p[1] < y2:
                return False
        return True

    for node_id in order:
        node = graph.nodes[node_id]
        x1, y1, x2, y2 = box_of(node)
        ox, oy = node.x, node.y
        step, turn = 0, 0
        while not free((x1, y1, x2, y2)):
            step += 1
            radius = 6.0 * math.sqrt(step)
            turn += 1
            angle = turn * 2.399963  # golden angle: candidates spread evenly
            dx, dy = ox + radius * math.cos(angle) - node.x, oy + radius * math.sin(angle) - node.y
            node.x, node.y = node.x + dx, node.y + dy
            x1, y1, x2, y2 = x1 + dx, y1 + dy, x2 + dx, y2 + dy
        placed.append((x1, y1, x2, y2))


def layout(
    graph: ActorGraph,
    width: float = 960.0,
    height: float = 640.0,
    iterations: int = 120,
    seed: int = 7,
    margin: float = 24.0,
    gap: float = 4.0,
) -> ActorGraph:
    """Place the nodes (in place): force-directed from a radial start, then
    each node's circle and label box placed where it overlaps no other
    (:func:`_place_without_overlap`). Sets ``graph.box`` to the drawing's
    extent. Deterministic for a given graph; callers cap the node count (the
    page shows a few dozen actors).
    """
    ids = sorted(graph.nodes, key=lambda i: (graph.nodes[i].ring, -graph.nodes[i].weight, i))
    if not ids:
        graph.box = (0.0, 0.0, width, height)
        return graph
    pos = _force_layout(graph, ids, width, height, iterations, seed)
    for i, node in enumerate(ids):
        graph.nodes[node].x, graph.nodes[node].y = float(pos[i][0]), float(pos[i][1])
    _place_without_overlap(graph, ids, gap)
    box = boxes(graph)
    x1 = min(b[0] for b in box.values()) - margin
    y1 = min(b[1] for b in box.values()) - margin
    x2 = max(b[2] for b in box.values()) + margin
    y2 = max(b[3] for b in box.values()) + margin
    for node in graph.nodes.values():
        node.x, node.y = round(node.x - x1, 1), round(node.y - y1, 1)
    graph.box = (0.0, 0.0, round(x2 - x1, 1), round(y2 - y1, 1))
    return graph


def drawing(graph: ActorGraph) -> dict[str, Any]:
    """SVG geometry for a laid-out graph: circles, labels, and edges as paths.

    Edges stop at the target's circle so the arrowhead shows; when both
    directions exist (A attacked B, B attacked A) each is bent to its own
    side so neither hides the other.
    """
    heaviest = max((e.weight for e in graph.edges), default=1)
    pairs = {(e.source, e.target) for e in graph.edges}
    edges = []
    for edge in graph.edges:
        a, b = graph.nodes[edge.source], graph.nodes[edge.target]
        dx, dy = b.x - a.x, b.y - a.y
        dist = math.hypot(dx, dy) or 1.0
        ux, uy = dx / dist, dy / dist
        sx, sy = a.x + ux * node_radius(a), a.y + uy * node_radius(a)
        ex, ey = b.x - ux * (node_radius(b) + 3), b.y - uy * (node_radius(b) + 3)
        bend = 0.18 * dist if (edge.target, edge.source) in pairs else 0.0
        cx, cy = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
        edges.append(
            {
                "edge": edge,
                "path": f"M{sx:.1f},{sy:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}",
                "width": round(1.2 + 4.0 * edge.weight / heaviest, 1),
            }
        )
    nodes = [
        {
            "node": n,
            "r": round(node_radius(n), 1),
            "label": label(n),
            "label_y": round(n.y - node_radius(n) - 5, 1),
        }
        for n in sorted(graph.nodes.values(), key=lambda n: (n.ring, n.id))
    ]
    return {"nodes": nodes, "edges": edges, "box": graph.box}


# -- exports of exactly what is shown ------------------------------------------------
_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
_GEXF = "http://gexf.net/1.3"
_VIZ = "http://gexf.net/1.3/viz"


def _join(values: Iterable[str]) -> str:
    return ";".join(values)


def to_graphml(graph: ActorGraph) -> str:
    """The graph as GraphML (Gephi, yEd, networkx): node name, type, evidence
    and position; edge weight (evidence sentences), stories, types, events."""
    ET.register_namespace("", _GRAPHML)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    keys = [
        ("name", "node", "string"),
        ("type", "node", "string"),
        ("evidence", "node", "int"),
        ("x", "node", "double"),
        ("y", "node", "double"),
        ("weight", "edge", "int"),
        ("stories", "edge", "int"),
        ("types", "edge", "string"),
        ("events", "edge", "string"),
    ]
    for name, domain, kind in keys:
        ET.SubElement(
            root,
            f"{{{_GRAPHML}}}key",
            {"id": name, "for": domain, "attr.name": name, "attr.type": kind},
        )
    g = ET.SubElement(root, f"{{{_GRAPHML}}}graph", {"id": "actors", "edgedefault": "directed"})

    def data(parent: ET.Element, key: str, value: Any) -> None:
        ET.SubElement(parent, f"{{{_GRAPHML}}}data", {"key": key}).text = str(value)

    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        element = ET.SubElement(g, f"{{{_GRAPHML}}}node", {"id": node.id})
        data(element, "name", node.name)
        data(element, "type", node.type)
        data(element, "evidence", node.weight)
        data(element, "x", node.x)
        data(element, "y", node.y)
    for number, edge in enumerate(graph.edges):
        element = ET.SubElement(
            g,
            f"{{{_GRAPHML}}}edge",
            {"id": f"e{number}", "source": edge.source, "target": edge.target},
        )
        data(element, "weight", edge.weight)
        data(element, "stories", len(edge.stories))
        data(element, "types", _join(sorted(edge.types)))
        data(element, "events", _join(edge.events))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def iter_graphml(graph: ActorGraph, layout: bool = True) -> Iterator[str]:
    """The graph as GraphML text in pieces, a node or an edge at a time (the
    whole knowledge base's graph is written without building one XML tree).
    ``layout=False`` leaves out the ``x``/``y`` keys (a graph never laid out)."""
    keys = [
        ("name", "node", "string"),
        ("type", "node", "string"),
        ("evidence", "node", "int"),
        *([("x", "node", "double"), ("y", "node", "double")] if layout else []),
        ("weight", "edge", "int"),
        ("stories", "edge", "int"),
        ("types", "edge", "string"),
        ("events", "edge", "string"),
    ]
    yield f"<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"{_GRAPHML}\">\n"
    for name, domain, kind in keys:
        yield (f'  <key id="{name}" for="{domain}" attr.name="{name}" attr.type="{kind}" />\n')
    yield '  <graph id="actors" edgedefault="directed">\n'

    def data(key: str, value: Any) -> str:
        return f'      <data key="{key}">{escape(str(value))}</data>\n'

    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        parts = [data("name", node.name), data("type", node.type), data("evidence", node.weight)]
        if layout:
            parts += [data("x", node.x), data("y", node.y)]
        yield f"    <node id={quoteattr(node.id)}>\n{''.join(parts)}    </node>\n"
    for number, edge in enumerate(graph.edges):
        parts = [
            data("weight", edge.weight),
            data("stories", len(edge.stories)),
            data("types", _join(sorted(edge.types))),
            data("events", _join(edge.events)),
        ]
        yield (
            f'    <edge id="e{number}" source={quoteattr(edge.source)} '
            f"target={quoteattr(edge.target)}>\n{''.join(parts)}    </edge>\n"
        )
    yield "  </graph>\n</graphml>\n"


def to_gexf(graph: ActorGraph) -> str:
    """The graph as GEXF 1.3 (Gephi's own format), positions included."""
    ET.register_namespace("", _GEXF)
    ET.register_namespace("viz", _VIZ)
    root = ET.Element(f"{{{_GEXF}}}gexf", {"version": "1.3"})
    g = ET.SubElement(root, f"{{{_GEXF}}}graph", {"defaultedgetype": "directed"})
    node_attrs = ET.SubElement(g, f"{{{_GEXF}}}attributes", {"class": "node"})
    for number, (name, kind) in enumerate((("type", "string"), ("evidence", "integer"))):
        ET.SubElement(
            node_attrs, f"{{{_GEXF}}}attribute", {"id": str(number), "title": name, "type": kind}
        )
    edge_attrs = ET.SubElement(g, f"{{{_GEXF}}}attributes", {"class": "edge"})
    for number, (name, kind) in enumerate(
        (("stories", "integer"), ("types", "string"), ("events", "string"))
    ):
        ET.SubElement(
            edge_attrs, f"{{{_GEXF}}}attribute", {"id": str(number), "title": name, "type": kind}
        )

    def values(parent: ET.Element, items: list[Any]) -> None:
        holder = ET.SubElement(parent, f"{{{_GEXF}}}attvalues")
        for number, value in enumerate(items):
            ET.SubElement(holder, f"{{{_GEXF}}}attvalue", {"for": str(number), "value": str(value)})

    nodes = ET.SubElement(g, f"{{{_GEXF}}}nodes")
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        element = ET.SubElement(nodes, f"{{{_GEXF}}}node", {"id": node.id, "label": node.name})
        values(element, [node.type, node.weight])
        ET.SubElement(
            element, f"{{{_VIZ}}}position", {"x": str(node.x), "y": str(-node.y), "z": "0.0"}
        )
        ET.SubElement(element, f"{{{_VIZ}}}size", {"value": str(round(node_radius(node), 1))})
    edges = ET.SubElement(g, f"{{{_GEXF}}}edges")
    for number, edge in enumerate(graph.edges):
        element = ET.SubElement(
            edges,
            f"{{{_GEXF}}}edge",
            {
                "id": f"e{number}",
                "source": edge.source,
                "target": edge.target,
                "weight": str(edge.weight),
            },
        )
        values(element, [len(edge.stories), _join(sorted(edge.types)), _join(edge.events)])
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
