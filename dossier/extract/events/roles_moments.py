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

The same clause names what the attack struck: "three people were killed when armed men opened
fire on a jewellery shop", "10 people were killed when a convoy of 35 vehicles was attacked",
"two men died when gunmen attacked a bus". The labelling guide's target (ACLED's actor 2 and
victims) holds both the harmed and the thing struck, the shop, the convoy or the bus, which the
harm's roles left out once the attack's verb was joined to it (:func:`struck_in_the_moment`):
only where the clause's verb is itself an attack, and only a thing or someone, never a place
(the place rules read those) nor a pronoun (mostly the victims themselves: "opened fire at
them").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    MUNITIONS,
    NAMED_PLACE_NOUNS,
    REPORTING,
    STATING,
    WEAPONS,
    WHERE_NOUNS,
    _lemma,
    _trigger,
)
from dossier.extract.events.roles import _can_act, _is_passive, _is_verb, _with_conjuncts

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


def _moment_clauses(verb: Token, dated: bool = False) -> list[Token]:
    """The "when"/"as"/bare "after" clauses hung on ``verb`` or on the verb it is a
    conjunct of ("were forced off a bus and shot dead after gunmen blockaded ..."); with
    ``dated``, also one whose date follows its verb ("when a convoy was attacked in Kurram
    last week": the same moment, told with its day)."""
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
            if any(
                c.dep_ == "npadvmod" and not (dated and c.i > clause.i) for c in clause.children
            ):
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


#: what an attack fires or throws, its means, never what it struck: "opened fire",
#: "fired rockets", "pelted stones"
FIRED = WEAPONS | MUNITIONS | frozenset("fire shot round bullet volley salvo drone stone".split())
#: entity types of a place, which the place rules read: "attacked Kurram" names where
PLACE_TYPES = frozenset({"GPE", "LOC"})
#: entity types of someone or of a named building a proper noun struck may be
SOMEONE_TYPES = frozenset({"PERSON", "ORG", "NORP", "FAC"})


def _struck(clause: Token) -> list[Token]:
    """What a clause's attack struck: its object, or, passive, its subject ("a convoy was
    attacked"), or, where it has no object but its means, the object of its "at/on/into"
    phrase ("opened fire on a vehicle", "fired rockets at a checkpoint"); with an object
    of its own, that phrase says where ("ambushed them on a dirt track"). What is fired,
    thrown or driven "into" something is the means ("a grenade was thrown at a house",
    "rammed an explosive-laden car into their convoy")."""
    driven = any(c.dep_ == "prep" and c.lower_ == "into" for c in clause.children)
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    means = [o for o in objects if _means(o) or (driven and o.dep_ != "nsubjpass")]
    found = [g for o in objects if o not in means for g in _with_conjuncts(o)]
    if any(o.dep_ != "nsubjpass" for o in objects if o not in means):
        return found
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ in ACTED_ON:
            found += [g for p in c.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
    return found


def _means(noun: Token) -> bool:
    """Whether a noun is what an attack fires or throws, or the act itself ("fire")."""
    return _lemma(noun) in FIRED or _trigger(noun) is not None


def _a_place(noun: Token) -> bool:
    """Whether a noun names a place rather than a thing or someone ("Kurram", "the area",
    "Sariab Road"): a place's name or word, or a proper noun no entity of someone holds (a
    town the model tags as nothing or as a work of art)."""
    return (
        noun.ent_type_ in PLACE_TYPES
        or _lemma(noun) in NAMED_PLACE_NOUNS | WHERE_NOUNS
        or (noun.pos_ == "PROPN" and noun.ent_type_ not in SOMEONE_TYPES)
    )


def _targeting_in(verb: Token) -> list[Token]:
    """The participle of an attack noun the harm happened in ("were killed in a blast
    targeting a bus", "injured in an attack targeting a convoy"): it names what was struck.
    The phrase may hang on a harm coordinated with it ("four people were killed and 32
    injured in a blast targeting a bus")."""
    harms = [verb, *(c for c in verb.children if c.dep_ == "conj" and _is_verb(c))]
    if verb.dep_ == "conj" and _is_verb(verb.head):
        harms.append(verb.head)
    return [
        acl
        for harm in harms
        for prep in harm.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for noun in prep.children
        if noun.dep_ == "pobj" and _trigger(noun) is not None
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBG"
    ]


def struck_in_the_moment(verb: Token, victims: Sequence[Token]) -> list[Token]:
    """What the attack of the clause that sets a harm at its moment struck, beside the harm's
    victims (see the module's docstring): "were killed when armed men opened fire on a car"
    gives the car. Nothing where the clause is no attack."""
    if not _is_verb(verb) or not (
        _is_passive(verb) or _shares_passive(verb) or _lemma(verb) == "die"
    ):
        return []
    hurt = {t.i for v in victims for t in v.subtree}
    found: list[Token] = []
    for clause in [*_moment_clauses(verb, dated=True), *_targeting_in(verb)]:
        told = _trigger(clause)
        if told is None or told[0] != "ASSAULT" or _ongoing(clause):
            continue
        found += [
            t
            for t in _struck(clause)
            if t.i not in hurt and t.pos_ != "PRON" and not _a_place(t) and t not in found
        ]
    return found
