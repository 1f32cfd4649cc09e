"""Bodies found with the marks of a killing are a killing (ACLED codes them as violence against
civilians by an unidentified actor; the label guide lists "bodies found" among the incidents
whose perpetrator no one names).

"Seven bullet-riddled bodies were found on Tuesday in Ziarat district", "a man's body was
found stuffed in a suitcase": no verb of killing, so no trigger, though the sentence tells a
killing, its victims, place and day. The frame: "body"/"bodies"/"corpse" as the passive
subject or object of find/recover/discover/dump/retrieve, with a mark of violence in its own
phrase or clause (riddled with bullets, gunshot wounds, torture marks, mutilated, beheaded,
strangled, stuffed in a sack or suitcase, dumped). A body found with no such mark (a drowning,
a death of cold, "the body was handed over to the heirs") is no attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import Trigger, _is_noun, _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

BODY_NOUNS = frozenset({"body", "corpse"})
#: verbs that tell a body was come upon, not handed over or buried
FOUND_VERBS = frozenset({"find", "recover", "discover", "dump", "retrieve", "fish"})
#: the marks of a killing on a body or in how it was left
VIOLENCE_CUES = frozenset(
    """bullet bullets riddle riddled ridden bullet-riddled bullet-ridden bullets-ridden
    gunshot torture tortured mutilate mutilated behead beheaded decapitate decapitated stab
    stabbed strangle strangled slit slaughter slaughtered stuff stuffed dump dumped""".split()
)
#: the marks that tell a shooting (the act's mode)
SHOT_CUES = frozenset({"bullet", "bullets", "riddled", "ridden", "gunshot"})
#: clause links past which a word belongs to another clause ("found ..., police said")
OTHER_CLAUSES = frozenset({"ccomp", "conj", "relcl", "advcl", "parataxis"})


def _clause_words(verb: Token, noun: Token) -> list[Token]:
    """The words of the noun's phrase and of the verb's own clause (not of a clause the verb
    governs, nor of the one governing it)."""
    words = list(noun.subtree)
    for child in verb.children:
        if child.i != noun.i and child.dep_ not in OTHER_CLAUSES:
            words += list(child.subtree)
    return words


def _cues(token: Token) -> set[str]:
    words = _clause_words(token.head, token)
    found = {t.lower_ for t in words} | {_lemma(t).lower() for t in words}
    # "bullet-riddled", "bullets-ridden" split by the tokenizer around the hyphen
    for t in words:
        found |= {part for part in t.lower_.split("-") if part}
    return found & VIOLENCE_CUES


def violent_death_found(token: Token) -> Trigger | None:
    """The killing a body found with the marks of violence tells; ``None`` otherwise."""
    if not _is_noun(token) or _lemma(token).lower() not in BODY_NOUNS:
        return None
    verb = token.head
    if token.dep_ not in ("nsubjpass", "dobj", "obj") or _lemma(verb) not in FOUND_VERBS:
        return None
    cues = _cues(token)
    if not cues:
        return None
    return ("ASSAULT", "firearms" if cues & SHOT_CUES else None)


def the_dead(body: Token) -> list[Token]:
    """Who was killed: the noun of the body's "of" phrase ("the bodies of five people"), its
    possessor ("a man's body"), else the bodies themselves."""
    for child in body.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found = [p for p in child.children if p.dep_ == "pobj"]
            if found:
                return found
    owners = [c for c in body.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owners or [body]
