"""Who an attack is laid on by a phrase of attribution rather than by grammar's agent.

An attack told with no subject or "by" phrase often names its doer all the same, in a
phrase that says whose the act was, not who pulled a trigger:

* a leader prefixed to the act noun ("two mob-led attacks", "Saudi-led bombing", "a
  military-led operation"): the side that led it acted (never "intelligence-led", which says
  how, not who: only a word that can be someone);
* the act done "at the behest of" / "at the instigation of" someone ("the Pulwama attacks
  ... happened at the behest of the Modi government", "the attack was carried out at the
  behest of the local chief"): hung on the act, or on the verb the act noun is the subject of;
* the act said to be someone's "handiwork" or "work" ("the bombing -- believed to be the
  handiwork of IS --", "the incident is the work of those who ..."): the act noun is the
  subject of that predicate, directly or through "to be" / "to have been";
* the "by" phrase the parser hung on an instrument participle of a passive act ("homes have
  been destroyed using explosives by Indian forces"): the passive's agent.

Each applies only to an attack left with no actor (``assembly._candidate``): where the
sentence names a doer ("police at the behest of the government resorted to baton charge"),
the doer stays, and the instigator is not made a second one. Session 37 (issue 15): the
development half's matched ASSAULT rows whose actor was left empty though the sentence names
it hold five such rows (two "mob-led attacks", "at the behest of", "the handiwork of",
"using explosives by").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma
from dossier.extract.events.roles import _can_act, _is_passive, _pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: nouns of an instigation: "at the behest of X", "at the instigation of X"
BEHEST_NOUNS = frozenset({"behest", "instigation", "bidding"})
#: nouns that say whose work an act was: "the handiwork of IS", "the work of militants"
HANDIWORK_NOUNS = frozenset({"handiwork", "work"})
#: participles of an instrument a passive act was done with: "destroyed using explosives"
INSTRUMENT_PARTICIPLES = frozenset({"use", "employ"})
#: a word before "-led" that says how an act was led, not by whom
HOW_LED = frozenset({"intelligence", "information", "data", "evidence"})


def _someone_named(token: Token) -> bool:
    """Whether the word an attribution names can stand for its doer: someone by
    :func:`._can_act`, or any noun or name, since "the behest of the local chief", "the
    handiwork of the mob" and "mob-led" name the doer by whatever word (not a number or a
    date, which :func:`._pobjs` leaves out)."""
    return _can_act(token) or token.pos_ in ("NOUN", "PROPN") or bool(token.ent_type_)


def _led_by(noun: Token) -> list[Token]:
    """The "X" of "X-led" before an act noun ("mob-led attacks", "Saudi-led bombing"), when
    the hyphen joins them and X can be someone."""
    found = []
    for led in noun.children:
        if led.dep_ != "amod" or led.lower_ != "led" or led.i == 0:
            continue
        hyphen = noun.doc[led.i - 1]
        if hyphen.text not in ("-", "\u2010", "\u2011") or hyphen.i == 0:
            continue
        leader = noun.doc[hyphen.i - 1]
        if leader.whitespace_ or hyphen.whitespace_:
            continue  # "a mob - led by ..." is no prefix
        if _lemma(leader).lower() in HOW_LED or not _someone_named(leader):
            continue
        found.append(leader)
    return found


def _instigated(holder: Token) -> list[Token]:
    """Whom an "at the behest of" phrase hung on ``holder`` names."""
    return [
        someone
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "at"
        for behest in _pobjs(prep)
        if _lemma(behest).lower() in BEHEST_NOUNS
        for of in behest.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for someone in _pobjs(of)
        if _someone_named(someone)
    ]


def _predicate_verb(noun: Token) -> Token | None:
    """The verb an act noun is the subject of ("the attacks happened", "the bombing --
    believed to be"), or None."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i:
        return noun.head
    return None


def _handiwork_of(verb: Token) -> list[Token]:
    """Whose "handiwork" or "work" a clause calls its subject: "X is the handiwork of Y",
    "X, believed to be the handiwork of Y", "believed to have been the work of Y"."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return [
        someone
        for clause in clauses
        for attr in clause.children
        if attr.dep_ in ("attr", "oprd") and _lemma(attr).lower() in HANDIWORK_NOUNS
        for of in attr.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for someone in _pobjs(of)
        if _someone_named(someone)
    ]


def _agent_on_instrument(verb: Token) -> list[Token]:
    """The "by" phrase hung on an instrument participle of a passive act: "destroyed using
    explosives by Indian forces" (the parser attaches "by" to "using")."""
    if not _is_passive(verb):
        return []
    return [
        someone
        for using in verb.children
        if using.dep_ in ("xcomp", "advcl") and _lemma(using).lower() in INSTRUMENT_PARTICIPLES
        for prep in using.children
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by")
        for someone in _pobjs(prep)
        if _can_act(someone)
    ]


def instigators(trigger: Token, targeted: bool = True) -> list[Token]:
    """Who an attack with no actor is laid on by attribution (see the module doc): the
    leader of "X-led", the one "at the behest of" whom it was done, whose "handiwork" it
    was, or a passive's agent hung on its instrument participle. The leader of "X-led" only
    for an act with a target (``targeted``): "X-led" alone mostly names a campaign told as
    background ("withstood years of Saudi-led bombing"), which its leader must not make an
    incident the act alone is not."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        found = (_led_by(trigger) if targeted else []) or _instigated(trigger)
        if found:
            return found
        verb = _predicate_verb(trigger)
        if verb is None:
            return []
        return _instigated(verb) or _handiwork_of(verb)
    led = [
        leader for s in trigger.children if targeted and s.dep_ == "nsubj" for leader in _led_by(s)
    ]
    return _instigated(trigger) or _agent_on_instrument(trigger) or led


def no_instigation(targets: list[Token]) -> list[Token]:
    """The targets without an instigation noun the parser's "at" phrase made one ("was
    carried out at the behest of the local chief": "at" names what was fired at)."""
    return [t for t in targets if _lemma(t).lower() not in BEHEST_NOUNS]
