"""The same little-known people named in two reports: one incident, however each tells it.

Two outlets' reports of one attack may share no place and few headline words: the agency's
lead names no district ("Security Forces kill three terrorists", the release's "Nushki
District" only in its quoted second sentence) and the paper's spells it its own way
("Noskhi"). What both carry is the release's list of the dead -- "Havildar Manzoor Ali",
"Havildar Ali Bilawal" -- names that no other report of the day holds. A victim, a suspect
or a rescued hostage named in full is named by the reports of that incident and almost
never by another's; a minister or a spokesman is named by dozens. So a person counts here
only where the store names them in few documents (:data:`RARE_DOCUMENTS`, at the time the
report is stored: an incident's reports and not much more) and only a full name (two words
or more: a bare "Ali" is anyone).

This is evidence for the incident join across outlets (:mod:`dossier.kb.event_groups`),
never a join on its own: the two reports must still tell incidents of one type, within the
join's days, that nothing sets apart (places, tolls), and one outlet's second story stays
its thread. Not for a paper's web report and its next day's print report (the edition
join, :mod:`dossier.kb.editions`): tried there, it joined the Noshki pair and, wrongly, a
web report of Ahmadis taken into custody with the next day's report of the case lodged
against them (one place, the same names, a follow-up). The Noshki print report joins
instead through the agency's report it names alike
(:func:`dossier.kb.event_groups._web_editions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from unidecode import unidecode

from dossier.names import fold_word
from dossier.store.base import Store

#: a person named in at most this many stored documents is little known: the reports of
#: one incident (an agency's report, a paper's web and print reports, a follow-up). A
#: minister or a spokesman passes it within the first day of an archive
RARE_DOCUMENTS = 4

#: little-known people two reports must both name: one could be a namesake, a second a
#: coincidence no look-alike incident of the same type and days produced on the labelled
#: realnews pairs nor in the January and April archive slices
SHARED_PERSONS = 2


@lru_cache(maxsize=1 << 16)
def person_key(text: str) -> str | None:
    """A full name's key: its last two words, folded as the name matcher folds them
    (:func:`dossier.names.fold_word`), so that "Havildar Manzoor Ali" in the agency's list
    and "Manzoor Ali" in the paper's meet (a rank, "Civilian Driver", a title before the
    name fall away); None for a one-word name (a bare "Ali" is anyone).

    Cached (a pure function of the text): :func:`may_name_alike` keys every person of the
    day's candidate documents for each new report, and a denser store brings the same
    names back report after report -- 0.09 -> 0.28 profiled CPU s for the same 200
    articles at 300 and 1,200 stored (issue 19, session 38)."""
    words = re.findall(r"[a-z]+", unidecode(text).lower())
    if len(words) < 2:
        return None
    return " ".join(fold_word(word) for word in words[-2:])


def full_persons(named: Sequence[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """A document's persons named in full (``named``: :meth:`Store.document_mentions`): per
    name key (:func:`person_key`), the entities its mentions resolved to. Keys, not entity
    ids, are compared: the resolver keeps "Naik Abdul Raheem" and "Abdul Raheem" apart."""
    found: dict[str, set[str]] = {}
    for mention in named:
        if mention.get("label") != "PERSON" or not mention.get("entity_id"):
            continue
        key = person_key(mention["text"])
        if key:
            found.setdefault(key, set()).add(mention["entity_id"])
    return {key: frozenset(ids) for key, ids in found.items()}


def rare_persons(store: Store, persons: dict[str, frozenset[str]]) -> frozenset[str]:
    """The name keys of ``persons`` whose every entity the store names in at most
    :data:`RARE_DOCUMENTS` documents."""
    return frozenset(
        key
        for key, ids in persons.items()
        if all(store.entity_document_count(i) <= RARE_DOCUMENTS for i in ids)
    )


def named_alike(store: Store, mine: frozenset[str], other_document: str) -> bool:
    """Whether another stored document names, as little-known people too, at least
    :data:`SHARED_PERSONS` of ``mine`` (the document's little-known persons' keys,
    :func:`rare_persons`)."""
    if len(mine) < SHARED_PERSONS:
        return False
    theirs = {
        key: ids
        for key, ids in full_persons(store.document_mentions(other_document)).items()
        if key in mine
    }
    return len(rare_persons(store, theirs)) >= SHARED_PERSONS


def may_name_alike(store: Store, mine: frozenset[str], documents: Iterable[str]) -> frozenset[str]:
    """Those of ``documents`` for which :func:`named_alike` can be true, read at once
    (:meth:`Store.resolved_persons`): the incident join keeps a candidate that shares no
    other key only for these (issue 19, :mod:`dossier.kb.group_candidates`).

    A necessary condition of :func:`named_alike`, so the join's outputs are unchanged:
    ``named_alike(store, mine, d)`` is true only if ``len(mine) >= SHARED_PERSONS`` and
    ``rare_persons(store, theirs)`` has at least :data:`SHARED_PERSONS` keys, a subset of
    those of ``theirs``, which are the keys of ``mine`` that :func:`full_persons` finds in
    ``d``'s mentions: :func:`person_key` of a mention labelled PERSON with an entity.
    :meth:`Store.resolved_persons` returns exactly those mentions of ``d`` (the rows of
    :meth:`Store.document_mentions` with that label and an entity), so ``d`` names at
    least :data:`SHARED_PERSONS` distinct keys of ``mine`` among them -- what is asked
    here, before any entity is counted."""
    if len(mine) < SHARED_PERSONS:
        return frozenset()
    named: dict[str, set[str]] = {}
    for mention in store.resolved_persons(sorted(set(documents))):
        if not mention.get("entity_id"):
            continue
        # cached across calls (a victim's name recurs in every report of the day)
        key = person_key(mention["text"])
        if key in mine:
            named.setdefault(mention["document_id"], set()).add(key)
    return frozenset(d for d, keys in named.items() if len(keys) >= SHARED_PERSONS)
