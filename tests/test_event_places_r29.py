"""Places of events, session 29 (issue 15): an act struck "on the city of X" is placed in X,
as one "in the city of X" is; a named camp ("the Bureij refugee camp") is a place however the
model tagged its name, and a camp named by initials ("the IDP camp") is none. The nlp tests
run the rules over a parse."""

from __future__ import annotations

import pytest

from tests.trigger_places import trigger_places

# -- through the parser ------------------------------------------------------------------


@pytest.mark.nlp
def test_a_town_struck_on_its_settlement_noun_is_the_place(nlp):
    text = "An Israeli airstrike on the city of Rafah killed two Palestinians, medics said."
    assert trigger_places(nlp, text)["killed"] == "Rafah"
    # the relative clause on the town names a wider place: the town struck is still the place
    text = (
        "An Israeli airstrike on the city of Rafah, which abuts Gaza’s southern border with "
        "Egypt, killed two Palestinians."
    )
    assert trigger_places(nlp, text)["killed"] == "Rafah"


@pytest.mark.nlp
def test_a_named_camp_is_a_place_before_the_region_it_lies_in(nlp):
    text = "Israeli forces shelled homes in the Bureij refugee camp in central Gaza."
    assert trigger_places(nlp, text)["shelled"] == "Bureij"
    # a camp named by initials is whose camp it is, not where
    text = "Armed men opened fire at a constable deployed at the IDP camp."
    assert trigger_places(nlp, text)["opened"] is None
