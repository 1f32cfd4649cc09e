"""Round 26 of the stories join: an outlet's two versions of one person's meeting.

One outlet's second report of a statement joins the group that holds its first only as
its other telling (:func:`dossier.kb.event_groups._rewrites`): an institution's briefing
told twice, and now a person's meeting told twice where both versions name the same
little-known attendees. A person's two reports of one day in the same words that name no
one in common (the President's tributes for two operations) stay apart."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from dossier.kb.event_groups import _rewrites

pytestmark = pytest.mark.unit

SAID = frozenset("president reaffirmed resolve defeat terrorist elements peace balochistan".split())
TOLD = frozenset("president defeat terrorism peace development balochistan meeting".split())


class _Store:
    """The one read :func:`_rewrites` makes: a group's ``document_groups`` rows."""

    def __init__(self, rows: list[dict[str, Any]]):
        self.rows = rows

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["event_group"] == group]


def _row(document_id: str, outlet: str = "app") -> dict[str, Any]:
    return {
        "document_id": document_id,
        "event_group": "g1",
        "outlet": outlet,
        "said": " ".join(sorted(SAID)),
        "telling": " ".join(sorted(TOLD)),
    }


def _joins(actor: str, named_as_mine: Any, rows: list[dict[str, Any]] | None = None) -> bool:
    rows = rows if rows is not None else [_row("first")]
    return _rewrites(
        _Store(rows),  # type: ignore[arg-type]
        "g1",
        "app",
        {"app"},
        actor,
        {r["document_id"] for r in rows},
        (SAID, TOLD),
        SimpleNamespace(lead_sentences=2),  # type: ignore[arg-type]
        named_as_mine,
    )


def test_a_persons_second_version_naming_the_same_attendees_joins():
    assert _joins("asif ali zardari", lambda document: document == "first")


def test_a_persons_second_report_in_the_same_words_naming_no_one_in_common_stays_apart():
    # the President's two tributes of one day for two operations
    assert not _joins("asif ali zardari", lambda document: False)


def test_every_report_of_the_outlet_in_the_group_must_name_them():
    rows = [_row("first"), _row("second")]
    assert not _joins("asif ali zardari", lambda document: document == "first", rows)
    assert _joins("asif ali zardari", lambda document: True, rows)


def test_an_institution_needs_no_names_in_common():
    assert _joins("body:foreign office", lambda document: False)


def test_named_alike_does_not_lift_the_other_tests():
    # another outlet in the group too: never a rewrite
    assert not _rewrites(
        _Store([_row("first")]),  # type: ignore[arg-type]
        "g1",
        "app",
        {"app", "dawn"},
        "asif ali zardari",
        {"first"},
        (SAID, TOLD),
        SimpleNamespace(lead_sentences=2),  # type: ignore[arg-type]
        lambda document: True,
    )
    # the same names but another statement's words
    other = frozenset("president inaugurated hospital wing karachi patients".split())
    assert not _rewrites(
        _Store([_row("first")]),  # type: ignore[arg-type]
        "g1",
        "app",
        {"app"},
        "asif ali zardari",
        {"first"},
        (other, other),
        SimpleNamespace(lead_sentences=2),  # type: ignore[arg-type]
        lambda document: True,
    )
