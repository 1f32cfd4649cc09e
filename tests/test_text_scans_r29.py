"""Text scans made cheaper in session 29 find exactly what the patterns they replace found.

``not_names.written_apart`` stands for a look-behind pattern searched over the whole text;
``names.lower_case_acronyms`` starts its word-by-word pattern on the first line holding a
bracketed acronym, and skips a text with none. Each is checked against the original
pattern on hand-made edge cases and on generated texts built from the characters the
patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest

from dossier import names
from dossier.kb.not_names import written_apart


def _apart_by_pattern(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None


@pytest.mark.unit
@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("misstep", "Misstep towards catastrophe. It was a misstep.", True),
        ("misstep", "Misstep towards catastrophe. Missteps and mis-steps.", False),
        ("rose", "Charlie Rose rose early", True),
        ("rose", "prose, roses and rose-water", False),  # glued by letters and a hyphen
        ("rose", "rose", True),  # the whole text
        ("rose", "o'rose rose’s", False),  # apostrophes glue on both sides
        ("rose", "_rose 2rose rose2", False),  # digits and the underscore are word characters
        ("rose", "éroserose rose.", True),  # a later occurrence, after overlapping ones
        ("rose", "", False),
    ],
)
def test_written_apart_finds_what_the_look_behind_pattern_finds(word, text, expected):
    assert written_apart(word, text) is expected
    assert _apart_by_pattern(word, text) is expected


@pytest.mark.unit
def test_written_apart_agrees_with_the_pattern_on_generated_texts():
    rng = random.Random(29)
    alphabet = ["ab", "a", "b", " ", "-", "'", "’", "\n", "é", "1", "_", ".", "("]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for word in ("ab", "aba", "b"):
            assert written_apart(word, text) == _apart_by_pattern(word, text), (word, text)


def _acronyms_by_full_scan(text: str, named: dict[str, str]) -> dict[str, str]:
    """``lower_case_acronyms`` as it was: the pattern tried from the text's first character."""
    found: dict[str, str] = {}
    for m in names._LOWER_DEFINED.finditer(text):
        letters = m.group(2)
        if letters in named or letters in found:
            continue
        words = m.group(1).split()
        for start in range(len(words) - 1, -1, -1):
            if words[start] in names.FUNCTION_WORDS:
                continue
            candidate = " ".join(words[start:])
            if names.is_initialism(letters, candidate):
                found[letters] = candidate
                break
        else:
            if names.compound_initials(letters, words[-1]):
                found[letters] = words[-1]
    return found


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Police filed a first information report (FIR) against them.",
        "No brackets here at all.\nNor on this line.",
        "A line (with words in brackets).\nThe first information report (FIR) was filed.",
        "Counter Terrorism Department (CTD) said an improvised explosive device (IED) "
        "went off.\nAnother intelligence-based operation (IBO) followed (IBOs).",
        "an improvised explosive device (\n IED) was found",  # the bracket spans lines
        "an improvised explosive device\n(IED) was found",  # words on another line: none
        "(FIR)\nfirst information report (FIR)",
    ],
)
def test_lower_case_acronyms_match_the_full_scan(text):
    assert names.lower_case_acronyms(text, {}) == _acronyms_by_full_scan(text, {})
    named = names.acronyms_in_text(text)
    assert names.lower_case_acronyms(text) == _acronyms_by_full_scan(text, named)


@pytest.mark.unit
def test_lower_case_acronyms_match_the_full_scan_on_generated_texts():
    rng = random.Random(2029)
    pieces = [
        "first ",
        "information ",
        "report ",
        "and ",
        "the ",
        "(FIR)",
        "(FIRs)",
        "( IED )",
        "improvised ",
        "explosive ",
        "device ",
        "Police ",
        "\n",
        ". ",
        "(",
        ")",
        "\t",
    ]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert names.lower_case_acronyms(text, {}) == _acronyms_by_full_scan(text, {}), text


def _run_words_from_line_start(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``place_spans._run_words`` as it was: the line read whole on both sides."""
    from dossier.kb import place_spans

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    word, reach = place_spans._WORD, place_spans.REACH
    before = [m.span() for m in word.finditer(text, line_start, start)][-reach:]
    inside = [m.span() for m in word.finditer(text, start, end)]
    after = [m.span() for m in word.finditer(text, end, line_end)][:reach]
    return before + inside + after


@pytest.mark.unit
def test_run_words_read_near_the_mention_find_the_line_s_words():
    from dossier.kb.place_spans import _LOOK_BACK, _run_words

    rng = random.Random(1729)
    pieces = ["Dera ", "Ismail ", "Khan", "-", "'", "’", " ", ", ", "9am ", "of ", "and ", "\n"]
    pieces += ["x" * (_LOOK_BACK // 2), "Jammu-Kashmir ", "_a ", "é"]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        for _ in range(8):
            start = rng.randrange(len(text) + 1)
            end = min(len(text), start + rng.randint(0, 40))
            got = _run_words(text, start, end)
            assert got == _run_words_from_line_start(text, start, end), (text, start, end)
