"""Whether a document's news is a reaction to an incident rather than a report of it.

"Naqvi condemns firing on police in Kohat" names the incident in its lead, but its news is
the minister's statement: a reaction joins the incident's storyline (its thread), never its
event group, so a tribute that repeats the military's toll is no second source for the
operation (the reactions rule of ``bench/labels/stories/GUIDE.md``). Told by the headline's
first clause or a lead's named actor acting with a reaction verb or phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from unidecode import unidecode

from dossier.kb.lead_speakers import _ACTS
from dossier.kb.span_mentions import _NAMED_ACTORS

#: the prefix of a reaction's stored type (``document_groups.type``): "reaction:ASSAULT"
#: is a reaction to an attack, found by the attack's reports for their thread only
REACTED = "reaction:"
#: verbs by which a lead's person reacts to an occurrence rather than reports it: the
#: article's news is then that person's statement (issue 16's reactions rule,
#: ``bench/labels/stories/GUIDE.md``), not the incident it names
_REACTION_VERBS = frozenset(
    "condemn condemned condemns laud lauded lauds praise praised praises hail hailed hails "
    "appreciate appreciated appreciates commend commended commends salute saluted salutes "
    "applaud applauded applauds denounce denounced denounces deplore deplored deplores "
    "mourn mourned mourns lament lamented laments condole condoled condoles felicitate "
    "felicitated felicitates congratulate congratulated congratulates slam slams slammed "
    "condemnation condemnations tribute tributes".split()
)
_HEADLINE_WORD = re.compile(r"[a-z]+")
#: where a headline's first clause ends ("...; PM condemns", "... as PM condemns"): a
#: reaction told after it is not the headline's news
_CLAUSE_END = re.compile(r";|\s+as\s+|\s+after\s+|\s+while\s+", re.IGNORECASE)


def headline_reacts(title: str | None) -> bool:
    """Whether a headline's first clause is a reaction ("U.S. condemns attack on school
    bus", "President, PM pay tribute to security forces", "Condemnations pour in over
    Khuzdar blast"): an agency's reaction often opens its lead with the incident, and the
    reacting body may be a name the tagger misses; the headline says what the news is."""
    if not title:
        return False
    clause = _CLAUSE_END.split(unidecode(title).lower(), maxsplit=1)[0]
    return any(word in _REACTION_VERBS for word in _HEADLINE_WORD.findall(clause))


#: a light verb and, within a few words, what makes it a reaction ("paid glowing tribute",
#: "expressed deep grief", "called for a thorough inquiry", "took notice of")
_REACTION_PHRASE = re.compile(
    r"(?:pa(?:y|ys|id)|express(?:es|ed)?|offer(?:s|ed)?|extend(?:s|ed)?)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:tributes?|grief|sorrow|condolences?|sympath(?:y|ies)|solidarity|homage)\b"
    r"|(?:call(?:s|ed)?\s+for|demand(?:s|ed)?|order(?:s|ed)?|s(?:eeks?|ought))\s+"
    r"(?:[\w’'“”\"-]+\s+){0,4}?(?:inquiry|investigation|probe)\b"
    r"|t(?:akes?|ook)\s+(?:[\w-]+\s+)?notice\b",
    re.IGNORECASE,
)


def reacts(mentions: Sequence[dict[str, Any]], text: str, end: int) -> bool:
    """Whether a lead's news is a reaction: a person, a body or a country named in it (``mentions``:
    the document's entity mentions, by offset; ``end``: where the lead ends) acts with a
    reaction verb ("Interior Minister Mohsin Naqvi has strongly condemned ...", "President
    Zardari paid tribute ...", "the speaker called for a thorough inquiry ..."). Such an
    article reports a statement: its own event, joined with the reports of that
    statement, never with the incident's (the President's tribute that repeats the
    military's toll is no second source for the operation)."""
    for mention in mentions:
        if mention["start"] >= end:
            break
        if mention["label"] not in _NAMED_ACTORS:
            continue  # a person, or a body or a country ("the Foreign Office condemned")
        after = _ACTS.match(text, mention["end"])
        if after is None:
            continue
        if after["verb"] in _REACTION_VERBS:
            return True
        if _REACTION_PHRASE.match(text, after.start("verb")):
            return True
    return False
