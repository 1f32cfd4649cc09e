"""Session 32 (issue 19): the work a batch does is bounded by what the batch names.

* The lone surnames' re-link (:func:`dossier.kb.surname_links.link_surnames`) judges an earlier
  report's lone word again only where the batch names that very word (as a full name's last
  word, or alone), not every spelling of its surname block.
* Complete linkage (:func:`dossier.kb.event_groups._linked`) reads no story per candidate
  group: the story comes with the group's rows (:meth:`Store.event_group_rows`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from dossier.kb import entity_keys, surname_links
from dossier.kb.event_groups import _linked
from dossier.names import normalize_name
from dossier.store import open_store
from tests.test_resolve_store import _doc, _entity_names, _ingest
from tests.test_undated_reports import _capture

pytestmark = pytest.mark.unit


def _lone(word: str, document: str) -> str:
    return entity_keys.scoped_key(word, entity_keys.LONE + document)


def test_the_very_words_are_full_names_last_words_and_words_alone() -> None:
    keys = {"aneel haider", "munir", _lone("khan", "doc-1"), "united nations"}
    assert surname_links._very_words(keys) == {"haider", "munir", "nations"}


def test_only_the_very_words_lone_keys_are_judged_again() -> None:
    found = {
        _lone("haider", "doc-1"),
        _lone("hyder", "doc-2"),  # the same surname block (consonants h-d-r), another word
        "hyder",
        "haider",
        "aneel haider",  # a full name: kept whole, whatever its word
        "zain hyder",
    }
    kept = surname_links._of_words(found, frozenset({"haider"}))
    assert kept == {_lone("haider", "doc-1"), "haider", "aneel haider", "zain hyder"}


def test_a_spelling_variant_of_the_block_is_not_asked_again(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An earlier report's lone "Hyder" shares the surname block of "Aneel Haider" but not
    its word: a batch naming Aneel Haider asks the store about "Haider", never "Hyder" (the
    store cannot have changed its answer for "Hyder" through a name ending in "Haider");
    the earlier lone "Haider" still joins the full name once it dominates."""
    store = open_store(str(tmp_path / "kb.db"))
    try:
        lone_docs = [
            _doc(0, "Haider left the meeting in Dorvan.", [("Haider", "PERSON")]),
            _doc(1, "Hyder met farmers in Korvan.", [("Hyder", "PERSON")]),
        ]
        _ingest(store, [lone_docs])
        asked: list[str] = []
        real = surname_links.surname_link

        def spy(store_: Any, key: str, text: str, label: str) -> Any:
            asked.append(normalize_name(text))
            return real(store_, key, text, label)

        monkeypatch.setattr(surname_links, "surname_link", spy)
        full = [
            _doc(10 + i, f"Aneel Haider spoke in Dorvan on day {i}.", [("Aneel Haider", "PERSON")])
            for i in range(3)
        ]
        _ingest(store, [[d] for d in full])
        assert "haider" in asked and "hyder" not in asked
        assert _lone("haider", "doc-0") in _entity_names(store, "aneel haider")
        assert _lone("hyder", "doc-1") not in _entity_names(store, "aneel haider")
    finally:
        store.close()


def _incident(name: str, story: str | None, *args: Any) -> Any:
    incident = _capture(*args)
    return replace(
        incident,
        document_id=name,
        report=replace(incident.report, document_id=name),
        story=story,
    )


class _NoReads:
    """A store that must not be read: the incidents carry their stories."""

    def story_of(self, ids: list[str]) -> dict[str, tuple[str, int]]:
        raise AssertionError(f"story_of read for {ids}")


DAY = "2011-11-10"


def test_linkage_counts_a_story_once_from_the_stories_the_incidents_carry() -> None:
    dated = _incident("dated-copy", "s1", "ASSAULT", None, {"gulf aden"}, set(), DAY)
    undated = _incident("undated-copy", "s1", "MOBILIZE", None, {"gulf aden"}, set())
    other = _incident("other", "s2", "ASSAULT", None, {"gulf aden"}, {"rescued:26"}, DAY)
    assert _linked(_NoReads(), [dated, undated], [other], 1, False)  # type: ignore[arg-type]
    # two stories: each is compared, and the deployment is not the attack
    apart = replace(undated, story="s3")
    assert not _linked(_NoReads(), [dated, apart], [other], 1, False)  # type: ignore[arg-type]


def test_event_group_rows_carry_their_documents_story(tmp_path: Any) -> None:
    store = open_store(str(tmp_path / "kb.db"))
    try:
        doc = _doc(1, "Aneel Haider spoke in Dorvan.", [("Aneel Haider", "PERSON")])
        _ingest(store, [[doc]])
        with store.transaction():
            store.set_document_group({"document_id": "doc-1", "event_group": "g1"})
        (row,) = store.event_group_rows("g1")
        assert row["document_id"] == "doc-1"
        assert "story_id" in row and row["story_id"] == store.story_of(["doc-1"])["doc-1"][0]
    finally:
        store.close()
