"""The event lexicon: trigger words and their PLOVER types and modes, the word lists
the role, place and modality rules consult, and the trigger lookup over a token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.registry import per_token, per_token_key
from dossier.extract.timex import MONTHS, WEEKDAYS

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: a PLOVER type and mode (or a finer label)
Trigger = tuple[str, str | None]

#: verbs of public condemnation beyond "condemn", "denounce" and "criticise" (session 33); as
#: a bare infinitive ("protesters took to the streets to decry the arrests") they tell what a
#: gathering was for, no statement made (:func:`_token_trigger`)
DECRYING = frozenset("decry castigate lambast lambaste rebuke excoriate".split())
#: verbs of condemnation that also tell a blow or a crash ("slammed into a truck", "was
#: assailed by gunmen"): a condemnation only with an object and no phrase of where the blow
#: landed (:func:`_slammed`, session 38)
BLOW_OR_BLAME = frozenset({"slam", "assail"})
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
    # "embraced martyrdom/shahadat": killed (who embraces it undergoes it)
    "martyrdom": ("ASSAULT", None),
    "shahadat": ("ASSAULT", None),
    # what a mob does to property: "attempted to ransack an outlet", "torched two buses"
    "ransack": ("ASSAULT", None),
    "vandalise": ("ASSAULT", None),
    "vandalize": ("ASSAULT", None),
    "torch": ("ASSAULT", "arson"),
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
    # an attack made in answer to one is an attack: "launched a counterattack on Indian
    # forces" (CAMEO 19x, ACLED armed clash)
    "counterattack": ("ASSAULT", None),
    "counteroffensive": ("ASSAULT", None),
    "storm": ("ASSAULT", None),
    "target": ("ASSAULT", None),
    "kidnap": ("ASSAULT", "abduct"),
    "kidnapping": ("ASSAULT", "abduct"),
    "abduct": ("ASSAULT", "abduct"),
    "abduction": ("ASSAULT", "abduct"),
    "hijack": ("ASSAULT", "abduct"),
    # the act's noun beside its verb, as "kidnapping" is: "the Jaffer Express hijacking"
    "hijacking": ("ASSAULT", "abduct"),
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
    "gunbattle": ("ASSAULT", "firearms"),
    "shootout": ("ASSAULT", "firearms"),
    "lynch": ("ASSAULT", "beat"),
    # armed entry into another's ground (ACLED armed clash when it is fought off, CAMEO 19x
    # "fight"): "foiled an infiltration attempt by terrorists", "an Israeli incursion into
    # Jenin"; nouns only ("infiltrated the party" is no attack)
    "infiltration": ("ASSAULT", None),
    "incursion": ("ASSAULT", None),
    # killing words of CAMEO 18-20 ("kill by physical assault", "mass killings") the list
    # above lacks: "exterminating one more terrorist", "slaughtered 30 villagers"
    "exterminate": ("ASSAULT", None),
    "extermination": ("ASSAULT", None),
    "annihilate": ("ASSAULT", None),
    "slaughter": ("ASSAULT", "massacre"),
    "slay": ("ASSAULT", None),
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
    # "levelled allegations against Pakistan": kept only with someone accused (NEEDS_TARGET)
    "allegation": ("ACCUSE", "allege"),
    "blame": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"),
    "allege": ("ACCUSE", "allege"),
    "sue": ("ACCUSE", "allege"),
    "prosecute": ("ACCUSE", "allege"),
    "complain": ("ACCUSE", "allege"),
    "condemn": ("ACCUSE", "disapprove"),
    "condemnation": ("ACCUSE", "disapprove"),
    "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"),
    "criticism": ("ACCUSE", "disapprove"),
    "denounce": ("ACCUSE", "disapprove"),
    "censure": ("ACCUSE", "disapprove"),
    # the other verbs of public condemnation (CAMEO 111, criticize or denounce): "decried
    # the actions of the Indian forces", "castigated the government" ("slam" is as often a
    # vehicle's, "slammed into a truck", so not here; nor "deplore", as often a condolence)
    **{verb: ("ACCUSE", "disapprove") for verb in sorted(DECRYING)},
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
#: nouns are no events; "free" is mostly an adjective; "the martyrs of the attack" are
#: the dead, where "were martyred" is their killing)
VERB_ONLY = frozenset(
    """back arm train support supply fund shoot gun target bomb host free charge offer
    request appeal ask deny release threaten warn fight storm shelter decline yield
    march phone martyr torch""".split()
)
#: lemmas that are events only as nouns ("talk" the verb is chat; "meeting")
NOUN_ONLY = frozenset(
    {"talk", "threat", "offensive", "blast", "explosion", "infiltration", "incursion"}
)
#: verbs that are events only with an object or infinitive ("declined to resign")
NEEDS_COMPLEMENT = frozenset({"decline", "refuse", "yield", "free", "host", "welcome"})
#: event nouns that say too little without someone acted upon ("remains a threat")
NEEDS_TARGET = frozenset({"fight", "demand", "allegation"})
#: what is "seized" without anyone coerced: "seized power" (a government taken, told as
#: background), "seize the initiative/opportunity". What a seizure takes from someone
#: ("seized weapons", "seized the town") is not among these
NOT_SEIZED = frozenset(
    "power initiative opportunity chance moment momentum reins throne advantage".split()
)
#: verbs of getting away from an act: "killed while resisting arrest", "jumped from the roof
#: to evade arrest", "had been hiding to avoid arrest". The arrest they name is the
#: circumstance of what is told (the killing, the fall), not an arrest of its own
ESCAPING = frozenset("resist evade avoid escape flee dodge elude prevent".split())
#: what one fights or wages is no one acted upon ("fought a foreign power's war")
NOT_TARGETS = frozenset(
    {"war", "battle", "conflict", "fight", "insurgency", "campaign"}
    # nor what one vows to eliminate: "eliminate terrorism", "wipe out the menace"
    | {"terrorism", "menace", "scourge", "extremism", "militancy", "threat", "violence"}
    # nor what is fired: "an exchange of fire"
    | {"fire", "gunfire", "firing"}
    # nor where it happened: "killing him on the spot"; nor how: "held up at gunpoint"
    | {"spot", "gunpoint"}
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
    "blaze wildfire collapse derail derailment overturn volcano eruption tsunami mudslide "
    "sinkhole capsize plunge "
    # the weather ("killed because of hail", "rain-related incidents") and electric shock
    "hail hailstorm rain rainfall downpour snowfall snowstorm heatwave electrocution "
    "electrocute".split()
)
#: what explodes by accident: a gas cylinder, a boiler, a leaking main, a chemical plant
ACCIDENTAL_BLASTS = frozenset(
    {"cylinder", "boiler", "gas", "leak", "leakage", "transformer", "chemical", "reactor"}
    | {"furnace", "firework", "fireworks", "plant", "factory", "warehouse", "refinery"}
    | {"tanker", "pipeline", "fertilizer", "fertiliser", "mine", "kiln", "depot"}
    # a cause officials give that is no one's act: "the blast, blamed on negligence"
    | {"negligence", "short-circuit"}
)
#: what a vehicle does when it harms people by mishap: "a three-wheeler fell into a canal",
#: "a trailer hit them", "run over by a water tanker" (ramming is deliberate unless the
#: sentence says it was an accident: see ``MISHAP_WORDS``)
VEHICLE_MISHAPS = frozenset(
    "fall overturn plunge skid collide hit crash topple veer slip roll tumble flip run crush "
    "knock strike mow swerve turn slam smash plough plow hurtle careen".split()
)
#: what tells that a vehicle's ramming was no one's intent ("accidentally rammed", "the
#: driver lost control")
MISHAP_WORDS = frozenset({"accidentally", "inadvertently", "accidental", "control", "brake"})
#: what a fire does that no one set: "a fire broke out", "the blaze spread", "caught fire"
FIRE_MISHAPS = frozenset(
    "break erupt spread engulf gut rage ravage sweep consume start ensue".split()
)
#: words of an act meant to harm that a vehicle or a fire can serve: a sentence with one
#: is no accident ("set fire to", "torched", "deliberately rammed", "a gunman")
DELIBERATE_WORDS = frozenset(
    """deliberately intentionally arson arsonist torch set gunman gunmen assailant attack
    attacker terrorist militant insurgent rebel landmine drone airstrike shoot gun""".split()
)
#: words of a deliberate blast: a sentence with one tells a bombing, even at a factory
BOMB_WORDS = frozenset(
    "bomb bomber bombing ied explosive suicide attack attacker terrorist militant grenade "
    "landmine".split()
)
#: what is released that is no one set free: a substance, or the amount of it ("released
#: 150,000 gallons of contaminated water", "a gas released from a pesticide")
RELEASED_MATTER = frozenset(
    """gas water cloud chemical smoke fume toxin waste oil sewage radiation steam liquid
    gallon litre liter ton tonne barrel cubic pollutant ammonia chlorine""".split()
)
#: who is evacuated from a danger, not a force that withdraws: "evacuated residents",
#: "6,800 people were evacuated", "the area was evacuated" (a rescue, not RETREAT)
EVACUEES = frozenset(
    """resident people civilian citizen family household villager tourist patient student
    passenger inhabitant dweller neighbour neighbor area village town neighbourhood
    neighborhood home house building school hospital dozen hundred thousand""".split()
)
#: verbs and nouns that recall an attack rather than tell one: "vowed to avenge the attack",
#: "mourned the victims of the attack", "on the anniversary of the attack"
COMMEMORATING = frozenset(
    """avenge revenge mourn commemorate remember honour honor anniversary memory memorial
    commemoration tribute""".split()
)
#: what is released or freed that is no one set free: "police released CCTV footage", "ISPR
#: has not released any statement" (a publication, not RETREAT/release)
PUBLICATIONS = frozenset(
    """statement footage video report data figure detail image photo picture list document
    name result record information album song film book trailer update version clip
    audio recording transcript budget schedule timetable""".split()
)
#: modifiers that make a raid an air or bombing raid ("bombing raids by warplanes"): an
#: attack, not a search
AIR_RAIDS = frozenset({"air", "aerial", "bombing", "bomb", "drone", "missile", "rocket"})
#: killing words that are an event only with someone killed ("eliminated 16 terrorists")
NEEDS_VICTIM = frozenset(
    {"eliminate", "elimination", "neutralize", "neutralise", "ram", "rape", "molest", "jail"}
    # "vowed to exterminate terrorism": a vow, no one killed
    | {"exterminate", "extermination", "annihilate"}
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
#: what a demand asks for in CAMEO 10's own sub-codes, as nouns: 1013 judicial cooperation
#: ("an inquiry", "the arrest of", "action against"), 103 aid, 1041 a change in leadership
#: ("resignation"), 1053 release of persons or property, 1056 de-escalation ("withdrawal"),
#: 106 a meeting or negotiation ("talks")
DEMANDED_ACTS = frozenset(
    """release inquiry investigation probe arrest action justice punishment prosecution
    trial resignation withdrawal aid compensation talks negotiation""".split()
    # 1053 release of persons ("the recovery of the abducted trader"), 1043 easing of
    # restrictions ("the reopening of all roads", "the restoration of mobile service"),
    # 1056 de-escalation ("a ceasefire"), 1013 judicial cooperation ("accountability")
    + "recovery reopening restoration ceasefire accountability".split()
)
#: what is suspended, halted or ended in SANCTION discontinue / withdraw (CAMEO 162-165)
HALTED_AID = frozenset("aid assistance delivery program programme funding loan".split())
HALTED_TIES = frozenset(
    """talk negotiation mediation relation tie link cooperation flight membership trade treaty
    agreement accord pact""".split()
)
#: whom one speaks with to be quoted, not to confer: "spoke with reporters"
PRESS = frozenset("reporter journalist media press newsman correspondent".split())
#: what a closure shuts: "shut all crossings to Gaza", "sealed the border"
CLOSABLE = frozenset("border crossing airspace port airport passage corridor".split())
#: what a blockade stops: "the entry of humanitarian aid has been blocked"
BLOCKED_SUPPLIES = frozenset("aid entry supply delivery shipment convoy import".split())
#: flights a state bars or blocks: "barred Iranian flights from landing" (CAMEO 16x)
FLIGHTS = frozenset("flight plane aircraft airliner".split())
#: what one is accused by, which a reject-verb rejects ("rubbished the allegations",
#: "dismissed the claims", "refuted the charges", "debunked the propaganda")
ACCUSATIONS = frozenset(
    "accusation allegation claim charge assertion insinuation propaganda narrative".split()
)
#: verbs of denial that are no REJECT trigger by themselves: what they deny is their object
#: ("rubbished the allegations"), a theme, not someone acted upon
DENIAL_VERBS = frozenset("rubbish refute repudiate debunk discredit".split())
#: what a state restricts when it stops people's movement or speech, not an armed act or
#: a protest (CAMEO 16x/191 as "barred Iranian flights"): "barred public buses and coaches
#: from travelling", "banning public transport from plying the highways", "halted all
#: movement in and out of the compound", "suspended mobile internet services", "blocked
#: Pakistani media outlets and YouTubers", "banned 16 Pakistani YouTube channels"
MOVEMENT = frozenset("movement traffic transport travel bus coach vehicle".split())
#: media and communications a state shuts or blocks (their own words)
MEDIA = frozenset(
    """internet channel account outlet website youtuber app platform broadcast transmission
    connectivity""".split()
)
#: words before "service", "network", "system" or "media" that make it a means of
#: communication ("mobile internet services", "network and internet systems", "social media")
MEDIA_KINDS = frozenset("internet mobile cellular broadband telecom social".split())
MEDIA_HEADS = frozenset("service network system medium media".split())
#: verbs of a restriction and what each restricts: a road or traffic "blocked" is told by
#: protesters as much as by a state (the lexicon's PROTEST obstruct, :mod:`.blockades`), so
#: "block" and "shut" restrict only media here
RESTRICTING_VERBS: dict[str, frozenset[str]] = {
    "bar": MOVEMENT | MEDIA,
    "ban": MOVEMENT | MEDIA,
    "halt": MOVEMENT | MEDIA,
    "suspend": MOVEMENT | MEDIA,
    "restrict": MOVEMENT | MEDIA,
    "block": MEDIA,
    "shut": MEDIA,
}
#: verbs that make restrictions told as a noun an act: "intensified their restrictions at the
#: checkpoints" as "imposed restrictions"
RESTRICTING_MORE = frozenset({"intensify", "tighten"})


#: verbs of shutting a way whose participle clause tells their effect, no act of its own
BLOCKING_WAYS = frozenset("block close shut seal barricade blockade".split())


def _effect_of_blocking(verb: Token) -> bool:
    """Whether a participle tells what a road-block did, not a restriction of its own: "the
    traders ... blocked the Sibi-Sukkur National Highway, suspending traffic between Sindh and
    Balochistan" is the traders' protest (two such sentences among the archive's hits)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and (_lemma(verb.head) in BLOCKING_WAYS)
    )


def _restricted_by_state(verb: Token) -> Trigger | None:
    """A state's restriction of movement or of media told by its verb and object
    (:data:`RESTRICTING_VERBS`): SANCTION, mode restrict, as flights barred are. Why not
    COERCE: these are orders and bans an administration issues ("a notification banning
    public transport"), not acts of force on the ground; the label guide files them
    ``SANCTION|COERCE`` (movement) and ``SANCTION`` (media blocked)."""
    lemma = _lemma(verb)
    if lemma in RESTRICTING_MORE:
        found = any(_lemma(o) == "restriction" for o in _objects(verb))
        return ("COERCE", "restrict") if found else None
    restricted = RESTRICTING_VERBS.get(lemma)
    if restricted is None or _effect_of_blocking(verb):
        return None
    restricted_nouns = _objects(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        restricted_nouns.append(verb.head)  # "another channel reportedly banned in India"
    for obj in restricted_nouns:
        words = {_lemma(c) for c in obj.children if c.dep_ in ("compound", "amod")}
        if _lemma(obj) in restricted or (
            restricted & MEDIA and _lemma(obj) in MEDIA_HEADS and words & MEDIA_KINDS
        ):
            return ("SANCTION", "restrict")
    return None


#: what flies and can be brought down: the objects of "downed" that make it an attack
AIRCRAFT = frozenset(
    "aircraft airplane aeroplane plane jet fighter warplane airliner helicopter chopper drone "
    "uav quadcopter".split()
)
#: verbs that with "down" and an aircraft as object tell it brought down, as "downed" does
#: ("shot down" reads as "shoot" already)
DOWNING_VERBS = frozenset({"bring", "take"})
#: verbs that need a particular object to be an event: lemma -> object lemma -> event
#: vessels: what a navy or pirates attack at sea
VESSELS = frozenset(
    """ship vessel boat trawler warship tanker supertanker freighter skiff submarine
    frigate destroyer ferry yacht dhow""".split()
)
OBJECT_FRAMES: dict[str, dict[str, Trigger]] = {
    # "fired dozens of rockets", "the missile fired by the army": what is fired says it is
    # an attack (firing a minister is not)
    "fire": {
        "rocket": ("ASSAULT", "heavy-weapons"),
        "missile": ("ASSAULT", "heavy-weapons"),
        "shell": ("ASSAULT", "heavy-weapons"),
        "mortar": ("ASSAULT", "heavy-weapons"),
        "shot": ("ASSAULT", "firearms"),
        "gunshot": ("ASSAULT", "firearms"),
        "bullet": ("ASSAULT", "firearms"),
        # "fired ammunition in the villages", "fired several rounds at the car", "fired a
        # grenade", "fired projectiles across the border": what a gun or a launcher fires
        "ammunition": ("ASSAULT", "firearms"),
        "round": ("ASSAULT", "firearms"),
        "grenade": ("ASSAULT", "explosives"),
        "projectile": ("ASSAULT", "heavy-weapons"),
        "artillery": ("ASSAULT", "heavy-weapons"),
    },
    # "slit the throats of two traders": a killing told by its wound (a throat slit is never
    # an accident, and no other object of "slit" is an attack)
    # "INS Tabar sunk a fishing trawler", "sank a pirate mother ship": a vessel sunk by
    # someone is attacked ("the boat sank", with no object, is an accident)
    "sink": {vessel: ("ASSAULT", None) for vessel in VESSELS},
    "slit": {"throat": ("ASSAULT", None)},
    "slash": {"throat": ("ASSAULT", None)},
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
        # "imposed steep duties on Pakistani imports": a trade sanction (CAMEO 163)
        "duty": ("SANCTION", "sanctions"),
        "tariff": ("SANCTION", "sanctions"),
    },
    "declare": {
        "ceasefire": ("RETREAT", "ceasefire"),
        "truce": ("RETREAT", "ceasefire"),
        "law": ("COERCE", "martial-law"),
        "emergency": ("COERCE", "martial-law"),
        # "Curfews were declared on Friday in Tartous": a curfew declared is one imposed
        "curfew": ("COERCE", "curfew"),
    },
    # "Islamabad responded by downing five Indian jets", "the drone was downed": an aircraft
    # brought down is attacked (CAMEO 190; "shot down" reads as "shoot" already); "downed
    # tools" (a strike) or power lines downed by a storm name no aircraft
    "down": {noun: ("ASSAULT", None) for noun in sorted(AIRCRAFT)},
    # "Israel shut all crossings to Gaza", "sealed the border": a closure imposed on those
    # the crossings serve (shops or schools shut are no event)
    **{
        verb: {noun: ("COERCE", "restrict") for noun in CLOSABLE}
        | {"embassy": ("SANCTION", "withdraw"), "consulate": ("SANCTION", "withdraw")}
        for verb in "close shut seal".split()
    },
    # "the entry of humanitarian aid has been blocked by Israel", "Lebanon barred Iranian
    # flights from landing": aid or traffic stopped by force or by a state's decision
    **{
        verb: {noun: ("COERCE", "restrict") for noun in BLOCKED_SUPPLIES | CLOSABLE}
        | {noun: ("SANCTION", "restrict") for noun in FLIGHTS}
        for verb in "bar".split()
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
    # "security forces and militants exchanged fire": both sides fired
    "exchange": {noun: ("ASSAULT", "firearms") for noun in "fire gunfire shot".split()},
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
    # "hurled a grenade at a police station", "threw acid on a woman": what is thrown at
    # someone says it is an attack (stones are a riot's, told by who threw them)
    **{
        verb: {
            "grenade": ("ASSAULT", "explosives"),
            "bomb": ("ASSAULT", "explosives"),
            "explosive": ("ASSAULT", "explosives"),
            "acid": ("ASSAULT", None),
        }
        for verb in "hurl lob throw toss".split()
    },
    # "the attack that claimed innocent lives", "the blast claimed 12 lives"
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
    }
    | {noun: ("COERCE", "restrict") for noun in BLOCKED_SUPPLIES | CLOSABLE}
    | {noun: ("SANCTION", "restrict") for noun in FLIGHTS},
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
        # "the prosecutor said he was seeking warrants against senior Taliban leaders": a
        # court's charge (PLOVER ACCUSE), as "issued an arrest warrant for X"
        "warrant": ("ACCUSE", "allege"),
    },
    "issue": {"warrant": ("ACCUSE", "allege")},
    "dismiss": {
        noun: ("REJECT", None)
        for noun in "appeal demand call proposal offer plan request".split() + sorted(ACCUSATIONS)
    },
    # "rubbished the allegations", "refuted India's claims": rejecting an accusation (CAMEO
    # 12, the verbs of denial that are no REJECT trigger by themselves)
    **{verb: {noun: ("REJECT", None) for noun in ACCUSATIONS} for verb in sorted(DENIAL_VERBS)},
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
THEME_VERBS = DENIAL_VERBS | frozenset(
    """impose declare close cut sever share open sign block seek dismiss lift ease relax remove
    withdraw recall pull suspend halt freeze end stop establish restore normalize
    violate hurl lob throw toss intensify tighten""".split()
)
#: event nouns governed through a preposition: "responded with strikes",
#: "involved in attacks", "went on strike", "confessed to the murder" (one who owns up to an
#: act did it, as one who claims responsibility for it did)
PREP_SUPPORT = frozenset(
    {
        ("confess", "to"),
        ("admit", "to"),
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
    ("hunt", "down"): ("ASSAULT", None),  # "would hunt down the group's leaders"
    # "lashed out at the government", "hit out at India": public condemnation (CAMEO 111)
    ("lash", "out"): ("ACCUSE", "disapprove"),
    ("hit", "out"): ("ACCUSE", "disapprove"),
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
#: bodies that speak as one, named by a common noun: "the sugar mills association has urged
#: the authorities", "the assembly demanded action", "the jirga warned" — a statement by one
#: of them has a maker an analyst can file, though no name is written
SPEAKING_BODIES = ORG_NOUNS | frozenset(
    """association assembly council committee jirga union federation chamber commission
    senate parliament cabinet alliance bar""".split()
)
#: nouns for people who speak for others: "it" in what they say is never them
SPEAKER_NOUNS = frozenset({"spokesman", "spokesperson", "spokeswoman", "minister", "source"})
#: nouns for the young, who are people too: "she" of "a 17-year-old girl"
YOUNG_NOUNS = frozenset({"girl", "boy", "child", "minor", "baby"})
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
#: last words of a name that says where, never who: "the Quetta-Sibi Highway attack",
#: "Sariab Road", "the Zehri area" (a name in an attack's actor slot may be its place)
WHERE_NOUNS = NAMED_PLACE_NOUNS | frozenset(
    "road highway motorway bypass street chowk bazaar bridge square".split()
)
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
PROTEST_STRIKES = frozenset({"hunger", "general", "labor", "labour", "worker", "nationwide"}) | {
    # South Asian closures: "a shutter-down strike", "a wheel-jam strike", "a pen-down strike"
    "shutter",
    "shutterdown",
    "wheel",
    "jam",
    "pen",
    "token",
}
#: verbs one does a strike by downing tools, never by attacking: "observed a strike", "the
#: bar association announced a strike on May 9", "the union called a strike" (an armed
#: strike is carried out, launched or conducted, "announced strikes on X" names its air
#: raids: ``AIR_RAIDS`` words, and air strikes are "called in", a particle the parser hangs
#: between the verb and the strike)
STRIKE_VERBS = frozenset({"observe", "announce", "call"})

#: verbs whose subject performs the event noun they govern ("launched attacks", "the
#: suspect admitted the murder"); "stag" is how the small model lemmatises "staged"
SUPPORT_VERBS = frozenset(
    """launch carry conduct mount stage execute perpetrate commit unleash undertake order
    admit confess
    respond retaliate begin start continue resume intensify step escalate make hold lead
    organize organise claim plan plot orchestrate mastermind announce impose issue lodge
    file express voice extend declare join involve participate take go call threaten vow
    pledge promise offer approve authorize complete finish stag deliver observe""".split()
)
#: verbs whose subject makes a statement noun by putting it forward: "presented four
#: demands to the government", "submitted a request", "raised demands", "reiterated his
#: threat", "renewed its call"; only for statements ("renewed its bombardment" tells the
#: bombardment again, an act the article may date elsewhere)
PUTTING_FORWARD = frozenset(
    "present submit send raise reiterate repeat renew table level hurl".split()
)
#: verbs whose subject undergoes the event noun they govern ("escaped an attempt")
UNDERGO_VERBS = frozenset(
    "receive suffer face escape survive undergo sustain endure witness embrace".split()
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
    recruit train send deploy mobilize prompt direct compel oblige authorize authorise enable
    lead""".split()
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
#: the possessive clitic as the tokenizer splits it off an owner, in either apostrophe
#: ("Iran’s" is as common in print as "Iran's"; "Hamas’" after a name in -s)
POSSESSIVE_CASE = frozenset({"'s", "’s", "'", "’"})
#: police ranks South Asian news writes as letters before or instead of an officer's name
#: ("SHO Rajput said", "the SSP said", "DPO Khan told"): the model often tags them (and the
#: name after them) a group, but they name one officer, who speaks for the police station or
#: district that made an arrest, never a body of his own
POLICE_RANKS = frozenset("sho ssp sp asp dsp dpo dig igp ig aig cpo ccpo rpo asi io".split())
#: accusing X of acting: X is the actor of the act
ACCUSING = frozenset(
    {"accuse", "suspect", "charge", "blame", "convict", "arrest", "detain", "book"}
)
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


def _lemma(token: Token) -> str:
    """The token's lemma, mended where the small model cuts a trigger's past form short
    ("raped" -> "rap"): the surface form less its "d" when that is a trigger; likewise its
    gerund ("raping" -> "rap"): the lemma with its silent "e" back. Worked out
    once per token of a parse (``registry.per_token``): the rules ask it five times a token,
    so the kept list is read straight from the ``Doc`` (a million questions a 200-article run)."""
    values = token.doc.user_data.get(_LEMMAS)
    if values is None:
        values = per_token(token.doc, "events.lemma", _mended_lemma)
    return values[token.i]


_LEMMAS = per_token_key("events.lemma")
_VERBS = per_token_key("events.verb")
_NOUNS = per_token_key("events.noun")
_TRIGGERS = per_token_key("events.trigger")


def _mended_lemma(token: Token) -> str:
    """:func:`_lemma`, worked out."""
    lemma = token.lemma_.lower()
    surface = token.lower_
    if (
        lemma not in TRIGGERS
        and token.tag_ in ("VBD", "VBN")
        and surface.endswith("ed")
        and surface[:-1] in TRIGGERS
    ):
        return surface[:-1]
    if (
        lemma not in TRIGGERS
        and token.tag_ == "VBG"
        and surface.endswith("ing")
        and lemma + "e" in TRIGGERS
        and surface[:-3] == lemma
    ):
        return lemma + "e"  # "raping" -> "rap": the verb less its silent "e"
    return lemma


def _is_verb(token: Token) -> bool:
    """Whether the token is a verb or auxiliary. Kept per token of a parse, as
    :func:`_lemma` is: the rules ask it of a token a dozen times, and spaCy looks the
    part of speech's name up on every read."""
    values = token.doc.user_data.get(_VERBS)
    if values is None:
        values = per_token(token.doc, "events.verb", _verb_pos)
    return values[token.i]


def _verb_pos(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _is_noun(token: Token) -> bool:
    """Whether the token is a noun or proper noun (kept per token, as :func:`_is_verb`)."""
    values = token.doc.user_data.get(_NOUNS)
    if values is None:
        values = per_token(token.doc, "events.noun", _noun_pos)
    return values[token.i]


def _noun_pos(token: Token) -> bool:
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


#: what someone is "caught" in, on or amid that makes it no arrest: a blast, a fight, a fire,
#: the weather, a camera ("was caught in the blast", "caught in the crossfire", "caught on
#: CCTV", "caught in strong torrent"); with :data:`ACCIDENTS`
CAUGHT_IN = (
    ACCIDENTS
    | frozenset(
        """blast explosion crossfire fire firing gunfire attack clash fighting violence
        stampede traffic jam camera cctv video footage tape film middle""".split()
    )
    # the force of water, fire or rubble ("four men were caught in strong torrent")
    | frozenset("torrent current wave water river stream flame smoke rubble debris".split())
)


#: people a police force or a navy hunts, named by what they did, beside :data:`HUMAN_NOUNS`
#: and :data:`SEARCHED_PEOPLE`: "captured 23 pirates", "caught the gunman". Without them
#: "captured 23 pirates" read as a seizure of goods ("captured the town") and was dropped
WANTED_PEOPLE = frozenset(
    """pirate brigand bandit gangster gunman hijacker kidnapper fugitive escapee shooter
    killer attacker assailant""".split()
)
#: who stops, chases down and holds someone in Western crime news: "Police pulled him
#: over", "the officers caught up with him", "gave himself up to police"
ARRESTERS = frozenset(
    "police policeman officer cop deputy trooper sheriff patrol detective authority marshal".split()
)
#: the object that makes "gave ... up" and "turned ... in" a surrender to the law
REFLEXIVES = frozenset("himself herself themselves myself ourselves yourself".split())


def _caught_person(noun: Token) -> bool:
    """Whether what is caught is someone: a name, a people, a word for a person, a gang or
    those police look for, or a personal pronoun ("it" caught fire)."""
    return (
        noun.ent_type_ in ("PERSON", "NORP")
        or (noun.pos_ == "PRON" and noun.lower_ != "it")
        or _lemma(noun)
        in HUMAN_NOUNS | SEARCHED_PEOPLE | HOSTILES | WANTED_PEOPLE | {"individual", "gang"}
    )


def _arrester(noun: Token) -> bool:
    """Whether a subject is a force that arrests: "Police", "the officers", "a deputy"."""
    return _lemma(noun) in ARRESTERS


def _arrest_idiom(verb: Token) -> bool:
    """Whether a verb is one of the idioms Western crime news tells an arrest by, with no
    arrest verb (PLOVER COERCE arrest; ACLED codes the detention):

    * "Police pulled the driver over": a force pulls someone over (not "the driver pulled
      over", which is a stop at the roadside);
    * "Police caught up with the driver", "caught up to him": a force reaches someone;
    * "gave himself up to police", "turned himself in": a surrender to the law;
    * "surrendered to police", and "the suspect surrendered" of one police look for (a
      surrender of arms, "militants surrendered their weapons", stays RETREAT)."""
    lemma = _lemma(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    bare_over = any(
        c.dep_ == "prep" and c.lower_ == "over" and not any(p.dep_ == "pobj" for p in c.children)
        for c in verb.children
    )  # "pulled the driver over a few blocks away": the model's "over" is a preposition
    if lemma == "pull" and ("over" in particles or bare_over):
        return any(_arrester(s) for s in subjects) and any(_caught_person(o) for o in objects)
    if lemma == "catch" and "up" in particles:
        reached = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return any(_arrester(s) for s in subjects) and any(_caught_person(p) for p in reached)
    if (lemma, "up") in (("give", p) for p in particles) or (lemma, "in") in (
        ("turn", p) for p in particles
    ):
        return any(o.lower_ in REFLEXIVES for o in objects)
    if lemma == "surrender" and not objects:
        to_force = any(
            p.dep_ == "pobj" and _arrester(p)
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
        )
        wanted = any(
            s.ent_type_ == "PERSON" or _lemma(s) in SEARCHED_PEOPLE | WANTED_PEOPLE
            for s in subjects
        )
        return to_force or wanted
    return False


def _caught(verb: Token) -> bool:
    """Whether "catch" tells an arrest (COERCE arrest): "traffic police caught the errant
    driver", "a Palestinian had been caught and interrogated", "five individuals were
    caught in Dehradun". Only someone caught (the object, the passive subject, or that of
    the verb it is joined to: "were chased and caught"), with no particle ("caught up in"),
    not an infinitive (an arrest sought, not made: "used to catch the suspect"; a participle
    on a noun, "terrorists caught by tribesmen", is left out too: it recalls a capture told
    elsewhere), and nothing they were caught in that is a blast, a fight, a fire or a camera ("was
    caught in the blast", "caught on CCTV"); "caught fire", "caught the attention" catch
    no one."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not patients and verb.dep_ == "conj":
        patients = [c for c in verb.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not any(_caught_person(p) for p in patients):
        return False
    if any(c.dep_ == "prt" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
        return False  # "caught up in"; "means were being used to catch the suspect": a goal
    return not any(
        _lemma(t) in CAUGHT_IN
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "amid", "between", "under")
        for t in prep.subtree
    )


def _suspicion(verb: Token) -> Trigger | None:
    """ "We suspect it's Israel", "police suspect the brothers killed him": someone said to be
    behind an act, an accusation (PLOVER ACCUSE). Only an active verb with its subject and
    what is suspected; "suspected militants", "was suspected of" are no statement."""
    if _is_passive_verb(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "dobj", "obj") for c in verb.children):
        return None
    return ("ACCUSE", "allege")


#: people a recovery is made from when they are caught with it ("hashish was recovered from
#: a suspect", "cocaine was recovered from a Nigerian resident netted at the airport"): the
#: words crime reports use for the people police search, not for combatants, whose weapons
#: are "recovered from" them after a fight in which they were killed
SEARCHED_PEOPLE = frozenset(
    """suspect accused man men woman women person people youth boy girl passenger resident
    driver dealer supplier peddler smuggler trafficker carrier culprit criminal robber thief
    dacoit motorcyclist""".split()
)
#: objects of "from" that are people but are searched by no one: "bullets were recovered from
#: him" of a victim is told "from his body"; these pronouns alone are the searched person
SEARCHED_PRONOUNS = frozenset({"him", "her", "them"})


def _searched(person: Token) -> bool:
    """Whether "recovered from X" takes something from a living person caught with it: a
    person named or a pronoun or a word of :data:`SEARCHED_PEOPLE`, not one an attack killed
    ("recovered from the killed terrorists", "from the dead dacoit")."""
    if not (
        person.ent_type_ == "PERSON"
        or person.lower_ in SEARCHED_PRONOUNS
        or person.lower_ == "accused"  # the tagger's participle
        or (_is_noun(person) and _lemma(person) in SEARCHED_PEOPLE)
    ):
        return False
    return not any(
        c.dep_ in ("amod", "acl", "relcl", "compound")
        and (_lemma(c) == "dead" or TRIGGERS.get(_lemma(c), ("",))[0] == "ASSAULT")
        for c in person.children
    )


def _possessors(verb: Token) -> list[Token]:
    """Whom something was taken from: "recovered from the possession of an accused", "from
    their possession" (the possessive's owner), or from a person searched ("recovered from a
    suspect", :func:`_searched`) — a drug or weapon seizure from someone is that person's
    arrest in all but word (ACLED codes it as the arrest)."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        found += [p for p in prep.children if p.dep_ == "pobj" and _searched(p)]
        for held in prep.children:
            if held.dep_ != "pobj" or _lemma(held) != "possession":
                continue
            found += [
                p
                for c in held.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            found += [c for c in held.children if c.dep_ == "poss"]
    return found


def _is_passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


#: what a police case is registered under or over: "booked under Section 188", "booked on
#: charges of", "booked in a terrorism case", "booked over violation of"
BOOKING_GROUNDS = frozenset("section charge case law act offence offense fir violation".split())


def _booked(verb: Token) -> bool:
    """Whether "book" is the police registering a case against someone (South Asian usage,
    in about 40 of the 1,876 articles of the 2025 archive: "Police booked 68 PTI workers",
    "three youths were booked for allegedly kidnapping ..."), not booking a seat or a parcel:
    it names grounds (a section, charges, a case, "for" an act) or the police book."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("under", "on", "over", "for", "in"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and _lemma(obj) in BOOKING_GROUNDS:
                return True
            if prep.lower_ == "for" and (obj.dep_ == "pcomp" or _lemma(obj) in TRIGGERS):
                return True  # "booked for assaulting policemen", "booked for the attack"
    return any("police" in t.lower_ for d in _doers(verb) for t in d.subtree)


def _doers(verb: Token) -> list[Token]:
    """Who a verb says acts: its subject, and the "by" agent of its passive."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
    ]


#: verbs that put a criminal case on record: "registered a case", "lodged an FIR"
FILING_VERBS = frozenset({"register", "lodge", "file"})
#: what is put on record against someone: a case, an FIR, a first information report
CASE_NOUNS = frozenset({"case", "fir", "report"})


def _case_against(verb: Token) -> bool:
    """Whether a verb of :data:`FILING_VERBS` puts a case on record against someone ("the
    police registered a case against suspected killers", "an FIR was registered against the
    driver"): the police's formal accusation, as "booked" is (28 of the 1,876 articles of
    the 2025 archive write "registered a case/FIR against"). A report must be a first
    information report, and the "against" phrase must name who is accused."""
    cases = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "obj", "nsubjpass")
        and _lemma(c) in CASE_NOUNS
        and (_lemma(c) != "report" or any(m.lower_ == "information" for m in c.children))
    ]
    if not cases:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "against" and any(g.dep_ == "pobj" for g in p.children)
        for holder in (verb, *cases)
        for p in holder.children
    )


#: who may be booked: "suspects", "the accused", "68 PTI workers", "19 protesters"
BOOKED = frozenset("suspect accused man men youth people person worker activist".split())


def _booked_someone(verb: Token) -> bool:
    """Whether "book" has a person as its object or passive subject."""
    booked = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not booked and verb.dep_ in ("acl", "relcl") and _is_noun(verb.head):
        booked = [verb.head]  # "those booked under the penal code"
    return any(
        b.ent_type_ == "PERSON"
        or _lemma(b) in BOOKED | HUMAN_NOUNS
        or _lemma(b).endswith(("er", "or", "ist", "ant"))
        or b.lower_ in ("those", "them", "him", "her")
        for b in booked
    )


#: where an emergency declared is a hospital's ("imposed an emergency in the Trauma Centre
#: and summoned all the health staff"), no state's rule over anyone
CARE_PLACES = frozenset("hospital centre center ward facility dispensary clinic".split())


def _no_rule(obj: Token, verb: Token) -> bool:
    """An object of "impose"/"declare" that names no rule imposed on people: a law that is not
    martial ("imposing a severe interpretation of Islamic law on the population" tells how a
    government rules, not a martial law declared), an emergency in a hospital."""
    lemma = _lemma(obj)
    if lemma == "law":
        return not any(c.lower_ == "martial" for c in obj.children)
    if lemma == "emergency":
        places = [
            p for c in [*obj.children, *verb.children] if c.dep_ == "prep" for p in c.children
        ]
        return any(p.dep_ == "pobj" and _lemma(p) in CARE_PLACES for p in places)
    return False


#: acts whose participle before a noun tells the act: one held until freed ("a kidnapped
#: man"); an arrest's ("the arrested suspects") mostly retells one told by its own verb
HELD_MODES = frozenset({"abduct"})


def _held_participle(token: Token) -> Trigger | None:
    """A past participle of an abduction that the tagger calls an adjective
    before a noun ("a kidnapped man", "the abducted drivers", lemma "kidnapped"): the act
    its verb names. The verb is found by undoing the "-ed" ending (and a doubled final
    consonant: "kidnapped" -> "kidnap")."""
    word = token.lower_
    if token.pos_ != "ADJ" or token.dep_ != "amod" or not word.endswith("ed"):
        return None
    stems = [word[:-2], word[:-1]]
    if len(word) > 4 and word[-3] == word[-4]:
        stems.append(word[:-3])
    for stem in stems:
        found = TRIGGERS.get(stem)
        if found is not None and found[1] in HELD_MODES and stem not in NOUN_ONLY:
            return found
    return None


#: states "left" someone in that an attack puts them in: "a suicide bombing left six dead"
LEFT_HARMED = frozenset({"dead", "injured", "wounded", "hurt"})


def _left_harmed(verb: Token) -> bool:
    """ "A suicide bombing left six dead", "the attack, which left 26 men dead", "the blast
    left 12 people injured": "leave" with someone and a state of harm is the killing or the
    wounding (CAMEO 19, fight), as "killed six" is; its subject is the attack that did it."""
    harmed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    states = [
        g
        for holder in (verb, *harmed)
        for g in holder.children
        if g.dep_ in ("oprd", "acomp", "xcomp", "amod", "advcl", "ccomp")
    ]
    return bool(harmed) and any(_lemma(g) in LEFT_HARMED or g.lower_ in LEFT_HARMED for g in states)


#: prepositions of where shots are aimed: "fired on/at/upon protesters", "fired towards the
#: border posts", "fired into the crowd" (a direction names whom or where a gun was turned on)
FIRED_AT = frozenset({"on", "at", "upon", "towards", "toward", "into"})
#: where a shot is aimed at no one: "fired into the air", "fired shots in the sky" (a warning
#: or a celebration, no attack)
FIRED_UP = frozenset({"air", "sky"})


def _time_of_day(token: Token) -> bool:
    """Whether a preposition's object names a time, not what was fired at: "fired coach
    Maurice Cheeks on Saturday" (a dismissal dated by "on", ECB+ dev, session 34), "at
    noon", "on May 3" -- a weekday, a month, or what the tagger reads as a date or a time."""
    word = token.lower_.rstrip(".")
    return token.ent_type_ in ("DATE", "TIME") or word in WEEKDAYS or word in MONTHS


def _frame(verb: Token) -> Trigger | None:
    """Events that a verb means only with a particular object or list."""
    lemma = _lemma(verb)
    if _arrest_idiom(verb):
        return ("COERCE", "arrest")  # "Police pulled him over", "gave himself up to police"
    if lemma == "leave" and _left_harmed(verb):
        return ("ASSAULT", None)  # "a suicide bombing left six dead"
    objects = [_lemma(o) for o in _objects(verb) if not _no_rule(o, verb)]
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
    if lemma == "call" and _paid_a_call(verb):
        return ("CONSULT", "visit")  # "Baker called on Governor Kundi in Islamabad"
    if lemma == "call" and (
        any(_as_preposition(c) and c.lower_ in ("for", "on", "upon") for c in verb.children)
        # "The UN called for Israel to halt its strikes"; only with a subject of its own: the
        # small model hangs "after X, in an interview, called for ..." on another verb, whose
        # subject would be lent as the caller
        or (_for_to_clauses(verb) and any(c.dep_ == "nsubj" for c in verb.children))
    ):
        return ("REQUEST", "appeal")
    if lemma in MEETING_VERBS and _meeting_argument(verb) is not None:
        return ("CONSULT", "meet")  # "held their ninth Counter-Terrorism Dialogue"
    if lemma == "expect" and _asks(verb):
        return ("REQUEST", "appeal")  # "Pakistan expects Kabul to act": what it asks of Kabul
    if lemma == "take" and _into_custody(verb):
        return ("COERCE", "arrest")  # "four people were taken into custody"
    if lemma == "catch" and _caught(verb):
        return ("COERCE", "arrest")  # "a Palestinian had been caught and interrogated"
    if lemma == "book" and (_booked(verb) or _booked_someone(verb)):
        return ("ACCUSE", "allege")  # "Police booked 68 PTI workers under Section 188"
    if lemma in FILING_VERBS and _case_against(verb):
        return ("ACCUSE", "allege")  # "police registered a case against the suspects"
    if lemma == "recover" and _possessors(verb):
        return ("COERCE", "seize")  # "hashish was recovered from the possession of an accused"
    if lemma in ("speak", "talk") and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(_lemma(p) not in PRESS for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    ):
        return ("CONSULT", "meet")  # "Barrot spoke with SDF leader Mazloum Abdi"
    if lemma == "meet" and _answered(verb):
        return ("THREATEN", None)  # "any attempt ... shall be met with a decisive response"
    if lemma in ANSWERING and retaliation_warned(verb):
        return ("THREATEN", None)  # "any aggression will be responded to in a forceful manner"
    if lemma == "destroy" and _by_explosives(verb):
        return ("ASSAULT", "explosives")  # "homes ... destroyed using explosives by forces"
    if lemma == "set" and _set_alight(verb):
        return ("ASSAULT", "arson")  # "set on fire by angry mobs", "set ablaze"
    restricted = _restricted_by_state(verb)
    if restricted is not None:
        return restricted
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if "down" in particles and lemma in DOWNING_VERBS and AIRCRAFT.intersection(objects):
        # "has brought down five Indian jets", "have taken down 25 drones": an aircraft
        # brought down, as "downed" (an attack on it); "took down the banner" is none
        return ("ASSAULT", None)
    for particle in particles:
        if (lemma, particle) in PARTICLE_VERBS:
            return PARTICLE_VERBS[(lemma, particle)]
    frames = OBJECT_FRAMES.get(lemma, {})
    for obj in objects:
        if obj in frames:
            return frames[obj]
    if lemma == "fire" and any(
        c.dep_ == "prep"
        and c.lower_ in FIRED_AT
        and not any(
            _lemma(p) in FIRED_UP or _time_of_day(p) for p in c.children if p.dep_ == "pobj"
        )
        for c in verb.children
    ):
        # "fired on protesters", "continued to fire heavily towards the northwestern regions",
        # "fired into the crowd", not "fired the minister" nor "fired into the air"
        return ("ASSAULT", "firearms")
    return None


#: what a building is blown apart with: a thing destroyed "using explosives" or "with
#: bombs" was attacked, whatever the sentence calls the doer
EXPLOSIVES = frozenset("explosive explosives bomb ied dynamite".split())
#: what is destroyed with explosives to make it safe: a bomb disposal, no attack
MUNITIONS = frozenset("ordnance mine landmine shell bomb ied explosive device ammunition".split())


def _by_explosives(verb: Token) -> bool:
    """Whether "destroy" is told done with explosives ("the homes ... have been destroyed
    using explosives", "destroyed the bridge with bombs"): a deliberate blast at what it
    destroys. Not what bomb disposal squads destroy ("destroyed the unexploded shell using
    explosives": :data:`MUNITIONS`)."""
    destroyed = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    if any(_lemma(o).lower() in MUNITIONS for o in destroyed):
        return False
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and _lemma(child) == "use":
            means = [o for o in child.children if o.dep_ == "dobj"]
        elif child.dep_ == "prep" and child.lower_ == "with":
            means = [p for p in child.children if p.dep_ == "pobj"]
        else:
            continue
        if any(_lemma(m).lower() in EXPLOSIVES for m in means):
            return True
    return False


#: names that are places or peoples, never a person one calls on: "called on Pakistan"
#: asks a state for something even where the parse loses the infinitive
NOT_VISITED = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _as_preposition(child: Token) -> bool:
    """Whether a verb's child is a preposition: one so parsed, or a particle with an object of
    its own, which no particle has ("called on all leaders of the country to stop the
    bloodshed": the small model reads "on" as a particle before a quoted word or "all")."""
    return child.dep_ == "prep" or (
        child.dep_ == "prt" and any(p.dep_ == "pobj" for p in child.children)
    )


def _for_to_clauses(verb: Token) -> list[Token]:
    """A verb's infinitive clauses opened by "for" with a subject of their own ("called for
    Israel to halt its strikes"): the parser hangs "for" on the clause as its marker, not on
    the verb as a preposition, so the clause is the only sign of what the verb asks, and of
    whom (:func:`.roles_referents.asked_to_act`)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(s.dep_ == "nsubj" and _party_asked(s) for s in c.children)
    ]


def _party_asked(subject: Token) -> bool:
    """Whether a "for X to act" subject is a party one can ask: a name, a noun a name
    modifies ("Palestinian residents"), or a word for people, a body or a force; not a thing
    or a happening ("called for such tragedies not to happen again", "for aid to flow")."""
    return (
        subject.ent_type_ in NAMED
        or subject.pos_ == "PROPN"
        or any(c.ent_type_ in NAMED for c in subject.children if c.dep_ in ("amod", "compound"))
        or _lemma(subject) in HUMAN_NOUNS | ORG_NOUNS | FORCES | YOUNG_NOUNS
    )


def _paid_a_call(verb: Token) -> bool:
    """ "X called on Governor Y", "the envoy called on the prime minister": a courtesy call,
    the visit of CAMEO 042 (PLOVER CONSULT), where "called on X to act" and "called for X"
    ask something (CAMEO 10, REQUEST). A call is a visit when "on/upon" names a person
    and nothing under the verb says what is asked: no infinitive, clause or "for" phrase."""
    on = [
        c
        for c in verb.children
        if _as_preposition(c)
        and c.lower_ in ("on", "upon")
        and not any(p.ent_type_ in NOT_PARTICIPANTS for p in c.children)  # "on Thursday"
    ]
    if len(on) != 1 or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    called = [p for p in on[0].children if p.dep_ == "pobj"]
    if len(called) != 1 or called[0].ent_type_ in NOT_VISITED:
        return False
    person = called[0].pos_ == "PROPN" or _lemma(called[0]) in HUMAN_NOUNS | SPEAKER_NOUNS
    asked = any(
        t.tag_ == "VB" or t.dep_ in ("xcomp", "ccomp", "advcl")
        for t in verb.subtree
        if t is not verb
    )
    return person and not asked


#: words that name a meeting, also as the head of a proper name ("the Pakistan-EU Strategic
#: Dialogue", "Counter-Terrorism Consultations"): a name is no trigger, but a verb that holds
#: it or tells it happening is
#: (the council of elders South Asian news calls a "jirga" or "shura" is a meeting too: "the
#: elders held a jirga", "a grand jirga was held")
MEETINGS = frozenset("dialogue talk consultation meeting summit negotiation jirga shura".split())
#: verbs that tell a meeting held: "held the Dialogue", "the Dialogue took place / concluded"
MEETING_VERBS = frozenset({"hold", "conclude", "convene", "occur", "happen", "take"})


def _meeting(token: Token) -> bool:
    """A meeting told by a name or a word that is no trigger of its own ("Dialogue",
    "Consultations"; "talks" triggers by itself), or "a round of" one."""
    if _lemma(token) == "round" and token.pos_ == "NOUN":
        return any(
            p.dep_ == "pobj" and _meeting(p)
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
        )
    word = token.lower_ if token.pos_ == "PROPN" else _lemma(token)
    word = word[:-1] if token.tag_ == "NNPS" and word.endswith("s") else word
    return word in MEETINGS and (token.pos_ == "PROPN" or word not in TRIGGERS)


def _meeting_argument(verb: Token) -> Token | None:
    """The meeting a verb holds ("held the Dialogue") or tells as happening ("the second
    round of the Dialogue occurred", "the Dialogue was held"): held actively it is the
    object, else the subject."""
    deps = ("dobj", "obj") if _lemma(verb) in ("hold", "convene") else ()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps += ("nsubjpass",) if passive else ("nsubj",) if _lemma(verb) != "hold" else ()
    if _lemma(verb) == "take" and not any(  # "took place"
        c.dep_ in ("dobj", "obj") and c.lower_ == "place" for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ in deps and _meeting(c)), None)


#: what an act "will be met with" when that is a warning: "a befitting response"
RESPONSES = frozenset({"response", "reply", "retaliation", "resistance"})
#: what an act "will be met with" only as a warning of what is to come ("will be met with
#: great force"; "protesters were met with force" tells what happened)
FUTURE_RESPONSES = frozenset({"force"})
#: verbs of answering an act whose future passive is a warning of retaliation: "any
#: aggression will be responded to in a forceful manner", "will be dealt with an iron hand"
#: (the passive "will be met with" is :func:`_answered`'s)
ANSWERING = frozenset({"respond", "deal", "tackle"})
#: the verbs of answering whose future passive warns: these and "will be met with"
ANSWERED = ANSWERING | frozenset({"meet"})
#: verbs of answering whose passive subject is the party warned ("Indian proxies will be dealt
#: with an iron hand"), not the act answered ("any aggression will be responded to")
NEEDS_FORCE = frozenset({"deal", "tackle"})
#: words of a manner of force: "with an iron hand/fist", "with full force and might",
#: "sternly", "decisively", "with a heavy hand"
FORCE_MANNERS = frozenset(
    """iron force might power heavy sternly strictly decisively firmly severely harshly
    forcefully forceful befitting befittingly decisive stern strong assuredly resolute
    resolutely""".split()
)
#: auxiliaries of what is to come
WILL = frozenset({"will", "would", "shall", "'ll"})
#: "set on fire", "set ablaze", "set alight": arson
ALIGHT = frozenset({"fire", "ablaze", "alight", "afire"})


def _asks(verb: Token) -> bool:
    """ "expects X to do": someone and the act asked of them, which is a request (not "is
    expected to arrive", a forecast that asks no one). The parser gives the asked party as
    the object with an infinitive beside it, or as the subject of an infinitive clause."""
    children = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in children) and any(
        c.dep_ == "xcomp" for c in children
    ):
        return True
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and any(g.dep_ == "nsubj" for g in c.children)
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in children
    )


def _answered(verb: Token) -> bool:
    """ "will be met with a swift response": a warning of retaliation, passive "meet" with a
    "with" phrase naming a response (meeting someone "with" is a CONSULT, active)."""
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)
    responses = RESPONSES | FUTURE_RESPONSES if future else RESPONSES
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(_lemma(p) in responses for p in c.subtree)  # the parser may hang it low
        for c in verb.children
    )


def retaliation_warned(verb: Token) -> bool:
    """ "Any aggression by India will be responded to in a forceful manner", "Indian proxies
    will be dealt with an iron hand", "would be responded to with full force": an act or a
    party answered, in what is to come, is a warning of retaliation (CAMEO 13, THREATEN), as
    "will be met with a decisive response" is. Only a future passive in a manner of force
    ("dealt with legally", "complaints will be responded to within a week" threaten no one)."""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or not any(
        c.dep_ == "aux" and c.lower_ in WILL for c in children
    ):
        return False
    return any(
        t.lower_ in FORCE_MANNERS
        for c in children
        if c.dep_ in ("prep", "advmod", "npadvmod", "dobj")
        for t in c.subtree
    )


def _set_alight(verb: Token) -> bool:
    """ "set X on fire", "set ablaze", "set fire to X": burning something on purpose."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(_lemma(p) == "fire" for p in c.children))
        or (
            c.dep_ in ("acomp", "advmod", "oprd", "xcomp", "dobj") and c.lower_ in ALIGHT - {"fire"}
        )
        or (  # "set fire to the house"
            c.dep_ in ("dobj", "obj")
            and c.lower_ == "fire"
            and any(g.dep_ == "prep" and g.lower_ == "to" for g in [*c.children, *verb.children])
        )
        for c in verb.children
    )


def _trigger(token: Token) -> Trigger | None:
    """The event a token can stand for, by lemma, part of speech and object. Worked out
    once per token of a parse (``registry.per_token``): the extractor asks it of every
    token, then the place, time and role rules ask it again of the triggers and their heads."""
    values = token.doc.user_data.get(_TRIGGERS)
    if values is None:
        values = per_token(token.doc, "events.trigger", _token_trigger)
    return values[token.i]


def _named_subject(verb: Token) -> bool:
    """Whether a verb's subject is a named party (a state, a group, a person, a people)."""
    return any(
        t.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
        for c in verb.children
        if c.dep_ == "nsubj"
        for t in c.subtree
        if t.i <= c.i
    )


#: verbs of taking or stopping by force that are an attack only when done with arms: "armed
#: men intercepted two trucks", "snatched a car at gunpoint", "held them up at gunpoint",
#: "took away four persons at gunpoint", "pirates seized a supertanker", "a trawler
#: commandeered by pirates" (a hijacking) ("intercepted a missile", "snatched victory",
#: "police seized weapons" are not)
HOLD_UPS = frozenset("snatch rob loot intercept hold take seize commandeer".split())
#: the particle "hold" and "take" need to mean a hold-up or an abduction
HOLD_UP_PARTICLES = {"hold": "up", "take": "away"}
#: doers whose word says they bore arms ("intercepted by more than five armed dacoits")
ARMED_DOERS = frozenset(
    "armed gunman gunmen robber dacoit bandit assailant pirate brigand hijacker".split()
)


def _held_up(verb: Token) -> bool:
    """Whether a verb of :data:`HOLD_UPS` tells a taking or stopping by force of arms: done
    "at gunpoint", or by doers the sentence calls armed (subject of the active verb, "by"
    agent of the passive). The arms are what make a robbery or an interception an attack
    (ACLED codes armed robbery and abduction as violence against civilians)."""
    lemma = _lemma(verb)
    particle = HOLD_UP_PARTICLES.get(lemma)
    if particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    ):
        return False
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj" and _is_verb(c))]
    if verb.dep_ == "conj" and _is_verb(verb.head):
        clause.append(verb.head)  # "intercepted them ... and held them up at gunpoint"
    if any(
        c.dep_ == "prep" and c.lower_ == "at" and any(_lemma(p) == "gunpoint" for p in c.children)
        for v in clause
        for c in v.children
    ):
        return True
    return any(
        _lemma(t) in ARMED_DOERS for v in clause for d in _doers(v) for t in d.subtree if t.i <= d.i
    )


#: where a blow or a crash lands: "slammed into a truck", "slammed on the brakes", "slammed
#: against the wall"
BLOW_PLACES = frozenset({"into", "onto", "on", "against", "through", "down", "shut"})
#: what a blow or a crash slams: a vehicle's parts, a door
SLAMMED_THINGS = frozenset({"door", "brake", "gate", "window", "lid", "car", "vehicle"})


def _slammed(verb: Token) -> bool:
    """Whether "slam"/"assail" tells a condemnation (CAMEO 111, PLOVER ACCUSE/disapprove): an
    active verb with an object ("slammed the remarks", "has slammed abusive tactics") and no
    phrase of where a blow lands ("slammed into a van", "slammed the door shut"); the passive
    ("was assailed by gunmen") is left out, as a blow is told so as often as blame."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects or any(_lemma(o) in SLAMMED_THINGS for o in objects):
        return False
    return not any(
        c.dep_ in ("prep", "prt", "advmod", "ccomp", "oprd") and c.lower_ in BLOW_PLACES
        for c in verb.children
    )


def _token_trigger(token: Token) -> Trigger | None:
    """:func:`_trigger`, worked out."""
    lemma = _lemma(token)
    if _is_verb(token):
        framed = _frame(token)
        if framed is not None:
            return framed
        if lemma in ("release", "free") and _published(token):
            return None  # "released CCTV footage", "released toxic water": no one set free
        if lemma == "demonstrate" and any(
            c.dep_ in ("dobj", "obj", "ccomp") for c in token.children
        ):
            return None  # "failed to demonstrate unity": to show something, not to protest
        if lemma == "evacuate" and any(_lemma(o) in EVACUEES for o in _objects(token)):
            return None  # "evacuated residents": a rescue from danger, no force withdraws
        if lemma == "suspect":
            return _suspicion(token)
        if lemma in DECRYING and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return None  # "took to the streets to decry the arrests": the protest's aim
        if lemma in BLOW_OR_BLAME:
            # "Hezbollah slammed the remarks", "assailing India's hydro-terrorism"
            return ("ACCUSE", "disapprove") if _slammed(token) else None

        if token.dep_ in ("acl", "relcl") and _is_noun(token.head) and _counted(token.head):
            return None  # "the number of attacks targeting security forces": counted too
        if lemma == "imply" and _named_subject(token):
            # "New Delhi, without providing any evidence, implied Pakistan backed the
            # attackers": a side's insinuation is its accusation ("the data implies" is not)
            return ("ACCUSE", "allege")
        if lemma in HOLD_UPS and _held_up(token):
            # "armed men intercepted two trucks", "snatched a car at gunpoint", "took away
            # four persons at gunpoint": an armed robbery or abduction is an attack
            return ("ASSAULT", "abduct" if lemma == "take" else None)
        if lemma in NOUN_ONLY or lemma in OBJECT_FRAMES or lemma in AID_VERBS:
            return None
        if lemma in NEEDS_COMPLEMENT and not any(
            c.dep_ in ("xcomp", "dobj", "obj", "nsubjpass") for c in token.children
        ):
            return None  # "their activities have declined"
        return TRIGGERS.get(lemma)
    if (
        lemma == "round"
        and _meeting(token)
        and not (
            token.dep_ in ("nsubj", "nsubjpass", "dobj")
            and _is_verb(token.head)
            and _frame(token.head) is not None
        )
    ):
        return ("CONSULT", "meet")  # "highlighted the fourth round of X Consultations"
    if (
        lemma == "call"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    ):
        return ("REQUEST", "appeal")  # "his call for militants to return", "calls for talks"
    if _campaign_begun(token):
        return ("ASSAULT", None)  # "Israel resumed its military campaign in Gaza on March 18"
    held = _held_participle(token)
    if held is not None:
        return held  # "police rescued a kidnapped man": the tagger's adjective is the participle
    if _sit_in(token) and not _counted(token):
        return ("PROTEST", "demonstrate")  # "the sit-in persisted", "staged a sit-in"
    if token.pos_ == "NOUN" and (lemma not in VERB_ONLY or _walk(token)):
        found = TRIGGERS.get(lemma)
        if found and _counted(token):
            return None  # "the number of militant attacks surpassed 100": a count, no incident
        if found and lemma == "strike" and _is_protest_strike(token):
            return ("PROTEST", "strike")
        if found and lemma == "strike" and _names_a_thing(token):
            return None  # "strike authorization ballots", "a strike fund": no strike took place
        if found and lemma == "sanction":
            return ("SANCTION", "sanctions")
        if (
            found
            and lemma == "raid"
            and any(
                c.dep_ in ("compound", "amod") and _lemma(c) in AIR_RAIDS for c in token.children
            )
        ):
            return ("ASSAULT", "aerial")  # "bombing raids by warplanes", "air raids"
        if found and lemma in ("protest", "complaint") and _lemma(token.head) in ("lodge", "file"):
            return ("ACCUSE", "allege")
        if found is None and lemma == "exchange" and _of_fire(token) and _stands_as_clause(token):
            return ("ASSAULT", "firearms")  # "an exchange of fire", "a fire exchange"
        if found is None and lemma == "encounter" and _police_encounter(token):
            return ("ASSAULT", "firearms")  # "After an encounter, police arrested ..."
        if found is None and lemma in ("operation", "ibo") and _against_hostiles(token):
            return ("ASSAULT", None)  # "carrying out an operation against Khawarij in Katlang"
        if found is None and lemma == "closure" and _closes_a_way(token):
            return ("COERCE", "restrict")  # "the closure of the Torkham border crossing"
        if found is None and lemma == "battle" and _gun_battle(token):
            return ("ASSAULT", "firearms")  # "a heavy gun battle", "the ensuing gunbattle"
        return found
    return None


#: ways a closure shuts beside :data:`CLOSABLE`: a road closed is told "closure" by those
#: who close it (an administration, a force), where protesters "block" it (PROTEST obstruct)
CLOSED_WAYS = CLOSABLE | frozenset({"road", "highway", "route"})


def _closes_a_way(noun: Token) -> bool:
    """Whether "closure" names a way shut: "the closure of the Torkham border crossing", "led
    to the closure of a main road for weeks" (COERCE restrict, as "closed the border" is),
    not "the closure of a newspaper" or "closure of the Ghani administration"; never one done
    by protesters ("the closure of roads by protesters" is their obstruction)."""
    ways = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and _lemma(p) in CLOSED_WAYS
    ]
    by_protesters = any(
        _lemma(p) in PROTESTERS
        for c in noun.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
    )
    # "a sit-in against the prolonged closure of the road", "condemned the closure of the
    # crossing": the closure is the grievance a protest or a statement is about, a standing
    # state, not an incident the sentence tells
    grievance = (noun.dep_ == "pobj" and noun.head.lower_ in ("against", "over")) or (
        noun.dep_ in ("dobj", "obj") and _lemma(noun.head) in GRIEVING_VERBS
    )
    # "closure of roads and frequent military operations impacted daily life": ways in the
    # bare plural are a condition, no one closure
    bare = all(
        w.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in w.children) for w in ways
    )
    return bool(ways) and not by_protesters and not grievance and not bare


#: verbs whose object is what is protested or condemned, not a thing done then
GRIEVING_VERBS = frozenset(
    "condemn denounce criticize criticise decry protest oppose slam deplore lament".split()
)


#: prepositions that tell a fight as the circumstance of what is told: "after an encounter",
#: "during an encounter", "following an encounter"
FIGHT_SETTINGS = frozenset({"after", "during", "following"})


def _police_encounter(noun: Token) -> bool:
    """ "After an encounter, Quetta police arrested one suspect": South Asian news's word for
    a shoot-out with the police (the label guide codes it an ASSAULT beside the arrest). The
    noun is as often a meeting ("a chance encounter", "his encounter with the president"),
    so only as the circumstance ("after/during an encounter") of an arrest or a seizure the
    sentence tells: a killing or an injury told with it ("injured during an encounter with
    police") is the fight's own telling, and the encounter is then no event of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FIGHT_SETTINGS:
        return False
    verb = prep.head
    if not _is_verb(verb):
        return False
    lemma = _lemma(verb)
    coercion = TRIGGERS.get(lemma, ("",))[0] == "COERCE" or _into_custody(verb)
    return coercion and _stands_as_clause(noun)


def _gun_battle(token: Token) -> bool:
    """ "a gun battle", "a fierce gun-battle": a fight with guns (30 of the 1,876 articles of
    the 2025 archive write it), where a "battle" alone is as often a legal or political one
    ("a legal battle", "the battle against terrorism")."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "gun" for c in token.children)


#: verbs that tell a blast as something that happened ("an explosion occurred", "a blast
#: took place", "a bomb went off", "a blast rocked the area"), not as something heard or said
OCCURRING = frozenset("occur happen take go rock hit strike erupt jolt shake break spread".split())
#: incidents that are events when told as occurring, with no one named ("protests erupted in
#: Colombia", "clashes broke out in Tripoli"): what an analyst counts by place
OCCURRENCES = frozenset({"ASSAULT", "PROTEST"})
#: words that describe who attacked when the article names no group: "a terrorist attack"
PERPETRATORS = frozenset("terrorist militant insurgent extremist jihadist separatist rebel".split())
#: who the state fights, in the words news uses for them: "terrorists", "khwarij" (the
#: military's word for the Pakistani Taliban), "dacoits". When such men are killed or arrested
#: and the sentence names no one who did it, the security forces did
HOSTILES = PERPETRATORS | frozenset(
    "khwarij khawarij kharji khariji khawarji dacoit outlaw miscreant".split()
)
#: fights that two sides wage on each other: the side "with" whom is the other party
MUTUAL_FIGHTS = frozenset(
    "exchange clash encounter gunfight shootout skirmish fighting battle firefight".split()
)
#: people protesting: violence they do, or a clash with them, is a riot (CAMEO 145 "protest
#: violently, riot" is PROTEST), where forces attacking them is an assault
PROTESTERS = frozenset("protester protestor demonstrator rioter mob marcher".split())
#: what two sides exchange when they fight: "an exchange of fire", "a fire exchange"
GUNFIRE = frozenset({"fire", "gunfire", "firing", "shot", "gunshot", "bullet"})


#: what a count of events is told by: "the number of attacks", "a rise in killings", "95 per
#: cent of terrorist attacks" (aggregates, which the label guide says are no events)
COUNTS = frozenset(
    """number rise increase surge spike decline drop fall decrease cent percent proportion
    share majority tally count total frequency uptick upsurge upswing""".split()
)
#: what is counted of attacks: "the number of deaths in terrorist attacks"
TOLLS = frozenset("death casualty fatality injury victim killing".split())
#: verbs of a trend whose plural subject is a count: "attacks increased", "arrests doubled"
TRENDS = frozenset(
    """increase rise surge decline drop fall decrease double triple climb soar jump escalate
    intensify mount""".split()
)
#: verbs that make their plural object a trend: "militants have intensified their attacks"
#: (18 of the 1,876 articles of the 2025 archive write "intensify ... attacks/strikes/raids")
ESCALATING = frozenset({"intensify", "escalate"})
#: a plural event noun told by its trend: "faced with increasing attacks by militants",
#: "the rising killings" (an aggregate, not an incident)
TRENDING = frozenset("increasing rising growing mounting escalating".split())


def _counted(noun: Token) -> bool:
    """Whether a plural event noun is counted rather than told: the object of a count noun
    ("the number of militant attacks", "a rise in killings", "an uptick in attacks"), a trend
    its adjective or verb tells ("increasing attacks", "have intensified their attacks"), the
    subject of a trend verb ("attacks increased") or of "saw"/"recorded" with a count
    ("attacks saw a 119pc increase")."""
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ == "amod" and c.lower_ in TRENDING for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "in") and _lemma(head.head) in COUNTS:
        return True
    counted = head.head  # "the number of deaths in terrorist attacks": the deaths are counted
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and _lemma(counted) in TOLLS
        and counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and _lemma(counted.head.head) in COUNTS
    ):
        return True
    if noun.dep_ in ("dobj", "obj") and _is_verb(head) and _lemma(head) in ESCALATING:
        return True  # "have intensified their attacks", "to intensify terrorist attacks"
    if noun.dep_ in ("nsubj", "nsubjpass") and _is_verb(head):
        if _lemma(head) in TRENDS:
            return True
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        return _lemma(head) in ("see", "record", "witness") and any(
            _lemma(o) in COUNTS for o in objects
        )
    return False


def _walk(noun: Token) -> bool:
    """ "peaceful marches", "a protest march": the noun "march" in lower case is a protest,
    where "in March" is a month (which is why "march" is otherwise a verb-only trigger)."""
    return _lemma(noun) == "march" and noun.text[:1].islower()


def _published(verb: Token) -> bool:
    """Whether what a "release" verb releases is a publication (footage, a statement, a
    report) or a substance (gas, water), not a person or a hostage: every object is one."""
    objects = [
        verb.head if o.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else o
        for o in _objects(verb)
        if o.dep_ in ("dobj", "obj", "nsubjpass")
    ]  # "the footage that police released": the footage
    if not objects and verb.dep_ in ("relcl", "acl"):
        objects = [verb.head]  # "the footage police released"
    return bool(objects) and all(_lemma(o) in PUBLICATIONS | RELEASED_MATTER for o in objects)


def _against_hostiles(noun: Token) -> bool:
    """ "an operation against Khawarij", "intelligence-based operations against Khariji
    terrorists": a security force's operation against an armed group is the fighting ACLED
    codes as a battle, whether or not the sentence tells its toll. An operation against
    anything else ("an anti-encroachment operation", "an operation against drug peddling",
    "a search operation") is no attack."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("against", "on")
        and any(
            _lemma(g) in HOSTILES
            for p in c.children
            if p.dep_ == "pobj"
            for g in _with_conjuncts(p)
        )
        for c in noun.children
    )


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
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in HARMED:
        return True  # "another victim of the exchange of fire died": no other act tells it
    verb = noun.head.head
    if noun.dep_ == "pobj" and _is_verb(verb) and not _harm_verb(verb):
        # "lost their lives in an exchange of fire", "led to an exchange of fire": the verb
        # it hangs on is no act of the lexicon, so only the exchange tells the fight; nor is
        # an arrest one ("After an encounter, police arrested one suspect", "arrested
        # Armaghan after a shootout": the label guide codes the fight and the arrest apart)
        return True
    return noun.dep_ in ("nsubj", "nsubjpass", "ROOT", "dobj", "attr", "appos")


def _act_verb(verb: Token) -> bool:
    """Whether a verb's lemma can tell an act by itself or with its object (the lexicon's
    entries, read without the frames: the frames ask again of the nouns under it)."""
    lemma = _lemma(verb)
    return lemma in TRIGGERS or lemma in OBJECT_FRAMES


def _harm_verb(verb: Token) -> bool:
    """Whether a verb's lemma can tell an act that is not an arrest or a seizure by itself
    or with its object: "killed in an exchange of fire" is the fight's own telling, where
    "arrested after an exchange of fire" tells a second act (COERCE) beside it."""
    lemma = _lemma(verb)
    if lemma in OBJECT_FRAMES:
        return any(kind != "COERCE" for kind, _ in OBJECT_FRAMES[lemma].values())
    return lemma in TRIGGERS and TRIGGERS[lemma][0] != "COERCE"


#: nouns for those an act harmed: "a victim of the exchange of fire"
HARMED = frozenset({"victim", "casualty", "toll"})


def _is_protest_strike(token: Token) -> bool:
    """ "hunger strike", "general strike", "on strike": a protest, not an attack. The kind may
    hang as "nmod" ("a shutter-down strike": the small model reads "shutter" so), and a strike
    observed may be the passive's subject ("a shutter-down strike was observed"). A strike
    named by who holds it, a plural noun before it ("a U.S. actors strike", "the teachers
    strike"), is a walkout: an armed strike is named by its weapon or its arm, in the singular
    ("a drone strike", "an air strike"), and a group that attacks is the verb's subject or the
    owner ("militants' strike"), never a compound."""
    if any(
        _lemma(c) in PROTEST_STRIKES
        for c in token.children
        if c.dep_ in ("compound", "amod", "nmod")
    ):
        return True
    armed = any(_lemma(c) in AIR_RAIDS for c in token.children)  # "a drone strike was observed"
    if not armed and any(
        c.dep_ in ("compound", "nsubj") and c.tag_ == "NNS" for c in token.children
    ):
        # "a U.S. actors strike", "a teachers strike": those who down tools (a noun has no
        # subject: the small model hangs "teachers" on the noun "strike" as one)
        return True
    if token.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(token.head) in STRIKE_VERBS:
        if _lemma(token.head) == "call" and _called_something(token):
            return False  # "called Israel's strike on Beirut unjustified": named, not called
        return not armed
    return token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.pos_ != "NOUN"


def _called_something(token: Token) -> bool:
    """Whether "call" names the strike something rather than calls one: a union calls *a*
    strike, a new one ("called a strike", "call a 24-hour strike"); a strike the clause
    already knows ("called the latest US strikes 'barbaric'", "called Israel's strike on
    Beirut unjustified") is being named, whatever the parser makes of the complement."""
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _names_a_thing(token: Token) -> bool:
    """ "strike authorization ballots", "a strike fund": a bare strike that only qualifies the
    noun after it names that thing, not an act (SAG's "strike authorization ballots" were an
    ASSAULT in an ECB+ report of the Oscars). A strike with its own kind keeps its act: "drone
    strike victims" were hit by one."""
    return (
        token.dep_ == "compound"
        and token.head.pos_ == "NOUN"
        and not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in token.children)
    )


#: what makes a campaign a war's: "a military/air/bombing/ground campaign"
ARMED_CAMPAIGNS = frozenset({"military", "air", "aerial", "bombing", "ground", "armed"})
#: verbs that start a campaign at a point in time (one that "has killed 50,000" is a tally)
CAMPAIGN_STARTS = frozenset({"launch", "resume", "begin", "start", "restart", "renew"})


def _campaign_begun(token: Token) -> bool:
    """ "resumed its military campaign", "launched an air campaign": the start of an armed
    campaign is an act on a day; the campaign as a subject ("Israel's military campaign has
    killed 50,000") is an aggregate, which no event tells."""
    return (
        token.pos_ == "NOUN"
        and _lemma(token) == "campaign"
        and token.dep_ in ("dobj", "obj")
        and _lemma(token.head) in CAMPAIGN_STARTS
        and any(
            c.dep_ in ("amod", "compound") and _lemma(c) in ARMED_CAMPAIGNS for c in token.children
        )
    )


def _sit_in(token: Token) -> bool:
    """ "a sit-in", "sit-ins": the parser splits the word and makes "in" its noun head."""
    return (
        token.lower_ in ("in", "ins")
        and token.pos_ in ("NOUN", "PROPN")
        and any(c.lower_ == "sit" and c.i < token.i for c in token.children)
    )


def _into_custody(verb: Token) -> bool:
    """ "taken into custody", "took the suspects into custody": an arrest."""
    return any(
        c.dep_ == "prep" and c.lower_ == "into" and any(_lemma(p) == "custody" for p in c.children)
        for c in verb.children
    )


def _ancestors_below(token: Token, top: Token) -> list[Token]:
    """The heads between ``token`` and its ancestor ``top``, both left out (the
    path a rule reads up a parse, as from a word to the clause it belongs to)."""
    found = []
    current = token.head
    while current.i != top.i and current.head.i != current.i:
        found.append(current)
        current = current.head
    return found


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def _nsubjects(verb: Token) -> list[Token]:
    """A verb's active subjects with their conjuncts ("India and Afghanistan said"): who a
    statement's or an act's verb says did it, read the same way by every rule that asks."""
    return [g for c in verb.children if c.dep_ == "nsubj" for g in _with_conjuncts(c)]
