"""The actor graph: who acted on whom, weighted by how much evidence says so.

Built only from :func:`dossier.query.events`, so it shows what the timeline
shows and nothing the sources do not: an edge ``A -> B`` exists because at
least one event names A as an actor and B as a target, and its weight is the
number of evidence sentences behind those events (repeats of a wire story
count, but the edge also keeps how many distinct stories back it, so an
analyst can tell volume from independence).

The layout is computed here, server-side, in pure Python (a seeded
Fruchterman-Reingold), so the web page needs no JavaScript library and the
same graph always renders the same way.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dossier import query
from dossier.store.base import Store


@dataclass(slots=True)
class Node:
    """An entity that acts or is acted upon in at least one event."""

    id: str
    name: str
    type: str
    weight: int = 0  # evidence sentences of the events it takes part in
    x: float = 0.0
    y: float = 0.0


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

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the API's ``/api/graph``)."""
        return {
            "nodes": [
                {"id": n.id, "name": n.name, "type": n.type, "weight": n.weight}
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
        }


def actor_graph(
    store: Store, events: list[dict[str, Any]] | None = None, max_nodes: int | None = None
) -> ActorGraph:
    """Actors linked by events. ``max_nodes`` keeps the heaviest nodes only."""
    events = query.events(store) if events is None else events
    edges: dict[tuple[str, str], Edge] = {}
    weights: Counter[str] = Counter()
    for event in events:
        evidence = len(event["evidence"])
        for actor in event["actors"]:
            for target in event["targets"]:
                if actor == target:
                    continue
                edge = edges.setdefault((actor, target), Edge(actor, target))
                edge.weight += evidence
                edge.types[event["type"]] += 1
                edge.events.append(event["id"])
                edge.stories.update(event["stories"])
        if event["targets"]:
            for entity in {*event["actors"], *event["targets"]}:
                weights[entity] += evidence
    ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    keep = {entity for entity, _ in (ranked if max_nodes is None else ranked[:max_nodes])}
    nodes: dict[str, Node] = {}
    for entity in sorted(keep):
        row = store.entity(entity)
        if row is not None:
            nodes[entity] = Node(entity, row.name, row.type, weights[entity])
    kept = [e for e in edges.values() if e.source in nodes and e.target in nodes]
    kept.sort(key=lambda e: (-e.weight, e.source, e.target))
    return ActorGraph(nodes, kept)


def layout(
    graph: ActorGraph,
    width: float = 900.0,
    height: float = 600.0,
    iterations: int = 150,
    seed: int = 7,
    margin: float = 60.0,
) -> ActorGraph:
    """Place the nodes (in place) with a seeded Fruchterman-Reingold layout.

    Deterministic for a given graph, O(n² · iterations): callers cap the node
    count (the web page shows at most a hundred or so actors).
    """
    ids = sorted(graph.nodes)
    n = len(ids)
    if n == 0:
        return graph
    rng = random.Random(seed)
    area_w, area_h = width - 2 * margin, height - 2 * margin
    pos = {
        node: [
            area_w / 2 + area_w / 3 * math.cos(2 * math.pi * i / n) + rng.uniform(-5, 5),
            area_h / 2 + area_h / 3 * math.sin(2 * math.pi * i / n) + rng.uniform(-5, 5),
        ]
        for i, node in enumerate(ids)
    }
    k = math.sqrt(area_w * area_h / n) * 0.75
    temperature = area_w / 8
    pairs = [(e.source, e.target, 1.0 + math.log1p(e.weight)) for e in graph.edges]
    for _ in range(iterations if n > 1 else 0):
        shift = {node: [0.0, 0.0] for node in ids}
        for i, a in enumerate(ids):
            ax, ay = pos[a]
            for b in ids[i + 1 :]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                dist = math.hypot(dx, dy) or 0.01
                force = k * k / dist
                shift[a][0] += dx / dist * force
                shift[a][1] += dy / dist * force
                shift[b][0] -= dx / dist * force
                shift[b][1] -= dy / dist * force
        for a, b, strength in pairs:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = math.hypot(dx, dy) or 0.01
            force = dist * dist / k * strength
            shift[a][0] -= dx / dist * force
            shift[a][1] -= dy / dist * force
            shift[b][0] += dx / dist * force
            shift[b][1] += dy / dist * force
        for node in ids:
            dx, dy = shift[node]
            # gravity towards the centre keeps disconnected pieces on screen
            dx += (area_w / 2 - pos[node][0]) * 0.02 * k / 10
            dy += (area_h / 2 - pos[node][1]) * 0.02 * k / 10
            length = math.hypot(dx, dy) or 0.01
            step = min(length, temperature)
            pos[node][0] = min(area_w, max(0.0, pos[node][0] + dx / length * step))
            pos[node][1] = min(area_h, max(0.0, pos[node][1] + dy / length * step))
        temperature *= 0.96
    for node in ids:
        graph.nodes[node].x = round(pos[node][0] + margin, 1)
        graph.nodes[node].y = round(pos[node][1] + margin, 1)
    return graph


def node_radius(node: Node) -> float:
    """Circle radius: grows with the square root of a node's evidence."""
    return 6 + math.sqrt(node.weight) * 2


def drawing(graph: ActorGraph) -> dict[str, Any]:
    """SVG geometry for a laid-out graph: circles, and edges as paths.

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
                "width": round(1.5 + 4.5 * edge.weight / heaviest, 1),
            }
        )
    nodes = [
        {"node": n, "r": round(node_radius(n), 1), "label_y": round(n.y - node_radius(n) - 5, 1)}
        for n in sorted(graph.nodes.values(), key=lambda n: n.id)
    ]
    return {"nodes": nodes, "edges": edges}
