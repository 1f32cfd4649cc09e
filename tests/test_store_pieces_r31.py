"""How the store reads a long list of ids a bounded statement at a time (session 31 review):
one helper, :func:`dossier.store.summaries._pieces`, where each read wrote its own slicing
loop and its own ``",".join("?" * len(chunk))``. A list longer than one piece must come
back whole, on both backends."""

from __future__ import annotations

import pytest

from dossier.store import open_store
from dossier.store.summaries import _CHUNK, _chunks, _marks, _pieces


@pytest.mark.unit
def test_pieces_keep_the_order_given_and_the_last_piece_holds_the_rest():
    assert list(_pieces(["c", "a", "b", "e", "d"], 2)) == [["c", "a"], ["b", "e"], ["d"]]
    assert list(_pieces((3, 1, 2), 3)) == [[3, 1, 2]]  # a tuple's piece is a list
    assert list(_pieces([], 2)) == []


@pytest.mark.unit
def test_chunks_are_the_pieces_of_the_sorted_ids():
    assert list(_chunks({"c", "a", "b"}, 2)) == [["a", "b"], ["c"]]


@pytest.mark.unit
def test_marks_are_one_placeholder_a_value():
    assert _marks(["x", "y", "z"]) == "?,?,?"
    assert _marks([]) == ""


@pytest.mark.unit
def test_a_read_of_more_ids_than_one_piece_finds_them_all(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    try:
        with store.transaction():
            watch_id = store.add_watch("group", "ent_x", ["x"])
            for n in range(_CHUNK + 3):
                store.add_alert(f"fp{n}", watch_id, "ent_x", "alias", {})
        asked = [f"fp{n}" for n in range(_CHUNK + 10)]
        assert store.known_fingerprints(asked) == {f"fp{n}" for n in range(_CHUNK + 3)}
    finally:
        store.close()
