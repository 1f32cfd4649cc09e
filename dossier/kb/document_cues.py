"""What a report's cues in one sentence say of a name in all its sentences.

A word names one thing throughout its report: a police station's name
(:func:`_station_names`), a nickname (:func:`_nicknames_follow`), a place shown by a place
noun (:func:`_places_by_cue`), a person shown by a verb of saying or a kinsman
(:func:`_people_by_cue`), a surname (:func:`_surname_throughout`). The model labels each
sentence apart; these rules carry one sentence's evidence to the others. Split out of
:mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from dossier import geo, names
from dossier.extract.nlp import DESCRIPTION
from dossier.kb.entity_keys import base_key, scoped_key
from dossier.kb.mention_words import (
    _ARTICLE_BEFORE,
    _LOCALITY_WORDS,
    _NAME_GOES_ON,
    _NAMED,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_NOUN_BEFORE,
    _PLACE_OWNER,
)
from dossier.kb.name_types import _BARE_LAW_HEADS, FACILITY_WORDS, _known_place, gazetteer_place
from dossier.names import normalize_name
from dossier.records import Mention

_STATION_AFTER = re.compile(r"[ \t]+police[ \t]+station\b")
#: "police" after a name, but not before an officer's word ("police officer", "police chief")
_FORCE_AFTER = re.compile(
    r"[ \t]+police\b(?![ \t]+(?:officers?|officials?|chief|constables?|spokes\w+|station))"
)
#: the first of two stations named together ("attacked the Khurram and Takht-e-Nasrati police
#: stations"): a station too (issue 17, check-r33)
_STATIONS_AFTER = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){1,3}police[ \t]+stations\b")


def _station_names(
    mentions: Sequence[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> set[str]:
    """Keys of one-word names the document uses as a police station's name ("at Baloch
    police station"): there the word names the station, in every sentence of the report
    ("Baloch police had arrested"), and a station of one town is no people or person of
    another report. A large place's name ("Karachi police station") stays the place."""
    found = set()
    for m in mentions:
        # a name of two or three words too ("the Bhara Kahu police station"): the station,
        # which the place of another report's "in Bhara Kahu" held (issue 17, check-r27)
        if m.via != "ner" or not 1 <= len(m.key.split()) <= 3 or m.label == DESCRIPTION:
            continue
        if names.looks_like_acronym(m.text) or set(m.key.split()) & set(names.GENERIC_CLASSES):
            continue
        if (
            _STATION_AFTER.match(text[m.end : m.end + 20])
            or _STATIONS_AFTER.match(text[m.end : m.end + 60])
            or (
                # "Saddar and Chak Badian police arrested": a "person" of two or three words
                # before "police" is the station's name -- no man's name is written before a
                # force (issue 17, check-r33); one word is :func:`_cued_label`'s place
                m.label == "PERSON"
                and " " in m.key
                and _FORCE_AFTER.match(text[m.end : m.end + 30])
            )
        ) and not gazetteer_place(m.text, gazetteer):
            found.add(m.key)
    # a name the report also writes as a place ("in Lowi Mamund tehsil ... the Lowi Mamund
    # police station", "Karachi's Manghopir area ... the Manghopir police station") stays the
    # place: its station is named after it
    placed = {m.key for m in mentions if m.key in found and _placed(m, text)}
    return found - placed


#: "police" right after a name: the station's or the force's name, whatever comes before it
_POLICE_AFTER = re.compile(r"[ \t]+police\b")


def _placed(mention: Mention, text: str) -> bool:
    """Whether ``mention`` is written as a place: a place noun after it ("the Rustam area"),
    "in" or "near" before it, or a place noun and "of" before it ("residents of X"). A name
    of one word counts only where "police" does not follow it: "in Sadiqabad police station"
    names the station, and its "in" is the station's. Why one word too: a station's name of
    one word kept every mention of the word in its report a FAC, "kidnapped from Manghopir",
    "Lahore's Hadiyara area", "the Phulra area of Mansehra district" among them (issue 17,
    session 41: check-r40's "Manghopir" held the place's mentions as a station)."""
    if " " not in mention.key and _POLICE_AFTER.match(text, mention.end):
        return False
    return bool(
        _PLACE_AFTER.match(text, mention.end)
        or _PLACE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        or _PLACE_NOUN_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    )


#: "Maulvi Hikmatullah alias Hamaas", "Fidaur Rehman a.k.a. Gul": the word after is a nickname
_ALIAS_BEFORE = re.compile(r"\b(?:alias|aka|a\.k\.a\.)\s+$", re.IGNORECASE)


def _nicknames_follow(mentions: list[Mention], text: str) -> list[Mention]:
    """A nickname that took the key of the name before "alias" (:func:`_aliases_of_people`)
    ends with that name's final key: when the rules after it keep the name in its report
    ("Kashif", a lone given name), the nickname stays there too, instead of carrying the
    given name's bare key -- one "Kashif alias Jarrar" of one report and one "Kashif alias
    Kashi" of another were one entity through it."""
    out = []
    for mention in mentions:
        if mention.via == "alias":
            gap = _ALIAS_BEFORE.search(text, max(0, mention.start - 10), mention.start)
            owner = None
            if gap is not None:
                owner = next(
                    (
                        m
                        for m in mentions
                        if m.via != "alias"
                        and m.label == "PERSON"
                        and 0 <= gap.start() - m.end <= 1
                        and base_key(m.key) == base_key(mention.key)
                    ),
                    None,
                )
            if owner is not None and owner.key != mention.key:
                mention = replace(mention, key=owner.key)
        out.append(mention)
    return out


def _aliases_of_people(mentions: list[Mention], text: str) -> tuple[list[Mention], set[str]]:
    """A name right after "alias" is a person's nickname: it takes the key of the person
    named just before "alias" when the model found that name; otherwise its key is
    returned among the keys that hold in this document only. A nickname never names
    anybody across documents ("Hamaas" is no "Hamas")."""
    out: list[Mention] = []
    nicknames: set[str] = set()
    for mention in mentions:
        before = text[max(0, mention.start - 10) : mention.start]
        if mention.via != "ner" or not _ALIAS_BEFORE.search(before):
            out.append(mention)
            continue
        gap = _ALIAS_BEFORE.search(before)
        assert gap is not None
        alias_at = mention.start - (len(before) - gap.start())
        owner = next(
            (
                m
                for m in reversed(out)
                if m.label == "PERSON" and 0 <= alias_at - m.end <= 1 and m.via == "ner"
            ),
            None,
        )
        if owner is not None:
            out.append(replace(mention, key=owner.key, label="PERSON", via="alias"))
        else:
            nicknames.add(mention.key)
            out.append(replace(mention, label="PERSON"))
    return out, nicknames


#: "Khyber Pakhtunkhwa’s Bannu", "Karachi’s Surjani Town": an owner of up to three
#: capitalised words, its possessive, and the name it owns
_OWNED_NAME = re.compile(
    r"^(?P<owner>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})['’]s (?P<rest>[A-Z][\w\-]*(?: [\w\-]+)*)$"
)
#: a word that begins a place's name and names nothing alone ("KP’s [North] Waziristan")
_COMPASS_OR_PART = frozenset({"north", "south", "east", "west", "central", "upper", "lower"})


def _owned_places(mentions: list[Mention], gazetteer: geo.Gazetteer | None) -> list[Mention]:
    """A span the model ran over a place and the locality it owns ("Khyber Pakhtunkhwa’s
    Bannu", "Kashmir’s Pahalgam", "Lahore’s Masti Gate Police Station") becomes two
    mentions: the place, and the locality or facility under its own name.

    Kept whole, such a span is an entity of its own that nobody else writes the same way
    ("KP’s Tank" beside every "Tank"), and the province and the town each lose the mention.
    The owner must be a place: one the gazetteer knows in one country or that the document
    itself calls a place. Only a locality is taken out -- one word, or a name ending in a
    locality's or facility's word, or a span the model typed a place; a body keeps its
    owner, which tells it apart ("London’s Metropolitan Police", "Pakistan’s National
    Assembly"), and so does a title ("Iran’s Supreme Leader")."""
    places = {m.key for m in mentions if m.label in ("GPE", "LOC") and m.via == "ner"}
    out: list[Mention] = []
    for m in mentions:
        found = _OWNED_NAME.match(m.text) if m.via == "ner" and m.label != DESCRIPTION else None
        if found is None:
            out.append(m)
            continue
        owner, rest = found.group("owner"), found.group("rest")
        rest_words = rest.lower().split()
        owned_by_place = normalize_name(owner) in places or (
            not names.looks_like_acronym(owner) and _known_place(owner, gazetteer)
        )
        if rest_words[-1] in FACILITY_WORDS:
            label = "FAC"
        elif rest_words[-1] in _LOCALITY_WORDS or len(rest_words) == 1:
            label = "GPE"
        elif m.label in ("GPE", "LOC"):
            label = m.label
        else:
            label = ""
        if (
            not owned_by_place
            or not label
            # a body's or an office's word makes it a body, unless it ends as a building's
            # name ("Masti Gate Police Station")
            or (label != "FAC" and set(rest_words) & (set(names.GENERIC_CLASSES) | names.TITLES))
            or (len(rest_words) == 1 and rest_words[0] in _COMPASS_OR_PART)
        ):
            out.append(m)
            continue
        rest_at = m.start + found.start("rest")
        out.append(
            replace(m, end=m.start + len(owner), text=owner, key=normalize_name(owner), label="GPE")
        )
        out.append(replace(m, start=rest_at, text=rest, key=normalize_name(rest), label=label))
    return out


def _places_of_places(mentions: list[Mention]) -> list[Mention]:
    """ "Kashmir’s Pahalgam" where the document calls "Kashmir" a place: a locality of that
    place (the gazetteer's owners are handled by :func:`_cued_label`)."""
    places = {m.key for m in mentions if m.label in ("GPE", "LOC") and m.via == "ner"}
    out = []
    for m in mentions:
        found = _PLACE_OWNER.match(m.text) if m.label in ("ORG", "FAC", "PERSON") else None
        if (
            found
            and m.via == "ner"
            and normalize_name(found.group(1)) in places
            and found.group(2).lower() not in FACILITY_WORDS
        ):
            m = replace(m, label="GPE")
        out.append(m)
    return out


def _people_by_surname(mentions: list[Mention]) -> list[Mention]:
    """A two-word name the model typed an organisation or a facility ("Imran Baloch" ORG,
    "Gulzadi Baloch" FAC) whose last word is the surname of a person the document names in
    full is a person too: news lists people by given name and shared surname. Not when
    the document also uses the name as a place ("Lowi Mamund tehsil" beside "Najib Khan
    Mamund")."""
    surnames = {
        m.key.split()[-1]
        for m in mentions
        if m.label == "PERSON" and len(m.key.split()) >= 2 and m.via == "ner"
    }
    places = {m.key for m in mentions if m.label in ("GPE", "LOC")}
    out = []
    for m in mentions:
        words = m.key.split()
        if (
            m.via == "ner"
            and m.label in ("ORG", "FAC")
            and len(words) == 2
            and m.key not in places  # "Lowi Mamund tehsil" in the same report
            and words[-1] in surnames
            and not set(words) & set(names.GENERIC_CLASSES)
            and not set(words) & FACILITY_WORDS
            and all(w[:1].isupper() for w in m.text.split())
        ):
            m = replace(m, label="PERSON")
        out.append(m)
    return out


def _bare_laws(mentions: list[Mention], document_id: str) -> list[Mention]:
    """A law's or treaty's head word alone ("the Treaty", "the Act") names the one law of its
    report whose name ends in that word ("Indus Waters Treaty ... the Treaty"), and holds only
    in its report otherwise: as a cross-document key "Treaty" joined the Indus Waters Treaty of
    one report to the Durand Line agreement of another (issue 17: a generic head links only
    inside its document, to one unambiguous full name there)."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        words = m.key.split()
        if (
            m.via in _NAMED
            and m.label != DESCRIPTION
            and len(words) >= 2
            and words[-1] in _BARE_LAW_HEADS
        ):
            heads.setdefault(words[-1], set()).add(m.key)
    out = []
    for m in mentions:
        words = [w for w in m.key.split() if w != "the"]
        if (
            m.via not in _NAMED
            or m.label == DESCRIPTION
            or len(words) != 1
            or words[0] not in _BARE_LAW_HEADS
        ):
            out.append(m)
            continue
        full = heads.get(words[0], set())
        if len(full) == 1:
            out.append(replace(m, key=next(iter(full)), label="LAW"))
        else:
            out.append(replace(m, key=scoped_key(m.key, document_id), label="LAW"))
    return out


#: a possessive and a kinsman or a friend after a word ("Mahrang’s sister", "Armaghan’s
#: father"): bodies and places have no sisters, so the word names a person
_KIN_AFTER = re.compile(
    r"['’]s[ \t]+(?:father|mother|sons?|daughters?|brothers?|sisters?|wife|husband|widow|"
    r"friends?|cousins?|uncle|nephew|niece|grand(?:father|mother|son|daughter))\b"
)
#: a verb of saying right after a word: a place the gazetteer does not know as a country or a
#: large city does not speak ("Nadia said", "Nadia alleged")
_SPEAKS_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|added|alleged|wrote|claimed|stated|urged|demanded|asserted|"
    r"maintained|lamented|recalled|pointed[ \t]+out|stressed|insisted|reiterated|vowed)\b"
)


def _people_by_cue(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """One-word names the model typed a place or a body that the report shows are a person:
    a kinsman after the word ("Armaghan’s father"), or, for a "place", a verb of saying
    ("Nadia said"); never a name the gazetteer knows, of any size or country ("Shikarpur" is a
    town in two), nor one after "in"/"near". A word names one thing throughout
    its report, so every mention of the word there becomes a person, and the person rules
    (:func:`_lone_person`, :func:`_full_name`) then keep it in its report or join it to the
    report's full name. Why per report: the model labels each sentence apart, so a woman's
    given name came out a place in one sentence and a person in the next, and the
    entity's type vote was the model's majority slip ("Nadia" GPE, "Armaghan" ORG)."""
    cued: set[str] = set()
    for m in mentions:
        if m.via not in _NAMED or m.label not in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            continue
        word = m.text.strip()
        if " " in word or not word[:1].isupper() or not word[1:].islower() or len(word) < 3:
            continue
        if m.key in names.GENERIC_CLASSES or m.key in names.TITLES:
            continue
        if _ARTICLE_BEFORE.search(text[max(0, m.start - 5) : m.start]):
            continue  # "the Baloch’s", "the Taliban said": a people or a body
        if _PLACE_BEFORE.search(text, max(0, m.start - 6), m.start):
            continue  # "a police officer in Shikarpur says": the place, and a man in it
        kin = _KIN_AFTER.match(text, m.end)
        speaks = m.label in ("GPE", "LOC") and _SPEAKS_AFTER.match(text, m.end)
        if (kin or speaks) and not (gazetteer and gazetteer.candidates(word)):
            cued.add(m.key)
    if not cued:
        return mentions
    return [
        replace(m, label="PERSON")
        if m.key in cued and m.via in _NAMED and len(m.key.split()) == 1
        else m
        for m in mentions
    ]


def _cut_from_whole(mention: Mention, text: str) -> bool:
    """Whether a word linked to a longer name ends that name written whole where it stands
    ("Khyber [Pakhtunkhwa]"): a piece the model cut, not a word of its own."""
    before = normalize_name(text[max(0, mention.start - 40) : mention.end])
    return mention.key != normalize_name(mention.text) and before.endswith(" " + mention.key)


def _two_word_places(mentions: Sequence[Mention], text: str) -> set[str]:
    """Two-word keys the model itself calls a place right after "in"/"near", where no name
    goes on after them ("crossed three posts of the Frontier Constabulary in [Darra
    Adamkhel], one of ..."): the report's place, whose other mentions the model read as a man
    ("from Darra Adamkhel of Kohat", "Both belonged to Darra Adamkhel"; issue 17, check-r36,
    two PERSON mentions outvoting one GPE). No title's word ("in General Munir")."""
    return {
        m.key
        for m in mentions
        if m.via in _NAMED
        and m.label in ("GPE", "LOC")
        and len(m.key.split()) == 2
        and all(w[:1].isupper() for w in m.text.split())
        and _PLACE_BEFORE.search(text, max(0, m.start - 6), m.start)
        and not _NAME_GOES_ON.match(text, m.end)
        and not set(m.key.split()) & names.TITLES
    }


#: the nouns of a land feature that close a place's name ("Wakhan Corridor", "Neelum Valley")
_FEATURE_NOUNS = frozenset("corridor valley strip peninsula plateau desert".split())


def _feature_openers(mentions: Sequence[Mention]) -> set[str]:
    """One-word keys that open a two-word place of the report closed by a land feature's
    noun ("Wakhan" of "Wakhan Corridor"): the report's word for that place, which the model
    reads as a man where it stands alone ("Wakhan is part of Afghan territory"; issue 17,
    check-r36)."""
    return {
        words[0]
        for m in mentions
        if m.via in _NAMED
        and m.label in ("GPE", "LOC")
        and len(words := m.key.split()) == 2
        and words[1] in _FEATURE_NOUNS
        and m.text[:1].isupper()
    }


def _places_by_cue(mentions: list[Mention], text: str) -> list[Mention]:
    """One-word "persons" the report shows are a place: the word is written before a place
    noun in one sentence ("the Ochat and Mandori areas", which :func:`_cued_label` made a
    place) and nowhere with a man's cue (a verb of saying or a kinsman after it), and no
    full person name of the report holds it. A word names one thing throughout its report,
    so its bare mentions in lists of villages ("in Bagan, Charkhel, Mandori, Ochat and
    adjacent areas"), which the model reads as men, are the place too. Why per report:
    the model labels each sentence apart, and the entity's type vote was the majority of
    its slips (a village of Kurram typed PERSON in eleven mentions). Only the model's
    PERSON moves: an organisation before "areas" ("Taliban-held areas") stays a body."""
    people_words = {
        w
        for m in mentions
        if m.label == "PERSON" and len(m.key.split()) >= 2
        for w in m.key.split()
    }
    placed = (
        (
            {
                m.key
                for m in mentions
                if m.via in _NAMED
                and m.label in ("GPE", "LOC")
                and len(m.key.split()) == 1
                and _PLACE_AFTER.match(text, m.end)
            }
            - people_words
            - set(names.TITLES)
            - set(names.GENERIC_CLASSES)
        )
        | _two_word_places(mentions, text)
        | (_feature_openers(mentions) - people_words)
    )
    if not placed:
        return mentions
    placed -= {
        m.key
        for m in mentions
        if m.key in placed and (_SPEAKS_AFTER.match(text, m.end) or _KIN_AFTER.match(text, m.end))
    }
    return [
        replace(m, label="GPE")
        if m.key in placed and m.via in _NAMED and m.label == "PERSON"
        else m
        for m in mentions
    ]


#: a noun after a word, which makes the word its modifier ("Baloch rights", "Baloch HRDs"):
#: a lower-case word other than a function word or a verb ("were", "went": "the father and
#: Shakeel were killed" is no modifier), or capital letters
_MODIFIES_NOUN = re.compile(
    r"[ \t]+(?!(?:this|that|these|those|and|or|but|at|in|on|to|for|of|with|from|by|as|is|"
    r"was|were|are|has|had|have|would|will|could|should|may|might|must|also|then|who|which|"
    r"went|did|does|himself|herself|said|says|told)\b)(?:[a-z]+(?<!ed)\b|[A-Z]{2,}s?\b)"
)


def _unknown_word(name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether the gazetteer holds no place of that name, of any size or country: then a
    word the report has joined to one man's name at least once has no place to name
    ("Shakeel Ahmad Khan ... funeral prayers had been offered for Shakeel"), however often
    the model labelled it a place in the other sentences."""
    return gazetteer is not None and not gazetteer.candidates(name)


def _surname_throughout(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """A word the report takes as one man's surname at least as often as it leaves it a
    "place" names him in its other sentences too, where the gazetteer does not make the word
    a place: neither a name of one country's places (:func:`_known_place`) nor one that is a
    place wherever it is (:func:`gazetteer_place`) -- a small name shared by villages of
    several countries can still be his: "after Ocalan this week called", "as Ocalan wanted"
    (a lower-case word after it reads like a place's or a people's adjective, so the surname
    rule let them be), beside five "Ocalan"s joined to "Abdullah Ocalan". Why: a word names
    one thing in one report, and the model's sentence-by-sentence labels had split the man
    into a person and a "place" entity of his surname."""
    linked: dict[str, set[str]] = {}
    for m in mentions:
        if m.via == "surname" and len(m.text.split()) == 1:
            linked.setdefault(normalize_name(m.text), set()).add(m.key)
    if not linked:
        return mentions
    # a word the report also puts before a noun or after an article ("Baloch rights
    # activists", "a Baloch advocacy group", "Baloch HRDs") is a people's or a place's there
    modifiers = {
        m.key
        for m in mentions
        if m.key in linked
        and m.via in _NAMED
        and (
            _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)
            or _MODIFIES_NOUN.match(text, m.end)
        )
    }
    joined = Counter(normalize_name(m.text) for m in mentions if m.via == "surname")
    left = Counter(
        m.key for m in mentions if m.via in _NAMED and m.label in ("GPE", "LOC") and m.key in linked
    )
    # the model's "body" for the word, left too ("a case against Sammi and five others",
    # "While Sammi surrendered", beside four "Sammi"s joined to "Sammi Deen Baloch"; issue 17,
    # check-r33): his, where the word is no acronym and the report joins it at least as often
    # as it leaves it a place or a body -- "Hamas" written alone five times beside one
    # "Khalil Hamas" stays the group
    bodies = Counter(
        m.key for m in mentions if m.via in _NAMED and m.label == "ORG" and m.key in linked
    )
    out = []
    for m in mentions:
        owners = linked.get(m.key, set())
        body = m.label == "ORG" and not names.looks_like_acronym(m.text)
        if (
            m.via in _NAMED
            and (m.label in ("GPE", "LOC") or body)
            and m.key not in modifiers
            and len(owners) == 1
            and (
                joined[m.key] >= left[m.key] + bodies[m.key]
                if body
                else joined[m.key] >= left[m.key] or _unknown_word(m.text, gazetteer)
            )
            and not _known_place(m.text, gazetteer)
            and not gazetteer_place(m.text, gazetteer)
        ):
            m = replace(m, key=next(iter(owners)), label="PERSON", via="surname")
        out.append(m)
    return out
