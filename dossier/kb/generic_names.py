"""Names made only of a kind's words, and spans that join or cut names: read per report.

Shapes the whole-archive export showed joining things across reports or keeping junk
(issue 17, check-r39), each read by grammar and general English words, never by a name:

* a post named by its kind alone ("the Leader of the Opposition", "Speaker of the House")
  names one holder in its report and another in the next (Omar Ayub and an Indian state's
  opposition leader): keyed to its report (:func:`generic_name`). Roads named by their kind
  ("the National Highway", "the Coastal Highway", "the Northern Bypass") were tried so and
  left: on the whole archive two of three such entities were one road each (one N-10, one
  Karachi bypass), which the rule split;
* a month's name after "the ... month of" ("the Islamic month of Shawwal") is a date's word,
  not the valley or village of the same spelling it joined (:func:`month_named`);
* a place's name cut after a sea's head and "of" ("Gulf of [Aden]"), grown back whole, was
  tried and left: the Red Sea's attacks "in the Red Sea and Gulf of Aden" split into two
  places' incidents (four more false alarms on the events' development sets);
* two or three places joined by "and", a comma or a hyphen in one span ("Khyber Pakhtunkhwa
  and Punjab", "Punjab-Khyber Pakhtunkhwa border") are those places, each its own mention
  (:func:`coordinated_places`).
* a police unit named by its kind alone ("City Police Station", "Civil Lines Police Station",
  the FIA's "Anti-Human Trafficking Circle") is one city's or one region's in
  its report and another's in the next: every city has a City police station and a Civil
  Lines, every FIA zone its circles (:func:`generic_unit`; issue 17, check-r42).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dossier import geo, names
from dossier.extract.nlp import DESCRIPTION
from dossier.kb.name_types import OCCASION_WORDS, gazetteer_place
from dossier.names import normalize_name
from dossier.records import Mention

#: the head of a post that is no title before a name ("Leader of the Opposition")
_POST_HEADS = frozenset("leader speaker".split())
#: who a post serves, by kind: every legislature has its opposition, its house and its
#: speaker
_POST_OWNERS = frozenset(
    "opposition house assembly senate parliament legislature government majority minority "
    "national provincial".split()
)
#: words that join a post's words ("Leader of the Opposition")
_JOINERS = frozenset({"of", "the", "in"})


def _generic_post(words: Sequence[str]) -> bool:
    """ "Leader of the Opposition", "Speaker of the House", "Leader of the House in the
    Senate": a post's head that is no title before a name, then only words of a chamber's
    kind."""
    core = [w for w in words if w not in _JOINERS]
    if len(core) < 2 or core[0] not in _POST_HEADS:
        return False
    return all(w in _POST_OWNERS or w in names.TITLE_QUALIFIERS for w in core[1:])


def generic_name(mention: Mention) -> bool:
    """Whether a name is a post named by its kind alone (module docstring): it names one
    holder per report, so its key holds only there. Why: one "Leader of the Opposition"
    entity held two men of two countries (issue 17, check-r39's false merges)."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    words = normalize_name(mention.text).split()
    return _generic_post(words[1:] if words[:1] == ["the"] else words)


#: the head of a police unit that every city has one of ("... Police Station", "... Police
#: Lines", the FIA's "... Circle"). A force's "... Police" was tried and left: the two
#: "Civil Lines Police" on the whole archive were one city's (Quetta's), which it split
_UNIT_HEADS = (("police", "station"), ("police", "lines"), ("circle",))
#: words that name such a unit by its kind, not by its place: a city's quarters that every
#: South Asian city has ("City", "Civil Lines", "Saddar", "Cantonment"), a division's letter
#: ("City A Division"), a region's level ("Regional", "District") and the FIA's kinds of
#: crime ("Anti-Human Trafficking", "Cyber Crime", "Composite")
_UNIT_KIND_WORDS = frozenset(
    "city civil lines saddar sadar cantonment cantt a b c division regional district "
    "anti human trafficking cyber crime corporate composite".split()
)


def generic_unit(mention: Mention) -> bool:
    """Whether a name is a police unit named by its kind alone (module docstring): it names
    one city's unit per report, so its key holds only there. Why: one "City Police Station"
    entity held three cities' stations, one "Anti-Human Trafficking Circle" Lahore's and
    Karachi's (issue 17, check-r42's false merges). A unit named with its place ("Kohat
    Regional Police", "Margalla Police Station") keeps its key."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    words = normalize_name(mention.text).replace("-", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    for head in _UNIT_HEADS:
        body = words[: -len(head)]
        if tuple(words[-len(head) :]) == head and body:
            return all(w in _UNIT_KIND_WORDS for w in body)
    return False


#: "the holy month of", "the Islamic month of", "the month of" right before a span; "within
#: a month of Pakistan repatriating" (a length of time) has no "the"
_MONTH_OF_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he[ \t]+(?:[\w-]+[ \t]+){0,3}month[ \t]+of[ \t]+$")


def month_named(mention: Mention, text: str) -> bool:
    """Whether the span is a month's name the text introduces as one ("after sighting the moon
    for the Islamic month of [Shawwal]"): a date's word, which the model tagged a place and
    which then joined the valley of that spelling (issue 17, check-r39). A month the model
    calls an EVENT, or a feast's or a holy month's words ("the holy month of Ramazan", a month
    of fasting, :data:`~dossier.kb.name_types.OCCASION_WORDS`), is kept: the type vote makes
    those an EVENT, and dropped, the month's other mentions fell apart across reports."""
    if mention.label in ("EVENT", DESCRIPTION) or len(mention.text.split()) > 3:
        return False
    if all(w in OCCASION_WORDS for w in normalize_name(mention.text).split()):
        return False
    return _MONTH_OF_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None


#: the parts of a joined span: "A and B", "A, B and C", "A-B" (a hyphen between two
#: capitalised words)
_AND_PARTS = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_HYPHEN_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z])")
#: a border's noun right after a span: a hyphen pair before it names the two places it
#: parts ("the Punjab-Khyber Pakhtunkhwa border"); before other nouns a hyphen pair is a
#: road's or a talk's name ("the Quetta-Karachi highway", "Pakistan-China talks")
_BORDER_AFTER = re.compile(r"[ \t]+(?:border|borders|boundary)\b")
#: compass words the gazetteer also holds as places ("Central, South, and West Asian"): no
#: proof that the span joins places
_COMPASS = frozenset("north south east west central northern southern eastern western".split())


def _parts(text: str, border: bool) -> list[tuple[int, str]]:
    """The joined parts of a span with their offsets in it, or [] when it joins nothing; a
    hyphen joins parts only before a border's noun (``border``)."""
    splitter = _AND_PARTS if _AND_PARTS.search(text) else _HYPHEN_PAIR if border else None
    if splitter is None:
        return []
    parts: list[tuple[int, str]] = []
    position = 0
    for found in splitter.finditer(text):
        parts.append((position, text[position : found.start()]))
        position = found.end()
    if not parts:
        return []
    parts.append((position, text[position:]))
    return parts


def _a_place(part: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether one joined part is a place the gazetteer knows, and not a compass word."""
    word = part.strip()
    return bool(word) and word.lower() not in _COMPASS and gazetteer_place(word, gazetteer)


def coordinated_places(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """A span whose every joined part is a place the gazetteer knows, and whose whole is not
    one ("Khyber Pakhtunkhwa and Punjab", "Punjab-Khyber Pakhtunkhwa [border]", "Rajasthan
    and Assam"): those places, each its own mention, typed GPE. "Jammu and Kashmir" and
    "Bosnia and Herzegovina" are places whole, and kept whole. Kept as one, the span was a
    body of two provinces (issue 17, check-r39's junk)."""
    out: list[Mention] = []
    for mention in mentions:
        parts = (
            _parts(mention.text, _BORDER_AFTER.match(text, mention.end) is not None)
            if mention.via == "ner" and mention.label not in (DESCRIPTION, "LAW", "EVENT")
            else []
        )
        if (
            len(parts) >= 2
            and all(_a_place(part, gazetteer) for _, part in parts)
            and not gazetteer_place(mention.text, gazetteer)
        ):
            for offset, part in parts:
                word = part.strip()
                start = mention.start + offset + part.index(word)
                out.append(
                    replace(
                        mention,
                        start=start,
                        end=start + len(word),
                        text=word,
                        key=normalize_name(word),
                        label="GPE",
                    )
                )
            continue
        out.append(mention)
    return out
