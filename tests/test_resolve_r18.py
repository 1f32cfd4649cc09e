"""Issue 17, session 18 (check-r14): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.kb import resolve
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _keys(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    resolved = resolve.corefer(_doc(1, text, spans), agencies=[])
    return [(m.text, m.key, m.label) for m in resolved.mentions]


@pytest.mark.parametrize(
    ("surface", "label"), [("van", "GPE"), ("mosques", "FAC"), ("khwarij", "PERSON")]
)
def test_one_word_in_lower_case_names_nothing(surface, label):
    text = f"Gunmen fired at the police {surface} near Dorvan."
    assert [t for t, _k, _l in _keys(text, [(surface, label), ("Dorvan", "GPE")])] == ["Dorvan"]


def test_lower_case_words_of_a_longer_description_are_left_to_the_other_rules():
    # "health ministry": a description the model took for a name; it stays (in its report)
    text = "The health ministry in Dorvan said six died."
    keys = _keys(text, [("health ministry", "ORG")])
    assert [t for t, _k, _l in keys] == ["health ministry"]
