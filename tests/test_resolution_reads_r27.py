"""Entity resolution's one-key reads kept and one-key writes grouped (issue 19, session 27).

* :class:`ResolutionReads` answers as the store does after every step of a sequence of
  maps, merges and filed blocks (the same sequence run on a plain store beside it), and
  any other call sees the writes held before it.
* ``keys_in_blocks`` from kept blocks: a lower cap from a higher one, a block read past its
  cap re-read for a higher one, a block a key is filed under re-read.
* ``update_entities`` through it builds the same entities as through the plain store, and
  its statements do not grow with the number of new names of a batch (they were a few a
  name: a round trip each on PostgreSQL).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from dossier.kb import entity_keys, resolve
from dossier.kb.resolution_reads import ResolutionReads
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Document, Mention, Sentence
from dossier.store import open_store


def _seed(store: Any) -> None:
    with store.transaction():
        store.map_keys({"a": ("E1", "new name"), "b": ("E1", "x"), "c": ("E2", "new name")})
        store.add_blocks("a", ["k:a", "k:ab"])
        store.add_blocks("b", ["k:ab"])
        store.add_blocks("c", ["k:c"])


def test_answers_as_the_store_after_each_step(new_db, tmp_path) -> None:
    plain = open_store(new_db)
    # the same steps on a second store: SQLite beside either backend answers the same
    twin = open_store(str(tmp_path / "twin.db"))
    try:
        _seed(plain)
        _seed(twin)
        keys = ["a", "b", "c", "d", "e", "f", "g"]
        with plain.transaction(), twin.transaction():
            cached = ResolutionReads(twin)
            steps = [
                lambda s: s.map_keys({"d": ("E3", "new name")}),
                lambda s: s.add_blocks("d", ["k:ab", "k:d"]),
                lambda s: s.map_keys({"e": ("E1", "link")}),
                lambda s: s.merge_entities("E1", "E3", "merged"),
                lambda s: s.map_keys({"d": ("E2", "moved"), "f": ("E2", "new name")}),
                lambda s: s.map_keys({"d": ("E4", "moved again")}),
                # a key mapped twice with nothing read between: the move is still noted
                lambda s: (
                    s.map_keys({"g": ("E2", "new name")}),
                    s.map_keys({"g": ("E5", "moved")}),
                ),
            ]
            assert cached.entity_ids_for_keys(keys) == plain.entity_ids_for_keys(keys)
            for step in steps:
                step(plain)
                step(cached)
                assert cached.entity_ids_for_keys(keys) == plain.entity_ids_for_keys(keys)
                assert cached.keys_in_blocks(["k:ab", "k:d"], 5) == plain.keys_in_blocks(
                    ["k:ab", "k:d"], 5
                )
                # a call it does not keep sees every write held before it
                for entity in ("E1", "E2", "E3", "E4", "E5"):
                    assert cached.entity_keys(entity) == plain.entity_keys(entity)
            cached.flush()
            assert twin._regrouped == plain._regrouped  # the moves are noted as before
    finally:
        plain.close()
        twin.close()


def _counted(store: Any) -> Counter[str]:
    """Count the statements ``store`` runs, by their first words."""
    counts: Counter[str] = Counter()
    plain_exec, plain_many = store._exec, store._many

    def counted_exec(sql: str, params: Any = ()) -> Any:
        counts[" ".join(sql.split()[:4])] += 1
        return plain_exec(sql, params)

    def counted_many(sql: str, rows: Any) -> None:
        counts[" ".join(sql.split()[:4])] += 1
        plain_many(sql, rows)

    store._exec, store._many = counted_exec, counted_many
    return counts


def test_kept_blocks_answer_for_the_caps_they_can(tmp_path) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    try:
        with store.transaction():
            store.add_blocks_of([("a", ["b1"]), ("b", ["b1"]), ("c", ["b1"]), ("d", ["b2"])])
            counts = _counted(store)
            cached = ResolutionReads(store)
            assert cached.keys_in_blocks(["b1", "b2"], 5) == {"a", "b", "c", "d"}
            assert cached.keys_in_blocks(["b1"], 3) == {"a", "b", "c"}
            assert cached.keys_in_blocks(["b1", "b2"], 2) == {"d"}  # b1 is over the cap
            assert sum(counts.values()) == 1  # all from the first read
            cached = ResolutionReads(store)
            assert cached.keys_in_blocks(["b1"], 1) == set()  # read to 2 of its 3 keys
            assert cached.keys_in_blocks(["b1"], 3) == {"a", "b", "c"}  # so read again
            assert sum(counts.values()) == 3
            cached.add_blocks("e", ["b1"])
            assert cached.keys_in_blocks(["b1"], 5) == {"a", "b", "c", "e"}
            assert cached.keys_in_blocks(["b1"], 3) == set()
    finally:
        store.close()


def _doc(number: int, text: str, spans: list[tuple[str, str]]) -> AnalyzedDocument:
    mentions, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        at = start + len(surface)
        mentions.append(Mention(start, at, surface, label, normalize_name(surface), 0))
    doc = Document(id=f"doc-{number}", source=f"{number}.txt", raw_hash=f"h{number}", text=text)
    return AnalyzedDocument(document=doc, sentences=[Sentence(0, len(text))], mentions=mentions)


def _batches() -> list[list[AnalyzedDocument]]:
    """Spelling variants across batches and within one (a name seen before its partner),
    a lone surname of a dominant full name, an acronym defined, a group named alone."""
    people = [
        _doc(i, f"Orvald Tremaine spoke in Dorvan on day {i}.", [("Orvald Tremaine", "PERSON")])
        for i in range(4)
    ]
    variants = [
        _doc(10, "Mohammad Zarif Khan met Korvan elders.", [("Mohammad Zarif Khan", "PERSON")]),
        _doc(11, "Muhammad Zarif Khan visited Dorvan.", [("Muhammad Zarif Khan", "PERSON")]),
        _doc(12, "Tremaine said on Friday the roads were shut.", [("Tremaine", "PERSON")]),
        _doc(
            13,
            "The Korvan Liberation Front (KLF) attacked a post.",
            [("Korvan Liberation Front", "ORG"), ("KLF", "ORG")],
        ),
    ]
    later = [
        _doc(20, "KLF fighters left Dorvan.", [("KLF", "ORG")]),
        _doc(21, "Mohammed Zarif Khan spoke.", [("Mohammed Zarif Khan", "PERSON")]),
        _doc(22, "Tremaine and Hamas were named.", [("Tremaine", "PERSON"), ("Hamas", "ORG")]),
    ]
    return [people, variants, later]


class _Plain:
    """The store itself, as ``update_entities`` used it before :class:`ResolutionReads`."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def flush(self) -> None:
        pass


def _resolve_all(db: str) -> tuple[list[tuple], list[tuple]]:
    store = open_store(db)
    try:
        for batch in _batches():
            resolved = [resolve.corefer(a, agencies=[]) for a in batch]
            with store.transaction():
                for item in resolved:
                    store.add_document(item, store.record_source(item.document.source, "x"))
                resolve.update_entities(store, resolved)
        keys = [tuple(r) for r in store._all("SELECT * FROM entity_keys ORDER BY key")]
        entities = [tuple(r) for r in store._all("SELECT * FROM entities ORDER BY id")]
        return keys, entities
    finally:
        store.close()


@pytest.fixture()
def two_dbs(request, new_db, tmp_path) -> tuple[str, str]:
    if new_db.startswith("postgresql"):
        return new_db, request.getfixturevalue("pg_database")()
    return new_db, str(tmp_path / "second.db")


def test_update_entities_builds_what_the_plain_store_built(two_dbs, monkeypatch) -> None:
    kept, plain = two_dbs
    expected = None
    with monkeypatch.context() as patch:
        patch.setattr(resolve, "ResolutionReads", _Plain)
        expected = _resolve_all(plain)
    got = _resolve_all(kept)
    assert got == expected
    keys = {k[0]: k[1] for k in got[0]}
    # the cases were exercised: a variant linked, the lone surname joined its full name
    assert keys["muhammad zarif khan"] == keys["mohammad zarif khan"]
    lone = entity_keys.scoped_key("tremaine", entity_keys.LONE + "doc-12")
    assert keys[lone] == keys["orvald tremaine"]


def _names(n: int) -> list[str]:
    """``n`` made-up two-word names, no two alike (no block shared, nothing to match)."""
    first = ["Bravik", "Dostel", "Fenmur", "Gurlap", "Hoskel", "Jandro", "Kelvor", "Lumpet"]
    last = ["Quorrin", "Sablow", "Tindrey", "Wexhal", "Yarcombe", "Zupnick"]
    return [f"{first[i % len(first)]} {last[i // len(first)]}" for i in range(n)]


def _statements_for(db: str, names: int) -> Counter[str]:
    store = open_store(db)
    try:
        batch = [
            _doc(i, f"{name} spoke.", [(name, "PERSON")]) for i, name in enumerate(_names(names))
        ]
        with store.transaction():
            for item in batch:
                store.add_document(item, store.record_source(item.document.source, "x"))
            counts = _counted(store)
            resolve.update_entities(store, batch)
        return counts
    finally:
        store.close()


def test_statements_do_not_grow_with_the_new_names_of_a_batch(new_db, request) -> None:
    few = _statements_for(new_db, 3)
    second = (
        request.getfixturevalue("pg_database")()
        if new_db.startswith("postgresql")
        else new_db + ".many.db"
    )
    many = _statements_for(second, 15)  # blocks within one read's 100
    assert many["INSERT INTO entity_keys (key,"] == 1
    assert many["INSERT INTO key_blocks (block,"] == 1
    assert sum(many.values()) == sum(few.values())
