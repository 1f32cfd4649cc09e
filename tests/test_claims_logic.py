"""Comparing figures and merging statements (pure logic, no NLP)."""

from __future__ import annotations

from dossier.claims import ClaimView, interval, relate, same_statement, unit_key
from dossier.event_merge import EventReport, same_event


def _q(id, lo, hi, hedge=None, stories=("s1",), unit="fighters", subject="brigade"):
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject=subject,
        text=id,
        min=lo,
        max=hi,
        unit=unit,
        hedge=hedge,
        stories=frozenset(stories),
    )


def test_hedges_widen_ranges():
    assert interval(_q("a", None, 1000, "up to")) == (0.0, 1000)
    low, high = interval(_q("b", 1000, 1000, "around"))
    assert low < 1000 < high and high < 1300
    assert interval(_q("c", 14, None, "at least"))[1] == float("inf")


def test_disjoint_ranges_contradict_overlapping_from_other_stories_corroborate():
    up_to = _q("up_to_1000", None, 1000, "up to", stories=("story_a",))
    range_ = _q("5000_7000", 5000, 7000, stories=("story_b",))
    around = _q("around_900", 900, 900, "around", stories=("story_c",))
    same_story = _q("reprint_800", 800, 800, stories=("story_a",))
    rel = relate([up_to, range_, around, same_story])
    assert rel["up_to_1000"].contradicts == {"5000_7000"}
    assert rel["5000_7000"].contradicts == {"up_to_1000", "around_900", "reprint_800"}
    assert rel["up_to_1000"].corroborated_by == {"around_900"}  # not the same-story reprint
    assert "reprint_800" not in rel["up_to_1000"].corroborated_by


def test_different_subjects_or_units_are_not_compared():
    a = _q("a", 100, 100, stories=("x",))
    b = _q("b", 5000, 5000, stories=("y",), unit="dollars")
    c = _q("c", 5000, 5000, stories=("z",), subject="other")
    rel = relate([a, b, c])
    assert not any(r.contradicts or r.corroborated_by for r in rel.values())


def test_unit_key_and_statement_identity():
    assert unit_key("fighters") == unit_key("fighter") == "fighter"
    assert unit_key("USD per month") == "usd per month" != unit_key("USD")
    quote = "They were involved in sectarian targeted killing as well as recruitment,"
    assert same_statement(
        quote, "They were involved in sectarian targeted killing as well as recruitment"
    )
    assert not same_statement(quote, "They were never involved in recruitment of any kind.")


def _event(
    mid, actors=(), targets=(), start=None, end=None, type="COERCE", mode="arrest", location=None
):
    return EventReport(
        mention_id=mid,
        document_id=f"d{mid}",
        type=type,
        mode=mode,
        modality="asserted",
        date_start=start,
        date_end=end,
        location=location,
        actors=frozenset(actors),
        targets=frozenset(targets),
    )


def test_same_event_needs_type_participant_and_compatible_dates():
    a = _event(1, actors={"police"}, targets={"brigade"}, start="2020-12-01", end="2021-01-31")
    b = _event(2, actors={"police"}, start="2021-01-10", end="2021-01-10")
    assert same_event(a, b)
    assert not same_event(a, _event(3, actors={"police"}, start="2022-05-01", end="2022-05-01"))
    assert not same_event(a, _event(4, actors={"army"}, targets={"other"}))
    assert not same_event(a, _event(5, actors={"police"}, type="ASSAULT", mode=None))
    swapped = _event(6, actors={"brigade"}, targets={"police"})
    assert not same_event(a, swapped)
    placed = _event(8, actors={"police"}, location="karachi")
    assert not same_event(placed, _event(9, actors={"police"}, location="lahore"))


def test_vague_counts_never_contradict():
    exact = _q("one_billion", 1e9, 1e9, stories=("a",), unit="USD")
    vague = _q("billions", 2e9, None, hedge="billions", stories=("b",), unit="USD")
    several = _q("several", 3, None, hedge="several", stories=("c",), unit="USD")
    rel = relate([exact, vague, several])
    assert not rel["one_billion"].contradicts and not rel["billions"].contradicts
