"""Spans the model took for names that name nothing: dropped before they become entities.

A date, a capitalised word at the head of a sentence or a headline, a shouted word, a
piece of an office or a portfolio, an interjection, a people's adjective, two countries
joined by a hyphen (:func:`_names_nothing_here`, :func:`_not_a_name`). An archive joins
such spans across reports into entities with hundreds of mentions that name no one.
Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier import geo, names
from dossier.clean.lines import MONTH
from dossier.extract.nlp import DESCRIPTION
from dossier.kb.mention_words import _ADJECTIVE_AFTER, _BODY_WORDS, _PEOPLES_ENDING, _chamber_alone
from dossier.names import normalize_name
from dossier.records import Mention

#: an adjective made of a name with a prefix ("anti-Israel", "pro-Russia"): no name
_PREFIXED_ADJECTIVE = re.compile(r"^(?:anti|pro)-(?=[A-Z])")


#: a month's abbreviation as news writes it ("Oct 26", "on Sept 11"): a date's word, which the
#: model tags a place or a body; "Jan" and "Mar" are left out (a given name, a bishop's title),
#: and "May" is a surname
_MONTH_ABBREVIATIONS = frozenset("Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
#: the month abbreviations left out above, read as a month only where a day follows them
#: ("ISLAMABAD, Mar 05 (APP):", "on Jan 3"): a wire dateline's "Mar" was a man of its own in
#: twenty reports (issue 17, check-r41's junk); "Mar Thoma", "Jan Achakzai" have a name after
_NAME_LIKE_MONTHS = frozenset({"Jan", "Mar"})
_DAY_AFTER = re.compile(r"[ \t]+(?:0?[1-9]|[12]\d|3[01])\b(?![.:]\d)")
#: a calendar date written whole ("Feb 21", "March 3, 2025", "21 February"): a day, never a
#: named thing, though the model tags one a body or a law (issue 17, check-r36's junk)
_CALENDAR_DATE = re.compile(
    rf"(?:{MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{MONTH})(?:,?\s+\d{{4}})?", re.IGNORECASE
)


#: the words that close a locality's name (:data:`_LOCALITY_AFTER`), alone: a piece of a name
#: the model cut ("near Bahria [Town]"; issue 17, check-r34)
_LOCALITY_CLOSERS_ALONE = frozenset({"Town", "Colony", "Gali", "Mandi", "Nagar", "Goth"})


def _not_a_name(mention: Mention) -> bool:
    """A span the model took for a name that names nothing by itself, dropped: cut at a
    bracket ("Nationalist) Army" of "Sindhudesh (… Nationalist) Army"), an adjective made
    with a prefix ("anti-Israel"), a "people", a place or a person in lower case ("poles",
    "the west coast") or any one word in lower case ("police van"): English capitalises
    names, peoples and nationalities, so that is a common noun."""
    if mention.label == DESCRIPTION:
        return False
    text = mention.text
    if text.rstrip(".") in _MONTH_ABBREVIATIONS:
        # "on Oct 26", "in Oct": a date's word (issue 17, check-r34), found again ("repeat")
        # where the model missed it as often as where it tagged it
        return True
    if mention.label != "EVENT" and _CALENDAR_DATE.fullmatch(text.strip()):
        # "Feb 21" typed a law: a date is no entity; a day named as an event ("May 9") is
        # left to the rules for events
        return True
    if mention.via != "ner":
        return False
    if text.count("(") != text.count(")"):
        return True
    if _PREFIXED_ADJECTIVE.match(text):
        return True
    if text in _LOCALITY_CLOSERS_ALONE:
        return True  # "Bahria [Town]": a locality's closing word the model cut off alone
    lower = any(c.islower() for c in text) and not any(c.isupper() for c in text)
    # one word in lower case names nothing whatever the model's label: English writes names
    # with a capital, so "police [van]", "[mosques]" or "[khwarij]" are common nouns (a
    # script without case, "قاسم", has neither, and is kept); nor do several words in lower
    # case the model calls a place or a person ("along the [west coast]") -- a lower-case
    # "health ministry" it calls a body is a description, read by the rules for those
    return lower and (mention.label in ("NORP", "GPE", "LOC", "PERSON") or len(text.split()) == 1)


#: the start of a sentence or of a line (a headline, a subheading) right before a span
_OPENING_BEFORE = re.compile(r"(?:^|\n|[.!?:;•][”\"’']?)[ \t]*[“\"‘']?$")


#: a participle that opens a clause ("Welcoming", "Addressing", "Condemning") ...
_PARTICIPLE_CLAUSE = re.compile(r"[A-Z][a-z]{3,}ing")
#: ... when its object follows it: a determiner right after the word
_DETERMINER_AFTER = re.compile(r"[ \t]+(?:the|a|an|his|her|its|their|this|that|these|those)\b")


#: a character that glues a word to the one beside it: a letter, digit, apostrophe, hyphen
_WORD_GLUE = re.compile(r"[\w’'-]")


def written_apart(word: str, text: str) -> bool:
    r"""Whether ``text`` writes ``word`` with no letter, digit, apostrophe or hyphen on either
    side: ``re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)``, found by
    ``str.find``.

    Why not that pattern: it opens with a look-behind, so the regular expression engine
    cannot jump to the word's first letter and tries the look-behind at every character of
    the text, for each capitalised word of each report (a pattern compiled per word, too);
    ``str.find`` jumps, and only the places the word is written are looked at."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _WORD_GLUE.match(text, at - 1)) and not _WORD_GLUE.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _capitalised_by_position(mention: Mention, text: str, mentions: Sequence[Mention]) -> bool:
    """A one-word "name" that opens a sentence or a line and that the same report writes in
    lower case as a word elsewhere ("Hairdresser, two others killed" beside "a hairdresser
    shop"; "Misstep towards catastrophe" beside "a misstep"): English capitalises the first
    word of a sentence or a heading, and the writer's own lower case says the word is a
    common noun. So is a participle that opens a sentence before its object ("Welcoming the
    ceasefire deal, Egyptian President …"), which the writer need not write again in lower
    case: a name is not followed by "the". A word another name of the report holds ("Rose" of
    "Charlie Rose") or the gazetteer knows ("Reading", "Beijing") stays a name."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    word = mention.text
    if not re.fullmatch(r"[A-Z][a-z]{2,}", word):
        return False
    if not _OPENING_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return False
    lower = word.lower()
    if _PARTICIPLE_CLAUSE.fullmatch(word) and _DETERMINER_AFTER.match(text, mention.end):
        pass  # "Welcoming the ceasefire deal, …": a clause's verb, whatever else is written
    elif not written_apart(lower, text):
        return False
    if any(m is not mention and lower in m.key.split() and word in m.text for m in mentions):
        return False  # a name of the report holds the word written so ("Charlie Rose")
    return not geo.load_gazetteer().candidates(word)


#: one word of four or more capital letters: a body's letters, a dateline's city, or a shout
_SHOUT = re.compile(r"[A-Z]{4,}")


def _shouted_word(mention: Mention, text: str) -> bool:
    """A word in capitals the report also writes in lower case ("you are DEAD!" beside "dead
    bodies", a headline's "BLOODSHED") or shouts with an exclamation mark: an English word
    written loud, no body's letters (issue 17, check-r36's junk "DEAD", typed ORG). A body's
    letters ("NADRA", "NATO") are never written as a lower-case word, nor a dateline's city
    ("KARACHI")."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    word = mention.text
    if not _SHOUT.fullmatch(word):
        return False
    return text.startswith("!", mention.end) or written_apart(word.lower(), text)


#: the capitalised word right after a span, on its line ("District Police [Officer]")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _part_of_office(mention: Mention, text: str) -> bool:
    """A span the model cut out of an office whose initials are a rank news abbreviates
    ("[District Police] Officer" of "DPO", "[Station House] Officer" of "SHO"): the span
    names the office's holder's title, not a body of its own."""
    words = [w for w in re.findall(r"[A-Za-z]+", mention.text)]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    after = _WORD_AFTER.match(text, mention.end)
    if after is None or after.group(1).lower() not in names.TITLES:
        return False
    initials = "".join(w[0] for w in words).lower() + after.group(1)[0].lower()
    return initials in names.TITLES


#: an office "for" or "of" its portfolio ("Federal Minister for Law and Justice", "Minister of
#: State for Interior", "Adviser to the PM on Finance")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Ministers|Secretary|Adviser|Advisor|Assistant)[ \t]+(?:for|of|on)[ \t]+$"
)

_AFFAIRS_AFTER = re.compile(r"[ \t]+Affairs\b")


def _portfolio(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> bool:
    """A one-word "place" or "person" right after an office's "for"/"of"/"on" that the
    gazetteer does not know is the office's portfolio ("Federal Minister for [Law] and
    Justice Azam Nazeer Tarar", which the model read as a place): a word of a title, which
    names nothing by itself and must not become a key ("Law" had joined the pope "Leo" of
    another report as a spelling of one word). A place is kept (the gazetteer's, or one whose
    affairs the office has: "Minister for Kashmir Affairs"), and so is a body ("Minister of
    Hamas"): the model's ORG is left alone."""
    if mention.label not in ("GPE", "LOC", "PERSON", "NORP") or " " in mention.text.strip():
        return False
    if not _PORTFOLIO_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    if _AFFAIRS_AFTER.match(text, mention.end):
        return False  # "Minister for Kashmir Affairs": the affairs of a place or a people
    return not gazetteer.candidates(mention.text)


#: an office held "for" a field of work, right before the span: "Director General for
#: [Counter Terrorism]", "Minister for [Information and Broadcasting]" (only "for": "Secretary
#: of Hamas", "Minister of Interior" may name a body)
_FIELD_BEFORE = re.compile(
    r"\b(?:General|Minister|Ministers|Secretary|Adviser|Advisor|Assistant|Rapporteur|Envoy|"
    r"Coordinator|Commissioner|Director)[ \t]+for[ \t]+$"
)
#: what follows a title's field: its holder, the title's next words, or a comma ("Minister for
#: [Local Government] and Rural Development Faisal Mumtaz Rathore", "for [Counter Terrorism],
#: Ministry of Foreign Affairs, Abdul Hameed"); a lower-case word after it shows the span ran
#: on into the holder's name and clause
_FIELD_ENDS = re.compile(r"[ \t]*(?:[,;(]|and\b|[A-Z])")

#: words that make a span after "for" a body's name: the shared body words, and more kinds
_FIELD_BODY_WORDS = _BODY_WORDS | frozenset(
    "board commission institute institution centre center bank corporation company fund "
    "programme program university college school hospital foundation trust society "
    "association union forum cell division".split()
)


def _portfolio_field(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> bool:
    """A "body" right after an office's "for" whose words name no body (no "ministry",
    "board", "authority" ... -- :data:`_BODY_WORDS`) and no place is the office's field of
    work, a word of its holder's title: "Director General for [Counter-Terrorism], Ambassador
    Abdul Hameed". As an entity it joined every report's office of that field -- one
    ministry's director general and a UN rapporteur "on Human Rights and Counter-Terrorism"
    (issue 17, check-r41's false merge). Letters ("Minister for SAFRON"), bodies the span
    names by their kind ("Minister for Board of Investment") and spans that run on into the
    holder's name and clause are kept."""
    if mention.label != "ORG" or names.looks_like_acronym(mention.text.strip()):
        return False
    if not _FIELD_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    if not _FIELD_ENDS.match(text, mention.end):
        return False  # "for [Privatization Aasia Ishaque Siddiqui] on Tuesday said": a holder too
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", mention.text)]
    if not words or set(words) & _FIELD_BODY_WORDS:
        return False
    return not gazetteer.candidates(mention.text)


#: a route's word after two towns joined by a hyphen: the pair names the route
_ROUTE_AFTER = re.compile(
    r"[ \t]+(?:national[ \t]+)?(?:highways?|motorways?|expressways?|roads?|routes?|railways?|"
    r"section|segment|stretch|corridor|track|flights?|trains?)\b",
    re.IGNORECASE,
)
#: "…, Asif and Waheed": the last two of a list of one-word names, which the model took
#: for one name
_LIST_PAIR = re.compile(r"^([A-Z][a-z]+) and ([A-Z][a-z]+)$")
_LIST_BEFORE = re.compile(r"[A-Z][a-z]+,[ \t]+$")
#: "US-Nato base", "Pak-Afghan border": two names joined into a modifier of a common noun
_JOINED_MODIFIER = re.compile(r"^([A-Z][A-Za-z]+)-([A-Z][A-Za-z]+)$")
_COMMON_NOUN_AFTER = re.compile(r"[ \t]+[a-z]{3,}\b")


#: phrases of devotion that open or close a sentence ("Insha Allah, the day will come"):
#: capitalised and holding "Allah", so the model takes them for a name
_INTERJECTIONS = frozenset(
    normalize_name(p)
    for p in (
        "Insha Allah",
        "Inshallah",
        "InshaAllah",
        "Masha Allah",
        "Mashallah",
        "MashaAllah",
        "Alhamdulillah",
        "Subhanallah",
        "SubhanAllah",
        "Bismillah",
    )
)


#: capital letters and a plural's "s" ("DGMOs", "MPs", "CBMs"): the plural of an office's or a
#: common noun's letters, which names many of a kind, never one entity (issue 17, check-r33:
#: "the first contact between DGMOs" was a PERSON entity); an acronym that ends in S is all
#: capitals ("APS", "GIMS")
_PLURAL_LETTERS = re.compile(r"[A-Z]{2,6}s")


def _names_nothing_here(
    mention: Mention,
    text: str,
    gazetteer: geo.Gazetteer,
    offices: frozenset[str] = frozenset(),
) -> bool:
    """A span that, read in its sentence, is no one name: a cut piece of an office
    (:func:`_part_of_office`) or an office the document abbreviates (:func:`_offices`), a
    phrase of devotion ("Insha Allah"), the last two items of a list of one-word names ("Riaz,
    Javed, Asif and Waheed"), two names joined by a hyphen into a modifier where
    either is a country ("the US-Nato base", "Pak-India military conflict"), or two countries
    so joined before anything at all (:func:`_country_word`: "Pak-Afghan", "Pakistan-
    Afghanistan Joint Coordination Committee"). Places are kept
    ("Jammu and Kashmir"), and so is a hyphenated name the gazetteer knows ("Guinea-Bissau")."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return False
    if _part_of_office(mention, text) or mention.key in _INTERJECTIONS:
        return True
    if _PLURAL_LETTERS.fullmatch(mention.text.strip()):
        return True  # "contact between DGMOs", "MPs", "CBMs": a kind, in the plural
    if _portfolio(mention, text, gazetteer) or _portfolio_field(mention, text, gazetteer):
        return True
    if mention.text.strip() in _NAME_LIKE_MONTHS and _DAY_AFTER.match(text, mention.end):
        return True  # "ISLAMABAD, Mar 05 (APP):": the dateline's month, not a man
    if _cut_chamber(mention, text, gazetteer):
        return True
    bare = mention.text.replace(".", "").strip()
    if bare in offices:
        return True  # "the NSA" of a document that defines it as an adviser: a post
    defined_after = re.match(r"[ \t]*\(([A-Z]{2,6})\)", text[mention.end : mention.end + 12])
    if defined_after and defined_after.group(1) in offices:
        return True  # "Station House Office (SHO)": the post, cut or misspelt
    pair = _LIST_PAIR.match(mention.text)
    if pair and _LIST_BEFORE.search(text[max(0, mention.start - 40) : mention.start]):
        return not any(gazetteer.candidates(w) for w in pair.groups())
    joined = _JOINED_MODIFIER.match(mention.text)
    if (
        joined
        and mention.label != "NORP"
        and all(_country_word(half, gazetteer) for half in joined.groups())
        and not all(_peoples_word(half, gazetteer) for half in joined.groups())
        and not gazetteer.candidates(mention.text)
        and not _spelled_by_acronym_after(joined.groups(), text, mention.end)
    ):
        # two countries joined, whatever follows: a pair is no one entity -- a modifier
        # ("Pak-Afghan border", "Pak-Afghan cooperation", "Afghan" and "Pak" being a
        # country's people and its clipped name) or the head of a longer name the model cut
        # ("Pakistan-Afghanistan Joint Coordination Committee", "India-Pakistan Question");
        # a people of two ("an Afghan-American", NORP, or "Israeli-American Sagui Dekel-Chen",
        # two peoples' words, whatever the label) is a people, and a name the acronym
        # after it spells from the pair on ("China-Pakistan Economic Corridor (CPEC)") is
        # whole, grown back by the acronym rules
        return True
    if joined and _COMMON_NOUN_AFTER.match(text, mention.end):
        # either half a country: "US-Nato base", and "Pak-India military conflict", whose
        # first half is the country's short form; or both halves places the gazetteer knows
        # ("the Hangu-Kurram border": two districts, no one place), but for a route between
        # two towns ("the Quetta-Taftan highways", "Karachi-Thatta section"), which is a road
        if gazetteer.candidates(mention.text):
            return False
        return any(gazetteer.country(half) is not None for half in joined.groups()) or (
            all(gazetteer.candidates(half) for half in joined.groups())
            and not _ROUTE_AFTER.match(text, mention.end)
        )
    if _capitalised_adjective(mention, text, gazetteer):
        return True
    return _qualifier_of_a_name(mention, text, gazetteer)


#: capitalised words after a span and the acronym in brackets that closes them
_RUN_THEN_ACRONYM = re.compile(r"((?:[ \t]+[A-Z][\w’'-]*)+)[ \t]*\(([A-Z]{2,8})\)")


def _spelled_by_acronym_after(halves: Sequence[str], text: str, end: int) -> bool:
    """Whether the capitalised words after ``end`` close with an acronym spelled by the
    halves' initials and theirs: "China-Pakistan [Economic Corridor (CPEC)]" is one name
    the model cut, "Pakistan-Afghanistan [Joint Coordination Committee (JCC)]" a pair
    before a body's name."""
    found = _RUN_THEN_ACRONYM.match(text, end)
    if found is None:
        return False
    initials = [h[0] for h in halves] + [w[0] for w in found.group(1).split()]
    return "".join(initials).upper() == found.group(2)


def _peoples_word(word: str, gazetteer: geo.Gazetteer) -> bool:
    """A word of a people, no place's name: two such joined ("Israeli-American", "Afghan-
    German") say a person's two nationalities, a people, where a country's name or clipped
    name in the pair ("Pak-Afghan", "US-Israeli", "Kyrgyz-Tajik") says two countries."""
    return bool(_PEOPLES_ENDING.search(word)) and not gazetteer.candidates(word)


def _country_word(word: str, gazetteer: geo.Gazetteer) -> bool:
    """A country's name, its people's adjective, or its name clipped to a word of three
    letters or more ("Pak" of Pakistan, "Afghan" of Afghanistan): what a writer joins with
    a hyphen to say two countries at once ("Pak-Afghan border", "Indo-Pak talks")."""
    if gazetteer.country(word) is not None:
        return True
    return len(word) >= 3 and any(
        c.name.startswith(word) and c.name != word for c in gazetteer.countries()
    )


#: the endings of English adjectives of relation ("international", "national", "political",
#: "judicial", "provincial", "fundamental"): no name ends so and stands alone
#: and the adjectives of three directions ("the Eastern border", "Southern districts"): a
#: region's name goes on in capitals ("Eastern Cape"); "Western" before a noun names the West
#: ("Western nations", a bloc of countries) and stays
_DIRECTIONS = frozenset({"Eastern", "Northern", "Southern"})
_ADJECTIVE_ENDING = re.compile(
    r"^(?:[A-Z][a-z]{3,}(?:ional|ical|ntal|cial)|" + "|".join(sorted(_DIRECTIONS)) + ")$"
)


def _capitalised_adjective(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> bool:
    """One capitalised adjective before a common noun ("International law", "the International
    community", "national and International media", "the Eastern border"): the writer's
    capital on an adjective of relation or direction, not a body -- a body's name goes on in
    capitals ("International Court of Justice"). A place the gazetteer knows keeps its name,
    but for the three directions, which it knows as some town's name."""
    if len(mention.text.split()) != 1 or not _ADJECTIVE_ENDING.match(mention.text):
        return False
    if not _ADJECTIVE_AFTER.match(text, mention.end):
        return False
    if mention.text in _DIRECTIONS:
        return True  # the gazetteer knows an "Eastern" somewhere; before a noun it is none
    return not gazetteer.candidates(mention.text)


#: a body's name right before a bracket: "Communist Party of India (", "Muslim League ("
_NAME_BEFORE_BRACKET = re.compile(
    r"((?:[A-Z][\w’'-]*[ \t]+(?:(?:of|the|for|and)[ \t]+)?){1,5}[A-Z][\w’'-]*)[ \t]*\($"
)


def _qualifier_of_a_name(mention: Mention, text: str, gazetteer: geo.Gazetteer) -> bool:
    """One word in brackets right after a name, the word in title case ("Communist Party of
    India (Marxist)", "Muslim League (Nawaz)"): the qualifier that ends the body's name, a
    piece of it, not a people or a man of its own. Letters in brackets are the name's acronym
    ("(BLA)"), and a place the gazetteer knows ("Police (Karachi)") still names the place."""
    if mention.label not in ("NORP", "PERSON") or not mention.text.istitle():
        return False  # an ORG in title case is letters news writes as a word: "(Nato)"
    if len(mention.text.split()) != 1 or text[mention.end : mention.end + 1] != ")":
        return False
    found = _NAME_BEFORE_BRACKET.search(text, max(0, mention.start - 80), mention.start)
    if found is None:
        return False  # "He (Fidan) said", "The (Israeli) occupation": a gloss, no name's end
    words = {w.lower() for w in found.group(1).split()}
    if not words & (set(names.GENERIC_CLASSES) | _BODY_WORDS):
        return False
    return not gazetteer.candidates(mention.text)


#: a capitalised word, or its possessive, right before a span on its line ("Station [House]",
#: "President’s [House]")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][A-Za-z]*)(?:['’]s)?[ \t]+$|([A-Z][A-Za-z]*)['’]s?$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def _cut_chamber(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """A chamber's word alone (:data:`_CHAMBER_WORDS`) that the text writes after another
    capitalised word: "Station [House] Officer", "Governor [House]", "the President’s [House]"
    are a post and two buildings, no chamber. After a determiner ("The House") or a place
    ("Lebanon’s Parliament", "Punjab Assembly" cut) the word is the chamber."""
    if not _chamber_alone(mention.key):
        return False
    if mention.text[:1] in "'’":
        return True  # "’s House": the span begins at the owner's possessive
    found = _CAPITALISED_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    if found is None:
        return False
    word = found.group(1) or found.group(2)
    if word.lower() in _DETERMINERS:
        return False
    return not (gazetteer is not None and gazetteer.candidates(word))
