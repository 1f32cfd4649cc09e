"""Who did a harm told by the moment it happened: "were injured when X drove a car into a crowd".

News tells a killing or an injury passively and names its doer in the clause that says when
it happened: "Some 28 people were injured when a 24-year-old Afghan asylum seeker drove a
car into a crowd of people", "an FC man was martyred on Monday when a woman suicide bomber,
apparently belonging to the banned BLA, carried out an attack", "nine people were forced off
a bus and shot dead after gunmen blockaded the highway". Where that clause's verb is itself an
attack ("when unidentified men opened fire") the two acts are joined as one incident and
share their doers; where it is not ("drove", "blockaded", or an attack the parser could not
reach through a parenthesis), the harm kept no doer though its sentence names one. ACLED's
actor 1 is whoever acted in that moment, so the subject of the clause is the harm's actor:

* the harm is a passive verb of harm with no doer ("were injured", "was martyred"), or a
  verb with no subject coordinated with one ("were forced off a bus and shot dead"), or
  "died";
* the clause hangs on it with "when" or "as", or a bare "after" (not "two days after", nor
  an "after" clause with a date of its own);
* the clause is active, no verb of saying, not what was going on ("when a group of
  protesters was asking shopkeepers to close"), and acts on something: an object, or a
  phrase with "at", "on", "into", "upon" or "against";
* its subject can act -- a name, a word for people, a group or a force, an agent noun
  ("seeker", "bomber", "gunmen") -- and is no pronoun ("when he resisted" is the victim) and
  no thing ("when their vehicle hit a landmine", "when a bus overturned");
* the subject is none of the harm's victims, and no one losing control of a vehicle (an
  accident: "when the driver lost control").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import REPORTING, STATING, _lemma
from dossier.extract.events.roles import _can_act, _is_passive, _is_verb

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

#: conjunctions of a clause that sets a harm at the moment of another act
MOMENT_MARKS = frozenset({"when", "as", "after"})
#: prepositions a clause acts on something with: "pelted stones at the police", "drove a
#: car into a crowd", "opened fire on a vehicle"
ACTED_ON = frozenset({"at", "on", "into", "upon", "against"})
#: verbs of a driver's mishap, not an act: "when the driver lost control of the vehicle"
MISHAPS = frozenset({"lose", "skid", "overturn", "collide", "crash", "swerve", "fall"})


def _moment_clauses(verb: Token) -> list[Token]:
    """The "when"/"as"/bare "after" clauses hung on ``verb`` or on the verb it is a
    conjunct of ("were forced off a bus and shot dead after gunmen blockaded ...")."""
    holders = [verb]
    if verb.dep_ == "conj" and _is_verb(verb.head):
        holders.append(verb.head)
    found = []
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ != "advcl" or not _is_verb(clause):
                continue
            marks = [c for c in clause.children if c.dep_ in ("mark", "advmod")]
            if len(marks) != 1 or marks[0].lower_ not in MOMENT_MARKS or any(marks[0].children):
                continue  # "two days after", "soon after" tell another moment
            if any(c.dep_ == "npadvmod" for c in clause.children):
                continue
            found.append(clause)
    return found


def _ongoing(clause: Token) -> bool:
    """Whether a clause tells what was going on ("when a group of protesters was asking
    shopkeepers to pull down the shutters"): the setting of the harm, not the act that did it."""
    return clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and _lemma(c) == "be" for c in clause.children
    )


def _acts_on_something(clause: Token) -> bool:
    """Whether a clause's verb acts on something: an object or an "at/on/into" phrase."""
    return any(
        c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ACTED_ON)
        for c in clause.children
    )


def _shares_passive(verb: Token) -> bool:
    """Whether a verb with no subject of its own is a conjunct of a passive one, and so
    passive too ("were forced off a bus and shot dead")."""
    return (
        verb.dep_ == "conj"
        and _is_passive(verb.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def doers_of_the_moment(verb: Token, victims: Sequence[Token]) -> list[Token]:
    """The subject of the clause that sets a passive harm at the moment of its doer's act
    (see the module's docstring), or nothing."""
    if not _is_verb(verb) or not (
        _is_passive(verb) or _shares_passive(verb) or _lemma(verb) == "die"
    ):
        return []
    hurt = {t.i for v in victims for t in v.subtree}
    for clause in _moment_clauses(verb):
        lemma = _lemma(clause)
        if _is_passive(clause) or lemma in REPORTING | STATING | MISHAPS or _ongoing(clause):
            continue
        if not _acts_on_something(clause):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            continue
        subject = subjects[0]
        if subject.pos_ == "PRON" or subject.i in hurt or not _can_act(subject):
            continue
        return [subject]
    return []
