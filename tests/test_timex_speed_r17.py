"""The date rules' anchored scan (``timex._matches``) finds exactly what ``finditer`` finds.

Why: the scan tries each rule's pattern only just before its anchor's hits, trusting a bound on
the words a match has before the anchor (``lead``); a bound one word short loses the longest
forms ("at the beginning of the last winter") without failing anything else. So every rule is
checked on its longest openings and on seeded random strings of date words and separators,
against the plain ``finditer`` of the same pattern.
"""

from __future__ import annotations

import random

import pytest

from dossier.extract import timex

pytestmark = pytest.mark.unit

#: the longest opening of each anchored rule, and the atom it must give
LONGEST = {
    "month-day": ("He came on coming Wednesday, the January 5.", "coming Wednesday, the January 5"),
    "day-month": (
        "Held on Wednesday, the 12th-13th of January 2020.",
        "Wednesday, the 12th-13th of January 2020",
    ),
    "month": ("By the beginning of the January 2020 talks", "beginning of the January 2020"),
    "relative-month": ("It rained last  January.", "last  January"),
    "year": ("At the beginning of the 2019 season", "beginning of the 2019"),
    "decade": ("Since the beginning of the nineties, it grew.", "beginning of the nineties"),
    "season": ("At the beginning of the last winter, snow.", "beginning of the last winter"),
    "day-word": ("Ten died the day before yesterday.", "day before yesterday"),
    "weekday": ("Ten died last Friday night.", "last Friday night"),
    "unit": ("Talks stalled in the early last week.", "early last week"),
    "ago": ("It opened a couple of days ago.", "a couple of days ago"),
    "few-ago": ("It opened a few years ago.", "a few years ago"),
    "span": ("It grew over the past two years.", "past two years"),
    "year-range": ("In 2019-2021, it grew.", "2019-2021"),
    "the-weekend": ("Shops shut over the weekend.", "weekend"),
    "within": ("It was said earlier in the month.", "earlier in the month"),
    "new-year": ("Ten died on the first day of the New Year.", "first day of the New Year"),
}

WORDS = (
    "January Jan. Sept. March May June Friday Wednesday the of a an couple last this next coming "
    "past current previous early mid late beginning start middle end 12 12th 3 31st 2019 1998 "
    "2020-21 2019-2021 1990s '90s nineties twenties spring winter fall summer day days week "
    "weekend month year years decade ago today tonight yesterday tomorrow before after morning "
    "night at over during and in on earlier later quarter first Q3 century 21st very same two "
    "New Year Year's Day Eve Bazaar Market few several some"
).split()
SEPARATORS = (" ", " ", " ", ", ", "-", "–", " \n  ", "  ", "", "(", ". ", "/", "'")


def _scan(rule: timex.Rule, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in timex._matches(rule, text, text[::-1])]


def _plain(rule: timex.Rule, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in rule.pattern.finditer(text)]


def test_every_slow_rule_has_an_anchor_and_a_longest_case() -> None:
    anchored = {rule.name for rule in timex.RULES if rule.anchor is not None}
    assert anchored == set(LONGEST)


@pytest.mark.parametrize("name", sorted(LONGEST))
def test_longest_opening_is_found(name: str) -> None:
    rule = next(r for r in timex.RULES if r.name == name)
    text, phrase = LONGEST[name]
    assert _scan(rule, text) == _plain(rule, text)
    spans = [text[a.start : a.end] for a in timex._atoms(text)]
    assert phrase in spans


def test_random_date_words_match_finditer() -> None:
    rng = random.Random(19)
    found = 0
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 14)):
            parts += [rng.choice(WORDS), rng.choice(SEPARATORS)]
        text = "".join(parts)
        for rule in timex.RULES:
            expected = _plain(rule, text)
            assert _scan(rule, text) == expected, (rule.name, text)
            found += len(expected)
    assert found > 1500  # the strings do make dates


def test_matches_after_a_match_and_at_the_edges() -> None:
    """Back-to-back hits, a hit at the very start and one at the very end."""
    rule = next(r for r in timex.RULES if r.name == "month")
    text = "January February, early March-late April May"
    assert _scan(rule, text) == _plain(rule, text)
    assert [m[2] for m in _scan(rule, text)] == [
        "January",
        "February",
        "early March",
        "late April",
        "May",
    ]
