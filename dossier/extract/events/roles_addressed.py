"""Whom a protest, a demand or a warning is made to when its sentence names no one.

A sit-in, a demand for someone's release or a warning of protests "if the roads are not
opened" is told, sentence by sentence, with only its makers ("Locals continued their
weeks-long sit-in", "They demanded an immediate release of innocent individuals", "Students
... warned of protests if roads weren't opened"): whom it is made to is the authority the
article names — "the government", "the provincial government", "the authorities", "the
district administration" — because only the one who can open the road or free the detained
is asked to. CAMEO codes a demand's and a threat's target as the one who must act, and the
read sets label such rows so wherever the article names the authority (session 28: of the
read sets' PROTEST, REQUEST and THREATEN rows whose event named no target, 18 had the
article's authority as gold target, 5 none; on ``check15`` … ``check21``, the long-article
sets, 13 against 1).

This is a pass over a document's finished events, like the forces an agentless arrest takes
(:func:`.roles.arresting_forces`): the authority named in the event's own sentence, else the
one the article names nearest before it, else the first after it. Nothing is made up: an
article that names no authority gives none. Left alone: an event whose side is itself an
authority or a state ("the government demanded", "India warned": a state's demand is made to
another side the sentence has to name), an event with no side named, and a word for the
state that is no body that could be asked ("government buildings", "anti-government
protests", "the authority to arrest").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from dossier.records import EventMention, Span

#: statements and protests made to someone who must act (CAMEO: a demand's, a threat's and a
#: protest's target is whom it presses)
ADDRESSED_TYPES = frozenset({"PROTEST", "REQUEST", "THREATEN"})
#: the heads of a noun phrase that names the authority of a place ("the government", "the
#: authorities", "the Khuzdar administration")
AUTHORITY_HEADS = frozenset({"government", "authority", "administration"})
#: words of a side's name that make it an authority or a state's organ itself: its demand is
#: made to someone else, whom its sentence must name
STATE_SIDE_WORDS = frozenset(
    "government authorities authority administration ministry minister office state police "
    "army military forces force department commission court".split()
)
#: children of an authority head that belong to its phrase ("the provincial government",
#: "the Punjab government", "Pakistan's government")
PHRASE_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss"})


def _authority(token: Token) -> bool:
    """Whether ``token`` heads a noun phrase naming a body that can be asked to act: "the
    government", "the authorities" (plural: "the authority to arrest" is a power), "the
    administration"; not a modifier of another noun ("government buildings", "government
    hospitals"), nor the second half of "anti-government"."""
    if token.pos_ != "NOUN" or _lemma(token) not in AUTHORITY_HEADS:
        return False
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        return False
    if _lemma(token) == "authority" and token.tag_ != "NNS":
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return not (before is not None and before.lower_ in ("-", "anti", "anti-"))


def _phrase(token: Token) -> Span:
    """The character span of the authority's noun phrase, its determiner and modifiers before
    it included ("the provincial government"), what follows it left out."""
    left = min(
        [
            token.i,
            *(c.left_edge.i for c in token.children if c.dep_ in PHRASE_DEPS and c.i < token.i),
        ]
    )
    first = token.doc[left]
    return (first.idx, token.idx + len(token.text))


def _state_side(event: EventMention, doc: Doc, text: str) -> bool:
    """Whether the event's side is an authority or a state itself (see :data:`STATE_SIDE_WORDS`;
    a country or a nationality by its entity type)."""
    for start, end in event.actors:
        words = {w.strip(".,’'\"“”()").lower() for w in text[start:end].split()}
        if words & STATE_SIDE_WORDS:
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.ent_type_ in ("GPE", "NORP"):
            return True
    return False


def authorities_addressed(
    events: Sequence[EventMention], doc: Doc, text: str
) -> list[EventMention]:
    """Each protest, demand or warning that names its side but no one it is made to, made to
    the authority its article names (the module's docstring says which and why)."""
    wanted = [e for e in events if e.type in ADDRESSED_TYPES and not e.targets and e.actors]
    if not wanted:
        return list(events)
    authorities = [t for t in doc if _authority(t)]
    if not authorities:
        return list(events)
    found: list[EventMention] = []
    for event in events:
        if event.type in ADDRESSED_TYPES and not event.targets and event.actors:
            if not _state_side(event, doc, text):
                chosen = _nearest(event, authorities)
                if chosen is not None:
                    event = replace(event, targets=(_phrase(chosen),))
        found.append(event)
    return found


def _nearest(event: EventMention, authorities: Sequence[Token]) -> Token | None:
    """The authority of the event's own sentence, else the nearest named before it, else the
    first after it; never one inside the event's own side ("the government's spokesman")."""
    inside = [t for t in authorities if not any(a <= t.idx < b for a, b in event.actors)]
    own = [t for t in inside if event.start <= t.idx < event.end]
    before = [t for t in inside if t.idx < event.start]
    after = [t for t in inside if t.idx >= event.end]
    if own:
        return own[0]
    if before:
        return before[-1]
    return after[0] if after else None
