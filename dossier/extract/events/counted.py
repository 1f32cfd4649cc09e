"""Incidents one phrase counts: "two separate attacks", "twice attacked", "two raids hit".

The label guide codes one row per incident, and "two incidents told in one sentence get two
rows with the same anchor". Where the sentence names a place for each, the per-place rule
(:func:`.assembly._one_per_place`) already tells one event per place; where it only counts
them ("Two separate attacks occurred in North Waziristan, in which four personnel were
martyred", "claimed on Monday to have twice attacked an American aircraft carrier group",
"two raids hit Amran", "two separate strikes targeted the hideouts of ..."), the one trigger
stands for two incidents, and an analyst counting attacks must find two.

Only a count of two is told one by one: a larger count is as often a summary whose items the
article tells apart elsewhere, or not at all ("four separate strikes across the territory,
including one that hit a tent", "another three strikes in Sanaa and seven in Al-Jawf"), which
the guide codes once or by the items named. Only nouns of one violent act each are counted
(not "operations" or "encounters": a military release's "two separate operations in KP" is
one campaign's summary as often as two incidents), and only where the count is new: "the two
attacks" points back at attacks already told. "Twice" counts only an attack verb's repeat
("twice attacked", "struck twice"), not a crime's ("raped the student twice" is one case).
Each copy is the same report with a copy index (:attr:`dossier.records.EventMention.copy`),
which the store's event identity keeps apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma
from dossier.extract.registry import token_starting

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Token

    from dossier.records import EventMention

#: nouns of one violent act each, which a count tells one by one ("two separate attacks")
INCIDENT_NOUNS = frozenset(
    "attack strike airstrike raid blast explosion bombing shooting ambush assault".split()
)
#: verbs of an attack whose "twice" tells two attacks ("twice attacked", "struck twice")
ATTACK_VERBS = frozenset("attack strike target hit bomb shell raid".split())
#: how a count of two is written
TWO = frozenset({"two", "2", "twice"})
#: words before a counted noun that point back at acts already told ("the two attacks")
TOLD_BEFORE = frozenset("the these those both its their his her our such".split())
#: modalities of acts that happened: a planned or negated pair is no two incidents
HAPPENED = frozenset({"asserted", "alleged"})


def _counted_noun(noun: Token) -> bool:
    """Whether a plural incident noun is counted as two new ones ("two separate attacks",
    "two more grenade attacks"), not two told before ("the two attacks")."""
    if _lemma(noun) not in INCIDENT_NOUNS or noun.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ in TOLD_BEFORE for c in noun.children):
        return False
    return any(c.dep_ == "nummod" and c.lower_ in TWO for c in noun.children)


def counted_twice(token: Token) -> bool:
    """Whether the event told by ``token`` is two incidents: a counted incident noun, an
    attack verb whose subject is one ("two separate strikes targeted ..."), or an attack
    verb done "twice"."""
    if token.pos_ == "NOUN":
        return _counted_noun(token)
    if token.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and _counted_noun(c) for c in token.children):
        return True
    if any(c.dep_ == "nsubjpass" and _counted_noun(c) for c in token.children):
        return True
    return _lemma(token) in ATTACK_VERBS and any(
        c.dep_ == "advmod" and c.lower_ == "twice" for c in token.children
    )


def counted_incidents(events: list[EventMention], doc: Doc) -> list[EventMention]:
    """Each ASSAULT that one phrase counts as two incidents, told twice (a second copy of the
    report, ``copy=1``), unless the per-place rule already told it once per place."""
    told = Counter(e.trigger[0] for e in events)
    out: list[EventMention] = []
    for event in events:
        out.append(event)
        token = token_starting(doc, event.trigger[0])
        if (
            event.type == "ASSAULT"
            and event.modality in HAPPENED
            and told[event.trigger[0]] == 1
            and token is not None
            and counted_twice(token)
        ):
            out.append(replace(event, copy=1))
    return out
