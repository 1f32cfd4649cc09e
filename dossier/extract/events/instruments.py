"""Attacks told by their instrument: "a missile struck the airport", "bombs exploded on
buses", "a mortar shell landed on a house", "the hospital was hit by a drone".

CAMEO 18–20 (assault, fight, mass violence) code an attack by what was done, whoever is
named: news of shelling, rocket fire and bombings often names only the weapon, as the
subject of a verb of striking or exploding, because the firer is unknown or told in another
sentence. The weapon is how, never who (``assembly`` already moves a weapon out of the
actor's slot), so without this frame such a sentence named no one and was dropped as
"nothing to put on a timeline" though it tells an incident, its target and its place.

The frame: a verb of striking, landing or exploding whose subject (or passive "by" agent) is
a weapon of attack. What it struck is its object, or what it fell or exploded "on", "onto",
"into" or "inside". Fire and mines are left out: "a fire hit the market" and "a mine
exploded" (a coal mine) are as often accidents, which the accident rules handle elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import MODE_WORDS, WHERE_NOUNS, Trigger, _is_verb, _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: weapons of attack that news makes the subject of the strike ("a drone hit", "an IED
#: exploded", "the shell landed"); each is used only to attack
STRIKING_WEAPONS = frozenset(
    """bomb ied explosive grenade shell mortar rocket missile projectile drone landmine
    bullet artillery warhead""".split()
)
#: "device" is a weapon only when it explodes or is called explosive ("an explosive device")
DEVICES = frozenset({"device"})
#: verbs whose weapon subject tells an attack: it struck, landed, fell or blew up; a weapon
#: as the subject of an active "fired"/"launched" is a reduced passive the parser misread ("a
#: missile fired from Yemen on Sunday struck ...": the missile was fired)
STRIKING = frozenset("hit strike land fall slam pound target explode detonate fire launch".split())
#: what makes "fire" a weapon's: "a direct fire hit the perimeter of a Unifil position",
#: "artillery fire", "tank fire" ("a fire broke out" is a blaze, left to the accident rules)
FIRE_ARMS = frozenset(
    "direct artillery tank mortar sniper gun machine-gun small-arms heavy cross-border".split()
)
#: verbs that tell only a blast: a "device" subject is a bomb with these
EXPLODING = frozenset({"explode", "detonate", "go"})
#: prepositions of what the weapon struck when it has no object: "exploded on buses", "fell
#: onto a house", "crashed into a building", "struck inside the perimeter of the airport"
STRUCK_PREPS = frozenset({"on", "onto", "into", "inside", "upon"})
#: prepositions of what a blast struck beside :data:`STRUCK_PREPS`: it harms what is around
#: it ("detonated outside the residence", "went off near a convoy")
BLAST_PREPS = frozenset({"outside", "near"})


def _exploding(verb: Token) -> bool:
    """ "exploded", "detonated", "went off" (the particle makes "go" a blast)."""
    lemma = _lemma(verb)
    if lemma == "go":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in EXPLODING


def _weapon(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` names a weapon of attack in the frame of ``verb``."""
    lemma = _lemma(noun)
    if lemma in STRIKING_WEAPONS:
        return True
    if lemma == "fire":
        return any(c.dep_ in ("amod", "compound") and _lemma(c) in FIRE_ARMS for c in noun.children)
    return lemma in DEVICES and (
        _exploding(verb)
        or any(c.dep_ in ("amod", "compound") and _lemma(c) == "explosive" for c in noun.children)
    )


def _weapon_doers(verb: Token) -> list[Token]:
    """The weapons in the doer's slot of ``verb``: its subject, or a passive's "by" agent,
    or the device a blast verb hangs on as a participle: "An improvised explosive device
    (IED) detonated outside the residence of ..." parses "detonated" as a reduced passive
    of the device (the device *was detonated*), which made the device the one it befell;
    detonating a device is using it, never harming it, so it is the weapon either way."""
    found = [c for c in verb.children if c.dep_ == "nsubj" and _weapon(c, verb)]
    if verb.dep_ == "acl" and _exploding(verb) and _weapon(verb.head, verb):
        found.append(verb.head)
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            found += [p for p in child.children if p.dep_ == "pobj" and _weapon(p, verb)]
    return found


def instrument_trigger(token: Token) -> Trigger | None:
    """The attack a verb of striking tells when a weapon is its doer ("a missile struck",
    "bombs exploded", "was hit by a drone"), its mode the weapon's; ``None`` otherwise."""
    if not _is_verb(token):
        return None
    if _lemma(token) not in STRIKING and not _exploding(token):
        return None
    weapons = _weapon_doers(token)
    if not weapons:
        return None
    words = {_lemma(w) for w in weapons} | {
        _lemma(c) for w in weapons for c in w.children if c.dep_ in ("amod", "compound")
    }
    mode = next((m for m, cues in MODE_WORDS if words & cues), None)
    if mode is None and _exploding(token):
        mode = "explosives"
    return ("ASSAULT", mode)


def struck(verb: Token) -> list[Token]:
    """What a weapon struck when the verb has no object: the noun of its "on", "onto",
    "into", "inside" phrase ("bombs exploded on multiple buses"); for a blast also what it
    went off "outside" or "near" (:data:`BLAST_PREPS`: "detonated outside the residence of
    MNA X", "exploded near a Constabulary vehicle"), a blast's reach being around it -- but
    not a named place or a place noun there ("near Quetta", "near the Sarapal area"), which
    is where, not whom."""
    preps = STRUCK_PREPS | BLAST_PREPS if _exploding(verb) else STRUCK_PREPS
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj" and (c.lower_ in STRUCK_PREPS or not _where(p))
    ]


def _where(noun: Token) -> bool:
    """Whether ``noun`` names a place rather than a thing or people: a place entity ("near
    Quetta", "near Sariab Road"), a bare proper name ("near Sderot": a blast's thing or
    people are told by a common noun, "the residence of X", "a convoy") or a place noun
    ("near the Sarapal area")."""
    return (
        noun.ent_type_ in ("GPE", "LOC", "FAC")
        or noun.pos_ == "PROPN"
        or _lemma(noun) in WHERE_NOUNS
    )


#: entity types of a weapon's owner told before it ("an Israeli drone", "a Houthi missile",
#: "Pakistan army shells"); a person's weapon is no state's or group's strike
OWNER_TYPES = frozenset({"NORP", "ORG", "GPE"})


def weapon_owners(weapons: list[Token]) -> list[Token]:
    """Who fired a weapon told as the doer of a strike: the side named before it as its
    modifier or possessor ("an Israeli drone struck the south", "a Houthi missile hit near
    the airport", "Hezbollah's rockets landed on Metula"). Why: news names the firer by the
    weapon's adjective as often as by a subject, and :func:`instrument_trigger` moves the
    weapon out of the doer's slot, so such a strike named no one who acted. Not a maker
    ("Iranian-made drones", "a US-supplied missile": the name hangs on "made", and one
    written before a hyphen is skipped), nor a pronoun ("its drones": who it is, the
    resolver does not know here)."""
    for weapon in weapons:
        for child in weapon.children:
            if child.i + 1 < len(child.doc) and child.doc[child.i + 1].text in ("-", "–"):
                continue
            if child.dep_ == "poss" and child.pos_ != "PRON" and child.ent_type_ in OWNER_TYPES:
                return [child]
            if child.dep_ in ("amod", "compound") and child.ent_type_ in OWNER_TYPES:
                return [child]
    return []


def weapons_of(verb: Token) -> list[Token]:
    """The weapons :func:`instrument_trigger` read as the doer of ``verb`` (none if it is
    no verb of striking)."""
    return _weapon_doers(verb) if instrument_trigger(verb) is not None else []
