"""What a name is, read from the words right before it and from its own head noun (issue 17,
round 39).

The model types each mention from the name's letters; the words around it often settle the kind:

* a compass point and "of" before a name ("north of the Litani", "south of Tyre") or an
  administrative unit and "of" ("the province of Quneitra"): the name is a place -- nobody
  lives "north of" a man. With "the" after the compass point the place is a feature (a
  river, a range, a sea: LOC); without it ("south of Amu Darya") it may be a town or a river,
  and the model's label stays. The unit's cue makes a GPE;
* a building's noun closing a name ("… Hotel", "… House", "… Hall"): the building, which the
  model calls a man or a people (not where a capitalised word goes on: "Kholan Station House
  Officer" is an office's title); a body held at such a building ("a meeting held at Khyber
  House") is the building, not the body it also names;
* a unit's seat noun closing a name ("Sindh IG [Operations Room]", "… Cell"): the unit, a
  body, not a person the title before it made;
* a person's noun in lower case right before a name ("terrorist Younas", "his son Danish",
  "lawmaker Shashi Tharoor"): a person, which the model calls a body or a place (session 41);
* a body's kind in the plural closing a short name ("Liaison Committees", "Standing
  Committees", "Waqf Boards"): several bodies of a kind, no one named thing -- dropped.

("etc" glued to a name, "Malir.etc", is trimmed with the other words the model runs into a
name: :func:`dossier.kb.name_spans._trimmed`.)

Each rule reads one mention and its report only, so the same article gives the same mentions in
any batch and order. Every word list is general English vocabulary, never a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier import names
from dossier.kb.mention_words import _NAME_AFTER
from dossier.records import Mention

#: a compass point and "of" right before a name, with or without "the": "north of the Litani",
#: "south-east of Quetta", "the western part of"... ("part" not read: "part of" is not a place cue)
_COMPASS_OF_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[ \t]+of[ \t]+(the[ \t]+)?$",
    re.IGNORECASE,
)
#: an administrative unit's noun (lower case: "the Islamic State of Iraq" is a name) and "of"
#: right before a name: "the province of Quneitra", "the governorate of Deir ez-Zor"; "the"
#: after "of" is not read ("a member state of the United Nations" is a body)
_UNIT_OF_BEFORE = re.compile(
    r"\b(?:provinces?|governorates?|prefectures?|counties|county|oblasts?|emirates?|regions?|"
    r"states?)[ \t]+of[ \t]+$"
)
#: the labels a compass or unit cue corrects: the model's man, body or building; its people
#: ("north of the Israeli border") and its places are left alone
_PLACE_CUED_LABELS = frozenset({"PERSON", "ORG", "FAC"})

#: the nouns of a building closing its name: general English, no name ends so
BUILDING_HEADS = frozenset(
    "house hotel hall hostel mall tower towers palace fort museum mansion lodge guesthouse "
    "auditorium gymnasium arena library monument mausoleum shrine".split()
)
#: the nouns of a unit's seat closing its name ("Operations Room", "Anti-Vehicle Lifting
#: Cell"): a unit that issues lists and statements, a body
UNIT_HEADS = frozenset({"room", "cell"})
#: labels a building's noun corrects: the model's man, people or place; its body ("White
#: House said") is left to the vote of its mentions, save where it is the venue (below)
_BUILDING_MISREAD = frozenset({"PERSON", "NORP", "GPE"})
#: "held at" right before a name: the venue of a meeting, a building when its head says so
_HELD_AT_BEFORE = re.compile(r"\bheld[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)

#: a body's kind in the plural closing a name: several bodies of a kind ("District Coordination
#: Committees"); courts are left out, a court complex being named so ("City Courts")
PLURAL_BODY_HEADS = frozenset({"committees", "councils", "commissions", "boards"})

#: a capitalised word and "and" right before a span: a name coordinated with it
_NAME_AND_BEFORE = re.compile(r"[A-Z][\w’'\-]*[ \t]+and[ \t]+$")

_NAMED = frozenset({"ner", "repeat"})

#: a person's noun in lower case right before a name, in apposition: "Indian-sponsored
#: terrorist Younas", "former premiers Raja Farooq Haider and ...", "constables Iftikhar and
#: Mujahid", "his son Danish", "Congress lawmaker Shashi Tharoor", "Khalil's lawyer Samah
#: Sisay". General English nouns of people that never stand before a place or a body's name
#: as its office does ("Corps Commander Peshawar", "minister Punjab" are left out), nor as
#: an adjective ("militant", "official" Islamic State, "official IRNA news agency")
_PERSON_NOUN_BEFORE = re.compile(
    r"(?<![\w\-])(?:terrorists?|lawyers?|lawmakers?|constables?|premiers?|sons?|daughters?|"
    r"wife|husband|nephew|niece|cousin|colleagues?|journalists?|activists?|cricketers?)"
    r"[ \t]+$"
)
#: labels a person's noun corrects: the model's body, place, people or building
_PERSON_MISREAD = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
#: a lower-case word right after a name
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
#: nouns after a name that make it a modifier of a place or a body ("suspects Madina Syedan
#: village", "activists Baloch Yakjehti Committee"'s kind written after it)
_MODIFIED = frozenset(names.GENERIC_CLASSES) | frozenset(
    "village area district town city tehsil news country countries nation community".split()
)


def _words(mention: Mention) -> list[str]:
    return mention.text.replace("’s", "").split()


def _place_by_words_before(mention: Mention, text: str) -> str | None:
    """GPE or LOC for a man, body or building named right after a compass point or an
    administrative unit and "of": no person or body lies "north of" anything."""
    if mention.label not in _PLACE_CUED_LABELS or len(_words(mention)) > 3:
        return None
    if names.looks_like_acronym(mention.text):
        return None
    before = text[max(0, mention.start - 40) : mention.start]
    compass = _COMPASS_OF_BEFORE.search(before)
    if compass is not None:
        # "north of the Litani": a name with an article and no place noun is a feature; one
        # without ("south of Amu Darya") may be a town or a river, and is left to the model
        return "LOC" if compass.group(1) else None
    if _UNIT_OF_BEFORE.search(before):
        return "GPE"
    return None


def _kind_by_head(mention: Mention, text: str) -> str | None:
    """FAC for a name closed by a building's noun the model calls a man, a people or a place,
    or a body "held at"; ORG for one closed by a unit's seat noun the model calls anything
    but a body (the parser's titled "person" included: "IG [Operations Room]")."""
    words = _words(mention)
    if len(words) < 2:
        return None
    head = words[-1].lower()
    if head in BUILDING_HEADS and not _NAME_AFTER.match(text, mention.end):
        if mention.label in _BUILDING_MISREAD:
            return "FAC"
        held = _HELD_AT_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if mention.label == "ORG" and held:
            return "FAC"
        return None
    if head in UNIT_HEADS and mention.label in ("PERSON", "NORP", "GPE", "FAC"):
        return "ORG"
    return None


def _person_by_noun_before(mention: Mention, text: str) -> str | None:
    """PERSON for a body, place, people or building the model found right after a person's
    noun (:data:`_PERSON_NOUN_BEFORE`): nobody writes "terrorist" or "lawyer" before a town
    or a body. Why: the model typed the man ORG or GPE in every mention ("Indian-sponsored
    terrorist Younas", twice; "former premiers Raja Farooq Haider"), so the vote could not
    correct it (issue 17, session 41; check-r40's men typed ORG). Not letters ("official
    SPA"), not a name with a body's word, not one a place's or a body's noun follows."""
    if mention.label not in _PERSON_MISREAD or not mention.text[:1].isupper():
        return None
    words = mention.key.split()
    if not 1 <= len(words) <= 4 or set(words) & _MODIFIED:
        return None
    if names.looks_like_acronym(mention.text):
        return None
    if not _PERSON_NOUN_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return None
    after = _WORD_AFTER.match(text, mention.end)
    if after is not None and after.group(1) in _MODIFIED:
        return None
    return "PERSON"


def cued_type(mention: Mention, text: str) -> Mention:
    """The mention relabelled by the words before it or its head noun (module docstring), or
    unchanged. Read only on names the model or the parser found (``ner``, ``repeat``) and on
    the parser's titled "person" for a unit's seat noun."""
    if mention.via == "title":
        label = "ORG" if _kind_by_head(mention, text) == "ORG" else None
    elif mention.via in _NAMED:
        label = (
            _place_by_words_before(mention, text)
            or _kind_by_head(mention, text)
            or _person_by_noun_before(mention, text)
        )
    else:
        label = None
    return mention if label is None or label == mention.label else replace(mention, label=label)


def bodies_in_the_plural(mention: Mention, text: str) -> bool:
    """A short name closed by a body's kind in the plural ("Liaison Committees", "Waqf
    Boards"): several bodies of a kind, no one thing to key -- dropped. Not where "of" is
    in it ("Board of Governors" is singular; "Councils of X" reads as a list), nor where a
    name and "and" come right before: two named bodies share the plural head ("the House
    Foreign Affairs and Senate Foreign Relations Committees")."""
    if mention.via != "ner":
        return False
    words = [w.lower() for w in _words(mention)]
    if not (2 <= len(words) <= 4 and words[-1] in PLURAL_BODY_HEADS and "of" not in words):
        return False
    return not _NAME_AND_BEFORE.search(text, max(0, mention.start - 40), mention.start)
