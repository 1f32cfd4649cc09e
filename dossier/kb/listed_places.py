"""A name listed among places is a place (issue 17, session 41).

News lists the towns an attack, a strike or a flood touched: "The Indian missiles hit the
locations in Ahmed Pur Sharqia, Muzaffarabad, Kotli, Muridke, Sialkot and Shakargarh", "from
Tharparkar, Chitral, and Gilgit-Baltistan". The model labels each item apart and calls the
towns it does not know men or bodies; the list says what they are: items of one list are of
one kind. So a "person" or "body" whose every neighbour in its list (joined by commas and
"and") is a place the model typed so and the gazetteer knows, two of them at least, is a
place too. Where the list holds a man or a body it is no list of places, and nothing changes
("the arrested include Aftab, Hamza, Shan and Uzma": "Shan" a place in the gazetteer, but the
list holds "Hamza", a man).

Each rule reads one report only, so the same article gives the same mentions in any batch and
order. No word list here names anything: the evidence is the list and the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dossier import geo, names
from dossier.kb.mention_words import _LOCALITY_WORDS
from dossier.kb.name_types import FACILITY_WORDS, _known_place, gazetteer_place
from dossier.records import Mention

#: what joins two items of a list: a comma, "and", or both ("Kotli, Muridke and Sialkot")
_JOINER = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
#: the labels a list of places corrects: the model's man or body
_MISREAD = frozenset({"PERSON", "ORG"})
#: the labels of the places that make a list one of places
_PLACES = frozenset({"GPE", "LOC"})
#: how many other items of the list must be known places
MIN_LISTED_PLACES = 2


def _joined(left: Mention, right: Mention, text: str) -> bool:
    """Whether ``right`` follows ``left`` as the next item of one list."""
    return left.end <= right.start and _JOINER.fullmatch(text, left.end, right.start) is not None


def _lists(mentions: Sequence[Mention], text: str) -> list[list[Mention]]:
    """The report's lists of names: runs of mentions joined by commas and "and", in order of
    the text (one mention per span)."""
    ordered = sorted({(m.start, m.end): m for m in mentions}.values(), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for mention in ordered:
        if runs and _joined(runs[-1][-1], mention, text):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) > MIN_LISTED_PLACES]


def _a_known_place(mention: Mention, gazetteer: geo.Gazetteer | None) -> bool:
    """An item the model typed a place and the gazetteer knows as one, not a man's given name
    it also knows as a small town ("Usman")."""
    if mention.label not in _PLACES or names.looks_like_acronym(mention.text):
        return False
    if not (gazetteer_place(mention.text, gazetteer) or _known_place(mention.text, gazetteer)):
        return False
    return gazetteer_place(mention.text, gazetteer) or not names.holds_common_given(mention.text)


def _could_be_a_place(mention: Mention) -> bool:
    """A misread item a list may correct: a name the model found, of one to three words, no
    letters, no body's, facility's or locality's word (those say what they are)."""
    if mention.label not in _MISREAD or mention.via != "ner":
        return False
    words = mention.key.split()
    if not 1 <= len(words) <= 3 or names.looks_like_acronym(mention.text):
        return False
    kinds = set(names.GENERIC_CLASSES) | FACILITY_WORDS | _LOCALITY_WORDS
    return not set(words) & kinds and not names.common_lone_name(mention.text)


def listed_places(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """The mentions, each "person" or "body" listed only among known places relabelled GPE
    (module docstring)."""
    if gazetteer is None:
        return mentions
    relabelled: dict[tuple[int, int], Mention] = {}
    for run in _lists(mentions, text):
        misread = [m for m in run if _could_be_a_place(m)]
        if not misread:
            continue
        others = [m for m in run if m not in misread]
        places = [m for m in others if _a_known_place(m, gazetteer)]
        if len(places) < MIN_LISTED_PLACES or len(places) != len(others):
            continue  # a man, a body or an unknown name among them: no list of places
        for m in misread:
            relabelled[(m.start, m.end)] = replace(m, label="GPE")
    if not relabelled:
        return mentions
    return [relabelled.get((m.start, m.end), m) if m.label in _MISREAD else m for m in mentions]
