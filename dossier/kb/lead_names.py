"""Who a report's lead names: where its lead ends, each person under the fullest name the
report gives, which names are institutions rather than persons, and when two names can be
one person.

Both same-event joins that go by persons read leads this way: reports of one statement by
the person acting in both leads (:mod:`dossier.kb.lead_speakers`), and undated reports of
one person's news (:mod:`dossier.kb.undated_reports`). Two outlets name one person
differently ("Bugti" in a headline bullet, "Sarfraz Bugti" below; "Gen Asim Munir",
"Syed Asim Munir"), and a tagger takes "the National Assembly" for a person; what is here
makes those readings one, so the two joins cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from unidecode import unidecode

from dossier.kb.event_merge import lead_end
from dossier.names import strip_titles

#: who acts in a lead: a person. (Bodies -- "The Islamabad High Court suspended ..." -- were
#: measured and dropped: an armed group, "the security forces", the military's media wing
#: and a train the model takes for an organisation act in a dozen unrelated leads a day.)
ACTOR_LABELS = frozenset({"PERSON"})
#: a word of a name key (transliterated, lower case)
NAME_WORD = re.compile(r"[a-z]+")

_BULLET = re.compile(r"\s*[•▪●◆*-][^\n]*\n+")


def after_bullets(text: str) -> int:
    """Where a text starts below its headline bullets (a newspaper's "• Zardari says ...;
    PM receives briefing" lines above the body), which summarise the article rather than
    start it; 0 where it has none."""
    start = 0
    while found := _BULLET.match(text, start):
        start = found.end()
    return start


#: a stop that ends a title before a name, not a sentence ("Dr. Regina Benjamin", "Lt. Gen.
#: Ahmed Sharif Chaudhry"). Abbreviated forms only: "said the general." ends a sentence
_TITLE_STOP = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Maj|Col|Lt|Capt|Brig|Adm|Cdr|Sgt|Gov|Sen|Rep|Rev|Hon|St|Mt|"
    r"Jr|Sr|Engr)\.$"
)
#: an initial: a capital letter and its stop after a capitalised word ("George W. Bush") ...
_INITIAL_AFTER_NAME = re.compile(r"\b[A-Z][\w.]*\s+[A-Z]\.$")
#: ... or before another initial ("the U. S. Surgeon General"); "said A. He added" ends one
_INITIAL_BEFORE_INITIAL = re.compile(r"\s*[A-Z]\.(?=\s|$)")


def _abbreviation_stop(told: str, rest: str) -> bool:
    """Whether the stop that ends ``told`` (the text up to it) ends an abbreviation rather
    than a sentence: a title (:data:`_TITLE_STOP`) or an initial (after a name, or before
    another initial); ``rest``: the text after the stop."""
    told = told.rstrip()
    if _TITLE_STOP.search(told) or _INITIAL_AFTER_NAME.search(told):
        return True
    return bool(re.search(r"(?:^|\s)[A-Z]\.$", told) and _INITIAL_BEFORE_INITIAL.match(rest))


def lead_end_named(text: str, sentences: int, *, paragraphs: bool = False) -> int:
    """Where the first ``sentences`` sentences of ``text`` end
    (:func:`dossier.kb.event_merge.lead_end`), a stop after an abbreviation
    (:func:`_abbreviation_stop`) ending none: a lead cut at "Dr." or "U. S." lost the person its
    sentence goes on to name ("The President announced his nominee for the U. S. Surgeon
    General, Dr. Regina Benjamin, today"), and with it every join by that person and the
    words it is told in."""
    return lead_end(text, sentences, paragraphs=paragraphs, runs_on=_abbreviation_stop)


def statement_lead_end(text: str, sentences: int) -> int:
    """Where the lead of a statement's report ends: its first ``sentences`` sentences after
    any headline bullets (:func:`after_bullets`), read past abbreviations
    (:func:`lead_end_named`)."""
    start = after_bullets(text)
    return start + lead_end_named(text[start:], sentences, paragraphs=True)


def full_name_words(words: list[str], persons: Sequence[dict[str, Any]]) -> list[str]:
    """The longest person name of ``persons`` that ends in ``words`` (a surname told alone
    later in a report stands for the full name told first), or -- for a name of two words
    or more -- that starts with them (a headline bullet's "Omar Ayub", the body's
    "Opposition Leader Omar Ayub Khan": one report's two names of one person, which the
    statement join otherwise indexed under two surnames), else ``words``."""
    longest = words
    for other in persons:
        full = NAME_WORD.findall(unidecode(other["text"]).lower())
        if len(full) > len(longest) and (
            full[-len(words) :] == words or (len(words) >= 2 and full[: len(words)] == words)
        ):
            longest = full
    return longest


#: institutional speakers told by two outlets alike however they name them: a foreign office
#: ("the Foreign Office (FO)", "FO", "the Ministry of Foreign Affairs"), a ministry ("the
#: interior ministry", "Ministry of Interior"), a legislature. Each reads as one key, kept
#: with its country where the article tells it. (Not the military's media wing, the police
#: or a court: they issue a dozen unrelated releases or orders a day, told in the same
#: words.)
_BODY_NAMES = (
    (re.compile(r"(?:ministry of foreign affairs|foreign (?:office|ministry)|fo|mofa)"), "fo"),
    (re.compile(r"ministry of (?P<of>[a-z]+)(?: affairs)?|(?P<the>[a-z]+) ministry"), "ministry"),
    (re.compile(r"national assembly|senate"), "legislature"),
    (re.compile(r"(?:[a-z]+ )?high court|supreme court"), "court"),
)
#: words before "ministry" that name none ("the ministry", "his ministry")
_NO_MINISTRY = frozenset("the a an this that his her its their federal provincial said".split())


def body_key(name: str) -> str | None:
    """The speaker key of an institution's name ("The Foreign Office (FO)" -> "fo",
    "Ministry of Interior" -> "ministry-interior", "the National Assembly" ->
    "legislature-national-assembly"), None where the name is no institutional speaker."""
    words = re.sub(r"\([^)]*\)", " ", unidecode(name).lower())
    words = " ".join(re.sub(r"^the\s+|['’]s$", "", words.strip()).split())
    for pattern, kind in _BODY_NAMES:
        found = pattern.fullmatch(words)
        if found is None:
            continue
        if kind == "ministry":
            subject = found["of"] or found["the"]
            return None if subject in _NO_MINISTRY else f"ministry-{subject}"
        if kind in ("legislature", "court"):
            return f"{kind}-" + words.replace(" ", "-")
        return kind
    return None


def _untitled(name: str) -> list[str]:
    """A lead actor's name words without the titles one outlet gives and the other does not
    ("Lt Gen Ahmed Sharif Chaudhry", "General Syed Asim Munir", "Gen Asim Munir"):
    :func:`dossier.names.strip_titles`, lower case; the name as written where that leaves
    fewer than two words (a surname alone names no one in particular)."""
    words = [w.lower() for w in strip_titles(name)]
    return words if len(words) >= 2 else name.split()


def _without_initials(words: list[str]) -> list[str]:
    """A name's words less its middle initials ("regina m benjamin" -> "regina benjamin",
    "george w bush" -> "george bush"): a single letter between the given name and the
    surname, which a press office's release gives and the next outlet leaves out."""
    if len(words) <= 2:
        return words
    return [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]


def same_actor(a: str, b: str) -> bool:
    """Whether two lead actors' full names can be one person: one name ends with the other
    and the shorter has a given name too ("Shehbaz Sharif", "Muhammad Shehbaz Sharif"; not
    "Ali Khan" and "Omar Ayub Khan"), leading titles ("Syed Asim Munir", "Gen Asim Munir")
    and middle initials aside (:func:`_without_initials`: the White House's "Regina M.
    Benjamin" and the papers' "Regina Benjamin"; the police's "Raj K. Chohan" and "Raj
    Chohan"). A middle *name* still counts ("Muhammad Ali Khan" is not "Muhammad Khan"):
    among dated news a given name and a surname are shared by different people, an initial
    left out is one person's name written short."""
    x, y = sorted((_without_initials(_untitled(a)), _without_initials(_untitled(b))), key=len)
    return len(x) >= 2 and y[-len(x) :] == x
