"""Who "the former" and "the latter" are, and who is asked in "called for X to act".

Two shapes where the sentence names a participant but the roles took a word that names no
one, or nothing:

* *"the former", "the latter"* stand for one of the last two parties the text named before
  them ("The military confrontation between India and Pakistan came as the former blamed
  Islamabad"; "India blamed Pakistan for the attack, an accusation the latter denies"). The
  roles took the words themselves, which name no one, and the export then lent the event
  another telling's speaker. English fixes the reference by order: "the former" is the first
  of the last two named, "the latter" the second. Only where the phrase is a noun phrase of
  its own ("the former prime minister" is a person described, read as before), and only
  among the names of the sentence, or of it and the sentence before where the sentence
  alone names fewer than two.
* *"called for X to act"*: the infinitive clause's subject is whom the request is made of
  ("The UN called for Israel to halt its strikes", "called on Dec 31 for Palestinian
  residents of Gaza to leave"); CAMEO 10 codes the addressee as the target. The parser
  hangs "for" on the clause as its marker, so neither the verb's "for" phrase nor its object
  held the party, and the request had no target (or, with no "for" phrase at all, was not
  read as a request).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _for_to_clauses, _with_conjuncts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from dossier.records import Mention, Span

#: the word and which of the last two named it stands for (first, second)
ORDER = {"former": 0, "latter": 1}
#: entity labels of parties one of the two may be
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: two names joined by a hyphen into one mention ("Pakistan-India", "US-Iran")
PAIRED = re.compile(r"^([A-Z][^\s-]+)-([A-Z][^\s-]+)$")
#: dependencies of a word that modifies a noun rather than heading its own phrase
MODIFYING = frozenset({"amod", "compound", "nmod", "nummod"})


def _stands_alone(token: Token) -> bool:
    """Whether "former"/"latter" heads its own noun phrase, "the" before it and no noun it
    describes ("the former blamed", "against the latter"; not "the former premier")."""
    return (
        token.lower_ in ORDER
        and token.dep_ not in MODIFYING
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.pos_ in ("NOUN", "PROPN") for c in token.children)
    )


def _pair_parts(mention: Mention) -> list[Mention]:
    """A mention that joins two names by a hyphen ("Pakistan-India relations") as those two
    names in order: each is a party "the former" or "the latter" may stand for."""
    found = PAIRED.match(mention.text)
    if found is None:
        return [mention]
    first, second = found.group(1), found.group(2)
    at = mention.start + found.start(2)
    return [
        replace(mention, end=mention.start + len(first), text=first, key=first.lower()),
        replace(mention, start=at, end=at + len(second), text=second, key=second.lower()),
    ]


def _named_before(token: Token, mentions: Sequence[Mention], start: int) -> list[Mention]:
    """The distinct parties named from character ``start`` up to ``token``, each at its last
    mention, in order."""
    last: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.label in PARTY_LABELS and start <= mention.start and mention.end <= token.idx:
            for part in _pair_parts(mention):
                key = part.text.lower()
                last.pop(key, None)
                last[key] = part
    return list(last.values())


def former_or_latter(token: Token, mentions: Sequence[Mention]) -> list[Span] | None:
    """The span "the former"/"the latter" stands for: the first or second of the last two
    parties named before it (its sentence's, else with the sentence before). None where the
    word is no such phrase; an empty list where it is but fewer than two are named (it then
    names no one)."""
    if not _stands_alone(token):
        return None
    sentence = token.sent
    named = _named_before(token, mentions, sentence.start_char)
    if len(named) < 2 and sentence.start > 0:
        before = token.doc[sentence.start - 1].sent
        named = _named_before(token, mentions, before.start_char)
    if len(named) < 2:
        return []
    chosen = named[-2 + ORDER[token.lower_]]
    return [(chosen.start, chosen.end)]


def asked_to_act(verb: Token) -> list[Token]:
    """Whom a request verb asks in a "for X to act" clause: the clause's subject and its
    conjuncts ("called for Hamas and Israel to return to talks")."""
    return [
        g
        for clause in _for_to_clauses(verb)
        for c in clause.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
        for g in _with_conjuncts(c)
    ]
