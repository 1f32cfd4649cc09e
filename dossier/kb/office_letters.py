"""An office written by its letters ("the RPO said", "COAS meets leaders", "SP Saddar").

Why: South Asian news names police, military and government posts by their letters, and the
model types the letters a body (ORG) or a place. An office is no organisation: the GUIDE's
standard (round 37) reads its letters as the holder the report names, one per report. Keyed
as a name, one "RPO" entity held three reports' regional police officers, and one "SP" four
reports' superintendents (issue 17, check-r37). The vocabulary lives here, on the resolver's
side, and not in :data:`dossier.names.TITLES`: :mod:`dossier.extract.nlp` reads that list, so a
change there would change the parses behind the parse cache's back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from dossier import names
from dossier.kb.mention_words import _NAME_AFTER
from dossier.records import Mention

#: letters of posts the news writes for their holder and :data:`dossier.names.TITLES` leaves
#: out: regional, city and capital-city police officers, (assistant) superintendents and
#: additional inspectors general of police (not "AIG" alone, which news also writes for the
#: Afghan Interim Government), the deputy prime minister, the army chief, the chairman of the
#: joint chiefs, the chief justice, (additional) deputy and assistant commissioners. General
#: vocabulary of the region's news, as the police ranks of ``TITLES`` are. Not "DGMO": reports
#: spell it out beside its holder and the letters stay an alias of that spelling, which an
#: event's actor reads (as a person's letters, the hotline talks of check14 lost their actor).
OFFICE_LETTERS = frozenset("rpo cpo ccpo sp asp aigp dpm coas cjcsc cjp ac adc".split())
#: of those, the posts one person holds in a country at a time (the army chief, the chairman
#: of the joint chiefs, the chief justice, the deputy prime minister): the letters name that
#: holder across the country's reports, and his reports share them, which tells apart two
#: men of one common name (:func:`dossier.kb.entity_links.link_weak_names` reads the names two
#: reports share); the others (a region's, a city's, a division's post) are held by many at
#: once, and each report's letters are its own
NATIONAL_LETTERS = frozenset("coas cjcsc cjp dpm".split())

#: words after an office's letters that make the rest no holder's name ("SSP AVCC", "SP
#: Iqbal Division ...", "DIG Police ...")
_NOT_A_HOLDER = frozenset({"division", "police", "town", "city", "zone", "circle"})

_LETTERS = re.compile(r"[A-Z]{2,5}")
#: the model's own spans and the parser's repeats of them elsewhere in the report
_READ = frozenset({"ner", "repeat"})
#: the model's labels for a body or a place, which an office's letters are neither
_BODY_LABELS = ("ORG", "GPE", "LOC", "FAC", "NORP")

#: last words of a body a report may spell letters of an office's shape with ("Afghan Interim
#: Government (AIG)")
_BODY_ENDS = frozenset("government administration cabinet court bank company".split())

#: a body's seat after an office's letters ("PM Office", "CM House", "DC Secretariat")
_SEATS = frozenset("office offices house secretariat headquarters complex lines station".split())


#: letters of police posts beyond ``TITLES``' ranks; "AIG" opens a post's name ("AIG
#: Operations") though alone it may be the Afghan Interim Government
_POLICE_LETTERS = frozenset({"rpo", "cpo", "ccpo", "sp", "asp", "aig", "aigp"})


def _police_letters(word: str) -> bool:
    """Letters of a police post ("SP", "SSP", "AIG", "DSP"), whose places and wings ("SP
    Saddar", "SP Investigation") name a post, never a body."""
    bare = word.replace(".", "").lower()
    return bare in _POLICE_LETTERS or (bare in names.TITLES and names.rank_kind(bare) == "police")


def _letters(word: str) -> str | None:
    """The office the word's capitals spell ("RPO", "SSP"), or None: one of
    :data:`OFFICE_LETTERS` or a title the news abbreviates (``TITLES``' "ssp", "dpo")."""
    bare = word.replace(".", "")
    if not _LETTERS.fullmatch(bare):
        return None
    low = bare.lower()
    known = low in OFFICE_LETTERS or low in _POLICE_LETTERS or low in names.TITLES
    return bare if known else None


def bare_letters(mention: Mention, defined: Mapping[str, str], offices: Collection[str]) -> bool:
    """A mention that is only the letters of one of :data:`OFFICE_LETTERS` ("RPO", "the
    DPM"), unless the report defines the letters as another thing than an office ("Afghan
    Interim Government (AIG)", "Central Police Office (CPO)"): that body is what they spell
    there. Titles of ``TITLES`` are :func:`dossier.kb.offices._title_only`'s."""
    if mention.via not in _READ or mention.label not in (*_BODY_LABELS, "PERSON"):
        return False
    words = mention.text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) != 1:
        return False
    bare = words[0].replace(".", "")
    if not office_word(bare):
        return False
    return bare not in defined or bare in offices or not _body_spelled(defined[bare])


def national(text: str) -> bool:
    """Whether the letters ("COAS", "the DPM") are one of :data:`NATIONAL_LETTERS`."""
    words = text.split()
    return bool(words) and words[-1].replace(".", "").lower() in NATIONAL_LETTERS


def office_word(text: str) -> bool:
    """Whether ``text`` is one of :data:`OFFICE_LETTERS`, in capitals ("RPO", "COAS")."""
    bare = text.strip().replace(".", "")
    return bool(_LETTERS.fullmatch(bare)) and bare.lower() in OFFICE_LETTERS


def _body_spelled(expansion: str) -> bool:
    """Whether the words a report spells the letters with end in a body's or a seat's word
    ("Central Police Office", "Afghan Interim Government"), not in an office's ("Chief of
    Army Staff", "Director General Military Operations")."""
    words = expansion.lower().split()
    return bool(words) and (
        words[-1] in _SEATS or words[-1] in names.GENERIC_CLASSES or words[-1] in _BODY_ENDS
    )


def holder_after_letters(
    mention: Mention,
    text: str,
    people_words: Collection[str],
    is_place: Callable[[str], bool],
) -> str | None:
    """What a "body" or "place" that opens with an office's letters is ("SP Saddar", "COAS
    Asim Munir", "CPO Omer"): ``"office"`` where the rest is one word that is no name of a
    person here -- a place's or a wing's office ("SP Manghopir", "AIG Operations", "DSP City"),
    which names its holder only through the sentence --, ``"person"`` where the rest is the
    holder's name (two words or more, or one the report gives a person or that is a common
    given name), None where neither is sure (the rest holds a title, a body's or a place's
    word: "IGP Punjab Dr", "SSP Muzaffarabad Riaz ..."); ``is_place`` tells a place's word."""
    if mention.via not in _READ or mention.label not in _BODY_LABELS:
        return None
    words = mention.text.split()
    if len(words) < 2 or _letters(words[0]) is None:
        return None
    rest = words[1:]
    if not all(w[:1].isupper() for w in rest):
        return None
    if _NAME_AFTER.match(text, mention.end):
        # "DSP City Muhammad Yasin Jamali", "SP Investigation Murad Khan Wazir": the post
        # right before its holder, whom the model found apart; left as the model read it
        return None
    if len(rest) == 1:
        word = rest[0].strip(".,;:’'")
        if word.lower() in _SEATS or word.lower() in names.GENERIC_CLASSES:
            return None  # "PM Office", "CM House", "SSP Office": the office's seat, a body
        if word.lower() in people_words or names.holds_common_given(word):
            return "person"
        # a police post's (a place's or a wing's: "SP Saddar", "AIG Operations"); "PM Modi"
        # or "DC Office" are other titles' and left to the model
        return "office" if _police_letters(words[0]) else None
    lowered = {w.lower().strip(".") for w in rest}
    if lowered & (names.TITLES | set(names.GENERIC_CLASSES) | _NOT_A_HOLDER | _SEATS):
        return None
    if is_place(rest[0]) or _letters(rest[0]) is not None:
        return None
    return "person"


#: a capitalised word: the one word beside an office's letters ("SP Arif", "Dera RPO")
_ONE_WORD = re.compile(r"[A-Z][\w’'\-]*")


def letters_and_one_word(mention: Mention) -> bool:
    """Whether a span is one of :data:`OFFICE_LETTERS` held by a region, a city or a division
    (not a post one man holds in the country) and one capitalised word before or after it:
    "SP Arif", "RPO Shahid", "RPO Dera [Ghazi Khan ...]", "Kohat RPO". Whether the word is a
    holder's name, his place or a place cut short, the span names the post's holder of its
    report only -- keyed by its words, "RPO Dera" joined the RPOs of Dera Ismail Khan and Dera
    Ghazi Khan, and "RPO Shahid" two reports' officers (issue 17, check-r39) --, and the
    model's PERSON "SP Arif" stayed apart from the same report's "SP Arif" it typed a body."""
    if mention.via not in _READ or mention.label not in (*_BODY_LABELS, "PERSON"):
        return False
    words = mention.text.split()
    if len(words) != 2:
        return False
    for letters, word in (words, words[::-1]):
        if office_word(letters) and not national(letters) and _ONE_WORD.fullmatch(word):
            # "SP Office", "AC Lines": the post's seat, a body
            seat = word.lower() in _SEATS or word.lower() in names.GENERIC_CLASSES
            return _letters(word) is None and not seat
    return False
