"""Issue 19, session 38: two reads that grew with the store, bounded by what the batch asks.

* The incident join's named-alike filter keys each person's name once per run, not once per
  new report (:func:`dossier.kb.named_alike.person_key` is cached): it keys every resolved
  person of the day's candidate documents for each new report, and a denser store brings
  the same names back report after report.
* The lone surnames' re-link (:func:`dossier.kb.surname_links.link_surnames`) reads the names of
  its surname blocks' full names that may end in a word it asks about, not of every member
  of the blocks (which fill with the store).
"""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb import entity_keys, entity_links, named_alike, resolve, surname_links
from dossier.kb.named_alike import may_name_alike, person_key
from dossier.store import open_store
from tests.test_resolve_store import _doc, _entity_names, _ingest

pytestmark = pytest.mark.unit


class _Store:
    """The rows ``resolved_persons`` gives: resolved PERSON mentions per document."""

    def __init__(self, mentions: dict[str, list[str]]):
        self.mentions = mentions

    def resolved_persons(self, document_ids: list[str]) -> list[dict[str, Any]]:
        return [
            {"document_id": d, "text": text, "entity_id": f"e-{text}"}
            for d in document_ids
            for text in self.mentions[d]
        ]


def test_each_name_is_keyed_once_across_reports(monkeypatch):
    """Three new reports of one day read the same stored documents: each distinct name is
    folded once in all (on ``main``, once per report: the cache lived for one call)."""
    folded: list[str] = []
    real = named_alike.unidecode

    def counting(text: str) -> str:
        folded.append(text)
        return real(text)

    monkeypatch.setattr(named_alike, "unidecode", counting)
    person_key.cache_clear()
    store = _Store(
        {
            "a": ["Havildar Manzoor Ali", "Ali Bilawal", "Qadir Zehri Baloch"],
            "b": ["Manzoor Ali", "Ali Bilawal"],
            "c": ["Zarina Wahab Khattak"],
        }
    )
    mine = frozenset({"manzur ali", "ali bilaval"})  # person_key's folding
    for _report in range(3):
        assert may_name_alike(store, mine, ["a", "b", "c"]) == {"a", "b"}
    assert sorted(folded) == sorted(
        {"Havildar Manzoor Ali", "Ali Bilawal", "Qadir Zehri Baloch", "Manzoor Ali"}
        | {"Zarina Wahab Khattak"}
    )


def test_cached_key_is_the_key():
    """The cache changes no answer: the folded last two words, None for one word."""
    person_key.cache_clear()
    assert person_key("Havildar Manzoor Ali") == person_key("Manzoor Ali") == "manzur ali"
    assert person_key("Ali") is None
    assert person_key("Ali") is None  # a cached None is still None


def _lone(word: str, document: str) -> str:
    return entity_keys.scoped_key(word, entity_keys.LONE + document)


def test_ends_in_one_of_is_ends_in_any() -> None:
    """The one-pass test answers as :func:`surname_links._may_end_in` asked word by word."""
    keys = ["aneel haider", "zain hyder", "haider", "mr haider", "hyder", "ali haider khan"]
    keys += [entity_keys.scoped_key("haider", "x"), "ḥaidar", "bilal haidar"]
    for words in (frozenset(), frozenset({"haider"}), frozenset({"hyder", "khan"})):
        for key in keys:
            expected = any(surname_links._may_end_in(key, word) for word in words)
            assert surname_links._may_end_in_one_of(key, words) == expected, (key, words)


def test_the_relink_reads_no_name_of_another_spelling(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch naming "Haider" alone reads, of its surname block ("Haider", "Hyder": one
    consonant skeleton), the names of the full names ending in "Haider" only -- never "Zain
    Hyder"'s (on ``main`` every member of the block was read); the lone word still joins
    the dominant full name."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        full = [
            _doc(i, f"Aneel Haider spoke in Dorvan on day {i}.", [("Aneel Haider", "PERSON")])
            for i in range(3)
        ]
        full.append(_doc(5, "Zain Hyder met farmers in Korvan.", [("Zain Hyder", "PERSON")]))
        _ingest(store, [[d] for d in full])
        read: list[str] = []
        inside = [False]
        real_profiles, real_link = entity_links.key_profiles, surname_links.link_surnames

        def profiles(store_: Any, keys: Any) -> Any:
            if inside[0]:
                read.extend(keys)
            return real_profiles(store_, keys)

        def link(store_: Any, keys: Any) -> Any:
            inside[0] = True
            try:
                return real_link(store_, keys)
            finally:
                inside[0] = False

        monkeypatch.setattr(surname_links, "key_profiles", profiles)
        monkeypatch.setattr(resolve, "link_surnames", link)
        lone = _doc(20, "Haider left the meeting in Dorvan.", [("Haider", "PERSON")])
        _ingest(store, [[lone]])
        assert "aneel haider" in read and "zain hyder" not in read
        assert _lone("haider", "doc-20") in _entity_names(store, "aneel haider")
    finally:
        store.close()
