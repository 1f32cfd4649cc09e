"""Numeric claims: quantities with ranges, hedges and what is counted.

Figures are what analysts compare across sources ("up to 1,000 fighters" against
"5,000 to 7,000"), so each is stored as stated: bounds, the hedge that qualifies it,
what is counted, whom it is about and who says so. Widening hedged figures for
comparison is left to :mod:`dossier.kb.claims`; here a figure is only read.

Reading rules (decisions, so that every figure means one thing):

* an exact figure has ``min == max``; a range "5,000 to 7,000" / "between 12 and 15"
  has both bounds; "two or three" is the range 2–3;
* upper hedges ("up to", "as many as", "fewer than", "under" …) give ``min=None`` and
  ``max``; lower hedges ("at least", "more than", "over" …) give ``min`` and
  ``max=None``; approximate hedges ("around", "some", "about", "nearly" …) keep
  ``min == max`` and record the hedge, which :mod:`dossier.kb.claims` widens;
* vague counts are lower bounds with no maximum and the word as hedge: "several" 3,
  "a few" 2, "dozens" 24, "scores" 40, "hundreds" 200, "thousands" 2,000, "tens of
  thousands" 20,000 ("several hundred" 300);
* ``unit`` is the lemma of the counted noun ("fighter"), with the participle of a
  casualty verb when the count is of people killed, arrested … ("bodyguard killed");
  money is an ISO currency code with its period ("USD per month"); "%" for percent;
* not claims: dates, years, times, ages, durations ("within five years"), ordinals,
  reference numbers ("Section 144", "Anti-Terrorism Act 1997"), phone numbers, a lone
  "one", and small definite counts that refer back ("the two countries").

The evidence span of a quantity claim is its sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.extract import folded, quotes
from dossier.extract.registry import doc_text
from dossier.records import ClaimMention, Mention, Quantity, Span

if TYPE_CHECKING:  # annotations only: kb.claims reads the hedge and unit vocabulary without spaCy
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

WORD_NUMBERS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen""".split()
    )
} | {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "dozen": 12,
}
#: vague counts: the least they can mean (see the module docstring)
VAGUE: dict[str, float] = {
    "several": 3,
    "a few": 2,
    "dozens": 24,
    "scores": 40,
    "hundreds of thousands": 200_000,
    "tens of thousands": 20_000,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2e6,
    "billions": 2e9,
}
UPPER_HEDGES = frozenset(
    {"up to", "as many as", "at most", "no more than", "fewer than", "less than", "under"}
)
LOWER_HEDGES = frozenset(
    {"at least", "more than", "over", "upwards of", "no fewer than", "no less than"}
    | {"in excess of", "surpassing", "exceeding"}
)
APPROX_HEDGES = frozenset(
    {"around", "about", "some", "roughly", "approximately", "nearly", "almost", "close to"}
    | {"an estimated", "estimated"}
)
CURRENCY_SIGNS: dict[str, str] = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "rs": "PKR"}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "euro": "EUR",
    "rupee": "PKR",
    "rial": "IRR",
    "toman": "IRT",
    "afghani": "AFN",
    "dinar": "IQD",
}
#: "per month", "a year", "annually" after an amount of money
PERIODS: dict[str, str] = {
    "per month": "month",
    "a month": "month",
    "monthly": "month",
    "per year": "year",
    "a year": "year",
    "annually": "year",
    "per annum": "year",
    "yearly": "year",
    "per week": "week",
    "a week": "week",
    "weekly": "week",
    "per day": "day",
    "a day": "day",
    "daily": "day",
}
#: casualty verbs and nouns, with the participle added to the unit ("killed")
CASUALTIES: dict[str, str] = {
    "kill": "killed",
    "killing": "killed",
    "wound": "wounded",
    "injure": "injured",
    "arrest": "arrested",
    "detain": "detained",
    "detention": "detained",
    "capture": "captured",
    "abduct": "abducted",
    "kidnap": "kidnapped",
    "execute": "executed",
    "execution": "executed",
    "displace": "displaced",
}
#: verbs and nouns that say in what state, or through what act, the counted people or
#: things are ("9,500 prisoners held" is not "1,900 prisoners to be freed", nor "25,000
#: Afghans awaiting relocation" "40,000 Afghans approved for visas"): the participle joins
#: the unit as a casualty's does, so that figures in different states never compare.
#: Synonyms share one participle ("freed" and "released" are one act).
STATES: dict[str, str] = {
    "hold": "held",
    "jail": "held",
    "imprison": "held",
    "free": "released",
    "release": "released",
    "deport": "deported",
    "deportation": "deported",
    "expel": "deported",
    "expulsion": "deported",
    "return": "returned",
    "repatriate": "returned",
    "repatriation": "returned",
    "evacuate": "evacuated",
    "evacuation": "evacuated",
    "relocate": "relocated",
    "relocation": "relocated",
    "resettle": "relocated",
    "resettlement": "relocated",
    "exchange": "exchanged",
    "swap": "exchanged",
    "approve": "approved",
    "rescue": "rescued",
    "strand": "stranded",
    "register": "registered",
    "registration": "registered",
    "convict": "convicted",
    "sentence": "sentenced",
}
#: every qualifier of a counted noun: the casualty participles and the states
QUALIFIERS: dict[str, str] = {**STATES, **CASUALTIES}
#: counted nouns that make a figure a duration, an age or a time, not a claim
TIME_UNITS = frozenset(
    """second minute hour day night week month year decade century time year-old age
    o'clock am pm""".split()
)
#: words before a number that make it a reference, not a count ("Section 144")
REFERENCE_WORDS = frozenset(
    """section article chapter clause paragraph page no no. number act resolution item rule
    room flight route highway version level phase grade class vol volume part point
    platform gate tel phone call fax""".split()
)
#: verbs whose subject owns what its object counts ("the group could have 1,000 fighters",
#: "the Legion sent 5,000 fighters")
HAVE_VERBS = frozenset(
    """have number comprise include field command boast count total employ deploy own send
    recruit train lose mobilize mobilise arm pay""".split()
)
#: determiners and possessives that make a small count refer back ("the two nations")
DEFINITE = frozenset("the these those both its their his her our my your this that".split())
#: above this a definite count is still news ("the 5,000 to 7,000 Shiite fighters")
DEFINITE_MAX = 10
#: entity types a number inside of is part of a name or a date, not a count
NAME_LABELS = frozenset(
    """PERSON ORG GPE LOC FAC NORP EVENT LAW WORK_OF_ART PRODUCT LANGUAGE ORDINAL""".split()
)
SUBJECT_LABELS = ("ORG", "DESC")

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORDS = rf"(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|" + "|".join(
    sorted(WORD_NUMBERS, key=len, reverse=True)
)
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion|trillion|dozen)\b|\s?(?:bn|mn)\b)"
_CUR = r"(?:US\$|\$|€|£|Rs\.?\s?)"
_VALUE = rf"{_CUR}?(?:{_NUM}|(?:{_WORDS})\b|a(?=\s+(?:hundred|thousand|million|dozen)\b)){_SCALE}*"
_RANGE = (
    rf"between\s+{_VALUE}\s+and\s+{_VALUE}|from\s+{_VALUE}\s+to\s+{_VALUE}"
    rf"|{_VALUE}(?:\s*(?:to|-|–|—|or)\s*{_VALUE})?"
)
_HEDGES = "|".join(
    re.escape(h) for h in sorted(UPPER_HEDGES | LOWER_HEDGES | APPROX_HEDGES, key=len, reverse=True)
)
_VAGUE = (
    r"several(?:\s+(?:hundred|thousand|million|dozen))?|a\s+few(?:\s+(?:hundred|thousand|dozen))?"
    r"|hundreds\s+of\s+thousands|tens\s+of\s+thousands|dozens|scores|hundreds|thousands"
    r"|millions|billions"
)
FIGURE = re.compile(
    rf"(?<![\w$€£.,/:+-])(?:(?P<hedge>{_HEDGES})\s+)?"
    rf"(?:(?P<vague>{_VAGUE})\b|(?P<range>{_RANGE}))"
    r"(?![\w/:]|[.,]\d|-\d)",
    re.IGNORECASE,
)
#: :data:`FIGURE` in lower case, scanned over the lower-cased text (:mod:`dossier.extract.folded`):
#: the case-insensitive pattern was tried at every character of every article
_FIGURE_FOLDED = folded.folded(FIGURE)
_PART = re.compile(
    rf"(?P<cur>{_CUR})?(?P<num>{_NUM}|{_WORDS}|a(?=\s))(?P<scales>(?:{_SCALE})*)", re.I
)
_PERCENT = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)", re.I)
_PERIOD = re.compile(r"\s*(?:" + "|".join(PERIODS) + r")\b", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day\b|\b(?:year|month|week|day|decade|century|hour|minute|ago|"
    r"morning|night|evening|season|summer|winter|spring|autumn)s?\b|\b(?:1[89]|20)\d\d\b|\d0s\b",
    re.I,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as read from text, before the parse says what it counts."""

    start: int
    end: int
    low: float | None
    high: float | None
    hedge: str | None
    currency: str | None
    vague: bool = False


# --- reading figures --------------------------------------------------------------------


def _number(word: str) -> float | None:
    """The value of one number word or numeral ("1,000", "seven", "twenty-five", "a")."""
    word = word.lower().replace(",", "")
    if word == "a":
        return 1.0
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in WORD_NUMBERS and unit in WORD_NUMBERS:
            return float(WORD_NUMBERS[tens] + WORD_NUMBERS[unit])
        return None
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    try:
        return float(word)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Side:
    """One side of a range: its value, the scale word's factor, its currency."""

    value: float
    scale: float
    currency: str | None


def _part(text: str) -> _Side | None:
    match = _PART.search(text)
    if match is None:
        return None
    value = _number(match["num"])
    if value is None:
        return None
    scale = 1.0
    for word in re.findall(r"[a-z]+", (match["scales"] or "").lower()):
        scale *= SCALES[word]
    currency = None
    if match["cur"]:
        currency = CURRENCY_SIGNS.get(match["cur"].strip().rstrip(".").lower())
    return _Side(value * scale, scale, currency)


def _split_range(text: str) -> list[str]:
    """The sides of "between A and B", "from A to B", "A to B", "A-B", "A or B"."""
    text = re.sub(r"^(?:between|from)\s+", "", text, flags=re.I)
    return re.split(r"\s+(?:and|to|or)\s+|\s*[–—]\s*|(?<=\d)\s*-\s*", text, maxsplit=1, flags=re.I)


def _vague(match: re.Match[str], hedge: str | None) -> Figure:
    """ "several hundred", "dozens", "a few": a lower bound and the word as hedge."""
    words = " ".join(match["vague"].lower().split()).split()
    base = "a few" if words[:2] == ["a", "few"] else words[0]
    if " ".join(words) in VAGUE:
        base = " ".join(words)
    low = float(VAGUE[base])
    for scale in words[len(base.split()) :]:
        low *= SCALES.get(scale, 1.0)
    return Figure(match.start(), match.end(), low, None, hedge or base, None, vague=True)


def read_figure(match: re.Match[str]) -> Figure | None:
    """Bounds, hedge and currency of one :data:`FIGURE` match; None if it is no count.

    A scale word on the upper side only applies to both ("5 to 7 million").
    """
    hedge = " ".join(match["hedge"].lower().split()) if match["hedge"] else None
    if match["vague"]:
        return _vague(match, hedge)
    sides = [p for p in (_part(s) for s in _split_range(match["range"])) if p is not None]
    if not sides:
        return None
    low, high = sides[0].value, sides[-1].value
    if len(sides) == 2 and sides[0].scale == 1 and low * sides[1].scale <= high:
        low *= sides[1].scale
    if low > high:
        return None
    currency = next((s.currency for s in sides if s.currency), None)
    if hedge in UPPER_HEDGES:
        return Figure(match.start(), match.end(), None, high, hedge, currency)
    if hedge in LOWER_HEDGES:
        return Figure(match.start(), match.end(), low, None, hedge, currency)
    return Figure(match.start(), match.end(), low, high, hedge, currency)


# --- what a figure counts ---------------------------------------------------------------


def _tokens(doc: Doc, figure: Figure) -> TokenSpan | None:
    return doc.char_span(figure.start, figure.end, alignment_mode="expand")


def _anchor(span: TokenSpan) -> Token:
    """The figure's token that attaches it to the sentence (its syntactic head)."""
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    numbers = [t for t in outside if t.like_num or t.pos_ == "NUM"]
    return (numbers or outside or [span[-1]])[-1]


def _partitive(token: Token) -> Token | None:
    """ "Two of his bodyguards", "dozens of people": the noun after "of"."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
                    return obj
    return None


def counted_noun(span: TokenSpan) -> Token | None:
    """The noun a figure counts: its head ("1,000 fighters") or its "of" object."""
    anchor = _anchor(span)
    found = _partitive(anchor)
    if found is not None:
        return found
    head = anchor.head
    if (
        head.i != anchor.i
        and not (span.start <= head.i < span.end)
        and head.pos_ in {"NOUN", "PROPN"}
        and anchor.dep_ in {"nummod", "quantmod", "amod", "det", "compound", "nmod", "npadvmod"}
    ):
        return head
    if anchor.pos_ == "NOUN" and not anchor.like_num and anchor.lower_ not in SCALES:
        return anchor  # "dozens", "hundreds" parsed as the noun
    return None


def qualifier_of(token: Token) -> str | None:
    """What act or state qualifies the counted ``token``: the participle, if any.

    "were killed", "killed 14 people", "the arrest of 300" (casualties) and "were being
    held", "to be freed", "Afghans approved for visas", "the processing and relocation of
    25,000", "in exchange for 1,900 prisoners" (states, :data:`STATES`).
    """
    head = token.head
    if token.dep_ in {"nsubjpass", "dobj"} and head.pos_ == "VERB":
        found = QUALIFIERS.get(head.lemma_.lower())
        if found:
            return found
    if token.dep_ == "nsubj" and head.lemma_.lower() == "be":
        # "1,900 prisoners are to be freed": the state is the verb "be" governs
        for verb in head.children:
            if verb.dep_ == "xcomp" and verb.pos_ == "VERB" and verb.lemma_.lower() in QUALIFIERS:
                return QUALIFIERS[verb.lemma_.lower()]
    if token.dep_ == "pobj" and head.head.pos_ == "NOUN":
        if head.lower_ == "of":
            # "the processing and relocation of 25,000 Afghans": any noun of the pair
            for noun in (head.head, *head.head.conjuncts):
                found = QUALIFIERS.get(noun.lemma_.lower())
                if found:
                    return found
        elif head.lower_ == "for" and head.head.lemma_.lower() in {"exchange", "swap"}:
            return QUALIFIERS[head.head.lemma_.lower()]
    for child in token.children:
        # "40,000 Afghans approved for visas", "prisoners who were released"
        if child.dep_ in {"acl", "relcl"} and child.pos_ == "VERB" and child.tag_ != "VBG":
            found = QUALIFIERS.get(child.lemma_.lower())
            if found:
                return found
    return None


def _elided(span: TokenSpan) -> Token | None:
    """ "Around a thousand have entered": the plural noun counted in the sentence before
    (or the one "the number of" names before the figure in its own sentence).

    The last plural noun that is a subject or object in the previous sentence (or
    earlier in this one) is what a bare figure usually counts.
    """
    doc = span.doc
    sentence = span.sent
    for token in reversed(doc[sentence.start : span.start]):
        # "the number of deaths in terrorist attacks rose ... to 1,081": the figure
        # counts what "the number of" names, not the nearest plural ("attacks")
        if token.lemma_.lower() in {"number", "tally", "count"}:
            named = _partitive(token)
            if named is not None and named.tag_ in {"NNS", "NNPS"}:
                return named
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
    pool = (
        list(doc[previous.start : span.start]) if previous is not None else list(doc[: span.start])
    )
    for token in reversed(pool):
        if token.tag_ in {"NNS", "NNPS"} and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return token
    return None


def _money_unit(text: str, figure: Figure, noun: Token | None) -> str | None:
    """ "USD", "USD per month", or None when the figure is not money."""
    currency = figure.currency
    if currency is None and noun is not None:
        currency = CURRENCY_WORDS.get(noun.lemma_.lower())
    if currency is None:
        return None
    after = noun.idx + len(noun.text) if noun is not None and noun.idx >= figure.end else figure.end
    period = _PERIOD.match(text, after)
    if period is None:
        return currency
    return f"{currency} per {PERIODS[' '.join(period.group().lower().split())]}"


def unit_of(
    span: TokenSpan, figure: Figure, text: str | None = None
) -> tuple[str, Token | None] | None:
    """What the figure counts, and the noun it counts (None for money or "%").

    None means the figure is not a count worth a claim (a duration, an age, a bare
    number with nothing to count).
    """
    text = doc_text(span.doc) if text is None else text
    noun = counted_noun(span)
    money = _money_unit(text, figure, noun)
    if money is not None:
        return money, None
    if _PERCENT.match(text, figure.end):
        return "%", None
    counted = noun if noun is not None else _elided(span)
    if counted is None:
        return None
    lemma = counted.lemma_.lower()
    if lemma in TIME_UNITS or lemma.startswith("year"):
        return None
    if noun is None and figure.vague:
        return None  # "several" on its own counts nothing we can name
    anchor = _anchor(span)
    participle = (qualifier_of(noun) if noun is not None else None) or qualifier_of(anchor)
    if lemma in OTHERS:
        # "one person was killed and 10 others injured": the others are people, and
        # what they are counted for is the act, so "10 others injured" compares with
        # "10 people injured"; "others" without an act ("three others aboard were
        # unharmed", "arrested along with five others", "six others escaped") counts
        # nobody the other figures count, and "other" as a unit made them all one measure
        counted_token = noun if noun is not None else anchor
        participle = participle or _sustained(counted_token) or _act_after(counted_token)
        if participle is None:
            return None
        return f"people {participle}", noun
    return (f"{lemma} {participle}" if participle else lemma), noun


#: the word a figure counts when it counts the rest of the people of its sentence
OTHERS = frozenset({"other", "others"})
#: "sustained injuries", "suffered wounds": the noun a verb takes that says the counted
#: people were hurt (a casualty's participle, as :data:`CASUALTIES`)
HURT_NOUNS = {"injury": "injured", "wound": "wounded"}
HURT_VERBS = frozenset({"sustain", "suffer", "receive"})


def _act_after(token: Token) -> str | None:
    """The participle of the first verb after ``token`` in its sentence, an aside
    ("five others, including a woman, injured") and auxiliaries ("were") skipped, when it
    is a casualty's or a state's (:data:`QUALIFIERS`): where the parser hung "injured"
    elsewhere than on "others" ("one person was killed and 10 others injured")."""
    aside = False
    for later in token.doc[token.i + 1 : token.sent.end]:
        if aside:
            aside = later.text != ","
            continue
        if later.lower_ == "including":
            aside = True
        elif later.pos_ in {"VERB", "AUX"}:
            found = QUALIFIERS.get(later.lemma_.lower())
            if found or later.pos_ != "AUX":
                return found
    return None


def _sustained(token: Token) -> str | None:
    """The participle of "57 others sustained injuries": the subject's verb takes a noun of
    :data:`HURT_NOUNS` as its object."""
    head = token.head
    if token.dep_ != "nsubj" or head.lemma_.lower() not in HURT_VERBS:
        return None
    for child in head.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in HURT_NOUNS:
            return HURT_NOUNS[child.lemma_.lower()]
    return None


# --- figures that are no claims ----------------------------------------------------------


def _date_like(span: TokenSpan, figure: Figure, text: str) -> bool:
    """Inside a date or time expression, or a bare year."""
    text = text[figure.start : figure.end]
    if figure.currency is None and figure.hedge is None and _YEAR.fullmatch(text.strip()):
        return True
    if re.fullmatch(r"\s*(?:1[89]|20)\d\d\s*[-–]\s*\d{2,4}", text):
        return True
    for token in span:
        if token.ent_type_ in {"DATE", "TIME"}:
            ent = next(e for e in span.doc.ents if e.start <= token.i < e.end)
            if _DATE_WORDS.search(ent.text):
                return True
    return False


def _reference(text: str, figure: Figure) -> bool:
    """ "Section 144", "No. 5", a phone number: a number that names, not counts."""
    before = text[max(0, figure.start - 12) : figure.start].lower().split()
    if before and before[-1].rstrip(".:#") in REFERENCE_WORDS:
        return True
    digits = re.sub(r"[^\d]", "", text[figure.start : figure.end])
    raw = text[figure.start : figure.end].lstrip("$€£ ")
    return bool(re.match(r"0\d", raw)) or (len(digits) >= 7 and "," not in raw)


#: capitalised words that start a sentence or a phrase before a count, not a name
_NOT_NAMES = frozenset(
    """the all only another about over some nearly almost around at and but of in on by with
    from for to as while when after before since these those its their his her our total
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
#: a list of sections ("sections 302, 324 and 34") up to the figure
_SECTION_LIST = re.compile(r"\bsec(?:tion)?s?\.?\s+[\d\w/,()\s-]{0,40}$", re.IGNORECASE)
#: a bracketed gloss ("(punishment for rioting)"), dropped when reading a list of sections
_GLOSS = re.compile(r"\([^()]{0,120}\)")
#: a code or act right after the figure ("302 PPC", "7 of the Anti-Terrorism Act")
_CODE_AFTER = re.compile(
    r"^[\s\d,/()-]*(?:(?:and|or)\s+\d+[\w-]*\s*)*(?:of\s+the\s+)?"
    r"(?:PPC|CrPC|Cr\.?P\.?C|Pakistan Penal Code|Penal Code|Code of Criminal Procedure|"
    r"ATA|Anti-Terrorism Act|Constitution|Act\b)",
)
#: "35-year-old", "35 years old", "aged 35", "(age: 35", "35, of": an age, not a count
_AGE_AFTER = re.compile(r"^(?:-|\s)?(?:years?[- ]old|yrs?\b|year-old)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\baged?|\bage:)\s*$", re.IGNORECASE)
#: a name then a comma right before a bare number: "Riaz Ahmed, 36," (a victim's age)
_NAME_COMMA = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s*$")


#: a number that opens a compound modifier: "the two-state solution", "the seven-member
#: bench", "a 20-point agenda", "a three-day visit" -- it describes the noun after it and
#: reports no count (on a real archive "the seven-member bench" of every hearing and
#: "the two-state solution" of every statement on Palestine corroborated each other); "a
#: 1,000-strong force" and "some 50-odd" do count
_COMPOUND_AFTER = re.compile(
    r"^-(?!strong\b|odd\b|plus\b)[a-z]+(?:-[a-z]+)*\s+[a-z]", re.IGNORECASE
)


def not_a_count(text: str, figure: Figure) -> bool:
    """Numbers that name or describe rather than count: a legal section ("sections
    302, 324 and 34 of the PPC", "7 ATA"), an age ("aged 35", "Riaz Ahmed, 36,"), a
    number that is part of a name ("Rescue 1122"), a number in a compound modifier
    ("the two-state solution", "the seven-member bench"). Otherwise only bare numerals
    qualify: a hedged or scaled figure is a count."""
    raw = text[figure.start : figure.end]
    if not figure.currency and _COMPOUND_AFTER.match(text[figure.end : figure.end + 40]):
        return True
    if figure.hedge or figure.currency or not re.fullmatch(r"\s*\d+\s*", raw):
        return False
    before = text[max(0, figure.start - 60) : figure.start]
    after = text[figure.end : figure.end + 60]
    if _SECTION_LIST.search(_GLOSS.sub("", text[max(0, figure.start - 400) : figure.start])):
        # each section glossed in brackets: "Sections 147 (punishment for rioting), 148
        # (rioting, armed with deadly weapon) and 149 (...)" is a list of sections still
        return True
    if _SECTION_LIST.search(before) or _CODE_AFTER.match(after):
        return True
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    if _NAME_COMMA.search(before) and re.match(r"\s*[,;).]|\s+(?:and|from|of|resident)\b", after):
        return True
    # "Rescue 1122", "Edhi 115": a capitalised word right before a service number of
    # three or more digits (a capitalised function word starts a sentence: "Only 300")
    words = before.split()
    return (
        len(raw.strip()) >= 3
        and before.endswith(" ")
        and bool(words)
        and words[-1][:1].isupper()
        and words[-1].isalpha()
        and words[-1].lower() not in _NOT_NAMES
    )


def _named(span: TokenSpan) -> bool:
    """Part of a name or an ordinal ("G20", "Fatah 2", "second")."""
    return any(t.ent_type_ in NAME_LABELS for t in span)


def _refers_back(noun: Token | None, figure: Figure, span: TokenSpan) -> bool:
    """ "the two countries": a small definite count names known things, claims nothing.

    "Two of his bodyguards" is a count (of a known group), so only a number that
    modifies its noun directly counts as referring back.
    """
    if noun is None or figure.hedge or figure.low is None or figure.low > DEFINITE_MAX:
        return False
    if _anchor(span).head.i != noun.i:
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in noun.children)


def _lone_one(figure: Figure, unit: str) -> bool:
    """ "one option", "one of the groups": a single thing is rarely a figure to compare."""
    return figure.low == 1 and figure.high == 1 and not figure.vague and " " not in unit


# --- whom a figure is about, who says it -----------------------------------------------------


def _mention_at(token: Token, mentions: Sequence[Mention], labels: Sequence[str]) -> Span | None:
    for m in mentions:
        if m.start <= token.idx < m.end and m.label in labels:
            return m.start, m.end
    return None


_OWNER_LABELS = ("ORG", "DESC", "PERSON", "GPE", "LAW", "FAC", "EVENT", "LOC")


def _pronoun_owner(token: Token, mentions: Sequence[Mention]) -> Span | None:
    """ "his bodyguards": the last person before; "its fighters": the last organisation."""
    labels = ("PERSON",) if token.lower_ in {"his", "her"} else SUBJECT_LABELS
    before = [m for m in mentions if m.end <= token.idx and m.label in labels]
    return (before[-1].start, before[-1].end) if before else None


def _owner(noun: Token, mentions: Sequence[Mention]) -> Span | None:
    """The entity a counted noun phrase belongs to: its possessor, an organisation
    named inside it ("seven Liwa Zainebiyoun men"), or its "of" object ("members of
    the Brigade")."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON":
                return _pronoun_owner(child, mentions)
            found = _mention_at(child, mentions, (*_OWNER_LABELS, "NORP"))  # "Usmani's"
            if found:
                return found
        if child.dep_ == "compound":
            found = _mention_at(child, mentions, SUBJECT_LABELS)
            if found:
                return found
    obj = _partitive(noun)
    if obj is not None:
        return _mention_at(obj, mentions, _OWNER_LABELS) or _owner(obj, mentions)
    return None


def _possessor(noun: Token, mentions: Sequence[Mention]) -> Span | None:
    """ "the group could have up to 1,000 fighters": the subject of a verb of having."""
    head = noun.head
    if noun.dep_ not in {"dobj", "attr"} or head.lemma_.lower() not in HAVE_VERBS:
        return None
    for child in head.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "PRON":
                return _pronoun_owner(child, mentions)
            return _mention_at(child, mentions, (*_OWNER_LABELS, "NORP")) or _phrase(child)
    return None


def _phrase(head: Token) -> Span:
    """A subject noun phrase no mention covers, without its determiner ("Northern Legion")."""
    tokens = [t for t in head.doc[head.left_edge.i : head.i + 1]]
    while len(tokens) > 1 and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _lines_between(text: str, end: int, start: int) -> bool:
    """Whether a whole other paragraph lies between two offsets (bullets above a lead)."""
    return any(line.strip() for line in text[end:start].split("\n")[1:-1])


#: words just before a name that make it the source of a figure, not its subject:
#: "according to the CRSS", "a report issued by the Centre for ...", "data compiled by"
_SOURCE_BEFORE = re.compile(
    r"(?:according to|citing|cited by|quoted by|(?:report|study|survey|data|figures|statement|"
    r"index|tally|count)s? (?:issued |released |published |compiled |prepared |"
    r"shared |presented )?by)(?: the| an?)?\s*$",
    re.IGNORECASE,
)


def _source_at(text: str, offset: int) -> bool:
    """A name at ``offset`` introduced as the source of what its sentence states."""
    return bool(_SOURCE_BEFORE.search(text[max(0, offset - 60) : offset]))


#: words that make a figure a tally of a period or of many incidents ("a total of 444 attacks")
_TOTAL = re.compile(
    r"\b(?:a total of|in total|in all|altogether|overall|tally|total(?:l?ing)?|"
    r"cumulative(?:ly)?)\b",
    re.IGNORECASE,
)


def _is_total(sentence: str) -> bool:
    """The sentence states a tally, whose subject its own words name (a narrower test than
    :data:`dossier.kb.claims.CUMULATIVE`: "Around a thousand have crossed since March"
    still counts the recruits of the sentence before)."""
    return bool(_TOTAL.search(sentence))


def _nearest(
    text: str,
    figure: Figure,
    bounds: tuple[int, int],
    sentence: int,
    mentions: Sequence[Mention],
    source: Span | None,
) -> Span | None:
    """The organisation the figure's passage is about: among those named in its sentence
    and the sentence before, the one the document names most often, then the nearest.
    A name counts as an organisation if the model called any of its mentions one (its
    labels flicker: "Liwa Zainebiyoun" is ORG three times and LOC once).

    Frequency decides first because a passing mention ("interior ministry officials")
    is rarely what a count of fighters is about; the article's main actor is.

    A tally ("a total of 444 attacks") is about what its own sentence names, and its
    source is not its subject: it looks no further than its own sentence, takes no
    description (coreference gives those the article's main actor), and passes over the
    speaker and a body the sentence cites ("according to the CRSS think-tank", "a report
    issued by ...") in every mention of them -- else a think-tank's count of the year's
    attacks in the country became the count of the group the article is about, and was
    disputed against that group's own tally.

    Whom an incident's toll is about never hangs on how its ``source`` (the speaker of the
    quote around it) is written: "an ISPR news release said 40 civilians were martyred"
    and "the ISPR said 40 civilians were martyred" name one subject, so two outlets
    carrying one release agree whether or not the speaker was resolved to its issuer.
    (Passing over the speaker's own mention made the subject flip to the next organisation
    once "the statement" was given the ISPR as its speaker, and the two reports of one
    toll stopped corroborating.)
    """
    start, end = bounds
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
    organisations = {m.key for m in mentions if m.label == "ORG"}
    # a tally ("a total of 444 attacks in 2024") is about what its own sentence names:
    # the actor of the passage before is the subject of an incident, not of a tally, and
    # the body that compiled it is its source. (An incident's toll keeps the source it is
    # told by -- "the ISPR said six were killed" -- so two outlets carrying one release
    # still agree on whom the toll is about.)
    own_sentence = _is_total(text[start:end])
    sources = (
        _told_by(mentions, source)
        | {m.key for m in mentions if start <= m.start < end and _source_at(text, m.start)}
        if own_sentence
        else set()
    )
    nearby = [
        m
        for m in mentions
        if m.key not in sources
        and m.end <= end
        and (m.start >= start or (not own_sentence and m.sentence >= sentence - 1))
        and not _lines_between(text, m.end, start)
    ]
    for pool in (
        [m for m in nearby if m.key in organisations and m.label != "DESC"],
        # a description ("the civil and military security forces") stands for the entity
        # coreference gave it, often the article's main actor: not what a tally counts
        [] if own_sentence else [m for m in nearby if m.label == "DESC"],
    ):
        if pool:
            best = min(
                pool,
                key=lambda m: (
                    -counts[m.key],
                    min(abs(m.start - figure.end), abs(figure.start - m.end)),
                ),
            )
            return best.start, best.end
    return None


def _told_by(mentions: Sequence[Mention], source: Span | None) -> set[str]:
    """The entities a figure's source is or names: the speaker's own mention, or every
    name inside a written speaker ("the ISPR press release", "a statement from the
    CRSS"). Why: a tally passes over its source whether the speaker was left as the
    document that told it or resolved to the body that issued it."""
    if source is None:
        return set()
    return {m.key for m in mentions if source[0] <= m.start and m.end <= source[1]}


def subject_of(
    text: str,
    figure: Figure,
    noun: Token | None,
    bounds: tuple[int, int],
    sentence: int,
    mentions: Sequence[Mention],
    speaker: Span | None,
) -> Span | None:
    """Whom the figure is about: tied in the noun phrase, by a verb of having, else the
    nearest organisation (the figure's sentence, then the one before)."""
    if noun is not None:
        tied = _owner(noun, mentions) or _possessor(noun, mentions)
        if tied is not None:
            return tied
    return _nearest(text, figure, bounds, sentence, mentions, speaker)


def _attribution(figure: Figure, claims: Sequence[ClaimMention]) -> ClaimMention | None:
    """The quote or paraphrase whose span holds the figure (the innermost one)."""
    holding = [c for c in claims if c.start <= figure.start and figure.end <= c.end]
    return min(holding, key=lambda c: c.end - c.start) if holding else None


def _sentence_bounds(text: str, span: TokenSpan) -> tuple[int, int]:
    """The figure's sentence, cut to its paragraph and stripped of outer whitespace."""
    start, end = span.sent.start_char, span.sent.end_char
    start = max(start, text.rfind("\n", 0, span.start_char) + 1)
    newline = text.find("\n", span.end_char)
    end = min(end, newline) if newline != -1 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- entry point ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Page:
    """One document as the figures need it; ``text`` is read once (spaCy rebuilds
    ``doc.text`` from the tokens on every access)."""

    doc: Doc
    text: str
    mentions: Sequence[Mention]
    sentence_at: dict[int, int]
    sentence_starts: Sequence[int]
    claims: Sequence[ClaimMention]  # quotes and paraphrases, for attribution

    def sentence_of(self, char: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, char) - 1
        return self.sentence_at[self.sentence_starts[max(0, index)]]


def _claim(page: _Page, figure: Figure) -> ClaimMention | None:
    """The quantity claim of one figure, or None when the figure is no claim."""
    span = _tokens(page.doc, figure)
    if span is None or _named(span) or _date_like(span, figure, page.text):
        return None
    if _reference(page.text, figure) or not_a_count(page.text, figure):
        return None
    found = unit_of(span, figure, page.text)
    if found is None:
        return None
    unit, noun = found
    if _refers_back(noun, figure, span) or _lone_one(figure, unit):
        return None
    start, end = _sentence_bounds(page.text, span)
    sentence = page.sentence_of(span.start_char)
    said = _attribution(figure, page.claims)
    speaker = said.speaker if said else None
    return ClaimMention(
        kind="quantity",
        start=start,
        end=end,
        text=page.text[start:end],
        sentence=sentence,
        speaker=speaker,
        speaker_role=said.speaker_role if said else None,
        cue=said.cue if said else None,
        subject=subject_of(page.text, figure, noun, (start, end), sentence, page.mentions, speaker),
        quantity=Quantity(min=figure.low, max=figure.high, unit=unit, hedge=figure.hedge),
    )


def extract_quantities(
    doc: Doc,
    mentions: list[Mention],
    sentence_at: dict[int, int],
    said: list[ClaimMention] | None = None,
) -> list[ClaimMention]:
    """Numeric claims of ``doc`` (kind ``quantity``), one per figure, in text order.

    Attribution comes from the quotes and paraphrases the figures sit in, so
    :func:`dossier.extract.quotes.extract_quotes` is run here too (it only reads the parse).
    """
    text = doc_text(doc)
    if said is None:  # callers that already extracted the quotes pass them in
        said = quotes.extract_quotes(doc, mentions, sentence_at)
    page = _Page(doc, text, mentions, sentence_at, sorted(sentence_at), said)
    found = []
    for match in folded.finditer(FIGURE, _FIGURE_FOLDED, text, folded.lowered_copy(text)):
        figure = read_figure(match)
        claim = _claim(page, figure) if figure is not None else None
        if claim is not None:
            found.append(claim)
    return found
