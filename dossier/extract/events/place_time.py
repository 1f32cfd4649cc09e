"""Where and when: an event's place (a place mention attached to the trigger, or the
sentence's) and its time (a date attached to the trigger's clause, not a report date).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dossier.clean.dateline import parse_dateline
from dossier.extract.events.described_days import described_day
from dossier.extract.events.lexicon import (
    CREDITING,
    NAMED_PLACE_NOUNS,
    NOT_PARTICIPANTS,
    OCCURRING,
    OPERATIONS,
    PLACE_NOUNS,
    PLACE_PREPS,
    REPORTING,
    SPEECH_MODES,
    STANCE_TYPES,
    STATING,
    WHERE_NOUNS,
    _ancestors_below,
    _is_noun,
    _is_verb,
    _lemma,
    _trigger,
)
from dossier.extract.events.roles import (
    _Context,
    _core,
    _mention_at,
    _participants,
    _phrase_head,
    _Roles,
    _trim,
)
from dossier.extract.registry import doc_text, token_starting
from dossier.geo import (
    LOCAL_FORCES,
    breadth,
    initials_of_no_place,
    key,
    known_place,
    load_gazetteer,
    name_runs,
    names_local_force,
    region_by_towns,
    written_as_place,
)
from dossier.records import PLACE_LABELS, Mention, Span, TimeExpr

if TYPE_CHECKING:  # annotations only: importing the rules must not import spaCy
    from spacy.tokens import Doc, Token

#: prepositions that open what an act is against or about ("a demonstration against Israeli
#: aggression in Gaza", "protests over the killings in Kurram"): a place inside says where
#: the grievance is, not where the act happened
GRIEVANCE_PREPS = frozenset({"against", "over"})


def _conjuncts(token: Token) -> list[Token]:
    """The words coordinated after ``token`` ("a camp and Jabalia town": the town)."""
    return [c for c in token.children if c.dep_ == "conj"]


def _own_clause(prep: Token, anchor: Token) -> bool:
    """True when no other verb stands between ``prep`` and ``anchor``, nor a grievance
    (:data:`GRIEVANCE_PREPS`)."""
    if prep.i > 0:
        before = prep.doc[prep.i - 1]
        if any(  # "held a demonstration against Israeli aggression in Gaza", "in" on "held"
            t.dep_ == "prep" and t.lower_ in GRIEVANCE_PREPS and t.right_edge.i == before.i
            for t in (before, *before.ancestors)
        ):
            return False
    if any(c.dep_ == "relcl" and c.i < prep.i for c in prep.head.children):
        # "arrested two of the suspects, who had killed a woman … in Jabar area": a phrase
        # after a relative clause of its noun ends that clause (the model hangs it on the
        # noun), so it says where the clause's act happened
        return False
    current = prep.head
    while current.i != anchor.i:  # spaCy makes a new Token object per access: compare .i
        if _is_verb(current) or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in GRIEVANCE_PREPS:
            return False
        if current.dep_ == "conj" and _is_noun(current) and _trigger(current) is not None:
            # "a grenade attack on Peshawar's Malazai area and an attack on Gambila police
            # station in Lakki Marwat": a coordinated act's phrases say where that act was
            return False
        if current.dep_ == "appos" and current.head.i != anchor.i:
            # "Atef Najib, a former head of the security department in Daraa, was arrested
            # by security forces in Latakia province": a phrase inside an appositive that
            # describes a participant says who the person is (a post, a home town), not
            # where the act was; an appositive of the act itself ("the attack, a bombing in
            # Quetta") still places it
            return False
        if current.dep_ == "dobj" and current.head.i == anchor.i and _protests(anchor):
            # "took to the streets in Damascus to protest the burning of a Christmas tree
            # near Hama": what a protest is against is its grievance, not where it gathered
            return False
        current = current.head
    return True


def _protests(token: Token) -> bool:
    """Whether a token is a protest's trigger ("protest", "condemn" as a protest)."""
    kind = _trigger(token)
    return kind is not None and kind[0] == "PROTEST"


#: nouns of an area named by its "of" phrase, beside the place nouns: "killed in the
#: jurisdiction of Khanna Police Station", "within the limits of Ghanikhel police station"
AREA_OF_NOUNS = frozenset(
    {"jurisdiction", "limits", "limit", "precincts", "precinct", "vicinity", "outskirts", "remit"}
)


def _place_named(noun: Token, mentions: Iterable[Mention]) -> Span | None:
    """ "the city of Karachi", "the general area of Datta Khel": the name after a place noun
    is a place whatever label the model gave it, or none (an untagged proper name)."""
    if _lemma(noun) not in PLACE_NOUNS | AREA_OF_NOUNS:
        return None
    mentions = list(mentions)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                found = _mention_at(pobj, mentions)
                if found is not None:
                    return found
                named = _proper_name(pobj)
                if named is not None:
                    return named
    return None


def _name_start(doc: Doc, first: int) -> int:
    """Where the proper name ending at token ``first`` begins: the proper nouns the model
    compounded before it ("Dera Ismail Khan", "Gulberg Greens")."""
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return first


def _place_in(
    anchor: Token, places: list[Mention], context_mentions: Iterable[Mention] = ()
) -> Span | None:
    """A place mention in an "in/at/near X" phrase of ``anchor``'s own clause."""
    for prep in anchor.subtree:
        if prep.dep_ != "prep" or not _own_clause(prep, anchor):
            continue
        if prep.lower_ == "on":  # "an attack on a PPP convoy on Sariab Road": a site's name
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                site = _site(pobj)
                if site is not None:
                    return site
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            for pobj in pobjs:
                # "an airstrike on the city of Rafah", "raids on the village of Susya": the
                # town a settlement noun's "of" phrase names is the place struck, as "in
                # the city of Rafah" is where an act happened
                named = _place_named(pobj, context_mentions) if _settlement(pobj) else None
                if named is not None:
                    return named
                owned = _owned_struck(pobj, places)
                if owned is not None:
                    return owned
            for pobj in (t for p in pobjs for t in (p, *_conjuncts(p))):
                # "air strikes on al-Bureij refugee camp and Jabalia town": a named town or
                # area struck is where the act was (the model tags neither name)
                if _lemma(pobj) in NAMED_PLACE_NOUNS:
                    own = _named_place_noun(pobj)
                    if own is not None:
                        return own
            continue
        if prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            named = _place_named(pobj, context_mentions)
            core = _core(pobj)  # "in the town of Cizre in southeastern Turkey": Cizre
            start, end = _trim(pobj.doc, min(core), max(core))
            inside = [p for p in places if p.start < end and start < p.end]
            own = _named_place_noun(pobj)
            if own is not None:  # "in KP's Dera Ismail Khan district": not KP
                inside = [p for p in inside if not (p.start < own[1] and own[0] < p.end)]
                text = doc_text(pobj.doc)[own[0] : own[1]]
                inside.append(Mention(own[0], own[1], text, "LOC", text.lower(), 0))
            if named is not None and (own is None or _town_named_after(pobj, own, named)):
                # "in the general area of Datta Khel of North Waziristan": the place the noun
                # names, not the district it is "of"
                return named
            owners = [c.idx for c in pobj.children if c.dep_ == "poss"]
            held = [p for p in inside if not any(p.start <= o < p.end for o in owners)]
            inside = held or inside  # the possessor holds the place: it is wider
            if inside:  # "in Khyber Pakhtunkhwa's Khyber district": Khyber
                best = _most_specific(inside)
                return (best.start, best.end)
            if own is None and named is None:
                mistyped = _mistyped_place(pobj)
                if mistyped is not None:
                    return mistyped
    return None


#: last words of a proper name that make it a place where the model typed it a person or a
#: group, or left it untagged ("in Sohrab Goth", "in Mohammad Ali Society", "at Babarloi
#: bypass"): beside :data:`WHERE_NOUNS`, a housing society, a goth (a village) and a camp,
#: the words South Asian and Middle Eastern news name neighbourhoods by
PLACE_TAILS = WHERE_NOUNS | frozenset({"society", "goth", "camp", "colony", "town"})
#: the model's types of a name in an act's own place phrase that may hide a place it does
#: not know: a person, a group, or none (never a date, a number or a people)
_MISTYPED_LABELS = frozenset({"PERSON", "ORG", ""})


def _mistyped_place(pobj: Token) -> Span | None:
    """A proper name in an act's own "in/at/near" phrase that the model typed a person or
    a group, or left untagged, where the grammar still says it is a place: its last word
    is a place word (:data:`PLACE_TAILS`: "in Sohrab Goth", "in Mohammad Ali Society", "at
    Babarloi bypass"), or the article writes the same name elsewhere before a place noun or
    tags it a place there ("a raid in DHA" where the article also writes "the DHA area").
    Without either a name there is as often a body or a man ("in Parliament", "in Imran
    Khan"); a name with an article ("in the Senate", "in the Royal Society") is a body's,
    and a date or a people (the model's DATE, NORP) never a place here."""
    doc = pobj.doc
    if pobj.pos_ == "NOUN" and _lemma(pobj) in PLACE_TAILS - NAMED_PLACE_NOUNS:
        # "at Babarloi bypass", "in Gulshan chowk": the name in front of a place word
        names = [c for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names or any(c.dep_ in ("det", "poss") for c in pobj.children):
            return None
        if any(n.ent_type_ not in _MISTYPED_LABELS for n in names):
            return None
        return _trim(doc, _name_start(doc, min(n.i for n in names)), pobj.i)
    if pobj.pos_ != "PROPN" or pobj.ent_type_ not in _MISTYPED_LABELS:
        return None
    first = _name_start(doc, pobj.i)
    if any(doc[i].ent_type_ not in _MISTYPED_LABELS for i in range(first, pobj.i + 1)):
        return None
    if any(c.dep_ in ("det", "poss") for c in pobj.children):
        return None
    span = _trim(doc, first, pobj.i)
    name = doc_text(doc)[span[0] : span[1]]
    if first < pobj.i and _lemma(pobj) in PLACE_TAILS and not _initials(name):
        return span
    return span if _placed_elsewhere(name, span[0], doc) else None


def _placed_elsewhere(name: str, start: int, doc: Doc) -> bool:
    """Whether the document writes ``name`` at another place than character ``start`` as
    a place: tagged one by the model, or followed by a place noun ("from the DHA area"); a
    name before "police station" is not read (a station is named after its area, but the
    model's person there may be the station's officer)."""
    if any(e.text == name and e.start_char != start and e.label_ in PLACE_LABELS for e in doc.ents):
        return True
    text = doc_text(doc)
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if found.start() != start and _followed_by_place_noun(doc, found.end() - 1):
            return True
    return False


#: place nouns for one town, whose "of" phrase may be the town's own name ("the Yemeni
#: capital of Sanaa", "the southern Gaza city of Rafah")
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital"})


def _settlement(noun: Token) -> bool:
    """Whether ``noun`` is one town's noun ("city", "town", "village", "capital"), whose "of"
    phrase names the town struck ("an airstrike on the city of Rafah"); not an area's noun
    ("strikes on the outskirts of X" may fall on its fields, "on the province of X" on a
    region an ACLED coder places by its district)."""
    return _lemma(noun) in SETTLEMENT_NOUNS


def _town_named_after(noun: Token, before: Span, after: Span) -> bool:
    """Whether "the <X> city of <Y>" names the town by its "of" phrase ("near the southern
    Gaza city of Rafah": Rafah, in Gaza), not by the name before the noun ("in El Fasher city
    of Sudan", "in Ghulam Khan village of North Waziristan": the town, then its wider
    region). English writes the first with "the" and the second without; a wider "of"
    place (a country) never names the town."""
    if _lemma(noun) not in SETTLEMENT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    text = doc_text(noun.doc)
    return _scale(text[after[0] : after[1]]) <= _scale(text[before[0] : before[1]])


#: a camp a proper name in front of names ("in the Bureij refugee camp", "near Jenin camp"):
#: where raids and strikes happen, a name the model tags a person or a group as often as a
#: place. Read only by :func:`_named_place_noun` (an act in, at or near a camp; a camp an
#: attack struck): "camp" among the place nouns every rule reads (roles' sites, "on"
#: phrases) changed other fields of the read sets (session 29)
NAMED_CAMP_NOUNS = frozenset({"camp"})


def _named_place_noun(noun: Token) -> Span | None:
    """A place name the model may have missed or mistyped: the proper name compounded with a
    place noun ("Takwara area", "Lakki Marwat district", "Spinwam tehsil"), which the noun says
    is a place, or a proper name the gazetteer holds whole ("Dera Ismail Khan" tagged as a
    person "Ismail Khan")."""
    doc = noun.doc
    if _lemma(noun) in NAMED_PLACE_NOUNS | NAMED_CAMP_NOUNS:
        # the model parses a name before the noun as a compound, or as an adjective ("in
        # Pishin area of Balochistan": "Pishin" an amod), or the first of a list of names
        # before a plural noun as a modifier ("in the Harra and Sial villages": "Harra" an
        # nmod, "Sial" its conjunct, which the per-place rule reads); a lone modifier is
        # not read so ("the Ghaslate Depot (kerosene depot) locality")
        names = [
            c
            for c in noun.children
            if c.pos_ == "PROPN"
            and (c.dep_ in ("compound", "amod") or (c.dep_ == "nmod" and _listed(c)))
        ]
        if not names:
            return None
        first = _name_start(doc, min(n.i for n in names))
        last = max(n.i for n in names)
        for i in range(first, last + 1):  # "Khyber Pakhtunkhwa's Bajaur district": Bajaur
            if doc[i].dep_ == "case" or doc[i].lower_ in ("'s", "’s"):
                first = i + 1
        if noun.text[:1].isupper() and noun.i == last + 1:
            last = noun.i  # "Steel Town", "Orangi Town": the noun is part of the name
        if first > last:
            return None
        found = _trim(doc, first, last)
        if _lemma(noun) in NAMED_CAMP_NOUNS and _initials(doc_text(doc)[found[0] : found[1]]):
            return None  # "the IDP camp", "a UN camp": whose camp, not where
        return found
    if noun.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.lower_ not in PLACE_PREPS:
        return None
    first = _name_start(doc, noun.i)
    span = _trim(doc, first, noun.i)
    if noun.ent_type_ in NOT_PARTICIPANTS:
        # "In March last year": a month, not the town of March; "in Turbat", typed a date,
        # is the town the gazetteer holds
        known = _mistaken_date(noun) and (
            known_place(doc_text(doc)[span[0] : span[1]]) or _opening_place(noun, first)
        )
        return span if known else None
    if _opening_place(noun, first):
        return span
    if noun.head.lower_ == "near" and noun.ent_type_ != "NORP":
        # "ambushed the personnel near Kot Mubarak": what an act happens near is a place,
        # known or not (a village the gazetteer lacks, the model's "person"); "in X" is
        # not as sure ("in Urdu")
        return span
    if noun.head.lower_ == "at" and _at_a_place(doc_text(doc)[span[0] : span[1]], noun):
        # "residents had blocked the highway at Chautir", "attacked ... at Neelum Jhelum":
        # where an act is done "at" a proper name is a site or a village the gazetteer
        # lacks and the model reads as a group; not a person ("fired at Imran") nor initials
        return span
    if known_place(doc_text(doc)[span[0] : span[1]]):
        return span
    # "in Abbasa Khattak, Lakki Marwat": a name the gazetteer lacks, set beside a district it
    # holds, is a place in that district; the model may parse the pair as a list ("in
    # Jatial, Gilgit": a conjunct after a bare comma)
    for beside in (c for c in noun.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"):
        first = _name_start(doc, beside.i)
        if beside.dep_ == "conj" and (first == 0 or doc[first - 1].text != ","):
            continue  # "in Jatial and Gilgit": two places, neither inside the other
        name = doc_text(doc)[doc[first].idx : beside.idx + len(beside.text)]
        if known_place(name) and breadth(name) < 2:
            return span
    return None


def _listed(name: Token) -> bool:
    """Whether a name heads a list of names joined by "and" ("Harra and Sial")."""
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in name.children) and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children
    )


def _at_a_place(name: str, noun: Token) -> bool:
    """Whether a proper name after "at" names a place: one the model tags a group, a
    facility or a place (it reads villages and sites it does not know as groups), written
    where a verb or an act's noun is done ("blocked the highway at Chautir", "a suicide
    attack at the Darul Uloom Haqqania"), not initials ("at the FIA", "at the UN": an office
    told for its body). Measured on the read sets: names of people or peoples, untagged
    words, and "at" on a person's noun ("chief investment officer at Frim Ventures": an
    employer) split incidents and raised false alarms."""
    head = noun.head.head
    return (
        noun.ent_type_ in ("ORG", "FAC", "GPE", "LOC")
        and not _initials(name)
        and (_is_verb(head) or _trigger(head) is not None)
    )


def _initials(name: str) -> bool:
    """Whether a name is written in capitals only ("QPC", "UN", "N-70"): initials."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


#: the calendar's own words, in any case and abbreviated ("March", "Sept", "Mon"): a date,
#: never a town the gazetteer happens to share a name with (March, Cambridgeshire)
CALENDAR_WORDS = frozenset(
    w.lower().rstrip(".")
    for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if w
) | {"sept"}


#: what a name opening a sentence as "In X," may be other than a place: a people, a
#: language, a holiday, a law or a title ("In Urdu, ...")
_NOT_OPENING_PLACES = frozenset({"NORP", "LANGUAGE", "EVENT", "LAW", "WORK_OF_ART"})


def _opening_place(noun: Token, first: int) -> bool:
    """Whether a proper name is "X" of a sentence that opens "In X," ("In Lakki Marwat, a
    police constable ... was laid to rest", "In Jhal Magsi, two men were shot"): news writes
    that shape for the place of what follows, or for a month, so a name of letters that is
    no calendar word is a place even where the gazetteer lacks it (most districts: Lakki
    Marwat, Panjgur, Kohlu). Counted in the archive: the 223 sentences of its 1,876 articles
    that open "In <Name>," (96 names) all name a place or a month."""
    doc = noun.doc
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.i == noun.sent.start
        and first == prep.i + 1
        and noun.i + 1 < len(doc)
        and doc[noun.i + 1].text == ","
        and noun.ent_type_ not in _NOT_OPENING_PLACES
        and all(
            t.is_alpha and t.text[:1].isupper() and t.lower_ not in CALENDAR_WORDS
            for t in doc[first : noun.i + 1]
        )
    )


def _mistaken_date(noun: Token) -> bool:
    """Whether a proper noun the model typed as a date or a number is a place's name: all
    letters, no calendar word in the date entity ("Meanwhile, in Turbat, four civilians
    lost their lives": the small model reads an unfamiliar town after "in" as a date). Only
    the word itself is judged here; the gazetteer still has to hold the name."""
    if noun.ent_type_ not in ("DATE", "TIME"):
        return False
    doc = noun.doc
    first = last = noun.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return all(
        t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in CALENDAR_WORDS
        for t in doc[first : last + 1]
    )


#: last words of a name that says where, beside :data:`WHERE_NOUNS`: "Bannu Cantonment",
#: "Malir Cantt" (a garrison town, the target and the place of an attack on it)
SITE_NOUNS = WHERE_NOUNS | frozenset({"cantonment", "cantt", "garrison"})


def _site(noun: Token) -> Span | None:
    """A proper name that ends in a word for a site ("Sariab Road", "Bannu Cantonment",
    "the Quetta-Sibi Highway"): where an act "on" it happened, tagged or not."""
    if noun.lower_ not in SITE_NOUNS or not noun.text[:1].isupper():
        return None
    first = _name_start(noun.doc, noun.i)
    return _trim(noun.doc, first, noun.i) if first < noun.i else None


def _extra_places(tokens: Iterable[Token]) -> list[Mention]:
    """Places of :func:`_named_place_noun` among ``tokens``, and areas named by their "of"
    phrase (:data:`AREA_OF_NOUNS`), as mentions to rank."""
    found = []
    for token in tokens:
        own = _named_place_noun(token)
        if own is None and _lemma(token) in AREA_OF_NOUNS:
            # "in the jurisdiction of Phulgran Police Station", "within the limits of
            # Ghanikhel police station": the station's area, named or not by the model
            own = _place_named(token, ())
        if own is not None:
            text = doc_text(token.doc)[own[0] : own[1]]
            found.append(Mention(own[0], own[1], text, "LOC", text.lower(), 0))
    return found


#: names a model tags as places that are no event's place ("from the face of the Earth")
NOWHERE = frozenset({"earth", "the earth", "world", "the world", "globe"})


def _somewhere(mention: Mention) -> bool:
    """Whether a place mention can be where an event happened (not :data:`NOWHERE`)."""
    return mention.text.lower() not in NOWHERE


def _most_specific(places: list[Mention]) -> Mention:
    """The smallest place of several (a district before its province before its country);
    the first written among equals. A possessor is ranked by its name ("Balochistan’s", as
    the model may tag it in "Balochistan’s Zhob district", is a province)."""
    return min(places, key=lambda m: (_scale(m.text), m.start))


def _scale(name: str) -> int:
    """:func:`breadth` of a place name for ranking one sentence's places, a possessor by its
    name ("Balochistan’s"), and a region known only by its towns ("the central Gaza Strip")
    as wide as a province."""
    name = _POSSESSIVE_END.sub("", name)
    found = breadth(name)
    return 1 if found == 0 and region_by_towns(name) else found


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _location(trigger: Token, roles: _Roles, context: _Context) -> Span | None:
    """The trigger's place, else its support verb's, else its actor's ("police
    in Karachi"). A name the model typed as a person or group counts when the gazetteer
    holds it whole ("in Dera Ismail Khan": a city, not a man named Khan). A place that
    owns a narrower one ("in Syria’s Idlib province") gives way to it (:func:`_past_owner`)."""
    found = _attached_location(trigger, roles, context)
    return None if found is None else _narrowest(found, trigger.doc, context.mentions)


def _attached_location(trigger: Token, roles: _Roles, context: _Context) -> Span | None:
    """:func:`_location` before a place's owner gives way to the place it owns."""
    places = _place_mentions(context)
    anchors = [_phrase_head(trigger) if _is_noun(trigger) else trigger]
    if roles.support is not None:
        anchors.append(roles.support)
    head = anchors[0]
    if _is_noun(trigger) and head.dep_ in ("nsubj", "nsubjpass") and _lemma(head.head) in HAPPENING:
        # "an attack was attempted on Bannu Cantonment", "the blast occurred in Bannu": the
        # clause an act is the subject of says where it happened (not "was heard across X")
        anchors.append(head.head)
    anchors += roles.actors
    for anchor in anchors:
        found = _place_in(anchor, places, _participants(context))
        if found is not None:
            return _named_within(anchor, found, places, context)
    where = _where_antecedent(trigger)
    if where is not None:  # "Tehran, where it met ...", "in Gulberg Greens, where ... detained"
        found = _mention_at(where, places) or _proper_name(where)
        if found is not None:
            return found
    if _is_noun(trigger):
        named = _named_by(_phrase_head(trigger), places, context)
        if named is not None:
            return named
    kind = _trigger(trigger)
    if kind and (kind[0] == "COERCE" or _lemma(trigger) in TAKING_AWAY) and _is_verb(trigger):
        taken = _taken_from(trigger, places)
        if taken is not None:
            return taken
    if kind and kind[0] == "PROTEST":
        blocked = _blocked_road(trigger)
        if blocked is not None:
            return blocked
    if kind and kind[0] == "ASSAULT":
        for target in roles.targets:
            attacked = _attacked_place(target, places, context)
            if attacked is not None:
                return attacked
    return None


def _named_within(anchor: Token, found: Span, places: list[Mention], context: _Context) -> Span:
    """The town an act's noun is named after when its "in" phrase names a wider place ("the
    Pulwama attack in Kashmir", "the Khuzdar blast in Balochistan"): the name is the act's
    own place, the phrase the province, country or region it lies in (a region the
    gazetteer lacks: "in occupied Kashmir"); else ``found``."""
    wide = context.text[found[0] : found[1]]
    if breadth(wide) == 0 and not region_by_towns(wide):
        return found  # "near Sangjani", "in Lyari’s Moosa Lane": no wider place
    span = anchor.doc.char_span(found[0], found[1], alignment_mode="expand")
    if span is None:
        return found
    pobj = span.root
    while pobj.dep_ in ("compound", "amod", "nmod", "poss") and pobj.head.i != pobj.i:
        pobj = pobj.head  # "in the India-occupied Kashmir", "in Balochistan province"
    noun = pobj.head.head if pobj.dep_ == "pobj" else None
    while noun is not None and _is_noun(noun):
        # up the nouns the phrase hangs on ("the Pahalgam attack in the presence of troops
        # in occupied Kashmir"), to the first act named after a town (not "Ali Arcade")
        named = _town_naming(noun, wide, places, context) if _trigger(noun) else None
        if named is not None:
            return named
        up = noun.head.head if noun.dep_ == "pobj" else None
        noun = up if up is not None and up.i != noun.i else None
    return found


def _town_naming(noun: Token, wide: str, places: list[Mention], context: _Context) -> Span | None:
    """The town ``noun`` is named after ("the Khuzdar blast", "the Pahalgam attack"), not
    ``wide``, for :func:`_named_within`."""
    for child in noun.children:
        if child.dep_ not in ("compound", "nmod") or child.pos_ != "PROPN" or child.i > noun.i:
            continue
        if child.ent_type_ in NOT_PARTICIPANTS | {"NORP"}:
            continue  # "the March 3 attack": a month, though a town of that name exists
        name = _trim(noun.doc, _name_start(noun.doc, child.i), child.i)
        text = context.text[name[0] : name[1]]
        if known_place(text) and breadth(text) == 0 and text != wide:
            return name  # "the Khuzdar blast": a town the model may type a person
    named = _named_by(noun, places, context)
    if named is None or breadth(context.text[named[0] : named[1]]) > 0:
        return None
    return named if context.text[named[0] : named[1]] != wide else None


def _place_mentions(context: _Context) -> list[Mention]:
    """The document's mentions that may say where an event happened, for :func:`_location`.

    Why kept in ``context.memo``: they depend on the document alone, and each of its
    triggers asked again (a gazetteer lookup and a parse walk per name, per trigger: a
    tenth of the event rules' time). Callers read the list and must not change it."""
    kept: list[Mention] | None = context.memo.get("place_mentions")
    if kept is not None:
        return kept
    countries: list[set[str]] = []  # the document's, worked out once when first needed

    def local_town(name: str) -> bool:
        if not countries:
            countries.append(_document_countries(context))
        return bool(load_gazetteer().small_places(name, countries[0]))

    places = [
        m
        for m in context.mentions
        if (
            (m.label in PLACE_LABELS and m.text[:1].isupper())  # not "the trans-river belt"
            or (
                m.label in ("PERSON", "ORG")
                and len(m.text) > 3
                and (
                    known_place(m.text) or (_in_place_phrase(m, context.doc) and local_town(m.text))
                )
            )
        )
        and _somewhere(m)
        and not _org_initials(m.text, m.start, context.text, m.label)
    ]
    context.memo["place_mentions"] = places
    return places


def _in_place_phrase(mention: Mention, doc: Doc) -> bool:
    """Whether a mention is the whole object of an "in/at/near" phrase ("was arrested in
    Khanewal", the model's person): the slot a town of 1,000+ people the main index lacks
    may fill (:meth:`Gazetteer.small_places`, only in the document's countries), where a
    name elsewhere in the sentence is as often a man's."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (
        span is not None
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ in PLACE_PREPS
        and all(t.pos_ == "PROPN" for t in span)
    )


def _where_antecedent(trigger: Token) -> Token | None:
    """The noun a "where" clause telling the act hangs on: the trigger's own clause ("Tehran,
    where it met ..."), one coordinated with it ("in Gulberg Greens, where one café was
    sealed and eight people were detained") or, for an event noun, the clause it is the
    subject or object of ("Parachinar, where news of the assault sparked widespread
    protests"). The clause says the act happened at that noun's place."""
    clause = trigger
    if _is_noun(trigger):
        head = _phrase_head(trigger)
        if (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and _is_verb(head.head.head)
            and head.head.head.lemma_ in RESULT_VERBS
        ):
            clause = head.head.head  # "which led to the elimination of four terrorists"
        elif head.dep_ not in ("dobj", "nsubj", "nsubjpass") or not _is_verb(head.head):
            return None
        else:
            clause = head.head
    while clause.dep_ == "conj" and _is_verb(clause.head):
        clause = clause.head
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
        return clause.head
    if clause.dep_ == "relcl" and _results_at_place(clause):
        return clause.head
    return None


#: verbs whose relative clause on a place tells what an act there ended in ("an operation
#: in Swat, which led to the elimination of four terrorists", "an attack in Bannu, which
#: resulted in the martyrdom of two policemen")
RESULT_VERBS = frozenset({"lead", "result"})


def _results_at_place(clause: Token) -> bool:
    """Whether a "which led to / resulted in" clause hangs on a proper name written as a
    place ("in Swat, which led to ..."). The model hangs such a clause on the nearest noun,
    the place, though it tells the result of the act told before it there; either way the
    result happened at that place. Only a name that is the object of "in/at/near" counts:
    "Pakistan, which led to ..." as a subject is an actor, not a site."""
    place = clause.head
    return (
        clause.lemma_ in RESULT_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children)
        and place.pos_ == "PROPN"
        and place.dep_ == "pobj"
        and place.head.lower_ in PLACE_PREPS
    )


def _proper_name(noun: Token) -> Span | None:
    """The proper name ending at ``noun``, where the words around it say it is a place
    ("in X" with no tagged place, "X, where ..."), whatever type the model gave it or none
    ("Gulberg Greens", tagged a person). Not a date or a number ("in 2023, where ...")."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in NOT_PARTICIPANTS:
        return None
    return _trim(noun.doc, _name_start(noun.doc, noun.i), noun.i)


#: verbs of a protest that shut a road: the road is where the protesters stood
BLOCKING = frozenset({"block", "blockade"})


def _blocked_road(trigger: Token) -> Span | None:
    """The named road a protest blocked ("residents had blocked the Sanjavi-Ziarat road in
    protest", "staged a protest, blocking the Quetta-Karachi highway", "protesters blocked
    the Karakoram Highway"): where it was held, though no "in/at" says so. The blocking verb
    is the trigger, the verb an "in protest" hangs on, or a clause of the trigger's verb."""
    verbs = [trigger]
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verbs.append(trigger.head.head)  # "blocked the road in protest"
    if trigger.dep_ in ("dobj", "obj"):
        verbs.append(trigger.head)  # "staged a protest, blocking ..."
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ in ("advcl", "conj", "xcomp")]
    for verb in verbs:
        if not _is_verb(verb) or _lemma(verb) not in BLOCKING:
            continue
        for road in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if _lemma(road) not in WHERE_NOUNS - NAMED_PLACE_NOUNS:
                continue
            doc, first = road.doc, road.i
            while first > 0:
                before = doc[first - 1]
                if (
                    before.text in ("-", "–")
                    and not before.whitespace_
                    and first > 1
                    and doc[first - 2].text[:1].isupper()
                ):
                    first -= 2  # "the Sanjavi-Ziarat road": both towns of the name
                elif before.dep_ in ("compound", "amod", "nmod") and (
                    before.pos_ == "PROPN" or before.text[:1].isupper()
                ):
                    first -= 1
                else:
                    break
            if first < road.i:  # a name, not "blocked the road"
                return _trim(doc, first, road.i)
    return None


#: verbs an act is the subject of where the clause says where it happened
HAPPENING = OCCURRING | frozenset({"attempt", "foil", "thwart", "launch", "carry", "conduct"})


#: acts that take someone away, whose "from" names where they were taken, as an arrest's does
#: ("abducted two days ago from Khuzdar, during a raid in Zehri town": taken in Khuzdar)
TAKING_AWAY = frozenset({"abduct", "kidnap"})


def _taken_from(trigger: Token, places: list[Mention]) -> Span | None:
    """Where someone was arrested (or abducted) "from" ("detained a suspect from Lahore’s
    Gulshan Ali Colony", "arrested three suspects from Karachi"): the place, when "from"
    hangs on the arrest or on whom it took (not "on return from Dubai"; not "suspects from
    UAE were detained", where the subject's "from" says where they came from)."""
    heads = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "dobj"}
    for prep in trigger.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.head.i not in heads:
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            own = _named_place_noun(pobj) if _lemma(pobj) in NAMED_PLACE_NOUNS else None
            if own is not None:
                return own
            found = next((p for p in places if p.start <= pobj.idx < p.end), None)
            if found is not None and not _country(found):
                return (found.start, found.end)
            if pobj.pos_ == "PROPN" and known_place(pobj.text) and breadth(pobj.text) < 2:
                return _trim(pobj.doc, pobj.i, pobj.i)
    return None


def _named_by(noun: Token, places: list[Mention], context: _Context | None = None) -> Span | None:
    """A place named in front of an event noun: "the Pulwama attack", "the Khuzdar blast",
    "a Kabul hotel attack": the event's own place, as an "in X" phrase would be. With the
    document's ``context``, also a name the model left untagged that the gazetteer holds as
    a town or district, or as a town of 1,000+ people of a country the article names ("the
    Pahalgam attack": a small town the model does not know, yet how the news names the
    incident)."""
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.pos_ == "PROPN":
            named = next(
                (p for p in places if p.label in PLACE_LABELS and p.start <= child.idx < p.end),
                None,
            )
            if named is not None and not _country(named):
                # "US air strikes", "Israel strikes": a country in front of an act is the
                # state that acts, not where ("the Pulwama attack" is a town's)
                return (named.start, named.end)
            if named is None and context is not None:
                untagged = _untagged_town(child, context)
                if untagged is not None:
                    return untagged
    return None


def _untagged_town(name: Token, context: _Context) -> Span | None:
    """The proper name ending at ``name`` (with the proper names compounded before it) when
    the model gave it no entity type and the gazetteer holds it as a town or district, or
    as a town of 1,000+ people in a country the document names (:func:`_document_countries`,
    people's adjectives included: "Indian tourists"). A name the model typed (a group, a
    person, a month, a people: "the Hamas attack", "the November attack", "Israeli
    strikes") is not a place here; neither is a country or a province, which says less
    than the incident's name means."""
    if name.ent_type_:
        return None
    doc = name.doc
    first = _name_start(doc, name.i)
    if any(doc[i].ent_type_ for i in range(first, name.i)):
        return None
    span = _trim(doc, first, name.i)
    text = context.text[span[0] : span[1]]
    if not text[:1].isupper() or _org_initials(text, span[0], context.text):
        return None
    if load_gazetteer().candidates(text):
        return span if breadth(text) == 0 else None
    countries = _document_countries(context, peoples=True)
    return span if load_gazetteer().small_places(text, countries) else None


def _country(mention: Mention) -> bool:
    """Whether a place mention names a country."""
    return breadth(mention.text) == 2


def _attacked_place(target: Token, places: list[Mention], context: _Context) -> Span | None:
    """The place an attack struck, when its target is one or is named by one: "an attack on
    Bannu Cantonment", "two IEDs struck the Shakai area", "gunmen stormed a Kabul hotel": where
    the attack happened. A town, district or site only; a country attacked ("attacks on
    Pakistan") says who was attacked, not where."""
    found = (
        _mention_at(target, [p for p in places if p.label in PLACE_LABELS])
        or _place_named(target, _participants(context))
        or _named_place_noun(target)
        or _named_by(target, places)
        or _site(target)  # "suicide bombers struck Bannu Cantonment"
    )
    if found is None:
        return None
    name = context.text[found[0] : found[1]]
    if target.pos_ == "PROPN" and " " not in name and not known_place(name):
        return None  # "innocent people, labourers, and Baloch were killed": people, not where
    if _describes(Mention(found[0], found[1], name, "LOC", name.lower(), 0), target.doc):
        return None  # "attacked Baloch pride": a people's, not a place
    return found if breadth(name) == 0 else None


def _sentence_place(
    trigger: Token,
    arguments: tuple[Span, ...],
    context: _Context,
    actors: tuple[Span, ...] = (),
) -> Span | None:
    """No place hangs on the event: the most specific place its sentence names that is not
    one of its participants ("Two leaders of JUI-F were killed in the Zehri area of Khuzdar
    district on Saturday", parsed onto another word); else the town a local force among its
    ``actors`` is named after (:func:`_force_place`), before a route's end. A place that
    owns a narrower one ("an air strike on Gaza’s Jabalia") gives way to it
    (:func:`_past_owner`)."""
    found = _free_place(trigger, arguments, context, actors)
    return None if found is None else _narrowest(found, trigger.doc, context.mentions)


def _free_place(
    trigger: Token,
    arguments: tuple[Span, ...],
    context: _Context,
    actors: tuple[Span, ...] = (),
) -> Span | None:
    """:func:`_sentence_place` before a place's owner gives way to the place it owns."""
    sentence = trigger.sent
    extra = _extra_places(sentence)
    filed = _dateline_end(context) if sentence.start_char == 0 else 0
    free = [
        place
        for m in context.mentions
        if max(sentence.start_char, filed) <= m.start and m.end <= sentence.end_char
        for place in [_as_place(m, trigger.doc)]
        if place is not None and not any(e.start < m.end and m.start < e.end for e in extra)
    ] + extra
    free = [m for m in free if not any(a < m.end and m.start < b for a, b in arguments)]
    free = [
        m
        for m in free
        if m.start >= filed
        and _somewhere(m)
        and not _org_initials(m.text, m.start, context.text, m.label)
        and not _name_out_of_place(m, context.text, sentence.start_char)
        and not _participant_place(m, trigger.doc)
        and not _acts(m, trigger.doc)
        and not _where_said(m, trigger)
        and not _describes(m, trigger.doc)
        and not _aftercare(m)
        and not _distance_from(m, trigger.doc)
        and not _other_acts_place(m, trigger)
        and not _grievance_place(m, trigger)
        and not _protest_grievance(m, trigger.doc)
    ]
    # a route's end ("travelling from Parachinar to Peshawar") only where no place says where,
    # and never a country ("attempting to infiltrate Pakistan from Afghanistan": at the border)
    ends = [m for m in free if _slot(m, trigger.doc) in {("pobj", p) for p in _ROUTE_PREPS}]
    free = [m for m in free if m not in ends]
    if not free:
        # "The Balakot police recovered a cub being smuggled from Kaghan Valley": the force's
        # town, not where the cub came from
        force = _force_place(actors, context)
        if force is not None:
            return force
        free = [m for m in ends if not _country(m) and not _origin_abroad(m, context)]
    if not free:
        return _town_in_front(sentence, trigger, context, filed)
    named = [
        m
        for m in context.mentions
        if m.label in PLACE_LABELS and sentence.start_char <= m.start and m.end <= sentence.end_char
    ] + extra
    free = [m for m in free if not _holds_place(m, named, trigger.doc)] or free
    best = _nearest_specific(free, trigger)
    return (best.start, best.end)


#: the possessive endings "’s" and "'s", as the tokenizer splits them off a name
_POSSESSIVES = frozenset({"’s", "'s"})
#: nouns after a possessed name that say it is a place, beside :data:`PLACE_NOUNS`
#: ("Syria’s Idlib province", "Yemen’s Marib governorate", "Gaza’s Nuseirat camp")
_OWNED_PLACE_NOUNS = PLACE_NOUNS | frozenset({"governorate", "camp", "county", "state"})
#: the model's labels of a possessed name that may still be a place ("Gaza’s Jabalia", GPE)
_OWNED_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _past_owner(span: Span, doc: Doc, mentions: Iterable[Mention]) -> Span:
    """The place a chosen place owns in "<wider>’s <narrower>" ("in Syria’s Idlib province",
    "a blast in the suburban area of Balochistan’s Turbat", "an air strike on Gaza’s
    Jabalia"), else ``span``. Why: news writes a town after its country or province in the
    possessive, and the model tags the owner, or both as one name; the owner is a wider place
    than the one the act happened in, and a whole "Balochistan’s Turbat" is filed under the
    province. The owned name must be a place: the gazetteer holds it, the model tags it a
    place, a place noun follows it, or nothing tags it and it is what an "in/at/near/on"
    phrase names; "Pakistan’s Imran Khan", "Israel’s Mossad" keep their owner."""
    text = doc_text(doc)
    inner = re.search(r"[’']s\s+(?=[A-Z])", text[span[0] : span[1]])
    if inner is not None:  # one mention over owner and owned: "Balochistan’s Turbat"
        start = span[0] + inner.end()
        name = text[start : span[1]]
        return (
            (start, span[1]) if known_place(name) or _followed_by_place_noun(doc, span[1]) else span
        )
    mark = token_starting(doc, span[1])  # one offset map per parse, not a scan per place
    if mark is None or mark.text not in _POSSESSIVES or mark.i + 1 >= len(doc):
        return span
    first = last = mark.i + 1
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper():
        last += 1
    if last == first or doc[first].ent_type_ in NOT_PARTICIPANTS:
        return span
    owned = next(
        (
            (m.start, m.end)
            for m in mentions
            if m.start == doc[first].idx and m.label in _OWNED_PLACE_LABELS
        ),
        _trim(doc, first, last - 1),
    )
    name = text[owned[0] : owned[1]]
    labels = {doc[i].ent_type_ for i in range(first, last)}
    noun = doc[last] if last < len(doc) else None
    placed = (
        known_place(name)
        or (noun is not None and _OWNED_PLACE_NOUNS & {noun.lower_, _lemma(noun)})
        or (labels <= _OWNED_PLACE_LABELS and labels != {""})
        or (
            labels == {""}
            and not _typed_elsewhere(name, doc)
            and doc[last - 1].dep_ == "pobj"
            and doc[last - 1].head.lower_ in PLACE_PREPS | {"on"}
        )
    )
    if not placed or breadth(name) > breadth(text[span[0] : span[1]]):
        return span
    return owned


def _narrowest(span: Span, doc: Doc, mentions: Iterable[Mention]) -> Span:
    """The most specific place the phrase of a chosen place names: the place it owns
    (:func:`_past_owner`), else the place it is the wider setting of
    (:func:`_named_inside`)."""
    owned = _past_owner(span, doc, mentions)
    return owned if owned != span else _named_inside(span, doc, mentions)


#: a capitalised name of up to four words ("Rafah", "Khan Yunis", "Al-Shafii")
_NAME = r"(?<![\w’'-])[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,3}"
#: a compass bearing as a noun or an adjective ("the south of", "central", "north-western")
_BEARING = (
    r"(?:north|south|east|west|centre|center|central|north-?east|north-?west|south-?east"
    r"|south-?west)(?:ern)?"
)
#: the place nouns a list of names may share ("the Bureij and Nuseirat refugee camps")
_SHARED_NOUN = (
    r"(?:refugee[^\S\n]+)?(?:camps?|areas?|villages?|towns?|districts?|neighbou?rhoods?"
    r"|localities|locality|sectors?|tehsils?|colon(?:y|ies))"
)
#: "X [and Z] [place noun], in the south of " / "X ... in central " before the wider place
#: Y: X is told inside Y, the bearing saying Y is the region around it ("on the coast of
#: Rafah, in the south of Gaza", "in the Bureij and Nuseirat refugee camps in central Gaza")
_INSIDE_BEFORE = re.compile(
    rf"(?P<name>{_NAME})(?P<list>(?:,?[^\S\n]+and[^\S\n]+{_NAME}|,[^\S\n]+{_NAME})*)"
    rf"(?P<noun>[^\S\n]+{_SHARED_NOUN})?,?[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?:{_BEARING}(?:[^\S\n]+(?:part|parts|region))?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    rf"|{_BEARING}[^\S\n]+)\Z",
)
#: "’s X and Z districts" after the owner Y: a list of places Y holds, the noun they share
#: saying they are places though the model typed them as persons ("in KP’s Lakki Marwat
#: and Peshawar districts")
_OWNS_LIST = re.compile(
    rf"[’'](?:s)?[^\S\n]+(?P<name>{_NAME})(?:,?[^\S\n]+and[^\S\n]+{_NAME}"
    rf"|,[^\S\n]+{_NAME})+[^\S\n]+{_SHARED_NOUN}\b"
)
#: an article a sentence may open a name with ("The Bureij camp in central Gaza")
_LEADING_ARTICLE = re.compile(r"\A(?:The|A|An)\s+")
#: how far before a place :func:`_named_inside` reads
_INSIDE_WINDOW = 120


def _named_inside(span: Span, doc: Doc, mentions: Iterable[Mention]) -> Span:
    """The place a chosen wider place is written as the setting of, in the same phrase: "on
    the coast of Rafah, in the south of Gaza" (Rafah), "in the Bureij and Nuseirat refugee
    camps in central Gaza" (Bureij), "in KP’s Lakki Marwat and Peshawar districts" (Lakki
    Marwat); else ``span``. Why: news names the scene first and the region after it, with a
    bearing ("in the south of", "central") that says the second name is the wider one; the
    model often tags only the region (a camp or district it lacks, a town typed a person).
    The narrower name must be written where a place goes ("of", "in the") or held by the
    gazetteer, and must not be the wider of the two; the first of a list is its own place,
    as :func:`_past_owner` takes a possessed name's first."""
    text = doc_text(doc)
    wide = text[span[0] : span[1]]
    before = text[max(0, span[0] - _INSIDE_WINDOW) : span[0]]
    offset = span[0] - len(before)
    found = _INSIDE_BEFORE.search(before)
    if found is not None:
        start, end = offset + found.start("name"), offset + found.end("name")
        has_noun = found.group("noun") is not None
    else:
        found = _OWNS_LIST.match(text, span[1], min(len(text), span[1] + _INSIDE_WINDOW))
        if found is None:
            return span
        start, end = found.start("name"), found.end("name")
        has_noun = True
    name = _LEADING_ARTICLE.sub("", text[start:end])
    start = end - len(name)
    if not name or key(name) == key(wide) or breadth(name) > breadth(wide):
        return span
    gazetteer = load_gazetteer()
    held = gazetteer.candidates(name)
    outer = {p.country for p in gazetteer.candidates(wide)}
    if held and outer and not any(p.country in outer for p in held):
        return span  # a town of another country than the wider place's
    tagged = any(
        m.label in PLACE_LABELS and m.start <= start and end <= m.end for m in mentions
    ) and written_as_place(text[max(0, start - 40) : start])
    return (start, end) if held or has_noun or tagged else span


def _owned_struck(pobj: Token, places: list[Mention]) -> Span | None:
    """The town an "on" phrase names after a place that owns it ("an Israeli strike on south
    Lebanon’s Aitaroun", "an air strike on Gaza’s Jabalia"): where the act struck, though
    the model tags only the owner (:func:`_past_owner`)."""
    doc = pobj.doc
    first = _name_start(doc, pobj.i)
    if doc[first].text in _POSSESSIVES:  # the model may compound "’s" into the name
        first += 1
    if first == 0 or first > pobj.i or doc[first - 1].text not in _POSSESSIVES:
        return None
    for place in (p for p in places if p.end == doc[first - 1].idx):
        owned = _past_owner((place.start, place.end), doc, places)
        if owned[0] == doc[first].idx:
            return owned
    return None


def _typed_elsewhere(name: str, doc: Doc) -> bool:
    """Whether the model tags ``name`` (or its singular) as no place where the document
    writes it elsewhere ("The Houthis said ...", a person or a group, for "strikes on
    Yemen’s Houthis"): a people or a group, where this mention went untagged."""
    stem = name.lower().rstrip("s")
    return any(
        e.label_ not in PLACE_LABELS and e.text.lower().rstrip("s") == stem for e in doc.ents
    )


def _followed_by_place_noun(doc: Doc, end: int) -> bool:
    """Whether the word after character ``end`` is a place noun ("... Turbat district")."""
    after = next((t for t in doc if t.idx > end), None)
    return after is not None and bool(_OWNED_PLACE_NOUNS & {after.lower_, _lemma(after)})


def _holds_place(mention: Mention, places: list[Mention], doc: Doc) -> bool:
    """Whether a place is the possessor of a phrase that names another of ``places`` (the
    sentence's, ranked or not)
    ("others in north Gaza’s Jabalia refugee camp", "central Gaza’s Maghazi camp"): the
    possessor holds the named place, so it is wider, whatever the gazetteer ranks it (as for
    a place phrase on the trigger: "in Khyber Pakhtunkhwa's Khyber district", Khyber)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return False
    owned = span.root.head
    first, last = owned.left_edge, owned.right_edge
    return any(
        other is not mention
        and first.idx <= other.start
        and other.end <= last.idx + len(last.text)
        and not (other.start <= mention.start < other.end)
        for other in places
    )


#: how a name sits in front of the noun it modifies: "the Faisalabad motorway", "the Malir
#: court premises", "Karachi’s Preedy police station"
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})


def _town_in_front(
    sentence: Iterable[Token], trigger: Token, context: _Context, filed: int
) -> Span | None:
    """A town or district written in front of a common noun, where the sentence names no
    other place: "an alleged gang rape on the Faisalabad motorway", "killed outside the Malir
    court premises", "the residence of Kalat deputy commissioner was attacked", "a grenade
    attack on Karachi’s Preedy police station". The small model tags such a name a person,
    a people or a group, or tags it a place inside a participant; a road, a court, an office
    or a station named after a town is in that town, which says more than the report's
    dateline or another incident's place told before. Only a name the gazetteer holds as a
    town or district of a country the article names (not "a Toyota car"), in front of a noun
    that names no act ("the Pahalgam attack" is another incident, read by
    :func:`_named_by`) and that ends the phrase (not "the Islamabad High Court", a proper
    name of its own, nor a country or province: "Pakistan Tehreek-i-Insaf activists"); the
    nearest to the trigger."""
    found: list[tuple[int, Span]] = []
    countries: set[str] | None = None
    for token in sentence:
        if token.idx < filed or token.pos_ != "PROPN" or token.dep_ not in _MODIFIER_DEPS:
            continue
        if token.dep_ == "compound" and token.head.pos_ == "PROPN":
            continue  # "Khyber" of "Khyber Pakhtunkhwa’s Karak": inside a longer name
        noun = token.head
        while noun.dep_ in _MODIFIER_DEPS and noun.head.i > noun.i and noun.pos_ == "PROPN":
            noun = noun.head  # "Karachi’s Preedy police station": on to "station"
        if noun.i <= token.i or noun.pos_ != "NOUN" or _trigger(noun) is not None:
            continue
        first = token.i
        while first > 0 and token.doc[first - 1].pos_ == "PROPN" and token.i - first < 2:
            first -= 1
        for start in range(first, token.i + 1):  # the longest name first: "Dera Ismail Khan"
            span = (token.doc[start].idx, token.idx + len(token.text))
            name = context.text[span[0] : span[1]]
            if not known_place(name) or breadth(name) != 0:
                continue
            if _org_initials(name, span[0], context.text, token.ent_type_ or None):
                break  # "UN peacekeepers": the body's initials, not the town they spell
            if countries is None:
                countries = _document_countries(context, peoples=True)
            if _lies_in(name, countries) and not _inside_wider_place(span, context):
                found.append((abs(token.i - trigger.i), span))
            break
    return min(found)[1] if found else None


def _inside_wider_place(span: Span, context: _Context) -> bool:
    """Whether ``span`` is part of a longer place name the model tagged ("Khyber" of
    "Khyber Pakhtunkhwa"): that name is the place, not the town its first word spells."""
    start, end = span
    return any(
        m.label in PLACE_LABELS
        and m.start <= start
        and end <= m.end
        and m.end - m.start > end - start
        for m in context.mentions
    )


def _name_out_of_place(mention: Mention, text: str, sentence_start: int) -> bool:
    """Whether a name the model tagged a GPE is likely no place: the gazetteer lacks it (nor
    is it a region known by its towns), it ends in no place noun, no place noun follows it,
    and its sentence does not write it where a place goes (:func:`written_as_place`).
    The small model tags many men's names GPE ("identified as Muhammad Adeel and
    Zeeshan"); an unknown name said "in the Lohi Bher area" or "near Tarnol" stays a place."""
    if mention.label != "GPE" or not mention.text[:1].isupper():
        return False
    name = _POSSESSIVE_END.sub("", mention.text)
    if known_place(name) or region_by_towns(name):
        return False
    words = name.lower().split()
    after = text[mention.end : mention.end + 30].lower().split()
    if words[-1] in WHERE_NOUNS or (after and after[0].strip(",.;:") in WHERE_NOUNS):
        return False
    return not written_as_place(text[sentence_start : mention.start])


def _dateline_end_of(text: str) -> int:
    """Where the dateline of ``text`` ends, 0 when it has none (:func:`_dateline_end`)."""
    filed = parse_dateline(text)
    return filed.end if filed is not None else 0


def _dateline_end(context: _Context) -> int:
    """Where the article's dateline ends ("ISLAMABAD, Jan 12 (APP):", "PESHAWAR:"), 0 when
    it has none. The dateline's place is where the report was filed, not a place the first
    sentence states: an event of that sentence placed nowhere else takes it as the
    dateline's (ranked below every stated place), never as its own sentence's."""
    return _dateline_end_of(context.text)


def _as_place(mention: Mention, doc: Doc) -> Mention | None:
    """A mention as a place of its sentence: one tagged a place, or a known town that
    possesses a named site, which the small model tags a group or a person, alone or with
    the site ("on a jewellery shop in Hub's Rind Market", "found at Karachi's Seaview": the
    possessive makes a town look like an organisation). Other names the model tagged a group
    stay out even where the gazetteer knows them: measured on the read sets, "heading from
    Quetta" (a route's start, tagged a group) then outranked the incident's province."""
    if mention.label in PLACE_LABELS:
        return mention
    if mention.label not in ("PERSON", "ORG") or not mention.text[:1].isupper():
        return None
    owner = _POSSESSOR.match(mention.text)
    if owner is not None and _placed_site(mention, owner.group(1), doc):
        # "Karachi's Seaview" tagged whole: the site in its town, which is the place (as in
        # "in Khyber Pakhtunkhwa's Karak district", Karak)
        text = mention.text[owner.end() :]
        return Mention(mention.start + owner.end(), mention.end, text, "LOC", text.lower(), 0)
    if _site_owner(mention, doc):  # "Hub's Rind Market", "Karachi's Preedy police station"
        return Mention(mention.start, mention.end, mention.text, "LOC", mention.text.lower(), 0)
    return None


def _placed_site(mention: Mention, owner: str, doc: Doc) -> bool:
    """Whether a name tagged whole as "<town>'s <name>" is a site in that town: the town a
    district or province the gazetteer holds, and the name written where a place goes ("in",
    "at", "near" ...: "found at Karachi's Seaview"); "Punjab's Counter Terrorism Department
    arrested" is a force."""
    if not known_place(owner) or breadth(owner) > 1:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_PREPS


def _site_owner(mention: Mention, doc: Doc) -> bool:
    """Whether a mention is a town, district or province the gazetteer holds, written as the
    possessor of a named site ("Hub's Rind Market", "Karachi's Preedy police station",
    "Quetta's Sariab Road"): the town the site is in, so where an act at or on the site
    happened. A country's ("Iran's nuclear sites") says whose, not where."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return False
    name = _POSSESSIVE_END.sub("", mention.text)
    if not known_place(name) or breadth(name) > 1:
        return False
    owned = span.root.head
    return (
        owned.pos_ == "PROPN"
        or _lemma(owned) in WHERE_NOUNS | SITE_NOUNS
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in owned.children)
    )


#: a name that begins with its possessor: "Karachi's Seaview", "Hub’s Rind Market"
_POSSESSOR = re.compile(r"^([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)[’']s (?=[A-Z])")


def _grievance_place(mention: Mention, trigger: Token) -> bool:
    """Whether a place is inside what a protest is against or about ("gathered on Hyderabad
    Road in Mirpurkhas and held a demonstration against Israeli aggression in Gaza"): where
    the grievance is, not where the protest was (:data:`GRIEVANCE_PREPS`, as for a place
    hanging on the protest)."""
    if not _protests(trigger):
        return False
    span = trigger.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for token in span.root.ancestors:
        if token.i == trigger.i or _is_verb(token):
            break
        if token.dep_ == "prep" and token.lower_ in GRIEVANCE_PREPS:
            return True
    prep = next((t for t in span.root.ancestors if t.dep_ == "prep"), None)
    if prep is None or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]  # "against Israeli aggression in Gaza", "in" on the verb
    return any(
        t.dep_ == "prep" and t.lower_ in GRIEVANCE_PREPS and t.right_edge.i == before.i
        for t in (before, *before.ancestors)
    )


def _origin_abroad(mention: Mention, context: _Context) -> bool:
    """Whether a route's start ("from X") lies outside the country the article is filed from
    ("KARACHI: ... a gang involved in smuggling weed from California"): what comes from
    abroad is seized where the dispatch is, so its origin is no act's place. Not a route's
    far end: "Israel shut all crossings to Gaza" in a NICOSIA dispatch was at Gaza's
    crossings (read-set check3 lost that place when "to" counted). Only where the gazetteer
    places the dateline in one country and holds the name in none of it."""
    if _slot(mention, context.doc) != ("pobj", "from"):
        return False
    filed = parse_dateline(context.text)
    home = load_gazetteer().sole_country(filed.place) if filed and filed.place else None
    if home is None:
        return False
    found = load_gazetteer().candidates(mention.text)
    return bool(found) and all(p.country != home for p in found)


def _protest_grievance(mention: Mention, doc: Doc) -> bool:
    """Whether a place is inside what a protest the sentence names is against or about,
    whatever act the sentence tells ("the attack occurred when a protest against Israeli
    atrocities in Gaza got out of control", in a Lahore report): the grievance's place is
    where the protesters' cause lies, not where they or the act were
    (:func:`_grievance_place` reads it for the protest itself)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for token in span.root.ancestors:
        if _is_verb(token):
            return False
        if token.dep_ == "prep" and token.lower_ in GRIEVANCE_PREPS and _protests(token.head):
            return True
    return False


def _nearest_specific(places: list[Mention], trigger: Token) -> Mention:
    """The smallest place of several, as :func:`_most_specific`, the nearest to the trigger in
    the parse among equals (then the first written): where a sentence tells several acts, each
    at its own place ("ice was recovered ... at a courier office near Chandni Chowk Rawalpindi
    and 19 kg from a vehicle intercepted near Sialkot from a suspect arrested": the arrest's
    Sialkot), the act's own clause names its place closer than the others do."""
    doc = trigger.doc
    ancestors = {t.i: depth for depth, t in enumerate([trigger, *trigger.ancestors])}

    def distance(mention: Mention) -> int:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return len(doc)
        for steps, token in enumerate([span.root, *span.root.ancestors]):
            if token.i in ancestors:
                return steps + ancestors[token.i]
        return len(doc)

    def rank(m: Mention) -> tuple[int, int, int]:
        return (_scale(m.text), distance(m), m.start)

    return min(places, key=rank)


def _force_place(actors: tuple[Span, ...], context: _Context) -> Span | None:
    """The town or district in the name of a local force that acts ("The Islamabad Capital
    Police arrested a man", "FIA Immigration Sialkot apprehended three suspects"): a police
    station or circle acts within its own area, so where its sentence names no place the act
    is there, not in the town the report was filed from. A province's or a country's force
    ("Punjab police", "Israeli police") says no more than the dateline: no place then."""
    countries = None
    for start, end in actors:
        if not names_local_force(context.text[start:end]):
            continue
        if countries is None:
            countries = _document_countries(context)
        tagged = [
            m
            for m in context.mentions
            if m.label in PLACE_LABELS and start <= m.start and m.end <= end
        ]
        for m in tagged:
            if m.text[:1].isupper() and breadth(m.text) == 0 and _lies_in(m.text, countries):
                return (m.start, m.end)
        span = context.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        tokens = list(span)
        # a name word: capitalised, no stop word, no force word ("Police", "FIA")
        runs = name_runs(
            tokens,
            lambda t: t.text[:1].isupper() and not t.is_stop and t.lower_ not in LOCAL_FORCES,
        )
        for first_at, stop in runs:
            first, last = tokens[first_at], tokens[stop - 1]
            name = context.text[first.idx : last.idx + len(last.text)]
            if breadth(name) != 0:
                continue
            if _lies_in(name, countries) or (
                not countries and _before_force_word(tokens, stop) and _one_country(name)
            ):
                return (first.idx, last.idx + len(last.text))
    return None


def _before_force_word(tokens: list[Token], stop: int) -> bool:
    """Whether the word after a name run is a force word ("Quetta police", "Sialkot FIA")."""
    return stop < len(tokens) and tokens[stop].lower_ in LOCAL_FORCES


def _one_country(name: str) -> bool:
    """Whether the gazetteer holds places of ``name`` in one country only. The town a force
    is named after is checked against the article's countries (:func:`_document_countries`);
    an article whose tagged places the gazetteer lacks or cannot put in one country (city
    neighbourhoods: "snatched from Ferozabad", "a society in Korangi") gives none, and then
    "Quetta police", written just before its force word, still names the town it serves
    where the gazetteer knows it in one country only ("Paris police" stays out: a Paris in
    Texas too)."""
    return load_gazetteer().sole_country(name) is not None


def _document_countries(context: _Context, peoples: bool = False) -> set[str]:
    """The countries of the places the model tagged in the document whose names lie in one
    country only: where a force named after a town serves ("Ghaziabad police" in an article
    filed from Sahiwal is a station of Sahiwal, not India's city). With ``peoples``, also
    the countries of the peoples it names ("Indian tourists", "the Indian people"): an
    article about India filed from Islamabad may tag no Indian place at all."""
    found: set[str] = set()
    names = [m.text for m in context.mentions if m.label in PLACE_LABELS]
    if peoples:
        for m in context.mentions:
            code = load_gazetteer().country(m.text) if m.label == "NORP" else None
            if code:
                found.add(code)
    filed = parse_dateline(context.text)  # "ISLAMABAD, May 19 (APP):", "SAHIWAL:"
    for name in [*names, *([filed.place] if filed and filed.place else [])]:
        if name[:1].isupper():
            code = load_gazetteer().sole_country(name)
            if code is not None:
                found.add(code)
    return found


def _lies_in(name: str, countries: set[str] | None) -> bool:
    """Whether the gazetteer holds a place of ``name`` in one of ``countries``."""
    return bool(countries) and any(
        p.country in countries for p in load_gazetteer().candidates(name)
    )


#: how a place name hangs on the phrase that names it: "the Zehri area of Khuzdar
#: district", "Khyber Pakhtunkhwa's Bajaur", "Orakzai and Kurram"
_WITHIN_DEPS = frozenset({"compound", "poss", "appos", "conj", "nmod", "amod", "npadvmod"})
#: a place name in these slots is a participant: "India blames Pakistan", "attacks on
#: Pakistan", "halt trade with New Delhi", "talks with Kabul", "a war between Hezbollah and
#: Israel" (the sides, not where)
_PARTICIPANT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubj", "nsubjpass", "agent"})
_PARTICIPANT_PREPS = frozenset(
    {"with", "against", "on", "for", "by", "over", "than", "about", "between"}
)


#: prepositions of a route's ends: "travelling from Parachinar to Peshawar in Lower Kurram's
#: Bagan area" was attacked in Bagan
_ROUTE_PREPS = frozenset({"from", "to", "towards", "via"})


#: prepositions whose object fills the slot of the noun they hang on: "the government of
#: Pakistan" is who the government is, and an item of an "including" list is one of the
#: noun's members ("Several countries, including France and Qatar, have condemned the
#: attack": France condemned, it is no place; "strikes on towns, including Rafah": a place)
_NESTING_PREPS = frozenset({"of", "including"})


def _slot(mention: Mention, doc: Doc) -> tuple[str, str]:
    """The dependency and, for a preposition's object, the preposition a place name fills,
    climbing through "of" and the words that nest names ("the government of Pakistan", "the
    province of Balochistan", "Khyber Pakhtunkhwa's Bajaur")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "", ""
    token = span.root
    while (
        token.dep_ in _WITHIN_DEPS
        or (token.dep_ == "pobj" and token.head.lower_ in _NESTING_PREPS)
        or (token.dep_ == "prep" and token.lower_ in _NESTING_PREPS)
    ):
        if token.head.i == token.i:
            return "", ""
        token = token.head
    return token.dep_, token.head.lower_ if token.dep_ == "pobj" else ""


def _participant_place(mention: Mention, doc: Doc) -> bool:
    """Whether a sentence writes a place name as someone an act is done to or with ("India
    blames Pakistan", "halt trade with New Delhi", "attacks on Pakistan"), through "of" and
    the words that nest names ("the government of Pakistan"): who, not where. A site named
    "on" (:func:`_site`: "on Sariab Road") is still where."""
    dep, prep = _slot(mention, doc)
    if dep in _PARTICIPANT_DEPS:
        return True
    return (
        dep == "pobj"
        and prep in _PARTICIPANT_PREPS
        and mention.text.split()[-1].lower() not in SITE_NOUNS
        and not _site_owner(mention, doc)  # "an attack on Karachi's Preedy police station"
    )


def _acts(mention: Mention, doc: Doc) -> bool:
    """Whether a place is the subject of a clause: a capital or a country standing for its
    government ("although Islamabad has denied any involvement", "New Delhi imposed steep
    duties"), which acts and is not where another event happened."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


#: where the wounded and the dead are taken after an act, not where it happened ("died while
#: being administered first aid at the District Headquarters Hospital")
_AFTERCARE = frozenset({"hospital", "clinic", "dispensary", "morgue", "mortuary"})


def _other_acts_place(mention: Mention, trigger: Token) -> bool:
    """Whether a place of the event's sentence is told in a clause of another kind of act
    inside the event's own ("Police arrested two of the four suspects, who had killed a woman
    … in Jabar area": where the killing happened, not the arrest, which the dateline places).
    """
    kind = _trigger(trigger)
    span = trigger.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if kind is None or span is None:
        return False
    token = span.root
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ == "prep" and any(  # the model hangs "in Jabar area" on "suspects"
            c.dep_ == "relcl" and c.i < token.i and _another_incident(c, kind[0])
            for c in token.head.children
        ):
            return True
        token = token.head
        if (
            token.i != trigger.i
            and _is_verb(token)
            and _another_incident(token, kind[0])
            and trigger.i in {a.i for a in token.ancestors}
        ):
            return True
    return False


#: acts an incident's clause may tell inside another's: a killing inside an arrest's sentence
INCIDENT_KINDS = frozenset({"ASSAULT", "COERCE"})


def _another_incident(verb: Token, kind: str) -> bool:
    """Whether a verb tells an attack or an arrest other than an act of ``kind`` (not "died
    while being given first aid at the Civil Hospital, Mardan": aid is no incident, so the
    hospital's town still says where the wounded were)."""
    other = _trigger(verb)
    return other is not None and other[0] in INCIDENT_KINDS and other[0] != kind


#: units of distance: a place after "<N> miles of/from" is a landmark the distance is
#: measured from, not where anything happened ("one to within 20 miles of Tel Aviv")
_DISTANCE_UNITS = frozenset(
    "mile miles km kms kilometre kilometres kilometer kilometers metre metres meter meters "
    "yard yards".split()
)


def _distance_from(mention: Mention, doc: Doc) -> bool:
    """Whether a place is named only as what a distance is measured from: "<N> miles of X",
    "50 km from X" (the act was that far away from it, somewhere else)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    prep, unit = doc[span.start - 1], doc[span.start - 2]
    return prep.lower_ in ("of", "from") and unit.lower_ in _DISTANCE_UNITS


def _aftercare(mention: Mention) -> bool:
    """Whether a place is a hospital or a morgue by its name."""
    return any(w in _AFTERCARE for w in mention.text.lower().split())


def _describes(mention: Mention, doc: Doc) -> bool:
    """Whether a name the model tagged a place, and the gazetteer lacks, only describes the
    noun after it ("the Baloch nation", "Baloch pride", "the Baloch cause": a people, not
    where anything happened), or is no proper name at all ("the trans-river belt area").
    A known place in front of a noun ("Karachi police") still says where."""
    if not mention.text[:1].isupper():
        return True
    if known_place(mention.text):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.i > root.i
        and root.head.pos_ == "NOUN"
        and _lemma(root.head) not in WHERE_NOUNS
    )


#: verbs of speaking whose place is where words were said: "Talking to media in Jehlum, the
#: minister said terrorists had hijacked the train", "Addressing a rally in Lahore, ..."
SPEAKING = REPORTING | STATING | frozenset("talk speak address brief".split())


def _where_said(mention: Mention, trigger: Token) -> bool:
    """Whether a place belongs to a clause of speaking the event is not in: where a statement
    was made, not where the act it reports happened."""
    doc = trigger.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for verb in span.root.ancestors:
        if _is_verb(verb) and _lemma(verb) in SPEAKING:
            return not any(t.i == trigger.i for t in verb.subtree)
        if _is_verb(verb):
            return False  # the place's own clause is another act
    return False


#: nouns for a part of a day a date may hang on ("the night between Sunday and Monday")
DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon", "hours", "intervening"})


#: the tags of a participle that describes the noun it follows ("an air strike killed in
#: September", "operations carried out across the province on Thursday")
PARTICIPLES = frozenset({"VBN", "VBG"})


_RELATIVE = frozenset({"that", "which", "who"})


def _tells_the_act(clause: Token, noun: Token) -> bool:
    """Whether ``clause`` describes the act ``noun`` names, so that its date is the act's: a
    participle on the noun ("an air strike killed in September", "operations carried out
    across the province on Thursday") or a relative clause whose subject is the act ("a
    heavy Israeli attack that destroyed six planes 11 days earlier") or that tells what
    happened in it ("the attack, in which 26 tourists were killed on April 22"); not one
    that tells what someone else did to it or said of it ("the attack, which the ministry
    condemned on Monday", "which was condemned on Monday")."""
    if clause.head.i != noun.i:
        return False
    if clause.dep_ == "acl":
        return clause.tag_ in PARTICIPLES
    if clause.dep_ != "relcl" or _reports(clause):
        return False
    return any(
        (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE)
        or (c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children))
        for c in clause.children
    )


def _attached(root: Token, anchor: Token, span: tuple[int, int]) -> bool:
    """Whether a date expression hangs on ``anchor`` through prepositions only, or through a
    clause that describes the act's noun (:func:`_tells_the_act`; "Nasrallah, who an Israeli
    air strike killed in September": the parser hangs "killed" on "strike")."""
    current = root
    for _ in range(6):
        if current.i == anchor.i:
            return True
        inside = span[0] <= current.idx < span[1]
        if not inside and current.dep_ != "prep" and current.lower_ not in DAY_PARTS:
            if not _tells_the_act(current, anchor):
                return False  # "on the night between Sunday and Monday": through "night"
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
        if span is None or _UNTIL.search(doc_text(doc), max(0, t.start - 16), t.start):
            continue  # "extended the ceasefire until Feb 18": when a state ends, no act's day
        opened = _opened_by(span)
        if opened is None:
            roots[(t.start, t.end)] = span.root
        elif any(a.i > span.end - 1 and a in opened for a in anchors):
            return (t.start, t.end)  # "a day after gunmen attacked": the act it opens
    for anchor in anchors:
        for t in inside:
            root = roots.get((t.start, t.end))
            if root is not None and _attached(root, anchor, (t.start, t.end)):
                return (t.start, t.end)
    days = {(t.start, t.end) for t in inside if t.precision == "day"}
    described = described_day(anchors, roots, days)
    if described is not None:
        return described  # "a visit on April 19, where both sides agreed …": that day's
    for t in inside:
        root = roots.get((t.start, t.end))
        noun = _modified_noun(root, t.end, t.start) if root is not None else None
        if noun is not None and any(a.i == noun.i for a in anchors):
            # "accused him of taking part in the October 7, 2023 attack": a date inside the
            # act's own noun phrase, wherever the parser hung it
            return (t.start, t.end)
        if noun is not None and any(_tells_the_act(a, noun) for a in anchors):
            # "an April 22 attack in Kashmir that killed 26 people", "a July 2023 bombing that
            # killed six": the relative clause tells what happened in the act the date names
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
    # a relative clause on a date or on an event noun tells that date or act ("since
    # February 2019, when New Delhi imposed duties", "the attack, which killed 40"): no bound
    see_through = set(context.triggers) | {
        tok.i for tok in sentence if any(t.start <= tok.idx < t.end for t in inside)
    }
    above = {g.i for a in anchors for g in _clause_and_above(a, see_through)}
    antecedent = _antecedent_noun(trigger, see_through)
    free = [
        t
        for t in inside
        if (t.start, t.end) in roots
        and (start := _walk_from(roots[(t.start, t.end)], t.end)) is not None
        and (
            _dates_this(start, others, above)
            or _trails_relative(roots[(t.start, t.end)], antecedent, trigger)
        )
    ]
    if not free:
        return (
            _coordinated_day(trigger, inside, roots)
            or _lone_day(trigger, inside, roots, context)
            or _month_of_cause(anchors, inside, roots)
            or _when_day(trigger, inside, roots)
        )
    # a date standing on its own ("On March 14, a bomb exploded ...") beats a nearer one that
    # qualifies a noun ("during Friday prayers")
    alone = [t for t in free if _modified_noun(roots[(t.start, t.end)], t.end) is None]
    nearest = min(alone or free, key=lambda t: abs(t.start - trigger.idx))
    return (nearest.start, nearest.end)


def _coordinated_day(
    trigger: Token, inside: list[TimeExpr], roots: dict[Span, Token]
) -> Span | None:
    """The day that closes or opens a coordination of verbs the trigger is one of, where the
    parse hung it on another of them: "The security forces arrested a suspect and injured
    another after crossfire on Barki Road on Friday night", "... was blown up by terrorists,
    and movement of civilians was restricted near the camp on Friday". A date written after
    the last of coordinated clauses (or before the first) dates each, as a coder reads it;
    a date between them ("attacked the post, and on Tuesday police arrested three") is the
    later clause's only, and a clause with a date of its own keeps it (it never comes here).
    The date is another clause's where the parse hung it there, or the sentence's only date
    where it follows all of them (the parse may hang "on Friday night" on a noun: "after a
    crossfire on the ring road on Friday night"); a single day, never one that qualifies a
    noun ("described Wednesday's order") or bounds a span ("since October 7, 2023")."""
    if not _is_verb(trigger):
        return None
    head = trigger
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verbs = [head, *[c for c in head.conjuncts if _is_verb(c)]]
    if len(verbs) < 2:
        return None
    first, last = min(v.idx for v in verbs), max(v.idx for v in verbs)
    text = doc_text(trigger.doc)
    for t in inside:
        root = roots.get((t.start, t.end))
        if root is None or first < t.start < last or t.precision != "day":
            continue
        if _modified_noun(root, t.end, t.start) is not None or _BOUND_BEFORE.search(
            text, max(0, t.start - 12), t.start
        ):
            continue  # "described Wednesday's order", "since October 7, 2023": no act's day
        if _REPORT_BETWEEN.search(text, last, t.start):
            continue  # "..., the United Nations said on Monday": the report's day
        if any(v.i != trigger.i and _attached(root, v, (t.start, t.end)) for v in verbs):
            return (t.start, t.end)
        within = head.left_edge.idx <= t.start and t.end <= head.right_edge.idx + len(
            head.right_edge
        )
        if len(inside) == 1 and t.start > last and within:
            # the sentence's one date, after all of them and inside their clauses ("a trader,
            # who was kidnapped and released ..., picked out the men on Saturday": the
            # main clause's day, not the relative clause's)
            return (t.start, t.end)
    return None


#: the words that open a clause telling what an act came after or has gone on since
SETTING_OFF = frozenset({"after", "following", "since"})
#: the precisions of a date that names a whole month or year, not a day
WHOLE_PERIODS = frozenset({"month", "year"})


def _month_of_cause(
    anchors: list[Token], inside: list[TimeExpr], roots: dict[Span, Token]
) -> Span | None:
    """The month (or year) of what an undated act is told as coming after: "An angry mob set
    two tankers on fire after a motorcyclist was run over by a truck in September", "the
    rebels began attacking shipping after the Gaza war began in October 2023". A news
    sentence that dates only the cause by a whole month tells the act that followed it as
    part of that time (at the scale of a month, what followed a cause is of its month); a day
    ("after police arrested him on Tuesday") is not lent, since the act may be of the next
    day (:func:`_date_of_later_act` keeps such a day a bound). Only a date inside a clause
    or phrase the act itself governs, opened by "after", "following" or "since", and the
    sentence's only date of that clause. The clause may hang on the verb whose object the act
    is ("launched strikes targeting Israel ... since Hamas attacked Israel in October 2023")."""
    governing = []
    for anchor in anchors:
        current = anchor
        for _ in range(2):  # "launched strikes targeting": the act, its noun, the verb
            if current.dep_ not in ("acl", "dobj", "xcomp"):
                break
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                governing.append(current)
                break
    for anchor in [*anchors, *governing]:
        clauses = [
            c
            for c in anchor.children
            if (
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in SETTING_OFF for m in c.children)
            )
            or (c.dep_ == "prep" and c.lower_ in SETTING_OFF)
        ]
        for clause in clauses:
            words = {t.i for t in clause.subtree}
            held = [
                t
                for t in inside
                if (root := roots.get((t.start, t.end))) is not None and root.i in words
            ]
            if len(held) == 1 and held[0].precision in WHOLE_PERIODS and held[0].value_start:
                return (held[0].start, held[0].end)
    return None


#: words right before a date that make it a bound of a span, not the day of an act
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|from|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _lone_day(
    trigger: Token, inside: list[TimeExpr], roots: dict[Span, Token], context: _Context
) -> Span | None:
    """The one day a sentence gives, for its first act, when the parse hung that day where no
    act's walk reaches it: "The police arrested an accused here on Thursday for sexually
    assaulting ..." (the day under the crime's clause), "One person was injured in a grenade
    attack on a police station in the Kachi Baig area, located on the outskirts of Quetta late
    on Sunday night" (under the participle on the place). A news sentence opens with its main
    act and dates it once; the acts told after it in the same sentence (the crime an arrest
    was for) keep no day. Not a day that qualifies a noun ("Friday prayers", "Sunday's
    deadline") or counts from another clause ("a day after ..."), and not when the sentence
    gives more than one date."""
    if len(inside) != 1:
        return None
    only = inside[0]
    root = roots.get((only.start, only.end))
    if root is None or only.precision != "day" or not only.value_start:
        return None
    if _modified_noun(root, only.end, only.start) is not None:
        return None
    sentence = trigger.sent
    first = min((i for i in context.triggers if sentence.start <= i < sentence.end), default=None)
    subordinate = trigger.dep_ == "relcl" or (
        trigger.dep_ == "acl" and not _dateline_name(trigger.head)
    )
    if first != trigger.i or subordinate or only.start < trigger.idx:
        return None  # "A trader, who was kidnapped ...": background to the main clause
    if _REPORT_BETWEEN.search(context.text, trigger.idx, only.start):
        return None  # "..., according to a statement issued on Saturday": the report's day
    kind = (_trigger(trigger) or (None,))[0]
    doc = trigger.doc
    if any(
        trigger.i < i < sentence.end
        and doc[i].idx < only.start
        and (_trigger(doc[i]) or (None,))[0] != kind
        # the act's own object is who it was done to, not another act ("arrested an accused")
        and not (doc[i].dep_ == "dobj" and doc[i].head.i == trigger.i)
        for i in context.triggers
    ):
        return None  # "blames Pakistan for the attack that killed 26 on April 22": the other act's
    return (only.start, only.end)


def _when_day(trigger: Token, inside: list[TimeExpr], roots: dict[Span, Token]) -> Span | None:
    """The day of the clause an act's "when" clause hangs on: "The drivers were transporting
    gas imported from Iran on May 9 when armed men intercepted their trucks". A "when" clause
    tells what happened at the time of the clause it modifies (the progressive "were
    transporting" is the frame, the interception the act inside it), so the one day that
    clause gives is the act's, wherever the parser hung it ("on May 9" under "imported").
    Not a past perfect ("when they had left": before that time), not a report's day ("said
    on Monday when asked"), not a day that qualifies a noun or bounds a span ("since Monday")."""
    if not _is_verb(trigger) or trigger.dep_ != "advcl":
        return None
    children = list(trigger.children)
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in children):
        return None
    main = trigger.head
    if not _is_verb(main) or _reports(main):
        return None
    words = {t.i for t in main.subtree} - {t.i for t in trigger.subtree}
    held = [t for t in inside if (r := roots.get((t.start, t.end))) is not None and r.i in words]
    if len(held) != 1:
        return None
    only = held[0]
    root = roots[(only.start, only.end)]
    if only.precision != "day" or not only.value_start or only.start > trigger.idx:
        return None
    text = doc_text(trigger.doc)
    if _modified_noun(root, only.end, only.start) is not None or _BOUND_BEFORE.search(
        text, max(0, only.start - 12), only.start
    ):
        return None
    return (only.start, only.end)


def _dateline_name(token: Token) -> bool:
    """Whether ``token`` is the place name of a newspaper's dateline that opens its sentence
    ("BAJAUR: The police arrested an accused here on Thursday ..."): the parser hangs the
    lead's verb on it as a clause describing it (``acl``), though that verb is the main
    clause of the lead."""
    doc, start = token.doc, token.sent.start
    after = token.i + 1
    return (
        after < len(doc)
        and doc[after].text == ":"
        and all(t.is_upper or t.is_punct or t.is_space for t in doc[start : token.i + 1])
    )


#: a report's words between an act and a day: the day is when it was told
_REPORT_BETWEEN = re.compile(
    r"\b(?:said|says|told|stated|claimed|according|statement|reported|announced|issued|"
    r"released|confirmed|added|disclosed)\b",
    re.IGNORECASE,
)


#: "until"/"till" just before a date: the day a state or a span ends ("agreed to an extension
#: of the ceasefire until Feb 18", "the strike will last till Saturday"), not an act's day
_UNTIL = re.compile(r"\b(?:until|till|untill)\s+(?:the\s+)?$", re.IGNORECASE)


def _modified_noun(root: Token, end: int, start: int | None = None) -> Token | None:
    """The noun a date premodifies ("yesterday's shooting incident", "the May 9 riots",
    "the Saturday deadline", "Friday prayers"), None when the date stands on its own. Read
    from the words as well as the parse: the parser often takes "yesterday's" for the object
    of the preposition before it, and "the October 7, 2023 attack" for a date after "in"
    with "attack" as the verb's object (:func:`_determined_date`, where ``start`` is
    given)."""
    doc = root.doc
    after = next((tok for tok in doc[root.i :] if tok.idx >= end), None)
    if after is not None and after.dep_ == "case" and after.lower_ in ("'s", "’s", "'", "’"):
        after = after.nbor() if after.i + 1 < len(doc) else None
    elif not (root.dep_ in ("poss", "compound", "nmod") and root.head.i > root.i):
        return _determined_date(root, start, after) if start is not None else None
    if after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return None
    noun = after
    for _ in range(4):
        if noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
            noun = noun.head
        else:
            break
    return noun if _is_noun(noun) else None


#: determiners that open a noun phrase: a date between one and a noun is inside the phrase
NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "this", "that"})


def _determined_date(root: Token, start: int, after: Token | None) -> Token | None:
    """The event noun a date stands inside a noun phrase of, read from the words where the
    parse hung the date elsewhere: a determiner, the date, then the noun ("the October 7,
    2023 attack", "a November 27 ceasefire", "the March 2 bombing of a market"). English puts
    nothing but modifiers between a determiner and its noun, so such a date names the noun's
    act, never the clause's ("accused him of taking part in the October 7, 2023 attack": the
    attack's day, not the accusation's). Only a date written as a name or number ("the next
    day protesters gathered" is a date of its own) before an event noun ("on the 7 May police
    arrested": "police" names no act, the date is the clause's)."""
    doc = root.doc
    first = next((tok for tok in doc if tok.idx >= start), None)
    if first is None or after is None:
        return None
    opener = first if first.lower_ in NOUN_PHRASE_OPENERS else None
    if opener is None and first.i > 0 and doc[first.i - 1].lower_ in NOUN_PHRASE_OPENERS:
        opener = doc[first.i - 1]
    if opener is None or opener.pos_ != "DET" or after.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if doc[after.i - 1].pos_ not in ("NUM", "PROPN"):
        return None  # "the next day protesters gathered": a date of its own, then the subject
    noun = after
    while (
        noun.i + 1 < len(doc)
        and noun.pos_ in ("ADJ", "PROPN", "NOUN")
        and noun.nbor().pos_ in ("NOUN", "PROPN")
        and noun.nbor().dep_ != "appos"
    ):
        noun = noun.nbor()  # "the October 7 Hamas attack": up to the phrase's last noun
    if not _is_noun(noun) or _trigger(noun) is None:
        return None
    return noun


#: how a noun a date premodifies passes that date on to its clause's act: the act happened
#: in or during it ("killed in last year's incident", "attacks during the May 9 riots") or
#: it is the act's subject ("Friday's attack killed five")
_PASSES_ON = frozenset({"nsubj", "nsubjpass"})


def _walk_from(root: Token, end: int) -> Token | None:
    """Where a date's walk up to the act it dates starts: the date itself, or the noun it
    premodifies where that noun frames or is the act; a date that only qualifies a noun
    ("after the military missed Sunday's deadline", "the custody of suspects of Nov 26
    protest", "since the Nov 27 ceasefire") dates that noun's own act, never the clause's
    (None)."""
    noun = _modified_noun(root, end)
    if noun is None:
        return root
    if noun.dep_ in _PASSES_ON or (
        noun.dep_ == "pobj"
        and (noun.head.lower_ in FRAME_PREPS | {"at"} or _hours_after(noun.head))
    ):
        return noun
    return None


def _opened_by(span: Span) -> set[Token] | None:
    """For "a day after" / "two days before" (an act's day counted from the clause it hangs
    on), the tokens of the clause or phrase it opens: only the acts told there take it ("said
    on Sunday, a day after gunmen attacked a convoy": the attack, not the saying). None for
    any other date expression."""
    last = span[-1]
    if last.lower_ not in ("after", "before") or len(span) < 3 or span[0].lower_ == "the":
        return None  # "an air strike the day before on a house": a day counted back, no clause
    top = last.head if last.dep_ == "mark" else last
    return set(top.subtree)


def _report_date(trigger: Token, span: Span) -> bool:
    """Whether the date hangs on a reporting verb above the event ("Security forces killed
    four terrorists ..., the military's media wing said on Wednesday"): it dates the report."""
    found = trigger.doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None:
        return False
    doc = trigger.doc
    if _modified_noun(found.root, span[1], span[0]) is not None:
        # "The monitor said Friday's attack killed ten": a date that premodifies a noun is
        # that noun's, whatever verb the parse hangs the noun on
        return False
    before = found.start - 1
    if before >= 0 and doc[before].lower_ == "on":
        before -= 1
    if before >= 0 and _reports(doc[before]) and any(a.i == before for a in trigger.ancestors):
        # "Police said on Wednesday a worker was killed": read in word order, since the parser
        # often hangs the date on the reported verb
        return True
    current = found.root
    path = set()  # the words the date hangs on below its verb: "the arrest ... on May 9"
    for _ in range(8):
        if _is_verb(current) or current.head.i == current.i:
            break
        current = current.head
        path.add(current.i)
    if found.end <= trigger.i < current.i:
        # "Later on Thursday, airstrikes killed four people, medics said": an attribution
        # that trails the clause it reports says who told it, and a date that opens that
        # clause is the clause's own, though the parser hangs it on the sentence's root
        return False
    if not any(a.i == current.i for a in trigger.ancestors):
        return False
    if _reports(current):
        return current.i != trigger.i
    # "after the arrest of Imran Khan on May 9, 2023": a date that hangs on the act itself
    # is the act's own, whatever verb above it states or names people by it
    own = trigger.i in path
    if _states(current) and not own:
        # "The alliance on Wednesday demanded an investigation into the alleged quadcopter
        # strike that injured several people", "condemned on Monday the attack on ...": the
        # dated verb is itself a statement, and the act told below it is what was said about
        return True
    # "the assembly on Monday adopted a resolution condemning the attack": the act is what a
    # statement or reaction below the dated verb is about, so it came on or before that day;
    # "police on Saturday arrested five suspects for their involvement in the gang rape": the
    # act an arrest is for came before the arrest
    return any(
        _reports(a) or _arrested_for(a) or (_defined_by(a) and not own)
        for a in _ancestors_below(trigger, current)
    )


def _states(verb: Token) -> bool:
    """Whether a verb is a statement's trigger (a demand, a condemnation, a rejection:
    :func:`dossier.extract.events.is_speech`'s types), whose date is the day it was said
    and comes after what it is about. Not a threat: what it names is what may come
    ("threatened on Monday to renew attacks"), not what came before it."""
    found = _trigger(verb) if _is_verb(verb) else None
    if found is None:
        return False
    kind, mode = found
    if kind == "THREATEN":
        return False
    return kind in STANCE_TYPES or (kind == "ACCUSE" and mode in SPEECH_MODES)


#: participles that name people by an act they did ("suspects involved in the attack", "men
#: wanted for the killing", "those accused of the murder"): that act came first
DEFINING_PARTICIPLES = frozenset({"involve", "want", "accuse", "implicate", "charge"})


def _defined_by(token: Token) -> bool:
    """Whether ``token`` is a participle that describes people by an act ("issued arrest
    warrants on Monday for suspects involved in the attack on Sindh House"): the act is
    what made them suspects, so it came on or before the day of the clause above."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and _lemma(token) in DEFINING_PARTICIPLES


def _arrested_for(token: Token) -> bool:
    """Whether ``token`` is the "for" that gives an arrest its reason ("arrested a man for
    allegedly attacking his wife", "arrested five suspects for their involvement in ...", where
    the parser hangs it on the arrested): what it names was done before the arrest."""
    if token.dep_ != "prep" or token.lower_ != "for":
        return False
    verb = token.head.head if token.head.dep_ in ("dobj", "nsubjpass") else token.head
    return _is_verb(verb) and (_trigger(verb) or (None,))[0] == "COERCE"


#: words that open a clause or phrase told as having come first ("after police arrested",
#: "following the arrest of"): the main clause's date bounds it, it does not date it
PRECEDING = frozenset({"after", "following"})


def _date_of_later_act(trigger: Token, span: Span) -> bool:
    """Whether the date belongs to a later act the event is told as having come before:
    "Protests broke out on Thursday after police arrested a leader" (the arrest was on or
    before Thursday), "clashes erupted on Monday following the killing of a student". A date
    inside the "after" clause is its own ("after police arrested him on Tuesday"), and so is
    one written after its opening word, wherever the parser hung it ("The fresh incidents came
    after mob attacks on two outlets on Tuesday")."""
    found = trigger.doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None:
        return False
    for clause in [trigger, *trigger.ancestors]:
        opened = (
            _is_verb(clause)
            and clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in PRECEDING for c in clause.children)
        ) or (clause.dep_ == "pobj" and clause.head.lower_ in PRECEDING)
        if opened:
            top = clause.head if clause.dep_ == "pobj" else clause
            opening = min(t.i for t in top.subtree)
            return found.end <= opening and not any(t.i == found.root.i for t in top.subtree)
    return False


def _reports(verb: Token) -> bool:
    """A verb whose date is the day of a report, a statement or a tribute, not of the act it
    is about: "said on Wednesday", "declared on Monday", "lauded ... on Monday", "paid
    tribute on Friday"."""
    return _is_verb(verb) and (
        _lemma(verb) in REPORTING | CREDITING | STATING
        or _lemma(verb) in COMING_TO_LIGHT | REACTING
    )


#: "paid tribute on Friday"; "..., it emerged on Sunday": the day the act came to light
COMING_TO_LIGHT = frozenset({"pay", "emerge", "surface"})
#: "expressed grief on Sunday over the martyrdom of four policemen in an attack", "mourned
#: ... on Monday": the day of the reaction, which the act it reacts to came on or before
REACTING = frozenset({"express", "mourn", "deplore", "denounce", "lament"})


def _dates_this(root: Token, others: frozenset[int], above: set[int]) -> bool:
    """Whether a date may date an event it is not attached to: not inside another
    event noun's phrase ("arrested a suspect in the 2019 attempt": 2019 dates the
    attempt, not the arrest), and in the event's own clause or one above it, not
    in a side clause ("a group that was placed on a blacklist in 2019")."""
    current = root
    for _ in range(8):
        if _frames(current):
            return True  # "killed ... during an operation in Datta Khel on February 6"
        if current.i in others and not _is_verb(current):
            # an event "during" which the act happened dates it too ("decided to halt trade
            # ... during the committee meeting on April 24"), and so does one the act followed
            # within hours ("was arrested a few hours after the Monday morning attack"); any
            # other is its own
            return current.dep_ == "pobj" and (
                current.head.lower_ == "during" or _hours_after(current.head)
            )
        if _is_verb(current):
            if current.dep_ == "acl" and _frames(current.head):
                current = current.head  # "In a raid conducted late Wednesday night, ..."
                continue
            if current.i not in above and _simultaneous(current):
                current = current.head  # "shot dead a policeman guarding a team on Wednesday"
                continue
            return current.i in above
        if current.head.i == current.i:
            return True
        current = current.head
    return True


#: how near "after" an act puts it to the event it follows: the same day, as the labels and
#: ACLED code it ("hours after", "minutes after", "shortly after", "soon after")
_WITHIN_HOURS = frozenset(
    {"hours", "minutes", "moments", "shortly", "soon", "immediately", "hour", "minute"}
)


def _hours_after(prep: Token) -> bool:
    """Whether ``prep`` is an "after"/"following" the act follows within hours ("a few hours
    after the Monday morning attack", "shortly after the Friday attack"): the event it names
    then dates the act. "Days after", "weeks after" or a bare "after" tell no day."""
    if prep.lower_ not in ("after", "following"):
        return False
    return any(
        c.dep_ in ("npadvmod", "advmod") and c.lower_ in _WITHIN_HOURS for c in prep.children
    )


#: subordinators of a clause told as happening at the time of the clause it hangs on
SIMULTANEOUS_MARKS = frozenset({"as", "while", "when"})


def _simultaneous(verb: Token) -> bool:
    """Whether a clause happens at the time of the one it hangs on, so its date is that
    clause's: a present participle describing a participant ("shot dead a police officer
    guarding a polio team on Wednesday", "rammed a car into a bus transporting troops ... on
    Saturday"), an "as/while/when" clause ("called for a transition as they visited
    Damascus on Friday") or a gerund the act works through ("blocked all aid from entering
    the territory on March 2", "killed him by firing on Sunday"). A past participle ("a man
    wanted since 2019") or a relative clause ("suspects who had killed a woman on Friday")
    tells a time of its own."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return True
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("from", "by"):
        return True  # "blocked all aid from entering the territory on March 2": one act
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SIMULTANEOUS_MARKS for c in verb.children
    )


def _participant_clause(token: Token, see_through: set[int]) -> bool:
    """Whether ``token`` opens a relative clause about a participant ("suspects, who had
    killed a woman"), not about a date or an act (indexes in ``see_through``), or is the
    reason a verb gives ("were arrested for their alleged involvement in the kidnapping"):
    the act it names came before, on a day of its own ("visited Damascus on Friday for talks"
    is a purpose, not a reason: only an arrest's "for" is)."""
    if token.dep_ == "prep" and token.lower_ == "for" and _is_verb(token.head):
        return (_trigger(token.head) or (None,))[0] == "COERCE"
    return token.dep_ == "relcl" and token.head.i not in see_through


def _clause_and_above(anchor: Token, see_through: set[int]) -> list[Token]:
    """The anchor and the clauses above it whose dates may be its own, stopping at a relative
    clause about a participant: "Police on Sunday arrested two suspects, who had killed a
    woman" -- the arrest's Sunday is not the day of the killing the relative clause tells."""
    found = [anchor]
    current = anchor
    while current.head.i != current.i and not _participant_clause(current, see_through):
        current = current.head
        found.append(current)
    return found


def _antecedent_noun(trigger: Token, see_through: set[int]) -> Token | None:
    """The participant a relative clause holding ``trigger`` describes ("suspects" of
    "suspects, who had killed a woman"), None when the trigger is in no such clause."""
    for token in [trigger, *trigger.ancestors]:
        if _participant_clause(token, see_through):
            return token.head if token.dep_ == "relcl" else None
    return None


def _trails_relative(root: Token, antecedent: Token | None, trigger: Token) -> bool:
    """Whether a date written after a relative clause's trigger hangs on the noun that clause
    describes: the parser hangs a trailing phrase on the noun ("suspects, who had killed a
    woman ... in Jabar area here on Friday": "on Friday" on "area"/"suspects"), but it ends
    the relative clause and dates its act."""
    if antecedent is None or root.i < trigger.i:
        return False
    current = root
    for _ in range(8):
        if current.i == antecedent.i:
            return True
        if _is_verb(current) or current.head.i == current.i:
            return False
        current = current.head
    return False


#: prepositions by which an operation is the frame of the acts told in it
FRAME_PREPS = frozenset({"in", "during", "amid"})


def _frames(noun: Token) -> bool:
    """Whether ``noun`` is an operation the sentence's acts happened in ("during an operation
    ... on February 6", "In a raid conducted late Wednesday night, the CTD arrested"): its
    date is theirs, wherever the parser hung the phrase (often on a participle of the
    object, "an Afghan national involved in terrorism ... during an operation")."""
    return (
        _is_noun(noun)
        and _lemma(noun) in OPERATIONS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in FRAME_PREPS
    )


def _org_initials(name: str, start: int, text: str, label: str | None = None) -> bool:
    """Whether the name at ``start`` of ``text`` is an organisation's initials that merely
    spell a town (:func:`initials_of_no_place`: "The attack was claimed by BLA" is the
    Balochistan Liberation Army, not Bla in Mali): written in capitals inside a line (a
    dateline's "QUETTA:", "RAWALPINDI, Feb 08 (APP):" or "KARACHI / LAHORE:" is a place), and
    either typed something other than a place by the model (``label``; None: untagged) or
    defined in the document as initials in brackets ("Balochistan Liberation Army (BLA)"),
    whatever the model typed."""
    if not initials_of_no_place(name):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if not line.strip() or start < _dateline_end_of(text):
        return False  # "QUETTA:", "KARACHI / LAHORE:": a dateline's towns
    return label not in PLACE_LABELS or f"({name})" in text
