"""Issue 17, session 14: entity-level evidence over the model's label of one report.

Hand-built mentions (the model's labels fixed) and a real store, so each test checks one rule
of resolution without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier.kb import resolve
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _keys(item) -> list[str]:
    return [m.key for m in resolve.corefer(item, agencies=[]).mentions]


def test_an_undefined_acronym_that_two_written_names_fit_takes_neither():
    # the model found only one name of the initials; the text writes another it missed
    text = (
        "The raid in Khyber Pakhtunkhwa’s Dorvan district killed a man of Khost Province, "
        "officials said. Attacks rose in KP this year."
    )
    keys = _keys(_doc(1, text, [("Khost Province", "GPE"), ("KP", "GPE")]))
    assert keys == ["khost province", "kp"]
    # with no other name of those initials written, the one found name is the expansion
    text = "A man of Khost Province was killed, officials said. Attacks rose in KP this year."
    keys = _keys(_doc(2, text, [("Khost Province", "GPE"), ("KP", "GPE")]))
    assert keys == ["khost province", "khost province"]
    # the found name written again in another form ("Khost Province’s") is no other name
    text = "Khost Province’s governor spoke. Khost Province was calm. KP officials agreed."
    keys = _keys(_doc(3, text, [("Khost Province", "GPE"), ("KP", "GPE")]))
    assert keys[-1] == "khost province"
