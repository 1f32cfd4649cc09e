"""Mention spans mended: a name the model cut, ran past or joined.

Surnames and given names are tied to the one full name of the report they belong to
(:func:`_full_name`); a span cut inside a person's, a facility's, a law's or a locality's
name is grown back (:func:`_whole_person`, :func:`_whole_facility`, :func:`_whole_law`),
one run past its name trimmed (:func:`_trimmed`), and two spans of one name joined
(:func:`_joined_people`). Mending the span comes before typing and keying it. Split out of
:mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dossier import geo, names
from dossier.extract.nlp import DESCRIPTION
from dossier.kb.mention_words import (
    _CHAMBER_WORDS,
    _COMPASS,
    _NOT_NAME_WORDS,
    _PEOPLES_ENDING,
    _PLACE_AFTER,
)
from dossier.kb.name_types import BODY_HEADS, FACILITY_WORDS
from dossier.names import normalize_name
from dossier.records import Mention

#: a title the report writes right before a person's name, perhaps with its letters in
#: brackets: "Station House Officer (SHO) Usman Darr", "Gen Asim Darr"
_WORDS_BEFORE = re.compile(r"((?:[^\s;:!?“”\"]+[ \t]+){1,3})$")


def _written_titles(full_key: str, people: Sequence[Mention], text: str) -> frozenset[str]:
    """The kinds of title (:func:`dossier.names.title_kinds`) the report gives a full name,
    in the name itself or in the one to three words right before it, anywhere it writes it.
    The model's span often leaves the title out ("Station House Officer (SHO) [Usman Darr]")."""
    kinds: set[str] = set()
    for p in people:
        if p.key != full_key:
            continue
        kinds |= names.title_kinds(p.text)
        before = _WORDS_BEFORE.search(text, max(0, p.start - 60), p.start)
        if before is None:
            continue
        words = before.group(1).split()
        for size in range(1, len(words) + 1):
            kinds |= names.title_kinds(" ".join([*words[-size:], p.text]))
    return frozenset(kinds)


def _titles_clash(short: Mention, full_key: str, people: Sequence[Mention], text: str) -> bool:
    """Whether a titled short name ("Mullah Darr") and the full name it fits ("SHO Usman
    Darr") carry titles of different kinds and none in common (issue 17: a militant
    commander joined the police officer of his report who shares his last name). The
    title is what tells two people of one surname apart, in a report as across reports
    (:func:`dossier.names.titles_differ`)."""
    mine = names.title_kinds(short.text)
    if not mine:
        return False
    return names.kinds_differ(mine, _written_titles(full_key, people, text))


#: the formula that names a person's parent or spouse to identify him ("Haroon Jameel, son of
#: Muhammad Jamil", "s/o Allah Rakha")
_KIN_OF_BEFORE = re.compile(
    r"\b(?:sons?|daughters?|wife|widow|husband|father|mother|s/o|d/o|w/o)[ \t]+of[ \t]+$"
    r"|\b(?:s/o|d/o|w/o)[ \t]+$",
    re.IGNORECASE,
)


def _only_as_kin(full_key: str, people: Sequence[Mention], text: str) -> bool:
    """Whether the report writes a full name only to identify somebody else by it ("son of
    Muhammad Jamil"): that parent is not the man the report goes on to name by one word
    ("Jamil's uncle ... the agent sent Jamil to Libya" is the son)."""
    written = [p for p in people if p.key == full_key]
    return bool(written) and all(
        _KIN_OF_BEFORE.search(text, max(0, p.start - 16), p.start) for p in written
    )


def _full_name(short: Mention, people: Sequence[Mention], text: str = "") -> Mention | None:
    """The one longer person name in the document that ``short`` is a surname of; with the
    report's ``text``, never one the report gives a title of another kind
    (:func:`_titles_clash`), nor one it writes only as somebody's parent or spouse
    (:func:`_only_as_kin`)."""
    if len(short.key.split()) > 2:
        return None
    neighbours = _list_neighbours(short, people, text) if text else frozenset()
    matches = {
        p.key: p
        for p in people
        if p.key != short.key
        and names.surname_match(short.text, p.text)
        and p.key not in neighbours
        and not (text and _titles_clash(short, p.key, people, text))
        and not (text and _only_as_place(p.key, people, text))
    }
    if text and len(matches) == 1 and _only_as_kin(next(iter(matches)), people, text):
        return None
    if len(matches) != 1:
        return None
    (full,) = matches.values()
    return None if _begins_another(short, full.key, people) else full


#: what stands between two items of one list: a comma, "and", or both
_LIST_GLUE = re.compile(r"(?:,|,?[ \t]+and)[ \t]+")


def _list_neighbours(short: Mention, people: Sequence[Mention], text: str) -> frozenset[str]:
    """The keys of the people written as the items right before or right after ``short`` in
    one list ("identified as Fazl Amin, [Hazrat Amin], Ahmed"): a writer who lists two names
    names two people, so neither is the other's short form, however a title read in one
    ("Hazrat", also a man's first name) leaves it. Why: the one "Fazl Amin" of the report
    took "Hazrat Amin", another of the dead, as his surname (issue 17, check-r26)."""
    return frozenset(
        p.key
        for p in people
        if (p.end <= short.start and _LIST_GLUE.fullmatch(text, p.end, short.start))
        or (short.end <= p.start and _LIST_GLUE.fullmatch(text, short.end, p.start))
    )


#: "in" or "near" before a name, or before a list of capitalised names that it ends after
#: "and" ("in Dera Murad Jamali, Sibi, Noshki, and [Qila Saifullah]", "in Sibi and [Qila
#: Saifullah]"); not a name after a comma that opens a clause ("in Kohat, [Muhammad Ali
#: Saif], adviser to ...")
_IN_PLACES_BEFORE = re.compile(
    r"\b(?:in|near)[ \t]+(?:(?:[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*,[ \t]+)*"
    r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*,?[ \t]+and[ \t]+)?$"
)


def _only_as_place(key: str, people: Sequence[Mention], text: str) -> bool:
    """Whether the report writes a "person" of the model's only where a place stands: after
    "in" or "near", alone or ending a list of names after it ("FIRs registered in Sibi,
    Noshki, and Qila Saifullah"). Such a name is a district or town, and a lone word it ends
    ("two of whom, Saifullah and Usama, were injured") is no short form of it."""
    written = [p for p in people if p.key == key]
    if not written:
        return False
    for p in written:
        before = text[max(0, p.start - 120) : p.start]
        if text.startswith(("'s", "’s"), p.end) or not _IN_PLACES_BEFORE.search(before):
            return False
    return True


#: a capitalised word right before a lone name: the name is the end of a longer one
_CAPITAL_BEFORE = re.compile(r"(?:^|[^.!?:;\"“\s])[ \t]+([A-Z][a-z]+)[ \t]+$")


def _rest_of_unknown_name(mention: Mention, text: str) -> bool:
    """A lone person word right after a capitalised word that is no title ("Mahrang and
    Beebow Baloch", "Beebow" unrecognised): it ends a name the model did not find, so it is
    no reference to the document's one full name with that surname."""
    if len(mention.text.split()) != 1 or mention.via not in ("ner", "surname"):
        return False
    found = _CAPITAL_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    if not found:
        return False
    word = found.group(1).lower()
    return word not in names.TITLES and word not in _NOT_NAME_WORDS


def _whole_name(mention: Mention, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The document's mention of the two-word name a lone word ends ("Pakhtunkhwa" cut
    from "Khyber Pakhtunkhwa"), or None."""
    found = _CAPITAL_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    if not found:
        return None
    key = normalize_name(f"{found.group(1)} {mention.text}")
    return next((m for m in mentions if m.key == key and m.via == "ner"), None)


#: the capitalised word right after a span, on its line ("‘[Durand] Line’")
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][\w\-]*)")


def _name_it_begins(mention: Mention, text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The report's name that a one-word "person" begins where it stands: the model cut the
    span before the name's next word ("the contested ‘[Durand] Line’" beside six whole
    "Durand Line"s), so the piece is that name, widened over the word, and not the surname of
    the one man of the report it would otherwise fit ("Mortimer Durand"). The whole name must
    be written whole elsewhere in the report. Why: the man's entity held the line's cut word
    (issue 17, check-r26)."""
    if mention.label != "PERSON" or mention.via not in ("ner", "surname"):
        return None
    if len(mention.text.split()) != 1:
        return None
    after = _CAPITAL_AFTER.match(text, mention.end)
    if after is None:
        return None
    key = normalize_name(f"{mention.text} {after.group(1)}")
    whole = next((m for m in mentions if m.key == key and m.via == "ner"), None)
    if whole is None or any(
        m is not mention and m.start < after.end() and m.end > mention.end for m in mentions
    ):
        return None
    return replace(
        mention,
        end=after.end(),
        text=text[mention.start : after.end()],
        key=whole.key,
        label=whole.label,
        via="ner",
    )


def _span_of_whole(
    mention: Mention, whole: Mention, text: str, mentions: Sequence[Mention]
) -> Mention:
    """The cut piece's span widened to the whole name it ends ("[Khyber Pakhtunkhwa]" for
    the model's "Pakhtunkhwa", "[Eidul Fitr]" for "Fitr"), so the entity holds the name as
    written, not a fragment of it; unchanged when another mention holds the words before."""
    start = mention.end - len(whole.text)
    if start < 0 or normalize_name(text[start : mention.end]) != whole.key:
        return mention
    if any(m is not mention and m.start < mention.start and m.end > start for m in mentions):
        return mention
    return replace(mention, start=start, text=text[start : mention.end])


def _begins_another(short: Mention, full_key: str, people: Sequence[Mention]) -> bool:
    """Whether a lone name linked to ``full_key`` as its surname also begins another
    person's name in the document ("Malik" of "Aliya Hamza Malik" beside "Malik Asghar"):
    news calls people by either, so it fits two of them and names neither for sure."""
    words = names.strip_titles(short.text)
    if len(words) != 1:
        return False
    word = normalize_name(words[0])
    # an assembly the model took for a man ("Marwat Qaumi Jirga") is nobody a lone word
    # begins: read as a person, it kept "Mr Marwat" from the report's "Akhtar Munir Marwat",
    # and the word then joined a tribe's (issue 17, check-r32)
    return any(
        p.key != full_key
        and len(p.key.split()) >= 2
        and p.key.split()[0] == word
        and p.key.split()[-1] not in BODY_HEADS
        for p in people
    )


#: words a span may not begin or end with: a demonstrative before a name ("this Fitna al
#: Hindustan") and a function word after it ("Khyber Pakhtunkhwa and") are the sentence's
_LEADING_DEMONSTRATIVE = re.compile(r"^(?:this|that|these|those)\s+(?=[A-Z])")
#: a compass word that ends the office before a person's name ("SSP [South Syed Asad Raza]")
_LEADING_COMPASS = re.compile(r"^(?:North|South|East|West|Central)\s+(?=[A-Z])")
_TRAILING_FUNCTION = re.compile(r"(?:\s+(?:of|the|and|or|for|in|on|at|to|by|with))+$")
#: "etc" glued to the end of a name ("Malir.etc", "Sharea Faisal.etc"): a list's closing word
#: the model ran into the list's last name (issue 17, round 39)
_GLUED_ETC = re.compile(r"(?:[ \t]*[.,][ \t]*|[ \t]+)etc\.?$")


#: the capitalised word that ends a locality's name in South Asian news ("Millat Town", "Changla
#: Gali", "Faisal Colony", "Jhalawan Sabzal Mandi"), right after a span the model cut before it
_LOCALITY_AFTER = re.compile(r"[ \t]+(?:Town|Colony|Gali|Mandi|Nagar|Goth|Bazaar)\b(?![’'-])")


#: a weapon's noun right after a name: the name is the weapon's model ("Harop drones", "Brahmos
#: missiles", "Kalashnikov rifles"), a thing, not the body the model reads it as
_WEAPON_AFTER = re.compile(
    r"[ \t-]+(?:(?:cruise|ballistic|fighter)[ \t]+)?"
    r"(?:drones?|missiles?|jets?|loitering[ \t]+munitions?|rifles?|helicopters?)\b"
)
#: "the" right before a one-word name
_THE_THING = re.compile(r"\b[Tt]he[ \t]+$")


def _weapon_models(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """A name the report writes before a weapon's noun at least as often as without one
    ("25 Harop drones", "these Harop drones", "Harop, with its folding wings") is the
    weapon's model: OTHER throughout the report, whatever the model said (ORG, PERSON,
    NORP). A group's name before its weapons ("Hezbollah drones") is written alone far
    more often, and a people's or a place's ("Indian", "Israeli", a town the gazetteer
    knows) says whose weapons, so neither is touched; nor are letters ("IAF jets") or a
    body's words ("Pakistan Air Force jets")."""
    counts: dict[str, list[int]] = {}
    for m in mentions:
        if m.label not in ("ORG", "PERSON", "NORP", "FAC", "LOC") or m.via == DESCRIPTION:
            continue
        seen = counts.setdefault(m.key, [0, 0, 0])
        if _WEAPON_AFTER.match(text, m.end):
            seen[0] += 1
        elif _THE_THING.search(text, max(0, m.start - 4), m.start) and " " not in m.text:
            seen[1] += 1  # "the Harop is known for ...": a thing once its noun is given
        else:
            seen[2] += 1
    models = {
        key
        for key, (before_weapon, the_thing, other) in counts.items()
        if before_weapon and before_weapon + the_thing >= other
    }
    models = {
        key
        for key in models
        if not any(w in names.GENERIC_CLASSES for w in key.split())
        and not any(_PEOPLES_ENDING.search(w) for w in key.split())
        and not (gazetteer is not None and gazetteer.candidates(key))
    }
    out = []
    for m in mentions:
        if (
            m.key in models
            and m.label not in ("OTHER", "PERSON")
            and not names.looks_like_acronym(m.text)
        ):
            # a "person" stays one: weapons are named after their makers ("Kalashnikov
            # rifles"), and the model's PERSON is the surer reading of such a name
            m = replace(m, label="OTHER")
        out.append(m)
    return out


#: the capitalised head of a facility's name right after a one-word span the model ended before
#: it ("[Fawara] Chowk", "[Numaish] Chowrangi", "[Quaid-e-Azam] Bridge")
_FACILITY_HEAD_AFTER = re.compile(
    r"[ \t]+(?:Chowk|Chowrangi|Road|Highway|Motorway|Bridge|Flyover|Underpass|Plaza|Market|"
    r"Cantonment|Airport|Stadium|Mosque|Masjid)\b(?![’'-])"
)


def _whole_facility(mention: Mention, text: str) -> Mention:
    """A one-word span the model ended before its facility's head grown over it, and a
    facility: "arrived at [Fawara] Chowk" was a place "Fawara" of its own in reports that
    never write the square's name as one span, beside the square's entity (issue 17,
    check-r27; the cut head alone is dropped by :func:`name_cues.cut_head`). The name's
    own word before its head names the facility, as "Ben Gurion" of "Ben Gurion airport"
    does (check-r25)."""
    if mention.via != "ner" or mention.label == DESCRIPTION or " " in mention.text.strip():
        return mention
    found = _FACILITY_HEAD_AFTER.match(text, mention.end)
    if found is None or not mention.text[:1].isupper() or names.looks_like_acronym(mention.text):
        return mention
    name = text[mention.start : found.end()]
    return replace(mention, end=found.end(), text=name, key=normalize_name(name), label="FAC")


#: a law's head written in lower case right after a name, then the clause goes on ("the
#: so-called Caesar act, which", "the Waqf amendment bill that"); a verb "act" is followed by
#: its adverb or object ("the Houthis act independently"), which this leaves out
_LAW_HEAD_AFTER = re.compile(
    r"[ \t]+(?:\(?amendment\)?[ \t]+)?(?:act|bill|ordinance)\b(?=[,.;:)]|[ \t]+(?:which|that"
    r"|was|is|has|had|will|would|of|in|and|to|on|for|as|were|are)\b)"
)
#: what opens a law's name written so: the article or "so-called"; not "a"/"an" ("a US law")
_LAW_OPENER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ss]o-called)[ \t]+$")


def _whole_law(mention: Mention, text: str) -> Mention:
    """A name the model ended before a law's head written in lower case, grown over it, and a
    law: "the so-called Caesar act" was a "Caesar" that joined an opinion piece's allusions to
    Julius Caesar (issue 17, check-r36's false merge); the law is named by its whole name,
    as "Caesar Act" would be. A short form the report defines in brackets ("... Crimes Act
    2016 (Peca)") already names its law, whose head "the Peca act" only repeats: grown, it
    left the law's entity for one of its own."""
    if mention.via != "ner" or mention.label == DESCRIPTION or not mention.text[:1].isupper():
        return mention
    if f"({mention.text.strip()})" in text:
        return mention
    found = _LAW_HEAD_AFTER.match(text, mention.end)
    if found is None or not _LAW_OPENER_BEFORE.search(
        text, max(0, mention.start - 12), mention.start
    ):
        return mention
    name = text[mention.start : found.end()]
    return replace(mention, end=found.end(), text=name, key=normalize_name(name), label="LAW")


def _whole_locality(mention: Mention, text: str) -> Mention:
    """A span the model ended before its locality word ("[Millat] Town police area",
    "[Changla] Gali police station") grown over it, and a place: cut, the piece is a word
    that names nothing ("Millat") or another place spelled alike ("Changla" as "Shangla")."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return mention
    found = _LOCALITY_AFTER.match(text, mention.end)
    if found is None or not mention.text[:1].isupper():
        return mention
    name = text[mention.start : found.end()]
    return replace(mention, end=found.end(), text=name, key=normalize_name(name), label="GPE")


def _trimmed(mention: Mention) -> Mention:
    """A span the model ran past its name, trimmed to the name: a leading "this"/"that",
    a compass word that ends an office before a person of three words or more ("SSP South
    Syed Asad Raza"), trailing function words ("health ministry of the", "Khyber
    Pakhtunkhwa and"), and a glued "etc" ("Malir.etc"), cut first."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return mention
    text, start = mention.text, mention.start
    etc = _GLUED_ETC.search(text)
    if etc is not None and text[: etc.start()].strip():
        text = text[: etc.start()]
    lead = _LEADING_DEMONSTRATIVE.match(text)
    if lead is None and mention.label == "PERSON" and len(text.split()) >= 3:
        lead = _LEADING_COMPASS.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    trail = _TRAILING_FUNCTION.search(text)
    if trail and trail.start() > 0:
        text = text[: trail.start()]
    if text == mention.text:
        return mention
    return replace(mention, start=start, end=start + len(text), text=text, key=normalize_name(text))


#: a chamber's name run on into the name of the man who follows it: "Opposition Leader in the
#: [National Assembly Omar Ayub Khan]", "Leader of the Opposition in the [Senate Shibli Faraz]"
_CHAMBER_THEN_NAME = re.compile(
    r"^(?:[A-Z][a-z]+[ \t]+)*(?:Assembly|Senate|Parliament|Council|Cabinet)[ \t]+"
    r"((?:[A-Z][a-z’'\-]+[ \t]+){1,3}[A-Z][a-z’'\-]+)$"
)
_IN_THE_BEFORE = re.compile(r"\b(?:in|of)[ \t]+the[ \t]+$")


def _person_after_chamber(mention: Mention, text: str) -> Mention:
    """The man's name cut out of a span that runs a chamber into it, after "in the" or "of
    the" (the office's phrase: "Opposition Leader in the National Assembly Omar Ayub Khan"):
    the person the sentence names, typed PERSON, so his name meets his other mentions; the
    chamber is the office's, and names no actor here. A run of words that holds a body's,
    a title's or a building's word is left whole ("… Assembly Standing Committee")."""
    if mention.via != "ner" or mention.label not in ("ORG", "FAC", "GPE", "NORP"):
        return mention
    found = _CHAMBER_THEN_NAME.match(mention.text)
    if found is None or not _IN_THE_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return mention
    name = found.group(1)
    words = {w.lower() for w in name.split()}
    if words & (set(names.GENERIC_CLASSES) | names.TITLES | _CHAMBER_WORDS | FACILITY_WORDS):
        return mention
    start = mention.start + found.start(1)
    return replace(
        mention,
        start=start,
        end=start + len(name),
        text=name,
        key=normalize_name(name),
        label="PERSON",
    )


#: "of" and capitalised words after a span, on its line ("[Joint Chiefs] of Staff Committee")
_OF_NAME_AFTER = re.compile(r"[ \t]+of(?:[ \t]+[A-Z][a-z]+){1,3}\b")


def _whole_body(
    mention: Mention,
    text: str,
    taken: Sequence[tuple[int, int]],
    gazetteer: geo.Gazetteer | None = None,
) -> Mention:
    """An organisation's name the model cut before "of" ("[Joint Chiefs] of Staff
    Committee"), grown over "of" and the capitalised words after it up to an organisation
    noun (Committee, Council, Ministry…), when they name no place and hold no other
    mention: what is left out is the head that says what the body is."""
    if mention.via != "ner" or mention.label not in ("ORG", "PERSON"):
        return mention
    after = _OF_NAME_AFTER.match(text, mention.end)
    if after is None:
        return mention
    words = list(re.finditer(r"[A-Z][a-z]+", after.group(0)))
    heads = [w for w in words if w.group(0).lower() in names.GENERIC_CLASSES]
    if not heads:
        return mention
    end = mention.end + heads[-1].end()
    part = [w.group(0) for w in words if w.end() <= heads[-1].end()]
    if gazetteer is not None and any(gazetteer.candidates(w) for w in part):
        return mention  # "… of Pakistan Army": a body of a place the model kept apart
    if any(a < end and b > mention.end for a, b in taken):
        return mention
    whole = text[mention.start : end]
    # a name that ends in an organisation noun is a body, whatever the model said
    return replace(mention, end=end, text=whole, key=normalize_name(whole), label="ORG")


#: the word right before a span, on its line: a capitalised word or a name particle
_WORD_BEFORE = re.compile(r"(?:^|(?<=[ \t]))([A-Z][a-z]+|bin|ibn|bint|al|ul|ud)[ \t]+$")
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "ul", "ud"})
#: capitalised roles that are not titles stripped from names
_ROLES = frozenset({"chairman", "chairperson", "chairwoman", "speaker", "director", "envoy"})


#: a name's closing particle and word the model left out: "Maulana Sami [ul Haq]", "Fazl [ur
#: Rehman]" (Arabic compounds written apart: "ul", "ud", "ur", "un" join the word after)
_PARTICLE_TAIL = re.compile(r"[ \t]+(?:ul|ud|ur|un)[ \t]+[A-Z][a-z]+\b")


def _particle_tail(mention: Mention, text: str, taken: Sequence[tuple[int, int]]) -> Mention:
    """A person's name the model cut before a compound's particle ("his father, Maulana
    [Sami] ul Haq"), grown over the particle and its word when no other mention holds them.
    Why: the cut "Maulana Sami" is a word of another name, and joined the son "Maulana Rashid
    ul Haq Sami" of the same report (issue 17, check-r24)."""
    tail = _PARTICLE_TAIL.match(text, mention.end)
    if tail is None or any(a < tail.end() and b > mention.end for a, b in taken):
        return mention
    whole = text[mention.start : tail.end()]
    return replace(mention, end=tail.end(), text=whole, key=normalize_name(whole))


#: one capitalised word right after a person's span, then the clause goes on in lower case
#: or stops: "Senator [Anwar ul Haq] Kakar attributed", "Foreign Secretary [Shri Vikram] Misri."
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]{2,})(?=[ \t]+[a-z]|[,.;:)]|['’]s\b)")
#: calendar words that follow a name in news ("Mohsin Naqvi Wednesday condemned"): no surname
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today".split()
)
#: honorifics written after a name ("Imran Khan Sahib"): respect, not a word of the name
_HONORIFICS_AFTER = frozenset("sahib saheb sahab jee bhai".split())
#: honorifics that open a name and that the resolver does not strip as titles ("Shri Vikram
#: Misri"): grown, such a name is keyed apart from the man's plain name
_HONORIFICS_BEFORE = frozenset("shri sri shree smt shrimati janab".split())
#: an opening quotation mark right before a span: a quoted title of a work or a programme
#: ("‘Aaj Shahzeb Khanzada ke Saath’"), whose words are no one's name
_QUOTE_BEFORE = re.compile(r"[‘“\"']$")


def _surname_tail(mention: Mention, text: str, taken: Sequence[tuple[int, int]]) -> Mention:
    """A person's name of two words or more the model ended before its last word, grown over
    it: "Senator [Anwar ul Haq] Kakar" (the caretaker prime minister) as "Anwar ul Haq"
    joined another report's "Chaudhry Anwar-ul-Haq", the AJK prime minister (issue 17,
    check-r41's false merge): a name cut short is a name other people share. The word must
    be written again in the report (a surname the report calls him by, or his full name
    once more) and be no title, calendar word, place the gazetteer knows, or facility's or
    body's head ("[Shahid Rajaee] Port", "[Shah Latif] Town Station"), nor another mention's.
    A name that opens with an honorific the resolver keeps ("Shri") or with a quotation mark
    (a programme's title) is left as it is."""
    parts = re.split(r"[\s-]+", mention.text.strip())
    if len(parts) < 2 or parts[0].lower().rstrip(".") in _HONORIFICS_BEFORE:
        return mention
    if _QUOTE_BEFORE.search(text, max(0, mention.start - 1), mention.start):
        return mention
    found = _SURNAME_AFTER.match(text, mention.end)
    if (
        found is None
        or _LOCALITY_AFTER.match(text, mention.end)
        or any(a < found.end() and b > mention.end for a, b in taken)
    ):
        return mention
    word = found.group(1)
    lower = word.lower()
    if (
        lower in names.TITLES
        or lower in _CALENDAR_WORDS
        or lower in _HONORIFICS_AFTER
        or lower in _NOT_NAME_WORDS
        or lower in _ROLES
        or lower in names.GENERIC_CLASSES
        or lower in FACILITY_WORDS
        or lower in BODY_HEADS
        or geo.known_place(word)
    ):
        return mention
    if len(re.findall(rf"\b{re.escape(word)}\b", text)) < 2:
        return mention
    whole = text[mention.start : found.end()]
    return replace(mention, end=found.end(), text=whole, key=normalize_name(whole))


def _whole_person(mention: Mention, text: str, taken: Sequence[tuple[int, int]]) -> Mention:
    """A person's name the model cut after a particle ("Sheikh Mohammed [bin Jassim
    Al-Thani]"), grown back over the capitalised words and particles right before it (no
    titles, roles or sentence openers, no word of another mention), so that it is the
    person's name and not a fragment; or cut before one (:func:`_particle_tail`)."""
    if mention.via != "ner" or mention.label != "PERSON":
        return mention
    mention = _surname_tail(_particle_tail(mention, text, taken), text, taken)
    if len(mention.text.split()) < 2:
        return mention
    if mention.text.split()[0] not in _NAME_PARTICLES:
        # a capitalised word before a name is as often a role or a department ("Minister
        # for Interior Mohsin Naqvi", "IGP Balochistan …"): only a name that begins with a
        # particle is surely cut -- or one a title opens a word before ("SHO Imran [Ahmed Khan]")
        return _given_name_after_title(mention, text, taken)
    start = mention.start
    grown = start
    for _ in range(4):
        found = _WORD_BEFORE.search(text[max(0, start - 30) : start])
        if not found:
            break
        word = found.group(1)
        lower = word.lower()
        if lower in names.TITLES or lower in _NOT_NAME_WORDS:
            break
        at = start - len(found.group(0))
        if any(a < start and b > at for a, b in taken):
            return mention  # after another name ("Assembly Speaker …"): a role, not a name
        if lower in _ROLES:
            return mention
        before = text[max(0, at - 3) : at].rstrip(" \t")
        if not before or before[-1] in '.!?:;"“\n(':
            break  # a word that opens a sentence may be any word ("Lawyers Malik …")
        start = at
        if lower not in _NAME_PARTICLES:
            grown = start  # never begin the name with a particle
    if grown == mention.start or re.search(r"\b[A-Z]{2,}[ \t]*$", text[max(0, start - 12) : start]):
        return mention  # after an acronym ("PTI Chairman …"): its role, not a name
    whole = text[grown : mention.end]
    return replace(mention, start=grown, text=whole, key=normalize_name(whole))


#: a title, then one capitalised word, right before a span: "Manghopir SHO Imran [Ahmed Khan]"
_TITLE_THEN_WORD = re.compile(r"(?:^|[ \t(])([A-Za-z]+)\.?[ \t]+([A-Z][a-z]{2,})[ \t]+$")


def _given_name_after_title(
    mention: Mention, text: str, taken: Sequence[tuple[int, int]]
) -> Mention:
    """A person's name the model cut after its first word, the word right after a title
    ("SHO Imran [Ahmed Khan]", "Dr Abdul [Malik Baloch]"): grown back over that word, which a
    title is followed by only as the name's start. Without it the last two words key the
    man, and join him to another report's namesake ("Ahmed Khan", a victim in a list). The
    word is no title, role, place the gazetteer knows nor another mention's."""
    found = _TITLE_THEN_WORD.search(text, max(0, mention.start - 40), mention.start)
    if found is None or found.group(1).lower() not in names.TITLES:
        return mention
    word = found.group(2)
    lower = word.lower()
    if lower in names.TITLES or lower in _NOT_NAME_WORDS or lower in _ROLES or lower in _COMPASS:
        return mention
    at = found.start(2)
    if any(a < mention.start and b > at for a, b in taken):
        return mention
    if geo.load_gazetteer().candidates(word):
        return mention  # "IGP Sindh [Ghulam Nabi Memon]": the office's province
    whole = text[at : mention.end]
    return replace(mention, start=at, text=whole, key=normalize_name(whole))


def _name_gap(gap: str) -> bool:
    """What may stand between two person spans of one name: a space, or a compound's
    particle and its word the model left out of both ("[Anwar] ul Haq [Kakar]": cut so, the
    first span, grown by :func:`_particle_tail`, was "Anwar ul Haq", a name another report's
    "Chaudhry Anwar-ul-Haq" shares -- issue 17, check-r41's false merge)."""
    if gap == " ":
        return True
    return gap.endswith(" ") and _PARTICLE_TAIL.fullmatch(gap[:-1]) is not None


def _joined_people(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None = None
) -> list[Mention]:
    """Two spans with nothing but a space between them that are one name the model cut in
    two: two person spans ("Amir Haider" + "Khan Hoti", "Mohammed bin Abdulrahman" + "bin
    Jassim Al-Thani"; English separates two people's names with a comma or "and"), a person
    span and one word after it that no gazetteer knows (:func:`_surname_cut_off`), or a
    span that ends in a participle and the name it qualifies ("Indian Illegally Occupied"
    + "Jammu and Kashmir")."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is None:
            out.append(mention)
            continue
        whole = text[last.start : mention.end]
        # the first span's name runs on: it keeps its type
        if (
            (
                last.label == mention.label == "PERSON"
                and last.via == mention.via == "ner"
                and last.sentence == mention.sentence
                and _name_gap(text[last.end : mention.start])
                # a title opening the second ("Organiser" + "Dr Mahrang Baloch") shows the
                # first is no part of the name
                and names.strip_titles(mention.text) == mention.text.split()
                # nor a title inside the first ("Organiser Dr" + "Mahrang Baloch")
                and not any(w.lower().strip(".") in names.TITLES for w in last.text.split()[1:])
            )
            or _cut_around_a_word(last, mention, text)
            or _surname_cut_off(last, mention, text, gazetteer)
        ):
            out[-1] = replace(last, end=mention.end, text=whole, key=normalize_name(whole))
            continue
        # the second span is the head and gives the type: "Indian Illegally Occupied" +
        # "Jammu and Kashmir" (a name does not end in a participle); "Pakistani" + "Taliban"
        # (the people names which body; the bare word alone is another one, the Afghan
        # Taliban, so the qualified name is kept whole)
        if (
            last.label != "PERSON"
            and last.via == mention.via == "ner"
            and last.sentence == mention.sentence
            and text[last.end : mention.start] == " "
            and _ENDS_PARTICIPLE.search(last.text)
        ) or _people_qualifies(last, mention, text):
            out[-1] = replace(mention, start=last.start, text=whole, key=normalize_name(whole))
            continue
        out.append(mention)
    return out


#: a span that ends in "and" and a capitalised name: "Syrian Democratic Forces and Jolani"
_AND_NAME = re.compile(r"^(.+?) and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*$")


def _coordinated_names(mentions: list[Mention]) -> list[Mention]:
    """A span that joins two names with "and" where the report writes the first alone as a
    name elsewhere ("senior officials of the Syrian Democratic Forces and Jolani" beside
    "the Kurdish-led Syrian Democratic Forces (SDF)"): two actors, not one. The span is cut
    back to the first name, which the report shows is whole by itself; the second, never
    named so in its own span, is left out rather than guessed. A first part of one word
    ("Jammu and Kashmir", "Trinidad and Tobago") and a place's span are kept whole: one
    word alone is no proof, and places are named with "and" ("Bosnia and Herzegovina")."""
    alone = {m.text for m in mentions if m.via == "ner" and " and " not in m.text}
    out: list[Mention] = []
    for mention in mentions:
        joined = (
            _AND_NAME.match(mention.text)
            if mention.via == "ner" and mention.label not in ("GPE", "LOC", DESCRIPTION)
            else None
        )
        first = joined.group(1) if joined else ""
        if len(first.split()) >= 2 and first in alone:
            end = mention.start + len(first)
            mention = replace(mention, end=end, text=first, key=normalize_name(first))
        out.append(mention)
    return out


#: one capitalised word alone between two spans: "Islami Qaumi [Ittehad] Aqwam Jandol"
_ONE_WORD_BETWEEN = re.compile(r"^ ([A-Z][a-z]+) $")


def _cut_around_a_word(first: Mention, second: Mention, text: str) -> bool:
    """Two person spans with one capitalised word and nothing else between them ("Islami
    Qaumi" + "Ittehad" + "Aqwam Jandol" of "volunteers of Islami Qaumi Ittehad Aqwam Jandol, a
    local organisation"): one long name the model cut around a word it did not know. English
    parts two people's names with a comma, "and" or a verb in lower case, never with a lone
    capitalised word; a title there ("Sharif President Zardari") opens the second holder's
    name, so it keeps them apart."""
    if not (
        first.label == second.label == "PERSON"
        and first.via == second.via == "ner"
        and first.sentence == second.sentence
    ):
        return False
    between = _ONE_WORD_BETWEEN.match(text[first.end : second.start])
    if between is None or between.group(1).lower() in names.TITLES:
        return False
    # a title or a chamber inside the first span ("[Senate Syed] Yousaf [Raza Gillani]" of
    # "Chairman Senate Syed Yousaf Raza Gillani", "[Maulana Hamidul]") shows the model ran
    # an office into it: the title rules read such spans, this one leaves them be
    words = {w.lower().strip(".") for w in first.text.split()}
    return not words & (names.TITLES | _CHAMBER_WORDS)


def _surname_cut_off(
    person: Mention, word: Mention, text: str, gazetteer: geo.Gazetteer | None
) -> bool:
    """Whether ``word``, one word the model called a place or a body right after a person's
    span with only a space between ("Minister Mir Shoaib" + "Nosherwani", "Ziaul Hassan" +
    "Lanjar"), is the rest of that person's name: no place the gazetteer knows, no acronym,
    title or organisation word, and no place noun after it. English writes a place or a
    body after a name with a comma or a preposition. Cut, the surname was a "place" of its
    own that the man's full name never reached (issue 17, check-r27)."""
    if gazetteer is None or person.label != "PERSON" or word.label not in _NOT_PERSON_LABELS:
        return False
    if person.via != "ner" or word.via != "ner" or person.sentence != word.sentence:
        return False
    if text[person.end : word.start] != " " or len(word.text.split()) != 1:
        return False
    token = word.text.strip()
    if not token[:1].isupper() or names.looks_like_acronym(token) or not token.isalpha():
        return False
    if word.key in names.GENERIC_CLASSES or word.key in names.TITLES:
        return False
    if gazetteer.candidates(token) or _PLACE_AFTER.match(text, word.end):
        return False
    return person.text.split()[-1].lower().strip(".") not in names.TITLES


#: the model's labels a cut-off surname carries (:func:`_surname_cut_off`)
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _people_qualifies(people: Mention, body: Mention, text: str) -> bool:
    """A people's one-word name just before a one-word organisation name ("Pakistani" +
    "Taliban", "Afghan" + "Taliban"): one name the model cut in two. Not before a generic
    word ("Pakistani" + "Army" stays a people and a head the description rules read)."""
    return (
        people.label == "NORP"
        and body.label == "ORG"
        and people.via == body.via == "ner"
        and people.sentence == body.sentence
        and text[people.end : body.start] == " "
        and len(people.text.split()) == len(body.text.split()) == 1
        and people.text[:1].isupper()
        and body.key not in names.GENERIC_CLASSES
        and not names.looks_like_acronym(body.text)
    )


#: a last word that is a participle ("Occupied", "Administered"), not a legal form or
#: "United" that end names of their own
_ENDS_PARTICIPLE = re.compile(r"\b(?!United\b|Limited\b|Incorporated\b)[A-Za-z]{3,}ed$")


def _local_only(mention: Mention) -> bool:
    """Whether a name identifies nobody across documents, so its key must hold only in
    its own document.

    Two kinds: a "name" with no capital letter ("health ministry"), which is a
    description the model took for a name and means another country's ministry in the
    next report; and a person's name made of very common given names ("Muhammad Ali",
    "Mohammad Ishaq", see :func:`dossier.names.common_full_name`).
    """
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    if any(c.islower() for c in mention.text) and not any(c.isupper() for c in mention.text):
        return True  # a script without case ("قاسم سليماني") says nothing here
    # a two-word name, perhaps behind a title or two ("Dr Mohammad Ishaq")
    return (
        mention.label == "PERSON"
        and 2 <= len(mention.key.split()) <= 4
        and names.common_full_name(mention.text)
    )
