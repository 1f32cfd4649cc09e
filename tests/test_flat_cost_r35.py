"""Session 35 (issue 19, round 6): :class:`dossier.kb.entity_links.BatchReads` reads the names,
pins and entities of only the block members :func:`dossier.kb.entity_links.find_link` may propose
(no document-scoped key) and of the batch's own keys.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dossier.kb import entity_keys, entity_links, resolve
from dossier.store import open_store
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _earlier() -> list[Any]:
    """Three reports of a man in full, and one of another man of his name that the report
    keeps to itself (a key scoped to it, as :func:`resolve.corefer` scopes two men of one
    name in a report, filed in the same blocks as the unscoped full name)."""
    full = [
        _doc(i, f"Aneel Haider spoke in Dorvan on day {i}.", [("Aneel Haider", "PERSON")])
        for i in range(3)
    ]
    other = _doc(10, "Aneel Haider, a farmer, came to Korvan.", [("Aneel Haider", "PERSON")])
    scoped = entity_keys.scoped_key("aneel haider", "doc-10")
    other = replace(other, mentions=[replace(m, key=scoped) for m in other.mentions])
    return [*full, other]


def _add(store: Any, batches: list[list[Any]]) -> None:
    """As :func:`tests.test_resolve_store._ingest`, the keys as given (no coreference)."""
    for batch in batches:
        with store.transaction():
            for item in batch:
                store.add_document(item, store.record_source(item.document.source, "x"))
            resolve.update_entities(store, batch)


def _later() -> list[Any]:
    return [_doc(20, "Aneel Hyder spoke in Dorvan again.", [("Aneel Hyder", "PERSON")])]


def test_the_batch_reads_no_scoped_block_member(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The blocks of the new "Aneel Hyder" hold earlier scoped keys; none is read, the
    unscoped full name is, and the new name still joins it (fails if a candidate is dropped
    or if a scoped member is read)."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _add(store, [_earlier()])
        seen: list[entity_links.BatchReads] = []
        real = entity_links.BatchReads.__init__

        def spy(self: entity_links.BatchReads, *args: Any, **kwargs: Any) -> None:
            real(self, *args, **kwargs)
            seen.append(self)

        monkeypatch.setattr(entity_links.BatchReads, "__init__", spy)
        _add(store, [_later()])
        (reads,) = seen
        members = {k for ks in reads.members.values() for k in ks}
        scoped = {k for k in members if entity_keys.SCOPE in k}
        assert scoped, "the blocks hold earlier scoped keys"
        assert not scoped & set(reads.profiles)
        assert not scoped & reads.pinned
        assert "aneel haider" in reads.profiles
        entity_of = store.entity_ids_for_keys(["aneel haider", "aneel hyder"])
        assert entity_of["aneel hyder"] == entity_of["aneel haider"]
    finally:
        store.close()


def test_an_incremental_batch_resolves_as_one_batch_does(tmp_path: Path) -> None:
    """The later report added to a store of the earlier ones gives the same entities as all
    of them ingested at once (fails on a wrong incremental update)."""
    once = open_store(str(tmp_path / "once.db"))
    twice = open_store(str(tmp_path / "twice.db"))
    try:
        _add(once, [_earlier() + _later()])
        _add(twice, [_earlier(), _later()])

        def grouping(store: Any) -> set[frozenset[str]]:
            keys = store.all_keys()
            entity_of = store.entity_ids_for_keys(keys)
            groups: dict[str, set[str]] = {}
            for key in keys:
                groups.setdefault(entity_of[key], set()).add(key)
            return {frozenset(g) for g in groups.values()}

        assert grouping(twice) == grouping(once)
        assert any({"aneel haider", "aneel hyder"} <= g for g in grouping(twice))
    finally:
        once.close()
        twice.close()


@pytest.mark.parametrize("text", ["Haider", "SSP Haider", "Trump's", "Aneel Haider", "ISPR", "Mr"])
def test_the_lone_word_is_asked_once_per_text(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`entity_keys._lone_word` is cached: the same text asked again strips no titles
    (fails without the cache), and the answer is the uncached function's."""
    entity_keys._lone_word.cache_clear()
    calls: list[str] = []
    real = resolve.names.strip_titles

    def spy(name: str) -> list[str]:
        calls.append(name)
        return real(name)

    monkeypatch.setattr(resolve.names, "strip_titles", spy)
    first = entity_keys._lone_word(text)
    assert entity_keys._lone_word(text) == first == entity_keys._lone_word.__wrapped__(text)
    assert calls == [text, text]  # the first ask and the uncached reference, no more
