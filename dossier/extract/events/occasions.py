"""Meetings and agreements told as occasions, which stand without a named party (issue 15,
item 3).

A stance with no named participant ("to support training, research and processing") is
noise, so the assembly drops soft types (CONSULT, AGREE, …) that name no one. A meeting or an
agreement told as *having come about* is different: "A jirga was held", "indirect
negotiations had resumed in Qatar", "a peace deal hammered out on New Year's Day", "an
understanding was reached", "both warring sides … had signed a peace agreement". The
sentence tells a specific occasion (CAMEO 04 "consult", 03/057 "agree"), which an analyst
files even when the parties are named in another sentence or only by a common noun ("the
protesters agreed to end their blockade", "the three participants had agreed"); ACLED codes
such an event with an unidentified actor. These rules read that frame off the parse: the
verbs are those of holding a meeting and of coming to an agreement, never a text's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    MEETING_VERBS,
    NOT_PARTICIPANTS,
    PROTESTERS,
    _lemma,
    _meeting_argument,
    _paid_a_call,
)
from dossier.extract.events.modality import modality
from dossier.extract.events.roles import _can_act
from dossier.extract.events.statements import agreement_reached

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from collections.abc import Sequence

    from spacy.tokens import Token

#: verbs that tell a meeting noun as taking place: held, convened, resumed, begun, concluded
#: ("talks were held", "negotiations had resumed", "the meeting concluded")
HOLDING = MEETING_VERBS | frozenset({"resume", "begin", "start", "end", "continue"})
#: consultations by their CAMEO 04 nouns (the lexicon's CONSULT nouns and the meeting words)
CONSULTING_NOUNS = frozenset(
    "meeting talk negotiation mediation dialogue consultation summit jirga shura".split()
)
#: common nouns of those who come to an agreement without a name: "both warring sides",
#: "the participants", "the parties", "the elders" (besides people and groups)
AGREEING_SIDES = PROTESTERS | frozenset({"side", "participant", "party", "elder", "tribe"})


def _meeting_held(token: Token) -> bool:
    """ "held a jirga", "the Dialogue was held", "convening an in-camera meeting", "indirect
    negotiations had resumed": the verb of holding with its meeting, or the meeting noun
    as what such a verb holds (object) or tells happening (subject)."""
    if token.pos_ in ("VERB", "AUX"):
        return _lemma(token) in MEETING_VERBS and _meeting_argument(token) is not None
    if _lemma(token) not in CONSULTING_NOUNS:
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in HOLDING:
        return False
    if token.dep_ in ("dobj", "obj"):
        return _lemma(verb) in ("hold", "convene", "resume", "begin", "start", "conclude")
    return token.dep_ in ("nsubj", "nsubjpass")


def _agreed_by_sides(token: Token, actors: Sequence[Token]) -> bool:
    """ "the protesters agreed to end their blockade", "both warring sides … agreed": an
    agreement whose subject is a side named by a common noun for people or a group."""
    return (
        token.pos_ == "VERB"
        and _lemma(token) == "agree"
        and any(
            a.dep_ == "nsubj" and a.pos_ == "NOUN" and (_can_act(a) or _lemma(a) in AGREEING_SIDES)
            for a in actors
        )
    )


def _come_about(token: Token) -> bool:
    """Whether an occasion is told as one that came about or is planned: not negated ("failed
    to reach agreement"), not hypothetical ("unless the president agrees"), and not an
    infinitive of purpose or chance ("a summit to hammer out a framework agreement", "an
    opportunity to hold talks"), save a plan's ("plans to hold a Dialogue in June")."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    mood = modality(verb)
    if mood == "planned":
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return mood == "asserted" and not infinitive


def occasion_told(token: Token, kind: str, actors: Sequence[Token]) -> bool:
    """Whether a CONSULT or AGREE trigger tells an occasion that came about (a meeting held,
    an agreement reached or signed, one agreed by sides a common noun names): an event
    though the sentence names no party."""
    if kind == "CONSULT":
        return _meeting_held(token) and _come_about(token)
    if kind == "AGREE":
        agreed = agreement_reached(token) is not None or _agreed_by_sides(token, actors)
        return agreed and _come_about(token)
    return False


def visited(token: Token) -> list[Token]:
    """Whom a courtesy call visits ("Baker called on Governor Kundi": Kundi), the person the
    lexicon's :func:`~dossier.extract.events.lexicon._paid_a_call` found after "on/upon"."""
    if token.pos_ != "VERB" or _lemma(token) != "call" or not _paid_a_call(token):
        return []
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ not in NOT_PARTICIPANTS
    ]
