"""One dated incident told under two types: a foiled attack and the capture that foiled it
(``dossier.kb.dated_types``). The foiled attack ("thwarted a multi-boat attack ... rescued
26") and the capture ("apprehending 26 Somali pirates") at one place on one day join; an
operation's dead and a raid's arrests that share a number, another place, or no place stay
apart."""

from __future__ import annotations

import pytest

from dossier.kb.dated_types import (
    compatible_as_another_type,
    dated_told_as_another_type,
    strong_count_shared,
)
from tests.incidents import incident

pytestmark = pytest.mark.unit


def _incident(doc, type, mode=None, day="2011-11-10", places=(), figures=()):  # fmt: skip
    return incident(doc, day, type, places, figures, mode=mode)


def test_foiled_attack_and_capture_at_one_place_and_day_are_one_incident():
    attack = _incident("a", "ASSAULT", places={"gulf aden"}, figures={"rescued:26"})
    capture = _incident("b", "COERCE", "arrest", places={"gulf aden"}, figures={"count:26"})
    assert dated_told_as_another_type(attack, capture, 2)
    assert dated_told_as_another_type(capture, attack, 2)


def test_capture_told_as_arrest_and_as_seizure_is_one_incident():
    arrest = _incident("a", "COERCE", "arrest", places={"gulf aden"}, figures={"captured:26"})
    seizure = _incident("b", "COERCE", "seize", day="2011-11-11", places={"gulf aden"},
                        figures={"count:26"})  # fmt: skip
    assert dated_told_as_another_type(arrest, seizure, 2)


def test_a_harm_toll_and_an_arrest_count_of_one_number_stay_apart():
    operation = _incident("a", "ASSAULT", places={"bannu"}, figures={"killed:10"})
    raid = _incident("b", "COERCE", "arrest", places={"bannu"}, figures={"arrested:10"})
    assert not strong_count_shared(operation.figures, raid.figures)
    assert not dated_told_as_another_type(operation, raid, 2)
    # and a harm toll against a bare count is no shared count either
    assert not strong_count_shared(frozenset({"killed:10"}), frozenset({"count:10"}))


def test_no_place_in_common_or_a_small_number_or_days_apart_stay_apart():
    capture = _incident("b", "COERCE", "arrest", places={"gulf aden"}, figures={"count:26"})
    elsewhere = _incident("a", "ASSAULT", places={"mogadishu"}, figures={"rescued:26"})
    unplaced = _incident("c", "ASSAULT", figures={"rescued:26"})
    small = _incident("d", "ASSAULT", places={"gulf aden"}, figures={"rescued:3"})
    later = _incident("e", "ASSAULT", day="2011-11-20", places={"gulf aden"},
                      figures={"rescued:26"})  # fmt: skip
    for other in (elsewhere, unplaced, small, later):
        assert not dated_told_as_another_type(other, capture, 2)


def test_same_type_and_undated_reports_are_left_to_their_own_tests():
    a = _incident("a", "ASSAULT", places={"gulf aden"}, figures={"count:26"})
    b = _incident("b", "ASSAULT", places={"gulf aden"}, figures={"count:26"})
    undated = _incident("c", "COERCE", "arrest", day=None, places={"gulf aden"},
                        figures={"count:26"})  # fmt: skip
    assert not dated_told_as_another_type(a, b, 2)
    assert not dated_told_as_another_type(a, undated, 2)


def test_linkage_asks_no_count_but_a_place_and_no_tolls_apart():
    """Complete linkage compares every member of a group: the report of the foiled attack
    that gives no count can be one with the capture's 26 at the same place and day."""
    capture = _incident("b", "COERCE", "arrest", places={"gulf aden"}, figures={"count:26"})
    uncounted = _incident("a", "ASSAULT", places={"gulf aden"})
    other_count = _incident("c", "ASSAULT", places={"gulf aden"}, figures={"count:3"})
    assert compatible_as_another_type(uncounted, capture, 2)
    assert not dated_told_as_another_type(uncounted, capture, 2)
    assert not compatible_as_another_type(other_count, capture, 2)


def test_linkage_reads_an_undated_copy_on_the_dated_ones_day():
    """ECB+'s pages that lost their date line: the undated capture ("captured:26") and the
    dated foiled attack at one place can be one in linkage, never as evidence, and one
    measure with no value in common sets them apart."""
    attack = _incident("a", "ASSAULT", places={"gulf aden"}, figures={"rescued:26"})
    undated = _incident("b", "COERCE", "arrest", day=None, places={"gulf aden"},
                        figures={"captured:26"})  # fmt: skip
    other = _incident("c", "COERCE", "arrest", day=None, places={"gulf aden"},
                      figures={"rescued:23"})  # fmt: skip
    assert compatible_as_another_type(attack, undated, 2)
    assert not dated_told_as_another_type(attack, undated, 2)
    assert not compatible_as_another_type(attack, other, 2)
    both_undated = _incident("d", "ASSAULT", day=None, places={"gulf aden"})
    assert not compatible_as_another_type(both_undated, undated, 2)


def test_one_type_with_a_mode_left_open_is_left_to_the_ordinary_tests():
    """An attack told with its weapon ("firearms") and one told with none agree on their
    type already: :func:`dossier.kb.event_merge.compatible` decides."""
    a = _incident("a", "ASSAULT", "firearms", places={"gulf aden"}, figures={"killed:30"})
    b = _incident("b", "ASSAULT", places={"gulf aden"}, figures={"killed:30"})
    assert not compatible_as_another_type(a, b, 2)
    assert not dated_told_as_another_type(a, b, 2)
