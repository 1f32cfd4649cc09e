"""A labour strike is no attack (session 35, issue 16): a strike named by who holds it ("a
U.S. actors strike", "a teachers strike") or called by a union is a walkout, not ASSAULT
(ECB+ dev read the prospect of an actors' strike over the Oscars as an attack in Hollywood);
armed strikes, and a strike that "call" only names, stay attacks. Fictional sentences."""

from __future__ import annotations

import pytest

from tests.test_events import _events

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "walkout", "attack"),
    [
        ("The prospect of a U.S. nurses strike hung over the hospitals this week.", True, False),
        ("A teachers strike in Quetta closed 200 schools on Monday.", True, False),
        ("The dockers' union called a strike at the port on Monday.", True, False),
        ("A drone strike killed four militants in the valley on Monday.", False, True),
        (
            "The minister called the army's strike on the camp unjustified on Friday.",
            False,
            True,
        ),
    ],
)
def test_a_walkout_is_no_attack(text: str, walkout: bool, attack: bool, settings) -> None:
    events = _events(text, settings)
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in events) is walkout, events
    assert any(e.type == "ASSAULT" for e in events) is attack, events
