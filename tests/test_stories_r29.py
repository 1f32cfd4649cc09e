"""Session 29 (issue 16): undated news that is no incident, joined by what both leads name.

A climber's fall, a coach fired, a driver charged: news of a kind the extractor types as no
incident, whose leads name no person in full as often as not. Two undated reports of it
join by a place or body both leads name (a country or a place kind never counts) and their
tellings' stems, unless a toll, a place or another person's news sets them apart."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.tellings import telling_words
from dossier.kb.undated_reports import (
    PARTICIPANT,
    lead_participants,
    participant_keys,
    undated_news_groups,
)


def _mentions(text: str, *named: tuple[str, str]) -> list[dict[str, Any]]:
    """Mentions of ``named`` ((label, name) pairs) where ``text`` gives them, in order."""
    found = []
    for label, name in named:
        start = text.index(name)
        found.append({"start": start, "end": start + len(name), "text": name, "label": label})
    return sorted(found, key=lambda m: m["start"])


FALL = "A Perth climber fell to his death from Mt Cook in New Zealand, police said."
FALL_TOO = "An Australian climber who watched his brother fall on Mount Cook survived two nights."
REOPENS = "The hut on Mount Cook reopens to tourists after repairs to its roof."


@pytest.mark.unit
def test_lead_participants_names_places_and_bodies_less_countries_and_kinds():
    text = f"{FALL} The Alpine Rescue Team recovered the body."
    named = _mentions(
        text,
        ("GPE", "Perth"),
        ("FAC", "Mt Cook"),
        ("GPE", "New Zealand"),
        ("ORG", "Alpine Rescue Team"),
    )
    # "Mt" is too short to count and "New Zealand" is a country: any look-alike's too
    assert lead_participants(named, len(FALL)) == ["perth", "cook"]
    assert lead_participants(named, len(text)) == ["perth", "cook", "alpine", "rescue", "team"]
    # persons are the person joins' to match; a place kind ("Mount") names no place
    named = _mentions(FALL_TOO, ("NORP", "Australian"), ("LOC", "Mount Cook"))
    assert lead_participants(named, len(FALL_TOO)) == ["cook"]
    assert lead_participants(_mentions("Mark Vinar fell.", ("PERSON", "Mark Vinar")), 99) == []
    assert participant_keys(["cook"]) == [(f"{PARTICIPANT}cook", None)]


class _Store:
    """A store stand-in for :func:`undated_news_groups`: ``document_groups`` rows, their
    texts and mentions, and the lead participants indexed as ``document_actors`` keys."""

    def __init__(self) -> None:
        self.docs: dict[str, tuple[dict[str, Any], str, list[dict[str, Any]]]] = {}

    def add(self, row: dict[str, Any], text: str, named: list[dict[str, Any]]) -> None:
        self.docs[row["document_id"]] = (row, text, named)

    def undated_actor_candidates(self, key: str) -> list[dict[str, Any]]:
        return [
            {**row, "actor": actor}
            for row, text, named in self.docs.values()
            if not row["published"]
            for actor, _day in participant_keys(lead_participants(named, len(text)))
            if actor == key
        ]

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [row for row, _t, _n in self.docs.values() if row["event_group"] == group]

    def document(self, document_id: str) -> dict[str, Any]:
        return {"id": document_id, "text": self.docs[document_id][1]}

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        return self.docs[document_id][2]


def _row(doc: str, outlet: str, text: str, **row: Any) -> dict[str, Any]:
    return {
        "document_id": doc,
        "event_group": f"g-{doc}",
        "outlet": outlet,
        "published": None,
        "day": None,
        "type": None,
        "figures": "",
        "places": "",
        "location": None,
        "telling": " ".join(sorted(telling_words(None, text))),
        **row,
    }


def _join(store: _Store, doc: str, outlet: str, text: str, named: list[dict[str, Any]],
          **row: Any) -> set[str]:  # fmt: skip
    record = _row(doc, outlet, text, **row)
    participants = lead_participants(named, len(text))
    return undated_news_groups(store, record, text, participants, [], set(), {outlet}, 2)


def _fall_store(**row: Any) -> _Store:
    store = _Store()
    named = _mentions(FALL, ("GPE", "Perth"), ("FAC", "Mt Cook"), ("GPE", "New Zealand"))
    store.add(_row("a", "herald", FALL, **row), FALL, named)
    return store


MOUNT_COOK = _mentions(FALL_TOO, ("NORP", "Australian"), ("LOC", "Mount Cook"))


@pytest.mark.unit
def test_undated_news_of_one_place_told_alike_joins():
    assert _join(_fall_store(), "b", "abc", FALL_TOO, MOUNT_COOK) == {"g-a"}


@pytest.mark.unit
def test_undated_news_of_one_place_told_otherwise_stays_apart():
    named = _mentions(REOPENS, ("LOC", "Mount Cook"))
    assert _join(_fall_store(), "c", "abc", REOPENS, named) == set()


@pytest.mark.unit
def test_the_same_outlet_a_toll_or_a_place_apart_keep_undated_news_apart():
    # an outlet's second report is its follow-up
    assert _join(_fall_store(), "b", "herald", FALL_TOO, MOUNT_COOK) == set()
    # tolls with no number in common: two falls
    store = _fall_store(figures="killed:1")
    assert _join(store, "b", "abc", FALL_TOO, MOUNT_COOK, figures="killed:2") == set()
    # specific places and none in common
    store = _fall_store(places="zurbriggens ridge")
    assert _join(store, "b", "abc", FALL_TOO, MOUNT_COOK, places="mueller glacier") == set()


@pytest.mark.unit
def test_another_persons_news_stays_apart():
    store = _Store()
    text = "Mark Vinar, a climber from Perth, fell to his death from Mt Cook."
    named = _mentions(text, ("PERSON", "Mark Vinar"), ("GPE", "Perth"), ("FAC", "Mt Cook"))
    store.add(_row("a", "herald", text), text, named)
    other = "Robert Buckley, a climber from Perth, fell to his death on Mt Cook."
    named = _mentions(other, ("PERSON", "Robert Buckley"), ("GPE", "Perth"), ("FAC", "Mt Cook"))
    record = _row("b", "abc", other)
    found = undated_news_groups(
        store, record, other, lead_participants(named, 99), ["robert buckley"], set(), {"abc"}, 2
    )
    assert found == set()


@pytest.mark.unit
def test_dated_groups_and_two_incidents_are_left_to_the_other_joins():
    # a group holding a dated report: an undated one could be any year's look-alike
    assert _join(_fall_store(published="2013-09-15"), "b", "abc", FALL_TOO, MOUNT_COOK) == set()
    # incidents on both sides: the incident join compares their types, days and places
    store = _fall_store(type="ASSAULT")
    assert _join(store, "b", "abc", FALL_TOO, MOUNT_COOK, type="ASSAULT") == set()
    # one side without an incident: this join's
    assert _join(_fall_store(type="ASSAULT"), "b", "abc", FALL_TOO, MOUNT_COOK) == {"g-a"}


@pytest.mark.unit
def test_one_place_told_alike_compares_the_tellings_by_stems():
    from dossier.kb.undated_reports import one_place_told_alike
    from tests.test_undated_reports import _capture

    struck = _capture("ASSAULT", None, {"queens"}, set())
    killed = _capture("ASSAULT", None, {"queens"}, set())
    charged = frozenset("driver charged killing woman queens".split())
    # other forms of the same words: "charges", "killed", "women"
    charges = frozenset("charges driver killed women queens crash".split())
    assert one_place_told_alike(struck, killed, charged, charges)
    # word for word they share two of five, under half
    assert len(charged & charges) < 0.5 * min(len(charged), len(charges))
    other = frozenset("queens mayor opens park library".split())
    assert not one_place_told_alike(struck, killed, charged, other)


_FELL = (
    "A climber from Perth has fallen to his death on Mount Cook, New Zealand's highest "
    "peak. The man fell about 500 metres from a ridge near Plateau Hut on Thursday, "
    "police said."
)
_FELL_TOO = (
    "An Australian climber has died after a fall on Mount Cook. Police said the man, who "
    "was from Perth, fell from a ridge while climbing with his brother."
)
_REOPENS = (
    "The Plateau Hut on Mount Cook has reopened to climbers after a month of repairs. "
    "Rangers said the roof and the water tanks were replaced."
)


@pytest.mark.nlp  # ingests through the pipeline
def test_undated_reports_of_one_fall_share_an_event_group_through_the_ingest(tmp_path, settings):
    from tests.test_event_groups import _ingested

    rows = [
        {"url": "https://herald.example/fall", "title": "Perth climber dies on Mount Cook",
         "text": _FELL},
        {"url": "https://news.example/fall", "title": "Australian climber killed in fall",
         "text": _FELL_TOO},
        {"url": "https://herald.example/hut", "title": "Mount Cook hut reopens",
         "text": _REOPENS},
    ]  # fmt: skip
    by_url, stories = _ingested(tmp_path, rows, settings)
    group = {
        url: stories[d["story_id"]]["event_group"] or d["story_id"] for url, d in by_url.items()
    }
    assert all(not d.get("published") for d in by_url.values())  # no date at all
    assert group["https://herald.example/fall"] == group["https://news.example/fall"]
    assert group["https://herald.example/hut"] != group["https://herald.example/fall"]
