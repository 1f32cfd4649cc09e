"""An evacuation order: people made to leave their homes by whoever holds the guns.

The label guide types an evacuation order ``COERCE|THREATEN`` (CAMEO 17x, coerce: a
population moved by force or under its threat; ACLED codes it as a strategic development
of the force that issued it). The lexicon saw none of its usual tellings, because no word
in them is a trigger on its own (session 33, the read sets' unmatched rows):

* the order told by a verb of commanding whose object is people and whose infinitive is
  leaving: "ordered the population to leave the area", "told residents to evacuate",
  "ordered residents not to return until further notice" (a return forbidden is the same
  order);
* the order told as a noun: "issued an evacuation order for 20 villages", "an evacuation
  call", "issued a warning to civilians to evacuate the neighbourhood", "ordered the
  evacuation of Beit Hanoun".

Not every evacuation is coerced: residents moved away from a fire, a flood or a storm are
rescued (the guide: disasters are no events), so a sentence that names a disaster or an
accident tells no order here; "evacuated residents" by itself stays the lexicon's rescue
(:data:`.lexicon.EVACUEES`), and an order to troops ("ordered the army to leave") is no order
to a population. The trigger is the commanding word (the verb, or the order noun), so the
actor is its subject or its support verb's ("The Israeli army issued ..."), the target the
people told to leave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import ACCIDENTS, EVACUEES, Trigger, _is_noun, _is_verb, _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: verbs of commanding people to do something ("ordered residents to leave"); "warn" is a
#: threat by the lexicon already, "ask" and "urge" are requests
ORDERING = frozenset("order tell instruct direct command force compel".split())
#: verbs of leaving a place: what the ordered people are to do
LEAVING = frozenset("leave evacuate vacate flee abandon relocate".split())
#: nouns of an order given ("an evacuation order", "a warning to civilians to evacuate")
ORDER_NOUNS = frozenset(
    "order warning call notice directive alert instruction notification ultimatum".split()
)
#: order nouns the parser takes for participles of a verb the lexicon reads already: "issued
#: an evacuation warning for residents" parses "warning" as the verb "warn" hung on
#: "evacuation", a THREATEN with its addressees; one event of the order, not two
PARSED_ORDERS = frozenset({"warn"})
#: verbs that give an order noun: "issued an evacuation order", "ordered the evacuation of"
GIVING = frozenset("issue give send announce order declare post publish".split())
#: who may be ordered to leave: the people of a place (the lexicon's evacuees, who are
#: people, and the population as a whole)
PEOPLE = frozenset(EVACUEES | {"population", "inhabitant", "people", "everyone", "community"})
#: disasters that people are moved away from, beyond the lexicon's accidents (which hold
#: floods, storms, quakes, blazes and wildfires already): a fire, a gas leak, smog
DISASTERS = frozenset("fire leak gas smog".split())


def _leaving(verb: Token) -> bool:
    """ "to leave the area", "to evacuate", "not to return": an infinitive of leaving, or of
    coming back forbidden ("not to leave" is the opposite order)."""
    lemma = _lemma(verb)
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in LEAVING:
        return not negated  # "instructed residents not to leave their homes": made to stay
    return lemma == "return" and negated


def _disaster_told(token: Token) -> bool:
    """Whether the sentence names a disaster or an accident people are moved away from."""
    return any(_lemma(t) in DISASTERS or _lemma(t) in ACCIDENTS for t in token.sent)


def _people_ordered(verb: Token) -> bool:
    """ "ordered residents to leave", "ordered the population to leave": the verb's object
    is a place's people."""
    return any(c.dep_ in ("dobj", "obj") and _lemma(c) in PEOPLE for c in verb.children)


def _order_to_leave(noun: Token) -> bool:
    """ "an evacuation order", "a warning to civilians to evacuate": an order noun that says
    its content is leaving, by its modifier or by the infinitive after it (the parser hangs
    that infinitive on the noun or on the verb that gives it)."""
    if any(
        c.dep_ in ("compound", "amod", "nmod") and _lemma(c) == "evacuation" for c in noun.children
    ):
        return True
    holders = [noun]
    if noun.dep_ in ("dobj", "obj") and _lemma(noun.head) in GIVING:
        holders.append(noun.head)
    return any(
        c.dep_ in ("acl", "advcl", "xcomp", "relcl")
        and c.i > noun.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and _leaving(c)
        for h in holders
        for c in h.children
    )


def _of_people_or_places(noun: Token) -> bool:
    """ "the evacuation of Beit Hanoun", "of residents": whom or which named place it empties;
    "ordered the evacuation of the encroached land" is an eviction from property, no
    population moved (a noun with no "of" is read as told)."""
    emptied = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return not emptied or any(
        _lemma(p) in PEOPLE or p.ent_type_ in ("GPE", "LOC", "FAC") or p.pos_ == "PROPN"
        for p in emptied
    )


def _orders_in_general(noun: Token) -> bool:
    """ "expanding Israeli evacuation orders were resulting in the forcible transfer of people":
    orders in the plural told as what they bring about are a policy, not one order given; the
    plural one a force issued stays ("the army issued fresh evacuation orders")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    return not (noun.dep_ in ("dobj", "obj") and _lemma(noun.head) in GIVING)


def evacuation_ordered(token: Token) -> Trigger | None:
    """COERCE/evacuation where ``token`` is the commanding word of an evacuation order, else
    None (see the module's docstring)."""
    if _is_verb(token) and _lemma(token) in ORDERING:
        ordered = any(
            c.dep_ == "xcomp" and _leaving(c) for c in token.children
        ) and _people_ordered(token)
    elif _is_noun(token) and _lemma(token) in ORDER_NOUNS:
        ordered = _order_to_leave(token) and not _orders_in_general(token)
    elif _is_noun(token) and _lemma(token) == "evacuation":
        # "ordered the evacuation of Beit Hanoun", "issued an evacuation notice"; not where
        # the order word is parsed as a participle the lexicon reads ("warning")
        ordered = (
            token.dep_ in ("dobj", "obj")
            and _lemma(token.head) in GIVING
            and not any(c.dep_ == "acl" and _lemma(c) in PARSED_ORDERS for c in token.children)
            and _of_people_or_places(token)
        )
    else:
        return None
    if not ordered or _disaster_told(token):
        return None
    return ("COERCE", "evacuation")
