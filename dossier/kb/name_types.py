"""An entity's display name and type, chosen from the evidence of all its mentions.

The model labels the same militia PERSON in one sentence and ORG in the next; the type is
a vote over every mention, corrected by the name's own head words (a law, a facility, a
gathering, a road, an operation: :func:`_name_type`) and by the gazetteer
(:func:`gazetteer_place`, :func:`_known_place`). The word lists here are the vocabulary of
those heads, which the per-document readers of mentions use too; this module reads only
names and stats, never a document, so it stands below them. Split out of
:mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from dossier import geo, names
from dossier.kb import name_cues, office_letters
from dossier.kb.entity_keys import SCOPE
from dossier.names import normalize_name
from dossier.records import Mention
from dossier.store.base import AliasStat, EntityRow

#: tie-break when two labels have the same number of mentions
TYPE_PRIORITY = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "OTHER")


def _names(stats: Sequence[AliasStat]) -> Sequence[AliasStat]:
    """Names as written: a lone surname or a description never names an entity."""
    full = [s for s in stats if s.is_name and s.via != "surname"]
    return full or [s for s in stats if s.is_name] or stats


def choose_name(stats: Sequence[AliasStat]) -> str:
    """The display name: a spelled-out name over its acronym ("Islamic
    Revolutionary Guard Corps" over "IRGC"), a name without a leading title
    ("Babar Iftikhar" over "General Babar Iftikhar"), then the most-mentioned,
    capitalised, longer form."""
    counts: Counter[str] = Counter()
    for stat in _names(stats):
        counts[stat.text] += stat.mentions
    has_long_form = any(not names.looks_like_acronym(text) for text in counts)

    def rank(text: str) -> tuple[bool, bool, int, bool, int, str]:
        spelled = not (has_long_form and names.looks_like_acronym(text))
        return (spelled, _untitled(text), counts[text], not text.islower(), len(text), text)

    return max(counts, key=rank)


@lru_cache(maxsize=1 << 16)
def _untitled(text: str) -> bool:
    """Whether ``text`` opens with no title (:func:`names.strip_titles` keeps every word).

    Cached: a pure function of the text, and :func:`choose_name` asks it of every name of
    every entity a batch refreshes, the same names batch after batch (issue 19)."""
    return names.strip_titles(text) == text.split()


#: a populated place this large, unambiguous in the gazetteer, is a place whatever the
#: model's vote; smaller towns share names with people and clans ("Mir Ali", "Khan")
PLACE_MIN_POPULATION = 100_000


def gazetteer_place(name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether ``name`` is unambiguously a place: a country, a first-level region, a large
    populated place whose records all lie in one country, or a name every record of which
    is a large city ("Hyderabad" of Sindh and of India, "Tripoli" of Libya and of Lebanon):
    which city is meant is for the map to settle, but a place it is either way. A name with
    one small namesake abroad ("Paris" of Texas) stays to the model's label and its cues."""
    if gazetteer is None or names.looks_like_acronym(name):
        return False
    found = gazetteer.candidates(name)
    if not found:
        return False
    if any(p.feature in ("PCLI", "ADM1") for p in found):
        return True
    if all((p.population or 0) >= PLACE_MIN_POPULATION for p in found):
        return True
    biggest = max((p.population or 0) for p in found)
    return len({p.country for p in found}) == 1 and biggest >= PLACE_MIN_POPULATION


#: the last word of a law's name ("Pakistan Army Act", "Anti-Terrorism Ordinance", "Pakistan
#: Penal Code")
LAW_HEADS = frozenset(
    {
        "act",
        "ordinance",
        "bill",
        "amendment",
        "treaty",
        "code",
        "protocol",
        "charter",
        # "Hague Convention", "Geneva Conventions": a treaty, which the model calls a place
        "convention",
        "conventions",
        # "Abraham Accords", "Geneva Accords": a treaty by its other English head word, which
        # the model calls a man or a body (issue 17, check-r39)
        "accord",
        "accords",
    }
)
#: the law's heads that also name a gathering ("a lawyers' convention"): a gathering when the
#: words before name who gathers (:data:`GATHERERS`)
GATHERING_HEADS = frozenset({"convention", "conventions"})
#: people who hold a convention, as news names them before the word ("National Youth and Ulema
#: Convention", "Lawyers Convention", "Workers Convention"): a treaty is named after a place,
#: a subject or a year ("Hague", "Refugee", "Genocide"), never after those who meet. General
#: English and Urdu words for groups of people, not names from the sample
GATHERERS = frozenset(
    "ulema ulama youth workers worker lawyers traders students women farmers kisan labour "
    "labourers teachers doctors journalists members delegates parties".split()
)
#: the law's heads a treaty's name may go on after, with its subject ("Convention on the
#: Rights of the Child", "International Convention for the Protection of All Persons", "Treaty
#: of Versailles") or its number and year ("Hague Convention IV 1907"): the model calls the
#: longer names bodies
_TREATY_HEADS = frozenset({"convention", "conventions", "treaty", "protocol", "charter"})
_TREATY_LINKS = frozenset({"on", "for", "against", "of", "relating"})
#: a treaty's number or year after its head ("IV", "1907", "1")
_TREATY_NUMBER = re.compile(r"^(?:[ivx]{1,4}|\d{1,4})$")


#: a treaty's number or year the model left out of its span: "Hague Convention [1954]",
#: "Geneva Convention [IV]"
_TREATY_NUMBER_AFTER = re.compile(r"(?:[ \t]+(?:[IVX]{1,4}|\d{4})(?![\w\-]))+")


def _numbered_treaty(mention: Mention, text: str, taken: Sequence[tuple[int, int]]) -> Mention:
    """A treaty's name widened over the number or year written right after it ("Hague
    Convention 1954" where the model found "Hague Convention"): a place's conventions are
    several treaties (The Hague's of 1899, 1907, 1954 and on child abduction), and the number
    is what tells them apart; cut, one list of treaties joined a seminar's convention on child
    abduction (issue 17, check-r27). Only a treaty's head ("convention", "treaty", "protocol",
    "charter"): an act's year is written or not for one act ("Anti-Terrorism Act 1997")."""
    words = mention.key.split()
    if mention.via != "ner" or len(words) < 2 or words[-1] not in _TREATY_HEADS:
        return mention
    found = _TREATY_NUMBER_AFTER.match(text, mention.end)
    if found is None:
        return mention
    end = found.end()
    if any(s < end and e > mention.end for s, e in taken):
        return mention
    whole = text[mention.start : end]
    return replace(mention, end=end, text=whole, key=normalize_name(whole))


#: the word a numbered part of a law opens with ("Section 144", "Clause 3"); not "Article",
#: which also names a body ("Article 19", a free-speech group)
_LAW_PART_WORDS = frozenset("section sections clause clauses".split())
#: a part's number as :func:`normalize_name` leaves it ("6", "245a", the "h" of "7(h)", the
#: "fiii" of "337-F(iii)": a lettered sub-clause and its roman numeral)
_LAW_PART_NUMBER = re.compile(r"\d{1,4}[a-z]{0,2}|[a-z](?:i{1,3}|iv|vi{0,3}|ix)?|and|to")
#: a code's letters written before its numbered part ("PPC Section 324", "CrPC Section 144"):
#: one word of two to six letters, two or more of them capitals
_CODE_LETTERS = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,6}")


def _law_head_at(words: Sequence[str]) -> int | None:
    """The position of the law's head word a name is built on, or None: its last word ("…
    Act"), or a treaty's head followed by only its number and year ("Hague Convention IV
    1907", "Anti-Terrorism Act 1997") or a treaty's by its subject ("Vienna Convention on
    Succession of States", "Treaty of Versailles"); not a head before another noun ("Jinnah
    Convention Centre" is a hall)."""
    if words and words[-1] in LAW_HEADS:
        return len(words) - 1
    for at in range(len(words) - 1):
        rest = words[at + 1 :]
        if at and words[at] in LAW_HEADS and all(_TREATY_NUMBER.match(w) for w in rest):
            return at  # "Hague Convention IV 1907", "Anti-Terrorism Act 1997"
        if words[at] in _TREATY_HEADS and rest[0] in _TREATY_LINKS and len(rest) >= 2:
            return at  # "Convention on the Rights of the Child", "Treaty of Versailles"
    return None


#: a state's programme, typed as a law is (the labels' "National Action Plan"): its last
#: word ("… Action Plan", "… Security Policy") or its first ("Vision Azm-i-Istehkam", "Vision
#: 2030"); the model calls them ORG
POLICY_HEADS = frozenset({"plan", "policy", "strategy"})
POLICY_OPENERS = frozenset({"vision"})
#: words of a body named after a programme or a policy, which stays a body
_POLICY_BODIES = frozenset("institute institution centre center foundation forum group".split())
#: a law's head word written alone ("the Treaty", "the Act"), read by :func:`_bare_laws`:
#: every report has its own; "bill" is also a man's name
_BARE_LAW_HEADS = LAW_HEADS - {"bill"}
#: the last word of a document's name ("First Information Report", "Afghan Citizen Card",
#: "Computerised National Identity Card") or of a list's ("Exit Control List", the FIA's "Red
#: Book" of wanted men) or of a study's (a think tank's "… Security Profile", issue 17,
#: check-r36): neither a body nor a law, though the model calls lists and studies bodies
DOCUMENT_HEADS = frozenset(
    "report reports card cards list lists book books profile profiles".split()
)
#: words of a building's or a road's name ("Fawara Chowk", "Civil Hospital Karachi",
#: "Jinnah International Airport"); never a person's, a place's or a body's name
FACILITY_WORDS = frozenset(
    {
        "chowk",
        "chowrangi",  # a roundabout ("Numaish Chowrangi")
        "flyover",
        "underpass",
        "road",
        "highway",
        "motorway",
        "bridge",
        "airport",
        "airbase",
        "stadium",
        "mosque",
        "masjid",
        "hospital",
        "jail",
        "prison",
        "tunnel",
        "plaza",
        "bazaar",
        "market",  # "Zainab Market": a market's buildings, which the model calls a place
        # the Urdu word for a market ("Sabzi Mandi", the vegetable market; "Ghalla Mandi",
        # the grain market), which the model calls a man (issue 17, check-r40); it closes a
        # market's name, as "Mandi" opening a town's ("Mandi Bahauddin") is not read
        "mandi",
        "station",
        "ps",  # "Kohsar PS": police station
        "port",  # "Shahid Rajaee Port", which the model called a man (issue 17, check-r35)
        "cantonment",
        "cantt",
    }
)


#: a water work's head that, written alone and capitalised, still names the work ("the Dam",
#: "the Barrage", as a press release writes its own); a road's or a building's head alone
#: ("Road") is left to the model
_BARE_FACILITY_HEADS = frozenset({"dam", "barrage"})
#: the endings of a road written as one word ("Superhighway", "Motorway", "Expressway"): a FAC,
#: which the model calls an event or a body
_ROAD_ENDINGS = ("highway", "motorway", "expressway")
#: the first word of a road's name in Urdu ("Sharea Faisal", "Shahrah-e-Quaideen",
#: "Khayaban-e-Ittehad"): a FAC, which the model calls an organisation
ROAD_OPENERS = frozenset({"sharea", "shahrah", "shahra", "khayaban", "khayaben"})
#: words after "District" that make it a body's, an office's or a building's name, not the
#: district's ("District Council", "District Police Officer", "District Headquarters")
_NOT_A_DISTRICT = (
    frozenset(
        "council court courts administration government headquarters police officer officers "
        "office bar association committee health education judge jail coordination "
        "emergency branch".split()
    )
    | names.TITLES
    | frozenset(names.GENERIC_CLASSES)
    | FACILITY_WORDS
)


#: the last word of an assembly's name that news writes without an organisation word ("Marwat
#: Qaumi Jirga", "Quetta Shura"): a body, though the model reads the words as a man's name
BODY_HEADS = frozenset({"jirga", "shura", "panchayat"})


#: the words of the feasts and holy months news dates things by ("Eidul Fitr", "Eid-ul-Azha",
#: "Ramazan ul Mubarak", "Easter Sunday"): the model takes them for people. "Ramzan" is left
#: out: it is a man's given name as often as the month
OCCASION_WORDS = frozenset(
    "eid eidul fitr azha adha milad nabi ramazan ramadan muharram ashura christmas easter "
    "diwali holi nowruz navroz ul al un mubarak sunday iftar iftari sehri suhoor "
    # the pilgrimages, dated by as the feasts are ("during Haj", "Umrah visas"; issue 17,
    # check-r33: "Haj" was a PERSON)
    "haj hajj umrah".split()
)
_OCCASION_LINKS = frozenset({"ul", "al", "un", "mubarak", "sunday", "nabi"})
#: the last word of a gathering held at a time and place, not a body that acts ("Amarnath
#: Yatra", "Lahore Literary Festival", the "Urs" of a saint, a "Mela"): an EVENT, which the
#: model calls a person or an organisation; and a contest ("Asian Games", the "Great Game" of
#: empires in Afghanistan, which the model called a FAC: issue 17, check-r34)
EVENT_HEADS = frozenset({"festival", "yatra", "pilgrimage", "mela", "urs", "game", "games"})
#: the Urdu and Arabic word for "day" opening a day's name ("Youm-i-Tashakur",
#: "Youm-e-Takbeer", "Yaum-e-Ashur"): an EVENT, which the model calls an organisation
DAY_OPENERS = frozenset({"youm", "yaum", "yom", "yaumul", "youme"})
#: a university's or a college's site named for where it is ("Ravi Campus"): the institution's
#: branch, which the model calls a person (issue 17, check-r26)
_BRANCH_HEADS = frozenset({"campus"})
#: the last word of a boundary's two-word name ("Durand Line", "Blue Line", "Green Line"): a
#: place; the model calls the line a body (issue 17, check-r26); and of a border crossing's
#: ("Wagah Border", "Torkham Crossing"), which it calls a person (issue 17, check-r33: seven
#: mentions of "Wagah Border" were one PERSON entity)
BOUNDARY_HEADS = frozenset({"line", "border", "crossing"})
#: an administrative unit's word closing its name ("Dera Ismail Khan District", "Bisham
#: Tehsil"), as "District" or "Tehsil" opens it ("District Kalat")
_UNIT_CLOSERS = frozenset({"district", "tehsil"})
#: the adherents of a religion or a branch of one, in the plural, closing a name ("Kashmiri
#: Muslims", "Shia Muslims", "Coptic Christians"): a people (NORP), which the model calls
#: persons; general knowledge, as :data:`RELIGIONS` is
PEOPLE_HEADS = frozenset(
    "muslims christians hindus sikhs jews buddhists shias shiites sunnis ahmadis".split()
    # one adherent after a people's or a place's word ("Punjabi Sikh", "Kashmiri Hindu",
    # "Iraqi Shia"): the community, which the model calls a FAC or a person. Singulars that
    # close men's names are left out: "Abu Muslim", "Mohammad Ahmadi", "Fletcher Christian"
    + "sikh hindu jew buddhist shia shiite sunni".split()
)
#: the word that opens a military or police operation's name ("Operation Zarb-i-Azb",
#: "Operation Bunyanum Marsoos"): an EVENT, which the model calls an ORG, a FAC or a person
OPERATION_WORDS = frozenset({"operation"})


#: last words of a hospital's name after "Medical" ("... Medical Centre", "... Medical Complex")
_CARE_HEADS = frozenset({"centre", "center", "complex"})
#: the word before such a head that makes it a hospital's ("Medical Centre", "Trauma Centre",
#: the model's PERSON in issue 17's check-r27)
_CARE_WORDS = frozenset({"medical", "trauma"})


def _spelled_out(name: str, stats: Sequence[AliasStat]) -> str | None:
    """The longer name of the entity whose initials ``name`` (one word) spells, if any (the
    most written of its spellings)."""
    letters = name.replace(".", "").upper()
    if len(letters) < 2:
        return None
    found = [
        s
        for s in stats
        if s.is_name and len(s.text.split()) >= 2 and names.is_initialism(letters, s.text)
    ]
    if not found:
        return None
    # spellings of one name ("... Crimes Act", "... Crime Act"): the most written
    return max(found, key=lambda s: (s.mentions, s.text)).text


def _name_type(
    stats: Sequence[AliasStat], gazetteer: geo.Gazetteer | None, name: str | None = None
) -> str | None:
    """LAW, FAC, ORG (an assembly: "… Jirga") or OTHER (a document) when the entity's name
    -- the spelled-out one, not its acronym: "FIR" is a "First Information Report" -- ends in
    a law's, a facility's, an assembly's or a document's word, or in a facility's word and
    then its city ("Civil Hospital Karachi").
    Only the head counts: "Belt and Road Initiative" is no road, and "Road" alone is no
    name."""
    name = choose_name(stats) if name is None else name
    words = normalize_name(name).split()
    if len(words) == 1 and (whole := _spelled_out(name, stats)) is not None:
        # "Peca", chosen for its count over the "Prevention of Electronic Crime Act" it
        # abbreviates: the kind is the spelled-out name's
        words = normalize_name(whole).split()
    if words and all(w in OCCASION_WORDS for w in words) and words[0] not in _OCCASION_LINKS:
        return "EVENT"  # "Eidul Fitr", "Ramazan", "Easter": a feast or a holy month
    if len(words) == 1 and words[0] in _BARE_LAW_HEADS:
        return "LAW"  # "the Treaty", "the Act": a law's head alone (:func:`_bare_laws`)
    if len(words) == 1 and words[0].endswith(_ROAD_ENDINGS):
        return "FAC"  # "the Superhighway", "Motorway": a road in one word (issue 17, check-r34)
    if len(words) == 1 and words[0] in _BARE_FACILITY_HEADS and not _CAPITALS.fullmatch(name):
        # "the Dam site", "visit of the Dam" (a capitalised head alone, as a press release
        # writes its dam): the facility, whatever else it is, never a body (check-r34's ORG)
        return "FAC"
    if len(words) < 2:
        return None
    part = words
    if len(words) >= 3 and _CODE_LETTERS.fullmatch(name.split()[0]):
        part = words[1:]  # "PPC Section 324": the code's letters, then its part (check-r38)
    if (
        part[0] in _LAW_PART_WORDS
        and part[1][:1].isdigit()
        and all(_LAW_PART_NUMBER.fullmatch(w) for w in part[1:])
    ):
        # "Sections 6", "Section 7(h)": a numbered part of a law, which the model calls a
        # body (issue 17, check-r36)
        return "LAW"
    if words[0] in OPERATION_WORDS or words[-1] in EVENT_HEADS or words[0] in DAY_OPENERS:
        return "EVENT"
    if words[-1] in GATHERING_HEADS and set(words[:-1]) & GATHERERS:
        return "EVENT"  # "Ulema Convention", "Lawyers Convention": who gathers, not a treaty
    if _law_head_at(words) is not None:
        return "LAW"
    if (words[-1] in POLICY_HEADS or words[0] in POLICY_OPENERS) and not (
        set(words) & (set(names.GENERIC_CLASSES) | _POLICY_BODIES)
    ):
        return "LAW"  # not a body named after one ("Washington Institute for Near East Policy")
    if words[-1] in PEOPLE_HEADS:
        return "NORP"
    if words[-1] in BODY_HEADS or words[-1] in _BRANCH_HEADS:
        return "ORG"
    if words[-1] in BOUNDARY_HEADS and len(words) == 2:
        return "LOC"  # "Durand Line", "Blue Line": a boundary, which the model calls a body
    if words[-1] in DOCUMENT_HEADS:
        return "OTHER"
    if words[-1] == "express" and not re.search(r"(?:ian|ese|ish)$|^daily$", words[0]):
        # a train ("Jaffar Express", "Samjhauta Express"); a paper is a people's or a
        # day's ("Indian Express", "Daily Express")
        return "OTHER"
    if words[-1] in FACILITY_WORDS or words[0] in ROAD_OPENERS:
        return "FAC"
    if words[-2] in _CARE_WORDS and words[-1] in _CARE_HEADS:
        return "FAC"  # "Jinnah Postgraduate Medical Centre", a "Trauma Centre": a hospital
    if len(words) >= 3 and words[-2] in FACILITY_WORDS and gazetteer_place(words[-1], gazetteer):
        return "FAC"
    if (
        (words[0] == "district" or words[0] in name_cues.UNIT_OPENERS)
        and (len(words) <= 3 or gazetteer_place(" ".join(words[1:]), gazetteer))
        and not set(words[1:]) & _NOT_A_DISTRICT
    ):
        # "District Naseerabad", "Tehsil Sahiwal", "District Dera Ismail Khan" (a place of
        # three words the gazetteer knows: the model called it a person, issue 17,
        # check-r33), not "District Civil Defence Rawalpindi" (a body): the unit
        return "GPE"
    if (
        words[-1] in _UNIT_CLOSERS
        and (len(words) <= 3 or gazetteer_place(" ".join(words[:-1]), gazetteer))
        and not set(words[:-1]) & _NOT_A_DISTRICT
    ):
        return "GPE"  # "Dera Ismail Khan District", "Lakki Marwat District", "Bisham Tehsil"
    return None


#: the word a state's designation of a militant group opens with ("Fitna al-Khawarij",
#: "Fitna al-Hindustan"): the model reads the Arabic name as a person's, but nobody is named so
_DESIGNATION_WORDS = frozenset({"fitna", "fitnah"})


#: Arabic and Urdu words of a body's name that no person's name holds: "tahrir" (liberation,
#: "Hayat Tahrir al-Sham") and "ittehad" (alliance, "Bara Siyasi Ittehad"); the model reads
#: the names as men's (issue 17, check-r32). General words, as :data:`_DESIGNATION_WORDS`
_MOVEMENT_WORDS = frozenset({"tahrir", "ittehad", "ittihad", "ittehaad"})
#: the word that closes many South Asian women's names ("Sughra Bibi", "Zainab Bibi", "Amna
#: Khatoon"); not "begum", a title that also names a radio station ("Radio Begum")
_WOMANS_NAME_ENDS = frozenset({"bibi", "khatoon", "khatun", "bano"})


def _womans_name(name: str) -> bool:
    """A name of two or three words closed by a woman's name word: a woman, which the model
    calls a place where a case is named after her ("in Sughra Bibi case")."""
    words = normalize_name(name).split()
    return 2 <= len(words) <= 3 and words[-1] in _WOMANS_NAME_ENDS


#: a name written only in capitals, a faction's letter after a hyphen allowed ("JUI-F"); up to
#: six letters, so a dateline or a headline's word in capitals ("MAHRANG") is not read as letters
_CAPITALS = re.compile(
    r"(?=(?:[^A-Z]*[A-Z]){2})(?!(?:[^A-Z]*[A-Z]){7})[A-Z][A-Z.&]*(?:-[A-Z]{1,2})?"
)


#: the world's religions by name: a NORP in the contract (spaCy's "nationalities or religious
#: or political groups"), which the model calls an ORG when it is the subject of a sentence
#: ("Islam is a religion of balance"); general knowledge, as the titles are
RELIGIONS = frozenset(
    "islam christianity hinduism judaism buddhism sikhism jainism zoroastrianism".split()
)


def choose_type(
    stats: Sequence[AliasStat],
    gazetteer: geo.Gazetteer | None = None,
    lone_people: int = 0,
    documents: int = 0,
    name: str | None = None,
) -> str:
    """The entity's type from every mention's vote, corrected by evidence about the name.

    The model calls militias PERSON or GPE and cities ORG; a vote over all
    mentions and documents is the start. Then the name itself: a name built on
    an organisation word ("… Brigade", "… Corps", "Ministry of …") is an ORG;
    a name the gazetteer knows unambiguously as a country, a province or a
    large city ("Quetta", "Balochistan", "Punjab") is a GPE unless a person
    vote wins with a two-word name. A name built on a law's word ("… Act") is a LAW and
    one built on a facility's word ("… Chowk", "… Hospital") a FAC, whatever the model
    said: it calls them ORG or PERSON. Ties are broken by ``TYPE_PRIORITY``.

    ``lone_people``: how many other reports name a person by this entity's one word alone
    (:func:`_lone_people_outside`); ``documents``: this entity's documents. A word the
    model calls a place or a body here but that names a person alone in at least as many
    other reports is a person's name ("Qureshi", "Naeem" typed GPE): once those reports'
    persons are scoped to their report (:func:`corefer`), what stays under the word's
    own key is only the model's other label, and the type is decided per entity from all
    the word's uses, not from the leftovers. A place the gazetteer knows keeps its vote.

    ``name``: :func:`choose_name` of ``stats`` where the caller has it (:func:`summarize`),
    so it is chosen once an entity, not again for each test of the name below.
    """
    # the display name and the names as written, once: each was asked again by every test
    # below, and :func:`refresh` types every entity a batch touches (issue 19)
    name = choose_name(stats) if name is None else name
    named = _names(stats)
    by_name = _name_type(stats, gazetteer, name)
    if by_name is not None:
        return by_name
    if normalize_name(name) in RELIGIONS:
        return "NORP"
    votes: Counter[str] = Counter()
    for stat in named:
        votes[stat.label] += stat.mentions
    winner = max(votes, key=lambda label: (votes[label], -TYPE_PRIORITY.index(label)))
    name_words = {w for stat in named for w in stat.key.split()}
    generic = name_words & set(names.GENERIC_CLASSES)
    if winner in ("PERSON", "GPE", "NORP", "LOC") and generic:
        if not (winner == "PERSON" and {"police"} >= generic):
            return "ORG"
    if winner == "PERSON" and name_words & _DESIGNATION_WORDS:
        return "ORG"
    if winner == "PERSON" and name_words & _MOVEMENT_WORDS:
        return "ORG"  # "Hayat Tahrir al-Sham", "Bara Siyasi Ittehad": a movement, an alliance
    if winner in ("GPE", "LOC") and _womans_name(name):
        return "PERSON"  # "SC's ruling in Sughra Bibi case": the party, no place
    if (
        winner == "PERSON"
        and all(_CAPITALS.fullmatch(stat.text) for stat in named)
        and not all(office_letters.office_word(stat.text) for stat in named)
    ):
        # "JUI-F", "MQM", "AFSC": capitals name a body; initials ("MbS") mix cases; an
        # office's letters ("the RPO said", keyed to its report) name its holder
        return "ORG"
    if winner == "PERSON" and _letters_written_as_word(stats):
        return "ORG"  # "Nadra" beside "NADRA": a body's letters, as news writes them
    if winner == "PERSON" and _region_of_a_country(name, gazetteer):
        return "GPE"  # "Tamil Nadu" typed a person: a state's, a province's whole name
    if winner == "PERSON" and _place_ties_person(votes, name):
        return "GPE" if votes["GPE"] >= votes["LOC"] else "LOC"
    if winner == "ORG" and not generic and _given_name_opens(name, gazetteer):
        return "PERSON"  # "Additional reporting by Imran Gabol": a man, not a body
    top = max(named, key=lambda s: (s.mentions, s.text)).text
    if (
        winner != "PERSON"
        and lone_people
        and lone_people >= documents
        and not generic
        and len(top.split()) == 1
        and not _known_place(top, gazetteer)
        and not gazetteer_place(top, gazetteer)
    ):
        return "PERSON"
    if (
        winner in ("ORG", "GPE", "LOC", "NORP", "FAC")
        and not generic
        and len(top.split()) == 1
        and names.common_lone_name(top)
        and not gazetteer_place(top, gazetteer)
    ):
        return "PERSON"  # "Shah", "Ali": a clan or given name the model took for a body
    # a person of one report whose word a city has ("Hassan said", scoped to its report by
    # :func:`corefer`): the model's place votes are gone with the reading, the city is no
    # evidence (issue 17, session 32)
    one_report = winner == "PERSON" and all(SCOPE in stat.key for stat in named)
    if winner in ("ORG", "NORP", "PERSON", "FAC", "OTHER") and not generic and not one_report:
        person_name = winner == "PERSON" and len(names.strip_titles(top)) >= 2
        if not person_name and _place_by_name(top, name, gazetteer):
            return "GPE"
        if winner == "PERSON" and _known_place(top, gazetteer):
            # "in Kurram" (a place by its cue) half as often as "Kurram" typed a person, and
            # the gazetteer knows the name in one country only: a place the model misreads,
            # of one word or of several ("Khan Yunis", "Dera Ismail Khan", "Bandar Abbas",
            # whose last words look like a person's)
            if 2 * (votes["GPE"] + votes["LOC"]) >= votes["PERSON"]:
                return "GPE"
        if winner == "ORG" and votes["GPE"] + votes["LOC"] >= votes["ORG"]:
            # as many place votes as organisation ones, and no organisation word in the
            # name: the place votes include the cues ("Lowi Mamund tehsil"), the model's
            # ORG is its usual slip on a place it does not know
            return "GPE"
    return winner


def _place_by_name(top: str, name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether the gazetteer knows the entity as a place by its most written form or, where
    that form is letters ("IoK", "AJK"), by the spelled-out name the letters stand for
    ("India-occupied Kashmir"): letters are never looked up (two places share them), so an
    entity written mostly by its letters kept the model's ORG for its whole name (issue 17,
    session 41: "India-occupied Kashmir", 37 mentions, was an ORG)."""
    if gazetteer_place(top, gazetteer):
        return True
    return names.looks_like_acronym(top) and name != top and gazetteer_place(name, gazetteer)


def _given_name_opens(name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether a "body" is two capitalised words, the first a very common given name
    ("Imran Gabol", "Ali Abidi") and the second no body's or place's word: a man the model called an
    organisation (issue 17, check-r34: a reporter credited "Additional reporting by Imran
    Gabol and Nadir Guramani" was an ORG). Not capitals ("ALI TRADERS"), not a place the
    gazetteer knows; three words are left to the model ("Ali Raza Abidi" beside "Ali Bin
    Abi Talib Hospital" cut short)."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if not names.holds_common_given(words[0]) or words[1].lower() in _NAMED_FOR_A_MAN:
        return False
    return not gazetteer_place(name, gazetteer) and not _known_place(name, gazetteer)


#: second words of a body, a building or a place named after a man ("Imran Foundation",
#: "Hamza Trust", "Ali Town"): the given name opens them too
_NAMED_FOR_A_MAN = _POLICY_BODIES | frozenset(
    "trust university college school academy society welfare company traders enterprises "
    "industries bank brothers sons town colony park city abad pur goth mills "
    # an institution's or a building's word the model's span ended on ("Ayub Medical
    # [College]", "Maryam Hostel", Iran's "Nour News")
    "medical hostel hotel house clinic hall club news times tv media".split()
)


def _place_ties_person(votes: Counter[str], name: str) -> bool:
    """Whether as many mentions read the entity as a place as read it as a person, and its
    name is of two or more words, none a title or a common given name: the tie goes to the
    place. Why: a place vote mostly comes from a cue the report writes ("the Wanda
    Shahabkhel area", "in Kurram"), a person vote from the model alone, which reads a
    village it does not know as a man ("between Abbasa Khattak and Wanda Shahabakhel");
    ``TYPE_PRIORITY`` gave the tie to the person, and villages were PERSON (issue 17,
    check-r26). One word is left to the person: on the archive, one-word ties were men's
    given names ("Safdar", "Shahzeb") as often as villages."""
    places = votes["GPE"] + votes["LOC"]
    if not places or places < votes["PERSON"]:
        return False
    words = name.split()
    if len(words) < 2 or len(names.strip_titles(name)) != len(words):
        return False  # "Mr Jandola", "Gen Kurram": a title's holder
    return not names.holds_common_given(name)


def _region_of_a_country(name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether a name of two words, no title and no common given name among them, is the
    whole name of a country's first-order region (a state, a province) the gazetteer knows:
    a place, which the model reads as a man when it does not know it ("Tamil Nadu" typed
    PERSON, issue 17, check-r36). One word is left to the votes ("Victoria", "Georgia" and
    "Washington" are people's names too), and so are three: a region named after a man
    keeps his whole name ("Vietnam's Ho Chi Minh" among leaders was made a place)."""
    if gazetteer is None:
        return False
    words = name.split()
    if len(words) != 2 or len(names.strip_titles(name)) != len(words):
        return False
    if names.holds_common_given(name):
        return False
    wanted = geo.key(name)
    return any(
        p.feature == "ADM1" and p.admin1 is not None and geo.key(p.admin1) == wanted
        for p in gazetteer.candidates(name)
    )


def _letters_written_as_word(stats: Sequence[AliasStat]) -> bool:
    """Whether the entity's one word is written both in capitals and as a word ("NADRA" and
    "Nadra", "NACTA" and "Nacta"): a body's letters, which news styles either way; a man's
    name is written in capitals only in a dateline or a headline, where the model calls it a
    place or leaves it. Only capitals the model read as a person or a body count. Why:
    "Nadra", the registration authority of eleven reports, was a PERSON (issue 17,
    check-r25)."""
    written = _names(stats)
    words = {normalize_name(s.text) for s in written}
    if len(words) != 1 or " " in next(iter(words)):
        return False
    capitals = [s for s in written if s.label in ("PERSON", "ORG") and _CAPITALS.fullmatch(s.text)]
    return bool(capitals) and any(not _CAPITALS.fullmatch(s.text) for s in written)


def _known_place(name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """The gazetteer knows ``name`` (any size) and only in one country."""
    if gazetteer is None or names.looks_like_acronym(name):
        return False
    found = gazetteer.candidates(name)
    return bool(found) and len({p.country for p in found}) == 1


def summarize(
    entity: str,
    stats: Sequence[AliasStat],
    documents: int,
    gazetteer: geo.Gazetteer | None = None,
    lone_people: int = 0,
) -> EntityRow:
    name = choose_name(stats)
    return EntityRow(
        id=entity,
        name=name,
        type=choose_type(stats, gazetteer, lone_people, documents, name),
        mention_count=sum(s.mentions for s in stats),
        document_count=documents,
    )
