"""``bench/label_agreement.py``: two label files aligned one to one and compared field by
field with the scorer's own comparisons, on small synthetic articles."""

from __future__ import annotations

import copy

import pytest

from bench.label_agreement import (
    FIELDS,
    compare,
    dates_agree,
    dates_agree_both_ways,
    label_interval,
    render,
)

TEXT = (
    "Gunmen killed a shopkeeper in Alpha town on Monday. Police arrested two suspects in "
    "Beta village later. Militants attacked a checkpost in Gamma and a convoy in Delta."
)
TEXTS = {"art-1": TEXT}


def _row(anchor: str, **fields: object) -> dict[str, object]:
    row: dict[str, object] = {
        "article": "art-1",
        "incident": "i1",
        "anchor": anchor,
        "type": "ASSAULT",
        "actor": "gunmen",
        "target": "shopkeeper",
        "place": "Alpha",
        "date": "2025-04-14",
        "modality": "asserted",
    }
    row.update(fields)
    return row


def _rows() -> list[dict[str, object]]:
    return [
        _row("Gunmen killed a shopkeeper"),
        _row(
            "Police arrested two suspects",
            type="COERCE",
            actor="police",
            target="suspects",
            place="Beta",
            date="<=2025-04-15",
        ),
        _row("attacked a checkpost", actor="militants", target="checkpost", place="Gamma"),
        _row("attacked a checkpost", actor="militants", target="convoy", place="Delta"),
    ]


@pytest.mark.unit
def test_identical_files_agree_on_every_field() -> None:
    result = compare(_rows(), _rows(), TEXTS)
    assert (result.rows_a, result.rows_b, len(result.pairs)) == (4, 4, 4)
    assert all(result.agreed(name) == 4 for name in (*FIELDS, "all"))
    # two incidents of one sentence pair incident with incident, not crosswise
    assert all(p.a["place"] == p.b["place"] for p in result.pairs)


@pytest.mark.unit
def test_one_changed_actor_drops_exactly_that_field() -> None:
    other = _rows()
    other[0]["actor"] = "robbers"
    result = compare(_rows(), other, TEXTS)
    assert len(result.pairs) == 4
    assert result.agreed("actor") == 3
    assert all(result.agreed(name) == 4 for name in FIELDS if name != "actor")
    assert result.agreed("all") == 3
    report = render(result, "a", "b", examples=5)
    assert "actor          3/4 = 75.0%" in report
    assert "A 'gunmen'  |  B 'robbers'" in report


@pytest.mark.unit
def test_names_agree_when_either_side_is_right_by_the_others_alternatives() -> None:
    other = _rows()
    other[0]["actor"] = "armed men|gunmen|attackers"
    other[1]["actor"] = None  # null agrees only with null
    result = compare(_rows(), other, TEXTS)
    by_anchor = {p.a["anchor"]: p.checks["actor"] for p in result.pairs}
    assert by_anchor["Gunmen killed a shopkeeper"]
    assert not by_anchor["Police arrested two suspects"]


@pytest.mark.unit
def test_an_extra_row_counts_as_unaligned() -> None:
    extra = [*_rows(), _row("Police arrested two suspects", type="COERCE", actor="police")]
    result = compare(_rows(), extra, TEXTS)
    assert (result.rows_a, result.rows_b, len(result.pairs)) == (4, 5, 4)
    assert result.alone_a == []
    assert len(result.alone_b) == 1
    assert result.agreed("all") == 4
    report = render(result, "a", "b")
    assert "rows of A with a partner in B: 4/4" in report
    assert "rows of B with a partner in A: 4/5 = 80.0%" in report
    assert "B's rows 4/5 = 80.0%" in report


@pytest.mark.unit
def test_rows_in_different_sentences_never_pair() -> None:
    a = [_row("Gunmen killed a shopkeeper")]
    b = [_row("Police arrested two suspects")]
    result = compare(a, b, TEXTS)
    assert result.pairs == []
    assert len(result.alone_a) == len(result.alone_b) == 1


@pytest.mark.unit
def test_a_type_compatible_partner_is_preferred_in_a_shared_sentence() -> None:
    a = [_row("attacked a checkpost", type="PROTEST|ASSAULT")]
    b = [
        _row("Militants attacked", type="COERCE", place="Zeta"),
        _row("a convoy in Delta", type="ASSAULT", place="Zeta"),
    ]
    result = compare(a, b, TEXTS)
    assert len(result.pairs) == 1
    assert result.pairs[0].b["type"] == "ASSAULT" and result.pairs[0].checks["type"]


@pytest.mark.unit
def test_articles_only_one_file_covers_are_left_out_and_counted() -> None:
    other = [*_rows(), _row("anything", article="art-2")]
    result = compare(_rows(), other, TEXTS)
    assert result.articles == 1
    assert (result.rows_b, result.outside_b, result.outside_a) == (4, 1, 0)


@pytest.mark.unit
def test_dates_follow_the_scorers_rules() -> None:
    # "<=D" is an interval ending by D, never one day: an exact day disagrees with it
    assert not dates_agree("<=2025-04-25", "2025-04-25")
    assert not dates_agree("2025-04-20", "<=2025-04-25")
    assert dates_agree("<=2025-04-25", "<=2025-04-25")
    # a day inside a month or a span is right by the month or span
    assert dates_agree("2025-04", "2025-04-17")
    assert dates_agree("2025-04-17", "2025-04-16..2025-04-17")
    assert not dates_agree("2025-04-18", "2025-04-16..2025-04-17")
    assert not dates_agree("2025-03", "2025-04-17")
    assert dates_agree(None, None) and not dates_agree(None, "2025-04-17")
    assert label_interval("2025-02") == {"start": "2025-02-01", "end": "2025-02-28"}


@pytest.mark.unit
def test_an_exact_date_against_on_or_before_drops_only_the_date() -> None:
    other = _rows()
    other[1]["date"] = "2025-04-15"
    result = compare(_rows(), other, TEXTS)
    assert result.agreed("date") == 3
    assert all(result.agreed(name) == 4 for name in FIELDS if name != "date")


@pytest.mark.unit
def test_an_unscored_star_agrees_and_modality_defaults_to_asserted() -> None:
    a = [_row("Gunmen killed a shopkeeper", place="*")]
    b = [_row("Gunmen killed a shopkeeper")]
    del b[0]["modality"]
    (pair,) = compare(a, b, TEXTS).pairs
    assert pair.checks["place"] and pair.checks["modality"]
    b2 = copy.deepcopy(b)
    b2[0]["modality"] = "attempted"
    (pair,) = compare(a, b2, TEXTS).pairs
    assert not pair.checks["modality"]


@pytest.mark.unit
def test_a_date_inside_the_others_month_agrees_one_way_only() -> None:
    assert dates_agree_both_ways("2025-04-17", "2025-04-17")
    assert not dates_agree_both_ways("2025-04", "2025-04-17")
    assert not dates_agree_both_ways("<=2025-04-25", "2025-03-22..2025-04-25")
    other = _rows()
    other[0]["date"] = "2025-04"
    result = compare(_rows(), other, TEXTS)
    assert (result.agreed("date"), result.agreed("date both ways")) == (4, 3)
    assert "agree one way only" in render(result, "a", "b", examples=3)


@pytest.mark.unit
def test_one_incident_anchored_in_two_sentences_is_unaligned_and_counted_apart() -> None:
    a = [_row("Gunmen killed a shopkeeper")]
    b = [_row("Police arrested two suspects")]  # same fields, another sentence
    result = compare(a, b, TEXTS)
    assert result.pairs == []
    assert len(result.elsewhere) == 1
    c = [_row("Police arrested two suspects", actor="police")]  # differs: another incident
    assert compare(a, c, TEXTS).elsewhere == []
