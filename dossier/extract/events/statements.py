"""Statements told by their grammar rather than by a verb of stating (issue 15, item 5).

The trigger lexicon finds a statement by its verb: "accused", "rejected", "urged". News
of an interstate crisis often tells the statement by a predicate instead, inside what
someone said: "Ashrafi said India was responsible for orchestrating terrorist
activities", "“India is responsible for terrorist incidents …,” he added". The copula
carries no event word, so the accusation (CAMEO 112 "accuse", PLOVER ACCUSE) was lost,
or the act the accusation names was exported in its place. These rules read such
frames off the parse; the words they use are the CAMEO classes' own, never a text's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    BOMB_WORDS,
    HARM_NOUNS,
    PERPETRATORS,
    REPORTING,
    RESPONSIBLE,
    STATING,
    Trigger,
    _lemma,
    _trigger,
    _with_conjuncts,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: verbs under which a clause is someone's saying ("said", "added", "claimed", "alleged",
#: "stressed"): a predicate told there is the speaker's statement, not the outlet's fact
SAYING = REPORTING | STATING | frozenset({"allege", "insist", "maintain", "contend", "charge"})
#: wrongs one is held to answer for (CAMEO 112 "accuse of crime, corruption, human rights
#: abuses, aggression, war crimes, espionage, treason"), beside the violent acts the
#: lexicon types as ASSAULT or COERCE
WRONGS = (
    BOMB_WORDS
    | HARM_NOUNS
    | PERPETRATORS
    | frozenset(
        """terrorism violence bloodshed crime atrocity massacre genocide death killing unrest
        chaos destruction abuse aggression corruption sabotage insurgency militancy
        espionage treason incident tragedy carnage""".split()
    )
)
#: the types of the acts an accusation may name
ACT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _wrong(phrase: Token) -> bool:
    """Whether a phrase names a wrong: an act of violence or coercion, or a word of
    CAMEO's accusable wrongs ("terrorist incidents", "all these killings",
    "orchestrating terrorist activities")."""
    for t in phrase.subtree:
        found = _trigger(t)
        if (found is not None and found[0] in ACT_TYPES) or _lemma(t) in WRONGS:
            return True
    return False


def _told_by(verb: Token) -> Token | None:
    """The verb of saying whose clause ``verb`` heads ("said India was", "“India is …,” he
    added"), or None for the outlet's own telling."""
    if verb.dep_ in ("ccomp", "parataxis") and _lemma(verb.head) in SAYING:
        return verb.head
    if verb.dep_ == "ROOT":  # "India is responsible …, he said" parsed the other way round
        return next(
            (
                c
                for c in verb.children
                if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and _lemma(c) in SAYING
            ),
            None,
        )
    return None


def _answerable_for(verb: Token) -> Token | None:
    """What a copula's subject is said to answer for: the object of "responsible for" or
    of "behind" ("was responsible for the attack", "is behind the killings")."""
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.lower_ in RESPONSIBLE:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "for":
                    return p
        if c.dep_ == "prep" and c.lower_ in RESPONSIBLE:
            return c
    return None


def accusing_copula(verb: Token) -> Trigger | None:
    """ "X is/was responsible for <a wrong>" or "X was behind <a wrong>" in a clause someone
    says: the speaker accuses X (CAMEO 112, PLOVER ACCUSE/allege). Only a copula with a
    subject, only under a verb of saying (the outlet's "these terrorists were responsible
    for martyring 30 people" is its fact, whose doer the role rules already take), and only
    for a wrong ("responsible for security" accuses no one)."""
    if _lemma(verb) != "be" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    answered = _answerable_for(verb)
    if answered is None or not _wrong(answered):
        return None
    return ("ACCUSE", "allege") if _told_by(verb) is not None else None


def accused_and_accuser(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_copula`: who says it (a pronoun
    left out, for the quotes stage names whom it stands for) and the copula's subject."""
    teller = _told_by(verb)
    speakers = [
        g
        for c in (teller.children if teller is not None else ())
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
        for g in _with_conjuncts(c)
    ]
    accused = [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
    return speakers, accused
