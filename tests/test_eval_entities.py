"""The entity benchmark's label files: a check sample scoped to a slice of the archive."""

from __future__ import annotations

import itertools
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


@pytest.mark.unit
def test_the_check_sets_exist_and_their_slices_do_not_overlap():
    """Each fresh sample judges articles no earlier sample labelled: a slice that overlapped
    another would score a resolver on rows it may have been tuned on."""
    from bench.eval_entities import CHECK_SETS, LABELS

    scopes = []
    for name in CHECK_SETS:
        path = LABELS / name
        assert path.exists(), name
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines:
            if line.startswith("# scope:"):
                first, _, last = line.split("ranks", 1)[1].strip().partition("-")
                scopes.append((int(first), int(last), name))
            elif line and not line.startswith("#"):
                assert len(line.split("\t")) >= 4, (name, line)
    scopes.sort()
    assert [s[2] for s in scopes][-1] == "check-r11.tsv"
    for (_, end, a), (start, _, b) in itertools.pairwise(scopes):
        assert end < start, (a, b)
