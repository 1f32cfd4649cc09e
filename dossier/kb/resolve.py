"""Resolve stage: group mentions into entities.

This first version merges mentions whose normalised names are equal (see
:func:`dossier.names.normalize_name`), across all documents. Each grouping key
is mapped to an entity id with the *reason* for the mapping, so that later
fuzzy or manual merges can explain themselves. Names and types are chosen by
evidence across every mention, not by the first one seen: spaCy labels the
same militia PERSON in one sentence and ORG in the next.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, cast
from urllib.parse import urlsplit

from dossier import geo, names
from dossier.clean.lines import MONTH
from dossier.config import (
    ACRONYM_MIN_DOCUMENTS,
    ACRONYM_MIN_SHARE,
    LONE_SURNAME_MIN_DOCUMENTS,
    LONE_SURNAME_MIN_SHARE,
    news_agencies,
)
from dossier.extract.nlp import DESCRIPTION
from dossier.ingest.refs import Reference
from dossier.kb import context_types, name_cues, office_letters, place_spans
from dossier.kb.resolution_reads import ResolutionReads
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Mention
from dossier.store.base import AliasStat, EntityRow, Store

#: how many sentences back a generic description ("the group") may look
DESCRIPTION_WINDOW = 3
#: labels the model gives a lone surname ("Usmani" comes out NORP, "Soleimani" GPE)
_SURNAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})

#: tie-break when two labels have the same number of mentions
TYPE_PRIORITY = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "OTHER")


def _org_like(mention: Mention) -> bool:
    """Mentions a description may point to: organisations, group names the
    model mislabels (their last word is an organisation noun), acronyms the document
    expanded ("the BLA ... the group": news names a group by its letters once it has
    spelled them out), and earlier resolved descriptions, which keep a salient group in
    focus."""
    if mention.via not in ("ner", "description", "acronym"):
        return False
    last = mention.key.rsplit(" ", 1)[-1]
    return mention.label == "ORG" or last in names.GENERIC_CLASSES


def _word_class(word: str) -> str:
    """Generic words meet their translations: "liwa" and "brigade" are one class."""
    return names.GENERIC_CLASSES.get(word, word)


def _classes(key: str) -> set[str]:
    return {_word_class(w) for w in key.split()}


#: a possessive between two words of a span: "Council’s Shura"
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s+\w")


def _is_bare_generic(mention: Mention) -> bool:
    """A "name" made only of generic words ("Brigade", "the Group")."""
    words = mention.key.split()
    return bool(words) and all(w in names.GENERIC_CLASSES for w in words)


#: last words of names that are no body at all, though an organisation word may come before
#: ("Pakistan Army Act", "Army Public School", "First Information Report", "Jaffar Express",
#: "Press Club"): a description of a body never stands for them
_NOT_A_BODY_HEADS = frozenset({"school", "college", "university", "club", "express", "memorial"})
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


def _common_noun_letters(text: str, defined: dict[str, str]) -> frozenset[str]:
    """Capitals the report itself defines as a common noun: "intelligence-based operation
    (IBO)", "first information report (FIR)", "improvised explosive device (IED)".

    Why: their capitals make the model tag every later "IBO" or "FIR" as an organisation,
    and across an archive they became entities with hundreds of mentions that name no one;
    the writer's lower case says they are a kind of thing (see
    :func:`dossier.names.lower_case_acronyms`). A body's word at the end of the expansion
    keeps the letters a name (:data:`_BODY_WORDS`); ``defined``: the acronyms the text
    defines by capitalised words (:func:`dossier.names.acronyms_in_text`), read once."""
    return frozenset(
        letters
        for letters, words in names.lower_case_acronyms(text, defined).items()
        if words.split()[-1] not in _BODY_WORDS
    )


def _compound_letters(
    mentions: Sequence[Mention], text: str, defined: dict[str, str]
) -> frozenset[str]:
    """Capitals the report uses undefined while it spells out, as a common noun, the one-word
    compound they abbreviate ("Counterterrorism action ... its CT operations",
    "counterinsurgency ... COIN operations"): a kind of operation, as in
    :func:`_common_noun_letters`, which the model tags as a body and an archive joins across
    reports into an entity that names no one. Letters the report defines by capitalised
    words (``defined``) stay a name."""
    asked = {
        letters
        for mention in mentions
        if 2 <= len(letters := mention.text.strip()) <= 8
        and letters.isalpha()
        and letters.isupper()
        and letters not in defined
    }
    if not asked:
        return frozenset()
    # the text's words are found once, each distinct set of letters looked up in them
    words = names.compound_words(text)
    return frozenset(
        letters for letters in asked if names.spelled_as_compound(letters, text, words)
    )


def _defined_common_noun(mention: Mention, letters: frozenset[str]) -> bool:
    """Whether the mention is only such letters, singular or plural ("IBO", "IBOs")."""
    form = mention.text.replace(".", "").strip()
    return form in letters or (form.endswith("s") and form[:-1] in letters)


def _may_be_described(mention: Mention, head: str) -> bool:
    """Whether a description whose head is of class ``head`` may stand for ``mention``."""
    if not _org_like(mention) or _is_bare_generic(mention):
        return False
    words = mention.key.split()
    last = words[-1]
    if last in LAW_HEADS or last in DOCUMENT_HEADS or last in FACILITY_WORDS:
        return False
    if last in _NOT_A_BODY_HEADS:
        return False
    if _OFFICE_OF.match(mention.text) or _OFFICE_OF.match(mention.key):
        return False  # "Chief of Army Staff" (and its "COAS"): an office its holder fills
    if name_cues.is_publication(mention.key):
        return False  # "The Atlantic": a magazine reports on "the group", it is none
    return head not in _OPEN_HEADS or not _STATE_OFFICE_WORDS.intersection(words)


def _antecedent(
    description: Mention,
    before: Sequence[Mention],
    after: Sequence[Mention],
    named_only: bool = False,
) -> Mention | None:
    """The organisation a definite description refers to, or None.

    "the Brigade" takes the nearest earlier name containing "brigade" (or,
    when a summary line precedes the first naming, the next one); a generic
    "the group" takes, among organisations named in the last few sentences,
    the one the document has named most so far (then the nearest).

    ``named_only``: a capitalised generic the model took for a name ("the Army") stands
    for a body of its own kind; with no name of that kind around, the most-named group
    nearby ("Green Pakistan Initiative") is a guess, and a wrong alias is worse than none.
    """
    head = _word_class(description.key.rsplit(" ", 1)[-1])
    candidates = [m for m in before if _may_be_described(m, head)]
    named = [m for m in candidates if head in _classes(m.key)]
    if named:
        return named[-1]
    ahead = [
        m
        for m in after
        if _may_be_described(m, head)
        and head in _classes(m.key)
        # a summary line names what the next lines spell out, not a body far down the report
        and m.sentence - description.sentence < DESCRIPTION_WINDOW
    ]
    if ahead:
        return ahead[0]
    if named_only:
        return None
    # a word the report also writes as a place ("the Mangochar area ... the Mangochar
    # attack") is that place, however the model typed it there: no group to describe
    places = {m.key for m in (*before, *after) if m.label in ("GPE", "LOC")}
    candidates = [m for m in candidates if m.key not in places]
    recent = [m for m in candidates if description.sentence - m.sentence < DESCRIPTION_WINDOW]
    if not recent:
        return None
    counts = Counter(m.key for m in candidates)
    best = max(range(len(recent)), key=lambda i: (counts[recent[i].key], i))
    return recent[best]


#: description heads that say only "a body of people": "the group" may take the most-named
#: organisation nearby. Every other head of :data:`dossier.extract.nlp.ORG_HEADS` says which
#: kind of body ("the army", "the security forces", "the health ministry", "the agency"): news
#: uses those for the state's own bodies as often as for a group it named, so they take only a
#: name of that kind
_OPEN_HEADS = frozenset(
    {"group", "outfit", "organisation", "movement", "faction", "network", "militia", "party"}
)
#: a description that is not a reference back: it coordinates several bodies ("the government
#: and security forces", "the public, government or armed forces") or is defined by the
#: phrase after it ("the last group of prisoners", "the movement of suspected people")
_SEVERAL = re.compile(r"\s(?:and|or|&)\s|,")
_OF_AFTER = re.compile(r"^\s+of\b")
#: modifiers that describe any body and so never tell two apart
_NEUTRAL_MODIFIERS = frozenset(
    "the same new former banned outlawed proscribed defunct militant terrorist separatist "
    "armed said whole entire local".split()
)


def _not_a_reference(description: Mention, text: str) -> bool:
    """A definite description that names no earlier body (see :data:`_SEVERAL`)."""
    after = text[description.end : description.end + 4]
    return bool(_SEVERAL.search(description.text) or _OF_AFTER.match(after))


def _kind_head(description: Mention) -> bool:
    """A description whose head names a kind of body (see :data:`_OPEN_HEADS`)."""
    head = description.text.rsplit(" ", 1)[-1].strip(".,;:’'").lower()
    return _word_class(head) not in _OPEN_HEADS


def _modifiers_fit(description: Mention, name: Mention) -> bool:
    """Every telling modifier of a kind-head description is a word of the name: "the security
    forces" is no "Anti-Terrorist Force", "the domestic security agency" no "National News
    Agency"; "the force" or "the police force" may be either."""
    words = [w.strip(".,;:()’'").lower() for w in description.text.split()[1:-1]]
    own = set(name.key.split())
    return all(
        w in own or w in names.GENERIC_CLASSES or w in _NEUTRAL_MODIFIERS for w in words if w
    )


def _head_fits(description: Mention, name: Mention) -> bool:
    """A description headed by an office every province or city has one of
    (:data:`_REPLICATED_HEADS`: "the police department", "the health department") names a
    body of that head, so only a name holding the head's word may be its antecedent: the
    modifier says which kind of office ("police"), the head that it is the department, and a
    force named before it ("Frontier Reserve Police") is a body of that kind but not the
    department (the province's police as a whole). Other heads ("the police force", "the
    army") take a name of the modifier's kind."""
    head = description.text.rsplit(" ", 1)[-1].strip(".,;:’'").lower()
    if head not in _REPLICATED_HEADS:
        return True
    return _word_class(head) in _classes(name.key)


_HYPHEN_TAIL = re.compile(r"(?:^|\s)([A-Z][a-z]{2,})-([A-Z][\w’']*)$")
#: name particles a hyphen joins to a surname ("Abu-Bakr", "Bin-Laden"): one name, not two
_HYPHEN_PARTICLES = frozenset({"abu", "abd", "abdul", "bin", "ben", "ibn", "bint", "umm", "ould"})


def _joins_a_body(text: str, bodies: set[str]) -> bool:
    """A "person" whose last word is hyphen-joined to a capitalised word before it and is,
    alone, a body or place the document names: "Netanyahu-Hamas", "Anti-Taliban"."""
    tail = _HYPHEN_TAIL.search(text.strip())
    if tail is None or tail.group(1).lower() in _HYPHEN_PARTICLES:
        return False
    return normalize_name(tail.group(2)) in bodies


#: what news calls an armed group it has named ("the banned outfit", "the militant group"):
#: such a description may take the group the report is about even if the words are not in
#: its name
_MILITANCY = frozenset(
    "banned outlawed proscribed militant terrorist rebel armed extremist jihadist insurgent "
    "separatist fighter".split()
)


def _open_modifiers_fit(description: Mention, name: Mention) -> bool:
    """An open-head description ("the group") with a lower-case modifier names a body of the
    kind the modifier says: "the chat group", "the rights group", "the police party", "the
    rival group" are no group named nearby (a messaging app, a hospital, a bank). It may
    take ``name`` when a modifier is a word of militancy (:data:`_MILITANCY`) or every
    modifier is a word of the name (:func:`_modifiers_fit`)."""
    words = [w.strip(".,;:()’'“”\"").lower() for w in description.text.split()[1:-1]]
    lower = [
        w for w, raw in zip(words, description.text.split()[1:-1], strict=True) if raw[:1].islower()
    ]
    if not lower or any(w in _MILITANCY for w in lower):
        return True
    return _modifiers_fit(description, name)


def _modifier_class(description: Mention) -> str | None:
    """The organisation word among a description's modifiers ("the police force": "police"),
    or None. Such a description names a body of that kind, so only a name of that kind
    may be its antecedent, never the most-named group nearby (a hospital, a militant)."""
    words = [w.strip(".,;:").lower() for w in description.text.split()[:-1]]
    kinds = [w for w in words if w in names.GENERIC_CLASSES]
    return kinds[-1] if kinds else None


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
#: capitalised words that begin sentences or clauses rather than names
_NOT_NAME_WORDS = frozenset(
    "the a an and but or in on at of for to from by with as after before when while if "
    "today yesterday however meanwhile then also".split()
)


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


_WEB_SUFFIXES = ("com", "tv", "pk", "net", "org", "news")


#: leading host labels that say nothing of the publisher ("www.dawn.com", "m.dawn.com")
_HOST_PREFIXES = frozenset({"www", "m", "amp", "mobile", "en", "english", "edition"})


def _site_name(url: str | None) -> str | None:
    """The publisher's name in a web address ("https://www.dawn.com/news/…" -> "dawn"): a
    text fed as JSON lines carries no site name but its address, and the outlet's web name
    ("Dawn.com") is then a source as much as with a site name from the page."""
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").split(".")
    labels = [h for h in host[:-1] if h not in _HOST_PREFIXES]
    return normalize_name(labels[0]) or None if labels else None


#: host labels of bodies that publish their own statements (un.org, who.int, mofa.gov.pk):
#: the site's name is then an actor as well as the source, not an outlet to drop
_INSTITUTION_LABELS = frozenset({"org", "int", "gov", "mil", "edu"})


def _self_published(url: str | None) -> bool:
    """Whether a web address is an institution's own site rather than a news outlet's.

    A report on un.org is the United Nations speaking of itself: "the UN said" there names
    an actor, where "Dawn" on dawn.com names only the publisher. A news outlet on such a
    host (npr.org) is listed among the wire services (``DOSSIER_NEWS_AGENCIES``)."""
    if not url or "://" not in url:
        return False
    host = (urlsplit(url).hostname or "").split(".")
    return bool(_INSTITUTION_LABELS & set(host[1:]))


def _outlets(analyzed: AnalyzedDocument, agencies: Sequence[str]) -> set[str]:
    """Normalised names of the outlets that report this document: its own outlet
    and the configured wire services. They are sources, not actors."""
    found = {normalize_name(a) for a in agencies}
    url = analyzed.document.url or analyzed.document.source
    if not _self_published(url):  # the body's own name (site or page's site name) is an actor
        if analyzed.document.outlet:
            found.add(normalize_name(analyzed.document.outlet))
        site = _site_name(url)
        if site:
            found.add(site)
    found = {f for f in found if f}
    # the outlet's web name ("Dawn.com", "Reuters.com") credits the same outlet
    return found | {f"{f} {suffix}" for f in found for suffix in _WEB_SUFFIXES}


#: words that present a name as a news medium right before it ("state-run Radio Pakistan",
#: "state broadcaster PTV", "the news agency WAM")
_MEDIUM_BEFORE = re.compile(
    r"(?:\bstate[- ](?:run|owned|media|television|broadcaster)|\bbroadcaster|"
    r"\bnews (?:agency|channel|outlet|website)|\bnewspaper|\b(?:tv|television) channel)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: a sentence that credits a report to somebody ("… reported", "according to …")
_CREDIT_WORDS = re.compile(
    r"\b(?:reported|reports|according to|quoted|shared by|aired|broadcast|"
    r"in an interview with|wrote in)\b",
    re.IGNORECASE,
)
#: the words of a news medium's own name ("Radio Pakistan", "Pakistan Television", "The News",
#: "Wall Street Journal", "Kashmir Media Service")
MEDIUM_WORDS = frozenset(
    "radio television tv news times post tribune herald gazette broadcasting journal media".split()
)
#: a name's last word that makes it a body's press office ("PM Office Media Wing", "the
#: military's media wing"): it speaks for its body, an actor, not a medium reporting on it
_PRESS_OFFICE_ENDS = frozenset({"wing", "cell", "office", "department", "directorate", "section"})
#: a medium's common noun right after its name, then its words ("Yemen's Al Masirah television
#: station said", "the Houthis' Al-Masirah TV said", "Al Arabiya news channel reported")
_MEDIUM_NOUN_AFTER = re.compile(
    r"^\s+(?:television|TV|radio|news\s+(?:agency|channel|website)|channel|newspaper)"
    r"(?:\s+(?:station|channel|network))?(?:\s*\([A-Z]{2,8}\))?,?\s+"
    r"(?:(?:has|had|also|further|earlier|later|then|first)\s+)?"
    r"(?:report(?:ed|s)|said|says|quoted|announced|aired|broadcast|showed)\b"
)
#: a people's word, which a medium's noun may follow as the country's ("Iranian TV said")
_PEOPLES_WORD = re.compile(r"(?:ian|an|ese|ish|i)$")
_AIRED = re.compile(r"^(?:broadcast|aired)\b", re.IGNORECASE)
#: a name a report's words were given to ("told Newsweek", "told the NYT")
_TOLD_NAME_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$")
#: a name the report credits for a report or footage: "according to Newsweek", "a report by
#: Newsweek", "footage broadcast early Friday by Al-Masirah"
_CITED_BEFORE = re.compile(
    r"\b(?:according\s+to(?:\s+a\s+report\s+(?:by|in))?|a\s+report\s+(?:by|in)|"
    r"(?:broadcast|aired)(?:\s+[\w-]+){0,2}\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: the name credited right after it ("Radio Pakistan reported", "Pakistan Television (PTV)
#: reported", "state-run PTV News said", "PTV News quoted the DG ISPR", "PTV News further
#: reported": a medium's name saying or reporting is the medium credited, as a wire service
#: is) or right before it ("according to", "wrote in The News")
_CREDITED_AFTER = re.compile(
    r"^(?:\s*\([A-Z]{2,8}\))?,?\s+(?:(?:has|had|also|further|earlier|later|then|first)\s+)?"
    r"(?:report(?:ed|s)|said|says|quoted|announced|aired|broadcast|noted)\b"
)
#: a body's name before a medium's word in lower case, told or spoken on: "he told BBC radio",
#: "said on CNN television": the broadcaster the words were given to, a source
_TOLD_BEFORE = re.compile(r"\b(?:told|to|on|with)\s+(?:the\s+)?$")
_MEDIUM_AFTER = re.compile(r"^\s+(?:radio|television|tv)\b")
#: words given to a broadcaster by a speaker: "told Geo News", "speaking on Geo News", "in an
#: interview on Geo News"; and its programme after the name ("Geo News programme ...")
_SPOKEN_TO_BEFORE = re.compile(
    r"\b(?:told|(?:speaking|spoke|talking|talked|appearing|appeared)\s+(?:on|to|with)|"
    r"said\s+on|in\s+an\s+interview\s+(?:on|with))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_INTERVIEW_BEFORE = re.compile(
    r"\bin\s+an\s+(?:exclusive\s+)?interview\s+(?:with|to)\s+(?:the\s+)?$", re.IGNORECASE
)
#: punctuation right after a name, its letters in brackets allowed: "Deutsche Welle (DW),"
_NAME_CLOSED_AFTER = re.compile(r"^(?:\s*\([A-Z]{2,8}\))?\s*[,.;:)”\"]")
_PROGRAMME_AFTER = re.compile(r"^\s+(?:programme|program|show|talk\s+show)\b")
_CREDITED_BEFORE = re.compile(
    r"\b(?:according to|quoted by|shared by|wrote in|reported by)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span lies in, by its stops: enough to see what credits a name."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "\n", "? ", "! "))
    closing = [i for i in (text.find(stop, end) for stop in (". ", "\n")) if i >= 0]
    return text[opening + 1 : min(closing) if closing else len(text)]


def _credited_outlets(mentions: Sequence[Mention], text: str, defined: dict[str, str]) -> set[str]:
    """Keys of the names this report credits as a news medium: "state-run Radio Pakistan
    reported", "according to state broadcaster PTV", "Radio Pakistan reported", "wrote in The
    News", "he told BBC radio". They are sources, as the wire services are
    (:func:`_outlets`), though no list names them: a public broadcaster or a newspaper
    quoted by another outlet.

    Why two cues: a medium's word before the name ("state-run", "broadcaster") only with a
    credit in the sentence ("the state-run Radio Pakistan building was torched" names a
    building); a name made of a medium's words ("Radio", "Television", "News") only when the
    credit is right beside it. A person is never an outlet. An acronym the report defines as
    a credited medium ("Pakistan Television (PTV)") is one too."""
    found: set[str] = set()
    for mention in mentions:
        if mention.label == DESCRIPTION:
            continue
        # a name followed by a medium's noun that speaks ("Yemen's Al Masirah television
        # station said"): a medium whatever the model called it, a man has no station; a
        # people's word or a place is the country's ("Iranian TV said", "Damascus radio
        # said"), not a medium's name
        if (
            mention.label not in ("NORP", "GPE", "LOC")
            and not _PEOPLES_WORD.search(mention.text.strip())
            and _MEDIUM_NOUN_AFTER.match(text[mention.end : mention.end + 60])
        ):
            found.add(mention.key)
            continue
        if mention.label == "PERSON":
            continue
        before = text[max(0, mention.start - 60) : mention.start]
        after = text[mention.end : mention.end + 20]
        words = set(normalize_name(mention.text).split())
        medium = _MEDIUM_BEFORE.search(before) and _CREDIT_WORDS.search(
            _sentence_around(text, mention.start, mention.end)
        )
        # a press office's words speak for its body ("PM Office Media Wing said"): no medium
        press_office = normalize_name(mention.text).rpartition(" ")[2] in _PRESS_OFFICE_ENDS
        named = (
            words & MEDIUM_WORDS
            and not press_office
            and (_CREDITED_AFTER.match(after) or _CREDITED_BEFORE.search(before))
        )
        told = mention.label == "ORG" and _MEDIUM_AFTER.match(after) and _TOLD_BEFORE.search(before)
        # a name made of a medium's words that a speaker's words were given to ("told Geo
        # News", "speaking on Geo News programme"): the broadcaster quoted, a source
        spoken = words & MEDIUM_WORDS and (
            _SPOKEN_TO_BEFORE.search(before) or _PROGRAMME_AFTER.match(after)
        )
        # an organisation a speaker gave an interview to ("In an interview with Deutsche
        # Welle (DW)"): a medium, whatever its name is made of; a person interviewed is not
        interviewed = (
            mention.label == "ORG"
            and _INTERVIEW_BEFORE.search(before)
            # the name itself, not a noun it qualifies ("with FBI agents": the bureau's men)
            and _NAME_CLOSED_AFTER.match(after)
        )
        if medium or named or told or spoken or interviewed:
            found.add(mention.key)
    found |= _told_and_cited(mentions, text)
    for letters, expansion in defined.items():
        if normalize_name(expansion) in found:
            found.add(normalize_name(letters))
    return found | _letters_of(found, mentions)


def _told_and_cited(mentions: Sequence[Mention], text: str) -> set[str]:
    """Keys of the names a report both gives words to and cites ("the envoy told Newsweek"
    and "according to Newsweek"; "a man told Al-Masirah" and "footage broadcast by
    Al-Masirah"): a medium interviewing and reporting, whatever its name is made of.

    Why both: either alone is said of a body or a person too ("told the Senate", "according
    to the police"); in one report together they were, on the whole archive, only media
    (Newsweek in two reports, the NYT in one; issue 17, check-r35). A place or a people is
    never read so, nor a person but for footage "broadcast by" him ("told Ahmed ... according
    to Ahmed" is a man)."""
    told: set[str] = set()
    cited: set[str] = set()
    aired: set[str] = set()
    for mention in mentions:
        # a place or a people is told and cited too ("told Pakistan", "according to
        # Pakistan"): only a body's, a thing's or a "man's" name is read
        if mention.label in ("GPE", "LOC", "NORP", DESCRIPTION):
            continue
        before = text[max(0, mention.start - 60) : mention.start]
        if _TOLD_NAME_BEFORE.search(before):
            told.add(mention.key)
        found = _CITED_BEFORE.search(before)
        if found and _AIRED.search(found.group(0)):
            # "footage broadcast early Friday by Al-Masirah": no man broadcasts a report's
            # footage, so the model's PERSON is read too (issue 17, check-r35)
            aired.add(mention.key)
        elif found and mention.label != "PERSON":
            cited.add(mention.key)
    return told & (cited | aired)


def _letters_of(found: set[str], mentions: Sequence[Mention]) -> set[str]:
    """Keys of the letters (:func:`names.looks_like_acronym`) that spell the name of a medium
    the same report credits, brackets or not: "the Wall Street Journal reported ... the WSJ
    reported", "Kashmir Media Service reported ... KMS added" (issue 17, check-r35: the
    letters stayed an ORG entity of the medium's)."""
    if not found:
        return set()
    return {
        mention.key
        for mention in mentions
        if mention.key not in found
        and names.looks_like_acronym(mention.text)
        and any(names.is_initialism(mention.text, name) for name in found)
    }


def _uncredited(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions but those of a publication (:func:`name_cues.titled_works`) the report
    credits as :func:`_credited_outlets` credits a medium's name ("The Hindu reported",
    "according to The Hindu"): a source, as the other outlets are, though its title has no
    medium's word. Why: once "The Hindu" was keyed apart from the Hindus, the paper credited
    in five reports was an entity of its own (issue 17, check-r13's labels: an outlet)."""
    credited = {
        m.key
        for m in mentions
        if name_cues.is_publication(m.key)
        and (
            _CREDITED_AFTER.match(text[m.end : m.end + 20])
            or _CREDITED_BEFORE.search(text[max(0, m.start - 60) : m.start])
        )
    }
    return [m for m in mentions if m.key not in credited] if credited else mentions


_ADJECTIVE_AFTER = re.compile(r"[ \t]+[a-z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


#: labels of a people's or a place's name: a word the document types so may be used as an
#: adjective ("Baloch insurgents") rather than as somebody's surname
_PEOPLE_OR_PLACE = frozenset({"NORP", "GPE", "LOC"})


def _used_as_adjective(mention: Mention, text: str) -> bool:
    """A people's or place's name used as such, not as somebody's surname: the model's
    non-person label plus "the Baloch" or "Baloch insurgents" (a lower-case word after).
    Such a word may still be a surname after the full name (news names a person in full
    first), never before it: the caller only offers earlier full names then.

    A word the model only ever calls an organisation in the document ("Trump has", "the
    Trump administration") is no people's name, and a lower-case word after it may be just
    the sentence going on: the caller then accepts only a full name ending in exactly that
    word (see :func:`_exact_surname`), so "Trump" joins "Donald Trump" while "Liaqatpur"
    stays apart from "Razish Liaqatpuri".
    """
    if mention.label == "PERSON":
        return False
    after = text[mention.end : mention.end + 3]
    before = text[max(0, mention.start - 5) : mention.start]
    if _SPEECH_AFTER.match(text, mention.end):
        return False  # "Araghchi said": somebody speaks; "Baloch insurgents" describes
    return bool(_ADJECTIVE_AFTER.match(after) or _ARTICLE_BEFORE.search(before))


#: a verb of saying right after a name: the name is the speaker ("Araghchi said on X"), not an
#: adjective before a noun, whatever label the model gave it
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated|noted|urged|asserted)\b")


#: a lower-case word or a hyphened one right after a name: the name modifies a noun ("Houthi
#: rebels", "Houthi-run health ministry")
_MODIFIES_AFTER = re.compile(r"(?:[ \t]+|-)[a-z]")


def _group_word(mention: Mention, text: str) -> bool:
    """A one-word "person" used before a noun ("Houthi rebels", "a Houthi spokesperson",
    "Houthi-run") whose plural the report writes as a name ("the Houthis"): the word names
    the group or people its members are called after, not the one man of the report whose
    name ends in it ("Abdul Malik al-Houthi"). People are not written in the plural by
    their surname, but for a family, which :data:`_FAMILY_AFTER` keeps apart."""
    words = mention.text.split()
    if len(words) != 1 or names.looks_like_acronym(mention.text):
        return False
    if not _MODIFIES_AFTER.match(text, mention.end) or _SPEECH_AFTER.match(text, mention.end):
        return False
    if _FAMILY_AFTER.match(text, mention.end):
        return False
    return _whole_word_in(words[0] + "s", text)


#: a river's noun after a name, or after a second name ("the Jhelum river", "the waters of the
#: Jhelum and Chenab rivers")
_RIVER_AFTER = re.compile(r"[ \t]+(?:and[ \t]+[A-Z][\w’'\-]*[ \t]+)?[Rr]ivers?\b")


def _river_of_town(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> Mention:
    """A town's name before "river" ("the Jhelum river", "the Jhelum and Sindh rivers") is
    the river, keyed "<name> river" as its full name is: the gazetteer's town of that name
    (Jhelum, Kabul) is another place, and the two were one entity. A river the gazetteer
    knows no town of ("Chenab", "Indus") keeps its own name."""
    if mention.via not in _NAMED or mention.label not in ("GPE", "LOC", "ORG", "PERSON"):
        return mention
    word = mention.text.strip()
    if " " in word or not word[:1].isupper() or gazetteer is None:
        return mention
    if not _RIVER_AFTER.match(text, mention.end):
        return mention
    if not any(p.feature.startswith(("PPL", "ADM")) for p in gazetteer.candidates(word)):
        return mention
    return replace(mention, key=normalize_name(f"{word} river"), label="LOC")


#: "a Tajik,", "an Uzbek.": the indefinite article right before the word
_INDEFINITE_BEFORE = re.compile(r"(?:^|[ \t(])(?:a|an)[ \t]+$")
#: the word ends its phrase: a comma, a stop, a bracket, "and"/"or"/"who"
_PHRASE_ENDS_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|[ \t](?:and|or|who)\b)")


def _one_of_a_people(mention: Mention, text: str) -> bool:
    """A one-word "person" after "a"/"an" that ends its phrase ("Abu Munzir, a Tajik, and
    Kaka Younis, an Uzbek"): a member of a people, which no man's name is written as. Why:
    the model's PERSON "Tajik" joined "Tariq Tajiki" of the same report as his surname
    (issue 17, check-r24)."""
    if mention.via != "ner" or mention.label != "PERSON" or " " in mention.text.strip():
        return False
    if not _INDEFINITE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return False
    return _PHRASE_ENDS_AFTER.match(text, mention.end) is not None


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


def _family_word(mention: Mention, text: str) -> bool:
    """A surname after "the" and before a family's noun ("the Bhutto scion", "the Sharif
    family", "the Bibas household"), whatever the model labelled it: the report's family
    (NORP, held in its report by :func:`corefer`), not the one full name of that surname
    the report also writes -- "the Bhutto scion said" is the son, not Benazir Bhutto."""
    if mention.via not in _NAMED or mention.label not in ("PERSON", "ORG", "NORP"):
        return False
    word = mention.text.strip()
    words = word.split()
    # an Arabic surname of two words opening with a particle ("the Abu Mahadi family home",
    # "the Abu Sahlul family"): the family too, not the man of that surname the report quotes
    # (issue 17, check-r33)
    if len(words) == 2 and words[0].lower() in _HYPHEN_PARTICLES | {"al", "el"}:
        word = words[1]
    if " " in word or not word[:1].isupper() or names.looks_like_acronym(word):
        return False
    return bool(
        _FAMILY_AFTER.match(text, mention.end)
        and _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
    )


def _whole_word_in(word: str, text: str) -> bool:
    r"""Whether ``text`` holds ``word`` between word boundaries: ``re.search(rf"\b{word}\b")``
    with the word escaped, found by ``str.find``. Why not the regex: every document asks
    about new words, so each pattern was compiled for one search (``re``'s cache never hit)."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    r"""``re``'s ``\b`` at ``at`` of ``text``: a word character on one side only (a word
    character is a letter, digit or numeral, or "_", as for ``\w`` in a str pattern)."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _exact_surname(short: Mention, people: Sequence[Mention]) -> Mention | None:
    """The one full name in ``people`` whose last word is exactly ``short``'s one word."""
    words = short.key.split()
    if len(words) != 1 or names.common_lone_name(short.text):
        return None
    found = {p.key: p for p in people if p.key.split()[-1] == words[0] and p.key != short.key}
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=1 << 16)
def _lone_word(text: str) -> str | None:
    """The one name word of a lone person reference ("Haider", "SSP Haider", "Trump's"),
    normalised, or None when titles leave more or fewer words, or an acronym.

    Cached: a pure function of the text, and the lone-surname re-link asks it of the same
    earlier keys batch after batch (their blocks' lone keys, the refreshed entities' aliases):
    34,000 calls for 200 articles added to a 4,000-article store against 20,000 at 1,000, the
    title stripping of each the largest growing term outside the matcher (README, "Ingest at
    scale", round 6)."""
    words = names.strip_titles(text)
    if len(words) != 1 or names.looks_like_acronym(words[0].strip(".,;:")):
        return None
    word = normalize_name(words[0])
    return word if word and " " not in word else None


def _listed_with_people(
    mention: Mention,
    people: Sequence[Mention],
    mentions: Sequence[Mention],
    gazetteer: geo.Gazetteer | None,
) -> bool:
    """Whether a person's name stands next to ``mention`` in its list (ends within a few
    characters before it, " and " included, or starts right after it) and no name around it
    is a place (the gazetteer's, or a name ending in a facility's or locality's word: "Orangi
    Town", "Kohat Road"): the list is of people, not of places whose items the model calls
    men."""
    if not any(0 <= mention.start - p.end <= 6 or 0 <= p.start - mention.end <= 6 for p in people):
        return False
    for other in mentions:
        if other is mention or other.end < mention.start - 80 or other.start > mention.end + 80:
            continue
        last = other.key.split()[-1] if other.key else ""
        if last in FACILITY_WORDS or last in _LOCALITY_WORDS:
            return False
        if other.label in ("GPE", "LOC", "FAC") and _known_place(other.text, gazetteer):
            if len(other.key.split()) == 1 and names.holds_common_given(other.text):
                continue  # "... Haneef and Usman": another man of the list the model placed
            return False
    return True


def _people_for_word(mention: Mention, people: list[Mention], text: str) -> list[Mention]:
    """The report's "people" a short mention may be a short form of: not a facility's name
    the model took for a man's ("Bagan Bazaar", "Fawara Chowk": its last word is a facility's,
    :data:`FACILITY_WORDS`), whose first word alone is the place it is named after ("firing
    on tankers in Bagan"), unless the mention is a piece the model cut from that very name
    where it stands ("[Fawara] Chowk", "Fawara [Chowk]")."""
    kept = []
    for person in people:
        if person.key.split()[-1] in FACILITY_WORDS:
            whole = person.text.casefold()
            after = text[mention.start : mention.start + len(whole)].casefold()
            before = text[max(0, mention.end - len(whole)) : mention.end].casefold()
            if whole not in (after, before):
                continue
        kept.append(person)
    return kept


_LIST_ITEM_BEFORE = re.compile(r"[A-Z][\w’'\-]*,[ \t]+$")
_LIST_ITEM_AFTER = re.compile(r"(?:,[ \t]+|[ \t]+and[ \t]+)[A-Z]")


def _listed_alone(short: Mention, text: str) -> bool:
    """A lone word inside a list of names ("accomplices Hamad, Zaman, Muzamil, Ali Raza and
    others"): the writer names each of these people by the one word, so the word is not a
    short form of a full name it begins elsewhere in the report (the arrested "Muzamil Raza"
    is not the absconding "Muzamil")."""
    before = text[max(0, short.start - 40) : short.start]
    return bool(_LIST_ITEM_BEFORE.search(before)) and bool(
        _LIST_ITEM_AFTER.match(text[short.end : short.end + 12])
    )


#: the last item of a list of two or more names before it: "Saifullah, Irfanullah and [Rahila]."
_LIST_END_BEFORE = re.compile(
    r"[A-Z][\w’'\-]*,[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?,?[ \t]+and[ \t]+$"
)
#: what closes such a list: the sentence, a clause, or a dash closing an apposition ("three
#: passers-by -- Jehanzeb Ibrahim, Subhan Ibrahim and Khurram -- also suffered"; issue 17,
#: check-r33)
_LIST_END_AFTER = re.compile(r"[ \t]*(?:[.;—–]|,[ \t]+(?:who|while|whereas)\b|$)")


def _ends_a_list(short: Mention, text: str) -> bool:
    """A lone word closing a list of names and its sentence ("The injured were identified as
    Saifullah, Irfanullah and Rahila."): named by the one word, as an item inside the list is
    (:func:`_listed_alone`)."""
    before = text[max(0, short.start - 60) : short.start]
    return bool(_LIST_END_BEFORE.search(before)) and bool(_LIST_END_AFTER.match(text, short.end))


#: a word that puts the one after it as a place: "the UC chairman of Kharadar", "in Orangi"
_PLACE_WORD_BEFORE = re.compile(r"\b(?:of|in|near|at|from)\s+$")


def _glued_before_name(short: Mention, person: Mention, text: str) -> bool:
    """Whether the first word of ``person``'s name is no given name ``short`` could be:
    a possessor ("Jordan’s King Abdullah", "Hezbollah’s Al-Manar": the country or body
    the rest belongs to), or, in a name of three written words or more, a place or office
    the model ran into it ("UC Chairman [Kharadar Yasir Akhtari]") that the report also
    writes alone as a place ("the UC chairman of Kharadar", not "in Shakeel’s house") and
    the model does not call a person there. A two-word name's first word ("Haider Ali ...
    Haider's associates", "Bilawal Bhutto-Zardari") is a given name whatever label the
    model gave it alone."""
    written = person.text.split()
    if written and written[0].endswith(("'s", "’s")):
        return True
    if short.label == "PERSON" or len(written) < 3:
        return False
    if text.startswith(("'s", "’s"), short.end):
        return False  # "began in Shakeel’s neighbour’s house": a man's, not a place
    return bool(_PLACE_WORD_BEFORE.search(text[max(0, short.start - 8) : short.start]))


def _given_name_of(
    short: Mention, people: Sequence[Mention], text: str, gazetteer: geo.Gazetteer | None
) -> Mention | None:
    """The one full person name of the document that a lone, untitled word begins and no
    full name ends ("Haider Ali ... Haider's associates"): news calls a man by his given
    name as by his surname once it has named him (:func:`_full_name` covers the surname),
    whatever label the model gave the word (it calls that "Haider" an organisation).
    Not a common given name ("Ali": :func:`names.common_lone_name`), not when the word
    begins two names or also ends one ("Haider Abbas" beside "Muquddus Haider"), not a
    place the gazetteer knows ("Kurram" before a name the model ran into it), not a
    people's or place's word used as an adjective."""
    if short.label not in _SURNAME_LABELS or short.via not in _NAMED:
        return None  # the parser's repeat of a word the model found elsewhere reads the same
    if len(short.text.split()) != 1:
        return None
    word = _lone_word(short.text)
    if word is None or names.common_lone_name(short.text) or _known_place(word, gazetteer):
        return None
    if _listed_alone(short, text):
        return None
    if _used_as_adjective(short, text) and not _subject_of_clause(short, text):
        return None
    starts: dict[str, Mention] = {}
    for p in people:
        if _compound_begun(word, p.text):
            return None
        if not is_full_name(p.text):
            continue
        own = normalize_name(" ".join(names.strip_titles(p.text))).split()
        if own[-1] == word:
            return None
        if own[0] == word and not _glued_before_name(short, p, text):
            starts[p.key] = p
    if len(starts) == 1:
        return next(iter(starts.values()))
    return _one_man_written_so(list(starts.values()))


def _compound_begun(word: str, written: str) -> bool:
    """Whether a person's name written as one hyphenated word ("Zahid-ur-Rehman",
    "Zia-ul-Haq") begins with ``word``: a second man the lone word may name, though
    :func:`is_full_name` reads the compound as no full name. Why: "Two CTD personnel, named
    Zahid and Mustafa" (the martyred Zahid-ur-Rehman) was keyed to the report's other man,
    DPO "Zahid Khan" (issue 17, check-r37's false merge)."""
    parts = written.strip().split()
    if len(parts) != 1 or "-" not in parts[0]:
        return False
    own = normalize_name(parts[0]).split()
    return len(own) >= 2 and own[0] == word


def _one_man_written_so(begun: Sequence[Mention]) -> Mention | None:
    """The longest of several full names one word begins, when each other is that name with
    words left out ("Khurram Khan", "Khurram Shahzad" beside "Constable Khurram Shahzad
    Khan"): one man the report writes three ways, so his lone given name is his. Two names
    that differ in a word ("Haider Ali", "Haider Abbas") are two men, and the word neither's
    (issue 17, check-r33: the head constable's lone "Khurram", typed ORG, stayed a word
    every report shared and joined a passer-by and a police station of two others)."""
    if not begun or any(not all(w[:1].isupper() for w in p.text.split()) for p in begun):
        return None  # "Korangi Causeway to Quaidabad": a road the model took for a man
    owns = {p.key: normalize_name(" ".join(names.strip_titles(p.text))).split() for p in begun}
    longest = max(begun, key=lambda p: (len(owns[p.key]), p.key))
    whole = owns[longest.key]
    if _not_a_mans_rest(whole[1:]):
        return None  # a title, a locality's or a facility's word: no man's whole name

    def within(words: list[str]) -> bool:
        rest = iter(whole)
        return all(w in rest for w in words)  # the words in order, some left out

    return longest if all(within(owns[p.key]) for p in begun) else None


def _first_names_of(
    short: Mention, people: Sequence[Mention], gazetteer: geo.Gazetteer | None
) -> Mention | None:
    """The one full person name of the report whose first words a name of two or three words
    the model calls an organisation is ("Bilawal Bhutto" beside "Bilawal Bhutto Zardari"):
    news shortens a man's name from its end as well as to its last word. Not a name with an
    organisation's word, not letters, not a place the gazetteer knows, not the model's place
    (a town it ran into a man's name: "Mir Ali Tehsildar Sher Bahadar"); the longer name
    must be a person's whole name, written in the report, going on with no title or place
    word."""
    if short.label != "ORG" or short.via not in _NAMED:
        return None  # the model's place before a longer "person" is a place ("Mir Ali")
    words = normalize_name(short.text).split()
    if not 2 <= len(words) <= 3 or set(words) & set(names.GENERIC_CLASSES):
        return None
    if names.looks_like_acronym(short.text) or _known_place(short.text, gazetteer):
        return None
    longer = {
        p.key: p
        for p in people
        if is_full_name(p.text)
        and len(own := normalize_name(" ".join(names.strip_titles(p.text))).split()) > len(words)
        and own[: len(words)] == words
        and not _not_a_mans_rest(normalize_name(p.text).split()[len(words) :])
    }
    return next(iter(longer.values())) if len(longer) == 1 else None


def _not_a_mans_rest(rest: Sequence[str]) -> bool:
    """Whether the words a "person" of the model's goes on with after a shorter name are no
    rest of a man's name: a title ("Mir Ali [Tehsildar Sher Bahadar]": the town, then the
    officer), a locality's, a facility's or an organisation's word ("Lakki Marwat [District]")."""
    return any(
        w in names.TITLES
        or w in _LOCALITY_WORDS
        or w in FACILITY_WORDS
        or w in names.GENERIC_CLASSES
        or w in name_cues.UNIT_OPENERS
        for w in rest
    )


def _subject_of_clause(short: Mention, text: str) -> bool:
    """A word the model calls an organisation right before a clause's verb ("Bilawal has been
    entrusted", "Bilawal cautioned that"), with no article before it: the clause's subject,
    not a noun's modifier, so it may still be the given name of the report's one man it
    begins. Read as a modifier, a politician's given name stayed out of his full name in
    every report that wrote it so (issue 17, session 31's "Bilawal" typed ORG). A people's or
    a place's word keeps the modifier's reading."""
    if short.label in _PEOPLE_OR_PLACE:
        return False
    if _ARTICLE_BEFORE.search(text[max(0, short.start - 5) : short.start]):
        return False
    return _PERSON_GOES_ON.match(text, short.end) is not None


def _cued_places(mentions: Sequence[Mention], text: str) -> frozenset[str]:
    """One-word keys the report writes as a place by its cue: the model's place before a place
    noun ("Balochistan’s Ziarat district") or after "in"/"near" ("police in Ziarat", not "in
    Shakeel’s house" nor "in Shin Bet"). Such a word is no given name of the report's man
    whose name the model ran it into ("Ziarat Deputy Commissioner [Ziarat Zakiullah]": the
    district, then the man), so its bare mentions ("Gonja Tangi, Ziarat", "DHQ Ziarat") stay
    the place, not the man (:func:`_given_name_of`)."""
    return frozenset(
        m.key
        for m in mentions
        if m.via in _NAMED
        and m.label in ("GPE", "LOC")
        and len(m.key.split()) == 1
        and (
            _PLACE_AFTER.match(text, m.end)
            or (
                _PLACE_BEFORE.search(text, max(0, m.start - 6), m.start)
                and not _NAME_GOES_ON.match(text, m.end)
            )
        )
    )


#: what shows a word after "in" is no place: a possessive ("in Shakeel’s house") or another
#: capitalised word of a longer name ("confidence in Shin Bet", "in Ronen Bar")
_NAME_GOES_ON = re.compile(r"(?:['’]s\b|[ \t]+[A-Z])")


#: one or two capitalised words right before a name's last word: the rest of a full name
#: ("SHO Majid [Alvi]", "Foreign Minister Mawlawi Amir Khan [Muttaqi]"); a third word is as
#: often a body's or a portfolio's ("Levies Force Abdul Ghaffar Magsi")
_NAME_RUN_BEFORE = re.compile(r"(?<![\w’'\-])((?:[A-Z][a-z]+[ \t]+){1,2})$")
#: words that open a clause rather than a name, beyond :data:`_NOT_NAME_WORDS`
_CLAUSE_WORDS = frozenset("earlier later separately moreover furthermore besides here now".split())


def _unseen_full_names(mention: Mention, text: str, mentions: Sequence[Mention]) -> set[str]:
    """The keys of the full names the report writes a lone person word at the end of where no
    mention of the model holds them ("Station house officer (SHO) Majid Alvi told Dawn.com ...
    SHO Alvi said": the model found only "Alvi"). Titles, words that open a clause, a body's
    head word and a portfolio's "-ing" word before the name are left out ("SHO", "Mr",
    "Meanwhile", "Force", "Broadcasting"); a word with only those before it adds nothing."""
    word = _lone_word(mention.text)
    if word is None:
        return set()
    last = mention.text.split()[-1]
    covered = [(m.start, m.end) for m in mentions if len(m.key.split()) >= 2]
    found: set[str] = set()
    for at in re.finditer(r"(?<![\w’'\-])" + re.escape(last) + r"\b", text):
        if any(start <= at.start() < end for start, end in covered):
            continue  # a full name the model found: :func:`_full_name` reads it
        run = _NAME_RUN_BEFORE.search(text, max(0, at.start() - 60), at.start())
        if run is None:
            continue
        given: list[str] = []
        for w in reversed(run.group(1).split()):
            low = w.lower()
            if (
                low in names.TITLES
                or low in _NOT_NAME_WORDS
                or low in _CLAUSE_WORDS
                or low in names.GENERIC_CLASSES
                or (len(low) >= 7 and low.endswith("ing"))  # "Information and Broadcasting"
            ):
                break
            given.insert(0, w)
        if given:
            found.add(normalize_name(" ".join([*given, last])))
    return found


#: a plural word, then a list of capitalised names up to the span ("constables Iftikhar and
#: [Mujahid]", "sepoys Imran, Ali and [Khalil]")
_PLURAL_BEFORE_LIST = re.compile(
    r"\b([a-z]+s)[ \t]+(?:[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?(?:,[ \t]+|,?[ \t]+and[ \t]+))+$"
)


def _ranks_listed(mention: Mention, text: str) -> bool:
    """Whether a lone word is an item of a list of names after a military or police rank in
    the plural ("constables Iftikhar and Mujahid were martyred"): men of the ranks, named by
    one word each, whom a report names so because nobody knows them by more -- not the one
    famous man of the store whose name ends in the word (the Taliban's spokesman "Zabihullah
    Mujahid"). Why: the constable joined the spokesman's entity (issue 17, check-r26)."""
    found = _PLURAL_BEFORE_LIST.search(text, max(0, mention.start - 80), mention.start)
    return found is not None and names.rank_kind(found.group(1)) in ("military", "police")


def _unseen_or_lone(
    mention: Mention, text: str, mentions: Sequence[Mention], document_id: str, marker: str
) -> Mention:
    """A lone person word keyed by the one full name its report writes for it where the model
    missed it (:func:`_unseen_full_names`): that name links across reports as any full name
    does. Of two such names, neither for sure: the word holds in its report only. With none,
    the word keeps its lone scope (``marker``, :data:`LONE`), which :func:`link_surnames` may
    give to the store's one dominant full name of the word. A word behind an honorific ("Mr
    Tarar") is left to its own rule: keyed by a full name, it no longer voted on the type of
    the word's bare entity (:func:`_lone_people_outside`), which then lost its PERSON."""
    unseen = _unseen_full_names(mention, text, mentions)
    if len(unseen) == 1:
        return replace(mention, key=unseen.pop(), label="PERSON", via="surname")
    return replace(mention, key=scoped_key(mention.key, ("" if unseen else marker) + document_id))


#: a conjunction or a list's comma inside a name: what it joins may be two kinds of body,
#: no one body
_CONJUNCTION = re.compile(r"\s+(?:&|and)\s+|,\s+")
#: the cardinal words that close the name of a vehicle or a series, never a man's
_CARDINALS = frozenset("one two three four five six seven eight nine ten".split())


def _plural_generic(word: str) -> bool:
    """A body's kind in the plural ("Forces", "Agencies", "Departments")."""
    word = word.lower()
    if not word.endswith("s") or len(word) < 4:
        return False
    singular = {word[:-1], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    return bool(singular & set(names.GENERIC_CLASSES))


def _bodies_in_the_plural(text: str) -> bool:
    """Kinds of bodies in the plural joined by "&", "and" or a comma ("Armed Forces & Law
    Enforcement Agencies", "Armed Forces, Law Enforcement Agencies": issue 17 check-r35's
    junk): every force and agency of a country at once, no one body an entity could hold;
    each part closed by a body's kind in the plural and short, so a name ("Ministry of Science
    & Technology", "Procter & Gamble") is never one."""
    parts = _CONJUNCTION.split(text.strip())
    return len(parts) >= 2 and all(
        1 <= len(words := part.split()) <= 3 and _plural_generic(words[-1]) for part in parts
    )


def _person_numbered(mention: Mention) -> bool:
    """A "person" of two or more words closed by a cardinal written as a word ("Force One"
    cut from "Air Force One" by the title "Air", issue 17 check-r35's junk; "Marine One"): the
    name of an aircraft or a series, not a man's, and not whole."""
    words = mention.text.split()
    return (
        mention.label == "PERSON"
        and len(words) >= 2
        and words[-1][:1].isupper()
        and words[-1].lower() in _CARDINALS
    )


def _links_follow_scope(mentions: Sequence[Mention], resolved: list[Mention]) -> list[Mention]:
    """A word linked to a name of its report takes the key that name ends with here.

    Some links read the report's names before the loop of :func:`corefer` scopes them: a lone
    "Amir" read as a title took the key of its holder "Amir Nazir" (issue 17, check-r35), while
    the full name itself, a title and one word to the rule, got its report's lone scope. The
    word then kept the bare "amir nazir" that nothing else of the report held -- a key every
    later report's lone "Nazir" could reach as a surname, joining two men. Where every mention
    written as the name (``via == "ner"``) ended under one scoped key and none kept the bare
    one, a mention linked to the bare key takes the scoped one: a word of one report never
    holds a key its full name was denied."""
    at = {(m.start, m.end): m.key for m in resolved}
    scoped: dict[str, set[str]] = {}
    for m in mentions:
        got = at.get((m.start, m.end))
        if m.via != "ner" or got is None:
            continue
        scoped.setdefault(m.key, set()).add(got if base_key(got) == m.key else "")
    follow = {
        key: only
        for key, found in scoped.items()
        if len(found) == 1 and SCOPE in (only := next(iter(found)))
    }
    if not follow:
        return resolved
    return [replace(m, key=follow[m.key]) if m.key in follow else m for m in resolved]


def _unplaced_word(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """A one-word place of the model's that nothing shows is a place: no place the gazetteer
    knows, no "in"/"near"/"to" before it, no place noun or "-based" after it. Such a word may
    still be a person's last name ("Sharaa has not commented" after "Ahmed al-Sharaa"); a
    word the text reads as a place ("Momand district", "in Turbat") never is."""
    if mention.label not in ("GPE", "LOC") or len(mention.key.split()) != 1:
        return False
    if names.looks_like_acronym(mention.text) or _known_place(mention.text, gazetteer):
        return False
    if _place_cue_before(text, mention.start):
        return False  # "in Turbat", "Momand district"; "the Baloch": never a man's surname
    return bool(_PERSON_GOES_ON.match(text, mention.end))


def _place_cue_before(text: str, start: int) -> bool:
    """Whether the 20 characters before ``start`` read the next word as a place (or a
    people's word): "in"/"near", a text's opening, a word of movement, a place noun ("the
    district of"), an article ("the Baloch"). One reading for the two tests of a one-word
    "place" of the model's that may be a man (:func:`_unplaced_word`,
    :func:`_given_name_as_place`)."""
    before = text[max(0, start - 20) : start]
    return bool(
        _PLACE_BEFORE.search(before)
        or _PLACE_OPENING.search(before)
        or _ROUTE_BEFORE.search(before)
        or _PLACE_NOUN_BEFORE.search(before)
        or _ARTICLE_BEFORE.search(before)
    )


#: the verbs of speech a speaker's name is followed by ("Barrie said"), read by
#: :data:`_PERSON_GOES_ON` and :data:`_SPEAKER_AFTER`
_SPEECH_VERBS = "said|says|told|added|stated|noted"
#: what follows a person's name where a people's or a place's word is followed by a noun
#: ("Baloch women", "the Kashmir dispute"): the end of the clause or a possessive ("with
#: Sharaa.", "Khalil’s detention"), a verb ("Sharaa has not commented", "Khalil remains"),
#: or another capitalised name ("Sharaa and Shaibani")
_PERSON_GOES_ON = re.compile(
    r"(?:[,.;:!?)”\"]|['’]s\b|[ \t]+(?:has|had|have|was|is|were|will|would|could|can|may|"
    rf"might|must|should|did|does|not|remains|remained|{_SPEECH_VERBS}|"
    r"urged|asserted|who)\b|[ \t]+(?:and|or)[ \t]+[A-Z]|"
    # a verb in the past ("Vawda warned", "Sharaa welcomed"): the clause's subject, not a
    # noun's modifier, which is written before a noun ("Baloch-dominated" has a hyphen)
    r"[ \t]+[a-z]{3,}ed[ \t]+(?:that|the|a|an|to|his|her|their|its|on|in|of|for|with)\b)"
)
#: a verb of speech right after a word, or ", who": a speaker (:data:`_PERSON_GOES_ON` reads
#: more verbs)
_SPEAKER_AFTER = re.compile(rf"(?:[ \t]+(?:{_SPEECH_VERBS})\b|,[ \t]+who\b)")


def _lone_person(mention: Mention, bodies: set[str], gazetteer: geo.Gazetteer | None) -> bool:
    """A person named by one word (titles aside) that fits no full name of its document:
    it names somebody in its sentence and nobody across documents (issue 17: a lone
    name as a cross-document key chained four men called "Haider"), whether the model found
    it or a title did ("DIG Haider": :func:`dossier.extract.nlp.titled_people`). Not a word the
    document also uses for a body or place (the model's PERSON for "Hamas" in one
    sentence), nor a place the gazetteer knows ("Kurram", "Parachinar" as the model's PERSON).
    The store may still give it the body or place the word names in other reports
    (:func:`link_surnames`)."""
    if mention.label != "PERSON" or mention.via not in ("ner", "title") or SCOPE in mention.key:
        return False
    word = _lone_word(mention.text)
    if word is None or mention.key in bodies or {word, word.rstrip("s"), word + "s"} & bodies:
        return False  # "Houthis" the model calls a person beside its "Houthi" organisation
    return not _known_place(word, gazetteer)


def _given_name_as_body(mention: Mention, gazetteer: geo.Gazetteer | None, text: str) -> bool:
    """A one-word "organisation" of the model's that is a very common given name
    (:func:`names.common_lone_name`): no body is named by "Saeed" or "Hussain" alone, so it
    is a man named here. Not a devotional name, which groups take ("Ansarullah"), nor a
    place the gazetteer knows."""
    if mention.label != "ORG" or mention.via != "ner" or len(mention.text.split()) != 1:
        return False
    if SCOPE in mention.key or not mention.text[:1].isupper():
        return False
    if not names.common_lone_name(mention.text) or names.theophoric(mention.text):
        return False
    if names.looks_like_acronym(mention.text):
        return False
    if _known_place(mention.text, gazetteer):
        # the gazetteer's small town of the name ("Usman" in Russia) only where the text
        # reads the word as a place (:func:`_given_name_as_place`)
        return _given_name_as_place(replace(mention, label="GPE"), text, gazetteer)
    return True


def _given_name_as_place(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """A one-word "place" of the model's that is a very common given name
    (:func:`names.holds_common_given`: "Usman", "Sultan", "Hamza") and that nothing in the
    text shows is a place: no "in"/"near"/"to"/"from" or place noun before it, no place noun
    after it, no article. The gazetteer's small town of the name abroad (a "Usman" in Russia)
    is no evidence in a report of people: it kept the theophoric names' rule from the word,
    which then joined four reports' men called Usman (issue 17, check-r27). A place the
    gazetteer knows as a country, a province or a large city keeps its label, unless a verb of
    saying follows it."""
    if mention.label not in ("GPE", "LOC") or mention.via != "ner" or SCOPE in mention.key:
        return False
    word = mention.text.strip()
    if len(word.split()) != 1 or not word[:1].isupper() or names.looks_like_acronym(word):
        return False
    if not names.holds_common_given(word):
        return False
    if gazetteer_place(word, gazetteer) and not (
        _SPEECH_AFTER.match(text, mention.end) or _among_given_names(mention, text)
    ):
        # a large city of the name ("Hassan" in India) keeps its label, but for a speaker
        # or one of a list of men: no city "said" anything to firefighters, and "Khalid,
        # Tanveer, Hassan, Haneef and Usman" were injured (issue 17, session 31's "Hassan"
        # chain: three reports' men and a Syrian general made one place)
        return False
    if _place_cue_before(text, mention.start):
        return False
    if _PLACE_WORD_BEFORE.search(text[max(0, mention.start - 20) : mention.start]):
        return False
    return _PLACE_AFTER.match(text, mention.end) is None


#: the capitalised words of a list around a name
_LIST_WORDS = re.compile(r"[A-Z][a-z]+")


def _among_given_names(mention: Mention, text: str) -> bool:
    """A word inside a list of names (:func:`_listed_alone`) whose other items, within a few
    words, hold another very common given name ("Khalid, Tanveer, [Hassan], Haneef and
    Usman"): a list of men, whatever the gazetteer knows the word as."""
    if not _listed_alone(mention, text):
        return False
    word = mention.text.strip().lower()
    around = (
        text[max(0, mention.start - 40) : mention.start]
        + " "
        + text[mention.end : mention.end + 40]
    )
    return any(
        w.lower() != word and names.holds_common_given(w) for w in _LIST_WORDS.findall(around)
    )


#: an age in apposition right after a name: "Nabeel, 15;", "Zahid, 37, and", "Amna, 22 years";
#: not a count of thousands ("four Kalakovs, 12,135 cartridges")
_AGE_AFTER = re.compile(r",[ \t]+\d{1,2}(?:[;)]|[,.](?!\d)|[ \t]+(?:years?|yrs)\b)")


def _aged(mention: Mention, text: str, gazetteer: geo.Gazetteer | None) -> bool:
    """A one-word "body" or "place" of the model's given an age ("Ms Shahmeen, 50; [Nabeel],
    15;"): news gives people their age after a comma, never a body or a place, so the word
    is a person named here (issue 17, check-r32: a boy of a list of the dead typed ORG).
    Not after "in"/"near" or a place noun ("in Swat, 12."), nor a place the gazetteer knows
    as a country, a province or a large city."""
    if mention.label == "PERSON" or mention.label not in _SURNAME_LABELS:
        return False
    if mention.via not in _NAMED or SCOPE in mention.key:
        return False
    word = mention.text.strip()
    if len(word.split()) != 1 or not word[:1].isupper() or names.looks_like_acronym(word):
        return False
    if not _AGE_AFTER.match(text, mention.end) or _place_cue_before(text, mention.start):
        return False
    return not gazetteer_place(word, gazetteer)


def _route_place(mention: Mention, text: str) -> bool:
    """A one-word "person" after "to"/"from"/"for" that is no surname of anybody the
    document names and no common given name: a destination or an origin ("convoys to
    Parachinar"). News names a person in full before the surname, so a lone word that fits
    nobody after a word of movement is a place."""
    if mention.label != "PERSON" or len(mention.key.split()) != 1:
        return False
    if names.common_lone_name(mention.text) or not mention.text[:1].isupper():
        return False
    return bool(_ROUTE_BEFORE.search(text[max(0, mention.start - 12) : mention.start]))


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


#: a capitalised word right after a bare title: the name the model cut the title from
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


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


#: a run of capitalised words, with the function words names hold ("Bank of England")
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z][\w’'\-]*)*")
_RUN_LINKS = frozenset({"of", "and", "the", "for"})


def _other_initials(letters: str, key: str, text: str) -> bool:
    """Whether ``text`` writes, besides the name of ``key``, another run of capitalised words
    whose first letters are ``letters``, one per word: "Khyber Pakhtunkhwa" written where the
    model found only "Khost Province" (it missed the province in "Khyber Pakhtunkhwa’s North
    Waziristan"). An acronym the report never defines then fits two names, and its one
    found initialism is no evidence of which."""
    own = set(key.split())
    for run in _CAPITAL_RUN.finditer(text):
        words = [
            re.sub(r"[’']s$", "", w) for w in run.group().split() if w.lower() not in _RUN_LINKS
        ]
        for i in range(len(words) - len(letters) + 1):
            part = words[i : i + len(letters)]
            if "".join(w[0] for w in part).upper() != letters.upper():
                continue
            found = normalize_name(" ".join(part))
            if found and letters.lower() not in found.split() and not set(found.split()) <= own:
                if not own <= set(found.split()):
                    return True
    return False


#: a capitalised word of three to eight letters in brackets ("(Kraat)", "(Pemra)"): letters
#: written as a word, as Pakistani papers write acronyms they can pronounce
_WORD_IN_BRACKETS = re.compile(r"\(\s*([A-Z][a-z]{2,7})\s*\)")
#: a word of a name before such brackets
_DEFINING_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*|of|the|and|for)$")


def _defined_as_words(text: str) -> dict[str, str]:
    """Acronyms written as words that the report defines after their full name: {"Kraat":
    "Karachi Road Accidents Analysis Team"}. :func:`names.acronyms_in_text` reads capitals
    only, so "Kraat" stayed a word and the model's PERSON (issue 17, check-r34: four
    mentions of the team were a man). The full name is the shortest run of three or more
    capitalised words before the bracket whose initials the word spells."""
    found: dict[str, str] = {}
    for match in _WORD_IN_BRACKETS.finditer(text):
        word = match.group(1)
        if word in found:
            continue
        run: list[str] = []
        for token in reversed(text[: match.start()].split()[-10:]):
            if not _DEFINING_WORD.match(token):
                break
            run.insert(0, token)
        for start in range(len(run) - 3, -1, -1):
            candidate = " ".join(run[start:])
            if run[start][0].isupper() and names.is_initialism(word, candidate):
                found[word] = candidate
                break
    return found


class Definitions(NamedTuple):
    """The acronyms one report defines, short form -> long form, by its two readings:
    ``capitals`` ("Frontier Corps (FC)", :func:`names.acronyms_in_text`) and ``words``
    ("Karachi Road Accidents Analysis Team (Kraat)", :func:`_defined_as_words`).

    Why one reading for both callers: :func:`corefer` and :func:`link_definitions` read
    the same report's definitions, and reading them in two places let the two drift apart.
    Kept apart here because :func:`corefer` uses them apart (the capitals decide acronyms,
    offices and common nouns; the words only words); their short forms never meet (a
    capitals' form is mostly capitals, a word's has one)."""

    capitals: dict[str, str]
    words: dict[str, str]

    def merged(self) -> dict[str, str]:
        """Both in one map, as :func:`link_definitions` merges them: the words' first, then
        the capitals', a capitals' long form winning a short form both gave."""
        return {**self.words, **self.capitals}


def acronym_definitions(text: str) -> Definitions:
    """The acronyms ``text`` defines (:class:`Definitions`).

    Read afresh by each caller, not kept per document: both readings together take about
    0.08 ms of CPU an article (300 archive articles: 25 ms), against a record field and a
    fallback for documents that never passed :func:`corefer`."""
    return Definitions(capitals=names.acronyms_in_text(text), words=_defined_as_words(text))


def _expansion(
    short: Mention, full_names: Sequence[Mention], defined: dict[str, str], text: str = ""
) -> str | None:
    """The key of the full name an acronym stands for in this document, or None.

    Its definition in the document ("Frontier Corps (FC)") first; otherwise the
    one full name of a body or place in the document it is an initialism of, unless the
    text writes another name of those initials the model did not find
    (:func:`_other_initials`). Never a name from another document: "PTI" is a party in one
    paper and a news agency in another.
    """
    document = text
    text = short.text.replace(".", "")
    if text in defined:
        return normalize_name(defined[text])
    keys = {
        m.key
        for m in full_names
        if "'s " not in m.text.replace("’", "'")
        and names.is_initialism(text, m.text)
        # a person is called by initials only where the report says so ("KP" is no "Kash
        # Patel"), and a name that holds the letters as a word is no expansion of them ("KP
        # Police" is not what "KP" stands for)
        and m.label != "PERSON"
        and text not in m.text.replace(".", "").split()
    }
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    if document and text.isalpha() and _other_initials(text, key, document):
        return None
    return key


def _expansion_label(
    short: Mention, defined: dict[str, str], mentions: Sequence[Mention], text: str
) -> str:
    """The type an acronym takes from its definition when the model found no one name for
    the expansion: a place when the model's pieces of the expansion cover it from its first
    word to its last, one of them is a place and none is a body ("Azad Jammu and Kashmir
    (AJK)": "Azad Jammu" and "Kashmir"; "India-occupied Kashmir (IoK)"); else the acronym's
    own label. "Bank of England" with only "England" found stays what it was."""
    long = defined.get(short.text.replace(".", ""))
    at = text.find(long) if long else -1
    if long is None or at < 0:
        return short.label
    inside = [m for m in mentions if m.start >= at and m.end <= at + len(long)]
    if not inside or inside[0].start != at or inside[-1].end != at + len(long):
        return short.label
    labels = {m.label for m in inside}
    if labels & {"GPE", "LOC"} and not labels & {"ORG", "NORP", "FAC"}:
        return "GPE"
    return short.label


#: "Chief of Army Staff", "Superintendent of Police": a title and what it heads -- a post
_TITLE_WORDS = "|".join(sorted(names.TITLES, key=len, reverse=True))
_OFFICE_OF = re.compile(rf"^(?:{_TITLE_WORDS})(?:\s+(?:{_TITLE_WORDS}))*\s+of\s", re.IGNORECASE)


def _whole_expansions(
    mentions: list[Mention], text: str, defined: dict[str, str], offices: frozenset[str]
) -> list[Mention]:
    """Mentions inside a written-out name the document defines an acronym for become that
    name: "Tehreek-i-Taliban [Pakistan] (TTP)", "[Pakistan] Tehreek-i-Insaf (PTI)", "Azad
    Jammu and [Kashmir] (AJK)" -- the model's piece is a word of the name, not the country
    or region, wherever the name is written out in the document. One mention of the whole
    replaces the pieces (with the type :func:`_expansion_label` gives the acronym); a name
    the model already found whole stays as it is."""
    spans: list[tuple[int, int, str]] = []
    for acronym, expansion in defined.items():
        words = expansion.split()
        if len(words) < 2 or acronym in offices or words[0].lower() in names.TITLES:
            # "Chief of Army Staff (COAS)": a post; "Field General Court Martial": its key
            # would lose the title words and meet every piece ("court martial") of it
            continue
        at = text.find(expansion)
        while at >= 0:
            spans.append((at, at + len(expansion), acronym))
            at = text.find(expansion, at + len(expansion))
    if not spans:
        return mentions
    whole = {(m.start, m.end) for m in mentions}
    out: list[Mention] = []
    for mention in mentions:
        inside = next(
            (
                span
                for span in spans
                if (
                    span[0] <= mention.start
                    and mention.end <= span[1]
                    and (mention.start, mention.end) != span[:2]
                )
                # the model's span across the name's first word ("[Indian Research] and
                # Analysis Wing (RAW)"): the words before are a modifier, the rest a piece
                # of the name, which alone was an entity of its own (issue 17, check-r27)
                # -- only a span that ends inside the name: one that holds the whole name
                # after a place or a year ("Khyber Pakhtunkhwa Counter-Terrorism Department")
                # names that place's office and stays whole
                or mention.start < span[0] < mention.end < span[1]
            ),
            None,
        )
        if inside is None:
            out.append(mention)
            continue
        start, end, acronym = inside
        if (start, end) in whole:
            continue  # the name is there whole: the piece is no mention of its own
        whole.add((start, end))
        label = _expansion_label(
            replace(mention, text=acronym, label="ORG"), defined, mentions, text
        )
        name = text[start:end]
        out.append(
            replace(mention, start=start, end=end, text=name, key=normalize_name(name), label=label)
        )
    return out


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
_PLACE_BEFORE = re.compile(r"\b(?:in|near)\s+$")
#: "In" opening a sentence ("In Bari Dhara Mathrani, one of the affected villages, …")
_PLACE_OPENING = re.compile(r"(?:^|[.!?:\n][\s”\"]*)In\s+$")
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


#: "Karachi's Dalmia", "Kurram’s Parachinar": a place named by the place it lies in
_PLACE_OWNER = re.compile(r"^([A-Z][\w\-]+(?: [A-Z][\w\-]+)?)['’]s ([A-Z][\w\-]+)$")


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


#: a compass word that names the zone of a rank's office ("DIG-East", "SSP South")
_COMPASS = frozenset("north south east west central".split())


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


#: honorifics that only ever stand before a person's name: "Mr Zehri", "Mrs Bibi", "Dr Kazmi"
#: (a title of office may stand before a jurisdiction -- "Governor Punjab", "IG Sindh" -- so
#: only these, which no place or body is ever given)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr"})


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


#: an adjective made of a name with a prefix ("anti-Israel", "pro-Russia"): no name
_PREFIXED_ADJECTIVE = re.compile(r"^(?:anti|pro)-(?=[A-Z])")


#: words a span may not begin or end with: a demonstrative before a name ("this Fitna al
#: Hindustan") and a function word after it ("Khyber Pakhtunkhwa and") are the sentence's
_LEADING_DEMONSTRATIVE = re.compile(r"^(?:this|that|these|those)\s+(?=[A-Z])")
#: a compass word that ends the office before a person's name ("SSP [South Syed Asad Raza]")
_LEADING_COMPASS = re.compile(r"^(?:North|South|East|West|Central)\s+(?=[A-Z])")
_TRAILING_FUNCTION = re.compile(r"(?:\s+(?:of|the|and|or|for|in|on|at|to|by|with))+$")


#: the capitalised word that ends a locality's name in South Asian news ("Millat Town", "Changla
#: Gali", "Faisal Colony", "Jhalawan Sabzal Mandi"), right after a span the model cut before it
_LOCALITY_AFTER = re.compile(r"[ \t]+(?:Town|Colony|Gali|Mandi|Nagar|Goth|Bazaar)\b(?![’'-])")


#: a weapon's noun right after a name: the name is the weapon's model ("Harop drones", "Brahmos
#: missiles", "Kalashnikov rifles"), a thing, not the body the model reads it as
_WEAPON_AFTER = re.compile(
    r"[ \t-]+(?:(?:cruise|ballistic|fighter)[ \t]+)?"
    r"(?:drones?|missiles?|jets?|loitering[ \t]+munitions?|rifles?|helicopters?)\b"
)
#: the endings of a people's or a country's adjective ("Indian drones", "Houthi missiles"):
#: whose weapons, not which model
_PEOPLES_ENDING = re.compile(r"(?:ian|ean|an|ese|ish|ic|i)$", re.IGNORECASE)
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
    Syed Asad Raza"), and trailing function words ("health ministry of the", "Khyber
    Pakhtunkhwa and")."""
    if mention.via != "ner" or mention.label == DESCRIPTION:
        return mention
    text, start = mention.text, mention.start
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


#: a month's abbreviation as news writes it ("Oct 26", "on Sept 11"): a date's word, which the
#: model tags a place or a body; "Jan" and "Mar" are left out (a given name, a bishop's title),
#: and "May" is a surname
_MONTH_ABBREVIATIONS = frozenset("Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
#: a calendar date written whole ("Feb 21", "March 3, 2025", "21 February"): a day, never a
#: named thing, though the model tags one a body or a law (issue 17, check-r36's junk)
_CALENDAR_DATE = re.compile(
    rf"(?:{MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{MONTH})(?:,?\s+\d{{4}})?", re.IGNORECASE
)


#: offices in the plural closing a span ("Services Chiefs", "Foreign Ministers"): several
#: holders, no named thing; "Council of Ministers" and "Board of Governors" (with "of") are
#: bodies, and kings and queens are left out ("Punjab Kings" is a cricket team)
_OFFICES_IN_PLURAL = frozenset(
    "chiefs ministers secretaries governors commissioners ambassadors senators commanders "
    "advisers advisors spokespersons".split()
)


#: the words that close a locality's name (:data:`_LOCALITY_AFTER`), alone: a piece of a name
#: the model cut ("near Bahria [Town]"; issue 17, check-r34)
_LOCALITY_CLOSERS_ALONE = frozenset({"Town", "Colony", "Gali", "Mandi", "Nagar", "Goth"})


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
    if _portfolio(mention, text, gazetteer):
        return True
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


#: the endings of a people's word ("Israeli", "American", "Afghan", "Japanese", "British")
_PEOPLES_ENDING = re.compile(r"(?:i|an|ese|ish)$")


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


def _whole_person(mention: Mention, text: str, taken: Sequence[tuple[int, int]]) -> Mention:
    """A person's name the model cut after a particle ("Sheikh Mohammed [bin Jassim
    Al-Thani]"), grown back over the capitalised words and particles right before it (no
    titles, roles or sentence openers, no word of another mention), so that it is the
    person's name and not a fragment; or cut before one (:func:`_particle_tail`)."""
    if mention.via != "ner" or mention.label != "PERSON":
        return mention
    mention = _particle_tail(mention, text, taken)
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
                and text[last.end : mention.start] == " "
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
    # a name of several words the report also writes as a place ("in Lowi Mamund tehsil ...
    # the Lowi Mamund police station") stays the place: its station is named after it
    placed = {
        m.key
        for m in mentions
        if m.key in found
        and " " in m.key
        and (
            _PLACE_AFTER.match(text, m.end)
            or _PLACE_BEFORE.search(text, max(0, m.start - 20), m.start)
            or _PLACE_NOUN_BEFORE.search(text, max(0, m.start - 20), m.start)
        )
    }
    return found - placed


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
#: the last word of a locality's name ("Surjani Town", "Yousaf Goth", "Kacchi District")
_LOCALITY_WORDS = frozenset(
    "town goth colony district tehsil village city valley area bazaar market sector".split()
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


#: a word of a name run before capitals in brackets ("Gilgit-Baltistan Awami Action Committee")
_RUN_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*|of|the|and|for|al|ul|e)$")


def _letters_named_otherwise(letters: str, text: str) -> bool:
    """Whether the report writes ``letters`` in brackets right after a name of two or more
    capitalised words that they are not the initials of, in whole or in part: "the
    Gilgit-Baltistan Awami Action Committee (ACC)". The report says what its letters mean,
    and it is not what other reports expand them to ("Afghan Citizen Card (ACC)"), so the
    letters are this report's own (issue 17: a report's definition outranks the store's).
    Letters with a hyphen ("JUI-F", "IS-K") are left alone: :func:`dossier.names.is_initialism`
    does not read their faction letter, and a miss there is no evidence."""
    if not letters.isalpha() or not letters.isupper():
        return False
    for found in re.finditer(r"\(\s*" + re.escape(letters) + r"\s*\)", text):
        run: list[str] = []
        for word in reversed(text[: found.start()].split()[-12:]):
            if not _RUN_WORD.match(word):
                break
            run.insert(0, word)
        if sum(w[0].isupper() for w in run) < 2:
            continue
        spans = (" ".join(run[i:j]) for i in range(len(run)) for j in range(i + 2, len(run) + 1))
        if not any(names.is_initialism(letters, span) for span in spans):
            return True
    return False


#: how the parser found a name: by the model, or as a repetition of a name it found
#: (:mod:`dossier.extract.nlp`)
_NAMED = frozenset({"ner", "repeat"})


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


def corefer(analyzed: AnalyzedDocument, agencies: Sequence[str] | None = None) -> AnalyzedDocument:
    """Resolve weak references inside one document, where they are unambiguous.

    A surname ("Usmani") takes the key and type of the only full name in the
    document it fits ("Mufti Taqi Usmani"), whatever label the model gave it.
    An acronym takes the key of its expansion when the document defines it or
    names exactly one expansion. A bare title ("the Prime Minister") takes the
    one person the document names with that title, or is dropped. A
    description ("the militant outfit") takes the key and type of its
    antecedent organisation, or is dropped. Outlets and wire services
    ("Dawn", "APP", "Reuters") are dropped: they are sources, not actors.
    Everything else is unchanged; weak references never reach other documents.
    """
    agencies = news_agencies() if agencies is None else agencies
    outlets = _outlets(analyzed, agencies)
    # an agency known by its capitals ("SANA", "APP") credits a report only in capitals: "Sana"
    # is a woman's name, "the app" an application
    lettered = {normalize_name(a) for a in agencies if a.isupper()}
    gazetteer = geo.load_gazetteer()
    text = analyzed.document.text
    document_id = analyzed.document.id
    # "Karachi Road Accidents Analysis Team (Kraat)": letters written as a word (``worded``),
    # read as letters only where the report defines them so
    defined, worded = acronym_definitions(text)
    offices = _offices(defined)
    common = _common_noun_letters(text, defined) | _compound_letters(
        analyzed.mentions, text, defined
    )
    outlets |= _credited_outlets(analyzed.mentions, text, defined)
    # spans the model cut inside a place's name or a joint dateline: mended first, so no
    # rule below reads a "Dera" or a "KARACHI / SUKKUR" (see dossier.kb.place_spans)
    pieces = place_spans.dateline_places(analyzed.mentions, text, analyzed.sentences)
    pieces = place_spans.joined_places(pieces, text, gazetteer, analyzed.sentences)
    pieces = _coordinated_names(pieces)
    # a "place" or "body" after an honorific is a man here ("Mr Zehri"), and not the town or
    # tribe the store names by the word: he stays in his report unless it names him in full
    honoured = {
        (m.start, m.end)
        for m in pieces
        if m.via == "ner"
        and m.label in ("PERSON", "ORG", "FAC", "GPE", "NORP", "LOC")
        and _honoured(m, text, gazetteer)
    }
    surnames = _full_surnames(pieces)
    mentions = [
        _cued_label(_place_label(m, gazetteer, text, surnames), text, gazetteer)
        for m in _owned_places(
            [
                _person_after_chamber(
                    _whole_law(_whole_facility(_whole_locality(_trimmed(m), text), text), text),
                    text,
                )
                for m in map(context_types.without_glued_etc, pieces)  # "Malir.etc" (round 39)
            ],
            gazetteer,
        )
        if (m.key not in outlets or (m.key in lettered and not m.text.isupper()))
        and not _not_a_name(m)
        and not _offices_in_plural(m, text)
        and not context_types.bodies_in_the_plural(m, text)
        and not _names_nothing_here(m, text, gazetteer, offices)
        and not name_cues.cut_head(m, text)
        and not name_cues.amount(m)
        and not name_cues.rank_cut(m, text)
        and not name_cues.inside_institution(m, text)
        and not _office_of_a_place(m, gazetteer)
        and not _holderless_office(m, text, gazetteer)
        and not _defined_common_noun(m, common)
        and not _capitalised_by_position(m, text, pieces)
        and not _shouted_word(m, text)
    ]
    people_words = {
        w.lower().strip(".,;:’'")
        for m in pieces
        if m.label == "PERSON" and len(m.text.split()) >= 2
        for w in m.text.split()
    }
    mentions = [
        opened
        for m in mentions
        if (opened := _office_opened(m, text, people_words, gazetteer, document_id)) is not None
    ]
    taken = [(m.start, m.end) for m in mentions]
    mentions = [_numbered_treaty(m, text, taken) for m in mentions]
    # a facility or a publication named so once is so throughout its report (name_cues)
    mentions = _groups_throughout(
        name_cues.facilities_throughout(_places_joined(mentions, text), text), text, gazetteer
    )
    mentions = _uncredited(name_cues.titled_works(mentions, text, gazetteer), text)
    mentions = _whole_expansions(mentions, text, defined, offices)
    mentions = _joined_people(mentions, text, gazetteer)
    spans = [(m.start, m.end) for m in mentions]
    mentions = [
        _whole_body(_whole_person(m, text, spans), text, spans, gazetteer) for m in mentions
    ]
    mentions = _people_by_cue(
        _places_by_cue(_bare_laws(mentions, document_id), text), text, gazetteer
    )
    mentions = [
        replace(m, label="NORP") if _family_word(m, text) or _one_of_a_people(m, text) else m
        for m in mentions
    ]
    mentions = [_river_of_town(m, text, gazetteer) for m in mentions]
    mentions = _weapon_models(mentions, text, gazetteer)
    local = {m.key for m in mentions if _local_only(m) or _replicated_office(m)}
    # "the Bibas family": many unrelated families share a surname ("the Khan family"), so the
    # family a report names by it is that report's, as a lone person's word is
    local |= {
        m.key
        for m in mentions
        if m.label == "NORP"
        and _FAMILY_AFTER.match(text, m.end)
        and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
    }
    stations = _station_names(mentions, text, gazetteer)
    local |= stations
    mentions = [replace(m, label="FAC") if m.key in stations else m for m in mentions]
    mentions, nicknames = _aliases_of_people(mentions, text)
    local |= nicknames
    mentions = _people_by_surname(mentions)
    mentions = _places_of_places(mentions)
    # a "person" named with an organisation word ("Kataib Hezbollah") is the model's slip, and
    # so is one that hyphen-joins a body the document names ("Netanyahu-Hamas talks", "Help
    # Anti-Taliban"): neither is anybody whose surname a lone "Hamas" could be
    bodies = {m.key for m in mentions if m.label in ("ORG", "GPE", "LOC", "NORP")}
    people = [
        m
        for m in mentions
        if m.label == "PERSON"
        and len(m.key.split()) >= 2
        and not set(m.key.split()) & set(names.GENERIC_CLASSES)
        and not _joins_a_body(m.text, bodies)
    ]
    full_names = [
        m for m in mentions if m.via == "ner" and m.label != DESCRIPTION and is_full_name(m.text)
    ]
    # keys the document uses for a people or a place; not a word whose every "place" is a
    # person's last name by :func:`_unplaced_word` ("Sharaa" the model calls GPE and ORG)
    peoples = frozenset(
        m.key
        for m in mentions
        if m.label in _PEOPLE_OR_PLACE and not _unplaced_word(m, text, gazetteer)
    )
    resolved: list[Mention] = []
    # the men a list may name: full names, and the one-word names the model itself calls
    # persons ("identified as Saifullah, Irfanullah and Rahila", the last typed a place)
    listed_people = people + [
        m for m in mentions if m.label == "PERSON" and len(m.key.split()) == 1
    ]
    person_keys = {p.key for p in people if p.via != "surname"}
    place_keys = {m.key: m.label for m in mentions if m.label in ("GPE", "LOC")}
    cued_places = _cued_places(mentions, text)
    for position, mention in enumerate(mentions):
        if _office_after_title(mention):
            continue  # "PM [Office]", "General [Headquarters]": a body's name, cut; nobody
        if (
            mention.via == "surname"
            and mention.key in place_keys
            and mention.key not in person_keys
        ):
            # the parser's surname link (dossier.nlp.lone_surnames) went to a "person" the
            # cues showed is a place ("Kurram" of "Upper Kurram"): the word is that place
            label = place_keys.get(mention.key, mention.label)
            if _cut_from_whole(mention, text):
                # "Khyber [Pakhtunkhwa]": the model cut the place's name where it is written
                # whole, so the word is that place, not one of its own, and its span the
                # whole name as written
                whole = next((m for m in mentions if m.key == mention.key and m.via == "ner"), None)
                mention = replace(mention, label=label, via="ner")
                if whole is not None:
                    mention = _span_of_whole(mention, whole, text, mentions)
            else:
                mention = replace(mention, key=normalize_name(mention.text), label=label, via="ner")
        if (begun := _name_it_begins(mention, text, mentions)) is not None:
            resolved.append(begun)  # "[Durand] Line": the report's "Durand Line"
            continue
        if mention.label == "PERSON" and _rest_of_unknown_name(mention, text):
            word = mention.text.strip(".,;:").lower()
            if word in names.GENERIC_CLASSES or word in names.TITLES:
                continue  # "Media Wing", "Prime Minister": a word of a name, naming nothing
            whole = _whole_name(mention, text, mentions)
            if whole is not None:  # "Khyber [Pakhtunkhwa] government": the name it ends
                mention = _span_of_whole(mention, whole, text, mentions)
                resolved.append(replace(mention, key=whole.key, label=whole.label, via="ner"))
                continue
            own = normalize_name(" ".join(names.strip_titles(mention.text)))
            resolved.append(replace(mention, key=scoped_key(own, document_id), via="ner"))
            continue
        if mention.via == "surname" and _begins_another(mention, mention.key, people):
            # the parser's surname link (dossier.nlp.lone_surnames) fits two people here
            own = normalize_name(" ".join(names.strip_titles(mention.text)))
            resolved.append(replace(mention, key=scoped_key(own, document_id), via="ner"))
            continue
        if mention.via == "ner" and mention.key in _PLACE_PARTS:
            continue  # "Lower" cut from "Lower and Upper South Waziristan": names nothing
        if _bodies_in_the_plural(mention.text) or _person_numbered(mention):
            continue  # "Armed Forces & Law Enforcement Agencies", "[Air] Force One": nobody
        if mention.label != DESCRIPTION and _is_bare_generic(mention):
            if _POSSESSIVE_INSIDE.search(mention.text):
                # "the Council’s Shura": the body's own organ, named by its head after the
                # possessive, not the council the report names -- which took it (issue 17,
                # check-r27); it names something of this report only
                resolved.append(replace(mention, key=scoped_key(mention.key, document_id)))
                continue
            if not _ARTICLE_BEFORE.search(text[max(0, mention.start - 5) : mention.start]):
                continue  # "Army" in "Chief of Army Staff": a word of another name, not a reference
        if mention.label == DESCRIPTION or _is_bare_generic(mention):
            if mention.label == DESCRIPTION and _not_a_reference(mention, text):
                continue
            kind = _modifier_class(mention)
            kind_head = mention.label == DESCRIPTION and _kind_head(mention)
            target = _antecedent(
                replace(mention, key=kind) if kind else mention,
                resolved,
                mentions[position + 1 :],
                mention.label != DESCRIPTION or kind is not None or kind_head,
            )
            if target is not None and kind_head and not _modifiers_fit(mention, target):
                target = None
            if target is not None and kind_head and not _head_fits(mention, target):
                target = None
            if (
                target is not None
                and mention.label == DESCRIPTION
                and not kind_head
                and not _open_modifiers_fit(mention, target)
            ):
                target = None
            if target is not None:
                resolved.append(
                    replace(mention, key=target.key, label=target.label, via="description")
                )
            # else dropped: "the Army" with no army named around names nothing by itself
            continue
        if office_letters.bare_letters(mention, defined, offices):
            # "the RPO said", "COAS meets leaders": an office's letters stand for the holder
            # of this report, typed a person and keyed to the report -- three reports' "RPO"
            # were one body (issue 17, check-r37) -- or, for a post one man holds in the
            # country ("COAS"), to its letters; right before a name ("SP Wazir said") they
            # are a piece of that name, which names the man where the model found it
            if not _NAME_AFTER.match(text, mention.end):
                key = (
                    mention.key
                    if office_letters.national(mention.text)
                    else scoped_key(mention.key, document_id)
                )
                resolved.append(replace(mention, key=key, label="PERSON"))
            continue
        if _title_only(mention):
            # a title right before a capitalised word is a piece of the name after it that
            # the model cut ("Maulana [Hamidul Haq Haqqani]", "Prime Minister [Modi]"): that
            # name, where the model found it, is the reference, and the title names nobody
            # else -- not the report's one other holder of the title
            holder = (
                None if _NAME_AFTER.match(text, mention.end) else _titled_holder(mention, people)
            )
            # a rank written as an abbreviation ("the SHO", "DPO") is held by one officer per
            # station or district, and a report names several: the one "SHO Malik" of the
            # document is not proof that a bare "SHO" is him
            if holder is not None and not names.looks_like_acronym(mention.text.strip(". ")):
                resolved.append(replace(mention, key=holder.key, label="PERSON", via="title"))
            continue
        if names.looks_like_acronym(mention.text.replace(".", "")):
            key = _expansion(mention, full_names, defined, text)
            if key is None and _letters_named_otherwise(mention.text.replace(".", ""), text):
                # "Gilgit-Baltistan Awami Action Committee (ACC)": letters this report
                # defines as a name they do not spell are this report's, not what other
                # reports expand them to
                resolved.append(replace(mention, key=scoped_key(mention.key, document_id)))
                continue
            if key is not None and key != mention.key:
                label = next((m.label for m in full_names if m.key == key), None)
                if label is None:
                    label = _expansion_label(mention, defined, mentions, text)
                mention = replace(mention, key=key, label=label, via="acronym")
            resolved.append(mention)
            continue
        if mention.text in worded and (key := _expansion(mention, full_names, worded)):
            # the word keeps its key (its other reports write it so, and a misspelling of it
            # joins it by the spelling: "Piccs" beside "Picss"); :func:`link_definitions`
            # joins it to the name, and it takes the name's kind ("Kraat" was a PERSON)
            label = next((m.label for m in full_names if m.key == key), mention.label)
            resolved.append(replace(mention, label=label))
            continue
        fitting = _people_for_word(mention, people, text)
        earlier = (
            fitting if mention.label == "PERSON" else [p for p in fitting if p.end <= mention.start]
        )
        full = None
        if _group_word(mention, text):
            # "Houthi rebels" beside "the Houthis": the group's word, no man's surname
            mention = replace(mention, label="ORG" if mention.label == "PERSON" else mention.label)
        elif mention.label in _SURNAME_LABELS and not (
            # a province's, country's or large city's name used as a place is nobody's
            # surname: "Balochistan" beside a "Sistan-Baluchestan" the model took for a man;
            # but a word that speaks ("Barrie said", "Barrie, who has written") is a man's,
            # when the report names one so (issue 17, check-r34: the city Barrie in Canada
            # kept two of "Douglas Barrie"'s three surnames a GPE)
            mention.label in ("GPE", "LOC")
            and gazetteer_place(mention.text, gazetteer)
            and not _SPEAKER_AFTER.match(text, mention.end)
        ):
            if not _used_as_adjective(mention, text):
                full = _full_name(mention, earlier, text)
            elif mention.label not in _PEOPLE_OR_PLACE and mention.key not in peoples:
                full = _exact_surname(mention, earlier)
            elif _unplaced_word(mention, text, gazetteer):
                # "Sharaa has not commented", "Khalil had been detained": the model's place
                # for the very last word of a person the report named in full before it
                full = _exact_surname(mention, earlier)
        if full is not None:
            mention = replace(mention, key=full.key, label="PERSON", via="surname")
        elif _route_place(mention, text):
            mention = replace(mention, label="GPE")
        elif mention.label == "PERSON" and names.common_lone_name(mention.text):
            # "Ali", "Mr Shah": names a person here, identifies nobody across documents
            mention = replace(mention, key=scoped_key(mention.key, document_id))
        elif _given_name_as_body(mention, gazetteer, text):
            # "a commander of the banned TTP, Saeed": the model's organisation for a very
            # common given name is a man of this report, as its PERSON would be; unscoped,
            # the word joined every report's "Saeed" the model typed so (a TTP commander
            # and an air force officer)
            mention = replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
        elif (
            mention.label in _SURNAME_LABELS
            and len(mention.key.split()) == 1
            and names.theophoric(mention.text)
            and not _known_place(mention.text, gazetteer)
        ):
            # "identified as Ihsanullah and Rafiullah": the model's GPE is a man's given name
            mention = replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
        elif _given_name_as_place(mention, text, gazetteer):
            # "injured Khalid and Usman": the model's place for a very common given name
            # the text gives no place's cue is a man of this report; unscoped, the word
            # joined every report's "Usman" the model typed so (issue 17, check-r27)
            mention = replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
        elif (
            mention.key not in cued_places
            and (given := _given_name_of(mention, fitting, text, gazetteer)) is not None
        ):
            mention = replace(mention, key=given.key, label="PERSON", via="surname")
        elif (begun_by := _first_names_of(mention, fitting, gazetteer)) is not None:
            # "Bilawal Bhutto" the model calls an organisation beside the report's "Bilawal
            # Bhutto Zardari": his first names, not a body (issue 17, session 31's regression)
            mention = replace(mention, key=begun_by.key, label="PERSON", via="surname")
        elif _aged(mention, text, gazetteer):
            # "Ms Shahmeen, 50; Nabeel, 15; Moon Shah, 18": a word given an age is a person
            # named here, whatever the model called it (an ORG), and nobody across reports
            mention = replace(
                mention, key=scoped_key(mention.key, LONE + document_id), label="PERSON"
            )
        elif (
            mention.label in _SURNAME_LABELS
            and len(mention.key.split()) == 1
            and (_listed_alone(mention, text) or _ends_a_list(mention, text))
            and _listed_with_people(mention, listed_people, mentions, gazetteer)
            # a very common given name in a list of men is one of them, though a city has
            # the name ("identified as Khalid, Tanveer, Hassan, Haneef and Usman"): four
            # reports' "Hassan" made one place (issue 17, session 31's "Hassan" chain)
            and (
                not _known_place(mention.text, gazetteer) or names.holds_common_given(mention.text)
            )
        ):
            # "accomplices Hamad, Zaman, Muzamil, Ali Raza": the model's GPE for one item of a
            # list of men is a man named by one word here, and nobody across reports; the
            # store may still give the word the place or body other reports name by it
            # (:func:`link_surnames`), as for any lone person
            mention = replace(
                mention, key=scoped_key(mention.key, LONE + document_id), label="PERSON"
            )
        elif (
            (mention.start, mention.end) in honoured
            and mention.label == "PERSON"
            and mention.key not in local
        ):
            # "Mr Zehri" where the store names a town "Zehri": a man, whom only the store's
            # one dominant full name may take (:func:`link_surnames`), never the town
            mention = replace(mention, key=scoped_key(mention.key, LONE + HONOURED + document_id))
        elif mention.key not in local and _lone_person(mention, bodies, gazetteer):
            # "Haider" (a passer-by here, a colonel there, a police officer in a third
            # report): one word names somebody in its sentence and nobody across documents;
            # :func:`link_surnames` may still join it to the one dominant full name of the store
            # -- unless the report names its man in full where the model missed him: the
            # word is that full name ("SHO Majid Alvi ... SHO Alvi"), which links across
            # reports as any full name does; of two such names, neither for sure
            mention = _unseen_or_lone(
                mention, text, mentions, document_id, "" if _ranks_listed(mention, text) else LONE
            )
        resolved.append(mention)
    resolved = _links_follow_scope(mentions, resolved)
    resolved = _nicknames_follow(_surname_throughout(resolved, text, gazetteer), text)
    # the key a bare office ends with after resolution holds only here too, and with it its
    # letters ("the Counter-Terrorism Department ... the CTD"): another province's CTD is
    # another body. A key that names a jurisdiction ("sindh ctd") keeps linking.
    local |= {
        m.key
        for m in resolved
        if (
            _replicated_office(m)
            and (_office_without_jurisdiction(m.key) or names.is_initialism(m.key.upper(), m.text))
        )
        # letters the document defines as a bare office where the model found no name for
        # the office ("Punjab's Counter-Terrorism Department (CTD)" missed, its "CTD"s kept)
        or (m.via == "acronym" and _office_without_jurisdiction(m.key))
    }
    written = _offices_written(text)
    letters = [
        m
        for m in resolved
        if m.via == "ner" and " " not in m.key and names.looks_like_acronym(m.text.replace(".", ""))
    ]
    local |= {
        m.key
        for m in letters
        if any(names.is_initialism(m.text.replace(".", ""), office) for office in written)
    }
    # letters cut from a bare office's name before its last word ("the DHQ hospital" of a
    # Bannu report, "DHQ hospital" of a Narowal one): each district's, as the office is
    # (issue 17, check-r25: one "District Headquarters" held both)
    local |= {
        m.key
        for m in letters
        if (head := _REPLICATED_HEAD_AFTER.match(text, m.end)) is not None
        and _office_without_jurisdiction(f"{m.key} {head.group(1).lower()}")
    }
    own = _jurisdiction_keys(resolved)
    # a two-word man's name with a clan or common family name ("Rashid Khan") is its report's
    # until :func:`link_weak_names` finds the same name in reports that share other names
    weak = {
        m.key
        for m in resolved
        if m.label == "PERSON"
        and m.via == "ner"
        and SCOPE not in m.key
        and len(m.key.split()) == 2
        and names.weak_full_name(m.text)
    } - local
    # a place the model typed a person once ("Qila Abdullah attack" beside "in Qila
    # Abdullah") is left to the type vote of the place's entity, and so is one the gazetteer
    # knows
    weak -= {m.key for m in resolved if m.label not in ("PERSON", DESCRIPTION)}
    if gazetteer is not None:  # a place the gazetteer knows ("Bandar Abbas") is no man's name
        weak = {k for k in weak if not gazetteer.candidates(k)}
    weak = {k for k in weak if not _only_as_place(k, resolved, text)}
    resolved = [
        replace(m, key=own[m.key])
        if m.key in own and (m.via == "acronym" or " " not in m.key)
        else replace(m, key=scoped_key(m.key, document_id))
        if m.key in local
        else replace(m, key=scoped_key(m.key, WEAK + document_id))
        if m.key in weak
        else m
        for m in resolved
    ]
    # last, so that no rule of names reads an office typed a person as a man's name
    resolved = _offices_before_holders(resolved, text, offices)
    resolved = _national_bodies(resolved, text, document_id, gazetteer)
    return replace(analyzed, mentions=_missions(resolved, text, document_id, gazetteer))


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


#: marks a key that holds only inside one document ("ali @<document id>")
SCOPE = " @"


#: marks, after :data:`SCOPE`, a lone person name that only the store's one dominant full
#: name may take to other documents (:func:`link_surnames`)
LONE = "~"


#: marks, after :data:`SCOPE`, a two-word person name that tells few people apart
#: (:func:`names.weak_full_name`): it joins the same name of another report only through
#: :func:`link_weak_names`
WEAK = "%"

#: marks, after :data:`LONE`, a lone name written behind an honorific ("Mr Zehri"): a man,
#: whatever the store names the word alone (:func:`link_surnames`)
HONOURED = "^"


def scoped_key(key: str, document_id: str) -> str:
    """A key no other document can share: for names that identify nobody on their own."""
    return f"{key}{SCOPE}{document_id}"


def base_key(key: str) -> str:
    """The name part of a (possibly document-scoped) key."""
    return key.split(SCOPE, 1)[0]


def entity_id(key: str) -> str:
    """Stable id of the entity first created for grouping key ``key``."""
    return "ent_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


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
        if not person_name and gazetteer_place(top, gazetteer):
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


@dataclass(frozen=True, slots=True)
class Link:
    """A decision to put a grouping key into an existing entity, and why."""

    entity: str
    reason: str


#: a blocking key shared by more names than this is too common to propose
MAX_BLOCK = 200


def _describe(result: names.MatchResult, other: str) -> str:
    """The merge log's reason: the words of :func:`dossier.names.explain`."""
    scope = "same" if result.cross_document else "same inside one document only"
    return f"{scope} as {other!r} ({result.score:.2f}): rule {result.kind}; " + "; ".join(
        result.signals
    )


def key_profiles(store: Store, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Each key's name as written (text, label), for the matcher.

    The store gives a key's most frequent surface form; when in-document
    coreference put short forms under a full name's key ("Baloch" said of
    "Zakir Baloch" twice in one article), that form is not the key's name, so
    the key itself stands for it: a lone surname must never be what a full
    name is matched by.
    """
    profiles = store.key_profiles(keys)
    return {
        key: (text if normalize_name(text) == base_key(key) else base_key(key), label)
        for key, (text, label) in profiles.items()
    }


#: :func:`names.match`, cached: resolution compares each new name with the members of
#: its blocks, the same pairs batch after batch (the result is a frozen record)
_match = lru_cache(maxsize=1 << 16)(names.match)


@lru_cache(maxsize=65536)
def is_full_name(text: str) -> bool:
    """A name that identifies on its own: two or more words once titles are
    stripped, not an acronym, not made only of generic words.

    Cached: a pure function of the text, asked for every candidate of every
    name looked up (the same block members again and again as the store grows).

    Only such names may found cross-document links, and only between such names
    can the matcher's "different" veto a merge: a lone surname, an acronym or a
    bare title says too little to forbid anything.
    """
    if names.looks_like_acronym(text):
        return False
    words = names.strip_titles(text)
    if len(words) < 2:
        return False
    return not all(w.lower() in names.GENERIC_CLASSES for w in words)


def conflict(text: str, label: str, other_text: str, other_label: str) -> str | None:
    """Why two full names may not share an entity (the matcher says they differ), or None."""
    if not (is_full_name(text) and is_full_name(other_text)):
        return None
    result = _match(text, other_text, label, other_label)
    if result is not None and result.cross_document:
        return None
    return f"{text!r} and {other_text!r} are different names"


def cluster_conflict(store: Store, entity: str, members: dict[str, tuple[str, str]]) -> str | None:
    """Why names ``members`` (key -> text, label) may not join ``entity``, or None.

    Every full name of the entity is checked, not only the one the link came
    through: this is what stops transitive chains ("Mir Ali" -> "Ali" ->
    "Haider Ali").
    """
    keys = [k for k, _reason in store.entity_keys(entity)]
    theirs = key_profiles(store, keys)
    for key, (text, label) in members.items():
        if not is_full_name(text):
            # behind a single name the title tells people apart: "Colonel Haider" does not
            # join the "Haider" that holds "SSP Haider" of another report
            for other, (other_text, _label) in theirs.items():
                if other != key and not is_full_name(other_text):
                    if names.titles_differ(text, other_text):
                        return f"{text!r} and {other_text!r} have titles of different kinds"
            continue
        for other, (other_text, other_label) in theirs.items():
            if other == key:
                continue
            why = conflict(text, label, other_text, other_label)
            if why:
                return why
    return None


def entities_conflict(store: Store, entity: str, other: str) -> str | None:
    """Why entities ``entity`` and ``other`` may not merge (two full names differ), or None."""
    keys = [k for k, _reason in store.entity_keys(other)]
    return cluster_conflict(store, entity, key_profiles(store, keys))


#: the blocks of first and last initials (:func:`names.blocking_keys`' "a:"): filed so that an
#: acronym meets the names it may stand for
_INITIALS_BLOCK = "a:"


def link_blocks(text: str) -> list[str]:
    """The blocks :func:`find_link` reads for a new name: all of its blocking keys, less the
    initials blocks ("a:") of a full name.

    Why: those blocks gather every name with the same first and last letters ("Imran Khan",
    "Ijaz Kakar", "Islamabad High Court" ...), and they were two thirds of the pairs the
    matcher judged for a batch (23,637 of 37,525 for 200 articles added to 1,200 stored;
    none linked), a count that grows with the store until a block passes ``MAX_BLOCK``.
    They exist for the acronym rule, and a full name (:func:`is_full_name`) is never an
    acronym nor compared with one here; two full names the matcher links across documents
    share a word-based block (equal keys "k:", skeletons "s:" "c:" "u:", surnames "p:",
    sound "m:"). The pairs that share only an "a:" block never link (checked over every such
    pair of the stores of ``bench/write_profile.py``: README, "Ingest at scale", round 8), so
    the links are the same. Still filed: an acronym's lookup reads them."""
    blocks = sorted(names.blocking_keys(text))
    if not is_full_name(text):
        return blocks
    return [b for b in blocks if not b.startswith(_INITIALS_BLOCK)]


class BatchReads:
    """What :func:`find_link` reads about a batch's new names, read for all of
    them at once: the members of their blocks, the candidates' names and the
    pinned keys (one statement each instead of one per name; four reads per
    name were a third of the store's statements at ingest).

    Only what resolving the batch cannot change is cached, plus the blocks,
    which :meth:`add` keeps in step with ``store.add_blocks``; which entity a
    key belongs to changes with every link and is asked of the store, which
    :func:`update_entities` hands in as :class:`ResolutionReads` (it keeps the
    answers in step with the batch's maps and merges).
    """

    def __init__(
        self,
        store: Store,
        profiles: dict[str, tuple[str, str]],
        keys: Sequence[str],
        context: dict[str, frozenset[str]] | None = None,
    ) -> None:
        #: per new key, the names written beside it in the batch's reports
        #: (:func:`names_beside`); none where the caller has no reports at hand, and then no
        #: link is refused for want of shared context
        self.context = context or {}
        # the blocks :func:`find_link` will read: none of a document-scoped key, which it
        # never links (their members' names, pins and entities were read for nothing)
        blocks = {
            b for k in keys if SCOPE not in k for b in link_blocks(profiles.get(k, (k, ""))[0])
        }
        self.members = store.block_members(sorted(blocks), MAX_BLOCK)
        # only the block members :func:`find_link` may propose, and the batch's own keys: a
        # document-scoped key is never a candidate, yet the blocks hold the scoped keys of
        # every earlier report (two in five keys of a 4,000-article store), so reading their
        # names, pins and entities grew with the store for nothing (issue 19, round 6).
        # ``members`` keeps them: a block's size, which caps it, counts them.
        found = {k for ks in self.members.values() for k in ks if SCOPE not in k} | set(keys)
        self.profiles = key_profiles(store, sorted(found))
        self.pinned = store.pinned_keys(sorted(found))

    def candidates(self, blocks: Sequence[str]) -> set[str]:
        """As :meth:`Store.keys_in_blocks` with ``MAX_BLOCK``."""
        found: set[str] = set()
        for block in blocks:
            keys = self.members.get(block, set())
            if len(keys) <= MAX_BLOCK:
                found |= keys
        return found

    def add(self, key: str, blocks: Sequence[str]) -> None:
        """``key`` was added to ``blocks`` in the store."""
        for block in blocks:
            self.members.setdefault(block, set()).add(key)


def find_link(store: Store, key: str, text: str, label: str, reads: BatchReads) -> Link | None:
    """The existing entity a new name belongs to, by the name matcher, or None.

    Candidates share a blocking key. Only evidence that holds across documents
    (equal keys, transliteration variants, full names that match) links a name
    to another document's entity; weak evidence (a lone surname, an acronym
    nobody defined, a bare generic head or title) is resolved inside its own
    document by :func:`corefer` and never here. The best match wins unless two
    entities tie, and never when a full name of the entity differs from the new
    name (:func:`cluster_conflict`). Pinned keys (manual splits) are never
    proposed. ``reads``: the batch's reads made once (:class:`BatchReads`).
    """
    if SCOPE in key:
        return None  # a document-scoped name never links to another document
    candidates = {c for c in reads.candidates(link_blocks(text)) - {key} if SCOPE not in c}
    if not candidates:
        return None
    profiles = {c: reads.profiles[c] for c in sorted(candidates) if c in reads.profiles}
    pinned = reads.pinned & set(profiles)
    entity_of = store.entity_ids_for_keys(sorted(profiles))
    strong: dict[str, tuple[float, str]] = {}
    full = is_full_name(text)
    for other, (other_text, other_label) in sorted(profiles.items()):
        if other in pinned or other not in entity_of:
            continue
        if full != is_full_name(other_text):
            continue  # a short name never reaches a full name of another document
        if not full and names.titles_differ(text, other_text):
            continue  # "SSP Haider" and "Colonel Haider": one name, two men
        if label == other_label == "PERSON" and names.persons_apart(text, other_text):
            continue  # two men of one surname: the matcher would not link them
        result = _match(text, other_text, label, other_label)
        if result is None or not result.cross_document:
            continue
        if result.kind != "exact" and (
            _person_beside_a_place(text, label, other_text, other_label)
            or _two_known_places(text, other_text)
        ):
            continue
        entity, reason = entity_of[other], _describe(result, other_text)
        if result.kind != "exact" and _nothing_in_common(
            store,
            entity,
            text,
            other_text,
            reads.context.get(key, frozenset()),
            people=label == other_label == "PERSON",
        ):
            continue
        if not is_full_name(text) and _joined_as_surname(store, entity, other):
            # a spelling variant ("Asad") of a lone word ("Assad") that :func:`link_surnames`
            # put under a full name: the variant is no surname of that person
            continue
        if entity not in strong or strong[entity][0] < result.score:
            strong[entity] = (result.score, reason)
    ranked = sorted(strong.items(), key=lambda item: (-item[1][0], item[0]))
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1][0] == ranked[1][1][0]:
        return None  # two entities fit equally well: do not guess
    entity, (_score, reason) = ranked[0]
    if cluster_conflict(store, entity, {key: (text, label)}):
        return None
    return Link(entity, reason)


def _person_beside_a_place(text: str, label: str, other_text: str, other_label: str) -> bool:
    """Whether one of two one-word names is a person's and the other a country's, province's
    or large city's: a spelling variant of each other ("Sana" and "Sanaa") but two names, a
    woman and Yemen's capital. Only the spelled-alike pair is refused; the very word is kept."""
    if " " in text.strip() or " " in other_text.strip():
        return False
    if label == "PERSON" and other_label in ("GPE", "LOC"):
        place = other_text
    elif other_label == "PERSON" and label in ("GPE", "LOC"):
        place = text
    else:
        return False
    return gazetteer_place(place, geo.load_gazetteer())


def _two_known_places(text: str, other_text: str) -> bool:
    """Whether two names the matcher takes for spellings of one are each a place the gazetteer
    knows, and no record is both: "Gujarat" (India's state) and "Gujrat" (a Pakistani city),
    written alike, are two places. A variant the gazetteer lacks ("Peshawer") or records
    under both spellings ("Khan Yunis" / "Khan Younis") is no such pair."""
    gazetteer = geo.load_gazetteer()
    ours = {p.gazetteer_id for p in gazetteer.candidates(text)}
    theirs = {p.gazetteer_id for p in gazetteer.candidates(other_text)}
    return bool(ours) and bool(theirs) and not ours & theirs


#: how many of an entity's mentions (in report order) are read for the names around it
CONTEXT_MENTIONS = 400


def _context_name(text: str, label: str) -> str | None:
    """A mention's name as context: capitalised names only, never a description ("the
    group"), which any two reports share."""
    text = text.strip()
    if label == DESCRIPTION or not text[:1].isupper():
        return None
    return text.casefold()


def names_beside(
    analyzed: Sequence[AnalyzedDocument], keys: Collection[str] | None = None
) -> dict[str, frozenset[str]]:
    """Per key of the batch (only ``keys`` where given: the batch's new keys, the only ones
    :func:`find_link` asks about), the names of the other mentions of the reports that write
    it: what :func:`_nothing_in_common` compares with the reports of a candidate entity."""
    found: dict[str, set[str]] = {}
    for doc in analyzed:
        wanted = [m for m in doc.mentions if keys is None or m.key in keys]
        if not wanted:
            continue
        written = {n for m in doc.mentions if (n := _context_name(m.text, m.label))}
        for mention in wanted:
            found.setdefault(mention.key, set()).update(written)
    return {key: frozenset(v) for key, v in found.items()}


def _two_word_person(text: str) -> bool:
    """A person's name of two words once titles are stripped ("Ijaz Khan", "Iftikhar Ahmed")."""
    return len(names.strip_titles(text)) == 2


@lru_cache(maxsize=1 << 16)
def _widely_named(name: str, gazetteer: geo.Gazetteer | None) -> bool:
    """A country, a people's adjective or a large place: named in most reports of a region's
    news ("Pakistan", "Karachi"), so sharing it says nothing about a man.

    Cached (the gazetteer is the one :func:`geo.load_gazetteer` keeps): the weak names' link
    asks it of every name in the reports of each same-named entity, the same names batch
    after batch, 4,887 -> 10,027 calls for 200 articles at 300 and 1,200 stored (issue 19)."""
    return gazetteer is not None and (
        gazetteer.country(name) is not None or gazetteer_place(name, gazetteer)
    )


#: how many names (other than countries, peoples and large places) the reports of two
#: spellings of a two-word person's name must share before they are taken for one man
TWO_WORD_SHARED_NAMES = 2


def _nothing_in_common(
    store: Store,
    entity: str,
    text: str,
    other_text: str,
    context: frozenset[str],
    people: bool = False,
) -> bool:
    """Whether a one-word name and the entity it would join as a spelling variant are written
    in reports that share no other name: "Fata" (Pakistan's former tribal areas, beside
    "Khyber Pakhtunkhwa") and "Fatah" (the Palestinian party, beside "Hamas") spell alike
    for the matcher but live in different stories, while a true variant ("Asad" / "Assad")
    is written beside the same country, people and places. One-word names, and with
    ``people`` two-word names of persons: a spelling variant of a short name of a man
    ("Ijaz Khan", a job candidate in Kalat; "Ejaz Khan", a professor in Peshawar) is as
    often another man, so it must share a name other than a country or a large place
    (:func:`_widely_named`) with the entity's reports -- two such names
    (:data:`TWO_WORD_SHARED_NAMES`), since two long reports about different men share one
    party or one world body by chance ("Yaqub Khan", a 19th-century emir, and "Yaqoob Khan",
    an elder at a jirga, both beside a party's name); a longer name's other words carry
    its context. No context to compare (no report at hand, or a report naming nothing
    else) refuses nothing."""
    two_words = people and _two_word_person(text) and _two_word_person(other_text)
    if (" " in text.strip() or " " in other_text.strip()) and not two_words:
        return False
    own = {text.strip().casefold(), other_text.strip().casefold()}
    if _plural_pair(*own):
        return False  # "Egyptian" / "Egyptians": a people and its members, not two spellings
    ours = context - own
    if not ours:
        return False
    reports = store.entity_mention_documents(entity, CONTEXT_MENTIONS)
    written = store.names_in_documents(sorted(reports))
    theirs = {n for t, label in written if (n := _context_name(t, label))}
    theirs -= own
    if two_words:
        gazetteer = geo.load_gazetteer()
        ours = {n for n in ours if not _widely_named(n, gazetteer)}
        theirs = {n for n in theirs if not _widely_named(n, gazetteer)}
        if not ours:
            return False
        # one shared name is chance between long reports: a history of the Durand Line and a
        # district's jirga both name a national party, an AJK session and that history both
        # the United Nations; the same man's reports share his people, places and bodies
        return bool(theirs) and len(ours & theirs) < TWO_WORD_SHARED_NAMES
    return bool(theirs) and not ours & theirs


def _plural_pair(*words: str) -> bool:
    """Whether two words are one and its plural ("Sunni" / "Sunnis")."""
    if len(words) != 2:
        return False
    short, long = sorted(words, key=len)
    return long in (short + "s", short + "es")


_SURNAME_REASON = "lone surname of"
#: the block a document-scoped lone person name is filed under ("l:" and the surname
#: skeleton of :func:`names.blocking_keys`' "p:" block): only :func:`link_surnames` reads it,
#: so a word named alone in hundreds of reports never fills the blocks full names are
#: matched through (a block of more than ``MAX_BLOCK`` keys is skipped)
_LONE_BLOCK = "l:"
#: how many scoped lone names one surname's block is read for
MAX_LONE_BLOCK = 5000


def _lone_scoped(key: str) -> bool:
    """A document-scoped key of a person named by one word that fits nobody in its document
    (:func:`_lone_person`); not the other scoped keys (a common given name, a word that fits
    two people of its document, an office), which never link at all."""
    return SCOPE + LONE in key


def _lone_blocks(surname_blocks: Iterable[str]) -> list[str]:
    """The :data:`_LONE_BLOCK` blocks matching a name's surname ("p:") blocks."""
    return sorted({_LONE_BLOCK + b[len("p:") :] for b in surname_blocks if b.startswith("p:")})


def _blocks_of(key: str, text: str) -> list[str]:
    """The blocks ``key`` is filed under: a scoped lone person name only under its own
    (:data:`_LONE_BLOCK`), so that its surname can still find it."""
    if _lone_scoped(key):
        return _lone_blocks(names.blocking_keys(" ".join(names.strip_titles(text))))
    if SCOPE + WEAK in key:
        return [_WEAK_BLOCK + base_key(key)]
    return sorted(names.blocking_keys(text))


#: the block a :data:`WEAK` key is filed under: its name, exactly, so that only the same
#: name of another report finds it
_WEAK_BLOCK = "w:"
#: how many reports' keys of one weak name are read
MAX_WEAK_BLOCK = 2000


def _names_of_reports(store: Store, entity: str, own: set[str]) -> set[str]:
    """The names written in an entity's reports (its first :data:`CONTEXT_MENTIONS`
    mentions'), but countries, peoples, large places (:func:`_widely_named`) and ``own``."""
    gazetteer = geo.load_gazetteer()
    reports = store.entity_mention_documents(entity, CONTEXT_MENTIONS)
    written = store.names_in_documents(sorted(reports))
    return {
        n
        for t, label in written
        if (n := _context_name(t, label)) and n not in own and not _widely_named(n, gazetteer)
    }


def link_weak_names(store: Store, keys: Sequence[str], reads: BatchReads) -> set[str]:
    """Join each new :data:`WEAK` key to the entity of the same name in other reports whose
    names it shares (:data:`TWO_WORD_SHARED_NAMES` or more, other than countries, peoples
    and large places); of two such entities the one sharing more. Why: an
    identical two-word name with a clan or common family name was one key across the
    archive, and "Rashid Khan", an inmate found dead in Attock jail, was the husband of a
    Korangi burns victim (issue 17, check-r24); the same man's reports share his people,
    places and bodies. ``reads``: the batch's (:class:`BatchReads`): the names of each key's
    reports (:func:`names_beside`) and the blocks this batch filed, which the store may not
    show before the batch's writes are flushed. Returns the entities merged into."""
    gazetteer = geo.load_gazetteer()
    changed: set[str] = set()
    weak = [k for k in keys if SCOPE + WEAK in k]
    if not weak:
        return changed
    blocks = sorted({_WEAK_BLOCK + base_key(k) for k in weak})
    members = store.block_members(blocks, MAX_WEAK_BLOCK)
    for block in blocks:
        members.setdefault(block, set()).update(reads.members.get(block, set()))
    for key in weak:
        base = base_key(key)
        own_names = {base}
        ours = {
            n
            for n in reads.context.get(key, frozenset())
            if base not in n and not _widely_named(n, gazetteer)
        }
        if len(ours) < TWO_WORD_SHARED_NAMES:
            continue
        others = sorted(members.get(_WEAK_BLOCK + base, set()) - {key})
        if not others:
            continue
        entity_of = store.entity_ids_for_keys([key, *others])
        own = entity_of.get(key)
        candidates = sorted({entity_of[k] for k in others if k in entity_of} - {own})
        shared: dict[str, int] = {}
        for entity in candidates:
            theirs = {n for n in _names_of_reports(store, entity, own_names) if base not in n}
            count = len(ours & theirs)
            if count >= TWO_WORD_SHARED_NAMES:
                shared[entity] = count
        if not shared or own is None:
            continue
        # the one sharing most; on a tie the greater id (reports of one batch are still
        # apart, and the order they come in must not choose)
        target = max(shared, key=lambda entity: (shared[entity], entity))
        store.merge_entities(own, target, f"same name {base!r} in reports sharing other names")
        changed.add(target)
    return changed


def dominant(documents: dict[str, int], min_documents: int, min_share: float) -> str | None:
    """The entity a weak name (lone surname, bare acronym) stands for across documents, or None.

    ``documents`` counts, per candidate entity, the documents that back it. The weak name
    is evidence only when one entity holds at least ``min_documents`` of them and at least
    ``min_share`` of all: two candidates of like weight leave it on its own. Ties go to the
    greater entity id, so the answer does not depend on the order the store lists them.
    """
    if not documents:
        return None
    entity = max(documents, key=lambda e: (documents[e], e))
    held = documents[entity]
    if held < min_documents or held < min_share * sum(documents.values()):
        return None
    return entity


def surname_link(store: Store, key: str, text: str, label: str) -> Link | None:
    """The one dominant full-name person a lone surname stands for across documents, or None.

    :func:`find_link` never lets a lone word reach another document's full name: "Khan" or
    "Sharif" names many people. But news writes a very prominent person's surname alone in
    articles that never spell the name out ("Trump said ..."), which split that person in
    two. The store decides: among the full person names the word is the surname of, one
    entity must hold ``LONE_SURNAME_MIN_DOCUMENTS`` documents and ``LONE_SURNAME_MIN_SHARE``
    of all their documents. Common lone names (``names.common_lone_name``), acronyms,
    titles and unambiguous places never qualify.
    """
    if SCOPE in key and not _lone_scoped(key):
        return None
    word = _lone_word(text)
    if word is None or (SCOPE not in key and len(text.split()) != 1):
        return None
    if label not in _SURNAME_LABELS or names.common_lone_name(text):
        return None
    if not text[:1].isupper():
        return None
    bare = " ".join(names.strip_titles(text))
    candidates = store.keys_in_blocks(sorted(names.blocking_keys(bare)), MAX_BLOCK) - {key}
    # the block holds every name sharing the word's skeleton ("Khan", "Kahn", "Khana"); only
    # those ending in the very word can pass the last check below, so the others' profiles
    # are not read nor matched (what grew with the store: README, "Ingest at scale")
    candidates = {
        c
        for c in candidates
        # the test of _may_end_in that drops most keys, inline: a call per key cost more
        if SCOPE not in c and (word in c.lower() or not c.isascii()) and _may_end_in(c, word)
    }
    if not candidates:
        return None
    profiles = key_profiles(store, sorted(candidates))
    gazetteer = geo.load_gazetteer()
    full = sorted(
        k
        for k, (other_text, other_label) in profiles.items()
        if other_label == "PERSON"
        and is_full_name(other_text)
        # a place the model took for a person ("Azad Kashmir") has no surname: "Kashmir"
        # alone is the region, not the last word of somebody's name
        and not _known_place(other_text, gazetteer)
        and names.surname_match(bare, other_text)
        # the very word, not a spelling variant: "Nasrullah" (a given name in Pakistan) is
        # not "Hassan Nasrallah" across documents
        and normalize_name(other_text).split()[-1] == word
    )
    if not full:
        return None
    entity_of = store.entity_ids_for_keys(full)
    if store.pinned_keys(full):
        return None
    # the candidates' counts in one read, not one statement an entity
    documents = store.entity_document_counts(sorted(set(entity_of.values())))
    entity = dominant(documents, LONE_SURNAME_MIN_DOCUMENTS, LONE_SURNAME_MIN_SHARE)
    if entity is None:
        return None
    total = sum(documents.values())
    if gazetteer_place(bare, gazetteer):
        return None
    shown = profiles[max((k for k in full if entity_of.get(k) == entity), key=len)][0]
    return Link(
        entity,
        f"{_SURNAME_REASON} {shown!r}, the dominant full name with it in the store "
        f"({documents[entity]} of {total} documents)",
    )


def _may_end_in(key: str, word: str) -> bool:
    """Whether a name filed under ``key`` may end in ``word`` as :func:`surname_link`'s last
    check reads it, decided from the key alone, before any profile is read.

    :func:`key_profiles` gives a key either a text whose :func:`normalize_name` is the key's
    base, or the base itself; the check then takes the last word of :func:`normalize_name` of
    that text. Both readings are tried, so no key the check would keep is dropped (exact: the
    check itself still runs on what is kept). Most of a block's keys do not hold the word at
    all: an ASCII key's normalised words are runs of its lower-cased letters, so one without
    the word as a substring is dropped before the (cached, but hashed) normalisation."""
    base = base_key(key)
    if base.isascii() and word not in base.lower():
        return False
    return base.split()[-1:] == [word] or normalize_name(base).split()[-1:] == [word]


def _may_end_in_one_of(key: str, words: frozenset[str]) -> bool:
    """Whether :func:`_may_end_in` holds for ``key`` and one of ``words``, read in one pass:
    its two readings of the key's last word, looked up in ``words`` (True for every key
    :func:`surname_link` may read the name of, whichever word it is asked for). Why:
    :func:`link_surnames` reads at once the names :func:`surname_link` will ask for, and
    read those of every member of the blocks for that, most of them spellings ending in no
    word asked: 0.13 -> 0.37 profiled CPU s for the same 200 articles at 300 and 1,200
    stored, as the blocks fill (issue 19, session 38)."""
    if not words:
        return False
    base = base_key(key)
    if not words.isdisjoint(base.split()[-1:]):
        return True
    return not words.isdisjoint(normalize_name(base).split()[-1:])


_BODY_REASON = "a person's one word the store names as a body or place:"


def _plain_entity(
    store: Store, word: str, seen: dict[str, tuple[str | None, int]]
) -> tuple[str | None, int]:
    """The entity of ``word`` written alone (its unscoped key) and its documents, or (None,
    0): looked up once per word for one :func:`link_surnames` call, which asks it both
    whether the word is a body (:func:`_body_of_word`) and whether it is named alone more
    often than a full name (:func:`_alone_more_often`)."""
    if word not in seen:
        plain = store.entity_ids_for_keys([word]).get(word)
        seen[word] = (plain, store.entity_document_count(plain) if plain else 0)
    return seen[word]


def _body_of_word(
    store: Store, word: str, seen: dict[str, tuple[str | None, int]], bodies: dict[str, bool]
) -> str | None:
    """The entity of ``word`` written alone (its unscoped key) when the store mostly names it
    something other than a person, in at least ``LONE_SURNAME_MIN_DOCUMENTS`` documents: the
    group or place a report's lone PERSON-labelled word then is. ``seen`` caches the word's
    entity (:func:`_plain_entity`), ``bodies`` the verdict on its mentions, per word."""
    plain, documents = _plain_entity(store, word, seen)
    if plain is None or documents < LONE_SURNAME_MIN_DOCUMENTS:
        return None
    if word not in bodies:
        stats = store.alias_stats(plain)
        person = sum(s.mentions for s in stats if s.label == "PERSON")
        bodies[word] = sum(s.mentions for s in stats) > 2 * person
    return plain if bodies[word] else None


def _alone_more_often(
    store: Store, word: str, entity: str, seen: dict[str, tuple[str | None, int]]
) -> bool:
    """Whether the store's own entity of ``word`` written alone (its unscoped key) holds more
    documents than ``entity``, the full name it would be the surname of; ``seen``: as for
    :func:`_plain_entity`."""
    plain, documents = _plain_entity(store, word, seen)
    return plain is not None and plain != entity and documents > store.entity_document_count(entity)


def _titled(text: str) -> bool:
    """Whether a name is written behind a person's title or rank ("Sepoy Khalil", "Mr
    Goraya"): the words left once titles are stripped are fewer than the name's."""
    return len(names.strip_titles(text)) < len(text.split())


def _joined_as_surname(store: Store, entity: str, key: str) -> bool:
    """Whether ``key`` came into ``entity`` through :func:`surname_link`."""
    return any(k == key and _SURNAME_REASON in why for k, why in store.entity_keys(entity))


def _only_this_word(store: Store, entity: str, word: str) -> bool:
    """Whether every name of ``entity`` is ``word``, maybe after a title ("Gen Munir").

    An entity that already took a spelling variant ("Asad" beside "Assad": in Pakistani news
    a given name) or a full name is more than the lone surname and does not move whole.
    """
    keys = [k for k, _reason in store.entity_keys(entity)]
    return all(
        normalize_name(" ".join(names.strip_titles(text))) == word
        for text, _label in key_profiles(store, keys).values()
    )


#: the labels under which a word names a place (:func:`link_surnames`: "resident of Momand
#: district") and, wider, a body, a place or a people ("Neelum" the model calls a group)
PLACE_VOTES = frozenset({"GPE", "LOC"})
BODY_VOTES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _used_as(stats: Sequence[AliasStat], labels: frozenset[str], elsewhere: int) -> bool:
    """Whether an entity's mentions carry one of ``labels`` more often than a person's;
    ``elsewhere``: the reports where the same word is a person on its own (scoped lone keys,
    which :func:`corefer` takes out of the word's unscoped key). Asked with
    :data:`PLACE_VOTES` of every word, and with :data:`BODY_VOTES` only of a word in
    ``LONE_SURNAME_MIN_DOCUMENTS`` reports or more, the threshold at which
    :func:`_body_of_word` takes a word for a body: a person's lone surname is scoped to its
    report, so what stays unscoped is the model's other label, and those slips are
    outnumbered by the reports that write the person alone."""
    named = sum(s.mentions for s in stats if s.label in labels)
    person = sum(s.mentions for s in stats if s.label == "PERSON") + elsewhere
    return named > person


def _lone_people(store: Store, word: str, seen: dict[str, int]) -> int:
    """How many reports name a person by ``word`` alone (its scoped lone keys); cached per
    word for one :func:`link_surnames` call."""
    if word not in seen:
        blocks = _lone_blocks(names.blocking_keys(word))
        found = store.keys_in_blocks(blocks, MAX_LONE_BLOCK) if blocks else set()
        seen[word] = sum(1 for k in found if _lone_scoped(k) and _lone_word(base_key(k)) == word)
    return seen[word]


def _shares_a_context(store: Store, own: str, entity: str) -> bool:
    """Whether the reports of ``own`` (a word written alone) name, beside it, some entity
    that a report writing one of ``entity``'s full names names too.

    The dominant full name a lone surname joins (:func:`surname_link`) is chosen by the word
    alone, so a report about a mine owner "Salam" in Balochistan would join Lebanon's
    prime minister "Nawaf Salam", a village "Zehri" the politician "Sanaullah Zehri", a
    passer-by "Farhan" the one "Farhan" of a full name. A report that uses a prominent
    person's surname alone is about that person's affairs and names some place, body or
    person of them (Lebanon, Beirut, Hezbollah beside "Salam"); one that names nothing the
    full name's reports name is about somebody else. Full names are the other side, not the
    lone words already joined: those would let one wrong join vouch for the next. A report
    that names nobody else ("Tremaine said the roads were shut") says nothing either way,
    and the word joins as before."""
    lone = [k for k, _reason in store.entity_keys(own)]
    full = [k for k, _reason in store.entity_keys(entity) if SCOPE not in k and " " in k]
    if not lone or not full:
        return True  # nothing to compare: the tests above decide
    beside, shared = store.shared_context(lone, full, [own, entity])
    return shared or beside == 0


def _very_words(keys: Iterable[str]) -> frozenset[str]:
    """The words a batch's keys can change the store's answer for (:func:`link_surnames`):
    the last word of each full person name (the surname :func:`surname_link` reads it for:
    the very word, never a spelling variant of its block) and each word written alone
    unscoped (what :func:`_body_of_word` reads)."""
    found = set()
    for key in keys:
        if SCOPE in key:
            continue
        word = _lone_word(key.split()[-1]) if key.split() else None
        if word:
            found.add(word)
    return frozenset(found)


def _of_words(keys: Iterable[str], words: frozenset[str]) -> set[str]:
    """The single-word keys among ``keys`` (a scoped lone word, a word written alone
    unscoped) whose word is one of ``words``; the full names among them kept whole.

    Why: an earlier report's lone word is judged again only where the batch names its very
    word -- as the surname of a full name or alone. A surname block holds every spelling
    that shares a consonant skeleton ("Khan", "Khana", "Kahn"), and judging all of them
    again on every batch that names one made the re-link grow with the store (issue 19:
    ``surname_link`` 2,389 -> 4,943 calls for the same 200 articles at 1k and 30k stored);
    a spelling variant's answer cannot change through a name whose last word is another."""
    return {
        k
        for k in keys
        if (" " in (base := base_key(k)) and SCOPE not in k)
        or (_may_be_of(base, words) and _lone_word(base) in words)
    }


#: a key as :func:`normalize_name` writes most: lower-case ASCII words and spaces
_PLAIN_KEY = re.compile(r"[a-z0-9 ]+")


def _may_be_of(base: str, words: frozenset[str]) -> bool:
    """False only where ``base``'s lone word (:func:`_lone_word`) cannot be one of ``words``:
    of a plain key it is one of the key's own words (titles stripped, a word of plain
    letters normalised to itself) or none. Why: :func:`_of_words` asked :func:`_lone_word`
    (unidecode, titles, normalisation) of every key of a batch's surname blocks, thousands
    a batch, 0.7 CPU s of 5.5 per 200 articles at 4,000 stored (issue 19, session 34)."""
    if _PLAIN_KEY.fullmatch(base):
        return not words.isdisjoint(base.split())
    return True


def _settled(
    store: Store,
    lone: Sequence[str],
    batch: frozenset[str],
    plain: dict[str, tuple[str | None, int]],
    bodies: dict[str, bool],
) -> set[str]:
    """The earlier reports' lone words (of ``lone``, not of ``batch``) that
    :func:`link_surnames` would leave as they are: each already in the entity of a full name
    of the batch ending in its word, where the store names that word no body
    (:func:`_body_of_word`). Why: a prominent person's surname is written alone in thousands
    of reports, and every batch that names him brought all of them back to be read and
    judged again (issue 19: the re-link grew 1.0 -> 6.3 s for the same 200 articles at 1k and
    30k stored); an entity holding a full name is more than the word
    (:func:`_only_this_word`) and moves whole to no other name, so such a word can only go
    to a body -- asked here once per word. ``plain`` and ``bodies``: the caches
    :func:`_body_of_word` keeps for the call."""
    # a name of two words or more once titles are stripped ("president trump" is the word)
    full = sorted(k for k in batch if SCOPE not in k and len(names.strip_titles(k)) > 1)
    earlier = [k for k in lone if k not in batch]
    if not full or not earlier:
        return set()
    #: word -> the entities of the batch's full names ending in it
    held: dict[str, set[str]] = {}
    for key, entity in store.entity_ids_for_keys(full).items():
        word = _lone_word(key.split()[-1])
        if word:
            held.setdefault(word, set()).add(entity)
    own_of = store.entity_ids_for_keys([k for k in earlier if _lone_word(base_key(k)) in held])
    settled = set()
    for key, own in own_of.items():
        word = _lone_word(base_key(key))
        if (
            word is not None
            and own in held[word]
            and _body_of_word(store, word, plain, bodies) is None
        ):
            settled.add(key)
    return settled


def link_surnames(store: Store, keys: Iterable[str]) -> set[str]:
    """Join entities made only of a lone surname to their dominant full name (:func:`surname_link`).

    Run on every batch's one-word keys, and on the earlier ones sharing a surname block with
    a full name of the batch: the full name may become dominant after the surname was first
    seen. Returns the entity ids changed.
    """
    keys = {k for k in keys if SCOPE not in k or _lone_scoped(k)}
    batch = frozenset(keys)
    # the lone keys of this batch, and the earlier ones a full name of this batch may now
    # dominate (so the order of the articles does not decide)
    surname_blocks = sorted(
        {
            block
            for k in keys
            if " " in k and SCOPE not in k
            for block in names.blocking_keys(k)
            if block.startswith("p:")
        }
    )
    very = _very_words(keys)
    keys |= _of_words(
        store.keys_in_blocks(surname_blocks, MAX_BLOCK) if surname_blocks else set(), very
    )
    # and a word of this batch written alone unscoped: it may now be a body of the store
    # that earlier reports' scoped lone words are the model's slips for
    surname_blocks += sorted(
        {
            block
            for k in keys
            if SCOPE not in k and " " not in k
            for block in names.blocking_keys(k)
            if block.startswith("p:")
        }
    )
    lone_blocks = _lone_blocks(surname_blocks)
    keys |= _of_words(
        store.keys_in_blocks(lone_blocks, MAX_LONE_BLOCK) if lone_blocks else set(), very
    )
    lone = sorted(
        k
        for k in keys
        if (_lone_scoped(k) or (SCOPE not in k and " " not in k))
        and not names.common_lone_name(base_key(k))
    )
    plain: dict[str, tuple[str | None, int]] = {}
    bodies: dict[str, bool] = {}
    settled = _settled(store, lone, batch, plain, bodies)
    lone = [k for k in lone if k not in settled]
    profiles = key_profiles(store, lone)
    own_of = store.entity_ids_for_keys(lone)
    pinned = store.pinned_keys(lone)
    # the lone keys that may link: read, held by an entity, not pinned by a judgement
    linkable = [k for k in lone if k in profiles and k in own_of and k not in pinned]
    # the blocks :func:`surname_link` reads one word at a time, and their members' names,
    # read at once (kept by :class:`ResolutionReads`, as are the entities of ``lone``
    # asked again below)
    members = store.keys_in_blocks(
        sorted(
            {
                block
                for key in linkable
                for block in names.blocking_keys(" ".join(names.strip_titles(profiles[key][0])))
            }
        ),
        MAX_BLOCK,
    )
    # of those members, only the full names that may end in one of the words asked
    # (:func:`_may_end_in_one_of`): all that :func:`surname_link` reads the names and pins
    # of; the blocks fill with the store, and reading every member's name grew with it
    words = frozenset(word for key in linkable if (word := _lone_word(profiles[key][0])))
    wanted = sorted(k for k in members if SCOPE not in k and _may_end_in_one_of(k, words))
    key_profiles(store, wanted)
    store.pinned_keys(wanted)  # surname_link's, kept
    changed: set[str] = set()
    # the store's answer for one word, asked once per call: a batch names "Trump" alone in
    # many reports, each its own scoped key
    links: dict[tuple[str, str, bool], Link | None] = {}
    lone_counts: dict[str, int] = {}
    for key in linkable:
        own = store.entity_ids_for_keys([key])[key]
        text, label = profiles[key]
        word = _lone_word(text) or base_key(key)
        if SCOPE in key and not _titled(text) and SCOPE + LONE + HONOURED not in key:
            # a word behind a person's title ("Sepoy Khalil", "DIG Haider") is a man, whatever
            # the store names the word alone: only an untitled word may be the model's slip
            body = _body_of_word(store, word, plain, bodies)
            if body is not None:
                # the model's PERSON for a word the store names a group or a place in other
                # reports ("Hamas", "Kurram", "Baloch"): that body, as the unscoped key would.
                # Only this key moves: a full name it was taken for earlier stays whole
                if body != own:
                    store.map_keys({key: (body, f"{_BODY_REASON} {word!r}")})
                    changed.update((own, body))
                continue
        asked = (word, label, SCOPE in key)
        if asked not in links:
            links[asked] = surname_link(store, key, text, label)
        link = links[asked]
        if link is None or link.entity == own or not _only_this_word(store, own, word):
            continue
        stats, elsewhere = store.alias_stats(own), _lone_people(store, word, lone_counts)
        if _used_as(stats, PLACE_VOTES, elsewhere):
            # "resident of Momand district": a word the reports use as a place is no
            # person's surname ("Abdullah Momand"), whatever the model's label elsewhere
            continue
        if (
            SCOPE not in key
            and store.entity_document_count(own) >= LONE_SURNAME_MIN_DOCUMENTS
            and _used_as(stats, BODY_VOTES, elsewhere)
        ):
            # the district "Neelum" the model calls an organisation in four reports is not the
            # judge "Aalia Neelum"; "Trump" typed ORG in a few reports still joins Donald Trump,
            # whom hundreds of reports name by the word alone, and a surname the model slips
            # on in one or two reports joins as before
            continue
        if store.entity_document_count(own) > store.entity_document_count(link.entity):
            # a word written alone in more reports than the full name it would be the surname
            # of is a name of its own ("Hamas", "Kurram" beside a "person" the model made of
            # "Khalil Hamas"): news spells a person out in most reports, and in-document
            # coreference already gives the lone surname of those reports the full name
            continue
        if SCOPE in key:
            # a report's own lone word: the same test against the word's entity of the
            # store (the model's PERSON for "Hamas" in one report, its ORG in many others)
            if _alone_more_often(store, word, link.entity, plain):
                continue
            if cluster_conflict(store, link.entity, {key: (text, label)}):
                continue  # "Colonel Haider" does not join the "SSP Haider" of a full name
        if not _shares_a_context(store, own, link.entity):
            # "Salam, his brother and several of his men" of a mine in Balochistan is not
            # Lebanon's prime minister: his reports name nobody the mine's report names
            continue
        store.merge_entities(own, link.entity, link.reason)
        changed.update((own, link.entity))
    return changed


_ACRONYM_REASON = "acronym expanded in other documents to"


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def acronym_link(store: Store, key: str, text: str) -> Link | None:
    """The one entity an acronym that its own documents never expand stands for, or None.

    In-document coreference gives an acronym its expansion's key where the document names
    it ("United States ... the US"); in a document that does not, the acronym keeps a key of
    its own, and the well-known bodies and countries news abbreviates most ("TTP", "US",
    "UN") split in two. The store decides, as :func:`surname_link` does for surnames: the
    entity that other documents expanded these very letters to must hold
    ``ACRONYM_MIN_DOCUMENTS`` documents and ``ACRONYM_MIN_SHARE`` of all the documents where
    they were expanded. An acronym expanded to two bodies of like weight stays on its own.
    """
    bare = text.replace(".", "").strip()
    if SCOPE in key or not names.looks_like_acronym(bare):
        return None
    letters = _letters(bare)
    candidates = store.keys_in_blocks(sorted(names.blocking_keys(bare)), MAX_BLOCK) - {key}
    full = sorted(c for c in candidates if SCOPE not in c and " " in c)
    # only names these letters are the initials of: the rest cannot be what it expands to
    full = [
        k
        for k, (other, _label) in key_profiles(store, full).items()
        if names.is_initialism(bare, other)
    ]
    if not full:
        return None
    entity_of = store.entity_ids_for_keys(sorted(full))
    documents: dict[str, int] = {}
    for entity in sorted(set(entity_of.values())):
        expanded = sum(
            stat.documents
            for stat in store.alias_stats(entity)
            if stat.via == "acronym" and _letters(stat.text) == letters
        )
        if expanded:
            documents[entity] = expanded
    entity = dominant(documents, ACRONYM_MIN_DOCUMENTS, ACRONYM_MIN_SHARE)
    if entity is None:
        return None
    total = sum(documents.values())
    row = store.entity(entity)
    shown = row.name if row else entity
    return Link(
        entity,
        f"{_ACRONYM_REASON} {shown!r} ({documents[entity]} of {total} documents that expand it)",
    )


def link_acronyms(store: Store, analyzed: Iterable[AnalyzedDocument]) -> set[str]:
    """Join entities made only of an unexpanded acronym to what the store expands it to
    (:func:`acronym_link`).

    Run on the batch's acronym keys and on the keys of the acronyms the batch expanded in
    its documents: an expansion may become dominant after the bare acronym was first seen,
    so the order of the articles does not decide. Returns the entity ids changed.
    """
    wanted: set[str] = set()
    for item in analyzed:
        for mention in item.mentions:
            if mention.via == "acronym":
                wanted.add(normalize_name(mention.text))
            elif names.looks_like_acronym(mention.text.replace(".", "").strip()):
                wanted.add(mention.key)
    # an acronym's key: one short word ("ttp") or single letters ("u s" of "U.S.")
    lone = sorted(
        k
        for k in wanted
        if SCOPE not in k
        and ((len(k) <= 8 and " " not in k) or all(len(w) == 1 for w in k.split()))
    )
    own_of = store.entity_ids_for_keys(lone)
    pinned = store.pinned_keys(lone)
    profiles = {
        k: p
        for k, p in key_profiles(store, sorted(own_of)).items()
        if names.looks_like_acronym(p[0].replace(".", "").strip())
    }
    # the keys of every entity the loop below asks about, read at once (kept by
    # :class:`ResolutionReads` until a merge)
    store.entity_keys_of(sorted({own_of[k] for k in lone if k in profiles and k not in pinned}))
    changed: set[str] = set()
    for key in lone:
        if key in pinned or key not in own_of or key not in profiles:
            continue
        own = store.entity_ids_for_keys([key])[key]
        text, _label = profiles[key]
        entity_keys = [k for k, _why in store.entity_keys(own)]
        if any(_letters(k) != _letters(key) for k in entity_keys):
            continue  # the acronym's entity holds other names: it does not move whole
        link = acronym_link(store, key, text)
        if link is None or link.entity == own:
            continue
        store.merge_entities(own, link.entity, link.reason)
        changed.update((own, link.entity))
    return changed


def link_definitions(store: Store, analyzed: Iterable[AnalyzedDocument]) -> set[str]:
    """Merge "Full Name (ACRONYM)" pairs defined in the documents.

    A definition in the text is the strongest acronym evidence there is, and
    it holds across documents. Returns the entity ids changed.
    """
    changed: set[str] = set()
    for item in analyzed:
        text = item.document.text
        # letters written as a word ("Karachi Road Accidents Analysis Team (Kraat)") too
        for short, long in acronym_definitions(text).merged().items():
            short_key, long_key = normalize_name(short), normalize_name(long)
            if _office_without_jurisdiction(long_key):
                # "Counter-Terrorism Department (CTD)": each province's; the letters and the
                # office hold in this document only (:func:`corefer`), and the bare keys of
                # other documents are other provinces' offices
                continue
            ids = store.entity_ids_for_keys([short_key, long_key])
            if len(ids) < 2 or ids[short_key] == ids[long_key]:
                continue
            if store.pinned_keys([short_key, long_key]):
                continue
            if entities_conflict(store, ids[long_key], ids[short_key]):
                continue  # the acronym already stands for something else
            reason = f"acronym defined in document {item.document.id}: {long} ({short})"
            store.merge_entities(ids[short_key], ids[long_key], reason)
            changed.update((ids[short_key], ids[long_key]))
    return changed


def _one_word(stats: Sequence[AliasStat]) -> str | None:
    """The one word every name of an entity is, titles aside, under unscoped keys only
    ("Qureshi", "Mr Qureshi"), or None: the entities whose type the word's lone persons
    of other reports vote on (:func:`choose_type`)."""
    found = {_lone_word(s.text) if SCOPE not in s.key else None for s in stats if s.is_name}
    if len(found) != 1:
        return None
    return found.pop()


def _lone_people_outside(store: Store, word: str, entity: str) -> int:
    """How many reports name a person by ``word`` alone (its scoped lone keys,
    :func:`_lone_person`) outside ``entity`` -- those inside already vote in its stats --
    when the store also holds a full person name ending in the word, else 0. The model
    calls a street, a kibbutz or an app a person now and then ("Walton", "Beeri",
    "Instagram" alone in two reports): the lone persons vote only for a word that is
    somebody's surname in full ("Qureshi" of "Shah Mahmood Qureshi")."""
    blocks = sorted(names.blocking_keys(word))
    found = store.keys_in_blocks(_lone_blocks(blocks), MAX_LONE_BLOCK) if blocks else set()
    lone = sorted(k for k in found if _lone_scoped(k) and _lone_word(base_key(k)) == word)
    if not lone:
        return 0
    outside = sum(1 for e in store.entity_ids_for_keys(lone).values() if e != entity)
    if not outside:
        return 0
    full = sorted(
        k
        for k in store.keys_in_blocks(blocks, MAX_BLOCK)
        if SCOPE not in k and " " in k and k.rsplit(" ", 1)[-1] == word
    )
    surname = any(
        label == "PERSON" and is_full_name(text)
        for text, label in key_profiles(store, full).values()
    )
    return outside if surname else 0


def _words_of_lone_people(store: Store, keys: Iterable[str]) -> set[str]:
    """The entities of the unscoped words that a batch's scoped lone persons are named by,
    or that a batch's full names end in: their type counts those persons when a full name
    ends in the word (:func:`choose_type`), so they are refreshed whenever a report adds
    either, and the order of the articles does not decide."""
    words = {w for k in keys if _lone_scoped(k) and (w := _lone_word(base_key(k)))}
    words |= {k.rsplit(" ", 1)[-1] for k in keys if SCOPE not in k and " " in k}
    return set(store.entity_ids_for_keys(sorted(words)).values()) if words else set()


def refresh(store: Store, entities: Iterable[str]) -> int:
    """Recompute name, type and counts of ``entities``; drop emptied ones.

    The aliases and document counts are read for all of them at once (nothing in
    the loop changes them: dropping an emptied entity touches no other's)."""
    rows = []
    gazetteer = geo.load_gazetteer()
    ordered = sorted(set(entities))
    stats_of = store.alias_stats_of(ordered)
    counts = store.entity_document_counts([e for e in ordered if e in stats_of])
    for entity in ordered:
        stats = stats_of.get(entity)
        if stats:
            count = counts[entity]
            word = _one_word(stats)
            lone = _lone_people_outside(store, word, entity) if word else 0
            rows.append(summarize(entity, stats, count, gazetteer, lone))
        else:
            store.delete_entity(entity)
    store.upsert_entities(rows)
    return len(rows)


def update_entities(store: Store, analyzed: Sequence[AnalyzedDocument]) -> int:
    """Resolve the names a batch introduced into entities; refresh what changed.

    New names link to existing entities through :func:`find_link` (or start
    a new entity), then acronym definitions found in the batch merge
    entities. Runs inside the caller's transaction; returns the number of
    entities refreshed.
    """
    # one-key lookups kept and one-key writes grouped for the whole call (a round trip each
    # on PostgreSQL): every read below sees every write before it, as on the store itself
    cached = ResolutionReads(store)
    store = cast(Store, cached)
    touched = {m.key for a in analyzed for m in a.mentions}
    # every earlier batch mapped its keys, so only this batch's can be new
    new_keys = store.unmapped_keys(sorted(touched))
    profiles = key_profiles(store, new_keys)
    reads = BatchReads(store, profiles, new_keys, names_beside(analyzed, set(new_keys)))
    cached.entity_ids_for_keys(sorted(reads.profiles))  # find_link's candidates, read once
    changed: set[str] = set()
    founders: list[str] = []
    for key in new_keys:
        text, label = profiles.get(key, (key, "OTHER"))
        link = find_link(store, key, text, label, reads)
        entity = link.entity if link else entity_id(key)
        store.map_keys({key: (entity, link.reason if link else "new name")})
        blocks = _blocks_of(key, text)
        store.add_blocks(key, blocks)
        reads.add(key, blocks)
        changed.add(entity)
        if link is None:
            founders.append(key)
    # a name seen before its better partner in the same batch gets a second look
    for key in founders:
        text, label = profiles.get(key, (key, "OTHER"))
        own = store.entity_ids_for_keys([key])[key]
        link = find_link(store, key, text, label, reads)
        if link is not None and link.entity != own and key not in reads.pinned:
            store.merge_entities(own, link.entity, link.reason)
            changed.add(link.entity)
    changed |= link_weak_names(store, new_keys, reads)
    changed |= link_definitions(store, analyzed)
    changed |= link_surnames(store, touched)
    changed |= link_acronyms(store, analyzed)
    changed |= link_references(store, new_keys)
    changed |= set(store.entity_ids_for_keys(sorted(touched)).values())
    changed |= _words_of_lone_people(store, touched)
    count = refresh(store, changed)
    cached.flush()
    return count


# -- reference lists ------------------------------------------------------------
#: a reference name must match at least this well (and across documents)
REFERENCE_MIN_SCORE = 0.9


def import_references(store: Store, references: Iterable[Reference]) -> int:
    """Store reference entities, then link and merge the knowledge base's names."""
    count = 0
    for ref in references:
        data = {
            "aliases": list(ref.aliases),
            "designations": list(ref.designations),
            "source_urls": list(ref.source_urls),
            "identifiers": ref.identifiers,
            "dataset": ref.dataset,
        }
        blocks = {name: names.blocking_keys(name) for name in ref.names}
        store.add_reference(ref.id, ref.name, ref.type, data, blocks)
        count += 1
    changed = link_references(store, store.all_keys())
    refresh(store, changed)
    return count


def link_references(store: Store, keys: Sequence[str]) -> set[str]:
    """Link names to reference entities; merge entities that name the same one.

    Only strong, cross-document evidence links a name to a reference entry
    (the reference's own aliases make "Pasdaran" and "IRGC" one entity).
    Returns the entity ids changed.
    """
    profiles = key_profiles(store, list(keys))
    blocks_of = {key: names.blocking_keys(text) for key, (text, _label) in profiles.items()}
    by_block = store.reference_candidates_by_block(sorted(set().union(*blocks_of.values())))
    for key, (text, label) in profiles.items():
        candidates = {c for block in blocks_of[key] for c in by_block.get(block, ())}
        for ref_id, ref_name, ref_type in sorted(candidates):
            result = names.match(text, ref_name, label, ref_type)
            if result and result.cross_document and result.score >= REFERENCE_MIN_SCORE:
                store.link_reference(key, ref_id, _describe(result, ref_name))
    changed: set[str] = set()
    for ref_id, entities in store.linked_entities().items():
        if len(entities) < 2:
            continue
        weight = {e: sum(a.mentions for a in store.alias_stats(e)) for e in entities}
        target, *others = sorted(entities, key=lambda e: (-weight[e], e))
        for other in others:
            own_keys = [k for k, _reason in store.entity_keys(other)]
            if store.pinned_keys(own_keys):
                continue
            store.merge_entities(other, target, f"both named in reference entry {ref_id}")
            changed.update((other, target))
    return changed


# -- manual curation --------------------------------------------------------------
def merge_manually(store: Store, keep: EntityRow, other: EntityRow) -> None:
    """Merge ``other`` into ``keep`` for good: its keys are pinned there."""
    keys = [k for k, _ in store.entity_keys(other.id)] + [k for k, _ in store.entity_keys(keep.id)]
    store.merge_entities(other.id, keep.id, f"manual merge of {other.name!r} into {keep.name!r}")
    for key in keys:
        store.pin_key(key, f"manual merge into {keep.id}")
    store.log_curation("merge", keep.id, other.id)
    refresh(store, [keep.id])


def split_manually(store: Store, entity: EntityRow, alias: str) -> str:
    """Take one alias out of an entity into an entity of its own; returns its id.

    The alias's key is pinned, so later ingests never merge it back.
    """
    key = normalize_name(alias)
    keys = [k for k, _ in store.entity_keys(entity.id)]
    if key not in keys:
        raise ValueError(f"{alias!r} is not an alias of {entity.name!r} (keys: {', '.join(keys)})")
    if len(keys) == 1:
        raise ValueError(f"{alias!r} is the only name of {entity.name!r}; nothing to split")
    new_id = entity_id(key)
    if new_id == entity.id:  # the entity was founded by this key: move the others instead
        rest = [k for k in keys if k != key]
        moved = entity_id(rest[0])
        store.map_keys(
            {k: (moved, f"manual split of {alias!r} from {entity.name!r}") for k in rest}
        )
        affected = [entity.id, moved]
    else:
        store.map_keys({key: (new_id, f"manual split from {entity.name!r}")})
        affected = [entity.id, new_id]
    store.pin_key(key, f"manual split from {entity.id}")
    store.log_curation("split", entity.id, key)
    refresh(store, affected)
    return new_id if new_id != entity.id else entity.id
