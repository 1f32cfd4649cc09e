"""The keys entities are grouped by: a normalised name, or one scoped to its document.

A lone surname, a weak two-word name or an honoured lone name holds only inside its report
(:data:`SCOPE`, :data:`LONE`, :data:`WEAK`, :data:`HONOURED`) until a cross-document rule
takes it further. Every reader of mentions and every linker builds or takes these keys
apart, so they stand below all of them, with the lone-word reading (:func:`_lone_word`)
the surname rules share. Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from dossier import names
from dossier.names import normalize_name

#: labels the model gives a lone surname ("Usmani" comes out NORP, "Soleimani" GPE)
_SURNAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC"})


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
