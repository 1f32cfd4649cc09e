"""The incident join's candidate pre-filter (issue 19): rows that share nothing the join
needs are never compared, and every row the join could take passes."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import pytest

from dossier.kb.event_merge import place_fold, row_places, same_incident
from dossier.kb.group_candidates import match_keys, may_match
from dossier.kb.lead_incident import one_level
from tests.test_undated_reports import _capture

# the tier (tests/conftest.py): unit, its default, but for the one test marked slow

DAY = "2025-03-11"

#: places told at several depths ("tirah khyber" inside "khyber"), and names alike that
#: are different places
PLACES = ["khyber", "tirah khyber", "bara khyber", "north waziristan", "south waziristan", "bannu"]
FIGURES = ["killed:3", "killed:5", "injured:16", "arrested:2"]


def _row(places: set[str], figures: set[str], **extra: Any) -> dict[str, Any]:
    """A stored ``document_groups`` row as ``incident_candidates`` returns it."""
    return {
        "day": DAY,
        "places": ";".join(sorted(places)),
        "location": None,
        "figures": ";".join(sorted(figures)),
        "ages": "",
        "telling": "",
        **extra,
    }


def _mine(places: set[str], figures: set[str], name: str = "mine") -> Any:
    incident = _capture("ASSAULT", None, {place_fold(p) for p in places}, figures, DAY)
    return replace(incident, document_id=name, report=replace(incident.report, document_id=name))


def _subsets(values: list[str], most: int) -> list[set[str]]:
    return [set(c) for n in range(most + 1) for c in itertools.combinations(values, n)]


@pytest.mark.slow  # the tier (tests/conftest.py): an exhaustive sweep of small leads
def test_every_row_the_join_could_take_passes() -> None:
    """Exhaustively over small leads: where ``same_incident`` holds after the places are
    told at one level (the join's first evidence), the row is kept."""
    joined = 0
    for mp, mf, tp, tf in itertools.product(
        _subsets(PLACES, 2), _subsets(FIGURES, 1), _subsets(PLACES, 2), _subsets(FIGURES, 1)
    ):
        mine = _mine(mp, mf)
        row = _row(tp, tf)
        theirs = _mine(set(row_places(row)), tf, name="theirs")
        if same_incident(*one_level(mine, theirs), 1, 1):
            joined += 1
            assert may_match(match_keys(mine, frozenset()), row, told_only=False), (mp, mf, tp, tf)
    assert joined > 100  # the property is asked of many joining pairs, not a few


def test_a_row_sharing_no_place_toll_or_age_is_not_compared() -> None:
    keys = match_keys(_mine({"tirah khyber"}, {"killed:3"}), frozenset({"attack", "convoy"}))
    assert not may_match(keys, _row({"bannu"}, {"killed:5"}), told_only=False)
    # "north waziristan" and "south waziristan" share a word: kept, and the join decides
    keys = match_keys(_mine({"north waziristan"}, set()), frozenset())
    assert may_match(keys, _row({"south waziristan"}, set()), told_only=False)


def test_the_join_s_other_evidence_keeps_a_row() -> None:
    keys = match_keys(_mine({"tirah khyber"}, {"killed:3"}), frozenset({"attack", "convoy"}))
    assert may_match(keys, _row({"khyber"}, set()), told_only=False)  # the place, one level up
    assert may_match(keys, _row(set(), {"killed:3"}), told_only=False)  # a toll
    aged = replace(_mine(set(), set()), ages=frozenset({"59"}))
    assert may_match(match_keys(aged, frozenset()), _row(set(), set(), ages="59"), False)
    # a row with no day at all is not keyed here
    assert may_match(keys, _row({"bannu"}, set(), day=None), told_only=False)


def test_a_reaction_keeps_rows_told_in_its_words() -> None:
    keys = match_keys(_mine(set(), set()), frozenset({"condemned", "attack", "convoy"}))
    assert may_match(keys, _row(set(), set(), telling="attack police"), told_only=True)
    assert not may_match(keys, _row(set(), set(), telling="flood rains"), told_only=True)
    # a telling not kept with the row is read by the join: kept
    assert may_match(keys, _row(set(), set(), telling=None), told_only=True)
    # an incident's report is not joined by words alone
    assert not may_match(keys, _row(set(), set(), telling="attack police"), told_only=False)
