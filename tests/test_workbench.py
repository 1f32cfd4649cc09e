"""The workbench's reads: the ego graph and its layout, the map, the paged lists.

Layout and exports are checked on synthetic graphs (pure functions); the
paged lists against the whole-knowledge-base functions they replace, on both
backends (seed store); the graph and the map on a store of real articles
(``realnews_db``), where demonyms, dense places and strong hubs exist.
"""

from __future__ import annotations

import json
import random
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dossier.query import reads as query
from dossier.query.graph import (
    ActorGraph,
    DemonymFold,
    Edge,
    GraphQuery,
    Node,
    boxes,
    currency_demonyms,
    ego_graph,
    layout,
    to_gexf,
    to_graphml,
)
from dossier.store import open_store
from dossier.web import geomap
from dossier.web.api import create_app


# -- layout ---------------------------------------------------------------------------
def _synthetic(n: int, seed: int = 3) -> ActorGraph:
    """A hub and ``n - 1`` actors with long, similar names, densely linked."""
    rng = random.Random(seed)
    words = ["Tehrik", "Lashkar", "Army", "Police", "Front", "Brigade", "Movement", "Council"]
    nodes = {"hub": Node("hub", "Islamic Republic of Somewhere", "GPE", ring=0)}
    for i in range(1, n):
        name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) + f" {i}"
        nodes[f"n{i}"] = Node(f"n{i}", name, "ORG", ring=1 if i < n // 2 else 2)
    edges = [Edge("hub", f"n{i}", weight=rng.randint(1, 40)) for i in range(1, n)]
    edges += [Edge(f"n{i}", f"n{i + 1}", weight=1) for i in range(1, n - 1, 3)]
    for edge in edges:
        nodes[edge.source].weight += edge.weight
        nodes[edge.target].weight += edge.weight
    return ActorGraph(nodes, edges, ego="hub")


def _overlaps(graph: ActorGraph) -> list[tuple[str, str]]:
    box = boxes(graph)
    ids = sorted(box)
    found = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            (ax1, ay1, ax2, ay2), (bx1, by1, bx2, by2) = box[a], box[b]
            if ax1 < bx2 and bx1 < ax2 and ay1 < by2 and by1 < ay2:
                found.append((a, b))
    return found


@pytest.mark.parametrize("n", [2, 12, 30, 60])
def test_layout_leaves_no_two_labels_overlapping(n):
    graph = layout(_synthetic(n))
    assert not _overlaps(graph)
    assert all(node.label_shown for node in graph.nodes.values())
    x, y, w, h = graph.box
    for b in boxes(graph).values():  # everything inside the drawing
        assert x <= b[0] and b[2] <= x + w and y <= b[1] and b[3] <= y + h


def test_layout_is_deterministic_and_centres_the_ego():
    a, b = layout(_synthetic(25)), layout(_synthetic(25))
    assert [(n.x, n.y) for n in a.nodes.values()] == [(n.x, n.y) for n in b.nodes.values()]
    hub = a.nodes["hub"]
    xs = sorted(n.x for n in a.nodes.values())
    assert xs[0] < hub.x < xs[-1]


def test_exports_hold_exactly_the_graph_shown():
    graph = layout(_synthetic(15))
    gml = ET.fromstring(to_graphml(graph).encode())
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert {n.get("id") for n in gml.iter(f"{ns}node")} == set(graph.nodes)
    edges = {(e.get("source"), e.get("target")) for e in gml.iter(f"{ns}edge")}
    assert edges == {(e.source, e.target) for e in graph.edges}
    gexf = ET.fromstring(to_gexf(graph).encode())
    gns, viz = "{http://gexf.net/1.3}", "{http://gexf.net/1.3/viz}"
    nodes = {n.get("id"): n for n in gexf.iter(f"{gns}node")}
    assert set(nodes) == set(graph.nodes)
    assert nodes["hub"].get("label") == "Islamic Republic of Somewhere"
    position = nodes["hub"].find(f"{viz}position")
    assert position is not None and float(position.get("x")) == graph.nodes["hub"].x
    assert len(list(gexf.iter(f"{gns}edge"))) == len(graph.edges)


# -- paged lists == the whole-knowledge-base lists they replace (both backends) --------
def _all_pages(read, size: int = 3) -> tuple[int, list[Any]]:
    items, offset, total = [], 0, None
    while True:
        page = read(size, offset)
        total = page["total"] if total is None else total
        assert page["total"] == total  # the total does not move while paging
        items += page["items"]
        offset += size
        if offset >= total:
            return total, items


def test_story_pages_are_the_story_list_in_order(seed_store):
    total, items = _all_pages(lambda lim, off: query.story_page(seed_store, lim, off))
    whole = query.story_list(seed_store)
    assert total == len(whole)
    assert [(s["id"], s["size"], s["documents"]) for s in items] == [
        (s["id"], s["size"], s["documents"]) for s in whole
    ]


def test_claim_pages_hold_every_claim_once_with_its_contradictions(seed_store):
    total, items = _all_pages(lambda lim, off: query.claim_page(seed_store, lim, off), size=7)
    whole = {c["id"]: c for c in query.claims(seed_store)}
    assert total == len(whole) == len(items) == len({c["id"] for c in items})
    for claim in items:
        assert claim["contradicts"] == whole[claim["id"]]["contradicts"][: query.RELATED_CAP]
    contradicted = query.claim_page(seed_store, 1000, 0, contradictions_only=True)
    expected = {c["id"] for c in query.claims(seed_store, contradictions_only=True)}
    assert expected and {c["id"] for c in contradicted["items"]} == expected


def test_event_sketches_are_the_events_as_built_without_their_documents(seed_store):
    """The watch check tells which dispute candidates to build from their reports'
    rows alone (:func:`alerts._sketches`): act, date and place as the built events."""
    from dossier.query.alerts import _sketches

    built = query.events(seed_store)
    sketches = _sketches(seed_store, [e["id"] for e in built])
    assert set(sketches) == {e["id"] for e in built}
    assert any(e["location"] for e in built) and any(e["date"] for e in built)
    for event in built:
        assert sketches[event["id"]] == {k: event[k] for k in sketches[event["id"]]}
        assert set(sketches[event["id"]]) == {"type", "mode", "actors", "targets", "location",
                                             "date"}  # fmt: skip
    assert _sketches(seed_store, []) == {}


def test_entity_claims_and_disputes_pages(seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    assert brigade is not None
    _total, mine = _all_pages(
        lambda lim, off: query.claim_page(seed_store, lim, off, entity=brigade.id)
    )
    assert {c["id"] for c in mine} == {c["id"] for c in query.claims(seed_store, brigade.id)}
    total, pairs = _all_pages(lambda lim, off: query.dispute_page(seed_store, lim, off), size=2)
    whole = {tuple(sorted(s["id"] for s in d["sides"])) for d in query.disputes(seed_store)}
    assert total == len(whole) == len(pairs) > 0
    assert {tuple(s["id"] for s in d["sides"]) for d in pairs} == whole


def test_api_lists_page_in_a_stable_order(seed_db, settings):
    client = TestClient(create_app(settings.with_overrides(db=str(seed_db), token="")))
    for path in ("/api/claims", "/api/disputes", "/api/stories"):
        first = client.get(path, params={"limit": 2, "offset": 0}).json()
        again = client.get(path, params={"limit": 2, "offset": 0}).json()
        second = client.get(path, params={"limit": 2, "offset": 2}).json()
        assert first == again
        assert first["total"] == second["total"] >= len(first["items"])
        ids = [str(i.get("id") or i["sides"]) for i in first["items"] + second["items"]]
        assert len(ids) == len(set(ids)), path


# -- the graph and the map on real articles ---------------------------------------------
@pytest.fixture(scope="module")
def real_store(realnews_db):
    store = open_store(str(realnews_db))
    yield store
    store.close()


def test_demonyms_fold_into_their_country(real_store):
    fold = DemonymFold(real_store)
    assert fold.folded, "500 real security articles name no people of a country?"
    for people, country in fold.folded.items():
        row, target = real_store.entity(people), real_store.entity(country)
        assert row is not None and target is not None
        assert row.type in ("NORP", "GPE") and people != country
        assert fold(people) == country and people in fold.members(country)
    # every graph built over the store shows the country, never its people's name
    for country in sorted(set(fold.folded.values()))[:5]:
        graph = ego_graph(real_store, GraphQuery(entity=country, depth=2))
        assert graph.ego == country
        assert not set(graph.nodes) & set(fold.folded)
        pairs = Counter((e.source, e.target) for e in graph.edges)
        assert max(pairs.values(), default=1) == 1


class _Entities:
    """A store that only lists entities (all :class:`DemonymFold` reads)."""

    def __init__(self, rows: dict[str, list[tuple[str, str]]]) -> None:
        self.rows = rows

    def entities(self, type: str, limit: int) -> list[Any]:
        from types import SimpleNamespace

        return [SimpleNamespace(id=i, name=n) for i, n in self.rows.get(type, [])][:limit]


def test_irregular_demonyms_fold_from_cldr_currency_names():
    """Adjectives no ending makes fold into their country by CLDR's currency names
    (published data, any country); the regular ones still fold by the endings;
    a country's own name, a place that is no country and an unknown adjective
    stay themselves; a people whose country the store lacks is left alone."""
    table = currency_demonyms()
    for form, code in {"afghan": "AF", "afghans": "AF", "lebanese": "LB", "swiss": "CH",
                       "saudi": "SA", "pakistani": "PK", "israeli": "IL"}.items():  # fmt: skip
        assert table[form] == code, form
    assert "euro" not in table and "central african cfa" not in table
    store = _Entities(
        {
            "GPE": [("g-af", "Afghanistan"), ("g-lb", "Lebanon"), ("g-pk", "Pakistan"),
                    ("g-ch", "Switzerland"), ("g-kabul", "Kabul"), ("g-us", "US")],
            "NORP": [("n-af", "Afghan"), ("n-afs", "Afghans"), ("n-lb", "Lebanese"),
                     ("n-pk", "Pakistanis"), ("n-ch", "Swiss"), ("n-x", "Martian"),
                     ("n-sa", "Saudi")],
        }
    )  # fmt: skip
    fold = DemonymFold(store)
    assert fold.folded == {
        "n-af": "g-af",
        "n-afs": "g-af",
        "n-lb": "g-lb",
        "n-pk": "g-pk",
        "n-ch": "g-ch",
    }
    assert fold.members("g-af") == {"g-af", "n-af", "n-afs"}
    for kept in ("g-kabul", "g-us", "n-x", "n-sa"):  # no Saudi Arabia in this store
        assert fold(kept) == kept
    # without the published table only the regular ending folds
    assert DemonymFold(store, demonyms={}).folded == {"n-pk": "g-pk"}


def test_ego_graph_keeps_the_strongest_links_and_honours_filters(real_store):
    graph = ego_graph(real_store, GraphQuery(limit=12))
    assert graph.ego in graph.nodes and 2 <= len(graph.nodes) <= 12
    assert all(e.source in graph.nodes and e.target in graph.nodes for e in graph.edges)
    assert any(graph.ego in (e.source, e.target) for e in graph.edges)
    strict = ego_graph(real_store, GraphQuery(entity=graph.ego, min_stories=3, limit=12))
    assert all(len(e.stories) >= 3 for e in strict.edges)
    top_type = Counter(t for e in graph.edges for t in e.types).most_common(1)[0][0]
    typed = ego_graph(real_store, GraphQuery(entity=graph.ego, type=top_type.lower()))
    assert typed.edges and all(set(e.types) == {top_type} for e in typed.edges)
    window = ego_graph(real_store, GraphQuery(entity=graph.ego, date_from="2025-02-01",
                                              date_to="2025-02-28"))  # fmt: skip
    events = real_store.event_links([i for e in window.edges for i in e.events])
    assert all(
        e["date_start"] and e["date_start"] <= "2025-02-28" and e["date_end"] >= "2025-02-01"
        for e in events
    )
    laid = layout(ego_graph(real_store, GraphQuery(entity=graph.ego, depth=2, limit=40)))
    assert not _overlaps(laid)


def test_dispute_candidates_dropped_unbuilt_are_never_disputes(real_store):
    """On real articles: the sketches are the built events' fields, and every pair
    :func:`query.disagreement` finds is one :func:`alerts._may_disagree` keeps."""
    from dossier.query.alerts import _may_disagree, _same_act, _sketches

    top = [i for i, _n in real_store.top_event_entities(4)]
    built = query.events_by_ids(real_store, real_store.entity_event_ids(top, 600))
    sketches = _sketches(real_store, [e["id"] for e in built])
    for event in built:
        assert sketches[event["id"]] == {k: event[k] for k in sketches[event["id"]]}
    groups: dict[tuple, list] = {}
    for event in built:
        if event["actors"] and event["targets"]:
            groups.setdefault(_same_act(event), []).append(event)
    pairs = kept = disputes = 0  # (realnews reports of one incident are mostly one event)
    for group in groups.values():
        for a in group:
            for b in group:
                if a is not b:
                    pairs += 1
                    kept += _may_disagree(a, sketches[b["id"]])
                    if query.disagreement(a, b):
                        disputes += 1
                        assert _may_disagree(a, sketches[b["id"]]), (a["id"], b["id"])
    assert disputes and kept >= disputes


@pytest.mark.unit
def test_may_disagree_drops_the_same_act_on_the_same_days_at_the_same_place():
    from dossier.query.alerts import _may_disagree

    def event(start: str, end: str, place: str | None, **other: Any) -> dict[str, Any]:
        return {"type": "ATTACK", "mode": None, "actors": ["a"], "targets": ["t"],
                "location": place, "date": {"start": start, "end": end}, **other}  # fmt: skip

    new = event("2025-01-10", "2025-01-10", "swat")
    assert not _may_disagree(new, event("2025-01-09", "2025-01-11", "swat"))  # one incident
    assert not _may_disagree(new, event("2025-01-10", "2025-01-10", None))  # no place told
    assert _may_disagree(new, event("2025-01-12", "2025-01-12", "swat"))  # other days
    assert _may_disagree(new, event("2025-01-10", "2025-01-10", "kurram"))  # other place
    assert not _may_disagree(new, event("2025-01-12", "2025-01-12", "swat", targets=["x"]))
    assert not _may_disagree(new, {**event("", "", "kurram"), "date": None})  # undated


def test_map_clusters_places_and_lists_the_events_behind_a_point(real_store):
    drawn = geomap.event_map(real_store)
    assert drawn["clusters"] and drawn["places"] > 10
    shown = sum(c["events"] for c in drawn["clusters"])
    assert shown + drawn["outside"]["events"] == drawn["events"]
    assert drawn["view"][2] < geomap.WIDTH  # zoomed in: the archive is about one region
    assert any(len(c["places"]) > 1 for c in drawn["clusters"])  # dense places merge
    circles = drawn["clusters"]
    for i, a in enumerate(circles):  # and no two circles overlap
        for b in circles[i + 1 :]:
            assert ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5 >= a["r"] + b["r"]
    world = geomap.event_map(real_store, world=True)
    assert world["outside"]["events"] == 0
    top = drawn["clusters"][0]
    ids = top["ids"].split(",")
    listed = query.events_at(real_store, ids, limit=500)
    assert 0 < listed["total"] <= top["events"]
    assert listed["total"] >= max(p.events for p in top["places"])
    assert all(
        any(r["location_entity"] in ids for r in real_store.event_mentions_of_events([e["id"]]))
        for e in listed["items"][:20]
    )  # fmt: skip
    kind = top["types"][0][0]
    typed = geomap.event_map(real_store, type=kind)
    assert [t for t, _c in typed["legend"]] == [kind]


def test_json_export_streams_exactly_the_export(seed_db, seed_store, settings):
    from dossier.query.export import build_export, iter_export_json

    pieces = list(iter_export_json(seed_store))
    assert len(pieces) > 5  # documents and entities leave one at a time
    whole = build_export(seed_store)
    assert json.loads("".join(pieces)) == whole
    client = TestClient(create_app(settings.with_overrides(db=str(seed_db), token="")))
    with client.stream("GET", "/api/export") as response:
        assert response.status_code == 200
        assert "content-length" not in response.headers  # streamed, not built first
        body = "".join(response.iter_text())
    assert json.loads(body) == whole
    from dossier.query.export import ftm_lines

    ftm = client.get("/api/export", params={"format": "ftm"})
    assert ftm.headers["content-type"].startswith("application/x-ndjson")
    assert ftm.text.splitlines() == list(ftm_lines(seed_store))


def test_document_pages_are_the_store_order(seed_store):
    every = [d["id"] for d in seed_store.documents()]
    paged = [d["id"] for off in range(0, len(every), 2) for d in seed_store.document_page(2, off)]
    assert paged == every and len(every) > 2


# -- the same answers, read in fewer statements (issue 19) -----------------------------
def test_batched_entity_and_vote_reads_equal_one_read_each(real_store):
    located = sorted({entity for entity, _type, _n in real_store.event_locations()})
    assert len(located) > 10
    wanted = [*located, "ent_no_such_entity"]
    rows = real_store.entities_by_id(wanted)
    assert rows == {i: real_store.entity(i) for i in located if real_store.entity(i)}
    votes = real_store.place_votes_of(wanted)
    assert votes == {i: real_store.place_votes(i) for i in located if real_store.place_votes(i)}
    assert any(len(v) > 1 for v in votes.values())  # the order within an entity is checked


def test_events_at_a_point_total_is_a_recount(real_store):
    drawn = geomap.event_map(real_store)
    for cluster in drawn["clusters"][:3]:
        ids = cluster["ids"].split(",")
        recount: set[str] = set()
        for place in ids:  # one place at a time: nothing to subtract
            total, events = real_store.events_at([place], 10**6, 0)
            assert total == len(events)
            recount.update(events)
        total, _page = real_store.events_at(ids, 20, 0)
        assert total == len(recount)
    assert any(len(c["places"]) > 1 for c in drawn["clusters"][:3])


def _clusters_recomputed(points, view):
    """:func:`geomap.clusters` as it was written first, each centre re-summed from
    its members whenever one joins: the reference its running sums must equal."""
    scale = view[2] / geomap.WIDTH
    groups, centres = [], []

    def overlap(a, b):
        reach = (geomap.circle_px(a[2]) + geomap.circle_px(b[2]) + 2) * scale
        return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 < reach

    def centre(members):
        total = sum(m.events for m in members)
        x = sum(m.x * m.events for m in members) / total
        return x, sum(m.y * m.events for m in members) / total, total

    for p in sorted(points, key=lambda p: (-p.events, p.entity_id)):
        mine = (p.x, p.y, p.events)
        home = next((i for i, c in enumerate(centres) if overlap(c, mine)), None)
        if home is None:
            groups.append([p])
            centres.append(mine)
        else:
            groups[home].append(p)
            centres[home] = centre(groups[home])
    merged = True
    while merged:
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
    return sorted((round(x, 2), round(y, 2), t) for x, y, t in centres)


@pytest.mark.unit
@pytest.mark.parametrize("seed", range(6))
def test_cluster_centres_from_running_sums_equal_a_recount(seed):
    from dossier import geo

    rng = random.Random(seed)
    place = geo.Place("x", "PK", None, 30.0, 70.0, "PPL", None, "x", "test")
    points = [
        geomap.Spot(f"e{i}", f"p{i}", place, rng.uniform(600, 700), rng.uniform(100, 160),
                    Counter({"ASSAULT": rng.randint(1, 400), "COERCE": rng.randint(0, 50)}))
        for i in range(80)
    ]  # fmt: skip
    view = (600.0, 100.0, 100.0, 50.0)
    found = geomap.clusters(points, view)
    assert len(found) < len(points)  # places merged
    assert sorted((c["x"], c["y"], c["events"]) for c in found) == _clusters_recomputed(
        points, view
    )


def test_depth_two_reads_each_event_once_and_draws_the_same_links(real_store):
    from dossier.query import graph

    fold = DemonymFold(real_store)
    ego = graph.default_ego(real_store, fold)
    q = GraphQuery(entity=ego, depth=2)
    read: dict[str, Any] = {}
    mine = graph._links(real_store, fold, ego, q, read=read)
    assert mine and read
    neighbours = graph._ranked(graph._strength(mine, ego), {ego})[: graph.SECOND_RING]
    for neighbour in neighbours:
        shared = graph._links(real_store, fold, neighbour, q, graph.NEIGHBOUR_EVENT_CAP, read=read)
        alone = graph._links(real_store, fold, neighbour, q, graph.NEIGHBOUR_EVENT_CAP)
        assert {k: (e.weight, e.events, e.stories) for k, e in shared.items()} == {
            k: (e.weight, e.events, e.stories) for k, e in alone.items()
        }


def test_ego_links_make_the_edges_the_events_make(real_store):
    """The ego graph's light links (:class:`graph._Link`) become exactly the edges
    :func:`graph._add` builds from the same events, types in the same order."""
    from dossier.query import graph

    fold = DemonymFold(real_store)
    ego = graph.default_ego(real_store, fold)
    for q in (GraphQuery(entity=ego), GraphQuery(entity=ego, min_stories=2)):
        links = graph._links(real_store, fold, ego, q)
        ids = real_store.entity_event_ids(sorted(fold.members(ego)), graph.EVENT_CAP)
        events = {e["id"]: e for e in real_store.event_links(ids)}
        edges: dict[tuple[str, str], graph.Edge] = {}
        for event_id in sorted(ids):
            graph._add(edges, fold, events[event_id], events[event_id]["evidence"])
        expected = {k: e for k, e in edges.items() if len(e.stories) >= q.min_stories}
        assert links and list(links) == list(expected)
        for (source, target), link in links.items():
            made, want = link.edge(source, target), expected[source, target]
            assert (made.weight, made.events, made.stories) == (
                want.weight,
                want.events,
                want.stories,
            )
            assert list(made.types.items()) == list(want.types.items())


def test_the_app_freezes_the_gazetteer_out_of_the_collectors_walks(settings, seed_db):
    import gc

    gc.unfreeze()
    create_app(settings.with_overrides(db=str(seed_db), token=""))
    frozen = gc.get_freeze_count()
    # the gazetteer alone is some 190,000 objects; a full collection no longer walks them
    assert frozen > 100_000
    assert len(gc.get_objects()) < frozen  # what a full collection still walks
