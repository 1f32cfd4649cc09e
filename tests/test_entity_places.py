"""Each place entity's map point is decided when its mentions are written (issue 19).

The map read every place entity's votes and, for a place no document voted on, re-voted it
from up to 20 of its documents' texts on every request. The store now keeps the outcome
(``entity_places``) at commit; these tests hold it to what the per-request resolution says,
on a hand-built store where the context decides (Springfield, Illinois or Missouri) and
where one place has no kept vote, through a second batch that changes the vote, an
entity's removal, and the fill of a store written before the table existed.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from dossier import geo
from dossier.kb import resolve
from dossier.store import open_store
from dossier.web import geomap
from tests.test_resolve_store import _doc

#: the place whose votes are never kept: its point comes from its documents' texts
UNVOTED = "springfield"


def _ingest(store, batch) -> None:
    """As the pipeline writes a batch, the place votes of every name but :data:`UNVOTED`."""
    resolved = [resolve.corefer(a, agencies=[]) for a in batch]
    gazetteer = geo.load_gazetteer()
    with store.transaction():
        for item in resolved:
            store.add_document(item, store.record_source(item.document.source, "x"))
        resolve.update_entities(store, resolved)
        votes = [v for item in resolved for v in geo.document_votes(gazetteer, item)]
        store.add_place_votes([v for v in votes if v[0] != UNVOTED])


def _report(n: int, state: str) -> object:
    text = f"Flooding closed roads in Springfield and Lahore, {state} officials said on day {n}."
    return _doc(n, text, [("Springfield", "GPE"), ("Lahore", "GPE"), (state, "GPE")])


def _places(store) -> list:
    return sorted(store.entities_by_id([r[0] for r in store._all("SELECT id FROM entities")]))


def _as_page_resolves(store) -> dict[str, tuple[str, str]]:
    """Each place entity as the map resolved it per request before: votes, else documents."""
    found = {}
    for row in store.entities_by_id(_places(store)).values():
        if row.type in geo.PLACE_TYPES:
            got = geo.EntityPlaces(store).resolve(row.id, row.name, row.type, geomap.MAX_VOTERS)
            found[row.id] = (got.place.gazetteer_id if got.place else "", got.reason)
    return found


def _kept(store) -> dict[str, tuple[str, str]]:
    return {
        i: (r["place_id"], r["reason"]) for i, r in store.entity_places_of(_places(store)).items()
    }


def _spots(store, rows):
    placed, unplaced = geomap.spots(store, rows)
    return [(s.entity_id, s.name, s.place, s.x, s.y, s.counts) for s in placed], unplaced


def test_kept_points_are_the_per_request_resolution_through_batches(new_db, monkeypatch):
    store = open_store(new_db)
    try:
        _ingest(store, [_report(n, "Illinois") for n in range(3)])
        first = _kept(store)
        (springfield,) = set(store.entity_ids_for_keys([UNVOTED]).values())
        assert store.place_votes(springfield) == []  # resolved from its documents
        assert first[springfield][0] and "of 3 documents" in first[springfield][1]
        assert first == _as_page_resolves(store)
        # Missouri now outvotes Illinois in the documents: the kept point moves with them
        _ingest(store, [_report(10 + n, "Missouri") for n in range(5)])
        second = _kept(store)
        assert second == _as_page_resolves(store)
        assert second[springfield][0] != first[springfield][0]
        # the map page shows the same places, reasons and unplaced list both ways
        rows = [(e, "ATTACK", 1 + i) for i, e in enumerate(sorted(second))]
        rows.append(("ent_no_such_entity", "PROTEST", 2))
        kept_way = _spots(store, rows)
        assert [s[0] for s in kept_way[0]] and kept_way == _spots_without_kept(
            store, rows, monkeypatch
        )
        # an entity that goes takes its point with it
        with store.transaction():
            store.delete_entity(springfield)
        assert springfield not in _kept(store)
    finally:
        store.close()


def _spots_without_kept(store, rows, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(store, "entity_places_of", lambda ids: {})
        return _spots(store, rows)


def test_a_store_from_before_the_table_is_filled_once_on_upgrade(tmp_path):
    db = str(tmp_path / "kb.db")
    store = open_store(db)
    _ingest(store, [_report(n, state) for n, state in enumerate(["Illinois"] * 2 + ["Ohio"])])
    expected = _kept(store)
    store.close()
    assert len(expected) == 4 and Counter(v[0] == "" for v in expected.values())[False] >= 3
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE entity_places")
    conn.execute("DELETE FROM schema_version WHERE version >= 18")  # back before the table
    conn.commit()
    conn.close()
    store = open_store(db)
    try:
        assert _kept(store) == expected == _as_page_resolves(store)
    finally:
        store.close()
