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
that :mod:`dossier.kb.facts` ties each to exactly the entities involved.

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
One deliberate departure: imposing sanctions stays SANCTION (the table's 163
says COERCE restrict), because designations and sanctions are what analysts
file together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from dossier.clean.dateline import parse_dateline
from dossier.geo import breadth, load_gazetteer, stands_for_state
from dossier.records import ClaimMention, EventMention, Mention, Span, TimeExpr

#: a PLOVER type and mode (or a finer label)
Trigger = tuple[str, str | None]

#: trigger lemma -> (PLOVER type, mode). Verbs and event nouns share entries.
TRIGGERS: dict[str, Trigger] = {
    # ASSAULT
    "attack": ("ASSAULT", None),
    "strike": ("ASSAULT", None),
    # "security forces eliminated 16 terrorists", "three were neutralised", "were martyred",
    # "rammed an explosive-laden car into their convoy"
    "eliminate": ("ASSAULT", None),
    "elimination": ("ASSAULT", None),
    "neutralize": ("ASSAULT", None),
    "neutralise": ("ASSAULT", None),
    "martyr": ("ASSAULT", None),
    "ram": ("ASSAULT", None),
    "detonate": ("ASSAULT", "explosives"),
    "rape": ("ASSAULT", "sexual"),
    "molest": ("ASSAULT", "sexual"),
    "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"),
    "airstrike": ("ASSAULT", "aerial"),
    "bomb": ("ASSAULT", "explosives"),
    "bombing": ("ASSAULT", "explosives"),
    "bombard": ("ASSAULT", "heavy-weapons"),
    "bombardment": ("ASSAULT", "heavy-weapons"),
    "shell": ("ASSAULT", "heavy-weapons"),
    "shelling": ("ASSAULT", "heavy-weapons"),
    "shoot": ("ASSAULT", "firearms"),
    "shooting": ("ASSAULT", "firearms"),
    "gun": ("ASSAULT", "firearms"),
    "kill": ("ASSAULT", None),
    "killing": ("ASSAULT", None),
    "murder": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "assassination"),
    "assassination": ("ASSAULT", "assassination"),
    "massacre": ("ASSAULT", "massacre"),
    "ambush": ("ASSAULT", None),
    "clash": ("ASSAULT", None),
    "fight": ("ASSAULT", None),
    "invade": ("ASSAULT", None),
    "invasion": ("ASSAULT", None),
    "offensive": ("ASSAULT", None),
    "storm": ("ASSAULT", None),
    "target": ("ASSAULT", None),
    "kidnap": ("ASSAULT", "abduct"),
    "kidnapping": ("ASSAULT", "abduct"),
    "abduct": ("ASSAULT", "abduct"),
    "abduction": ("ASSAULT", "abduct"),
    "hijack": ("ASSAULT", "abduct"),
    "torture": ("ASSAULT", "torture"),
    "behead": ("ASSAULT", None),
    "stab": ("ASSAULT", "beat"),
    "wound": ("ASSAULT", None),
    "injure": ("ASSAULT", None),
    "explosion": ("ASSAULT", "explosives"),
    "blast": ("ASSAULT", "explosives"),
    # "launched an assault on a post", "killed in indiscriminate firing", "a gunfight"
    "assault": ("ASSAULT", None),
    "firing": ("ASSAULT", "firearms"),
    "gunfight": ("ASSAULT", "firearms"),
    "shootout": ("ASSAULT", "firearms"),
    "lynch": ("ASSAULT", "beat"),
    # COERCE
    "arrest": ("COERCE", "arrest"),
    "detain": ("COERCE", "arrest"),
    "detention": ("COERCE", "arrest"),
    "capture": ("COERCE", "arrest"),
    "apprehend": ("COERCE", "arrest"),
    "nab": ("COERCE", "arrest"),
    "raid": ("COERCE", "raid"),
    "dismantle": ("COERCE", "raid"),
    "bust": ("COERCE", "raid"),
    "crackdown": ("COERCE", "crackdown"),
    "deport": ("COERCE", "deport"),
    "deportation": ("COERCE", "deport"),
    "extradite": ("COERCE", "deport"),
    "seize": ("COERCE", "seize"),
    "seizure": ("COERCE", "seize"),
    "confiscate": ("COERCE", "seize"),
    "occupy": ("COERCE", "seize"),
    "demolish": ("COERCE", "seize"),
    "censor": ("COERCE", "censor"),
    "blockade": ("COERCE", "restrict"),
    "besiege": ("COERCE", "restrict"),
    # SANCTION
    "sanction": ("SANCTION", "designation"),
    "designate": ("SANCTION", "designation"),
    "designation": ("SANCTION", "designation"),
    "blacklist": ("SANCTION", "designation"),
    "proscribe": ("SANCTION", "proscription"),
    "proscription": ("SANCTION", "proscription"),
    "outlaw": ("SANCTION", "proscription"),
    "ban": ("SANCTION", "proscription"),
    "expel": ("SANCTION", "expel"),
    "embargo": ("SANCTION", "sanctions"),
    "suspension": ("SANCTION", "withdraw"),
    # CONSULT
    "meet": ("CONSULT", "meet"),
    "meeting": ("CONSULT", "meet"),
    "talk": ("CONSULT", "meet"),
    "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "visit"),
    "negotiate": ("CONSULT", "negotiation"),
    "negotiation": ("CONSULT", "negotiation"),
    "discuss": ("CONSULT", "meet"),
    "consult": ("CONSULT", "meet"),
    "confer": ("CONSULT", "meet"),
    "mediate": ("CONSULT", "mediation"),
    "mediation": ("CONSULT", "mediation"),
    "telephone": ("CONSULT", "phone"),
    "phone": ("CONSULT", "phone"),
    # MOBILIZE (own forces) / AID (someone else's)
    "recruit": ("MOBILIZE", "recruitment"),
    "recruitment": ("MOBILIZE", "recruitment"),
    "deploy": ("MOBILIZE", "deployment"),
    "deployment": ("MOBILIZE", "deployment"),
    "mobilize": ("MOBILIZE", "mobilization"),
    "mobilise": ("MOBILIZE", "mobilization"),
    "mobilization": ("MOBILIZE", "mobilization"),
    "train": ("AID", "training"),
    "fund": ("AID", "funding"),
    "funding": ("AID", "funding"),
    "finance": ("AID", "funding"),
    "arm": ("AID", "weapons"),
    "supply": ("AID", "supply"),
    "donate": ("AID", "aid"),
    "shelter": ("AID", "shelter"),
    "harbor": ("AID", "shelter"),
    "harbour": ("AID", "shelter"),
    # SUPPORT
    "support": ("SUPPORT", None),
    "back": ("SUPPORT", None),
    "endorse": ("SUPPORT", None),
    "praise": ("SUPPORT", "praise"),
    "commend": ("SUPPORT", "praise"),
    "hail": ("SUPPORT", "praise"),
    "welcome": ("SUPPORT", "praise"),
    "apologize": ("SUPPORT", "apology"),
    "apologise": ("SUPPORT", "apology"),
    "forgive": ("SUPPORT", None),
    # AGREE
    "agree": ("AGREE", None),
    "pledge": ("AGREE", "promise"),
    "promise": ("AGREE", "promise"),
    "offer": ("AGREE", "offer"),
    "accept": ("AGREE", None),
    # REQUEST
    "demand": ("REQUEST", "demand"),
    "urge": ("REQUEST", "appeal"),
    "ask": ("REQUEST", "appeal"),
    "appeal": ("REQUEST", "appeal"),
    "request": ("REQUEST", "appeal"),
    "plead": ("REQUEST", "appeal"),
    "petition": ("REQUEST", "appeal"),
    # ACCUSE
    "accuse": ("ACCUSE", "allege"),
    "accusation": ("ACCUSE", "allege"),
    "blame": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"),
    "allege": ("ACCUSE", "allege"),
    "sue": ("ACCUSE", "allege"),
    "complain": ("ACCUSE", "allege"),
    "condemn": ("ACCUSE", "disapprove"),
    "condemnation": ("ACCUSE", "disapprove"),
    "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"),
    "criticism": ("ACCUSE", "disapprove"),
    "denounce": ("ACCUSE", "disapprove"),
    "censure": ("ACCUSE", "disapprove"),
    "convict": ("ACCUSE", "disapprove"),
    "investigate": ("ACCUSE", "investigate"),
    "investigation": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"),
    # THREATEN
    "threaten": ("THREATEN", None),
    "threat": ("THREATEN", None),
    "warn": ("THREATEN", None),
    "ultimatum": ("THREATEN", "relations"),
    # PROTEST
    "protest": ("PROTEST", "demonstrate"),
    "demonstrate": ("PROTEST", "demonstrate"),
    "demonstration": ("PROTEST", "demonstrate"),
    "rally": ("PROTEST", "demonstrate"),
    "march": ("PROTEST", "demonstrate"),
    "riot": ("PROTEST", "riot"),
    "boycott": ("PROTEST", "boycott"),
    # REJECT
    "reject": ("REJECT", None),
    "refuse": ("REJECT", None),
    "decline": ("REJECT", None),
    "deny": ("REJECT", None),
    "veto": ("REJECT", "veto"),
    "defy": ("REJECT", "yield"),
    "violate": ("REJECT", "yield"),
    # RETREAT
    "withdraw": ("RETREAT", "withdraw"),
    "withdrawal": ("RETREAT", "withdraw"),
    "retreat": ("RETREAT", "withdraw"),
    "evacuate": ("RETREAT", "withdraw"),
    "surrender": ("RETREAT", "disarm"),
    "disarm": ("RETREAT", "disarm"),
    "demobilize": ("RETREAT", "disarm"),
    "demobilise": ("RETREAT", "disarm"),
    "demobilization": ("RETREAT", "disarm"),
    "release": ("RETREAT", "release"),
    "free": ("RETREAT", "release"),
    # CONCEDE
    "concede": ("CONCEDE", None),
    "relent": ("CONCEDE", None),
    "yield": ("CONCEDE", None),
    # COOPERATE
    "cooperate": ("COOPERATE", None),
    "cooperation": ("COOPERATE", None),
    "collaborate": ("COOPERATE", None),
}

#: lemmas that are events only as verbs ("back", "arm", "train", "support" as
#: nouns are no events; "free" is mostly an adjective)
VERB_ONLY = frozenset(
    """back arm train support supply fund shoot gun target bomb host free charge offer
    request appeal ask deny release threaten warn fight storm shelter decline yield
    march phone""".split()
)
#: lemmas that are events only as nouns ("talk" the verb is chat; "meeting")
NOUN_ONLY = frozenset({"talk", "threat", "offensive", "blast", "explosion"})
#: verbs that are events only with an object or infinitive ("declined to resign")
NEEDS_COMPLEMENT = frozenset({"decline", "refuse", "yield", "free", "host", "welcome"})
#: event nouns that say too little without someone acted upon ("remains a threat")
NEEDS_TARGET = frozenset({"fight", "demand"})
#: what one fights or wages is no one acted upon ("fought a foreign power's war")
NOT_TARGETS = frozenset(
    {"war", "battle", "conflict", "fight", "insurgency", "campaign"}
    # nor what one vows to eliminate: "eliminate terrorism", "wipe out the menace"
    | {"terrorism", "menace", "scourge", "extremism", "militancy", "threat", "violence"}
    # nor what is fired: "an exchange of fire"
    | {"fire", "gunfire", "firing"}
)
#: news agencies report events, they never act in them ("Reuters" is no actor of a strike);
#: the world's wire services by their usual names
NEWS_AGENCIES = frozenset(
    "reuters|ap|associated press|afp|agence france-presse|app|associated press of pakistan|"
    "xinhua|ani|ians|tass|ria novosti|anadolu|anadolu agency|irna|dpa|kyodo|yonhap|bernama|"
    "efe|ansa|upi|bss|unb|wam|spa|qna|kuna|mena|petra|sana|interfax|bloomberg".split("|")
)
#: causes of harm that are no one's act ("killed in a road accident", "floods killed 12")
ACCIDENTS = frozenset(
    "accident crash collision collide flood flooding earthquake quake tremor landslide "
    "avalanche cyclone hurricane typhoon tornado storm lightning drown drowning stampede "
    "blaze wildfire collapse derail derailment overturn".split()
)
#: what explodes by accident: a gas cylinder, a boiler, a leaking main
ACCIDENTAL_BLASTS = frozenset({"cylinder", "boiler", "gas", "leak", "leakage", "transformer"})
#: killing words that are an event only with someone killed ("eliminated 16 terrorists")
NEEDS_VICTIM = frozenset(
    {"eliminate", "elimination", "neutralize", "neutralise", "ram", "rape", "molest", "jail"}
)
#: stances whose complement clause says whom they are about
STANCE_TYPES = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT", "CONCEDE"})
#: prepositions that extend an unnamed noun to the named party it concerns:
#: "a truce with Moslem forces", "calls by Belarus's rulers", "aid to Mozambique"
EXTENSION_PREPS = frozenset({"with", "by", "from", "to", "against", "on", "for", "into"})
#: events that are what someone says (a demand, a warning, an accusation or condemnation):
#: the day of the saying is the event's day, so "said on Wednesday" and an agency's dateline
#: date them, where they only bound an act that is reported
SPEECH_TYPES = STANCE_TYPES | {"ACCUSE"}
SPEECH_MODES = frozenset({"allege", "disapprove"})
#: types about stances rather than acts: without a named participant they are noise
SOFT_TYPES = frozenset(
    {"SUPPORT", "AGREE", "REJECT", "REQUEST", "COOPERATE", "CONCEDE", "CONSULT", "THREATEN"}
)
#: what is suspended, halted or ended in SANCTION discontinue / withdraw (CAMEO 162-165)
HALTED_AID = frozenset("aid assistance delivery program programme funding loan".split())
HALTED_TIES = frozenset(
    "talk negotiation mediation relation tie link cooperation flight membership".split()
)
#: verbs that need a particular object to be an event: lemma -> object lemma -> event
OBJECT_FRAMES: dict[str, dict[str, Trigger]] = {
    # "fired dozens of rockets", "the missile fired by the army": what is fired says it is
    # an attack (firing a minister is not)
    "fire": {
        "rocket": ("ASSAULT", "heavy-weapons"),
        "missile": ("ASSAULT", "heavy-weapons"),
        "shell": ("ASSAULT", "heavy-weapons"),
        "mortar": ("ASSAULT", "heavy-weapons"),
        "shot": ("ASSAULT", "firearms"),
        "bullet": ("ASSAULT", "firearms"),
    },
    "destroy": {
        "depot": ("ASSAULT", None),
        "hideout": ("ASSAULT", None),
        "headquarters": ("ASSAULT", None),
        "warship": ("ASSAULT", None),
        "vehicle": ("ASSAULT", None),
        "position": ("ASSAULT", None),
        "base": ("ASSAULT", None),
    },
    "impose": {
        "curfew": ("COERCE", "curfew"),
        "law": ("COERCE", "martial-law"),
        "emergency": ("COERCE", "martial-law"),
        "restriction": ("COERCE", "restrict"),
        "ban": ("COERCE", "ban"),
    },
    "declare": {
        "ceasefire": ("RETREAT", "ceasefire"),
        "truce": ("RETREAT", "ceasefire"),
        "law": ("COERCE", "martial-law"),
        "emergency": ("COERCE", "martial-law"),
    },
    "close": {
        "border": ("COERCE", "restrict"),
        "crossing": ("COERCE", "restrict"),
        "airspace": ("COERCE", "restrict"),
        "embassy": ("SANCTION", "withdraw"),
        "consulate": ("SANCTION", "withdraw"),
    },
    "sever": {"tie": ("SANCTION", "withdraw"), "relation": ("SANCTION", "withdraw")},
    "recall": {
        "ambassador": ("SANCTION", "withdraw"),
        "envoy": ("SANCTION", "withdraw"),
        "diplomat": ("SANCTION", "withdraw"),
    },
    "share": {
        "intelligence": ("COOPERATE", "intelligence"),
        "information": ("COOPERATE", "intelligence"),
        "evidence": ("COOPERATE", "intelligence"),
    },
    "open": {
        "fire": ("ASSAULT", "firearms"),
        "border": ("RETREAT", "ease"),
        "crossing": ("RETREAT", "ease"),
        "bridge": ("RETREAT", "ease"),
        "corridor": ("RETREAT", "ease"),
        "airspace": ("RETREAT", "ease"),
    },
    "establish": {"tie": ("SUPPORT", "recognition"), "relation": ("SUPPORT", "recognition")},
    "restore": {"tie": ("SUPPORT", "recognition"), "relation": ("SUPPORT", "recognition")},
    "normalize": {"tie": ("SUPPORT", "recognition"), "relation": ("SUPPORT", "recognition")},
    "take": {"hostage": ("ASSAULT", "abduct")},
    "sign": {
        noun: ("SUPPORT", "agreement")
        for noun in "agreement accord deal treaty pact memorandum ceasefire truce".split()
    },
    "summon": {
        "ambassador": ("ACCUSE", "allege"),
        "envoy": ("ACCUSE", "allege"),
        "diplomat": ("ACCUSE", "allege"),
    },
    "block": {
        noun: ("PROTEST", "obstruct")
        for noun in "road highway bridge street traffic entrance railway route transport".split()
    },
    **{
        verb: {noun: ("SANCTION", "discontinue") for noun in HALTED_AID}
        | {noun: ("SANCTION", "withdraw") for noun in HALTED_TIES}
        for verb in "suspend halt freeze end stop cut".split()
    },
    "seek": {
        "asylum": ("REQUEST", "assist"),
        "refuge": ("REQUEST", "assist"),
        "help": ("REQUEST", "assist"),
        "aid": ("REQUEST", "assist"),
        "assistance": ("REQUEST", "assist"),
    },
    "dismiss": {
        noun: ("REJECT", None)
        for noun in "appeal demand call proposal offer plan request accusation allegation".split()
    },
}
#: material aid given or sent: object lemma -> mode
AID_OBJECTS: dict[str, str] = {
    "aid": "aid",
    "assistance": "aid",
    "food": "humanitarian",
    "medicine": "humanitarian",
    "weapon": "weapons",
    "arm": "weapons",
    "ammunition": "weapons",
    "missile": "weapons",
    "drone": "weapons",
    "training": "training",
    "fund": "funding",
    "funding": "funding",
    "money": "funding",
    "loan": "funding",
    "grant": "funding",
    "asylum": "asylum",
    "shelter": "shelter",
    "intelligence": "intelligence",
}
AID_VERBS = frozenset({"provide", "give", "send", "deliver", "grant", "transfer"})
#: verbs whose object is what is imposed, lifted, given or signed, not who is
#: acted upon; that one follows a preposition ("impose a curfew on X")
THEME_VERBS = frozenset(
    """impose declare close cut sever share open sign block seek dismiss lift ease relax remove
    withdraw recall pull suspend halt freeze end stop establish restore normalize
    violate""".split()
)
#: event nouns governed through a preposition: "responded with strikes",
#: "involved in attacks", "went on strike"
PREP_SUPPORT = frozenset(
    {
        ("respond", "with"),
        ("retaliate", "with"),
        ("involve", "in"),
        ("participate", "in"),
        ("engage", "in"),
        ("join", "in"),
        ("go", "on"),
    }
)
#: lifting these is RETREAT/ease (CAMEO 085, 0813, 0814)
RESTRICTIONS = frozenset(
    "sanction embargo ban curfew restriction blockade siege emergency law".split()
)
EASING_VERBS = frozenset({"lift", "ease", "relax", "remove"})
#: withdrawing these is reducing relations, SANCTION (CAMEO 161, 166)
DIPLOMATS = frozenset(
    "ambassador envoy diplomat inspector observer monitor peacekeeper mission staff".split()
)
#: phrasal verbs: "pulled out", "backed down", "beat up", "blew up"
PARTICLE_VERBS: dict[tuple[str, str], Trigger] = {
    ("pull", "out"): ("RETREAT", "withdraw"),
    ("pull", "back"): ("RETREAT", "withdraw"),
    ("back", "down"): ("CONCEDE", None),
    ("beat", "up"): ("ASSAULT", "beat"),
    ("blow", "up"): ("ASSAULT", "explosives"),
    ("round", "up"): ("COERCE", "arrest"),
    ("crack", "down"): ("COERCE", "crackdown"),
}
#: "place X on a blacklist", "put X under investigation / under arrest"
PLACING_VERBS = frozenset({"place", "put", "add", "include"})
PLACED_ON: dict[str, Trigger] = {
    "blacklist": ("SANCTION", "designation"),
    "list": ("SANCTION", "designation"),
    "watchlist": ("SANCTION", "designation"),
    "investigation": ("ACCUSE", "investigate"),
    "arrest": ("COERCE", "arrest"),
}
#: "the group was banned" is a proscription; "banned rallies" a COERCE ban
ORG_NOUNS = frozenset(
    """group outfit organization organisation militia brigade movement faction party
    network front wing army division corps""".split()
)
#: nouns for people, for telling an arrest from a seizure
HUMAN_NOUNS = frozenset(
    """man woman men people person member fighter militant suspect soldier commander
    leader official officer civilian insurgent rebel guard worker journalist activist
    cleric student terrorist youth teenager operative agent recruit""".split()
)
PLACE_NOUNS = frozenset(
    """town city village territory area base district region province airport port tehsil
    subdivision locality neighbourhood neighborhood colony sector valley""".split()
)
#: place nouns a proper name in front of names a place the model may not tag: "in the
#: Mangochar area of Kalat district", "in Takwara area", "in KP's Lakki Marwat district"
NAMED_PLACE_NOUNS = PLACE_NOUNS - {"base", "airport", "port", "territory", "region", "province"}
#: words near an ASSAULT trigger that set its mode, strongest first
MODE_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("suicide-attack", frozenset({"suicide"})),
    ("assassination", frozenset({"assassination", "assassinate"})),
    (
        "aerial",
        frozenset(
            {"missile", "drone", "air", "aerial", "airstrike", "warplane", "jet", "helicopter"}
        ),
    ),
    (
        "explosives",
        frozenset({"bomb", "bomber", "explosive", "ied", "grenade", "car-bomb", "blast"}),
    ),
    ("heavy-weapons", frozenset({"artillery", "mortar", "rocket", "tank", "shelling"})),
    ("firearms", frozenset({"gun", "gunman", "gunmen", "gunfire", "rifle", "sniper"})),
)
#: "hunger strike", "general strike": a protest, not an attack
PROTEST_STRIKES = frozenset({"hunger", "general", "labor", "labour", "worker", "nationwide"})

#: verbs whose subject performs the event noun they govern ("launched attacks");
#: "stag" is how the small model lemmatises "staged"
SUPPORT_VERBS = frozenset(
    """launch carry conduct mount stage execute perpetrate commit unleash undertake order
    respond retaliate begin start continue resume intensify step escalate make hold lead
    organize organise claim plan plot orchestrate mastermind announce impose issue lodge
    file express voice extend declare join involve participate take go call threaten vow
    pledge promise offer approve authorize complete finish stag""".split()
)
#: verbs whose subject undergoes the event noun they govern ("escaped an attempt")
UNDERGO_VERBS = frozenset(
    "receive suffer face escape survive undergo sustain endure witness".split()
)
#: "X is responsible for / behind the attack": X acted
RESPONSIBLE = frozenset({"responsible", "behind"})
#: heads of which an event noun is a compound and that stand for it:
#: "assassination attempt", "bomb attack", "protest rally"
EVENT_HEADS = frozenset(
    "attempt plot bid campaign operation spree wave attack strike raid rally effort".split()
)
#: nouns of statements that act for their author ("a declaration demanding ...")
SPEECH_NOUNS = frozenset(
    "statement declaration letter resolution communique report speech message".split()
)
#: verbs that report a clause; a pronoun subject inside it is their subject
REPORTING = frozenset({"say", "tell", "announce", "state", "claim", "confirm", "add", "report"})
#: statement verbs whose date is the statement's ("declared on Wednesday that the attack ...")
STATING = frozenset("declare reveal disclose inform post write assert stress".split())
#: links from a clause up to the one it depends on, for pronoun subjects
CLAUSE_LINKS = frozenset({"ccomp", "relcl", "advcl", "conj", "pobj", "prep"})
#: verbs whose object controls their infinitive ("urged X to withdraw")
OBJECT_CONTROL = frozenset(
    """urge ask order force call persuade allow help encourage press tell instruct invite
    recruit train send deploy mobilize""".split()
)
#: crediting or blaming X for acting: X did it ("lauded the security forces for sending nine
#: Khwarij to hell", "blamed India for killing"), not the one who praises or blames
CREDITING = frozenset(
    """praise laud commend salute appreciate thank congratulate hail felicitate honour honor
    applaud acclaim admire blame criticise criticize condemn fault reward""".split()
)
#: "paid tribute to X for ...": the noun whose "to" phrase names who is credited
TRIBUTES = frozenset("tribute homage salute thanks gratitude credit praise".split())
#: acts only a state's forces carry out: "killed in an intelligence-based operation" names
#: no agent, yet the article's security forces did it (the label guide's ACLED standard)
OPERATIONS = frozenset("operation ibo raid encounter crackdown offensive".split())
#: nouns of violence that are no event trigger of their own but say who harmed ("killed in
#: the Indian aggression")
HARM_NOUNS = frozenset("aggression shelling firing gunfire bombardment bombing".split())
#: weapons and blasts in an actor's slot ("a roadside bomb targeted a vehicle"): how, not who
WEAPONS = frozenset(
    """bomb device ied explosive mine shell mortar rocket missile grenade blast explosion
    firing gunfire""".split()
)
#: heads of a security force noun phrase ("security forces", "troops", "police")
FORCES = frozenset(
    """force troop police army military soldier personnel ranger levy levies ctd fc
    policeman""".split()
)
#: accusing X of acting: X is the actor of the act
ACCUSING = frozenset({"accuse", "suspect", "charge", "blame", "convict", "arrest", "detain"})

#: "foiled/thwarted an attack" is not among these: the attack was attempted, and an attempt
#: that was beaten back happened (the arrests and the exchange of fire too)
NEGATING = frozenset({"deny", "fail", "prevent", "avert", "refuse", "reject"})
HYPOTHETICAL = frozenset({"could", "would", "might", "may", "should", "must", "ought"})
#: a demanded or urged act has not happened: the demand is the event ("demanded the arrest
#: of the killers" is a REQUEST, and an arrest no one made)
DEMANDING = frozenset({"demand", "urge", "seek", "ask", "want", "press", "call"})
CONDITIONAL = frozenset({"if", "unless"})
FUTURE = frozenset({"will", "shall", "'ll"})
PLANNING = frozenset(
    """plan intend prepare plot aim seek threaten vow pledge promise scheme conspire
    decide agree offer want hope expect""".split()
)
#: "keen to sever ties", "ready to talk": intent, like a plan
WILLING = frozenset("keen ready willing prepared determined eager poised set".split())
ALLEGING = frozenset({"accuse", "suspect", "allege", "believe", "charge", "blame", "convict"})
ALLEGING_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})
ALLEGING_ADJECTIVES = frozenset({"suspected", "alleged", "purported"})

#: relations through which a governing word's meaning reaches an event under it
GOVERNED = frozenset(
    {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl", "support", "nsubjpass", "attr"}
)
#: being arrested or sentenced for an act makes the act alleged
PUNISHING = frozenset("arrest detain convict sentence charge prosecute indict jail punish".split())
#: relations through which a governing verb's negation or modal reaches an event
CONTROLLED = frozenset(
    {"xcomp", "pcomp", "dobj", "pobj", "prep", "nsubjpass", "auxpass", "support", ""}
)
#: relations through which a governing verb's own negation or modal reaches an
#: event: its arguments, not its adjuncts ("will become safer with the killing")
ARGUMENT_OF = frozenset({"xcomp", "dobj", "nsubjpass", "auxpass", "support"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: entity types of parties that can hold a plan, an offer or a right
NAMED = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: mention labels that can act or be acted upon (laws and named events cannot)
PARTICIPANT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DESC"})
#: "on Friday", "on 5 May": dates and numbers are no one acted upon
NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "across", "outside", "around"})
#: heads whose "of" phrase is part of them: "members of X", "two of X", "some of X"
PARTITIVE_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "DET", "ADJ"})
#: dependents kept in an argument's noun phrase (no clauses, no place phrases)
CORE_DEPS = frozenset(
    {"compound", "poss", "nmod", "det", "nummod", "quantmod", "case", "flat", "predet"}
)


@dataclass(frozen=True, slots=True)
class _Context:
    """What every rule needs from the document, built once per document."""

    doc: Doc
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpr, ...]
    sentence_at: dict[int, int]
    triggers: frozenset[int]  # token indices of every trigger
    #: ``doc.text``, read once: spaCy rebuilds it from every token on each access
    text: str


@dataclass(slots=True)
class _Roles:
    """Argument heads of one trigger, before they become character spans."""

    actors: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    instruments: list[Token] = field(default_factory=list)  # "killed in an attack"
    themes: list[Token] = field(default_factory=list)  # "imposed a ban", "lifted a blockade"
    support: Token | None = None  # the verb an event noun depends on
    mode: str | None = None  # a mode learnt from an argument ("killed by a drone strike")
    absorbed: set[int] = field(default_factory=set)  # trigger tokens this event stands for


# --------------------------------------------------------------------------- triggers


def _lemma(token: Token) -> str:
    """The token's lemma, mended where the small model cuts a trigger's past form short
    ("raped" -> "rap"): the surface form less its "d" when that is a trigger."""
    lemma = token.lemma_.lower()
    surface = token.lower_
    if (
        lemma not in TRIGGERS
        and token.tag_ in ("VBD", "VBN")
        and surface.endswith("ed")
        and surface[:-1] in TRIGGERS
    ):
        return surface[:-1]
    return lemma


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def _objects(verb: Token) -> list[Token]:
    """Direct objects, or the passive subject, with their conjuncts, and what
    they measure ("5 million dollars of aid", "part of a military aid program")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    found = [g for h in heads for g in _with_conjuncts(h)]
    for head in list(found):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found += [p for p in prep.children if p.dep_ == "pobj"]
    return found


def _frame(verb: Token) -> Trigger | None:
    """Events that a verb means only with a particular object or list."""
    lemma = _lemma(verb)
    objects = [_lemma(o) for o in _objects(verb)]
    if lemma == "send" and any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(_lemma(p) == "hell" for p in prep.children)
        for prep in verb.children
    ):
        return ("ASSAULT", None)  # "four khwarij were sent to hell" (military press releases)
    if lemma in PLACING_VERBS:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "under", "to"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and _lemma(pobj) in PLACED_ON:
                        return PLACED_ON[_lemma(pobj)]
        return None
    if lemma in AID_VERBS:
        modes = [AID_OBJECTS[o] for o in objects if o in AID_OBJECTS]
        return ("AID", modes[0]) if modes else None
    if lemma in EASING_VERBS:
        return ("RETREAT", "ease") if any(o in RESTRICTIONS for o in objects) else None
    if lemma in ("withdraw", "expel") and any(o in DIPLOMATS for o in objects):
        return ("SANCTION", "withdraw" if lemma == "withdraw" else "expel")
    if lemma == "expel" and objects:
        return ("COERCE", "deport")
    if lemma == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "on") for c in verb.children
    ):
        return ("REQUEST", "appeal")
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    for particle in particles:
        if (lemma, particle) in PARTICLE_VERBS:
            return PARTICLE_VERBS[(lemma, particle)]
    frames = OBJECT_FRAMES.get(lemma, {})
    for obj in objects:
        if obj in frames:
            return frames[obj]
    if lemma == "fire" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "at") for c in verb.children
    ):
        return ("ASSAULT", "firearms")  # "fired on protesters", not "fired the minister"
    return None


def _trigger(token: Token) -> Trigger | None:
    """The event a token can stand for, by lemma, part of speech and object."""
    lemma = _lemma(token)
    if _is_verb(token):
        framed = _frame(token)
        if framed is not None:
            return framed
        if lemma in NOUN_ONLY or lemma in OBJECT_FRAMES or lemma in AID_VERBS:
            return None
        if lemma in NEEDS_COMPLEMENT and not any(
            c.dep_ in ("xcomp", "dobj", "obj", "nsubjpass") for c in token.children
        ):
            return None  # "their activities have declined"
        return TRIGGERS.get(lemma)
    if token.pos_ == "NOUN" and lemma not in VERB_ONLY:
        found = TRIGGERS.get(lemma)
        if found and lemma == "strike" and _is_protest_strike(token):
            return ("PROTEST", "strike")
        if found and lemma == "sanction":
            return ("SANCTION", "sanctions")
        if found and lemma in ("protest", "complaint") and _lemma(token.head) in ("lodge", "file"):
            return ("ACCUSE", "allege")
        if found is None and lemma == "exchange" and _of_fire(token) and _stands_as_clause(token):
            return ("ASSAULT", "firearms")  # "an exchange of fire", "a fire exchange"
        return found
    return None


#: verbs that tell a blast as something that happened ("an explosion occurred", "a blast
#: took place", "a bomb went off", "a blast rocked the area"), not as something heard or said
OCCURRING = frozenset("occur happen take go rock hit strike erupt jolt shake".split())
#: words that describe who attacked when the article names no group: "a terrorist attack"
PERPETRATORS = frozenset(
    "terrorist militant insurgent extremist jihadist separatist rebel".split()
)
#: fights that two sides wage on each other: the side "with" whom is the other party
MUTUAL_FIGHTS = frozenset(
    "exchange clash encounter gunfight shootout skirmish fighting battle firefight".split()
)
#: what two sides exchange when they fight: "an exchange of fire", "a fire exchange"
GUNFIRE = frozenset({"fire", "gunfire", "firing", "shot", "gunshot", "bullet"})


def _of_fire(token: Token) -> bool:
    """Whether an "exchange" is one of fire ("exchange of fire", "fire exchange", "exchange
    of firing"): a clash, whichever side is named first, not a trade or a dialogue."""
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and _lemma(child) in GUNFIRE:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(p.dep_ == "pobj" and _lemma(p) in GUNFIRE for p in child.children):
                return True
    return False


def _stands_as_clause(noun: Token) -> bool:
    """Whether a noun is told as an occurrence of its own ("an exchange of fire took place",
    "the exchange lasted an hour"), not as the setting of another act ("were killed in an
    exchange of fire", "after an exchange of fire"), which that act's event covers."""
    return noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "dobj", "attr", "appos")


def _is_protest_strike(token: Token) -> bool:
    """ "hunger strike", "general strike", "on strike": a protest, not an attack."""
    if any(_lemma(c) in PROTEST_STRIKES for c in token.children if c.dep_ in ("compound", "amod")):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.pos_ != "NOUN"


# --------------------------------------------------------------------------- arguments


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, with conjuncts, dates and numbers left out."""
    return [
        g
        for p in prep.children
        if p.dep_ == "pobj" and p.ent_type_ not in NOT_PARTICIPANTS
        for g in _with_conjuncts(p)
    ]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _target_preps(kind: str, noun: bool) -> frozenset[str]:
    """Prepositions that introduce who is acted on, per type: "strikes on X",
    "met with X", "the arrest of X", "aid to X"."""
    if kind in ("CONSULT", "COOPERATE", "AGREE"):
        return frozenset({"with", "between"} if noun else {"with"})
    if kind in ("AID", "SUPPORT"):  # "aid for X", but "praised X for his courage"
        return frozenset({"to", "for"} if noun else {"to"})
    if kind in ("COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "RETREAT") and noun:
        return frozenset({"on", "against", "of", "targeting", "at"})
    if kind == "ACCUSE" and noun:  # "an investigation into X", "a protest with X"
        return frozenset({"against", "on", "into", "with"})
    if kind in ("THREATEN", "PROTEST", "ACCUSE", "REQUEST"):
        return frozenset({"against", "on"} if noun else {"against"})
    if kind == "ASSAULT":
        return frozenset({"on", "against", "targeting", "at"})
    return frozenset({"on", "against"})


def _subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Who does what ``verb`` says: its subject, or that of the verb controlling it."""
    subjects = [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
    if subjects:
        return subjects
    if _is_passive(verb):
        return [g for c in verb.children if c.dep_ == "nsubjpass" for g in _with_conjuncts(c)]
    return _controller(verb, depth + 1)


def _controller(verb: Token, depth: int = 0) -> list[Token]:
    """The actor of a verb without its own subject: "X planned to attack", "X was
    accused of attacking", "militants suspected of planning attacks"."""
    head, dep = verb.head, verb.dep_
    if head.i == verb.i or depth > 4:
        return []
    if dep == "conj" and _is_verb(head):
        return _agents(head) if _is_passive(head) else _subjects(head, depth)
    if dep == "xcomp" and head.pos_ == "ADJ" and _is_verb(head.head):
        return _subjects(head.head, depth)  # "they are willing to forgive X"
    if dep == "xcomp" and _is_verb(head):
        if _lemma(head) in OBJECT_CONTROL:
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objects:
                return objects
        return _subjects(head, depth)
    if dep == "advcl" and _is_verb(head):
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if infinitive and objects and _lemma(head) in OBJECT_CONTROL:
            return objects  # "sent young Pakistanis to fight in Syria"
        return _subjects(head, depth)
    if dep == "pcomp" and head.dep_ == "prep":
        governor = head.head
        credited = _credited(governor) if head.lower_ == "for" else []
        if credited:
            return credited
        if _is_verb(governor) and _lemma(governor) in ACCUSING:
            return _accused(governor)
        if _is_verb(governor):
            return _subjects(governor, depth)
        return _holder(governor) if _is_noun(governor) else []  # "a US proposal for signing"
    if dep == "acl" and _is_noun(head):
        if _participle(verb):
            return []  # "proxies demobilized": the noun is acted upon
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "plans to attack", "a US offer to host", "the right of X to fire"
            return _holder(head) or (_subjects(head.head, depth) if _is_verb(head.head) else [])
        if _lemma(head) in SPEECH_NOUNS and _is_verb(head.head):
            return _subjects(head.head, depth)  # "issued a declaration demanding ..."
        return [head]
    if dep == "relcl" and _is_noun(head):
        return [head]
    return []


def _credited(governor: Token) -> list[Token]:
    """Who is praised or blamed "for" an act, and so did it: the object of "lauded X for",
    or the "to" phrase of "paid tribute to X for" (the "for" on the verb or on the noun)."""
    if _is_verb(governor) and _lemma(governor) in CREDITING:
        objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
        return [g for c in objects for g in _with_conjuncts(c)]
    nouns = [governor] if _is_noun(governor) else []
    if _is_verb(governor):
        nouns += [c for c in governor.children if c.dep_ in ("dobj", "obj")]
    for noun in nouns:
        if _lemma(noun) not in TRIBUTES:
            continue
        for prep in (c for c in [*noun.children, *governor.children] if c.pos_ == "ADP"):
            if prep.lower_ == "to" and prep.dep_ in ("prep", "dative"):
                return _pobjs(prep)
    return []


def _holder(noun: Token) -> list[Token]:
    """Whose plan, offer or right a noun is: its possessor, "of"/"by" phrase or
    a name compounded with it."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return [child]
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            found = [p for p in child.children if p.dep_ == "pobj" and p.ent_type_ in NAMED]
            if found:  # "the right of Russian troops", not "a grant of 5 million"
                return found
        if child.dep_ in ("compound", "amod") and child.ent_type_ in NAMED:
            return [child]
    return []


def _participle(verb: Token) -> bool:
    """A past participle after its noun ("a militia deployed in Syria"); the small
    model often tags it as a past tense."""
    return verb.tag_ in ("VBN", "VBD")


def _accused(verb: Token) -> list[Token]:
    """Who is accused of (and so alleged to do) an act: the object of "accused
    X of", the subject of "X was accused of", the noun of "militants suspected of"."""
    if _is_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and _participle(verb) and _is_noun(verb.head):
        return [verb.head]
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _agents(verb: Token) -> list[Token]:
    """The ``by`` phrase of a passive verb."""
    return [
        g
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in _pobjs(c)
    ]


def _shared_object(verb: Token) -> list[Token]:
    """The object of coordinated verbs that share it: "recruited, trained and led X"."""
    root = verb
    while root.dep_ in ("conj", "advcl") and _is_verb(root.head) and root.head.i < root.i:
        root = root.head
    group, stack = [], [root]
    while stack:  # the coordination: verbs joined by "conj" (or a comma the parser read as advcl)
        current = stack.pop()
        group.append(current)
        stack += [c for c in current.children if c.dep_ in ("conj", "advcl") and _is_verb(c)]
    for other in sorted(group, key=lambda t: t.i):
        if other.i <= verb.i or any(c.dep_ == "nsubj" for c in other.children):
            continue
        objects = [c for c in other.children if c.dep_ in ("dobj", "obj")]
        if objects:
            return [g for o in objects for g in _with_conjuncts(o)]
    return []


def _bare(verb: Token) -> bool:
    """A verb directly followed by a comma or conjunction: "recruited, trained and
    led X" shares the last verb's object; "kidnapped X and exploded Y" does not."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and (following.text == "," or following.dep_ == "cc")


def _has_theme(verb: Token, kind: str) -> bool:
    """Whether the verb's object is a thing given or imposed, not a participant."""
    if _lemma(verb) in THEME_VERBS or _lemma(verb) in AID_VERBS:
        return True
    return kind == "AID" and any(_lemma(o) in AID_OBJECTS for o in _objects(verb))


def _verb_roles(verb: Token, kind: str) -> _Roles:
    """Actor and target heads of a verb trigger."""
    roles = _Roles()
    passive = _is_passive(verb)
    theme_object = _has_theme(verb, kind)
    if theme_object:
        roles.themes = _objects(verb)
    for child in verb.children:
        if child.dep_ == "nsubj":
            roles.actors += _with_conjuncts(child)
        elif child.dep_ == "nsubjpass" and not theme_object:
            roles.targets += _with_conjuncts(child)
        elif child.dep_ in ("dobj", "obj") and not theme_object:
            roles.targets += _with_conjuncts(child)
        elif child.dep_ == "dative":  # "gave Tanzania a grant", "gave a grant to Tanzania"
            roles.targets += _pobjs(child) if child.pos_ == "ADP" else _with_conjuncts(child)
        elif child.dep_ == "agent" or (passive and child.dep_ == "prep" and child.lower_ == "by"):
            roles.actors += _pobjs(child)
        elif child.dep_ == "prep" and child.lower_ in _verb_target_preps(verb, kind, theme_object):
            roles.targets += _pobjs(child)
        elif child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
            roles.instruments += [p for p in child.children if p.dep_ == "pobj"]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    if not roles.actors and verb.dep_ == "advcl" and _is_passive(verb.head):
        roles.actors = _agents(verb.head)
    elif not roles.actors and not has_subject:
        roles.actors = _controller(verb)
    if verb.dep_ == "conj" and _is_passive(verb.head) and not passive and not roles.targets:
        # "were recruited ... by X, and trained": the passive is shared
        roles.targets = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not roles.targets and not theme_object and not passive and _bare(verb):
        roles.targets = _shared_object(verb)
    if kind == "REQUEST" and not roles.targets:  # "demanded that X abandon ..."
        roles.targets = [
            s for c in verb.children if c.dep_ == "ccomp" for s in _subjects(c) if s.dep_ == "nsubj"
        ]
    if verb.dep_ in ("relcl", "acl") and passive and not roles.targets:
        roles.targets = [verb.head]
    if verb.dep_ == "acl" and _participle(verb) and _is_noun(verb.head):
        roles.targets.insert(0, verb.head)  # "a group accused by Tehran of ..."
    if passive and not roles.actors and kind == "COERCE":
        roles.actors = _announcer(verb)
    if _lemma(verb) in PLACING_VERBS:
        _placed_on(verb, roles)
    return roles


def _placed_on(verb: Token, roles: _Roles) -> None:
    """ "placed on the US Treasury's blacklist": one designation, by the list's owner."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for listing in prep.children:
            if listing.dep_ == "pobj" and _lemma(listing) in PLACED_ON:
                roles.absorbed.add(listing.i)
                if not roles.actors:
                    roles.actors += [
                        c
                        for c in listing.children
                        if c.dep_ in ("poss", "nmod") and c.pos_ in ("PROPN", "NOUN")
                    ]


def _announcer(verb: Token) -> list[Token]:
    """ "CTD said that X was arrested": security agencies announce their own
    arrests, so the named organisation reporting an agentless arrest made it."""
    if verb.dep_ != "ccomp" or _lemma(verb.head) not in REPORTING:
        return []
    return [
        c
        for c in verb.head.children
        if c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or _lemma(c) in ("police", "authority"))
    ]


def _verb_target_preps(verb: Token, kind: str, theme: bool) -> frozenset[str]:
    """ "strikes on X", "met with X", "aid to X"; never the list of "placed on a
    blacklist", and "of" only after nouns."""
    if _lemma(verb) in PLACING_VERBS:
        return frozenset()
    if kind == "RETREAT":
        return frozenset({"from"})
    if theme and kind in ("SANCTION", "COERCE"):  # "imposed a curfew on X", "cut ties with X"
        return frozenset({"on", "against", "with", "to", "from"})
    if theme and kind in ("COOPERATE", "SUPPORT"):  # "shared intelligence with X"
        return frozenset({"with"})
    return _target_preps(kind, noun=False)


def _phrase_head(noun: Token) -> Token:
    """The noun an event noun stands in: "assassination attempt" -> "attempt"."""
    if noun.dep_ == "compound" and _lemma(noun.head) in EVENT_HEADS:
        return noun.head
    return noun


def _premodifiers(head: Token) -> list[Token]:
    """Tokens left of a noun inside its noun phrase, read linearly (the parser
    often misattaches them): determiners, names, dates, adjectives, nouns."""
    doc = head.doc
    found: list[Token] = []
    i = head.i - 1
    while i >= head.sent.start:
        token = doc[i]
        if token.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "CCONJ"):
            found.append(token)
        elif token.text in ("-", "–") or (token.pos_ == "PRON" and token.dep_ == "poss"):
            found.append(token)
        else:
            break
        i -= 1
    return found[::-1]


def _noun_roles(noun: Token, kind: str, context: _Context) -> _Roles:
    """Actor and target heads of an event noun, from its phrase and support verb."""
    roles = _Roles()
    head = _phrase_head(noun)
    roles.actors += _premodifier_names(head, noun, kind, context)
    children = list(head.children)
    if kind == "ASSAULT":
        # "an exchange of fire between X and Y": the parser hangs the sides on "fire"
        children += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and _lemma(p) in GUNFIRE
            for g in p.children
            if g.dep_ == "prep" and g.lower_ in ("between", "with")
        ]
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "by":
            roles.actors += _pobjs(child)
        elif child.dep_ == "prep" and child.lower_ in _target_preps(kind, noun=True):
            roles.targets += _of_argument(child, kind, roles)
        elif kind == "ASSAULT" and child.dep_ == "prep" and child.lower_ == "between":
            # "a clash between the security forces and militants": either side may be named
            # first; the first is taken as actor, the others as targets
            sides = [s for p in _pobjs(child) for s in _with_conjuncts(p)]
            roles.actors += sides[:1]
            roles.targets += sides[1:]
        elif (
            kind == "ASSAULT"
            and child.dep_ == "prep"
            and child.lower_ == "with"
            and _lemma(noun) in MUTUAL_FIGHTS
        ):
            roles.targets += _pobjs(child)  # "an exchange of fire with police"
    following = head.doc[head.i + 1] if head.i + 1 < head.sent.end else None
    if not roles.targets and following is not None and following.pos_ == "ADP":
        if following.lower_ in _target_preps(kind, noun=True) - {"of"}:
            roles.targets += _pobjs(following)
    _support_roles(head, kind, roles)
    return roles


def _premodifier_names(head: Token, noun: Token, kind: str, context: _Context) -> list[Token]:
    """Names before an event noun act in it: "the IRGC's attacks", "US drone
    strike". Not "Iran-backed" (who backs is no actor), and for stances only
    organisations, people and possessors ("Afghan peace talks" are about Afghans)."""
    window = [t for t in _premodifiers(head) if t.i != noun.i]
    if not window:
        return []
    doc = head.doc
    start, end = window[0].idx, window[-1].idx + len(window[-1].text)
    found: list[Token] = [  # "The IRGC's attacks" where the model saw no name
        t
        for t in window
        if t.dep_ == "poss"
        and t.pos_ == "PROPN"
        and t.ent_type_ not in NOT_PARTICIPANTS
        and _mention_at(t, context.mentions) is None
    ]
    for mention in _participants(context):
        if not start <= mention.start < end or mention.end > end:
            continue
        tokens = _mention_tokens(mention, doc)
        if not tokens or any(doc[i].dep_ == "npadvmod" for i in tokens):
            continue
        last = doc[tokens[-1]]
        possessive = last.i + 1 < len(doc) and doc[last.i + 1].dep_ == "case"
        if kind in SOFT_TYPES and mention.label not in ("ORG", "PERSON") and not possessive:
            continue
        found.append(last)
    return found


def _of_argument(prep: Token, kind: str, roles: _Roles) -> list[Token]:
    """ "the arrest of X" names the target; "the shelling of Iranian border forces"
    names who shelled (armed forces shell, they are rarely shelled by name)."""
    objects = _pobjs(prep)
    if prep.lower_ == "of" and kind == "ASSAULT":
        forces = [o for o in objects if _lemma(o) in ("force", "troop", "army", "military")]
        roles.actors += forces
        return [o for o in objects if o not in forces]
    return objects


def _support_verb(head: Token) -> Token | None:
    """The verb whose subject performs (or undergoes) an event noun: "launched
    strikes", "attacks carried out by X", "responded on Monday with air strikes",
    "claimed responsibility for the attack"."""
    current = head
    for _ in range(4):
        dep, parent = current.dep_, current.head
        if dep in ("dobj", "nsubjpass", "conj", "compound") and _is_verb(parent):
            return parent if _supports(parent) else None
        if dep == "pobj" and parent.pos_ == "ADP":
            governor = parent.head
            if _is_verb(governor):
                return governor if (_lemma(governor), parent.lower_) in PREP_SUPPORT else None
            if _lemma(governor) == "responsibility" and parent.lower_ == "for":
                current = governor
                continue
            break
        if dep in ("conj", "dobj") and _is_noun(parent):  # "missile and drone strikes"
            current = parent
            continue
        break
    return _support_before(head)


def _supports(verb: Token) -> bool:
    return _lemma(verb) in SUPPORT_VERBS or _lemma(verb) in UNDERGO_VERBS


def _relative_support(head: Token) -> Token | None:
    """ "attacks that militants carried out": a support verb in a relative clause."""
    for child in head.children:
        if child.dep_ == "relcl" and _lemma(child) in SUPPORT_VERBS:
            return child
    return None


def _support_before(head: Token) -> Token | None:
    """Linear fallback: "responded on January 18 with air strikes" where the
    parser hung the noun elsewhere; the verb must govern a "with" before it."""
    start = min([head.i, *[t.i for t in _premodifiers(head)]])
    if start == 0 or head.doc[start - 1].lower_ != "with":
        return None
    for i in range(start - 2, max(head.sent.start, start - 8) - 1, -1):
        token = head.doc[i]
        if _is_verb(token):
            return token if _lemma(token) in ("respond", "retaliate", "hit") else None
    return None


def _support_roles(head: Token, kind: str, roles: _Roles) -> None:
    """Fill actors (or targets) from the verb an event noun depends on."""
    verb = _support_verb(head)
    if verb is None:
        relative = _relative_support(head)
        if relative is not None and not roles.actors:
            roles.support = relative
            roles.actors += [
                c for c in relative.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
            ]
            roles.actors += _agents(relative)
        _responsible_roles(head, roles)
        return
    roles.support = verb
    lemma = _lemma(verb)
    if lemma in UNDERGO_VERBS:
        roles.targets += _subjects(verb)
    elif not roles.actors:
        if head.dep_ == "nsubjpass" or (_is_passive(verb) and head.dep_ != "pobj"):
            roles.actors += _agents(verb)
        else:
            roles.actors += _subjects(verb)
    if not roles.targets:
        preps = _target_preps(kind, noun=True) - {"of"}
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > head.i:
                roles.targets += _pobjs(child)


def _responsible_roles(head: Token, roles: _Roles) -> None:
    """ "X was responsible for / behind the attack": X acted."""
    if roles.actors or head.dep_ != "pobj":
        return
    prep = head.head
    holder = prep.head if prep.lower_ == "for" else prep
    if _lemma(holder) in RESPONSIBLE or prep.lower_ == "behind":
        verb = holder if _is_verb(holder) else holder.head
        if _is_verb(verb):
            roles.actors += _subjects(verb)


def _absorb(roles: _Roles, kind: str, triggers: dict[int, Trigger], context: _Context) -> None:
    """An argument that is itself an event noun of the same type is that event:
    "killed by a US drone strike" -> actor US, mode aerial, one event."""
    actors: list[Token] = []
    for actor in roles.actors:
        found = triggers.get(actor.i)
        if found and found[0] == kind and _is_noun(actor):
            inner = _noun_roles(actor, kind, context)
            actors += inner.actors
            roles.mode = roles.mode or found[1] or _context_mode(actor)
            roles.absorbed.add(actor.i)
        else:
            actors.append(actor)
    roles.actors = actors
    for target in roles.targets:
        found = triggers.get(target.i)
        if found and found[0] == kind and _is_noun(target):
            roles.absorbed.add(target.i)
    for theme in roles.themes:  # "lifted a blockade on X": one easing, of X
        if theme.i in triggers and _is_noun(theme):
            roles.absorbed.add(theme.i)
            if not roles.targets:
                roles.targets += _noun_roles(theme, triggers[theme.i][0], context).targets
    for instrument in roles.instruments:
        found = triggers.get(instrument.i)
        if found and found[0] == kind and _is_noun(instrument):
            roles.absorbed.add(instrument.i)
            roles.mode = roles.mode or found[1] or _context_mode(instrument)
    roles.targets = [t for t in roles.targets if t.i not in roles.absorbed]


# --------------------------------------------------------------------------- spans


def _mention_tokens(mention: Mention, doc: Doc) -> range:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _core(head: Token) -> set[int]:
    """Token indices of a noun phrase without clauses or place phrases: the
    head, its compounds, possessors, determiners, "of" phrases, and adjectives
    (not their own dependents: "Iran-backed" says who backs, not who acts)."""
    keep = {head.i}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in CORE_DEPS:
                keep.add(child.i)
                stack.append(child)
            elif child.dep_ == "amod":  # "Hungarian and Romanian officials"
                keep.update(c.i for c in [child, *child.conjuncts])
            elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ in PARTITIVE_POS:
                keep.add(child.i)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        keep.add(pobj.i)
                        stack.append(pobj)
    return keep


def _trim(doc: Doc, first: int, last: int) -> Span:
    """Character span of tokens first..last without a trailing "'s" or punctuation."""
    while last > first and (doc[last].is_punct or doc[last].dep_ == "case"):
        last -= 1
    return (doc[first].idx, doc[last].idx + len(doc[last].text))


def _resolve_pronoun(token: Token) -> Token | None:
    """ "CTD said it arrested ...": a subject pronoun in a reported clause is the
    reporter; relative pronouns are the noun they hang on."""
    if token.tag_ in ("WDT", "WP"):
        clause = token.head
        return clause.head if clause.dep_ == "relcl" and _is_noun(clause.head) else None
    if token.dep_ != "nsubj" or token.lower_ not in ("it", "they", "we"):
        return None  # "he" is as often someone else the reporter speaks of
    clause = token.head
    for _ in range(4):
        if clause.head.i == clause.i or clause.dep_ not in CLAUSE_LINKS:
            return None
        clause = clause.head
        if _is_verb(clause):
            named = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if named:
                return named[0]
    return None


def _argument_spans(token: Token, context: _Context) -> list[Span]:
    """Spans for one argument head: the name it is, else the names in its noun
    phrase if there are several, else the noun phrase itself."""
    if token.pos_ == "PRON" or token.tag_ in ("WDT", "WP"):
        resolved = _resolve_pronoun(token)
        if resolved is None:
            return []
        token = resolved
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return []  # "no group claimed responsibility"
    if token.dep_ == "appos" and _is_noun(token.head):
        token = token.head  # "Jaish al-Adl, a US designated terrorist group"
    named = _named_appositions(token, context)
    if named:
        return named
    for mention in context.mentions:
        if mention.start <= token.idx < mention.end and mention.label in PARTICIPANT_LABELS:
            return [(mention.start, mention.end)]
    if _split_name(token):
        return [_name_extent(token)]  # "The Harakat al-Nasr" parsed as three subjects
    core = _core(token)
    first, last = min(core), max(core)
    doc = token.doc
    inside = [
        m
        for m in context.mentions
        if m.label in PARTICIPANT_LABELS
        and doc[first].idx <= m.start
        and m.end <= doc[last].idx + len(doc[last].text)
        and any(i in core for i in _mention_tokens(m, doc))
    ]
    if len(inside) >= 2:
        return [(m.start, m.end) for m in inside]
    if not inside:
        extended = _extension(token, context)
        if extended:
            return extended
    return [_trim(doc, _after_modifier_names(doc, first, token, core, context), last)]


def _split_name(token: Token) -> bool:
    """A proper noun with a proper-noun neighbour outside its own phrase: the
    parser cut an unrecognised name into pieces."""
    if token.pos_ != "PROPN":
        return False
    inside = {t.i for t in token.subtree}
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(
        n.i not in inside and token.i not in {t.i for t in n.subtree} and n.pos_ == "PROPN"
        for n in neighbours
    )


def _name_extent(token: Token) -> Span:
    """An unrecognised multi-word name around a proper noun the parser split up."""
    doc = token.doc
    first = last = token.i
    while first > token.sent.start and (
        doc[first - 1].pos_ == "PROPN" or doc[first - 1].text == "-"
    ):
        first -= 1
    while last + 1 < token.sent.end and (
        doc[last + 1].pos_ == "PROPN" or doc[last + 1].text == "-"
    ):
        last += 1
    while doc[first].text == "-" and first < last:
        first += 1
    return _trim(doc, first, last)


def _after_modifier_names(
    doc: Doc, first: int, head: Token, core: set[int], context: _Context
) -> int:
    """Start a phrase after a name that only modifies it ("a US designated
    group"), so that the span does not read as that name."""
    start = first
    for mention in context.mentions:
        if doc[first].idx <= mention.start and mention.end <= head.idx:
            tokens = _mention_tokens(mention, doc)
            if tokens and not any(i in core for i in tokens):
                start = max(start, tokens.stop)
    return min(start, head.i)


def _named_appositions(token: Token, context: _Context) -> list[Span]:
    """ "two outfits, Ansar-ul-Hussain and its offshoot, Khatam-ul-Anbia": the
    names in apposition (or after "including") are who is meant."""
    if _mention_at(token, _participants(context)) is not None:
        return []
    found: list[Span] = []
    for child in token.children:
        heads = [child] if child.dep_ == "appos" else []
        if child.dep_ == "prep" and child.lower_ in ("including", "like"):
            heads = [p for p in child.children if p.dep_ == "pobj"]
        for head in heads:
            for conjunct in [head, *head.conjuncts]:
                for span in _member_names(conjunct, context):
                    if span not in found:
                        found.append(span)
    labels = {(m.start, m.end): m.label for m in context.mentions}
    # "a Shia Pakistani militia" in apposition describes; it names no one
    return found if any(labels.get(span) != "NORP" for span in found) else []


def _member_names(member: Token, context: _Context) -> list[Span]:
    """The names of one listed member: its own, those in apposition to it ("the
    Palestinian group Hamas"), else the names in its noun phrase."""
    own = _mention_at(member, _participants(context))
    named: list[Span] = []
    for child in member.children:
        if child.dep_ in ("appos", "compound"):
            span = _mention_at(child, _participants(context))
            if span is not None:
                named.append(span)
            elif child.dep_ == "appos":  # "Khatam-ul-Anbia" whose name the model cut short
                named += _core_mentions(child, context)
    if own is not None:
        return [own, *named]
    return named or _core_mentions(member, context)


def _extension(token: Token, context: _Context) -> list[Span]:
    """The named party an unnamed noun concerns: "a truce with Moslem forces",
    "recent calls by Belarus's rulers", "a camp for Congolese refugees"."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in EXTENSION_PREPS:
            continue
        for pobj in _pobjs(prep):
            spans = _argument_spans(pobj, context)
            if spans and _named_heads(pobj, context):
                return spans
    return []


def _core_mentions(token: Token, context: _Context) -> list[Span]:
    """Participant mentions inside a noun phrase's core (without its clauses)."""
    core = _core(token)
    start, end = _trim(token.doc, min(core), max(core))
    found = [m for m in _participants(context) if start <= m.start < end]
    names = [m for m in found if m.label != "NORP"]  # "the Palestinian group Hamas": Hamas
    return [(m.start, m.end) for m in names or found]


def _participants(context: _Context) -> Iterator[Mention]:
    return (m for m in context.mentions if m.label in PARTICIPANT_LABELS)


def _spans(tokens: Iterable[Token], context: _Context) -> tuple[Span, ...]:
    found: list[Span] = []
    for token in sorted(tokens, key=lambda t: t.i):
        for span in _argument_spans(token, context):
            if span not in found:
                found.append(span)
    return tuple(found)


# --------------------------------------------------------------------------- place, time


def _own_clause(prep: Token, anchor: Token) -> bool:
    """True when no other verb stands between ``prep`` and ``anchor``."""
    current = prep.head
    while current.i != anchor.i:  # spaCy makes a new Token object per access: compare .i
        if _is_verb(current) or current.head.i == current.i:
            return False
        current = current.head
    return True


def _place_named(noun: Token, mentions: Iterable[Mention]) -> Span | None:
    """ "the city of Karachi": the name after a place noun is a place whatever
    label the model gave it."""
    if _lemma(noun) not in PLACE_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found = _mention_at(pobj, mentions)
                if found is not None:
                    return found
    return None


def _place_in(
    anchor: Token, places: list[Mention], context_mentions: Iterable[Mention] = ()
) -> Span | None:
    """A place mention in an "in/at/near X" phrase of ``anchor``'s own clause."""
    for prep in anchor.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or not _own_clause(prep, anchor):
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            named = _place_named(pobj, context_mentions)
            core = _core(pobj)  # "in the town of Cizre in southeastern Turkey": Cizre
            start, end = _trim(pobj.doc, min(core), max(core))
            inside = [p for p in places if p.start < end and start < p.end]
            own = _named_place_noun(pobj)
            if own is not None:  # "in KP's Dera Ismail Khan district": not KP
                inside = [p for p in inside if not (p.start < own[1] and own[0] < p.end)]
                text = pobj.doc.text[own[0] : own[1]]
                inside.append(Mention(own[0], own[1], text, "LOC", text.lower(), 0))
            if inside:  # "in Khyber Pakhtunkhwa's Khyber district": Khyber
                best = _most_specific(inside)
                return (best.start, best.end)
            if named is not None:
                return named
    return None


def _named_place_noun(noun: Token) -> Span | None:
    """A place name the model may have missed or mistyped: the proper name compounded with a
    place noun ("Takwara area", "Lakki Marwat district", "Spinwam tehsil"), which the noun says
    is a place, or a proper name the gazetteer holds whole ("Dera Ismail Khan" tagged as a
    person "Ismail Khan")."""
    doc = noun.doc
    if _lemma(noun) in NAMED_PLACE_NOUNS:
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        first, last = min(n.i for n in names), max(n.i for n in names)
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
            first -= 1
        for i in range(first, last + 1):  # "Khyber Pakhtunkhwa's Bajaur district": Bajaur
            if doc[i].dep_ == "case" or doc[i].lower_ in ("'s", "’s"):
                first = i + 1
        if noun.text[:1].isupper() and noun.i == last + 1:
            last = noun.i  # "Steel Town", "Orangi Town": the noun is part of the name
        return _trim(doc, first, last) if first <= last else None
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.lower_ not in PLACE_PREPS:
        return None
    if noun.ent_type_ in NOT_PARTICIPANTS:
        return None  # "In March last year": a month, not the town of March
    first = noun.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    span = _trim(doc, first, noun.i)
    return span if _known_place(doc.text[span[0] : span[1]]) else None


def _extra_places(tokens: Iterable[Token]) -> list[Mention]:
    """Places of :func:`_named_place_noun` among ``tokens``, as mentions to rank."""
    found = []
    for token in tokens:
        own = _named_place_noun(token)
        if own is not None:
            text = token.doc.text[own[0] : own[1]]
            found.append(Mention(own[0], own[1], text, "LOC", text.lower(), 0))
    return found


def _most_specific(places: list[Mention]) -> Mention:
    """The smallest place of several (a district before its province before its country);
    the first written among equals."""
    return min(places, key=lambda m: (breadth(m.text), m.start))


def _location(trigger: Token, roles: _Roles, context: _Context) -> Span | None:
    """The trigger's place, else its support verb's, else its actor's ("police
    in Karachi"). A name the model typed as a person or group counts when the gazetteer
    holds it whole ("in Dera Ismail Khan": a city, not a man named Khan)."""
    places = [
        m
        for m in context.mentions
        if m.label in PLACE_LABELS
        or (m.label in ("PERSON", "ORG") and len(m.text) > 3 and _known_place(m.text))
    ]
    anchors = [_phrase_head(trigger) if _is_noun(trigger) else trigger]
    if roles.support is not None:
        anchors.append(roles.support)
    anchors += roles.actors
    for anchor in anchors:
        found = _place_in(anchor, places, _participants(context))
        if found is not None:
            return found
    if trigger.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.children):
        return _mention_at(trigger.head, places)  # "Tehran, where it met ..."
    return None


def _sentence_place(trigger: Token, arguments: tuple[Span, ...], context: _Context) -> Span | None:
    """No place hangs on the event: the most specific place its sentence names that is not
    one of its participants ("Two leaders of JUI-F were killed in the Zehri area of Khuzdar
    district on Saturday", parsed onto another word)."""
    sentence = trigger.sent
    extra = _extra_places(sentence)
    free = [
        m
        for m in context.mentions
        if m.label in PLACE_LABELS
        and sentence.start_char <= m.start
        and m.end <= sentence.end_char
        and not any(e.start < m.end and m.start < e.end for e in extra)
    ] + extra
    free = [m for m in free if not any(a < m.end and m.start < b for a, b in arguments)]
    if not free:
        return None
    best = _most_specific(free)
    return (best.start, best.end)


def _mention_at(token: Token, mentions: Iterable[Mention]) -> Span | None:
    for mention in mentions:
        if mention.start <= token.idx < mention.end:
            return (mention.start, mention.end)
    return None


def _attached(root: Token, anchor: Token, span: tuple[int, int]) -> bool:
    """Whether a date expression hangs on ``anchor`` through prepositions only."""
    current = root
    for _ in range(6):
        if current.i == anchor.i:
            return True
        inside = span[0] <= current.idx < span[1]
        if not inside and current.dep_ != "prep":
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _time(trigger: Token, roles: _Roles, context: _Context) -> Span | None:
    """A date attached to the trigger (or its support verb), else the nearest in
    the sentence that is not inside another event noun's phrase."""
    sentence = trigger.sent
    inside = [
        t for t in context.times if sentence.start_char <= t.start and t.end <= sentence.end_char
    ]
    if not inside:
        return None
    doc = trigger.doc
    anchors = [_phrase_head(trigger) if _is_noun(trigger) else trigger]
    if roles.support is not None:
        anchors.append(roles.support)
    roots = {}
    for t in inside:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            roots[(t.start, t.end)] = span.root
    for anchor in anchors:
        for t in inside:
            root = roots.get((t.start, t.end))
            if root is not None and _attached(root, anchor, (t.start, t.end)):
                return (t.start, t.end)
    own_kind = _trigger(trigger)
    kind = own_kind[0] if own_kind else None
    # an event noun of the same type ("killed four terrorists during an operation ... on
    # Friday") is this event's own frame: its date is this event's
    others = frozenset(
        i
        for i in context.triggers - {a.i for a in anchors} - {trigger.i}
        if i not in roles.absorbed and (_trigger(doc[i]) or (None,))[0] != kind
    )
    above = {g.i for a in anchors for g in [a, *a.ancestors]}
    free = [
        t
        for t in inside
        if (t.start, t.end) in roots and _dates_this(roots[(t.start, t.end)], others, above)
    ]
    if not free:
        return None
    nearest = min(free, key=lambda t: abs(t.start - trigger.idx))
    return (nearest.start, nearest.end)


def _report_date(trigger: Token, span: Span) -> bool:
    """Whether the date hangs on a reporting verb above the event ("Security forces killed
    four terrorists ..., the military's media wing said on Wednesday"): it dates the report."""
    found = trigger.doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None:
        return False
    doc = trigger.doc
    before = found.start - 1
    if before >= 0 and doc[before].lower_ == "on":
        before -= 1
    if before >= 0 and _reports(doc[before]) and any(a.i == before for a in trigger.ancestors):
        # "Police said on Wednesday a worker was killed": read in word order, since the parser
        # often hangs the date on the reported verb
        return True
    current = found.root
    for _ in range(8):
        if _is_verb(current) or current.head.i == current.i:
            break
        current = current.head
    return (
        _is_verb(current)
        and _reports(current)
        and current.i != trigger.i
        and any(a.i == current.i for a in trigger.ancestors)
    )


def _reports(verb: Token) -> bool:
    """A verb whose date is the day of a report, a statement or a tribute, not of the act it
    is about: "said on Wednesday", "declared on Monday", "lauded ... on Monday", "paid
    tribute on Friday"."""
    return _is_verb(verb) and (
        _lemma(verb) in REPORTING | CREDITING | STATING or _lemma(verb) == "pay"
    )


def _dates_this(root: Token, others: frozenset[int], above: set[int]) -> bool:
    """Whether a date may date an event it is not attached to: not inside another
    event noun's phrase ("arrested a suspect in the 2019 attempt": 2019 dates the
    attempt, not the arrest), and in the event's own clause or one above it, not
    in a side clause ("a group that was placed on a blacklist in 2019")."""
    current = root
    for _ in range(8):
        if current.i in others and not _is_verb(current):
            return False
        if _is_verb(current):
            return current.i in above
        if current.head.i == current.i:
            return True
        current = current.head
    return True


# --------------------------------------------------------------------------- modality


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
    return None


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
    if lemma in PLANNING or (lemma in WILLING and token.pos_ == "ADJ"):
        return "planned"
    if lemma in ALLEGING or (lemma == "claim" and via == "ccomp"):
        return "alleged"
    if lemma in PUNISHING and child is not None and child.lower_ in ("for", "over"):
        return "alleged"  # "arrested for collaborating with X"
    return None


def modality(trigger: Token, support: Token | None = None) -> str:
    """asserted, alleged, planned, negated or hypothetical: the nearest cue wins
    ("suspected of planning attacks" is planned, "accused of attacking" alleged)."""
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
    for level, (token, via, child) in enumerate(_chain(trigger, support)):
        if level > 0:
            cue = _governor_cue(token, via, child)
            if cue:
                return cue
        if level == 0 or (_is_verb(token) and via in ARGUMENT_OF):
            cue = _own_cue(token)
            if cue:
                return cue
        if via not in CONTROLLED:
            break  # a clause of its own: "said" above "attacked" says nothing of it
    return "asserted"


# --------------------------------------------------------------------------- events


def _refine(kind: str, mode: str | None, token: Token, roles: _Roles) -> Trigger:
    """Type and mode decisions that need the arguments (see the module docstring)."""
    lemma = _lemma(token)
    objects = roles.targets
    if lemma == "ban" and kind == "SANCTION" and not any(_org_like(t) for t in objects):
        return ("COERCE", "ban")
    if lemma == "capture" and objects and not any(_human(t) for t in objects):
        return ("COERCE", "seize")  # "captured the town", "captured a helicopter"
    if lemma == "withdraw" and any(_lemma(t) in DIPLOMATS for t in objects):
        return ("SANCTION", "withdraw")
    if lemma == "train" and not objects:
        return ("MOBILIZE", "training")
    if kind == "ASSAULT" and mode is None:
        return (kind, roles.mode or _context_mode(token))
    return (kind, mode)


def _org_like(token: Token) -> bool:
    """An organisation (the small model often calls unfamiliar group names FAC)."""
    return token.ent_type_ in ("ORG", "NORP", "FAC") or _lemma(token) in ORG_NOUNS


def _human(token: Token) -> bool:
    """People or groups of people: named persons, groups, or nouns for people
    ("several militants", "members of the Brigade", "a suspect")."""
    if token.ent_type_ in ("PERSON", "NORP", "ORG") or token.pos_ in ("PRON", "NUM"):
        return True
    return _lemma(token) in HUMAN_NOUNS or _lemma(token) in ORG_NOUNS


def _context_mode(token: Token) -> str | None:
    """An ASSAULT mode from weapon words in the trigger's phrase: "missile and
    drone attack" -> aerial, "car bomb attack" -> explosives."""
    head = _phrase_head(token) if _is_noun(token) else token
    words = {t.lower_ for t in _premodifiers(head)} | {_lemma(t) for t in _premodifiers(head)}
    words |= {_lemma(c) for c in head.children if c.dep_ in ("compound", "amod", "dobj")}
    words |= {_lemma(p) for c in head.children if c.dep_ == "prep" for p in c.children}
    for subject in (c for c in head.children if c.dep_ == "nsubj"):  # "a suicide bomber attacked"
        words |= {_lemma(subject)} | {_lemma(c) for c in subject.children}
    words.add(_lemma(token))
    for mode, cues in MODE_WORDS:
        if words & cues:
            return mode
    return None


def _stands_alone(token: Token) -> bool:
    """An event noun inside another noun ("attack helicopter", "arrest warrant",
    "protest leader") is no event of its own."""
    return not (
        _is_noun(token) and token.dep_ == "compound" and _lemma(token.head) not in EVENT_HEADS
    )


def _candidate(
    token: Token, trigger: Trigger, triggers: dict[int, Trigger], context: _Context
) -> tuple[EventMention, set[int]] | None:
    """The event mention of one trigger and the trigger tokens it stands for."""
    kind, mode = trigger
    if _is_verb(token):
        roles = _verb_roles(token, kind)
    else:
        roles = _noun_roles(token, kind, context)
        head = _phrase_head(token)
        if head.i != token.i and head.i in triggers and triggers[head.i][0] == kind:
            return None  # "bomb attack": the head noun's event, with this mode
    if kind == "ASSAULT" and _is_verb(token) and _lemma(token) == "send" and not roles.targets:
        # "were sent to hell": who was sent is who was killed, not a thing given
        roles.targets = [
            g for c in token.children if c.dep_ in ("nsubjpass", "dobj") for g in _with_conjuncts(c)
        ]
    _absorb(roles, kind, triggers, context)
    kind, mode = _refine(kind, mode, token, roles)
    if kind in ("ACCUSE", "REQUEST", "THREATEN"):
        # "accused X of Y": the accused is the target, the act is its own event
        roles.targets = [t for t in roles.targets if t.dep_ != "pobj" or t.head.lower_ != "of"]
    roles.targets = [t for t in roles.targets if _lemma(t) not in NOT_TARGETS]
    if not roles.targets:
        roles.targets = _complement_targets(token, kind, roles, context)
    if _is_noun(token) and _lemma(token) in NEEDS_TARGET and not roles.targets:
        return None  # "the fight"
    if _lemma(token) in NEEDS_VICTIM and not roles.targets:
        return None  # "eliminate terrorism from the country": a vow, no one killed
    if _is_noun(token) and _lemma(token) == "threat" and not _issued(roles):
        return None  # "remains a threat to Pakistan" describes, it threatens no one
    no_one = all(_lemma(a) in ACCIDENTS for a in roles.actors)  # none, or "floods"
    if kind == "ASSAULT" and no_one and _accidental(token):
        return None  # "two killed in a road accident", "floods killed 12": no one attacked
    if kind == "ASSAULT" and roles.actors:
        # "a roadside bomb targeted a vehicle", "a sanitisation operation ... to eliminate":
        # a weapon or an operation is how, not who
        how = [a for a in roles.actors if _lemma(a) in OPERATIONS | WEAPONS]
        roles.actors = [a for a in roles.actors if a not in how]
        if how and not roles.actors:
            roles.instruments += how
    if kind == "ASSAULT" and not roles.actors:
        roles.actors = _operation_forces(token, roles, context)
    actors, placed = _who_acts(_spans(roles.actors, context), context)
    if kind == "ASSAULT" and not actors:
        actors = _spans(_perpetrators(token), context)
    targets = tuple(s for s in _spans(roles.targets, context) if s not in actors)
    location = _location(token, roles, context) or placed
    if (
        location is None
        and mode == "explosives"
        and _is_noun(token)
        and token.dep_ in ("nsubj", "nsubjpass")
        and _lemma(token.head) in OCCURRING
    ):
        # "a powerful explosion occurred on Qambrani Road": a blast told as what happened
        # is an event where its sentence names a place, though no one is named
        location = _sentence_place(token, (), context)
    if not actors and not targets and (location is None or _is_verb(token)):
        return None  # "Iran-backed", "attacks" alone: nothing to put on a timeline
    if kind in SOFT_TYPES and not _names_someone(actors + targets, context):
        return None  # "to support training, research and processing"
    location = location or _sentence_place(token, actors + targets, context)
    sentence = token.sent
    hedged = any(  # "suspected militants attacked ...": who did it is alleged
        t.lower_ in ALLEGING_ADJECTIVES and t.i < a.i for a in roles.actors for t in a.subtree
    )
    mood = modality(token if _is_verb(token) else _phrase_head(token), roles.support)
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
        time=(when := _time(token, roles, context)),
        modality="alleged" if mood == "asserted" and hedged else mood,
        time_of_report=when is not None
        and not is_speech(kind, mode)
        and _report_date(token, when),
    )
    return event, roles.absorbed


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
    return [
        c
        for noun in nouns
        if (_trigger(noun) or ("",))[0] == "ASSAULT"
        for c in noun.children
        if c.dep_ in ("amod", "compound") and _lemma(c) in PERPETRATORS and c.i < noun.i
    ][:1]


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
        if held and _is_noun(instrument) and (
            _lemma(instrument) in OPERATIONS | HARM_NOUNS or _trigger(instrument) is not None
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
    doc = context.doc
    forces = [
        t
        for t in doc
        if t.pos_ in ("NOUN", "PROPN")
        and _lemma(t) in FORCES
        # "security forces", "law enforcement personnel"; not "the use of force"
        and (
            _lemma(t) not in ("force", "personnel")
            or any(c.dep_ in ("compound", "amod") for c in t.children)
        )
    ]
    before = [t for t in forces if t.i < token.i]
    chosen = before[-1] if before else (forces[0] if forces else None)
    return [chosen] if chosen is not None else []


def _accidental(trigger: Token) -> bool:
    """Whether the harm its sentence reports comes from an accident or a disaster (a crash,
    a flood, an earthquake, a gas-cylinder blast), which hurts people without anyone acting."""
    words = {_lemma(t) for t in trigger.sent}
    return bool(words & ACCIDENTS) or bool(
        _lemma(trigger) in ("blast", "explosion", "explode") and words & ACCIDENTAL_BLASTS
    )


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
        placed = mention is not None and _is_place(mention) and _known_place(mention.text)
        # a dateline's "RAWALPINDI" the model left untagged, parsed as the subject
        placed = placed or (
            mention is None and text.isupper() and breadth(text) == 0 and _known_place(text)
        )
        if placed and not stands_for_state(text):
            place = place or span
            continue
        kept.append(span)
    return tuple(kept), place


def _is_place(mention: Mention) -> bool:
    """A place mention, or a one-word name the model mistyped that the gazetteer holds as a
    town or district ("the Khuzdar attack": Khuzdar tagged PERSON)."""
    if mention.label in PLACE_LABELS:
        return True
    return (
        mention.label in ("ORG", "PERSON")
        and " " not in mention.text.strip()
        and mention.text[:1].isupper()
        and breadth(mention.text) == 0
        and _known_place(mention.text)
    )


def _known_place(name: str) -> bool:
    return bool(load_gazetteer().candidates(name))


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


def _named_heads(token: Token, context: _Context) -> bool:
    """Whether a noun phrase holds a named participant (its own or by extension)."""
    start, end = _trim(token.doc, token.left_edge.i, token.right_edge.i)
    return any(m.start < end and start < m.end for m in _participants(context))


def _trigger_span(token: Token) -> Span:
    """The trigger word, or "assassination attempt" where a head stands for it."""
    head = _phrase_head(token) if _is_noun(token) else token
    first, last = min(token.i, head.i), max(token.i, head.i)
    doc = token.doc
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
    dateline = parse_dateline(doc.text)
    wire_dates: list[TimeExpr] = []
    if dateline is not None:
        # "ISLAMABAD, Apr 7 (APP): ...": the dateline dates the report, never the act
        wire_dates = [t for t in times if t.start < dateline.end]
        times = [t for t in times if t.start >= dateline.end]
    triggers: dict[int, Trigger] = {}
    for token in doc:
        found = _trigger(token)
        if found is not None and _stands_alone(token):
            triggers[token.i] = found
    context = _Context(
        doc, tuple(mentions), tuple(times), sentence_at, frozenset(triggers), doc.text
    )
    events: list[tuple[int, EventMention]] = []
    absorbed: set[int] = set()
    for index, trigger in triggers.items():
        built = _candidate(doc[index], trigger, triggers, context)
        if built is not None:
            events.append((index, built[0]))
            absorbed |= built[1]
    merged = _merge(events, absorbed)
    if wire_dates and dateline is not None:
        merged = _date_wire_statements(merged, wire_dates[-1], dateline.end)
    return _speakers_of_statements(merged, claims, mentions, doc)


#: subject pronouns that stand for a person named in an earlier sentence
PERSONAL_PRONOUNS = frozenset({"he", "she"})


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
    text = doc.text  # spaCy rebuilds it on each access
    found = []
    for event in events:
        token = doc.char_span(*event.trigger, alignment_mode="expand")
        pronoun = token is not None and any(
            c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS
            for t in (token.root, token.root.head)
            for c in t.children
        )
        if not event.actors and pronoun and is_speech(event.type, event.mode):
            speaker = _last_speaker(event, [*claims, *_as_claims(found)], groups, text)
            if speaker is not None:
                event = replace(event, actors=(speaker,))
        found.append(event)
    return found


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
