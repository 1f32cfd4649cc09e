"""Round 24 of the stories join: the same little-known people named in two reports are
evidence of one incident (:mod:`dossier.kb.named_alike`)."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.event_groups import _web_editions
from dossier.kb.named_alike import (
    RARE_DOCUMENTS,
    full_persons,
    named_alike,
    person_key,
    rare_persons,
)

pytestmark = pytest.mark.unit


class _Store:
    """The two reads the named-alike test makes: documents per entity, mentions per doc."""

    def __init__(self, counts: dict[str, int], mentions: dict[str, list[dict[str, Any]]]):
        self.counts = counts
        self.mentions = mentions

    def entity_document_count(self, entity_id: str) -> int:
        return self.counts[entity_id]

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        return self.mentions[document_id]


def _person(text: str, entity: str, label: str = "PERSON") -> dict[str, Any]:
    return {"text": text, "label": label, "entity_id": entity}


def test_only_full_names_of_persons_count():
    named = [
        _person("Havildar Manzoor Ali", "p1"),
        _person("Ali", "p2"),  # a bare name is anyone
        _person("Frontier Corps", "o1", label="ORG"),
        {"text": "Muhammad Naeem", "label": "PERSON", "entity_id": None},  # unresolved
    ]
    assert full_persons(named) == {"manzur ali": frozenset({"p1"})}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Havildar Manzoor Ali", "Manzoor Ali"),  # a rank before the name
        ("Civilian Driver Muhammad Naeem", "Muhammad Naeem"),
        ("Naik Abdul Raheem", "Abdul Rahim"),  # spelt another way
    ],
)
def test_one_person_told_with_and_without_a_rank_has_one_key(a, b):
    assert person_key(a) == person_key(b)


def test_two_reports_naming_the_same_victims_are_named_alike():
    # the agency's list and the paper's: the resolver kept the ranked names apart
    agency = [
        _person("Havildar Manzoor Ali", "v1"),
        _person("Naik Abdul Raheem", "v2"),
        _person("Shehbaz Sharif", "pm"),
    ]
    paper = [_person("Manzoor Ali", "v1"), _person("Abdul Raheem", "v3")]
    store = _Store(
        {"v1": 2, "v2": 1, "v3": 1, "pm": 40, "pres": 30},
        {
            "paper": [*paper, _person("Shehbaz Sharif", "pm")],
            "other_attack": [_person("Shehbaz Sharif", "pm"), _person("Manzoor Ali", "v1")],
            "tribute": [_person("Shehbaz Sharif", "pm"), _person("Asif Ali Zardari", "pres")],
        },
    )
    mine = rare_persons(store, full_persons(agency))
    assert mine == {"manzur ali", "abdul rahim"}  # the Prime Minister is named everywhere
    assert named_alike(store, mine, "paper")
    assert not named_alike(store, mine, "other_attack")  # one name in common: a namesake
    assert not named_alike(store, mine, "tribute")


def test_a_name_known_elsewhere_on_the_other_side_is_not_rare():
    mine = frozenset({"manzur ali", "abdul rahim"})
    # the paper's "Abdul Raheem" resolved to a man the store names in 30 documents
    store = _Store(
        {"v1": 2, "known": 30},
        {"paper": [_person("Manzoor Ali", "v1"), _person("Abdul Raheem", "known")]},
    )
    assert not named_alike(store, mine, "paper")


def test_well_known_people_shared_join_nothing():
    # two reports of one day naming the same two ministers: no evidence of one incident
    ministers = [_person("Shehbaz Sharif", "pm"), _person("Mohsin Naqvi", "naqvi")]
    store = _Store({"pm": RARE_DOCUMENTS + 1, "naqvi": 30}, {"b": ministers})
    mine = rare_persons(store, full_persons(ministers))
    assert mine == frozenset()
    assert not named_alike(store, mine, "b")


class _GroupStore:
    """The reads :func:`_web_editions` makes: a group's rows and each document."""

    def __init__(self, rows: list[dict[str, Any]], documents: dict[str, dict[str, Any]]):
        self.rows = rows
        self.documents = documents

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["event_group"] == group]

    def document(self, document_id: str) -> dict[str, Any] | None:
        return self.documents.get(document_id)


PRINTED = {"removed": [{"text": "Published in Dawn, March 17th, 2025"}]}


def _row(doc: str, outlet: str, published: str, day: str = "2025-03-16") -> dict[str, Any]:
    return {
        "document_id": doc,
        "event_group": "g",
        "outlet": outlet,
        "published": published,
        "type": "ASSAULT",
        "day": day,
    }


def _record(published: str = "2025-03-17", day: str = "2025-03-16") -> dict[str, Any]:
    return {"outlet": "dawn", "published": published, "type": "ASSAULT", "day": day}


def test_a_print_report_joins_the_group_of_its_web_report_of_the_day_before():
    rows = [_row("app", "app", "2025-03-16"), _row("web", "dawn", "2025-03-16")]
    store = _GroupStore(rows, {"app": {}, "web": {}})
    assert _web_editions(store, "g", {"id": "print", **PRINTED}, _record()) == {"web"}


@pytest.mark.parametrize(
    ("rows", "document", "record"),
    [
        # a web report is no print edition of anything
        ([_row("web", "dawn", "2025-03-16")], {"id": "web2"}, _record()),
        # the outlet's report in the group is of another day: a follow-up, not an edition
        ([_row("web", "dawn", "2025-03-15")], {"id": "print", **PRINTED}, _record()),
        # another incident day
        (
            [_row("web", "dawn", "2025-03-16", day="2025-03-15")],
            {"id": "print", **PRINTED},
            _record(),
        ),
        # no report of its own outlet in the group: nothing to be an edition of
        ([_row("app", "app", "2025-03-16")], {"id": "print", **PRINTED}, _record()),
    ],
)
def test_a_print_report_is_no_edition_of_anything_else(rows, document, record):
    store = _GroupStore(rows, {r["document_id"]: {} for r in rows})
    assert _web_editions(store, "g", document, record) == set()


def test_two_print_reports_are_no_editions_of_each_other():
    rows = [_row("print1", "dawn", "2025-03-16")]
    store = _GroupStore(rows, {"print1": PRINTED})
    assert _web_editions(store, "g", {"id": "print2", **PRINTED}, _record()) == set()
