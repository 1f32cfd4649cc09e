"""Names written as one word: a person's surname or given name, a people's word, a place.

News names a man in full once and by one word after; the model labels that word by its
sentence alone. These rules read the report to say what the word is: the given name of
one full name (:func:`_given_name_of`), a lone person scoped to the report
(:func:`_lone_person`), a place by its cues (:func:`_given_name_as_place`), a person by the
age written after it (:func:`_aged`), a people's adjective (:func:`_used_as_adjective`).
Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dossier import geo, names
from dossier.kb import name_cues
from dossier.kb.entity_keys import _SURNAME_LABELS, SCOPE, _lone_word, base_key, scoped_key
from dossier.kb.entity_links import is_full_name
from dossier.kb.mention_words import (
    _ADJECTIVE_AFTER,
    _ARTICLE_BEFORE,
    _FAMILY_AFTER,
    _HYPHEN_PARTICLES,
    _LOCALITY_WORDS,
    _NAME_GOES_ON,
    _NAMED,
    _NOT_NAME_WORDS,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_NOUN_BEFORE,
    _PLACE_OPENING,
    _ROUTE_BEFORE,
    _SPEECH_AFTER,
    _THE_BEFORE,
)
from dossier.kb.name_types import FACILITY_WORDS, _known_place, gazetteer_place
from dossier.names import normalize_name
from dossier.records import Mention

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
