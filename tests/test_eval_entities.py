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
def test_a_whole_archive_scope_labels_every_article(tmp_path):
    """check-r39 is scoped to ranks 1-2100, more than the archive holds: its "*" rows must reach
    the first and the last article alike, and a per-article row still wins in its article."""
    rows = [{"id": f"b{n}", "text": "x"} for n in range(5)]
    data = tmp_path / "data"
    (data / "realnews-2025-jan-may").mkdir(parents=True)
    (data / "realnews-2025-jan-may" / "articles.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    order = [r["id"] for r in sample(rows, 5)]
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "check.tsv").write_text(
        f"# scope: ranks 1-2100\n*\tsaada\tsaada\tGPE\n{order[2]}\tsaada\tJUNK\tOTHER\n",
        encoding="utf-8",
    )
    scoped = Labels.load(labels, "check.tsv", data)
    assert scoped.scope == (1, 2100)
    assert [scoped.gold(a, "Saada") for a in order] == [
        ("saada", "GPE"),
        ("saada", "GPE"),
        ("JUNK", "OTHER"),
        ("saada", "GPE"),
        ("saada", "GPE"),
    ]
    assert scoped.gold("not-in-the-archive", "Saada") is None


def _rows(path):
    """A label file's rows (article, form, gold id, type), its comments aside."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _scope(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# scope:"):
            first, _, last = line.split("ranks", 1)[1].strip().partition("-")
            return int(first), int(last)
    return None


@pytest.mark.unit
def test_the_check_sets_exist_and_judge_slices_or_forms_no_other_set_labels():
    """Each fresh sample judges what no earlier sample labelled: articles of its own slice, or,
    once the archive had no unread articles left (round 14), forms of the same slice that no
    other sample labels. An overlap would score a resolver on rows it may have been tuned on."""
    from bench.eval_entities import CHECK_SETS, LABELS

    scoped = []
    for name in CHECK_SETS:
        path = LABELS / name
        assert path.exists(), name
        for row in _rows(path):
            assert len(row) >= 4, (name, row)
        if (scope := _scope(path)) is not None:
            scoped.append((scope, name, {row[1].strip().lower() for row in _rows(path)}))
    assert CHECK_SETS[-1] == "check-r43.tsv"
    last = [f"check-r{n}.tsv" for n in (*range(12, 28), *range(32, 44))]
    assert [name for _, name, _ in scoped][-28:] == last
    for (a_scope, a, a_forms), (b_scope, b, b_forms) in itertools.combinations(scoped, 2):
        if a_scope[1] >= b_scope[0] and b_scope[1] >= a_scope[0]:  # the slices overlap
            assert not a_forms & b_forms, (a, b, sorted(a_forms & b_forms)[:5])


@pytest.mark.unit
@pytest.mark.parametrize(
    "name",
    [f"check-r{n}.tsv" for n in (*range(12, 28), 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43)],
)
def test_a_check_sample_by_entity_labels_only_new_forms_with_the_contracts_types(name):
    """check-r12 to check-r27 and check-r32 to check-r43 were drawn among entities none of whose
    forms any other label file names, so that their figures are a first reading; every gold
    type is one the export can carry."""
    from bench.eval_entities import LABELS

    path = LABELS / name
    # check-r19 (round 23) reads the slice of check-r10 by entity: the slice 1501-2100 had one
    # candidate with two forms left; check-r20 (round 24) reads the slice of check-r9 by entity,
    # check-r21 (round 25) the slice of check-r19 again, on entities none of its forms label;
    # check-r22 (round 26) the slice of check-r20 again, check-r23 (round 27) the slice of
    # check-r21 again, check-r24 (round 28) the slice of check-r22 again, check-r25 (round 29)
    # the slice of check-r23 again, check-r26 (round 30) the slice of check-r24 again,
    # check-r27 (round 31) the slice of check-r25 again, check-r32 (round 32) the slice of
    # check-r26 again, check-r33 (round 33) the slice of check-r27 again, check-r34 (round 34)
    # the slice of check-r11 to check-r18 (1501-2100), by entity for the first time, check-r35
    # (round 35) the slice of mentions.tsv and check-r3 (1-300), read longest ago, check-r36
    # (round 36) the slice of check-r32 (301-900), read by entity longest ago, check-r37
    # (round 37) the slice of check-r33 (901-1500), read by entity longest ago, check-r38
    # (round 38) the slice of check-r34 (1501-2100), read by entity longest ago, check-r39
    # (round 39) the whole archive (1-2100), so that the draw holds entities of two or more forms,
    # check-r40 (round 40) the whole archive again, on entities none of whose forms any file labels,
    # check-r41 (round 41) the whole archive a third time, drawn as check-r40, check-r42 (round 42)
    # the whole archive a fourth time, drawn as check-r41, check-r43 (round 43) the whole archive a
    # fifth time (mostly single-form entities: 3 candidates with two forms were left)
    scopes = {
        "check-r19.tsv": (901, 1500),
        "check-r20.tsv": (301, 900),
        "check-r21.tsv": (901, 1500),
        "check-r22.tsv": (301, 900),
        "check-r23.tsv": (901, 1500),
        "check-r24.tsv": (301, 900),
        "check-r25.tsv": (901, 1500),
        "check-r26.tsv": (301, 900),
        "check-r27.tsv": (901, 1500),
        "check-r32.tsv": (301, 900),
        "check-r33.tsv": (901, 1500),
        "check-r35.tsv": (1, 300),
        "check-r36.tsv": (301, 900),
        "check-r37.tsv": (901, 1500),
        "check-r39.tsv": (1, 2100),
        "check-r40.tsv": (1, 2100),
        "check-r41.tsv": (1, 2100),
        "check-r42.tsv": (1, 2100),
        "check-r43.tsv": (1, 2100),
    }
    assert _scope(path) == scopes.get(name, (1501, 2100))
    rows = _rows(path)
    forms = {row[1].strip().lower() for row in rows}
    for other in LABELS.glob("*.tsv"):
        if other.name not in (name, "actors.tsv"):
            shared = forms & {row[1].strip().lower() for row in _rows(other)}
            assert not shared, (other.name, sorted(shared)[:5])
    types = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "OTHER"}
    assert {row[3].strip() for row in rows} <= types
    assert all(row[3].strip() == "OTHER" for row in rows if row[2].strip() in ("JUNK", "OUTLET"))
    assert len({(row[0], row[1].strip().lower()) for row in rows}) == len(rows)  # no key twice
