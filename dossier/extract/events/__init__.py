"""Extract PLOVER-coded events with actors, targets, place, time and modality.

An event is read off the dependency parse around a *trigger*: a verb or an
event noun whose lemma is in a per-type lexicon ("arrest" -> COERCE/arrest,
"strike" -> ASSAULT, "blacklist" -> SANCTION/designation, "meet" -> CONSULT),
or a verb that only means an event with a particular object ("impose a
curfew", "withdraw its ambassador", "place X on a blacklist"). Arguments come
from grammatical roles, not word order, so passives work:

* actor: the subject (``nsubj``), the ``by`` agent of a passive, the subject
  of the verb that controls an infinitive or gerund ("accused of attacking",
  "plan to attack"); for an event noun its possessor or a name before it
  ("the IRGC's attacks", "IRGC missile attack") or the subject of its support
  verb ("launched strikes", "responded with air strikes", "attacks carried out
  by X", "claimed responsibility for the attack");
* target: the object, the passive subject, "on/against X" ("strikes on
  Pakistan"), "of X" after an arrest-type noun ("the arrest of 300 men"), and
  the subject of a verb of undergoing ("escaped an assassination attempt");
* place: "in/at/near X" where X is a place mention, in the trigger's own
  clause or phrase, else on its actor ("police in Karachi arrested ...");
  time: a date expression attached to the trigger, else the nearest one in the
  sentence that does not belong to another event noun.

Argument spans are the participants' *mention* spans where the phrase holds
names ("Iran's Islamic Revolutionary Guard Corps" -> that name; two names ->
both), else the noun phrase without its clauses ("a suspect", "Police"), so
that :mod:`dossier.kb.event_reports` ties each to exactly the entities involved.

The parser of the small English model often misattaches modifiers inside
noun phrases ("missile and drone strikes" coordinated as verbs and nouns), so
event nouns also read their left context linearly: names, dates and weapon
words before the noun, and the preposition right after it.

Modality comes from the nearest cue on the way up from the trigger: negation
("did not attack", "denied", "thwarted", "no group attacked"), hypotheticals
("could", "would", "may", "if"), plans ("planning attacks", "will", "plans
to", "keen to"), and allegations ("accused of", "suspected", "reportedly",
"believed to", "claimed that", "suspected militants attacked"). A governing
verb's own negation or modal reaches only its arguments, never an adjunct
("will become safer with the killing of X": the killing is asserted), and
nothing crosses a reported clause ("said" above "attacked").

Within a sentence one mention per event: an event noun that another trigger
stands for is absorbed ("killed by a US drone strike" is one aerial ASSAULT
by the US; "placed on the Treasury's blacklist" one designation; "lifted a
blockade on X" one easing), and same-type triggers with the very same
participants are merged. Evidence is the sentence.

Type decisions follow the PLOVER 2021 CAMEO conversion table where it is
explicit: training someone else's fighters is military AID (CAMEO 072), one's
own forces training or recruiting is MOBILIZE; withdrawing an ambassador or
expelling diplomats is SANCTION (161, 166); closing a border is COERCE
restrict (191); demobilising is RETREAT disarm (0873); signing a formal
agreement is SUPPORT (057) while offering or pledging is AGREE (03x); banning
or proscribing an organisation is coded SANCTION/proscription, as the
analysts' designation lists are, while other bans are COERCE/ban (1722);
expelling individuals is COERCE deport (174); apologising is SUPPORT (055).
Violence protesters do, or a clash with protesters on one side, is a riot (CAMEO 145,
PROTEST/riot); forces attacking protesters stay ASSAULT. An attack that is avenged, mourned
or paid tribute to is recalled, not told again; a substance released or residents evacuated
is no RETREAT; an accidental blast (a plant, a boiler, one put down to negligence) is no
ASSAULT, nor is harm whose only doer is a vehicle, nor a killing with no doer beside a vehicle
that fell, crashed or ran someone over, or a fire that broke out (an army's vehicle, a weapon or
an attacker in the sentence keep it an attack).
A proper name is never a trigger, but the verb around a meeting's name is: "held the
Counter-Terrorism Dialogue", "the X-Y Consultations took place", "a round of" them (CONSULT,
the parties the names compounded in it); two parties meeting are coded one with the other.
"Will be met with a decisive response" is a warning made (THREATEN, asserted), and so are
"will be dealt with an iron hand" and "will be responded to in a forceful manner" (a future
passive of answering in a manner of force); "threatened to" is a threat whoever makes it; "X
said India was involved in the attack" or "... proofs of Indian involvement in terrorism" is
X's accusation of India (ACCUSE), as "responsible for" is; "X expects Y to act" is a request of
Y; "set on fire" is arson. Militants killed with no killer named were
killed by the security force the article names (none named: none made up).
One deliberate departure: imposing sanctions stays SANCTION (the table's 163
says COERCE restrict), because designations and sanctions are what analysts
file together.

The package: :mod:`.lexicon` (triggers and word lists), :mod:`.roles` (actors,
targets, argument spans), :mod:`.place_time`, :mod:`.modality`, the frames of acts told
without a verb of the act (:mod:`.statements`; :mod:`.instruments`, "a missile struck";
:mod:`.operations`, "launched a military operation"; :mod:`.bodies`, "bullet-riddled bodies
were found"; :mod:`.acts`, "came under fire", a walkout, "blocked off", a crowd dispersed
by force; :mod:`.evacuations`, "ordered residents to leave", "issued an evacuation
call"), the passes over an extracted sentence's events (:mod:`.blockades`, a road blocked
by armed men or a state is a blockade, not a protest; :mod:`.counted`, "two separate attacks"
is two incidents; :mod:`.roles_owners`, the owner of a struck vehicle is a target too), the
passes over a document's events (:mod:`.roles_addressed`, a public protest or demand that
names no one is made to the authority the article names; :mod:`.roles_grievances`, a
protest or a condemnation of a grievance is against whose act it was, or no one;
:mod:`.roles_retold`, an attack first told without its doer takes the unknown doers of its
retelling) and :mod:`.assembly`
(:func:`extract_events`). This module re-exports the public names.
"""

from __future__ import annotations

from dossier.extract.events.assembly import (
    PERSONAL_PRONOUNS,
    SPEAKER_LOOKBACK,
    extract_events,
    is_speech,
)
from dossier.extract.events.lexicon import (
    ACCIDENTAL_BLASTS,
    ACCIDENTS,
    ACCUSING,
    AID_OBJECTS,
    AID_VERBS,
    BOMB_WORDS,
    CLAUSE_LINKS,
    COMMEMORATING,
    CORE_DEPS,
    CREDITING,
    DIPLOMATS,
    EASING_VERBS,
    EVACUEES,
    EVENT_HEADS,
    EXTENSION_PREPS,
    FORCES,
    GUNFIRE,
    HALTED_AID,
    HALTED_TIES,
    HARM_NOUNS,
    HUMAN_NOUNS,
    MODE_WORDS,
    MUTUAL_FIGHTS,
    NAMED,
    NAMED_PLACE_NOUNS,
    NEEDS_COMPLEMENT,
    NEEDS_TARGET,
    NEEDS_VICTIM,
    NEWS_AGENCIES,
    NOT_PARTICIPANTS,
    NOT_TARGETS,
    NOUN_ONLY,
    OBJECT_CONTROL,
    OBJECT_FRAMES,
    OCCURRENCES,
    OCCURRING,
    OPERATIONS,
    ORG_NOUNS,
    PARTICIPANT_LABELS,
    PARTICLE_VERBS,
    PARTITIVE_POS,
    PERPETRATORS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACED_ON,
    PLACING_VERBS,
    PREP_SUPPORT,
    PROTEST_STRIKES,
    PROTESTERS,
    RELEASED_MATTER,
    REPORTING,
    RESPONSIBLE,
    RESTRICTIONS,
    SOFT_TYPES,
    SPEECH_MODES,
    SPEECH_NOUNS,
    SPEECH_TYPES,
    STANCE_TYPES,
    STATING,
    SUPPORT_VERBS,
    THEME_VERBS,
    TRIBUTES,
    TRIGGERS,
    UNDERGO_VERBS,
    VERB_ONLY,
    WEAPONS,
    Trigger,
)
from dossier.extract.events.modality import (
    ALLEGING,
    ALLEGING_ADJECTIVES,
    ALLEGING_ADVERBS,
    ARGUMENT_OF,
    CONDITIONAL,
    CONTROLLED,
    DEMANDING,
    FUTURE,
    GOVERNED,
    HYPOTHETICAL,
    NEGATING,
    PLANNING,
    PUNISHING,
    WILLING,
    modality,
)
from dossier.records import PLACE_LABELS

__all__ = [
    "ACCIDENTAL_BLASTS",
    "ACCIDENTS",
    "ACCUSING",
    "AID_OBJECTS",
    "AID_VERBS",
    "ALLEGING",
    "ALLEGING_ADJECTIVES",
    "ALLEGING_ADVERBS",
    "ARGUMENT_OF",
    "BOMB_WORDS",
    "CLAUSE_LINKS",
    "COMMEMORATING",
    "CONDITIONAL",
    "CONTROLLED",
    "CORE_DEPS",
    "CREDITING",
    "DEMANDING",
    "DIPLOMATS",
    "EASING_VERBS",
    "EVACUEES",
    "EVENT_HEADS",
    "EXTENSION_PREPS",
    "FORCES",
    "FUTURE",
    "GOVERNED",
    "GUNFIRE",
    "HALTED_AID",
    "HALTED_TIES",
    "HARM_NOUNS",
    "HUMAN_NOUNS",
    "HYPOTHETICAL",
    "MODE_WORDS",
    "MUTUAL_FIGHTS",
    "NAMED",
    "NAMED_PLACE_NOUNS",
    "NEEDS_COMPLEMENT",
    "NEEDS_TARGET",
    "NEEDS_VICTIM",
    "NEGATING",
    "NEWS_AGENCIES",
    "NOT_PARTICIPANTS",
    "NOT_TARGETS",
    "NOUN_ONLY",
    "OBJECT_CONTROL",
    "OBJECT_FRAMES",
    "OCCURRENCES",
    "OCCURRING",
    "OPERATIONS",
    "ORG_NOUNS",
    "PARTICIPANT_LABELS",
    "PARTICLE_VERBS",
    "PARTITIVE_POS",
    "PERPETRATORS",
    "PERSONAL_PRONOUNS",
    "PLACED_ON",
    "PLACE_LABELS",
    "PLACE_NOUNS",
    "PLACE_PREPS",
    "PLACING_VERBS",
    "PLANNING",
    "PREP_SUPPORT",
    "PROTESTERS",
    "PROTEST_STRIKES",
    "PUNISHING",
    "RELEASED_MATTER",
    "REPORTING",
    "RESPONSIBLE",
    "RESTRICTIONS",
    "SOFT_TYPES",
    "SPEAKER_LOOKBACK",
    "SPEECH_MODES",
    "SPEECH_NOUNS",
    "SPEECH_TYPES",
    "STANCE_TYPES",
    "STATING",
    "SUPPORT_VERBS",
    "THEME_VERBS",
    "TRIBUTES",
    "TRIGGERS",
    "UNDERGO_VERBS",
    "VERB_ONLY",
    "WEAPONS",
    "WILLING",
    "Trigger",
    "extract_events",
    "is_speech",
    "modality",
]
