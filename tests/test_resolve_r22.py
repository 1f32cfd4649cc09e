"""Issue 17, session 22 (check-r18): rules of resolution measured on a fresh sample.

Hand-built mentions (the model's labels fixed) so each test checks one rule without the
parser's choices. The names are invented, but for the gazetteer's real cities.
"""

from __future__ import annotations

import pytest

from dossier import geo
from dossier.kb import resolve
from dossier.names import normalize_name
from dossier.store.base import AliasStat
from tests.test_resolve_store import _keys

pytestmark = pytest.mark.unit


def _stats(text: str, label: str, n: int = 5) -> list[AliasStat]:
    return [AliasStat(normalize_name(text), text, label, n, n)]


# -- a big city in every country the gazetteer knows it in is a place ------------------------------


def test_a_name_that_is_a_big_city_in_two_countries_is_a_place():
    gazetteer = geo.load_gazetteer()
    found = gazetteer.candidates("Hyderabad")
    assert len({p.country for p in found}) >= 2  # the rule's case: no one country
    assert resolve.gazetteer_place("Hyderabad", gazetteer)
    assert resolve.choose_type(_stats("Hyderabad", "ORG"), gazetteer) == "GPE"


def test_a_name_with_a_small_namesake_abroad_keeps_the_models_label():
    gazetteer = geo.load_gazetteer()
    found = gazetteer.candidates("Paris")
    assert any((p.population or 0) < resolve.PLACE_MIN_POPULATION for p in found)
    assert not resolve.gazetteer_place("Paris", gazetteer)


