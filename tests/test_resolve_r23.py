"""Issue 17, session 23 (check-r19): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented.
"""

from __future__ import annotations

import pytest

from dossier.kb import resolve
from dossier.names import normalize_name
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _stats(text: str, label: str, n: int = 5) -> list[AliasStat]:
    return [AliasStat(normalize_name(text), text, label, n, n)]


# -- a group's word before a noun is not the surname of the man named after the group ---


def test_a_word_before_a_noun_whose_plural_the_report_writes_is_the_group():
    text = (
        "Abdul Karim al-Zorvi leads the Zorvis, an armed movement. Zorvi rebels fired on "
        "ships, the Zorvi-run ministry said."
    )
    spans = [
        ("Abdul Karim al-Zorvi", "PERSON"),
        ("Zorvis", "ORG"),
        ("Zorvi", "PERSON"),
        ("Zorvi", "PERSON"),
    ]
    found = _keys(text, spans)
    assert [key for _, key, _ in found[2:]] == ["zorvi", "zorvi"]  # not the man's key
    assert [label for _, _, label in found[2:]] == ["ORG", "ORG"]  # the model's PERSON: a group


def test_a_surname_alone_still_joins_its_man_without_a_plural_or_a_noun_after():
    text = "Abdul Karim al-Zorvi spoke on Monday. Zorvi said the talks would go on."
    found = _keys(text, [("Abdul Karim al-Zorvi", "PERSON"), ("Zorvi", "PERSON")])
    assert found[1][1] == found[0][1]
    # a family is kept apart by its own rule, not read as the group
    assert not resolve._group_word(
        resolve.Mention(0, 5, "Varda", "PERSON", "varda", 0),
        "Varda family members met. The Vardas left.",
    )
