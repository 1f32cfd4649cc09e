"""Whom a protest, a condemnation or a rejection is against when its object is a grievance.

A protest, an accusation or a rejection is often told by what it is about, not by whom: "a
hunger strike against alleged mistreatment", "to protest the torture by CTD officials",
"condemned the closure of the Rafah crossing", "criticised India's move to suspend the
treaty", "rejected the allegations made by Modi". The roles take that object as the target,
yet an act or a state of affairs is no one; the labelling guide (ACLED's actor 2) wants the
party the sentence holds responsible for it — the doer of the act ("by CTD officials"), its
owner ("India's", "the government's") or a side compounded in it ("the police crackdown") —
and no target where the sentence names none (the check22 second pass dropped "enforced
disappearances" and "arrests" given as a protest's target).

So each PROTEST, ACCUSE or REJECT target that names a grievance (:func:`_grievance`: an act
or a state of affairs told by a common noun) gives way to the grievance's parties, or to
nothing; a phrase that names a people or a group before its head ("Israeli aggression")
already says whose act it was and is kept whole. A rejection keeps its object where it names
no party: what is rejected ("the agreement", "the petition", "the accusation") is what the
read sets label there. A riot's target is whom it attacked, and stays. This runs after
:func:`.roles_addressed.authorities_addressed`, which has already made a public side's protest
to the authority its article names: what is left is a named side's (a party, a person, a
group) protest, whose grievance says at most whose act it was. The party is a target only,
never the protest's actor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma
from dossier.extract.events.roles import _pobjs, _someone, _spans, _with_conjuncts
from dossier.extract.events.roles_addressed import (
    AUTHORITY_HEADS,
    ISSUE_ENDINGS,
    NAMED_SIDES,
    NOT_ISSUES,
    PEOPLE_NOUNS,
    names_an_act,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from dossier.extract.events.roles import _Context
    from dossier.records import EventMention

#: types whose target may be what they are about rather than whom they are against
GRIEVANCE_TYPES = frozenset({"PROTEST", "ACCUSE", "REJECT"})
#: types that keep a grievance naming no party: what is rejected is what the labels keep
KEPT_WITHOUT_PARTY = frozenset({"REJECT"})
#: common nouns for a state's bodies that own an act as a person does ("the government's
#: decision", "the state's silence"), beside :func:`.roles._someone`
STATE_OWNERS = AUTHORITY_HEADS | {"state", "ministry", "regime"}
#: people named by what was done to them or what they did, which end like acts or are event
#: words ("the convicts", "the accused", "the detainees"): someone, never a grievance
PEOPLE_BY_ACT = frozenset(
    "convict accused detainee abductee hostage captive culprit victim deportee prisoner "
    "suspect".split()
)
#: endings of nouns for an act or a state of affairs, beside
#: :data:`.roles_addressed.ISSUE_ENDINGS`: "the closure", "torture", "atrocities",
#: "enforced disappearances", "violence"
GRIEVANCE_ENDINGS = (*ISSUE_ENDINGS, "ure", "ity", "ities", "ance", "ence")
#: nouns of those endings that name a body, a place, a thing or a time, never an act
NOT_GRIEVANCES = NOT_ISSUES | frozenset(
    "authority community city university municipality majority minority nationality "
    "personality legislature structure furniture future picture culture alliance conference "
    "audience presence residence province agency".split()
)
#: words for a step taken or a stance held that end like no act ("India's move", "the
#: government's decision", "delays in the issuance", "the ban")
GRIEVANCE_WORDS = frozenset("move step delay ban policy silence abuse excess plan".split())


#: the heads that name no grievance: people (by what they are or by what was done to them),
#: a state's bodies, and the bodies, places, things and times that end like an act
NOT_GRIEVANCE_HEADS = PEOPLE_NOUNS | STATE_OWNERS | PEOPLE_BY_ACT | NOT_GRIEVANCES


def _grievance(root: Token) -> bool:
    """Whether a target's head names an act or a state of affairs, what is protested,
    condemned or rejected, rather than anyone: a common noun that is an event word, ends
    like an act ("torture", "the closure", "mistreatment", "atrocities") or is a step taken
    ("India's move"); not a name, a word for people or a body, a place or a thing. The
    addressed protest's issue test (:func:`.roles_addressed.names_an_act`) over the wider
    word lists of a grievance, its form as written read too."""
    return names_an_act(
        root, NOT_GRIEVANCE_HEADS, GRIEVANCE_ENDINGS, GRIEVANCE_WORDS, as_written=True
    )


def _owned(root: Token) -> bool:
    """Whether a grievance names its doer or owner itself: a possessor or a "by" phrase."""
    return any(
        c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in root.children
    )


def _party(token: Token) -> bool:
    """Whether ``token`` names someone who can be answerable for an act."""
    return token.pos_ != "PRON" and (_someone(token) or _lemma(token) in STATE_OWNERS)


def grievance_parties(root: Token) -> list[Token]:
    """Whose act the grievance noun ``root`` names: the "by" phrase of the noun or of a
    participle on it ("the torture by CTD officials", "allegations levelled by India") and
    its possessor ("Khan's arrest warrant requests", "the government's decision"); where
    neither is told, a common noun for a side before it ("the police crackdown"; not a word
    describing the act beside its owner: "India's terrorist activities"). A name before it
    is left in its phrase (:func:`_named_within`)."""
    found: list[Token] = []
    described: list[Token] = []
    for child in root.children:
        if child.dep_ == "poss" and _party(child):
            found.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
            found += [g for p in _pobjs(child) if _party(p) for g in _with_conjuncts(p)]
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            found += [
                g
                for by in child.children
                if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by")
                for p in _pobjs(by)
                if _party(p)
                for g in _with_conjuncts(p)
            ]
        elif (
            child.dep_ in ("compound", "amod")
            and child.i < root.i
            and child.pos_ == "NOUN"
            and not child.ent_type_
            and _party(child)
        ):
            described.append(child)
    return found or described


def _named_within(span: SpacySpan) -> bool:
    """Whether a grievance's phrase names a people, a state or a group before its head
    ("Israeli aggression", "the Pahalgam attack"): the phrase already says whose act it was,
    or where, and is kept whole (as :func:`.roles_addressed._issue` keeps it from the
    authority), since a name before an act is as often where it happened as who did it."""
    return any(t.ent_type_ in NAMED_SIDES for t in span if t.i < span.root.i)


def grievances_owned(
    events: Sequence[EventMention], doc: Doc, context: _Context
) -> list[EventMention]:
    """Each protest, accusation or rejection whose target names a grievance takes the
    grievance's parties as targets in its stead, or none (the module's docstring says which
    and why)."""
    found: list[EventMention] = []
    for event in events:
        if event.type not in GRIEVANCE_TYPES or not event.targets or event.mode == "riot":
            found.append(event)
            continue
        kept: list[tuple[int, int]] = []
        changed = False
        for target in event.targets:
            span = doc.char_span(target[0], target[1], alignment_mode="expand")
            if span is None or not _grievance(span.root):
                kept.append(target)
                continue
            if _named_within(span) and not _owned(span.root):
                kept.append(target)  # "against Israeli aggression": says whose act it is
                continue
            parties = [
                s for s in _spans(grievance_parties(span.root), context) if s not in event.actors
            ]
            if parties:
                kept += parties
                changed = True
            elif event.type in KEPT_WITHOUT_PARTY:
                kept.append(target)
            else:
                changed = True
        if changed:
            event = replace(event, targets=tuple(dict.fromkeys(kept)))
        found.append(event)
    return found
