"""``names.compound_words`` after its cheaper prefix test (issue 19, session 27): the same
words as the rule it states, on each kind of word it weighs."""

from __future__ import annotations

import pytest

from dossier import names

pytestmark = pytest.mark.unit


def test_compound_words_keeps_prefixed_compounds_only() -> None:
    text = (
        "Counterterrorism action was carried out. Its counterinsurgency and anti-terror "
        "units, a post-mortem, the co-accused, an antic, the National Counterterrorism "
        "Authority; Interdepartmental talks followed."
    )
    assert names.compound_words(text) == [
        "Counterterrorism",  # opens a sentence
        "counterinsurgency",
        "anti-terror",  # hyphenated after a combining prefix
        # "post-mortem", "co-accused": no combining prefix; "antic": too short a rest;
        # "Counterterrorism" inside a name: capitalised mid-sentence
        "Interdepartmental",  # after a semicolon
    ]
