"""Measures one state takes against another's people or traffic: SANCTION, not COERCE.

Why: a government closing its border or airspace to a neighbour ("India also closed the
Attari border with Pakistan", "the National Security Committee closed Pakistani airspace to
Indian aircraft") or barring a country's travellers ("a new travel ban by President Trump",
"a ban on travellers from seven majority-Muslim nations") cuts relations with that state, as
expelling its diplomats or suspending its visas does: the label guide codes them SANCTION
(the rows of the development half that tell one are all SANCTION or SANCTION|COERCE), and
a COERCE export of them is both a wrong type and a false alarm (ASSAULT/COERCE are labelled
completely, SANCTION is not). What stays COERCE restrict (CAMEO 191): a way shut by a force
on the ground ("the army closed the border", "police sealed the crossing") and a closure told
with no doer and no way between states ("the road was closed"), and bans of rallies, of
traffic or of media (:data:`.lexicon.RESTRICTING_VERBS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import FORCES, Trigger, _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: the ways between states a state closes to another: "closed the border", "shut its
#: airspace", "the closure of the Wagah border crossing" (a road, a port or an airport is
#: closed as often for an attack, a protest or the weather as against another state; and
#: "shut all crossings to Gaza" is a siege, the blockade COERCE restrict of
#: :mod:`.blockades`)
INTERSTATE_WAYS = frozenset({"border", "airspace"})
#: verbs and the noun of closing a way (:data:`.lexicon.OBJECT_FRAMES`' close/shut/seal)
CLOSING = frozenset({"close", "shut", "seal", "closure"})
#: what a ban on travel names: "a travel ban", "an entry ban", "a ban on travellers from
#: seven nations", "a visa ban" (a state's bar on another state's nationals)
TRAVEL_WORDS = frozenset(
    """travel entry visa traveller traveler visitor national immigrant immigration""".split()
)


def state_measure(token: Token, kind: str, mode: str | None, actors: list[Token]) -> Trigger | None:
    """The SANCTION a closure of a border or airspace or a travel ban is, else ``None``.

    ``token`` is the trigger the lexicon typed COERCE restrict (a closing) or COERCE ban (a
    ban that names no organisation); ``actors`` are its doers. A doer that is a force
    ("the army", "troops", "police") keeps the closure COERCE: it is a restriction imposed on
    the ground, not a state's decision about another."""
    lemma = _lemma(token)
    if (kind, mode) == ("COERCE", "restrict") and lemma in CLOSING:
        if any(_lemma(a) in FORCES for a in actors):
            return None
        if _closed_ways(token) & INTERSTATE_WAYS:
            return ("SANCTION", "restrict")
        return None
    if (kind, mode) == ("COERCE", "ban") and any(_travel_ban(n) for n in _bans(token)):
        return ("SANCTION", "restrict")
    return None


def _bans(token: Token) -> list[Token]:
    """The ban nouns a trigger tells: itself ("a new travel ban"), or the object of the verb
    that imposes it ("imposed a travel ban", "a travel ban was imposed")."""
    if _lemma(token) == "ban" and token.pos_ == "NOUN":
        return [token]
    return [
        c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(c) == "ban"
    ]


def _closed_ways(token: Token) -> set[str]:
    """Lemmas of what a closing shuts: the object of "closed/shut/sealed" (with its
    conjuncts), the subject of "was closed", or what "the closure of" names."""
    if token.pos_ in ("NOUN", "PROPN"):
        heads = [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    else:
        heads = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    found = set()
    for head in heads:
        found.add(_lemma(head))
        found.update(_lemma(c) for c in head.conjuncts)
        # "the Attari border crossing": the border named in a compound before the crossing
        found.update(_lemma(c) for c in head.children if c.dep_ == "compound")
    return found


def _travel_ban(noun: Token) -> bool:
    """Whether a ban noun bars travel: "travel ban", "entry ban" (a compound or modifier),
    "a ban on travellers" (what "on" names), a people's ban ("the Muslim ban"). A "ban on
    rallies" or "a ban on heavy vehicles" is none."""
    words = {_lemma(c) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    if any(c.dep_ == "compound" and c.ent_type_ == "NORP" for c in noun.children):
        return True  # "the “Muslim ban”": a ban on a people's travellers
    words.update(
        _lemma(p)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for p in c.children
        if p.dep_ == "pobj"
    )
    return bool(words & TRAVEL_WORDS)
