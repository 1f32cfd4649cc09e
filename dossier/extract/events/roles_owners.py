"""Whose vehicle or house an attack struck: its owner is who was attacked.

An attack is often told by the thing it hit, its people named only as the thing's owners:
"Five Japanese nationals were unhurt after their vehicle was targeted by a suicide bomber",
"An assistant sub-inspector was killed after unidentified men opened fire at his vehicle",
"the explosion targeted a vehicle belonging to Khar police station SHO Rashid Ahmed". The
target the roles give is the vehicle; ACLED's actor 2 (the victims the labelling guide asks
for) is whoever was in or owned it. So the owner joins the thing as a target:

* a possessive pronoun ("his", "her", "their") on the thing: the person or people its
  sentence names before it as a subject (not a reporting verb's: "police said his car" may be
  anyone's), of the pronoun's number;
* "belonging to X", "owned by X" after the thing: X;
* a possessor named before the thing ("the SHO's vehicle"): that possessor, when it is
  someone (a person, a people, a force or a group; "Pakistan's convoy" names a state, kept
  too as it can act).

The thing stays a target beside its owner ("a vehicle belonging to the Bomb Disposal Squad":
both are what the labels accept). Session 28: three read sets hold such a row whose target
was the vehicle alone (``check``, ``check18``, ``check21``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import HUMAN_NOUNS, REPORTING, YOUNG_NOUNS, _lemma
from dossier.extract.events.roles import _can_act, _spans

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from dossier.extract.events.roles import _Context
    from dossier.records import EventMention

#: things someone owns or rides in that an attack strikes in their stead
OWNED_THINGS = frozenset(
    "vehicle car jeep van pickup truck motorcycle motorbike bike rickshaw house home residence "
    "shop convoy".split()
)
#: possessive pronouns by the number of whom they stand for
SINGULAR_OWNERS = frozenset({"his", "her"})
PLURAL_OWNERS = frozenset({"their"})
#: participles that name the owner in their phrase: "belonging to X", "owned by X"
OWNING = frozenset({"belong", "own"})


def _person_like(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or _lemma(token) in HUMAN_NOUNS | YOUNG_NOUNS


def _pronoun_owner(pronoun: Token) -> Token | None:
    """Whom "his", "her" or "their" on a struck thing stands for: the nearest subject its
    sentence names before it that fits its number and is someone, not a reporter's."""
    plural = pronoun.lower_ in PLURAL_OWNERS
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
            continue
        if _lemma(token.head) in REPORTING:
            continue
        if plural and token.tag_ in ("NNS", "NNPS") and _lemma(token) not in OWNED_THINGS:
            return token  # "Five Japanese nationals were unhurt after their vehicle ..."
        if not plural and token.tag_ in ("NN", "NNP") and _person_like(token):
            return token
    return None


def owners(thing: Token) -> list[Token]:
    """Who owns or rides in ``thing``, a struck vehicle or house (the module's rules)."""
    if _lemma(thing) not in OWNED_THINGS:
        return []
    found: list[Token] = []
    for child in thing.children:
        if child.dep_ == "poss":
            if child.lower_ in SINGULAR_OWNERS | PLURAL_OWNERS:
                owner = _pronoun_owner(child)
                if owner is not None:
                    found.append(owner)
            elif child.pos_ in ("PROPN", "NOUN") and _can_act(child):
                found.append(child)
        if child.dep_ == "acl" and _lemma(child) in OWNING:
            named = [
                p
                for prep in child.children
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by")
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            for p in named:
                # "belonging to Khar police station SHO Rashid Ahmed": the officer the
                # station's name is in apposition with
                found += [p] if _can_act(p) else []
                found += [a for a in p.children if a.dep_ == "appos" and _can_act(a)]
    return found


def owners_struck(
    events: Sequence[EventMention], doc: Doc, context: _Context
) -> list[EventMention]:
    """Each attack whose target is a vehicle or house with an owner told beside it takes the
    owner as a target too (the module's docstring says which and why)."""
    found: list[EventMention] = []
    for event in events:
        if event.type == "ASSAULT" and event.targets:
            added = []
            for start, end in event.targets:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for owner in _spans(owners(span.root), context):
                    if owner not in event.targets and owner not in event.actors:
                        added.append(owner)
            if added:
                event = replace(event, targets=(*event.targets, *dict.fromkeys(added)))
        found.append(event)
    return found
