"""The runs of name words a local force's name may hold its town under
(:func:`dossier.geo.name_runs`): one loop for the event extractor (spaCy tokens) and the
event store (a name's words)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dossier.geo import name_runs

pytestmark = pytest.mark.unit


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in {"police", "capital", "station"}


def test_runs_come_longest_first_then_in_text_order() -> None:
    words = "Dera Ismail Khan Police".split()
    runs = name_runs(words, _capitalised)
    assert runs == [(0, 3), (0, 2), (1, 3), (0, 1), (1, 2), (2, 3)]
    assert " ".join(words[slice(*runs[0])]) == "Dera Ismail Khan"  # never "Khan" first


def test_a_word_that_is_no_name_breaks_a_run() -> None:
    # "Islamabad Capital Police": only "Islamabad"; "FIA Immigration Sialkot" with
    # "Immigration" no name word: "FIA" and "Sialkot" apart, never "FIA Sialkot"
    assert name_runs("Islamabad Capital Police".split(), _capitalised) == [(0, 1)]
    words = "FIA Immigration Sialkot".split()
    runs = name_runs(words, lambda w: _capitalised(w) and w != "Immigration")
    assert [" ".join(words[a:b]) for a, b in runs] == ["FIA", "Sialkot"]
    assert name_runs([], _capitalised) == []
    assert name_runs("the police of".split(), _capitalised) == []


def test_runs_are_at_most_longest_words_and_read_any_word_type() -> None:
    @dataclass
    class Token:  # what the extractor passes: spaCy tokens, read by the caller's test
        text: str

    tokens = [Token(w) for w in "Upper Kohat Dera Ismail Khan".split()]
    runs = name_runs(tokens, lambda t: t.text[:1].isupper())
    assert max(b - a for a, b in runs) == 3 and runs[:3] == [(0, 3), (1, 4), (2, 5)]
    assert name_runs(tokens, lambda t: True, longest=1) == [(i, i + 1) for i in range(5)]
