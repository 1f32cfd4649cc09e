"""Resolve stage: group mentions into entities.

Mentions whose normalised names are equal (see :func:`dossier.names.normalize_name`) are
merged across all documents. Each grouping key is mapped to an entity id with the *reason*
for the mapping, so that later fuzzy or manual merges can explain themselves. Names and
types are chosen by evidence across every mention, not by the first one seen: spaCy labels
the same militia PERSON in one sentence and ORG in the next.

This module is the orchestrator the rest of the code calls: :func:`corefer` (one
document's mentions read in their text, mended, typed and keyed), :func:`update_entities`
(a batch's keys linked to the store's entities), :func:`refresh`, reference import and the
manual merge and split. The rules they apply live in the modules named after what they
do (session 39): :mod:`~dossier.kb.entity_keys`, :mod:`~dossier.kb.name_types`,
:mod:`~dossier.kb.mention_words`, :mod:`~dossier.kb.descriptions`,
:mod:`~dossier.kb.name_spans`, :mod:`~dossier.kb.outlet_credits`,
:mod:`~dossier.kb.lone_names`, :mod:`~dossier.kb.offices`, :mod:`~dossier.kb.acronyms`,
:mod:`~dossier.kb.cued_labels`, :mod:`~dossier.kb.not_names`,
:mod:`~dossier.kb.document_cues`, :mod:`~dossier.kb.entity_links` and
:mod:`~dossier.kb.surname_links`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple, cast

from dossier import geo, names
from dossier.config import (
    ACRONYM_MIN_DOCUMENTS,
    ACRONYM_MIN_SHARE,
    LONE_SURNAME_MIN_DOCUMENTS,
    LONE_SURNAME_MIN_SHARE,
    news_agencies,
)
from dossier.extract.nlp import DESCRIPTION
from dossier.ingest.refs import Reference
from dossier.kb import name_cues, office_letters, place_spans
from dossier.kb.cued_labels import (
    _PLACE_PARTS,
    _cued_label,
    _full_surnames,
    _groups_throughout,
    _honoured,
    _place_label,
    _places_joined,
)
from dossier.kb.descriptions import (
    _POSSESSIVE_INSIDE,
    _antecedent,
    _common_noun_letters,
    _compound_letters,
    _defined_common_noun,
    _head_fits,
    _is_bare_generic,
    _joins_a_body,
    _kind_head,
    _modifier_class,
    _modifiers_fit,
    _not_a_reference,
    _open_modifiers_fit,
)
from dossier.kb.entity_keys import (
    _SURNAME_LABELS,
    HONOURED,
    LONE,
    SCOPE,
    WEAK,
    _lone_word,
    base_key,
    entity_id,
    scoped_key,
)
from dossier.kb.entity_links import (
    _SURNAME_REASON,
    MAX_BLOCK,
    MAX_LONE_BLOCK,
    BatchReads,
    Link,
    _blocks_of,
    _describe,
    _lone_blocks,
    _lone_scoped,
    cluster_conflict,
    dominant,
    entities_conflict,
    find_link,
    is_full_name,
    key_profiles,
    link_weak_names,
    names_beside,
)
from dossier.kb.mention_words import (
    _ADJECTIVE_AFTER,
    _ARTICLE_BEFORE,
    _FAMILY_AFTER,
    _HONORIFICS,
    _HYPHEN_PARTICLES,
    _LOCALITY_WORDS,
    _NAME_AFTER,
    _NAME_GOES_ON,
    _NAMED,
    _NOT_NAME_WORDS,
    _OFFICE_OF,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_NOUN_BEFORE,
    _PLACE_OPENING,
    _PLACE_OWNER,
    _REPLICATED_HEADS,
    _ROUTE_BEFORE,
    _SPEECH_AFTER,
    _STATE_OFFICE_WORDS,
    _THE_BEFORE,
    _chamber_alone,
)
from dossier.kb.name_spans import (
    _begins_another,
    _coordinated_names,
    _full_name,
    _joined_people,
    _local_only,
    _name_it_begins,
    _only_as_place,
    _person_after_chamber,
    _rest_of_unknown_name,
    _span_of_whole,
    _trimmed,
    _weapon_models,
    _whole_body,
    _whole_facility,
    _whole_law,
    _whole_locality,
    _whole_name,
    _whole_person,
)
from dossier.kb.name_types import (
    _BARE_LAW_HEADS,
    FACILITY_WORDS,
    _known_place,
    _numbered_treaty,
    gazetteer_place,
    summarize,
)
from dossier.kb.not_names import (
    _capitalised_by_position,
    _names_nothing_here,
    _not_a_name,
    _shouted_word,
)
from dossier.kb.outlet_credits import _credited_outlets, _outlets, _uncredited
from dossier.kb.resolution_reads import ResolutionReads
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Mention
from dossier.store.base import AliasStat, EntityRow, Store

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
                for m in pieces
            ],
            gazetteer,
        )
        if (m.key not in outlets or (m.key in lettered and not m.text.isupper()))
        and not _not_a_name(m)
        and not _offices_in_plural(m, text)
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
