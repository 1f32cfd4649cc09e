"""Acronyms: the letters a report defines, their expansions, and their links across reports.

"Tehreek-i-Taliban Pakistan (TTP)" defines TTP for its report (:func:`acronym_definitions`);
a mention inside the written-out name becomes the whole name (:func:`_whole_expansions`),
and across reports an entity of letters joins the dominant entity they abbreviate
(:func:`link_acronyms`) or the one its report defines (:func:`link_definitions`). Split out
of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from dossier import names
from dossier.config import (
    ACRONYM_MIN_DOCUMENTS,
    ACRONYM_MIN_SHARE,
)
from dossier.kb.entity_keys import SCOPE
from dossier.kb.entity_links import MAX_BLOCK, Link, dominant, entities_conflict, key_profiles
from dossier.kb.offices import _office_without_jurisdiction
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Mention
from dossier.store.base import Store

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
