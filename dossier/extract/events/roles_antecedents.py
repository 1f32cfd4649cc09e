"""Whose proposal a rejection turns down when it says only "the proposal".

A rejection, a condemnation or a protest is often told by what it answers, and an article
names that thing's owner once and then refers back to it by a definite description: "Donald
Trump's proposal for the US to take over Gaza … Saudi Arabia rejected the proposal
outright", "Mr Umrani criticised Sardar Mengal's statements … “We reject these statements”".
The roles take the description ("the proposal") as the target, yet a proposal is no one; the
labelling guide (ACLED's actor 2) wants the party who put it forward, the one the stance
answers. A definite noun phrase ("the", "this", "these", "that", "those") refers back to the
thing the text has already introduced, so its owner is the owner that the latest earlier
mention of the same noun names: its possessor ("Trump's proposal"), its "by" phrase ("the
demands made by the protesters"), or a people, state or group named before its head ("the
Indian announcement").

Only nouns for what one side puts to another (:data:`PUT_FORWARD`: a proposal, a plan, a
demand, a statement, an offer, …) are read, only where the description names no owner of
its own, and only when an earlier mention names one; otherwise the target stays as it was
(what the read sets label for "rejected media reports" is the reports). This runs before
:func:`.roles_grievances.grievances_owned`, so a found owner is never taken for a grievance.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import PUTTING_FORWARD, _lemma
from dossier.extract.events.roles import _spans
from dossier.extract.events.roles_addressed import NAMED_SIDES
from dossier.extract.events.roles_grievances import grievance_parties

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from dossier.extract.events.roles import _Context
    from dossier.records import EventMention

#: types whose target may be the thing they answer rather than whom: a rejection, a
#: condemnation, a protest
ANSWERING_TYPES = frozenset({"REJECT", "ACCUSE", "PROTEST"})
#: nouns for what one side puts to another, which has an owner to answer to: general
#: vocabulary of proposals and statements, not of any one conflict
PUT_FORWARD = frozenset(
    "proposal plan demand statement remark offer idea suggestion announcement decision "
    "initiative ultimatum condition request call claim allegation accusation".split()
)
#: verbs whose subject puts forward the thing they take as object ("made an offer",
#: "announced a plan", "tabled a proposal")
MAKING = PUTTING_FORWARD | frozenset(
    "make put announce issue unveil float propose offer give deliver".split()
)
#: determiners that refer back to something the text has already introduced
DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def _definite(root: Token) -> bool:
    """Whether a noun phrase refers back: a definite or demonstrative determiner."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in root.children)


def _owners(root: Token) -> list[Token]:
    """Who a thing put forward belongs to, as its own phrase says: its possessor, its "by"
    phrase, a common noun for a side before it (:func:`.roles_grievances.grievance_parties`),
    else the people, state or group named before its head ("the Indian announcement", "the
    US-India joint statement")."""
    found = grievance_parties(root)
    if found:
        return found
    return [
        t
        for t in root.subtree
        if t.i < root.i and t.ent_type_ in NAMED_SIDES and t.head.i <= root.i
    ]


def _maker(thing: Token) -> list[Token]:
    """Who put a thing forward where a verb of putting forward takes it as its object ("Ostrand
    made an offer", "the government announced a plan"): that verb's subject."""
    verb = thing.head
    if thing.dep_ not in ("dobj", "obj") or _lemma(verb) not in MAKING:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _antecedent_owners(root: Token, doc: Doc) -> list[Token]:
    """The owners named by the latest earlier mention of ``root``'s noun that names any:
    what a definite description refers back to. Nothing where no earlier mention names one."""
    lemma = _lemma(root)
    for token in reversed(doc[: root.i]):
        if token.pos_ == "NOUN" and _lemma(token) == lemma:
            owners = _owners(token) or _maker(token)
            if owners:
                return owners
    return []


def _unowned_reference(root: Token) -> bool:
    """Whether a target's head is a definite description of a thing put forward whose own
    phrase names no owner ("the proposal", "these statements"; not "Trump's proposal")."""
    return (
        root.pos_ == "NOUN"
        and not root.ent_type_
        and _lemma(root) in PUT_FORWARD
        and _definite(root)
        and not _owners(root)
    )


def proposals_owned_before(
    events: Sequence[EventMention], doc: Doc, context: _Context
) -> list[EventMention]:
    """Each rejection, condemnation or protest whose target is a definite description of a
    thing put forward, owned nowhere in its phrase, takes the owner an earlier mention of that
    thing names in its stead (the module's docstring says which and why)."""
    found: list[EventMention] = []
    for event in events:
        if event.type not in ANSWERING_TYPES or not event.targets:
            found.append(event)
            continue
        targets: list[tuple[int, int]] = []
        changed = False
        for target in event.targets:
            span = doc.char_span(target[0], target[1], alignment_mode="expand")
            if span is None or not _unowned_reference(span.root):
                targets.append(target)
                continue
            owners = [
                s
                for s in _spans(_antecedent_owners(span.root, doc), context)
                if s not in event.actors
            ]
            if owners:
                targets += owners
                changed = True
            else:
                targets.append(target)
        if changed:
            event = replace(event, targets=tuple(dict.fromkeys(targets)))
        found.append(event)
    return found
