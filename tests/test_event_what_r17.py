"""Issue 15 item 5, round 17: what is an event — background and aggregate attacks,
accidents, and the modality an event takes when its reports tie."""

import pytest

from dossier.kb.fact_summary import majority_modality

pytestmark = pytest.mark.unit


def test_a_tie_between_a_hedge_and_an_assertion_keeps_the_hedge() -> None:
    assert majority_modality(["asserted", "alleged"]) == "alleged"
    assert majority_modality(["alleged", "asserted"]) == "alleged"
    assert majority_modality(["asserted", "alleged", "alleged", "asserted", "negated"]) == "alleged"


def test_a_majority_still_beats_the_hedge() -> None:
    assert majority_modality(["asserted", "alleged", "asserted"]) == "asserted"
    assert majority_modality(["alleged", "negated", "negated"]) == "negated"


def test_the_hedge_wins_a_three_way_tie() -> None:
    assert majority_modality(["negated", "asserted", "alleged"]) == "alleged"
