"""The join's robustness to what one report gets wrong about its incident (issue 16,
session 21): a siege's end told by its first day."""

from __future__ import annotations

import pytest

from dossier.kb.lead_incident import _latest_turn, _misread_place

pytestmark = pytest.mark.unit


def _row(
    id: int, event_id: str, sentence: int, start: str, end: str, precision: str = "day"
) -> dict[str, object]:
    return {
        "id": id,
        "event_id": event_id,
        "sentence": sentence,
        "type": "ASSAULT",
        "modality": "asserted",
        "date_start": start,
        "date_end": end,
        "precision": precision,
    }


#: "Security forces eliminated all 33 terrorists ... while rescuing the hostages" (a range
#: ending on publication), then "the train was attacked near Sibi on March 11", told thrice
SIEGE = [
    _row(1, "evt_end", 0, "2025-03-12", "2025-03-13", "range"),
    _row(2, "evt_attack", 1, "2025-03-11", "2025-03-11"),
    _row(3, "evt_attack", 2, "2025-03-11", "2025-03-11"),
    _row(4, "evt_attack", 4, "2025-03-11", "2025-03-11"),
]


def test_an_old_incident_told_on_the_way_to_the_days_news_gives_way_to_the_news():
    turn = _latest_turn(SIEGE, SIEGE[1], "2025-03-13", 1)
    assert turn is not None and turn["event_id"] == "evt_end"


@pytest.mark.parametrize(
    ("mentions", "told", "published"),
    [
        # the incident is the day's (a day before publication): it stays what is told
        (SIEGE, SIEGE[1], "2025-03-12"),
        # a follow-up whose first sentence reports no incident of that type: background
        (SIEGE[1:], SIEGE[1], "2025-03-13"),
        # the first sentence's event is as old as the incident: no news of the day
        (
            [_row(1, "evt_old", 0, "2025-03-01", "2025-03-01"), *SIEGE[1:]],
            SIEGE[1],
            "2025-03-13",
        ),
        # no publication day: nothing to be background against
        (SIEGE, SIEGE[1], None),
    ],
)
def test_the_news_of_the_day_only_replaces_an_incident_that_is_background(
    mentions, told, published
):
    assert _latest_turn(mentions, told, published, 1) is None


def test_the_first_sentences_event_of_another_type_is_no_turn_of_the_incident():
    arrest = {**SIEGE[0], "type": "COERCE"}
    assert _latest_turn([arrest, *SIEGE[1:]], SIEGE[1], "2025-03-13", 1) is None


@pytest.mark.parametrize(
    ("where", "read_as", "regions", "dateline", "misread"),
    [
        # "claimed by BLA": an organisation, read by the gazetteer as Bla in Mali, in a
        # lead whose places are in Pakistan
        ("BLA", {"ORG"}, ["PK"], "QUETTA", True),
        ("BLA", {"ORG"}, ["IN", "PK"], None, True),
        # read as a place somewhere in the document: a place abroad is news, not an error
        ("BLA", {"ORG", "GPE"}, ["PK"], "QUETTA", False),
        ("Gaza", {"GPE"}, ["IL"], "CAIRO", False),
        # a place the lead's countries hold, or the dateline's country
        ("Quetta", {"ORG"}, ["PK"], None, False),
        ("Quetta", {"ORG"}, ["AF"], "ISLAMABAD", False),
        # a lead naming no place of a known country says nothing against it
        ("BLA", {"ORG"}, [], "BEIRUT", False),
        # a name the gazetteer reads in several countries, one of them the lead's
        ("Sibi", {"ORG"}, ["PK"], None, False),
        # a name no mention tags: nothing read against it
        ("BLA", set(), ["PK"], "QUETTA", False),
    ],
)
def test_an_incidents_place_read_only_as_an_organisation_abroad_is_a_misreading(
    where, read_as, regions, dateline, misread
):
    assert _misread_place(where, read_as, regions, dateline) is misread
