"""Words right around a name that say what kind of thing it names (issue 17, round 29).

The model reads the name alone; the words next to it often settle what it is:

* a facility's noun right after a "person" ("Ben Gurion airport", "Ofer prison", "Nasser
  hospital", "Kot Lakhpat jail"): the name is the facility's, which no man's name is followed
  by -- the model's PERSON kept the airport a man across reports;
* an administrative unit's word opening a "person" ("Tehsil Sahiwal" in a village's address):
  a place, and the report's lone "Sahiwal" is then no surname of a man it joins;
* a capital "The" inside a sentence right before a one-word name ("according to The Hindu",
  "published in The Lancet journal", "US magazine The Atlantic"): the article belongs to a
  title -- a newspaper's, a magazine's, a journal's -- so the name is that publication, not
  the people ("the Hindus") or the ocean its word also names, and it is keyed apart from them.

Each is a cue on one mention, read before the document's names are resolved, so that no rule
of names (surnames, lone people) reads a facility or a place as a man. The result depends on
the document alone: the same article gives the same mentions in any batch and order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dossier import geo, names
from dossier.records import Mention

#: a facility's noun right after a name, in either case: the model's span stops before it
#: ("Ben Gurion airport", "Israel's Ben Gurion Airport"); a road is left out, a man's name
#: being a road's as often ("Salahuddin road") as a road named after him is the man
FACILITY_AFTER = re.compile(
    r"[ \t]+(?:airport|air[ \t]?base|airbase|prison|jail|hospital|stadium|"
    # a police station or a check post named for its locality ("the Muslimabad check post",
    # "Torpal checkpost"), which the model reads as a man (issue 17, check-r37)
    r"police[ \t]+station|check[ \t-]?post|checkpost)\b",
    re.IGNORECASE,
)
#: the possessive right after a name: "Khan's hospital" is the man's, not a hospital's name
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def facility_named(mention: Mention, text: str) -> bool:
    """Whether a "person", or letters the model called a body, is a facility's name: a
    facility's noun follows it (:data:`FACILITY_AFTER`) and no possessive does ("the DHQ
    hospital"). Why: "Ben Gurion" of "targeting Ben Gurion airport" was one PERSON entity of
    six reports (issue 17, check-r25)."""
    if mention.via != "ner":
        return False
    if mention.label != "PERSON" and not (
        mention.label == "ORG" and names.looks_like_acronym(mention.text)
    ):
        return False
    if _POSSESSIVE_AFTER.match(text, mention.end):
        return False
    return FACILITY_AFTER.match(text, mention.end) is not None


#: the first word of a place's name in an address ("Tehsil Sahiwal", "Taluka Mirpur Sakro"):
#: the unit, then its name
UNIT_OPENERS = frozenset({"tehsil", "taluka", "taluqa"})


def unit_named(mention: Mention, not_a_place: frozenset[str]) -> bool:
    """Whether a name opens with an administrative unit's word and goes on with the unit's
    name ("Tehsil Sahiwal"), not with an office's or a building's word ("Tehsil Headquarters
    Hospital", "Tehsil Municipal Administration": ``not_a_place``, the words after
    "District" that make it a body's). Why: the model's PERSON "Tehsil Sahiwal" took the
    report's "Sahiwal" (the city) as its surname (issue 17, check-r25)."""
    if mention.via != "ner" or mention.label not in ("PERSON", "ORG", "FAC", "NORP"):
        return False
    words = names.normalize_name(mention.text).split()
    return len(words) >= 2 and words[0] in UNIT_OPENERS and not set(words[1:]) & not_a_place


#: a capital "The" inside a sentence (after a lower-case word or a comma, on the same line:
#: a heading's "Lebanon strike  The Israeli military" is a sentence's first word)
_TITLE_THE_BEFORE = re.compile(r"(?:[a-z]|,)[ \t]The[ \t]$")
#: a capital "The" anywhere, a sentence's first word too ("The Atlantic said")
_THE_BEFORE = re.compile(r"(?:^|[^\w])The[ \t]$")
#: the labels a publication's word may carry from the model: its people's, its place's, a
#: man's, a body's; a facility ("on The Mall") keeps its own
_WORK_LABELS = frozenset({"NORP", "GPE", "LOC", "PERSON", "ORG"})


def publication_key(key: str) -> str:
    """The key of a publication titled "The <word>": apart from the word's own key, which
    names the people or the place ("hindu", "atlantic")."""
    return f"the {key}"


def is_publication(key: str) -> bool:
    """Whether a key is a publication's (:func:`publication_key`)."""
    return key.startswith("the ")


def _may_title(mention: Mention, gazetteer: geo.Gazetteer | None) -> bool:
    """A one-word name, not letters ("The UN") and no place the gazetteer knows ("in The
    Hague"), with a label a publication's word may carry."""
    if mention.via != "ner" or mention.label not in _WORK_LABELS:
        return False
    word = mention.text.strip()
    if " " in word or not word[:1].isupper() or names.looks_like_acronym(word):
        return False
    return not (gazetteer is not None and gazetteer.candidates(word))


def titled_works(
    mentions: list[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> list[Mention]:
    """One-word names after a capital "The" inside a sentence (:data:`_TITLE_THE_BEFORE`) as
    the publications they title: ORGs keyed by :func:`publication_key`, and with them the
    same word after a sentence's first "The" in the same report ("The Atlantic said").
    "The Hindu reported" is a newspaper, not the Hindus; "The Atlantic published" a magazine,
    not the ocean of "the Atlantic boat tragedy" (issue 17, check-r25: one entity held both).
    A word without "The" ("Hindu pilgrims", "an Atlantic journalist") keeps its key: the same
    report may name the people too."""
    titled = {
        m.key
        for m in mentions
        if _may_title(m, gazetteer) and _TITLE_THE_BEFORE.search(text, max(0, m.start - 6), m.start)
    }
    if not titled:
        return mentions
    return [
        replace(m, key=publication_key(m.key), label="ORG")
        if m.key in titled
        and _may_title(m, gazetteer)
        and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
        else m
        for m in mentions
    ]


def facilities_throughout(mentions: list[Mention], text: str) -> list[Mention]:
    """A name the report writes before a facility's noun once (:func:`facility_named`) is the
    facility in its other sentences too ("targeting Ben Gurion airport ... Ben Gurion was now
    open"): the report's "persons" of that key are the facility. Why: the report's later
    mentions kept the model's PERSON and outvoted the airport."""
    keys = {m.key for m in mentions if m.label == "FAC" and FACILITY_AFTER.match(text, m.end)}
    if not keys:
        return mentions
    return [
        replace(m, label="FAC") if m.key in keys and m.label == "PERSON" and m.via == "ner" else m
        for m in mentions
    ]


#: the head word of a law's, a place's or a square's name, which a span holds alone when the
#: model cut the name before it ("Waqf (Amendment) [Bill]", "Gaza [Strip]", "Fawara [Chowk]",
#: "Naurang Bypass [Road]"); general words of English and of the region's street names
CUT_HEADS = frozenset(
    "act bill ordinance amendment treaty code strip chowk road line valley bazaar colony".split()
)
#: a capitalised word or a closing bracket right before the span, with no punctuation between:
#: the rest of the name the head closes
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'\-]*|\))[ \t]+$")
#: words that open a sentence or a phrase, not a name: "The Act", "This Bill"
_OPENERS = frozenset({"The", "This", "That", "These", "Those", "A", "An", "Its", "Their"})


def cut_head(mention: Mention, text: str) -> bool:
    """Whether a one-word span is only the head of a name the model cut before it (:data:
    `CUT_HEADS` after a capitalised word or a bracket): "the Right to Information (Amendment)
    [Bill]", "the Gaza [Strip]". The piece names nothing by itself; kept, every report's cut
    "Bill" was one entity (a PERSON) holding a dozen laws (issue 17, check-r26: three "Bill"
    entities and a "Strip" were junk). "The Act", "the Bill" written alone stay (the bare
    laws' rule reads them)."""
    if mention.via != "ner" or " " in mention.text.strip():
        return False
    if mention.text.strip().lower() not in CUT_HEADS or not mention.text[:1].isupper():
        return False
    before = _NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None:
        return _short_of_named(mention, text)
    word = before.group(0).strip()
    return word not in _OPENERS or _short_of_named(mention, text)


#: the heads of :data:`CUT_HEADS` that close a place's name, not a law's: a law's head alone
#: ("the Bill") is the report's bare law, which its own rule reads
_PLACE_HEADS = CUT_HEADS - frozenset("act bill ordinance amendment treaty code".split())
#: "the" right before the span
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _short_of_named(mention: Mention, text: str) -> bool:
    """Whether a place's head stands alone after "the" ("return to [the Strip]"): the short
    form of a name ("the Gaza Strip"), which by itself names nothing across reports; kept, it
    was one "Strip" entity of every report's Gaza, labelled junk (issue 17, check-r26). The
    report need not write the whole name: an editorial that says "Gaza" and then "the Strip"
    made the same entity (session 31)."""
    head = mention.text.strip()
    if head.lower() not in _PLACE_HEADS:
        return False
    return _THE_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None


#: a currency's mark and a figure opening a span: "Rs 10 million", "$5bn", "PKR 2,000"
_AMOUNT = re.compile(r"^(?:Rs|PKR|USD|US\$|Dh|AED|\$|€|£)\.?[ \t]?\d", re.IGNORECASE)


def amount(mention: Mention) -> bool:
    """Whether a span is a sum of money ("head money of [Rs 10 million]"), which the model
    sometimes labels a law or a body: a figure names nothing (issue 17, check-r26)."""
    return mention.via == "ner" and _AMOUNT.match(mention.text.strip()) is not None


#: the rest of a diplomatic rank after its first word: "Chargé d’Affaires"
_AFFAIRES_AFTER = re.compile(r"[ \t]+d[’']?[ \t]?affaires\b", re.IGNORECASE)


def rank_cut(mention: Mention, text: str) -> bool:
    """Whether a span is the first word of the rank "chargé d'affaires" ("upgrade the level of
    its [Chargé] d’Affaires in Kabul"): a post, which names nobody without its holder, as a
    bare title does (issue 17, check-r26)."""
    return mention.via == "ner" and _AFFAIRES_AFTER.match(text, mention.end) is not None


#: an institution's head word closing a run of capitalised words after a "person"
_INSTITUTION_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w’'\-]*)*[ \t]+(?:College|University|School|Institute|Academy|Hospital)\b"
)


def inside_institution(mention: Mention, text: str) -> bool:
    """Whether a "person" stands inside the capitalised name of a college, a school, a
    university or a hospital named after somebody ("Khan Bahadur Chaudhary [Mushtaq] Ahmad
    College"): a capitalised word before it, and the institution's word closing the run after
    it. The piece is neither the man (long dead, or someone else of the same given name) nor
    the institution, and names nothing by itself (issue 17, check-r26)."""
    if mention.via not in ("ner", "surname") or mention.label != "PERSON":
        return False
    before = _NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or before.group(0).strip() in _OPENERS or before.group(0).strip() == ")":
        return False
    return _INSTITUTION_AFTER.match(text, mention.end) is not None


#: a body's kind in lower case right before a one-word name, in apposition ("the UN
#: children's agency Unicef warned", "the banned outfit BLA", "media agency Raftar"): the name
#: is the body's; a man is never written after the bare noun of a kind of body (a head of one
#: is: "the agency's chief", which a possessive or a title separates)
_BODY_NOUN_BEFORE = re.compile(
    r"(?<![’'])\b(?:agency|outfit|alliance|coalition|seminary|madr[ae]ss?ah?|magazine|tabloid|"
    r"charity)[ \t]+$"
)
#: a body's kind in apposition right after a name, its letters in brackets allowed ("the Baloch
#: Raji Aajoi Sangar (BRAS), an umbrella grouping of Baloch insurgent organisations", "Hafiz
#: Gul Bahadur group, a North Waziristan-based terror outfit"): up to three words describe the
#: kind, none a function word ("a member of the group" is a man's apposition), and the kind
#: closes its phrase ("a group commander" is a man's); "grouping" only as an umbrella's (a
#: place is "a grouping of hamlets")
_BODY_APPOSITION_AFTER = re.compile(
    r"(?:[ \t]*\([A-Z]{2,8}\))?,[ \t]+an?[ \t]+"
    r"(?:(?!(?:of|the|in|for|to|with|and|by|from)\b)[\w\-]+[ \t]+){0,3}?"
    r"(?:group|organi[sz]ation|outfit|faction|alliance|coalition|umbrella[ \t]+grouping)"
    r"(?=[ \t]+(?:of|that|which|whose|based|led)\b|[ \t]*[,.;])"
)
#: a religious school's noun in lower case right after a name ("the Haqqania seminary", "the
#: Haqqania madressah"): the school's name, which the model reads as a place (issue 17,
#: check-r35); a place the gazetteer knows before it ("the Akora Khattak seminary") is the
#: school's town, left alone by the caller
_SCHOOL_AFTER = re.compile(r"[ \t]+(?:seminary|madr[ae]ss?ah?)\b")
#: "the offices of" right before a name: a body's premises in the plural, which a man's
#: name is not written after ("the former offices of Charlie Hebdo", "the offices of Nadra")
_OFFICES_OF_BEFORE = re.compile(r"\boffices[ \t]+of[ \t]+(?:the[ \t]+)?$")
#: the name closed, no lower-case noun after it: "the offices of Zehri municipal committee"
#: is the committee's, the place word only qualifies it
_NAME_CLOSED = re.compile(
    r"(?![ \t]+(?!(?:in|on|at|and|or|to|for|from|with|by|was|were|is|had|has|have|who|which|"
    r"that|since|after|before|when|where)\b)[a-z])"
)
#: labels a body's name carries from the model where a cue shows the body: a man's, a
#: facility's, a place's, a people's
_MISREAD_BODY = frozenset({"PERSON", "FAC", "GPE", "LOC", "NORP"})


def body_named(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether the words around a name the model read as a man, a facility or a place show a
    body: a body's kind in apposition before a one-word name (:data:`_BODY_NOUN_BEFORE`) or
    after any name (:data:`_BODY_APPOSITION_AFTER`), a religious school's noun after it
    (:data:`_SCHOOL_AFTER`), or "the offices of" before it. Why:
    issue 17, check-r35: "the Baloch Raji Aajoi Sangar (BRAS), an umbrella grouping of Baloch
    insurgent organisations" was a FAC, Charlie Hebdo ("the former offices of Charlie
    Hebdo") a PERSON, and check-r34's "the UN children's agency Unicef" a PERSON entity of its
    own. A place the gazetteer knows is left alone ("the offices of Quetta's ...")."""
    if mention.via != "ner" or mention.label not in _MISREAD_BODY:
        return False
    name = mention.text.strip()
    if gazetteer is not None and gazetteer.candidates(name):
        return False
    cut = _NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if cut is not None and cut.group(0).strip() not in _OPENERS:
        # the model cut a longer name ("Islami Qaumi [Ittehad] Aqwam Jandol, a local
        # organisation"): the rules that mend it read the pieces as they came
        return False
    if _BODY_APPOSITION_AFTER.match(text, mention.end) or _SCHOOL_AFTER.match(text, mention.end):
        return True
    before = text[max(0, mention.start - 40) : mention.start]
    if _OFFICES_OF_BEFORE.search(before) and _NAME_CLOSED.match(text, mention.end):
        return True
    return (
        " " not in name
        and _BODY_NOUN_BEFORE.search(before) is not None
        and not names.holds_common_given(name)
    )


#: the last word of a meeting's name ("a Multi-Party Conference", "an All Parties Conference"):
#: with the indefinite article the name is a meeting to be held, not the standing body a
#: conference's name may also be ("the All Parties Hurriyat Conference")
_MEETING_HEADS = frozenset({"conference", "summit", "moot", "jirga"})
#: the indefinite article right before a name, after a lower-case word or at no sentence start
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w])(?:a|an)[ \t]+$")


def meeting_announced(mention: Mention, text: str) -> bool:
    """Whether a name closed by a meeting's word follows "a"/"an" ("will soon convene a
    Multi-Party Conference (MPC)", "called for an All Parties Conference"): a meeting, an
    EVENT, which the model calls an ORG (issue 17, check-r35). A standing body named so is
    written with "the"."""
    if mention.via != "ner" or mention.label not in ("ORG", "PERSON", "FAC", "GPE"):
        return False
    words = names.normalize_name(mention.text).split()
    if len(words) < 2 or words[-1] not in _MEETING_HEADS:
        return False
    return _INDEFINITE_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None


#: "gang" in the singular right after a name ("the Marina Khan gang", "the Aftab alias Tabi
#: gang"): police name a gang after its leader, a person; a place's gangs are written in the
#: plural or after a place the gazetteer knows ("the Lyari gangs")
_GANG_AFTER = re.compile(r"[ \t]+gang\b(?![’'\-])")


def leader_named(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """Whether a name of two or more words the model read as a place or a body names a gang
    after its leader: a person (issue 17, check-r35: "the Marina Khan gang", its leader named
    alone in the next sentences, was a LOC). Letters ("the MQM gang") and a place the
    gazetteer knows are left alone."""
    if mention.via != "ner" or mention.label not in ("LOC", "GPE", "FAC", "ORG"):
        return False
    name = mention.text.strip()
    if len(name.split()) < 2 or names.looks_like_acronym(name):
        return False
    if gazetteer is not None and gazetteer.candidates(name):
        return False
    return _GANG_AFTER.match(text, mention.end) is not None
