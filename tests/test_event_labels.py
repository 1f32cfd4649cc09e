"""The labelled real-article event sets (``bench/labels/events``) hold only rows the scorer can
score: a malformed row (a type outside the contract, a date shape ``date_right`` does not know, a
repeated incident id) would otherwise be scored as a silent miss on every system alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.eval_events import date_right, read_labels
from dossier.records import MODALITIES

EVENTS = Path(__file__).resolve().parents[1] / "bench" / "labels" / "events"
#: the tuned set and the check sets the GUIDE describes, one drawn per round; a set that goes
#: missing or an undocumented one fails here
SETS = (
    "events",
    "check",
    "check2",
    "check3",
    "check4",
    "check5",
    "check6",
    "check7",
    "check8",
    "check9",
)
#: the PLOVER types of the export contract (``events[].type`` of ``contract/export.schema.json``)
PLOVER = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT".split()
)
ROW = {"article", "incident", "anchor", "type", "actor", "target", "place", "admin1", "country"}
DATE = re.compile(
    r"^(<=\d{4}-\d\d-\d\d|\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d|\d{4}-\d\d-\d\d|\d{4}-\d\d|\d{4})$"
)
ARTICLE = re.compile(r"^(dawn-\d+|app-[0-9a-f]+)$")


@pytest.mark.unit
def test_the_event_label_sets_are_the_documented_ones():
    assert sorted(p.stem for p in EVENTS.glob("*.jsonl")) == sorted(SETS)
    guide = (EVENTS / "GUIDE.md").read_text(encoding="utf-8")
    assert all(f"{name}.jsonl" in guide for name in SETS)


@pytest.mark.unit
@pytest.mark.parametrize("name", SETS)
def test_each_labelled_row_has_a_shape_the_scorer_scores(name):
    rows = read_labels(EVENTS / f"{name}.jsonl")
    labels = [r for r in rows if r.get("type")]
    assert labels
    incidents = set()
    for row in rows:
        assert ARTICLE.match(row["article"]), row
        if not row.get("type"):  # an article read in full with nothing to label
            assert row.get("note"), row
            continue
        assert ROW <= set(row), row
        assert set(row["type"].split("|")) <= PLOVER, row
        assert row.get("modality", "asserted") in MODALITIES, row
        assert row["anchor"].strip(), row
        assert (row["article"], row["incident"]) not in incidents, row
        incidents.add((row["article"], row["incident"]))
        date = row.get("date")
        if date is not None:
            assert DATE.match(date), row
            start, end = interval(date)
            assert start <= end, row  # a span or bound that ends before it starts
            # the gold's own interval, exported as the event's date, scores right
            assert date_right(date, {"start": start, "end": end}), row


def interval(date: str) -> tuple[str, str]:
    """The days a gold date stands for, in the export's ``{start, end}`` form."""
    if date.startswith("<="):
        return "1900-01-01", date[2:]
    if ".." in date:
        low, high = date.split("..")
        return low, high
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-28"
    return date, date


#: the check sets drawn as a prefix of one seeded order, each with the GUIDE section that lists
#: that order: a set that loses, gains or reorders an article no longer matches its draw
DRAWN = (
    ("check7", "## The seventh check set"),
    ("check8", "## The eighth check set"),
    ("check9", "## The ninth check set"),
)


@pytest.mark.unit
@pytest.mark.parametrize(("name", "heading"), DRAWN)
def test_a_drawn_check_set_meets_its_bar_and_follows_the_order_the_guide_lists(name, heading):
    rows = read_labels(EVENTS / f"{name}.jsonl")
    articles = list(dict.fromkeys(r["article"] for r in rows))
    events = [r for r in rows if r.get("type")]
    assert len(articles) >= 20 and len(events) >= 60
    guide = (EVENTS / "GUIDE.md").read_text(encoding="utf-8")
    section = guide[guide.index(heading) :]
    following = section.find("\n## ", 1)
    section = section if following < 0 else section[:following]
    listed = re.findall(r"(?:dawn-\d+|app-[0-9a-f]{12})", section)
    assert listed[: len(articles)] == articles
