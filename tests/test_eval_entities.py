"""The entity benchmark's label files: a check sample scoped to a slice of the archive."""

from __future__ import annotations

import json

import pytest

from bench.eval_entities import Labels, article_ranks, sample


@pytest.mark.unit
def test_a_scoped_check_sample_labels_only_its_slice_of_the_archive(tmp_path):
    rows = [{"id": f"a{n}", "text": "x"} for n in range(6)]
    data = tmp_path / "data"
    (data / "realnews-2025-jan-may").mkdir(parents=True)
    (data / "realnews-2025-jan-may" / "articles.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    ranks = article_ranks(rows)
    order = [r["id"] for r in sample(rows, 6)]
    assert [ranks[a] for a in order] == [1, 2, 3, 4, 5, 6]  # the sample's order, 1-based
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "check.tsv").write_text(
        f"# scope: ranks 3-4\n*\tkorvan\tkorvan-town\tGPE\n{order[3]}\tkorvan\tJUNK\tOTHER\n",
        encoding="utf-8",
    )
    scoped = Labels.load(labels, "check.tsv", data)
    assert scoped.scope == (3, 4)
    assert scoped.gold(order[0], "Korvan") is None  # ranked 1: outside the slice
    assert scoped.gold(order[2], "Korvan") == ("korvan-town", "GPE")  # "*" inside it
    assert scoped.gold(order[3], "KORVAN") == ("JUNK", "OTHER")  # its own row wins
    assert scoped.gold(order[5], "Korvan") is None
    (labels / "plain.tsv").write_text("*\tkorvan\tkorvan-town\tGPE\n", encoding="utf-8")
    assert Labels.load(labels, "plain.tsv", data).gold(order[0], "korvan") is not None
