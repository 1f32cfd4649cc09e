"""Modality (one of :data:`dossier.records.MODALITIES`: asserted, alleged, planned,
negated, hypothetical) from the nearest cue on the way up from the trigger (negation,
hedges, modals, conditionals, plans).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    FORCES,
    REPORTING,
    STATING,
    TRIGGERS,
    _is_noun,
    _is_verb,
    _lemma,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: "foiled/thwarted an attack" is not among these: the attack was attempted, and an attempt
#: that was beaten back happened (the arrests and the exchange of fire too)
NEGATING = frozenset({"deny", "fail", "prevent", "avert", "refuse", "reject"})
#: modals of what ought to be done: "should be prosecuted", "must be summoned"
DEONTIC = frozenset({"should", "must", "ought"})
#: modals of what may come: "could trigger a war", "would retaliate"
POSSIBLE = frozenset({"could", "would", "might", "may"})
HYPOTHETICAL = POSSIBLE | DEONTIC
#: a demanded or urged act has not happened: the demand is the event ("demanded the arrest
#: of the killers" is a REQUEST, and an arrest no one made)
DEMANDING = frozenset({"demand", "urge", "seek", "ask", "want", "press", "call"})
CONDITIONAL = frozenset({"if", "unless"})
FUTURE = frozenset({"will", "shall", "'ll"})
#: auxiliaries of what is to come or may come, the cues of a threat: "the more territory it
#: will lose", "said it would retaliate"
MODALS = FUTURE | POSSIBLE
PLANNING = frozenset(
    """plan intend prepare plot aim seek threaten vow pledge promise scheme conspire
    decide agree offer want hope expect""".split()
)
#: "keen to sever ties", "ready to talk": intent, like a plan
WILLING = frozenset("keen ready willing prepared determined eager poised set".split())
ALLEGING = frozenset({"accuse", "suspect", "allege", "believe", "charge", "blame", "convict"})
ALLEGING_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
ALLEGING_ADJECTIVES = frozenset({"suspected", "alleged", "purported"})
#: "no group has claimed responsibility for the attack": what is denied, claimed or
#: unknown is who did it, not whether it happened
ATTRIBUTION_NOUNS = frozenset({"responsibility", "credit", "ownership"})

#: what a complainant files: an act told through one ("according to the FIR, the accused
#: opened fire", "the complainant stated that his son was abducted") is the complainant's
#: accusation, not yet a fact the outlet reports
COMPLAINTS = frozenset(
    "fir complaint complainant petition petitioner plaintiff lawsuit chargesheet plaint".split()
)
#: verbs by which a complaint tells an act ("the FIR stated that", "the complainant alleged")
COMPLAINT_TELLING = REPORTING | STATING | frozenset({"mention", "maintain", "allege"})

#: prepositions by which a verb of alleging names the act alleged: "accused of attacking",
#: "blamed for", "charged with", "suspected in"; an adjunct ("amid clashes", "after the
#: attack", "during the protest") sets the scene of the allegation, and is no act alleged
CHARGED = frozenset({"of", "for", "with", "in", "over", "behind"})

#: relations through which a governing word's meaning reaches an event under it
GOVERNED = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "support", "nsubjpass", "attr"}
)
#: being arrested, sentenced or booked for an act makes the act alleged
PUNISHING = frozenset(
    "arrest detain convict sentence charge prosecute indict jail punish book".split()
)
#: relations through which a governing verb's negation or modal reaches an event
CONTROLLED = frozenset(
    {"xcomp", "pcomp", "dobj", "pobj", "prep", "nsubjpass", "auxpass", "support", ""}
)
#: relations through which a governing verb's own negation or modal reaches an
#: event: its arguments, not its adjuncts ("will become safer with the killing")
ARGUMENT_OF = frozenset({"xcomp", "dobj", "nsubjpass", "auxpass", "support"})


def _chain(trigger: Token, support: Token | None) -> Iterator[tuple[Token, str, Token | None]]:
    """The trigger, then the words governing it, each with the relation that
    leads to it and the word it leads from (for a noun with a support verb,
    through that verb)."""
    yield trigger, "", None
    current = trigger
    if support is not None:
        yield support, "support", trigger
        current = support
    for _ in range(5):
        if current.head.i == current.i:
            return
        yield current.head, current.dep_, current
        current = current.head


def _own_cue(token: Token) -> str | None:
    """Negation, modal or hedging words on one token of the chain."""
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(g.dep_ == "det" and g.lower_ == "no" for s in subjects for g in s.children):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in children):
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in children):
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in children):
        return "planned"
    if any(c.lower_ in ALLEGING_ADVERBS for c in children if c.dep_ == "advmod"):
        return "alleged"
    if _is_noun(token) and _hedged(token):
        return "alleged"  # "an alleged gang rape", "a suspected suicide bombing"
    if any(
        c.dep_ == "agent"
        and any(g.dep_ == "advmod" and g.lower_ in ALLEGING_ADVERBS for g in c.children)
        for c in children
    ):
        return "alleged"  # "was stabbed and killed, allegedly by her former husband"
    return None


#: verbs by which an act is arranged for a time ("were scheduled to meet", "is slated to
#: open")
ARRANGING = frozenset({"schedule", "slate"})


def _arranged(token: Token, lemma: str) -> bool:
    """Whether ``token`` arranges the act its infinitive names for a time to come: "were
    scheduled to meet", "was due to arrive", "were set to meet in Rome on Friday" (the
    passive "set"; "set fire to" and "set up" are acts done)."""
    if lemma in ARRANGING:
        return True
    if lemma == "due":
        return token.pos_ == "ADJ"
    return lemma == "set" and any(c.dep_ == "auxpass" for c in token.children)


def _governor_cue(token: Token, via: str, child: Token | None) -> str | None:
    """What a governing word says about the event under it: only through its
    complements, never through a coordinated or adverbial clause ("rejected
    the plan, urging talks" does not negate the urging)."""
    if via not in GOVERNED:
        return None
    lemma = _lemma(token)
    if lemma in NEGATING and _is_verb(token):
        return "negated"
    if lemma in DEMANDING and _is_verb(token) and via in ("dobj", "xcomp", "pobj", "prep"):
        return "hypothetical"
    if lemma in DEMANDING and _is_verb(token) and via == "ccomp" and not _question(child):
        return "hypothetical"  # "demanded that police arrest the killers"
    if lemma in PLANNING or (lemma in WILLING and token.pos_ == "ADJ"):
        return "planned"
    if via == "xcomp" and _arranged(token, lemma):
        return "planned"
    if lemma in ALLEGING and via == "acl" and (_is_noun(token) or _with_determiner(token)):
        return None  # "a suspect rounded up near X", "an accused arrested": the arrest happened
    if lemma in ALLEGING and via == "prep" and (child is None or child.lower_ not in CHARGED):
        return None  # "amid clashes ..., it was believed that X": the setting, not the belief
    if lemma in ALLEGING or (lemma == "claim" and via == "ccomp"):
        return "alleged"
    if lemma in PUNISHING and child is not None and child.lower_ in ("for", "over"):
        return "alleged"  # "arrested for collaborating with X"
    if lemma in INVOLVEMENT and _is_noun(token) and _hedged(token):
        return "alleged"  # "arrested for their alleged involvement in the gang rape of a child"
    return None


#: who speaks for the state's hand in an arrest, as the subject of "claimed": a force
#: ("Police claimed that ...") or an official by office or rank ("SP investigations X
#: claimed", "the chief minister claimed", "the SHO claimed")
ARREST_AUTHORITIES = FORCES | frozenset(
    """official officer minister government authority administration commissioner
    magistrate inspector sho sp ssp dsp dpo cpo rpo igp dig""".split()
)


def _arrest_claimed_by_authority(verb: Token, trigger: Token) -> bool:
    """Whether ``verb`` is "claim" said by the state's side of an arrest ``trigger`` tells:
    "the police have ... arrested two suspects, SP investigations X claimed on Friday", "the
    chief minister claimed that the police apprehended gang members". The label guide codes an
    arrest the police or officials announce as asserted however it is worded ("police claimed
    to have arrested"; this is its "claimed that" form); a claim by anyone else ("the BYC
    claimed that some workers were arrested", a community spokesperson's) is a side's
    accusation and stays alleged."""
    if _lemma(verb) != "claim" or TRIGGERS.get(_lemma(trigger)) != ("COERCE", "arrest"):
        return False
    return any(
        _lemma(t) in ARREST_AUTHORITIES or t.lower_ in ARREST_AUTHORITIES
        for s in verb.children
        if s.dep_ == "nsubj"
        for t in s.subtree
    )


#: what a person had to do with an act: hedged ("their alleged involvement in the attack",
#: "his suspected role in the killings"), the act is the allegation's
INVOLVEMENT = frozenset(
    "involvement role part complicity participation hand link connection".split()
)


def _hedged(noun: Token) -> bool:
    """Whether a noun is hedged by an adjective of alleging ("alleged", "suspected")."""
    return any(c.dep_ == "amod" and c.lower_ in ALLEGING_ADJECTIVES for c in noun.children)


def _complaint(noun: Token) -> bool:
    """ "the FIR", "a complaint", "the First Information Report" (its last word, "report", is
    a complaint's only with "information" before it)."""
    if noun.lower_ in COMPLAINTS or _lemma(noun) in COMPLAINTS:
        return True
    return _lemma(noun) == "report" and any(c.lower_ == "information" for c in noun.children)


def _told_by_complaint(token: Token) -> bool:
    """Whether a verb tells what it tells on a complaint's word: "according to the FIR" on it,
    or, for a verb of saying, a complaint as its subject ("the FIR stated that ...") or its
    place ("the complainant said in the FIR that ...")."""
    for child in token.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ == "according":
            through = [g for c in child.children if c.dep_ == "prep" for g in c.children]
            if any(g.dep_ == "pobj" and _complaint(g) for g in [*child.children, *through]):
                return True
        if child.lower_ == "in" and _lemma(token) in COMPLAINT_TELLING:
            if any(g.dep_ == "pobj" and _complaint(g) for g in child.children):
                return True
    return _lemma(token) in COMPLAINT_TELLING and any(
        c.dep_ == "nsubj" and _complaint(c) for c in token.children
    )


def _verb_or_support(token: Token, level: int, via: str) -> bool:
    """A verb of the chain whose adjuncts speak of the event: the trigger, its support verb,
    or a verb governing it (not a noun on the way up: "the FIR of the attack")."""
    return _is_verb(token) or (level == 0 and via == "")


def _question(clause: Token | None) -> bool:
    """Whether a clause is an asked question ("asked why police arrested him", "asked
    whether"), which tells what happened, not what is demanded."""
    if clause is None:
        return False
    return any(
        c.tag_ in ("WRB", "WP", "WDT") or c.lower_ in ("whether", "if") for c in clause.children
    )


def _with_determiner(token: Token) -> bool:
    """ "an accused", "the accused": a participle a determiner makes a noun."""
    return any(c.dep_ == "det" for c in token.children)


def _shared_conjunct(trigger: Token) -> Token | None:
    """The verb a verb trigger is coordinated with ("withdraw ... and release"), where the
    trigger has no subject of its own (it shares that verb's by ellipsis); None otherwise."""
    if not (_is_verb(trigger) and trigger.dep_ == "conj" and _is_verb(trigger.head)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children):
        return None
    return trigger.head


def modality(trigger: Token, support: Token | None = None, told: Token | None = None) -> str:
    """asserted, alleged, planned, negated or hypothetical: the nearest cue wins
    ("suspected of planning attacks" is planned, "accused of attacking" alleged). ``told`` is
    the act's own word where ``trigger`` is a verb it shares its governors with ("have solved
    the case and arrested two suspects, the SP claimed": "solved" for "arrested")."""
    if _is_noun(trigger) and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        # "no attacks were reported", "no blast took place", "made no arrests": the noun's
        # own determiner denies the act, whatever verb tells it
        return "negated"
    if _is_noun(trigger) and support is None:
        # "any attack could trigger a war": any act, or one that a modal verb governs,
        # is no act that happened
        if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in trigger.children):
            return "hypothetical"
        head = trigger.head
        if trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in head.children
        ):
            return "hypothetical"
    if (
        _is_noun(trigger)
        and trigger.dep_ == "pobj"
        and _lemma(trigger.head.head) in (ATTRIBUTION_NOUNS)
    ):
        support = None  # "claimed responsibility for the attack": the claim is not the attack
    shared = _shared_conjunct(trigger) if support is None else None
    if shared is not None:
        # "asked the government to withdraw X and release the jirga leaders", "will attack
        # and kill": a verb coordinated with another, with no subject of its own, shares
        # what governs that verb and the modal it carries (not its "not": "did not kill
        # but injured" injures)
        cue = _own_cue(shared)
        if cue in ("planned", "hypothetical"):
            return cue
        governed = modality(shared, told=told or trigger)
        if governed != "asserted" and cue is None:
            return governed
    for level, (token, via, child) in enumerate(_chain(trigger, support)):
        if level > 0 and _is_noun(token) and _lemma(token) in ATTRIBUTION_NOUNS:
            break
        if level > 0:
            cue = _governor_cue(token, via, child)
            if cue == "alleged" and _arrest_claimed_by_authority(token, told or trigger):
                cue = None
            if cue:
                return cue
        if level == 0 or (_is_verb(token) and via in ARGUMENT_OF):
            cue = _own_cue(token)
            if cue == "negated" and via == "nsubjpass":
                # "the arrests were not linked to X" denies the link, not the arrests (a
                # support verb comes as "support": "the attack was not carried out")
                cue = None
            if cue:
                return cue
        if (level == 0 or via in GOVERNED) and _verb_or_support(token, level, via):
            if _told_by_complaint(token):
                return "alleged"  # "the accused opened fire, according to the FIR"
        if via not in CONTROLLED:
            break  # a clause of its own: "said" above "attacked" says nothing of it
    return "asserted"
