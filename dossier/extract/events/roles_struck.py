"""What an attack told as the doer of a verb of striking struck: that verb's object.

News tells a strike by what it hit as often as by whom it killed: "an air strike hit his
house", "a heavy Israeli attack that destroyed six planes", "the blast damaged three shops".
A verb of killing is an event of its own whose object is read as its target (the attack
noun is then how: "an Israeli air strike killed five people"), but "hit", "destroy",
"damage" are no triggers (a car hits a rider, floods destroy houses), so the attack noun
was the event and its target was left empty though the sentence names it. The attack noun
is the doer, so the object of its active verb of striking is what it struck: the subject
of the verb ("an air strike hit his house", "the attacks also hit X") or the noun a
relative clause tells of with the relative word as subject ("an attack that destroyed six
planes"). Only an object the verb itself takes ("hit near the airport" names a place, not a
target; "hit on Monday" a date). Session 41 (issue 15): of the development half's matched
rows whose target was empty though the sentence names it, this shape held four.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma, _with_conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs whose subject, an attack, struck their object ("hit", "destroyed", "damaged",
#: "flattened", "razed", "targeted"); not verbs of harm to people, which are events of their
#: own ("killed", "wounded")
STRIKING_VERBS = frozenset(
    "hit strike target destroy damage flatten raze level demolish wreck gut pound slam".split()
)
#: relative words that stand for the noun as the clause's subject ("that", "which")
SUBJECT_RELATIVES = frozenset({"that", "which"})


def struck_objects(head: Token) -> list[Token]:
    """The objects of the active verb of striking an attack noun is the subject of, as
    subject ("an air strike hit his house") or through a relative clause ("an attack that
    destroyed six planes"); empty for any other noun's place in its sentence."""
    verbs = []
    if head.dep_ == "nsubj" and _striking(head.head):
        verbs.append(head.head)
    for clause in head.children:
        if clause.dep_ == "relcl" and _striking(clause) and _relative_subject(clause):
            verbs.append(clause)
    return [
        g
        for verb in verbs
        for c in verb.children
        if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN", "PRON")
        for g in _with_conjuncts(c)
    ]


def _striking(verb: Token) -> bool:
    """An active verb of striking (no passive auxiliary: "was hit" has the struck thing as
    its subject)."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and _lemma(verb) in STRIKING_VERBS
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )


def _relative_subject(clause: Token) -> bool:
    """Whether a relative clause's subject is its relative word ("that destroyed")."""
    return any(c.dep_ == "nsubj" and c.lower_ in SUBJECT_RELATIVES for c in clause.children)
