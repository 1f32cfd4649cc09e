"""The dateline's country is the one the dateline itself resolves to (session 43).

Gazetteer records sort by country code, and the resolver once took the dateline's *first*
record as a country the document names: a "LONDON" report went to Ontario, "SAN DIEGO" to
Colombia, and that country then decided every other ambiguous name of the document.
"""

from __future__ import annotations

import pytest

from dossier.geo import Context, Gazetteer, Place

pytestmark = pytest.mark.unit


def _town(name: str, country: str, admin1: str, people: int, gid: str) -> Place:
    return Place(name, country, admin1, 1.0, 1.0, "PPL", people, gid, "test")


GAZETTEER = Gazetteer(
    [
        _town("San Diego", "CO", "Cesar", 18_531, "g1"),
        _town("San Diego", "US", "California", 1_404_452, "g2"),
        _town("London", "CA", "Ontario", 422_324, "g3"),
        _town("London", "GB", "England", 8_961_989, "g4"),
        _town("Hyderabad", "IN", "Telangana", 6_993_262, "g5"),
        _town("Hyderabad", "PK", "Sindh", 1_921_275, "g6"),
        _town("Albany", "AU", "Western Australia", 35_053, "g7"),
        _town("Albany", "US", "New York", 101_228, "g8"),
        _town("Kotri", "PK", "Sindh", 100_000, "g9"),
        Place("Pakistan", "PK", None, 30.0, 70.0, "PCLI", 220_000_000, "g10", "test"),
    ]
)


def test_a_dateline_city_far_larger_than_its_namesakes_gives_its_country() -> None:
    context = Context(dateline="SAN DIEGO")
    assert GAZETTEER.dateline_countries(context) == {"US"}
    place = GAZETTEER.resolve("San Diego", context).place
    assert place is not None and place.admin1 == "California"


def test_london_is_not_ontario_for_a_report_naming_no_country() -> None:
    place = GAZETTEER.resolve("London", Context(dateline="LONDON")).place
    assert place is not None and place.country == "GB"


def test_the_document_context_decides_the_dateline_before_size() -> None:
    context = Context(countries=frozenset({"PK"}), dateline="HYDERABAD")
    assert GAZETTEER.dateline_countries(context) == {"PK"}
    place = GAZETTEER.resolve("Hyderabad", context).place
    assert place is not None and place.admin1 == "Sindh"


def test_a_dateline_left_open_vouches_for_no_country() -> None:
    context = Context(dateline="ALBANY")
    assert GAZETTEER.dateline_countries(context) == set()
    assert GAZETTEER.resolve("Albany", context).place is None


def test_a_dateline_of_one_country_still_vouches_for_it() -> None:
    context = Context(dateline="KOTRI")
    assert GAZETTEER.dateline_countries(context) == {"PK"}
    assert GAZETTEER.dateline_countries(Context()) == set()
