"""Who did an attack the article first tells without its doer: the retelling that names them.

Crime and attack news routinely opens on the harm and names the unknown doers only when it
tells the incident again a sentence or two on: "Just a day ago, a Frontier Corps personnel
lost his life in a gun attack in Noshki area. Police said the victim ... was targeted by
assailants riding motorcycles"; "two boys were killed over a family dispute ... The police
said that the double murder occurred near Grob Bridge ... They said that armed motorcyclists
opened fire on Nadir Khan, 22, and Khurram Shezad, 16". The first report is the one the
headline and the lead date; its actor is the retelling's ("assailants", "armed
motorcyclists": the generic description ACLED codes as an unidentified armed group, which the
labelling guide asks for when the article gives one).

``assembly._doers_named_after`` already carries a definite "the attackers" back; it stops at
any attack told in between, so the retelling itself (an attack with its own doers) never lends
them. This pass takes that case, narrowly, because an attack told shortly after is as often a
second incident ("Separately, gunmen shot dead a shopkeeper ..."):

* the doer-less attack is told as fact, as one incident (not "32 attacks that claimed 56
  lives") and did not befall the doers' side (its targets are not "attackers",
  "terrorists": those are killed by someone else);
* the retelling is the nearest later attack with a doer, within :data:`RETOLD_REACH`
  sentences, and every attack told in between has no doer (a retelling of the same harm:
  "the double murder occurred near ..."); none of those sentences opens on a word that starts
  another incident ("Separately", "Meanwhile", "In another incident");
* the retelling's doers are all unknown doers told by a common noun — "assailants",
  "gunmen", "militants", "armed men", "unidentified men riding motorcycles" — never a named
  group, person or state: a name after an anonymous attack is as likely a new act by another
  side (a reprisal, a police encounter) as the same one, and the guide keeps an unclaimed
  attack's actor empty rather than wrong.

Found in session 28 among the matched rows of ``check15`` … ``check21`` whose actor was empty
and the doers were named only in a later sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import _lemma

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

    from dossier.records import EventMention, Span

#: how many sentences after a doer-less attack its retelling may come
RETOLD_REACH = 3
#: agent nouns that are unknown doers by themselves
UNKNOWN_DOERS = frozenset(
    "terrorist militant attacker assailant gunman killer shooter assassin bomber".split()
)
#: plain words for people that are unknown doers only with a word that says so
#: ("armed men", "unidentified persons", "masked motorcyclists"); a "suspect" or "people"
#: marked so is one too ("when unknown suspects shot and killed him", "unidentified people
#: hurled a grenade at the police station": session 31, three read sets), while a bare
#: "the suspects" is as often those arrested
PEOPLE_WORDS = frozenset(
    "man person people individual motorcyclist rider miscreant suspect".split()
)
UNKNOWN_MARKS = frozenset("armed unidentified unknown masked motorcycle-riding".split())
#: what an attack befalling the doers' own side is told by: its doers are someone else
DOERS_SIDE = UNKNOWN_DOERS | frozenset(
    "suspect dacoit robber bandit insurgent kidnapper criminal khariji khawarij".split()
)
#: sentence openings that start another incident, not a retelling
NEW_INCIDENT = (
    "separately",
    "meanwhile",
    "in another",
    "in a separate",
    "in a similar",
    "similarly",
    "elsewhere",
    "earlier",
    "also",
    "in yet another",
)


#: words of a span of time that open a sentence telling another incident ("Days before that,
#: four labourers were shot dead by unknown assailants")
TIME_UNITS = frozenset("minute hour day night week month year".split())


def _root(span: Span, doc: Doc) -> Token | None:
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return None if found is None else found.root


def unknown_doer(token: Token) -> bool:
    """Whether a noun tells doers no one has named: an agent noun of attack ("assailants",
    "gunmen") or people marked as unknown or armed ("armed men", "unidentified persons");
    never a name (a group, a person or a state may be the doer of another act), nor a word on
    the act ("the terrorist attack" that officials condemned is the article's incident, not
    necessarily the attack just told)."""
    if token.pos_ == "PROPN" or token.ent_type_:
        return False
    if token.dep_ in ("compound", "amod", "poss"):
        return False  # "the terrorist attack": a word on an act the article tells as its own
    lemma = _lemma(token)
    if lemma in UNKNOWN_DOERS:
        return True
    return lemma in PEOPLE_WORDS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in UNKNOWN_MARKS for c in token.children
    )


def opens_new_incident(sentence: Span_) -> bool:
    """Whether a sentence starts another incident: a word that says so ("Separately",
    "Meanwhile") or a time of its own at its head ("Last month, ...", "On Saturday, ...",
    "Days before that, ...", "And in August 2005, ..."): a retelling goes on with the
    incident already dated, a list of past incidents dates each one."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in ("and", "but", "yet"):
        words = words[1:]  # "And in August 2005, a judge was murdered by two gunmen"
    if " ".join(w.lower_ for w in words).startswith(NEW_INCIDENT):
        return True
    if words and words[0].lower_ in ("on", "in", "at", "during"):
        words = words[1:]
    if words and (words[0].like_num or words[0].lower_ in ("a", "an", "few")):
        words = words[1:]  # "Two days later, ...", "A day before, ..."
    return bool(words) and (
        words[0].ent_type_ in ("DATE", "TIME") or _lemma(words[0]) in TIME_UNITS
    )


def doers_retold(events: Sequence[EventMention], doc: Doc) -> list[EventMention]:
    """Each attack told as fact with no doer takes the unknown doers of its retelling a
    sentence or few on (the module's docstring says when and why)."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    told = [bisect_right(starts, e.start) - 1 for e in events]
    attacks = [(n, e) for n, e in zip(told, events, strict=True) if e.type == "ASSAULT"]
    found: list[EventMention] = []
    for number, event in zip(told, events, strict=True):
        if (
            event.type == "ASSAULT"
            and not event.actors
            and event.modality in ("asserted", "alleged")
            and not _befell_doers(event, doc)
            and not _several(event, doc)
            and not any(n == number and e.actors for n, e in attacks)
        ):
            doers = _retold_doers(number, attacks, sentences, doc)
            if doers:
                event = replace(event, actors=doers)
        found.append(event)
    return found


def _several(event: EventMention, doc: Doc) -> bool:
    """Whether the attack is told as several ("32 attacks that claimed 56 lives", "attacks
    have become more frequent"): a plural act noun counts incidents, and one retelling's
    doers are not all of theirs."""
    root = _root(event.trigger, doc)
    return root is not None and root.tag_ in ("NNS", "NNPS")


def _befell_doers(event: EventMention, doc: Doc) -> bool:
    roots = (_root(span, doc) for span in event.targets)
    return any(r is not None and _lemma(r) in DOERS_SIDE for r in roots)


def _retold_doers(
    number: int,
    attacks: list[tuple[int, EventMention]],
    sentences: list[Span_],
    doc: Doc,
) -> tuple[Span, ...]:
    """The doers of the nearest later attack with any, when it retells the incident told in
    sentence ``number`` (no new incident opened before it) and all are unknown doers."""
    for at in range(number + 1, min(number + RETOLD_REACH, len(sentences) - 1) + 1):
        if opens_new_incident(sentences[at]):
            return ()
        later = [e for n, e in attacks if n == at and e.actors]
        if not later:
            continue
        if any(n == at and not e.actors for n, e in attacks):
            return ()  # "X survived an attack, while days later militants martyred ...": two told
        return _unknown_doers(later[0].actors, doc)
    return ()


def _unknown_doers(actors: tuple[Span, ...], doc: Doc) -> tuple[Span, ...]:
    """The unknown doers among a retelling's actors, when it names no one and its first actor
    is one: the words a retelling's event gathers from the sentences it absorbed ("unknown
    suspects shot and killed him", then "he suspected some personal enmity was behind the
    murder") are no doers of it, while a name among them (a group, a person, a state) may be
    the doer of another act, so the retelling lends none."""
    roots = [_root(span, doc) for span in actors]
    named = [r for r in roots if r is None or r.pos_ == "PROPN" or r.ent_type_]
    if named or not roots:
        return ()
    kept = [(a, r) for a, r in zip(actors, roots, strict=True) if r is not None and unknown_doer(r)]
    if not kept or kept[0][0] != actors[0]:
        return ()
    return tuple(a for a, _r in kept)
