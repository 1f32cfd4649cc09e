"""Issue 16, round 24: the countries that take part in what a figure counts are not where it
happened, and two counts that name no place are one incident's only when the figure is
one a day seldom repeats (:func:`dossier.kb.claims.located_places`,
:func:`dossier.kb.claims.unplaced_same_incident`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.kb.claims import (
    ClaimView,
    contradiction,
    corroboration,
    identity_key,
    located_places,
)

pytestmark = pytest.mark.unit

DG_ISPR = (
    "Lt Gen Ahmed Sharif Chaudhry on Thursday said that Pakistan’s armed forces, maintaining "
    "a high level of alert, successfully neutralised 12 Indian Harop drones launched across "
    "various locations in a clear act of aggression."
)
ISPR = (
    "According to the Inter Services Public Relations (ISPR), the armed forces shot down 25 "
    "Harop drones sent by India using their soft-kill and hard-kill skills fully."
)


@pytest.mark.parametrize(
    ("text", "places", "kept"),
    [
        (DG_ISPR, ["indian harop", "pakistan"], []),  # the owner, a people's adjective
        (ISPR, ["india"], []),  # the sender
        # a province written as an owner is still where: only a country acts
        (
            "Five people were killed in Balochistan’s Khuzdar district.",
            ["balochistan", "khuzdar"],
            ["balochistan", "khuzdar"],
        ),
        (
            "Five killed in Khyber, Pakistan, police said.",
            ["khyber", "pakistan"],
            ["khyber", "pakistan"],
        ),
        # the country acting and, elsewhere in the sentence, as where: kept
        ("Pakistan’s army said 3 were killed in Pakistan.", ["pakistan"], ["pakistan"]),
        ("Three were killed in Karachi.", ["karachi"], ["karachi"]),
        ("A place the sentence does not spell stays.", ["kurram"], ["kurram"]),
    ],
)
def test_a_country_taking_part_is_not_where(text, places, kept):
    assert located_places(text, places) == kept


def _drones(id: str, n: float, story: str, places: tuple[str, ...] = (), day="2025-05-08"):
    return ClaimView(
        id=id,
        kind="quantity",
        speaker=None,
        subject="ispr",
        text=f"{id}: the armed forces shot down {n:g} drones",
        min=n,
        max=n,
        unit="drone",
        stories=frozenset([story]),
        key=identity_key("drone", "point", day),
        places=frozenset(places),
        groups=frozenset([f"g-{story}"]),
        published=frozenset([day]),
        outlets=frozenset([f"outlet-{story}"]),
    )


def test_two_unplaced_counts_a_day_seldom_repeats_are_disputed():
    reason, confidence = contradiction(_drones("app", 12, "s1"), _drones("dawn", 25, "s2")) or (
        "",
        0.0,
    )
    assert "12 vs 25 drone" in reason and 0.5 < confidence <= 0.95


def test_one_outlets_two_unplaced_counts_are_no_dispute():
    # one paper's two reports of a day: the train operation's 33 and a checkpost's 10
    train = replace(_drones("dawn-a", 33, "s1"), outlets=frozenset(["dawn"]))
    post = replace(_drones("dawn-b", 10, "s2"), outlets=frozenset(["dawn"]))
    unknown = replace(_drones("web", 10, "s3"), outlets=frozenset())
    assert contradiction(train, post) is None
    assert contradiction(train, unknown) is None  # no outlet known: nothing says two


def test_two_unplaced_small_counts_are_no_dispute():
    # "3 killed" and "4 killed" with no place named: two incidents as often as one
    assert contradiction(_drones("app", 3, "s1"), _drones("dawn", 4, "s2")) is None


def test_two_unplaced_counts_of_different_days_or_publications_are_no_dispute():
    assert (
        contradiction(_drones("app", 12, "s1"), _drones("dawn", 25, "s2", day="2025-05-09")) is None
    )
    later = replace(_drones("dawn", 25, "s2"), published=frozenset(["2025-05-10"]))
    assert contradiction(_drones("app", 12, "s1"), later) is None  # a toll updated later


def test_two_unplaced_agreeing_counts_corroborate_as_before():
    # agreeing figures may both name no place (comparable(agreeing=True)); a small count
    # still needs one event group
    assert corroboration(_drones("app", 25, "s1"), _drones("dawn", 25, "s2")) is True
    assert corroboration(_drones("app", 3, "s1"), _drones("dawn", 3, "s2")) is False
