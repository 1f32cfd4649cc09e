"""The day a "when"/"where"/"during which" clause describes (session 41, issue 15).

English tells what happened at a date by hanging a relative clause on it: "a high-level
visit by Dar on April 19, where both sides pledged … and agreed on trade facilitation
measures", "stranded since January 20, when Trump ordered a freeze", "The latest incident
occurred on Tuesday, when suicide bombers struck". The clause is about that date, so each act
told in it happened then, whatever the sentence's other dates and whatever noun the date's
phrase hangs on. The parser hangs such a clause on the date itself (``relcl`` under "April"),
so the date's own walk up to the act (``place_time._dates_this``) stops at the event noun the
phrase qualifies ("visit": another act's date) and the act, undated, was merged into another
report's agreement. A clause "during/in/at which" hangs on the occasion it happened within
("a telephonic conversation on Saturday evening, during which the former welcomed …", "an
exchange of fire with police on Wednesday, during which two policemen were martyred"), so the
occasion's own date ("on"/"in" on that noun) is the clause's acts' date too. A reporting verb
on the way up ("on Monday, when the minister said police had arrested …") dates the saying,
not the act it tells, so the walk stops there, as it does at any phrase other than the
clause's verbs and their subject or object ("in which he was accused of killing …": the
killing is not of that day).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import CREDITING, REPORTING, STATING, _is_verb, _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from collections.abc import Mapping, Sequence, Set

    from spacy.tokens import Token

    from dossier.records import Span

#: the relative adverbs by which a clause describes a time ("when") or the occasion a date
#: names ("where": "on April 19, where both sides pledged")
DESCRIBING = frozenset({"when", "where"})
#: the prepositions of "during which" / "in which" / "at which": a clause told as happening
#: within the occasion it hangs on ("a telephone conversation on Saturday evening, during which
#: the former welcomed …"); "after which" tells a later time and is not read
WITHIN = frozenset({"during", "in", "at"})
#: the prepositions by which a date is an occasion's own ("a conversation on Saturday", "an
#: attack in June 2024")
DATING = frozenset({"on", "in"})
#: how an act reaches the clause that tells it: the clause's verb itself, a verb coordinated
#: with it or its complement ("pledged to talk and agreed"), the verb's subject or object noun
PASSING = frozenset({"conj", "xcomp", "nsubj", "nsubjpass", "dobj"})


def _tells(verb: Token) -> bool:
    """A verb of saying: what it tells was done on or before its day, not on it."""
    return _is_verb(verb) and _lemma(verb) in REPORTING | CREDITING | STATING


def _opens(clause: Token) -> str | None:
    """How a relative clause is opened: "when"/"where", "within" for "during/in/at which",
    None for any other ("who …", "which killed …", "after which …")."""
    first = clause.left_edge
    if first.lower_ in DESCRIBING:
        return "describing"
    second = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if first.lower_ in WITHIN and second is not None and second.lower_ == "which":
        return "within"
    return None


def _own_day(noun: Token, by_root: Mapping[int, Span], days: Set[Span]) -> Span | None:
    """The day hung on ``noun`` by "on"/"in" ("a conversation on Saturday evening"). Only a
    day (of ``days``): a month or a year an occasion is dated by ("a wave of massacres in
    March, in which …") frames acts told as a toll over it, which the assembly keeps apart."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in DATING:
            for child in prep.children:
                if child.i in by_root and by_root[child.i] in days:
                    return by_root[child.i]
    return None


def _since(date: Token) -> bool:
    """Whether a date opens a span ("since 2019"): a clause "during which" is the span's."""
    return date.dep_ == "pobj" and date.head.lower_ in ("since", "from")


def _clause_of(anchor: Token) -> Token | None:
    """The relative clause an act is told by: the nearest ``relcl`` above the anchor, reached
    only through the clause's own verbs and their subject or object (an act named inside
    another phrase of the clause, "accused of killing", is told by that phrase, not dated by
    the clause), and through no verb of saying other than the anchor itself."""
    token = anchor
    for _ in range(8):
        if token.i != anchor.i and _tells(token):
            return None
        if token.dep_ == "relcl":
            return token
        if token.dep_ not in PASSING or token.head.i == token.i:
            return None
        token = token.head
    return None


def described_day(
    anchors: Sequence[Token], roots: Mapping[Span, Token], days: Set[Span]
) -> Span | None:
    """The date (a key of ``roots``, the dates of the sentence by their parse roots) that a
    "when"/"where" relative clause holding an anchor hangs on, or the day (of ``days``, the
    dates of day precision) of the occasion a "during/in/at which" clause hangs on; None where
    the anchor is in no such clause."""
    by_root = {root.i: span for span, root in roots.items()}
    for anchor in anchors:
        clause = _clause_of(anchor)
        if clause is None:
            continue
        opened, head = _opens(clause), clause.head
        if opened is not None and head.i in by_root:
            if opened == "within" and _since(head):
                continue  # "since 2019, during which 500 were killed": the whole span's
            return by_root[head.i]  # "on April 19, where …", "in June 2024, in which …"
        if opened == "within":
            found = _own_day(head, by_root, days)
            if found is not None:
                return found  # "a conversation on Saturday evening, during which …"
    return None
