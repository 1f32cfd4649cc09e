"""Which named mention a role span stands for (``kb.facts.overlapping_mention``)."""

from __future__ import annotations

import pytest

from dossier.kb.facts import overlapping_mention
from dossier.records import Mention

pytestmark = pytest.mark.unit


def _mentions(text: str, *names: str) -> list[Mention]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Mention(start, start + len(name), name, "GPE", name.lower(), 0))
    return found


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessor_gives_way_to_the_place_it_owns(apostrophe: str) -> None:
    # a place and the locality it owns are two mentions; the longer owner would win on
    # overlap, but the attack was on the locality
    text = f"confirming a grenade attack on Peshawar{apostrophe}s Malazai area"
    span = (text.index("Peshawar"), len(text))
    mentions = _mentions(text, "Peshawar", "Malazai")
    assert overlapping_mention(span, mentions, text).text == "Malazai"
    # without the text (callers that do not pass it) the old rule stands
    assert overlapping_mention(span, mentions).text == "Peshawar"


def test_names_side_by_side_are_no_possession() -> None:
    # only "'s" joins an owner to what it owns: a comma-joined pair keeps the old rule
    text = "an attack on Lahore, Pakistan"
    span = (text.index("Lahore"), len(text))
    mentions = _mentions(text, "Lahore", "Pakistan")
    assert overlapping_mention(span, mentions, text) is overlapping_mention(span, mentions)


def test_a_lone_possessor_still_stands_for_the_span() -> None:
    text = "an attack on Peshawar's outskirts"
    span = (text.index("Peshawar"), len(text))
    assert overlapping_mention(span, _mentions(text, "Peshawar"), text).text == "Peshawar"
