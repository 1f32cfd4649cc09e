"""The learned role chooser experiment (``bench/train_roles.py``): its learners, its modes
(re-rank, fill, gap), its fold bookkeeping and its end-to-end estimate, on small synthetic
candidate sets (no parse, no archive), so that a figure it prints can be trusted."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from bench.train_roles import (
    NOBODY,
    ConditionalLogit,
    Fits,
    _choose_config,
    _inner_folds,
    _path,
    _right,
    choose,
    end_to_end,
    evaluate,
    fit,
)

pytestmark = pytest.mark.unit


def _example(
    set_name: str,
    right_feature: str,
    rule_right: bool,
    rule: list[str],
    export_names: list[str] | None = None,
) -> dict[str, Any]:
    """An event with three candidates; the right one carries ``right_feature``; a candidate
    whose text the rules chose is marked ``keep`` (nobody: where the rules chose none)."""
    cands = [
        {"text": "the police", "features": {"subject": 1.0}, "right": right_feature == "subject"},
        {"text": "a suspect", "features": {"object": 1.0}, "right": right_feature == "object"},
        {"text": NOBODY, "features": {"nobody": 1.0}, "right": right_feature == "nobody"},
    ]
    for cand in cands:
        cand["keep"] = cand["text"] in rule or (cand["text"] == NOBODY and not rule)
    return {
        "set": set_name,
        "article": f"a-{set_name}",
        "anchor": f"anchor {set_name} {right_feature}",
        "gold": None if right_feature == "nobody" else "x",
        "matched": True,
        "rule_names": rule,
        "rule_right": rule_right,
        "export_right": rule_right,
        "export_names": rule if export_names is None else export_names,
        "export_matched": True,
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
    scorer = fit(_sets(), 1.0, learner, "base")
    picked = choose(scorer, _example("new", "subject", False, []))
    assert picked is not None and picked["text"] == "the police"


def test_conditional_logit_learns_a_ranking_not_a_rate() -> None:
    # the subject is right in four events of six, nobody in the other two: the softmax must
    # still rank the subject first, and its weight must exceed nobody's
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    examples = [_example("s", "subject", False, []) for _ in range(4)]
    examples += [_example("s", "nobody", False, []) for _ in range(2)]
    vec = DictVectorizer()
    matrix = vec.fit_transform([c["features"] for ex in examples for c in ex["candidates"]])
    ys = np.array([int(c["right"]) for ex in examples for c in ex["candidates"]])
    groups = [(3 * k, 3 * k + 3) for k in range(len(examples))]
    model = ConditionalLogit(1.0).fit(matrix, ys, groups)
    weights = dict(zip(vec.feature_names_, model.coef_, strict=True))
    assert weights["subject"] > weights["nobody"] > weights["object"]


def test_fill_mode_keeps_the_rules_choice_where_they_gave_one() -> None:
    scorer = fit(_sets(), 1.0, "lr", "base")
    kept = _example("new", "object", rule_right=True, rule=["a suspect"])
    picked = choose(scorer, kept, mode="fill")
    assert picked == {"text": "a suspect", "right": True, "keep": True}
    # rerank mode overrides it with the learned favourite
    assert choose(scorer, kept, mode="rerank")["text"] == "the police"


def test_a_rerank_pick_among_the_rules_spans_keeps_their_whole_output() -> None:
    scorer = fit(_sets(), 1.0, "lr", "base")
    both = _example("new", "subject", rule_right=True, rule=["the police", "a suspect"])
    picked = choose(scorer, both, mode="rerank")
    assert picked == {"text": "the police; a suspect", "right": True, "keep": True}


def test_gap_mode_fills_only_where_the_export_has_nobody() -> None:
    scorer = fit(_sets(), 1.0, "lr", "base")
    filled_by_store = _example("new", "subject", True, rule=[], export_names=["police"])
    assert choose(scorer, filled_by_store, mode="gap")["keep"]
    empty = _example("new", "subject", False, rule=[], export_names=[])
    picked = choose(scorer, empty, mode="gap")
    assert picked["text"] == "the police" and not picked["keep"] and picked["right"]


def test_gap_mode_leaves_a_row_the_export_matched_to_no_event() -> None:
    scorer = fit(_sets(), 1.0, "lr", "base")
    missed = _example("new", "subject", False, rule=[], export_names=[])
    missed["export_matched"] = False
    assert choose(scorer, missed, mode="gap")["keep"]
    # nor does a filled role count as a gain there, in any mode
    missed["picks"] = {"t": {**missed["candidates"][0], "keep": False}}
    tally = end_to_end([missed], "t", ["new"])
    assert (tally["after"], tally["changed"], tally["gained"]) == (0, 0, 0)


def test_precomputed_scores_pick_as_the_fitted_model_does() -> None:
    examples = [*_sets(n_sets=3, per_set=4), _example("s2", "object", False, ["a suspect"])]
    fits = Fits(examples)
    scores = fits.get(["s0", "s1"], "lr", 1.0, "base")
    direct = fit([ex for ex in examples if ex["set"] in ("s0", "s1")], 1.0, "lr", "base")
    for ex in examples:
        assert choose(scores, ex, "rerank") == choose(direct, ex, "rerank")


def test_each_held_out_set_is_counted_once_and_the_setting_chosen_inside() -> None:
    examples = _sets(n_sets=3, per_set=4)
    fits = Fits(examples)
    grid = [("lr", "rerank", 1.0, "base"), ("lr", "fill", 1.0, "base")]
    best, right = _choose_config(fits, ["s0", "s1"], grid, inner=0)
    assert best in grid and right == 8  # each inner fold's four events, all filled right
    tally = evaluate(fits, ["s0", "s1"], ["s2"], best, "t")
    # the rules leave every actor empty (wrong); the model fills the subject (right)
    assert (tally["n"], tally["rule"], tally["model"], tally["oracle"]) == (4, 0, 4, 4)
    assert all("t" in ex["picks"] for ex in examples if ex["set"] == "s2")
    assert not any("picks" in ex for ex in examples if ex["set"] != "s2")


def test_inner_folds_group_whole_sets() -> None:
    sets = [f"s{k}" for k in range(7)]
    assert _inner_folds(sets, 0) == [[s] for s in sets]
    folds = _inner_folds(sets, 3)
    assert folds == [["s0", "s3", "s6"], ["s1", "s4"], ["s2", "s5"]]


def test_end_to_end_estimate_keeps_the_export_verdict_unless_the_choice_changed() -> None:
    changed = _example("events", "subject", False, [])
    changed["picks"] = {"t": {**changed["candidates"][0]}}  # filled, and right
    unchanged = _example("events", "nobody", True, [])
    unchanged["picks"] = {"t": {"text": "", "right": True, "keep": True}}
    other_set = _example("other", "subject", False, [])
    other_set["picks"] = {"t": {**other_set["candidates"][0]}}
    tally = end_to_end([changed, unchanged, other_set], "t", ["events"])
    assert (tally["n"], tally["export"], tally["after"]) == (2, 1, 2)
    assert (tally["changed"], tally["gained"], tally["lost"]) == (1, 1, 0)


def test_a_pick_that_keeps_the_exports_place_keeps_the_exports_verdict() -> None:
    example = {"rule_right": True}
    # judged by its text alone the export's place is wrong (an alias the entity holds)
    assert _right(example, {"text": "DI Khan", "right": False, "keep": True})
    assert not _right(example, {"text": "Tank", "right": False, "keep": False})
    assert not _right(example, None)


@dataclass
class _Token:
    """Just what :func:`_path` reads of a spaCy token."""

    i: int
    dep_: str
    head: _Token | None = None
    sent: Any = field(default=None)

    @property
    def ancestors(self) -> list[_Token]:
        out, node = [], self
        while node.head is not None and node.head is not node:
            node = node.head
            out.append(node)
        return out


def _tree() -> dict[str, _Token]:
    """ "Gunmen attacked the post of police": attacked <- Gunmen (nsubj), post (dobj),
    of (prep) <- police (pobj)."""
    sent = type("Sent", (), {"start": 0})()
    root = _Token(1, "ROOT", sent=sent)
    root.head = root
    subject = _Token(0, "nsubj", root, sent)
    post = _Token(3, "dobj", root, sent)
    prep = _Token(4, "prep", post, sent)
    police = _Token(5, "pobj", prep, sent)
    return {"root": root, "subject": subject, "post": post, "police": police}


def test_path_spells_the_dependency_route_to_the_trigger() -> None:
    t = _tree()
    assert _path(t["subject"], t["root"]) == "nsubj>"
    assert _path(t["police"], t["root"]) == "pobj^prep^dobj>"
    assert _path(t["root"], t["root"]) == "trigger"
    # from the trigger "post" (a noun trigger) up to the verb and down to the subject
    assert _path(t["subject"], t["post"]) == "nsubj>dobj"
    elsewhere = _Token(9, "nsubj", sent=type("Sent", (), {"start": 8})())
    assert _path(elsewhere, t["root"]) == "other-sentence"
