"""A truce told as in force is the sides' agreement to it: AGREE (issue 15, session 40).

Why: news of a war mentions the ceasefire that binds its sides far more often than it tells
the signing: "Israel has continued to strike Lebanon since the Nov 27 ceasefire", "the
collapse of Israel's six-week truce with Hamas", "a ceasefire in place since January", "the
initial ceasefire that took effect on Jan 19", "the recent fragile ceasefire between India
and Pakistan". The label guide codes each such truce as one AGREE row of its sides ("the
Nov 27 ceasefire an AGREE row", "recent ceasefire is an AGREE row"); the lexicon made an
event of a truce only when a verb told it agreed, reached or declared, so the row matched
the strike of its sentence instead (a wrong type) or nothing. A truce asked for, proposed,
opposed or broken ("called for a ceasefire", "a ceasefire proposal", "ceasefire violations")
is no agreement told, and neither is one with "no" or "any".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import NEWS_AGENCIES, Trigger, _lemma, _with_conjuncts
from dossier.extract.events.statements import TRUCES

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: agreement nouns a truce word can name as a compound: "the ceasefire deal"
TRUCE_DEALS = frozenset({"deal", "agreement", "accord", "pact"})
#: prepositions that place an act against a truce in force: "since the Nov 27 ceasefire",
#: "under the ceasefire", "the first stage of the ceasefire deal"
IN_FORCE_PREPS = frozenset({"since", "under", "during", "despite", "after", "before", "of"})
#: verbs whose subject is a truce in force: "took effect", "came into effect", "was
#: holding", "has paused the war", "collapsed", "expired"
IN_FORCE_VERBS = frozenset(
    "take come hold pause halt collapse expire last end begin start remain break".split()
)
#: what governs a truce that is only sought, offered or refused (no agreement told):
#: "called for a ceasefire", "urged a truce", "opposed a ceasefire", "proposed a truce"
UNAGREED = frozenset(
    """call demand urge seek want push press propose offer oppose reject refuse discuss
    negotiate need hope plan consider suggest announce declare reach agree sign broker
    violate breach""".split()
)
#: nouns whose "for", "to" or "on" a truce only sought is: "calls for a ceasefire", "talks
#: on a truce", "a push for a ceasefire" ("the deadline for the initial ceasefire" is not)
SEEKING_NOUNS = frozenset(
    "call demand appeal plea push bid effort talk negotiation hope proposal plan".split()
)
#: the names that can be a truce's side: states, armed groups, peoples
SIDE_LABELS = frozenset({"GPE", "ORG", "NORP"})
#: words of a name that tells the news, no side of a war ("National News Agency", "Al-Manar
#: television")
PRESS_WORDS = frozenset("news agency media television tv radio channel newspaper".split())
#: prepositions of where a name stands in the sentence: a place there is no side
WHERE_PREPS = frozenset("in at near across inside within".split())
#: nouns a truce word modifies that are no truce agreed: "ceasefire violations", "a
#: ceasefire proposal", "ceasefire talks"
NOT_A_TRUCE = frozenset(
    """violation breach proposal plan talk negotiation call demand offer line extension
    monitor""".split()
)


def truce_in_force(token: Token) -> Trigger | None:
    """("AGREE", "ceasefire") for a truce noun told as in force, else ``None``: one with
    its sides ("between India and Pakistan", "Israel's truce with Hamas", "the Israel-Hamas
    ceasefire"), its day ("the Nov 27 ceasefire"), or an act placed against it ("since the
    ceasefire", "the ceasefire took effect", "a ceasefire in place"). A truce a verb already
    tells agreed or declared is that verb's event (:data:`UNAGREED` holds those verbs too:
    the lexicon and :func:`.statements.agreement_reached` read them)."""
    noun = _truce_noun(token)
    if noun is None or _asked_or_denied(noun):
        return None
    if _sides(noun) or _dated(noun) or _in_force(noun):
        return ("AGREE", "ceasefire")
    return None


def is_truce(token: Token) -> bool:
    """Whether a token names a truce ("the ceasefire", "the ceasefire deal"): a start a toll
    is counted from ("killed since the truce"), not an act whose victims they are."""
    return _truce_noun(token) is not None


def _truce_noun(token: Token) -> Token | None:
    """The noun phrase head a truce is told by: the truce word itself (not a modifier of a
    "violation" or a "proposal"), or an agreement noun it names ("the ceasefire deal")."""
    if token.pos_ != "NOUN":
        return None
    lemma = _lemma(token)
    if lemma in TRUCES and token.dep_ not in ("compound", "amod"):
        return token
    if lemma in TRUCE_DEALS and any(
        c.dep_ in ("compound", "amod") and _lemma(c) in TRUCES for c in token.children
    ):
        return token
    return None


def _asked_or_denied(noun: Token) -> bool:
    """A truce only sought, offered, refused or broken, or one with "no"/"any"; or one that
    a verb of agreeing or declaring already tells (its own event)."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
        return True
    if any(_lemma(c) in NOT_A_TRUCE for c in noun.children if c.dep_ == "compound"):
        return True
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("for", "to", "on")
        and (head.head.pos_ in ("VERB", "AUX") or _lemma(head.head) in SEEKING_NOUNS)
    ):
        return True  # "called for a ceasefire", "agreed to a ceasefire", "talks on a truce"
    if noun.dep_ in ("dobj", "obj", "nsubjpass", "attr") and _lemma(head) in UNAGREED:
        return True
    if noun.dep_ == "conj":
        return _asked_or_denied(noun.head)
    return False


def _sides(noun: Token) -> bool:
    """Whether the truce names who is bound: "between X and Y", "with X" (a named side),
    a possessor ("Israel's truce"), or a hyphened pair of names ("the Israel-Hamas truce")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "with"):
            if any(p.dep_ == "pobj" and p.ent_type_ for p in c.children):
                return True
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return True
    names = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_]
    return len(names) >= 2 or any("-" in c.text for c in names)


def _dated(noun: Token) -> bool:
    """Whether the truce carries its day: "the Nov 27 ceasefire", "a January 19
    ceasefire", "Saturday's ceasefire"."""
    return any(
        c.ent_type_ == "DATE" and c.dep_ in ("compound", "nmod", "poss", "npadvmod", "nummod")
        for c in noun.children
    )


def _in_force(noun: Token) -> bool:
    """Whether an act or a state is placed against the truce: "since the ceasefire", "the
    ceasefire took effect", "a ceasefire in place since January", "the ceasefire that
    took effect on Jan 19"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in IN_FORCE_PREPS:
        return True
    if noun.dep_ in ("nsubj",) and _lemma(head) in IN_FORCE_VERBS:
        return True
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(_lemma(p) == "place" for p in c.children):
            return True  # "a ceasefire in place"
        if c.dep_ == "relcl" and _lemma(c) in IN_FORCE_VERBS:
            return True  # "the ceasefire that took effect on Jan 19"
    return False


def truce_sides(
    noun: Token, actors: list[Token], targets: list[Token]
) -> tuple[list[Token], list[Token]]:
    """The sides a truce binds, as (actor, targets): those "between" whom it is, its
    possessor and the side "with" whom ("Israel's truce with Hamas"), the names compounded
    in it ("the Israel-Hamas ceasefire"), the roles already read; else the states and groups
    its sentence names ("Israel has continued to strike Lebanon since the Nov 27 ceasefire
    ... with Hezbollah": the sentence's sides are the truce's), as the label guide gives a
    truce's row the warring sides."""
    between = _pobjs_of(noun, "between")
    if len(between) > 1:
        return between[:1], between[1:]
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in SIDE_LABELS]
    withs = [p for p in _pobjs_of(noun, "with") if p.ent_type_ in SIDE_LABELS]
    if owners or withs:
        return owners or actors, withs or targets
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.ent_type_]
    if len(names) >= 2:
        return names[:1], names[1:]
    if actors or targets:
        return actors, targets
    sides = _named_sides(noun)
    return sides[:1], sides[1:]


def _pobjs_of(noun: Token, preposition: str) -> list[Token]:
    """Objects (with conjuncts) of the noun's own preposition ``preposition``."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == preposition
        for p in c.children
        if p.dep_ == "pobj"
        for g in _with_conjuncts(p)
    ]


def _named_sides(noun: Token) -> list[Token]:
    """The heads of the state and group names of the truce's sentence, once each, in order
    (at most three: a sentence of a war names its sides, not a roll of states); a name told
    as where ("in the Gaza Strip") or a name of the press is none."""
    seen: dict[str, Token] = {}
    for ent in noun.sent.ents:
        words = {w.lower_ for w in ent}
        if ent.label_ not in SIDE_LABELS or ent.root.i == noun.i or words & PRESS_WORDS:
            continue  # "Lebanon's official National News Agency" tells, it is no side
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in WHERE_PREPS:
            continue  # "the ceasefire in the Gaza Strip", "was in Beirut": where, not who
        if ent.text.lower() not in NEWS_AGENCIES:
            seen.setdefault(ent.text.lower(), ent.root)
    return list(seen.values())[:3]
