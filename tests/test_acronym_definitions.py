"""Session 35 review: one reading of a report's acronym definitions
(:func:`dossier.kb.acronyms.acronym_definitions`) serves :func:`~dossier.kb.resolve.corefer`
and :func:`~dossier.kb.acronyms.link_definitions`. The names are invented."""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import acronyms

pytestmark = pytest.mark.unit

TEXT = (
    "The Lakeside Road Safety Analysis Team (Lrsat) met the Northern Border Corps (NBC) "
    "and the Valley Water Board (VWB). Lrsat said the NBC would help."
)


def test_both_readings_kept_apart() -> None:
    found = acronyms.acronym_definitions(TEXT)
    assert found.capitals == {"NBC": "Northern Border Corps", "VWB": "Valley Water Board"}
    assert found.words == {"Lrsat": "Lakeside Road Safety Analysis Team"}
    # the same as each reading on its own
    assert found.capitals == names.acronyms_in_text(TEXT)


def test_merged_puts_words_first_and_lets_capitals_win() -> None:
    definitions = acronyms.Definitions(
        capitals={"AB": "Alpha Bravo", "CD": "Charlie Delta"},
        words={"Efg": "Echo Foxtrot Golf", "AB": "a word's reading"},
    )
    merged = definitions.merged()
    assert list(merged) == ["Efg", "AB", "CD"]
    assert merged["AB"] == "Alpha Bravo"


def test_no_definitions() -> None:
    found = acronyms.acronym_definitions("Nothing is defined here (not even this).")
    assert found == acronyms.Definitions(capitals={}, words={})
    assert found.merged() == {}
