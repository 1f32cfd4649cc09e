"""Who "the minister" is: the person the report named with that office before.

A report names an official once in full, with the office written before the name ("Federal
Minister for Information and Broadcasting Attaullah Tarar said …", "Sindh Senior Minister
Sharjeel Inam Memon told the media …"), and then goes on with the bare office: "The minister
said Pakistan had irrefutable proofs …", "He categorically rejected …" (a "he" that the roles
follow back to "the minister"). The labelling guide's actor is the person (ACLED's
actor 1 is who spoke); "the minister" alone is no one an analyst can file, and the entity
stage only names a capitalised bare title ("the Prime Minister") after the one person the
document gives it to. So a lower-case bare office is the nearest person named before it
with that office:

* the phrase is the office alone -- "the" and the office noun, perhaps with lower-case
  words of the office before it ("the interior minister", "the chief minister"); a phrase
  with anything else ("the Punjab minister", "the minister for health", "the group's
  spokesman") is left as it is;
* the person is a PERSON mention earlier in the document whose office words stand right
  before the name (capitalised words, "for", "of", "and" between them, a comma before the
  name: "Minister of State for Interior and Narcotics Control, Talal Chaudhry"); an
  apposition after the name ("Tarar, the minister, …") is the roles' own
  (:func:`.roles._named_appositions`), and one further on is not read ("X, who met the
  minister");
* "the minister" is never the prime minister or a chief minister: news calls them "the
  prime minister", "the chief minister", "the premier".

Nobody is chosen when no such person is named before it: the phrase stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dossier.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

#: offices a report names a person with and then calls them by alone
OFFICE_TITLES = frozenset(
    """minister spokesperson spokesman spokeswoman governor senator ambassador envoy adviser
    advisor commissioner secretary president chairman chairperson""".split()
)
#: words that make another office of a title, one the report calls by its own name ("the
#: prime minister"): "the minister" is not the Prime Minister nor a Chief Minister
OTHER_OFFICES = {"minister": frozenset({"prime", "chief"}), "secretary": frozenset({"chief"})}
#: how far before a name its office may be written ("Federal Minister for Information and
#: Broadcasting Attaullah Tarar"), in characters
OFFICE_REACH = 80
#: words that may stand between an office and the name it titles: the office's own words
_OFFICE_TAIL = r"(?:\s+(?:for|of|and|the|[A-Z][\w'’&.-]*|\([A-Z]+\)))*\s*,?\s*"


def bare_office(token: Token) -> tuple[str, ...] | None:
    """The words of a lower-case bare office ``token`` heads ("the minister" → ("minister",),
    "the interior minister" → ("interior", "minister")), or None when the phrase is more
    than the office (a name, a place, a possessor, a phrase after it)."""
    if token.lower_ not in OFFICE_TITLES or not token.is_lower or token.tag_ != "NN":
        return None
    words = [token]
    determiners = 0
    for child in token.children:
        if child.dep_ == "punct":
            continue
        if child.dep_ == "det" and child.lower_ == "the" and child.i < token.i:
            determiners += 1
        elif (
            child.dep_ in ("compound", "amod")
            and child.i < token.i
            and child.is_alpha
            and child.is_lower
        ):
            words.append(child)
        else:
            return None
    if determiners != 1:
        return None
    return tuple(w.lower_ for w in sorted(words, key=lambda w: w.i))


def _titled(mention: Mention, office: tuple[str, ...], text: str) -> bool:
    """Whether ``mention`` is given ``office`` right before it, and not another office the
    title is part of ("Prime Minister" for "minister")."""
    title = r"\s+".join(re.escape(w) for w in office)
    others = OTHER_OFFICES.get(office[-1], frozenset()) if len(office) == 1 else frozenset()
    before = text[max(0, mention.start - OFFICE_REACH) : mention.start]
    found = re.search(r"(?:^|(?<=\W))(\w+\s+)?(?i:" + title + r")" + _OFFICE_TAIL + "$", before)
    if found is None:
        return False
    return (found.group(1) or "").strip().lower() not in others


def office_holder(token: Token, mentions: Iterable[Mention], text: str) -> Mention | None:
    """The person a lower-case bare office stands for: the nearest PERSON mention before
    ``token`` that the document gives that office (see the module's docstring), or None."""
    office = bare_office(token)
    if office is None:
        return None
    held = [
        m
        for m in mentions
        if m.label == "PERSON"
        and m.end <= token.idx
        and m.text[:1].isupper()  # not a stray "’s Secretariat" the model called a person
        and _titled(m, office, text)
    ]
    return max(held, key=lambda m: m.start) if held else None
