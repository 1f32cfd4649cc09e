"""Issue 17, session 37, second round on check-r37: an office noun the parser cut from its
office's name after a title ("PM [Office]", "General [Headquarters]") names nobody.

Hand-built mentions; the names are invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb import resolve
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _resolved(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(text, label) of each hand-built mention (surface, label, via) after coreference."""
    analyzed = _doc(1, text, [(surface, label) for surface, label, _via in spans])
    mentions = [
        replace(m, via=via) for m, (_s, _l, via) in zip(analyzed.mentions, spans, strict=True)
    ]
    resolved = resolve.corefer(replace(analyzed, mentions=mentions), agencies=[])
    return [(m.text, m.label) for m in resolved.mentions]


@pytest.mark.parametrize(
    "text, cut",
    [
        ("A statement issued by the PM Office said Karlo Venn met the envoy.", "Office"),
        ("The conference was held at the General Headquarters in Dorvan.", "Headquarters"),
        ("A statement by the press wing of President Secretariat said so.", "Secretariat"),
    ],
)
def test_an_office_noun_cut_after_a_title_names_nobody(text: str, cut: str):
    found = _resolved(text, [(cut, "PERSON", "title")])
    assert (cut, "PERSON") not in found
    assert not [m for m in found if m[0] == cut]


def test_a_name_after_a_title_is_still_a_person():
    found = _resolved(
        "Later, Maulana Karlo Venn spoke in Dorvan.", [("Karlo Venn", "PERSON", "title")]
    )
    assert ("Karlo Venn", "PERSON") in found


def test_the_models_own_office_name_is_kept():
    found = _resolved("The Foreign Office said on Friday.", [("Foreign Office", "ORG", "ner")])
    assert ("Foreign Office", "ORG") in found
