"""Mention spans the model cut inside a place's name, mended through the gazetteer.

The model reads "Dera Ismail Khan" as a person "Dera" and a person "Ismail Khan", "Jammu and
Kashmir" as two places, "KARACHI/SUKKUR:" as one odd name or only its first place. Each piece
then becomes an entity of its own across the archive (a PERSON "Dera" in a hundred reports,
"Kashmir" holding India's union territory), and the one place the text names is missing. Two
readings mend it, both before any other rule of resolution reads the mentions:

* a run of capitalised words around a mention ("of"/"and" inside allowed) that the offline
  gazetteer knows as a place -- a country, a first- or second-level region or a populated place
  -- replaces every mention inside it by one place mention (:func:`joined_places`). Only the
  gazetteer decides, so the rule holds for any English news, and only runs *longer* than the
  model's span are read, so a person the model found whole ("Shah Alam", a Malaysian city too)
  is never made a place;
* a joint dateline ("KARACHI / SUKKUR:", "PESHAWAR/DERA ISMAIL KHAN:") gives one place mention
  per place (:func:`dateline_places`): a report filed from two towns names both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice, pairwise

from dossier import geo, names
from dossier.names import normalize_name
from dossier.records import Mention, Sentence

#: labels of mentions that may be a piece of a place's name
_PIECE_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"})
#: a word of a name run: capitalised (hyphens and apostrophes inside), or a joining word
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
#: a character a word may hold (any of :data:`_WORD`'s)
_IN_WORD = re.compile(r"[\w’'\-]")
_JOINERS = frozenset({"and", "of"})
#: how many words beyond the model's span a run may reach on either side
REACH = 3
#: gazetteer features of a place a report may be about: countries, regions, districts and
#: populated places (the gazetteer holds nothing else today; a later one with hills or
#: streams -- GeoNames has a "Mir Ali" hill somewhere for most names -- must not join them)
_PLACE_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "ADM3"})


def _is_place(name: str, gazetteer: geo.Gazetteer) -> bool:
    return any(
        p.feature in _PLACE_FEATURES or p.feature.startswith("PPL")
        for p in gazetteer.candidates(name)
    )


def _sentence_of(start: int, sentences: Sequence[Sentence]) -> int:
    for i, sentence in enumerate(sentences):
        if sentence.start <= start < sentence.end:
            return i
    return max(0, len(sentences) - 1)


#: how far before a mention :func:`_run_words` first looks for its ``REACH`` words
_LOOK_BACK = 120


def _run_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans of the line around ``start``-``end``, ``REACH`` words each side at most.

    The words before are those of the line read from its start (a word is the longest run
    from a letter); reading from a nearer character that follows one no word holds (a space,
    a comma) finds the same words after it, so the scan starts ``_LOOK_BACK`` characters back
    there and goes back to the line's start only when that finds fewer than ``REACH``; the
    words after stop at the ``REACH``-th (a news paragraph is one line: it was read whole
    twice per mention)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    near = max(line_start, start - _LOOK_BACK)
    while near > line_start and _IN_WORD.match(text, near - 1):
        near -= 1
    before = [m.span() for m in _WORD.finditer(text, near, start)][-REACH:]
    if len(before) < REACH and near > line_start:
        before = [m.span() for m in _WORD.finditer(text, line_start, start)][-REACH:]
    inside = [m.span() for m in _WORD.finditer(text, start, end)]
    after = [m.span() for m in islice(_WORD.finditer(text, end, line_end), REACH)]
    return before + inside + after


#: first words a run never starts with: the gazetteer's keys leave an article out ("The
#: Gulf" is "Gulf"), so "The UN" would read as a place
_ARTICLES = frozenset({"the", "a", "an"})
#: last words that only say what kind of place the name before them is ("Bajaur District"):
#: the name alone is the place's key, so a run ending in one would split its entity
_KIND_WORDS = frozenset(
    "district districts province division tehsil region agency county state governorate "
    "valley area areas town village".split()
)


def _a_run(text: str, words: Sequence[tuple[int, int]]) -> bool:
    """Capitalised words (joining words inside only), one space or tab apart, not opening
    with an article nor closing with a kind of place."""
    first, last = text[slice(*words[0])], text[slice(*words[-1])]
    if not (first[0].isupper() and last[0].isupper()):
        return False
    if first.lower() in _ARTICLES or last.lower() in _KIND_WORDS:
        return False
    for (_, a_end), (b_start, b_end) in pairwise(words):
        if not re.fullmatch(r"[ \t]+", text[a_end:b_start]):
            return False
        word = text[b_start:b_end]
        if not word[0].isupper() and word not in _JOINERS:
            return False
    return True


def _titled(text: str, start: int) -> bool:
    """A title right before the run ("Mr Shah Alam", "Gen Tank"): a person after all."""
    before = re.search(r"([A-Za-z]+)\.?[ \t]+$", text[max(0, start - 24) : start])
    return before is not None and before.group(1).lower() in names.TITLES


def _place_run(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> tuple[int, int] | None:
    """The longest run of words around ``mention``, longer than it, that the gazetteer knows
    as a place; None when there is none."""
    words = _run_words(text, mention.start, mention.end)
    first = next((i for i, (_s, e) in enumerate(words) if e > mention.start), None)
    last = max((i for i, (s, _e) in enumerate(words) if s < mention.end), default=None)
    if first is None or last is None:
        return None
    best: tuple[int, int] | None = None
    for i in range(0, first + 1):
        for j in range(last, len(words)):
            start, end = words[i][0], words[j][1]
            if (i, j) == (first, last) or (best and end - start <= best[1] - best[0]):
                continue
            run = words[i : j + 1]
            if len(run) < 2 or not _a_run(text, run):
                continue
            if _is_place(text[start:end], gazetteer) and not _titled(text, start):
                best = (start, end)
    return best


def joined_places(
    mentions: Sequence[Mention],
    text: str,
    gazetteer: geo.Gazetteer,
    sentences: Sequence[Sentence],
) -> list[Mention]:
    """``mentions`` with every span cut inside a place's name replaced by the whole place:
    "Dera" + "Ismail Khan" (PERSONs) -> "Dera Ismail Khan" (GPE), "Jammu" + "Kashmir" ->
    "Jammu and Kashmir". The model's own label is kept when it already called a piece a
    place (GPE or LOC), else the place is a GPE."""
    runs: dict[tuple[int, int], list[Mention]] = {}
    for mention in mentions:
        if mention.label not in _PIECE_LABELS or mention.via != "ner":
            continue
        run = _place_run(mention, text, gazetteer)
        if run is not None:
            runs.setdefault(run, []).append(mention)
    if not runs:
        return list(mentions)
    # a run inside a longer run of another mention is that longer run's
    spans = sorted(runs, key=lambda r: r[0] - r[1])
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not any(s <= span[0] and span[1] <= e for s, e in kept):
            kept.append(span)
    # a country or its people inside the run is named in its own right: "India-held Kashmir"
    # says who holds the place, and India is an actor of the report
    kept = [
        (s, e)
        for s, e in kept
        if not any(m.start < e and s < m.end and gazetteer.country(m.text) for m in mentions)
    ]
    out = [m for m in mentions if not any(m.start < e and s < m.end for s, e in kept)]
    for start, end in kept:
        pieces = [m for m in mentions if m.start < end and start < m.end]
        label = next((m.label for m in pieces if m.label in ("GPE", "LOC")), "GPE")
        sentence = pieces[0].sentence if pieces else _sentence_of(start, sentences)
        out.append(_place(text, start, end, label, sentence))
    return sorted(out, key=lambda m: (m.start, m.end))


#: a dateline of several places in capitals, each apart by a slash: "KARACHI / SUKKUR:",
#: "LAKKI MARWAT/DERA ISMAIL KHAN:" (at the start of a line near the top)
_JOINT_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'’\- ]*[A-Z.](?:[ \t]*/[ \t]*[A-Z][A-Z.'’\- ]*[A-Z.])+)[ \t]*:"
)
#: how far into the text the dateline may stand (under a headline or a summary's bullets)
DATELINE_WINDOW = 600
#: more words than this in one piece is a headline in capitals, not a place
_MAX_PLACE_WORDS = 4


def dateline_places(
    mentions: Sequence[Mention], text: str, sentences: Sequence[Sentence]
) -> list[Mention]:
    """``mentions`` with a joint dateline read as its places: each piece between slashes is
    one place mention (GPE, ``via="dateline"``), and mentions the model made across or inside
    the dateline are replaced ("KARACHI / SUKKUR" one ORG, or only "KARACHI" found)."""
    found = _JOINT_DATELINE.search(text[:DATELINE_WINDOW])
    if found is None:
        return list(mentions)
    pieces: list[tuple[int, int]] = []
    at = found.start(1)
    for part in found.group(1).split("/"):
        stripped = part.strip(" \t")
        if not stripped:
            return list(mentions)
        start = at + part.index(stripped)
        pieces.append((start, start + len(stripped)))
        at += len(part) + 1
    if any(len(text[s:e].split()) > _MAX_PLACE_WORDS for s, e in pieces):
        return list(mentions)
    whole = (found.start(1), found.end(1))
    out = [m for m in mentions if not (m.start < whole[1] and whole[0] < m.end)]
    sentence = _sentence_of(whole[0], sentences)
    for start, end in pieces:
        out.append(_place(text, start, end, "GPE", sentence, via="dateline"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _place(text: str, start: int, end: int, label: str, sentence: int, via: str = "ner") -> Mention:
    """A place mention over ``text[start:end]``, keyed like the model's mentions."""
    name = text[start:end]
    return Mention(
        start=start,
        end=end,
        text=name,
        label=label,
        key=normalize_name(name),
        sentence=sentence,
        via=via,
    )


__all__ = ["REACH", "dateline_places", "joined_places"]
