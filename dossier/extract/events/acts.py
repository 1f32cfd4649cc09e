"""Material acts told by a construction the trigger lexicon cannot see word by word.

The lexicon keys an event on one lemma, so an act told by a phrase whose words are no
trigger on their own went unexported (session 23, the read sets' unmatched rows):

* an attack told from its target's side: "the peacemakers came under fire", "their van came
  under heavy gunfire" (the noun "fire" alone is no event: "a fire broke out", "an exchange
  of fire" is told by its own rule). "Came under attack" is already an attack noun, and
  :func:`.assembly._occurring_sides` makes the subject of "came under" its target. "Came
  under fire for his remarks" is criticism, not gunfire: a reason given ("for") rules it out,
  and so does a question ("declined to confirm whether its forces had come under fire");
* a walk-out (CAMEO 143, conduct a strike or boycott: leaving the proceedings in protest,
  "amid a walkout by PTI lawmakers");
* a place "blocked off" (CAMEO 191, impose a blockade, restrict movement: "allowing
  Parachinar to be blocked off from the rest of the country"), where "block" alone is a
  blockade only with what it stops as its object (:data:`.lexicon.OBJECT_FRAMES`);
* "the targeting of a convoy": the verb "target" is an attack, its noun "target" is a thing
  (``VERB_ONLY``), yet the gerund noun names the act, one incident where it has its own place
  or time ("no cause can justify the targeting of civilians" is a kind of act); "the
  apprehension of X" is the arrest
  the verb "apprehend" tells ("apprehensions" alone are fears);
* property burnt by someone (session 24): "two trucks were burnt by armed men", "armed men
  burnt seven loaded vehicles" — "burn" alone is as often a fire's ("burnt to death when his
  house caught fire"), a protest's ("burnt tyres", "burned portraits") or a figure of speech
  ("burned through stocks"), so only a vehicle or building burnt by a doer who is no fire;
* "acts of sabotage by terrorists in South Waziristan": "sabotage" is mostly a plot or a
  charge ("a conspiracy to sabotage the peace deal", "espionage and sabotage activities"),
  an act only as "act(s) of sabotage" told with its own doer, place or time (the noun
  "acts" then carries the event, as "attack" does);
* a thing snatched (the GUIDE: "snatched" at gunpoint or by a gang is an ASSAULT): the verb
  with a concrete object ("snatched their weapons", "snatched a pickup"); "snatch these
  rights" or "snatched victory" is a figure, and "a snatched mobile phone" was recovered.
* a crowd dispersed by force (session 25; CAMEO 175, violent repression; the GUIDE types a
  dispersal with tear gas or batons `ASSAULT|COERCE`): "Police used tear gas and batons to
  disperse activists", "dispersed the protesters using tear gas", "fired tear gas shells to
  disperse them". "Disperse" alone is no act of violence ("police dispersed the crowd" is
  part of the arrests the GUIDE codes; "the clouds dispersed"), so only with the force used
  told on it or on the verb whose purpose it is.
* the sides of a fight told as the circumstance of another clause (session 25): "a
  confrontation between Levies personnel and armed robbers led to an exchange of fire",
  "police arrested Armaghan after a shootout", "After an encounter, Quetta police arrested
  one suspect". The fight noun names no side of its own, so it was dropped as telling
  nothing; the clause it hangs on names them: its subject (or the sides "between" which the
  subject was), and whom it arrested (the label guide takes either side of an exchange of
  fire as its actor).
* roadblocks told as seen on the ground (session 25; CAMEO 191, impose blockade, restrict
  movement; the label guide types them `SANCTION|COERCE`, one per place): "roadblocks were
  also witnessed in the Bolan, Kolpur and Mastung areas", "gunmen erected a roadblock near
  Mangocher". The noun is as often a figure ("the major roadblock remains the security
  situation"), a demand ("called for roadblocks", "urged the government to remove
  roadblocks") or an attempt fought off ("thwarting terrorists' attempt to establish a
  roadblock": the clash is the event), so only as the passive subject of a verb of seeing,
  or the object of a verb of putting up with its doer named, told as done.
* an attack fought off, told from the defenders' side (session 26): "the police valiantly
  repelled the attack", "alert police officers repulsed the attack", "security forces
  thwarted an attack". The attack noun names no one, so it was dropped as telling nothing;
  the label guide takes a repelled or foiled attack as one that happened, and the clause
  names whom it was on: the subject of the verb of fighting off, the attack's target. Never
  its actor: the doers of a thwarted attack are the attackers (named elsewhere in the
  incident, or not at all), and a defender taken as actor joined the attackers' incident as
  one of them. Only a verb told as done ("vowed to thwart any attack", "will repel attacks"
  is a resolve, no attack), and only an attack whose attackers are not told on it ("the
  attack of Khawarij terrorists", "a kidnapping bid by terrorists").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.extract.events.lexicon import (
    FIGHT_SETTINGS,
    MUTUAL_FIGHTS,
    TRIGGERS,
    Trigger,
    _ancestors_below,
    _is_noun,
    _is_verb,
    _lemma,
    _with_conjuncts,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Token

#: what one comes under that is gunfire: "came under fire", "came under heavy gunfire"
GUNFIRE_NOUNS = frozenset({"fire", "gunfire"})
#: the walk-out, written as one word or hyphenated ("walk - out" to the tokenizer)
WALKOUT_NOUNS = frozenset({"walkout", "walk-out"})
#: verbs whose particle "off" makes them shut a place off: "blocked off", "cordoned off" is
#: a police cordon round a scene (no restriction of a population), so it is not here
SHUTTING_OFF = frozenset({"block"})


#: what is burnt or snatched in an attack on property: vehicles, buildings and belongings
BURNABLE = frozenset(
    """vehicle truck bus car van tanker trailer container lorry motorcycle bike pickup jeep
    house home shop building office station school post checkpost property camp""".split()
)
#: what burns without a doer: a fire burns what it reaches ("burnt by the fire")
FIRES = frozenset("fire flame blaze short-circuit circuit cylinder explosion sun".split())
#: what is "snatched" as a figure of speech, not from someone's hands
FIGURATIVE_SNATCHES = frozenset(
    """right victory win title lead point draw defeat wicket seat power chance opportunity
    glory life lives smile moment attention limelight headline""".split()
)


#: the force a crowd is dispersed with: "tear gas", "batons", "water cannon", "baton charge",
#: "rubber bullets", "aerial firing", "used force"
DISPERSING_FORCE = frozenset(
    """gas teargas baton batons cannon cannons bullet bullets shell shells firing shot shots
    lathi lathicharge force charge""".split()
)
#: verbs whose purpose clause a dispersal is: "used tear gas to disperse", "fired tear gas to
#: disperse", "resorted to baton charge to disperse"
FORCE_VERBS = frozenset({"use", "fire", "resort", "employ", "lob", "throw"})


#: the noun of a road closed by those who hold it ("road-block" is split by the tokenizer)
ROADBLOCKS = frozenset({"roadblock", "road-block", "barricade"})
#: verbs that tell roadblocks as seen where they stood: "roadblocks were witnessed in X"
SEEN = frozenset({"witness", "report", "see", "observe"})
#: verbs of putting roadblocks up: "gunmen erected a roadblock", "set up roadblocks"
PUTTING_UP = frozenset({"erect", "set", "put", "establish", "mount", "place"})


def material_act(token: Token) -> Trigger | None:
    """The act ``token`` tells by one of the constructions above, if any."""
    if _is_noun(token) and _lemma(token).lower() in ROADBLOCKS and _roadblock_set(token):
        return ("COERCE", "restrict")
    if _is_verb(token) and _lemma(token) in ("burn", "burnt") and _property_burnt(token):
        return ("ASSAULT", "arson")
    if _is_noun(token) and _lemma(token).lower() == "act" and _act_of_sabotage(token):
        return ("ASSAULT", None)
    if _is_verb(token) and _lemma(token) == "snatch" and _thing_snatched(token):
        return ("ASSAULT", None)
    if _is_noun(token) and token.lower_ in GUNFIRE_NOUNS and _come_under(token):
        return ("ASSAULT", "firearms")
    if _is_noun(token) and (_lemma(token).lower() in WALKOUT_NOUNS or _hyphen_walkout(token)):
        return ("PROTEST", "boycott")
    if _is_verb(token) and _lemma(token) in SHUTTING_OFF and _shut_off(token):
        return ("COERCE", "restrict")
    if _is_noun(token) and token.lower_ == "targeting" and _of_someone(token) and _set(token):
        return ("ASSAULT", None)
    if _is_noun(token) and token.lower_ == "apprehension" and _of_someone(token):
        return ("COERCE", "arrest")
    if _is_verb(token) and _lemma(token) == "disperse" and _dispersed_by_force(token):
        return ("ASSAULT", None)
    return None


def _force_words(head: Token) -> bool:
    """Whether a force word is told under ``head``, not past another clause ("using tear gas",
    "with batons", "tear gas shells")."""
    return any(
        t.lower_ in DISPERSING_FORCE
        for t in head.subtree
        if t.i != head.i
        and not any(a.dep_ in ("ccomp", "relcl") for a in (t, *_ancestors_below(t, head)))
    )


def _dispersed_by_force(verb: Token) -> bool:
    """ "dispersed the protesters using tear gas", "used tear gas and batons to disperse
    activists": a dispersal with its force told on the verb's own phrases (not its object's:
    "dispersed the crowd of gas workers"), or as the object of the verb whose purpose it is."""
    own = [
        c
        for c in verb.children
        if c.dep_ in ("prep", "advcl", "npadvmod", "agent") and c.i > verb.i
    ]
    if any(_force_words(c) or c.lower_ in DISPERSING_FORCE for c in own):
        return True
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and _lemma(head) in FORCE_VERBS:
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass", "prep")]
        return any(o.lower_ in DISPERSING_FORCE or _force_words(o) for o in objects)
    return False


def _come_under(noun: Token) -> bool:
    """ "X came under (heavy) fire": the noun is the object of "under" on a form of "come",
    and no reason is given ("came under fire for his remarks", "from the opposition over"
    are censure, not shots)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or _lemma(prep.head) != "come":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in prep.head.children):
        return False  # "declined to confirm whether its forces had come under fire": asked
    return not any(
        c.dep_ == "prep" and c.lower_ in ("for", "over")
        for h in (prep.head, noun)
        for c in h.children
    )


def _hyphen_walkout(token: Token) -> bool:
    """ "a walk-out": the tokenizer splits the word, the parser makes "out" the noun."""
    return token.lower_ == "out" and any(
        c.lower_ == "walk" and c.i < token.i for c in token.children
    )


def _shut_off(verb: Token) -> bool:
    """ "blocked off the area", "Parachinar was blocked off": the particle "off" and
    something shut off (an object or a passive subject)."""
    return bool(shut_off(verb))


def shut_off(verb: Token) -> list[Token]:
    """What a verb with the particle "off" shuts off: its object or passive subject
    ("Parachinar was blocked off from the rest of the country": Parachinar, not the rest of
    the country it is cut from, is the blockade's target)."""
    if not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]


#: prepositions of a noun's own place or time: "in Lower Kurram", "in November", "on Monday"
SETTING_PREPS = frozenset({"in", "at", "on", "near", "during"})


def _set(noun: Token) -> bool:
    """ "the targeting of a convoy in Lower Kurram in November": an act told with its own
    place or time (on the noun or on whom it hit) is one incident; "no cause can justify the
    targeting of innocent non-combatants" speaks of a kind of act."""
    return any(t.dep_ == "prep" and t.lower_ in SETTING_PREPS for t in noun.subtree if t.i > noun.i)


def _of_someone(noun: Token) -> bool:
    """ "the targeting of a convoy", "the apprehension of a commander": the act with whom it
    was done to ("of X"); the words alone are as often a policy word or a fear."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _doers(verb: Token) -> list[Token]:
    """Who did ``verb``: its active subject or its passive "by" agent."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            found += [g for g in c.children if g.dep_ == "pobj"]
    return found


def _property_burnt(verb: Token) -> bool:
    """ "two trucks were burnt by armed men", "armed men burnt seven loaded vehicles": a
    vehicle or building burnt (object or passive subject) by a doer that is no fire; "burnt
    to death" is a victim's, told by whatever killed them."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    things += [g for t in things for g in t.conjuncts]
    if not any(_lemma(t).lower() in BURNABLE for t in things):
        return False
    doers = _doers(verb)
    return bool(doers) and not any(_lemma(d).lower() in FIRES for d in doers)


def _act_of_sabotage(act: Token) -> bool:
    """ "the acts of sabotage by terrorists in South Waziristan": the noun "act(s)" with "of
    sabotage" (or "sabotage acts"), told with its own doer ("by"), place or time. The act
    noun, not "sabotage", carries the event: the doer and place hang on it."""
    sabotage = [
        g
        for c in act.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ == "sabotage"
    ] + [c for c in act.children if c.dep_ == "compound" and c.lower_ == "sabotage"]
    if not sabotage:
        return False
    return _set(act) or any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in act.children
    )


def _thing_snatched(verb: Token) -> bool:
    """ "snatched their weapons", "a pickup was snatched at gunpoint": the verb with a
    concrete object or passive subject; not a figure ("snatched victory") nor the adjective
    of a recovered thing ("a snatched mobile phone")."""
    if verb.dep_ == "amod":
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(things) and not any(_lemma(t).lower() in FIGURATIVE_SNATCHES for t in things)


#: verbs whose subject grew into a fight: "a confrontation ... led to an exchange of fire"
OUTCOME_VERBS = frozenset({"lead", "result", "turn", "escalate", "develop"})


def fight_sides(noun: Token) -> tuple[list[Token], list[Token]]:
    """The sides of a fight noun (:data:`.lexicon.MUTUAL_FIGHTS`) that a clause it hangs on
    names: an arrest's doer and whom it arrested ("police arrested Armaghan after a
    shootout": the police, then Armaghan), or the sides "between" which its subject was
    where the fight is that subject's outcome ("a confrontation between X and Y led to an
    exchange of fire"). Any other clause's subject is no side of it ("the soldiers
    sacrificed their lives during the exchange of fire", "the law enforcers shifted their
    colleague during an exchange of fire", "the attackers, who fled after the clash"), nor
    is whom a force rescued. Empty where the noun hangs on no such clause."""
    prep = noun.head
    if _lemma(noun).lower() not in MUTUAL_FIGHTS or noun.dep_ != "pobj":
        return [], []
    verb = prep.head
    if not _is_verb(verb):
        return [], []
    if prep.lower_ in FIGHT_SETTINGS and TRIGGERS.get(_lemma(verb), ("",))[0] == "COERCE":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":
            # "the police conducted a raid ... and arrested Armaghan after a shootout"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        arrested = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        sides = subjects + arrested
        return sides[:1], sides[1:]
    if prep.lower_ in ("to", "into", "in") and _lemma(verb) in OUTCOME_VERBS:
        sides = [
            g
            for subject in verb.children
            if subject.dep_ == "nsubj"
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children
            if p.dep_ == "pobj"
            for g in _with_conjuncts(p)
        ]
        return sides[:1], sides[1:]
    return [], []


#: verbs of fighting an attack off: what they govern was attempted and beaten back
REPELLING = frozenset({"repel", "repulse", "thwart", "foil"})
#: attacks that are fought, so that their defenders are a side: a kidnapping or a bombing
#: thwarted has a doer and a victim, and no one who fought it off is its actor
FOUGHT_OFF = frozenset(
    "attack assault raid offensive incursion infiltration ambush onslaught".split()
)


def repelling_side(noun: Token) -> list[Token]:
    """Whom the attack ``noun`` was on, told as who fought it off: the object of a verb of
    fighting off told as done ("the police repelled the attack", "personnel who foiled the
    attack": the relative pronoun's antecedent; "police on Wednesday claimed to have
    repulsed a terror attack": the claimer). Empty for an infinitive or a future ("to thwart
    any attack", "will repel") and where the verb names no subject."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or not _is_verb(verb):
        return []
    if _lemma(noun).lower() not in FOUGHT_OFF or any(
        t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ in ("by", "of")) for t in noun.subtree
    ):
        # "thwarted a kidnapping bid by terrorists", "foiled the seventh attack of Khawarij
        # terrorists": the attackers are told, and the attack is theirs
        return []
    if _lemma(verb) not in REPELLING or verb.tag_ == "VB":
        return []  # "vowed to thwart attacks", "will repel": a resolve ("to have repulsed" stays)
    holder = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
        c for c in holder.children if c.dep_ == "nsubj"
    ]
    found = []
    for subject in subjects:
        if subject.tag_ in ("WP", "WDT") and holder.dep_ == "relcl":
            subject = holder.head  # "the personnel who successfully foiled the attack"
        elif subject.pos_ == "PRON":
            continue
        found += _with_conjuncts(subject)
    return found


def _roadblock_set(noun: Token) -> bool:
    """ "roadblocks were also witnessed in the Bolan area", "gunmen erected a roadblock near
    Mangocher": the passive subject of a verb of seeing, or the object of a verb of putting
    up with a subject, the verb told as done (no infinitive: "attempted to establish
    roadblocks", "urged the government to remove roadblocks")."""
    verb = noun.head
    if not _is_verb(verb) or verb.tag_ in ("VB", "VBG"):
        return False  # "to establish roadblocks", "while establishing a roadblock": not done
    if noun.dep_ == "nsubjpass":
        return _lemma(verb) in SEEN
    return (
        noun.dep_ in ("dobj", "obj")
        and _lemma(verb) in PUTTING_UP
        and any(c.dep_ == "nsubj" for c in verb.children)
    )
