"""The dateline's country is the one the dateline itself resolves to (session 43).

Gazetteer records sort by country code, and the resolver once took the dateline's *first*
record as a country the document names: a "LONDON" report went to Ontario, "SAN DIEGO" to
Colombia, and that country then decided every other ambiguous name of the document.
"""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import extract_events
from dossier.geo import Context, Gazetteer, Place
from tests.test_event_what_r14 import _parse

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


# "COLUMBUS , Ohio ( AP ) — A man was arrested by police ." — the parser hangs the
# sentence's subject on a dash dateline's place as an apposition, as on a colon's
DASH_DATELINE = [
    ("COLUMBUS", "COLUMBUS", 10, "nsubjpass", "PROPN", "NNP"),
    (",", ",", 0, "punct", "PUNCT", ","),
    ("Ohio", "Ohio", 0, "appos", "PROPN", "NNP"),
    ("(", "(", 4, "punct", "PUNCT", "-LRB-"),
    ("AP", "AP", 0, "appos", "PROPN", "NNP"),
    (")", ")", 4, "punct", "PUNCT", "-RRB-"),
    ("—", "—", 0, "punct", "PUNCT", ":"),
    ("A", "a", 8, "det", "DET", "DT"),
    ("man", "man", 0, "appos", "NOUN", "NN"),
    ("was", "be", 10, "auxpass", "AUX", "VBD"),
    ("arrested", "arrest", 10, "ROOT", "VERB", "VBN"),
    ("by", "by", 10, "agent", "ADP", "IN"),
    ("police", "police", 11, "pobj", "NOUN", "NN"),
    (".", ".", 10, "punct", "PUNCT", "."),
]


def test_a_dash_dateline_place_is_no_participant_the_phrase_after_it_is() -> None:
    """ "COLUMBUS, Ohio (AP) — A man was arrested": the man was arrested, not Columbus (a
    Western wire closes its dateline with a dash where Pakistan's agencies write a colon)."""
    doc = _parse(DASH_DATELINE)
    found = [
        (
            event.type,
            [doc.text[a:b] for a, b in event.actors],
            [doc.text[a:b] for a, b in event.targets],
        )
        for event in extract_events(doc, [], [], {0: 0})
    ]
    assert found == [("COERCE", ["police"], ["A man"])]
