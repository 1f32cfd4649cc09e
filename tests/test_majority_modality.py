"""An event's modality is the majority of its reports' modalities, decided the same way in
every process (the tie-break once followed set order, i.e. the string-hash seed)."""

import os
import subprocess
import sys

import pytest

from dossier.kb.fact_summary import majority_modality

# the tier (tests/conftest.py): unit, its default, but for the one test marked slow


def test_majority_wins() -> None:
    assert majority_modality(["negated", "asserted", "negated"]) == "negated"


def test_asserted_wins_a_tie() -> None:
    assert majority_modality(["negated", "asserted"]) == "asserted"
    told = ["hypothetical", "negated", "asserted", "hypothetical", "asserted"]
    assert majority_modality(told) == "asserted"


def test_other_ties_go_to_the_first_told() -> None:
    assert majority_modality(["negated", "hypothetical"]) == "negated"
    assert majority_modality(["hypothetical", "negated"]) == "hypothetical"


@pytest.mark.slow  # the tier (tests/conftest.py): eight fresh processes
def test_tie_break_does_not_follow_the_hash_seed() -> None:
    code = (
        "from dossier.kb.fact_summary import majority_modality;"
        "print(majority_modality(['negated', 'hypothetical', 'hypothetical', 'negated']))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(8)
    }
    assert seen == {"negated"}
