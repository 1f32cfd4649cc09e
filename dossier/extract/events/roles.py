"""Who did what to whom: actors and targets read off the dependency parse around a
trigger (verb and noun frames, support verbs, controllers), and the argument spans
that name them (participants' mention spans, names inside a phrase).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dossier.clean.dateline import parse_dateline
from dossier.extract.events.lexicon import (
    ACCUSING,
    AID_OBJECTS,
    AID_VERBS,
    CLAUSE_LINKS,
    CORE_DEPS,
    CREDITING,
    EVENT_HEADS,
    EXTENSION_PREPS,
    FILING_VERBS,
    FIRED_AT,
    FIRED_UP,
    FORCES,
    GUNFIRE,
    HUMAN_NOUNS,
    MEETING_VERBS,
    MODE_WORDS,
    MUTUAL_FIGHTS,
    NAMED,
    NAMED_PLACE_NOUNS,
    NEWS_AGENCIES,
    NOT_PARTICIPANTS,
    NOT_TARGETS,
    OBJECT_CONTROL,
    OBJECT_FRAMES,
    ORG_NOUNS,
    PARTICIPANT_LABELS,
    PARTITIVE_POS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACED_ON,
    PLACING_VERBS,
    POLICE_RANKS,
    POSSESSIVE_CASE,
    PREP_SUPPORT,
    PROTESTERS,
    PUTTING_FORWARD,
    REPORTING,
    RESPONSIBLE,
    SOFT_TYPES,
    SPEAKER_NOUNS,
    SPEAKING_BODIES,
    SPEECH_MODES,
    SPEECH_NOUNS,
    STANCE_TYPES,
    STATING,
    SUPPORT_VERBS,
    THEME_VERBS,
    TRIBUTES,
    UNDERGO_VERBS,
    WHERE_NOUNS,
    YOUNG_NOUNS,
    Trigger,
    _arrest_idiom,
    _as_preposition,
    _case_against,
    _caught_person,
    _is_noun,
    _is_verb,
    _lemma,
    _meeting,
    _meeting_argument,
    _objects,
    _possessors,
    _trigger,
    _with_conjuncts,
)
from dossier.extract.events.roles_abroad import of_another_state
from dossier.extract.events.roles_objects import (
    object_antecedent,
    own_clause_subjects,
    reported_after,
)
from dossier.extract.events.roles_referents import former_or_latter
from dossier.extract.events.roles_titles import office_holder
from dossier.extract.registry import doc_text
from dossier.extract.timex import MONTHS
from dossier.geo import load_gazetteer, stands_for_state
from dossier.records import Mention, Span, TimeExpr

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True, slots=True)
class _Context:
    """What every rule needs from the document, built once per document."""

    doc: Doc
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpr, ...]
    sentence_at: dict[int, int]
    triggers: frozenset[int]  # token indices of every trigger
    #: ``doc.text``, read once: spaCy rebuilds it from every token on each access
    text: str
    #: the security forces the document names, in order (:func:`named_forces`), found once:
    #: every agentless arrest or operation of the document chooses among them
    forces: tuple[Token, ...]
    #: what a rule works out from the document alone, kept by the rule's name the first time
    #: a trigger asks (``place_time._place_mentions``): every trigger of the document asks
    #: again, and the answer cannot differ between them
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(slots=True)
class _Roles:
    """Argument heads of one trigger, before they become character spans."""

    actors: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    instruments: list[Token] = field(default_factory=list)  # "killed in an attack"
    themes: list[Token] = field(default_factory=list)  # "imposed a ban", "lifted a blockade"
    support: Token | None = None  # the verb an event noun depends on
    mode: str | None = None  # a mode learnt from an argument ("killed by a drone strike")
    absorbed: set[int] = field(default_factory=set)  # trigger tokens this event stands for
    #: "opened fire at each other": the actors are the targets too, kept as both
    mutual: bool = False


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, with conjuncts, dates and numbers left out (a noun for
    people the model swept into a date's entity stays: :func:`_dated_someone`)."""
    return [
        g
        for p in prep.children
        if p.dep_ == "pobj" and (p.ent_type_ not in NOT_PARTICIPANTS or _dated_someone(p))
        for g in _with_conjuncts(p)
    ]


def _dated_someone(noun: Token) -> bool:
    """A common noun for people that the entity model tagged as part of a date after it ("was
    lynched by a mob last week": "a mob last week" tagged DATE, with "last week" the verb's
    own modifier): the time words say when, the noun still says who. Only a word for people
    or an agent noun (:func:`_can_act`, :data:`PROTESTERS`), never a time word."""
    return (
        noun.ent_type_ in ("DATE", "TIME")
        and noun.pos_ == "NOUN"
        and (_can_act(noun) or _lemma(noun) in PROTESTERS)
    )


def _at_hands_of(prep: Token) -> list[Token]:
    """ "at the hands of the police": who acted, told as a place the act came from."""
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return []
    return [
        g
        for hand in prep.children
        if hand.dep_ == "pobj" and hand.lower_ == "hands"
        for of in hand.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in _pobjs(of)
    ]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _target_preps(kind: str, noun: bool) -> frozenset[str]:
    """Prepositions that introduce who is acted on, per type: "strikes on X",
    "met with X", "the arrest of X", "aid to X"."""
    if kind in ("CONSULT", "COOPERATE", "AGREE"):
        return frozenset({"with", "between"} if noun else {"with"})
    if kind in ("AID", "SUPPORT"):  # "aid for X", but "praised X for his courage"
        return frozenset({"to", "for"} if noun else {"to"})
    if kind in ("COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "RETREAT") and noun:
        return frozenset({"on", "against", "of", "targeting", "at"})
    if kind == "ACCUSE" and noun:  # "an investigation into X", "a protest with X"
        return frozenset({"against", "on", "into", "with"})
    if kind in ("THREATEN", "PROTEST", "ACCUSE", "REQUEST"):
        return frozenset({"against", "on"} if noun else {"against"})
    if kind == "ASSAULT":
        return frozenset({"on", "against", "targeting", "at"})
    return frozenset({"on", "against"})


def _subject_heads(subject: Token) -> list[Token]:
    """A subject with its conjuncts; for a wire dateline the parser took as the subject
    ("RAWALPINDI, Apr 18 (APP): Security Forces and LEA killed ..."), the names after the
    colon that hang on it: the place and the agency filed the report, they did not act."""
    heads = [subject]
    if subject.i == subject.sent.start and subject.text.isupper():
        colon = next((t for t in subject.subtree if t.i > subject.i and ":" in t.text), None)
        if colon is not None:
            heads = [  # none when the true subject is the verb's own ("...(APP): Police")
                t
                for t in subject.subtree
                if t.i > colon.i and t.head.i <= colon.i and t.pos_ in ("NOUN", "PROPN")
            ]
    return [g for h in heads for g in _with_conjuncts(h)]


def _act_by(subject: Token) -> list[Token]:
    """Who acted when the subject is an act with its doer in a "by" phrase ("Retaliatory
    action by security forces left six attackers dead"): the act is how, the "by" phrase
    who (it had stood as the doer itself); a subject that can be someone stays itself, and so
    does an event noun ("the attack by militants killed four"), whose own roles are absorbed
    into the verb's."""
    if _can_act(subject) or subject.pos_ != "NOUN" or _trigger(subject) is not None:
        return [subject]
    doers = [
        p
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for p in _pobjs(c)
        if _can_act(p)
    ]
    return doers or [subject]


def _stray_possessor(subject: Token) -> bool:
    """A subject the parser split off the phrase it possesses by an apostrophe alone ("Hamas’
    smaller ally Islamic Jihad said": "Hamas" and "ally" both subjects of "said"): a name in
    -s followed by an apostrophe and another subject of the same verb owns that subject, it
    does not act."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text not in ("’", "'"):
        return False
    return subject.lower_.endswith("s") and any(
        c.dep_ == "nsubj" and c.i > subject.i + 1 for c in subject.head.children
    )


def _subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Who does what ``verb`` says: its subject, or that of the verb controlling it."""
    subjects = [
        g
        for c in verb.children
        if c.dep_ == "nsubj" and not _stray_possessor(c)
        for g in _subject_heads(c)
    ]
    if subjects and _done_by(verb, subjects):
        return _agents(verb)  # "Gunshots fired by a guard killed one person"
    if subjects:
        return subjects
    if _is_passive(verb):
        return [g for c in verb.children if c.dep_ == "nsubjpass" for g in _with_conjuncts(c)]
    return _controller(verb, depth + 1)


def _done_by(verb: Token, subjects: list[Token]) -> bool:
    """Whether a verb the parser read as active is a passive participle with its doer in a
    "by" phrase ("Gunshots fired by a member of the security forces ... killed one person",
    the subject a thing and "fired" its root): a verb with an agent is passive, so its
    subject is what was done (the weapon, how) and the agent who did it."""
    return (
        not _is_passive(verb)
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(_can_act(s) for s in subjects)
        and bool(_agents(verb))
    )


def _controller(verb: Token, depth: int = 0) -> list[Token]:
    """The actor of a verb without its own subject: "X planned to attack", "X was
    accused of attacking", "militants suspected of planning attacks"."""
    head, dep = verb.head, verb.dep_
    if head.i == verb.i or depth > 4:
        return []
    if dep == "conj" and _is_verb(head):
        credited = _credited_participle(verb, head)
        if credited:
            return credited
        return _agents(head) if _is_passive(head) else _subjects(head, depth)
    if dep == "xcomp" and head.pos_ == "ADJ" and _is_verb(head.head):
        return _subjects(head.head, depth)  # "they are willing to forgive X"
    if dep == "xcomp" and _is_verb(head):
        if _lemma(head) in OBJECT_CONTROL:
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if not objects and _lemma(head) in ("call", "appeal"):  # "called upon X to"
                objects = [
                    g
                    for c in head.children
                    if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
                    for g in _pobjs(c)
                ]
            if objects:
                return objects
        return _subjects(head, depth)
    if dep == "advcl" and _is_verb(head):
        credited = _credited_participle(verb, head)
        if credited:
            return credited
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if infinitive and objects and _lemma(head) in OBJECT_CONTROL:
            return objects  # "sent young Pakistanis to fight in Syria"
        return _subjects(head, depth)
    if dep == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if head.lower_ == "as" and _is_verb(governor):
            # "media reports quoted the outfit as claiming the attack", "described him as
            # leading the raid": the one quoted or described does it, not the reporter
            objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            if objects:
                return objects
        owed = _owed_by(governor) if head.lower_ == "for" else None
        if owed is not None:
            return owed
        # "lauded X for killing", "appreciated X's skills displayed by sending ... to hell"
        credited = _credited(governor) if head.lower_ in ("for", "by") else []
        if credited:
            return credited
        if _is_verb(governor) and _lemma(governor) in ACCUSING:
            return _accused(governor)
        charged = _charged_for(head)
        if charged:
            return charged
        if head.lower_ == "for" and governor.pos_ == "ADJ" and _lemma(governor) in RESPONSIBLE:
            return _responsible(governor, depth)
        if _harmed_in(head, governor):
            return []
        if _is_verb(governor):
            return _subjects(governor, depth)
        return _holder(governor) if _is_noun(governor) else []  # "a US proposal for signing"
    if dep == "acl" and _is_noun(head):
        if _participle(verb):
            return []  # "proxies demobilized": the noun is acted upon
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "plans to attack", "a US offer to host", "the right of X to fire"
            found = _holder(head) or (_subjects(head.head, depth) if _is_verb(head.head) else [])
            # "The decision to block the flights came after ...": a decision blocks nothing
            return [f for f in found if f.i != head.i or _can_act(f)]
        if _lemma(head) in SPEECH_NOUNS and _is_verb(head.head):
            return _subjects(head.head, depth)  # "issued a declaration demanding ..."
        if _lemma(head) in INCIDENT_NOUNS:
            return []  # "condemned the incident targeting the team": an incident is no one
        if not _can_act(head) and _trigger(head) is not None:
            # "condemned the blast targeting a school bus": the blast did the targeting, and
            # who set it off is the blast's own doer (absorbed), never the one condemning it
            return [head]
        if not _can_act(head):
            # "issued an evacuation warning" parsed as "an evacuation, warning": a noun that
            # is no one is no actor; who issued it is
            return _subjects(head.head, depth) if _is_verb(head.head) else []
        return [head]
    if dep == "relcl" and _is_noun(head):
        return [head]
    return []


#: prepositions that set a harm inside an act ("killed in firing", "died during shelling")
HARMED_IN_PREPS = frozenset({"in", "during", "amid"})


def _harmed_in(prep: Token, governor: Token) -> bool:
    """Whether a gerund after ``prep`` tells the act its governor's subject was harmed in:
    "three people were killed in firing at a shop", "two men died during shelling". That
    subject underwent the act, so it is never the gerund's doer (the parser's subject
    control made the victims the firers). Only a passive harm ("killed", "injured",
    "martyred": an ASSAULT trigger) or a verb of suffering ("died", "lost their lives"); a
    passive of another kind keeps its subject ("was involved in firing at the police")."""
    if prep.lower_ not in HARMED_IN_PREPS or not _is_verb(governor):
        return False
    if _lemma(governor) in SUFFERING:
        return True
    return _is_passive(governor) and (_trigger(governor) or ("",))[0] == "ASSAULT"


def _responsible(adjective: Token, depth: int) -> list[Token]:
    """Who is "responsible for" doing something did it: the subject of "X was responsible
    for killing", the noun of "the men responsible for killing", and for "those responsible"
    the subject they are counted with ("These terrorists were among those responsible for
    martyring 30 people")."""
    head = adjective.head
    if adjective.dep_ in ("acomp", "oprd") and _is_verb(head):
        return _subjects(head, depth)
    if adjective.dep_ != "amod" or head.i == adjective.i:
        return []
    if head.lower_ in ("those", "one", "ones") and head.dep_ == "pobj":
        verb = head.head.head  # "were among those", "is one of those"
        return _subjects(verb, depth) if _is_verb(verb) else []
    return [head] if _can_act(head) else []


#: nouns that count acts told as one ("a series of air strikes", "a wave of attacks", "a
#: barrage of missiles"): the verb over them supports the acts
SERIES_NOUNS = frozenset("series wave barrage string spate volley flurry round salvo".split())

#: nouns for an occurrence, which is no one: "the incident targeting the team"
INCIDENT_NOUNS = frozenset({"incident", "accident", "episode", "event"})

#: endings of nouns for who does something: "attacker", "gunman", "terrorist", "protester"
AGENT_ENDINGS = ("er", "or", "man", "men", "ist", "ant", "ent", "ary")


def _can_act(noun: Token) -> bool:
    """Whether a noun can be someone: a name, a pronoun, a word for people, a group or a
    force, or an agent noun ("attackers", "gunmen", "militants"); not an act or a thing
    ("an evacuation", "a vehicle")."""
    lemma = _lemma(noun)
    return (
        noun.ent_type_ in NAMED
        or noun.pos_ in ("PROPN", "PRON")
        or lemma in HUMAN_NOUNS | ORG_NOUNS | FORCES | YOUNG_NOUNS
        or lemma.endswith(AGENT_ENDINGS)
    )


def _credited(governor: Token) -> list[Token]:
    """Who is praised or blamed "for" an act, and so did it: the object of "lauded X for",
    or the "to" phrase of "paid tribute to X for" (the "for" on the verb or on the noun)."""
    if _is_verb(governor) and _lemma(governor) in CREDITING:
        objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
        return [g for c in objects for g in _with_conjuncts(_whose_quality(c))]
    nouns = [governor] if _is_noun(governor) else []
    if _is_verb(governor):
        nouns += [c for c in governor.children if c.dep_ in ("dobj", "obj")]
    for noun in nouns:
        if _lemma(noun) not in TRIBUTES:
            continue
        for prep in (c for c in [*noun.children, *governor.children] if c.pos_ == "ADP"):
            if prep.lower_ == "to" and prep.dep_ in ("prep", "dative"):
                return _pobjs(prep)
    return []


#: what one side owes another for an act: who gives it did the act ("an apology from Israel
#: for killing one of its citizens", "compensation from the company for demolishing")
REDRESS = frozenset("apology compensation reparation damages".split())


def _owed_by(governor: Token) -> list[Token] | None:
    """Who did an act an apology or a redress is "for": the one it is "from" or whose it is
    ("Bulgaria announced it had received an official apology from Israel for killing one of
    its citizens": Israel killed; "demanded compensation from X for destroying"), never the
    subject of the verb that receives or asks for it; nobody when the sentence does not say.
    None when ``governor`` (the word the "for" phrase hangs on) is no such redress, nor a
    verb whose object is one."""
    nouns = [governor] if _is_noun(governor) else []
    if _is_verb(governor):
        nouns += [c for c in governor.children if c.dep_ in ("dobj", "obj")]
    nouns = [n for n in nouns if _lemma(n) in REDRESS]
    if not nouns:
        return None
    for holder in (*nouns, governor):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                return _pobjs(child)
    return [c for n in nouns for c in n.children if c.dep_ == "poss"]


def _credited_participle(verb: Token, head: Token) -> list[Token]:
    """Who is credited for an act told as a bare participle the parser hung on the praising
    verb itself ("praised the security forces for conducting two operations, killing 10
    terrorists"; "lauded the skills of the officers for the operation and killing six
    terrorists"): the participle continues the "for" phrase, so the one praised did it, not
    the one praising. Only an "-ing" form with no subject or auxiliary of its own, under a
    :data:`CREDITING` verb whose "for" phrase (on the verb or on its object) is written."""
    if verb.tag_ != "VBG" or _lemma(head) not in CREDITING:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return []
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "obj"))]
    if not any(c.dep_ == "prep" and c.lower_ == "for" for h in holders for c in h.children):
        return []
    return _credited(head)


def _whose_quality(noun: Token) -> Token:
    """The people a praised quality belongs to: "lauded the professional skills of the
    security forces for ...", "appreciated the capabilities of the officers": the skills
    did nothing, the forces acted."""
    if _can_act(noun):
        return noun
    owners = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in _pobjs(c)
        if _can_act(p)
    ]
    return owners[0] if owners else noun


def _holder(noun: Token) -> list[Token]:
    """Whose plan, offer or right a noun is: its possessor, "of"/"by" phrase or
    a name compounded with it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return [child]
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            found = [p for p in child.children if p.dep_ == "pobj" and p.ent_type_ in NAMED]
            if found:  # "the right of Russian troops", not "a grant of 5 million"
                return found
        if child.dep_ in ("compound", "amod") and child.ent_type_ in NAMED:
            return [child]
    return []


def _det_noun(token: Token) -> bool:
    """A participle the parser left a verb though a determiner makes it a noun: "an accused
    arrested near Gangal" (South Asian police English for a suspect)."""
    return token.tag_ in ("VBN", "VBD", "JJ") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children
    )


def _participle(verb: Token) -> bool:
    """A past participle after its noun ("a militia deployed in Syria"); the small
    model often tags it as a past tense. Not a past tense the parser hung on its own
    subject (:func:`_misread_past`)."""
    return verb.tag_ in ("VBN", "VBD") and not _misread_past(verb)


def _misread_past(verb: Token) -> bool:
    """A past tense with its own direct object that the parser hung on the noun before it
    as a reduced relative ("Israeli airstrikes killed at least 54 Palestinians ..., medics
    said": "killed" an ``acl`` of "airstrikes", the clause's subject "said"'s). A passive
    participle has no direct object ("the suspects arrested on Friday"), so a participle
    right after its noun with one, and with no auxiliary or "by" phrase, is the noun's own
    act: the noun is its subject. A place the parser took for the head (an uppercase wire
    dateline, "BAJAUR: The police arrested") is no subject."""
    return _misread_subject(verb) is not None


def _misread_subject(verb: Token) -> Token | None:
    """The subject of a past tense misread as a reduced relative (:func:`_misread_past`):
    the noun the parser hung it on, or, where that noun closes a chain of prepositional
    phrases, the noun that heads the chain ("an overnight Israeli strike on the Khan Yunis
    refugee camp killed at least 11 people": "killed" hung on "camp", the strike killed;
    a camp, a place, kills no one). None when the verb is a true participle."""
    head = verb.head
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and head.i == verb.i - 1
        and _is_noun(head)
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
        and not any(
            c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in verb.children
        )
    ):
        return None
    top = head
    for _ in range(4):
        prep = top.head
        if top.dep_ != "pobj" or prep.dep_ != "prep" or not _is_noun(prep.head):
            break
        top = prep.head
    if (
        top.i != head.i
        and top.dep_ in ("ROOT", "nsubj", "ccomp")
        and (_trigger(top) is not None or _can_act(top))
    ):
        return top
    if head.ent_type_ in ("GPE", "LOC", "FAC", "DATE") or head.text.isupper():
        return None
    return head


def _accused(verb: Token) -> list[Token]:
    """Who is accused of (and so alleged to do) an act: the object of "accused
    X of", the subject of "X was accused of", the noun of "militants suspected of"."""
    if _is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and _participle(verb) and _is_noun(verb.head):
        return [verb.head]
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _agents(verb: Token) -> list[Token]:
    """The ``by`` phrase of a passive verb."""
    return [
        g
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in _pobjs(c)
    ]


def _stranded_agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive the parser hung on the place just before it ("a school
    bus was targeted in Khuzdar, Balochistan by state sponsored proxies": "by" on
    "Balochistan"): a place name has no "by" phrase of its own that acts, so who is named
    there did the verb. Only someone (:func:`_someone`), or one an apposition names so ("by
    proxies (Fitna al Hindustan)"); "by the river" is where, "by road" how."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for place in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
            for name in (place, *(c for c in place.children if c.dep_ in ("conj", "appos"))):
                found += [
                    g
                    for by in name.children
                    if by.dep_ == "prep" and by.lower_ == "by"
                    for g in _pobjs(by)
                    if g.ent_type_ not in ("GPE", "LOC", "FAC")
                    and (_someone(g) or any(c.dep_ == "appos" and _someone(c) for c in g.children))
                ]
    return found


def _someone(noun: Token) -> bool:
    """:func:`_can_act`, where an agent noun's ending counts only in the plural ("by
    militants", "by gunmen"): after a place, "by the river" and "by order of" are no one."""
    if noun.ent_type_ in NAMED or noun.pos_ in ("PROPN", "PRON"):
        return True
    lemma = _lemma(noun)
    return lemma in HUMAN_NOUNS | ORG_NOUNS | FORCES | YOUNG_NOUNS or (
        noun.tag_ == "NNS" and lemma.endswith(AGENT_ENDINGS)
    )


#: acts whose object is whom they befall, so a noun a relative clause of theirs modifies with
#: the object left out is that one ("the cleric they detained", "a man police shot")
OBJECT_RELATIVE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: relative words that make the modified noun no object: where, when, how or why it was done
ADVERBIAL_RELATIVES = frozenset({"where", "when", "how", "why", "whereby"})
#: nouns a relative clause modifies with its relative adverb left out ("the day they
#: attacked", "the way police arrested him"): when, how or why, never whom
ADVERBIAL_HEADS = frozenset("time day night year month week moment way manner reason".split())


def _object_relative(verb: Token) -> bool:
    """Whether ``verb`` heads an active relative clause whose object is the noun it modifies
    ("released a well-known Iranian religious figure they detained ahead of the Haj", "the
    man whom police arrested"): the clause has a subject of its own that is not the relative
    word ("the man who arrested X" makes the noun the doer), no object but a relative word,
    no "where/when/how", and the noun is no time, manner or place (the noun is then when,
    how or where: "the day they attacked", "the village troops raided" is raided as a place
    the place rules read)."""
    if verb.dep_ != "relcl" or not _is_noun(verb.head) or _is_passive(verb):
        return False
    if any(c.lower_ in ADVERBIAL_RELATIVES for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl", "csubj")]
    if not subjects or any(s.tag_ in ("WP", "WDT") or s.lower_ == "that" for s in subjects):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "ccomp", "xcomp")]
    if any(o.tag_ not in ("WP", "WDT") and o.lower_ != "that" for o in objects):
        return False
    head = verb.head
    return _lemma(head) not in ADVERBIAL_HEADS | PLACE_NOUNS and head.ent_type_ not in WHEN_WHERE


#: entity types of a noun that says when or where, never whom
WHEN_WHERE = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _shared_object(verb: Token) -> list[Token]:
    """The object of coordinated verbs that share it: "recruited, trained and led X"."""
    root = verb
    while root.dep_ in ("conj", "advcl") and _is_verb(root.head) and root.head.i < root.i:
        root = root.head
    group, stack = [], [root]
    while stack:  # the coordination: verbs joined by "conj" (or a comma the parser read as advcl)
        current = stack.pop()
        group.append(current)
        stack += [c for c in current.children if c.dep_ in ("conj", "advcl") and _is_verb(c)]
    for other in sorted(group, key=lambda t: t.i):
        if other.i <= verb.i or any(c.dep_ == "nsubj" for c in other.children):
            continue
        objects = [c for c in other.children if c.dep_ in ("dobj", "obj")]
        if objects:
            return [g for o in objects for g in _with_conjuncts(o)]
    return []


def _bare(verb: Token) -> bool:
    """A verb directly followed by a comma or conjunction: "recruited, trained and
    led X" shares the last verb's object; "kidnapped X and exploded Y" does not."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and (following.text == "," or following.dep_ == "cc")


def _agreed_thing(verb: Token) -> bool:
    """Whether "agree" takes as its object the thing agreed ("agreed a ceasefire", "agreed
    a deal"): a common noun that is no one. Whom it is agreed with follows "with", and the
    parties that agree among themselves are its subjects (:data:`TOGETHER_TYPES`)."""
    objects = _objects(verb)
    return (
        _lemma(verb) == "agree"
        and bool(objects)
        and all(o.pos_ == "NOUN" and not o.ent_type_ and not _can_act(o) for o in objects)
    )


def _has_theme(verb: Token, kind: str) -> bool:
    """Whether the verb's object is a thing given or imposed, not a participant."""
    if _lemma(verb) in THEME_VERBS or _lemma(verb) in AID_VERBS:
        return True
    if kind == "ACCUSE" and any(_lemma(o) == "warrant" for o in _objects(verb)):
        return True  # "issued a warrant for X", "seeking warrants against X": X is charged
    if kind == "ASSAULT" and _lemma(verb) == "fire":
        # "fired gunshots at him", "rockets were fired at a post": what is fired is how; whom
        # it is fired at is the target
        return any(_lemma(o) in OBJECT_FRAMES["fire"] for o in _objects(verb))
    if kind == "AGREE" and _agreed_thing(verb):
        return True  # "Hamas and Israel have agreed a ceasefire": what, not with whom
    if kind == "CONSULT" and _lemma(verb) in MEETING_VERBS and _meeting_argument(verb):
        return True  # "held their ninth Dialogue": the meeting is what is held, no one met
    return kind == "AID" and any(_lemma(o) in AID_OBJECTS for o in _objects(verb))


def _nominal_gerund(verb: Token) -> bool:
    """A gerund with no subject of its own told after a preposition or as an argument
    ("reports about shelling ...", "condemned the firing ..."): it names an act as a noun
    does, so a "by" phrase on it says who did it."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("pcomp", "pobj", "dobj", "nsubj")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _verb_roles(verb: Token, kind: str) -> _Roles:
    """Actor and target heads of a verb trigger."""
    roles = _Roles()
    passive = _is_passive(verb)
    theme_object = _has_theme(verb, kind)
    if theme_object:
        roles.themes = _objects(verb)
    misread = _misread_subject(verb)
    if misread is not None:  # "Israeli airstrikes killed 54 Palestinians, medics said"
        roles.actors += _with_conjuncts(misread)
    small_clause = _left_in_state(verb) or _with_absolute(verb)
    for child in verb.children:
        if child.dep_ == "nsubj" and small_clause:
            roles.targets += _with_conjuncts(child)  # "left a dozen others injured"
        elif child.dep_ == "nsubj":
            roles.actors += [a for h in _subject_heads(child) for a in _act_by(h)]
        elif child.dep_ == "nsubjpass" and not theme_object:
            roles.targets += _with_conjuncts(child)
        elif child.dep_ in ("dobj", "obj") and not theme_object:
            roles.targets += _with_conjuncts(child)
        elif child.dep_ == "dative":  # "gave Tanzania a grant", "gave a grant to Tanzania"
            roles.targets += _pobjs(child) if child.pos_ == "ADP" else _with_conjuncts(child)
        elif child.dep_ == "agent" or (passive and child.dep_ == "prep" and child.lower_ == "by"):
            roles.actors += _pobjs(child)
        elif _nominal_gerund(verb) and child.dep_ == "prep" and child.lower_ == "by":
            # "reports about shelling on the militants' hideouts by security forces": a
            # gerund told as a noun has its doer in a "by" phrase, as "the shelling by X"
            # does; only someone ("by road", "by the river" are how and where)
            roles.actors += [p for p in _pobjs(child) if _someone(p)]
        elif _at_hands_of(child):
            roles.actors += _at_hands_of(child)
        elif _as_preposition(child) and child.lower_ in _verb_target_preps(
            verb, kind, theme_object
        ):
            # "fired at the police", but "tortured his wife at 169/9-L village": a place
            roles.targets += [
                p for p in _pobjs(child) if child.lower_ != "at" or _lemma(p) not in PLACE_NOUNS
            ]
        elif child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
            roles.instruments += [p for p in child.children if p.dep_ == "pobj"]
    if passive and not roles.actors:
        roles.actors = _stranded_agents(verb)
    subjects = [g for c in verb.children if c.dep_ == "nsubj" for g in _subject_heads(c)]
    if subjects and _done_by(verb, subjects):
        roles.actors = [a for a in roles.actors if a not in subjects]
        roles.instruments += subjects  # "Gunshots fired by X": how, not who
    has_subject = _own_subject(verb)
    if verb.dep_ == "xcomp" and _lemma(verb.head) in UNDERGO_VERBS and not has_subject:
        # "the protesters faced shelling": who faces it is shelled, never the shelling side
        roles.targets += _subjects(verb.head)
    elif not roles.actors and verb.dep_ == "advcl" and _is_passive(verb.head):
        roles.actors = _agents(verb.head)
    elif not roles.actors and not has_subject and passive and _undergoes_with(verb):
        # "two civilians lost their lives and 18 others were injured", "militants attacked
        # the post and were killed": who undergoes a passive is the shared subject
        roles.targets += [] if roles.targets else _subjects(verb.head)
    elif not roles.actors and not has_subject and _passive_complement(verb):
        # "the victims were found shot dead", "he got injured", "left two men wounded": a
        # past participle completing another verb tells what befell that verb's subject (or
        # object), who is never the doer
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        roles.targets += [] if roles.targets else objects or _subjects(verb.head)
    elif not roles.actors and not has_subject and passive and _elided_subject(verb):
        # "the client attempted to record a statement but was arrested", "the men were lured
        # by bandits and were kidnapped": the subject left out of a passive conjunct is the
        # one it happens to, never its doer; a passive head's "by" phrase still acts
        roles.targets += [] if roles.targets else _subjects(verb.head)
        roles.actors = _agents(verb.head) if _is_passive(verb.head) else []
    elif not has_subject and passive and _raised_passive(verb):
        # "Seven people were reported to have been shot", "he is believed to have been
        # abducted": the subject raised from a passive infinitive is the one it befell, not
        # its doer; a "by" phrase of the infinitive (none here) would name the doer
        roles.targets += [] if roles.targets else _subjects(verb.head)
    elif (
        not roles.actors
        and not has_subject
        and kind == "ASSAULT"
        and _reduced_passive(verb)
        and not _left_objects(verb)
    ):
        # "carried the coffin of the journalist, killed in an air strike": a bare past
        # participle is passive, so whoever controls it underwent the harm, never did it
        roles.targets += [] if roles.targets else _reduced_victims(verb)
    elif not roles.actors and not has_subject and not _controlled_passive(verb):
        roles.actors = _controller(verb)
    if _controlled_passive(verb) and not roles.targets:
        # "succumbed to his injuries after being wounded in an airstrike", "the soldiers hit
        # back after being attacked": the one a passive with no subject of its own befalls is
        # the subject of the clause it hangs on, never its doer (a "by" phrase names that)
        roles.targets = [
            c
            for c in _controller(verb)
            if c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
            and c.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")
            and c not in roles.actors
        ]
    if verb.dep_ == "conj" and _is_passive(verb.head) and not passive and not roles.targets:
        # "were recruited ... by X, and trained": the passive is shared
        roles.targets = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not roles.targets and not theme_object and not passive and _bare(verb):
        roles.targets = _shared_object(verb)
    if kind == "REQUEST" and not roles.targets:  # "demanded that X abandon ..."
        roles.targets = [
            s for c in verb.children if c.dep_ == "ccomp" for s in _subjects(c) if s.dep_ == "nsubj"
        ]
    if kind == "ACCUSE" and not roles.targets and not passive:
        # "alleged that India was involved in ...", "claimed that X had killed": who is
        # accused is the clause's subject, when it is a name
        roles.targets = [
            s
            for c in verb.children
            if c.dep_ == "ccomp"
            for s in _subjects(c)
            if s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ in NAMED
        ] or [  # "we suspect it's Israel": who it is
            a
            for c in verb.children
            if c.dep_ == "ccomp" and (_lemma(c) == "be" or c.lower_ in ("’s", "'s"))
            for a in c.children
            if a.dep_ in ("attr", "dobj", "oprd") and (a.ent_type_ in NAMED or a.pos_ == "PROPN")
        ]
    if kind == "ASSAULT" and not roles.targets and _reduced_passive(verb):
        # "beat them up, leaving 10 personnel, including a policewoman, injured": whom the
        # "leaving" clause names were hurt, and the doer is the clause's (kept above)
        roles.targets = _left_objects(verb)
    if verb.dep_ == "pcomp" and not has_subject and _harmed_in(verb.head, verb.head.head):
        # "two men died in firing at a tea stall": who was harmed in the firing was its
        # target, beside what it was aimed at (:func:`_harmed_in`)
        roles.targets += [s for s in _subjects(verb.head.head) if s not in roles.targets]
    if verb.dep_ in ("relcl", "acl") and passive and not roles.targets:
        roles.targets = [verb.head]
    elif kind in OBJECT_RELATIVE_TYPES and not roles.targets and _object_relative(verb):
        roles.targets = [verb.head]  # "a cleric they detained ahead of the Haj"
    if verb.dep_ == "acl" and _participle(verb) and (_is_noun(verb.head) or _det_noun(verb.head)):
        roles.targets.insert(0, verb.head)  # "a group accused by Tehran of ..."
    if passive and not roles.actors and kind == "COERCE":
        roles.actors = _announcer(verb)
    if kind == "SANCTION" and theme_object and not roles.targets:
        # "India suspended the Indus Waters Treaty": a sanction whose verb names no one it
        # is imposed on falls on the named thing it ends or closes (a treaty, a crossing by
        # its name), which stands for the party on its other side; a common noun ("closed
        # the road") stays what it is
        roles.targets = [
            t for t in roles.themes if t.pos_ == "PROPN" and t.ent_type_ not in NOT_PARTICIPANTS
        ]
    if _lemma(verb) in PLACING_VERBS:
        _placed_on(verb, roles)
    if _lemma(verb) == "recover" and _possessors(verb):
        # "hashish was recovered from the possession of an accused": the accused is seized
        roles.themes += roles.targets
        roles.targets = _possessors(verb)
    if kind == "ASSAULT" and _lemma(verb) in SHOOTING_VERBS:
        _counted_shots(verb, roles)
    if kind == "COERCE" and _arrest_idiom(verb):
        _surrender_roles(verb, roles)
    if _lemma(verb) == "ram":
        # "rammed an explosive-laden car into a bus": the car is how, the bus what was hit
        hit = [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in _pobjs(c)
        ]
        if hit:
            roles.instruments += [t for t in roles.targets if t not in hit]
            roles.targets = hit
    return roles


def _surrender_roles(verb: Token, roles: _Roles) -> None:
    """Roles of an arrest told by an idiom (:func:`_arrest_idiom`): whom the force "caught
    up with" is the one held; who "gave himself up", "turned himself in" or "surrendered"
    is held, and the force he gave himself up "to" holds him (never "himself")."""
    lemma = _lemma(verb)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if lemma == "catch":
        roles.targets = [p for c in preps if c.lower_ in ("with", "to") for p in _pobjs(c)]
        return
    if lemma == "pull":
        # "pull" takes a theme ("pulled out its troops"); pulled over, the object is held
        held = [t for t in roles.themes if _caught_person(t)]
        roles.themes = [t for t in roles.themes if t not in held]
        roles.targets = roles.targets or held
        return
    held = [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
    if verb.dep_ == "relcl" and all(h.lower_ in ("who", "that") for h in held):
        held = [verb.head]  # "the suspect, who gave himself up to police"
    roles.targets = held
    roles.actors = [p for c in preps if c.lower_ == "to" for p in _pobjs(c)]


#: verbs of sending shots or missiles somewhere: "fired more than 30 into Israel"
SHOOTING_VERBS = frozenset({"fire", "launch", "lob"})


def _counted_shots(verb: Token, roles: _Roles) -> None:
    """A bare number as the object of firing counts the shots or rockets the sentence left
    unnamed ("Hamas fired more than 30 into Israel yesterday"), never whom they struck: it
    is how, and what the fire was aimed at ("into", "at", "on": :data:`FIRED_AT`, not "into
    the air") is the target, as "fired 12 rockets into Israel" reads."""
    counts = [t for t in roles.targets if t.pos_ == "NUM" and t.head.i == verb.i]
    if not counts:
        return
    aimed = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in FIRED_AT
        for p in _pobjs(c)
        if _lemma(p) not in FIRED_UP
    ]
    roles.instruments += counts
    roles.targets = [t for t in roles.targets if t not in counts] + aimed


def _controlled_passive(verb: Token) -> bool:
    """A passive with no subject of its own hung on another clause by a preposition or as
    an adverbial ("after being wounded in an airstrike", "while being taken to hospital"):
    the clause's subject is the one it befalls (:func:`_verb_roles`)."""
    return (
        _is_passive(verb)
        and not _own_subject(verb)
        and verb.dep_ in ("pcomp", "advcl")
        and _is_verb(verb.head.head if verb.dep_ == "pcomp" else verb.head)
    )


def _reduced_passive(verb: Token) -> bool:
    """A bare past participle set off by a comma and hung on the clause before it, with no
    auxiliary, subject or object of its own ("the coffin of the journalist, killed in an
    Israeli air strike"): a passive in meaning that the parser read as an adverbial, so
    subject control (:func:`_controller`) would make the mourners its doers."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i > 0
        and verb.doc[verb.i - 1].lower_ == ","
        and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "obj") for c in verb.children
        )
    )


def _left_objects(verb: Token) -> list[Token]:
    """The objects of a "leaving" clause the participle completes though the parser hung it
    beside that clause ("beat them up, leaving 10 personnel, including a policewoman,
    injured", or on "leaving" itself): the small clause "left X injured", whose doer is the
    clause's subject, not a reduced passive (:func:`_reduced_passive`) describing the noun
    before its comma."""
    before = verb.i - 2
    for leaving in [verb.head, *verb.head.children]:
        if leaving.i >= verb.i or _lemma(leaving) != "leave":
            continue
        if leaving.left_edge.i <= before <= leaving.right_edge.i:
            return [c for c in leaving.children if c.dep_ in ("dobj", "obj")]
    return []


def _reduced_victims(verb: Token) -> list[Token]:
    """Whom a reduced passive (:func:`_reduced_passive`) befell: the noun just before its
    comma, which it describes ("Hassan Nasrallah, slain in ..."), or else the subject of the
    clause it hangs on ("two soldiers reached hospital on Monday, wounded in the blast")."""
    before = verb.doc[verb.i - 2] if verb.i > 1 else None
    if (
        before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
        and not _place_word(before)
    ):
        return [before]
    return [
        s
        for s in _subjects(verb.head)
        if s.pos_ in ("NOUN", "PROPN", "NUM") and s.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")
    ]


#: verbs whose subject suffers: "lost their lives", "sustained injuries"
SUFFERING = frozenset("lose suffer sustain receive die succumb embrace".split())


def _undergoes_with(verb: Token) -> bool:
    """A passive joined to a verb of suffering or to another act ("two civilians lost their
    lives and 18 others were injured", "militants attacked the post and were killed"), whose
    subject it shares as the one it happens to; not to any verb ("the CTD conducted
    operations and of them 11 were arrested": the parser lost the subject, the CTD acted)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and _is_verb(head)
        and (_lemma(head) in SUFFERING or _trigger(head) is not None)
    )


def _raised_passive(verb: Token) -> bool:
    """A passive infinitive completing a verb of reporting or belief in the passive ("were
    reported to have been shot", "is feared to be kidnapped"): the grammatical subject of
    the head was raised out of the infinitive, where it is the patient. Only a passive head
    with a subject of its own ("X was said to ..."), so "ordered to be arrested" with its
    orderer ("The court ordered him to be arrested") keeps its controller."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and _is_verb(head)
        and _is_passive(head)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
    )


def _left_in_state(verb: Token) -> bool:
    """ "The blast killed two people and left a dozen others injured": the parser gives the
    bare participle after "leave" its own subject (a small clause, "[others injured]"), but
    who is left injured is the one it befell, never its doer (:func:`_left_harmed` reads the
    same "leave" with a state of harm as the attack itself)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and _lemma(verb.head) == "leave"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _with_absolute(verb: Token) -> bool:
    """ "..., with Dr Mahrang Baloch, Sammi Din Baloch and other leaders detained under
    Section 3", "ordering her release with four activists detained", "with three people
    rescued": a bare past participle after "with" is passive, and the parser gives it its
    noun as a subject, so that noun is the one the act befell (the detained, the rescued),
    never its doer. Only a participle with no auxiliary and no object of its own, governed by
    "with" (the small model often tags it a past tense); with an object the verb is active
    and "with" comitative ("the suspect with his accomplices gunned down Janat Gul")."""
    if verb.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children
    ):
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "with" for c in verb.children
    )


def _passive_complement(verb: Token) -> bool:
    """A bare past participle as another verb's complement ("found shot dead", "got
    injured"): passive in meaning though no auxiliary marks it."""
    return (
        verb.dep_ in ("xcomp", "oprd")
        and verb.tag_ == "VBN"
        and _is_verb(verb.head)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


#: what may stand between a coordinator and a passive verb whose subject it shares: "and was
#: allegedly arrested", "but had not been detained"
ELLIPSIS_FILLERS = frozenset({"AUX", "ADV", "PART"})


def _elided_subject(verb: Token) -> bool:
    """A passive conjunct that opens with its auxiliary straight after "and"/"but" ("... but
    was allegedly arrested"), so it shares the first clause's subject by ellipsis; not one
    whose own subject the parser lost ("conducted operations and of them 11 were arrested":
    words stand between)."""
    if verb.dep_ != "conj" or not _is_verb(verb.head) or verb.head.i > verb.i:
        return False
    i = verb.i - 1
    while i > verb.head.i and verb.doc[i].pos_ in ELLIPSIS_FILLERS:
        i -= 1
    return i < verb.i - 1 and verb.doc[i].lower_ in ("and", "but")


def _meeting_parties(roles: _Roles) -> None:
    """Who met, when a meeting is told by its name ("the Pakistan-Japan Consultations
    occurred", "a round of the Pakistan-EU Dialogue"): the names compounded in it, in place
    of the name itself, which is no one."""
    for group in (roles.actors, roles.targets, roles.themes):
        for token in list(group):
            if not _meeting(token):
                continue
            group.remove(token)
            name = (
                next(
                    (
                        p
                        for c in token.children
                        if c.dep_ == "prep"
                        for p in c.children
                        if p.dep_ == "pobj"
                    ),
                    token,
                )
                if _lemma(token) == "round"
                else token
            )
            parties = [
                t
                for t in name.subtree
                if t.i < name.i
                and t.dep_ == "compound"
                and t.ent_type_ in NAMED
                and t.ent_iob_ == "B"
            ]
            if parties and not roles.actors:
                roles.actors += parties


def paired_states(span: Span, text: str) -> list[Span]:
    """The two countries of a talks' name the model read as one name ("the Pakistan-Japan
    Counter-Terrorism Consultations", "the Pakistan-United Kingdom Dialogue": actor
    "Pakistan-Japan"): a meeting of two is coded one with the other, so each state is a
    party of its own. Only two names on either side of one hyphen that each stand for a
    state (:func:`dossier.geo.stands_for_state`); "Al-Qaeda" or "Jaish-e-Mohammed" stay
    whole."""
    start, end = span
    parts = text[start:end].split("-")
    if len(parts) != 2 or not parts[0] or not stands_for_state(parts[0]):
        return []
    middle = start + len(parts[0])
    # the model may end the name inside the second state's ("Pakistan-United" of "United
    # Kingdom"): its capitalised words after the hyphen, the shortest that is a state
    words = re.match(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}", text[middle + 1 :])
    if words is None:
        return []
    second = words.group().split(" ")
    for n in range(1, len(second) + 1):
        name = " ".join(second[:n])
        if middle + 1 + len(name) >= end and stands_for_state(name):
            return [(start, middle), (middle + 1, middle + 1 + len(name))]
    return []


#: who speaks for a force, never a force that acts: "the military's media wing said", "a
#: police spokesman said", "the army's public relations wing" (the GUIDE: media wings and
#: press offices are never actors of the acts they report)
MOUTHPIECES = frozenset(
    "spokesman spokesperson spokeswoman spokesmen spokespersons relations release".split()
)
#: what makes a "wing" a mouthpiece rather than an armed wing ("the military wing of Hamas")
MEDIA_WORDS = frozenset({"media", "press", "publicity", "information"})


def _mouthpiece_of(force: Token) -> bool:
    """Whether a force word only says whose mouthpiece its phrase names ("the military's
    media wing", "the police spokesman"): the phrase is a speaker, and taken as the force
    it made every agentless arrest or killing of a press release the media wing's."""
    if force.dep_ not in ("poss", "nmod", "compound") or force.head.i <= force.i:
        return False
    head = force.head
    if _lemma(head).lower() in MOUTHPIECES:
        return True
    return _lemma(head).lower() == "wing" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MEDIA_WORDS for c in head.children
    )


def named_forces(doc: Doc) -> list[Token]:
    """The security forces an article names, in order ("security forces", "police", "law
    enforcement personnel"; not "the use of force"): who acts when a sentence names no
    agent is one of them, never someone made up, nor the force's mouthpiece ("the
    military's media wing said": :func:`_mouthpiece_of`)."""
    common = [
        t
        for t in doc
        if t.pos_ in ("NOUN", "PROPN")
        and _lemma(t) in FORCES
        and (
            _lemma(t) not in ("force", "personnel")
            or any(c.dep_ in ("compound", "amod") for c in t.children)
        )
        and not _mouthpiece_of(t)
    ]
    return sorted({*common, *_named_arresters(doc)}, key=lambda t: t.i)


def _named_arresters(doc: Doc) -> list[Token]:
    """The named agencies the article itself has arrest someone ("FIA officials raided a
    location and arrested three men", "the NAB arrested him"): a body that arrests in one
    sentence of a report is its arresting force in the others ("A third suspect was
    arrested in Khanewal"), whatever its name, which no list of forces could hold. Only the
    subject of an active arrest verb that the model tags a group or that a group's name
    modifies; a person or a pronoun stays out."""
    found = []
    for verb in doc:
        if not _is_verb(verb) or _trigger(verb) != ("COERCE", "arrest"):
            continue
        if _is_passive(verb):
            # "Five human traffickers have been arrested ... by the FIA", "A spokesman for the
            # FIA said X was arrested": the agency named as the arrest's agent or announcer
            found += [a for a in _agents(verb) + _announcer(verb) if a.ent_type_ == "ORG"]
            continue
        for subject in _subjects(verb):
            if subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "GPE", "NORP"):
                continue
            if subject.ent_type_ == "ORG" or any(
                c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "ORG"
                for c in subject.children
            ):
                found.append(subject)
    return found


def arresting_forces(
    trigger: Token, forces: Iterable[Token], arrested: Iterable[Token] = ()
) -> list[Token]:
    """Who made an arrest its sentence tells without an agent ("leaders and workers were
    arrested when police attempted to disperse a march", "two Khwarij were apprehended",
    "the arrest of a suspect"): only a state's forces arrest, so the security force named in
    the sentence, else the one the article names nearest before it (after it when none is
    before); none when the article names no force (nothing is made up). ``forces`` are the
    document's (:func:`named_forces`). A force named inside the ``arrested`` phrase is theirs,
    not the arresting one ("two constables of the CTD were arrested"), nor one named in what
    they are held for, the act charged ("the arrest of workers for their role in attacks on
    army installations", "booked on charges of assaulting policemen": :func:`_charge_words`)."""
    inside = {
        t.i
        for head in arrested
        for t in head.subtree
        # "A Mafia boss arrested in a police raid": the arrest hangs on the one held, and
        # what its own phrase names (the raid's police) is not inside the held one's phrase
        if not (trigger.i != head.i and trigger in head.subtree and t in trigger.subtree)
    } | _charge_words(trigger, arrested)
    forces = [t for t in forces if t.i not in inside]
    sentence = trigger.sent
    own = [t for t in forces if sentence.start <= t.i < sentence.end]
    # lent from another sentence: only a force that acts there, not a heading's or a victim's,
    # nor one of another state than the arrest's ("arrested in Belgium": roles_abroad)
    forces = [
        t
        for t in forces
        if not _in_heading(t) and not _victim_force(t) and not of_another_state(t, trigger)
    ]
    before = [t for t in forces if t.i < sentence.start]
    chosen = own[0] if own else before[-1] if before else forces[0] if forces else None
    return [chosen] if chosen is not None else []


def _charge_words(trigger: Token, arrested: Iterable[Token]) -> set[int]:
    """The tokens of what an arrest or a case is for: a "for" or "over" phrase, or "on
    charges of", hung on the act or on those held ("arrested for their role in attacks on
    army installations", "booked on charges of assaulting policemen"). A force named there
    is the charged act's victim, not who made the arrest."""
    found: set[int] = set()
    for holder in (trigger, *arrested):
        for prep in holder.children:
            if prep.dep_ != "prep":
                continue
            charged = prep.lower_ in HELD_FOR or (
                prep.lower_ == "on" and any(_lemma(p) in CHARGE_NOUNS for p in _pobjs(prep))
            )
            if charged:
                found |= {t.i for t in prep.subtree}
    return found


#: how a heading or a list item opens its line: "• Four abducted policemen recovered"
BULLETS = frozenset("•·▪◦‣-–—*>")
#: the most words a line without a full stop may have and still be a heading, not a sentence
HEADING_WORDS = 16


def _in_heading(token: Token) -> bool:
    """Whether a token stands in a heading or a bullet-list item ("• Four abducted
    policemen recovered in X"): such a line names what the article is about in telegraphic
    shorthand, not who did what in the report's sentences, so its force is no doer to lend
    to a later agentless killing or arrest."""
    text = doc_text(token.doc)  # spaCy rebuilds doc.text on each access: built once
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    if line[:1] in BULLETS:
        return True
    return len(line.split()) <= HEADING_WORDS and not line.endswith(
        (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ",")
    )


def _victim_force(force: Token) -> bool:
    """Whether a force word is itself the victim of an act its sentence tells ("four
    abducted policemen", "two soldiers were martyred", "police personnel, who had been
    abducted", "militants attacked a police post"): a force that was harmed or held there
    did not, for all that sentence says, do a later agentless killing or arrest."""
    harmed = [c for c in force.children if c.dep_ in ("amod", "acl", "relcl")]
    for word in harmed:
        found = _trigger(word)
        if (
            found is not None
            and found[0] in ("ASSAULT", "COERCE")
            and (word.dep_ == "amod" or _is_passive(word) or word.tag_ == "VBN")
        ):
            return True
    head = force.head
    if force.dep_ in ("compound", "nmod") and head.i > force.i:
        return _victim_force(head)  # "four police personnel, who had been abducted"
    if force.dep_ in ("nsubjpass", "dobj") and head is not force:
        found = _trigger(head)
        if found is not None and found[0] in ("ASSAULT", "COERCE"):
            return True
    return force.dep_ == "nsubj" and _lemma(head) in SUFFERING


def _placed_on(verb: Token, roles: _Roles) -> None:
    """ "placed on the US Treasury's blacklist": one designation, by the list's owner."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for listing in prep.children:
            if listing.dep_ == "pobj" and _lemma(listing) in PLACED_ON:
                roles.absorbed.add(listing.i)
                if not roles.actors:
                    roles.actors += [
                        c
                        for c in listing.children
                        if c.dep_ in ("poss", "nmod") and c.pos_ in ("PROPN", "NOUN")
                    ]


def taken_from_someone(trigger: Token, targets: Iterable[Token]) -> bool:
    """Whether a seizure was taken from someone, so that it is an arrest's search and the
    article's arresting force made it ("hashish was recovered from the possession of a drug
    dealer netted near a hotel"): whoever is in "possession" of a thing is someone, whatever
    word names them ("a motorcyclist", "a drug dealer", "an accused rounded up"), and any
    other target a word for a person. A thing seized from a thing ("from secret cavities of a
    vehicle") names no one it was taken from."""
    if _is_verb(trigger) and _possessors(trigger):
        return True
    return any(_person(t) or _lemma(t) in ORG_NOUNS or t.lower_ == "accused" for t in targets)


def _announcer(verb: Token) -> list[Token]:
    """ "CTD said that X was arrested": security agencies announce their own
    arrests, so the named organisation reporting an agentless arrest made it, also when
    it speaks through one of its people ("A spokesman for the FIA said X was arrested",
    "an ANF spokesman said", "FIA officials said": the organisation the speaker is of)."""
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in REPORTING:
        return []
    found = []
    for c in verb.head.children:
        if c.dep_ != "nsubj" or _police_officer(c):
            continue
        if c.ent_type_ == "ORG" or _lemma(c) in ("police", "authority"):
            found.append(c)
        elif _person(c) and c.ent_type_ != "PERSON":
            found += _speaker_body(c)
    return [t for t in found if not _media_wing(t)]


def _entity_of(token: Token) -> SpacySpan | None:
    """The named entity ``token`` is part of, if any (a rank or a press office is judged by
    the whole name the model tagged, not the one word)."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _police_officer(speaker: Token) -> bool:
    """Whether a speaker the model tagged a group is one police officer by his rank ("The
    SHO claimed that the driver ... was arrested", "SHO Rajput said that three people were
    arrested"): the arrest is his station's, so the police force the article names made it
    (:func:`arresting_forces`), not an "SHO" or "Rajput" read as an arresting body."""
    ent = _entity_of(speaker)
    words = [t for t in (ent if ent is not None else [speaker]) if t.is_alpha]
    words += [c for c in speaker.children if c.dep_ == "compound" and c.is_alpha]
    return any(t.lower_ in POLICE_RANKS and t.text.isupper() for t in words)


#: words a press office's or a wire service's name is made of: "Inter-Services Public
#: Relations", "Press Information Department", "News Agency"
PRESS_NAME_WORDS = MOUTHPIECES | MEDIA_WORDS | {"news", "pr"}


def _media_wing(token: Token) -> bool:
    """Whether a named organisation is a press office or a news agency ("the ISPR said two
    suspects were arrested", "Reuters said"): the GUIDE makes media wings and wire services
    never the actors of the acts they report, so their announcing an arrest does not make
    the arrest theirs (a police force announcing its own arrest still does). By the words of
    the name as the model tags it, or of the spelled-out name an acronym stands for where
    the article gives it ("the Inter-Services Public Relations (ISPR)"), or by the "PR"
    (public relations) an acronym ends in."""
    ent = _entity_of(token)
    words = ent.text if ent is not None else token.text
    if " ".join(words.lower().replace("the ", "", 1).split()) in NEWS_AGENCIES:
        return True
    if words.isupper() and words.endswith("PR") and len(words) > 2:
        return True  # "PR" is public relations: "ISPR", "DGPR", "IPR" departments
    if words.isupper() and len(words) > 1:
        spelled = re.search(
            r"((?:[\w'’-]+\s+){1,6})\(\s*" + re.escape(words) + r"\s*\)", doc_text(token.doc)
        )
        if spelled is not None:
            words = spelled.group(1)
    return any(w in PRESS_NAME_WORDS for w in re.split(r"[\s-]+", words.lower()) if w)


def _speaker_body(speaker: Token) -> list[Token]:
    """The organisation a speaker noun is of: "a spokesman for the FIA", "the ANF
    Headquarters spokesman", "the agency's official" (the model's ORG, last token)."""
    bodies = [
        c
        for c in speaker.children
        if c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ == "ORG"
    ] + [
        p
        for c in speaker.children
        if c.dep_ == "prep" and c.lower_ in ("for", "of")
        for p in _pobjs(c)
        if p.ent_type_ == "ORG"
    ]
    return [_name_last(b) for b in bodies]


def _name_last(token: Token) -> Token:
    """The last token of the name ``token`` begins or is inside ("ANF" of "ANF
    Headquarters" parsed as a compound of "Headquarters")."""
    while token.dep_ == "compound" and token.head.ent_type_ == token.ent_type_:
        token = token.head
    return token


def _verb_target_preps(verb: Token, kind: str, theme: bool) -> frozenset[str]:
    """ "strikes on X", "met with X", "aid to X"; never the list of "placed on a
    blacklist", and "of" only after nouns."""
    if _lemma(verb) in PLACING_VERBS:
        return frozenset()
    if kind == "RETREAT":
        return frozenset({"from"})
    if kind == "AGREE" and _lemma(verb) == "agree":
        # "agreed to a ceasefire": what is agreed; whom with is told by "with" alone
        return frozenset({"with"})
    if kind == "REQUEST" and _lemma(verb) == "call":  # "called on/upon the government to"
        return frozenset({"on", "upon", "against"})
    if kind == "ACCUSE" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return frozenset({"at", "against"})  # "lashed out at the government", "hit out at X"
    if kind == "REQUEST" and _lemma(verb) in ("demand", "seek", "request"):
        # "demanded Rs10 million from a businessman", "sought help from China": asked of X
        return _target_preps(kind, noun=False) | {"from"}
    if theme and kind in ("SANCTION", "COERCE"):  # "imposed a curfew on X", "cut ties with X"
        return frozenset({"on", "against", "with", "to", "from"})
    if theme and kind in ("COOPERATE", "SUPPORT"):  # "shared intelligence with X"
        return frozenset({"with"})
    if theme and kind == "ASSAULT":  # "fired rockets into the kibbutz": where what is fired lands
        return _target_preps(kind, noun=False) | {"into"}
    if kind == "ASSAULT" and _lemma(verb) in MUTUAL_FIGHTS:  # "clashed with militants"
        return _target_preps(kind, noun=False) | {"with"}
    return _target_preps(kind, noun=False)


def _phrase_head(noun: Token) -> Token:
    """The noun an event noun stands in: "assassination attempt" -> "attempt"."""
    if noun.dep_ == "compound" and _lemma(noun.head) in EVENT_HEADS:
        return noun.head
    return noun


def _premodifiers(head: Token) -> list[Token]:
    """Tokens left of a noun inside its noun phrase, read linearly (the parser
    often misattaches them): determiners, names, dates, adjectives, nouns."""
    doc = head.doc
    found: list[Token] = []
    i = head.i - 1
    while i >= head.sent.start:
        token = doc[i]
        if token.pos_ == "DET":
            found.append(token)
            # a determiner opens the phrase: "blasts in X and Bannu and an attack on" ends
            # at "an" (but "all the attacks")
            if i == head.sent.start or doc[i - 1].pos_ != "DET":
                break
        elif token.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ"):
            found.append(token)
        elif token.text in ("-", "–") or (token.pos_ == "PRON" and token.dep_ == "poss"):
            found.append(token)
        elif token.text in ("’", "'") and i > head.sent.start and doc[i - 1].lower_.endswith("s"):
            found.append(token)  # "Hamas’ attacks": the apostrophe of a possessive in -s
        elif token.text == "," and _date_comma(doc, i, head.sent.start):
            found.append(token)  # "Hamas’ Oct 7, 2023 attack": the comma of a date
        else:
            break
        i -= 1
    return found[::-1]


_YEAR = re.compile(r"^[12]\d{3}$")
_DAY = re.compile(r"^\d{1,2}$")


def _month_of_date(token: Token) -> bool:
    """A month name followed by a day ("Oct" of "Oct 7"): part of a date, never a name."""
    doc = token.doc
    return (
        token.lower_.rstrip(".") in MONTHS
        and token.i + 1 < len(doc)
        and _DAY.match(doc[token.i + 1].text) is not None
    )


def _date_comma(doc: Doc, i: int, start: int) -> bool:
    """Whether the comma ``doc[i]`` is inside or closes a full date that premodifies a noun
    ("Hamas’s Oct 7, 2023 attack", "the May 9, 2023, riots"): the phrase goes on past it to
    the possessor, where any other comma ends it. The date must follow a determiner or an
    owner ("the", "its", "Hamas’"): "On Oct 7, 2023, militants attacked" opens a clause."""

    def month_day_year(day: int) -> bool:  # "Oct 7 , 2023" with the day at ``day``
        if not (day - 2 >= start and day + 2 < len(doc)):
            return False
        before = doc[day - 2]
        return (
            _DAY.match(doc[day].text) is not None
            and doc[day - 1].lower_.rstrip(".") in MONTHS
            and doc[day + 1].text == ","
            and _YEAR.match(doc[day + 2].text) is not None
            and (
                before.pos_ == "DET"
                or before.text in POSSESSIVE_CASE
                or (before.pos_ == "PRON" and before.dep_ == "poss")
            )
        )

    return month_day_year(i - 1) or (
        _YEAR.match(doc[i - 1].text) is not None and month_day_year(i - 3)
    )


def _noun_roles(noun: Token, kind: str, context: _Context) -> _Roles:
    """Actor and target heads of an event noun, from its phrase and support verb."""
    roles = _Roles()
    head = _phrase_head(noun)
    roles.actors += _premodifier_names(head, noun, kind, context)
    children = list(head.children)
    if kind == "PROTEST" and head.dep_ in ("dobj", "obj"):
        # "prompting protests in Lebanon from Hezbollah supporters": the parser hangs the
        # protesters on the verb
        children += [
            c
            for c in head.head.children
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > head.i
        ]
    if kind == "ASSAULT":
        # "an exchange of fire between X and Y": the parser hangs the sides on "fire"
        children += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and _lemma(p) in GUNFIRE
            for g in p.children
            if g.dep_ == "prep" and g.lower_ in ("between", "with")
        ]
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "by":
            roles.actors += _pobjs(child)
        elif (
            kind in TOGETHER_TYPES
            and child.dep_ == "prep"
            and child.lower_ == "between"
            and (_trigger(noun) or ("", None))[1] != "mediation"
        ):
            # "talks between Pakistan and India", "a deal between the warring tribes"; not
            # "mediation between X and Y", a third party's act on both (the sides stay whom)
            _between_sides(_pobjs(child), roles)
        elif kind == "PROTEST" and child.dep_ == "prep" and child.lower_ == "from":
            # "protests from Hezbollah supporters": who protested
            roles.actors += [p for p in _pobjs(child) if _can_act(p)]
        elif _at_hands_of(child):
            roles.actors += _at_hands_of(child)
        elif child.dep_ == "prep" and child.lower_ in _target_preps(kind, noun=True):
            roles.targets += _of_argument(child, kind, roles)
        elif kind == "ASSAULT" and child.dep_ == "prep" and child.lower_ == "between":
            # "a clash between the security forces and militants": either side may be named
            # first; the first is taken as actor, the others as targets
            sides = [s for p in _pobjs(child) for s in _with_conjuncts(p)]
            roles.actors += sides[:1]
            roles.targets += sides[1:]
        elif (
            kind == "ASSAULT"
            and child.dep_ == "prep"
            and child.lower_ == "with"
            and _lemma(noun) in MUTUAL_FIGHTS
        ):
            roles.targets += _pobjs(child)  # "an exchange of fire with police"
        elif kind == "ASSAULT" and child.dep_ == "prep" and child.lower_ in ("in", "during"):
            # "the martyrdom of four policemen in a terrorist attack": the attack the harm
            # happened in is this event, told by how (as "were martyred in an attack" is)
            roles.instruments += [p for p in _pobjs(child) if (_trigger(p) or ("",))[0] == kind]
    _possessor_undergoes(head, roles)
    if not roles.actors:
        # "the bomb blast targeting a school bus by Indian-backed terrorists", "an attack on
        # Gambila police station in Lakki Marwat carried out by up to 16 attackers": the "by"
        # phrase the parser hung on the act's participle, or on the verb a participle after
        # the act's phrase was hung on, names who did the act
        roles.actors += _participle_agents(head) or _trailing_agents(head)
    if kind == "ASSAULT" and _lemma(head) in CAMPAIGNS and not roles.targets:
        roles.targets += _campaigned_on(head, context)
    if kind == "ASSAULT" and not roles.targets:
        # "the Jaffar Express train attack", "the Bannu mosque bombing": what was struck
        roles.targets += [
            t for t in _premodifiers(head) if t.pos_ == "NOUN" and _lemma(t) in STRUCK_NOUNS
        ][-1:] or _struck_names(head, noun, context)[-1:]
    following = head.doc[head.i + 1] if head.i + 1 < head.sent.end else None
    if not roles.targets and following is not None and following.pos_ == "ADP":
        if following.lower_ in _target_preps(kind, noun=True) - {"of"}:
            roles.targets += _pobjs(following)
    _support_roles(head, kind, roles)
    if kind == "PROTEST":
        grounds = [t for t in roles.targets if _protested_on_place(t)]
        # "a protest on the main road against the police": the parser hangs the "against"
        # phrase on the road, which is against no one; it names whom the protest is against
        roles.targets = [t for t in roles.targets if t not in grounds] + [
            p
            for g in grounds
            for c in g.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for p in _pobjs(c)
        ]
    return roles


def _possessor_undergoes(head: Token, roles: _Roles) -> None:
    """ "Steve Foley's shooting by an off-duty police officer", "the city's bombing by US
    planes": where an act noun's own "by" phrase names who did it, its possessor is whom it
    was done to (as in "the arrest of X by police" / "X's arrest by police"), never a second
    doer. The possessor moves from the actors to the targets."""
    agents = {
        p.i for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in _pobjs(c)
    }
    if not agents or not any(a.i in agents for a in roles.actors):
        return
    owners = [a for a in roles.actors if a.dep_ == "poss" and a.head.i == head.i]
    if not owners:
        return
    roles.actors = [a for a in roles.actors if a not in owners]
    roles.targets += [o for o in owners if o not in roles.targets]


def _protested_on_place(token: Token) -> bool:
    """Whether a protest's "on" object is where it was held, not whom it was against: "a
    demonstration was staged on K2 Road", "a sit-in on the Karakoram Highway", "a protest on
    the main road": a road, a street, a square or a facility or area the model names is never
    the party a protest is made to (the place stage reads the ground). A country or city
    stays: "a strike on Iran" is an attack the lexicon took for a walkout."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "on"
        and (token.ent_type_ in ("FAC", "LOC") or _lemma(token) in WHERE_NOUNS)
    )


def _participle_agents(head: Token) -> list[Token]:
    """The "by" phrase of an active participle that tells what an event noun did ("condemned
    the bomb blast targeting a school bus by Indian-backed terrorists", "strikes hitting
    Houthi positions by US forces"): an "-ing" participle has no agent of its own, so the
    "by" phrase the parser hung on it belongs to the act it describes. Only someone (by
    :func:`_someone`): "by the roadside", "by road" are where and how."""
    return [
        p
        for clause in head.children
        if clause.dep_ == "acl" and clause.tag_ == "VBG" and not _own_subject(clause)
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for p in _pobjs(prep)
        if _someone(p)
    ]


def _own_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own (active, passive or a clause)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


#: verbs whose past participle after an act says who perpetrated it ("an attack carried out
#: by militants", "a raid conducted by the CTD", "the bombing claimed by the TTP"); not
#: "led", "held", "staged", which as often describe what was attacked ("an attack on a
#: convoy led by a major", "a strike on a meeting held by Hamas")
PERPETRATING = frozenset(
    "carry conduct perpetrate commit execute launch mount orchestrate mastermind claim".split()
)


def _own_right_edge(head: Token) -> int:
    """The last token of a noun's own phrase: its modifiers and arguments, not the nouns
    coordinated with it ("a grenade attack on Malazai and an attack on Gambila police
    station" ends the first attack at "Malazai")."""
    right = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ not in ("conj", "cc", "punct"):
            right = max(right, child.right_edge.i)
    return right


def _trailing_agents(head: Token) -> list[Token]:
    """The "by" agent of a perpetrating participle that directly follows an event noun's
    phrase but that the parser hung elsewhere ("confirming ... an attack on Gambila police
    station in Lakki Marwat carried out by up to 16 attackers", "carried" read as a clause of
    "confirming"): a reduced relative tells the noun just before it, so its agent did the
    act. Only a bare participle (no subject, no auxiliary: "..., the attack was carried out
    by X" is a clause of its own, told by its own verb) and only someone."""
    doc = head.doc
    following = _own_right_edge(head) + 1
    if following < head.sent.end and doc[following].text == ",":
        following += 1
    if following >= head.sent.end:
        return []
    verb = doc[following]
    if (
        verb.tag_ not in ("VBN", "VBD")
        or _lemma(verb) not in PERPETRATING
        or verb.head.i == head.i
        or _own_subject(verb)
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return []
    return [p for p in _agents(verb) if _someone(p)]


#: what is planted, thrown or set off to blast ("a landmine planted by unknown people", "a
#: grenade hurled by miscreants", "the IED was planted by terrorists")
BLAST_DEVICES = frozenset("bomb ied explosive device mine landmine grenade".split())
#: what is done to a device by whoever attacks with it: it is planted, laid, set off, thrown
PLANTING = frozenset("plant place fit install hide attach lay bury detonate hurl throw lob".split())


def device_setters(scope: Iterable[Token]) -> list[Token]:
    """Who planted, laid, threw or set off a blast device told in ``scope`` ("killed after he
    stepped on a landmine planted by unknown people", "a roadside bomb planted by unknown
    miscreants went off", "the IED was planted by unknown persons"): whoever planted the bomb
    did the bombing, though the sentence tells the harm by the blast or the victim. The
    device's participle or passive verb with its "by" agent, only someone ("detonated by
    remote control" is how)."""
    found: list[Token] = []
    for device in scope:
        if not _is_noun(device) or _lemma(device) not in BLAST_DEVICES:
            continue
        verbs = [c for c in device.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
        if device.dep_ == "nsubjpass" and _is_verb(device.head):
            verbs.append(device.head)
        for verb in verbs:
            if _lemma(verb) in PLANTING:
                found += [p for p in _agents(verb) if _someone(p) and p not in found]
    return found


#: acts of war waged across a territory: "its military campaign in the Gaza Strip"
CAMPAIGNS = frozenset("campaign offensive bombardment invasion siege onslaught".split())


def _campaigned_on(head: Token, context: _Context) -> list[Token]:
    """The territory a war campaign is waged "in" ("Israel resumed its military campaign in
    the Gaza Strip", "the offensive in Gaza has killed ..."): the campaign is against that
    land and its people, which is where it is and whom it strikes. The "in" phrase may hang
    on the noun or on its verb ("resumed ... in Gaza")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"]
    if head.dep_ in ("dobj", "obj") and _is_verb(head.head):
        preps += [
            c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i
        ]
    return [p for prep in preps[:1] for p in _pobjs(prep) if _territory(p, context)]


def _territory(token: Token, context: _Context) -> bool:
    """A named land (a state, a region, a territory) by its mention's label or the gazetteer."""
    span = _mention_at(token, _participants(context))
    if span is None:
        return False
    labels = {m.label for m in _participants(context) if (m.start, m.end) == span}
    if labels & {"GPE", "LOC"}:
        return True
    return not labels & {"PERSON", "NORP"} and bool(
        load_gazetteer().candidates(context.text[slice(*span)])
    )


#: things an attack strikes that a name before them names ("the Jaffar Express train
#: attack", "the Khuzdar bus blast", "the Bannu mosque bombing": the train, the bus's town),
#: so that name is no doer (17 of the 1,876 archive articles write one)
#: (not "car", "truck", "vehicle": "the TTP car bomb attack" names the weapon, not the struck)
STRUCK_NOUNS = frozenset(
    "train bus minibus coach convoy school hotel mosque church temple shrine hospital "
    "market".split()
)

#: common nouns after a name before an attack noun that make the name say what or where
#: was struck ("the Kabul airport bombing", "the Bannu district attack"), never who struck
SITE_NOUNS = STRUCK_NOUNS | PLACE_NOUNS | WHERE_NOUNS

#: the last words of names of things an attack strikes: a struck noun, or "Express", how a
#: train service is named ("the Jaffar Express attack", "the Army Public School attack",
#: "the Marriott Hotel bombing"): the name says what it is by its own head word
STRUCK_NAME_HEADS = STRUCK_NOUNS | {"express"}


def _struck_name(tokens: range, doc: Doc) -> bool:
    """Whether the name over ``tokens`` names a thing struck by its own last word."""
    return bool(tokens) and doc[tokens[-1]].lower_ in STRUCK_NAME_HEADS


def _premodifier_names(head: Token, noun: Token, kind: str, context: _Context) -> list[Token]:
    """Names before an event noun act in it: "the IRGC's attacks", "US drone
    strike". Not "Iran-backed" (who backs is no actor), and for stances only
    organisations, people and possessors ("Afghan peace talks" are about Afghans)."""
    window = [t for t in _premodifiers(head) if t.i != noun.i]
    if not window:
        return []
    doc = head.doc
    start, end = window[0].idx, window[-1].idx + len(window[-1].text)
    found: list[Token] = [  # "The IRGC's attacks" where the model saw no name
        t
        for t in window
        if t.dep_ == "poss"
        and t.pos_ == "PROPN"
        and t.ent_type_ not in NOT_PARTICIPANTS
        and not _month_of_date(t)
        and _mention_at(t, context.mentions) is None
    ]
    for mention in _participants(context):
        if not start <= mention.start < end or mention.end > end:
            continue
        tokens = _mention_tokens(mention, doc)
        if not tokens or any(doc[i].dep_ == "npadvmod" or _month_of_date(doc[i]) for i in tokens):
            continue  # "Oct" of "Hamas’s Oct 7, 2023 raid" (read as a name) is no doer
        if any(_lemma(t) in SITE_NOUNS for t in doc[tokens[-1] + 1 : head.i] if t.pos_ == "NOUN"):
            # "the Jaffar Express train attack", "the Kabul airport bombing": the name of the
            # train or of the place the struck site is in, not who attacked
            continue
        if kind == "ASSAULT" and _struck_name(tokens, doc):
            continue  # "the Jaffar Express attack": the train struck (:func:`_struck_names`)
        last = doc[tokens[-1]]
        possessive = last.i + 1 < len(doc) and doc[last.i + 1].dep_ == "case"
        if kind in SOFT_TYPES and mention.label not in ("ORG", "PERSON") and not possessive:
            continue
        found.append(last)
    return found


def _struck_names(head: Token, noun: Token, context: _Context) -> list[Token]:
    """Names before an attack noun that name what it struck by their own last word ("the
    Jaffar Express attack", "the Army Public School bombing"): the train or the school was
    attacked, whatever label the model gave the name (trains are often typed ORG, as a
    group that attacks would be)."""
    window = [t for t in _premodifiers(head) if t.i != noun.i]
    if not window:
        return []
    doc = head.doc
    start, end = window[0].idx, window[-1].idx + len(window[-1].text)
    return [
        doc[tokens[-1]]
        for mention in _participants(context)
        if start <= mention.start < end and mention.end <= end
        for tokens in [_mention_tokens(mention, doc)]
        if _struck_name(tokens, doc)
    ]


def _of_argument(prep: Token, kind: str, roles: _Roles) -> list[Token]:
    """ "the arrest of X" names the target; "the shelling of Iranian border forces"
    names who shelled (armed forces shell, they are rarely shelled by name)."""
    objects = _pobjs(prep)
    if prep.lower_ == "of" and kind == "ASSAULT":
        forces = [o for o in objects if _lemma(o) in ("force", "troop", "army", "military")]
        roles.actors += forces
        return [o for o in objects if o not in forces]
    return objects


def _support_verb(head: Token) -> Token | None:
    """The verb whose subject performs (or undergoes) an event noun: "launched
    strikes", "attacks carried out by X", "responded on Monday with air strikes",
    "claimed responsibility for the attack"."""
    current = head
    for _ in range(4):
        dep, parent = current.dep_, current.head
        if dep in ("dobj", "nsubjpass", "conj", "compound") and _is_verb(parent):
            # "called the attack a cowardly act": a verb with an object predicate names the
            # act it governs (as "termed", "branded" do), it does not carry it out
            naming = dep == "dobj" and any(c.dep_ == "oprd" for c in parent.children)
            return parent if _supports(parent, head) and not naming else None
        if dep == "pobj" and parent.pos_ == "ADP":
            governor = parent.head
            if _is_verb(governor):
                # "Yemenis taking part in a weekly protest": who protested (those taking part
                # in an attack may be its foot soldiers, not the side that attacked)
                took_part = (
                    parent.lower_ == "in"
                    and (_trigger(current) or ("",))[0] == "PROTEST"
                    and any(
                        c.dep_ in ("dobj", "obj") and _lemma(c) == "part" for c in governor.children
                    )
                )
                # "a personnel lost his life in a gun attack", "died in the blast": who
                # suffers a harm in an act underwent it (:func:`_support_roles`)
                suffered = _lemma(governor) in SUFFERING and parent.lower_ in ("in", "during")
                supported = (
                    (_lemma(governor), parent.lower_) in PREP_SUPPORT or took_part or suffered
                )
                return governor if supported else None
            if _lemma(governor) == "responsibility" and parent.lower_ == "for":
                current = governor
                continue
            if parent.lower_ == "of" and _lemma(governor) in SERIES_NOUNS:
                current = governor  # "launched a series of air strikes": who launched them
                continue
            break
        if dep in ("conj", "dobj") and _is_noun(parent):  # "missile and drone strikes"
            current = parent
            continue
        break
    return _support_before(head)


#: the event nouns a verb of putting forward makes: statements, and an accusation, which is
#: put forward as a demand is ("levelled allegations against X", "repeated the accusation")
PUT_FORWARD_TYPES = STANCE_TYPES | {"ACCUSE"}


#: support verbs whose "re-" form says something else than doing the act again: one who
#: "recalled the attack" remembered it
NOT_AGAIN = frozenset({"call"})


def _done_again(lemma: str) -> bool:
    """Whether a verb is a support verb with the prefix of repetition ("reimposed crippling
    sanctions", "relaunched its offensive", "re-imposed the curfew"): who does an act again
    does it, as who "resumed" it does."""
    stem = lemma.removeprefix("re").removeprefix("-")
    if stem == lemma or stem in NOT_AGAIN:
        return False
    # the small model cuts some forms badly ("relaunched" -> "relaunche")
    return stem in SUPPORT_VERBS or (stem.endswith("e") and stem[:-1] in SUPPORT_VERBS)


def _supports(verb: Token, noun: Token | None = None) -> bool:
    """Whether a verb carries out (or undergoes) an event noun; a verb of putting forward
    only a statement noun ("reiterated his threat", "presented demands")."""
    lemma = _lemma(verb)
    if lemma in SUPPORT_VERBS or lemma in UNDERGO_VERBS or _done_again(lemma):
        return True
    if lemma not in PUTTING_FORWARD or noun is None:
        return False
    found = _trigger(noun)
    return found is not None and found[0] in PUT_FORWARD_TYPES


def _relative_support(head: Token) -> Token | None:
    """ "attacks that militants carried out": a support verb in a relative clause; or in a
    participle clause with its doer ("an attack on Gambila police station carried out by up
    to 16 attackers", "protests called by the BYC": :func:`support_participle`)."""
    for child in head.children:
        if child.dep_ == "relcl" and _lemma(child) in SUPPORT_VERBS:
            return child
    return support_participle(head)


def support_participle(noun: Token) -> Token | None:
    """The past participle of a support verb that follows an event noun with a "by" phrase
    ("a blast carried out by militants", "an attack claimed by the TTP", "a rally led by
    X"): the reduced relative names who did the act (55 of the 1,876 archive articles write
    one). Only with its "by" phrase, which says who; without it ("an attack carried out on
    Monday") the participle adds nothing to the roles."""
    for child in noun.children:
        if child.dep_ == "acl" and _lemma(child) in SUPPORT_VERBS and _agents(child):
            return child
    return None


def _support_before(head: Token) -> Token | None:
    """Linear fallback: "responded on January 18 with air strikes" where the
    parser hung the noun elsewhere; the verb must govern a "with" before it."""
    start = min([head.i, *[t.i for t in _premodifiers(head)]])
    if start == 0 or head.doc[start - 1].lower_ != "with":
        return None
    for i in range(start - 2, max(head.sent.start, start - 8) - 1, -1):
        token = head.doc[i]
        if _is_verb(token):
            return token if _lemma(token) in ("respond", "retaliate", "hit") else None
    return None


def _support_roles(head: Token, kind: str, roles: _Roles) -> None:
    """Fill actors (or targets) from the verb an event noun depends on."""
    verb = _support_verb(head)
    if verb is None:
        relative = _relative_support(head)
        if relative is not None and not roles.actors:
            roles.support = relative
            roles.actors += [
                c for c in relative.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
            ]
            roles.actors += _agents(relative)
        _responsible_roles(head, roles, kind)
        return
    roles.support = verb
    lemma = _lemma(verb)
    if lemma in UNDERGO_VERBS or lemma in SUFFERING:
        roles.targets += _subjects(verb)
        if not roles.actors:  # "suffered heavy shelling by Indian troops", "at the hands of"
            roles.actors += [
                g
                for c in verb.children
                if c.dep_ in ("prep", "agent") and c.i > head.i
                for g in (_pobjs(c) if c.lower_ == "by" else _at_hands_of(c))
            ]
    elif not roles.actors:
        if head.dep_ == "nsubjpass" or (_is_passive(verb) and head.dep_ != "pobj"):
            roles.actors += _agents(verb)
        else:
            roles.actors += _subjects(verb) or _taking_part(verb, head)
    participle = support_participle(head) if not roles.actors else None
    if participle is not None:  # "Protests called by the BYC were held": the BYC's
        roles.actors += _agents(participle)
    if not roles.targets:
        preps = _target_preps(kind, noun=True) - {"of"}
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > head.i:
                roles.targets += _pobjs(child)


def _taking_part(verb: Token, head: Token) -> list[Token]:
    """Who a participle phrase says took part in an act: "the terrorists involved in the
    attack on the Jaffar Express", "five suspects involved in the killing of a trader",
    "militants engaged in the assault": a participle after a noun has no subject of its own,
    and the noun it describes is who was involved, so the act's doer (the GUIDE's ACLED
    actor 1, an allegation where the sentence hedges it). Only a verb of taking part with
    the act as its prepositional object (:data:`PREP_SUPPORT`), hung on a noun that can act
    (:func:`_can_act`), not on a thing or another act ("the losses involved in the
    attack"), nor on a word that names no one by itself ("trace the elements involved in
    the attack", where "anti-state elements" would say who)."""
    doer = verb.head
    if verb.dep_ != "acl" or head.dep_ != "pobj" or doer is verb or not _is_noun(doer):
        return []
    if _trigger(doer) is not None or not _can_act(doer):
        return []
    if _lemma(doer) in VAGUE_DOERS and not any(
        c.dep_ in ("amod", "compound") for c in doer.children
    ):
        return []
    return _with_conjuncts(doer)


#: words for people that say nothing of who they are unless something qualifies them
#: ("the elements involved in the attack", but "anti-state elements")
VAGUE_DOERS = frozenset({"element", "individual", "one", "other"})


#: verbs that lay an act at someone's door: "the attack was linked to X", "blamed on X"
ATTRIBUTING = frozenset({"link", "blame", "attribute", "tie"})


def _attributed_to(head: Token) -> list[Token]:
    """Whom an act is laid on: "the attack on Sindh House has been linked to former MNAs
    Fahim Khan and Ataullah Niazi", "a stabbing ... was blamed on an Afghan immigrant", "the
    group was linked to that attack", "two men linked to the bombing", "an attack blamed on
    the Taliban"."""
    verb = head.head
    if head.dep_ == "nsubjpass" and _lemma(verb) in ATTRIBUTING:
        return [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "on") and c.i > head.i
            for p in _pobjs(c)
            if _can_act(p)  # not "linked to the May 9 riots"
        ]
    blamed = [
        p
        for verb in head.children
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and _lemma(verb) in ATTRIBUTING
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on")
        for p in _pobjs(c)
        if _can_act(p)
    ]
    if blamed:
        # "an attack blamed on the Taliban", "the bombing linked to the TTP": the passive
        # told as a participle after the act lays it on the same doer
        return blamed
    if head.dep_ != "pobj" or head.head.lower_ not in ("to", "for"):
        return []
    verb = head.head.head
    if not _is_verb(verb) or _lemma(verb) not in ATTRIBUTING:
        return []
    if _is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubjpass" and _can_act(c)]
    if verb.dep_ == "acl" and _participle(verb) and _can_act(verb.head):
        return [verb.head]
    return []


#: nouns for a share in an act: "arrested for their alleged involvement in the rape"
INVOLVEMENT = frozenset({"involvement", "role", "part", "complicity", "hand"})

#: what an arrest, a booking or a charge is "over" or "for" ("arrested over the shooting",
#: "booked for the attack")
HELD_FOR = frozenset({"over", "for"})

#: verbs that hold someone to answer for an act: the police or a court acts on them. Not
#: "blame" or "accuse": one side's accusation ("India blames Pakistan for the attack") names
#: no actor the outlet reports
HOLDING = frozenset("arrest detain apprehend nab book charge convict jail imprison".split())


def _charging_verb(head: Token) -> Token | None:
    """The verb that arrests, books or charges someone for the act an event noun names:
    "arrested for their alleged involvement in the gang rape", "were arrested in connection
    with the attack", "detained over the shooting" (the phrase may hang on the verb or on
    the one it holds: "arrested five suspects for ..."). None for any other phrase."""
    if head.dep_ != "pobj":
        return None
    prep = head.head
    governor = prep.head
    if prep.lower_ == "in" and _lemma(governor) in INVOLVEMENT:
        # "for (their alleged) involvement in X": the share hangs on "for" under the verb
        if governor.dep_ != "pobj" or governor.head.lower_ != "for":
            return None
        verb = governor.head.head
    elif prep.lower_ == "with" and governor.lower_ == "connection":
        # "in connection with X": "with" on "connection", on "in", on the verb
        if governor.dep_ != "pobj" or governor.head.lower_ != "in":
            return None
        verb = governor.head.head
    elif prep.lower_ == "of" and governor.lower_ == "case":
        # "arrested in the case of the murder of X": "of" on "case", on "in", on the verb
        if governor.dep_ != "pobj" or governor.head.lower_ != "in":
            return None
        verb = governor.head.head
    elif prep.lower_ in HELD_FOR:
        verb = governor
    else:
        return None
    if _is_noun(verb) and verb.dep_ in ("dobj", "obj", "nsubjpass"):
        verb = verb.head  # "arrested five suspects for ...": the phrase on the one held
    if _is_verb(verb) and _lemma(verb) in HOLDING:
        return verb
    return None


#: nouns for what someone is held or put on record "on": "on charges of attacking"
CHARGE_NOUNS = frozenset({"charge", "allegation", "accusation"})


def _files_case(verb: Token) -> bool:
    """Whether ``verb`` puts a case on record against someone (:func:`_case_against`)."""
    return _lemma(verb) in FILING_VERBS and _case_against(verb)


def put_on_record(verb: Token) -> bool:
    """Whether a passive verb puts a case on record against someone with no one named who
    did ("a case was registered against the suspect and the group admin", "a first
    information report was registered against the driver", "the father and uncle were
    booked on the complaint of a police officer"): in the South Asian reports that write it,
    the police (or another law-enforcement agency) register cases, so the force the article
    names is who did it, as for an agentless arrest (:func:`arresting_forces`). A
    complainant is who asked for the case, not who registered it."""
    if not _is_verb(verb) or not _is_passive(verb) or _agents(verb):
        return False
    return _lemma(verb) == "book" or _files_case(verb)


def _defendants(verb: Token) -> list[Token]:
    """The "against" phrase of a case ``verb`` puts on record ("registered an FIR against the
    party's workers"), on the verb or on its case."""
    cases = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass"))]
    return [
        g
        for holder in cases
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for g in _pobjs(p)
    ]


def _charged(verb: Token) -> list[Token]:
    """Whom a holding or case-filing verb holds to answer: who a case put on record is
    against (:func:`_defendants`), else the one arrested or booked (:func:`_accused`)."""
    if _files_case(verb):
        return _defendants(verb)
    return [g for held in _accused(verb) for g in _with_conjuncts(held)]


def _charged_for(prep: Token) -> list[Token]:
    """Who did the act a case or an arrest is "for" or "on charges of", told as a gerund the
    parser hung away from the verb: "registered an FIR against the PTI leaders and workers on
    charges of attacking and vandalising the Jinnah House", "registered a case against the
    priest named X under Section 365 for kidnapping a girl" (the phrase on "named"), "arrested
    two men on charges of killing a trader". The verb is the nearest above the phrase that
    holds someone (:data:`HOLDING`) or files a case against someone; nobody otherwise."""
    if prep.lower_ == "of":
        noun = prep.head
        if _lemma(noun) not in CHARGE_NOUNS or noun.dep_ != "pobj":
            return []
        if noun.head.lower_ not in ("on", "over", "under"):
            return []
        prep = noun.head
    elif prep.lower_ != "for":
        return []
    for step, above in enumerate(prep.ancestors):
        if step > 5:
            break
        if _is_verb(above) and _files_case(above):
            return _defendants(above)  # a case is against someone: "the so-called priest"
        if _is_verb(above) and _lemma(above) in HOLDING:
            return [t for t in _charged(above) if _can_act(t)]
    return []


def _held_for(head: Token, kind: str) -> list[Token]:
    """Who is arrested, booked or charged for an act is who is alleged to have done it:
    "Punjab police arrested five suspects for their alleged involvement in the gang rape of a
    child" (the suspects raped, alleged), "two suspects were arrested in connection with an
    alleged gang rape", "a man was detained over the shooting". The one held is the verb's
    object, or its subject when the verb is passive (:func:`_accused`); never the arresting
    police. An arrest held "for" an arrest is no such act."""
    if kind == "COERCE":
        return []
    held_in = _custody_for(head)
    if held_in:
        return held_in
    verb = _charging_verb(head)
    if verb is None:
        return []
    return [g for held in _accused(verb) if _can_act(held) for g in _with_conjuncts(held)]


#: nouns of being held that "under" or "in" puts someone in: "under arrest", "in custody"
CUSTODY = frozenset({"arrest", "custody", "detention"})


def _custody_for(head: Token) -> list[Token]:
    """Who is held "for" an act told with a noun of custody rather than a verb of arresting:
    "Two possible gang members are under arrest for the murder of a deputy", "a man is in
    custody for the shooting": the subject of the verb "under arrest" or "in custody" hangs
    on (as the one "arrested for" it, :func:`_charging_verb`)."""
    if head.dep_ != "pobj" or head.head.lower_ not in HELD_FOR:
        return []
    custody = head.head.head
    if _lemma(custody) not in CUSTODY or custody.dep_ != "pobj":
        return []
    if custody.head.lower_ not in ("under", "in"):
        return []
    verb = custody.head.head
    return [
        g
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and _can_act(c)
        for g in _with_conjuncts(c)
    ]


def _responsible_roles(head: Token, roles: _Roles, kind: str = "") -> None:
    """ "X was responsible for / behind the attack", "the attack was linked to X", "X was
    arrested in connection with the attack": X acted."""
    if not roles.actors:
        roles.actors += _attributed_to(head)
    if not roles.actors:
        roles.actors += _held_for(head, kind)
    if roles.actors or head.dep_ != "pobj":
        return
    prep = head.head
    holder = prep.head if prep.lower_ == "for" else prep
    if _lemma(holder) in RESPONSIBLE or prep.lower_ == "behind":
        verb = holder if _is_verb(holder) else holder.head
        if _is_verb(verb):
            roles.actors += _subjects(verb)


def _absorb(roles: _Roles, kind: str, triggers: dict[int, Trigger], context: _Context) -> None:
    """An argument that is itself an event noun of the same type is that event:
    "killed by a US drone strike" -> actor US, mode aerial, one event."""
    actors: list[Token] = []
    for actor in roles.actors:
        if actor.tag_ in ("WDT", "WP"):
            # "the Pulwama attack, which killed 40 soldiers": "which" is the attack itself
            clause = actor.head
            if actor.dep_ == "nsubj" and _located_act(clause.head, clause) is not None:
                # "the April 22 attack in Pahalgam, which killed 26": the act the place
                # locates did it, told apart (with its own date) and folded with this one;
                # its doer is its own, never the place
                continue
            actor = _resolve_pronoun(actor) or actor
        found = triggers.get(actor.i)
        if found and found[0] == kind and _is_noun(actor):
            inner = _noun_roles(actor, kind, context)
            actors += inner.actors
            roles.mode = roles.mode or found[1] or _context_mode(actor)
            roles.absorbed.add(actor.i)
        elif found and _is_noun(actor) and not _can_act(actor):
            continue  # an act of another kind is no one: "a protest targeting X"
        else:
            actors.append(actor)
    roles.actors = actors
    for target in roles.targets:
        found = triggers.get(target.i)
        if found and found[0] == kind and _is_noun(target):
            roles.absorbed.add(target.i)
    for theme in roles.themes:  # "lifted a blockade on X": one easing, of X
        if theme.i in triggers and _is_noun(theme):
            roles.absorbed.add(theme.i)
            if not roles.targets:
                roles.targets += _noun_roles(theme, triggers[theme.i][0], context).targets
    for instrument in roles.instruments:
        found = triggers.get(instrument.i)
        if found and found[0] == kind and _is_noun(instrument):
            roles.absorbed.add(instrument.i)
            roles.mode = roles.mode or found[1] or _context_mode(instrument)
    kept = [t for t in roles.targets if t.i not in roles.absorbed]
    # a named road is where, when the act names whom it struck besides ("killed two men on
    # Sariab Road"); alone ("a gang rape on the motorway") it is all the act has to go by
    roles.targets = [t for t in kept if not _named_where(t)] or kept
    _reciprocal_targets(roles)


def _named_where(token: Token) -> bool:
    """A named road, area or town after a locative preposition ("killed on Sariab Road",
    "an explosion on Jan Muhammad Road", "a crossfire on Barki Road", "a demonstration was
    staged on K2 Road"): it says where the act happened, not whom it was done to. Only a
    name ending in a word that says where (:data:`WHERE_NOUNS`), and after "on" only a
    road's ("an attack on a village", "strikes on Gaza City" keep what they struck)."""
    prep = token.head.lower_
    return (
        token.dep_ == "pobj"
        and (
            (prep in ("at", "near", "along") and _lemma(token) in WHERE_NOUNS)
            # "strikes on Gaza City" struck the city; "on Sariab Road" is only where
            or (prep == "on" and _lemma(token) in WHERE_NOUNS - NAMED_PLACE_NOUNS)
        )
        and (
            token.pos_ == "PROPN"
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
        )
    )


def _reciprocal(token: Token) -> bool:
    """The reciprocal pronoun "each other" / "one another" (its head word with the
    determiner the parser hangs on it), not "each other's houses" (a thing they own)."""
    return (
        token.lower_ in ("other", "another")
        and token.dep_ != "poss"
        and not any(c.dep_ == "case" for c in token.children)
        and (
            any(c.lower_ in ("each", "one") for c in token.children)
            or (token.i > 0 and token.doc[token.i - 1].lower_ in ("each", "one"))
        )
    )


def _reciprocal_targets(roles: _Roles) -> None:
    """Who "each other" is: the actors themselves ("members of both families opened fire
    at each other", "Both sides have accused each other"). A reciprocal object says each
    party did the act to the others, so every actor is also a target; the pronoun alone
    names no one."""
    if not any(_reciprocal(t) for t in roles.targets):
        return
    named = [a for a in roles.actors if a.pos_ != "PRON"]
    rest = [t for t in roles.targets if not _reciprocal(t)]
    roles.targets = rest + [a for a in named if a not in rest]
    roles.mutual = bool(named)


#: common nouns for the sides of a quarrel, told together as one plural ("the warring
#: sides", "two parties", "both tribes", "rival groups")
SIDE_NOUNS = frozenset("side party tribe group faction family clan rival".split())
#: words before such a plural that say it is the sides of one quarrel, each the other's
BOTH_WORDS = frozenset("both two warring rival opposing".split())
#: acts of fighting that two sides do to each other ("clashed", "exchanged fire")
FOUGHT_ACTS = frozenset("clash exchange fight skirmish feud".split())
#: types whose parties do the act with each other (a pact is signed by both)
TOGETHER_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _sides_together(token: Token) -> bool:
    """Whether ``token`` is the sides of one quarrel told as one plural: "the warring
    sides", "two parties", "both tribes", "rival groups"."""
    return (
        token.tag_ == "NNS"
        and _lemma(token) in SIDE_NOUNS
        and any(c.lower_ in BOTH_WORDS for c in token.children if c.i < token.i)
    )


def _between_sides(sides: list[Token], roles: _Roles) -> None:
    """The parties of a pact or talks told "between" them: the first named is the actor,
    the others its targets ("talks between Pakistan and India"); one plural names every
    side at once ("a peace deal was signed between warring tribes", "talks between the two
    countries"), so it is actor and target both, as "each other" is. Why: "between" always
    joins two sides or more, and left as targets only the event named nobody who acted
    (a meeting of two is coded one with the other, :data:`TOGETHER_TYPES`)."""
    if len(sides) > 1:
        roles.actors += sides[:1]
        roles.targets += sides[1:]
    elif (
        sides
        and sides[0].tag_ in ("NNS", "NNPS")
        and not any(t.dep_ == "cc" for t in sides[0].subtree)
    ):
        # not "between US envoy Adam Boehler and Taliban officials", two sides the parser
        # folded into one plural's modifiers
        roles.actors += sides
        roles.targets += sides
        roles.mutual = True
    else:
        roles.targets += sides  # "talks between them": whom, as before


def between_parties(sides: list[Token]) -> tuple[list[Token], list[Token], bool]:
    """:func:`_between_sides` for callers that keep actors and targets apart: (actors,
    targets, whether the one plural is both)."""
    roles = _Roles()
    _between_sides(sides, roles)
    return roles.actors, roles.targets, roles.mutual


def sides_to_each_other(trigger: Token, kind: str, roles: _Roles) -> None:
    """Whom "the warring sides signed a peace agreement" or "rival groups clashed" was with:
    the sides themselves. One plural names both parties of a pact or a fight, each acting
    on the other, so the actor is the target too (the labelling guide: "both as actor and
    target"), as with "each other" (:func:`_reciprocal_targets`)."""
    fought = kind == "ASSAULT" and _lemma(trigger) in FOUGHT_ACTS
    if fought and _named_sides_fought(roles):
        roles.targets = list(roles.actors)
        roles.mutual = True
        return
    if roles.targets or len(roles.actors) != 1 or not _sides_together(roles.actors[0]):
        return
    if kind in TOGETHER_TYPES or fought:
        roles.targets = list(roles.actors)
        roles.mutual = True


#: prepositions of where a fight took place ("exchanged fire at the border", "clashed near
#: the checkpost", "along the Line of Control")
FOUGHT_WHERE = frozenset("at near along across over on in inside outside".split())


def _named_sides_fought(roles: _Roles) -> bool:
    """Whether the subject of a fight is two sides or more told by coordination ("Pakistan
    and India have exchanged fire at the border", "the army and the militia clashed"), with
    no target but where it was fought: each side fired at the other (the labelling guide
    takes either side of an exchange of fire as actor and as target), so the sides are its
    targets too. Why: the verb's "at" phrase had been read as what was fired at, so the
    border was the target and neither side was; one plural ("rival groups") is
    :func:`_sides_together`'s, a fight "with" someone names the other side itself."""
    actors = roles.actors
    if len(actors) < 2 or not all(a.pos_ in ("NOUN", "PROPN") for a in actors):
        return False
    first = actors[0]
    if any(a is not first and (a.dep_ != "conj" or first not in a.ancestors) for a in actors):
        return False  # sides coordinated in one subject, not actors gathered from clauses
    return all(t.dep_ == "pobj" and t.head.lower_ in FOUGHT_WHERE for t in roles.targets)


#: plural nouns for the parties of a pact that agree among themselves ("the three
#: participants had agreed", "the two countries agreed"); other plurals that agree to do
#: something ("the protesters agreed to end their blockade") agree with someone else
PARTY_NOUNS = SIDE_NOUNS | frozenset("participant country nation state delegation".split())


def _many(party: Token) -> bool:
    """Whether a party is many that can deal with each other: a plural ("the parties",
    "Elders of the tribe") or a body that meets as one ("the National Security Committee"),
    never one person or one state ("Trump's visit", "talks mediated by Oman")."""
    return party.tag_ in ("NNS", "NNPS") or _lemma(party) in SPEAKING_BODIES


def dealt_with_each_other(trigger: Token, kind: str, roles: _Roles) -> bool:
    """Whether the parties of a talk or a pact that names no other party dealt with each
    other, so that they are its targets too: "the parties signed a peace deal", "Elders of
    the tribe held a jirga", "Israeli and Syrian officials were in direct contact". Why: a
    talk or a pact has no one side that acts (the labelling guide codes both as actor and
    target), and an empty target dropped the party the sentence does name. Not an agreement
    to do something by parties that are not sides ("the protesters agreed to end their
    blockade", "Iran agreed to allow inspectors"): that agrees with someone the sentence
    leaves out."""
    if kind not in TOGETHER_TYPES or roles.targets or not roles.actors:
        return False
    if not all(_many(a) for a in roles.actors):
        return False  # "Trump's visit", "talks mediated by Oman": one party meets others
    if kind != "AGREE" or trigger.pos_ not in ("VERB", "AUX"):
        return True
    if not any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
        return True  # "the parties signed", "the sides agreed"
    return any(a.tag_ in ("NNS", "NNPS") and _lemma(a) in PARTY_NOUNS for a in roles.actors)


def _mention_tokens(mention: Mention, doc: Doc) -> range:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _core(head: Token) -> set[int]:
    """Token indices of a noun phrase without clauses or place phrases: the
    head, its compounds, possessors, determiners, "of" phrases, and adjectives
    (not their own dependents: "Iran-backed" says who backs, not who acts)."""
    keep = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in CORE_DEPS:
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "amod":  # "Hungarian and Romanian officials"
                keep.update(c.i for c in [child, *child.conjuncts])
            elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ in PARTITIVE_POS:
                keep.add(child.i)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        keep.add(pobj.i)
                        stack.append(pobj)
    return keep


def _trim(doc: Doc, first: int, last: int) -> Span:
    """Character span of tokens first..last without a trailing "'s" or punctuation."""
    while last > first and (doc[last].is_punct or doc[last].dep_ == "case"):
        last -= 1
    return (doc[first].idx, doc[last].idx + len(doc[last].text))


def _resolve_pronoun(token: Token) -> Token | None:
    """ "CTD said it arrested ...": a subject pronoun in a reported clause is the
    reporter; relative pronouns are the noun they hang on."""
    if token.tag_ in ("WDT", "WP"):
        clause = token.head
        if clause.dep_ != "relcl" or not _is_noun(clause.head):
            return None
        located = _located_act(clause.head, clause) if token.dep_ == "nsubj" else None
        return located or clause.head
    if token.dep_ != "nsubj" or token.lower_ not in ("it", "they", "we"):
        return None  # "he" is as often someone else the reporter speaks of
    clause = token.head
    for _ in range(4):
        if clause.head.i == clause.i or clause.dep_ not in CLAUSE_LINKS:
            return None
        clause = clause.head
        if _is_verb(clause):
            named = [
                c
                for c in clause.children
                if c.dep_ == "nsubj" and c.pos_ != "PRON" and not _stray_possessor(c)
            ]
            if named and token.lower_ == "it" and _person(named[0]):
                return None  # "it exploded, a police officer said": "it" is no person
            if named:
                return named[0]
    return None


#: prepositions that say where something is: "the attack in Pahalgam", "a hospital in El
#: Fasher city of Sudan"
LOCATIVE_PREPS = frozenset({"in", "at", "near", "of", "on", "outside", "inside"})


def _place_word(token: Token) -> bool:
    """Whether a noun names a place: the model's place entity, a noun a place name
    modifies ("El Fasher city", "the Sariab area"), or a name no entity of another kind
    that is the object of "in", "at" or "near" (the model often leaves a small town
    untyped: "the attack in Kashmir's Pahalgam")."""
    if token.ent_type_ in PLACE_MENTIONS or any(
        c.dep_ == "compound" and c.ent_type_ in PLACE_MENTIONS for c in token.children
    ):
        return True
    if _lemma(token) in NAMED_PLACE_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") and c.i < token.i
        for c in token.children
    ):
        return True  # "Birmal tehsil", "the Sariab area": the model may type the name NORP
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in ("", "LOC", "FAC", "GPE")
        and token.dep_ == "pobj"
        and token.head.lower_ in ("in", "at", "near")
    )


def _located_act(noun: Token, clause: Token) -> Token | None:
    """The act a relative clause tells when the parser hung it on the place that act was
    located in ("the April 22 attack in Indian-occupied Kashmir's Pahalgam, which killed 26
    people"; "the attack at a hospital in El Fasher city of Sudan which killed 70"): a place
    named as where something happened does not do what the clause's active verb says, so
    "which" is the act the place phrase locates -- the nearest event noun of the clause's
    own type up the chain of place phrases. None when the clause tells no act or the chain
    reaches none ("the attack in Kurram, which hosted the talks" keeps its place)."""
    told = _trigger(clause)
    if told is None or not _place_word(noun):
        return None
    token = noun
    for _ in range(4):
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
            return None
        token = prep.head
        if not _is_noun(token):
            return None
        found = _trigger(token)
        if found is not None and found[0] == told[0] and not _can_act(token):
            return token
    return None


def located_clauses(noun: Token) -> list[Token]:
    """The relative clauses the parser hung on the places an act noun is located at ("the
    bomb blast near a vehicle on Dasht Road in Mastung, which claimed the lives of three
    personnel"): the mirror of :func:`_located_act`, read from the act down its chain of
    place phrases; a place phrase the parser hung on the verb the act noun is the object of
    ("condemned the blast near a vehicle ...") locates the act too."""
    found: list[Token] = []
    stack = [noun, noun.head] if noun.dep_ in ("dobj", "obj") else [noun]
    for _ in range(4):
        places = [
            p
            for t in stack
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # any noun of the chain: the model types "Dasht Road" a work of art
        found += [c for p in places for c in p.children if c.dep_ == "relcl"]
        stack = places
    return found


def _antecedent(pronoun: Token) -> Token | None:
    """The person "he", "she", "him" or "her" stands for when its own sentence names them
    before it as a subject: "a 17-year-old girl died after she was raped", "a man was carrying
    a bomb, but it exploded, killing him". Not the subject of a reporting verb ("the officer
    said he was shot" may be of anyone), and nobody when the sentence names no such subject."""
    if pronoun.lower_ not in ("he", "she", "him", "her"):
        return None
    bound = own_clause_subjects(pronoun)  # "the officer arrested him" is not the officer
    for token in reversed(pronoun.doc[reported_after(pronoun) : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON" or token.i in bound:
            continue
        if _lemma(token.head) in REPORTING:
            continue
        if token.ent_type_ == "PERSON" or _lemma(token) in HUMAN_NOUNS | YOUNG_NOUNS:
            return token
    if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.dep_ == "advcl":
        # "Thousands attended Nasrallah's funeral, which came months after he was killed":
        # with no person as a subject before it, a clause's "he" is the one name its
        # sentence gave before as a possessor (the small model often types a lone surname
        # ORG or nothing; a place or a people is no "he")
        owners = [
            t
            for t in pronoun.doc[pronoun.sent.start : pronoun.i]
            if t.dep_ == "poss" and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "")
        ]
        return owners[-1] if len(owners) == 1 else None
    return None


def _clause_subject(pronoun: Token) -> Token | None:
    """Whom "they" stands for as the subject of an adverbial clause ("The scholars had
    entered Pakistan when they were detained by police", "the men resisted as they were
    arrested"): the subject of the clause it modifies, when it fits (:func:`_fits`) and
    is no reporter ("police said they arrested" is :func:`_resolve_pronoun`'s). So too in a
    relative clause on the object of a verb ("Saudi authorities have released a cleric they
    detained"): the one who acts on the object is the subject of the verb that governs it."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "obj"):
        governor = clause.head.head  # the verb whose object the relative clause is on
    elif clause.dep_ == "advcl":
        governor = clause.head
    else:
        return None
    if not _is_verb(governor):
        return None
    if _lemma(governor) in REPORTING:
        return None
    return next((s for s in _subjects(governor) if _fits("they", s)), None)


def _them(pronoun: Token) -> Token | None:
    """The people "them" stands for when its sentence names them before it: "police stopped
    protesters ... using tear gas to disperse them", "offloaded seven passengers ... and
    killed them", "detained some people but later released them": the nearest plural word
    for people before it that is not the subject of a clause above it (who does the act is
    not whom it is done to). Nobody when the sentence names none (the sentence before is
    not read)."""
    if pronoun.lower_ != "them" or pronoun.dep_ not in ("dobj", "obj", "pobj"):
        return None
    above = set()
    clause = pronoun.head
    while True:
        above |= {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
        if clause.head.i == clause.i:
            break
        clause = clause.head
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.tag_ not in ("NNS", "NNPS") or token.i in above:
            continue
        subject_conjunct = any(h.i in above for h in token.ancestors if token.dep_ == "conj")
        lemma = _lemma(token)
        if subject_conjunct:
            continue
        if (
            _person(token)
            or lemma in YOUNG_NOUNS | FORCES
            or lemma.endswith(("er", "or", "ist", "ant"))
        ):
            return token
    return None


#: subject pronouns a sentence may open with for the one the sentence before was about
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _fits(pronoun: str, token: Token) -> bool:
    """Whether ``token`` can be what ``pronoun`` stands for: "he"/"she" a person, "it" a
    group, a state or an organisation (never a person), "they" people, a force or a group.
    None of them is ever a place: "protests in Shamozai and adjacent areas as the victims'
    relatives placed ... They accused ..." is the relatives, not "areas", and nobody says a
    place accused or urged (:data:`WHERE_NOUNS`, the model's LOC/FAC)."""
    if token.pos_ == "PRON" or token.ent_type_ in NOT_PARTICIPANTS | {"LOC", "FAC"}:
        return False
    lemma = _lemma(token)
    if lemma in WHERE_NOUNS:
        return False
    if pronoun in ("he", "she"):
        return token.tag_ in ("NN", "NNP") and (_person(token) or lemma in YOUNG_NOUNS)
    if pronoun == "it":
        return not _person(token) and (
            token.ent_type_ in ("ORG", "GPE", "NORP")
            or (token.pos_ == "PROPN" and not token.ent_type_)
            or lemma in ORG_NOUNS
        )
    return (
        token.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in token.children)
        or token.ent_type_ in ("ORG", "NORP")
        or lemma in FORCES
    )


def _states(verb: Token) -> bool:
    """Whether a verb makes a statement: reports one ("said", "added") or is a stance or an
    accusation told as speech ("urged", "condemned", "warned")."""
    if _lemma(verb) in REPORTING | STATING:
        return True
    found = _trigger(verb)
    return found is not None and (
        found[0] in STANCE_TYPES or (found[0] == "ACCUSE" and found[1] in SPEECH_MODES)
    )


def _previous_subject(pronoun: Token, depth: int = 0, speaking: bool | None = None) -> Token | None:
    """Whom a subject pronoun opening a sentence's main clause stands for: the subject of the
    sentence before, when it fits (:func:`_fits`) -- "Senator X condemned the attack. She
    added that the culprits must be arrested", "The CPJ released its report on Monday. It
    said ...", "... the victims' relatives placed the bodies on the motorway. They accused the
    security forces ...": the one a passage is about stays its subject (the main clause's
    first, then the other clauses', nearest first); a pronoun there is followed back (three
    sentences at most). Nobody when the sentence before has no fitting subject, nor when that
    subject only reported ("Waris told the radio that Mehdi is a citizen. He was involved in
    many attacks": a reporter's "he" may be whom he spoke of) unless the pronoun speaks too
    ("..., HRW added. It urged ...", :func:`_states`)."""
    lower = pronoun.lower_
    if lower not in SUBJECT_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass") or depth > 2:
        return None
    sentence = pronoun.sent
    if pronoun.head.i != sentence.root.i or sentence.start == 0:
        return None
    if speaking is None:
        speaking = _states(pronoun.head)
    before = pronoun.doc[sentence.start - 1].sent
    root = before.root
    subjects = [g for c in root.children if c.dep_ == "nsubj" for g in _subject_heads(c)]
    subjects += [
        t for t in reversed(before) if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != root.i
    ]
    for subject in subjects:
        if subject.pos_ == "PRON" and subject.lower_ == lower and subject.head.i == root.i:
            return _previous_subject(subject, depth + 1, speaking)
        if _fits(lower, subject):
            reported = _lemma(subject.head) in REPORTING
            return subject if speaking or not reported else None
    return None


def _person(token: Token) -> bool:
    """A named person or a noun for one ("a senior police officer", "the spokesman")."""
    return token.ent_type_ == "PERSON" or _lemma(token) in HUMAN_NOUNS | SPEAKER_NOUNS


def _argument_spans(token: Token, context: _Context) -> list[Span]:
    """Spans for one argument head: the name it is, else the names in its noun
    phrase if there are several, else the noun phrase itself."""
    referred = former_or_latter(token, context.mentions)
    if referred is not None:
        return referred  # "between India and Pakistan came as the former blamed ..."
    if token.pos_ == "PRON" or token.tag_ in ("WDT", "WP"):
        resolved = (
            _resolve_pronoun(token)
            or _antecedent(token)
            or object_antecedent(token)  # "chased the suspect and arrested him"
            or _clause_subject(token)
            or _them(token)
            or _previous_subject(token)
        )
        if resolved is None:
            return []
        token = resolved
    holder = office_holder(token, context.mentions, context.text)
    if holder is not None:
        # "The minister said ...": the person the report named with that office before
        return [(holder.start, holder.end)]
    colon = _dateline_colon(token)
    if colon is None:
        colon = _dateline_close(token, context.text)
    if colon is not None:
        # "SOUTH WAZIRISTAN: The Joint Political Peace Alliance demanded", "ISLAMABAD, Feb 23
        # (APP): Mohsin Naqvi has praised": the dateline's place filed the report; the one
        # the parser hung on it after the colon acted, else no one
        after = [c for c in token.subtree if c.i > colon and c.head.i < colon and _is_noun(c)]
        if not after:
            return []
        token = after[0]
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return []  # "no group claimed responsibility"
    if token.ent_type_ in ("DATE", "TIME") and not _dated_someone(token):
        # "ISLAMABAD, Mar 27 (APP):Federal Minister ... met": a wire dateline's date the
        # parser took for the subject, with the subject as its apposition; a date is no one
        named = [
            c for c in token.children if c.dep_ == "appos" and c.ent_type_ not in NOT_PARTICIPANTS
        ]
        if not named:
            return []
        token = named[0]
    if (
        token.dep_ == "appos"
        and _is_noun(token.head)
        and ":" not in context.text[token.head.idx : token.idx]  # not a dateline's place
        and _dateline_close(token.head, context.text) is None  # nor a dash dateline's
        and not _fronted_place(token.head)
    ):
        token = token.head  # "Jaish al-Adl, a US designated terrorist group"
    token = _subject_after_place(token)
    named = _named_appositions(token, context)
    if named:
        return named
    for mention in context.mentions:
        if mention.start <= token.idx < mention.end and mention.label in PARTICIPANT_LABELS:
            return [(mention.start, mention.end)]
    if _split_name(token):
        return [_name_extent(token)]  # "The Harakat al-Nasr" parsed as three subjects
    core = _core(token)
    first, last = min(core), max(core)
    doc = token.doc
    low, high = doc[first].idx, doc[last].idx + len(doc[last].text)  # not per mention
    inside = [
        m
        for m in context.mentions
        if m.label in PARTICIPANT_LABELS
        and low <= m.start
        and m.end <= high
        and any(i in core for i in _mention_tokens(m, doc))
    ]
    described = all(m.label == "NORP" for m in inside) and _can_act(token) and _is_noun(token)
    if len(inside) >= 2 and not described:
        # "The French and German foreign ministers" stays the phrase: the demonyms say
        # whose ministers, the ministers acted
        return [(m.start, m.end) for m in inside]
    if not inside:
        extended = _extension(token, context)
        if extended:
            return extended
    return [
        _after_colon(
            _trim(doc, _after_modifier_names(doc, first, token, core, context), last),
            token,
            context.text,
        )
    ]


#: how far into its sentence a wire dateline's colon may stand ("DERA ISMAIL KHAN, May 21 (APP):")
DATELINE_TOKENS = 12


def _dateline_colon(token: Token) -> int | None:
    """The index of the colon closing the wire dateline ``token`` stands in ("QUETTA:",
    "ISLAMABAD, Mar 27 (APP):"), or None. A dateline opens its sentence with a place in
    capitals, and before its colon stand only capitals, numbers, punctuation and the date:
    "ISPR said: ..." (a lower-case verb) is a sentence, not a dateline."""
    sent = token.sent
    first = token.doc[sent.start]
    if not (first.is_alpha and first.is_upper and len(first) > 2):
        return None
    for t in token.doc[sent.start : min(sent.end, sent.start + DATELINE_TOKENS)]:
        if ":" in t.text and t.i > token.i:
            return t.i
        if not (
            t.is_punct or t.like_num or t.is_upper or t.ent_type_ == "DATE" or not t.text.strip()
        ):
            return None
    return None


def _dateline_close(token: Token, text: str) -> int | None:
    """The index of the last token of the article's dateline when ``token`` stands inside it
    ("COLUMBUS, Ohio (AP) — A 32-year-old man was charged", "DETROIT, April 10, 2007 - A man
    ... was arrested"), else None. :func:`_dateline_colon` reads the colon of a wire dateline;
    Western wires close theirs with a dash, which the parser joins to the sentence's subject
    just the same, so "COLUMBUS" and "DETROIT" stood as the charged and the arrested. The
    dateline is the one cleaning reads at the head of the text (``parse_dateline``)."""
    filed = parse_dateline(text)
    if filed is None or token.idx >= filed.end:
        return None
    inside = [t.i for t in token.sent if t.idx < filed.end]
    return inside[-1] if inside and inside[-1] > token.i else None


def _subject_after_place(token: Token) -> Token:
    """The true subject the parser hung as an apposition on a place it took for the
    subject ("In another encounter that took place in general area Gomal Zam, South
    Waziristan District, own troops neutralized three Khwarij": "Gomal Zam", its district
    and "own troops" read as one phrase): a proper name followed by a place apposition
    ("X, Y District") is a place written out, and the common noun for people after it acts.
    Anything else stays as it is."""
    if token.pos_ != "PROPN":
        return token
    appositions = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    places = [a for a in appositions if a.ent_type_ in ("GPE", "LOC", "FAC")]
    if not places:
        return token
    actors = [
        a
        for a in appositions
        if a.i > places[0].i and a.pos_ == "NOUN" and not a.ent_type_ and _can_act(a)
    ]
    return actors[-1] if actors else token


def _fronted_place(noun: Token) -> bool:
    """Whether a proper name is the object of a place phrase that opens its sentence ("In
    Lakki Marwat, a police constable, who embraced martyrdom ..., was laid to rest"): the
    parser may hang the clause's subject on it as an apposition, but a place phrase is no
    one's name, so the apposition stands for itself."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.pos_ == "PROPN"
        and prep.lower_ in PLACE_PREPS
        and prep.i == noun.sent.start
    )


def _after_colon(span: Span, head: Token, text: str) -> Span:
    """A phrase begins after a colon before its head: "(APP):Security forces" is the end of
    a wire dateline glued to the subject, "Security forces" the phrase."""
    start, end = span
    cut = text.rfind(":", start, head.idx)
    if cut < 0:
        return span
    start = cut + 1
    while start < head.idx and text[start].isspace():
        start += 1
    return (start, end)


def _split_name(token: Token) -> bool:
    """A proper noun with a proper-noun neighbour outside its own phrase: the
    parser cut an unrecognised name into pieces."""
    if token.pos_ != "PROPN":
        return False
    inside = {t.i for t in token.subtree}
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(
        n.i not in inside and token.i not in {t.i for t in n.subtree} and n.pos_ == "PROPN"
        for n in neighbours
    )


def _name_extent(token: Token) -> Span:
    """An unrecognised multi-word name around a proper noun the parser split up."""
    doc = token.doc
    first = last = token.i
    while first > token.sent.start and (
        doc[first - 1].pos_ == "PROPN" or doc[first - 1].text == "-"
    ):
        first -= 1
    while last + 1 < token.sent.end and (
        doc[last + 1].pos_ == "PROPN" or doc[last + 1].text == "-"
    ):
        last += 1
    while doc[first].text == "-" and first < last:
        first += 1
    return _trim(doc, first, last)


def _after_modifier_names(
    doc: Doc, first: int, head: Token, core: set[int], context: _Context
) -> int:
    """Start a phrase after a name that only modifies it ("a US designated
    group"), so that the span does not read as that name."""
    start = first
    for mention in context.mentions:
        if doc[first].idx <= mention.start and mention.end <= head.idx:
            tokens = _mention_tokens(mention, doc)
            if tokens and not any(i in core for i in tokens):
                start = max(start, tokens.stop)
    return min(start, head.i)


def _named_appositions(token: Token, context: _Context) -> list[Span]:
    """ "two outfits, Ansar-ul-Hussain and its offshoot, Khatam-ul-Anbia": the
    names in apposition (or after "including") are who is meant."""
    if _mention_at(token, _participants(context)) is not None:
        return []
    found: list[Span] = []
    for child in token.children:
        heads = [child] if child.dep_ == "appos" else []
        if child.dep_ == "prep" and child.lower_ in ("including", "like"):
            heads = [p for p in child.children if p.dep_ == "pobj"]
        for head in heads:
            for conjunct in [head, *head.conjuncts]:
                for span in _member_names(conjunct, context):
                    if span not in found:
                        found.append(span)
    labels = {(m.start, m.end): m.label for m in context.mentions}
    # "a Shia Pakistani militia" in apposition describes; it names no one
    return found if any(labels.get(span) != "NORP" for span in found) else []


def _member_names(member: Token, context: _Context) -> list[Span]:
    """The names of one listed member: its own, those in apposition to it ("the
    Palestinian group Hamas"), else the names in its noun phrase."""
    own = _mention_at(member, _participants(context))
    named: list[Span] = []
    for child in member.children:
        if child.dep_ in ("appos", "compound"):
            span = _mention_at(child, _participants(context))
            if span is not None:
                named.append(span)
            elif child.dep_ == "appos":  # "Khatam-ul-Anbia" whose name the model cut short
                named += _core_mentions(child, context)
    if own is not None:
        return [own, *named]
    return named or _core_mentions(member, context)


def _extension(token: Token, context: _Context) -> list[Span]:
    """The named party an unnamed noun concerns: "a truce with Moslem forces",
    "recent calls by Belarus's rulers", "a camp for Congolese refugees"."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in EXTENSION_PREPS:
            continue
        for pobj in _pobjs(prep):
            if _lemma(pobj) in NOT_TARGETS:
                continue  # "a shopkeeper on the spot in X": where, not whose
            if prep.lower_ in ("from", "on") and _from_place(token, pobj, context):
                # "detained a suspect from Lahore's Gulshan Ali Colony": where from; "killed
                # at least four people on Jala Street": where they were
                continue
            spans = _argument_spans(pobj, context)
            # the span itself must name the party: "five suspects for their alleged
            # involvement in the rape ... in Muzaffargarh" names a place far down the
            # phrase, and the suspects are not their involvement
            if spans and _named_heads(pobj, context) and _names_in(spans, context):
                return spans
    return []


#: labels of mentions that name a place
PLACE_MENTIONS = frozenset({"GPE", "LOC", "FAC"})


def _from_place(token: Token, pobj: Token, context: _Context) -> bool:
    """Whether "from X" after a word for people says where they come from, not who they are:
    "arrested a suspect from Lahore's Gulshan Ali Colony", "detained over a dozen people from
    Zehri" (the suspect was arrested, not the colony); a group's source still names it
    ("militants from Hamas", "troops from Pakistan"). X is a place by its label, its place
    noun ("Colony") or the gazetteer (the small model tags "Lahore" an ORG)."""
    lemma = _lemma(token)
    people = _person(token) or lemma in YOUNG_NOUNS or lemma.endswith(("er", "ist", "ant"))
    if token.pos_ != "NOUN" or not people or lemma in FORCES | ORG_NOUNS:
        return False
    if _lemma(pobj) in PLACE_NOUNS:
        return True
    span = _mention_at(pobj, _participants(context))
    if span is None:
        return False
    labels = {m.label for m in _participants(context) if (m.start, m.end) == span}
    if labels <= PLACE_MENTIONS:
        return True
    return "PERSON" not in labels and bool(load_gazetteer().candidates(context.text[slice(*span)]))


def _names_in(spans: Iterable[Span], context: _Context) -> bool:
    """Whether any of the spans holds a named participant."""
    return any(
        start <= m.start and m.end <= end for start, end in spans for m in _participants(context)
    )


def _core_mentions(token: Token, context: _Context) -> list[Span]:
    """Participant mentions inside a noun phrase's core (without its clauses)."""
    core = _core(token)
    start, end = _trim(token.doc, min(core), max(core))
    found = [m for m in _participants(context) if start <= m.start < end]
    names = [m for m in found if m.label != "NORP"]  # "the Palestinian group Hamas": Hamas
    return [(m.start, m.end) for m in names or found]


def _participants(context: _Context) -> Iterator[Mention]:
    return (m for m in context.mentions if m.label in PARTICIPANT_LABELS)


def _spans(tokens: Iterable[Token], context: _Context) -> tuple[Span, ...]:
    found: list[Span] = []
    for token in sorted(tokens, key=lambda t: t.i):
        for span in _argument_spans(token, context):
            if span not in found:
                found.append(span)
    return tuple(found)


def _mention_at(token: Token, mentions: Iterable[Mention]) -> Span | None:
    for mention in mentions:
        if mention.start <= token.idx < mention.end:
            return (mention.start, mention.end)
    return None


def _context_mode(token: Token) -> str | None:
    """An ASSAULT mode from weapon words in the trigger's phrase: "missile and
    drone attack" -> aerial, "car bomb attack" -> explosives."""
    head = _phrase_head(token) if _is_noun(token) else token
    words = {t.lower_ for t in _premodifiers(head)} | {_lemma(t) for t in _premodifiers(head)}
    words |= {_lemma(c) for c in head.children if c.dep_ in ("compound", "amod", "dobj")}
    words |= {_lemma(p) for c in head.children if c.dep_ == "prep" for p in c.children}
    for subject in (c for c in head.children if c.dep_ == "nsubj"):  # "a suicide bomber attacked"
        words |= {_lemma(subject)} | {_lemma(c) for c in subject.children}
    words.add(_lemma(token))
    for mode, cues in MODE_WORDS:
        if words & cues:
            return mode
    return None


def _named_heads(token: Token, context: _Context) -> bool:
    """Whether a noun phrase holds a named participant (its own or by extension)."""
    start, end = _trim(token.doc, token.left_edge.i, token.right_edge.i)
    return any(m.start < end and start < m.end for m in _participants(context))
