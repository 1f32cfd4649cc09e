"""Dated reports of one person's news (:mod:`dossier.kb.person_news`): one event when both
leads name the person, no day for its act on both sides, published days apart at most,
told in the same words, and nothing sets them apart."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from dossier.kb.person_news import person_news_groups
from dossier.kb.tellings import person_told_alike, telling_words
from tests.test_undated_reports import _mentions

HOST = "Ellen DeGeneres will host the Oscars for a second time, the Academy announced."
HOST_TOO = "Comedian Ellen DeGeneres will return to host the Oscars next year."
TALK = "Ellen DeGeneres taped a talk show episode with a guest."


class _Store:
    """A store stand-in: ``document_groups`` rows with their texts and the lead persons
    indexed by surname and publication day (``acted``: the day a lead gives the act)."""

    def __init__(self, docs: dict[str, tuple[dict[str, Any], str, list[tuple[str, Any]]]]):
        self.docs = docs  # id -> (row, text, [(person, acted)])

    def actor_candidates(self, key: str, window: tuple[str, str]) -> list[dict[str, Any]]:
        return [
            {**row, "actor": person, "acted": acted}
            for row, _text, persons in self.docs.values()
            for person, acted in persons
            if person.split()[-1] == key
            and row["published"]
            and window[0] <= row["published"] <= window[1]
        ]

    def undated_actor_candidates(self, key: str) -> list[dict[str, Any]]:
        """Undated documents' lead persons (no publication day: never out of a window)."""
        return [
            {**row, "actor": person, "acted": acted}
            for row, _text, persons in self.docs.values()
            for person, acted in persons
            if person.split()[-1] == key and not row["published"]
        ]

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [row for row, _t, _p in self.docs.values() if row["event_group"] == group]

    def document(self, document_id: str) -> dict[str, Any]:
        row, text, _persons = self.docs[document_id]
        return {"id": document_id, "text": text, "title": row.get("title")}

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        _row, text, persons = self.docs[document_id]
        names = [n for p, _a in persons for n in ("Ellen DeGeneres",) if p == "ellen degeneres"]
        return _mentions(text, *names)


def _row(doc: str, outlet: str, text: str, published: str = "2013-08-02", **more: Any):
    return {"document_id": doc, "event_group": f"g-{doc}", "outlet": outlet,
            "published": published, "day": None, "figures": "", "places": "",
            "location": None, "telling": " ".join(sorted(telling_words(None, text))),
            **more}  # fmt: skip


def _join(store: _Store, doc: str, text: str, outlet: str, acted: str | None = None,
          published: str = "2013-08-02", **more: Any) -> set[str]:  # fmt: skip
    record = _row(doc, outlet, text, published, **more)
    persons = ["ellen degeneres"]
    day = date.fromisoformat(published)
    window = ((day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat())
    return person_news_groups(
        store, record, text, telling_words(None, text), persons, persons,
        {"ellen degeneres": acted}, window, set(), {outlet}, 2, more.get("title"),
    )  # fmt: skip


def _store(**more: Any) -> _Store:
    return _Store({"a": (_row("a", "variety", HOST, **more), HOST, [("ellen degeneres", None)])})


@pytest.mark.unit
def test_two_outlets_reports_of_one_persons_news_join():
    assert _join(_store(), "b", HOST_TOO, "ap") == {"g-a"}


@pytest.mark.unit
def test_other_news_of_the_person_other_outlet_or_days_stay_apart():
    assert _join(_store(), "c", TALK, "ap") == set()  # her other news of the day: other words
    assert _join(_store(), "d", HOST_TOO, "variety") == set()  # the outlet's follow-up
    # published a week later: out of the window
    assert _join(_store(), "e", HOST_TOO, "ap", published="2013-08-09") == set()
    # a group holding a report published out of the document's window is not joined whole
    late = _store()
    late.docs["x"] = ({**_row("x", "bbc", HOST, "2013-08-04"), "event_group": "g-a"}, HOST, [])
    assert _join(late, "f", HOST_TOO, "ap") == set()


@pytest.mark.unit
def test_both_leads_dating_the_act_is_the_statement_joins_pair():
    dated = _Store({"a": (_row("a", "variety", HOST), HOST, [("ellen degeneres", "2013-08-02")])})
    assert _join(dated, "b", HOST_TOO, "ap", acted="2013-08-02") == set()
    assert _join(dated, "c", HOST_TOO, "ap") == {"g-a"}  # one lead names no day


@pytest.mark.unit
def test_a_toll_or_places_with_none_in_common_keep_them_apart():
    assert _join(_store(places="hollywood"), "b", HOST_TOO, "ap", places="london") == set()
    assert _join(_store(figures="count:2"), "c", HOST_TOO, "ap", figures="count:3") == set()


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, b, alike",
    [
        (HOST, HOST_TOO, True),  # host, oscars: the news, not only her name
        (HOST, TALK, False),  # only her name in common
        (HOST, "Ellen DeGeneres.", False),  # nothing left once the name is out
    ],
)
def test_person_told_alike_leaves_the_persons_name_out(a, b, alike):
    names = ("ellen degeneres", "ellen degeneres")
    assert person_told_alike(telling_words(None, a), telling_words(None, b), names) is alike


@pytest.mark.unit
def test_a_reaction_never_joins_the_report_of_the_incident_it_names():
    report = _store(type="ASSAULT")
    assert _join(report, "b", HOST_TOO, "ap", type="reaction:ASSAULT") == set()
    # a statement typed by what it says joins a report typed as a reaction to an attack
    statement = _store(type="reaction:ASSAULT")
    assert _join(statement, "c", HOST_TOO, "ap", type="ACCUSE") == {"g-a"}
    assert _join(_store(type="ASSAULT"), "d", HOST_TOO, "ap", type="ASSAULT") == {"g-a"}
