"""Accusations told as a wrong a party caused or spread (session 38, issue 15).

"It is America that has caused wars,” he said", "he said … how India, through its proxies, has
promoted terrorism within Pakistan", "“Indiscriminate use of force by Israeli occupation forces
has caused unprecedented loss of lives,” he said": the speaker holds a party answerable for a
wrong (CAMEO 112 "accuse of aggression, of human rights abuses", PLOVER ACCUSE/allege), yet no
word of accusing is written, so the statement was lost. The verb is one of bringing about or
spreading ("cause", "promote", "foment"), its object a wrong, its doer a party, and the clause
is someone's saying; the outlet's own "the blast caused destruction" is no accusation, nor is a
wrongdoer's word as the doer ("said the terrorists caused panic": an attack's telling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import Trigger, _lemma, _with_conjuncts
from dossier.extract.events.roles import _can_act
from dossier.extract.events.statements import (
    DESCRIBED,
    SAYING,
    STATE_ORGANS,
    _doers_of,
    _saying_after,
    _speakers,
    _wrong,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: verbs of bringing a wrong about or spreading it (CAMEO 112's "accuse of aggression" told
#: by its effect): "caused wars", "promoted terrorism", "fomenting unrest", "stoked tensions"
CAUSING = frozenset("cause promote foment fuel stoke spread sow incite export".split())
#: harms a party is said to bring about beside the wrongs of :data:`statements.WRONGS`
#: (general words of strife, not acts of their own): "caused wars", "causing friction"
STRIFE = frozenset("war friction strife discord division instability hatred havoc".split())
#: what a loss must be of to be a harm done to people ("loss of lives", "loss of life")
LIVES = frozenset({"life", "live"})
#: verbs a wrong may be told under: those of saying, and of remarking and observing
TELLING = SAYING | frozenset({"remark", "observe", "note", "argue"})
#: relative pronouns whose antecedent is the doer ("America that has caused wars")
RELATIVES = frozenset({"that", "which", "who"})


def _harm(obj: Token) -> bool:
    """Whether an object names a wrong: a word of the wrongs, of strife, or a loss of life
    ("loss of lives and property"; "loss of revenue" is none)."""
    lemma = _lemma(obj)
    if lemma in STRIFE or _wrong(obj):
        return True
    return lemma == "loss" and any(
        _lemma(p) in LIVES for c in obj.children if c.lower_ == "of" for p in c.subtree
    )


def _party(noun: Token) -> bool:
    """A doer one can accuse: someone (a name, a person's word, a force, a body) or a
    state's organ, not a pronoun (left unresolved here) and not a wrongdoer's word."""
    if noun.pos_ == "PRON" or _lemma(noun) in DESCRIBED:
        return False
    return _can_act(noun) or _lemma(noun) in STATE_ORGANS


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to when it has none ("is damaging
    Israeli society and causing friction"); a relative pronoun stands for its antecedent."""
    for head in (verb, verb.head if verb.dep_ == "conj" else None):
        if head is None:
            continue
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.lower_ in RELATIVES and head.dep_ == "relcl":
            return head.head
        return subject
    return None


def causers(verb: Token) -> list[Token]:
    """The parties said to cause the wrong: the subject when it is a party, else the doer
    its noun names ("use of force by Israeli occupation forces", "India's aggression")."""
    subject = _subject(verb)
    if subject is None:
        return []
    if _party(subject):
        return _with_conjuncts(subject)
    return [d for d in _doers_of(subject) if _party(d)]


def _teller(verb: Token) -> Token | None:
    """The verb of saying over the clause, however deep it stands ("he said that the world
    has seen evidence of how India has promoted …"), or the saying hung on a root clause
    ("“…,” he said" parsed the other way round); None for the outlet's own telling."""
    for head in verb.ancestors:
        if head.pos_ in ("VERB", "AUX") and _lemma(head) in TELLING:
            return head
    root = verb.sent.root
    return _saying_after(root, TELLING)


def accusing_cause(verb: Token) -> Trigger | None:
    """ "“It is America that has caused wars,” he said": a party said to bring about or
    spread a wrong is the speaker's accusation of it (PLOVER ACCUSE/allege). Only a verb of
    :data:`CAUSING` with a wrong as its object, a party as its doer and a verb of saying
    over it; the speaker may not be the doer."""
    if verb.pos_ != "VERB" or _lemma(verb) not in CAUSING:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not any(_harm(o) for o in objects):
        return None
    teller = _teller(verb)
    if teller is None:
        return None
    accused = causers(verb)
    speakers = {t.i for t in _speakers(teller)}
    if not accused or any(t.i in speakers for t in accused):
        return None
    return ("ACCUSE", "allege")


def cause_accused(verb: Token) -> tuple[list[Token], list[Token]]:
    """The accusers and the accused of :func:`accusing_cause`: who says it (a pronoun left
    for the quotes stage) and the party said to cause the wrong."""
    return _speakers(_teller(verb)), causers(verb)
