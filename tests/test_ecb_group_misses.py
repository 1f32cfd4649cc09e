"""``bench/ecb_group_misses.left_out_groups``: the missed pairs of a topic put on its groups."""

from __future__ import annotations

from itertools import combinations

import pytest

from bench.ecb_group_misses import left_out_groups


@pytest.mark.unit
def test_missed_pairs_go_to_the_smaller_group_and_sum_to_the_topic() -> None:
    # one topic of six reports in groups of 3, 2 and 1: 15 pairs, 3 + 1 joined, 11 missed
    group_of = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "c1": "C"}
    topic_of = dict.fromkeys(group_of, "7")
    found = left_out_groups(group_of, topic_of)
    assert found == [("7", 6, ["b1", "b2"]), ("7", 3 + 2, ["c1"])]
    missed = sum(group_of[x] != group_of[y] for x, y in combinations(group_of, 2))
    assert sum(pairs for _topic, pairs, _members in found) == missed == 11


@pytest.mark.unit
def test_topics_apart_and_one_group_topics_leave_nothing_out() -> None:
    group_of = {"x1": "G", "x2": "G", "y1": "G", "y2": "H", "z1": "K"}
    # x: one group, nothing missed; y: two singletons, the later by name left out; z: alone
    topic_of = {"x1": "1", "x2": "1", "y1": "2", "y2": "2", "z1": "3", "gone": "3"}
    assert left_out_groups(group_of, topic_of) == [("2", 1, ["y2"])]
