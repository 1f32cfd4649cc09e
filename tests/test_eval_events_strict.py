"""The strict participant figure of ``bench/eval_events.py``: a role is right only when no
participant the event names is outside the gold (the main figure needs one shared word)."""

from __future__ import annotations

import pytest

from bench.eval_events import Exported, name_right, role_groups, role_names, strict_name_right


def _exported() -> Exported:
    export = {
        "entities": [
            {"id": "e1", "name": "Mangochar", "aliases": []},
            {"id": "e2", "name": "Balochistan Liberation Army", "aliases": ["BLA"]},
        ],
        "events": [],
    }
    return Exported(export, {})


@pytest.mark.unit
def test_a_wrong_extra_actor_is_right_by_the_main_figure_and_wrong_by_the_strict_one() -> None:
    ex = _exported()
    event = {"actors": ["e1"], "actor_names": ["Mangochar", "anti-state elements"]}
    gold = "anti-state elements"
    assert name_right(gold, role_names(ex, event, "actors"))
    groups = role_groups(ex, event, "actors")
    assert [g[0] for g in groups] == ["Mangochar", "anti-state elements"]
    assert not strict_name_right(gold, groups)


@pytest.mark.unit
def test_a_linked_entity_counts_once_with_its_text_and_may_match_by_an_alias() -> None:
    ex = _exported()
    event = {"actors": ["e2"], "actor_names": ["BLA"]}
    groups = role_groups(ex, event, "actors")
    assert len(groups) == 1 and "Balochistan Liberation Army" in groups[0]
    assert strict_name_right("Balochistan Liberation Army|BLA", groups)


@pytest.mark.unit
def test_no_gold_participant_wants_none_and_a_star_is_not_scored() -> None:
    ex = _exported()
    none: dict[str, list[str]] = {"actors": [], "actor_names": []}
    some = {"actors": [], "actor_names": ["police"]}
    assert strict_name_right(None, role_groups(ex, none, "actors"))
    assert not strict_name_right(None, role_groups(ex, some, "actors"))
    assert strict_name_right("*", role_groups(ex, some, "actors"))
    assert not strict_name_right("police", role_groups(ex, none, "actors"))
