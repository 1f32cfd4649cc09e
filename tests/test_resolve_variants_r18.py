"""Issue 17, session 18 (check-r14's last false merges): two one-word names the matcher takes
for spellings of one but written in reports that share no other name are two entities.

Invented names and a real store, so the rule is checked without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.extract.nlp import DESCRIPTION
from dossier.kb import entity_links
from dossier.store import open_store
from tests.test_resolve_store import _doc, _ingest

pytestmark = pytest.mark.unit


def test_the_pair_is_a_spelling_variant_for_the_matcher():
    # the premise of the tests below: without context the two words link
    result = entity_links._match("Kora", "Korah", "GPE", "ORG")
    assert result is not None and result.kind != "exact" and result.cross_document


def _linked(tmp_path, first: list, second: list) -> bool:
    store = open_store(str(tmp_path / "kb.db"))
    try:
        _ingest(store, [first, second])
        found = store.entity_ids_for_keys(["korah", "kora"])
        return found["korah"] == found["kora"]
    finally:
        store.close()


def _party(i: int) -> object:
    text = f"Korah and Velmaris leaders met in Ostrava on day {i}."
    return _doc(i, text, [("Korah", "ORG"), ("Velmaris", "ORG"), ("Ostrava", "GPE")])


def test_a_variant_written_in_another_story_does_not_join(tmp_path):
    # "Kora" the area, beside other places; "Korah" the party, beside its rival and city
    area = _doc(10, "Troops entered Kora near Tundria.", [("Kora", "GPE"), ("Tundria", "GPE")])
    assert not _linked(tmp_path, [_party(i) for i in range(3)], [area])


def test_a_variant_written_beside_the_same_names_joins(tmp_path):
    spelled = _doc(10, "Kora met Velmaris envoys.", [("Kora", "ORG"), ("Velmaris", "ORG")])
    assert _linked(tmp_path, [_party(i) for i in range(3)], [spelled])


def test_a_variant_in_a_report_naming_nothing_else_still_joins(tmp_path):
    # no context to compare: the matcher's word stands
    alone = _doc(10, "Kora said it would answer.", [("Kora", "ORG")])
    assert _linked(tmp_path, [_party(i) for i in range(3)], [alone])


def test_descriptions_and_lower_case_words_are_no_context():
    assert entity_links._context_name("the group", DESCRIPTION) is None
    assert entity_links._context_name("police", "ORG") is None
    assert entity_links._context_name(" Velmaris ", "ORG") == "velmaris"


def test_names_beside_lists_every_name_of_the_reports_writing_a_key():
    doc = _doc(1, "Kora is near Tundria.", [("Kora", "GPE"), ("Tundria", "GPE")])
    context = entity_links.names_beside([doc])
    assert context["kora"] == frozenset({"kora", "tundria"})


def test_a_word_and_its_plural_are_never_kept_apart_for_want_of_context():
    assert entity_links._plural_pair("sunni", "sunnis")
    assert not entity_links._plural_pair("fata", "fatah")


def test_names_beside_reads_only_the_keys_asked_for():
    doc = _doc(1, "Kora is near Tundria.", [("Kora", "GPE"), ("Tundria", "GPE")])
    context = entity_links.names_beside([doc], {"kora"})
    assert context == {"kora": frozenset({"kora", "tundria"})}
