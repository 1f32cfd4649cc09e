"""Session 36 (issue 19): :func:`dossier.kb.name_types.summarize` chooses an entity's display
name once and hands it to :func:`dossier.kb.name_types.choose_type`, which asked it again for
every test of the name (three to five times an entity, for every entity a batch touches).
"""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb import entity_links, name_types, resolve
from dossier.store.base import AliasStat

pytestmark = pytest.mark.unit


def _stats() -> list[AliasStat]:
    """A woman's name the model mostly calls a place ("Sughra Bibi case"): the type reads
    the display name twice on its way (the name's head, then the woman's name test)."""
    return [
        AliasStat("sughra bibi", "Sughra Bibi", "GPE", 5, 4),
        AliasStat("sughra bibi", "Sughra Bibi", "PERSON", 2, 2),
        AliasStat("sughra bibi", "SUGHRA BIBI", "GPE", 1, 1),
    ]


def test_summarize_chooses_the_name_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails when ``choose_type`` (or ``_name_type``) asks ``choose_name`` again."""
    calls: list[int] = []
    real = name_types.choose_name

    def counted(stats: Any) -> str:
        calls.append(1)
        return real(stats)

    monkeypatch.setattr(name_types, "choose_name", counted)
    row = name_types.summarize("ent", _stats(), 5)
    assert len(calls) == 1
    assert (row.name, row.type) == ("Sughra Bibi", "PERSON")


def test_the_name_given_types_as_the_name_chosen() -> None:
    """The same type with the name handed in as with the name chosen inside."""
    stats = _stats()
    name = name_types.choose_name(stats)
    assert name_types.choose_type(stats, None, 0, 5, name) == name_types.choose_type(
        stats, None, 0, 5
    )
    assert name_types.choose_type(stats) == "PERSON"


def test_the_title_test_of_a_name_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same name chosen among twice strips titles once (fails without the cache), and
    the answer is the uncached one: "General Asim Munir" is titled, "Asim Munir" is not."""
    name_types._untitled.cache_clear()
    calls: list[str] = []
    real = resolve.names.strip_titles

    def counted(text: str) -> list[str]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(resolve.names, "strip_titles", counted)
    stats = [
        AliasStat("asim munir", "General Asim Munir", "PERSON", 5, 4),
        AliasStat("asim munir", "Asim Munir", "PERSON", 2, 2),
    ]
    assert name_types.choose_name(stats) == "Asim Munir"
    assert name_types.choose_name(stats) == "Asim Munir"
    assert sorted(calls) == ["Asim Munir", "General Asim Munir"]
    assert name_types._untitled("General Asim Munir") is False
    assert name_types._untitled("Asim Munir") is True


def test_a_widely_named_place_is_looked_up_once() -> None:
    """The weak names' link asks the gazetteer of the same name once (fails without the
    cache); the answers are the gazetteer's."""

    class Counting:
        """A gazetteer that knows one country and counts the questions."""

        def __init__(self) -> None:
            self.asked: list[str] = []

        def country(self, name: str) -> str | None:
            self.asked.append(name)
            return "PK" if name.casefold() == "pakistan" else None

        def candidates(self, name: str) -> list[Any]:
            return []

    gazetteer: Any = Counting()
    assert entity_links._widely_named("pakistan", gazetteer) is True
    assert entity_links._widely_named("pakistan", gazetteer) is True
    assert entity_links._widely_named("rashid khan", gazetteer) is False
    assert gazetteer.asked == ["pakistan", "rashid khan"]
