"""Session 33 (issue 16): dated news that is no incident, joined by a small place both
leads name (:mod:`dossier.kb.place_news`).

Two dated reports of a climber's fall whose leads name no person in full join by the
mountain both leads name ("Mt Cook", "Aoraki Mount Cook National Park"), published within
the join's days and told alike; a large city, the dateline's place, a region, another
outlet's report days later, tolls or places that differ, or another person's news keep them
apart."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.place_news import (
    PLACE_NEWS_TELLING,
    facts_apart_by_words,
    group_placed_apart,
    lead_place_words,
    place_keys,
    place_news_groups,
)
from dossier.kb.reactions import REACTED
from dossier.kb.tellings import person_told_alike, telling_words
from dossier.kb.undated_reports import NEWS_TELLING, PARTICIPANT


def _mentions(text: str, *named: tuple[str, str]) -> list[dict[str, Any]]:
    """Mentions of ``named`` ((label, name) pairs) where ``text`` gives them, in order."""
    found = []
    for label, name in named:
        start = text.index(name)
        found.append({"start": start, "end": start + len(name), "text": name, "label": label})
    return sorted(found, key=lambda m: m["start"])


FALL = "A second man has fallen to his death in Aoraki Mount Cook National Park on Saturday."
FALL_TOO = "A climber has fallen to his death at Mt Cook, the second death there this weekend."
REOPENS = "The hut at Mt Cook reopens to tourists after repairs to its roof and water tanks."
FALL_NAMED = _mentions(FALL, ("FAC", "Aoraki Mount Cook National Park"))
MT_COOK = _mentions(FALL_TOO, ("FAC", "Mt Cook"))


@pytest.mark.unit
def test_lead_place_words_keep_small_places_less_kinds_regions_cities_and_dateline():
    assert lead_place_words(FALL_NAMED, len(FALL)) == ["aoraki", "cook"]
    assert lead_place_words(MT_COOK, len(FALL_TOO)) == ["cook"]  # "Mt": too short
    text = "LAHORE: Police in Lahore and Punjab said a wall fell in Shahdara near Lahore Fort."
    named = _mentions(
        text,
        ("GPE", "LAHORE"),
        ("GPE", "Punjab"),
        ("GPE", "Shahdara"),
        ("FAC", "Lahore Fort"),
    )
    # the dateline's place (where it was filed), a large city the gazetteer holds (also as a
    # word of a site's name), a region: none is evidence of one news; a town and a site are
    assert lead_place_words(named, len(text), "LAHORE") == ["shahdara", "fort"]
    assert lead_place_words(named, len(text)) == ["shahdara", "fort"]
    assert lead_place_words(named, len(text), "Shahdara") == ["fort"]
    # bodies and persons are other joins'; names after the lead are not the lead's
    named = _mentions(FALL, ("ORG", "Aoraki Mount Cook National Park"))
    assert lead_place_words(named, len(FALL)) == []
    assert lead_place_words(FALL_NAMED, 10) == []
    assert place_keys(["cook"]) == [(f"{PARTICIPANT}cook", None)]


@pytest.mark.unit
def test_facts_apart_read_places_by_their_words():
    mount = {"places": "aoraki mount cook national park", "figures": ""}
    mt = {"places": "mt cook", "figures": ""}
    glacier = {"places": "tasman glacier", "figures": ""}
    assert not facts_apart_by_words(mount, mt)  # one mountain told twice
    assert facts_apart_by_words(mount, glacier)
    assert not facts_apart_by_words(mount, {"places": "", "figures": ""})  # one names none
    assert facts_apart_by_words({**mt, "figures": "killed:1"}, {**mt, "figures": "killed:2"})


def _member(persons: list[str], text: str, places: str = "") -> dict[str, Any]:
    return {"persons": persons, "text": text, "places": places, "figures": ""}


@pytest.mark.unit
def test_group_placed_apart_by_another_persons_news_or_a_place_anywhere():
    rait = _member(["duncan rait"], "Duncan Rait fell from a ridge on Mt Cook.", "mt cook")
    buckley = _member(["robert buckley"], "Robert Buckley fell on Mt Cook.", "mt cook")
    unnamed = _member([], "A climber fell on Mt Cook.", "mt cook")
    assert group_placed_apart(rait, [rait], [buckley])  # each names his own
    assert not group_placed_apart(rait, [rait], [unnamed])
    # a place that differs in any pair keeps the groups apart
    glacier = _member([], "A climber fell on the Tasman Glacier.", "tasman glacier")
    assert group_placed_apart(rait, [rait, glacier], [unnamed])


class _Store:
    """A store stand-in for :func:`place_news_groups`: ``document_groups`` rows, their
    texts and mentions, the lead's small places indexed with the publication day."""

    def __init__(self) -> None:
        self.docs: dict[str, tuple[dict[str, Any], str, list[dict[str, Any]]]] = {}

    def add(self, row: dict[str, Any], text: str, named: list[dict[str, Any]]) -> None:
        self.docs[row["document_id"]] = (row, text, named)

    def actor_candidates(self, key: str, window: tuple[str, str]) -> list[dict[str, Any]]:
        return [
            {**row, "actor": actor, "acted": None}
            for row, text, named in self.docs.values()
            if row["published"] and window[0] <= row["published"] <= window[1]
            for actor, _day in place_keys(lead_place_words(named, len(text)))
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
        "published": "2013-09-15",
        "day": None,
        "type": None,
        "figures": "",
        "places": "",
        "location": None,
        "telling": " ".join(sorted(telling_words(None, text))),
        **row,
    }


WINDOW = ("2013-09-14", "2013-09-16")


def _join(store: _Store, doc: str, outlet: str, text: str, named: list[dict[str, Any]],
          window: tuple[str, str] = WINDOW, **row: Any) -> set[str]:  # fmt: skip
    record = _row(doc, outlet, text, **row)
    words = lead_place_words(named, len(text))
    return place_news_groups(store, record, text, words, [], window, set(), {outlet}, 2)


def _fall_store(**row: Any) -> _Store:
    store = _Store()
    store.add(_row("a", "herald", FALL, **row), FALL, FALL_NAMED)
    return store


@pytest.mark.unit
def test_dated_news_of_one_small_place_told_alike_joins():
    assert _join(_fall_store(), "b", "abc", FALL_TOO, MT_COOK) == {"g-a"}
    # an incident on one side only: still this join's (the incident join needs both)
    assert _join(_fall_store(type="ASSAULT"), "b", "abc", FALL_TOO, MT_COOK) == {"g-a"}


@pytest.mark.unit
def test_dated_news_told_otherwise_far_in_time_or_of_one_outlet_stays_apart():
    named = _mentions(REOPENS, ("FAC", "Mt Cook"))
    assert _join(_fall_store(), "c", "abc", REOPENS, named) == set()
    # published outside the join's days
    store = _fall_store(published="2013-09-10")
    assert _join(store, "b", "abc", FALL_TOO, MT_COOK) == set()
    # an outlet's second report is its follow-up
    assert _join(_fall_store(), "b", "herald", FALL_TOO, MT_COOK) == set()
    # tolls with no number in common: two falls
    store = _fall_store(figures="killed:1")
    assert _join(store, "b", "abc", FALL_TOO, MT_COOK, figures="killed:2") == set()


@pytest.mark.unit
def test_two_incidents_reactions_and_undated_reports_are_left_to_the_other_joins():
    store = _fall_store(type="ASSAULT")
    assert _join(store, "b", "abc", FALL_TOO, MT_COOK, type="ASSAULT") == set()
    store = _fall_store(type=f"{REACTED}ASSAULT")
    assert _join(store, "b", "abc", FALL_TOO, MT_COOK) == set()
    assert _join(_fall_store(), "b", "abc", FALL_TOO, MT_COOK, type=f"{REACTED}ASSAULT") == set()
    # an undated report is never a candidate: any year's look-alike shares its place
    assert _join(_fall_store(published=None), "b", "abc", FALL_TOO, MT_COOK) == set()


@pytest.mark.unit
def test_dated_news_is_held_to_a_third_of_the_stems():
    # a quarter of the shorter telling's stems ("cook", "death" of eight), under a third: the
    # undated join's share, not this one's (the army chief's warning and the night's
    # retaliation on one frontier)
    quarter = "Rangers warned of death risks ahead near Mt Cook this summer season."
    mine, theirs = (telling_words(None, t) for t in (quarter, FALL))
    assert person_told_alike(mine, theirs, [], NEWS_TELLING)
    assert not person_told_alike(mine, theirs, [], PLACE_NEWS_TELLING)
    named = _mentions(quarter, ("FAC", "Mt Cook"))
    assert _join(_fall_store(), "q", "abc", quarter, named) == set()


@pytest.mark.unit
def test_no_other_report_is_read_where_no_candidate_reaches_the_persons_test():
    store = _fall_store()
    read: list[str] = []
    document = store.document

    def counted(document_id: str) -> dict[str, Any]:
        read.append(document_id)
        return document(document_id)

    store.document = counted  # type: ignore[method-assign]
    # the fall's group already joined (the incident join found it): nothing left to compare
    record = _row("b", "abc", FALL_TOO)
    words = lead_place_words(MT_COOK, len(FALL_TOO))
    assert (
        place_news_groups(store, record, FALL_TOO, words, [], WINDOW, {"g-a"}, {"abc"}, 2) == set()
    )
    assert read == []
    # a candidate that reaches the persons test reads the leads it compares
    assert _join(store, "b", "abc", FALL_TOO, MT_COOK) == {"g-a"}
    assert read
