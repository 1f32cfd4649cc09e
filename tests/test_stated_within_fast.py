"""``event_places.stated_within`` finds the names with ``str.find`` instead of compiling a
regex per pair of names: it must answer exactly what the one-regex form answers."""

from __future__ import annotations

import random
import re
import sys

import pytest

from dossier.kb import event_places
from dossier.kb.event_places import (
    _CASE_TRAPS,
    _forms,
    _stated_within_by_regex,
    _writes_within,
)

# the tier (tests/conftest.py): unit, its default, but for the one test marked slow


@pytest.mark.slow  # the tier (tests/conftest.py): a sweep of every Unicode character
def test_the_case_traps_are_every_non_ascii_character_that_folds_onto_ascii():
    letter = re.compile("[a-z]", re.IGNORECASE)
    folding = {
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if letter.fullmatch(chr(c))
        or len(chr(c).lower()) != 1
        or any(ch.isascii() for ch in chr(c).lower())
    }
    assert folding == set(_CASE_TRAPS)


NAMES = [
    "Zehri",
    "Tarsani",
    "Swabi",
    "Khyber Pakhtunkhwa's Swabi",
    "Khyber Pakhtunkhwa’s Swabi",
    "Dera Ghazi Khan",
    "Kot Mubarak",
    "D.I. Khan",
    "Bājaur",
    "Kurram-Agency",
    "zehri",
    "Kiska",
    "Swat",
]
GLUE = [
    " area of ",
    " in ",
    " near the ",
    "  district  of the ",
    " village near ",
    " Outskirts In ",
    "'s ",
    "’s ",
    "' ",
    "'s northern tehsil ",
    "'s far-flung border ",
    "'s a b c ",
    ", ",
    " and ",
    "_in ",
    " of",
    " IN\tTHE\n",
]
NOISE = ["", "x", "The", "1", "\u0130", "\u017f", "\u212a", "é", "-", "’", ".", "_", " "]


def _text(rng: random.Random, narrow: str, wide: str) -> str:
    """A text writing the two names (in any case, or another name) with glue between."""

    def noise() -> str:
        return rng.choice(NOISE) if rng.random() < 0.25 else ""

    parts = []
    for _ in range(rng.randint(1, 4)):
        for name in rng.sample([narrow, wide, rng.choice(NAMES)], 2):
            if rng.random() < 0.3:
                name = rng.choice([name.upper(), name.lower(), name.swapcase()])
            parts += [noise(), name, rng.choice(GLUE), noise()]
    return "".join(parts)


def test_finding_the_names_answers_what_the_one_regex_form_answers():
    rng = random.Random(19)
    held = 0
    for _ in range(4000):
        narrow, wide = rng.choice(NAMES), rng.choice(NAMES)
        text = _text(rng, narrow, wide)
        inner, outer = _forms(narrow), _forms(wide)
        expected = _stated_within_by_regex(text, inner, outer)
        assert _writes_within(text, inner, outer) is expected, (text, narrow, wide)
        held += expected
    assert 300 < held < 3700  # both answers are exercised


@pytest.mark.parametrize(
    ("text", "narrow", "wide", "expected"),
    [
        ("a blast in the Tarsani area of Zehri.", "Tarsani", "Zehri", True),
        ("a blast in the TARSANI AREA OF ZEHRI.", "Tarsani", "Zehri", True),
        ("a blast in the Tarsani area of Zehrabad.", "Tarsani", "Zehri", False),  # \b after Y
        ("a blast in xTarsani area of Zehri.", "Tarsani", "Zehri", False),  # \b before X
        ("Lyari's Miran Naka was raided", "Miran Naka", "Lyari", True),
        ("Lyari’s old coastal Miran Naka", "Miran Naka", "Lyari", True),
        ("Lyari's one two three Miran Naka", "Miran Naka", "Lyari", False),  # three words
        ("Jhol in Sanghar", "Jhol", "Sindh's Sanghar", True),
        ("Tarsani in ZEHRİ", "Tarsani", "Zehri", True),  # İ folds to i: the regex answers
        ("Bājaur in Zehri", "Bājaur", "Zehri", True),  # a cased letter outside ASCII
    ],
)
def test_examples(text, narrow, wide, expected):
    assert _writes_within(text, _forms(narrow), _forms(wide)) is expected
    assert _stated_within_by_regex(text, _forms(narrow), _forms(wide)) is expected


def test_no_pattern_is_compiled_for_plain_names(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compiled a pattern")

    monkeypatch.setattr(event_places.re, "search", refuse)
    assert _writes_within("the Tarsani area of Zehri", ("Tarsani",), ("Zehri",)) is True
