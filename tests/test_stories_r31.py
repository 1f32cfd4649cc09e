"""Session 31 (issue 16): complete linkage counts the copies of one story once.

A story holds the copies of one report; what differs between its copies' main incidents is
how each copy was read (a copy that kept its date line is dated, one stripped of it is not,
and its lead is typed by another verb). Complete linkage
(:func:`dossier.kb.event_groups._linked`) now asks each story of a group once, through any of
its copies, and still compares reports of different stories pair by pair."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from dossier.kb.event_groups import _linked
from tests.test_undated_reports import _capture

DAY = "2011-11-10"


class _Stories:
    """The one store read :func:`_linked` makes: each document's story."""

    def __init__(self, stories: dict[str, str]) -> None:
        self.stories = stories

    def story_of(self, ids: list[str]) -> dict[str, tuple[str, int]]:
        return {i: (self.stories[i], n) for n, i in enumerate(ids) if i in self.stories}


def _incident(name: str, *args: Any) -> Any:
    """A main incident (:func:`tests.test_undated_reports._capture`) of document ``name``."""
    incident = _capture(*args)
    return replace(incident, document_id=name, report=replace(incident.report, document_id=name))


#: one report's two copies: the dated page read as an attack at sea, the undated one (its date
#: line lost) read by another verb as a deployment
DATED_COPY = _incident("dated-copy", "ASSAULT", None, {"gulf aden"}, set(), DAY)
UNDATED_COPY = _incident("undated-copy", "MOBILIZE", None, {"gulf aden"}, set())
#: another outlet's report of the same attack, dated
OTHER = _incident("other", "ASSAULT", None, {"gulf aden"}, {"rescued:26"}, DAY)


@pytest.mark.unit
def test_a_story_joins_through_the_copy_compatible_with_the_report() -> None:
    store = _Stories({"dated-copy": "s1", "undated-copy": "s1", "other": "s2"})
    assert _linked(store, [DATED_COPY, UNDATED_COPY], [OTHER], 1, False)  # type: ignore[arg-type]
    # and the other way round: the joining report's own copies count once too
    assert _linked(store, [OTHER], [UNDATED_COPY, DATED_COPY], 1, False)  # type: ignore[arg-type]


@pytest.mark.unit
def test_reports_of_different_stories_are_still_compared_pair_by_pair() -> None:
    # the same two reports, each its own story: the deployment must be compatible too
    store = _Stories({"dated-copy": "s1", "undated-copy": "s3", "other": "s2"})
    assert not _linked(store, [DATED_COPY, UNDATED_COPY], [OTHER], 1, False)  # type: ignore[arg-type]


@pytest.mark.unit
def test_a_story_none_of_whose_copies_is_compatible_stays_apart() -> None:
    elsewhere = _incident("elsewhere", "ASSAULT", None, {"mumbai"}, set(), DAY)
    later = _incident("later", "ASSAULT", None, {"gulf aden"}, set(), "2011-11-20")
    store = _Stories({"elsewhere": "s1", "later": "s1", "other": "s2"})
    assert not _linked(store, [elsewhere, later], [OTHER], 1, False)  # type: ignore[arg-type]


@pytest.mark.unit
def test_a_group_with_no_incident_links() -> None:
    assert _linked(_Stories({}), [], [OTHER], 1, False)  # type: ignore[arg-type]
