"""Statements told by their grammar rather than by a verb of stating (issue 15, item 5).

The trigger lexicon finds a statement by its verb: "accused", "rejected", "urged". News
of an interstate crisis often tells the statement by a predicate instead, inside what
someone said: "Ashrafi said India was responsible for orchestrating terrorist
activities", "“India is responsible for terrorist incidents …,” he added". The copula
carries no event word, so the accusation (CAMEO 112 "accuse", PLOVER ACCUSE) was lost,
or the act the accusation names was exported in its place. These rules read such
frames off the parse; the words they use are the CAMEO classes' own, never a text's.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    ACCUSATIONS,
    ANSWERED,
    BOMB_WORDS,
    HARM_NOUNS,
    HOSTILES,
    NEEDS_FORCE,
    NEWS_AGENCIES,
    OPERATIONS,
    PERPETRATORS,
    POSSESSIVE_CASE,
    REPORTING,
    RESPONSIBLE,
    SEARCHED_PEOPLE,
    STATING,
    TRIGGERS,
    Trigger,
    _lemma,
    _nsubjects,
    _trigger,
    _with_conjuncts,
)
from dossier.extract.events.roles import _can_act, between_parties
from dossier.records import EventMention, Span

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Token

#: verbs under which a clause is someone's saying ("said", "added", "claimed", "alleged",
#: "stressed"): a predicate told there is the speaker's statement, not the outlet's fact
SAYING = REPORTING | STATING | frozenset({"allege", "insist", "maintain", "contend", "charge"})
#: wrongs one is held to answer for (CAMEO 112 "accuse of crime, corruption, human rights
#: abuses, aggression, war crimes, espionage, treason"), beside the violent acts the
#: lexicon types as ASSAULT or COERCE
WRONGS = (
    BOMB_WORDS
    | HARM_NOUNS
    | PERPETRATORS
    | frozenset(
        """terrorism terror violence bloodshed crime atrocity massacre genocide death killing
        unrest chaos destruction abuse aggression corruption sabotage insurgency militancy
        espionage treason incident tragedy carnage""".split()
    )
)
#: the types of the acts an accusation may name
ACT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _wrong(phrase: Token) -> bool:
    """Whether a phrase names a wrong: an act of violence or coercion, or a word of
    CAMEO's accusable wrongs ("terrorist incidents", "all these killings",
    "orchestrating terrorist activities")."""
    for t in phrase.subtree:
        found = _trigger(t)
        if (found is not None and found[0] in ACT_TYPES) or _lemma(t) in WRONGS:
            return True
    return False


def _told_by(verb: Token) -> Token | None:
    """The verb of saying whose clause ``verb`` heads ("said India was", "“India is …,” he
    added"), or None for the outlet's own telling."""
    if verb.dep_ in ("ccomp", "parataxis") and _lemma(verb.head) in SAYING:
        return verb.head
    if verb.dep_ == "ROOT":  # "India is responsible …, he said" parsed the other way round
        return _saying_after(verb, SAYING)
    return None


def _saying_after(verb: Token, verbs: frozenset[str]) -> Token | None:
    """A verb of ``verbs`` that follows a root clause and hangs on it ("“We will …,” he
    said"): the parser makes the told clause the root and the saying its dependent."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and _lemma(c) in verbs
        ),
        None,
    )


def _answerable_for(verb: Token) -> Token | None:
    """What a copula's subject is said to answer for: the object of "responsible for" or
    of "behind" ("was responsible for the attack", "is behind the killings")."""
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.lower_ in RESPONSIBLE:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "for":
                    return p
        if c.dep_ == "prep" and c.lower_ in RESPONSIBLE:
            return c
    return None


def accusing_copula(verb: Token) -> Trigger | None:
    """ "X is/was responsible for <a wrong>" or "X was behind <a wrong>" in a clause someone
    says: the speaker accuses X (CAMEO 112, PLOVER ACCUSE/allege). Only a copula with a
    subject, only under a verb of saying (the outlet's "these terrorists were responsible
    for martyring 30 people" is its fact, whose doer the role rules already take), and only
    for a wrong ("responsible for security" accuses no one)."""
    if _lemma(verb) != "be" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    answered = _answerable_for(verb)
    if answered is None or not _wrong(answered):
        return None
    return ("ACCUSE", "allege") if _told_by(verb) is not None else None


#: words that name someone a wrongdoer (CAMEO 112 "accuse of crime", of terrorism): "He
#: said X is a murderer and terrorist"
WRONGDOERS = PERPETRATORS | frozenset("murderer killer criminal butcher".split())
#: heads of a phrase that makes a party the origin of a wrong: "the epicentre of terrorism",
#: "a sponsor of terror", "the mother of all terrorism"
ORIGINS = frozenset(
    "epicentre epicenter hub sponsor patron mother source centre center nursery".split()
)
#: verbs of naming someone as something: "labelled Pakistan as the epicentre of terrorism"
NAMING = frozenset("label brand term dub describe call".split())
#: entity types of a party one can name a wrongdoer: a person, a body, a state, a people
PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _branded(noun: Token) -> bool:
    """Whether a noun names someone a wrongdoer: a word of :data:`WRONGDOERS` ("a
    murderer"), or an origin of a wrong ("the epicentre of terrorism"); "a victim of
    terrorism" is none."""
    if _lemma(noun) in WRONGDOERS:
        return True
    return _lemma(noun) in ORIGINS and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_lemma(o) in WRONGS for o in p.children)
        for p in noun.children
    )


def _named_parties(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """A verb's arguments of ``deps`` that are parties by name (a person, body, state or
    people: "Narendra Modi", "Pakistan"), with their conjuncts; never a word for the wrongdoers
    themselves ("the attackers were terrorists" describes, it accuses no one)."""
    return [
        g
        for c in verb.children
        if c.dep_ in deps
        for g in _with_conjuncts(c)
        if (g.ent_type_ in PARTY_TYPES or g.pos_ == "PROPN") and _lemma(g) not in HOSTILES
    ]


def _predicates(verb: Token) -> list[Token]:
    """What a copula or a verb of naming says its subject or object is: the attribute ("is a
    murderer and terrorist", with conjuncts), the object complement, or the "as" phrase
    ("labelled Pakistan as the epicentre of terrorism")."""
    found = [
        g
        for c in verb.children
        if c.dep_ in ("attr", "oprd", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN")
        for g in _with_conjuncts(c)
    ]
    found += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return found


def accusing_name(verb: Token) -> Trigger | None:
    """ "He said Narendra Modi is a murderer and terrorist", "the army chief labelled
    Pakistan as the epicentre of terrorism": a party named a wrongdoer is accused (CAMEO 112,
    PLOVER ACCUSE/allege) by whoever says so or names them. A copula only in a clause someone
    says (the outlet's "X is a militant commander" is its description), a named party only,
    and only a wrongdoer's word or the origin of a wrong."""
    if not any(_branded(p) for p in _predicates(verb)):
        return None
    if _lemma(verb) == "be":
        accused = _named_parties(verb, ("nsubj",))
        return ("ACCUSE", "allege") if accused and _told_by(verb) is not None else None
    if _lemma(verb) in NAMING and verb.pos_ == "VERB":
        named = _named_parties(verb, ("dobj", "obj"))
        return ("ACCUSE", "allege") if named else None
    return None


def named_and_namer(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_name`: for a copula, who says it (a
    pronoun left for the quotes stage) and the subject; for a verb of naming, its subject and
    its object."""
    if _lemma(verb) == "be":
        return _speakers(_told_by(verb)), _named_parties(verb, ("nsubj",))
    return _subjects(verb), _named_parties(verb, ("dobj", "obj"))


def accused_and_accuser(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_copula`: who says it (a pronoun
    left out, for the quotes stage names whom it stands for) and the copula's subject."""
    speakers = _speakers(_told_by(verb))
    accused = _nsubjects(verb)
    return speakers, accused


def _speakers(teller: Token | None) -> list[Token]:
    """The named subjects of a verb of saying; a pronoun is left for the quotes stage to
    name, and a wire dateline the parser took for a subject ("ISLAMABAD, Apr 24 (APP):
    Minister ... said") is where the report was filed, no speaker."""
    if teller is None:
        return []
    return [
        g
        for c in teller.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON" and not _dateline_word(c)
        for g in _with_conjuncts(c)
    ]


def _dateline_word(token: Token) -> bool:
    """A capitalised place opening its sentence before a comma or colon: a wire dateline."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.i == token.sent.start
        and token.text.isupper()
        and len(token.text) > 3
        and nxt is not None
        and nxt.text in (",", ":")
    )


#: auxiliaries of an act to come: "will retaliate", "would launch action", "shall respond"
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
#: "is fully capable to give a befitting reply", "stands ready to respond": an act one
#: holds in store, as a future is
READY = frozenset({"capable", "ready", "prepared", "able", "determined"})
#: what a threat holds out beside an act the lexicon types (CAMEO 13: force, a response in
#: kind, protest, sanctions): "a befitting reply", "take up arms", "launch action",
#: "teach a lesson", "face consequences"
RESPONSES = frozenset(
    """reply response retaliation retaliate respond react reaction action arm arms force
    lesson consequence consequences war""".split()
    # paying back a harm in kind (CAMEO 13, a threat of force): "vowed to avenge the
    # killings", "vowed revenge", "promised retribution"
    + "avenge revenge vengeance retribution".split()
)
#: the types of the acts a threat may hold out (CAMEO 131-138)
THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION"})
#: verbs of making a statement that a threat may be told under ("vowed", "warned", "decided")
PROCLAIMING = SAYING | frozenset({"vow", "warn", "decide", "pledge", "threaten", "declare"})


def _future(verb: Token) -> bool:
    """An act told as to come: a future auxiliary, or "be capable/ready to" do it."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    return _lemma(verb) == "be" and any(
        c.dep_ == "acomp" and c.lower_ in READY and any(x.dep_ == "xcomp" for x in c.children)
        for c in verb.children
    )


def _condition(verb: Token) -> Token | None:
    """The condition a future act hangs on: an "if"/"unless" clause, or "otherwise"
    ("…, otherwise the people will take up arms")."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children
        ):
            return c
        if c.dep_ == "advmod" and c.lower_ in ("otherwise", "else"):
            return c
    return None


def _proclaimed(verb: Token) -> Token | None:
    """The verb of saying over a clause, up through clauses it reports ("He said that the
    jirga decided that the tribesmen would …")."""
    head = verb
    while head.dep_ in ("ccomp", "parataxis", "conj", "xcomp") and head.head.i != head.i:
        head = head.head
        if _lemma(head) in PROCLAIMING:
            return head
    return None


def _holds_out_force(verb: Token, condition: Token) -> bool:
    """Whether the act to come is force, protest or a sanction (the condition's own words
    left out): an act the lexicon types so, or a word of CAMEO's response classes."""
    kept = set(condition.subtree)
    for t in verb.subtree:
        if t in kept or (t.i == verb.i and _lemma(t) == "be"):
            continue
        found = _trigger(t) or TRIGGERS.get(_lemma(t))  # "protests will intensify": counted
        if (found is not None and found[0] in THREAT_TYPES) or _lemma(t) in RESPONSES:
            return True
    return False


def conditional_threat(verb: Token) -> Trigger | None:
    """ "Pakistan is fully capable to give a befitting reply to India if it violates …",
    "protests will intensify if the detained scholars were not released", "otherwise the
    people will take up arms against them": an act of force, protest or sanction held out
    on a condition, in what someone says, is a threat (CAMEO 13, PLOVER THREATEN) made as
    it is told. Only a verb that is no trigger of its own: a future attack told by its own
    word is already read as a warning by the assembly's rules."""
    if verb.pos_ not in ("VERB", "AUX") or not _future(verb):
        return None
    condition = _condition(verb)
    if condition is None or (_proclaimed(verb) or _told_by(verb)) is None:
        return None
    return ("THREATEN", None) if _holds_out_force(verb, condition) else None


def _held_against(head: Token, kept: set[Token]) -> list[Token]:
    """Whom a threat is held out "to/against/on" under ``head``, outside ``kept`` (its
    condition clause, whose parties are not the target): one reading for a threat verb and
    for a threat noun's "that" clause."""
    return [
        g
        for t in head.subtree
        if t not in kept and t.dep_ == "prep" and t.lower_ in ("to", "against", "on")
        for p in t.children
        if p.dep_ == "pobj" and _can_act(p)
        for g in _with_conjuncts(p)
    ]


def threatener_and_threatened(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who threatens and whom, for :func:`conditional_threat`: the side that will act when it
    is a party (a name, a people, a force), else whoever says so; threatened, whom the act
    is "to"/"against"/"on", else the condition's subject when it is a party ("if it
    violates")."""
    subjects = _nsubjects(verb)
    actors = [s for s in subjects if _can_act(s)]
    if not actors:
        actors = _speakers(_proclaimed(verb) or _told_by(verb))
    condition = _condition(verb)
    kept = set(condition.subtree) if condition is not None else set()
    targets = _held_against(verb, kept)
    if not targets and condition is not None:
        targets = [
            c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass") and _can_act(c)
        ]
    return actors, targets


def warners(verb: Token) -> list[Token]:
    """Who warns by a future passive of answering ("Tarar said that Indian proxies will be
    dealt with an iron hand"): the named subject of the verb of saying it is told under, when
    that is someone (a pronoun, a quotation, or a document -- "the release said" -- is left for
    the quotes stage, which names who issued it)."""
    return [
        s
        for s in _speakers(_said_over(verb) or _proclaimed(verb))
        if _can_act(s) and _lemma(s) not in DOCUMENTS
    ]


#: papers that say what their issuer says: "the statement said", "the release added" (the
#: quotes stage names who issued them; "statement" passes for a person by its -ent ending)
DOCUMENTS = frozenset(
    "statement release communique communiqué handout resolution letter notification".split()
)


def threatened(verb: Token) -> list[Token]:
    """Whom a warning threatens where its verb names no one (CAMEO 13's target): the one the
    act held out is done to ("threatened to hold Iran accountable", "threatening to kill
    him"); the one addressed by the demand a warning is added to ("urged the DPO to register
    a case, warning that failure would prompt a strong reaction"); in what is warned, the
    party whose doing the act hangs on ("would respond if Syria's new authorities fail to
    ...", "if the police continued ...") or whose act will be answered ("any further attack
    by the Houthis will be met with great force", "a visit by X could have consequences").
    None where the warning names no party."""
    for x in verb.children:
        if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX"):
            # its object, or the subject of its small clause ("hold Iran accountable")
            small = [c for c in x.children if c.dep_ in ("ccomp", "oprd")]
            found = [
                g
                for o in [*x.children, *(c for s in small for c in s.children)]
                if (o.dep_ in ("dobj", "obj") or (o.dep_ == "nsubj" and o.head in small))
                and _party(o)
                for g in _with_conjuncts(o)
            ]
            if found:
                return found
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        found = [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and _party(o)]
        if found:
            return found
    dealt_with = [
        g
        for c in verb.children
        if c.dep_ == "nsubjpass" and (_party(c) or _of_a_people(c))
        for g in _with_conjuncts(c)
    ]
    if _lemma(verb) in NEEDS_FORCE and dealt_with:
        return dealt_with  # "Indian proxies will be dealt with an iron hand": they are warned
    clauses = [verb] if _lemma(verb) in ANSWERED else []
    clauses += [c for c in verb.children if c.dep_ == "ccomp"]
    for clause in clauses:
        condition = _condition(clause)
        if condition is not None:
            found = [
                c
                for c in condition.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and _party(c)
            ]
            if found:
                return found
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and not _can_act(subject):
                found = _doers_of(subject)
                if found:
                    return found
    return []


#: common nouns for a state's institutions, which act though no name is written ("if
#: Syria's new authorities fail to ...", "warned the government")
STATE_ORGANS = frozenset("government authority administration regime state".split())


def _party(token: Token) -> bool:
    """Whether a noun is a party a threat can be made to: someone (:func:`_can_act`) or a
    state's institution named by its common noun."""
    return _can_act(token) or _lemma(token) in STATE_ORGANS


def _doers_of(act: Token) -> list[Token]:
    """Who does an act told by a noun: its "by" phrase, its possessor, or a name before it
    ("an attack by the Houthis", "Israel's strikes", "any Indian ceasefire violation")."""
    found = [
        p
        for c in act.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj" and _can_act(p)
    ]
    found += [c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found += [
        c
        for c in act.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")
    ]
    return found


#: participles that tell who made an accusation and whom it names: "the allegations levelled
#: by the Indian government against Pakistan", "India's allegations linking Pakistan to the
#: attack", "charges made against the party"
ALLEGING_PARTICIPLES = frozenset("level make raise hurl direct link implicate tie connect".split())
#: of those, the ones whose object is the accused ("linking Pakistan to the attack")
LINKING = frozenset("link implicate tie connect".split())


def allegation_parties(noun: Token) -> tuple[list[Token], list[Token]]:
    """Who made an accusation told by its noun and whom it accuses: the owner ("India's
    allegations", "allegations by New Delhi", "the allegations levelled by the Indian
    government") and the accused ("... against Pakistan", "... linking Pakistan to the
    incident"). An accusation a side answers ("rejected India's allegations linking Pakistan
    to the Pahalgam incident") is still the other side's accusation, an event of its own
    (CAMEO 112) beside the rejection: why the noun is read apart from the verb over it."""
    participles = [
        c for c in noun.children if c.dep_ in ("acl", "relcl") and _lemma(c) in ALLEGING_PARTICIPLES
    ]
    accusers = _doers_of(noun) + [
        p
        for verb in participles
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for p in c.children
        if p.dep_ == "pobj" and _party(p)
    ]
    accused = [
        p
        for head in (noun, *participles)
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for p in c.children
        if p.dep_ == "pobj" and _party(p)
    ]
    accused += [
        o
        for verb in participles
        if _lemma(verb) in LINKING
        for o in verb.children
        if o.dep_ in ("dobj", "obj") and _party(o)
    ]
    return accusers, accused


def accusers_rejected(verb: Token) -> list[Token]:
    """Whose accusation a reject-verb rejects: the owner of the accusation it takes as its
    object ("refuted India's claims", "rejected the allegations by New Delhi", "dismissed
    Indian allegations"): the one the rejection answers (CAMEO 12's target)."""
    found: list[Token] = []
    for o in verb.children:
        if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lower_ in ("that", "which"):
            # "an allegation that Islamabad denied": the relative pronoun is its noun
            o = o.head.head if o.head.dep_ == "relcl" else o
        if o.dep_ not in ("dobj", "obj", "nsubjpass", "appos") or _lemma(o) not in ACCUSATIONS:
            continue
        for c in o.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                found += _with_conjuncts(c)
            elif c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG"):
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
                found += [p for p in c.children if p.dep_ == "pobj" and _can_act(p)]
        if not found and not any(c.dep_ in ("poss", "prep") for c in o.children):
            found += _claimant(verb, o)
    return found


def _claimant(verb: Token, claim: Token) -> list[Token]:
    """Whose claim an accusation noun with no owner of its own is ("India blamed Pakistan
    for backing the terrorists, an allegation that Islamabad denied"; "India implied
    cross-border linkages. Pakistan firmly rejected the claim"): a claim is answered to
    whoever made it, and a noun that names no one refers back to the one the text just had
    make it -- the first who acts as a subject before the claim in its own sentence, else in
    the sentence before ("The Taliban said ..." makes the claim); never the rejecting side
    itself, nor a news agency that only reports it ("..., Reuters reported"). The CAMEO 12
    target is that claimant."""
    rejecting = {t.i for s in _subjects_of(verb) for t in s.subtree}
    sentence = claim.sent
    own = [t for t in sentence if t.i < claim.i and t.i not in rejecting]
    doc = claim.doc
    before = list(doc[sentence.start - 1].sent) if sentence.start > 0 else []
    for tokens in (own, before):
        for t in tokens:
            if _claims(t):
                return [t]
    return []


def _subjects_of(verb: Token) -> list[Token]:
    """The subjects of a verb and of the verb it is coordinated with ("Pakistan rejected
    the claim and called for ...")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]


def _claims(token: Token) -> bool:
    """Whether a token is someone who makes a claim as a subject: a name of a state, a body
    or a person, or a word for someone, as the subject of a verb; or a sentence's bare name
    ("India, without evidence, implied ...", which the parser leaves as the root)."""
    if token.pos_ == "PRON" or _lemma(token) in NEWS_AGENCIES or token.lower_ in NEWS_AGENCIES:
        return False
    if token.dep_ == "nsubj":
        return _can_act(token)
    return token.dep_ == "ROOT" and token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


#: verbs of setting a wrong in motion from behind, no trigger of their own: "the attack was
#: sponsored by India", "orchestrated the killings", "masterminded the bombing" (who is said
#: to have done so is accused: CAMEO 1123 "accuse of aggression")
INSTIGATING = frozenset(
    "sponsor orchestrate mastermind engineer instigate abet patronise patronize".split()
)


def accusing_instigation(verb: Token) -> Trigger | None:
    """ "Asif said that any terrorist attack on Indian soil was always sponsored by India
    itself": a wrong said to be set in motion by someone is the speaker's accusation of them
    (PLOVER ACCUSE/allege). Only under a verb of saying, and only with the wrong as the
    verb's object or passive subject; the outlet's own "the attack was masterminded by X"
    stays its telling of the attack."""
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in INSTIGATING:
        return None
    if (_proclaimed(verb) or _told_by(verb)) is None:
        return None
    wrongs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return ("ACCUSE", "allege") if any(_wrong(w) for w in wrongs) else None


def instigators_accused(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_instigation`: whoever says it (a
    pronoun left for the quotes stage) and the instigator, the active subject or the "by"
    agent of the passive."""
    speakers = _speakers(_proclaimed(verb) or _told_by(verb))
    accused = _nsubjects(verb)
    accused += [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for g in _with_conjuncts(p)
    ]
    return speakers, accused


#: words by which someone is said to have taken part in a wrong: "India was involved in the
#: attack", "Afghan nationals were involved in the blasts", "is complicit in the killings",
#: "Indian involvement in terrorist activities" (CAMEO 112 "accuse of crime, aggression")
INVOLVED = frozenset({"involved", "complicit", "implicated"})
INVOLVEMENT = frozenset({"involvement", "complicity"})
#: who a force's account of an operation says took part in wrongs, no accusation: "the
#: slain terrorists were involved in", "the arrested suspects were involved in"
DESCRIBED = HOSTILES | SEARCHED_PEOPLE
#: how a noun of involvement names whose it is: "India's", "Indian", "the involvement of X"
WHOSE = frozenset({"poss", "amod", "compound", "nmod"})


def _said_over(verb: Token) -> Token | None:
    """The verb of saying a clause is told under, up through the clauses it reports ("He
    said that although ..., the fact was that it was itself involved in ..."), or None for
    the outlet's own telling."""
    told = _told_by(verb)
    head = verb
    while told is None and head.dep_ in ("ccomp", "parataxis", "conj") and head.head.i != head.i:
        head = head.head
        if _lemma(head) in SAYING:
            return head
    return told


def _clause_of(noun: Token) -> Token | None:
    """The verb whose clause a noun stands in ("had proofs of Indian involvement in ...":
    "had"), or None."""
    head = noun
    for _ in range(6):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _involved_in(token: Token) -> Token | None:
    """The "in" phrase of a taking part: a copula's "is involved/complicit in", a passive's
    "were involved in", or the noun's "involvement in"; None for anything else."""
    holders: list[Token] = []
    if token.pos_ in ("NOUN", "PROPN") and _lemma(token) in INVOLVEMENT:
        # "the involvement of Afghan nationals in terrorist activities": the parser hangs
        # the "in" phrase on whose involvement it is as often as on the noun
        holders = [token, *(p for c in token.children if c.lower_ == "of" for p in c.children)]
    elif _lemma(token) == "be":
        holders = [
            c for c in token.children if c.dep_ in ("acomp", "attr") and c.lower_ in INVOLVED
        ]
    elif (
        token.pos_ == "VERB"
        and token.lower_ in INVOLVED
        and any(c.dep_ == "auxpass" for c in token.children)
    ):
        holders = [token]
    return next(
        (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"), None
    )


def _involved_parties(token: Token) -> list[Token]:
    """Who is said to have taken part: the subject of the copula or the passive, or whose the
    noun of involvement is ("India's", "Indian", "of India") when that is a party. Never the
    hostiles or suspects a force's statement describes ("the slain terrorists were involved
    in several attacks", "the arrested suspects were involved in robberies"): that is the
    account of an operation, no one accused (5 such in 300 archive articles)."""
    if token.pos_ in ("VERB", "AUX"):
        return [
            g
            for c in token.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (_can_act(c) or _of_a_people(c))
            and _lemma(c) not in DESCRIBED
            # "Kharji Hafeezullah was involved in ...": a hostile by the force's own title
            and not any(x.dep_ == "compound" and _lemma(x) in DESCRIBED for x in c.children)
            for g in _with_conjuncts(c)
        ]
    whose = [c for c in token.children if c.dep_ in WHOSE and c.i < token.i]
    whose += [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [
        c
        for c in whose
        # "the involvement of Afghan nationals": a people's members, as a passive's subject
        if (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and _can_act(c)) or _of_a_people(c)
    ]


def _of_a_people(noun: Token) -> bool:
    """A noun a people's or a state's name qualifies: "Afghan nationals", "Indian agents"."""
    return any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children
    )


def _involvement_teller(token: Token) -> Token | None:
    """The verb of saying a taking part is told under (the noun's own clause for a noun)."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_of(token)
    if verb is None:
        return None
    told = _said_over(verb)
    if told is None and verb.dep_ == "advcl":
        # "stated that India has not presented any evidence, whereas Pakistan possesses
        # undeniable proof of …": a clause set against a told clause is told with it
        told = _said_over(verb.head)
    return told


#: nouns that present a wrong as shown: "irrefutable evidence of Indian state-sponsored
#: terrorism", "undeniable proof of India's state-sponsored terrorism"
EVIDENCE = frozenset({"evidence", "proof"})


def _evidenced_wrong(token: Token) -> bool:
    """Whether a noun is a wrong (:data:`WRONGS`, no event of its own) presented as shown by
    "evidence of" or "proof of": "Pakistan possesses undeniable proof of India's
    state-sponsored terrorism" lays the terrorism at India's door as "proofs of Indian
    involvement in terrorist activities" does. A wrong told as an act ("evidence of Israeli
    strikes") is that act's event, so only the nouns of :data:`WRONGS` the lexicon has no
    trigger for."""
    return (
        token.pos_ == "NOUN"
        and _lemma(token) in WRONGS
        and _trigger(token) is None
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and _lemma(token.head.head) in EVIDENCE
    )


def accusing_involvement(token: Token) -> Trigger | None:
    """ "the military has said that Afghan nationals were involved in the recent attack",
    "Ashraf said India was also involved in the heinous act of terror", "He said Pakistan had
    irrefutable proofs of Indian involvement in terrorist activities": a party said to have
    taken part in a wrong is the speaker's accusation of it (CAMEO 112, PLOVER ACCUSE/allege),
    as "responsible for" is (:func:`accusing_copula`). Only under a verb of saying, only for a
    wrong ("involved in the talks" accuses no one) and only with a party named as the one
    involved."""
    inside = _involved_in(token)
    shown = inside is None and _evidenced_wrong(token)
    if not shown and (inside is None or not _wrong(inside)):
        return None
    if not _involved_parties(token):
        return None
    if token.head.lower_ == "of" and _lemma(token.head.head) in ACCUSATIONS:
        # "its allegations of Pakistan's involvement in the Pahalgam attack": the content of
        # an accusation told by its own noun (whose maker is its owner), not the speaker's
        return None
    return ("ACCUSE", "allege") if _involvement_teller(token) is not None else None


def involvement_told_by(token: Token) -> Token | None:
    """The verb of saying an accusation of :func:`accusing_involvement` is told under ("He
    said Pakistan had proofs of Indian involvement in ..."): its subject is the accuser, a
    pronoun the quotes stage names. None for any other token."""
    return _involvement_teller(token) if accusing_involvement(token) is not None else None


def involved_and_accuser(token: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_involvement`: who says it (a pronoun
    left for the quotes stage) and the party said to be involved."""
    return _speakers(_involvement_teller(token)), _involved_parties(token)


#: verbs of telling a failing beside :data:`SAYING`: "pointed out that the Afghan interim
#: rulers had failed to", "highlighted India's failure to", "opined that ... was a failure of
#: India" ("point" only with its particle); not "reported" ("..., sources on both sides
#: reported": a fact told, no one faulted)
FAULT_TELLING = (SAYING - {"report"}) | frozenset(
    "point highlight opine note remark lament observe argue regret emphasise emphasize".split()
)
#: common nouns for those a failing is laid at beside :data:`STATE_ORGANS` ("the police had
#: failed to", "the failure of intelligence agencies", "the Afghan interim rulers")
ANSWERING_BODIES = STATE_ORGANS | frozenset("police ruler agency leadership".split())
#: what may head a failing's infinitive and still fault no one: "failed to materialise",
#: "failed to detonate" (a thing's not happening, not a party's default); "failed to reach
#: agreement", "failed to agree" (talks that broke down: both sides' rejection, CAMEO 12);
#: "failed to achieve its goals" (a side's defeat a rival boasts of, no duty it defaulted on)
NO_DEFAULT = frozenset(
    "materialise materialize detonate explode happen occur reach agree achieve win succeed".split()
)
#: auxiliaries of a failing not yet come: "if it fails to", "will fail to", "could fail"
UNREAL_AUX = frozenset("will would shall could may might can should must".split())


def _answerable(noun: Token) -> bool:
    """Whether a failing's subject or owner is a party it can be laid at: a name of a state,
    a people, a body or a person, a state's institution by its common noun ("the
    government", "the police", "the Afghan interim rulers"); never a thing ("talks",
    "the accord", "the strategy") nor a pronoun (whom it stands for is the speaker's own
    context, often the speaker's own side)."""
    if noun.pos_ == "PRON":
        return False
    if noun.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    return _lemma(noun) in ANSWERING_BODIES or _of_a_people(noun)


def _fault_teller(verb: Token) -> Token | None:
    """The verb of telling a failing's clause is told under, up through the clauses it
    reports ("pointed out that X had failed to", "“..., such attacks highlight the
    government's failure ...,” the statement said"); the telling verb itself for a noun in
    its object ("highlighted India's failure"); None for the outlet's own telling."""
    head = verb
    for _ in range(4):
        if head.dep_ == "ROOT":
            # "“..., such attacks highlight ...,” the statement said"; "Ambassador X
            # highlighted the Taliban's failure to" (a speaker, not an editorial's "the attack
            # highlights the failure of")
            spoken = _telling_speaker(head)
            return _saying_after(head, FAULT_TELLING) or (head if spoken else None)
        if head.dep_ not in ("ccomp", "parataxis", "conj", "xcomp"):
            return None
        head = head.head
        if _lemma(head) == "point" and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in head.children
        ):
            return None
        if _lemma(head) in FAULT_TELLING:
            return head
    return None


def _telling_speaker(verb: Token) -> bool:
    """Whether ``verb`` is a verb of telling with someone as its subject ("Ambassador X
    highlighted", "the COAS pointed out")."""
    return _lemma(verb) in FAULT_TELLING and any(
        c.dep_ == "nsubj" and (c.pos_ == "PRON" or _can_act(c)) for c in verb.children
    )


def _unreal(verb: Token) -> bool:
    """Whether a failing is only supposed: conditional ("if the government failed to"),
    future or modal ("will fail"), negated ("never failed to"), or part of a clause that is
    itself a condition or a time ("after its agents failed to")."""
    if verb.dep_ in ("advcl", "relcl", "acl", "pcomp", "csubj"):
        return True
    return any(
        (c.dep_ == "neg")
        or (c.dep_ == "aux" and c.lower_ in UNREAL_AUX)
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "whether"))
        for c in verb.children
    )


def _failing_parties(token: Token) -> list[Token]:
    """Who is said to have failed: the subject of "failed to <act>" (a party, see
    :func:`_answerable`), or whose a "failure" is ("the government's failure", "Israeli
    failure", "the failure of India's intelligence apparatus" -> India's)."""
    if token.pos_ in ("VERB", "AUX"):
        if not any(c.dep_ == "xcomp" and _lemma(c) not in NO_DEFAULT for c in token.children):
            return []
        return [
            g
            for c in token.children
            if c.dep_ == "nsubj" and _answerable(c)
            for g in _with_conjuncts(c)
        ]
    owners = [c for c in token.children if c.dep_ in WHOSE and c.i < token.i]
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                owners += _with_conjuncts(p)
                # "a failure of India's security agencies": the agencies' state
                owners += [x for x in p.children if x.dep_ == "poss"]
    return [o for o in owners if _answerable(o)]


def accusing_failure(token: Token) -> Trigger | None:
    """ "The COAS pointed out that the Afghan interim rulers had failed to adhere to repeated
    warnings", "such attacks highlight the government's failure to ensure their safety,” the
    statement said", "the minister opined that the attack was a security and intelligence
    failure of India": a party said to have failed at its duty is the speaker's criticism of
    it (CAMEO 111 "criticize or denounce", PLOVER ACCUSE/disapprove). Only under a verb of
    telling (the outlet's own "talks failed to produce a breakthrough" faults no one), only a
    failing that happened (not "if the government fails to"), and only a party as the one who
    failed (not "talks", "the accord", "the strategy")."""
    if token.pos_ in ("VERB", "AUX") and _lemma(token) == "fail":
        if _unreal(token) or not _failing_parties(token):
            return None
        return ("ACCUSE", "disapprove") if _fault_teller(token) is not None else None
    if token.pos_ == "NOUN" and _lemma(token) == "failure":
        if not _failing_parties(token):
            return None
        clause = _clause_of(token)
        if clause is None or _unreal(clause):
            return None
        return ("ACCUSE", "disapprove") if _fault_teller(clause) is not None else None
    return None


def failure_faulted(token: Token) -> tuple[list[Token], list[Token]]:
    """The critics and the faulted of :func:`accusing_failure`: who tells it (a pronoun or
    a statement left for the quotes stage to name) and the party said to have failed."""
    clause = token if token.pos_ in ("VERB", "AUX") else _clause_of(token)
    teller = None if clause is None else _fault_teller(clause)
    return _speakers(teller), _failing_parties(token)


#: verbs by which a speaker binds their side to an act to come: "vowed a tough response",
#: "promising to use overwhelming force", "assured that a full-scale operation will be
#: launched". When the act is force, the promise is a threat (CAMEO 13, "threaten with
#: military force", "threaten blockade", "threaten with violent repression")
PROMISING = frozenset("vow pledge promise swear assure resolve".split())
#: verbs over a clause of an act to come that may make it a threat: saying, proclaiming,
#: announcing, promising
HOLDING_OUT = PROCLAIMING | PROMISING
#: what CAMEO 13 does not code as a threat when held out: an arrest to come is a promise
#: to catch culprits (blockade, curfew, emergency, occupation and repression are: 1381,
#: 1323, 1324, 1382, 137)
NO_THREAT_MODES = frozenset({"arrest"})
#: relations that open a clause of its own inside a clause: what it says is not the
#: act held out ("will react to any action, stressing that any attack would …")
OWN_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "relcl", "acl", "csubj"})


def _clause_words(verb: Token, arguments: bool = False) -> list[Token]:
    """The words of a verb's own clause: its subtree without the clauses it governs
    (infinitives and "by"-gerunds of the act stay: "will work to impose a blockade by
    targeting airports"). With ``arguments``, only what the verbs take as their arguments
    and means: a verb's adjunct phrase ("Quetta will become safer with the killing of X",
    "will escalate … in response to the campaign") tells no act held out."""
    kept: set[int] = set()

    def walk(token: Token) -> None:
        kept.add(token.i)
        for c in token.children:
            if c.dep_ in OWN_CLAUSES and c.pos_ in ("VERB", "AUX"):
                continue
            if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue  # "… and no space will be left": another clause
            if arguments and c.dep_ == "prep" and token.pos_ in ("VERB", "AUX"):
                if c.lower_ != "by":
                    continue
            walk(c)

    walk(verb)
    return [verb.doc[i] for i in sorted(kept)]


def _force(token: Token, words: list[Token]) -> bool:
    """Whether a word of a clause (``words``) holds out force, protest or a sanction: an act
    the lexicon types so (also one it counts rather than tells: "will escalate their
    attacks"), an arrest left out; a word of CAMEO's response classes ("a tough response",
    "use force"); or an operation the clause sets "against" someone ("a full-scale operation
    will be launched against terrorists")."""
    found = _trigger(token) or TRIGGERS.get(_lemma(token))
    if found is not None and found[0] in THREAT_TYPES and found[1] not in NO_THREAT_MODES:
        return True
    if _lemma(token) in OPERATIONS:
        return any(
            t.dep_ == "prep" and t.lower_ == "against" and any(_can_act(p) for p in t.children)
            for t in words
        )
    return _lemma(token) in RESPONSES


def _right_reserved(verb: Token) -> Token | None:
    """ "Pakistan reserves the right to respond", "reserved the right to retaliate at a time
    of its choosing": the verb "reserve" whose object "right" the act's infinitive
    completes. A side keeping an act in store is holding it out, as "vowed to" is; what the
    act is (a response, force) decides whether it is a threat (:func:`force_held_out`), so
    "reserves the right to remain silent" is none."""
    right = verb.head
    if verb.dep_ not in ("acl", "xcomp") or _lemma(right) != "right":
        return None
    # "Pakistan reserves the right": the small model may take "reserves" for a noun the
    # right stands beside (an apposition); the words are the same frame
    if right.dep_ not in ("dobj", "obj", "appos") or _lemma(right.head) != "reserve":
        return None
    return right.head


#: verbs of letting someone act: "will not allow the army to pass", "vowed not to let the
#: convoys proceed" (refused, they hold out that the act will be stopped)
LETTING = frozenset({"allow", "let", "permit"})


def _let_parties(verb: Token) -> list[Token]:
    """Whom a verb of letting lets act, by name or by a word for people: the subject of its
    clause ("allow the Indian Army to pass", parsed as a clause), or its object with an
    infinitive ("allow convoys to proceed" parsed as object and complement). No pronoun
    ("will not allow anyone to ..." names no one) and no thing ("will not allow its soil to
    be used" is a pledge, not a threat)."""
    parties = [
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
        for s in c.children
        if s.dep_ == "nsubj"
        for g in _with_conjuncts(s)
    ]
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        parties += [
            g for c in verb.children if c.dep_ in ("dobj", "obj") for g in _with_conjuncts(c)
        ]
    return [p for p in parties if _can_act(p) and p.pos_ != "PRON"]


def _refused_leave(verb: Token) -> Token | None:
    """ "“We will not allow the Indian Army to pass through Punjab,” Pannun said",
    "Protesters have vowed not to allow convoys to proceed": a side that says it will not let
    a named party act holds out that it will stop them (CAMEO 13, a threat to block or to
    act against them), as "vowed to" holds an act out. The verb that holds it out: the
    promising or proclaiming verb whose infinitive it is, else the verb of saying over a
    clause with a future auxiliary; None where the letting is not refused, not to come, not
    told by anyone, or lets no named party act."""
    if _lemma(verb) not in LETTING or not any(
        c.dep_ == "neg" or c.lower_ == "never" for c in verb.children
    ):
        return None
    if not _let_parties(verb):
        return None
    if verb.dep_ == "xcomp" and _lemma(verb.head) in HOLDING_OUT:
        return verb.head
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None
    return _told_by(verb) or _proclaimed(verb)


def ready_copula(verb: Token) -> Token | None:
    """ "We are ready and capable to respond any misadventure with full force": the copula
    of "be ready/capable/prepared to" whose infinitive ``verb`` is (also under a conjoined
    adjective), an act held in store as a future holds it out (:data:`READY`)."""
    if verb.dep_ != "xcomp" or verb.head.pos_ != "ADJ":
        return None
    adjective = verb.head
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head
    ready = {_lemma(adjective), _lemma(verb.head)} & READY
    if not ready or adjective.dep_ != "acomp" or _lemma(adjective.head) not in ("be", "stand"):
        return None
    return adjective.head


def _promised(verb: Token) -> Token | None:
    """The verb that holds a clause's act out as to come: a promising verb whose infinitive
    it is ("promising to use force"), or the verb of saying, announcing or promising over a
    clause with a future auxiliary ("assured that an operation will be launched", "said they
    will escalate their attacks")."""
    if verb.dep_ == "xcomp" and _lemma(verb.head) in PROMISING:
        return verb.head
    reserved = _right_reserved(verb)
    if reserved is not None:
        return reserved
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None
    head = verb
    while head.dep_ in ("ccomp", "parataxis", "conj", "xcomp") and head.head.i != head.i:
        head = head.head
        if _lemma(head) in HOLDING_OUT:
            return head
    if verb.dep_ == "ROOT":  # "“We will …,” he said": the saying hangs on the clause
        return _saying_after(verb, HOLDING_OUT)
    return None


def force_held_out(verb: Token) -> Trigger | None:
    """ "Netanyahu vowed a tough response against the Houthis", "Washington …, promising to
    use overwhelming force", "He assured that a full-scale operation will be launched against
    terrorists", "the Houthis have said they will escalate their attacks": force, protest or
    a sanction that a side says it will bring is a threat (CAMEO 13, PLOVER THREATEN) made as
    it is told, not the act it names, which has not happened. Only a verb that is no trigger
    of its own or a copula, with no condition (:func:`conditional_threat`), and never under a
    verb that is itself a threat or warning ("threatened to renew attacks" is that verb's)."""
    if verb.pos_ != "VERB" or _lemma(verb) == "be" or _trigger(verb) is not None:
        return None
    if _lemma(verb) in PROMISING:  # "vowed a tough response against the Houthis"
        return (
            ("THREATEN", None)
            if any(c.dep_ in ("dobj", "obj") and _lemma(c) in RESPONSES for c in verb.children)
            else None
        )
    refusal = _refused_leave(verb)
    if refusal is not None:
        said = _trigger(refusal)
        return None if said is not None and said[0] == "THREATEN" else ("THREATEN", None)
    ready = ready_copula(verb)
    if ready is not None and _condition(verb) is None:
        # "ready to respond with full force": the force is in any of its words; the bare
        # verb of answering is not ("ready to respond to emergencies" threatens no one)
        words = _clause_words(verb)
        return ("THREATEN", None) if any(_force(t, words) for t in words if t.i != verb.i) else None
    promise = _promised(verb)
    if promise is None or _condition(verb) is not None:
        return None
    said = _trigger(promise)
    if said is not None and said[0] == "THREATEN":
        return None
    words = _clause_words(verb)
    held = _clause_words(verb, arguments=True)
    return ("THREATEN", None) if any(_force(t, words) for t in held) else None


def threat_parties(verb: Token) -> tuple[list[Token], list[Token], set[int]]:
    """Who threatens, whom, and the words the threat stands for, for
    :func:`force_held_out`. The threatener: the clause's subject where it can act ("they
    will escalate"), else whoever says or promises it (a pronoun left for the quotes
    stage). The threatened: parties the force is "against"/"on"/"to", or the clause's object
    ("will hold Iran responsible"). The acts of the clause, and a promise read as an
    agreement ("promising to"), are the threat's words, no events of their own."""
    words = _clause_words(verb)
    subjects = _nsubjects(verb)
    refusal = _refused_leave(verb)
    if refusal is not None:  # "will not allow the Indian Army to pass": the army is warned
        actors = [s for s in subjects if _can_act(s)] or _subjects(refusal)
        actors = actors or _speakers(refusal if _lemma(refusal) in SAYING else None)
        targets = [t for t in _let_parties(verb) if t not in actors]
        return actors, targets, {t.i for t in words if t.i != verb.i and _trigger(t) is not None}
    ready = ready_copula(verb)
    if ready is not None:  # "We are ready to respond": who is ready threatens
        subjects = _subjects(ready)
    actors = [s for s in subjects if _can_act(s)]
    promise = None if _lemma(verb) in PROMISING else _promised(verb)
    if not actors and promise is not None:
        actors = _subjects(promise)
        if not actors and promise.dep_ in ("advcl", "xcomp", "conj"):
            actors = _subjects(promise.head)  # "Washington announced …, promising to use"
    targets = [
        g
        for t in words
        if t.dep_ == "prep" and t.lower_ in ("to", "against", "on")
        for p in t.children
        if p.dep_ == "pobj" and _can_act(p)
        for g in _with_conjuncts(p)
    ]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [  # "will hold Iran directly responsible": a small clause's subject
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    targets += [  # "use overwhelming force": the force held out, no one threatened
        g
        for c in objects
        if _can_act(c) and c.pos_ != "PRON" and _lemma(c) not in RESPONSES
        for g in _with_conjuncts(c)
    ]
    stands_for = {t.i for t in words if t.i != verb.i and _trigger(t) is not None}
    if promise is not None and (_trigger(promise) or ("",))[0] == "AGREE":
        stands_for.add(promise.i)  # "promising to use overwhelming force": no agreement
    if not targets:  # "… use overwhelming force until the group stopped firing"
        targets = [
            g
            for c in verb.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in c.children)
            for g in _subjects(c)
            if _can_act(g)
        ]
    return actors, [t for t in targets if t not in actors], stands_for


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects with their conjuncts, a wire dateline parsed as one left out."""
    return [
        g
        for c in verb.children
        if c.dep_ == "nsubj" and not _dateline_word(c)
        for g in _with_conjuncts(c)
    ]


#: nouns of an agreement two sides come to (CAMEO 03 "agree", 057 "sign formal agreement")
AGREEMENTS = frozenset(
    "agreement accord deal treaty pact understanding ceasefire truce armistice".split()
)
#: agreements that end a fight: settling a dispute, de-escalating (CAMEO 037, 0356, 0871),
#: which the labels and PLOVER's AGREE read as an agreement of the warring sides, where a
#: treaty of friendship or trade signed stays SUPPORT (CAMEO 057)
TRUCES = frozenset("ceasefire truce armistice".split())
#: verbs of coming to an agreement: "reached an understanding", "struck a deal"
#: and of bringing one about between others: "helped broker an immediate ceasefire", "a
#: jirga brokered a deal" (CAMEO 0356/057 as coded by the labels: the broker is a side)
REACHING = frozenset("reach strike clinch conclude finalise finalize broker".split())
#: verbs of signing an agreement, an AGREE only for a truce or a peace deal
SIGNING = frozenset({"sign", "ink"})


def _settles(noun: Token) -> bool:
    """A truce, or an agreement of peace ("a 14-point peace deal", "a peace agreement")."""
    return _lemma(noun) in TRUCES or any(
        c.dep_ in ("compound", "amod") and _lemma(c) in ("peace", "ceasefire", "truce")
        for c in noun.children
    )


#: phrasal verbs of coming to an agreement by bargaining: "a peace deal hammered out on New
#: Year's Day", "worked out an understanding", "thrashed out a deal"
WORKING_OUT = frozenset({"hammer", "work", "thrash"})


def _worked_out(verb: Token) -> bool:
    """ "hammered out", "worked out", "thrashed out": reaching told by a verb and "out"."""
    return _lemma(verb) in WORKING_OUT and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _agreed_on(verb: Token) -> Token | None:
    """The agreement a verb tells as come to, or None: what is reached or struck (active
    object or passive subject: "an understanding was reached"), a truce or a peace deal
    signed, or a truce announced ("Trump announced a ceasefire", "The truce, announced by
    mediators Qatar and the United States")."""
    lemma = _lemma(verb)
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        nouns.append(verb.head)  # "The truce, announced by …"
    for noun in nouns:
        if _lemma(noun) not in AGREEMENTS or noun.pos_ != "NOUN":
            continue
        if lemma in REACHING or (lemma in SIGNING and _settles(noun)) or _worked_out(verb):
            return noun
        if lemma == "announce" and _lemma(noun) in TRUCES:
            return noun
    return None


def agreement_reached(verb: Token) -> Trigger | None:
    """ "a ceasefire had been reached between India and Pakistan", "an understanding was
    reached", "the parties … signed a 14-point peace deal", "The truce, announced by
    mediators …": an agreement come to is AGREE (CAMEO 03), by the sides it binds. Only
    verbs; "signed a treaty of friendship" stays the lexicon's SUPPORT (CAMEO 057)."""
    if verb.pos_ != "VERB" or _agreed_on(verb) is None:
        return None
    return ("AGREE", None)


def agreeing_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """The sides of :func:`agreement_reached`: those "between" whom it is (on the verb or
    the agreement: one the actor, the others its targets; one plural with no subject is
    both: "signed between warring tribes"), else the verb's subject, else
    the "by" agent (the one who announced it), with the side "with" whom as target."""
    noun = _agreed_on(verb)
    holders = [verb] if noun is None else [verb, noun]
    between = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for p in c.children
        if p.dep_ == "pobj"
        for g in _with_conjuncts(p)
    ]
    if len(between) > 1:
        return between[:1], between[1:]
    actors = _nsubjects(verb)
    if not actors and between and between[0].tag_ in ("NNS", "NNPS"):
        # "a peace deal was signed between warring tribes": the one plural is every side
        sides, others, _ = between_parties(between)
        return sides, others
    actors = actors or [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for g in _with_conjuncts(p)
    ]
    others = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children
        if p.dep_ == "pobj" and _can_act(p)
        for g in _with_conjuncts(p)
    ]
    return actors, others


#: verbs of warning or threatening, whose "of" object or infinitive is what they hold out
WARNING = frozenset({"warn", "threaten"})


def _warned_of_force(verb: Token) -> bool:
    """ "warned of a march towards Islamabad", "warned of dire consequences", "threatened to
    renew attacks": a warning of a protest, a sanction or a response (not of a danger:
    "police warned of attacks" warns of others' attacks), or a threat to use force."""
    if _lemma(verb) not in WARNING:
        return False
    for c in verb.children:
        held = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        if c.dep_ == "prep" and c.lower_ == "of":
            for t in (w for p in held for w in _clause_words(p, arguments=True)):
                found = _trigger(t) or TRIGGERS.get(_lemma(t))
                if _lemma(t) in RESPONSES or (found and found[0] in ("PROTEST", "SANCTION")):
                    return True
        if c.dep_ == "xcomp" and _lemma(verb) == "threaten":
            words = _clause_words(c, arguments=True)
            if any(_force(t, words) for t in words):
                return True
    return False


def threat_by_people(verb: Token, actors: list[Token]) -> bool:
    """A threat of force or protest made by people the sentence names only by a noun or a
    pronoun ("they would launch protests if …", "the tribesmen would launch action against
    terrorists if …", "They … warned of a march towards Islamabad"): a threat an analyst
    counts, as a demand made by people is (CAMEO 13 beside CAMEO 10), though no name is
    written. Only a verb that holds out force (a frame of this module, or a warning of it)
    and only with a maker who can act."""
    if verb.pos_ != "VERB" or not any(_can_act(a) for a in actors):
        return False
    return (
        conditional_threat(verb) is not None
        or force_held_out(verb) is not None
        or _warned_of_force(verb)
        or _threatens_to(verb)
    )


def condition_spans(verb: Token) -> list[tuple[int, int]]:
    """The character spans of the "if"/"unless" clauses under a threat ("threatened to cut
    internet cables ... if the signals were not restored ... by Sunday evening"): a date
    there is the condition's deadline, not the day the threat was made."""
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in verb.subtree
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
    ]


def _threatens_to(verb: Token) -> bool:
    """ "The local elders threatened to cut internet cables ... if ...", "traders threatened
    to boycott the polls": "threaten" with an act to do is a threat by its own word (CAMEO
    13 counts threats of non-force too: 131 "threaten non-force", 1311 "to reduce or stop
    aid"), whatever the act. Who can be threatened by it is :func:`threat_by_people`'s
    question (a people, not "the crisis threatened to derail the talks")."""
    return _lemma(verb) == "threaten" and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children
    )


#: modals of what ought to be done: "the ceasefire must start without delay"
OUGHT = frozenset({"should", "must", "ought"})


def deontic_demand(verb: Token) -> Trigger | None:
    """ "Egypt's foreign ministry said in a statement the ceasefire must 'start without
    delay'", "India should not do anything to alienate Kashmiris …, chief minister Omar
    Abdullah said": what someone says ought (not) to be done is their demand (CAMEO 10,
    PLOVER REQUEST), whatever the act; the act has not happened. Only a verb that is no
    trigger of its own (an act told with "should" is read by the assembly's
    ``_demand_told``), and only in a clause someone says, never the outlet's own "must"."""
    if verb.pos_ != "VERB" or _trigger(verb) is not None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OUGHT for c in verb.children):
        return None
    if _same_demand(verb):
        return None
    return ("REQUEST", "demand") if _demand_teller(verb) is not None else None


def _same_demand(verb: Token) -> bool:
    """Whether ``verb`` only goes on with the demand of the verb it is joined to ("Hamas must
    have no role …, and must no longer constitute a threat"): no subject of its own, and
    that verb asks with a modal of its own. One demand, told once."""
    return (
        verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in OUGHT for c in verb.head.children)
    )


def _demand_teller(verb: Token) -> Token | None:
    """The verb of saying a demand is told under: :func:`_told_by`, or a saying the parser
    hung on the demand's verb as a conjunct after a comma ("India should not do anything
    …, chief minister Omar Abdullah said on Monday")."""
    teller = _told_by(verb) or _told_through(verb)
    if teller is not None or verb.dep_ != "ROOT":
        return teller
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and _lemma(c) in SAYING
            and c.i > verb.i
            and verb.doc[c.i - 1].dep_ != "cc"
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ in ("ccomp", "dobj") for g in c.children)
        ),
        None,
    )


#: verbs of holding a view, over a clause someone says ("he said, “I believe that X should
#: be …”"): the view is the sayer's own
OPINING = frozenset("believe think feel hope reckon".split())


def _told_through(verb: Token) -> Token | None:
    """The verb of saying a clause is told under across the links :func:`_told_by` does not
    cross: a clause joined to a told clause ("said that Gaza's population 'faces
    starvation' and 'must receive the aid'"), and a view the sayer holds ("said, “I believe
    that Pakistan's nuclear weapons should be taken …”"). A clause joined to the saying
    itself ("X said A, and B must …") is not told by it."""
    clause = verb
    for _ in range(3):
        if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        elif clause.dep_ == "ccomp" and _lemma(clause.head) in OPINING:
            clause = clause.head
        else:
            return None
        teller = _told_by(clause)
        if teller is not None and clause.dep_ != "ROOT":
            return teller
    return None


def demander_and_demanded(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who demands and of whom, for :func:`deontic_demand`: whoever says it (a pronoun left
    for the quotes stage), of the clause's subject where it is a party ("India should
    not …"), else of the party it names as object."""
    speakers = _speakers(_demand_teller(verb))
    subjects = [
        g for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for g in _with_conjuncts(c)
    ]
    objects = [g for c in verb.children if c.dep_ in ("dobj", "obj") for g in _with_conjuncts(c)]
    of = [t for t in subjects if _can_act(t) and t.pos_ != "PRON"]
    of = of or [t for t in objects if _can_act(t) and t.pos_ != "PRON"]
    # "Pakistan's nuclear weapons should be taken under supervision": the party whose thing
    # a passive demand would be done to is whom it is asked of ("a deal must remove X's
    # capacity" asks it of no one: the call it explains is the demand)
    of = of or [
        o
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for o in c.children
        if o.dep_ == "poss" and _can_act(o) and o.pos_ != "PRON"
    ]
    return speakers, [t for t in of if t not in speakers]


#: verbs of asking someone to do something (CAMEO 10 "make a request of X to do Y"): "the
#: traders urged the government to lodge protests"
ASKING_OF = frozenset({"urge", "ask", "press", "request", "implore", "exhort"})


def request_of_a_party(verb: Token) -> bool:
    """A request made by people of a party to do something ("the traders also urged the
    government to lodge effective protests at world forums"): a maker who can act (no
    pronoun, which the quotes stage names), an addressee who can act, and the act asked
    for as the verb's infinitive. Such a request says who asks what of whom though no
    name is written, as a demand made by people does (CAMEO 10)."""
    if verb.pos_ != "VERB" or _lemma(verb) not in ASKING_OF:
        return False
    makers = [c for c in verb.children if c.dep_ == "nsubj"]
    asked = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return (
        any(_can_act(m) and m.pos_ != "PRON" for m in makers)
        and any(_can_act(a) and a.pos_ != "PRON" for a in asked)
        and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
    )


#: verbs of putting a contested assertion forward ("claimed that", "argued that",
#: "contended that"): over a clause that tells someone's wrong, the assertion accuses them
#: (CAMEO 112). "alleged" and "charged" are the lexicon's ACCUSE triggers already
CLAIMING = frozenset("claim argue contend insist maintain".split())
#: adjectives that make a thing a wrong: "illegal custody", "false narratives", "unlawful
#: detention" (CAMEO 112 "accuse of crime", "of human rights abuses")
WRONGFUL = frozenset(
    "illegal unlawful illegitimate false fake fabricated baseless unjustified unjust".split()
)
#: prepositions that name where a wrong comes from or whom it serves: "traced to India",
#: "backed by India", "emanating from Afghanistan", "behind the attack"
SOURCE_PREPS = frozenset({"to", "from", "behind"})


def _claimed_clause(verb: Token) -> Token | None:
    """The clause a verb of claiming puts forward ("claimed that X …"), or None."""
    if verb.pos_ != "VERB" or _lemma(verb) not in CLAIMING:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def _wrong_told(clause: Token) -> bool:
    """Whether a claimed clause tells a wrong: its verb or a word in it is an act of violence
    or coercion or one of CAMEO's wrongs, or a thing it names is called wrongful; never a
    blow against hostiles ("security forces killed ten terrorists" is a claim of success)."""
    words = list(clause.subtree)
    if any(_lemma(t) in HOSTILES for t in words if t.dep_ in ("dobj", "obj", "nsubjpass")):
        return False
    return _wrong(clause) or any(t.lower_ in WRONGFUL and t.dep_ == "amod" for t in words)


def _accused_in(clause: Token) -> list[Token]:
    """Who a claimed clause says did the wrong: the "by" agent of its passive, else its
    active subject when that is someone (not a pronoun, which may be the claimant's own
    side), else a named party a "to/from/behind" phrase of its verb gives ("the attack's
    roots could be traced to India")."""
    agents = [
        p
        for c in clause.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj" and _can_act(p) and p.pos_ != "PRON"
    ]
    if agents:
        return agents
    subjects = [
        g
        for c in clause.children
        if c.dep_ == "nsubj"
        and c.pos_ != "PRON"
        and _can_act(c)
        and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)  # "its fighters"
        for g in _with_conjuncts(c)
    ]
    if subjects:
        return subjects
    return [
        p
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
    ]


def accusing_claim(verb: Token) -> Trigger | None:
    """ "Buledi claimed the attack's roots could be traced to India", "He also claimed that
    in Pahalgam, India killed its own Hindus", "the counsel argued that Saeed was being kept
    in illegal custody by PAF": an assertion put forward that someone did a wrong is the
    claimant's accusation of them (CAMEO 112, PLOVER ACCUSE/allege), told as narrative
    rather than under "said". Only with a clause that tells a wrong and names who did it."""
    clause = _claimed_clause(verb)
    if clause is None or not _wrong_told(clause) or not _accused_in(clause):
        return None
    return ("ACCUSE", "allege")


def claimant_and_accused(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accuser and the accused of :func:`accusing_claim`. The accuser is the claiming
    verb's subject (a pronoun left for the quotes stage), else, for a verb coordinated into
    a clause ("Buledi said terrorism has no religion and claimed …"), the first subject
    who can act up its chain of clauses."""
    clause = _claimed_clause(verb)
    accused = [] if clause is None else _accused_in(clause)
    head = verb
    for _ in range(4):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if head is verb and subjects:
            return [g for c in subjects for g in _with_conjuncts(c)], accused
        found = [g for c in subjects if _can_act(c) for g in _with_conjuncts(c)]
        if found:
            return found, accused
        if head.dep_ not in ("conj", "ccomp") or head.head.i == head.i:
            break
        head = head.head
    return [], accused


#: nouns of a threat whose "that" clause tells what is held out ("his threat that Iran would
#: be bombed", "Trump's threat that there would be hell to pay unless ...")
THREAT_NOUNS = frozenset({"threat", "ultimatum"})


def _threat_clause(noun: Token) -> Token | None:
    """The clause a threat noun holds out: a "that" clause of its own whose act is to come
    (a future auxiliary, "be ready to", or a condition), or None ("the threat that terrorism
    poses" is a relative clause with no "that" as a conjunction, and describes)."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in THREAT_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            continue
        if _future(c) or _condition(c) is not None:
            return c
    return None


def threat_held_out(noun: Token) -> tuple[list[Token], list[Token], set[int]] | None:
    """ "Trump reiterated his threat on Sunday that Iran would be bombed if it does not
    accept ...": a threat noun whose "that" clause tells an act to come is a threat made
    (CAMEO 13, PLOVER THREATEN), though no verb of issuing carries it; the act the clause
    tells has not happened and is the threat's content, no event of its own. None where the
    noun holds out no such clause; else who threatens, whom, and the trigger words the
    threat stands for, found from the one clause (:func:`_threat_clause` is looked for
    once). The threatener is the noun's possessor when named ("Trump's threat"); a
    possessive pronoun ("reiterated his threat") is bound by the subject of the verb the
    noun is the object of, the one who "reiterated" or "repeated" it. The threatened: the
    party the clause's act is done to (its object or passive subject), else the subject of
    its condition ("if it does not accept")."""
    clause = _threat_clause(noun)
    if clause is None:
        return None
    actors = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if not actors and any(c.dep_ == "poss" for c in noun.children):
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
            actors = [s for s in _subjects(noun.head) if _can_act(s) and s.pos_ != "PRON"]
    condition = _condition(clause)
    kept = set(condition.subtree) if condition is not None else set()
    targets = [
        g
        for c in clause.children
        if c.dep_ in ("dobj", "obj", "nsubjpass")
        and _party(c)
        and c.pos_ != "PRON"
        and _lemma(c) not in RESPONSES  # "would use force": what is held out, not whom
        for g in _with_conjuncts(c)
    ]
    targets += _held_against(clause, kept)  # "would use force against the protesters"
    if not targets and condition is not None:
        targets = [
            g
            for c in condition.children
            if c.dep_ == "nsubj" and _party(c) and c.pos_ != "PRON"
            for g in _with_conjuncts(c)
        ]
    stands_for = {t.i for t in clause.subtree if t not in kept and _trigger(t) is not None}
    return actors, [t for t in targets if t not in actors], stands_for


#: prepositions naming whom a demand is made of: "presented four demands to the
#: government", "an appeal to the United Nations", "demanded immediate action from the
#: provincial government", "sought help from China"
ADDRESSED = frozenset({"to", "from"})
#: entity types of things, never of whom a request is made: a list, a building, a law
NOT_ADDRESSEES = frozenset({"FAC", "LOC", "LAW", "PRODUCT", "WORK_OF_ART"})


#: the sides of a conflict, asked as a whole ("appealed to all sides to halt", "urged both
#: sides to exercise restraint"): parties to whom a request is made, though "side" names no
#: one by itself ("on the other side of the border" is a place)
SIDES = frozenset({"side"})
#: request verbs whose "to" phrase is whom they ask ("appealed to", "pleaded to")
APPEALING = frozenset({"appeal", "plead", "petition"})
SIDE_PREPS = frozenset({"to"})


def demand_addressees(token: Token) -> list[Token]:
    """Whom a request is made of where it has no object that is someone (CAMEO 10's target,
    the addressee): a party "to"/"from" whom a request noun is made, or "from" whom a
    request verb asks something, on the verb or on what it asks for. Only a party (someone,
    or a state's institution by its common noun: "the government", "the authorities");
    "an appeal to reason", "the release of men from custody" name no one asked."""
    holders = [token]
    if token.pos_ in ("VERB", "AUX"):
        preps = frozenset({"from"}) | (SIDE_PREPS if _lemma(token) in APPEALING else frozenset())
        holders += [c for c in token.children if c.dep_ in ("dobj", "obj")]
    else:
        preps = ADDRESSED
        if token.dep_ in ("dobj", "obj") and token.head.pos_ in ("VERB", "AUX"):
            holders.append(token.head)  # "presented demands to the government"
    return [
        g
        for h in holders
        for c in h.children
        if c.dep_ in ("prep", "dative") and c.lower_ in preps  # "to" a verb's indirect object
        for p in c.children
        if p.dep_ == "pobj"
        and p.pos_ != "PRON"
        and p.ent_type_ not in NOT_ADDRESSEES  # "from the Fourth Schedule"
        and (_party(p) or _lemma(p) in SIDES)
        for g in _with_conjuncts(p)
    ]


#: verbs that ask something "of" someone: "demanded of the government to ensure ...",
#: "asked of the authorities that ...", "expects of Kabul"
ASKING_OF_VERBS = frozenset({"demand", "ask", "request", "expect", "require"})


def asked_of(verb: Token) -> list[Token]:
    """The party a request verb asks "of" ("A jirga demanded of the government to ensure
    the recovery ..."): the addressee (CAMEO 10's target), told by the verb's own "of"
    phrase. Only the verb's own phrase: "demanded the release of X" asks the release, its
    "of" hangs on the noun and names who is to be freed, not who is asked. It outranks
    whatever else the parse offered: the phrase says outright whom the demand is made of."""
    if _lemma(verb) not in ASKING_OF_VERBS:
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ != "PRON" and p.ent_type_ not in NOT_ADDRESSEES and _party(p)
        for g in _with_conjuncts(p)
    ]


#: the prepositions that carry what a request verb asks for: "called for", "pressed for"
ASKED_FOR_PREPS = frozenset({"for"})
#: verbs that tell a request by their own meaning (not "must remove", whose demand is told
#: by the modal: :func:`deontic_demand`)
REQUESTING = frozenset("demand call seek request press urge appeal push ask".split())


def _possessor(token: Token) -> bool:
    """Whether a noun's dependent is its possessor: ``poss``, or the ``nmod`` with a
    possessive clitic the small model gives a name before a curly "’s" ("Iran’s nuclear
    programme")."""
    if token.dep_ == "poss":
        return True
    return token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in POSSESSIVE_CASE for c in token.children
    )


def demanded_possessors(verb: Token) -> list[Token]:
    """Whose act or thing a demand asks to be done or undone, where no addressee is named:
    the possessor of what is demanded ("called for dismantling Iran's nuclear programme",
    "demanded Israel's withdrawal", "demanded the government's resignation"). CAMEO 10
    codes the one whose conduct must change as the target, and a demand about a side's
    own programme, forces or officials is made of that side. Only a party named as the
    possessor (a pronoun is left to the actor resolution: "demanded their release" names
    no one), and never the demander itself."""
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in REQUESTING:
        return []
    asked = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ASKED_FOR_PREPS:
            asked += [p for p in c.children if p.dep_ == "pobj"]
            # "called for dismantling Iran's programme": the gerund's object
            asked += [
                o
                for p in c.children
                if p.dep_ == "pcomp"
                for o in p.children
                if o.dep_ in ("dobj", "obj")
            ]
    subjects = {s.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")}
    return [
        g
        for noun in asked
        for n in _with_conjuncts(noun)
        for c in n.children
        if _possessor(c) and c.pos_ != "PRON" and _party(c) and c.i not in subjects
        for g in _with_conjuncts(c)
    ]


def protest_called(verb: Token, called_for: list[Token]) -> bool:
    """ "We will call for a shutter-down and wheel-jam strike in response": a protest a side
    says it will call is a threat of protest (CAMEO 133 "threaten political dissent,
    protest"), made as it is told, not a request already made. Only a "call" verb with a
    future auxiliary, and only for an act the lexicon types PROTEST."""
    if verb.pos_ != "VERB" or _lemma(verb) != "call":
        return False
    if not _future(verb):  # a future auxiliary: "be ready to" is no "call" verb's
        return False
    for token in called_for:
        found = _trigger(token) or TRIGGERS.get(_lemma(token))
        if found is not None and found[0] == "PROTEST":
            return True
    return False


#: statements whose addressee a later statement of the same side is made to as well
ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN"})
#: how many sentences back the demand a warning follows may stand ("A jirga demanded of the
#: government to ensure ... It set a deadline of ... However, the jirga warned of protests")
ADDRESSEE_REACH = 3
#: words of a side's name too common to say two mentions are the same side
_NAME_FILLERS = frozenset("the a an of and its their his her".split())


def _side_words(spans: tuple[Span, ...], text: str) -> set[str]:
    return {
        w.strip(".,’'\"“”").lower()
        for a, b in spans
        for w in text[a:b].split()
        if w.lower() not in _NAME_FILLERS
    }


def addressees_carried(events: list[EventMention], doc: Doc, text: str) -> list[EventMention]:
    """A warning or demand that names no one it is made to is made to whom the same side's
    demand just before was ("A jirga demanded of the government to ensure the recovery ...
    However, the jirga warned of strong protests if the deadline was not met": the protests
    are held out against the government, which the deadline was set for). A conditional
    warning that follows a demand is its sanction, and CAMEO codes a threat's target as
    the one who must act to avert it. Only the nearest earlier REQUEST or THREATEN with a
    target whose actor shares a word of its name with this one's ("the jirga" after "A
    jirga"), within :data:`ADDRESSEE_REACH` sentences; a statement with no actor takes
    none. (Reaching further back for a warning on a condition was tried in session 26: on
    52 archive articles it fired three times, all wrong — a later warning against another
    side, carrying an unrelated earlier request's target.)"""
    sentence_starts = [s.start_char for s in doc.sents]
    found: list[EventMention] = []
    for event in events:
        if event.type in ADDRESSED_TYPES and not event.targets and event.actors:
            first = bisect_right(sentence_starts, event.start) - 1 - ADDRESSEE_REACH
            words = _side_words(event.actors, text)
            earlier = [
                e
                for e in found
                if e.type in ADDRESSED_TYPES
                and e.targets
                and e.start <= event.start
                and bisect_right(sentence_starts, e.start) - 1 >= first
                and words & _side_words(e.actors, text)
            ]
            if earlier:
                event = replace(event, targets=earlier[-1].targets)
        found.append(event)
    return found


#: verbs that pass a verdict on an act: "amounted to political blackmail", "constitutes a
#: war crime", "is tantamount to ethnic cleansing" (the last an adjective under a copula)
VERDICT_VERBS = frozenset({"amount", "constitute"})
VERDICT_ADJECTIVES = frozenset({"tantamount", "equivalent"})
#: the charges such a verdict may name (CAMEO 112 "accuse of crime, human rights abuses,
#: aggression, war crimes"): the accusable wrongs, beside the words of international law
#: a verdict uses ("a blatant violation", "collective punishment", "political blackmail")
CHARGES = WRONGS | frozenset(
    "blackmail violation cleansing punishment war crime extortion terror apartheid".split()
)


def _verdict(verb: Token) -> Token | None:
    """The charge a verdict verb names: the object of "amount to", of "constitute", or of
    "be tantamount to"; None when the verb passes no verdict."""
    lemma = _lemma(verb)
    if lemma == "amount":
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    elif lemma == "be":
        preps = [
            p
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in VERDICT_ADJECTIVES
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "to"
        ]
    elif lemma == "constitute":
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    else:
        return None
    # the object of "to" is a noun ("amounted to political blackmail") or a gerund
    # ("amounted to using starvation as a weapon of war")
    return next((p for prep in preps for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)


def accusing_verdict(verb: Token) -> Trigger | None:
    """ "X's act amounted to / constitutes / is tantamount to <a charge>" in a clause someone
    says: the speaker accuses the act's doer (CAMEO 112, PLOVER ACCUSE). "Hamas said the new
    Israeli aid framework amounted to political blackmail", "South Africa said Israel's
    restriction of aid amounted to using starvation as a weapon of war". The verb carries no
    event word, so the accusation was lost. Only under a verb of saying (a report's own
    analysis is no one's statement), only asserted (a "would"/"could" verdict is a warning
    or a hedge, not a charge), only for a charge, and only where the act has a named doer
    ("terrorism in all its forms constitutes a threat" accuses no one)."""
    if verb.pos_ not in ("VERB", "AUX") or _unreal(verb):
        return None
    charge = _verdict(verb)
    if charge is None or not (_wrong(charge) or any(_lemma(t) in CHARGES for t in charge.subtree)):
        return None
    if _told_by(verb) is None:
        return None
    if not any(_doers_of(a) for a in _nsubjects(verb)):
        return None
    return ("ACCUSE", "allege")


def verdict_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_verdict`: who says it and who did
    the judged act."""
    accused = [d for a in _nsubjects(verb) for d in _doers_of(a)]
    return _speakers(_told_by(verb)), accused
