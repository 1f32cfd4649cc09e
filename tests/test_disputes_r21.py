"""Issue 16: an incident count whose sentence names no place can still be disputed.

A report names its incident's place once and gives the toll in a later sentence; such a
count is compared with a placed count of the same subject, measure and day only when the
two reports are of one event and were published the same day (see
:func:`dossier.kb.claims.unplaced_same_incident`).
"""

from __future__ import annotations

import pytest

from dossier.kb.claims import ClaimView, contradiction, corroboration, identity_key, relate

pytestmark = pytest.mark.unit


def _count(
    id: str,
    n: float,
    story: str,
    places: tuple[str, ...] = (),
    groups: tuple[str, ...] = ("g1",),
    published: tuple[str, ...] = ("2025-05-21",),
    day: str = "2025-05-21",
    unit: str = "children",
) -> ClaimView:
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject="balochistan",
        text=f"{id} said {n:g} {unit} were killed",
        min=n,
        max=n,
        unit=unit,
        stories=frozenset([story]),
        key=identity_key(unit, "point", day),
        places=frozenset(places),
        groups=frozenset(groups),
        published=frozenset(published),
        outlets=frozenset([f"outlet-{story}"]),
    )


def test_unplaced_toll_disputes_the_placed_toll_of_one_event_the_same_day():
    placed = _count("app", 3, "s1", ("khuzdar",))
    unplaced = _count("dawn", 4, "s2")
    reason, confidence = contradiction(placed, unplaced) or ("", 0.0)
    assert "3 vs 4 child" in reason and 0.5 < confidence <= 0.95
    assert relate([placed, unplaced])["app"].contradicts == {"dawn"}


def test_unplaced_toll_of_another_event_group_is_no_dispute():
    placed = _count("app", 3, "s1", ("khuzdar",), groups=("g1",))
    other_event = _count("dawn", 4, "s2", groups=("g2",))
    unknown = _count("web", 4, "s3", groups=())
    assert contradiction(placed, other_event) is None
    assert contradiction(placed, unknown) is None  # no event group known: no tie


def test_large_distinct_tolls_need_no_shared_group():
    placed = _count("a", 19, "s1", ("gaza",), groups=("g1",), unit="people killed")
    unplaced = _count("b", 13, "s2", groups=("g2",), unit="people killed")
    assert contradiction(placed, unplaced) is not None


def test_toll_published_days_later_is_an_update_not_a_dispute():
    on_the_day = _count("day", 16, "s1", groups=("g1",), published=("2025-04-15",))
    later = _count("later", 20, "s2", ("mastung",), published=("2025-04-17",))
    assert contradiction(on_the_day, later) is None
    no_date = _count("nodate", 20, "s3", ("mastung",), published=())
    assert contradiction(on_the_day, no_date) is None


def test_both_unplaced_or_both_placed_keep_the_place_rules():
    # two counts naming no place: two incidents of one day as often as one
    assert contradiction(_count("a", 3, "s1"), _count("b", 4, "s2")) is None
    # two counts in different places stay two incidents, whatever their groups
    assert (
        contradiction(_count("a", 3, "s1", ("khuzdar",)), _count("b", 4, "s2", ("kalat",))) is None
    )


def test_agreeing_unplaced_count_corroborates_nothing_new():
    # the relaxation is for disputes only; corroboration keeps its place rule
    placed = _count("app", 3, "s1", ("khuzdar",))
    unplaced = _count("dawn", 3, "s2")
    assert not corroboration(placed, unplaced)
