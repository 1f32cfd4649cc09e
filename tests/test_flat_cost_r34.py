"""Session 34 (issue 19): :func:`dossier.kb.surname_links._of_words` asks the costly
:func:`dossier.kb.entity_keys._lone_word` only of keys that may hold one of the words.

(The round's kept lone-surname states, measured and not kept, are in the branch's history at
``caf2365`` with their tests; README, "Ingest at scale", round 4.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dossier import geo, names
from dossier.kb import entity_keys, entity_links, name_types, surname_links
from dossier.names import normalize_name
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "key",
    [
        "trump",
        "president trump",
        "barrister saif",
        "the haider",
        "aneel haider",
        "mr",
        "o'brien",
        "M\u00fcller",
        "gen. asim munir",
    ],
)
def test_the_quick_word_check_never_drops_a_key_of_the_words(key: str) -> None:
    """:func:`surname_links._may_be_of` is true wherever the key's lone word is one of the words."""
    word = entity_keys._lone_word(key)
    if word is not None:
        assert surname_links._may_be_of(key, frozenset({word, "khan"}))


def test_a_plain_key_without_the_words_is_dropped_unasked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain key none of whose words is asked for is dropped without
    :func:`entity_keys._lone_word`; the keys of the words, and full names, are kept."""
    asked: list[str] = []
    real = entity_keys._lone_word

    def spy(text: str) -> str | None:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(surname_links, "_lone_word", spy)
    lone = entity_keys.scoped_key("haider", entity_keys.LONE + "doc-1")
    other = entity_keys.scoped_key("hyder", entity_keys.LONE + "doc-2")
    kept = surname_links._of_words({lone, other, "hyder", "aneel haider"}, frozenset({"haider"}))
    assert kept == {lone, "aneel haider"}
    assert asked == ["haider"]
    assert not surname_links._may_be_of("aneel haider", frozenset({"khan"}))


def _block_read_full(store: Any, key: str, text: str) -> set[str]:
    """The full names ``main``'s :func:`surname_links.surname_link` kept from its whole block read
    (every block key's profile matched), written out here as the reference."""
    word = entity_keys._lone_word(text)
    bare = " ".join(names.strip_titles(text))
    block = store.keys_in_blocks(sorted(names.blocking_keys(bare)), entity_links.MAX_BLOCK) - {key}
    profiles = entity_links.key_profiles(
        store, sorted(c for c in block if entity_keys.SCOPE not in c)
    )
    gazetteer = geo.load_gazetteer()
    return {
        k
        for k, (other, label) in profiles.items()
        if label == "PERSON"
        and entity_links.is_full_name(other)
        and not name_types._known_place(other, gazetteer)
        and names.surname_match(bare, other)
        and normalize_name(other).split()[-1] == word
    }


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("aneel haider", "Aneel Haider"),
        ("the aneel haider", "the Aneel Haider"),
        ("aneel haider's", "Aneel Haider's"),  # a key that is no normalised name
        ("aneel haider jr", "Aneel Haider Jr."),  # the last word is "jr", as main reads it
        ("ali hyder", "Ali Hyder"),
        ("haider ali", "Haider Ali"),
        ("", ""),
    ],
)
def test_the_end_word_check_keeps_every_key_the_last_check_keeps(key: str, text: str) -> None:
    """:func:`surname_links._may_end_in` is true wherever the last check of
    :func:`surname_links.surname_link` can be: it reads the key's text when that normalises to the
    key, else the key itself as :func:`entity_links.key_profiles` gives it."""
    other = text if normalize_name(text) == entity_keys.base_key(key) else entity_keys.base_key(key)
    ends = normalize_name(other).split()[-1:] == ["haider"]
    assert ends == (key not in {"ali hyder", "haider ali", "aneel haider jr", ""})
    scoped = entity_keys.scoped_key(key, entity_keys.LONE + "doc-1")
    for k in (key, scoped):
        assert surname_links._may_end_in(k, "haider") == ends


def test_the_surname_link_reads_only_the_names_ending_in_the_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The block of "Haider" holds "Ali Hyder" and "Haider Ali" too; only "Aneel Haider"'s
    profile is read, every full name the whole block read kept is still found, and the link
    is the same (fails if a candidate of the block read is missed)."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        docs = [
            _doc(i, f"Aneel Haider spoke in Dorvan on day {i}.", [("Aneel Haider", "PERSON")])
            for i in range(4)
        ]
        docs += [
            _doc(10, "Ali Hyder met farmers in Korvan.", [("Ali Hyder", "PERSON")]),
            _doc(11, "Haider Ali met farmers in Korvan.", [("Haider Ali", "PERSON")]),
        ]
        _ingest(store, [docs])
        key = entity_keys.scoped_key("haider", entity_keys.LONE + "doc-20")
        reference = _block_read_full(store, key, "Haider")
        assert reference == {"aneel haider"}
        asked: list[str] = []
        real = entity_links.key_profiles

        def spy(store_: Any, keys: Any) -> Any:
            asked.extend(keys)
            return real(store_, keys)

        monkeypatch.setattr(surname_links, "key_profiles", spy)
        link = surname_links.surname_link(store, key, "Haider", "PERSON")
        assert link is not None
        assert link.entity == store.entity_ids_for_keys(["aneel haider"])["aneel haider"]
        assert reference <= set(asked)
        assert "ali hyder" not in asked and "haider ali" not in asked
    finally:
        store.close()
