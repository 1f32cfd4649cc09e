"""Session 37 (issue 19, round 8): :func:`dossier.kb.entity_links.find_link` reads a full name's
blocks less its initials blocks ("a:"), and :class:`dossier.kb.entity_links.BatchReads` reads no
block of a document-scoped key. Both were pairs judged (or rows read) that never link, in
numbers that grew with the store.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dossier import names
from dossier.kb import entity_keys, entity_links
from dossier.store import open_store
from tests.test_flat_cost_r35 import _add
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def test_a_full_name_reads_no_initials_block() -> None:
    """A full name's lookup blocks are its blocking keys less "a:" (fails if they are all
    read); an acronym, and a one-word name, keep every block."""
    full = names.blocking_keys("Imran Khan")
    assert "a:ik" in full
    assert entity_links.link_blocks("Imran Khan") == sorted(b for b in full if b[:2] != "a:")
    assert "a:pi" in entity_links.link_blocks("PTI")
    assert entity_links.link_blocks("PTI") == sorted(names.blocking_keys("PTI"))
    assert entity_links.link_blocks("Dorvan") == sorted(names.blocking_keys("Dorvan"))


def _spy(monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], list[tuple[str, str]]]:
    """The batch's :class:`entity_links.BatchReads` and the pairs :func:`find_link` judged."""
    seen: list[Any] = []
    judged: list[tuple[str, str]] = []
    real_init, real_match = entity_links.BatchReads.__init__, entity_links._match

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        seen.append(self)

    def match(a: str, b: str, la: str = "", lb: str = "") -> Any:
        judged.append((a, b))
        return real_match(a, b, la, lb)

    monkeypatch.setattr(entity_links.BatchReads, "__init__", init)
    monkeypatch.setattr(entity_links, "_match", match)
    return seen, judged


def test_full_names_sharing_only_initials_are_not_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new "Ijaz Kakar" shares with the stored "Imran Khan" only the initials block "a:ik": the
    matcher is not asked about the pair (fails when find_link reads the initials block),
    and a spelling of a stored name that shares its word blocks still joins it."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        earlier = [
            _doc(1, "Imran Khan spoke in Dorvan.", [("Imran Khan", "PERSON")]),
            _doc(2, "Aneel Haider spoke in Korvan.", [("Aneel Haider", "PERSON")]),
        ]
        _add(store, [earlier])
        seen, judged = _spy(monkeypatch)
        later = [
            _doc(3, "Ijaz Kakar came to Dorvan.", [("Ijaz Kakar", "PERSON")]),
            _doc(4, "Aneel Hyder spoke in Korvan again.", [("Aneel Hyder", "PERSON")]),
        ]
        _add(store, [later])
        (reads,) = seen
        # the initials block holds the batch's own filing only, not the stored name
        assert "imran khan" not in reads.members.get("a:ik", set())
        assert ("Ijaz Kakar", "Imran Khan") not in judged
        entity_of = store.entity_ids_for_keys(["aneel haider", "aneel hyder", "ijaz kakar"])
        assert entity_of["aneel hyder"] == entity_of["aneel haider"]
        assert entity_of["ijaz kakar"] != store.entity_ids_for_keys(["imran khan"])["imran khan"]
    finally:
        store.close()


def test_an_acronym_still_reads_its_initials_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new acronym's lookup reads the "a:" block the stored expansion is filed in."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        stored = _doc(1, "Pakistan Tehreek-i-Insaf met.", [("Pakistan Tehreek-i-Insaf", "ORG")])
        _add(store, [[stored]])
        seen, _judged = _spy(monkeypatch)
        _add(store, [[_doc(2, "The PTI met again.", [("PTI", "ORG")])]])
        (reads,) = seen
        assert "pakistan tehreek i insaf" in reads.members.get("a:pi", set())
    finally:
        store.close()


def test_the_batch_reads_no_block_of_a_scoped_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch whose only new key is document-scoped reads no block (find_link never links
    such a key; fails when its blocks are read)."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _add(store, [[_doc(1, "Aneel Haider spoke in Dorvan.", [("Aneel Haider", "PERSON")])]])
        seen, _judged = _spy(monkeypatch)
        other = _doc(2, "Aneel Haider, a farmer, came.", [("Aneel Haider", "PERSON")])
        scoped = entity_keys.scoped_key("aneel haider", "doc-2")
        other = replace(other, mentions=[replace(m, key=scoped) for m in other.mentions])
        _add(store, [[other]])
        (reads,) = seen
        # the blocks hold the batch's own filing only, not the stored name, whose name and
        # pins are not read either
        assert not [b for b, keys in reads.members.items() if "aneel haider" in keys]
        assert "aneel haider" not in reads.profiles
        assert (
            store.entity_ids_for_keys([scoped])[scoped]
            != store.entity_ids_for_keys(["aneel haider"])["aneel haider"]
        )
    finally:
        store.close()


def test_the_matchers_per_name_reads_are_cached() -> None:
    """The per-name parts of :func:`names.match` (the translit key, the numbers, the script,
    the list order) are computed once per name, not once per pair (fails uncached), and
    answer as before."""
    for function in (names.translit_key, names._digits, names.has_arabic_script):
        function.cache_clear()  # type: ignore[attr-defined]
    names.list_order.cache_clear()  # type: ignore[attr-defined]
    for other in ("Imran Khaan", "Ijaz Kakar", "Imran Kahn"):
        names.match("Imran Khan", other, "PERSON", "PERSON")
    assert names.translit_key.cache_info().hits >= 2  # type: ignore[attr-defined]
    assert names._digits("F-16 wing 2") == ("16", "2")
    assert names.list_order("KHAN, Imran") == "Imran KHAN"
    assert names.has_arabic_script("عمران") and not names.has_arabic_script("Imran")


#: person pairs the matcher links across documents, each by another path of the rules
_LINKED = [
    ("Ali Shamkhan", "Ali Shamkhani"),  # one token a nisba of the other
    ("Mohammad bin Salman", "Mohammed bin Salman"),  # first tokens fold alike
    ("Subedar Umar Farooq", "Umar Farooq"),  # a title stripped
    ("SHAMKHANI, Ali", "Ali Shamkhani"),  # a list's order
    ("Anwar Saifullah Khan", "Anwar Saifullah"),  # a clan name more
]
#: two men of one surname: apart
_APART = [
    ("Ijaz Kakar", "Sardar Kakar"),
    ("Imran Khan", "Ijaz Khan"),
    ("Zahid Baloch", "Asad Baloch"),
]


@pytest.mark.parametrize(("a", "b"), _LINKED)
def test_persons_apart_never_parts_a_link(a: str, b: str) -> None:
    """A pair the matcher links is never told apart, whichever way round."""
    assert names.match(a, b, "PERSON", "PERSON").cross_document  # type: ignore[union-attr]
    assert not names.persons_apart(a, b) and not names.persons_apart(b, a)


@pytest.mark.parametrize(("a", "b"), _APART)
def test_persons_apart_tells_two_men_of_one_surname(a: str, b: str) -> None:
    """Two men sharing a surname only are apart (fails without the test), and the matcher
    agrees; a name the matcher reads by other rules is never apart."""
    assert names.persons_apart(a, b) and names.persons_apart(b, a)
    result = names.match(a, b, "PERSON", "PERSON")
    assert result is None or not result.cross_document
    assert not names.persons_apart("Iran's Ijaz Kakar", b)  # an owner: other rules
    assert not names.persons_apart("IJK", b)  # an acronym


def test_find_link_does_not_judge_two_men_of_one_surname(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new "Zahid Kakar" shares the stored "Ijaz Kakar"'s surname block: the matcher is not
    asked about the pair (fails without :func:`names.persons_apart` in find_link)."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _add(store, [[_doc(1, "Ijaz Kakar spoke in Dorvan.", [("Ijaz Kakar", "PERSON")])]])
        _seen, judged = _spy(monkeypatch)
        _add(store, [[_doc(2, "Zahid Kakar came to Dorvan.", [("Zahid Kakar", "PERSON")])]])
        assert not [p for p in judged if set(p) == {"Zahid Kakar", "Ijaz Kakar"}]
        entity_of = store.entity_ids_for_keys(["ijaz kakar", "zahid kakar"])
        assert entity_of["ijaz kakar"] != entity_of["zahid kakar"]
    finally:
        store.close()
