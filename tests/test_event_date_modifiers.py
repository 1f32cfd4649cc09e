"""A date that qualifies a noun ("Sunday's deadline", "the May 9 riots", "yesterday's
shooting incident") dates that noun's act, not the clause around it; "until Feb 18" ends a
span, it dates no act; "March 14 this year" is one date. Fiction sentences, run through the
model."""

from __future__ import annotations

import pytest

from dossier.extract.timex import normalise
from tests.test_event_time_attachment import _times as _times_at

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _times(text: str, settings, published: str = "2025-05-16") -> dict[str, str | None]:
    """Each event's trigger -> the words of the date it took (None: undated)."""
    return _times_at(text, settings, published)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Ostrand did not meet the Saturday deadline to release the hostages.", "release"),
        ("Velmora has struck the border towns since the Nov 27 ceasefire.", "struck"),
        ("Police arrested 12 people after Friday's clashes in the city.", "arrested"),
        ("The suspects were arrested for their role in the May 9 riots.", "arrested"),
    ],
)
def test_a_date_qualifying_a_noun_leaves_the_clause_undated(sentence, trigger, settings):
    found = _times(sentence, settings)
    assert trigger in found and found[trigger] is None, found


@pytest.mark.parametrize(
    ("sentence", "trigger", "day"),
    [
        # the noun is the act's subject, or the act happened in it: its date passes on
        ("Friday's attack killed five people in Velmora.", "killed", "Friday"),
        (
            "Five were killed in last year’s incident but nobody was arrested.",
            "killed",
            "last year",
        ),
    ],
)
def test_a_qualified_noun_that_is_the_act_or_frames_it_passes_its_date(
    sentence, trigger, day, settings
):
    assert _times(sentence, settings).get(trigger) == day


def test_until_ends_a_span_and_dates_no_act(settings):
    text = (
        "The prime minister said that Velmora had agreed to an extension of the ceasefire "
        "deal until Feb 18."
    )
    assert _times(text, settings, published="2025-01-28").get("agreed", "absent") is None


def test_a_date_standing_alone_beats_a_nearer_one_qualifying_a_noun(settings):
    text = (
        "On March 14 this year, a bomb exploded at a mosque in Ostrand district during Friday "
        "prayers, injuring three people, police said."
    )
    found = _times(text, settings)
    assert set(found.values()) == {"March 14 this year"}, found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("March 14 this year", "2025-03-14"),
        ("Nov 26 last year", "2024-11-26"),
        ("5 January last year", "2024-01-05"),
    ],
)
def test_a_month_day_with_this_or_last_year_takes_that_year(text, start):
    found = normalise(text, "2025-05-16")
    assert found is not None and found.start.isoformat() == start == found.end.isoformat()


def test_a_gerund_the_act_works_through_passes_on_its_date(settings):
    text = "The crisis has worsened since Ostrand blocked all aid from entering Velmora on March 2."
    assert _times(text, settings, published="2025-04-29").get("blocked") == "March 2"
