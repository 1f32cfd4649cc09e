"""``bench/eval_event_sets.py``: every labelled event set scored by ``eval_events.py``'s own
functions and summed into development, validation and total rows. The halves are data
(``bench/labels/events/halves.json``): every set must be in exactly one, so a new set cannot
be summed into a total without being given a half."""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from bench.e2e import ROOT
from bench.eval_event_sets import (
    BASE,
    EVENTS,
    FIELDS,
    SUMMED,
    THIS,
    choose_sets,
    label_sets,
    main,
    read_halves,
    row_of,
    subtotals,
    sum_rows,
    table,
)
from bench.eval_events import RealScore, read_labels, report_lines

#: the validation half of sessions 31-33's held-out protocol: scored, never read; a set may
#: join it, none may leave it (its figure is only honest while nobody has read its errors)
VALIDATION = {
    "check15",
    "check16",
    "check17",
    "check19",
    "check21",
    "check23",
    "check25",
    "check27",
    "check29",
}


@pytest.mark.unit
def test_every_labelled_set_is_in_exactly_one_half():
    halves = read_halves()  # raises on a set listed twice
    sets = label_sets()
    assert len(sets) >= 30
    assert not [s for s in sets if s not in halves], "a new set needs a half in halves.json"
    assert not [s for s in halves if s not in sets], "halves.json names a set that is gone"
    assert {"dev", "validation"} <= set(halves.values())


@pytest.mark.unit
def test_the_validation_half_keeps_its_sets():
    halves = read_halves()
    assert VALIDATION <= {s for s, half in halves.items() if half == "validation"}
    assert halves["events"] == "dev" and halves["check28"] == "dev"


@pytest.mark.unit
def test_another_list_is_a_half_of_its_own_summed_in_its_own_row(tmp_path):
    path = tmp_path / "halves.json"
    doc = {"about": "why", "development": ["a"], "validation": ["b"], "blind": ["c", "d"]}
    path.write_text(json.dumps(doc))
    halves = read_halves(path)
    assert halves == {"a": "dev", "b": "validation", "c": "blind", "d": "blind"}
    rows = {name: _row(i) for i, name in enumerate("abcde")}
    sums = subtotals(rows, halves)
    assert list(sums) == ["dev", "validation", "blind", "unassigned", "total"]
    assert sums["blind"] == sum_rows([rows["c"], rows["d"]])
    assert sums["unassigned"] == rows["e"]


@pytest.mark.unit
def test_a_set_listed_twice_is_refused(tmp_path):
    path = tmp_path / "halves.json"
    path.write_text(json.dumps({"development": ["a", "b"], "validation": ["b"]}))
    with pytest.raises(ValueError, match="b is listed twice"):
        read_halves(path)
    path.write_text(json.dumps({"development": ["a", "a"], "validation": []}))
    with pytest.raises(ValueError, match="a is listed twice"):
        read_halves(path)


@pytest.mark.unit
def test_sets_are_ordered_by_number_and_chosen_by_half(tmp_path):
    for name in ("check10", "check2", "events", "check", "check9"):
        (tmp_path / f"{name}.jsonl").write_text("")
    (tmp_path / "halves.json").write_text("{}")  # not a set
    available = label_sets(tmp_path)
    assert available == ["events", "check", "check2", "check9", "check10"]
    halves = {"events": "dev", "check": "dev", "check2": "validation", "check10": "validation"}
    assert choose_sets(available, halves, "dev") == ["events", "check"]
    assert choose_sets(available, halves, "validation") == ["check2", "check10"]
    assert choose_sets(available, halves, "all") == available  # check9: in no half, still run
    assert choose_sets(available, halves, "dev", ["check10", "check2"]) == ["check2", "check10"]
    with pytest.raises(SystemExit, match="check99"):
        choose_sets(available, halves, "all", ["check99"])


def _score(n: int, seed: int) -> RealScore:
    """Counts in the shape ``score_real_set`` returns (each at most ``n``)."""
    fields = ("found", "type", "actor", "target", "place", "date", "modality", "all")
    right = Counter({f: (seed * (i + 3)) % (n + 1) for i, f in enumerate(fields)})
    right.update({"all strict": seed % (n + 1), "actor exact": 1, "target exact": 1})
    right.update({"all exact": 1, "actor strict": 1, "target strict": 1})
    return RealScore(
        labels_path=Path("events/x.jsonl"),
        matcher="assign",
        n=n,
        articles=7,
        exported=7,
        seconds=1.0,
        right=right,
        base=Counter({"date": (seed * 7) % (n + 1)}),
        stored=seed + 2,
        incidents=seed + 1,
        alarms=seed % 5,
        untold=0,
    )


@pytest.mark.unit
@pytest.mark.parametrize(("n", "seed"), [(41, 5), (151, 17), (108, 29), (1, 1)])
def test_a_row_holds_the_counts_the_report_prints_as_percentages(n, seed):
    """The lead's summing script read each set's report and turned its percentages back into
    counts; the table's row must be those same counts."""
    score = _score(n, seed)
    text = "\n".join(report_lines(score))
    parsed = {"N": int(re.search(r"(\d+) events in", text).group(1))}
    parsed["matched"] = int(re.search(r"matcher \w+\): (\d+)/", text).group(1))
    for field in ("type", "actor", "target", "place", "date", "modality", "all six right"):
        percent = float(re.search(rf"^  {field}\s+([\d.]+)%", text, re.M).group(1))
        parsed[field.replace(" right", "")] = round(percent * n / 100)
    percent = float(re.search(r"no wrong extra participant.*all six ([\d.]+)%", text).group(1))
    parsed["strict"] = round(percent * n / 100)
    found = re.search(r"\((\d+) for (\d+)\).*?matching no label: (\d+)", text)
    parsed["stored"], parsed["incidents"], parsed["alarms"] = map(int, found.groups())
    percent = float(re.search(r"([\d.]+)% \(the dateline's date\)", text).group(1))
    parsed["dateline"] = round(percent * n / 100)
    assert row_of(score) == parsed


def _row(value: int) -> dict[str, int]:
    return {f: value + i for i, f in enumerate(SUMMED)}


@pytest.mark.unit
def test_halves_and_total_are_sums_of_their_sets():
    rows = {"events": _row(10), "check": _row(1), "check15": _row(100), "new": _row(1000)}
    halves = {"events": "dev", "check": "dev", "check15": "validation"}
    sums = subtotals(rows, halves)
    assert list(sums) == ["dev", "validation", "unassigned", "total"]
    assert sums["dev"] == {f: 11 + 2 * i for i, f in enumerate(SUMMED)}
    assert sums["validation"] == rows["check15"]
    assert sums["unassigned"] == rows["new"]
    assert sums["total"] == sum_rows([sums["dev"], sums["validation"], sums["unassigned"]])
    assert sums["total"]["N"] == 10 + 1 + 100 + 1000 + 4 * (len(FIELDS) - 1)
    assert "unassigned" not in subtotals({"events": _row(1)}, halves)


@pytest.mark.unit
def test_the_table_shows_before_and_after_only_where_they_differ():
    after = {"events": _row(10), "check15": _row(20)}
    before = {"events": _row(10), "check15": {**_row(20), "all six": 5}}
    halves = {"events": "dev", "check15": "validation"}
    lines = table({THIS: after, BASE: before}, halves, "main")
    by_label = {line.split()[0]: line for line in lines if line.strip()}
    assert "→" not in by_label["events"]
    assert f"5→{after['check15']['all six']}" in by_label["check15"]
    assert by_label["TOTAL"].split()[1 + FIELDS.index("N")] == str(10 + 20 + 2 * 12)
    assert any(line.startswith("validation") and "before (main)" in line for line in lines)
    plain = table({THIS: after}, halves)
    assert not any("→" in line for line in plain)
    assert plain[0].split()[:3] == ["set", "half", "matched"]


REALNEWS = ROOT.parent / "shared" / "bench-data" / "realnews-2025-jan-may" / "articles.jsonl"


@pytest.mark.nlp
def test_one_set_scored_here_and_at_a_baseline_revision(tmp_path):
    """Two articles of ``check2`` ingested by this checkout and by ``HEAD`` (``git archive``)
    in two worker processes: both sides score the same rows, and the files are written where
    ``eval_events.py --errors`` writes them."""
    assert REALNEWS.is_file(), f"real archive missing at {REALNEWS}"
    out, errors = tmp_path / "sets.json", tmp_path / "errors"
    args = ["--sets", "check2", "--limit", "2", "--workers", "2", "--baseline", "HEAD"]
    assert main([*args, "--json", str(out), "--errors", str(errors)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = read_labels(EVENTS / "check2.jsonl")
    first_two = list(dict.fromkeys(r["article"] for r in rows))[:2]
    n = sum(1 for r in rows if r.get("type") and r["article"] in first_two)
    after, before = result["rows"][THIS]["check2"], result["rows"][BASE]["check2"]
    assert after["N"] == before["N"] == n > 0
    assert after["matched"] > 0
    assert result["sums"][THIS]["dev"] == result["sums"][THIS]["total"] == after  # a dev set
    unchanged = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "dossier"], cwd=ROOT)
    if unchanged.returncode == 0:  # the same code on both sides scores the same
        assert before == after
    for folder in (errors, errors / "baseline"):
        assert (folder / "err-check2.jsonl").is_file()
        assert (folder / "err-check2.alarms.jsonl").is_file()
        assert "Labelled real articles (events/check2.jsonl)" in (folder / "check2.txt").read_text()
    assert len((errors / "err-check2.jsonl").read_text().splitlines()) == n
