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

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    ACCUSATIONS,
    BOMB_WORDS,
    HARM_NOUNS,
    NEWS_AGENCIES,
    PERPETRATORS,
    REPORTING,
    RESPONSIBLE,
    STATING,
    TRIGGERS,
    Trigger,
    _lemma,
    _trigger,
    _with_conjuncts,
)
from dossier.extract.events.roles import _can_act

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

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
        """terrorism violence bloodshed crime atrocity massacre genocide death killing unrest
        chaos destruction abuse aggression corruption sabotage insurgency militancy
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
        return next(
            (
                c
                for c in verb.children
                if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and _lemma(c) in SAYING
            ),
            None,
        )
    return None


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


def accused_and_accuser(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_copula`: who says it (a pronoun
    left out, for the quotes stage names whom it stands for) and the copula's subject."""
    speakers = _speakers(_told_by(verb))
    accused = [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
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


def threatener_and_threatened(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who threatens and whom, for :func:`conditional_threat`: the side that will act when it
    is a party (a name, a people, a force), else whoever says so; threatened, whom the act
    is "to"/"against"/"on", else the condition's subject when it is a party ("if it
    violates")."""
    subjects = [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
    actors = [s for s in subjects if _can_act(s)]
    if not actors:
        actors = _speakers(_proclaimed(verb) or _told_by(verb))
    condition = _condition(verb)
    kept = set(condition.subtree) if condition is not None else set()
    targets = [
        g
        for t in verb.subtree
        if t not in kept and t.dep_ == "prep" and t.lower_ in ("to", "against", "on")
        for p in t.children
        if p.dep_ == "pobj" and _can_act(p)
        for g in _with_conjuncts(p)
    ]
    if not targets and condition is not None:
        targets = [
            c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass") and _can_act(c)
        ]
    return actors, targets


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
    clauses = [verb] if _lemma(verb) == "meet" else []
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
    accused = [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
    accused += [
        g
        for c in verb.children
        if c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
        for g in _with_conjuncts(p)
    ]
    return speakers, accused
