"""Case-insensitive scans run over the lower-cased text find exactly what the patterns find.

:mod:`dossier.extract.folded` scans a lower-case twin of a case-insensitive pattern over
``text.lower()`` (the date anchors of :mod:`dossier.extract.timex`, the figures' pattern of
:mod:`dossier.extract.quantities`). Its premises are checked over every code point; its
results against the original patterns on hand-made cases, on every case of generated texts
built from the words the patterns look for, and on the characters that fold to ASCII
letters.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from dossier.extract import folded, quantities, timex


@pytest.mark.unit
def test_only_the_listed_characters_fold_to_ascii_letters():
    """The premise of :func:`folded.foldable`: outside ASCII, only ``FOLDING_CHARS`` match
    an ASCII letter ignoring case, and lower-casing any other character keeps it one
    character of the same ``\\w``/``\\d``/``\\s`` class."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(c) for c in range(0x80, sys.maxunicode + 1) if letters.match(chr(c))}
    assert folding == set(folded.FOLDING_CHARS)
    classes = [re.compile(p) for p in (r"\w", r"\d", r"\s")]
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower()
        if low == ch or ch in folded.FOLDING_CHARS:
            continue
        assert len(low) == 1, hex(code)
        assert [bool(c.match(ch)) for c in classes] == [bool(c.match(low)) for c in classes]


@pytest.mark.unit
def test_twins_only_where_sound():
    assert folded.folded(re.compile("spring|fall")) is None  # case-sensitive already
    assert folded.folded(re.compile(r"\b(?-i:May)\b", re.I)) is None
    assert folded.folded(re.compile(r"\S+ago", re.I)) is None  # \S would become \s
    assert folded.folded(re.compile(r"\x41go", re.I)) is None  # a letter by its code
    assert folded.folded(re.compile(r"[A-z]", re.I)) is None
    assert folded.folded(re.compile("été", re.I)) is None
    twin = folded.folded(re.compile(r"(?P<Word>New)\s+(?P=Word)", re.I))
    assert twin is not None and twin.pattern == r"(?P<word>new)\s+(?P=word)"
    assert not twin.flags & re.IGNORECASE
    # every case-insensitive anchor and test of the date rules has one, the figures too
    assert quantities._FIGURE_FOLDED is not None
    anchors = [r.anchor for r in timex.RULES if r.anchor is not None]
    for anchor in (*anchors, *timex._NEEDS.values()):
        twin = timex._FOLDED[anchor.pattern, anchor.flags]
        assert (twin is None) == ("(?-i" in anchor.pattern), anchor.pattern


_WORDS = (
    "Last week spring SUMMER Fall winter today Tonight yesterday the day before "
    "the Weekend New Year earlier this later in the ago past NEXT coming 1990s '90s "
    "Nineties twenties this very day Q3 century quarter 3-4 12/2019 between 5 and 7 "
    "US$ 3 Rs. 40 about 200 several hundred Dozens a thousand twenty-five 1,200 7.5 mn "
    "scores from 10 to 20 percent -5 $4bn up to 30 İstanbul ıi ſ K \u212aelvin"
).split()
_GLUE = [" ", "  ", ", ", "-", "\n", "’", "'", ".", "/", "(", ")", "", "–"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 30))]
        text = "".join(w + rng.choice(_GLUE) for w in words)
        texts += [text, text.upper(), text.lower(), text.swapcase(), text.title()]
    return texts


def _anchor_scan(anchor: re.Pattern[str], text: str) -> list[int]:
    """Every start of a match, as the listing before the twins had it."""
    found, pos = [], 0
    while (hit := anchor.search(text, pos)) is not None:
        found.append(hit.start())
        pos = hit.start() + 1
    return found


@pytest.mark.unit
@pytest.mark.parametrize("seed", range(3))
def test_anchor_hits_and_needs_are_the_patterns(seed):
    anchors = {(r.anchor.pattern, r.anchor.flags): r.anchor for r in timex.RULES if r.anchor}
    needs = list(timex._NEEDS.values())
    for text in _texts(120, seed):
        lowered = folded.lowered_copy(text)
        for anchor in anchors.values():
            assert timex._anchor_hits(anchor, text, lowered) == _anchor_scan(anchor, text)
        for need in needs:
            twin = timex._FOLDED[need.pattern, need.flags]
            assert folded.search(need, twin, text, lowered) == (need.search(text) is not None)


@pytest.mark.unit
@pytest.mark.parametrize("seed", range(3))
def test_figures_are_the_patterns(seed):
    pattern, twin = quantities.FIGURE, quantities._FIGURE_FOLDED
    for text in _texts(120, seed):
        fast = folded.finditer(pattern, twin, text, folded.lowered_copy(text))
        slow = list(pattern.finditer(text))
        assert [(m.span(), m.groupdict()) for m in fast] == [
            (m.span(), m.groupdict()) for m in slow
        ]


@pytest.mark.unit
def test_atoms_the_same_on_a_text_with_folding_characters():
    """A text with İ, ı, ſ or K is scanned by the original patterns (no lowered copy), so it
    finds what they find; the one without finds the same atoms through the twins."""
    plain = "Last week, in the spring of 2019 and two days ago, 30 people died."
    assert folded.lowered_copy(plain) == plain.lower()
    with_dotted = plain.replace("people", "İnsan")
    assert folded.lowered_copy(with_dotted) is None
    kelvin = "LA\u212aE. " + plain
    assert folded.lowered_copy(kelvin) is None
    assert [(a.start, a.end, a.value) for a in timex._atoms(kelvin)] == [
        (a.start + 6, a.end + 6, a.value) for a in timex._atoms(plain)
    ]
    assert len(timex._atoms(plain)) == 3
    assert timex._atoms(with_dotted) == timex._atoms(plain)


@pytest.mark.unit
def test_a_twin_that_disagrees_falls_back_to_the_pattern():
    """Were the twin ever to find what the pattern does not, the pattern's own scan is
    what comes back (never a mixture)."""
    pattern = re.compile(r"ab", re.IGNORECASE)
    liar = re.compile(r"a")  # finds every "a", also where no "ab" follows
    text = "xAb ac AB"
    lowered = text.lower()
    assert [m.span() for m in folded.finditer(pattern, liar, text, lowered)] == [(1, 3), (7, 9)]
    assert folded.starts(pattern, liar, text, lowered) == [1, 7]
    assert folded.search(pattern, liar, "ac ab", "ac ab") is True
    assert folded.search(pattern, liar, "ac", "ac") is False
