"""Issue 17, session 24: an owner says whose body of a kind every state has.

The names are invented but for the states, whose names are what the rule reads.
"""

from __future__ import annotations

import pytest

from dossier import names

pytestmark = pytest.mark.unit


def test_an_owner_never_drops_from_a_body_every_state_has():
    # "India's Supreme Court" is not the Supreme Court a Pakistani report names bare
    assert names.match("India’s Supreme Court", "Supreme Court", "ORG", "ORG") is None
    assert names.match("Supreme Court", "Israel’s Supreme Court", "ORG", "ORG") is None
    assert names.match("Vardania’s Interior Ministry", "Interior Ministry", "ORG", "ORG") is None


def test_an_owner_still_drops_from_a_body_of_its_own_kind():
    found = names.match("Vardania’s Dorvan Guards", "Dorvan Guards", "ORG", "ORG")
    assert found is not None and found.kind == "exact"
    # two owners are kept as before: two states' courts never meet
    assert names.match("India’s Supreme Court", "Pakistan’s Supreme Court", "ORG", "ORG") is None
