"""Who blocked the road: a protest's obstruction, or armed men's and a state's blockade.

"Block the road/highway" is keyed by the lexicon as a protest's obstruction (CAMEO 14x:
"residents had blocked the highway in protest", "traders ... blocked the Sibi-Sukkur
National Highway"). The same words told of armed men, militants, security forces or a
government are no protest: "Armed men blocked the main highway in Gwadar", "the armed men
also blocked roads in the Dasht area", "The provincial government has blocked roads by
placing containers" impose a restriction of movement (CAMEO 191, "impose blockade, restrict
movement"), which the label guide types `SANCTION|COERCE` ("armed men blocking roads and
checking passengers ... as the blockades before"). It is typed as the lexicon types
"blockade" (COERCE, mode restrict): an act on the ground, dated and placed as the incidents
an article tells (a SANCTION is dated as a policy is), and its target is what was blocked
(the road), where a protest's is nobody.

The doer decides: a blocker named by an armed or state word is a blockade; a blocker who is
anyone else (residents, protesters, workers, supporters, a party) keeps the protest. A road
"blocked" with no doer told is a protest only when the sentence or the one before speaks of
one ("the highway remained blocked ... as protesters continued their sit-in"); in a report of
armed men's attacks ("roads were also blocked in Turbat, Panjgur and Pasni") it is the
blockade.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    ARMED_DOERS,
    BLOCKED_SUPPLIES,
    FORCES,
    HOSTILES,
    PROTESTERS,
    _lemma,
)
from dossier.extract.registry import token_starting
from dossier.records import EventMention, Span

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Token

#: the lexicon's mode for a road a protest blocked (:data:`.lexicon.OBJECT_FRAMES`)
OBSTRUCTING = "obstruct"
#: words of a state's hand on a road: "the provincial government has blocked roads",
#: "authorities placed containers", "troops had blocked roads leading to the coast"
STATE_DOERS = frozenset("government authority administration state".split())
#: armed or state words that make a blocker no protester (lemmas, any word of its phrase:
#: "armed men", "unknown gunmen", "militants", "security forces", "the attackers")
BLOCKERS = ARMED_DOERS | HOSTILES | FORCES | STATE_DOERS | frozenset({"attacker", "terrorist"})
#: words that tell a protest in the sentence of a doerless blocked road or the one before
PROTEST_WORDS = PROTESTERS | frozenset(
    "protest sit dharna demonstration rally march strike agitation crowd".split()
)


def _tokens(doc: Doc, span: Span) -> list[Token]:
    """The tokens a character span covers (none where it aligns with no token)."""
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return list(found) if found is not None else []


def _armed(doc: Doc, actors: Sequence[Span]) -> bool | None:
    """Whether the named blockers are armed men or a state (``None``: nobody is named)."""
    if not actors:
        return None
    return any(
        _lemma(t) in BLOCKERS or t.lower_ in BLOCKERS for a in actors for t in _tokens(doc, a)
    )


def _protest_near(doc: Doc, trigger: Token) -> bool:
    """Whether the trigger's sentence or the one before speaks of a protest."""
    sentence = trigger.sent
    words = list(sentence)
    if sentence.start > 0:
        words += list(doc[sentence.start - 1].sent)
    return any(_lemma(t) in PROTEST_WORDS or t.lower_ in PROTEST_WORDS for t in words)


#: verbs whose complement is only tried: "armed men attempted to block the highway"
TRYING = frozenset("attempt try seek plan".split())


def _attempted(trigger: Token) -> bool:
    """Whether the road-block was only tried ("armed men attempted to block a highway"): the
    GUIDE codes the attempt and the operation that stopped it as one clash, no blockade."""
    return trigger.dep_ == "xcomp" and _lemma(trigger.head) in TRYING


def _blocked(trigger: Token) -> tuple[Token, ...]:
    """What the verb blocked: its object or passive subject, as a noun phrase without the
    phrases after its head ("the main highway", "roads")."""
    return tuple(
        c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "NOUN"
    )


def armed_blockades(events: list[EventMention], doc: Doc) -> list[EventMention]:
    """Retype a road-block by armed men or a state (or by nobody named, with no protest
    near) as the restriction of movement it is: COERCE, mode restrict (as "blockade"), its
    target the road blocked. A protest's road-block is kept as the lexicon typed it."""
    if not any(e.type == "PROTEST" and e.mode == OBSTRUCTING for e in events):
        return events
    out: list[EventMention] = []
    for event in events:
        trigger = token_starting(doc, event.trigger[0])
        if event.type != "PROTEST" or event.mode != OBSTRUCTING or trigger is None:
            out.append(event)
            continue
        armed = _armed(doc, event.actors)
        if _attempted(trigger) or armed is False or (armed is None and _protest_near(doc, trigger)):
            out.append(event)
            continue
        targets = event.targets or tuple(
            (road.left_edge.idx, road.idx + len(road)) for road in _blocked(trigger)
        )
        out.append(replace(event, type="COERCE", mode="restrict", targets=targets))
    return out


#: the mode of a restriction of movement (:data:`.lexicon.TRIGGERS` "blockade", "besiege")
RESTRICTING = "restrict"


#: words of a siege of a place (:data:`.lexicon.TRIGGERS`), not of a road blocked in it
SIEGES = frozenset({"blockade", "siege", "besiege"})


def _siege(doc: Doc, event: EventMention) -> bool:
    """Whether a restriction is a place's siege: a blockade ("imposed a total blockade"), or
    aid or supplies stopped from reaching it ("blocked all aid from entering the territory").
    A road-block's target is the road and the traffic on it (the label guide's "passing
    vehicles", "roads"), never the district it stands in."""
    trigger = next(iter(_tokens(doc, event.trigger)), None)
    if trigger is None:
        return False
    if _lemma(trigger) in SIEGES:
        return True
    stopped = (c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass"))
    return any(_lemma(c) in BLOCKED_SUPPLIES for c in stopped)


def blockaded_places(events: list[EventMention], doc: Doc) -> list[EventMention]:
    """A siege that names no one it is imposed on is imposed on the place it is told in:
    "since Israel imposed a total blockade on March 2" in a report from Gaza, "Israel blocked
    all aid from entering the territory" (PLOVER's COERCE restrict, CAMEO 191: its target is
    the population whose movement is restricted, which the place stands for; the label guide
    gives such rows the place as target). Run after the per-place split, so that a
    restriction told in several places takes each its own. A "place" inside the act's date
    ("from March 2", a month the model tagged a place) is none."""
    return [
        replace(event, targets=(event.location,))
        if event.type == "COERCE"
        and event.mode == RESTRICTING
        and not event.targets
        and event.location is not None
        and not _overlaps(event.location, event.time)
        and _siege(doc, event)
        else event
        for event in events
    ]


def _overlaps(span: Span, other: Span | None) -> bool:
    """Whether two character spans share a character (``None``: no span to share)."""
    return other is not None and span[0] < other[1] and other[0] < span[1]
