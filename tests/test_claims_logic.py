"""Comparing figures and merging statements (pure logic, no NLP)."""

from __future__ import annotations

from dossier.kb.claims import (
    ClaimView,
    day_dates_incident,
    figure_kind,
    figure_scope,
    identity_key,
    incident_measure,
    interval,
    relate,
    same_statement,
    unit_key,
)
from dossier.kb.event_merge import EventReport, same_event


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
    a = _event(1, actors={"police"}, targets={"brigade"}, start="2021-01-08", end="2021-01-12")
    b = _event(2, actors={"police"}, start="2021-01-10", end="2021-01-10")
    assert same_event(a, b)
    # a report dated only to two months names no one incident of another article
    months = _event(7, actors={"police"}, start="2020-12-01", end="2021-01-31")
    assert not same_event(months, b)
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


def _incident(id, n, stories, places=(), day="2025-03-16", unit="terrorist killed", scope="point"):
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject="security forces",
        text=id,
        min=n,
        max=n,
        unit=unit,
        stories=frozenset(stories),
        key=identity_key(unit, scope, day if scope == "point" else f"..{day}"),
        places=frozenset(places),
    )


def test_incident_counts_compare_only_within_one_day_and_place():
    khyber_5 = _incident("k5", 5, ["s1"], ["gpe:khyber"])
    khyber_3 = _incident("k3", 3, ["s2"], ["gpe:khyber"])
    bannu_11 = _incident("b11", 11, ["s3"], ["gpe:bannu"])
    next_day = _incident("k7", 7, ["s4"], ["gpe:khyber"], day="2025-03-17")
    rel = relate([khyber_5, khyber_3, bannu_11, next_day])
    assert rel["k5"].contradicts == {"k3"}  # not Bannu, not the next day
    assert rel["b11"].contradicts == set() and rel["k7"].contradicts == set()
    reason, confidence = rel["k5"].reasons["k3"]
    assert "5 vs 3 terrorist killed" in reason and "gpe:khyber" in reason
    assert 0.5 < confidence <= 0.95


def test_running_total_is_not_compared_with_one_incident():
    incident = _incident("one", 5, ["s1"])
    total = _incident("total", 116, ["s2"], scope="cumulative")
    assert not relate([incident, total])["one"].contradicts


def test_one_story_never_disputes_itself_and_reprints_never_corroborate():
    a = _incident("a", 5, ["s1"], ["gpe:x"])
    b = _incident("b", 6, ["s1"], ["gpe:x"])
    c = _incident("c", 5, ["s1"], ["gpe:x"])
    rel = relate([a, b, c])
    assert not rel["a"].contradicts and not rel["a"].corroborated_by


def test_scope_and_measure_kind():
    assert figure_scope("The death toll rose to 18 on Wednesday.") == "cumulative"
    assert figure_scope("So far 74 attacks have taken place this year.") == "cumulative"
    assert figure_scope("Security forces killed three terrorists in Tank.") == "point"
    assert figure_scope("The DG said where 12 of those drones were neutralised.") == "part"
    # the whole, with its parts after it, is not itself a part
    assert figure_scope("The strikes killed 40 civilians—among them 7 women.") == "point"
    # a figure over several incidents is their total, not the count of one of them
    assert figure_scope("Six people died in two separate road accidents on Sunday.") == "cumulative"
    assert incident_measure("terrorist killed") and incident_measure("attacks")
    assert not incident_measure("fighter") and not incident_measure("USD per month")
    # a stock (a group's strength) holds for a while: keyed without a date
    assert figure_scope("The group could have up to 1,000 fighters.", "fighters") == "stock"
    assert figure_scope("Five security personnel were martyred.", "personnel") == "point"
    assert identity_key("fighters", "stock", "2021-08-18") == "fighter|stock"
    assert identity_key("personnel", "point", "2025-03-16") == "personnel|incident|2025-03-16"
    assert identity_key("terrorist killed", "point", None) is None
    assert identity_key("prisoners", "part", "2025-03-03") is None  # "58 of the 251"
    assert figure_kind("point", 5000, 7000, None) == "range"
    assert figure_kind("point", None, 1000, "up to") == "estimate"
    assert figure_kind("cumulative", 18, 18, None) == "cumulative"


def test_totals_over_different_places_are_not_compared():
    both = _incident("total_a", 12, ["s1"], ["gpe:kp", "gpe:balochistan"], scope="cumulative")
    one = _incident("part_b", 3, ["s2"], ["gpe:balochistan"], scope="cumulative")
    same = _incident("total_c", 20, ["s3"], ["gpe:kp", "gpe:balochistan"], scope="cumulative")
    rel = relate([both, one, same])
    assert rel["total_a"].contradicts == {"total_c"}  # the same total told twice, not a part


def _stock(id, lo, hi, hedge, story, unit="prisoners"):
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject="hamas",
        text=id,
        min=lo,
        max=hi,
        unit=unit,
        hedge=hedge,
        stories=frozenset([story]),
        key=identity_key(unit, "stock", None),
    )


def test_standing_figures_are_disputed_only_estimate_against_estimate():
    # "more than 250 prisoners taken" (2023) and "the remaining 59 prisoners" (weeks
    # later) count the same thing at two times: an exact count of a standing figure
    # is not set against an estimate
    taken = _stock("taken", 250, None, "more than", "s1")
    remaining = _stock("remaining", 59, 59, None, "s2")
    assert not relate([taken, remaining])["taken"].contradicts
    # the strength of a group told as two estimates that cannot both hold is a dispute
    up_to = _stock("up_to", None, 1000, "up to", "s3", unit="fighters")
    range_ = _stock("range", 5000, 7000, None, "s4", unit="fighters")
    assert relate([up_to, range_])["up_to"].contradicts == {"range"}


def test_totals_of_money_never_contradict_but_can_corroborate():
    # "USD" does not say what the money is: aid pledged and aid spent since 2021
    pledged = _incident("pledged", 21e9, ["s1"], unit="USD", scope="cumulative")
    spent = _incident("spent", 3.71e9, ["s2"], unit="USD", scope="cumulative")
    same = _incident("same", 21e9, ["s3"], unit="USD", scope="cumulative")
    rel = relate([pledged, spent, same])
    assert not any(r.contradicts for r in rel.values())
    assert rel["pledged"].corroborated_by == {"same"}
    # other totals for one period still do
    killed = _incident("k", 40, ["s1"], scope="cumulative")
    other = _incident("k2", 90, ["s2"], scope="cumulative")
    assert relate([killed, other])["k"].contradicts == {"k2"}


def test_the_day_dates_an_incident_where_the_period_is_another_clauses():
    strike = (
        "An air strike killed two people in Dunmore on Saturday, as mediators pushed to "
        "extend the ceasefire agreed in January."
    )
    assert day_dates_incident(strike, strike.index("Saturday"), strike.index("January"))
    month = "In January, 50 people were killed in attacks, police said on Saturday."
    assert not day_dates_incident(month, month.index("Saturday"), month.index("January"))
    # no incident word: nothing says which time the figure holds for; the period stays
    assert not day_dates_incident("Talks on Saturday about January.", 9, 27)


def _mention(scope, sentence_event=None, main_event="evt_main"):
    return {
        "claim_id": "clm_x", "kind": "quantity", "qmin": 444.0, "qmax": 444.0,
        "unit": "attack", "hedge": None, "scope": scope, "holds_on": "2024-01-01..2024-12-31",
        "place_key": None, "speaker_entity": None, "speaker_text": None, "speaker_role": None,
        "subject_entity": None, "subject_text": None, "text": "A total of 444 attacks.",
        "story_id": "s1", "event_group": None, "sentence_event": sentence_event,
        "main_event": main_event, "document_id": "d1", "start": 0, "end": 22,
        "source": "a.txt", "published": "2025-01-03", "outlet": None,
    }  # fmt: skip


def test_a_tally_is_linked_to_its_sentences_event_not_the_articles_incident():
    from dossier.query.reads import _claim

    # a period's total in an article's background is about no one incident
    assert _claim([_mention("cumulative")])["events"] == []
    assert _claim([_mention("cumulative", sentence_event="evt_s")])["events"] == ["evt_s"]
    # the toll of an incident with no event in its sentence is the article's incident's
    assert _claim([_mention("point")])["events"] == ["evt_main"]


def test_one_outlets_two_totals_for_one_period_are_an_update_not_a_dispute():
    from dataclasses import replace

    march = identity_key("attacks", "cumulative", "2025-03-01..2025-03-31")
    stale = replace(_q("stale", 79, 79, stories=("s1",), unit="attacks"), key=march)
    later = replace(_q("later", 100, None, "surpassing", ("s2",), unit="attacks"), key=march)
    same = relate(
        [replace(stale, outlets=frozenset({"dawn"})), replace(later, outlets=frozenset({"dawn"}))]
    )
    assert not same["stale"].contradicts
    # two outlets' totals for one period that cannot both hold are still a dispute
    apart = relate(
        [replace(stale, outlets=frozenset({"dawn"})), replace(later, outlets=frozenset({"app"}))]
    )
    assert apart["stale"].contradicts == {"later"}
