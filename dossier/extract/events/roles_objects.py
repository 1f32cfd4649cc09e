"""Whom an object "him" or "her" stands for, and who an attack "came under" came from.

Two shapes where the event's own sentence names a participant but the roles left it empty:

* *"chased the suspect and arrested him"*: an arrest or a shooting told with an object
  pronoun whose person the same sentence named before it ("Police chased the suspect and
  arrested him near the bridge", "He chased down the driver and eventually arrested him").
  The pronoun readers of :mod:`.roles` resolve "them" to the people named before it and
  "he" / "him" to a person named as a subject before it, and that subject may be the wrong
  one: English never binds an object pronoun to the subject of its own clause ("the officer
  chased the driver and arrested him" is not the officer). So the subjects of the pronoun's
  own (and coordinated) clause are passed over (:func:`own_clause_subjects`), a subject of a
  clause above it is still read first ("Khan was standing outside his home when suspects
  shot him"), and failing one the nearest person named before it who is no subject is whom
  it stands for. Under a verb of saying only the reported words are read ("Ahmedzai said
  armed men barged into Asma's house and kidnapped her": not Ahmedzai), and the nearest
  person is not looked for at all ("the lawyer told the judge that police beat him": the
  speaker, not the judge, may be meant); nobody when the sentence names no such person (the
  sentence before is not read).
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
#: everyday nouns for one person by kin, trade or plight, beside the lexicon's words for
#: people: an ending such as "-er" or "-ant" also makes things ("warrant", "border")
ONE_PERSON = frozenset(
    """victim driver trader shopkeeper owner passenger labourer laborer farmer teacher lawyer
    doctor vendor citizen resident son daughter brother sister father mother husband wife
    nephew niece cousin uncle aunt relative friend neighbour neighbor employee accused
    prisoner detainee kidnapper abductor robber thief attacker assailant cop constable
    motorcyclist cyclist pedestrian tourist customer complainant witness fugitive convict
    inmate dealer smuggler partner colleague guest teenager individual""".split()
)


def _clauses_above(pronoun: Token) -> list[Token]:
    """The pronoun's own verb and every head above it, nearest first."""
    return [pronoun.head, *pronoun.head.ancestors]


def own_clause_subjects(pronoun: Token) -> set[int]:
    """The subjects an object pronoun cannot stand for: its own verb's and those of the
    verbs that verb is coordinated with, which share them ("The officer chased the driver and
    arrested him": not the officer). A subject of a clause above ("Khan was standing outside
    when suspects shot him", "Mubarak, an adversary of the Houthis, who abducted him") may be."""
    if pronoun.dep_ not in ("dobj", "obj", "pobj"):
        return set()
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj"]
    return {s.i for v in verbs for s in v.children if s.dep_ in ("nsubj", "nsubjpass")}


def reported_after(pronoun: Token) -> int:
    """Where the words an object pronoun may stand for begin: after the nearest verb of
    saying above it ("Ahmedzai said armed men barged into Asma's house and kidnapped her": the
    speaker named before "said" is not whom the report is about), else at its sentence's
    start."""
    if pronoun.dep_ not in ("dobj", "obj", "pobj"):
        return pronoun.sent.start
    said = [c.i for c in _clauses_above(pronoun) if _lemma(c) in REPORTING and c.i < pronoun.i]
    return max(said) + 1 if said else pronoun.sent.start


def _someone_singular(token: Token) -> bool:
    """A singular noun for one person: a named person, a word for people, the young, kin or a
    trade ("the driver", "the suspect", "a businessman")."""
    if token.tag_ not in ("NN", "NNP"):
        return False
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_:
        return False  # a place, an organisation, a date: no "him"
    lemma = _lemma(token)
    if lemma in HUMAN_NOUNS | YOUNG_NOUNS | ONE_PERSON:
        return True
    return len(lemma) > 4 and lemma.endswith(("man", "woman"))  # "businessman", "policeman"


def object_antecedent(pronoun: Token) -> Token | None:
    """The person an object "him" or "her" stands for when no subject before it is
    (:func:`.roles._antecedent` reads subjects first): the nearest singular word for a person
    before it in its sentence that is no subject. None for any other pronoun, across a verb
    of saying above it, or when the sentence names none."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in ("dobj", "obj", "pobj"):
        return None
    if any(_lemma(c) in REPORTING for c in _clauses_above(pronoun)):
        return None
    subjects = own_clause_subjects(pronoun)
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ in ("nsubj", "nsubjpass", "compound", "poss"):
            continue
        if any(a.i in subjects for a in token.ancestors):
            continue  # "Rana Afzal of Wazirabad had charged him": part of the subject
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
