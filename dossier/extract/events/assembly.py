"""Assembly: candidate events from triggers, their roles, place, time and modality put
together, incidents merged within a sentence; :func:`extract_events` is the entry point.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from dossier.clean.dateline import parse_dateline
from dossier.extract.events.acts import fight_sides, material_act, repelling_side, shut_off
from dossier.extract.events.blockades import armed_blockades, blockaded_places
from dossier.extract.events.bodies import the_dead, violent_death_found
from dossier.extract.events.counted import counted_incidents
from dossier.extract.events.evacuations import evacuation_ordered
from dossier.extract.events.instruments import (
    instrument_trigger,
    struck,
    weapon_owners,
    weapons_of,
)
from dossier.extract.events.lexicon import (
    ACCIDENTAL_BLASTS,
    ACCIDENTS,
    ACCUSATIONS,
    BOMB_WORDS,
    CASE_NOUNS,
    COMMEMORATING,
    DELIBERATE_WORDS,
    DEMANDED_ACTS,
    DIPLOMATS,
    ESCAPING,
    EVENT_HEADS,
    EXTENSION_PREPS,
    FILING_VERBS,
    FIRE_MISHAPS,
    FORCES,
    GUNFIRE,
    HARM_NOUNS,
    HOSTILES,
    HUMAN_NOUNS,
    MISHAP_WORDS,
    MUTUAL_FIGHTS,
    NEEDS_TARGET,
    NEEDS_VICTIM,
    NEWS_AGENCIES,
    NOT_SEIZED,
    NOT_TARGETS,
    OBJECT_FRAMES,
    OCCURRENCES,
    OCCURRING,
    OPERATIONS,
    ORG_NOUNS,
    PARTICIPANT_LABELS,
    PERPETRATORS,
    PLACE_NOUNS,
    PROTESTERS,
    REPORTING,
    SEARCHED_PEOPLE,
    SOFT_TYPES,
    SPEAKER_NOUNS,
    SPEAKING_BODIES,
    SPEECH_MODES,
    STANCE_TYPES,
    STATING,
    UNDERGO_VERBS,
    VEHICLE_MISHAPS,
    WANTED_PEOPLE,
    WEAPONS,
    WHERE_NOUNS,
    YOUNG_NOUNS,
    Trigger,
    _is_noun,
    _is_verb,
    _lemma,
    _meeting,
    _nsubjects,
    _sit_in,
    _trigger,
    _with_conjuncts,
    retaliation_warned,
)
from dossier.extract.events.modality import (
    ALLEGING_ADJECTIVES,
    DEMANDING,
    DEONTIC,
    MODALS,
    PLANNING,
    WILLING,
    _own_cue,
    modality,
)
from dossier.extract.events.occasions import occasion_told, visited
from dossier.extract.events.operations import operation_launched
from dossier.extract.events.place_time import (
    _attached,
    _date_of_later_act,
    _location,
    _org_initials,
    _report_date,
    _sentence_place,
    _time,
)
from dossier.extract.events.roles import (
    BLAST_DEVICES,
    PLANTING,
    TOGETHER_TYPES,
    _absorb,
    _can_act,
    _Context,
    _context_mode,
    _holder,
    _is_passive,
    _meeting_parties,
    _named_heads,
    _noun_roles,
    _phrase_head,
    _pobjs,
    _Roles,
    _spans,
    _subjects,
    _verb_roles,
    arresting_forces,
    dealt_with_each_other,
    device_setters,
    located_clauses,
    named_forces,
    paired_states,
    put_on_record,
    sides_to_each_other,
    support_participle,
    taken_from_someone,
)
from dossier.extract.events.roles_addressed import asked_in_protest, authorities_addressed
from dossier.extract.events.roles_antecedents import proposals_owned_before
from dossier.extract.events.roles_grievances import grievances_owned
from dossier.extract.events.roles_instigators import instigators, no_instigation
from dossier.extract.events.roles_moments import doers_of_the_moment, struck_in_the_moment
from dossier.extract.events.roles_objects import came_under_from
from dossier.extract.events.roles_owners import owners_struck
from dossier.extract.events.roles_referents import asked_to_act
from dossier.extract.events.roles_retold import doers_retold, opens_new_incident, unknown_doer
from dossier.extract.events.spans_told import many_times, told_over_span
from dossier.extract.events.state_measures import state_measure
from dossier.extract.events.statements import (
    accused_and_accuser,
    accusers_rejected,
    accusing_claim,
    accusing_copula,
    accusing_failure,
    accusing_instigation,
    accusing_involvement,
    accusing_name,
    accusing_verdict,
    addressees_carried,
    agreeing_parties,
    agreement_reached,
    allegation_parties,
    asked_of,
    claimant_and_accused,
    condition_spans,
    conditional_threat,
    demand_addressees,
    demanded_possessors,
    demander_and_demanded,
    deontic_demand,
    failure_faulted,
    force_held_out,
    instigators_accused,
    involved_and_accuser,
    involvement_told_by,
    named_and_namer,
    protest_called,
    ready_copula,
    request_of_a_party,
    threat_by_people,
    threat_held_out,
    threat_parties,
    threatened,
    threatener_and_threatened,
    verdict_parties,
    warners,
)
from dossier.extract.events.truces import is_truce, truce_in_force, truce_sides
from dossier.extract.events.wrongs_caused import accusing_cause, cause_accused
from dossier.extract.quotes import PERSON_ROLES
from dossier.extract.registry import doc_text, token_starting
from dossier.geo import breadth, known_place, stands_for_state
from dossier.records import PLACE_LABELS, ClaimMention, EventMention, Mention, Span, TimeExpr

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Sentence

#: request verbs whose object is what is asked for, not whom: "demanded the release of X"
ASKING_FOR = frozenset({"demand", "request", "seek"})


def _any_or_no(noun: Token) -> bool:
    """Whether a noun's own determiner makes it no act told ("no allegations", "any
    allegation"), which a rule reading the act as made must leave alone."""
    return any(c.dep_ == "det" and c.lower_ in ("no", "any", "every") for c in noun.children)


def _refine(kind: str, mode: str | None, token: Token, roles: _Roles) -> Trigger:
    """Type and mode decisions that need the arguments (see the module docstring)."""
    lemma = _lemma(token)
    objects = roles.targets
    if (
        lemma == "ban"
        and (kind, mode) == ("SANCTION", "proscription")
        and not any(_org_like(t) for t in objects)
    ):
        # "a new travel ban" is a state's SANCTION; "banned rallies" a COERCE ban
        return state_measure(token, "COERCE", "ban", roles.actors) or ("COERCE", "ban")
    measure = state_measure(token, kind, mode, roles.actors)
    if measure is not None:
        return measure  # "India closed the Attari border with Pakistan"
    if lemma == "capture" and objects and not any(_human(t) or _hunted(t) for t in objects):
        return ("COERCE", "seize")  # "captured the town", "captured a helicopter"
    if lemma == "withdraw" and any(_lemma(t) in DIPLOMATS for t in objects):
        return ("SANCTION", "withdraw")
    if lemma == "train" and not objects:
        return ("MOBILIZE", "training")
    if kind == "COERCE" and mode == "raid" and lemma == "raid" and _raid_of_war(roles):
        return ("ASSAULT", roles.mode or _context_mode(token))
    if kind == "ASSAULT" and mode is None:
        return (kind, roles.mode or _context_mode(token))
    return (kind, mode)


#: the whole-region words a raid on a country or province names ("the Saada governorate")
REGION_NOUNS = frozenset("country governorate province region state territory".split())
#: doers that raid from the air ("Israeli warplanes ... launching a series of heavy raids")
AIRCRAFT = frozenset("warplane jet aircraft drone helicopter bomber fighter".split())


def _raid_of_war(roles: _Roles) -> bool:
    """Whether a raid is an attack in a war, not a search: its target is a country or a
    first-level region ("raided southern Israel", "17 raids on the Saada governorate") or its
    doers are aircraft. A police raid strikes a house, a hideout or a locality, which are
    never that wide; a raid on a region is an incursion or an air raid (ACLED's battles and
    air strikes), never an arrest."""
    wide = any(
        _lemma(t) in REGION_NOUNS
        or (t.ent_type_ in ("GPE", "LOC") and breadth(_named_text(t)) >= 1)
        for t in roles.targets
    )
    return wide or any(_lemma(a) in AIRCRAFT for a in roles.actors)


def _named_text(token: Token) -> str:
    """The whole name a token ends ("Khyber Pakhtunkhwa" for "Pakhtunkhwa")."""
    words = [c for c in token.children if c.dep_ == "compound" and c.ent_type_ == token.ent_type_]
    first = min([token.i, *(c.i for c in words)])
    return token.doc[first : token.i + 1].text


def _occurring_sides(head: Token, roles: _Roles) -> None:
    """The parties of an attack noun that the parser hung on the verb around it, not on the
    noun: who "came under attack" was attacked ("a police post came under attack", "an outlet
    ... came under an attack when a mob pelted it": the subject undergoes the noun, as with
    "suffered an attack"), and the sides of a fight that "broke out between X and Y" ("a
    physical clash broke out between police and lawyers", as "a clash between X and Y":
    the first side is taken as actor, the others as targets)."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "under" and _lemma(verb.head) == "come":
        # who came under it, before what the noun's own phrase offers ("the trucks came
        # under fire at the Quetta-Taftan Highway": the highway is where, the trucks whom)
        roles.targets = _subjects(verb.head) or roles.targets
        if not roles.actors:
            # "the convoy came under attack from militants": whose attack it was
            roles.actors += came_under_from(head, _can_act)
        return
    if head.dep_ != "nsubj" or _lemma(head) not in MUTUAL_FIGHTS or _lemma(verb) not in OCCURRING:
        return
    if roles.actors or roles.targets:
        return
    sides = [
        s
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for p in _pobjs(c)
        for s in _with_conjuncts(p)
    ]
    roles.actors += sides[:1]
    roles.targets += sides[1:]


#: what one sustains, receives or suffers in an attack: its harm to the body
BODILY_HARM = frozenset("injury wound burn fracture harm".split())


def _harm_clause(head: Token) -> Token | None:
    """The verb of "had sustained injuries in a terror attack", "received wounds in the
    attack", "suffered injuries in an attack": the clause whose subject was hurt in the attack
    noun ``head``. The harm noun is the object of a verb of undergoing, or of any verb with
    the participle of one before it (the small model parses "had sustained injuries" as "had"
    with "sustained injuries", an adjective)."""
    prep = head.head
    harm = prep.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or _lemma(harm) not in BODILY_HARM:
        return None
    verb = harm.head
    if harm.dep_ not in ("dobj", "obj") or not _is_verb(verb):
        return None
    undergone = _lemma(verb) in UNDERGO_VERBS or any(
        c.dep_ == "amod" and _lemma(c) in UNDERGO_VERBS for c in harm.children
    )
    return verb if undergone else None


def _hurt_in(head: Token, roles: _Roles) -> None:
    """Who "sustained injuries in a terror attack" was attacked: the subject of the clause of
    undergoing (:func:`_harm_clause`), as the subject of "came under attack" is
    (:func:`_occurring_sides`). The harm is the attack's doing on them, not another event."""
    verb = _harm_clause(head)
    if verb is not None and not roles.targets:
        roles.targets += _subjects(verb)


def _gapped_passive(verb: Token, roles: _Roles) -> None:
    """Who undergoes a passive whose auxiliary is left out: "two people were killed and three
    others injured when a van fell into a ravine" — the parser reads "three others" as the
    subject of an active "injured", i.e. its doer. A bare past participle conjoined to a
    passive, with no auxiliary of its own and no object, shares the passive's auxiliary, so
    its subject is hurt, not hurting (and an accident's harm then has no doer)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not _is_passive(verb.head):
        return
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in children):
        return  # "were killed and have injured", "were arrested and confessed the crime"
    subjects = _nsubjects(verb)
    if subjects:
        roles.actors = [a for a in roles.actors if a not in subjects]
        roles.targets += [t for t in subjects if t not in roles.targets]


#: parts of speech that head a noun phrase able to be a passive's subject
SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parser hung elsewhere of a passive clause coordinated to another: "8.4
    kg hashish was recovered from a vehicle intercepted near X, Islamabad and a suspect was
    arrested" — the small model reads "a suspect" as one more conjunct of the place list, so
    "was arrested" has no subject. A coordinated passive verb ("conj", with its own passive
    auxiliary) with no subject of its own, whose auxiliary follows a noun phrase that follows
    a coordinating conjunction ("and a suspect was arrested"), has that phrase as subject: in
    English the words just before a clause's auxiliary are its subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubjpass") for c in children):
        return None
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not any(c.dep_ == "auxpass" for c in auxiliaries):
        return None
    first = min(c.i for c in auxiliaries)
    if first == 0:
        return None
    head = verb.doc[first - 1]
    # a determiner makes a noun phrase of a word the tagger took for a participle ("and an
    # accused was arrested")
    nominal = head.pos_ in SUBJECT_HEADS or (
        head.left_edge.i < head.i and head.left_edge.pos_ == "DET"
    )
    if not nominal or head.head.i == verb.i or head.i <= verb.head.i:
        return None
    edge = head.left_edge.i
    before = verb.doc[edge - 1] if edge > 0 else None
    if before is None or before.pos_ != "CCONJ" or head.right_edge.i != head.i:
        return None
    return head


def _stranded_passive(verb: Token, roles: _Roles) -> None:
    """Who undergoes a coordinated passive whose subject the parser lost
    (:func:`_stranded_subject`): the arrested suspect is the arrest's target, so the clause is
    an act of its own with its own roles, not nothing."""
    subject = _stranded_subject(verb)
    if subject is not None:
        roles.targets = [subject]
        roles.actors = [a for a in roles.actors if a.i != subject.i]


#: what ties a date to an event noun as its own: "protests on Friday", "the attack of May 9",
#: "clashes on Tuesday and Wednesday", "violence during the night"
OWN_DATE_PREPS = frozenset({"on", "of", "in", "during"})


def _dated_incident(token: Token, kind: str, context: _Context) -> bool:
    """Whether an incident noun carries a date of its own ("Protests on Friday attracted
    dozens of students", "cases pertaining to protest and violence on November 26", "had
    sustained injuries in a terror attack in the area on Feb 3"): a dated act is one that
    happened, an incident to count and put on a timeline though the sentence names no one
    and no place (ACLED codes such an event with an unidentified actor); undated it may be a
    kind of act ("attacks"), which the empty-roles test leaves out."""
    if kind not in INCIDENT_TYPES | {"PROTEST"} or not _is_noun(token):
        return False
    head = _phrase_head(token)
    spans = _date_phrases(head) + _date_modifiers(head) + _occurrence_dates(head)
    return any(
        t.value_start is not None and start <= t.start and t.end <= end
        for t in context.times
        for start, end in spans
    )


def _occurrence_dates(head: Token) -> list[tuple[int, int]]:
    """Where a relative clause that tells the incident noun as having happened dates it: "a
    shooting that occurred in the neighborhood Monday", "a shooting that had taken place the
    previous day". The clause's subject is the noun itself (the relative pronoun), so its
    date is the incident's, as in "the shooting occurred on Monday"."""
    spans = []
    for clause in head.children:
        if clause.dep_ != "relcl" or _lemma(clause) not in OCCURRING:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children):
            continue
        spans += _date_phrases(clause)
    return spans


def _date_phrases(word: Token, after: int = -1) -> list[tuple[int, int]]:
    """The character spans of the phrases of ``word`` that may date it ("on Friday", "in
    March", a bare "Monday"), only those after token ``after``: where :func:`_dated_incident`
    looks for a time expression of the noun, of its clause of occurrence and of its harm."""
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in word.children
        if c.i > after
        and ((c.dep_ == "prep" and c.lower_ in OWN_DATE_PREPS) or c.dep_ == "npadvmod")
    ]


def _date_modifiers(head: Token) -> list[tuple[int, int]]:
    """Where an incident noun's date may stand other than after it (:func:`_dated_incident`):
    a date among the words before the noun ("Hamas' Oct 7, 2023 attack", "the May 9 riots",
    "Sunday's blast"), and a date the parser hung on the clause of harm the noun is the
    setting of ("had sustained injuries in a terror attack in the area on Feb 3": the small
    model attaches "on Feb 3" to "had", yet the injuries and the attack share the day). Only
    that clause (:func:`_harm_clause`), whose act is the incident's harm, lends its date;
    any other verb's date is its own ("condemned the attack on Monday")."""
    spans = [(head.left_edge.idx, head.idx)] if head.left_edge.i < head.i else []
    verb = _harm_clause(head)
    if verb is not None:
        spans += _date_phrases(verb, after=head.i)
    return spans


#: acts whose past participle before a noun tells the act done to it: "a kidnapped man", "four
#: abducted truck drivers". Not arrests: "the arrested suspects", "the imprisoned party founder"
#: mostly retell an arrest told by its own verb or name a standing state (measured: three false
#: alarms on the read sets, CASE-2021 precision 0.737 -> 0.732)
PARTICIPLE_MODES = frozenset({"abduct"})


def _participle_patient(verb: Token, kind: str, mode: str | None, roles: _Roles) -> None:
    """Who underwent an act told by its past participle before a noun ("police rescued a
    kidnapped man", "the bodies of four abducted truck drivers"): the noun, as "the man was
    kidnapped" — the participle of a completed act says the act happened to him. Only
    abductions (:data:`PARTICIPLE_MODES`), whose state lasts until the victim is freed; "the
    injured", "the killed terrorists" retell an attack the article tells by its own verb."""
    if mode not in PARTICIPLE_MODES or kind not in INCIDENT_TYPES:
        return
    participle = verb.tag_ == "VBN" or (verb.pos_ == "ADJ" and verb.lower_.endswith("ed"))
    if verb.dep_ != "amod" or not participle or not _is_noun(verb.head) or roles.targets:
        return
    roles.targets = [verb.head]


def _riot(token: Token, roles: _Roles) -> bool:
    """Violence protesters do ("demonstrators threw rocks", "rioters attacked police") or a
    clash of two sides one of which is protesters ("protesters clashed with police", "clashes
    between police and demonstrators"): a violent protest, CAMEO 145, which an analyst counts
    as the protest. Forces attacking protesters ("police fired on protesters") stay an
    assault: the protesters are its target, not a side."""
    if any(_protesters(a) for a in roles.actors):
        return True
    if _lemma(token) not in MUTUAL_FIGHTS:
        return False
    head = _phrase_head(token) if _is_noun(token) else token
    holders = [head]
    if _is_noun(head) and head.dep_ == "nsubj" and _lemma(head.head) in OCCURRING:
        holders.append(head.head)  # "clashes erupted between police and protesters"
    sides = [  # "hundreds of protesters" too, which the model may call a number
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("with", "between", "against")
        for p in c.children
        if p.dep_ == "pobj"
        for g in _with_conjuncts(p)
    ]
    return any(_protesters(s) for s in [*roles.targets, *sides])


def _protesters(head: Token) -> bool:
    """A phrase for protesters: "protesters", "hundreds of demonstrators", "an angry mob"."""
    if _lemma(head) in PROTESTERS:
        return True
    return any(
        p.dep_ == "pobj" and _lemma(p) in PROTESTERS
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )


def _org_like(token: Token) -> bool:
    """An organisation (the small model often calls unfamiliar group names FAC)."""
    return token.ent_type_ in ("ORG", "NORP", "FAC") or _lemma(token) in ORG_NOUNS


def _human(token: Token) -> bool:
    """People or groups of people: named persons, groups, or nouns for people
    ("several militants", "members of the Brigade", "a suspect")."""
    if token.ent_type_ in ("PERSON", "NORP", "ORG") or token.pos_ in ("PRON", "NUM"):
        return True
    return _lemma(token) in HUMAN_NOUNS or _lemma(token) in ORG_NOUNS


def _hunted(token: Token) -> bool:
    """Those police or a navy hunt, named by what they did: "captured 23 pirates" is an
    arrest, where "captured the town" is a seizure."""
    return _lemma(token) in WANTED_PEOPLE | SEARCHED_PEOPLE


def _stands_alone(token: Token) -> bool:
    """An event noun inside another noun ("attack helicopter", "arrest warrant",
    "protest leader") is no event of its own, nor is the name of an offence glossing a
    section of a penal code."""
    return not (
        _is_noun(token) and token.dep_ == "compound" and _lemma(token.head) not in EVENT_HEADS
    ) and not _offence_gloss(token)


#: the words that number a law's provisions, and how far before a gloss they may stand
#: ("sections 302 (...), 324 (...) and 148 (...)")
SECTION_WORDS = frozenset({"section", "sections", "article", "articles", "clause"})
SECTION_REACH = 30
#: how far into a parenthesis a section's gloss may run: "302 (qatl-i-amd or intentional
#: murder)"
GLOSS_WORDS = 8


def _offence_gloss(token: Token) -> bool:
    """ "sections 302 (qatl-i-amd or intentional murder), 324 (attempt to commit murder)
    and 148 (rioting)": the offences a police report (FIR) or a court invokes, named in a
    parenthesis after the section's number; no incident of its own (37 articles of the
    archive gloss sections so)."""
    doc = token.doc
    for i in range(token.i - 1, max(token.i - GLOSS_WORDS, 0) - 1, -1):
        word = doc[i].text
        if word == ")":
            return False
        if word == "(":
            before = doc[i - 1] if i > 0 else None
            numbered = before is not None and (
                before.like_num or (before.text[:1].isdigit() and before.text[-1:].isalpha())
            )
            # a section's number, not a dateline's day ("Feb 08 (APP):") or a count
            return numbered and any(
                t.lower_ in SECTION_WORDS for t in doc[max(i - SECTION_REACH, 0) : i]
            )
    return False


def _candidate(
    token: Token, trigger: Trigger, triggers: dict[int, Trigger], context: _Context
) -> tuple[EventMention, set[int]] | None:
    """The event mention of one trigger and the trigger tokens it stands for."""
    kind, mode = trigger
    by_weapon = False  # an attack told by its weapon as the doer (:mod:`.instruments`)
    found_dead = False  # a killing told by the bodies found (:mod:`.bodies`)
    if _in_subheading(token, context.text):
        return None
    if kind == "ASSAULT" and _is_noun(token) and _recalled(token):
        return None
    if mode == "crackdown" and _is_noun(token) and _setting_of(token, triggers):
        return None  # "killed 10 terrorists ... in a fresh crackdown": the killing tells it
    refused = _not_tolerated(token) if kind == "ASSAULT" and _is_noun(token) else None
    if refused is not None:
        # "vowing not to tolerate attacks against Israel": no attack, a warning by whoever
        # will not tolerate them
        kind, mode = "THREATEN", None
        roles = _Roles(actors=_unsaid(_subjects(refused)))
    elif _is_verb(token):
        roles = _verb_roles(token, kind)
        by_weapon = kind == "ASSAULT" and _struck_by_weapon(token, roles)
        _gapped_passive(token, roles)
        _stranded_passive(token, roles)
        _statement_roles(token, kind, roles)
    elif kind == "ASSAULT" and violent_death_found(token) is not None:
        # "Seven bullet-riddled bodies were found": the dead, killed by no one named
        roles = _Roles(targets=the_dead(token))
        found_dead = True
    else:
        roles = _noun_roles(token, kind, context)
        head = _phrase_head(token)
        if head.i != token.i and head.i in triggers and triggers[head.i][0] == kind:
            return None  # "bomb attack": the head noun's event, with this mode
        if kind == "ASSAULT":
            _occurring_sides(head, roles)
            _hurt_in(head, roles)
        if kind == "ASSAULT" and not roles.actors and not any(_can_act(t) for t in roles.targets):
            # "a confrontation between Levies and robbers led to an exchange of fire",
            # "arrested Armaghan after a shootout": the clause names the fight's sides
            sides, others = fight_sides(token)
            roles.actors = [t for t in sides if _can_act(t)]
            roles.targets = [t for t in others if _can_act(t)] + roles.targets
        if kind == "ACCUSE" and accusing_involvement(token) is not None:
            # "said Pakistan had proofs of Indian involvement in terrorist activities"
            roles.actors, roles.targets = involved_and_accuser(token)
        if kind == "ACCUSE" and accusing_failure(token) is not None:
            # "highlight the government's failure to ensure their safety"
            roles.actors, roles.targets = failure_faulted(token)
        # "roadblocks were also witnessed in X", "protests were witnessed in Quetta": the
        # passive support verb's subject is the act itself, never whom it was done to (taken
        # as its own target, it absorbed itself and the act was lost)
        roles.targets = [t for t in roles.targets if t.i != token.i]
    _participle_patient(token, kind, mode, roles)
    _possessor_undergoes(token, mode, roles)
    if mode == "restrict" and _is_verb(token) and shut_off(token):
        roles.targets = shut_off(token)  # "Parachinar was blocked off from the country"
    if kind == "ASSAULT" and _is_verb(token) and _lemma(token) == "send" and not roles.targets:
        # "were sent to hell": who was sent is who was killed, not a thing given
        roles.targets = [
            g for c in token.children if c.dep_ in ("nsubjpass", "dobj") for g in _with_conjuncts(c)
        ]
    if kind == "CONSULT":
        if _is_noun(token) and _meeting(token) and not roles.actors:
            roles.actors.append(token)  # "a round of the X-Y Dialogue": X and Y met
        if _is_verb(token):
            _talks_held(token, roles, triggers)
            roles.targets = roles.targets or visited(token)  # "called on Governor Kundi"
        _meeting_parties(roles)
    if kind == "ASSAULT" and _lemma(token) == "set":  # "set fire to the house": the house
        burnt = [t for t in roles.targets if _lemma(t) == "fire"]
        if burnt:
            roles.targets = [t for t in roles.targets if t not in burnt] + [
                p
                for c in [*token.children, *burnt[0].children]
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in _pobjs(c)
            ]
    _absorb(roles, kind, triggers, context)
    if found_dead and token.i in roles.absorbed:
        # "Seven bullet-riddled bodies were found": the bodies are the dead, not another
        # telling of this event to absorb
        roles.absorbed.discard(token.i)
        roles.targets = [token]
    kind, mode = _refine(kind, mode, token, roles)
    if (kind, mode) == ("AGREE", "ceasefire") and _is_noun(token):
        # "since the Nov 27 ceasefire": the truce binds the sides its sentence names
        roles.actors, roles.targets = truce_sides(token, roles.actors, roles.targets)
    if mode == "seize" and roles.targets and all(_lemma(t) in NOT_SEIZED for t in roles.targets):
        return None  # "the Taliban ... after seizing power in August 2021": no one coerced
    demanded: list[Token] = []  # what a demand asks for: about someone, yet no target
    if kind == "ASSAULT" and _is_noun(token) and not roles.actors:
        # "mob attacks on two outlets": the mob attacked (and so it was a riot)
        roles.actors = [
            c
            for c in _phrase_head(token).children
            if c.dep_ in ("compound", "amod") and _lemma(c) in PROTESTERS and c.i < token.i
        ]
    if kind == "PROTEST":
        # "traders observed a strike on the call of the Anjuman", "cities observed a
        # shutter-down strike in response to the BNP-M's call": who called it protested
        callers = _callers(token, roles.support)
        calls = {c.head.i for c in callers}
        roles.targets = [t for t in roles.targets if t.i not in calls and _lemma(t) != "call"]
        roles.actors = callers + [a for a in roles.actors if a not in callers]
    if kind == "ASSAULT" and _riot(token, roles):
        kind, mode = "PROTEST", "riot"
    if kind == "ACCUSE" and _is_verb(token) and _lemma(token) in FILING_VERBS:
        # "registered a case against suspected killers": who the case is against is accused,
        # the case is what was filed
        roles.targets = [
            g
            for holder in (token, *(t for t in roles.targets if _lemma(t) in CASE_NOUNS))
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "against"
            for p in _pobjs(c)
            for g in _with_conjuncts(p)
        ]
    if kind in ("ACCUSE", "REQUEST", "THREATEN"):
        # "accused X of Y": the accused is the target, the act is its own event
        roles.targets = [
            t
            for t in roles.targets
            if t.dep_ != "pobj"
            or t.head.lower_ != "of"
            # "a failure of India": who failed is whom the criticism is of
            or (kind == "ACCUSE" and accusing_failure(token) is not None)
            # "the involvement of Afghan nationals in": who took part is whom it is laid at
            or (kind == "ACCUSE" and accusing_involvement(token) is not None)
        ]
    if kind == "REQUEST" and _is_verb(token) and _lemma(token) in ASKING_FOR:
        # "demanded the arrest of the killers": the object is what is demanded; of whom only
        # when it is someone ("demanded the government's resignation" has no addressee)
        demanded = [t for t in roles.targets if t.dep_ == "dobj" and not _can_act(t)]
        roles.targets = [t for t in roles.targets if t not in demanded]
    if kind == "REQUEST" and _is_verb(token) and _lemma(token) == "call":
        # "He called for the immediate arrest of the perpetrators": what is called for, as
        # with "demanded"; the call stands though it names no one, its maker named later
        demanded += [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in _pobjs(c)
            if not _can_act(p) and p not in roles.targets
        ]
    if kind == "REQUEST" and _is_noun(token) and _lemma(token) == "call" and not roles.targets:
        # "his call for militants to return": who is called on; "a call for talks": what
        asked = [
            p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in _pobjs(c)
        ]
        roles.targets = [p for p in asked if _can_act(p)]
        demanded += [p for p in asked if not _can_act(p)]
    if kind == "ASSAULT" and _is_noun(token) and not roles.targets:
        roles.targets = _lives_claimed(_phrase_head(token))
    roles.targets = [
        t
        for t in roles.targets
        if _lemma(t) not in NOT_TARGETS
        # "was killed while resisting arrest": the arrest fought off is no one killed
        and not (t.i in triggers and triggers[t.i][0] == "COERCE" and _escaped(t))
    ]
    addressees = asked_of(token) if kind == "REQUEST" and _is_verb(token) else []
    if addressees:
        # "A jirga ... demanded of the government to ensure ...": whom the demand is made of
        roles.targets = addressees
    if kind == "REQUEST" and not roles.targets and _is_verb(token):
        # "called for Israel to halt its strikes": whom the "for" clause asks to act
        roles.targets = asked_to_act(token)
    if kind == "REQUEST" and not roles.targets:
        # "presented four demands to the government", "demanded action from the provincial
        # government": whom the demand is made of
        roles.targets = demand_addressees(token)
    if kind == "REQUEST" and not roles.targets and _is_verb(token):
        # "called for dismantling Iran's nuclear programme": whose conduct is demanded
        roles.targets = demanded_possessors(token)
    warning = (
        kind == "THREATEN"
        and _is_verb(token)
        and (_lemma(token) == "meet" or retaliation_warned(token))
    )
    if warning:
        # "any attempt ... shall be met with": an act, no one named, unless its doer is
        # ("any further attack by the Houthis will be met with great force")
        roles.targets = threatened(token)
        roles.actors = roles.actors or warners(token)
    elif not roles.targets:
        roles.targets = _complement_targets(token, kind, roles, context)
    owned = False
    if kind == "ACCUSE" and _is_noun(token) and _lemma(token) in ACCUSATIONS:
        # "rejected India's allegations linking Pakistan to the incident": India's accusation
        accusers, accused = allegation_parties(token)
        owned = bool(accusers)
        roles.actors = accusers or roles.actors  # the owner made it, whoever answers it
        roles.targets = roles.targets or accused
    if _is_noun(token) and _lemma(token) in NEEDS_TARGET and not roles.targets and not owned:
        return None  # "the fight"; "allegations" that no one is said to have made
    if mode == "crackdown" and roles.targets and not any(_can_act(t) for t in roles.targets):
        # "cracking down on narcotics", "the crackdown against human trafficking was ongoing":
        # a campaign against a crime, no one arrested (a crackdown on people stays: "a
        # sweeping crackdown on Kashmiris")
        return None
    if _lemma(token) in NEEDS_VICTIM and not roles.targets:
        return None  # "eliminate terrorism from the country": a vow, no one killed
    held_out = threat_held_out(token) if kind == "THREATEN" and _is_noun(token) else None
    if held_out is not None:
        # "reiterated his threat that Iran would be bombed": a threat made, whose clause's
        # act is what it holds out
        actors, targets, held = held_out
        roles.actors = actors or roles.actors
        roles.targets = targets or roles.targets
        roles.absorbed |= held
    elif _is_noun(token) and _lemma(token) == "threat" and not _issued(roles):
        return None  # "remains a threat to Pakistan" describes, it threatens no one
    # none, "floods", or the thing that blew up ("a powerful LPG cylinder blast ... claimed
    # the lives of five persons": the cylinder is how, no one acted; a mine may be laid)
    no_one = all(
        _lemma(a) in ACCIDENTS or (_lemma(a) in ACCIDENTAL_BLASTS and _lemma(a) != "mine")
        for a in roles.actors
    )
    if kind == "ASSAULT" and _run_over(token, roles):
        return None  # "a heavy vehicle hit a bike rider, injuring him": a road accident
    if kind == "ASSAULT" and no_one and _accidental(token):
        return None  # "two killed in a road accident", "floods killed 12": no one attacked
    if kind == "ASSAULT" and _accident_told(token, roles):
        return None  # "A dumper hit a person ... As a result, the man was killed on the spot"
    if kind == "ASSAULT" and roles.actors:
        # "a roadside bomb targeted a vehicle", "a sanitisation operation ... to eliminate":
        # a weapon or an operation is how, not who
        how = [a for a in roles.actors if _lemma(a) in OPERATIONS | WEAPONS]
        roles.actors = [a for a in roles.actors if a not in how]
        if how and not roles.actors:
            roles.instruments += how
    if kind == "ASSAULT" and not roles.actors:
        # "two mob-led attacks", "happened at the behest of X", "believed to be the
        # handiwork of IS": the sentence lays the act on someone by attribution
        roles.targets = no_instigation(roles.targets)
        roles.actors = instigators(token, targeted=bool(roles.targets))
    if kind == "ASSAULT" and not roles.actors:
        roles.actors = _operation_forces(token, roles, context)
    if kind == "ASSAULT" and not roles.actors and (_is_verb(token) or roles.support is not None):
        # "two soldiers were killed in an attack by militants", "four people died in a clash
        # between two parties", "embraced martyrdom in a gun battle with dacoits": the
        # attack's or the fight's doers did the killing
        settings = (
            roles.instruments if _is_verb(token) else _settings(roles.support) + _settings(token)
        )
        roles.actors = _instrument_doers(settings)
    if kind == "ASSAULT" and not roles.actors:
        # "killed after he stepped on a landmine planted by unknown people", "a roadside bomb
        # planted by unknown miscreants went off": who planted the device the act's clause
        # tells did the bombing
        clause = token if _is_verb(token) else (roles.support or _phrase_head(token))
        roles.actors = device_setters(clause.subtree)
    if kind == "ASSAULT" and not roles.actors and roles.targets:
        # "was martyred while fighting against terrorists": who he fought killed him
        roles.actors = _fought(token if _is_verb(token) else _phrase_head(token).head)
    if kind == "ASSAULT" and not roles.actors:
        # "28 people were injured when an asylum seeker drove a car into a crowd": the subject
        # of the clause that tells the moment of the harm did it
        roles.actors = doers_of_the_moment(token, roles.targets)
    if kind == "ASSAULT" and roles.targets:
        # "were killed when armed men opened fire on a jewellery shop": the shop was struck
        roles.targets = [*roles.targets, *struck_in_the_moment(token, roles.targets)]
    if kind == "ASSAULT" and not roles.actors and _hostiles(roles.targets):
        # "Dozens of the terrorists have been sent to hell", "four khwarij were killed": the
        # state's forces killed them, the force the article names (none named: none made up)
        roles.actors = arresting_forces(token, context.forces, roles.targets)
    seized = mode == "seize" and (  # "recovered from the possession of an accused"
        any(_human(t) or _lemma(t) in SEARCHED_PEOPLE for t in roles.targets)
        or taken_from_someone(token, roles.targets)
    )
    if kind == "COERCE" and (mode == "arrest" or seized) and roles.targets and not roles.actors:
        # someone arrested, by no one named: "the arrests" alone stays what it was
        roles.actors = arresting_forces(token, context.forces, roles.targets)
    if kind == "ACCUSE" and roles.targets and not roles.actors and put_on_record(token):
        # "a case was registered against the suspect", "were booked under Section 188": the
        # police put a case on record, so the force the article names did (none: none made up)
        roles.actors = arresting_forces(token, context.forces, roles.targets)
    sides_to_each_other(token, kind, roles)  # "the warring sides signed an agreement"
    if kind == "PROTEST" and not roles.targets:
        # "staged a rally ..., calling upon the United Nations to resolve the dispute"
        roles.targets = asked_in_protest(token if _is_verb(token) else roles.support)
    actors, placed = _who_acts(_spans(roles.actors, context), context)
    if not actors and is_speech(kind, mode):
        # "the ICC chief prosecutor said he was seeking warrants against ...": a statement
        # of "he" under someone's "said" is that sayer's
        actors = _who_acts(_spans(_sayer(token), context), context)[0]
    if kind == "ASSAULT" and not actors:
        # "three soldiers were martyred in a terrorist attack": the attack's word for its doers
        described = _perpetrators(token) or [  # "the martyrdom of X in a terrorist attack"
            p for i in roles.instruments for p in _perpetrators(i)
        ]
        actors = _spans(described[:1], context)
    if kind == "ASSAULT" and _is_noun(token) and not roles.targets and not actors:
        # "the police valiantly repelled the attack": an attack fought off happened, and it was
        # on the side that fought it off; its doers are the attackers (named elsewhere in the
        # incident or not at all), never the defenders. Only where the attack names no one
        # else, so kept at all: "repelled the terrorist attack" is told by its doers already
        roles.targets = repelling_side(token)
    targets = tuple(
        s
        for s in _spans(roles.targets, context)
        # "martyred on Feb 24": when, not whom; an actor is no target unless "each other"
        if (s not in actors or roles.mutual) and not _is_time(s, context)
    )
    if kind in INCIDENT_TYPES:
        targets = _counted_targets(token, roles.targets, targets, actors, context)
    if kind in TOGETHER_TYPES and len(actors) == 1 and not targets:
        # "the Pakistan-Japan Consultations": the two states of a talks' name, one the other's
        actors = tuple(paired_states(actors[0], context.text)) or actors
    if kind in TOGETHER_TYPES and len(actors) > 1 and not targets:
        # "Pakistan and the EU held talks": a meeting of two is coded one with the other
        actors, targets = actors[:1], actors[1:]
    elif actors and not targets and dealt_with_each_other(token, kind, roles):
        # "the parties signed a peace deal", "Elders of the tribe held a jirga": the parties
        # of a talk that names no other party dealt with each other
        targets = actors
    if kind == "THREATEN" and _is_verb(token) and _lemma(token) == "warn":
        warned = _warned(token)
        if warned is None:
            return None  # "warned it has depleted all its food stocks": a fact, no threat
        if warned:  # "warned that Iran's Quds Force and Hezbollah were using flights to ..."
            kind, mode = "ACCUSE", "allege"
            targets = _spans(warned, context)
    location = _location(token, roles, context) or placed
    if (
        location is None
        and (mode in ("explosives", "restrict") or kind in OCCURRENCES)
        and _is_noun(token)
        and (
            (token.dep_ in ("nsubj", "nsubjpass") and _lemma(token.head) in OCCURRING)
            or (token.dep_ in ("dobj", "obj") and _lemma(token.head) in CAUSING)
            or (token.dep_ == "nsubjpass" and _lemma(token.head) in OBSERVED)
            or (
                kind == "ASSAULT"
                and _phrase_head(token).dep_ in ("dobj", "obj")
                and _lemma(_phrase_head(token).head) in CONDEMNING
            )
        )
    ):
        # "a powerful explosion occurred on Qambrani Road", "violent protests erupted in
        # Colombia": a blast, an attack or a protest told as what happened is an event where
        # its sentence names a place, though no one is named; so is one another event set
        # off ("news of the assault sparked widespread protests in Parachinar"), and so is a
        # restriction of movement seen ("roadblocks were also witnessed in the Bolan area")
        location = _sentence_place(token, (), context)
    if location is None and by_weapon:
        # "a missile fired from Yemen struck inside the perimeter of Ben Gurion International
        # Airport near Tel Aviv": where the weapon fell is where its sentence places it
        location = _sentence_place(token, (), context)
    if warning or (kind == "THREATEN" and _said_by_we(token, context.text)):
        # a warning of retaliation is told by whoever is quoted, named or not, and so is a
        # quotation's "“We are ready to respond with full force”": its speaker threatens
        pass
    elif (
        not actors
        and not targets
        and not demanded
        and (
            location is None or (_is_verb(token) and not _theme_undergone(token) and not by_weapon)
        )
        and not _dated_incident(token, kind, context)
        and not occasion_told(token, kind, roles.actors)
    ):
        return None  # "Iran-backed", "attacks" alone: nothing to put on a timeline
    elif (
        kind in SOFT_TYPES
        and not _names_someone(actors + targets + _spans(demanded, context), context)
        # "reiterated his call for ...": a person's statement, though a common noun ("the
        # prime minister") or no one names the person in the sentence
        and not (is_speech(kind, mode) and _said_by_pronoun(token))
        and not (is_speech(kind, mode) and kind != "SUPPORT" and _said_by_we(token, context.text))
        and not (is_speech(kind, mode) and any(_lemma(a) in SPEAKING_BODIES for a in roles.actors))
        and not _act_demanded_by_people(token, kind, demanded)
        and not (kind == "THREATEN" and threat_by_people(token, roles.actors))
        and not (kind == "REQUEST" and request_of_a_party(token))
        and not occasion_told(token, kind, roles.actors)
    ):
        # "to support training, research and processing"; but "his call for militants to
        # return" is a statement whose speaker the pronoun stands for (named later on)
        return None
    dateline = placed is not None and context.text[placed[0] : placed[1]].isupper()
    if location is not None and location == placed and dateline:
        # a dateline ("RAWALPINDI, Feb 08 (APP):Security forces killed ...") parsed into the
        # actor's slot is where the report was filed: the sentence's own place comes first
        location = None
    location = location or _sentence_place(token, actors + targets, context, actors) or placed
    sentence = token.sent
    when = _time(token, roles, context)
    if kind == "THREATEN" and when is not None and _is_verb(token):
        # "threatened to cut the cables if the signals were not restored by Sunday evening":
        # the deadline is the condition's, the threat was made on the day its report tells
        if any(a <= when[0] and when[1] <= b for a, b in condition_spans(token)):
            when = None
    if kind in INCIDENT_TYPES and _aggregate(token, roles, when, context, kind, triggers):
        return None  # "Over the past decade, hundreds of police officers have been killed"
    if kind in INCIDENT_TYPES and (
        told_over_span(_act_words(token, roles)) or many_times(token, _one_day(when, context))
    ):
        return None  # "almost daily attacks for the past month", "occupied since 1967"
    if kind == "COERCE" and _escaped(token):
        return None  # "was killed while resisting arrest": the killing is the event
    habit = _habitual(token) or (roles.support is not None and _habitual(roles.support))
    if (
        kind in INCIDENT_TYPES
        and _is_noun(token)
        and roles.support is None
        and _bare_plural(token, location, when)
    ):
        return None  # "violent attacks by armed non-state actors", "cross-border attacks"
    if kind in INCIDENT_TYPES and (_aimed_at(token) or habit or _generic(token)):
        return None  # "launched a search operation to apprehend the attackers"
    hedged = any(  # "suspected militants attacked ...": who did it is alleged
        t.lower_ in ALLEGING_ADJECTIVES and t.i < a.i for a in roles.actors for t in a.subtree
    )
    mood = modality(token if _is_verb(token) else _phrase_head(token), roles.support)
    if (warning and mood != "negated") or refused is not None:
        mood = "asserted"  # the retaliation is to come; the warning is made as it is told
    if kind == "THREATEN" and _is_verb(token) and conditional_threat(token) is not None:
        mood = "asserted"  # the act is to come on a condition; the threat is made as told
    if kind == "THREATEN" and _is_verb(token) and force_held_out(token) is not None:
        mood = "asserted"  # the force is to come; the threat is made as it is told
    if kind == "REQUEST" and _is_verb(token) and deontic_demand(token) is not None:
        mood = "asserted"  # what ought to be done is asked for as it is told
    if owned and mood in ("negated", "hypothetical") and not _any_or_no(token):
        # "rejected India's allegations", "demanded proof of India's allegations": what is
        # denied or questioned is their truth; that India made them is told as a fact
        mood = "asserted"
    if kind == "ACCUSE" and mood == "alleged" and accusing_failure(token) is not None:
        # "He also claimed that ... Mr Mengal failed to deliver": the criticism is made as it
        # is told, whatever verb of saying tells it (a statement is the saying itself)
        mood = "asserted"
    if kind == "REQUEST" and protest_called(token, demanded):
        kind, mode, mood = "THREATEN", None, "asserted"  # "We will call for a strike"
    demander = _demand_told(token, roles, mood)
    if demander is not None:
        # "He said Netanyahu should also be prosecuted", "the killers must be arrested, she
        # said": what someone says ought to be done is a demand (REQUEST) of the speaker,
        # about whom the act would touch; the act itself has not happened
        subjects = _nsubjects(demander)
        speakers = _who_acts(_spans(_unsaid(subjects), context), context)[0]
        if subjects:  # a pronoun not resolved here is named from the quotes later
            kind, mode, mood = "REQUEST", "demand", "asserted"
            touched = [t for t in roles.targets + roles.actors if t.i not in context.triggers]
            targets = tuple(s for s in _spans(touched, context) if s not in speakers)
            actors = speakers
    teller = _threat_told(token, roles, mood) if kind == "ASSAULT" else None
    if teller is not None:
        # "Katz said Tel Aviv would hunt down the Houthi leaders", "Israel informed the
        # Lebanese state that it would target the airport if ...": the attack is to come, the
        # threat is made as it is told (a warning, not the act it mentions), by whoever
        # will attack or, where the clause names no one, whoever says so
        speakers = _nsubjects(teller)
        said = _who_acts(_spans(_unsaid(speakers), context), context)[0]
        # the speaker's own side: "it would", "we will", the speaker named again; or a
        # named side that will ("Katz said Israel would hunt down"); "police said militants
        # could attack" is a warning of someone else's possible attack
        verb = token if _is_verb(token) else roles.support
        will = verb is not None and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children
        )
        # "threatening to kill him", "vowed to avenge": who vows an act is who will do it
        vowed = verb is not None and verb.dep_ == "xcomp" and verb.head.i == teller.i
        own = (
            not actors
            or (vowed and _lemma(teller) in VOWING)
            or any(a.pos_ == "PRON" for a in roles.actors)
            or (will and any(a.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for a in roles.actors))
            or bool(
                {context.text[a:b].lower() for a, b in actors}
                & {context.text[a:b].lower() for a, b in said}
            )
        )
        if own and (actors or said):
            kind, mode, mood, actors = "THREATEN", None, "asserted", actors or said
    if kind in INCIDENT_TYPES and mode != "evacuation" and _wanted(token, kind, roles.support):
        # "demanded the arrest of the killers", "directed the police to ensure the arrest of
        # the suspects", "the state must arrest those involved": an act someone wants done
        # has not happened; the demand is told by its own verb (REQUEST). An evacuation
        # ordered is the order itself (:mod:`.evacuations`: "ordered the evacuation of X")
        return None
    event = EventMention(
        type=kind,
        mode=mode,
        trigger=_trigger_span(token),
        start=sentence.start_char,
        end=sentence.end_char,
        sentence=context.sentence_at[sentence.start_char],
        actors=actors,
        targets=targets,
        location=location,
        time=when,
        modality="alleged" if mood == "asserted" and hedged else mood,
        time_of_report=when is not None
        and (
            (not is_speech(kind, mode) and _report_date(token, when))
            or (_day_at(when, context.times) and _date_of_later_act(token, when))
        ),
    )
    return event, roles.absorbed


#: acts whose noun's possessor is who underwent them: "Imran Khan's arrest", "after her
#: arrest", "his abduction" (CAMEO 173 arrest, 181 abduct)
UNDERGONE_MODES = frozenset({"arrest", "abduct", "assassination"})
#: killings told by a noun whose possessor is the one killed ("Nasrallah's assassination",
#: "the student's murder"; CAMEO 186 and 18x): the doer is written "X's killing of Y", with "of"
UNDERGONE_KILLINGS = frozenset({"assassination", "murder", "killing"})
#: possessive pronouns of one person who undergoes an act, which the pipeline ties to the
#: person named before ("its" is a body's: "its arrests"; "their arrest" left unresolved gave
#: an arrest with no one arrested, a retelling split from its incident: check5 +1 false alarm)
UNDERGOING_PRONOUNS = frozenset({"his", "her"})
#: determiners of a person no one in particular: "each man's arrest", "any suspect's detention"
ANY_ONE = frozenset({"each", "every", "any", "no"})


def _undergoer(owner: Token) -> bool:
    """Whether a possessor is one person who can undergo an arrest or a killing: a person's
    name, "his"/"her", or a noun for a person ("the cleric's arrest", "the student's
    murder"); never a force or a body ("the FIA's arrests", "the police's detention"), nor
    anyone at all ("a bounty for information leading to each man's arrest")."""
    if owner.lower_ in UNDERGOING_PRONOUNS:
        return True
    if _lemma(owner) in FORCES or any(c.lower_ in ANY_ONE for c in owner.children):
        return False  # "a bounty for information leading to each man's arrest": no one yet
    return owner.ent_type_ == "PERSON" or (
        owner.pos_ == "NOUN" and _lemma(owner) in HUMAN_NOUNS | YOUNG_NOUNS
    )


def _possessor_undergoes(token: Token, mode: str | None, roles: _Roles) -> None:
    """An arrest, an abduction or a killing told by its noun with a person as its possessor
    and no "of" phrase ("protests erupted after Imran Khan's arrest", "died three days after
    her arrest", "Nasrallah's assassination", "described the cleric's arrest as unlawful")
    happened to that person: the possessor is the one arrested, abducted or killed, never
    the one who did it (the doer is written "the police's arrest of X", "Israel's killing of
    X", with "of"). A body or a state as possessor ("the FIA's arrests", "Iran's detention
    of") keeps the rules' reading."""
    killing = _lemma(token) in UNDERGONE_KILLINGS
    if (mode not in UNDERGONE_MODES and not killing) or not _is_noun(token) or roles.targets:
        return
    head = _phrase_head(token)
    if killing and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return  # "Israel's killing of Nasrallah": the possessor did it
    owners = [c for c in head.children if c.dep_ == "poss" and _undergoer(c)]
    if owners:
        roles.actors = [a for a in roles.actors if a not in owners]
        roles.targets = owners


def _struck_by_weapon(verb: Token, roles: _Roles) -> bool:
    """Whether a weapon is the doer of ``verb`` ("a missile struck ...", "bombs exploded on
    buses", "was hit by a drone"; :mod:`.instruments`), and if so its roles as that frame
    reads them: the weapon is how, never who, and what it fell "on"/"into"/"inside" is what
    it struck where the verb has no object. Such an attack stands where its sentence names a
    place, though no one is named (CAMEO 18-20 code the act, whoever did it)."""
    weapons = weapons_of(verb)
    if not weapons:
        return False
    roles.actors = [a for a in roles.actors if a not in weapons] or weapon_owners(weapons)
    roles.targets = [t for t in roles.targets if t not in weapons] or struck(verb)
    roles.instruments += [w for w in weapons if w not in roles.instruments]
    return True


def _statement_roles(verb: Token, kind: str, roles: _Roles) -> None:
    """Statements told by a frame, not a verb of stating (:mod:`.statements`): "Ashrafi
    said India was responsible for ..." (the sayer accuses the copula's subject, where the
    verb rules would make the accused its own accuser); "X will give a befitting reply to
    Y if ..." (X threatens Y); "refuted India's claims" (the claims' owner is rejected)."""
    if kind == "ACCUSE" and accusing_copula(verb) is not None:
        roles.actors, roles.targets = accused_and_accuser(verb)
    if kind == "ACCUSE" and accusing_instigation(verb) is not None:
        roles.actors, roles.targets = instigators_accused(verb)  # "sponsored by India"
    if kind == "ACCUSE" and accusing_name(verb) is not None:
        roles.actors, roles.targets = named_and_namer(verb)  # "X is a murderer and terrorist"
    if kind == "ACCUSE" and accusing_cause(verb) is not None:
        roles.actors, roles.targets = cause_accused(verb)  # "said America has caused wars"
    if kind == "ACCUSE" and accusing_claim(verb) is not None:
        roles.actors, roles.targets = claimant_and_accused(verb)  # "claimed that India …"
    if kind == "ACCUSE" and accusing_involvement(verb) is not None:
        roles.actors, roles.targets = involved_and_accuser(verb)  # "said X was involved in"
    if kind == "ACCUSE" and accusing_failure(verb) is not None:
        roles.actors, roles.targets = failure_faulted(verb)  # "said X had failed to"
    if kind == "ACCUSE" and accusing_verdict(verb) is not None:
        roles.actors, roles.targets = verdict_parties(verb)  # "X's plan amounted to blackmail"
    if kind == "THREATEN" and conditional_threat(verb) is not None:
        roles.actors, roles.targets = threatener_and_threatened(verb)
    if kind == "THREATEN" and force_held_out(verb) is not None:
        roles.actors, roles.targets, held = threat_parties(verb)  # "vowed a tough response"
        roles.absorbed |= held
    if kind == "REJECT":
        roles.targets = accusers_rejected(verb) or roles.targets  # "refuted India's claims"
    if kind == "THREATEN" and not roles.targets:
        roles.targets = threatened(verb)  # "threatened to hold Iran accountable"
    if kind == "REQUEST" and deontic_demand(verb) is not None:
        roles.actors, roles.targets = demander_and_demanded(verb)  # "India should not …"
    if kind == "AGREE" and agreement_reached(verb) is not None:
        roles.actors, roles.targets = agreeing_parties(verb)  # "reached between X and Y"
        # "signed between warring tribes": the one plural is both sides, kept as both
        roles.mutual = roles.mutual or (bool(roles.actors) and roles.actors == roles.targets)


def _theme_undergone(verb: Token) -> bool:
    """Whether a verb that is an event only with a particular object ("block the road",
    "impose a curfew", "open fire") has that object as its passive subject: "roads were
    blocked in Turbat", "a curfew was imposed in Quetta". The object says what happened and
    the place where, so it is an incident with its doer unnamed (as "a blast occurred in X"),
    not a bare verb."""
    frames = OBJECT_FRAMES.get(_lemma(verb))
    return bool(frames) and any(
        c.dep_ == "nsubjpass" and _lemma(g) in frames
        for c in verb.children
        for g in _with_conjuncts(c)
    )


def _sayer(token: Token) -> list[Token]:
    """The named subject of the verb of saying whose clause a statement by "he"/"she" is
    ("the prosecutor said he was seeking warrants"); none otherwise."""
    if not _is_verb(token) or token.dep_ != "ccomp" or _lemma(token.head) not in REPORTING:
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in token.children):
        return []
    return [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _is_time(span: Span, context: _Context) -> bool:
    """Whether an argument span is a date the model took for a name ("on Feb 24" typed
    EVENT, then read as what "martyred on" acts on)."""
    return any(t.start <= span[0] and span[1] <= t.end for t in context.times)


def _talks_held(verb: Token, roles: _Roles, triggers: dict[int, Trigger]) -> None:
    """ "visited Damascus on Friday for talks with new leader Ahmed Al Sharaa": one meeting,
    with whom the talks were held (the city is where); the talks noun is this event."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for talks in _pobjs(prep):
            if triggers.get(talks.i, ("",))[0] != "CONSULT":
                continue
            met = [
                p
                for c in talks.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in _pobjs(c)
            ]
            if met:
                roles.absorbed.add(talks.i)
                roles.targets = met


#: what one refuses to let happen: "will not tolerate any attack", "vowing not to allow"
TOLERATING = frozenset("tolerate allow permit accept condone".split())


def _not_tolerated(token: Token) -> Token | None:
    """The negated verb of "not tolerate attacks" (or "no ... will be tolerated") that an
    attack noun is the object of: a warning, not an attack."""
    head = _phrase_head(token)
    verb = head.head
    if head.dep_ not in ("dobj", "obj", "nsubjpass") or _lemma(verb) not in TOLERATING:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    )
    return verb if negated else None


#: words for a multitude counted over a long time: "hundreds of police officers"
MULTITUDES = frozenset("hundreds thousands scores dozens tens millions".split())
#: multitudes of a hundred or more for certain ("dozens of the terrorists have been sent to
#: hell" is one operation's toll)
LARGE_MULTITUDES = frozenset("hundreds thousands millions".split())
#: the longest time (days) one incident is dated to; longer is a tally of many
INCIDENT_DAYS = 62


#: a toll no one incident of an armed conflict reaches: "Israel's offensive in Gaza killed
#: more than 48,000 people" is a war's tally (the deadliest single attacks kill thousands)
WAR_TOLL = 10_000


def _aggregate(
    token: Token,
    roles: _Roles,
    when: Span | None,
    context: _Context,
    kind: str = "ASSAULT",
    kinds: dict[int, Trigger] | None = None,
) -> bool:
    """A tally of many acts over a long time, not one incident: "Over the past decade,
    hundreds of police officers ... have been killed", "341 terrorists were killed in 2,801
    IBOs in the first 10 months of 2024". Both a multitude (hundreds of, or a figure of 100
    or more) and a span of more than two months: "earlier this year, a citizen was killed"
    is one killing however loosely dated. A span counted "since" a start ("830 people have
    been killed since Israel resumed strikes", "clashes have claimed 130 lives since
    November") is such a span whatever its length, and a toll of :data:`WAR_TOLL` or more
    is a tally on its own. These two are asked of attacks only: what an arrest counts is
    as often what was seized ("234 pistols and 17,000 bullets were captured"). So is a toll
    of hundreds told in the present perfect ("Around 400 soldiers have been killed") or set
    in a whole month or year ("341 terrorists were killed ... in 2024"), unless one occasion
    is told (:func:`_one_occasion`) or the count runs since an act (:func:`_since_an_act`);
    ``kinds`` (the triggers' types) lets an arrest share a coordinated killing's toll."""
    tally = _tally(token, roles)
    if kind == "ASSAULT" and (
        tally >= WAR_TOLL or (tally >= 100 and _counted_since(token, context.triggers))
    ):
        return True
    # a toll of hundreds told as a running total or a period's figure; of arrests only when
    # they share a killing's toll ("156 terrorists were killed and 66 arrested in February"):
    # arrests are counted in hundreds in one round-up ("153 workers arrested during the
    # protests")
    large = (
        _tally(token, roles, LARGE_MULTITUDES)
        if kind == "ASSAULT"
        else _coordinated_tally(token, kinds or {})
    )
    if (
        large >= 100
        and not _one_occasion(token, roles, context.triggers)
        and not _since_an_act(token, context.triggers)
    ):
        if _perfect(token) and _tally(token, roles, LARGE_MULTITUDES, 1000) >= 1000:
            # "has martyred tens of thousands", "hundreds of workers have been martyred": a
            # figure in the hundreds in the present perfect is as often one operation's
            # fresh toll ("security forces have killed 219 rebels, an official said")
            return True
        if when is not None and _whole_period(token, when, context):
            return True  # "341 terrorists were killed in 2,801 IBOs in 2024"
    if when is None:
        return False
    found = next((t for t in context.times if (t.start, t.end) == when), None)
    if found is None or not found.value_start or not found.value_end:
        return False
    if found.precision != "range":
        return False  # "the 2008 Mumbai siege that killed 166 people" is one incident
    try:
        days = (date.fromisoformat(found.value_end) - date.fromisoformat(found.value_start)).days
    except ValueError:
        return False
    if days <= INCIDENT_DAYS:
        return False
    return tally >= 100


def _one_day(when: Span | None, context: _Context) -> bool:
    """Whether the act's time names one day ("on Monday")."""
    found = next((t for t in context.times if (t.start, t.end) == when), None)
    return found is not None and found.precision == "day"


def _act_words(token: Token, roles: _Roles) -> list[Token]:
    """The trigger and the words its time can hang on: the verb an event noun is the subject
    of ("the assault has killed ... in the last 16 months") and the verb that carries it out
    ("has been carrying out almost daily attacks for the past month")."""
    words = [token, _clause_verb(token), roles.support]
    return [w for w in dict.fromkeys(words) if w is not None]


def _clause_verb(token: Token) -> Token | None:
    """The verb that tells an act: the trigger itself, or the verb an event noun is the
    subject of ("Israeli strikes have killed ...")."""
    if _is_verb(token):
        return token
    if token.dep_ in ("nsubj", "nsubjpass") and _is_verb(token.head):
        return token.head
    return None


def _perfect(token: Token) -> bool:
    """Whether the act is told in the present perfect ("have been killed", "has martyred"),
    the tense of a running total; a coordinated verb with no auxiliary of its own shares its
    head's ("has killed more than 1,000 people and injured 2,000 others")."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and _is_verb(verb.head):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return any(_lemma(a) == "have" and a.tag_ in ("VBP", "VBZ") for a in auxes)


def _since_an_act(token: Token, triggers: frozenset[int]) -> bool:
    """Whether the toll is counted "since" an act ("1,978 people have been killed since
    Israel resumed its assault"): the deaths are that campaign's victims, kept on it (as in
    :func:`_counted_since`)."""
    verb = _clause_verb(token) or token
    for word in {verb, verb.head if verb.dep_ == "conj" else verb}:
        for c in word.children:
            since = (c.dep_ == "prep" and c.lower_ == "since") or (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
            )
            if since and any(t.i in triggers and not is_truce(t) for t in c.subtree):
                return True
    return False


def _one_occasion(token: Token, roles: _Roles, triggers: frozenset[int]) -> bool:
    """Whether a large toll is told as the outcome of one occasion, not a tally: an event noun
    in the singular as the trigger ("the 2008 Mumbai siege that killed 166"), as the subject
    ("a suicide bombing killed 150 people") or as the setting ("have been killed in a blast"),
    or a clause of one moment ("were killed when a train was hijacked", "after gunmen
    stormed the hall")."""
    if _is_noun(token):
        return _phrase_head(token).tag_ in ("NN", "NNP")
    verb = _clause_verb(token)
    if verb is None:
        return True
    settings = [
        *roles.instruments,
        *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers),
    ]
    if any(s.tag_ == "NN" and s.i in triggers for s in settings):
        return True
    if any(s.lower_ == "one" for s in roles.instruments):
        return True  # "in one of the most serious attacks ..., 258 people have been killed"
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in ONE_MOMENT for m in c.children)
        for c in verb.children
    )


#: conjunctions of a clause that dates an act by one moment: "killed when a bus was hit",
#: "after gunmen stormed the hall", "as the convoy passed"
ONE_MOMENT = frozenset({"when", "after", "as", "while", "before"})


def _whole_period(token: Token, when: Span, context: _Context) -> bool:
    """Whether the act is dated only by a whole month or year it is set in ("killed in
    February", "in 2024", "this year"), not by a date within the words that name the incident
    ("the 2008 Mumbai siege"): with a toll of a hundred or more, a month's or a year's
    figures."""
    found = next((t for t in context.times if (t.start, t.end) == when), None)
    if found is None or found.precision not in ("month", "year"):
        return False
    inside = [t for t in token.doc if when[0] <= t.idx < when[1]]
    roots = [t for t in inside if t.head not in inside or t.head.i == t.i]
    # a date that modifies a noun names a thing ("the 2008 Mumbai siege", "the May 2023
    # riots"); one that hangs from a verb or a preposition sets the act in a period
    return bool(roots) and not any(
        r.dep_ in ("compound", "amod", "nummod", "poss", "nmod") and _is_noun(r.head) for r in roots
    )


def _coordinated_tally(token: Token, kinds: dict[int, Trigger]) -> int:
    """The largest toll of a killing coordinated with this act ("156 terrorists were killed
    and 66 were arrested in February"): acts told as one tally share its nature. Only a
    killing's toll counts ("have arrested more than 2,000 Kashmiris and demolished several
    homes" is one crackdown, whose arrests are no tally)."""
    if not _is_verb(token):
        return 0
    verbs = [c for c in token.children if c.dep_ == "conj" and c.i in kinds]
    if token.dep_ == "conj" and token.head.i in kinds:
        verbs.append(token.head)
    verbs = [v for v in verbs if kinds.get(v.i, ("",))[0] == "ASSAULT"]
    largest = 0
    for verb in verbs:
        counted = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
        largest = max(largest, _count(counted, LARGE_MULTITUDES))
    return largest


def _tally(
    token: Token, roles: _Roles, multitudes: frozenset[str] = MULTITUDES, multitude: int = 100
) -> int:
    """The largest count the act's victims (or, for an event noun, the noun and the object
    of the verb it is the subject of) are given: a figure ("2,222 people", "130 lives"), 100
    for a multitude ("hundreds of"), 0 for none."""
    counted = [*roles.targets, *([_phrase_head(token)] if _is_noun(token) else [])]
    if _is_noun(token) and token.dep_ == "nsubj" and _is_verb(token.head):
        # "Israel's offensive in Gaza killed more than 48,000 people": the noun's toll
        counted += [c for c in token.head.children if c.dep_ in ("dobj", "obj")]
    return _count(counted, multitudes, multitude)


def _count(
    counted: Sequence[Token], multitudes: frozenset[str] = MULTITUDES, multitude: int = 100
) -> int:
    """The largest figure in the words before each head: a number ("2,222 people"),
    ``multitude`` for a word of ``multitudes`` ("hundreds of"), 0 for none."""
    largest = 0
    for head in counted:
        for t in head.subtree:
            if t.i > head.i:
                break
            if t.lower_ in multitudes:
                largest = max(largest, multitude)
            number = t.text.replace(",", "")
            counts = t.dep_ == "nummod" and t.ent_type_ not in ("DATE", "TIME")  # not "2019"
            if counts and number.isdigit():
                largest = max(largest, int(number))
    return largest


def _counted_since(token: Token, triggers: frozenset[int] = frozenset()) -> bool:
    """Whether the act's clause is counted from a start to now: "since October 2023", "since
    the start of the war" on the trigger, or on the verb an event noun is the subject of
    ("clashes ... have claimed 130 lives since November"). A start that is itself an act
    (one of ``triggers``: "killed since Israel resumed its assault in mid-March") is the
    campaign those deaths belong to, and the toll stays on it as its victims."""
    clause = token.head if _is_noun(token) and token.dep_ in ("nsubj", "nsubjpass") else token
    for word in {token, clause}:
        for c in word.children:
            since = (c.dep_ == "prep" and c.lower_ == "since") or (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
            )
            if since and not any(t.i in triggers and not is_truce(t) for t in c.subtree):
                return True  # "186 people had been killed since the truce": a tally
    return False


#: words of a state an aim hangs on: "a manhunt is underway to apprehend the culprits",
#: "efforts are under way to arrest them", "is determined to arrest the culprits"
AIM_STATES = frozenset("underway determined ready keen set poised committed".split())


def _escaped(token: Token) -> bool:
    """Whether an arrest is only what someone got away from or fought off ("was killed while
    resisting arrest", "jumped from the fourth floor while trying to evade arrest", "fled to
    escape arrest", "managed to escape from arrest"): the object of a verb of escaping (or of
    its "from"). No arrest was made; what the sentence tells is told by its own verb."""
    if not _is_noun(token):
        return False
    head = _phrase_head(token)
    if any(c.dep_ in ("amod", "compound") and _escaping(c) for c in head.children):
        return True  # the parser's "while [resisting arrest]" (an adjective on the noun)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "from":
        head, governor = governor, governor.head
    return head.dep_ in ("dobj", "obj", "prep") and _is_verb(governor) and _escaping(governor)


def _escaping(token: Token) -> bool:
    """A verb of escaping, also as the "-ing" word the parser may tag an adjective
    ("resisting", "evading", "fleeing")."""
    if _lemma(token) in ESCAPING:
        return True
    stem = token.lower_[:-3] if token.lower_.endswith("ing") else ""
    return bool(stem) and (stem in ESCAPING or stem + "e" in ESCAPING)


def _aimed_at(token: Token) -> bool:
    """Whether an attack or arrest is only the aim of what the sentence tells: a purpose
    infinitive ("launched a search operation to apprehend the attackers", "teams have been
    formed to arrest these suspects", "conducted a raid to arrest a gang") or the aim of a
    state ("a manhunt is underway to apprehend the culprits"). The act has not happened, and
    what did happen (the raid, the operation) is told by its own word. An infinitive a verb
    controls ("tried to kill", "managed to arrest") is an attempt or an act, and stays. A verb
    coordinated with such an infinitive shares its "to" and its aim ("launched to locate the
    policemen and apprehend the perpetrators")."""
    if (
        _is_verb(token)
        and token.dep_ == "conj"
        and _is_verb(token.head)
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in token.children)
    ):
        return _aimed_at(token.head)
    if not _is_verb(token) or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    if token.dep_ in ("advcl", "acl"):
        return True
    head = token.head
    return token.dep_ == "xcomp" and (
        _lemma(head) == "be"
        or head.lower_ in AIM_STATES
        or any(c.dep_ == "acomp" and c.lower_ in AIM_STATES for c in head.children)
    )


#: verbs of wanting an act done, whose object or clause is that act: "demanded the arrest of",
#: "ensure the arrest of", "urged the police to arrest", "demanded that they be arrested".
#: Built from modality's list so the two never drift apart; "call" is taken only with "for"
#: below ("called the attack cowardly" wants nothing)
WANTING = (DEMANDING - {"call"}) | frozenset({"ensure", "require"})
#: words of ordering an arrest: "ordered the arrest of", "issued orders for the arrest of",
#: "directed the police to arrest". A court's or an official's order is a warrant, not the
#: arrest; an attack that was ordered ("ordered strikes on Yemen") is told because it was made
ORDERING = frozenset("order direct instruct directive instruction direction".split())
#: nouns of wanting an act done that say what "for": "calls for the arrest of", "a demand for"
WANTING_NOUNS = frozenset({"call", "demand", "appeal", "plea", "request"})


def _wanted(token: Token, kind: str, support: Token | None) -> bool:
    """Whether an attack or arrest is only what someone wants done, not an act that happened:
    the object of a verb of demanding ("demanded the arrest of the killers", "directed the
    police to ensure the arrest of the suspects"), what a call or an order is "for" ("called
    for the arrest of", "issued orders for the immediate arrest of the suspects"), the clause
    such a verb governs ("demanded that the perpetrators be arrested", "urged the police to
    arrest them"), or an act told with "must"/"should" ("the state must arrest those
    involved"), which no reporting verb made a REQUEST of. An arrest that is ordered is
    wanted too (an order is a warrant); an attack that is ordered is not (it is told because
    it was made). 26 of the 1,876 articles of the 2025 archive write a wanted arrest."""
    wanting = WANTING | (ORDERING if kind == "COERCE" else frozenset())
    if _is_noun(token):
        head = _phrase_head(token)
        governor = head.head
        if head.dep_ in ("dobj", "obj") and _is_verb(governor) and _lemma(governor) in wanting:
            return True
        if head.dep_ == "pobj" and governor.lower_ == "for":
            asker = governor.head
            asks = wanting | WANTING_NOUNS
            if _lemma(asker) in asks | {"call"}:
                return True  # "called for the arrest", "orders for the arrest"
            if _is_verb(asker) and any(  # "issued orders to the DPO for the arrest of"
                c.dep_ in ("dobj", "obj") and _lemma(c) in asks for c in asker.children
            ):
                return True
        if support is None:
            return False
    verb = token if _is_verb(token) else support
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return True
    if verb.dep_ not in ("ccomp", "xcomp") or _lemma(verb.head) not in wanting:
        return False
    if any(c.tag_ in ("WRB", "WP", "WDT") or c.lower_ in ("whether", "if") for c in verb.children):
        return False  # "asked why the police arrested him": what happened, asked about
    # the base form of what is wanted ("that police arrest", "be arrested", "to arrest"),
    # not a finite past ("ordered an inquiry after police arrested him" is no wanted act)
    return verb.tag_ == "VB" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VB", "TO") for c in verb.children
    )


#: adverbs of a habit: "security officials often being targeted", "has been carrying out
#: airstrikes in Lebanon on a regular basis"
HABITUAL = frozenset(
    "often regularly routinely frequently usually constantly habitually annually".split()
)
#: units of a recurring time: "up to 5,000 women are killed each year", "every day"
RECURRING = frozenset({"year", "month", "week", "day", "night"})


def _habitual(token: Token) -> bool:
    """Whether an attack or arrest is told as a habit, not an incident (the label guide's
    "habitual acts"): a frequency adverb on it ("are frequently targeted", "on a regular
    basis", "are killed each year"), a present progressive passive ("Kashmiri Muslims are
    being targeted", the verb it is coordinated with lending its auxiliaries), or a present
    perfect progressive ("have been firing on Israel throughout the Gaza conflict", "has been
    carrying out strikes"): an act going on over a while, told as a campaign, not one
    incident."""
    if not _is_verb(token):
        return False
    verbs = [token, token.head] if token.dep_ == "conj" else [token]
    for verb in verbs:
        children = list(verb.children)
        if any(c.lower_ in HABITUAL for c in children if c.dep_ == "advmod"):
            return True
        if any(  # "are killed each year", "every day" (34 of the 1,876 articles write one)
            _lemma(c) in RECURRING and any(d.lower_ in ("each", "every") for d in c.children)
            for c in children
            if c.dep_ in ("npadvmod", "advmod", "obl", "dobj")
        ):
            return True
        if any(
            c.dep_ == "prep"
            and any(
                _lemma(p) == "basis" and any(a.lower_ == "regular" for a in p.children)
                for p in c.children
            )
            for c in children
        ):
            return True
        being = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children)
        present = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in children)
        if being and present:
            return True
        been = any(c.dep_ == "aux" and c.lower_ == "been" for c in children)
        if been and present and verb.tag_ == "VBG":
            return True  # "the Houthis have been firing on Israel throughout the war"
    return False


def _bare_plural(token: Token, location: Span | None, when: Span | None) -> bool:
    """Whether an event noun names a kind of act, not acts that happened: a plural with no
    determiner, possessive or number ("vulnerable to violent attacks by armed non-state
    actors", "the presence of terrorist groups like ISKP which had carried out attacks"), set
    nowhere and at no time. Plural acts with a place or a date ("gun attacks in Hangu and
    Lakki Marwat", "attacks on Monday") are incidents, and so are counted or determined ones
    ("three attacks", "the attacks"); the caller keeps acts a support verb tells someone did
    ("the forces mounted a response, delivering retributive strikes")."""
    head = _phrase_head(token)
    if head.tag_ not in ("NNS", "NNPS") or location is not None or when is not None:
        return False
    # anywhere before the head: "The Dalvik Front's missile and drone attacks" hangs the
    # possessive on "missile"
    return not any(
        t.dep_ in ("det", "poss", "nummod", "predet") for c in head.lefts for t in c.subtree
    )


#: determiners of no one act in particular: "any attack would be met with force", "every
#: attack on our forces"
ANY_DETERMINERS = frozenset({"any", "every"})
#: pronouns of a class of doers, not someone who acted: "those who target civilians",
#: "anyone attacking the lives of citizens"
CLASS_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone"})


def _generic(token: Token) -> bool:
    """Whether an attack or arrest is told of no occasion in particular (the label guide's
    generic statements): an event noun with "any" or "every" ("responsibility for any IED
    attacks", "any attack would trigger a war"); an act in the present told of a class of
    doers ("those who target innocent civilians are enemies of humanity", "those attacking
    the lives of citizens will not escape"); or an act "whenever" it happens ("whenever a
    terrorist attack occurs"). A past act of "those" ("those who attacked the convoy") is
    one incident and stays."""
    if _is_noun(token):
        head = _phrase_head(token)
        # anywhere before the head: the parser may hang "any" on a modifier ("any
        # [roadside] IED attacks")
        if any(
            t.dep_ == "det" and t.lower_ in ANY_DETERMINERS for t in head.lefts for t in t.subtree
        ):
            return True
    verb = token if _is_verb(token) else _clause_verb(token)
    if verb is None:
        return False
    if any(c.lower_ == "whenever" for c in verb.children if c.dep_ in ("advmod", "mark")):
        return True
    if verb.dep_ not in ("relcl", "acl") or verb.head.lower_ not in CLASS_PRONOUNS:
        return False
    past = verb.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children
    )
    return not past


#: verbs that tell what their subject's side will do: "said it would retaliate", "informed X
#: that it would target", "vowed to avenge"
TELLING = REPORTING | STATING | frozenset({"warn", "inform", "vow", "pledge", "swear", "threaten"})
VOWING = frozenset({"vow", "pledge", "swear", "threaten"})


def _unsaid(speakers: list[Token]) -> list[Token]:
    """Speakers but "he"/"she": whom the pronoun stands for is the quote's speaker, which
    the quotes stage resolves across sentences (:func:`_speakers_of_statements`), not the last
    person named in the sentence ("the Houthis are paying ..., he said")."""
    return [s for s in speakers if s.lower_ not in PERSONAL_PRONOUNS]


def _demand_told(token: Token, roles: _Roles, mood: str) -> Token | None:
    """The verb that tells an act as what ought to be done ("said X should be prosecuted"):
    the act's clause, with "should"/"must", under a verb of saying."""
    if mood != "hypothetical":
        return None
    verb = token if _is_verb(token) else roles.support
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and _lemma(verb.head) in REPORTING | STATING:
        return verb.head
    return None


def _threat_told(token: Token, roles: _Roles, mood: str) -> Token | None:
    """The verb that tells an attack that has not happened (planned or hypothetical) as what
    is to come: the clause under "said", "informed", "warned" (or the infinitive of "vowed
    to"); the statement is a threat (PLOVER THREATEN), the attack is no event."""
    if mood not in ("planned", "hypothetical"):
        return None
    verb = token if _is_verb(token) else roles.support
    if verb is not None and any(c.tag_ in ("WRB", "WP") for c in verb.children):
        return None  # "how we will fight back since we don't have ...": a question
    for _ in range(3):
        if verb is None:
            return None
        if verb.dep_ == "ccomp" and _lemma(verb.head) in TELLING:
            return verb.head
        if verb.dep_ == "xcomp" and _lemma(verb.head) in VOWING:
            return verb.head
        if verb.dep_ not in ("xcomp", "conj") or not _is_verb(verb.head):
            return None
        verb = verb.head  # "would continue to strike", "would hunt down and kill"
    return None


def _warned(token: Token) -> list[Token] | None:
    """What a warning is: a threat ("warned of consequences", "warned that it would
    retaliate": no clause, or one of what is to come) gives ``[]``; a clause telling what a
    named party is doing or did ("warned that Iran's Quds Force and Hezbollah were using
    civilian flights to smuggle money") is an accusation of that party, whose names are
    returned; a clause of a fact ("warned it has depleted its food stocks") is no event
    (None)."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" and _is_verb(c)]
    if not clauses:
        return []
    clause = clauses[0]
    between = token.doc[min(token.i, clause.i) : max(token.i, clause.i)]
    if any(t.text in (":", "“", '"') for t in between):
        return []  # "had warned: “The more Hamas refuses ...”": a warning quoted
    if _own_cue(clause) in ("planned", "hypothetical") or any(
        (c.dep_ == "xcomp" and _lemma(clause) in PLANNING | {"go"})
        or (c.dep_ == "acomp" and _lemma(c) in WILLING)
        or (c.dep_ == "aux" and c.lower_ in MODALS)
        for c in [*clause.children, *(t for t in clause.subtree if t.dep_ == "aux")]
    ):
        return []  # "would", "will", "if", "is going to", "is set to"
    speaker = {a.i for c in token.children if c.dep_ == "nsubj" for a in c.subtree}
    accused = [
        g
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.i not in speaker
        for g in _with_conjuncts(c)
        if (g.ent_type_ in PARTICIPANT_LABELS and g.pos_ == "PROPN")
        or any(
            t.ent_type_ in PARTICIPANT_LABELS for t in g.subtree if t.i < g.i
        )  # "the Taliban regime"
    ]
    if accused and clause.tag_ in ("VBG", "VBD", "VBN"):
        return accused
    return None


def _in_subheading(token: Token, text: str) -> bool:
    """A trigger on a short line with no verb that the splitter ran into the next sentence
    ("Lakki attack\n\nSeparately, a militant was killed ..."), or that the paragraph break
    now ends as a sentence of its own (:func:`dossier.extract.components.paragraph_starts`):
    a subheading names an incident the paragraph under it tells, so it reports nothing of
    its own."""
    sentence = token.sent
    start = text.rfind("\n", sentence.start_char, token.idx) + 1 or sentence.start_char
    end = text.find("\n", token.idx, sentence.end_char)
    if end < 0 or (not text[end : sentence.end_char].strip() and not text.startswith("\n\n", end)):
        return False  # the line runs to the sentence's end: a sentence, or a title
    line = [t for t in sentence if start <= t.idx < end and not t.is_space]
    if len(line) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in line):
        return True
    # "Kitchens warn food will run out in days after two months of Israeli blockade\n\n“While
    # we ...": a line of a headline's length that ends a paragraph with no full stop is a
    # subheading or the headline of another story linked in the text, however it is worded
    ending = text[start:end].rstrip()
    return (
        start > 0  # the text's first line is its own headline, which tells its event
        and len(line) <= SUBHEADING_WORDS
        and text.startswith("\n\n", end)
        and not ending.endswith(SENTENCE_ENDS)
    )


#: the longest line read as a subheading, and what ends a sentence (or a quote in one)
SUBHEADING_WORDS = 20
SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ",")


def is_speech(kind: str, mode: str | None) -> bool:
    """Whether an event of this type and mode is a statement ("accused", "condemned",
    "demanded", "warned"), not an act a statement reports: its date is the day it was said.
    ACCUSE's investigations and convictions are acts."""
    if kind == "ACCUSE":
        return mode in SPEECH_MODES
    return kind in STANCE_TYPES


def _perpetrators(token: Token) -> list[Token]:
    """Who acted when the article names them only as what they are: "the Khuzdar terrorist
    attack", "a militant attack on tourists killed 26" (the attack noun itself or the one
    that is the subject of the killing). ACLED codes them as an unidentified armed group, as
    described; with no such word nobody is made up."""
    nouns = [token] if _is_noun(token) else []
    if _is_verb(token):
        nouns += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and _is_noun(c)]
        if token.dep_ == "relcl" and _is_noun(token.head):
            nouns.append(token.head)  # "the terrorist attack that claimed innocent lives"
    return [
        c
        for noun in nouns
        if (_trigger(noun) or ("",))[0] == "ASSAULT"
        for c in noun.children
        if c.dep_ in ("amod", "compound") and _lemma(c) in PERPETRATORS and c.i < noun.i
    ][:1]


def _callers(token: Token, support: Token | None) -> list[Token]:
    """Who called a protest, from "on/at the call of X", "on X's call", "in response to X's
    call" on the protest or its support verb ("observed a strike"). The caller is the call's
    "of"/"by" phrase or its possessor (a name the parser hangs as "nmod")."""
    calls: list[Token] = []
    for anchor in [token, *([support] if support is not None else [])]:
        for prep in anchor.children:
            if prep.dep_ != "prep":
                continue
            for noun in _pobjs(prep):
                if prep.lower_ in ("on", "at", "upon") and _lemma(noun) == "call":
                    calls.append(noun)
                elif prep.lower_ == "in" and _lemma(noun) == "response":
                    calls += [
                        p
                        for c in noun.children
                        if c.dep_ == "prep" and c.lower_ == "to"
                        for p in _pobjs(c)
                        if _lemma(p) == "call"
                    ]
    found: list[Token] = []
    for call in calls:
        for child in call.children:
            if child.dep_ in ("poss", "nmod") and child.pos_ != "PRON":
                found += _with_conjuncts(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "by"):
                found += [g for p in _pobjs(child) for g in _with_conjuncts(p)]
    return found


def _settings(verb: Token | None) -> list[Token]:
    """What a support verb's act happened in or during ("embraced martyrdom in a gun
    battle"): its "in"/"during" objects."""
    if verb is None:
        return []
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for p in _pobjs(c)
    ]


def _instrument_doers(instruments: Sequence[Token]) -> list[Token]:
    """Who did the attack or fought the fight a harm happened in, where the phrase names them
    by who they are rather than by name (names are read as holders): "killed in an attack by
    militants" (the "by" phrase), "killed in a clash between two factions", "in an exchange of
    fire between police and robbers" (every side: either may have fired the fatal shot)."""
    for instrument in instruments:
        if not _is_noun(instrument):
            continue
        lemma = _lemma(instrument)
        violent = _trigger(instrument) is not None or lemma in HARM_NOUNS | MUTUAL_FIGHTS
        if not violent:
            continue
        preps = [c for c in instrument.children if c.dep_ == "prep"]
        done = support_participle(instrument)  # "a blast carried out by militants"
        preps += [c for c in done.children if c.lower_ == "by"] if done is not None else []
        # "an exchange of fire between X and Y": the parser hangs the sides on "fire"
        preps += [
            g
            for c in preps
            if c.lower_ == "of"
            for p in _pobjs(c)
            if _lemma(p) in GUNFIRE
            for g in p.children
            if g.dep_ == "prep"
        ]
        for prep in preps:
            if prep.lower_ == "by":
                found = [p for p in _pobjs(prep) if _party(p)]
            elif prep.lower_ == "between" and (lemma in MUTUAL_FIGHTS or lemma == "battle"):
                found = [g for p in _pobjs(prep) for g in _with_conjuncts(p) if _party(g)]
            elif prep.lower_ == "with" and (lemma in MUTUAL_FIGHTS or lemma == "battle"):
                # "shot dead during a gun battle with the police": the other side
                found = [g for p in _pobjs(prep) for g in _with_conjuncts(p) if _party(g)]
            else:
                continue
            if found:
                return found
    return []


def _party(noun: Token) -> bool:
    """Someone who can fight: a word for people or a group, or one the state fights
    ("dacoits", "khwarij")."""
    return _can_act(noun) or _lemma(noun) in HOSTILES


def _lives_claimed(noun: Token) -> list[Token]:
    """Whom an attack or a blast killed when told as the lives it claimed: "the terrorist
    attack that claimed innocent lives", "the blast claimed 12 lives" (not a trigger of its
    own: the lives are the attack's victims, one incident)."""
    verbs = [c for c in noun.children if c.dep_ == "relcl"] + located_clauses(noun)
    if noun.dep_ == "nsubj" and _is_verb(noun.head):
        verbs.append(noun.head)
    return [
        g
        for v in verbs
        if _lemma(v) == "claim"
        for o in v.children
        if o.dep_ in ("dobj", "obj") and _lemma(o) == "life"
        for g in _with_conjuncts(o)
    ]


def _fought(verb: Token) -> list[Token]:
    """Whom the victims were fighting when they fell: the object or "against" phrase of a
    fighting verb in an adverbial clause of the killing with no subject of its own ("was
    martyred while fighting (against) terrorists", "embraced martyrdom while battling X")."""
    found: list[Token] = []
    for clause in verb.children:
        if (
            clause.dep_ != "advcl"
            or _lemma(clause) not in MUTUAL_FIGHTS | {"fight", "battle", "resist", "repulse"}
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            continue
        for child in clause.children:
            if child.dep_ in ("dobj", "obj"):
                found += _with_conjuncts(child)
            elif child.dep_ == "prep" and child.lower_ in ("against", "with"):
                found += _pobjs(child)
    return found


def _hostiles(targets: Sequence[Token]) -> bool:
    """Whether everyone an act befell is one the state fights ("eight terrorists", "dozens
    of the khwarij"), read through a partitive "of"."""
    heads = [
        p
        for t in targets
        for p in [
            t,
            *(
                g
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
        ]
    ]
    return bool(targets) and all(
        any(_lemma(h) in HOSTILES for h in heads if h.i == t.i or h.head.head.i == t.i)
        for t in targets
    )


def _operation_forces(token: Token, roles: _Roles, context: _Context) -> list[Token]:
    """Who carried out the operation an agentless act happened in: "Five terrorists were killed
    in an intelligence-based operation", "The operation resulted in the elimination of nine
    terrorists". The operation's own holder ("a police raid", "an operation by the CTD") if it
    names one, else the security force the article names nearest before the act (after it when
    none is before); none when the article names no force (nothing is made up)."""
    operations = [i for i in roles.instruments if _lemma(i) in OPERATIONS]
    verb = next((a for a in [token, *token.ancestors] if _is_verb(a)), None)
    for governor in {v.i: v for v in (roles.support, verb) if v is not None}.values():
        for child in governor.children:  # "the operation resulted in the elimination of"
            if child.dep_ == "nsubj" or (child.dep_ == "prep" and child.lower_ in ("in", "during")):
                heads = _pobjs(child) if child.dep_ == "prep" else [child]
                operations += [h for h in heads if _lemma(h) in OPERATIONS]
    for instrument in roles.instruments:
        # "killed in the Indian aggression", "in an Israeli air strike", "in a police raid"
        held = [h for h in _holder(instrument) if h.dep_ != "prep"]
        if (
            held
            and _is_noun(instrument)
            and (_lemma(instrument) in OPERATIONS | HARM_NOUNS or _trigger(instrument) is not None)
        ):
            return held[:1]
    if not operations:
        return []
    for operation in operations:
        named = _holder(operation) + [
            c for c in operation.children if c.dep_ == "compound" and _lemma(c) in FORCES
        ]
        if named:
            return named[:1]
    # "a soldier was martyred in an operation": who was killed did not carry it out
    victims = {g.i for t in roles.targets for g in _with_conjuncts(t)}
    forces = [t for t in context.forces if t.i not in victims]
    before = [t for t in forces if t.i < token.i]
    chosen = before[-1] if before else (forces[0] if forces else None)
    return [chosen] if chosen is not None else []


def _run_over(token: Token, roles: _Roles) -> bool:
    """Harm whose only doer is a vehicle ("a speeding truck hit a bike rider, injuring him",
    "a bus ran over two pedestrians"): a road accident. Not ramming ("a car rammed into the
    crowd" is an attack) and not a sentence that names a bomb ("a car bomb hit the convoy").
    A driver who "ran over" someone is such a doer too."""
    words = {_lemma(t) for t in token.sent}
    if words & BOMB_WORDS or (_lemma(token) == "ram" and not words & MISHAP_WORDS):
        return False  # "a car rammed into the crowd"; "a car accidentally rammed a wall" stays
    # "a mini-bus" the parser may split into three subjects ("mini", "-", "bus"): the last
    # piece of a hyphenated word stands for it
    doers = [
        a
        for a in roles.actors
        if a.text != "-" and not (a.i + 1 < len(a.doc) and a.nbor(1).text == "-")
    ]
    if doers and all(_lemma(a) in VEHICLES for a in doers):
        return True
    # "the trailer driver ran over and killed the man": a driver running someone over
    return (
        bool(roles.actors)
        and all(_lemma(a) == "driver" for a in roles.actors)
        and any(
            _lemma(t) == "run" and any(c.lower_ == "over" for c in t.children) for t in token.sent
        )
    )


#: what marks a vehicle as a force's ("an armoured military vehicle"): its driving into
#: people is not told as a mishap
ARMED_VEHICLES = frozenset({"military", "army", "armoured", "armored", "armed"})

#: what runs people over: the doer of a road accident
VEHICLES = frozenset(
    "vehicle car truck lorry bus van dumper tanker trailer train motorcycle motorbike bike "
    "jeep coach minibus tractor rickshaw".split()
)

#: "killed in a hit-and-run incident" is a road accident (4 of the 1,876 articles of the 2025
#: archive); "hit-and-run attacks" are an armed group's tactic and stay attacks
HIT_AND_RUN = re.compile(r"\bhit[- ]and[- ]run (?:incident|accident|case)", re.IGNORECASE)

#: words of a blast
BLASTS = frozenset({"blast", "explosion", "explode"})


def _sentence_words(sent: Sentence) -> set[str]:
    """The lemmas of a sentence, a mine laid in the ground read as the one word of the
    weapon: "a land mine explosion" is a "landmine" blast, no mining accident (the
    ``mine`` of :data:`ACCIDENTAL_BLASTS`, "an explosion at a coal mine")."""
    words = {_lemma(t) for t in sent}
    if any(
        _lemma(t) == "mine" and any(c.dep_ == "compound" and c.lower_ == "land" for c in t.children)
        for t in sent
    ):
        words.add("landmine")
    return words


def _accidental(trigger: Token) -> bool:
    """Whether the harm its sentence reports comes from an accident or a disaster (a crash,
    a flood, an earthquake, a gas-cylinder blast), which hurts people without anyone acting:
    "killed when a fireworks warehouse exploded" as much as "a boiler explosion". A sentence
    that also names a bomb or an attacker tells a bombing, wherever it went off; a
    "hit-and-run incident" is a road accident."""
    words = _sentence_words(trigger.sent)
    if words & ACCIDENTS or HIT_AND_RUN.search(trigger.sent.text):
        return True
    if not words & (BOMB_WORDS | DELIBERATE_WORDS) and any(
        _lemma(t) in ("leak", "leakage") and _is_noun(t) for t in trigger.sent
    ):
        return True  # "seven people were killed in a gas leak at a coal mine"
    # a weapon in the sentence ("a bus hit a mine", "the blast and ensuing fire") tells how
    # the harm was done: no mishap of a vehicle or a fire (an accidental blast is below)
    if not words & (BOMB_WORDS | DELIBERATE_WORDS | WEAPONS) and any(
        _vehicle_mishap(t, words) or _fire_mishap(t) for t in trigger.sent
    ):
        return True
    if not words & ACCIDENTAL_BLASTS:
        return False
    return _lemma(trigger) in BLASTS or bool(words & BLASTS and not words & BOMB_WORDS)


#: what harm told as an outcome is triggered by: a death, a wound, a blast ("As a result, the
#: couple were killed", "The man who lost his life in the explosion"), not an attack's verb
OUTCOME_WORDS = frozenset(
    "kill die death dead injure injured wound wounded hurt life lose leave perish succumb "
    "burn blast explosion explode".split()
)
#: who an outcome's subject may be and still name no doer: "The incident initially killed
#: the driver", "the tragedy claimed five lives"
NO_DOERS = frozenset({"incident", "accident", "tragedy", "mishap"})
#: sentences before an outcome in which the accident it follows may be told: the one just
#: before ("A rashly driven dumper hit a person. As a result, the man was killed") and the
#: one before that ("... a fuel tanker caught fire and exploded. The incident initially
#: killed the driver")
ACCIDENT_LOOKBACK = 2
#: how a sentence opens another incident than the one told before it ("In another incident",
#: "Separately", "Meanwhile"): an outcome told after it is not the accident's
_ANOTHER = re.compile(
    r"^\W*(?:meanwhile|separately|elsewhere|in (?:a|an)\s+(?:separate|other|different)|"
    r"in (?:yet )?another|in the (?:second|third|latter|next))\b",
    re.IGNORECASE,
)


def _accident_told(trigger: Token, roles: _Roles) -> bool:
    """Whether harm with no doer is told as the outcome of an accident the article told just
    before or in its lead: "A rashly driven dumper hit a person ... As a result, the man was
    killed on the spot"; "a deadly explosion blamed on negligence" then "At least 70 people
    were killed ... in the blast". The label guide's accidents are no events, and
    :func:`_accidental` reads only the sentence of the harm, which here tells no cause. Only
    a death, wound or blast is such an outcome (not "shot", "murdered", "attacked"), only with
    no one named as its doer, and never in a sentence that names an attacker, a bomb, a
    fight or a deliberate act, nor one that opens another incident ("In another incident,
    ..."). The nearest sentence before it that tells harm decides: a fight ("The gun battle
    between the two tribes occurred ... Three tribesmen were killed") keeps it an attack. A
    blast is also an accident's outcome where another sentence of an article that names no
    bomb or attacker puts a blast down to an accidental cause ("The explosion was likely
    caused by poorly stored chemical materials")."""
    if _lemma(trigger) not in OUTCOME_WORDS:
        return False
    if any(_lemma(a) not in ACCIDENTS | ACCIDENTAL_BLASTS | NO_DOERS for a in roles.actors):
        return False
    sent = trigger.sent
    if _violent(sent) or _ANOTHER.match(sent.text):
        return False
    doc = trigger.doc
    start = sent.start
    for _ in range(ACCIDENT_LOOKBACK):
        if start == 0:
            break
        before = doc[start - 1].sent
        if _violent(before):
            return False  # the outcome of the fight or the attack told just before
        if _accident_sentence(before):
            return True
        start = before.start
    lead = doc[0].sent
    if start > 0 and not _violent(lead) and _accident_sentence(lead):
        return True
    if _lemma(trigger) not in BLASTS and not any(_lemma(t) in BLASTS for t in sent):
        return False
    if any(_violent(s) for s in doc.sents):
        return False
    return any(_accidental_blast(s) for s in doc.sents if s.start != sent.start)


#: words of a fight or an attack besides :data:`BOMB_WORDS` and :data:`DELIBERATE_WORDS`: a
#: sentence with one tells violence, and harm told after it is its outcome ("The gun battle
#: ... occurred", "possibly the result of an Israeli strike")
FIGHT_WORDS = frozenset(
    """clash battle fight fighting firing gunfire strike airstrike raid shelling shell ambush
    murder crossfire rocket missile mortar grenade""".split()
)


def _violent(sent: Sentence) -> bool:
    """Whether a sentence names an attacker, a bomb, a fight or a deliberate act."""
    return bool({_lemma(t) for t in sent} & (BOMB_WORDS | DELIBERATE_WORDS | FIGHT_WORDS))


#: verbs of an accident word that tell an act or a word of praise: "police stormed the
#: house", "hailed the operation", "rained bullets on"
_ACT_VERBS = frozenset({"storm", "hail", "rain"})
#: what explodes by accident by what it is, not where (:data:`ACCIDENTAL_BLASTS` less the
#: sites a bomb or an air strike may hit: a plant, a depot, a mine)
BLAST_CAUSES = frozenset(
    """cylinder boiler gas leak leakage transformer chemical furnace firework fireworks
    tanker fertilizer fertiliser negligence short-circuit""".split()
)


def _accident_sentence(sent: Sentence) -> bool:
    """Whether a sentence tells an accident or a disaster and no attack: a crash, a flood, a
    vehicle that hit someone, a fire that broke out, a gas or chemical blast
    (:func:`_accidental`'s cues, read over the whole sentence)."""
    if _violent(sent):
        return False
    words = {_lemma(t) for t in sent if not (_is_verb(t) and _lemma(t) in _ACT_VERBS)}
    if words & ACCIDENTS or HIT_AND_RUN.search(sent.text):
        return True
    if any(_lemma(t) in ("leak", "leakage") and _is_noun(t) for t in sent):
        return True
    if not words & WEAPONS and any(_vehicle_mishap(t, words) or _fire_mishap(t) for t in sent):
        return True
    return _accidental_blast(sent)


def _accidental_blast(sent: Sentence) -> bool:
    """Whether a sentence tells a blast of what explodes by accident (a gas cylinder, a
    chemical store, a tanker; one blamed on negligence) and names no bomb."""
    words = {_lemma(t) for t in sent}
    return bool(words & BLAST_CAUSES and words & BLASTS and not words & BOMB_WORDS)


def _is_vehicle(token: Token) -> bool:
    """A vehicle by its noun ("a water tanker", "a 10-wheeler trailer", "a three-wheeler")."""
    return _lemma(token) in VEHICLES or token.lower_.endswith("wheeler")


def _vehicle_mishap(token: Token, words: set[str]) -> bool:
    """A vehicle that moves into harm: the subject of "fell", "overturned", "hit" ("a
    three-wheeler fell into a canal", "a trailer hit them") or the agent of "run over",
    "crushed" ("run over by a water tanker"). The killing the sentence tells is then its
    outcome, a clause away from the trigger, where ``_run_over`` (the trigger's own doer)
    does not look. Ramming counts only when the sentence says it was no one's intent."""
    if not _is_vehicle(token) or any(
        c.dep_ in ("amod", "compound") and _lemma(c) in ARMED_VEHICLES for c in token.children
    ):
        return False  # "hit by an Israeli army vehicle": a force's vehicle may be its weapon
    if token.dep_ == "nsubj":  # "a tanker was hit by a missile": the vehicle is the target
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent":
        verb = token.head.head
    else:
        return False
    lemma = _lemma(verb)
    return lemma in VEHICLE_MISHAPS or (lemma == "ram" and bool(words & MISHAP_WORDS))


def _fire_mishap(token: Token) -> bool:
    """A fire no one set: what "broke out", "spread", "engulfed", an "ensuing" fire, or one a
    place "caught". Gunfire ("opened fire", "fire killed") and arson ("set fire to") are not
    among these shapes."""
    if _lemma(token) not in ("fire", "blaze", "inferno", "flame") or not _is_noun(token):
        return False
    if token.dep_ in ("nsubj", "nsubjpass") and _lemma(token.head) in FIRE_MISHAPS:
        return True
    if token.dep_ == "dobj" and _lemma(token.head) == "catch":
        return True
    return any(c.dep_ == "amod" and _lemma(c) in ("ensue", "ensuing") for c in token.children)


def _setting_of(noun: Token, triggers: dict[int, Trigger]) -> bool:
    """Whether a campaign noun ("crackdown") is only the setting of an attack or arrest the
    same clause tells ("Security forces killed 10 terrorists ... in a fresh crackdown
    against militant elements", "arrested during a crackdown"): that act is the incident;
    the campaign around it is no second one (11 of the 1,876 articles of the 2025 archive
    write an act "in"/"during" a crackdown)."""
    head = _phrase_head(noun)
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "during", "amid"):
        return False
    act = triggers.get(head.head.head.i)
    return act is not None and act[0] in INCIDENT_TYPES


def _recalled(token: Token) -> bool:
    """An attack named as what is avenged, mourned or commemorated ("vowed to avenge the
    attack", "paid tribute to the victims of the attack", "the anniversary of the attack"):
    the sentence recalls an attack the article tells elsewhere, it tells no new one."""
    head = _phrase_head(token)
    for _ in range(3):
        if head.dep_ in ("dobj", "obj") and _lemma(head.head) in COMMEMORATING:
            return True
        if head.dep_ != "pobj" or head.head.lower_ not in ("of", "for", "to", "in"):
            return False
        governor = head.head.head
        if _lemma(governor) in COMMEMORATING or any(  # "paid tribute to the martyrs of"
            c.dep_ in ("dobj", "obj") and _lemma(c) in COMMEMORATING for c in governor.children
        ):
            return True
        head = governor  # "the martyrs of the attack", "in memory of the victims of"
    return False


def _who_acts(spans: tuple[Span, ...], context: _Context) -> tuple[tuple[Span, ...], Span | None]:
    """Actors that can act, and the first place taken out of them.

    A news agency never acts (it reports). A place acts only when it stands for a state
    (a country, a capital: "Islamabad decided"); a town or district in the actor's slot —
    "the Khuzdar attack", a dateline "RAWALPINDI" parsed as a subject — is where, not who.
    """
    kept: list[Span] = []
    place: Span | None = None
    for span in spans:
        mention = next(
            (m for m in context.mentions if m.start <= span[0] and span[1] <= m.end), None
        )
        text = context.text[span[0] : span[1]]
        if " ".join(text.lower().replace("the ", "", 1).split()) in NEWS_AGENCIES:
            continue
        # only a place the gazetteer knows: an unknown name typed GPE or FAC may be a
        # country or a group the model mistyped, and keeps its role
        placed = mention is not None and _is_place(mention) and known_place(mention.text)
        # a dateline's "RAWALPINDI" the model left untagged, parsed as the subject
        placed = placed or (
            mention is None and text.isupper() and breadth(text) == 0 and known_place(text)
        )
        # "claimed by BLA": an organisation's initials, not the town they spell
        placed = placed and not _org_initials(
            text, span[0], context.text, mention.label if mention else None
        )
        # "the Quetta-Sibi Highway attack": a name that ends in a road or an area says where
        placed = placed or (
            mention is not None
            and mention.label in ("GPE", "LOC", "FAC", "ORG")
            and text.split()[-1].lower() in WHERE_NOUNS
        )
        if placed and not stands_for_state(text):
            place = place or span
            continue
        kept.append(span)
    return tuple(kept), place


def _is_place(mention: Mention) -> bool:
    """A place mention, or a one-word name the model mistyped that the gazetteer holds as a
    town or district ("the Khuzdar attack": Khuzdar tagged PERSON, Pulwama tagged NORP)."""
    if mention.label in PLACE_LABELS:
        return True
    return (
        mention.label in ("ORG", "PERSON", "NORP")  # "the Pulwama attack": Pulwama as NORP
        and " " not in mention.text.strip()
        and mention.text[:1].isupper()
        and breadth(mention.text) == 0
        and known_place(mention.text)
    )


def _names_someone(spans: tuple[Span, ...], context: _Context) -> bool:
    """Whether any argument span overlaps a named participant."""
    return any(
        m.start < end and start < m.end and m.label in PARTICIPANT_LABELS
        for start, end in spans
        for m in context.mentions
    )


def _issued(roles: _Roles) -> bool:
    """A threat someone made: "issued threats against X", "the group's threats"."""
    if roles.support is not None:
        return _lemma(roles.support) not in ("be", "remain", "pose", "become", "see")
    return bool(roles.actors and roles.targets)


def _agreed_with_no_one(kind: str, prep: Token, thing: Token) -> bool:
    """Whether "agreed to X" names only what was agreed: a thing with no "with"/"between"
    phrase in it ("Israel and Hamas had agreed to a ceasefire in Gaza": where, not with whom;
    the parties that agree among themselves are its subjects). "agreed to an extension of
    the ceasefire deal between Hezbollah and Israel" names the deal's parties and stays."""
    return (
        kind == "AGREE"
        and prep.lower_ == "to"
        and not _can_act(thing)
        and not any(t.dep_ == "prep" and t.lower_ in ("with", "between") for t in thing.subtree)
    )


def _complement_targets(token: Token, kind: str, roles: _Roles, context: _Context) -> list[Token]:
    """Whom a stance or an act is about when it has no object of its own: the
    named participants of the act threatened, demanded, offered or refused
    ("threatened to break relations with Russia"), of a purpose clause ("a hunger
    strike to demand the resignation of X", "opened fire to disperse X"), or
    attached to what is imposed or given ("suspended aid deliveries to X")."""
    clauses: list[Token] = []
    for anchor in [token, *([roles.support] if roles.support is not None else [])]:
        for child in anchor.children:
            purpose = child.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            )
            if (child.dep_ in ("xcomp", "ccomp") and kind in STANCE_TYPES) or purpose:
                clauses.append(child)
    found: list[Token] = []
    if kind in STANCE_TYPES:  # "agreed to a ceasefire with X"
        found += [
            p
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in EXTENSION_PREPS
            for p in _pobjs(prep)
            if not _agreed_with_no_one(kind, prep, p)
        ]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ in ("dobj", "obj", "dative") or (
                child.dep_ == "prep" and child.lower_ in EXTENSION_PREPS
            ):
                found += _pobjs(child) if child.dep_ == "prep" else _with_conjuncts(child)
    for theme in roles.themes:
        found += [
            p
            for prep in theme.children
            if prep.dep_ == "prep" and prep.lower_ in EXTENSION_PREPS
            for p in _pobjs(prep)
        ]
    return [t for t in found if _named_heads(t, context)]


def _trigger_span(token: Token) -> Span:
    """The trigger word, or "assassination attempt" where a head stands for it."""
    head = _phrase_head(token) if _is_noun(token) else token
    first, last = min(token.i, head.i), max(token.i, head.i)
    doc = token.doc
    if _sit_in(token):  # "sit-in" is split by the parser; the trigger is the whole word
        first = min([first, *(c.i for c in token.children if c.lower_ == "sit")])
    return (doc[first].idx, doc[last].idx + len(doc[last].text))


def _merge(events: list[tuple[int, EventMention]], absorbed: set[int]) -> list[EventMention]:
    """One mention per event per sentence: drop triggers another event stands
    for, and same-type mentions of a sentence with the very same participants."""
    kept: list[EventMention] = []
    seen: dict[tuple[int, str, tuple[Span, ...], tuple[Span, ...]], int] = {}
    for index, event in events:
        if index in absorbed:
            continue
        key = (event.sentence, event.type, event.actors, event.targets)
        if key in seen:
            first = kept[seen[key]]
            kept[seen[key]] = replace(
                first,
                mode=first.mode or event.mode,
                location=first.location or event.location,
                time=first.time or event.time,
            )
            continue
        seen[key] = len(kept)
        kept.append(event)
    return kept


def _fold_linked(
    events: list[tuple[int, EventMention]], doc: Doc
) -> list[tuple[int, EventMention]]:
    """One incident told by several linked acts of one sentence is one event: "a suicide bomber
    killed three people when he detonated a bomb", "a militant was killed and a police official
    injured in an exchange of firing", "launched a crackdown, detaining thousands", "arrested 54
    people while SIMs were seized". Only attacks and arrests (the incidents an analyst counts),
    only acts whose clauses are linked (:func:`_linked`), and never two acts placed, dated or
    asserted differently ("killed two in Dosali and three in Tappi" stays two). The governing
    act keeps its roles; the other lends what it lacks, and coordinated acts pool their victims.
    """
    kept: list[tuple[int, EventMention]] = []
    for index, event in events:
        into = next(
            (
                n
                for n, (other, first) in enumerate(kept)
                if _foldable(first, event) and _linked(doc[other], doc[index])
            ),
            None,
        )
        if into is None:
            kept.append((index, event))
            continue
        other, first = kept[into]
        main, lent = (first, event) if _governs(doc[other], doc[index]) else (event, first)
        lower = doc[max(other, index)]
        # "killed X and injured Y"; "were injured after a roadside bomb targeted a vehicle":
        # the harmed and what the attack struck are both its targets
        pooled = "conj" in (lower.dep_, lower.head.dep_) or _harm_after(
            lower, doc[min(other, index)]
        )
        targets = main.targets
        arrest = _arrest_of(main, lent)
        if arrest is not None:
            # "seized 252 SIMs, leading to the arrest of both shop owners", "arrested two
            # suspects and seized weapons": the people held are the arrest's target, the goods
            # seized or the house raided only how it was made
            targets = arrest.targets
        elif pooled or not targets:
            targets += tuple(t for t in lent.targets if t not in targets and t not in main.actors)
        # the act's own date before a report's day, the governing act's before the other's
        own = min((main, lent), key=lambda e: (e.time is None, e.time_of_report, e is lent))
        folded = replace(
            main,
            mode=ARRESTING if arrest is not None else main.mode or lent.mode,
            # "were injured when rival groups exchanged fire": sides that fired at each other
            # are the lent act's actors and targets both, and stay its doers
            actors=main.actors or tuple(a for a in lent.actors if a not in main.targets),
            targets=targets,
            location=main.location or lent.location,
            time=own.time,
            time_of_report=own.time_of_report,
        )
        kept[into] = (other if main is first else index, folded)
    return kept


#: words of taking things that tell a seizure of goods when no one is held: "a trailer that
#: was seized by the police", "confiscated 10 SIMs", "seized documents and phones" ("occupy"
#: and "demolish" act on places and homes, which stay events)
GOODS_SEIZING = frozenset({"seize", "seizure", "confiscate", "confiscation", "capture"})
#: what a seizure takes that makes it an act on people or ground, not goods: people held
#: ("seized prisoners", "hostages"), and posts and towns an armed side takes ("seized
#: checkposts", "seized the capital Sanaa", the guide's ASSAULT for a place taken by a side)
#: arms seized, which stay an event though no one is held: ACLED codes a weapons seizure as
#: "disrupted weapons use" (CASE 2021's DISR_WEAP, a COERCE of dossier's benchmark), while the
#: label guide gives a cache seized with no arrest no row; measured in session 26, dropping
#: them cost CASE type F1 0.751 -> 0.730 for two false alarms of the read sets
SEIZED_ARMS = frozenset(
    "weapon arm ammunition explosive rifle gun pistol grenade cache detonator bomb ied".split()
)
SEIZED_NOT_GOODS = PLACE_NOUNS | frozenset(
    """prisoner hostage captive detainee capital checkpost checkpoint post outpost position
    camp station headquarters""".split()
)


def _goods_seized(event: EventMention, doc: Doc) -> bool:
    """Whether an event is only a seizure or recovery of things, with no one held: the label
    guide gives "a weapons cache seized in a raid with no arrest", "house raids that seized
    documents and phones but arrested no one" and "SIMs seized and no arrest" no row (the
    recoveries rule), while seized goods that come with an arrest are that arrest's (folded
    into it before this check, :func:`_arrest_of`). What was seized from a living person
    ("recovered from the possession of an accused"), a person seized ("who was seized in
    Tehran"), a place taken ("seized the border city of Rafah") and arms seized
    (:data:`SEIZED_ARMS`) stay events."""
    if event.type != "COERCE" or event.mode != "seize" or not event.targets:
        return False
    told = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if told is None or _lemma(told.root) not in GOODS_SEIZING:
        return False
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in event.targets]
    if any(span is None for span in spans):
        return False
    roots = [span.root for span in spans if span is not None]
    # "caught the errant driver and seized the tanker": someone held in the same act
    verb = told.root
    held = [o for v in verb.conjuncts for o in v.children if o.dep_ == "dobj"]
    if any(_lemma(t) in SEIZED_ARMS for span in spans if span is not None for t in span):
        return False  # "seizing a large quantity of weapons": ACLED's disrupted weapons use
    return not (
        taken_from_someone(verb, roots)
        or any(_human(t) or _lemma(t) in SEARCHED_PEOPLE for t in held)
        or any(
            _human(t)
            or _lemma(t) in SEARCHED_PEOPLE
            or _lemma(t) in SEIZED_NOT_GOODS
            or t.ent_type_ in ("GPE", "LOC", "FAC")
            for t in roots
        )
    )


def _charge_places(events: list[EventMention], doc: Doc) -> list[EventMention]:
    """An arrest with no place of its own takes the place of the act it was made for
    ("arrested three suspects for allegedly raping a woman in Lahore"): the phrase hangs on
    the charged act, yet an arrest for it is told where the act was. An arrest placed
    elsewhere keeps its place."""
    # token positions by their start, from the parse's array: no Token made for the words
    # no event starts at (extract_events has already walked every token once)
    at = {start: i for i, start in enumerate(doc.to_array("IDX").tolist())}
    placed = {at[e.trigger[0]]: e.location for e in events if e.trigger[0] in at}
    out = []
    for event in events:
        i = at.get(event.trigger[0])
        if event.type == "COERCE" and event.location is None and i is not None:
            token = doc[i]
            charged = [
                placed[g.i]
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pcomp" and placed.get(g.i) is not None
            ]
            if charged:
                event = replace(event, location=charged[0])
        out.append(event)
    return out


#: prepositions that set an incident where it happened ("in Dosali and Tappi", "near X and Y")
SETTING_PREPS = frozenset({"in", "at", "near"})
#: incidents an ACLED coder codes once per location: attacks, arrests, protests
PER_PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
#: the most places a list may name and still tell one incident per place ("in Turbat,
#: Panjgur and Pasni"); a longer list is a round-up's summary of where one campaign's
#: arrests or attacks were made ("They were arrested in Rawalpindi, Sargodha, Pakpattan,
#: Gujarat, Chakwal, Bahawalpur and Bahawalnagar"), which the label guide counts once
MOST_LISTED_PLACES = 4


def _one_per_place(
    events: list[EventMention], doc: Doc, mentions: Sequence[Mention]
) -> list[EventMention]:
    """An attack, arrest or protest set in coordinated places is one incident per place: "two
    different operations in Dera Ismail Khan and North Waziristan districts", "martyred in gun
    attacks in Lower South Waziristan, Hangu and Lakki Marwat districts", "nabbed from
    different areas of Islamabad, Gujranwala, and Gujrat". An ACLED coder codes one event per
    location, so the event is told again for each named place coordinated with its own (same
    roles, date and modality); a coordinated word that is no place ("in Bannu and adjoining
    areas"), places joined under another preposition ("between Pakistan and India") and an
    apposition, which the parser may read as a coordination without "and" ("in Miramshah,
    North Waziristan", "in Bagh, Khyber District"), add nothing; nor does a list of five
    places or more, a round-up's summary (:data:`MOST_LISTED_PLACES`)."""
    out: list[EventMention] = []
    for event in events:
        out.append(event)
        if event.type not in PER_PLACE_TYPES or event.location is None:
            continue
        places = _coordinated_places(event, doc, mentions)
        places += [p for p in gapped_places(event, doc, mentions) if p not in places]
        if len(places) >= MOST_LISTED_PLACES:
            continue  # a round-up's list of where, one incident (:data:`MOST_LISTED_PLACES`)
        if not places:
            # "... in North Waziristan District, a fire exchange took place ... in general
            # areas Dosali and Tappi": the list names where, finer than the district
            listed = _listed_setting(event, doc, mentions)
            if listed:
                out[-1] = replace(event, location=listed[0])
                places = listed[1:]
        for place in places:
            out.append(replace(event, location=place))
    return out


def gapped_places(event: EventMention, doc: Doc, mentions: Sequence[Mention]) -> list[Span]:
    """The places of counts told with the verb left out ("killed at least 13 people in Khan
    Yunis and two in Nuseirat refugee camp", "one person was killed in Houla, another in
    Aitaroun, and a third in Blida"), in text order. Each count coordinated with the word the
    act's place is set on (the victims, the count, the verb), or set beside that place,
    brings a setting of its own: the same act told again in another place, which the label
    guide codes once per place. A count whose phrase names no place ("and two in the
    incident") adds nothing; nor does a part of the whole ("killed 14, including two in X":
    "including" sets no place of its own act)."""
    location = event.location
    span = doc.char_span(location[0], location[1], alignment_mode="expand") if location else None
    if span is None or location is None:
        return []
    holder = _set_on(span.root)
    if holder is None:
        return []
    counts = [
        c
        for c in (
            *holder.conjuncts,
            *span.root.conjuncts,  # "in Khan Yunis and others in Jabalia": parsed on the place
            *(c for c in span.root.children if c.dep_ == "appos"),
        )
        if _counting(c)
    ]
    found: list[Span] = []
    for count in counts:
        for noun in _own_settings(count):
            place = _place_of(_name_phrase(noun), doc, mentions)
            if place is None or place in found:
                continue
            if not (place[0] < location[1] and location[0] < place[1]):
                found.append(place)
    return sorted(found)


#: prepositions a place hangs on in a setting phrase ("on Jala Street", "the village of Houla")
SET_ON_PREPS = SETTING_PREPS | {"on", "of"}
#: words that count people or acts without naming them again ("another in Aitaroun")
COUNT_WORDS = frozenset("one another others second third fourth fifth".split())


def _set_on(noun: Token) -> Token | None:
    """The word a place's setting phrase hangs on, through nested settings ("killed 13 people
    in Khan Yunis": people; "was killed in the village of Houla": killed; "six in the
    headquarters in Khan Yunis": six); None where the place is no setting's object."""
    word = noun
    while word.dep_ == "pobj" and word.head.lower_ in SET_ON_PREPS:
        word = word.head.head
    return None if word.i == noun.i else word


def _counting(word: Token) -> bool:
    """Whether a word counts without naming again what it counts: a number ("and two in
    B"), "another", "others", an ordinal ("a third in C"), or a noun a number counts ("and
    three soldiers in B")."""
    if word.like_num or word.lower_ in COUNT_WORDS:
        return True
    return _is_noun(word) and any(c.dep_ == "nummod" for c in word.children)


def _own_settings(count: Token) -> list[Token]:
    """The place nouns of a count's own setting phrase ("two in Nuseirat refugee camp":
    camp; "others in Jabalia, Shati and Maghazi": each). Only the first: a second setting
    says where the first lies ("two in Mir Ali in North Waziristan"), no other place."""
    preps = [c for c in count.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS]
    return [
        noun
        for obj in (preps[0].children if preps else ())
        if obj.dep_ == "pobj"
        for noun in (obj, *obj.conjuncts)
    ]


def _setting(noun: Token) -> bool:
    """Whether a noun sets where an act happened: the object of "in/at/near" ("in Bannu"), of
    "from" on a verb ("nabbed from Gujrat"), or of "of" inside such a phrase ("in different
    areas of Islamabad")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        return _setting(prep.head)
    return prep.lower_ in SETTING_PREPS or (prep.lower_ == "from" and _is_verb(prep.head))


def _coordinated_places(event: EventMention, doc: Doc, mentions: Sequence[Mention]) -> list[Span]:
    """The other named places coordinated with the place phrase at ``location`` in one
    setting ("in A and B districts": B; "in A, B and C": B and C), in text order. A
    coordinated name is a place when the model tagged it one, when the gazetteer knows it, or
    when it is a proper name written as one (a list of places is where the model most often
    tags a town a person, a body or a date: "Turbat, Panjgur and Pasni"). The places must
    set the act itself: a place phrase outside its clause ("demonstrations were held in Hunza,
    Gilgit and Skardu, where protesters condemned the arrests") is where something else
    happened."""
    location = event.location
    span = doc.char_span(location[0], location[1], alignment_mode="expand") if location else None
    told = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if span is None or location is None or told is None:
        return []
    root = head = span.root
    while head.dep_ in ("compound", "amod", "nmod", "conj") and head.head.i != head.i:
        head = head.head  # "Dera Ismail Khan district", "Karak and Peshawar": the phrase's noun
    if not _setting(head) or not _in_clause_of(head.head, told):
        return []
    prep = head.head
    settings = _coordinated_settings(prep)
    joined = (
        *root.conjuncts,
        *(head.conjuncts if head is not root else ()),
        *(n for noun in settings for n in (noun, *noun.conjuncts)),
    )
    if not any(
        c.dep_ == "cc" and c.lower_ in ("and", "or")
        for t in (root, head, *joined, *((prep,) if settings else ()))
        for c in t.children
    ):
        return []  # "in Miramshah, North Waziristan": a place and where it lies, no list
    found: list[Span] = []
    for other in joined:
        name = _name_phrase(other)
        at = (name[0].idx, name[-1].idx + len(name[-1]))
        if at[0] < location[1] and location[0] < at[1]:
            continue
        place = _place_of(name, doc, mentions)
        overlaps = place is not None and place[0] < location[1] and location[0] < place[1]
        if place is not None and not overlaps and place not in found:
            found.append(place)
    return sorted(found)


def _place_of(name: list[Token], doc: Doc, mentions: Sequence[Mention]) -> Span | None:
    """Where a coordinated name lies when it is a place: the place mention over it, else the
    name itself when the gazetteer knows it or it is written as a proper name."""
    at = (name[0].idx, name[-1].idx + len(name[-1]))
    tagged = [m for m in mentions if m.start < at[1] and at[0] < m.end]
    place = next(((m.start, m.end) for m in tagged if _is_place(m)), None)
    if place is None and (
        known_place(doc_text(doc)[at[0] : at[1]])
        or all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name)
    ):
        place = at
    return place


def _listed_setting(event: EventMention, doc: Doc, mentions: Sequence[Mention]) -> list[Span]:
    """The places of a list that another setting phrase of the act's clause names in
    apposition to a common noun, finer than the act's own place ("In two separate encounters
    in North Waziristan District, a fire exchange took place ... in general areas Dosali and
    Tappi": Dosali and Tappi), in text order; none unless every listed name is a place and
    the list is short enough to be one incident per place (:data:`MOST_LISTED_PLACES`)."""
    told = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    if told is None or event.location is None:
        return []
    for noun in told.sent:
        if not (_setting(noun) and _in_clause_of(noun.head, told)):
            continue
        for name in (c for c in noun.children if c.dep_ == "appos" and c.conjuncts):
            if not any(c.dep_ == "cc" and c.lower_ == "and" for c in name.children):
                continue
            places = [_place_of(_name_phrase(t), doc, mentions) for t in (name, *name.conjuncts)]
            spans = [p for p in places if p is not None]
            if len(spans) < len(places) or not 2 <= len(spans) < MOST_LISTED_PLACES:
                continue
            if any(p[0] < event.location[1] and event.location[0] < p[1] for p in spans):
                continue  # the act's own place is one of them: the ordinary list
            return sorted(spans)
    return []


def _coordinated_settings(prep: Token) -> list[Token]:
    """The place nouns of setting prepositions coordinated with ``prep`` ("blew up blocks in
    Beit Lahiya and in and around Jabalia": Jabalia; "near a school in A and near B"): each
    preposition repeated before its own place sets an act there, as "in A and B" does. A
    preposition with no object of its own ("in and around") takes the object of the one
    coordinated after it. Only a capitalised name: a common word the gazetteer happens to
    hold ("in the north", "near the town") names a direction or a kind of place, no place."""
    found: list[Token] = []
    for other in prep.conjuncts:
        if other.pos_ != "ADP" or other.lower_ not in SETTING_PREPS | {"around"}:
            continue
        found += [
            c
            for c in other.children
            if c.dep_ == "pobj" and _name_phrase(c)[0].text[:1].isupper() and c not in found
        ]
    return found


def _in_clause_of(prep: Token, trigger: Span) -> bool:
    """Whether a preposition hangs in the trigger's own clause: under the trigger word, or
    under the verb whose subject or object the trigger noun is ("clashes erupted in A and B",
    "launched operations in A and B")."""
    roots = {t.i for t in trigger}
    for t in trigger:
        head = _phrase_head(t) if _is_noun(t) else t
        roots.add(head.i)
        if _is_noun(head) and head.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_verb(head.head):
            roots.add(head.head.i)
    return any(a.i in roots for a in prep.ancestors) or prep.i in roots


def _name_phrase(token: Token) -> list[Token]:
    """A coordinated name's words: the token and the compounds before it ("North Waziristan"
    of "North Waziristan districts" is read from "districts" down)."""
    words = [t for t in token.subtree if t.i <= token.i and _compound_of(t, token)]
    named = [t for t in words if t.pos_ == "PROPN"] or words
    return sorted(named, key=lambda t: t.i)


def _compound_of(word: Token, token: Token) -> bool:
    while word.i != token.i:
        if word.dep_ != "compound":
            return False
        word = word.head
    return True


def _bare_count(word: Token) -> bool:
    """Whether an act's argument is only a count of people the sentence names before:
    "arresting nine", "two were apprehended", "one was apprehended", "killed 14 people and
    injured 28 others" (the others are people too; the label guide names the victims by the
    noun the sentence counted). A counted noun ("nine suspects"), a part of something ("six
    of them") and a count as a modifier are none."""
    if word.dep_ not in ("dobj", "nsubjpass", "nsubj", "conj", "appos"):
        return False
    if any(c.dep_ in ("prep", "det") for c in word.children):
        return False  # "six of them"; "no one was killed", "the one who fled"
    return word.pos_ == "NUM" or word.lower_ == "one" or _lemma(word) == "other"


def _elided(count: Token, actors: Sequence[Span] = ()) -> Token | None:
    """The people a bare count stands for: the nearest plural noun for people before it in
    its sentence ("killing three terrorists and arresting nine", "engaged the terrorists ...
    five were sent to hell while one was apprehended"; a word for doers, "traffickers",
    "vendors", where a number counts it). Things counted are no one ("in all five attacks,
    no one was killed"), and so are the act's own doers ("Police arrested nine"). ``None``
    where nothing before it says who they are."""
    for word in reversed(list(count.sent)[: count.i - count.sent.start]):
        if word.pos_ != "NOUN" or word.tag_ != "NNS":
            continue
        if any(start <= word.idx < end for start, end in actors):
            continue
        lemma = _lemma(word)
        counted = any(c.dep_ == "nummod" for c in word.children)
        doers = counted and lemma.endswith(("er", "ist", "ant", "or"))
        if doers or lemma in HOSTILES or lemma in HUMAN_NOUNS or lemma in FORCES:
            return word
    return None


def _counted_targets(
    token: Token,
    targets: Sequence[Token],
    spans: tuple[Span, ...],
    actors: Sequence[Span],
    context: _Context,
) -> tuple[Span, ...]:
    """An attack's or arrest's targets with a bare count replaced by the noun it stands for
    (:func:`_elided`): "security forces killed three terrorists and arrested nine" arrested
    terrorists, not "nine". A count the roles dropped as a pronoun ("one was apprehended") is
    read off the verb's own object or passive subject when no target is left."""
    counts = [t for t in targets if _bare_count(t)]
    if not spans and _is_verb(token):
        counts = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and _bare_count(c)]
    found = {c: _elided(c, actors) for c in counts}
    if not any(found.values()):
        return spans
    replaced = {s for c, noun in found.items() if noun is not None for s in _spans([c], context)}
    out = [s for s in spans if s not in replaced]
    for noun in (n for n in found.values() if n is not None):
        span = (noun.idx, noun.idx + len(noun))
        if span not in out:
            out.append(span)
    return tuple(out)


#: the mode of an act that holds people (:data:`.lexicon.TRIGGERS`: "arrest", "detain")
ARRESTING = "arrest"
#: modes of acts on things or places that an arrest of the same incident may come with: a
#: seizure ("seized weapons"), a raid ("raided a house"), a crackdown ("a drive against ...")
ARREST_SETTINGS = frozenset({"seize", "raid", "crackdown"})


def _arrest_of(a: EventMention, b: EventMention) -> EventMention | None:
    """The arrest of two folded arrest-type acts, where one holds people and the other is a
    seizure, raid or crackdown of the same incident. The label guide makes the people held the
    target ("authorities seized a total of 252 SIMs, leading to the arrest of both shop
    owners": the shop owners) and gives seized goods with no arrest no row at all, so the
    goods are never the incident's target once the arrest names whom it held. ``None`` where
    neither is such an arrest (two arrests pool their targets as before) or it names no one."""
    if a.type != "COERCE" or b.type != "COERCE":
        return None
    for arrest, other in ((a, b), (b, a)):
        if arrest.mode == ARRESTING and other.mode in ARREST_SETTINGS and arrest.targets:
            return arrest
    return None


def _foldable(a: EventMention, b: EventMention) -> bool:
    """Two acts of one sentence that may be one incident: an attack or an arrest each, told
    alike, neither placed nor dated apart from the other."""
    return (
        a.type == b.type
        and a.type in INCIDENT_TYPES
        and a.sentence == b.sentence
        and a.modality == b.modality
        and (a.location is None or b.location is None or a.location == b.location)
        and (a.time is None or b.time is None or a.time == b.time or _report_time(a, b))
    )


def _report_time(a: EventMention, b: EventMention) -> bool:
    """One act dated only by its report ("the ISPR said a day ago that security forces killed
    22 and injured 18 ... since December 14"): the report's day does not set it apart."""
    return a.time_of_report or b.time_of_report


#: clause links that join acts of one incident ("killed ... when he detonated", "killed and
#: injured", "an attack, which killed", "a crackdown, detaining", "killed in an exchange of fire")
INCIDENT_LINKS = frozenset({"advcl", "relcl", "conj", "acl", "pobj", "prep", "xcomp", "dobj"})
#: markers of a clause that tells another incident before or after this one
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "following", "ahead", "weeks"})
INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE"})
#: verbs that tell an incident set off by another ("sparked protests", "triggered clashes")
CAUSING = frozenset({"spark", "trigger", "prompt", "provoke"})
#: verbs of condemning whose object is an attack the statement tells ("strongly condemned
#: the bomb blast ... in Mastung, which claimed the lives of three security personnel"): a
#: statement of condolence is often an article's only telling of the attack
CONDEMNING = frozenset({"condemn", "denounce", "deplore"})
#: passive verbs that tell an incident as having been seen where it took place: "two
#: grenade attacks were reported near a school in Hazara town", "protests were witnessed in
#: Quetta" (the passive has no reporter of its own, so the place is the incident's)
OBSERVED = frozenset({"report", "witness"})


def _linked(a: Token, b: Token) -> bool:
    """Whether one trigger's clause hangs on the other's within a few links, through no clause
    or phrase that tells an act before or after ("two days after militants killed ...")."""
    return _governs(a, b) or _governs(b, a)


def _governs(upper: Token, lower: Token) -> bool:
    current = lower
    for _ in range(4):
        if current.dep_ not in INCIDENT_LINKS or current.head.i == current.i:
            return False
        if (
            current.lower_ in SEQUENCE_MARKS
            or any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in current.children)
        ) and not _harm_after(current, upper):
            return False
        current = current.head
        if current.i in _stands_at(upper):
            return True
    return False


def _harm_after(clause: Token, upper: Token) -> bool:
    """A harm told as befalling its subject "after" an attack with no distance between them
    ("two police officials were martyred after unidentified gunmen targeted them", "a man was
    killed after dacoits fired at him"): the attack is how the harm came, one incident, its
    doer the harm's. Only a passive harm verb directly over a bare "after" clause with a
    subject of its own; "two days after militants killed ...", "weeks after", "after he was
    released" (no attack) and a harm told actively ("troops killed X after ...") stay apart."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"]
    return (
        clause.dep_ == "advcl"
        and clause.head.i == upper.i
        and _is_verb(upper)
        and _is_passive(upper)
        and len(marks) == 1
        and not any(marks[0].children)
        and not any(c.dep_ in ("npadvmod", "nsubjpass", "auxpass") for c in clause.children)
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def _stands_at(trigger: Token) -> set[int]:
    """The tokens a trigger's act is told at: itself, the head noun it stands in ("suicide
    attack"), and the verb of which an event noun is the object ("launched a crackdown")."""
    head = _phrase_head(trigger) if _is_noun(trigger) else trigger
    found = {trigger.i, head.i}
    if _is_noun(head) and head.dep_ in ("dobj", "nsubjpass") and _is_verb(head.head):
        found.add(head.head.i)
    return found


def extract_events(
    doc: Doc,
    mentions: list[Mention],
    times: list[TimeExpr],
    sentence_at: dict[int, int],
    claims: Sequence[ClaimMention] = (),
) -> list[EventMention]:
    """Event mentions of ``doc``: one per event per sentence, in text order. ``claims`` are
    the document's quotes and paraphrases, whose speakers the quotes stage has resolved
    through pronouns across sentences: they name who made a statement told as "She
    demanded ..." (:func:`_speakers_of_statements`)."""
    if not doc.has_annotation("DEP"):
        return []
    text = doc_text(doc)  # spaCy rebuilds doc.text on each access: built once per document
    dateline = parse_dateline(text)
    wire_dates: list[TimeExpr] = []
    if dateline is not None:
        # "ISLAMABAD, Apr 7 (APP): ...": the dateline dates the report, never the act
        wire_dates = [t for t in times if t.start < dateline.end]
        times = [t for t in times if t.start >= dateline.end]
    triggers: dict[int, Trigger] = {}
    for token in doc:
        found = (
            agreement_reached(token)  # "signed a peace deal" is AGREE, not the lexicon's SUPPORT
            or truce_in_force(token)  # "since the Nov 27 ceasefire": the sides' AGREE
            # "issued an evacuation call": an order to leave, not the lexicon's REQUEST "call"
            or evacuation_ordered(token)
            or _trigger(token)
            or accusing_copula(token)
            or accusing_name(token)
            or accusing_instigation(token)
            or accusing_cause(token)
            or accusing_claim(token)
            or accusing_involvement(token)
            or accusing_failure(token)
            or accusing_verdict(token)
            or conditional_threat(token)
            or instrument_trigger(token)
            or material_act(token)  # "came under fire", "a walkout", "blocked off"
            or operation_launched(token)
            or violent_death_found(token)
            or force_held_out(token)
            or deontic_demand(token)
        )
        if found is not None and _stands_alone(token):
            triggers[token.i] = found
    context = _Context(
        doc,
        tuple(mentions),
        tuple(times),
        sentence_at,
        frozenset(triggers),
        text,
        tuple(named_forces(doc)),
    )
    events: list[tuple[int, EventMention]] = []
    absorbed: set[int] = set()
    for index, trigger in triggers.items():
        built = _candidate(doc[index], trigger, triggers, context)
        if built is not None:
            events.append((index, built[0]))
            absorbed |= built[1]
    # an act another stands for ("attacks" in "launched attacks targeting civilians") is
    # dropped before linked acts are folded, so a fold never lands on it
    standing = [(i, e) for i, e in events if i not in absorbed]
    merged = _merge(_fold_linked(standing, doc), absorbed)
    # after the fold: a seizure that led to an arrest has lent it its force and place
    merged = [e for e in merged if not _goods_seized(e, doc)]
    merged = _charge_places(merged, doc)
    merged = _one_per_place(merged, doc, mentions)
    merged = armed_blockades(merged, doc)  # after the split: a road-block told per place
    merged = blockaded_places(merged, doc)  # after the split: each place blockaded its own
    merged = counted_incidents(merged, doc)  # "two separate attacks": two incidents
    merged = _date_from_operation(merged, doc, times)
    merged = _planted_before(merged, doc, context)
    merged = _planters_after(merged, doc, context)  # "Unknown armed men planted an IED ..."
    merged = _doers_named_after(merged, doc, context)
    merged = doers_retold(merged, doc)  # "... was targeted by assailants": the retelling's doers
    merged = _strikes_of_one_side(merged, doc)
    merged = _protesters_named(merged, doc, context)
    merged = owners_struck(merged, doc, context)  # "their vehicle was targeted": who rode in it
    if wire_dates and dateline is not None:
        merged = _date_wire_statements(merged, wire_dates[-1], dateline.end)
    spoken = _speakers_of_statements(merged, claims, mentions, doc)
    # after the speakers: "He demanded of the government ... He warned of protests"
    spoken = addressees_carried(spoken, doc, text)
    # after the carried addressees: a side's own earlier addressee comes first
    spoken = authorities_addressed(spoken, doc, text)
    # "rejected the proposal": the owner an earlier "Trump's proposal" names, before the
    # grievances so that a found owner is never read as one
    spoken = proposals_owned_before(spoken, doc, context)
    # after the authorities: a named side's grievance says at most whose act it was
    spoken = grievances_owned(spoken, doc, context)
    return _date_from_speaker(spoken, claims, times, text)


#: determiners of a thing told for the first time: "a bomb was planted" is a new device
NEW_ONES = frozenset({"a", "an", "another"})


def _planted_before(events: list[EventMention], doc: Doc, context: _Context) -> list[EventMention]:
    """A blast told with no doer takes whoever a later sentence says planted the device ("A
    child was killed when an improvised explosive device went off ... The IED was planted by
    unknown persons", "The first explosion occurred near ... Sources said IEDs were planted
    by terrorists"): the planting explains the blasts told before it, back to the previous
    such sentence; a blast told after it is another (an earlier attack recalled). Only a
    device told as known ("the IED", "IEDs", not "a bomb was planted", a new one) in a passive
    clause of its own, and only blasts of no named doer."""
    planted: list[tuple[int, tuple[Span, ...]]] = []  # (sentence start, who planted)
    for sentence in doc.sents:
        setters = [
            g
            for device in sentence
            if device.dep_ == "nsubjpass"
            and _is_verb(device.head)
            and not any(c.dep_ == "det" and c.lower_ in NEW_ONES for c in device.children)
            for g in device_setters([device])
        ]
        spans = _who_acts(_spans(setters, context), context)[0] if setters else ()
        if spans:
            planted.append((sentence.start_char, spans))
    if not planted:
        return events
    found: list[EventMention] = []
    for event in events:
        # the first planting told after the blast: one told before explains others
        later = [spans for start, spans in planted if start > event.start]
        if later and event.type == "ASSAULT" and event.mode == "explosives" and not event.actors:
            event = replace(event, actors=later[0])
        found.append(event)
    return found


#: how many sentences after a blast the planting that explains it may come
PLANTED_REACH = 3


def _active_planters(sentence: Sentence) -> list[Token]:
    """Unknown doers a sentence says planted or threw a blast device, in the active voice
    ("unidentified attackers planted an improvised explosive device (IED) on a motorbike",
    "Unknown armed men planted an improvised explosive device in front of the Nadra office"):
    the subject of a verb of planting (:data:`PLANTING`) whose object is a device, when that
    subject is an unknown doer (:func:`unknown_doer`: no name, which may be another act's)."""
    found: list[Token] = []
    for verb in sentence:
        if not _is_verb(verb) or _lemma(verb) not in PLANTING or _is_passive(verb):
            continue
        if not any(
            c.dep_ == "dobj" and _is_noun(c) and _lemma(c) in BLAST_DEVICES for c in verb.children
        ):
            continue
        found += [s for s in _subjects(verb) if unknown_doer(s) and s not in found]
    return found


def _planters_after(events: list[EventMention], doc: Doc, context: _Context) -> list[EventMention]:
    """A blast told with no doer takes the unknown doers a sentence shortly after says planted
    the device, in the active voice (news opens on the harm and tells the planting when it
    retells the incident: "Nine people were injured in a bomb blast ... According to security
    officials, unidentified attackers planted an improvised explosive device (IED) on a
    motorbike"). :func:`_planted_before` reads the passive ("the IED was planted by unknown
    persons"); this reads the active one, more narrowly, as a device told with "an" may be a
    new one: only within :data:`PLANTED_REACH` sentences after the blast, with no sentence in
    between or the planting's own opening another incident (:func:`opens_new_incident`), no
    attack with doers of its own told in between (a retelling with none, "a convoy of 29
    trucks was targeted", goes on with the incident), and only blasts told as fact. Session
    31: two read sets (``events``, ``check11``)."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    told = [bisect_right(starts, e.start) - 1 for e in events]
    # attacks told with doers of their own: a retelling with none ("a convoy of 29 trucks was
    # targeted") goes on with the incident
    done_by = {n for n, e in zip(told, events, strict=True) if e.type == "ASSAULT" and e.actors}
    planted: dict[int, tuple[Span, ...]] = {}
    for number, sentence in enumerate(sentences):
        planters = _active_planters(sentence)
        spans = _who_acts(_spans(planters, context), context)[0] if planters else ()
        if spans:
            planted[number] = spans
    if not planted:
        return events
    found: list[EventMention] = []
    for number, event in zip(told, events, strict=True):
        if (
            event.type == "ASSAULT"
            and event.mode == "explosives"
            and not event.actors
            and event.modality in ("asserted", "alleged")
            # "five grenade attacks were carried out by unknown armed men ..., while a grenade
            # attack also took place near Railway Station Sibi": the planting told next may
            # be of the attacks told with doers beside it
            and number not in done_by
        ):
            for at in range(number + 1, number + PLANTED_REACH + 1):
                if at >= len(sentences) or opens_new_incident(sentences[at]):
                    break
                if at in planted:
                    event = replace(event, actors=planted[at])
                    break
                if at in done_by:
                    break
        found.append(event)
    return found


#: words for the unnamed doers of an attack, which a later sentence refers back to with "the"
#: ("a search operation was under way to track down the terrorists", "the assailants fled")
DOER_NOUNS = frozenset("terrorist militant attacker assailant gunman".split())
#: how many sentences after an attack such a word may still refer back to it
DOER_REACH = 3


def _doers_named_after(
    events: list[EventMention], doc: Doc, context: _Context
) -> list[EventMention]:
    """An attack told with no doer takes the doers a sentence shortly after refers back to
    ("An IED detonated outside the residence ... a search operation was under way to track
    down the terrorists"; "... The assailants burst the trucks' tires"): the definite "the
    terrorists" names whoever did the attack just told, the generic description ACLED codes
    as an unidentified armed group (the labelling guide's generic-perpetrator rule). Only
    the nearest attack before it with no doer, within :data:`DOER_REACH` sentences and with
    no other attack told in between or in its own sentence ("two Levies officers were
    wounded, while the attackers fled": the attackers of that gunfight); an attack told after
    it is not its."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    doers: list[tuple[int, tuple[Span, ...]]] = []  # (sentence number, the doers)
    for number, sentence in enumerate(sentences):
        nouns = [
            t
            for t in sentence
            if t.pos_ == "NOUN"
            and _lemma(t) in DOER_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        ]
        spans = _who_acts(_spans(nouns[:1], context), context)[0] if nouns else ()
        if spans:
            doers.append((number, spans))
    if not doers:
        return events
    told = [bisect_right(starts, e.start) - 1 for e in events]
    attacks = sorted({n for n, e in zip(told, events, strict=True) if e.type == "ASSAULT"})
    found: list[EventMention] = []
    for number, event in zip(told, events, strict=True):
        later = [
            spans
            for at, spans in doers
            if number < at <= number + DOER_REACH
            and not any(number < other <= at for other in attacks)
        ]
        told_as_fact = event.modality in ("asserted", "alleged")
        if (
            later
            and event.type == "ASSAULT"
            and not event.actors
            and told_as_fact
            and not _hostile_targets(event, context.text)
        ):
            event = replace(event, actors=later[0])
        found.append(event)
    return found


#: nouns of strikes from afar, which news of a campaign tells one by one with the striking
#: side named once ("Israeli strikes killed 40 ... A strike on the Al-Agha family home killed
#: eight others"; "The United States struck targets in Sanaa ... the strikes also hit ...")
STRIKE_NOUNS = frozenset({"strike", "airstrike", "air-strike", "bombardment"})
#: words of a side's name that say what arm struck, not whose: "Israeli warplanes", "the US
#: aggression", "Pakistan armed forces"
_ARM_WORDS = frozenset(
    "the forces force army military armed air aggression warplanes warplane jets jet "
    "aircraft navy troops".split()
)


def _strike_word(token: Token) -> Token | None:
    """The strike an attack is told by: the trigger itself ("a strike on the house"), the
    subject of its verb ("a strike killed eight"; "the strikes also hit X, injuring nine":
    the verb a participle hangs on), what it happened "in" or "by" ("killed in four separate
    strikes"), or the noun a relative clause tells of ("strikes ... that killed 30"); a
    verb of striking itself ("the United States struck targets"). None for any other act."""
    if _lemma(token) in STRIKE_NOUNS:
        return token
    verbs = [token]
    if token.dep_ in ("advcl", "conj", "xcomp") and _is_verb(token.head):
        verbs.append(token.head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _lemma(child) in STRIKE_NOUNS:
                return child
            if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by"):
                for noun in child.children:
                    if noun.dep_ == "pobj" and _lemma(noun) in STRIKE_NOUNS:
                        return noun
    if token.dep_ in ("relcl", "acl") and _lemma(token.head) in STRIKE_NOUNS:
        return token.head  # "a strike “killed a family of 23”": a past the parser hung on it
    return None


def _strike_owner(strike: Token) -> set[str]:
    """The side a strike's own words name: a name or people's word in front of it ("Houthi
    strikes", "US-Israeli strikes", "Pakistan's strikes"), lower case."""
    return {
        c.lower_
        for c in strike.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
        and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
        and c.lower_ not in _ARM_WORDS
    }


def _side_words(spans: Sequence[Span], text: str) -> set[str]:
    """The words of a side's names that say whose it is (:data:`_ARM_WORDS` left out)."""
    return {
        w
        for start, end in spans
        for w in re.findall(r"[a-z]+", text[start:end].lower())
        if w not in _ARM_WORDS
    }


def _one_side(a: set[str], b: set[str]) -> bool:
    """Whether two sides' words (:func:`_side_words`) name one side: a word of one begins a
    word of the other ("Israel" and "Israeli", "US" and "US"); "United States" and
    "American" are not judged one (the rule then stands aside)."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _strikes_of_one_side(events: list[EventMention], doc: Doc) -> list[EventMention]:
    """A strike told with no one striking takes the side the article's strikes before it
    were named by, when they were all one side's ("Gaza's civil defence agency said Israeli
    strikes on Monday killed at least 40 people ... A strike on the Al-Agha family home
    killed eight others"; "The United States struck targets in Sanaa ... the strikes also
    targeted Al-Suwaidia directorate"). A report of a campaign names the striking side once
    and tells its strikes one by one; a strike is a state's or an armed force's act from
    afar, never a bystander's, so the side the article gave it is its doer (the labelling
    guide's actor "as the article gives them"). Where the strikes before it were named by
    two sides (the US and the Houthis each striking) or none, nothing is inferred."""
    text = doc_text(doc)
    side: tuple[Span, ...] = ()
    words: set[str] = set()
    mixed = False
    found: list[EventMention] = []
    for event in events:
        token = token_starting(doc, event.trigger[0])
        strike = _strike_word(token) if token is not None and event.type == "ASSAULT" else None
        own = _strike_owner(strike) if strike is not None else set()
        if strike is not None and (event.actors or own):
            # a strike whose own words name a side ("Houthi strikes hit a port") is that
            # side's, whether or not the rules took the name as its actor
            mine = _side_words(event.actors, text) | own
            if words and mine and not _one_side(words, mine):
                mixed = True
            elif mine:
                side, words = event.actors, words | mine
        elif (
            strike is not None and side and not mixed and event.modality in ("asserted", "alleged")
        ):
            event = replace(event, actors=side)
        found.append(event)
    return found


#: how many sentences from a protest the protesters it takes may be named: the next or the
#: one after tells who joined it ("... continued for the third day. The protesters
#: demanded ..."); one named much further off is as often another protest's (the traders'
#: strike of the lead, the lawyers' sit-in of another city), measured on the read sets
PROTESTER_REACH = 2


def _made_by_a_crowd(trigger: Token) -> bool:
    """Whether a protest is one people make in the street, not a party's or a state's: not
    a boycott, not a protest made "in protest" of something by whoever acted ("staged a
    walkout in protest"), not one its owner is given for ("Tehran conveyed its strong
    protest")."""
    if _lemma(trigger) == "boycott":
        return False
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "in":
        return False
    return not any(c.dep_ == "poss" for c in trigger.children)


def _protesters_named(
    events: list[EventMention], doc: Doc, context: _Context
) -> list[EventMention]:
    """A protest told with no one protesting ("A sit-in blocking Kargil Road continued for
    the third day", "Protests broke out across Gilgit-Baltistan after police arrested five
    leaders ...") takes the protesters the article names nearest to it, within
    :data:`PROTESTER_REACH` sentences ("the protesters", "demonstrators"): a protest is made
    by people, the article's word for them is who they are (as "the terrorists" names
    whoever did an attack), and an article about protests calls their makers so in a
    sentence beside it. Only words for people protesting
    (:data:`PROTESTERS`) -- never a group or a person guessed from elsewhere, who may have
    only called or backed it -- and only for a protest told as having happened, made by a
    crowd (:func:`_made_by_a_crowd`)."""
    nouns = [t for t in doc if _is_noun(t) and _lemma(t) in PROTESTERS]
    if not nouns:
        return events
    starts = [sentence.start_char for sentence in doc.sents]
    found: list[EventMention] = []
    for event in events:
        token = token_starting(doc, event.trigger[0])
        if (
            event.type == "PROTEST"
            and not event.actors
            and event.modality == "asserted"
            and token is not None
            and _made_by_a_crowd(token)
        ):
            nearest = min(nouns, key=lambda t: abs(t.idx - event.trigger[0]))
            told = bisect_right(starts, event.trigger[0]) - 1
            named = bisect_right(starts, nearest.idx) - 1
            spans = _who_acts(_spans([nearest], context), context)[0]
            if spans and abs(named - told) <= PROTESTER_REACH:
                event = replace(event, actors=spans)
        found.append(event)
    return found


def _hostile_targets(event: EventMention, text: str) -> bool:
    """Whether an act befell attackers or those the state fights ("six attackers were also
    killed in the ensuing shoot-out", "operations to eliminate the terrorists"): the
    attackers a later sentence names are then the ones it befell, not its doers."""
    words = {
        w.lower().rstrip("s")
        for start, end in event.targets
        for w in re.findall(r"[A-Za-z]+", text[start:end])
    }
    return bool(words & {w.rstrip("s") for w in DOER_NOUNS | HOSTILES | {"gunmen"}})


#: subject pronouns that stand for a person named in an earlier sentence
PERSONAL_PRONOUNS = frozenset({"he", "she"})
#: their possessive forms: "his call for", "her demand"
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})


def _act_demanded_by_people(token: Token, kind: str, demanded: Sequence[Token]) -> bool:
    """A demand (CAMEO 10, "demand ... release of persons", "... investigation") that people
    made for an act: "The speakers demanded arrest of the suspect", "They demanded an
    independent inquiry", "Residents demanded the authorities to arrest the perpetrators",
    "The elders ... called for the immediate reopening of all roads" (a call for, as a
    demand; a verb coordinated with another takes that verb's subject).
    The act asked for is one the lexicon knows or a CAMEO 10 demand (:data:`DEMANDED_ACTS`),
    so the statement says something though its makers are named only by a common noun or a
    pronoun; a demand of nothing typed ("demanded answers") still needs a named participant."""
    if kind != "REQUEST" or not _is_verb(token) or _lemma(token) not in ASKING_FOR | {"call"}:
        return False
    makers = [c for c in token.children if c.dep_ == "nsubj"]
    if not makers and token.dep_ == "conj" and _is_verb(token.head):
        # "They set up a sit-in camp and demanded the immediate recovery of ...": the
        # coordinated verbs share the first one's subject
        makers = [c for c in token.head.children if c.dep_ == "nsubj"]
    if not any(_human(m) or m.tag_ in ("NNS", "NNPS") for m in makers):
        return False
    asked = [*demanded, *(c for c in token.children if c.dep_ in ("ccomp", "xcomp"))]
    return any(_trigger(a) is not None or _lemma(a) in DEMANDED_ACTS for a in asked)


def _said_by_pronoun(token: Token) -> bool:
    """A statement whose maker is "he"/"she" ("He demanded ...", "He reiterated his call
    for ..."): the subject of the trigger or of the verb it hangs on, or its possessor."""
    # "He said Pakistan had proofs of Indian involvement in ...": the verb of saying the
    # accusation is told under, however deep in its clause the accusation stands
    teller = involvement_told_by(token)
    return any(
        (c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS)
        or (c.dep_ == "poss" and t.i == token.i and c.lower_ in POSSESSIVE_PRONOUNS)
        for t in (token, token.head, *([teller] if teller is not None else []))
        for c in t.children
    )


#: the pronoun a speaker's side says itself with ("We reject these statements", "we urge all
#: parties"): the quotation's speaker, whom the quotes stage names
SPEAKERS_OWN_PRONOUNS = frozenset({"we"})


def _said_by_we(token: Token, text: str) -> bool:
    """A statement whose maker is "we", inside a quotation ("'We strongly urge all parties
    to ...,' the ministry said", "'We reject these statements,' Hamas said"): the subject of
    the trigger, or of the verb it hangs on when that verb is no event of its own ("we have
    given an ultimatum"; in "we support the calls for talks" the calls are others'). The
    maker is the quotation's speaker (:func:`_quoted_speaker` names them after the quotes
    stage); a "we" outside quotation marks (an editorial's, a letter's) names no one, and a
    statement of nobody named ("to support training") has no such subject at all. Support
    ("we support all efforts", "we have to support the government") is left out: on the
    archive it was a stance or a duty as often as an act of support."""
    holders = [token] if _trigger(token.head) is not None else [token, token.head]
    ready = ready_copula(token) if _is_verb(token) else None
    if ready is not None:  # "“We are ready and capable to respond …”": the copula's "we"
        holders.append(ready)
    said_by_we = any(
        c.dep_ == "nsubj" and c.lower_ in SPEAKERS_OWN_PRONOUNS for t in holders for c in t.children
    )
    return said_by_we and _inside_quotation(token.idx, text)


def _inside_quotation(char: int, text: str) -> bool:
    """Whether ``char`` stands inside quotation marks opened earlier in its paragraph: more
    curly opening marks than closing ones before it, or an odd number of straight ones."""
    before = text[text.rfind("\n", 0, char) + 1 : char]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _speakers_of_statements(
    events: list[EventMention],
    claims: Sequence[ClaimMention],
    mentions: Sequence[Mention],
    doc: Doc,
) -> list[EventMention]:
    """A statement whose subject is "he" or "she" ("She demanded the release of ...",
    "He criticised India's ...") was made by the person the pronoun stands for, usually
    named sentences before. The quotes stage resolves that person for the claim of the same
    sentence; the statement's actor is that claim's speaker. Acts ("he was killed") are
    left alone: a pronoun's referent is only as sure as the attribution it was found for."""
    if not claims:
        return events
    # "he"/"she" is a person: never a speaker named as an organisation or a group ("police
    # said"); a surname the model typed a place ("Murtaza") still counts
    groups = [(m.start, m.end) for m in mentions if m.label in ("ORG", "NORP", "DESC")]
    text = doc_text(doc)  # spaCy rebuilds doc.text on each access: built once
    # ... nor a speaker that is neither a name nor a word for a person: "the government knows
    # how to exercise its powers according to the law" gives a claim "of" the law
    named = [(m.start, m.end) for m in mentions]
    people = [
        c
        for c in claims
        if c.speaker is None
        or any(n[0] < c.speaker[1] and c.speaker[0] < n[1] for n in named)
        or _person_word(text[c.speaker[0] : c.speaker[1]])
    ]
    found = []
    for event in events:
        token = doc.char_span(*event.trigger, alignment_mode="expand")
        pronoun = token is not None and _said_by_pronoun(token.root)
        if not event.actors and pronoun and is_speech(event.type, event.mode):
            speaker = _last_speaker(event, [*people, *_as_claims(found)], groups, text)
            if speaker is not None:
                event = replace(event, actors=(speaker,))
        elif not event.actors and is_speech(event.type, event.mode):
            speaker = _quoted_speaker(event, claims, mentions, text)
            if speaker is not None:
                event = replace(event, actors=(speaker,))
        found.append(event)
    return found


#: how far after a speaker's name the day they spoke may stand: "Murtaza on Wednesday
#: demanded", "Mir Sarfraz Bugti declared on Wednesday that", "the minister said on Monday"
SPOKEN_DAY_REACH = 30


def _date_from_speaker(
    events: list[EventMention], claims: Sequence[ClaimMention], times: Sequence[TimeExpr], text: str
) -> list[EventMention]:
    """A statement with no date of its own, by someone the article quoted before with the day
    they spoke ("Bugti declared on Wednesday that ..." then "He reiterated his call for
    militants to return"): said on that occasion, so on that day. The day is the one written
    just after the speaker's name in the earlier attribution; the speaker is matched by the
    last word of the name (a surname: "Mr Bugti", "Mir Sarfraz Bugti")."""
    days: list[tuple[int, str, Span]] = []  # (where said, surname, the day's span)
    for claim in claims:
        if claim.speaker is None:
            continue
        words = text[claim.speaker[0] : claim.speaker[1]].split()
        after = claim.speaker[1]
        day = next(
            (
                t
                for t in times
                if t.precision == "day"
                and t.value_start
                and after <= t.start <= after + SPOKEN_DAY_REACH
                and "." not in text[after : t.start]
            ),
            None,
        )
        if words and day is not None:
            days.append((claim.speaker[0], words[-1].lower(), (day.start, day.end)))
    for event in events:  # "Murtaza on Wednesday demanded that ...": a dated statement
        if event.time is not None and event.actors and is_speech(event.type, event.mode):
            dated = next((t for t in times if (t.start, t.end) == event.time), None)
            words = text[event.actors[0][0] : event.actors[0][1]].split()
            if words and dated is not None and dated.precision == "day" and dated.value_start:
                days.append((event.trigger[0], words[-1].lower(), event.time))
    if not days:
        return events
    found = []
    for event in events:
        if event.time is None and event.actors and is_speech(event.type, event.mode):
            words = text[event.actors[0][0] : event.actors[0][1]].split()
            surname = words[-1].lower() if words else ""
            earlier = [d for d in days if d[1] == surname and d[0] < event.trigger[0]]
            if earlier:
                event = replace(event, time=max(earlier)[2])
        found.append(event)
    return found


#: words for a document that "says" something: its issuer is who speaks
DOCUMENT_WORDS = frozenset({"statement", "release", "communique", "communiqué", "handout"})


def _quoted_speaker(
    event: EventMention, claims: Sequence[ClaimMention], mentions: Sequence[Mention], text: str
) -> Span | None:
    """Who makes a statement told inside a quotation ("'Any attempt ... shall be met with a
    decisive response,' the military said"): the quote's speaker when a name; when the quote
    is a document's ("the statement said", "the release said"), the named speaker the
    article last quoted before it, who issued it ("Inter Services Public Relations said ...")."""
    named = [m for m in mentions if m.label in ("ORG", "PERSON", "GPE", "NORP")]

    def name_of(span: Span | None) -> Span | None:
        if span is None:
            return None
        return next(
            ((m.start, m.end) for m in named if m.start < span[1] and span[0] < m.end), None
        )

    quote = next(
        (
            c
            for c in claims
            if c.kind == "quote" and c.start <= event.trigger[0] and event.trigger[1] <= c.end
        ),
        None,
    )
    if quote is None or quote.speaker is None:
        return None
    own = name_of(quote.speaker)
    if own is not None:
        return own
    said = text[quote.speaker[0] : quote.speaker[1]].lower().split()
    if not said or said[-1] not in DOCUMENT_WORDS:
        return None
    earlier = [c for c in claims if c.start < quote.start and name_of(c.speaker) is not None]
    return name_of(max(earlier, key=lambda c: c.start).speaker) if earlier else None


def _person_word(speaker: str) -> bool:
    """A speaker that may be a person though no mention covers it: one told as a person
    ("the chief minister", "a senior police official", "the complainant's driver": the
    quotes stage's :data:`PERSON_ROLES` and the nouns for people, the last word saying
    who), or a capitalised word, a name or title the model left untyped ("Sadaf said",
    "the Speaker said"). A lowercase thing ("according to the law") is no one."""
    words = speaker.split()
    if not words:
        return False
    if any(w[:1].isupper() for w in words):
        return True
    return words[-1].lower() in PERSON_ROLES | HUMAN_NOUNS | SPEAKER_NOUNS | SEARCHED_PEOPLE


def _as_claims(events: Sequence[EventMention]) -> list[ClaimMention]:
    """Earlier statements as the claims of their speakers ("Murtaza called for ..."): who
    the article was just telling of is who "he" goes on to be."""
    return [
        ClaimMention("statement", e.trigger[0], e.trigger[1], "", e.sentence, speaker=e.actors[0])
        for e in events
        if e.actors and is_speech(e.type, e.mode)
    ]


#: how many sentences back the last named speaker may be for a "he"/"she" statement
SPEAKER_LOOKBACK = 2


def _last_speaker(
    event: EventMention, claims: Sequence[ClaimMention], groups: Sequence[Span], text: str
) -> Span | None:
    """The person who last spoke before the statement's trigger, in its sentence or up to
    :data:`SPEAKER_LOOKBACK` sentences before: the speaker of the same sentence's claim
    (resolved through its pronoun by the quotes stage), else the speaker the article was
    just quoting ("Murtaza called for ..., stating ..." then "He criticised ...")."""
    spoken = [
        c
        for c in claims
        if c.speaker is not None
        and event.sentence - SPEAKER_LOOKBACK <= c.sentence <= event.sentence
        and (c.sentence == event.sentence or c.start < event.trigger[0])
        and text[c.speaker[0] : c.speaker[1]].lower() not in PERSONAL_PRONOUNS
        and not any(g[0] < c.speaker[1] and c.speaker[0] < g[1] for g in groups)
    ]
    if not spoken:
        return None
    return max(spoken, key=lambda c: (c.sentence == event.sentence, c.sentence, c.start)).speaker


def _date_wire_statements(
    events: list[EventMention], wire_date: TimeExpr, dateline_end: int
) -> list[EventMention]:
    """Statements in the sentence an agency's dateline opens ("ISLAMABAD, Mar 20 (APP):
    The minister accused ...") were made on the dateline's day: an agency files a statement
    the day it is made, whereas an act it reports may be older. Only undated statements of
    that first sentence; an act keeps no date from the dateline."""
    return [
        replace(e, time=(wire_date.start, wire_date.end))
        if e.time is None and e.start <= dateline_end < e.end and is_speech(e.type, e.mode)
        else e
        for e in events
    ]


#: words before an operation noun that make it one of several, not the article's operation
_OTHER_OPERATION = frozenset("another separate other second different earlier previous".split())


def _operation_day(doc: Doc, times: Sequence[TimeExpr]) -> Span | None:
    """The date of the operation an article reports, when it dates one and only one: "security
    forces conducted an IBO on Tuesday night in the Spinwam area" (the ISPR's second sentence,
    after a lead dated only by its statement). Several operation dates: none is chosen, and
    the date of a plural ("operations in February", "two operations on Monday") is of many
    operations, not of one."""
    spans: dict[str, Span] = {}
    for token in doc:
        if not _is_noun(token) or _lemma(token) not in OPERATIONS:
            continue
        if token.tag_ in ("NNS", "NNPS") or any(c.pos_ == "NUM" for c in token.children):
            continue
        anchors = [token]
        if token.dep_ in ("dobj", "nsubjpass") and _is_verb(token.head):
            anchors.append(token.head)  # "conducted an IBO on Tuesday night"
        sentence = token.sent
        for t in times:
            if not (sentence.start_char <= t.start and t.end <= sentence.end_char):
                continue
            found = doc.char_span(t.start, t.end, alignment_mode="expand")
            if (
                t.value_start
                and found is not None
                and any(_attached(found.root, a, (t.start, t.end)) for a in anchors)
            ):
                spans.setdefault(f"{t.value_start}..{t.value_end}", (t.start, t.end))
    return next(iter(spans.values())) if len(spans) == 1 else None


def _one_operation(token: Token) -> bool:
    """An operation noun that is the article's one operation: singular and not "another" or
    "a separate" one ("two separate operations" are others)."""
    return (
        _is_noun(token)
        and _lemma(token) in OPERATIONS
        and token.tag_ in ("NN", "NNP")
        and not any(c.lower_ in _OTHER_OPERATION or c.pos_ == "NUM" for c in token.children)
    )


def _date_from_operation(
    events: list[EventMention], doc: Doc, times: Sequence[TimeExpr]
) -> list[EventMention]:
    """Acts told in the article's operation ("killed four terrorists during an IBO ..., the
    military's media wing said on Wednesday", "During the conduct of the operation, ... four
    khwarij were sent to hell") happened on the day the article gives that operation in another
    sentence, when it gives one day for one operation and no act told in an operation is dated
    otherwise (then the article tells two operations: "killed four ... during an operation in
    Swat on Friday" and "conducted the operation on Wednesday in DI Khan"). Only acts with no
    date of their own (or only their report's); statements keep the day they were made."""
    framed = []
    for n, event in enumerate(events):
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is not None and any(_one_operation(t) for t in span):
            framed.append(n)
    if not framed:
        return events
    day = _operation_day(doc, times)
    if day is None:
        return events
    value = _value_at(day, times)
    if any(
        e.time is not None and not e.time_of_report and _value_at(e.time, times) != value
        for e in (events[n] for n in framed)
    ):
        return events
    found = list(events)
    for n in framed:
        event = events[n]
        if (event.time is None or event.time_of_report) and not is_speech(event.type, event.mode):
            found[n] = replace(event, time=day, time_of_report=False)
    return found


def _day_at(span: Span, times: Sequence[TimeExpr]) -> bool:
    """Whether the time expression at ``span`` names one day: a month or a week ("in February
    2019, ... after the Pulwama attack") holds what came just before it, so it stays the
    act's date rather than a bound a week before its end."""
    found = next((t for t in times if t.start == span[0] and t.end == span[1]), None)
    return found is not None and found.precision == "day"


def _value_at(span: Span, times: Sequence[TimeExpr]) -> tuple[str | None, str | None] | None:
    """The resolved dates of the time expression at ``span``."""
    found = next((t for t in times if t.start == span[0] and t.end == span[1]), None)
    return (found.value_start, found.value_end) if found is not None else None
