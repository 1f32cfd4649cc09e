"""The surname re-link: entities of a lone surname joined to their dominant full name.

A lone "Haider" scoped to its report (:data:`dossier.kb.entity_keys.LONE`) joins the one
full name that dominates it in the store (:func:`surname_link`), or the body or place the
word names where the store says so (:func:`link_surnames`); re-run each batch, since a full
name may become dominant after the surname was first seen. Split out of
:mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from dossier import geo, names
from dossier.config import (
    LONE_SURNAME_MIN_DOCUMENTS,
    LONE_SURNAME_MIN_SHARE,
)
from dossier.kb.entity_keys import _SURNAME_LABELS, HONOURED, LONE, SCOPE, _lone_word, base_key
from dossier.kb.entity_links import (
    _SURNAME_REASON,
    MAX_BLOCK,
    MAX_LONE_BLOCK,
    Link,
    _lone_blocks,
    _lone_scoped,
    cluster_conflict,
    dominant,
    is_full_name,
    key_profiles,
)
from dossier.kb.name_types import _known_place, gazetteer_place
from dossier.names import normalize_name
from dossier.store.base import AliasStat, Store


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
