"""A military operation launched or conducted is an attack (CAMEO 19/190 "use conventional
military force"; ACLED codes a security force's operation as a battle or an attack).

An operation was an event only against an armed group it names ("an operation against
Khawarij in Katlang", :func:`.lexicon._against_hostiles`), so "Israel launched a large-scale
military operation in the territory's north" and the press release's "An intelligence based
operation was conducted by the Security Forces in Karak District" told nothing. The frame
here: an "operation" whose own words call it armed (military, security, intelligence-based,
counter-terrorism, a ground or air operation, a clearance or combing one) told as carried
out by someone it names — the object of launch/conduct/carry out/mount/begin ... with a
subject, or those verbs' passive subject with a "by" agent. A search, rescue, relief or
anti-encroachment operation is no attack (a search is COERCE, the others are no act of
force), nor is an operation only mentioned ("during the operation", "the operation
continues"): the act told with it carries the event.

Session 24: an operation the security forces are credited with ("commended the security
forces for their two successful intelligence-based operations in Khyber Pakhtunkhwa",
"lauded the security forces for their successful operation") is one they carried out,
the credited one its doer (:data:`.lexicon.CREDITING`), though no "conducted" is written;
"for the operation" points back at one told before, like "the operation was conducted".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import CREDITING, Trigger, _is_noun, _lemma

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: nouns of a security force's operation ("IBO" is an intelligence-based operation)
OPERATION_NOUNS = frozenset({"operation", "ibo"})
#: words that make an operation one of armed force
ARMED_WORDS = frozenset(
    """military army security intelligence intelligence-based counter-terrorism
    counterterrorism anti-terror anti-terrorism ground air aerial armed combing clearance
    sanitisation sanitization""".split()
)
#: words that make an operation something else, whatever force runs it
UNARMED_WORDS = frozenset(
    """search rescue relief evacuation recovery encroachment anti-encroachment polio
    cleanliness cleanup clean-up vaccination demolition surgical medical""".split()
)
#: the verbs that tell an operation carried out ("launched", "conducted", "carried out")
CARRYING_OUT = frozenset(
    "launch conduct carry mount begin start initiate undertake execute resume".split()
)
#: determiners of an operation told before: its first telling carries the incident
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: words that number an operation as one more of a list ("Another IBO was conducted in
#: Esham", "The second IBO was carried out in Miranshah"): a new item, not the one told before
ANOTHER = frozenset(
    "another other second third fourth fifth sixth seventh eighth ninth tenth".split()
)
#: a hyphenated modifier the tokenizer splits: "intelligence - based", "counter - terrorism"
SPLIT_HYPHENS = ("-", "–")
#: quotation marks a writer puts round an operation's name ("a limited “counter-terrorism
#: operation”"): they cling to the first word of the joined phrase and hide it
QUOTE_MARKS = "\"'“”‘’«»"
#: heads of an armed force's noun phrase: an operation one of them launches is armed though
#: its own words do not say so ("Security forces launched a two-day operation"); police are
#: not among them, whose operations are as often a search or a drive against a trade
ARMED_FORCES = frozenset(
    "force troop army military soldier personnel ranger fc commando paratrooper".split()
)
#: purposes of an operation that make it a search for people ("to arrest the perpetrators",
#: "to trace the attackers", "to recover the kidnapped workers")
SEARCH_PURPOSES = frozenset(
    """arrest apprehend nab catch trace track hunt find locate search recover rescue
    free release""".split()
)
#: modifiers that make a force noun an unarmed one ("police force", "task force", "labour force")
UNARMED_FORCES = frozenset("police policeman traffic task labour labor".split())


def _words(noun: Token) -> set[str]:
    """The lower-cased words before ``noun`` in its phrase, hyphenated ones joined again."""
    before = [t for t in noun.subtree if t.i < noun.i]
    words = {_lemma(t).lower() for t in before} | {t.lower_ for t in before}
    joined = "".join(t.text_with_ws for t in before).lower()
    for hyphen in SPLIT_HYPHENS:
        joined = joined.replace(f" {hyphen} ", hyphen)
    for mark in QUOTE_MARKS:
        joined = joined.replace(mark, " ")
    return words | set(joined.split())


def _by_armed_force(noun: Token) -> bool:
    """Whether one operation's doer is an armed force: the subject of "launched",
    "conducted", "resumed" ... ("Security forces launched a two-day operation") or its
    passive "by" agent ("an operation was conducted by the army"). A force that launches an
    operation wages one, whether or not the writer calls it military; a police, task or
    labour force does not (a police operation is as often a search or a drive against a
    trade as a fight). Not operations in the plural ("security forces were conducting
    successful operations to eradicate terrorism": a campaign, no incident), nor one told
    by its purpose of finding someone ("launched an operation to arrest the perpetrators":
    the search the lexicon does not count as an attack, whatever it is called)."""
    if noun.tag_ == "NNS" or _searching(noun):
        return False
    told = _doers_told(noun)
    if noun.dep_ == "nsubjpass":  # the "by" phrases: their objects are the doers
        told = [p for c in told for p in c.children if p.dep_ == "pobj"]
    return any(_armed_force(d) for d in told)


def _doers_told(noun: Token) -> list[Token]:
    """Where an operation's doer is told, for an operation carried out by a verb of
    :data:`CARRYING_OUT`: the verb's subject where the operation is its object ("Israel
    launched a ... operation"), the verb's "by" phrases where it is the passive subject ("an
    IBO was conducted by the Security Forces"); none otherwise. :func:`_carried_out` asks
    whether there is one, :func:`_by_armed_force` who it is."""
    head = noun.head
    if _lemma(head) not in CARRYING_OUT:
        return []
    if noun.dep_ in ("dobj", "obj"):
        return [c for c in head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "nsubjpass":
        return [
            c for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        ]
    return []


def _searching(noun: Token) -> bool:
    """ "an operation to arrest the perpetrators", "launched an operation to trace the
    attackers": the infinitive of purpose, on the noun or on the verb that launched it, is
    one of finding or freeing people."""
    clauses = [*noun.children, *noun.head.children]
    return any(
        c.dep_ in ("acl", "advcl", "relcl", "xcomp")
        and _lemma(c).lower() in SEARCH_PURPOSES
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clauses
    )


def _armed_force(doer: Token) -> bool:
    """ "security forces", "the army", "troops", "Pakistani soldiers", not "police"
    nor "the police force"."""
    if _lemma(doer).lower() not in ARMED_FORCES:
        return False
    return not any(
        c.dep_ in ("compound", "amod", "nmod") and _lemma(c).lower() in UNARMED_FORCES
        for c in doer.children
    )


def _carried_out(noun: Token) -> bool:
    """Whether the operation is told as done by someone named: the object of "launched",
    "conducted", "carried out" ... with a subject ("Israel launched a ... operation"), or
    those verbs' passive subject with a "by" agent ("an IBO was conducted by the Security
    Forces"). An operation no one is said to carry out ("An IBO was conducted in Esham")
    and one told with "the"/"this" ("the operation was conducted in coordination with ...")
    are the setting of the acts told with them, which carry the incident: made an event of
    their own they split it in two. The next item of a list ("Another IBO was conducted in
    Dossali", :func:`_another`) is an incident of its own; the acts told with it name its
    doer."""
    head = noun.head
    if _another(noun) and _lemma(head) in CARRYING_OUT and noun.dep_ == "nsubjpass":
        return True
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    if _credited(noun):
        return True
    return bool(_doers_told(noun))


def _another(noun: Token) -> bool:
    """ "Another IBO was conducted in the general area of Dossali", "The other IBO was carried
    out in the Esham area": a press release's next item of a list of operations. Told without
    a doer, it is still an incident of its own that the acts told after it ("In the ensuing
    fire exchange, two Khwarij were neutralised") belong to, not the setting of the first
    operation's acts; the label guide gives each listed operation its row."""
    return any(c.lower_ in ANOTHER and c.dep_ in ("det", "amod") for c in noun.children)


def _credited(noun: Token) -> bool:
    """ "commended the security forces for their ... operations", "lauded the security
    forces for their successful operation": the operation is what someone is
    credited with, so the credited one carried it out."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    return _lemma(prep.head).lower() in CREDITING


def operation_launched(token: Token) -> Trigger | None:
    """The attack a military operation carried out tells ("launched a large-scale military
    operation", "An intelligence based operation was conducted by the Security Forces");
    ``None`` for any other token."""
    if not _is_noun(token) or _lemma(token).lower() not in OPERATION_NOUNS:
        return None
    if not _carried_out(token):
        return None
    words = _words(token)
    if words & UNARMED_WORDS:
        return None
    if _lemma(token).lower() == "ibo" or words & ARMED_WORDS:
        return ("ASSAULT", None)
    if _by_armed_force(token):
        return ("ASSAULT", None)  # "Security forces launched a two-day operation"
    if "successful" in words and _credited(token):
        return ("ASSAULT", None)  # "praised the forces for their successful operation"
    return None
