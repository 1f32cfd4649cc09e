"""Cross-document linking of a new name to a stored entity: blocks, profiles, the matcher.

A batch's new keys are compared only with the keys that share a blocking key
(:func:`link_blocks`, read once a batch by :class:`BatchReads`); the name matcher decides
(:func:`find_link`) unless the two names' reports have nothing in common
(:func:`_nothing_in_common`). Weak two-word names join only through the names beside them
(:func:`link_weak_names`). Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier import geo, names
from dossier.extract.nlp import DESCRIPTION
from dossier.kb.entity_keys import LONE, SCOPE, WEAK, base_key
from dossier.kb.name_types import gazetteer_place
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument
from dossier.store.base import Store


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


def _joined_as_surname(store: Store, entity: str, key: str) -> bool:
    """Whether ``key`` came into ``entity`` through :func:`surname_link`."""
    return any(k == key and _SURNAME_REASON in why for k, why in store.entity_keys(entity))
