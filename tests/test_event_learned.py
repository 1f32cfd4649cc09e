"""The learned actor chooser experiment (``bench/train_roles.py``): its learners, its
fill-only mode and its leave-one-set-out bookkeeping, on small synthetic candidate sets
(no parse, no archive), so that a figure it prints can be trusted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.train_roles import NOBODY, ConditionalLogit, choose, end_to_end, fit, nested

pytestmark = pytest.mark.unit


def _example(
    set_name: str, right_feature: str, rule_right: bool, rule: list[str]
) -> dict[str, Any]:
    """An event with three candidates; the right one carries ``right_feature``."""
    cands = [
        {"text": "the police", "features": {"subject": 1.0}, "right": right_feature == "subject"},
        {"text": "a suspect", "features": {"object": 1.0}, "right": right_feature == "object"},
        {"text": NOBODY, "features": {"nobody": 1.0}, "right": right_feature == "nobody"},
    ]
    return {
        "set": set_name,
        "article": f"a-{set_name}",
        "anchor": f"anchor {set_name} {right_feature}",
        "gold": None if right_feature == "nobody" else "x",
        "matched": True,
        "rule_actor": rule,
        "rule_right": rule_right,
        "candidates": cands,
    }


def _sets(n_sets: int = 3, per_set: int = 6) -> list[dict[str, Any]]:
    return [
        _example(f"s{k}", "subject", rule_right=False, rule=[])
        for k in range(n_sets)
        for _ in range(per_set)
    ]


@pytest.mark.parametrize("learner", ["lr", "clogit"])
def test_learners_rank_the_candidate_the_data_favour(learner: str) -> None:
    vec, model = fit(_sets(), 1.0, learner)
    picked = choose(vec, model, _example("new", "subject", False, []))
    assert picked is not None and picked["text"] == "the police"


def test_conditional_logit_learns_a_ranking_not_a_rate() -> None:
    # the subject is right in two events of three, nobody in the third: the softmax must
    # still rank the subject first, and its weight must exceed nobody's
    examples = [_example("s", "subject", False, []) for _ in range(4)]
    examples += [_example("s", "nobody", False, []) for _ in range(2)]
    vec, _ = fit(examples, 1.0, "lr")
    model = ConditionalLogit(1.0).fit(vec, examples)
    weights = dict(zip(vec.feature_names_, model.coef_, strict=True))
    assert weights["subject"] > weights["nobody"] > weights["object"]


def test_fill_mode_keeps_the_rules_actor_where_they_gave_one() -> None:
    vec, model = fit(_sets(), 1.0, "lr")
    kept = _example("new", "object", rule_right=True, rule=["a suspect"])
    picked = choose(vec, model, kept, mode="fill")
    assert picked == {"text": "a suspect", "right": True}
    # rerank mode overrides it with the learned favourite
    assert choose(vec, model, kept, mode="rerank")["text"] == "the police"


def test_nested_counts_each_held_out_set_once(capsys: pytest.CaptureFixture[str]) -> None:
    examples = _sets(n_sets=3, per_set=4)
    folds = nested(examples, [("lr", "rerank", 1.0), ("lr", "fill", 1.0)])
    assert [f["set"] for f in folds] == ["s0", "s1", "s2"]
    for fold in folds:
        # the rules leave every actor empty (wrong); the model fills the subject (right)
        assert (fold["n"], fold["rule"], fold["model"], fold["oracle"]) == (4, 0, 4, 4)
    assert "chose" in capsys.readouterr().out


def test_end_to_end_estimate_keeps_the_export_verdict_unless_the_actor_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = _example("events", "subject", False, [])
    changed["nested_pick"] = changed["candidates"][0]  # filled, and right
    unchanged = _example("events", "nobody", True, [])
    unchanged["nested_pick"] = unchanged["candidates"][2]  # left empty, as the rules did
    rows = [
        {"label": {"article": ex["article"], "anchor": ex["anchor"]}, "right": {"actor": ok}}
        for ex, ok in ((changed, False), (unchanged, False))
    ]
    (tmp_path / "err-events.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    end_to_end([changed, unchanged], tmp_path)
    out = capsys.readouterr().out
    assert "(0 -> 1; 1 actors changed, 1 gained, 0 lost)" in out


def test_a_pick_of_the_exports_own_place_keeps_the_exports_verdict() -> None:
    from bench.train_roles import _right

    example = {"rule_right": True}
    # judged by its text alone the export's place is wrong (an alias the entity holds)
    assert _right(example, {"text": "DI Khan", "right": False, "export": True})
    assert not _right(example, {"text": "Tank", "right": False, "export": False})
    assert not _right(example, None)
