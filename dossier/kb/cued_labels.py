"""One mention's label corrected by the words around it (:func:`_cued_label`).

A title before a name makes a person, "in"/"near" before it a place, "members of" before
it a group, a place noun after it a place. The model reads a name alone; its
neighbours often settle what it is (as :mod:`dossier.kb.name_cues` does for the nouns right
after a name). Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from dossier import geo, names
from dossier.kb import context_types, name_cues
from dossier.kb.mention_words import (
    _ADJECTIVE_AFTER,
    _CHAMBER_WORDS,
    _COMPASS,
    _HONORIFICS,
    _LOCALITY_WORDS,
    _NAME_AFTER,
    _NAMED,
    _PEOPLES_ENDING,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_NOUN_BEFORE,
    _PLACE_OPENING,
    _PLACE_OWNER,
    _REPLICATED_HEADS,
    _SPEECH_AFTER,
    _chamber_alone,
)
from dossier.kb.name_types import _NOT_A_DISTRICT, FACILITY_WORDS, gazetteer_place
from dossier.names import normalize_name
from dossier.records import Mention


def _place_label(
    mention: Mention,
    gazetteer: geo.Gazetteer,
    text: str = "",
    surnames: frozenset[str] = frozenset(),
) -> Mention:
    """A mention the model typed ORG/NORP (or a one-word PERSON) whose text the gazetteer
    knows unambiguously as a country, province or large city is a place ("Quetta" ORG,
    "Punjab" NORP): relabelled GPE, so it votes for a map record like any place.

    Not a one-word ORG or PERSON that is the last word of a person the report names in full
    (``surnames``, :func:`_full_surnames`), where no "in"/"near" stands before it: news
    writes a man by his surname after naming him once ("Ronen Bar" ... "the decision to
    fire Bar"), and a surname that is also a province or town abroad is still his. Left
    untyped here, the surname rule of :func:`corefer` joins it to the full name; relabelled
    GPE, the gazetteer's place would win over him."""
    if mention.via != "ner" or mention.label not in ("ORG", "NORP", "PERSON"):
        return mention
    if mention.label == "PERSON" and len(mention.key.split()) > 1:
        return mention
    if set(mention.key.split()) & set(names.GENERIC_CLASSES):
        return mention
    if not gazetteer_place(mention.text, gazetteer):
        return mention
    if (
        mention.label in ("ORG", "PERSON")
        and mention.key in surnames
        and not _PLACE_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
        and not _is_country(mention.text, gazetteer)
    ):
        return mention
    return replace(mention, label="GPE")


def _full_surnames(mentions: Sequence[Mention]) -> frozenset[str]:
    """The last words of the names the model itself reads as people of two or more words
    ("Ronen Bar"): the surnames a lone word of the report may stand for. Not a man's origin
    ("Ali of Sialkot"), nor a word the report also writes in a longer name of a place, a
    building or a body ("Sialkot International Airport", "PP-44 Sialkot"): there the word is
    the place, and a "person" ending in it ("Katchery Sialkot") is the model's slip."""
    elsewhere = {
        word
        for m in mentions
        if m.label != "PERSON" and len(m.key.split()) >= 2
        for word in m.key.split()
    }
    return frozenset(
        words[-1]
        for m in mentions
        if m.via == "ner"
        and m.label == "PERSON"
        and len(words := m.key.split()) >= 2
        and "of" not in words
        and words[-1] not in elsewhere
        and not any(w in names.GENERIC_CLASSES for w in words)
    )


def _is_country(name: str, gazetteer: geo.Gazetteer) -> bool:
    """Whether the gazetteer knows ``name`` as a country: a country's name alone is the
    country, whoever else bears it."""
    return any(p.feature == "PCLI" for p in gazetteer.candidates(name))


_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
#: the plural of a people's name made with "-i" ("Kashmiris", "Ahmadis", "Houthis"): one word,
#: a consonant before the "-is" ("Francis", "Idris", "Younis" are men, and tell themselves
#: apart by the text, which never writes their "Franci" or "Idri")
_PEOPLE_PLURAL = re.compile(r"^([A-Z][a-z]{2,}[b-df-hj-np-tv-z])is$")


def _plural_of_people(mention: Mention, text: str) -> bool:
    """A one-word name that is the plural of a word in "-i" the report also writes, alone
    or as its root ("Kashmiris" beside "Kashmiri" or "Kashmir", "Ahmadis" beside "Ahmadi"):
    a people, whatever the model said -- no person's name takes a plural "-s"."""
    found = _PEOPLE_PLURAL.match(mention.text)
    if found is None:
        return False
    root = re.escape(found.group(1))
    return re.search(rf"\b{root}i?\b", text) is not None


#: members of a people after its name: "Sikh pilgrims", "Baloch insurgents", "Hazara community",
#: "the Alawite minority", "532 Alawite civilians",
#: "Shar tribe dacoits", "the Shar clan chieftain", "Tori Bangash tribal leader", and a family
#: named by its surname ("the Bibas family"): a kin group, not the one person of that name
_MEMBERS_AFTER = re.compile(
    # one word may stand between ("Baloch human rights", "Sikh pilgrims' families"), not a
    # word that opens a clause or a phrase ("a diktat by Akhundzada that women cover up")
    r"[ \t]+(?:(?!(?:that|which|who|whom|whose|and|or|but|the|a|an|of|in|on|at|to|for|as|by|"
    r"with|from|said|says|told|when|while|if|his|her|its|their)\b)[a-z]+[ \t]+)?"
    r"(?:people|nation|community|communities|pilgrims|leaders|"
    r"insurgents?|separatists?|nationalists?|tribes?|tribal|tribesmen|clans?|sub-clans?|"
    r"heartland|"
    r"diaspora|population|minorit(?:y|ies)|sects?|civilians|famil(?:y|ies)|"
    # a people's men and women, their cause and their voice (issue 17, round 30: "Baloch
    # activists", "Baloch protesters", "Baloch rights", "Baloch youth"), which the model
    # typed a place in 107 of the word's 173 mentions in the archive
    r"activists|protesters|protestors|demonstrators|youths?|women|students|elders|"
    r"rights|identity|society|voices|insurgency|separatism)\b"
)
#: armed men after a one-word name ("21 Druze gunmen", "Druze fighters"): the people they are
#: of -- unless the report writes the word in the plural as a group's name ("Houthi fighters"
#: beside "the Houthis"), which :func:`_cued_label` leaves to the group
_FIGHTERS_AFTER = re.compile(r"[ \t]+(?:fighters|gunmen|militiamen)\b")
#: a community after a one-word "organisation" ("the Ahmadiyya community"): a religious or
#: ethnic people; only this noun, as a body's members are also its "leaders" ("PTI leaders")
_COMMUNITY_AFTER = re.compile(r"[ \t]+(?:communit(?:y|ies)|minorit(?:y|ies))\b")
#: a place's police after a one-word name ("The Balakot police", "Balakot police station"): a
#: man's name is not written before "police"; a people's adjective is ("Afghan police"), so the
#: cue is read only on the model's PERSON, ORG and FAC
_POLICE_AFTER = re.compile(r"[ \t]+(?:police\b|Police[ \t]+Station\b)")
#: a border crossing after a one-word name ("the Torkham border", "the Rafah crossing"): the
#: place the border is crossed at; a people's adjective ("the Afghan border") is the model's
#: NORP, which the caller leaves alone
_BORDER_AFTER = re.compile(r"[ \t]+(?:border|crossing)\b")
#: a camp after a name ("al-Bureij refugee camp", "the Bureij camp"): the camp's place, which
#: the model calls a person (issue 17, check-r33); a body's camp ("a TTP camp", "the FC camp")
#: is the model's ORG, which the caller leaves alone
_CAMP_AFTER = re.compile(r"[ \t]+(?:refugee[ \t]+)?camps?\b")
#: a kind of group right before a name ("militant group Jaishul Adl", "the outlawed
#: organisation Jamaatul Ahrar"): the name is the group's, whatever the model said
_GROUP_BEFORE = re.compile(
    r"\b(?:militant|terrorist|armed|rebel|banned|proscribed|outlawed|separatist|jihadist)"
    r"[ \t]+(?:group|organi[sz]ation|outfit|faction)[ \t]+$",
    re.IGNORECASE,
)


#: "the" right before a name, a "-based" between ("the Britain-based Observatory")
_THE_BODY_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[\w\-]+-based[ \t]+)?$")


def _body_that_speaks(mention: Mention, text: str) -> bool:
    """A one-word "person" after "the" that speaks ("the Observatory said"): a body, which news
    writes with the article, as it never writes a man's name but for a title ("the Pope
    said", :data:`names.TITLES`)."""
    if mention.via != "ner" or mention.label != "PERSON" or " " in mention.text.strip():
        return False
    if mention.text.strip().lower() in names.TITLES:
        return False
    return bool(
        _THE_BODY_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        and _SPEECH_AFTER.match(text, mention.end)
    )


#: a place's preposition, a place and "and" right before a name ("facilities at Beas and
#: Nagrota", "in Kurram and Orakzai"); group 1 is the first place
_PLACES_JOINED_BEFORE = re.compile(r"\b(?:in|at|near)[ \t]+([A-Z][\w’'\-]*)[ \t]+and[ \t]+$")


def _places_joined(mentions: list[Mention], text: str) -> list[Mention]:
    """A one-written-word "person" or "body" joined by "and" to a place after a place's
    preposition is a place too ("BrahMos storage facilities at Beas and Nagrota": Beas a GPE,
    Nagrota an ORG; issue 17, check-r35). Only where the first is the model's place and the
    second no letters ("in Kurram and ISPR ..." is left) and named only there: a body the
    report names again ("talks in Israel and Hamas ... Hamas said") keeps the model's label.
    Not "between" ("between Israel and Hamas": two sides, a state and a group)."""
    places = {m.end: m for m in mentions if m.label in ("GPE", "LOC")}
    written = Counter(m.key for m in mentions)
    out = []
    for m in mentions:
        if (
            m.via in _NAMED
            and m.label in ("PERSON", "ORG", "FAC")
            and _one_written_word(m)
            and written[m.key] == 1
        ):
            found = _PLACES_JOINED_BEFORE.search(text, max(0, m.start - 40), m.start)
            first = places.get(found.end(1)) if found is not None else None
            if first is not None and first.start == found.start(1):
                m = replace(m, label="GPE")
        out.append(m)
    return out


def _groups_throughout(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None = None
) -> list[Mention]:
    """A name the report writes once after a group's noun ("the terrorist organisation Hurras
    al-Din", :data:`_GROUP_BEFORE`) is that group in its other sentences too ("said Hurras
    al-Din was founded in 2018"): the report's "persons" of that key are the group; so is a
    body that speaks with "the" (:func:`_body_that_speaks`), and one the words around show a
    body (:func:`name_cues.body_named`: "the former offices of Charlie Hebdo ... Charlie Hebdo
    republished"). Why: one cued mention of seven was outvoted by the model's PERSON (issue
    17, check-r25)."""
    keys = {
        m.key
        for m in mentions
        if m.via == "ner"
        and m.label == "ORG"
        and (
            _GROUP_BEFORE.search(text, max(0, m.start - 40), m.start)
            or name_cues.body_named(replace(m, label="PERSON"), text, gazetteer)
        )
    }
    # a word the report writes before a man's name is his title there ("Pope Francis ... the
    # Pope said"), not a body's name
    titles = {
        normalize_name(m.text.split()[0]) for m in mentions if m.label == "PERSON" and " " in m.text
    }
    keys |= {m.key for m in mentions if _body_that_speaks(m, text) and m.key not in titles}
    if not keys:
        return mentions
    return [
        replace(m, label="ORG") if m.key in keys and m.label == "PERSON" and m.via == "ner" else m
        for m in mentions
    ]


#: the parts of a district that news names as places of their own ("Upper Kurram", "Lower Dir")
_PLACE_PARTS = frozenset({"upper", "lower"})


def _part_of_place(mention: Mention, gazetteer: geo.Gazetteer | None) -> bool:
    """An "Upper Kurram" or "Lower Dir": "Upper"/"Lower" before a name the gazetteer knows is
    the part of a place, never a person (a given name is never "Upper") -- and, typed a
    person, it would take every lone "Kurram" of the story as its surname. The model's
    PERSON needs no gazetteer: "Upper Swat" (a district the gazetteer lacks) is no man,
    while an "Upper House" it calls an organisation is one."""
    words = mention.text.split()
    if len(words) < 2 or words[0].lower() not in _PLACE_PARTS or not words[1][:1].isupper():
        return False
    if mention.label == "PERSON" and words[0][:1].isupper():
        return True
    return gazetteer is not None and bool(gazetteer.candidates(" ".join(words[1:])))


def _in_place(mention: Mention, gazetteer: geo.Gazetteer | None) -> bool:
    """A one-word name owned by a place the gazetteer knows is a locality of that place,
    not a person or a body: people and bodies are written "Pakistan's army", in lower case
    or with an organisation word, which the caller has already set apart."""
    found = _PLACE_OWNER.match(mention.text)
    if not found or gazetteer is None:
        return False
    if found.group(2).lower() in FACILITY_WORDS:
        return False
    return bool(gazetteer.candidates(found.group(1)))


#: a word after a name that leaves it whole, not a modifier of a noun ("in Panjgur on
#: Tuesday", "in Daraa, where …", but not "in Hamas custody")
_FUNCTION_AFTER = re.compile(
    r"[ \t]+(?:on|and|or|of|the|to|at|was|were|is|are|as|after|before|since|over|with|for|"
    r"from|by|during|last|this|that|when|where|while|which|who|earlier|today|yesterday)\b"
)


def _one_written_word(mention: Mention) -> bool:
    """Whether the model's span is one written word, hyphens allowed ("Gulshan-i-Hadeed",
    "Wagah-Attari"), and no letters ("ISPR"): the shape of a town's or a prayer's name that
    the words around it retype, where a name of many words or an acronym is left to the model."""
    return " " not in mention.text.strip() and not names.looks_like_acronym(mention.text)


def _village_shaped_person(mention: Mention) -> bool:
    """Whether the model read two capitalised words, no title among them, as a person: the
    shape of a village's name ("Dad Kamar") in a list of villages, which the list retypes."""
    words = mention.text.split()
    return (
        mention.label == "PERSON"
        and len(words) == 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and len(names.strip_titles(mention.text)) == 2
    )


def _ends_a_place(mention: Mention, text: str) -> bool:
    """Whether a one-word "organisation" right after "in"/"near" is read as a whole place:
    not letters ("in NATO"), not a chamber's word ("in Parliament"), not a piece of a longer
    word or name ("in Taliban-ruled", "in Hamas Politburo") nor a modifier of a noun ("in
    Hamas custody"). The model calls towns it does not know organisations ("in Panjgur",
    "in Daraa"); a body is rarely the place something happens in."""
    # one written word, hyphens allowed: "in Gulshan-i-Hadeed", a Karachi locality the model
    # called a body in four of four mentions (issue 17, check-r34)
    if not _one_written_word(mention):
        return False
    if _chamber_alone(mention.key):
        return False
    after = text[mention.end : mention.end + 16]
    if after[:1].isalnum() or after[:1] in "-‐–":
        return False
    if _NAME_AFTER.match(after):
        return False
    return not _ADJECTIVE_AFTER.match(after) or bool(_FUNCTION_AFTER.match(after))


def _rank_before_name(text: str) -> bool:
    """Whether a span opens with a rank news writes in capitals ("DIG-East Usman Ghani",
    "MNA Iqbal Afridi", "SSP South Asad Raza") and goes on with two or more capitalised
    words that are no body's, building's or place's word: a titled person the model read
    as an organisation. "CM House", "SSP Office" (one word after the rank) and "IGP
    Police Lines" (a body's word) stay what the model said."""
    words = text.replace("-", " ").split()
    if len(words) < 3 or not words[0].isupper() or words[0].lower() not in names.TITLES:
        return False
    rest = words[1:]
    while rest and (rest[0].lower() in _COMPASS or rest[0].lower() in names.TITLES):
        rest = rest[1:]
    if len(rest) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in rest):
        return False
    lowered = {w.lower() for w in rest}
    if lowered & names.TITLES or lowered & {"office", "offices", "secretariat"}:
        return False  # "IGP Punjab Dr" cut before the name; "DC Office Peshawar" a building
    return not lowered & (
        set(names.GENERIC_CLASSES)
        | FACILITY_WORDS
        | _LOCALITY_WORDS
        | _REPLICATED_HEADS
        | _CHAMBER_WORDS
        | _PLACE_PARTS
    )


#: "operation" right before a name the model cut it from ("the operation Sindoor", "Operation
#: “Bunyanum Marsoos"), not a rank's wing ("SP Operation Muhammad Abbas", "(SP) Operation …")
_OPERATION_BEFORE = re.compile(r"(?:^|[\s(])([A-Za-z()]*)[ \t]*[Oo]peration[ \t]+[“\"‘']?$")


def _named_operation(mention: Mention, text: str) -> bool:
    """Whether the span names the operation the word before it opens: "operation Sindoor"
    is the operation (an EVENT), not a body or a man. A word in capitals is left alone
    ("an operation ISPR called …"), and so is "Operation" after a rank, which names the
    office's wing and then its holder ("SSP Operation Muhammad Abbas")."""
    if names.looks_like_acronym(mention.text):
        return False
    found = _OPERATION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if found is None:
        return False
    word = found.group(1).strip("()")
    return not (word.isupper() or word.lower() in names.TITLES)


def _honoured(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether a one-word "place" or "body" is written right after an honorific ("Mr
    Zehri stood up", "Mr Sadiq's meeting"): the model labels each sentence apart and took
    a man's surname, which is also a town's, for the town; no honorific is ever given to a
    place. A country's, province's or large city's name is left to the gazetteer."""
    if not _one_written_word(mention):
        return False
    found = _TITLE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if found is None or found.group(1).lower() not in _HONORIFICS:
        return False
    return not gazetteer_place(mention.text, gazetteer)


def _surname_honoured(mention: Mention, text: str) -> bool:
    """Whether a name of two to four capitalised words the model calls an organisation ends in
    a word the report writes after an honorific ("Shah Mahmood Qureshi sought ... Mr Qureshi
    said"): a man's full name, as no body is called "Mr" -- the model labels each sentence
    apart, and its ORG kept the full name from the man's own surname mentions and made his
    entity a body (issue 17, check-r33). A name holding an organisation's, a facility's, a
    locality's or an office's word ("Qureshi Medical Centre") stays the body."""
    if mention.label != "ORG" or mention.via != "ner" or names.looks_like_acronym(mention.text):
        return False
    words = mention.text.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return False
    keys = set(mention.key.split())
    if (
        keys & (set(names.GENERIC_CLASSES) | FACILITY_WORDS | _LOCALITY_WORDS | names.TITLES)
        or keys & name_cues.UNIT_OPENERS
    ):
        return False
    if words[-1] not in _honoured_words(text):
        return False
    # the first words of a longer name the report writes ("Bilawal Bhutto" beside "Bilawal
    # Bhutto-Zardari"): :func:`_first_names_of` gives it the longer name's key
    return not re.search(re.escape(mention.text) + r"(?:[ \t]+|-)[A-Z]", text)


#: a word written after an honorific ("Mr Qureshi", "Dr. Kazmi")
_HONOURED_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+([A-Z][a-z]+)\b")


@lru_cache(maxsize=4)
def _honoured_words(text: str) -> frozenset[str]:
    """The words a report writes after an honorific, read once per report (the type cues read
    it for each of the report's names the model calls a body)."""
    return frozenset(_HONOURED_WORD.findall(text))


#: a road named by the two places it joins ("the Quetta-Karachi highway"): the road, a
#: facility, which the model calls an organisation
_TWO_ENDS = re.compile(r"^[A-Z][\w’']+-[A-Z][\w’']+$")
#: a highway's number in brackets may come between ("the Multan-Loralai (N-70) highway"), and
#: a second road of the same kind before a plural ("the Quetta-Taftan (N-40) and Multan-Loralai
#: (N-70) highways"; issue 17, check-r35: "Multan-Loralai" was a PERSON)
_ROAD_NUMBER = r"(?:[ \t]*\([A-Z]{1,3}-?\d{1,3}[A-Z]?\))?"
_ROAD_AFTER = re.compile(
    rf"{_ROAD_NUMBER}(?:[ \t]+and[ \t]+[A-Z][\w’']+-[A-Z][\w’']+{_ROAD_NUMBER})?"
    r"[ \t]+(?:national[ \t]+)?(?:highway|motorway|expressway)s?\b"
)


#: a numbered part of a law right before a name, with or without "of (the)": "Section 164 of
#: CrPC", "section 497 CrPC", "Sections 302 and 324 of the Pakistan Penal Code", "Rule 5 of
#: the Pakistan Prison Rules". Not "Article", which also names a body ("Article 19").
_SECTION_BEFORE = re.compile(
    r"\b(?:[Ss]ections?|[Cc]lauses?|[Rr]ules?)[ \t]+\d+[\w()/-]*"
    r"(?:(?:,|[ \t]+and|[ \t]*&)[ \t]*\d+[\w()/-]*)*(?:[ \t]+of)?(?:[ \t]+the)?[ \t]+$"
)


#: a title and a capitalised name right after a mention: its holder ("... Bajaur Scouts Brig
#: Saad Mehmood")
_TITLE_AND_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\.?[ \t]+[A-Z]")


def _titled_holder_after(mention: Mention, text: str) -> bool:
    """Whether a title and a name follow the mention: then the title before it is the office
    of the body or place it names, and the holder is the man after ("commandant Bajaur Scouts
    Brig Saad Mehmood": the Scouts are a body, not the commandant)."""
    found = _TITLE_AND_NAME_AFTER.match(text, mention.end)
    return found is not None and found.group(1).lower() in names.TITLES


def _law_of_a_section(mention: Mention, text: str) -> bool:
    """Whether a name the model called a body, an event or a thing follows a numbered part of a
    law: what a section belongs to is a law or a code ("Section 164 of CrPC", "section 7 of
    the Maintenance of Public Order"), whatever its name's words (issue 17, check-r36's
    "CrPC" ORG). A people's or a place's word there is left alone ("Article 370 of the
    Indian Constitution" writes the people's adjective)."""
    if mention.via not in _NAMED or mention.label not in ("ORG", "EVENT", "FAC", "OTHER"):
        return False
    return bool(_SECTION_BEFORE.search(text, max(0, mention.start - 60), mention.start))


def _cued_label(mention: Mention, text: str, gazetteer: geo.Gazetteer | None = None) -> Mention:
    """The model's label corrected by the words around the mention.

    A title right before a name ("Dr Sabiha Baloch", "Advocate Nadia Baloch") makes it a
    person whatever the model said (unless the name is built on an organisation word); a
    "person" right after "in"/"near" ("in Kurram", "in Upper Kurram") is a place, and so is
    a name before a place noun or "-based" ("Kurram district", "Quetta-based", "the Shakai
    area") and the upper or lower part of a place the gazetteer knows ("Lower Kurram"). So is
    a "person" opening a sentence after "In" (not a possessive: "In Khan's view"), and a
    name right after a place noun ("in general area Maddi", "the Khadi area of Mir Ali"):
    the model reads such localities, which the gazetteer lacks, as men. The plural of a
    people's name in "-i" the report writes ("Kashmiris" beside "Kashmir") is a people. A
    one-word "organisation" after "in"/"near" that stands whole is a place (:func:`_ends_a_place`).
    """
    # a name the parser found again where the model missed it ("repeat") reads the same
    # cues: "the Syrian city of [Manbij]", "an attack in [Manbij]", all repeats of one
    # mention the model called a person, left the city a PERSON (issue 17, check-r27)
    if name_cues.meeting_announced(mention, text):
        # "convene a Multi-Party Conference": a meeting, though a body's word is in its name
        return replace(mention, label="EVENT")
    if _law_of_a_section(mention, text):
        return replace(mention, label="LAW")  # "Section 164 of CrPC": the code, not a body
    if (cued := context_types.cued_type(mention, text)) is not mention:
        return cued  # "north of the Litani", "… Hotel", "IG Operations Room" (round 39)
    if mention.via not in _NAMED or set(mention.key.split()) & set(names.GENERIC_CLASSES):
        return mention
    before = text[max(0, mention.start - 20) : mention.start]
    if mention.label in ("ORG", "FAC", "GPE", "NORP", "LOC") and _honoured(
        mention, text, gazetteer
    ):
        return replace(mention, label="PERSON")
    if _surname_honoured(mention, text):
        return replace(mention, label="PERSON")
    if (
        mention.label != "FAC"
        and _TWO_ENDS.match(mention.text)
        and _ROAD_AFTER.match(text, mention.end)
    ):
        return replace(mention, label="FAC")
    if name_cues.facility_named(mention, text):
        return replace(mention, label="FAC")  # "Ben Gurion airport": the airport
    if name_cues.unit_named(mention, _NOT_A_DISTRICT):
        return replace(mention, label="GPE")  # "Tehsil Sahiwal": the tehsil
    if mention.label in ("ORG", "FAC", "GPE", "NORP", "LOC") and len(mention.key.split()) >= 2:
        found = _TITLE_BEFORE.search(before)
        if (
            found
            and found.group(1).lower() in names.TITLES
            and not _titled_holder_after(mention, text)
        ):
            return replace(mention, label="PERSON")
    if mention.label in ("ORG", "FAC", "GPE", "LOC") and _rank_before_name(mention.text):
        return replace(mention, label="PERSON")
    if mention.label in ("PERSON", "ORG", "FAC", "GPE", "NORP") and _named_operation(mention, text):
        return replace(mention, label="EVENT")
    if (
        mention.label in ("PERSON", "ORG", "FAC", "GPE", "LOC")
        and _one_written_word(mention)
        and _PRAYER_AFTER.match(text, mention.end)
    ):
        return replace(mention, label="EVENT")  # "after Isha prayers": a prayer, no place
    if (
        mention.label in ("PERSON", "GPE", "ORG", "FAC", "LOC")
        and _one_written_word(mention)
        and _OFFERED_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        and not _OFFERED_TO_AFTER.match(text, mention.end)
        and not (gazetteer and gazetteer.candidates(mention.text))
    ):
        return replace(mention, label="EVENT")  # "offered Fateha for the martyrs": a prayer
    if mention.label in ("PERSON", "ORG", "FAC") and _in_place(mention, gazetteer):
        return replace(mention, label="GPE")
    after = text[mention.end : mention.end + 12]
    if mention.label in ("PERSON", "ORG", "FAC", "NORP") and _PLACE_AFTER.match(text, mention.end):
        return replace(mention, label="GPE")
    if (
        mention.label in ("PERSON", "ORG", "FAC")
        and (_one_written_word(mention) or _village_shaped_person(mention))
        and _LISTED_PLACES_AFTER.match(text, mention.end)
    ):
        return replace(mention, label="GPE")  # "the Ochat, Dadkamar and Zarana areas"
    if (
        mention.label in ("PERSON", "ORG", "FAC")
        # one written word, hyphens allowed: "the Wagah-Attari border", "Gulshan-i-Iqbal police"
        and _one_written_word(mention)
        and (_POLICE_AFTER.match(text, mention.end) or _BORDER_AFTER.match(text, mention.end))
    ):
        return replace(mention, label="GPE")
    if (
        mention.label == "PERSON"
        and len(mention.key.split()) <= 2
        and _CAMP_AFTER.match(text, mention.end)
    ):
        return replace(mention, label="GPE")  # "al-Bureij refugee camp": no man has a camp
    if (
        mention.label == "NORP"
        and " " not in mention.text.strip()
        and _BORDER_AFTER.match(text, mention.end)
        and not _PEOPLES_ENDING.search(mention.text.strip())
    ):
        # "the Wagah border": a border is named after a people ("the Afghan border") or after
        # the place it is crossed at; a word with no people's ending is the place (issue 17,
        # check-r33: "Wagah" was a NORP entity of five mentions)
        return replace(mention, label="GPE")
    if mention.label in ("PERSON", "GPE", "NORP", "LOC") and _GROUP_BEFORE.search(
        text, max(0, mention.start - 40), mention.start
    ):
        return replace(mention, label="ORG")  # "militant group Jaishul Adl": the group
    if name_cues.leader_named(mention, text, gazetteer):
        return replace(mention, label="PERSON")  # "the Marina Khan gang": its leader
    if name_cues.body_named(mention, text, gazetteer):
        return replace(mention, label="ORG")  # "the UN children's agency Unicef": the agency
    if mention.label in ("PERSON", "ORG", "FAC", "NORP") and _part_of_place(mention, gazetteer):
        return replace(mention, label="GPE")
    if (
        mention.label in ("PERSON", "GPE", "LOC")
        and len(mention.key.split()) == 1
        and _MEMBERS_AFTER.match(text[mention.end : mention.end + 30])
        and not (gazetteer and gazetteer.candidates(mention.text))
    ):
        return replace(mention, label="NORP")  # a people, not a place the gazetteer knows
    if (
        mention.label in ("PERSON", "GPE", "LOC")
        and len(mention.key.split()) == 1
        and _FIGHTERS_AFTER.match(text, mention.end)
        and not re.search(rf"\b{re.escape(mention.text)}s\b", text)
        and not (gazetteer and gazetteer.candidates(mention.text))
    ):
        return replace(mention, label="NORP")  # "Druze fighters", not "Houthi fighters"
    if (
        mention.label == "ORG"
        and len(mention.key.split()) == 1
        and not names.looks_like_acronym(mention.text)
        and _COMMUNITY_AFTER.match(text, mention.end)
    ):
        return replace(mention, label="NORP")  # "the Ahmadiyya community": a people, no body
    if mention.label != "NORP" and _plural_of_people(mention, text):
        return replace(mention, label="NORP")
    if mention.label == "PERSON" and _PLACE_BEFORE.search(before):
        after = text[mention.end : mention.end + 2]
        if len(mention.key.split()) == 1 or not after.startswith(("'", "’")):
            return replace(mention, label="GPE")
    possessive = text[mention.end : mention.end + 2].startswith(("'", "’"))
    if (
        mention.label == "ORG"
        and _PLACE_BEFORE.search(before)
        and _ends_a_place(mention, text)
        and not possessive
    ):
        return replace(mention, label="GPE")
    if mention.label == "PERSON" and _PLACE_OPENING.search(before) and not possessive:
        return replace(mention, label="GPE")
    if (
        mention.label in ("PERSON", "ORG", "FAC", "NORP")
        and _PLACE_NOUN_BEFORE.search(before)
        and not possessive
        and not names.looks_like_acronym(mention.text)
    ):
        return replace(mention, label="GPE")
    return mention


#: a one-word name a prayer is said to be "offered" as ("offered Fateha for the martyrs",
#: "offered Fatiha at the grave"): a prayer (an EVENT), which the model calls a person (issue
#: 17, check-r35); a person or a country offered something is followed by it ("offered Ahmed a
#: seat", "offered India talks") and a place the gazetteer knows is left alone
_OFFERED_BEFORE = re.compile(r"\boffer(?:ed|s|ing)?[ \t]+$")
_OFFERED_TO_AFTER = re.compile(
    r"['’]|[ \t]+(?:a|an|the|his|her|its|their|our|some|any|help|talks|support|assistance|"
    r"aid|money|jobs?|[A-Z])\b"
)
#: a one-word name in a list closed by a place noun in the plural ("the Ochat, Charkhel,
#: Dadkamar and Zarana areas of Kurram"): each is a place, the model calls the inner ones men
#: (issue 17, check-r35)
#: The list's items may be of two words ("Charkhel, Chapri Paraw and Chapri areas") and it
#: may close on a neighbouring word instead of a name ("in Bagan, Mandori, Ochat and adjacent
#: areas", issue 17, check-r36): the villages before it are places all the same
_LISTED_PLACES_AFTER = re.compile(
    r"(?:,[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?)*,?[ \t]+and[ \t]+"
    r"(?:[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?[ \t]+"
    r"(?:districts|tehsils|villages|areas|towns|sectors|valleys|localities)"
    r"|(?:adjacent|adjoining|surrounding|nearby|neighbou?ring|other)[ \t]+"
    r"(?:districts|tehsils|villages|areas|towns|valleys|localities))\b"
)
#: "prayers" right after a one-word name ("after Isha prayers", "Juma prayers"): the name is
#: the prayer's (an EVENT), which the model calls a place or a person (issue 17, check-r34);
#: a people's word ("Muslim prayers") is a NORP and is not read here
_PRAYER_AFTER = re.compile(r"[ \t]+prayers?\b")
