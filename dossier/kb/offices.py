"""Offices, national bodies and missions: keyed by the jurisdiction the report gives them.

"The Supreme Court", "the interior ministry", "the embassy", "DPO" name a different body
in each country, district or report: keyed per report's country
(:func:`_national_bodies`), per owner and host (:func:`_missions`) or per report
(:func:`_office_without_jurisdiction`) so that bodies of one name do not join across the
archive. A bare title with no name after it names no one here (:func:`_title_only`). Split out of
:mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache

from dossier import geo, names
from dossier.extract.nlp import DESCRIPTION
from dossier.kb import office_letters
from dossier.kb.entity_keys import SCOPE, scoped_key
from dossier.kb.mention_words import (
    _HONORIFICS,
    _NAMED,
    _OFFICE_OF,
    _REPLICATED_HEADS,
    _STATE_OFFICE_WORDS,
    _chamber_alone,
)
from dossier.kb.name_types import gazetteer_place
from dossier.names import normalize_name
from dossier.records import Mention

#: between an office and its holder's name: a closing bracket of its letters, its place
#: ("for Lebanon"), a comma ("The United Nations Special Coordinator for Lebanon, Jeanine
#: Hennis-Plasschaert"; "City Police Officer (CPO) Bilal Omer")
_TO_HOLDER = re.compile(
    r"\)?(?:[ \t]+(?:for|of)[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2})?[ \t]*,?[ \t]*"
)


#: last words of an office the title list leaves out, being no title before a name
_OFFICE_HEADS = frozenset(
    "coordinator envoy representative rapporteur commissioner chairman chairperson".split()
)


def _offices_before_holders(
    mentions: list[Mention], text: str, offices: frozenset[str]
) -> list[Mention]:
    """A "body" or "place" the model found that is an office -- its last word a title
    ("United Nations Special Coordinator"), or letters the report defines as an office or
    news abbreviates as a rank ("CPO", "SSP") -- written right before a person's name stands
    for that holder (labels of round 26), so it is typed a person; its key is left as it
    is. Only the office itself: a body before an office and a name ("ISPR Director General
    ...") is the body."""
    starts = {m.start for m in mentions if m.label == "PERSON" and m.via == "ner"}
    if not starts:
        return mentions
    out = []
    for m in mentions:
        if m.via == "ner" and m.label in ("ORG", "GPE", "LOC", "NORP", "FAC"):
            words = m.text.replace(".", "").split()
            office = (
                bool(words)
                and words[-1].lower() not in _HONORIFICS
                and (
                    words[-1].lower() in names.TITLES
                    or words[-1].lower() in _OFFICE_HEADS
                    or " ".join(words) in offices
                )
            )
            gap = _TO_HOLDER.match(text, m.end)
            if office and gap and gap.end() in starts:
                m = replace(m, label="PERSON")
        out.append(m)
    return out


#: nouns of a body's seat or office: what a "name" after a title is when it is the rest of an
#: office's name ("PM Office", "General Headquarters", "President Secretariat")
_OFFICE_NOUNS = frozenset(
    {*names.GENERIC_CLASSES, *_STATE_OFFICE_WORDS}
    | {"offices", "headquarters", "secretariat", "embassy", "consulate", "chancellery"}
)


def _office_after_title(mention: Mention) -> bool:
    """A "person" the parser found after a title (``via="title"``) made only of office nouns.

    Why: :func:`dossier.extract.nlp.titled_people` reads "PM Office", "DC Office", "General
    Headquarters" as a title and a name and keeps the name, which is the office noun alone; it
    names no person, and without its first word no body either (issue 17, check-r37: 8 of
    its 13 junk entities were such a bare "Office"). The whole office stays where the model
    found it; this cut piece is dropped."""
    words = normalize_name(mention.text).split()
    return mention.via == "title" and bool(words) and all(w in _OFFICE_NOUNS for w in words)


def _office_opened(
    mention: Mention,
    text: str,
    people_words: Collection[str],
    gazetteer: geo.Gazetteer,
    document_id: str,
) -> Mention | None:
    """A "body" or "place" opened by an office's letters
    (:func:`office_letters.holder_after_letters`):
    dropped where it is the office of a place or a wing ("SP Saddar", "AIG Operations": no
    body, and its holder only through the sentence), a person where the rest is the holder's
    name -- keyed by that name ("COAS Asim Munir" is Asim Munir), or, for one word, to its
    report ("CPO Omer") --, else as the model found it."""
    kind = office_letters.holder_after_letters(
        mention, text, people_words, lambda word: gazetteer_place(word, gazetteer)
    )
    if kind == "office":
        return None
    if kind != "person":
        return mention
    if " " not in mention.text.split(None, 1)[1].strip():
        return replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
    # the holder's whole name after the letters ("COAS Asim Munir") is left to the model:
    # keyed by the name, it changed which reports' "Asim Munir"s joined one entity on the
    # whole archive (the army chief's 119 mentions came apart in four)
    return mention


def _title_only(mention: Mention) -> bool:
    """A bare title or office ("Prime Minister", "the Governor") with no name after it; a
    plural office ("Commanding Officers") names several holders and so nobody here."""
    # "Prime Minister/ Foreign Minister": two titles of one holder, written with a slash
    words = [w.strip(".,;:").lower() for w in re.split(r"[\s/]+", mention.text)]
    words = [w for w in words if w and w != "the"]
    if words and words[-1].endswith("s") and words[-1][:-1] in names.TITLES:
        words[-1] = words[-1][:-1]
    if not words or not all(w in names.TITLES or w in names.TITLE_QUALIFIERS for w in words):
        return False
    # an acronym that is only a qualifier is no title: "US" qualifies "US Secretary of
    # State" but, alone, is the country ("Supreme", a word cut from a title, stays one)
    return any(w in names.TITLES for w in words) or not names.looks_like_acronym(mention.text)


def _titled_holder(short: Mention, people: Sequence[Mention]) -> Mention | None:
    """The one person in the document named with this title ("Prime Minister
    Shehbaz Sharif" for "the Prime Minister"), or None."""
    title = [w.strip(".,;:").lower() for w in short.text.split() if w.lower() != "the"]
    holders = {}
    for p in people:
        words = [w.strip(".,;:").lower() for w in p.text.split()]
        if len(words) > len(title) and words[: len(title)] == title:
            holders[p.key] = p
    return next(iter(holders.values())) if len(holders) == 1 else None


#: offices in the plural closing a span ("Services Chiefs", "Foreign Ministers"): several
#: holders, no named thing; "Council of Ministers" and "Board of Governors" (with "of") are
#: bodies, and kings and queens are left out ("Punjab Kings" is a cricket team)
_OFFICES_IN_PLURAL = frozenset(
    "chiefs ministers secretaries governors commissioners ambassadors senators commanders "
    "advisers advisors spokespersons".split()
)


def _offices_in_plural(mention: Mention, text: str) -> bool:
    """Whether the model's span is up to three words closed by an office in the plural
    ("Services Chiefs", "Chief Ministers"): several holders, no named thing (issue 17,
    check-r32's junk), dropped. Not where "of" follows: "Joint Chiefs [of Staff Committee]"
    is a body's name the model cut, mended later."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    words = mention.text.split()
    if len(words) > 3 or words[-1].lower() not in _OFFICES_IN_PLURAL:
        return False
    if {w.lower() for w in words} & {"of", "the", "and"}:
        return False
    return not _OF_FOLLOWS.match(text, mention.end)


#: "of" right after a span
_OF_FOLLOWS = re.compile(r"[ \t]+of\b")


def _offices(defined: dict[str, str]) -> frozenset[str]:
    """Acronyms a document defines as an office, not a body: "National Security Adviser
    (NSA)", "Station House Officer (SHO)", "Superintendent of Police (SP)" (the expansion ends
    in a title or is a title "of" what it heads, or the letters are a rank news
    abbreviates). A mention of one names a post, and its holder only through the sentence."""
    return frozenset(
        acronym
        for acronym, expansion in defined.items()
        if acronym.lower() in names.TITLES
        or (expansion.split() and expansion.split()[-1].lower() in names.TITLES)
        or _OFFICE_OF.match(expansion)  # "Superintendent of Police (SP)"
    )


def _office_of_a_place(mention: Mention, gazetteer: geo.Gazetteer) -> bool:
    """A "person" made of titles and a country's, province's or city's name ("[Chief]
    Commissioner Islamabad", "Advocate General Punjab", "IG Sindh"): the place's office,
    which names its holder only through the sentence, and is no spelling of the place."""
    if mention.label != "PERSON" or mention.via == "description":
        return False
    words = mention.text.split()
    if words[0].lower().strip(".") == "lord":
        return False  # a peer is named for a place ("Lord Auckland"), and is a person
    rest = names.strip_titles(mention.text)
    return len(words) >= 2 and len(rest) == 1 and gazetteer_place(rest[0], gazetteer)


#: an office of a country or a place, written out: capitalised words, the last a title, then
#: "of" and the place ("Consul General of Pakistan", "Governor of Punjab")
_OFFICE_OF_PLACE = re.compile(
    r"^((?:[A-Z][a-z]+[ \t]+)*([A-Z][a-z]+))[ \t]+of[ \t]+(?:the[ \t]+)?(.+)$"
)


#: a holder's name after an office, past its letters in brackets and a comma ("Additional
#: Inspector General of Police (AIGP) Javed ...", "Governor of Punjab, Sardar ...")
_HOLDER_AFTER = re.compile(r"[ \t]*(?:\([A-Z]{2,8}\))?[ \t]*,?[ \t]+[A-Z]")


def _holderless_office(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> bool:
    """A "body" or "person" that is an office of a place or of a body with no holder named
    after it ("handed over to the Consul General of Pakistan in Zahedan", "the convoy of the
    Commandant of Kurram Militia"): a title, which names nobody by itself and is no body of
    its own (round 25's `JUNK`, check-r36's "Commandant of Kurram Militia"). Where the
    holder's name follows ("the Governor of Punjab Sardar Saleem Haider"), the office is kept
    for the title rules. Only a place the gazetteer knows as such (:func:`gazetteer_place`)
    or a body's generic word ("Militia", "Police") ends it: "Bank of Punjab" ends in no
    title, "Chief of Army Staff" in neither."""
    if mention.via != "ner" or mention.label not in ("ORG", "PERSON", "FAC"):
        return False
    found = _OFFICE_OF_PLACE.match(mention.text.strip())
    if found is not None:
        title, owner = found.group(2), found.group(3)
    else:
        # written without "of" ("a convoy of Commandant Kurram Militia"): a military or police
        # rank's office of a body only; a place's ("Governor Punjab") is
        # :func:`_office_of_a_place`'s, and "PM Office Media Wing" is the office's press wing
        title, _, owner = mention.text.strip().partition(" ")
        if not title[:1].isupper() or not owner.strip() or names.rank_kind(title) is None:
            return False
    body = owner.split()[-1].lower() in names.GENERIC_CLASSES
    if found is None and not body:
        return False
    if title.lower() not in names.TITLES:
        return False
    if not body and not gazetteer_place(owner, gazetteer):
        return False
    return not _HOLDER_AFTER.match(text, mention.end)


#: a bare office's last word right after a name the model ended before it ("the DHQ
#: hospital"): the name is the office's letters, cut from its whole name
_REPLICATED_HEAD_AFTER = re.compile(
    r"[ \t]+(" + "|".join(sorted(_REPLICATED_HEADS)) + r")\b", re.IGNORECASE
)
#: words that say what such a body does, never whose it is
_OFFICE_MODIFIERS = frozenset(
    "counter counterterrorism terrorism anti combined military civil district headquarter "
    "headquarters dhq teaching national security cm chief minister governor home health high "
    "special crime investigation police press city defence defense housing development "
    # a headquarters named by its rank among a force's offices ("Central Police Office",
    # "Regional Police Office"): each force and region has one
    "central regional "
    # a school of a network every cantonment or town has one of ("Army Public School",
    # "Government Girls High School")
    "army public government girls boys primary middle model "
    # a city's part by its age or its guard ("Old City", "Walled City", "Red Zone")
    "old walled red green".split()
)


def _replicated_office(mention: Mention) -> bool:
    """Whether a name is a kind of office with no jurisdiction in it ("Counter-Terrorism
    Department", "Combined Military Hospital", "CM House", "National Security Council"):
    each province or country has its own, so the bare name identifies one body only inside
    its report; "Sindh CTD" or "US National Security Council" keep their jurisdiction and
    link across reports as before. "Security Council" alone is the UN's, which news names so.
    A chamber named by its kind alone ("Parliament", "the House", "Senate") is its report's
    too: which country's the report says, not the word."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False  # any type: the model's PERSON "’s Counter-Terrorism Department" too
    key = normalize_name(mention.text)
    return _chamber_alone(key) or _office_without_jurisdiction(key)


@lru_cache(maxsize=65536)
def _office_without_jurisdiction(key: str) -> bool:
    """The words of :func:`_replicated_office`, on a normalised name."""
    words = key.split()
    if words[:1] == ["s"]:  # "’s counter-terrorism department": a possessive cut at its owner
        words = words[1:]
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or words[-1] not in _REPLICATED_HEADS or words == ["security", "council"]:
        return False
    return all(w in _OFFICE_MODIFIERS for w in words[:-1])


#: a bare office as the text writes it, in any case ("the counterterrorism department of
#: police", where the model finds no name)
_OFFICE_WRITTEN = re.compile(
    r"\b((?:[A-Za-z]+[ \t-]+){1,3})(" + "|".join(sorted(_REPLICATED_HEADS)) + r")\b",
    re.IGNORECASE,
)


def _offices_written(text: str) -> set[str]:
    """The bare offices (:func:`_office_without_jurisdiction`) the text writes out, whether
    or not the model found them: an undefined "CTD" in a report that speaks of "the
    counterterrorism department of police" is that report's department, not the one "CTD"
    of every other report."""
    found = set()
    for match in _OFFICE_WRITTEN.finditer(text):
        words = [*re.split(r"[ \t-]+", match.group(1).strip(" \t-").lower()), match.group(2)]
        words[-1] = words[-1].lower()
        for start in range(len(words) - 1):
            phrase = " ".join(words[start:])
            if _office_without_jurisdiction(phrase):
                found.add(phrase)
                break
    return found


#: a body every state has one of, named by its kind alone ("the Supreme Court"): which state's
#: the report says by the places it names, not the words
_NATIONAL_BODIES = frozenset({"supreme court", "constitutional court"})
#: what a ministry is for ("Defence Ministry", "Ministry of Foreign Affairs", "Ministry of
#: Information and Broadcasting"): every government has one of each, so a ministry named by
#: these words alone names no country
_PORTFOLIO_WORDS = frozenset(
    "defence defense interior foreign affairs external home health finance information "
    "broadcasting justice law education commerce trade industry industries planning "
    "development religious human rights water resources energy power petroleum railways "
    "communications maritime food agriculture labour labor culture tourism housing works "
    "science technology climate change environment economy economic security overseas "
    "narcotics control parliamentary federal public and of".split()
)


@lru_cache(maxsize=65536)
def _bare_ministry(key: str) -> bool:
    """Whether a normalised name is a ministry named by its portfolio alone ("defence
    ministry", "ministry of foreign affairs"), with no country: a national body like
    :data:`_NATIONAL_BODIES`. Issue 17, check-r24: one "Ministry of Defence" held Pakistan's,
    Syria's and Israel's, each named bare in its report."""
    words = key.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) >= 3 and words[:2] == ["ministry", "of"]:
        portfolio = words[2:]
    elif len(words) >= 2 and words[-1] == "ministry":
        portfolio = words[:-1]
    else:
        return False
    return portfolio[0] not in ("and", "of") and all(w in _PORTFOLIO_WORDS for w in portfolio)


def _report_country(
    mentions: Sequence[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> str | None:
    """The one country a report is about, by the places it names: each place (or people's
    adjective) the gazetteer puts in one country only votes for it, the dateline too; the
    country with more than half of the votes is the report's. None where the places are
    spread ("Jerusalem", "Gaza" and "Islamabad" in one report)."""
    if gazetteer is None:
        return None
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.label not in ("GPE", "LOC", "NORP") or m.via not in _NAMED:
            continue
        code = gazetteer.country(m.text)
        if code is None and m.label != "NORP":
            code = gazetteer.sole_country(m.text)
        if code:
            votes[code] += 1
    line = geo.dateline(text)
    if line:
        code = gazetteer.sole_country(line)
        if code:
            votes[code] += 1
    if not votes:
        return None
    code, top = votes.most_common(1)[0]
    if top * 2 <= sum(votes.values()):
        return None
    return code


def _national_bodies(
    mentions: list[Mention], text: str, document_id: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """Bare national bodies (:data:`_NATIONAL_BODIES`) keyed by the report's country
    (:func:`_report_country`): "supreme court of israel" in a Jerusalem report, "supreme
    court of pakistan" in an Islamabad one, the report's own where its places are spread.
    Why: the bare name was one key across the archive, and Israel's, India's and Iran's
    courts joined Pakistan's (issue 17, check-r19); keying it per report alone would split
    Pakistan's court into hundreds. A ministry named by its portfolio alone
    (:func:`_bare_ministry`) is such a body too."""
    bare = [
        m
        for m in mentions
        if m.label != DESCRIPTION and (m.key in _NATIONAL_BODIES or _bare_ministry(m.key))
    ]
    if not bare:
        return mentions
    code = _report_country(mentions, text, gazetteer)
    country = None
    if code is not None and gazetteer is not None:
        country = next((c.name for c in gazetteer.countries() if c.country == code), None)
    keyed = {
        key: normalize_name(f"{key} of {country}") if country else scoped_key(key, document_id)
        for key in {m.key for m in bare}
    }
    return [
        replace(m, key=keyed[m.key]) if m.label != DESCRIPTION and m.key in keyed else m
        for m in mentions
    ]


#: a country's diplomatic mission, named by its kind ("Pakistan High Commission", "US
#: Embassy", "the Embassy"): a country keeps one in each capital it deals with
_MISSION_HEADS = (("high", "commission"), ("embassy",), ("consulate",), ("consulate", "general"))


def _mission_owner(mention: Mention) -> tuple[str, ...] | None:
    """The words naming a mission's country ("Pakistani", "US"; none for a bare "Embassy"),
    or None where the mention names no mission (:data:`_MISSION_HEADS`)."""
    if mention.label == DESCRIPTION:
        return None
    words = tuple(normalize_name(mention.text).split())
    for head in _MISSION_HEADS:
        if words[-len(head) :] == head:
            return words[: -len(head)]
        if words[: len(head)] == head and words[len(head) : len(head) + 1] == ("of",):
            return words[len(head) + 1 :]  # "High Commission of India"
    return None


#: the place a mission is in, written right after it ("the Indian High Commission in
#: Islamabad", "the US Embassy in Kabul", "High Commission New Delhi")
_MISSION_PLACE_AFTER = re.compile(r"(?:[ \t]+in|,)?[ \t]+([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)")


#: what :func:`_written_host` answers for a place it cannot put in a country ("in Aldwych")
_UNKNOWN_HOST = "?"


def _written_host(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> str | None:
    """The country of the place written right after a mission (:data:`_MISSION_PLACE_AFTER`):
    a country, or a place the gazetteer knows (the most populous of its records: "London" is
    England's before Ontario's); :data:`_UNKNOWN_HOST` for a place it does not know, None
    where no place follows."""
    found = _MISSION_PLACE_AFTER.match(text, mention.end)
    if found is None:
        return None
    for name in (found.group(1), found.group(1).split()[0]):
        code = gazetteer.country(name)
        if code is not None:
            return code
        places = [p for p in gazetteer.candidates(name) if p.feature.startswith(("PPL", "ADM"))]
        if places:
            return max(places, key=lambda p: (p.population or 0, p.country)).country
    return _UNKNOWN_HOST


#: the one capitalised word right before a mission's bare head ("German [Embassy]")
_OWNER_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+|[A-Z]{2,3})[ \t]$")


def _missions_owned(mentions: list[Mention], text: str) -> list[Mention]:
    """A mission's bare head ("Embassy", "High Commission") right after a capitalised word
    no other mention holds, mid-sentence, is that word's mission, which the model cut ("Arno
    Kirchhof, Deputy Head of Mission, German Embassy, Islamabad": issue 17, check-r35's junk
    "Embassy"): the span takes the word, so the mission is named and keyed by its country as
    :func:`_missions` keys any ("German Embassy"), not left a bare head naming no one."""
    bare = {
        i
        for i, m in enumerate(mentions)
        if m.label != DESCRIPTION and tuple(normalize_name(m.text).split()) in _MISSION_HEADS
    }
    if not bare:
        return mentions
    held = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for i, m in enumerate(mentions):
        found = None
        if i in bare:
            found = _OWNER_BEFORE.search(text[max(0, m.start - 30) : m.start])
        if found is not None:
            start = m.start - (len(found.group(0)))
            before = text[:start].rstrip(" \t")
            if (
                start not in held
                and found.group(1).lower() not in names.TITLES | names.FUNCTION_WORDS
                and before[-1:] not in ("", ".", "!", "?", "\n", "“", '"')
            ):
                whole = text[start : m.end]
                m = replace(m, start=start, text=whole, key=normalize_name(whole), label="ORG")
        out.append(m)
    return out


def _missions(
    mentions: list[Mention], text: str, document_id: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """Diplomatic missions keyed by the country they are in (the host): the place written
    right after one (:func:`_written_host`: "the Indian High Commission in Islamabad"), else
    the country the report is in (:func:`_report_country`): "pakistan high commission in
    united kingdom" in a London report, "... in india" in a New Delhi one. Why: a country's
    high commission or embassy was one key across the archive, and Pakistan's missions in
    London and New Delhi were one entity (issue 17, check-r25). A mission without its
    country ("the Embassy"), or with no host (a report whose places are spread, or one of
    the mission's own country with no place after it: the host is elsewhere, unnamed),
    holds in its report. One key, two hosts in a report: neither is taken."""
    if gazetteer is None:
        return mentions
    mentions = _missions_owned(mentions, text)
    owners = {
        m.key: owner
        for m in mentions
        if SCOPE not in m.key and (owner := _mission_owner(m)) is not None
    }
    if not owners:
        return mentions
    report = _report_country(mentions, text, gazetteer)
    hosts: dict[str, set[str]] = {}
    for m in mentions:
        if m.key in owners and m.label != DESCRIPTION:
            written = _written_host(m, text, gazetteer)
            if written is not None:
                hosts.setdefault(m.key, set()).add(written)
    names_of = {c.country: c.name for c in gazetteer.countries()}
    keyed = {}
    for key, owner in owners.items():
        # "pakistani"; "u s" of "U.S. Embassy"
        own = gazetteer.country(" ".join(owner)) or gazetteer.country("".join(owner).upper())
        written = hosts.get(key, set())
        host = next(iter(written)) if len(written) == 1 else None if written else report
        # a consulate is a city's (Karachi's and Lahore's US consulates): no country tells
        consulate = "consulate" in key.split()
        if own is None or host is None or host == own or host not in names_of or consulate:
            keyed[key] = scoped_key(key, document_id)
        else:
            keyed[key] = normalize_name(f"{key} in {names_of[host]}")
    return [
        replace(m, key=keyed[m.key]) if m.label != DESCRIPTION and m.key in keyed else m
        for m in mentions
    ]


def _jurisdiction_keys(mentions: Sequence[Mention]) -> dict[str, str]:
    """Keys of a bare office and of its letters, mapped to the key of the one name here that
    gives its jurisdiction: with "Balochistan Police’s Counter Terrorism Department (CTD)",
    the document's "CTD"s are Balochistan's, but the bare keys are every province's and
    must not carry Balochistan's name to other reports. Applied to letters only: a bare
    office named in full may be another country's ("the National Security Council" beside
    "the US National Security Council"), and stays in its document. Two jurisdictions for
    one office in a report: neither is taken."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        words = normalize_name(m.text).split()
        for i in range(1, len(words) - 1):
            office = " ".join(words[i:])
            if _office_without_jurisdiction(office):  # "police counter terrorism department" too
                owners.setdefault(office, set()).add(" ".join(words))
    own = {office: next(iter(keys)) for office, keys in owners.items() if len(keys) == 1}
    for m in mentions:
        if " " in m.key or m.key in own or not names.looks_like_acronym(m.key.upper()):
            continue
        fits = {own[o] for o in own if names.is_initialism(m.key.upper(), o)}
        if len(fits) == 1:
            own[m.key] = fits.pop()
    return own
