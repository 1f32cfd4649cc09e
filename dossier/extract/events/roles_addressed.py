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

A protest or a warning whose only target is what it is about fares the same: "protesting
against a suspected drone strike", "against the sacking", "warned of protests if
arrangements were not made" name a grievance, an act or a state of affairs, no one it is made
to (the read sets label the authority there too: ``check16``, ``check19``, ``check21``). A
protest's grievance gives way to the authority; a warning keeps its own beside it. A demand
keeps whatever it names: its object may hold whom it is of ("called for the dismantlement of
Iran's nuclear programme").

This is a pass over a document's finished events, like the forces an agentless arrest takes
(:func:`.roles.arresting_forces`): the authority named in the event's own sentence, else the
one the article names nearest before it, else the first after it. Nothing is made up: an
article that names no authority gives none. Only the public's protests and demands: a side
told by a common noun (:func:`_public_side`); left alone are a side that is an authority or a
state itself ("the government demanded", "India warned"), a side named by name (a minister,
a party, an armed group, a people: their statements are as often made to another state or
group, which the sentence has to name), an event with no side named, and a word for the
state that is no body that could be asked ("government buildings", "anti-government
protests", "the authority to arrest").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import FORCES, HUMAN_NOUNS, ORG_NOUNS, _lemma, _trigger

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
#: words of a side's name that make it an authority or a state's organ itself, or no side at
#: all ("the statement said"): its demand is made to someone else, whom its sentence must name
STATE_SIDE_WORDS = frozenset(
    "government authorities authority administration ministry minister office state police "
    "army military forces force department commission court official officials spokesman "
    "spokesperson statement".split()
)
#: entity types that make a side a named one (a person, a group, a state, a people)
NAMED_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
#: endings of nouns that name an act or a state of affairs ("the sacking", "the
#: arrangements", "the detention", "the construction of six canals"), what is protested,
#: never whom
ISSUE_ENDINGS = ("ing", "tion", "sion", "ment")
#: things and places that end like an act ("the police station", "the building")
NOT_ISSUES = frozenset(
    "building thing evening morning ceiling station nation institution location position "
    "population parliament department settlement apartment compartment equipment".split()
)
#: words for people, groups and forces, who are never what is protested ("the workers" are
#: someone though "workers" ends like an agent noun; "development" like a state of affairs)
PEOPLE_NOUNS = HUMAN_NOUNS | ORG_NOUNS | FORCES
#: types whose targets may all be what they are about and still be made to the authority: a
#: demand's object may hold whom it is of ("called for the dismantlement of Iran's nuclear
#: programme", "condemned the killing of its nationals"), so a demand keeps what it names
ISSUE_TYPES = frozenset({"PROTEST", "THREATEN"})
#: types whose issue target is replaced by the authority rather than kept beside it: a
#: protest's issue is its cause ("protesting against the sacking"), while a warning's may be
#: whom it is against ("warned of attacks on shipping")
ISSUE_REPLACED = frozenset({"PROTEST"})
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


def _public_side(event: EventMention, doc: Doc, text: str) -> bool:
    """Whether the event's side is the public the authority answers to, told by a common noun
    ("locals", "the protesters", "students", "traders", "the jirga", "the legal fraternity"):
    not an authority or a state's organ itself (:data:`STATE_SIDE_WORDS`), nor a person, a
    group, a country or a people by name ("Katz warned", "Trump threatened", "the TTP vowed",
    "Shehbaz Sharif called for": a named side's statement is as often made to another state,
    another group or the public, which its sentence has to name: on 182 unlabelled archive
    articles, session 28, 10 of 14 hits judged by hand were wrong before this test, 9 of them
    a named side's)."""
    crowd = False
    for start, end in event.actors:
        words = {w.strip(".,’'\"“”()").lower() for w in text[start:end].split()}
        if words & STATE_SIDE_WORDS:
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.ent_type_ in NAMED_SIDES for t in span) or span.root.pos_ != "NOUN":
            return False
        crowd = True
    return crowd


def names_an_act(
    root: Token,
    not_acts: frozenset[str],
    endings: tuple[str, ...],
    acts: frozenset[str] = frozenset(),
    as_written: bool = False,
) -> bool:
    """Whether a noun phrase's head ``root`` names an act or a state of affairs rather than
    anyone: a common noun, no name, whose lemma is none of ``not_acts`` (words for people, for
    bodies, for places and things that end like acts), and that is an event word, one of
    ``acts``, or ends like an act (``endings``; with ``as_written``, its form as written
    too). What an addressed protest is about (:func:`_issue`) and a grievance
    (:func:`.roles_grievances._grievance`) are the same test over their own word lists."""
    lemma = _lemma(root)
    if root.pos_ != "NOUN" or root.ent_type_ or lemma in not_acts:
        return False
    return (
        _trigger(root) is not None
        or lemma in acts
        or lemma.endswith(endings)
        or (as_written and root.lower_.endswith(endings))
    )


#: the heads that name no issue: people, an authority (whom a protest is made to), and
#: things and places that end like an act
NOT_ISSUE_HEADS = PEOPLE_NOUNS | AUTHORITY_HEADS | NOT_ISSUES


def _issue(target: Span, doc: Doc) -> bool:
    """Whether a target names what is protested or demanded rather than anyone: an act or a
    state of affairs told by a common noun ("against a suspected drone strike", "against
    the kidnapping of a Hindu trader", "the recent police crackdown", "the sacking"), not
    a name, a word for people, a place or a thing that was struck ("the water tanker")."""
    span = doc.char_span(target[0], target[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if any(t.ent_type_ in NAMED_SIDES for t in span if t.i < root.i):
        return False  # "Israeli aggression", "India's water terrorism": it names whose act
    return names_an_act(root, NOT_ISSUE_HEADS, ISSUE_ENDINGS)


def authorities_addressed(
    events: Sequence[EventMention], doc: Doc, text: str
) -> list[EventMention]:
    """Each protest, demand or warning that names its side but no one it is made to, made to
    the authority its article names (the module's docstring says which and why)."""
    wanted = [e for e in events if _unaddressed(e, doc)]
    if not wanted:
        return list(events)
    authorities = [t for t in doc if _authority(t)]
    if not authorities:
        return list(events)
    found: list[EventMention] = []
    for event in events:
        if _unaddressed(event, doc) and _public_side(event, doc, text):
            chosen = _nearest(event, authorities)
            if chosen is not None:
                kept = () if event.type in ISSUE_REPLACED else event.targets
                event = replace(event, targets=(*kept, _phrase(chosen)))
        found.append(event)
    return found


def _unaddressed(event: EventMention, doc: Doc) -> bool:
    """A protest, demand or warning of a named side whose targets name no one: none, or (a
    protest or a warning) only what it is about (:func:`_issue`)."""
    if event.type not in ADDRESSED_TYPES or not event.actors or event.mode == "riot":
        return False  # a riot's target is whom it attacked
    if not event.targets:
        return True
    return event.type in ISSUE_TYPES and all(_issue(t, doc) for t in event.targets)


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


#: verbs of asking whose object is whom a protest presses ("urging the government to",
#: "asking the UN to"); "call" and "appeal" take their addressee after a preposition
ASKING_VERBS = frozenset({"urge", "ask", "press", "implore"})
#: verbs that name their addressee after :data:`ASKING_PREPS` ("calling upon the United
#: Nations to", "appealing to the international community to")
ASKING_PREP_VERBS = frozenset({"call", "appeal"})
ASKING_PREPS = frozenset({"on", "upon", "to"})


def asked_in_protest(clause: Token | None) -> list[Token]:
    """Whom a protest asks to act, told by a participle of asking beside the protest's
    clause: "Kashmiri activists staged a rally ..., calling upon the United Nations to
    resolve the dispute", "marched to the press club, urging the government to ...". Why: the
    participle has no subject of its own, so its asking is the protesters'; whom they ask to
    act is whom the protest presses (CAMEO's and the guide's target of a protest), and the
    sentence names it. Only a party (a named body, state, person or people, or an authority
    noun), never what is asked for ("demanding the release of X": a demand of a thing)."""
    if clause is None:
        return []
    found: list[Token] = []
    for verb in clause.children:
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a clause of its own ("the police firing ...")
        lemma = _lemma(verb)
        if lemma in ASKING_VERBS:
            heads = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma in ASKING_PREP_VERBS:
            heads = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ASKING_PREPS
                for p in c.children
                if p.dep_ == "pobj"
            ]
        else:
            continue
        found += [h for h in heads if h.ent_type_ in NAMED_SIDES - {"FAC", "LOC"} or _authority(h)]
    return found
