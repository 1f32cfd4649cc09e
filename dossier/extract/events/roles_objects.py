"""Whom an object "him" or "her" stands for, and who an attack "came under" came from.

Two shapes where the event's own sentence names a participant but the roles left it empty:

* *"chased the suspect and arrested him"*: an arrest or a shooting told with an object
  pronoun whose person the same sentence named before it as the object of an earlier act
  ("Police chased the suspect and arrested him near the bridge", "He chased down the driver
  and eventually arrested him"). The pronoun readers of :mod:`.roles` resolve "them" to the
  people named before it and a subject "he" / "she" to a subject before it, but an object
  "him" had nothing, and a subject before it is the wrong one: English never binds an object
  pronoun to the subject of its own clause ("the officer arrested him" is not the officer),
  so the nearest person named before it who is not the subject of a clause above it is whom
  it stands for. Not across a verb of saying above the pronoun ("the lawyer told the judge
  that police beat him": the speaker, not the judge, may be meant), and nobody when the
  sentence names no such person (the sentence before is not read).
* *"came under attack from militants"*: the noun the subject "came under" is what it
  underwent (:func:`.assembly._occurring_sides` takes the subject as the target), and the
  "from" phrase says whose it was, as a "by" phrase does for a passive ("the convoy came
  under attack from militants", "the ship came under fire from pirates"). Only someone who
  can act (:func:`.roles._can_act`), never a place ("came under fire from across the border").

Session 42 (issue 15): the development half's matched rows whose target or actor is empty
though the sentence names it hold both ("arrested him" twice on ECB+ ecb3, "came under attack
from gunmen" on ecb3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import HUMAN_NOUNS, REPORTING, YOUNG_NOUNS, _lemma

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: object pronouns for one person
OBJECT_PRONOUNS = frozenset({"him", "her"})
#: endings of nouns for someone by what they do ("driver", "protester", "assailant")
DOER_ENDINGS = ("er", "or", "ist", "ant")


def _clauses_above(pronoun: Token) -> list[Token]:
    """The pronoun's own verb and every head above it, nearest first."""
    chain = [pronoun.head]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _someone_singular(token: Token) -> bool:
    """A singular noun for one person: a named person, a word for people or the young, or a
    noun for someone by what they do ("the driver", "the suspect")."""
    if token.tag_ not in ("NN", "NNP"):
        return False
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_:
        return False  # a place, an organisation, a date: no "him"
    lemma = _lemma(token)
    return lemma in HUMAN_NOUNS | YOUNG_NOUNS or lemma.endswith(DOER_ENDINGS)


def object_antecedent(pronoun: Token) -> Token | None:
    """The person an object "him" or "her" stands for: the nearest singular word for a person
    before it in its sentence that is not the subject of a clause above it. None for any
    other pronoun, across a verb of saying above it, or when the sentence names none."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in ("dobj", "obj", "pobj"):
        return None
    chain = _clauses_above(pronoun)
    if any(_lemma(c) in REPORTING for c in chain):
        return None
    subjects = {s.i for c in chain for s in c.children if s.dep_ == "nsubj"}
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.i in subjects or token.dep_ in ("nsubj", "compound", "poss"):
            continue
        if _someone_singular(token):
            return token
    return None


def came_under_from(noun: Token, can_act: Callable[[Token], bool]) -> list[Token]:
    """Whose attack ``noun`` was when its subject "came under" it: the objects of a "from"
    phrase on the noun or on "came" that ``can_act`` says are someone."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or _lemma(prep.head) != "come":
        return []
    froms = [
        c
        for h in (noun, prep.head)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i
    ]
    return [
        p
        for f in froms
        for p in f.children
        if p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "FAC") and can_act(p)
    ]
