"""Descriptions ("the group", "the Brigade") and the bodies they stand for.

A definite description takes the organisation the report named last or most
(:func:`_antecedent`), within limits of kind (an open description never stands for a
state office) and of modifiers; capitals a report defines as a common noun ("improvised
explosive device (IED)") name no one (:func:`_common_noun_letters`). Per document, before
any key is formed. Split out of :mod:`dossier.kb.resolve` (session 39).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dossier import names
from dossier.kb import name_cues
from dossier.kb.mention_words import (
    _BODY_WORDS,
    _HYPHEN_PARTICLES,
    _OFFICE_OF,
    _REPLICATED_HEADS,
    _STATE_OFFICE_WORDS,
)
from dossier.kb.name_types import DOCUMENT_HEADS, FACILITY_WORDS, LAW_HEADS
from dossier.names import normalize_name
from dossier.records import Mention

#: how many sentences back a generic description ("the group") may look
DESCRIPTION_WINDOW = 3


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
