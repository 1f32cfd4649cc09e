"""Word lists and patterns that several readers of mentions share.

The words right before or after a name ("in", "police station", a verb of saying, an
honorific, a chamber of a body) are cues to more than one rule: the typing of one mention
(:mod:`dossier.kb.cued_labels`), the lone names (:mod:`dossier.kb.lone_names`), the span
repairs (:mod:`dossier.kb.name_spans`). Kept in one low module so that those modules import
it and never each other. Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re

from dossier import names

#: words of the state's own offices and of intergovernmental bodies ("Inter-Services Public
#: Relations", "Counter-Terrorism Department", "Special Services Group", "Foreign Office", "UN
#: Security Council", "United Nations", "Federal Investigation Agency", "Inter-Services
#: Intelligence", "National Database and Registration Authority"). An open description ("the
#: group", "the banned outfit", "the party") stands for a group the report is about, never
#: for such an office, however often the report names it (it quotes the military's media
#: wing in every line)
_STATE_OFFICE_WORDS = frozenset(
    "ministry department office court commission assembly senate council police services "
    "relations directorate nations agency authority bureau intelligence".split()
)


#: last words of a lower-case expansion that keep its letters a body's name all the same:
#: "a counter-terrorism department (CTD)", "a joint investigation team (JIT)" are one office
#: a report goes on to quote or credit. Plurals ("law enforcement agencies (LEAs)") are kinds.
_BODY_WORDS = frozenset(
    w
    for w in (*names.GENERIC_CLASSES, *_STATE_OFFICE_WORDS, "team", "cell", "branch")
    if not w.endswith("s") or w == "corps"
)
#: name particles a hyphen joins to a surname ("Abu-Bakr", "Bin-Laden"): one name, not two
_HYPHEN_PARTICLES = frozenset({"abu", "abd", "abdul", "bin", "ben", "ibn", "bint", "umm", "ould"})
#: capitalised words that begin sentences or clauses rather than names
_NOT_NAME_WORDS = frozenset(
    "the a an and but or in on at of for to from by with as after before when while if "
    "today yesterday however meanwhile then also".split()
)


_ADJECTIVE_AFTER = re.compile(r"[ \t]+[a-z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


#: a verb of saying right after a name: the name is the speaker ("Araghchi said on X"), not an
#: adjective before a noun, whatever label the model gave it
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated|noted|urged|asserted)\b")


#: what shows a word after "in" is no place: a possessive ("in Shakeel’s house") or another
#: capitalised word of a longer name ("confidence in Shin Bet", "in Ronen Bar")
_NAME_GOES_ON = re.compile(r"(?:['’]s\b|[ \t]+[A-Z])")


#: a capitalised word right after a bare title: the name the model cut the title from
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


#: "Chief of Army Staff", "Superintendent of Police": a title and what it heads -- a post
_TITLE_WORDS = "|".join(sorted(names.TITLES, key=len, reverse=True))
_OFFICE_OF = re.compile(rf"^(?:{_TITLE_WORDS})(?:\s+(?:{_TITLE_WORDS}))*\s+of\s", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:in|near)\s+$")
#: "In" opening a sentence ("In Bari Dhara Mathrani, one of the affected villages, …")
_PLACE_OPENING = re.compile(r"(?:^|[.!?:\n][\s”\"]*)In\s+$")


#: a place noun right before a name: how military and police statements name a locality
#: ("in general area Maddi", "the Khadi area of Mir Ali", "the Hassan Khel village of …")
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:(?:areas?|villages?|towns?|tehsils?|districts?|localit(?:y|ies)|suburbs|outskirts)"
    # "the city of Manbij", not "city SSP Arif Aziz" (an office of the city before a man)
    r"(?:\s+of)?|cit(?:y|ies)\s+of"
    # "a resident of Kot Radha Kishan", "residents of Daulatkhel": where a man lives, a place
    # (issue 17, check-r33: 40 such mentions in the archive were a PERSON or an ORG)
    r"|residents?\s+of)\s+$",
    re.IGNORECASE,
)
#: words of movement before a lone name that is nobody's surname in the document: "convoys
#: to Parachinar", "bound for Parachinar", "travelling from Parachinar"
_ROUTE_BEFORE = re.compile(r"\b(?:to|from|for|towards)\s+$")
#: a family after its surname ("the Bibas family", "the Sharif family's"): the family of that
#: report, not a people every report shares (:func:`corefer` keeps its key in the report);
#: "a Baloch family" is a family of a people, whose word stays the people's
_FAMILY_AFTER = re.compile(r"[ \t]+(?:famil(?:y|ies)|scions?|dynast(?:y|ies)|household)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: a place noun or "-based" right after a name makes it a place ("Kurram district", "Quetta-based")
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+(?:districts?|tehsils?|province|city|town|villages?|valley|areas?|region|"
    # "the Nakyal sector" of the Line of Control, "Islamabad's G-9 sector" (issue 17, check-r34)
    r"localit(?:y|ies)|neighbou?rhoods?|sectors?)\b|-based\b|"
    # "with Al-Quds Al-Sharif as its capital": a place, which the model calls a body
    r"[ \t]+as[ \t]+(?:its|their|the)[ \t]+capital\b)"
)


#: "Karachi's Dalmia", "Kurram’s Parachinar": a place named by the place it lies in
_PLACE_OWNER = re.compile(r"^([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)['’]s ([A-Z][\w\-]+)$")


#: a compass word that names the zone of a rank's office ("DIG-East", "SSP South")
_COMPASS = frozenset("north south east west central".split())


#: honorifics that only ever stand before a person's name: "Mr Zehri", "Mrs Bibi", "Dr Kazmi"
#: (a title of office may stand before a jurisdiction -- "Governor Punjab", "IG Sindh" -- so
#: only these, which no place or body is ever given)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr"})


#: the endings of a people's word ("Israeli", "American", "Afghan", "Japanese", "British")
_PEOPLES_ENDING = re.compile(r"(?:i|an|ese|ish)$")


#: last words of bodies every province, district or city has one of: a "Counter-Terrorism
#: Department" in each province, a "Combined Military Hospital" in each cantonment, a
#: "CM House" in each capital, a "National Security Council" in each country, a "Defence
#: Housing Authority" or a "Development Authority" in each large city, a "Central Police
#: Office" (a police force's headquarters) in each province
_REPLICATED_HEADS = frozenset(
    "department hospital house court lines club branch council authority school office "
    # a district's or a tehsil's seat, and the hospital named after it ("District
    # Headquarters (DHQ) Hospital", cut before "Hospital" by the model)
    "headquarters "
    # a part of a city that many cities have, named without its city: an "Old City" or a
    # "Walled City" (Jerusalem's, Damascus's, Lahore's), a "Red Zone" of government buildings
    # (Islamabad's, Karachi's)
    "city zone".split()
)


#: a chamber, a council of ministers or a legislature named by its kind alone: every country
#: and province has one ("Parliament" is Pakistan's in one report and Lebanon's in the next,
#: "the House" the Senate, the National Assembly or the AJK Assembly)
_CHAMBER_WORDS = frozenset("parliament house assembly senate cabinet congress legislature".split())


def _chamber_alone(key: str) -> bool:
    """Whether a normalised name is a chamber's word alone, but for "the" and a possessive's
    "s" ("the House", "’s Parliament"): what :func:`_cut_chamber` and
    :func:`_replicated_office` both ask."""
    words = [w for w in key.split() if w not in ("the", "s")]
    return len(words) == 1 and words[0] in _CHAMBER_WORDS


#: the last word of a locality's name ("Surjani Town", "Yousaf Goth", "Kacchi District")
_LOCALITY_WORDS = frozenset(
    "town goth colony district tehsil village city valley area bazaar market sector".split()
)


#: how the parser found a name: by the model, or as a repetition of a name it found
#: (:mod:`dossier.extract.nlp`)
_NAMED = frozenset({"ner", "repeat"})
