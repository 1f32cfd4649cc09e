"""Case-insensitive scans of a text run as case-sensitive ones over its lower-cased copy.

Why: Python's ``re`` cannot skip ahead for a pattern compiled with ``re.IGNORECASE`` -- each
character of the text is tried against the case-folded alternatives one by one -- while the
same pattern in lower case, without the flag, starts from a literal prefix or a character set
and skips most of the text. The date anchors ("spring|summer|…", "today|yesterday|…", "last
week|…") and the figures' pattern scan every article whole, so this was about a millisecond an
article of the extractors, for matches that are the same.

Sound because, for a pattern whose letters are ASCII and whose escapes are case-neutral (``\\d``,
``\\s``, ``\\w``, ``\\b``), matching it ignoring case at a position of a text is matching its
lower-case spelling at that position of ``text.lower()``, when every character of the text
lower-cases to one character of the same class (``\\w``, ``\\d``, ``\\s``: true of every Unicode
character but U+0130, which lower-cases to two) and no character outside ASCII matches an ASCII
letter ignoring case (U+0130, U+0131, U+017F and U+212A do: :data:`FOLDING_CHARS`). A text with
one of those is scanned by the original pattern. Every match found on the lower-cased copy is
also matched again on the text itself by the original pattern, which gives the caller the same
match object (groups in the text's own case) and, were the two ever to disagree, falls back to
the original scan; ``tests/test_folded_scans_r30.py`` checks the premises over every code
point.
"""

from __future__ import annotations

import re

#: the characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter (İ, ı, ſ, K)
FOLDING_CHARS = "\u0130\u0131\u017f\u212a"

#: what a lower-cased pattern would read otherwise: an upper-case escape (``\\S`` -> ``\\s``,
#: ``\\N{…}``), a letter written by its code (``\\x41``, ``\\u0041``, octal ``\\101``), a range
#: from an upper-case to a lower-case letter (``[A-z]`` holds ``[\\]^_`` too)
_UNSOUND = re.compile(r"\\[A-Zxu0-7]|[A-Z]-[a-z]")


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The lower-case, case-sensitive twin of a case-insensitive ``pattern``; None where no
    twin is sound (the pattern is case-sensitive, switches case sensitivity inside, writes a
    letter outside ASCII, or an upper-case escape)."""
    source = pattern.pattern
    if (
        not pattern.flags & re.IGNORECASE
        or "(?-i" in source
        or any(ch.isalpha() and not ch.isascii() for ch in source)
        or _UNSOUND.search(source.replace("(?P<", "").replace("(?P=", ""))
    ):
        return None
    lowered = source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def foldable(text: str) -> bool:
    """Whether ``text`` may be scanned lower-cased (no :data:`FOLDING_CHARS`)."""
    return not any(ch in text for ch in FOLDING_CHARS)


def finditer(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, lowered: str | None
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, found by ``twin`` (:func:`folded`) over ``lowered``
    (``text.lower()``, or None where ``text`` is not :func:`foldable`)."""
    if twin is None or lowered is None:
        return list(pattern.finditer(text))
    found = []
    for hit in twin.finditer(lowered):
        match = pattern.match(text, hit.start())
        if match is None or match.end() != hit.end():
            return list(pattern.finditer(text))
        found.append(match)
    return found


def starts(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, lowered: str | None
) -> list[int]:
    """Every position of ``text`` where ``pattern`` matches (overlapping ones too), in order,
    found by ``twin`` over ``lowered`` as :func:`finditer` does."""
    found: list[int] = []
    if twin is not None and lowered is not None:
        pos = 0
        while (hit := twin.search(lowered, pos)) is not None:
            if pattern.match(text, hit.start()) is None:
                break  # never seen: scan the text itself
            found.append(hit.start())
            pos = hit.start() + 1
        else:
            return found
        found = []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        found.append(match.start())
        pos = match.start() + 1
    return found


def search(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, lowered: str | None
) -> bool:
    """Whether ``pattern.search(text)`` finds anything, asked of ``twin`` over ``lowered``."""
    if twin is None or lowered is None:
        return pattern.search(text) is not None
    hit = twin.search(lowered)
    if hit is None:
        return False
    return pattern.match(text, hit.start()) is not None or pattern.search(text) is not None


def lowered_copy(text: str) -> str | None:
    """``text.lower()`` where :func:`foldable`, else None (scan the text itself)."""
    return text.lower() if foldable(text) else None
