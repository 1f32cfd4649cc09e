"""Issue 17, session 16: spans cut inside place names, joint datelines, letters a report
defines by lower-case words.

Hand-built mentions (the model's labels fixed), so each test checks one rule of resolution
without the parser's choices.
"""

from __future__ import annotations

import pytest

from dossier import names
from dossier.kb import resolve
from tests.test_resolve_store import _doc

pytestmark = pytest.mark.unit


def _keys(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    resolved = resolve.corefer(_doc(1, text, spans), agencies=[])
    return [(m.text, m.key, m.label) for m in resolved.mentions]


def test_lower_case_definitions_are_read_with_the_shortest_run():
    text = (
        "Troops conducted an intelligence-based operation (IBO) in Dorvan. A first information "
        "report (FIR) was lodged over improvised explosive devices (IEDs), and counterterrorism "
        "(CT) went on."
    )
    assert names.lower_case_acronyms(text) == {
        "IBO": "intelligence-based operation",
        "FIR": "first information report",
        "IED": "improvised explosive devices",
    }


def test_letters_defined_by_capitalised_words_too_are_a_name():
    text = "The Joint Action Force (JAF) and a joint action force (JAF) met."
    assert names.lower_case_acronyms(text) == {}


def test_letters_a_report_defines_in_lower_case_name_nothing_there():
    text = (
        "Security forces conducted an intelligence-based operation (IBO) in Dorvan. The IBO "
        "left two dead, the ISPR said, and two more IBOs followed."
    )
    found = _keys(text, [("IBO", "ORG"), ("IBO", "ORG"), ("ISPR", "ORG"), ("IBOs", "ORG")])
    assert [t for t, _k, _l in found] == ["ISPR"]


def test_the_same_letters_undefined_elsewhere_are_kept():
    text = "The IBO left two dead in Dorvan, officials said."
    assert [t for t, _k, _l in _keys(text, [("IBO", "ORG"), ("Dorvan", "GPE")])] == [
        "IBO",
        "Dorvan",
    ]


def test_a_body_spelled_out_in_lower_case_keeps_its_letters():
    text = (
        "A joint investigation team (JIT) was formed, and the counter-terrorism department "
        "(CTD) said the JIT and the CTD would report."
    )
    found = _keys(text, [("JIT", "ORG"), ("CTD", "ORG"), ("JIT", "ORG"), ("CTD", "ORG")])
    assert [t for t, _k, _l in found] == ["JIT", "CTD", "JIT", "CTD"]
