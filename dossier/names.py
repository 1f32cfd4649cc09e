"""Transliteration-aware name matching: pure functions, no state, no I/O.

News in English spells the same Arabic, Persian or Urdu name many ways
("Zainabiyoun", "Zainebiyoun", "Zeinabion"; "Hossein", "Husayn"; "Abdul
Rahman", "Abdurrahman", "Abd al-Rahman"). Exact matching of normalised names
splits such entities; naive fuzzy matching merges distinct ones ("Iran" and
"Iraq", "Hamas" and "Hamza", "Pakistan" and "Pakistani"). This module is the
middle road, built from general rules only -- there is no alias table:

* :func:`translit_key` folds the letter classes that romanisation systems
  disagree on (vowel length and quality, q/k, ph/f, th/t, dh/d, w/v, doubled
  letters, Arabic article variants, "Abd al-"/"Abdul"/"Abdur" and "-ullah"
  compounds, French/German spellings of the same sound), so that spelling
  variants usually get the *same* key. "kh", "gh" and "g"/"k" stay apart:
  they are different Arabic letters that romanisations keep apart.
* :func:`skeleton` keeps only the consonants of a key, like Arabic script
  does; two keys that differ in their skeleton are different names, however
  close their letters look ("hamas"/"hamza": hms/hmz).
* Generic words ("Brigade", "Liwa", "Force", "Movement", "Party", ...) are
  split from a name's distinctive *core*, with the generic word's class kept
  so that "Quds Force" does not meet "Al-Quds Brigades".
* Acronyms are matched by an initialism test, people by their name tokens
  after titles are stripped: a shared surname alone never merges two full
  names.
* The vowel folds are for names of Arabic-script origin only: when neither
  name looks Arabic, Persian or Urdu (:func:`arabic_like`), two words must
  keep their vowels (:func:`foreign_vowel_veto`: "Bartoli" is not "Bertoli").

:func:`match` combines these and says *why* (``MatchResult.signals``), and
whether the evidence is strong enough across documents
(``MatchResult.cross_document``) or only inside one document, where a short
form ("Usmani", "IRGC", "the Brigade") refers to a name nearby. The caller
decides; :func:`unique_target` helps it refuse ambiguous short forms.
:func:`blocking_keys` gives candidate keys so that the caller never compares
all pairs.

Thresholds were measured with ``bench/er_eval.py`` (Wikidata Arabic-English
name variants and labelled pairs from the seed corpus); see the constants.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import jellyfish
from rapidfuzz.distance import JaroWinkler, Levenshtein
from unidecode import unidecode

# --------------------------------------------------------------------------
# Thresholds (measured with bench/er_eval.py; see the report in that file)
# --------------------------------------------------------------------------

#: Jaro-Winkler on translit keys for two tokens with the same consonant
#: skeleton to count as spelling variants of one name.
TOKEN_JW: float = 0.85
#: shortest key (letters) that may match fuzzily; below it only equal keys
#: count ("Iran"/"Iraq", "Ali"/"Alu" are too short to judge by letters).
MIN_FUZZY_LEN: int = 5
#: fewest consonants a token needs before one inner short vowel may be
#: missing in a variant ("Zawahiri" / "Zawahri": 4; "Nasr" / "Nasir": 3).
MIN_DROP_CONSONANTS: int = 4
#: score given to a nisba-suffix token pair ("Shamkhan"/"Shamkhani") when the
#: rest of the name agrees.
NISBA_SCORE: float = 0.9
#: shortest distinctive core that may link a bare name to a generic one
#: ("Basij" ~ "Basij militia").
MIN_CORE_LEN: int = 4

# --------------------------------------------------------------------------
# Vocabularies: general linguistic knowledge, not aliases of any entity
# --------------------------------------------------------------------------

#: Arabic definite article and Persian/Urdu ezafe as separate tokens once
#: hyphens are split ("Jaish al-Adl", "Ansar-ul-Hussain", "Lashkar-e-Taiba",
#: "Abd ar-Rahman" with a sun-letter assimilated article).
ARTICLES: frozenset[str] = frozenset(
    "al el ul ol il ud ad ed ar er ur as es us ash esh at et ut az ez uz an en un "
    "e i y o l d".split()
)
#: English function words that carry no identity in a name.
FUNCTION_WORDS: frozenset[str] = frozenset(
    "the of and for in on at to a an de du des la le les del van von der".split()
)

#: generic words of organisation names, mapped to a class so that a word and
#: its translation meet (liwa = brigade, jaish/lashkar = army, hizb = party,
#: tehreek/harakat = movement, jabhat = front, majlis = council).
GENERIC_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        ("brigade", "brigades", "liwa", "kataib", "kataeb", "katibat", "katiba"), "brigade"
    ),
    **dict.fromkeys(("force", "forces"), "force"),
    **dict.fromkeys(("corps",), "corps"),
    **dict.fromkeys(("guard", "guards"), "guard"),
    **dict.fromkeys(("army", "armies", "jaish", "jaysh", "lashkar", "sipah", "sepah"), "army"),
    **dict.fromkeys(("movement", "tehreek", "tehrik", "tahrik", "harakat", "harakah"), "movement"),
    **dict.fromkeys(("front", "jabhat", "jabha", "jabhah"), "front"),
    **dict.fromkeys(("group", "groups"), "group"),
    **dict.fromkeys(("party", "parties", "hizb", "hezb"), "party"),
    **dict.fromkeys(
        ("organisation", "organization", "tanzeem", "tanzim", "munazzamat"), "organisation"
    ),
    **dict.fromkeys(("militia", "militias"), "militia"),
    **dict.fromkeys(("battalion", "battalions"), "battalion"),
    **dict.fromkeys(("division",), "division"),
    **dict.fromkeys(("council", "majlis", "shura"), "council"),
    **dict.fromkeys(("ministry", "ministries"), "ministry"),
    **dict.fromkeys(("department", "dept"), "department"),
    **dict.fromkeys(("agency",), "agency"),
    **dict.fromkeys(("authority",), "authority"),
    **dict.fromkeys(("bureau",), "bureau"),
    **dict.fromkeys(("committee",), "committee"),
    **dict.fromkeys(("command",), "command"),
    **dict.fromkeys(("unit", "units"), "unit"),
    **dict.fromkeys(("wing",), "wing"),
    **dict.fromkeys(("league",), "league"),
    **dict.fromkeys(("network",), "network"),
    **dict.fromkeys(("faction",), "faction"),
    **dict.fromkeys(("police",), "police"),
}

#: titles, ranks, honorifics and offices that precede a person's name.
TITLES: frozenset[str] = frozenset(
    (
        "mr mrs ms miss dr doctor prof professor sir dame lord gen general maj major col colonel "
        "lt lieutenant capt captain brig brigadier adm admiral cdr commander cmdr commandant "
        "sgt sergeant cpl corporal pvt private marshal field air vice rear ret retd retired "
        "sheikh shaikh shaykh sheik mufti maulana mawlana moulana maulvi molvi mullah mulla "
        "mollah imam "
        "ayatollah ayatullah hojatoleslam hujjat allama allamah syed sayyid sayed seyed seyyed "
        "sayyed pir hafiz qari haji hajji alhaj hazrat janab begum sardar president minister "
        "premier "
        "chancellor secretary senator sen rep governor gov mayor judge justice chief prince "
        "princess king queen emir amir sultan spokesman spokesperson ambassador deputy former "
        "late st saint rev reverend father brother sister engr engineer barrister advocate "
        "adviser advisor officer commissioner inspector superintendent constable "
        # a party's or a movement's office before its holder ("BYC organiser Dr Mahrang Baloch")
        "organiser organizer "
        # police and district ranks of South Asian news ("SHO Alam", "DIG Raza", "DPO Khan")
        # and the investigating officer of a case ("the IO said")
        "sho dpo dig igp ssp dsp asi ig dc io "
        # the chief and prime ministers by their letters ("CM Bugti", "the PM said"): alone,
        # the office of whoever the report names, never a body shared by every province
        "cm pm "
        # members of a legislature by their letters ("MNA Sher Afzal Marwat", "MPA Ali Hadi
        # Irfani", "MLA ..."): a seat each of hundreds of people hold, never one body
        "mna mpa mla "
        # ranks of South Asian armies and police below the officers' ("Lance Naik Muhammad
        # Ibrahim", "Sepoy Himat Khan", "Naib Subedar Zahid", "Havildar Ali", "Sub-Inspector
        # Yahya"); "Lance" and "Naib" qualify them (see TITLE_QUALIFIERS)
        "naik nk havildar hav sepoy sep sipahi subedar risaldar jemadar subinspector"
    ).split()
)
#: words that qualify a title ("Interior Minister", "Prime Minister").
TITLE_QUALIFIERS: frozenset[str] = frozenset(
    (
        "prime interior foreign defence defense finance federal provincial chief deputy vice "
        "acting former state home information army naval police supreme grand us u s national "
        "security lance naib head commanding"
    ).split()
)
#: clan or honorific surnames shared by very many unrelated people; a name
#: that differs from another only by one of these is still the same person
#: ("Rana Sanaullah" / "Rana Sanaullah Khan"), and such a word alone never
#: identifies anyone.
CLAN_SURNAMES: frozenset[str] = frozenset({"khan", "shah", "baig", "beg", "jan", "zai"})

#: very frequent given names (as translit keys); a core made only of these is
#: not distinctive enough to tie a lone name to an organisation named after
#: it ("Mohammed" vs "Jaish-e-Mohammed"), nor is one of them a surname link.
_COMMON_GIVEN_RAW: tuple[str, ...] = tuple(
    (
        "muhammad mohammed mohammad ahmad ahmed ali hasan hussain husayn umar omar usman uthman "
        "abu bakr khalid ibrahim ismail yusuf musa isa mahmud mustafa abdullah abdallah allah "
        "rahman karim aziz rahim hamid said saeed fatima zainab aisha maryam khadija abbas "
        "jafar mahdi mehdi reza raza javad jawad imran tariq bilal hamza sultan nasir nasser "
        "salim salman sulaiman suleiman yahya zakaria idris ayub yunus nur noor din ullah"
    ).split()
)

#: more name words of Arabic, Persian, Urdu and Pashto origin, common in the news of
#: the Muslim world (given names, surnames, tribes and peoples). With
#: :data:`_COMMON_GIVEN_RAW` and the spelling marks of :data:`_ORIGIN_MARK` they tell
#: :func:`arabic_like` that a name's vowels are a romaniser's guess (see
#: :func:`foreign_vowel_veto`). General knowledge, not aliases of any entity.
_ORIGIN_WORDS_RAW: tuple[str, ...] = tuple(
    (
        "abbas adil adnan afzal akbar akram amin amir anwar arif asad asghar ashraf asif "
        "aslam ayaz azam azhar babar bashir basit dawud daud faisal farid farooq faruq "
        "fawad fazal ghulam habib hafiz haider hakim hamad hamdan hanif haroon harun "
        "hashim hassan husain hussein iftikhar ihsan ijaz ilyas iqbal irfan ishaq jabbar "
        "jalal jamal jamil javed junaid kamal kamran karim kazim khalil latif mahmood "
        "majid mansur maqsood masood mehmood mirza moin mubarak mujahid munir murad "
        "mushtaq nadeem naeem najib naseer nawaz nazir nizam obaid omar osama parvez "
        "pervez qadir qasim rafiq rahim rashid rauf rehman riaz rizwan sadiq saif sajid "
        "salah saleh salim sami sarwar shafiq shahid shakeel sharif shaukat shehzad "
        "siddiq sohail tahir talib tanvir tariq taufiq usama waheed wajid waqar yasir "
        "yousaf zafar zahid zahir zaman zubair "
        "fatemeh hamideh khadijeh masoumeh zahra ayesha bibi "
        "hosseini husseini mousavi musawi rezaei ahmadi mohammadi hashemi sadeghi "
        "qureshi siddiqui chaudhry chaudhary malik rizvi naqvi jafri hashmi abbasi ansari "
        "bhutto zardari durrani afridi wazir mehsud baloch baluch brohi marri bugti "
        "pashtun pakhtun pathan yousafzai hazara tajik uzbek"
    ).split()
)
#: spellings that only Arabic, Persian and Urdu romanisations write in a name word:
#: kh, dh and q without u for their own letters, a leading gh, "Abd"/"Abu", the
#: "-ullah", "-uddin" and "-zadeh" compounds, the "-stan" of a land, the "-zai" of a
#: Pashtun tribe, the "-iyoun" plural of a group ("Fatemiyoun"), a final "-eh" for the
#: ta marbuta ("Shehadeh", "Fatemeh")
_ORIGIN_MARK = re.compile(
    r"kh|dh|q(?!u)|^gh[aeiou]|^ab[du]|^abou|[ou]ll?ah$|[ue]dd?in[e]?$|zadeh?$|stan$|zai$"
    r"|iyy?o?un$|[^aeiou]eh$"
)
#: marks of the whole text: an Arabic article or Persian ezafe written with a hyphen
#: ("al-Qaeda", "Lashkar-e-Taiba"), "bin"/"ibn", the dotted letters and ayn/hamza
#: signs of scholarly transliteration, and an inner apostrophe for ayn or hamza
#: ("Ja'far", "Sana'a"; not "O'Brien", "D'Angelo", nor the English or Dutch "'s" and "'t":
#: "van 't Hoff" written "van't")
_ORIGIN_TEXT = re.compile(
    r"(?:^|[\s\-])(?:al|el|ul|ud|ur|ad|ash|as|at|e|i)-|\b(?:bin|ibn|bint)\s"
    r"|[\u02bf\u02be\u1e24\u1e25\u1e62\u1e63\u1e6c\u1e6d\u1e92\u1e93\u1e0c\u1e0d]"
    r"|[a-z]{2}['\u2019\u02bc](?![st]\b)[a-z]",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Result type
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchResult:
    """Why two names were judged to name the same entity.

    ``kind`` is the rule that decided (``exact``, ``translit``, ``variant``,
    ``core``, ``acronym``, ``person``, ``surname``, ``generic_head``);
    ``signals`` lists every piece of evidence that fired, for the merge log.
    ``cross_document`` is False when the evidence only holds inside one
    document (a surname, an undefined acronym, a bare "the Brigade"): the
    caller should then link only when the short form is unambiguous there,
    e.g. with :func:`unique_target`.
    """

    score: float
    kind: str
    signals: list[str] = field(default_factory=list)
    cross_document: bool = True


# --------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------

_APOSTROPHES = re.compile(r"['`’‘ʻʼʿʾ´]")
_WORD = re.compile(r"[a-z0-9]+")

#: letter folds applied in order to one lower-case ASCII word. Consonants
#: first (multi-letter spellings of one Arabic/Persian sound), then vowels.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"sch", "sh"),  # German
        (r"tch", "ch"),
        (r"dj", "j"),  # French (Djamel)
        (r"ph", "f"),
        (r"x", "ks"),
        (r"kh", "x"),  # kha is written kh consistently: one letter, not k (Khalaf / Qallaf)
        (r"gh", "g"),  # ghayn
        (r"ch", "sh"),  # French ch = sh (Chirine / Shirin)
        (r"ck", "k"),
        (r"q", "k"),
        (r"c(?=[eiy])", "s"),  # Youcef, Hocine
        (r"c", "k"),
        (r"th", "t"),  # tha: th, t, s
        (r"dh", "d"),  # dhal / dad: dh, d, z
        # French final mute e after a doubled consonant (Moussa Idrisse); before the
        # doubled consonants fold, which would hide the doubling
        (r"([b-df-hj-np-tv-z])\1e$", r"\1"),
        (r"([b-df-hj-np-tv-z])\1+", r"\1"),  # doubled consonants (Hassan, Ayyub)
        (r"^e", "i"),  # initial e is usually kasra: Eslam / Islam, Ebrahim / Ibrahim
        (r"(?<=[aeiou])w(?=[^aeiou]|$)", "u"),  # Tawfik / Taufiq
        (r"w", "v"),  # Persian v / Arabic w (Javad / Jawad)
        # Persian and Urdu "khwa", whose w is not pronounced, is written with or without a
        # vowel before it: Khawaja / Khwaja, Khawarij / Khwarij (both hundreds of times in
        # the 2025 archive)
        (r"^xav(?=[aeiou])", "xv"),
        (r"ee", "i"),  # long i (Kareem / Karim)
        # French final mute e after n or u (Slimane, Hocine, Tarique); after other letters a
        # final e is a vowel, often the feminine ending (Adile / Adil, Naime / Naim)
        (r"(?<=[a-z][nu])e$", ""),
        (r"(?<=[a-z])ah$", "a"),  # ta marbuta -ah (Fatimah, Hamzah); not -eh/-ih: Saleh, Salih
        (r"(?:ou|oo|o)", "u"),
        (r"(?:ay|ai|ey|ei)(?![aeiou])", "ai"),  # diphthong (Hussein / Husayn / Husain)
        (r"(?:iy|ie|yi)", "i"),
        (r"(?<=[a-z])y(?![aeiou])", "i"),  # vowel y (Aly)
        (r"([a-z])\1+", r"\1"),  # doubled letters left by the folds
        (r"(?<=[bdfgjklmnprstvz])y(?=[aeiou])", "i"),
    )
)

_DOUBLE = re.compile(r"([a-z])\1+")

#: a glued "Abd al-" / "Abdur-" / "Abde-" ("servant of" + article) becomes
#: plain "abd" ("Abdul Aziz" / "Abdelaziz" / "Abd al-Aziz", "Abdurrahman" /
#: "Abderahmane"); a bare "Abdou" or "Abdi" is a name of its own and stays.
_ABD = re.compile(r"^abd[aeiou]{1,2}l?(?=[a-z]{3})")
#: "-ullah"/"-allah"/"-ollah" endings ("Sanaullah", "Nasrallah") agree.
_ULLAH = re.compile(r"(?<=[a-z])(?:ou|u|o|a|e)(?:llah?|lah)$")


_KEY_DETERMINERS = frozenset({"the", "a", "an"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)  # every mention's key, again for each store lookup
def normalize_name(text: str) -> str:
    """Grouping key for a name: ASCII, lower case, no punctuation or "the".

    Here, not in the NLP stage, because the read side (search, entity lookup)
    needs the same key and must not load spaCy to get it."""
    text = unidecode(text).lower().replace("'s ", " ")
    if text.endswith("'s"):
        text = text[:-2]
    words = _NON_WORD.sub(" ", text).split()
    while words and words[0] in _KEY_DETERMINERS:
        words = words[1:]
    return " ".join(words)


def ascii_words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``: transliterated, no apostrophes.

    Apostrophes stand for ayn/hamza ("Sana'a", "'Umar") or an English
    possessive; both are dropped rather than split on, so "Mar'i" is one word.
    """
    return list(_ascii_words(text))


@lru_cache(maxsize=65536)  # the matcher and the blocking keys ask it of every name again
def _ascii_words(text: str) -> tuple[str, ...]:
    text = unidecode(text).lower()
    text = re.sub(r"'s\b", "", _APOSTROPHES.sub("'", text))
    text = re.sub(r"\b([ld])'(?=[a-z])", r"\1 ", text)  # French elision: l'Houcine, d'Alep
    return tuple(_WORD.findall(text.replace("'", "")))


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Fine key of one ASCII word (see ``_FOLDS`` for the classes folded).

    A medial "e" is kept apart here because it stands for either short
    vowel ("Mehdi"/"Mahdi", "Hamed"/"Hamid"); :func:`coarse` folds it to "a"
    for the translit key, :func:`vowels_compatible` lets it meet "a" or "i".
    """
    if word.isdigit() or len(word) == 1:
        return word
    if len(word) >= 6:
        word = _ULLAH.sub("ullah", word)
    word = _ABD.sub("abd", word)
    for pattern, repl in _FOLDS:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=65536)  # called for every token of every pair the matcher sees
def coarse(token: str) -> str:
    """Translit key of a fine token: medial "e" folded to "a" as most often meant."""
    if len(token) == 1:
        return token  # an initial ("E.") is a letter, not a vowel to fold
    if len(token) > 2 and token.endswith("e") and token[-2] not in "aeiou":
        # a final e the folds kept is a vowel of its own (the feminine -e of Adile, Naime):
        # folding it to "a" would make it meet every -a name (Benita / Benite)
        return _DOUBLE.sub(r"\1", token[:-1].replace("e", "a")) + "e"
    return _DOUBLE.sub(r"\1", token.replace("e", "a"))


_ALLAH = frozenset({"allah", "ullah", "ollah", "ulla", "alla"})
_ABD_WORDS = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdur", "abder"})


def _glue(words: Sequence[str]) -> list[str]:
    """Join name parts that romanisations write apart or together.

    "Abdul Basit" / "Abdulbasit", "Abu Bakr" / "Abubakr", "Sana Ullah" /
    "Sanaullah": a prefix "abd"/"abu" is joined to the next word, a suffix
    "ullah"/"allah"/"din" to the previous one.
    """
    out: list[str] = []
    pending = ""
    for word in words:
        if word in _ABD_WORDS:
            pending += "abdul"  # one spelling, so "Abd al-Aziz" meets "Abdelaziz"
            continue
        if word in {"abu", "abou", "bu"}:
            pending += word
            continue
        if pending:
            if pending.endswith("abdul") and word in _ALLAH:
                word = "lah"  # "Abd Allah" is "Abdullah"
            word, pending = pending + word, ""
        elif out and (word in _ALLAH or word in {"din", "uddin", "eddin"}):
            out[-1] = out[-1] + word
            continue
        out.append(word)
    if pending:
        out.append(pending)
    return out


@lru_cache(maxsize=65536)
def key_tokens(name: str) -> tuple[str, ...]:
    """Fine folded content words of ``name``: no articles, function words or "the"."""
    words = ascii_words(name)
    kept = [w for w in words if w not in ARTICLES and w not in FUNCTION_WORDS]
    if not kept:  # a name made only of short words ("Al", "An") keeps them
        kept = words
    return tuple(fold_word(w) for w in _glue(kept))


@lru_cache(maxsize=65536)  # asked twice for every pair the matcher sees (issue 19)
def translit_key(name: str) -> str:
    """Transliteration-aware key: equal for most romanisations of one name.

    Space-separated folded words; compare with :func:`compact` when word
    breaks may differ ("Hizb Allah" / "Hizbullah").
    """
    return " ".join(coarse(t) for t in key_tokens(name))


def compact(key: str) -> str:
    """A key without word breaks."""
    return key.replace(" ", "")


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """Consonant skeleton of a key: what Arabic script would write.

    Short vowels are not written in Arabic, so romanisations disagree most
    on vowels; the consonants are what two variants of one name share.
    """
    return re.sub(r"[aeiou ]", "", key)


# --------------------------------------------------------------------------
# Generic words and cores
# --------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def split_generic(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(core fine tokens, generic classes) of an organisation-like name.

    "Liwa Zainebiyoun" -> (("zainebiun",), {"brigade"}); "Quds Force" ->
    (("kuds",), {"force"}). A name made only of generic words has an empty
    core. :func:`core_key` gives the core as a translit key.
    """
    words = [w for w in ascii_words(name) if w not in ARTICLES and w not in FUNCTION_WORDS]
    classes = frozenset(GENERIC_CLASSES[w] for w in words if w in GENERIC_CLASSES)
    core = [w for w in words if w not in GENERIC_CLASSES]
    return tuple(fold_word(w) for w in _glue(core)), classes


def core_key(name: str) -> str:
    """Distinctive core of a name, as a key ("" when only generic words)."""
    return " ".join(coarse(t) for t in split_generic(name)[0])


# --------------------------------------------------------------------------
# Token similarity
# --------------------------------------------------------------------------

_DEMONYM_SUFFIXES = ("i", "is", "ian", "ians", "an", "ans", "ese", "ish", "ia", "n")


def is_demonym_pair(a: str, b: str) -> bool:
    """True when one key is the other plus a nationality suffix.

    "pakistan"/"pakistani", "iran"/"iranian", "syria"/"syrian": a place and
    its people are distinct entities, however similar the letters.
    """
    short, long = sorted((coarse(compact(a)), coarse(compact(b))), key=len)
    if not short or not long.startswith(short):
        return False
    return long[len(short) :] in _DEMONYM_SUFFIXES


#: vowel groups that romanisations use for one another once the folds have
#: run: "e" for either short vowel, "ai" reduced to "i" or "e" ("Soleimani" /
#: "Sulemani", "Hussein" / "Hocine"). "a", "i" and "u" are otherwise distinct
#: ("Hasan" / "Husain", "Hamid" / "Hamad"), "ai" is not "a" ("Hannan" /
#: "Henein", "Musad" / "Musaid"), and a vowel is never optional ("Nasr" /
#: "Nasir", "Hasan" / "Hasna").
_VOWEL_EQUIV: frozenset[frozenset[str]] = frozenset(
    frozenset(pair.split("~")) for pair in "a~e e~i ai~i ai~e ie~i".split()
)
_CONSONANT = re.compile(r"[^aeiou]")


def vowels_compatible(a: str, b: str) -> bool:
    """Whether two fine keys with one skeleton differ only in equivalent vowels.

    Compares the vowel group in each gap between consonants (and at both
    ends) with :data:`_VOWEL_EQUIV`. In long names (:data:`MIN_DROP_CONSONANTS`
    consonants or more) one short vowel after the first may be missing
    ("Zawahiri" / "Zawahri"); in short ones a vowel makes another name
    ("Nasr" / "Nasir").
    """
    gaps_a, gaps_b = _CONSONANT.split(a), _CONSONANT.split(b)
    if len(gaps_a) != len(gaps_b):
        return False
    dropped = 0
    for i, (x, y) in enumerate(zip(gaps_a, gaps_b, strict=True)):
        final = i == len(gaps_a) - 1
        if final and x != y and "e" in (x, y) and len(a) > 2 and len(b) > 2:
            return False  # a kept final e is its own vowel (see :func:`coarse`)
        if x == y or frozenset((x, y)) in _VOWEL_EQUIV:
            continue
        inner = 1 < i < len(gaps_a) - 1  # not the first vowel: "Baruch" / "Broch"
        if inner and not (x and y) and len(x + y) == 1:
            dropped += 1
            continue
        return False
    return dropped == 0 or (dropped == 1 and len(gaps_a) - 1 >= MIN_DROP_CONSONANTS)


#: vowels written with a length sign (macron, circumflex): unidecode drops the sign, so
#: length is read before transliterating
_LONG_SIGNED = frozenset("āâīîūûēêōô")
#: two-letter consonants of romanisations: one Arabic or Persian letter each
_DIGRAPHS = frozenset({"kh", "sh", "th", "dh", "gh", "ch", "ph", "zh"})
_VOWEL_LETTERS = frozenset("aeiou")
#: doubled vowels and "ie" that English, Dutch and Urdu romanisations use for a long vowel
_LONG_PAIRS = frozenset({"aa", "ee", "ii", "oo", "uu", "ie"})


@dataclass(frozen=True, slots=True)
class LengthMarks:
    """Where one romanised word marks vowel length or a doubled consonant.

    Positions count the consonants before the mark, so two spellings of one name
    ("Haasan", "Hassaan") can be compared slot by slot. Only *explicit* marks are
    recorded: a single letter says nothing, most romanisations do not mark length.
    """

    long: frozenset[int]
    doubled: frozenset[int]
    #: marks spelled with letters (doubled vowels or consonants, "ie"), not with signs:
    #: a scholarly spelling signs every long vowel ("Mūsā"), a plain one none ("Mousa")
    spelled: int = 0
    #: slots of a long a spelled "aa" (Meshaal), and slots whose one vowel letter is e or i
    long_a: frozenset[int] = frozenset()
    front: frozenset[int] = frozenset()


@lru_cache(maxsize=65536)
def length_marks(word: str) -> LengthMarks:
    """The explicit length marks of one word as written (before :func:`fold_word`)."""
    word = word.lower()
    longs: set[int] = set()
    doubled: set[int] = set()
    spelled = 0
    consonants = 0
    i = 0
    plain = unidecode(word)
    if len(plain) != len(word):  # a letter became several: no reliable positions
        return LengthMarks(frozenset(), frozenset(), 0)
    long_a: set[int] = set()
    front: set[int] = set()
    while i < len(word):
        ch, low = word[i], plain[i]
        if ch in _LONG_SIGNED:
            longs.add(consonants)
            i += 1
        elif low in _VOWEL_LETTERS:
            if plain[i : i + 2] in _LONG_PAIRS and plain[i + 2 : i + 3] not in _VOWEL_LETTERS:
                longs.add(consonants)
                spelled += 1
                if plain[i : i + 2] == "aa":
                    long_a.add(consonants)
                i += 2
            else:
                alone = plain[i + 1 : i + 2] not in _VOWEL_LETTERS
                if alone and low in "ei" and (i == 0 or plain[i - 1] not in _VOWEL_LETTERS):
                    front.add(consonants)
                i += 1
        elif low.isalpha():
            step = 2 if plain[i : i + 2] in _DIGRAPHS else 1
            unit = plain[i : i + step]
            if plain[i + step : i + 2 * step] == unit:
                doubled.add(consonants)
                spelled += 1
                step *= 2
            consonants += 1
            i += step
        else:
            i += 1
    return LengthMarks(
        frozenset(longs), frozenset(doubled), spelled, frozenset(long_a), frozenset(front)
    )


def lengths_conflict(a: str, b: str) -> bool:
    """Whether two spellings of what folds to one word mark length so that they differ.

    The folds join "Hasan" and "Hassan", "Amer" and "Aamer": news writes one name both
    ways. But when both spellings mark a long vowel and never in the same place
    ("Aleem" / "Ālim", "Haasan" / "Hassaan"), or one spells a long a "aa" where the other
    writes e or i ("Meshaal" / "Michel"), or one marks nothing and the other marks
    two slots ("Hasan" / "Hassaan", "Nasif" / "Nassief"), the writers heard different
    names (Ḥasan / Ḥassān), and a wrong merge is worse than a missed one.
    """
    ma, mb = length_marks(a), length_marks(b)
    if ma.long and mb.long and not ma.long & mb.long:
        return True
    if ma.long_a & mb.front or mb.long_a & ma.front:
        return True  # a long a spelled "aa" is never written e or i (Meshaal / Michel)
    if _pattern_conflict(ma, mb) or _pattern_conflict(mb, ma):
        return True
    signed_a, signed_b = len(ma.long) + len(ma.doubled), len(mb.long) + len(mb.doubled)
    return min(signed_a, signed_b) == 0 and max(ma.spelled, mb.spelled) >= 2


def _pattern_conflict(doubling: LengthMarks, other: LengthMarks) -> bool:
    """One side doubles a consonant the other writes once and follows with e or i.

    Arabic keeps the pattern CāCiC (active participle: Ḥāfiẓ, ʿĀmir, Nāṣir) apart from
    CaCCāC (intensive: Ḥiffāẓ, ʿAmmār, Naṣṣār): the doubled consonant is followed by a
    long a, the single one by a short i that romanisations write e or i ("Hafedh" /
    "Haffadh", "Amer" / "Ammar"). When the doubling side writes e or i after its double
    too ("Bassem" / "Basim", "Mohammed" / "Mohamed") the spellings are one name.
    """
    return any(
        slot not in other.doubled and slot + 1 in other.front and slot + 1 not in doubling.front
        for slot in doubling.doubled
    )


@lru_cache(maxsize=65536)
def _marked_words(name: str) -> tuple[str, ...]:
    """The content words of ``name`` as written (apostrophes out), in key order."""
    text = _APOSTROPHES.sub("", name.lower())
    words = re.findall(r"[^\W\d_]+", text)
    return tuple(w for w in words if unidecode(w) not in ARTICLES | FUNCTION_WORDS)


#: what a length mark needs: a doubled letter, "ie", or a letter outside ASCII (a sign)
_MARKABLE = re.compile(r"([A-Za-z])\1|ie|[^\x00-\x7f]", re.IGNORECASE)


@lru_cache(maxsize=65536)  # asked for every pair the matcher sees
def length_veto(a: str, b: str) -> str | None:
    """The word pair whose length marks tell names ``a`` and ``b`` apart, or None.

    Words are compared in order, and only pairs that share a consonant skeleton once
    folded (the spellings the folds would join)."""
    if not (_MARKABLE.search(a) or _MARKABLE.search(b)):
        return None  # nothing marked on either side: nothing to veto (the common case)
    wa, wb = _marked_words(a), _marked_words(b)
    if len(wa) != len(wb):
        return None
    for x, y in zip(wa, wb, strict=True):
        if not lengths_conflict(x, y):
            continue  # the cheap test first: most pairs mark nothing that differs
        if skeleton(coarse(fold_word(unidecode(x)))) == skeleton(coarse(fold_word(unidecode(y)))):
            return f"{x}/{y}"
    return None


_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=65536)
def origin_word(word: str) -> bool:
    """Whether one lower-case ASCII word looks Arabic, Persian or Urdu in origin.

    By a spelling only those romanisations write (:data:`_ORIGIN_MARK`), or by being a
    common name word of that origin (:data:`_ORIGIN_WORDS`), alone, with the nisba
    ending ("Soleimani"), or as the start of a longer word ("Zainabiyoun", "Talibani").
    """
    if _ORIGIN_MARK.search(word):
        return True
    key = coarse(fold_word(word))
    if key in _ORIGIN_WORDS or (key.endswith("i") and key[:-1] in _ORIGIN_WORDS):
        return True
    return any(key.startswith(w) for w in _ORIGIN_PREFIXES if len(key) > len(w))


@lru_cache(maxsize=65536)
def arabic_like(name: str) -> bool:
    """Whether a name looks Arabic, Persian or Urdu (also Pashto) in origin.

    Those scripts leave short vowels unwritten, so their romanisations disagree on
    vowels ("Hamed" / "Hamid", "Osman" / "Usman", "Mehdi" / "Mahdi") and the folds of
    :func:`fold_word` let such vowels meet. A European or East Asian name writes its
    vowels: "Bartoli" and "Bertoli", "Tatsu" and "Tetsu" are different names. One word of
    the name suffices ("Hamed Karzai"), read by :func:`origin_word` or by marks of the
    whole text (:data:`_ORIGIN_TEXT`: "al-", "-e-", "bin", an inner ayn apostrophe).
    """
    if _ORIGIN_TEXT.search(name):
        return True
    return any(origin_word(w) for w in ascii_words(name))


#: spelling variants that European and East Asian names share whatever the language:
#: consonant spellings (c/k/q, ph/f, th/t, w/v, x/ks, ch/sh, Italian and Romanian "gh"
#: before e or i for a hard g -- "Serghei" / "Sergei" --, doubled letters), a final mute
#: "e" or "h", "y" written for "i", ai/ay/ei/ey for one diphthong ("Maier" / "Meyer"),
#: o/ou/oo/u and e/i/ie/ee (close vowels that spellings of one name swap: "Foster" /
#: "Fuster", "Kristen" / "Kristin"). What stays: "a" against "e" or "i", a diphthong
#: against a plain vowel, a vowel more or less, and the consonants the Arabic folds of
#: :data:`_FOLDS` join but these do not (the "w" of English "ow": "Bowden" / "Bodden",
#: "Browner" / "Brunner") -- on the Wikidata "all spellings" pairs those joined mostly
#: different names.
_LATIN_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"sch", "sh"),
        (r"tch", "ch"),
        (r"ph", "f"),
        (r"x", "ks"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"gh(?=[eiy])", "g"),
        (r"ch", "sh"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"th", "t"),
        (r"dh", "d"),
        (r"w", "v"),
        (r"([a-z])\1+", r"\1"),
        (r"(?<=[a-z]{2}[^aeiou])e$", ""),
        (r"(?<=[aeiou])h$", ""),
        (r"ai|ei|ay|ey", "ai"),
        (r"(?<=[a-z])y(?![aeiou])", "i"),
        (r"^y(?![aeiou])", "i"),
        (r"(?<=[a-z])i?y(?=[aeiou])", "i"),
        (r"ou|o", "u"),
        (r"e", "i"),
        (r"([a-z])\1+", r"\1"),
    )
)


@lru_cache(maxsize=65536)
def latin_spelling(word: str) -> str:
    """One word's key under :data:`_LATIN_FOLDS`: equal for spellings of one European name."""
    word = _LETTERS.sub("", unidecode(word).lower())
    for pattern, repl in _LATIN_FOLDS:
        word = pattern.sub(repl, word)
    return word


@lru_cache(maxsize=65536)  # asked for every match found
def foreign_vowel_veto(a: str, b: str) -> str | None:
    """The word pair the folds join but that differ in vowels in a non-Arabic name, or None.

    The vowel folds (e/a, e/i, o/u, diphthongs, a dropped inner vowel) are right for
    romanisations of Arabic-script names and wrong elsewhere: on the Wikidata "all
    spellings" pairs (``bench/eval_names.py``), the a/e fold alone joined 115 different
    European names for 14 variants. The consonant folds are Arabic too: a "w" after a
    vowel is the diphthong of "Tawfik" / "Taufiq" there, but the English "ow" of "Bowden"
    is no "u" ("Bodden" is another name). When neither name looks Arabic, Persian or Urdu
    (:func:`arabic_like`), two words the folds join must still be one spelling under
    :func:`latin_spelling`, consonants and vowels alike: a European name compared by the
    European spelling rules, not by the Arabic ones.
    """
    if arabic_like(a) or arabic_like(b):
        return None
    words_a = [w for w in ascii_words(a) if w not in ARTICLES and w not in FUNCTION_WORDS]
    words_b = [w for w in ascii_words(b) if w not in ARTICLES and w not in FUNCTION_WORDS]
    for x in words_a:
        for y in words_b:
            if x == y or latin_spelling(x) == latin_spelling(y):
                continue
            fx, fy = fold_word(x), fold_word(y)
            if coarse(fx) == coarse(fy) or token_similarity(fx, fy) > 0:
                return f"{x}/{y}"
    return None


def nisba_variant(a: str, b: str) -> bool:
    """One key is the other plus the nisba ending "i" ("shamkan"/"shamkani").

    Accepted only with support from the rest of the name (same given name)
    or inside one document, never as the only evidence across documents.
    """
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_FUZZY_LEN - 1 and long == short + "i"


def token_similarity(a: str, b: str) -> float:
    """Similarity of two fine tokens, 0.0 when they cannot be one name.

    Equal translit keys score 1.0. Otherwise both must be long enough, share
    their consonant skeleton and first letter class, differ only in
    equivalent vowels (:func:`vowels_compatible`) and reach :data:`TOKEN_JW`
    Jaro-Winkler; the score is that Jaro-Winkler.
    """
    if a == b or coarse(a) == coarse(b):
        return 1.0
    if a.isdigit() or b.isdigit():
        return 0.0
    if min(len(a), len(b)) < MIN_FUZZY_LEN or skeleton(a) != skeleton(b):
        return 0.0
    if a[0] != b[0] and not (a[0] in "aeiu" and b[0] in "aeiu"):
        return 0.0
    if not vowels_compatible(a, b):
        return 0.0
    jw = JaroWinkler.similarity(coarse(a), coarse(b))
    return jw if jw >= TOKEN_JW else 0.0


def _align_in_order(short: Sequence[str], long: Sequence[str]) -> list[float] | None:
    """Scores of matching every token of ``short`` to ``long`` in order, or None."""
    scores: list[float] = []
    j = 0
    for token in short:
        while j < len(long) and token_similarity(token, long[j]) == 0.0:
            j += 1
        if j == len(long):
            return None
        scores.append(token_similarity(token, long[j]))
        j += 1
    return scores


def _align_as_sets(a: Sequence[str], b: Sequence[str]) -> list[float] | None:
    """Scores of a one-to-one matching of equal-length token lists, any order."""
    if len(a) != len(b):
        return None
    left = list(b)
    scores: list[float] = []
    for token in a:
        best, best_i = 0.0, -1
        for i, other in enumerate(left):
            sim = token_similarity(token, other)
            if sim > best:
                best, best_i = sim, i
        if best_i < 0:
            return None
        scores.append(best)
        left.pop(best_i)
    return scores


def _key_similarity(a: Sequence[str], b: Sequence[str], ordered: bool = False) -> float:
    """Token-aligned similarity of two keys, trying the compact form too.

    Organisation words may come in any order ("Ministry of Interior" /
    "Interior Ministry"); a person's may not (``ordered``).
    """
    if ordered and len(a) == len(b):
        sims = [token_similarity(x, y) for x, y in zip(a, b, strict=True)]
        scores: list[float] | None = sims if min(sims) > 0 else None
    else:
        scores = _align_as_sets(a, b)
    if scores is not None:
        return min(scores)
    ca, cb = "".join(a), "".join(b)
    if len(a) != len(b) and max(len(a), len(b)) <= 3:
        return token_similarity(ca, cb)
    return 0.0


# --------------------------------------------------------------------------
# Acronyms
# --------------------------------------------------------------------------

_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z&]{1,7}$")
_INITIALISM_SKIP: frozenset[str] = FUNCTION_WORDS | ARTICLES | {"e", "i"}


@lru_cache(maxsize=65536)
def looks_like_acronym(text: str) -> bool:
    """A surface form written like an acronym: 2-8 letters, mostly capitals."""
    text = text.strip().replace(".", "")
    if not _ACRONYM.match(text):
        return False
    return sum(c.isupper() for c in text) * 2 > len(text)


def _expand_words(long: str) -> list[str]:
    return ascii_words(re.sub(r"['’]s\b", "", long))


def _word_options(word: str) -> list[str]:
    """Letter sequences one word may give an acronym, most literal first.

    Its first letter always; optionally also its first syllable (NAtional:
    NACTA, NADRA) when the word is long and its second letter a vowel (not
    "IRanian" for IRGC), and one letter that starts a morpheme-sized inner
    part of a compound (CounterTerrorism).
    """
    options = [word[0]]
    if len(word) >= 6 and word[1] in "aeiou":
        options.append(word[:2])
    for i in range(4, len(word) - 3):
        options.append(word[0] + word[i])
    return options


@lru_cache(maxsize=65536)  # in-document coreference asks it of every acronym x full name pair
def is_initialism(short: str, long: str) -> bool:
    """True when ``short`` can be read as the initials of ``long``.

    Every content word of ``long`` gives its first letter (and, in compounds
    or long words, at most one more, see :func:`_word_options`); function
    words and Arabic articles may give a letter or be skipped. IRGC ~ Islamic
    Revolutionary Guard Corps, NACTA ~ National Counterterrorism Authority,
    ISI ~ Inter-Services Intelligence, CTD ~ Counter-Terrorism Department.
    """
    letters = re.sub(r"[^a-z]", "", unidecode(short).lower())
    words = _expand_words(long)
    if len(letters) < 2 or len(words) < 2:
        return False

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word in _INITIALISM_SKIP and fits(i, j + 1):
            return True
        return any(
            letters.startswith(opt, i) and fits(i + len(opt), j + 1) for opt in _word_options(word)
        )

    return fits(0, 0)


_PAREN_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z&.\-]{1,9})\s*\)")
_PAREN_BEFORE = re.compile(r"\b([A-Z][A-Za-z&]{1,9})\s*\(\s*([^()]{3,120}?)\s*\)")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*|of|the|and|for|al|el|ul|e|de|on|in)$")


def acronyms_in_text(text: str) -> dict[str, str]:
    """Acronyms defined in ``text``: {"IRGC": "Islamic Revolutionary Guard Corps"}.

    Reads "Full Name (ACRONYM)" and "ACRONYM (Full Name)". The full name is
    the shortest run of words before the parenthesis that the acronym is an
    initialism of, so a preceding "Iran's" or "the" is not included. Only
    the first definition of each acronym is kept.
    """
    found: dict[str, str] = {}
    for m in _PAREN_AFTER.finditer(text):
        acronym = m.group(1).replace(".", "")
        if not looks_like_acronym(acronym) or acronym in found:
            continue
        words = text[: m.start()].split()[-12:]
        run: list[str] = []
        for word in reversed(words):
            if not _NAME_WORD.match(word.strip(",;:")) or word.rstrip() != word.rstrip(",;:"):
                break
            run.insert(0, word)
        for start in range(len(run) - 1, -1, -1):
            candidate = " ".join(run[start:])
            if run[start][0].isupper() and is_initialism(acronym, candidate):
                found[acronym] = candidate
                break
    for m in _PAREN_BEFORE.finditer(text):
        acronym, inner = m.group(1), m.group(2)
        if acronym in found or not looks_like_acronym(acronym):
            continue
        if is_initialism(acronym, inner):
            found[acronym] = inner
    return found


#: "intelligence-based operation (IBO)": lower-case words (hyphens and apostrophes inside a
#: word allowed) right before capital letters in brackets, optionally plural ("IBOs")
_LOWER_DEFINED = re.compile(r"((?:\b[a-z][a-z'’\-]*[ \t]+){1,8})\(\s*([A-Z]{2,8})(s?)\s*\)")
#: the bracket every :data:`_LOWER_DEFINED` match ends in: found first, it says where (and
#: whether) the costlier pattern, tried at each lower-case word, can match at all
_BRACKETED_CAPITALS = re.compile(r"\(\s*[A-Z]{2,8}s?\s*\)")


def lower_case_acronyms(text: str, named: dict[str, str] | None = None) -> dict[str, str]:
    """Acronyms ``text`` defines by lower-case words: {"IBO": "intelligence-based operation"}.

    Why: a writer who spells an abbreviation out in lower case ("a first information report
    (FIR)", "an improvised explosive device (IED)") says it stands for a common noun, a kind
    of thing, in that report; its capitals make the model tag it as a name all the same. The
    expansion is the shortest run of lower-case words before the bracket that the letters are
    the initials of, not starting with a function word ("and"), or one compound word whose
    parts give the letters ("counterinsurgency (COIN)": :func:`compound_initials`). Letters
    the same text also defines by capitalised words (:func:`acronyms_in_text`, or ``named``
    where the caller has them already) are left out: there they are a name.
    """
    # every definition holds a bracketed acronym, and its words stand on the line of its
    # bracket (only spaces and tabs between them): the scan starts on the first such line,
    # and a text with none (a third of the archive) is not scanned word by word at all
    bracket = _BRACKETED_CAPITALS.search(text)
    if bracket is None:
        return {}
    if named is None:
        named = acronyms_in_text(text)
    found: dict[str, str] = {}
    for m in _LOWER_DEFINED.finditer(text, text.rfind("\n", 0, bracket.start()) + 1):
        letters = m.group(2)
        if letters in named or letters in found:
            continue
        words = m.group(1).split()
        for start in range(len(words) - 1, -1, -1):
            if words[start] in FUNCTION_WORDS:
                continue
            candidate = " ".join(words[start:])
            if is_initialism(letters, candidate):
                found[letters] = candidate
                break
        else:
            if compound_initials(letters, words[-1]):
                found[letters] = words[-1]  # "counterinsurgency (COIN)"
    return found


#: English combining prefixes a one-word compound opens with ("counter|terrorism",
#: "counter|insurgency", "cyber|security"): general English morphology, not names
_COMPOUND_PREFIXES = (
    "counter",
    "anti",
    "inter",
    "intra",
    "multi",
    "cyber",
    "trans",
    "super",
    "under",
    "over",
    "para",
    "non",
    "self",
)
_COMPOUND_WORD = re.compile(r"\b[A-Za-z][a-z]+(?:-[a-z]+)*\b")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n][\s\"“‘']*)$")


def compound_initials(letters: str, word: str) -> bool:
    """Whether ``letters`` abbreviate the one compound ``word``: CT of "counterterrorism" or
    "counter-terrorism", COIN of "counterinsurgency".

    Why: :func:`is_initialism` reads one letter (or syllable) per word, and a writer who
    abbreviates a one-word compound takes one or two letters from each of its parts. The
    parts are the hyphen's, or a combining prefix's (:data:`_COMPOUND_PREFIXES`) and the
    rest; a word with neither ("constitution") has no parts, so CT is not read into it."""
    parts = [part for part in word.lower().split("-") if part]
    if len(parts) == 1:
        whole = parts[0]
        prefix = next(
            (p for p in _COMPOUND_PREFIXES if whole.startswith(p) and len(whole) - len(p) >= 4),
            None,
        )
        if prefix is None:
            return False
        parts = [prefix, whole[len(prefix) :]]
    wanted = letters.lower()
    if len(wanted) < 2 or not all(part.isalpha() for part in parts):
        return False

    def fits(i: int, j: int) -> bool:
        if j == len(parts):
            return i == len(wanted)
        return any(wanted.startswith(parts[j][:n], i) and fits(i + n, j + 1) for n in (1, 2))

    return fits(0, 0)


def spelled_as_compound(letters: str, text: str, words: Sequence[str] | None = None) -> bool:
    """Whether ``text`` writes the one-word compound ``letters`` abbreviate, in lower case
    or opening a sentence ("Counterterrorism action was carried out ... its CT operations").

    Why: a report that uses "CT" or "COIN" without defining it, and spells out
    "counterterrorism" or "counterinsurgency" as a common noun, means the kind of operation,
    not a body; a capitalised compound inside a sentence may be a piece of a name ("National
    Counterterrorism Authority") and does not count. ``words``: :func:`compound_words` of
    ``text``, where the caller has them."""
    return any(
        word[0].lower() == letters[0].lower() and compound_initials(letters, word)
        for word in (compound_words(text) if words is None else words)
    )


def compound_words(text: str) -> list[str]:
    """The words of ``text`` that :func:`spelled_as_compound` weighs, whatever the letters:
    lower case or opening a sentence, and hyphenated only after a combining prefix.

    Why apart: a report asks about each set of capitals it uses, and the text's words were
    found and filtered again for each; callers with several questions keep this list."""
    found = []
    for m in _COMPOUND_WORD.finditer(text):
        word = m.group(0)
        if word[0].isupper() and not _SENTENCE_OPENING.search(
            text[max(0, m.start() - 4) : m.start()]
        ):
            continue
        lower = word.lower()
        if not lower.startswith(_COMPOUND_PREFIXES):
            # (one C-level test first: most of a text's words open with no prefix, and the
            # rule below was a generator over every prefix for each of them)
            continue  # "post-mortem" is no "PM", "co-accused" no "CA": only a prefix's compound
        if "-" not in word and not any(
            lower.startswith(p) and len(lower) - len(p) >= 4 for p in _COMPOUND_PREFIXES
        ):
            continue  # no parts (:func:`compound_initials`): no letters abbreviate it
        found.append(word)
    return found


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------


def strip_titles(name: str) -> list[str]:
    """Surface words of a person's name without leading titles and offices.

    "Maj. Gen. Qasem Soleimani" -> ["Qasem", "Soleimani"]; "Interior
    Minister Rana Sanaullah Khan" -> ["Rana", "Sanaullah", "Khan"]. A
    qualifier ("Interior", "Prime") is dropped only before a title.
    """
    words = re.findall(r"[^\s()]+", unidecode(name))
    cut = 0
    for i, word in enumerate(words):
        bare = re.sub(r"[^a-z]", "", word.lower())
        if bare in TITLES:
            cut = i + 1
        elif bare in TITLE_QUALIFIERS or not bare:
            continue
        else:
            break
    rest = words[cut:] if cut < len(words) else words
    return [w.strip(".,;:") for w in rest if w.strip(".,;:")]


#: kinds of title that say what a man or woman does: one person is not called by two of
#: them ("SSP Haider" the police officer and "Colonel Haider" the soldier; "Qari Ayaz" the
#: cleric and "Sardar Ayaz" the tribal chief). Titles of no kind here ("Mr", "Haji", "Syed",
#: "Minister") go with any.
_TITLE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        "gen general maj major col colonel lt lieutenant capt captain brig brigadier adm "
        "admiral cdr commander cmdr commandant sgt sergeant cpl corporal pvt private marshal "
        "naik nk "
        "havildar hav sepoy sep sipahi subedar risaldar jemadar".split(),
        "military",
    ),
    **dict.fromkeys(
        "sho dpo dig igp ssp dsp asi ig inspector superintendent constable subinspector".split(),
        "police",
    ),
    **dict.fromkeys(
        "sheikh shaikh shaykh sheik mufti maulana mawlana moulana maulvi molvi mullah mulla "
        "mollah imam ayatollah ayatullah hojatoleslam hujjat allama allamah pir qari".split(),
        "religious",
    ),
    **dict.fromkeys("sardar nawab".split(), "tribal"),
    **dict.fromkeys(
        "dr doctor prof professor engr engineer barrister advocate judge justice".split(),
        "profession",
    ),
    **dict.fromkeys("mrs ms miss begum dame princess queen".split(), "woman"),
    **dict.fromkeys("mr sir lord prince king".split(), "man"),
}


def rank_kind(word: str) -> str | None:
    """The kind (:data:`_TITLE_KINDS`) of one title word, singular or plural ("constables":
    "police"), or None for a word that is no title of a kind."""
    bare = re.sub(r"[^a-z]", "", word.lower())
    return _TITLE_KINDS.get(bare) or (_TITLE_KINDS.get(bare[:-1]) if bare.endswith("s") else None)


@lru_cache(maxsize=65536)
def title_kinds(name: str) -> frozenset[str]:
    """The kinds (:data:`_TITLE_KINDS`) of the titles a name opens with."""
    words = re.findall(r"[^\s()]+", unidecode(name))
    kept = len(strip_titles(name))
    if kept >= len(words):
        return frozenset()
    bare = (re.sub(r"[^a-z]", "", w.lower()) for w in words[: len(words) - kept])
    return frozenset(_TITLE_KINDS[b] for b in bare if b in _TITLE_KINDS)


def titles_differ(name: str, other: str) -> bool:
    """Whether two names open with titles of different kinds and none in common ("SSP
    Haider" and "Colonel Haider", "Ms Malik" and "Mr Malik"): behind a single name, the
    title is what tells two people apart, so such names are not one person across reports."""
    return kinds_differ(title_kinds(name), title_kinds(other))


def kinds_differ(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """:func:`titles_differ` on kinds already read, where one side's title is written
    outside the name's span (:func:`dossier.kb.name_spans._titles_clash`)."""
    if {"man", "woman"} <= mine | theirs and not {"man", "woman"} & mine & theirs:
        return True  # "Mr" goes with any rank ("Mr Dar" of "Ishaq Dar"), not with "Ms"
    mine, theirs = mine - _GENDER_KINDS, theirs - _GENDER_KINDS
    return bool(mine and theirs and not mine & theirs)


_GENDER_KINDS = frozenset({"man", "woman"})


@lru_cache(maxsize=65536)
def person_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a person's name, titles stripped."""
    return key_tokens(" ".join(strip_titles(name)))


def _is_common_given(token: str) -> bool:
    """A very common given name, or any "Abd al-" compound ("Abdul Rehman", "Abdur Rahman",
    "Abdullah": one token once glued): servant of one of God's names, the commonest kind
    of Muslim given name. Alone it names a person in its sentence and nobody across
    documents: "Amir Abdur Rahman" (a 19th-century emir) and "Constable Abdul Rehman"
    (killed in 2025) are not one man."""
    folded = coarse(token)
    return folded in _COMMON_GIVEN or (folded.startswith("abd") and len(folded) >= 6)


def theophoric(token: str) -> bool:
    """A "-ullah" compound given name glued into one word ("Zainullah", "Ihsanullah",
    "Rafiullah": grace, goodness of God): like the "Abd al-" names, a given name carried by
    very many men, which alone names someone in its sentence and nobody across documents
    ("Constable Zainullah" and "Qari Zainullah" are two men)."""
    word = unidecode(token).lower().strip(".,;:'’")
    if word.startswith(("hizb", "hezb", "hisb", "ayat")):
        return False  # Hezbollah (party of God), Ayatollah (sign of God): no given names
    # the folded key (:func:`fold_word`) writes "-ullah" as "-ula"
    return len(word) >= 7 and word.endswith(("ullah", "ulla", "ollah", "olla", "ula"))


def surname_candidates(full: str) -> list[str]:
    """Folded tokens by which ``full`` may be referred to alone.

    The last name token, and the one before it when the last is a clan
    surname ("Rana Sanaullah Khan" -> "sanaullah", "khan"); none for a
    single-token name.
    """
    tokens = person_tokens(full)
    if len(tokens) < 2:
        return []
    out = [tokens[-1]]
    if coarse(tokens[-1]) in _CLAN and len(tokens) >= 3:
        out.append(tokens[-2])
    return out


#: a name's first word that makes it somebody's kin, named after them: "Umm" (mother of),
#: "Bint" (daughter of), "Ibn"/"Bin" (son of), folded. What follows names the other person, so
#: the rest alone is never a short form of the whole ("Umm Rifaat Radwan" / "Rifaat Radwan",
#: her son, in one report). "Abu" is glued to the next word by :func:`_glue` and needs no entry.
_KIN_FIRST: frozenset[str] = frozenset({"um", "bint", "ibn", "bin"})


@lru_cache(maxsize=65536)  # coreference asks it for every short name against every person
def surname_match(short: str, full: str) -> bool:
    """True when ``short`` is a surname-style reference to the person ``full``.

    For coreference inside one document: "Usmani" -> "Mufti Taqi Usmani",
    "Shabbir" -> "Dr. Talat Shabbir", "Sanaullah Khan" -> "Rana Sanaullah
    Khan". A first name alone ("Qasem") is not a surname reference, nor is a
    clan name shared by millions ("Khan"). Across documents a surname is weak
    evidence; use :func:`unique_target`.
    """
    s, f = person_tokens(short), person_tokens(full)
    if not s or len(f) <= len(s) or not _can_stand_alone(s[0]):
        return False
    if len(f) == len(s) + 1 and f[0] in _KIN_FIRST:
        return False  # "Umm Rifaat Radwan" is the mother of the "Rifaat Radwan" her report names
    if len(s) == 1:
        return any(
            token_similarity(s[0], t) > 0 or nisba_variant(s[0], t)
            for t in surname_candidates(full)
        )
    tail = f[-len(s) :]
    return all(token_similarity(x, y) > 0 for x, y in zip(s, tail, strict=True))


def _same_length_evidence(a: Sequence[str], b: Sequence[str]) -> tuple[float, list[str]] | None:
    """Weakest token score and signals for two equal-length person names, or None.

    A nisba-suffix pair ("shamkan"/"shamkani") counts only when another
    token of the name is equal.
    """
    sims = [token_similarity(x, y) for x, y in zip(a, b, strict=True)]
    supported = len(a) > 1 and 1.0 in sims
    signals: list[str] = []
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if sims[i] == 1.0:
            continue
        if sims[i] > 0:
            signals.append(f"{x}~{y} jaro_winkler {sims[i]:.3f}")
        elif supported and nisba_variant(x, y):
            sims[i] = NISBA_SCORE
            signals.append(f"{x}~{y} nisba suffix -i, rest of name equal")
        else:
            return None
    return min(sims), signals or ["person name tokens equal"]


def person_match(a: str, b: str) -> MatchResult | None:
    """Compare two person names, possibly from different documents.

    Full names match when every token matches in order ("Ali Shamkhan" ~
    "Ali Shamkhani"), or when they differ only by a clan surname ("Rana
    Sanaullah" ~ "Rana Sanaullah Khan") and the shared part has a word that
    is not a common given name ("Muhammad Ali" is not "Muhammad Ali Shah").
    Sharing only a surname or a given name is no match ("Abdul Basit Khan"
    vs "Rana Sanaullah Khan"). A lone surname against a full name is a
    ``surname`` link that holds only inside a document
    (``cross_document=False``), as is a full name that adds a
    middle name.
    """
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return None
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == len(long):
        evidence = _same_length_evidence(short, long)
        if evidence is None:
            return None
        weakest, signals = evidence
        base = 0.9 if len(short) > 1 else 0.8  # one token is weaker identity
        return MatchResult(round(base + 0.1 * weakest, 3), "person", signals)
    if len(short) == 1:
        if _can_stand_alone(short[0]) and surname_match(" ".join(short), " ".join(long)):
            return MatchResult(0.6, "surname", ["surname of full name"], cross_document=False)
        return None
    if _align_in_order(short, long) is None or token_similarity(short[0], long[0]) == 0:
        return None
    extra = [t for t in long if all(token_similarity(t, s) == 0 for s in short)]
    distinctive = any(not _is_common_given(t) and coarse(t) not in _CLAN for t in short)
    if all(coarse(t) in _CLAN for t in extra) and distinctive:
        return MatchResult(0.9, "person", [f"differs only by clan name {'/'.join(extra)}"])
    if token_similarity(short[-1], long[-1]) > 0:
        signals = ["given and family names agree, middle name differs"]
        return MatchResult(0.7, "person", signals, cross_document=False)
    return None


def holds_common_given(name: str) -> bool:
    """Whether any word of ``name`` is a very common given name ("Mubashir Hussain", "Suhail
    al-Hassan"): a man's name, by that word, where the model's votes leave it in doubt."""
    return any(_is_common_given(token) for token in person_tokens(name))


def common_lone_name(name: str) -> bool:
    """A one-word person reference ("Ali", "Mr Shah", "Ahmed") made of a very common given
    name or a clan name: it names someone in its sentence and nobody across documents."""
    tokens = person_tokens(name)
    return len(tokens) == 1 and (
        _is_common_given(tokens[0])
        or tokens[0] in _CLAN_KEYS
        or (theophoric(tokens[0]) and _written_with_allah(name))
    )


#: how a "-ullah" name is written at its end ("Zainullah", "Nasrallah", "Sami Ullah", "Atta
#: Ulla"), before :func:`fold_word` writes "-ullah" and "-ola" alike as "-ula"
_ALLAH_ENDING = re.compile(r"(?:ll(?:ah?)?|lah)$")


def _written_with_allah(name: str) -> bool:
    """Whether ``name`` as written ends as a "-ullah" compound does: an "l" doubled or
    followed by "ah". The folded token :func:`common_lone_name` reads cannot tell: it writes
    "Jandola" and "Damadola" (villages of the tribal districts) as "jandula", the folded
    "Zainullah", so the villages were very common given names, scoped to their reports and
    typed PERSON whatever their place cues (issue 17, session 41: "Jandola", nine mentions
    read GPE in eight reports, was a PERSON)."""
    return bool(_ALLAH_ENDING.search(unidecode(name).lower().strip(".,;:'’ ")))


#: the devotional first name most Muslim men carry ("Muhammad Ishaq", "Mohammad Ali"): the
#: name after it is the one people are told apart by
_MUHAMMAD = frozenset({"muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohd"})


@lru_cache(maxsize=65536)
def common_full_name(name: str) -> bool:
    """A two-word person name that tells nobody apart across documents: two very common
    given names ("Muhammad Ali", "Ahmad Hasan") or "Muhammad" and one other name
    ("Mohammad Ishaq"). Two such people in two reports are as likely different as the
    same, and a wrong merge is worse than a missed one, so it names its holder only
    inside its document, like a lone "Ali"."""
    tokens = person_tokens(name)
    if len(tokens) != 2:
        return False
    if all(_is_common_given(t) for t in tokens):
        return True
    return coarse(tokens[0]) in {coarse(fold_word(w)) for w in _MUHAMMAD}


@lru_cache(maxsize=65536)
def weak_full_name(name: str) -> bool:
    """A two-word person name whose family name is a clan name or a very common given name
    ("Rashid Khan", "Khalil Ahmed", "Manzoor Ali"), but not :func:`common_full_name`: it tells
    people apart less than a rarer surname does. Read on the archive (issue 17, session 28),
    of twenty such names joined across reports that shared fewer than two other names, seven
    were two or three men ("Zahid Khan", a freed party worker and a district police chief),
    all with such a family name, while the rarer surnames ("Javed Zehri", "Natalie Baker")
    were one person each. So such a name links across reports only where the reports share
    other names (:func:`dossier.kb.entity_links.link_weak_names`)."""
    tokens = person_tokens(name)
    if len(tokens) != 2 or common_full_name(name):
        return False
    return tokens[1] in _CLAN_KEYS or _is_common_given(tokens[1])


def _can_stand_alone(token: str) -> bool:
    """A lone token that may stand for one person: not a clan name like "Khan"."""
    return coarse(token) not in _CLAN and len(token) >= 3


# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

#: spaCy confuses these for militant groups and places; they may match each
#: other. NORP (nationalities, religious and political groups), EVENT and LAW
#: match only their own type: "Pakistani" (NORP) is not "Pakistan" (GPE).
_ACTOR_OR_PLACE: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "OTHER", ""})


def types_compatible(type_a: str, type_b: str) -> bool:
    """Whether entities of these spaCy labels may be the same entity."""
    if type_a == type_b:
        return True
    return type_a in _ACTOR_OR_PLACE and type_b in _ACTOR_OR_PLACE


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------


_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=65536)  # asked twice for every pair the matcher sees (issue 19)
def _digits(name: str) -> tuple[str, ...]:
    """The numbers written in a name: two names with different ones are two bodies."""
    return tuple(_DIGITS.findall(name))


#: qualifiers a body's name often drops while it stays the same body ("Islamic
#: Revolutionary Guard Corps" / "Revolutionary Guards"). Nationalities are not among
#: them: the "Pakistani Taliban" are not the Taliban.
DROPPABLE_QUALIFIERS: frozenset[str] = frozenset({"islamik"})


def _qualified_core(a: Sequence[str], b: Sequence[str]) -> float:
    """1.0 when one core is the other plus droppable qualifiers, in order; else 0.0."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    rest = [t for t in long if t not in DROPPABLE_QUALIFIERS]
    if len(rest) == len(long) or not short or len("".join(short)) < 2 * MIN_CORE_LEN:
        return 0.0
    return 1.0 if tuple(rest) == tuple(short) else 0.0


def _core_match(a: str, b: str, type_a: str, type_b: str) -> MatchResult | None:
    """Match two names by their distinctive cores after generic words.

    Both with generic words of one class ("Zainabiyoun Brigade" / "Liwa
    Zainebiyoun"): a match across documents. One bare ("Zainabiyoun" /
    "Zainabiyoun Brigade"): only inside a document, because a body is often
    named after another one ("Kataib Hezbollah" is not "Hezbollah",
    "Tehrik-i-Taliban" is not the Taliban).
    """
    core_a, cls_a = split_generic(a)
    core_b, cls_b = split_generic(b)
    if not core_a or not core_b or not (cls_a or cls_b):
        return None
    if cls_a and cls_b and not cls_a & cls_b:
        return None  # "Quds Force" vs "Al-Quds Brigades": different kinds of body
    if len("".join(core_a)) < MIN_CORE_LEN or len("".join(core_b)) < MIN_CORE_LEN:
        return None
    if not (cls_a and cls_b):
        bare_core, bare_type = (core_a, type_a) if not cls_a else (core_b, type_b)
        if bare_type in {"GPE", "LOC", "FAC"}:
            return None  # "Pakistan" is not the "Pakistan Army"
        if all(_is_common_given(t) for t in bare_core):
            return None  # "Mohammed" is not "Jaish-e-Mohammed"
    sim = _key_similarity(core_a, core_b)
    qualified = sim == 0.0 and bool(cls_a & cls_b) and _qualified_core(core_a, core_b) > 0
    if qualified:
        sim = 1.0
    if sim == 0.0 or is_demonym_pair(" ".join(core_a), " ".join(core_b)):
        return None
    signals = ["core after generic words " + ("equal" if sim == 1.0 else f"jw {sim:.3f}")]
    if qualified:
        signals.append("once a droppable qualifier (Islamic) is left out")
    if cls_a & cls_b:
        signals.append("generic class " + "/".join(sorted(cls_a & cls_b)))
        return MatchResult(round(0.85 + 0.1 * sim, 3), "core", signals)
    signals.append("one name bare")
    return MatchResult(round(0.75 + 0.1 * sim, 3), "core", signals, cross_document=False)


def _people_plural(ka: Sequence[str], kb: Sequence[str]) -> bool:
    """One people's name and its plural ("Palestinian" / "Palestinians", "Punjabi Sikh" /
    "Punjabi Sikhs"): the same words, the last one with an "s" more. Only for peoples
    (NORP), whose names English pluralises; a body's "s" may be a name of its own."""
    if len(ka) != len(kb) or ka[:-1] != kb[:-1]:
        return False
    x, y = sorted((ka[-1], kb[-1]), key=len)
    return len(x) >= 3 and y == x + "s"


_LAND_SUFFIXES = ("istan", "stan")


def _land_of_people(x: str, y: str) -> bool:
    """One word is the other's people plus "-(i)stan", its land ("baluch" / "baluchistan",
    "kurd" / "kurdistan", "afgan" / "afganistan")."""
    short, long = sorted((x, y), key=len)
    return len(short) >= 3 and any(long == short + s for s in _LAND_SUFFIXES)


def _land_or_people(a: str, b: str) -> MatchResult | None:
    """Two organisation names that differ only by naming a people or its land ("Baloch
    Liberation Army" / "Balochistan Liberation Army", "Afghan Taliban" / "Afghanistan
    Taliban"): one body, as writers use either. At least two other words must be equal, so
    the people or land is not most of the name ("Balochistan Assembly" keeps its own)."""
    ka, kb = key_tokens(a), key_tokens(b)
    if len(ka) != len(kb) or len(ka) < 3:
        return None
    differ = [(x, y) for x, y in zip(ka, kb, strict=True) if coarse(x) != coarse(y)]
    if len(differ) != 1 or not _land_of_people(*differ[0]):
        return None
    x, y = differ[0]
    return MatchResult(0.9, "core", [f"{x}/{y}: a people and its land, rest of the name equal"])


def _people_for_land(a: str, b: str) -> MatchResult | None:
    """Two organisation names of the same words, one naming a people where the other names
    its land ("Pakistani Taliban" / "Tehreek-i-Taliban Pakistan", "Afghan Taliban" /
    "Taliban Afghanistan"): English calls a body after its country either way.

    The cores (generic words such as "Tehreek", movement, left out) must hold at least two
    words, pair up one to one, and differ in exactly that one people/land pair: the body's
    own word ("Taliban") is equal on both sides, so "Afghan Taliban" never meets the
    Pakistani one, and a bare people ("Pakistani") or land is no such name.
    """
    core_a = [coarse(t) for t in split_generic(a)[0]]
    core_b = [coarse(t) for t in split_generic(b)[0]]
    if len(core_a) != len(core_b) or len(core_a) < 2:
        return None
    rest = list(core_a)
    pair = None
    for y in core_b:
        if y in rest:
            rest.remove(y)
            continue
        x = next((x for x in rest if is_demonym_pair(x, y) or _land_of_people(x, y)), None)
        if x is None or pair is not None:
            return None
        rest.remove(x)
        pair = (x, y)
    if pair is None:
        return None
    return MatchResult(
        0.9, "core", [f"{pair[0]}/{pair[1]}: a people and its land, other words equal"]
    )


def _acronym_match(a: str, b: str) -> MatchResult | None:
    acr_a, acr_b = looks_like_acronym(a), looks_like_acronym(b)
    if acr_a == acr_b:
        return None
    short, long = (a, b) if acr_a else (b, a)
    if len(ascii_words(long)) < 2 or not is_initialism(short, long):
        return None
    return MatchResult(
        0.9,
        "acronym",
        [f"{short.strip()} is an initialism of the other name"],
        cross_document=False,
    )


def _generic_head(a: str, b: str) -> MatchResult | None:
    """A bare generic word as a short reference: "the Brigade" -> "Zainabiyoun Brigade".

    Only inside one document, where the caller checks it is unambiguous.
    """
    core_a, cls_a = split_generic(a)
    core_b, cls_b = split_generic(b)
    if bool(core_a) == bool(core_b):
        return None
    bare_cls, full_cls = (cls_a, cls_b) if not core_a else (cls_b, cls_a)
    if bare_cls and bare_cls <= full_cls:
        return MatchResult(
            0.5, "generic_head", ["generic head noun of the other name"], cross_document=False
        )
    return None


# --------------------------------------------------------------------------
# Across scripts: Arabic, Persian and Urdu letters against romanisations
# --------------------------------------------------------------------------

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_V = "(?:ou|[aeiou])?"  # a short vowel: Arabic script leaves them unwritten, romanisations guess
#: How romanisations write each Arabic-script letter, as a pattern over the lower-case
#: ASCII spelling (repeated letters collapsed, so "bb" is "b"). Several spellings for one
#: letter are the systems' real choices: jim is "j" in most and "g" in Egyptian ("Gamal"),
#: fa is "v" in Turkish and Slavic spellings, dad and the interdentals are "d", "dh" or "z"
#: ("Diouf", "Khedira", "Nazemi"), qaf "q", "k" or "g" ("Yagouta"), kha "kh", "ch" or "k"
#: ("Harrach", "Bakshween"), waw "w", "v" (Persian "Javad") or a vowel ("Mahmoud"). A long
#: vowel letter must be a vowel in the romanisation; ayn, ha, hamza and ta marbuta may be
#: written or not. The consonant-only comparison this replaces found a fifth of the
#: benchmark's pairs (``bench/eval_names.py``, cross-script set); see the benchmark for
#: what the vowels add to precision.
_ARABIC_LETTER: dict[str, str] = {
    **dict.fromkeys("ب", "(?:b|p)"),
    "پ": "(?:p|b)",
    **dict.fromkeys("تط", "t"),
    "ٹ": "t",
    "ث": "(?:th|s|t)",
    "ج": "(?:j|g|dj|dzh|zh|dj)",
    "چ": "(?:ch|tch|c|tsh)",
    "ح": "h",
    "خ": "(?:kh|ch|k|h|x|j)",
    **dict.fromkeys("دڈ", "d"),
    "ذ": "(?:dh|z|d|th)",
    **dict.fromkeys("رڑ", "r"),
    "ز": "(?:z|s)",
    "ژ": "(?:zh|j|z)",
    "س": "s",
    "ش": "(?:sh|ch|sch|s)",
    "ص": "s",
    "ض": "(?:d|dh|z)",
    "ظ": "(?:z|dh|d)",
    "ع": "'?",
    "غ": "(?:gh|g|r)",
    "ف": "(?:f|ph|v)",
    "ق": "(?:q|k|g|gh|c|ck)",
    **dict.fromkeys("كک", "(?:k|c|ck|q)"),
    "گ": "g",
    "ل": "l",
    "م": "m",
    **dict.fromkeys("نں", "n"),
    "ه": "h?",
    "ھ": "h?",
    "و": "(?:[wv]|[aeiou]*[ou][aeiou]*)",
    **dict.fromkeys("يی", "(?:y|[aeiouy]*[iey][aeiouy]*)"),
    "ے": "(?:[aeiouy]*[ey][aeiouy]*)",
    "ى": "[aeiouy]+",
    **dict.fromkeys("اآٱ", "[ae][aeiou]*"),
    **dict.fromkeys("أإ", "(?:[aeiou]+|')"),
    **dict.fromkeys("ءؤئ", "'?"),
    **dict.fromkeys("ةۃ", "(?:[ae][ht]?)"),
}
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640\u0670]")
_LATIN_CLASS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"sh|ch(?=[aeiou])", "C"),
        (r"kh", "X"),
        (r"gh|g", "k"),
        (r"th|ts", "s"),
        (r"dh|zh", "z"),
        (r"ph", "f"),
        (r"dj|dzh|tch", "j"),
        (r"x", "ks"),
        (r"[qc]", "k"),
        (r"X", "x"),
        (r"C", "c"),
        (r"p", "b"),
        (r"[aeiouyhwv']", ""),
        (r"([a-z])\1+", r"\1"),
    )
)
_REPEATS = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=65536)  # asked twice for every pair the matcher sees (issue 19)
def has_arabic_script(text: str) -> bool:
    return bool(_ARABIC_SCRIPT.search(text))


def _latin_spelling(name: str) -> str:
    """The romanisation as :func:`_arabic_pattern` reads it: ASCII, articles dropped, words
    glued (romanisations break words where the script does not), repeats collapsed."""
    words = [w for w in ascii_words(name) if w not in ARTICLES]
    return _REPEATS.sub(r"\1", "".join(words))


@lru_cache(maxsize=4096)
def _arabic_pattern(name: str) -> re.Pattern[str] | None:
    """What romanisations of an Arabic-script name can look like (see
    :data:`_ARABIC_LETTER`); the article "al-" of each word may be written or left out."""
    parts: list[str] = []
    previous = ""  # across words too: the romanisation's words are glued and collapsed
    for word in _ARABIC_MARKS.sub("", name).split():
        if word.startswith("ال") and len(word) > 3:
            parts.append("(?:[aeu]l)?")
            word = word[2:]
            previous = ""
        for position, letter in enumerate(word):
            if letter == previous:
                continue  # a doubled letter is one in a collapsed romanisation
            previous = letter
            piece = _ARABIC_LETTER.get(letter)
            if piece is None:
                continue
            if position == 0 and letter in "اأإآع":
                piece = "[aeiou]+"  # a name's first alif or ayn carries its first vowel
            parts.append(piece + _V)
    if not parts:
        return None
    return re.compile("".join(parts))


def script_skeleton(name: str) -> str:
    """Consonant classes of a name in Latin letters ("Javad Sadeghi": "jd sdk"), as
    romanisations of one Arabic-script name share them: the blocking side of
    :func:`cross_script_match`."""
    words = []
    for word in ascii_words(name):
        if word in ARTICLES:
            continue
        for pattern, repl in _LATIN_CLASS:
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(w for w in words if w)


#: fewest consonants a romanisation needs to identify a name across scripts
MIN_SCRIPT_CONSONANTS = 2


def cross_script_match(a: str, b: str) -> MatchResult | None:
    """A name in Arabic script against its romanisation: the romanisation is one of the
    spellings the Arabic letters allow (consonants in order, a vowel for every long-vowel
    letter), with enough consonants to be a name."""
    if has_arabic_script(a) == has_arabic_script(b):
        return None
    arabic, latin = (a, b) if has_arabic_script(a) else (b, a)
    spelling = _latin_spelling(latin)
    consonants = re.sub(r"[aeiouyhw']", "", spelling)
    if len(consonants) < MIN_SCRIPT_CONSONANTS:
        return None
    pattern = _arabic_pattern(arabic)
    if pattern is None or not pattern.fullmatch(spelling):
        return None
    return MatchResult(0.9, "script", [f"romanisation fits the Arabic letters ({consonants})"])


_OWNER = re.compile(r"^\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s*['’]s\s+(?=\S)")


#: last words of the bodies every state has one of ("Supreme Court", "Parliament", "Army",
#: "Interior Ministry"): named without an owner, such a body is the one of the state its
#: report is about, so an owner never drops from it (:func:`without_owner`)
_STATE_BODY_HEADS = frozenset(
    "court parliament assembly senate army navy police government cabinet ministry".split()
)


def without_owner(a: str, b: str) -> tuple[str, str]:
    """Names without a leading owner ("Iran's Quds Forces" -> "Quds Forces") when only
    one of the two has it: the owner says whose body it is, which the other name leaves
    unsaid. Two owners are kept, so "India's Foreign Office" never meets "Pakistan's".
    Nor is an owner dropped from a body every state has ("India's Supreme Court"): the
    other name's court is its own report's country's, which for this news is mostly
    another one (issue 17: the Supreme Courts of India and Israel joined Pakistan's)."""
    owned_a, owned_b = _OWNER.match(a), _OWNER.match(b)
    if bool(owned_a) == bool(owned_b):
        return a, b
    rest_a = a[owned_a.end() :] if owned_a else a
    rest_b = b[owned_b.end() :] if owned_b else b
    words = ascii_words(rest_a if owned_a else rest_b)
    if words and words[-1] in _STATE_BODY_HEADS:
        return a, b
    return rest_a, rest_b


#: spaCy labels of places (see :func:`match`)
_PLACE_TYPES: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})

_LIST_ORDER = re.compile(r"^\s*([^,]{2,60}),\s*([^,]{2,60})$")


@lru_cache(maxsize=65536)  # asked twice for every person pair the matcher sees (issue 19)
def list_order(name: str) -> str:
    """A person's name as written in running text: lists write "SOLEIMANI, Qasem"."""
    found = _LIST_ORDER.match(name)
    if not found or len(found.group(1).split()) > 3:
        return name
    return f"{found.group(2).strip()} {found.group(1).strip()}"


def match(a: str, b: str, type_a: str = "", type_b: str = "") -> MatchResult | None:
    """Whether names ``a`` and ``b`` (with their spaCy labels) name one entity.

    The rules of :func:`_match_rules`, then :func:`foreign_vowel_veto`: a non-Arabic
    name's vowels are not folded ("Bartoli" is not "Bertoli"). Places are left out of
    that test: the places of this news are mostly named in Urdu, Pashto, Persian or
    Arabic, without a mark that says so ("Mangochar" / "Mangocher", "Masafer Yatta" /
    "Masafar Yatta" in the replay of ``bench/resolve_replay.py``).
    """
    result = _match_rules(a, b, type_a, type_b)
    if result is None or result.kind in ("exact", "acronym", "script"):
        return result
    if numbers_differ(a, b):
        return None
    if not _PLACE_TYPES & {type_a, type_b} and foreign_vowel_veto(a, b):
        return None
    if _PLACE_TYPES & {type_a, type_b} and _fuzzy(result) and not spelled_alike(a, b):
        return None
    return result


#: a number in a name with the one letter that may close it ("365-A", "375A", "Section 7")
_NUMBERED = re.compile(r"(\d+)(?:[ \t]*-?[ \t]*([a-rt-z])\b)?")


def numbers_differ(a: str, b: str) -> bool:
    """Whether two names that both carry numbers carry different ones: a law's "Sections
    365-A" (kidnapping for ransom) and "Sections 365" (kidnapping) are two provisions, though
    their translit keys, which drop a lone letter, are one (issue 17, a false merge read in
    rounds 39-41). "Section 375A" and "Section 375-A of the PPC" carry one number; a name with
    no number is not compared."""
    first = _NUMBERED.findall(normalize_name(a))
    second = _NUMBERED.findall(normalize_name(b))
    return bool(first) and bool(second) and first != second


@lru_cache(maxsize=65536)
def _person_signature(name: str) -> tuple[tuple[str, ...], str, str, str] | None:
    """What :func:`persons_apart` compares of a person's name, once per name: its words,
    compact translit key, and its first person token's translit key and skeleton (after
    :func:`list_order`, as :func:`_match_rules` reads a person). None for a name the
    matcher reads by other rules than :func:`person_match`: Arabic script, an owner
    ("Iran's ..."), an acronym, a generic word, no content word, no person token."""
    name = list_order(name)
    if has_arabic_script(name) or _OWNER.match(name) or looks_like_acronym(name):
        return None
    if split_generic(name)[1] or not key_tokens(name) or not person_tokens(name):
        return None
    first = person_tokens(name)[0]
    return tuple(ascii_words(name)), compact(translit_key(name)), coarse(first), skeleton(first)


def persons_apart(a: str, b: str) -> bool:
    """True only where ``match(a, b, "PERSON", "PERSON")`` links nothing across documents,
    read from each name's :func:`_person_signature` (a few comparisons, where the matcher
    runs some thirty tests on the pair).

    Why it holds: for two such names :func:`_match_rules` returns "exact" (equal words),
    "translit" (equal compact keys), or else what :func:`person_match` returns (no owner,
    acronym or generic word sends them elsewhere, and two persons skip the demonym and
    plural rules); the other rules only refuse. :func:`person_match` links across
    documents only where the first tokens are similar (:func:`token_similarity` > 0,
    which needs equal translit keys or equal skeletons) or, in names of one length, a
    nisba pair ("shamkan"/"shamkani", equal skeletons too). Why: :func:`dossier.kb.resolve.
    find_link` judged every full name of a surname's block ("p:"), a count that grows with
    the store (issue 19); most share the surname only ("Ijaz Kakar" / "Sardar Kakar")."""
    mine, theirs = _person_signature(a), _person_signature(b)
    if mine is None or theirs is None:
        return False
    if mine[0] == theirs[0] or mine[1] == theirs[1]:
        return False
    return mine[2] != theirs[2] and mine[3] != theirs[3]


def _fuzzy(result: MatchResult) -> bool:
    """Whether a match rests on a Jaro-Winkler score, not on equal keys or cores."""
    return any(
        "jaro_winkler" in s or s.startswith("core after generic words jw") for s in result.signals
    )


#: rigour's edit budget (``rigour.env``: LEVENSHTEIN_MAX_EDITS, LEVENSHTEIN_MAX_PERCENT,
#: MAX_NAME_LENGTH)
_EDIT_BUDGET_MAX = 4
_EDIT_BUDGET_SHARE = 0.2
_EDIT_BUDGET_LENGTH = 384


def is_levenshtein_plausible(left: str, right: str) -> bool:
    """rigour's post-filter of a lenient fuzzy score (``rigour.text.distance.
    is_levenshtein_plausible``, same defaults): the edit distance is at most a fifth of the
    shorter spelling, rounded up, and at most four.

    Why not import it: rigour depends on normality, which needs PyICU built from source
    against libicu (why nomenklatura is only in the bench extra); the budget is three
    lines over rapidfuzz, already a dependency. ``tests/test_resolve_r37.py`` checks that
    the two agree wherever rigour is installed."""
    left, right = left[:_EDIT_BUDGET_LENGTH], right[:_EDIT_BUDGET_LENGTH]
    budget = min(_EDIT_BUDGET_MAX, math.ceil(min(len(left), len(right)) * _EDIT_BUDGET_SHARE))
    return Levenshtein.distance(left, right, score_cutoff=budget) <= budget


def spelled_alike(a: str, b: str) -> bool:
    """Whether the words two names do not share are within rigour's edit budget
    (:func:`is_levenshtein_plausible`, rigour's: at most a fifth of the
    shorter spelling, rounded up, and four letters).

    Jaro-Winkler on folded keys is lenient by design: it lets "Musakhail" meet
    "Musakhel" and "Meharistan" meet "Mehrestan". For a place, whose names are
    short and many (the villages of one district), that is too lenient: "Sherikhel" (Lakki
    Marwat) and "Charkhel" (Kurram), three letters apart in eight, are two villages that the
    folds make one ("sharixal" / "sharxal", 0.95). The field's matchers post-filter a fuzzy
    score with this budget; the words both names hold ("District", "Road") are left
    out first so that they do not pad it, and the rest is compared in both orders
    ("District Kech" / "Kech District") and without breaks ("Khuda-i-Abadan" /
    "Khudabadan").
    """
    words_a, words_b = list(ascii_words(a)), list(ascii_words(b))
    for word in list(words_a):
        if word in words_b:
            words_a.remove(word)
            words_b.remove(word)
    if not words_a and not words_b:
        return True
    pairs = (
        (" ".join(sorted(words_a)), " ".join(sorted(words_b))),
        ("".join(words_a), "".join(words_b)),
    )
    return any(x and y and is_levenshtein_plausible(x, y) for x, y in pairs)


def _singular(token: str) -> str:
    return token[:-1] if len(token) >= 4 and token.endswith("s") and token[-2] != "s" else token


def _modifier_number_only(ka: Sequence[str], kb: Sequence[str]) -> bool:
    """Whether two names of three words or more differ only in the number of words before
    their last: "Inter-Services Public Relations" / "Inter Service Public Relations", "Indus
    Waters Treaty" / "Indus Water Treaty", "Pakistan Peoples Party" / "Pakistan People's
    Party". English writes a modifier singular or plural at will; the head's number is
    meaning ("Afghan National" is one, "Afghan Nationals" many), so the last word must be
    the same."""
    if len(ka) != len(kb) or len(ka) < 3 or ka == kb or ka[-1] != kb[-1]:
        return False
    return all(_singular(x) == _singular(y) for x, y in zip(ka[:-1], kb[:-1], strict=True))


#: the United States' letters opening a body's name ("US Supreme Court", "US Army"): the
#: country, which the fold would drop as the Arabic article "us" ("Nasir-us-Salam"); like an
#: owner, it tells the body from the one a report names without it
_US_FIRST = re.compile(r"^\s*US\s+(?=[A-Z])")


def _match_rules(a: str, b: str, type_a: str, type_b: str) -> MatchResult | None:
    """Whether names ``a`` and ``b`` (with their spaCy labels) name one entity.

    Rules in order of strength: equal normalised names, equal translit keys,
    an acronym and its expansion, person-name logic (when either is a
    PERSON), distinctive cores after generic words, token-aligned fuzzy
    keys. Returns None when no rule fires or a guard forbids the match
    (incompatible types, different numbers, a place and its demonym).
    """
    if not types_compatible(type_a, type_b):
        return None
    if "PERSON" in (type_a, type_b):
        a, b = list_order(a), list_order(b)
    if has_arabic_script(a) != has_arabic_script(b):
        return cross_script_match(a, b)
    a, b = without_owner(a, b)
    if "PERSON" not in (type_a, type_b) and bool(_US_FIRST.match(a)) != bool(_US_FIRST.match(b)):
        return None  # "US Supreme Court" is not the "Supreme Court" of a Pakistani report
    ka, kb = key_tokens(a), key_tokens(b)
    if not ka or not kb or _digits(a) != _digits(b):
        return None
    words_a, words_b = ascii_words(a), ascii_words(b)
    if words_a == words_b:
        return MatchResult(1.0, "exact", ["normalised name equal"])
    if not type_a == type_b == "PERSON" and is_demonym_pair(" ".join(ka), " ".join(kb)):
        return None  # (the cheap test first: most pairs the matcher sees are two persons)
    if type_a == type_b == "NORP" and _people_plural(ka, kb):
        return MatchResult(0.95, "variant", ["a people and its plural (Palestinian/Palestinians)"])
    if length_veto(a, b):
        return None
    if looks_like_acronym(a) or looks_like_acronym(b):
        # an acronym's letters are no spelling to fold: "IO" (investigating officer) and
        # "EU" share a transliteration key, never a meaning
        if re.sub(r"[^a-z]", "", a.lower()) == re.sub(r"[^a-z]", "", b.lower()):
            return MatchResult(1.0, "exact", ["same letters"])
        return _acronym_match(a, b)
    if compact(translit_key(a)) == compact(translit_key(b)):
        return MatchResult(0.97, "translit", ["translit_key equal"])
    acronym = _acronym_match(a, b)
    if acronym or looks_like_acronym(a) or looks_like_acronym(b):
        return acronym
    if "PERSON" not in (type_a, type_b) and _modifier_number_only(ka, kb):
        return MatchResult(0.95, "variant", ["a word before the head written singular and plural"])
    if "PERSON" in (type_a, type_b):
        has_generic = split_generic(a)[1] or split_generic(b)[1]
        if not has_generic:
            result = person_match(a, b)
            if result is not None or type_a == type_b:
                return result
    if "PERSON" not in (type_a, type_b):
        land = _land_or_people(a, b) or _people_for_land(a, b)
        if land is not None:
            return land
    core = _core_match(a, b, type_a, type_b)
    if core is not None:
        return core
    sim = _key_similarity(ka, kb, ordered="PERSON" in (type_a, type_b))
    if sim > 0.0:
        return MatchResult(
            round(0.8 + 0.15 * sim, 3),
            "variant",
            [f"translit keys jaro_winkler {sim:.3f}", "consonant skeleton equal"],
        )
    return _generic_head(a, b)


@dataclass(frozen=True, slots=True)
class Explanation:
    """A matcher decision in words: for ``dossier names match --why`` and entity pages."""

    decision: str  # "same", "same inside one document only", "different"
    score: float
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.decision} ({self.score:.2f}): {'; '.join(self.reasons)}"


def explain(a: str, b: str, type_a: str = "", type_b: str = "") -> Explanation:
    """Why :func:`match` decides as it does on ``a`` and ``b``, in words.

    One explanation serves the command line and the entity page's "why these
    names are one entity", so what a user reads is what the resolver used.
    """
    result = match(a, b, type_a, type_b)
    if result is not None:
        rule = f"rule {result.kind}"
        if result.cross_document:
            return Explanation("same", result.score, (rule, *result.signals))
        scope = "weak evidence: links only inside one document, to an unambiguous name there"
        return Explanation(
            "same inside one document only", result.score, (rule, *result.signals, scope)
        )
    reasons: list[str] = []
    if not types_compatible(type_a, type_b):
        reasons.append(f"types {type_a or '?'} and {type_b or '?'} cannot be one entity")
    if _digits(a) != _digits(b):
        reasons.append("the names carry different numbers")
    if is_demonym_pair(" ".join(key_tokens(a)), " ".join(key_tokens(b))):
        reasons.append("a place and its people's name")
    if looks_like_acronym(a) or looks_like_acronym(b):
        reasons.append("an acronym matches only a name it is the initials of")
    vetoed = length_veto(a, b)
    if vetoed:
        reasons.append(f"{vetoed}: vowel length or doubled letters marked differently")
    foreign = None
    if not _PLACE_TYPES & {type_a, type_b} and _match_rules(a, b, type_a, type_b):
        foreign = foreign_vowel_veto(a, b)
    if foreign:
        reasons.append(f"{foreign}: spelled apart in a name that does not look Arabic")
    if not reasons:
        reasons.append("no rule found the names alike (spelling, word order, core, initials)")
    return Explanation("different", 0.0, tuple(reasons))


def unique_target(
    short: str, candidates: Iterable[str], type_short: str = "", types: dict[str, str] | None = None
) -> str | None:
    """The one candidate ``short`` can refer to, or None if none or several.

    Use for links that are not ``cross_document`` (surnames, acronyms,
    generic heads): "Soleimani" goes to "Qasem Soleimani" only when no other
    known name also fits.
    """
    types = types or {}
    hits = [
        c
        for c in dict.fromkeys(candidates)
        if c != short and match(short, c, type_short, types.get(c, "")) is not None
    ]
    return hits[0] if len(hits) == 1 else None


# --------------------------------------------------------------------------
# Blocking
# --------------------------------------------------------------------------


def blocking_keys(name: str) -> set[str]:
    """Candidate-generation keys: names that may match share at least one.

    ``k:`` compact translit key, ``s:`` its consonant skeleton (vowel
    variants), ``c:`` skeleton of the core after generic words, ``p:``
    skeleton of each surname candidate (for short references), ``a:``
    first and last initials (acronyms and their expansions), ``u:`` the core's word
    skeletons in sorted order (a body named after its people or its land).
    """
    return set(_blocking_keys(name))


@lru_cache(maxsize=65536)  # each new name's keys are read again by every later batch
def _blocking_keys(name: str) -> frozenset[str]:
    keys: set[str] = set()
    owned = _OWNER.match(name)
    if owned:  # "Iran's Quds Forces" must meet "Quds Force" (see without_owner)
        keys |= _blocking_keys(name[owned.end() :])
    tokens = key_tokens(name)
    if not tokens:
        return frozenset(keys)
    flat = "".join(tokens)
    keys.add("k:" + coarse(flat))
    keys.add("s:" + skeleton(flat))
    core, _ = split_generic(name)
    if core:
        keys.add("c:" + skeleton("".join(core)))
    ptoks = person_tokens(name)
    if ptoks:
        keys.add("p:" + skeleton(ptoks[-1]))
        for token in surname_candidates(name):
            keys.add("p:" + skeleton(token))
    if looks_like_acronym(name):
        letters = re.sub(r"[^a-z]", "", name.lower())
        keys.add("a:" + letters[0] + letters[-1])
    else:
        words = [w for w in ascii_words(name) if w not in _INITIALISM_SKIP]
        if len(words) >= 2:
            keys.add("a:" + words[0][0] + words[-1][0])
    if len(core) >= 2:  # the same words in another order ("Pakistani Taliban" /
        # "Tehreek-i-Taliban Pakistan", see _people_for_land): a people's skeleton is its land's
        keys.add("u:" + "".join(sorted(skeleton(coarse(t)) for t in core)))
    if len(tokens) >= 3:  # a people and its land in one body's name (see _land_or_people)
        keys.add("l:" + skeleton("".join(re.sub(r"i?stan$", "", t) for t in tokens)))
    if len(tokens[-1]) > 3 and tokens[-1].endswith("s"):  # a people's plural (_people_plural)
        keys.add("k:" + coarse(flat[:-1]))
    keys.add("m:" + jellyfish.metaphone(flat))
    return frozenset(k for k in keys if len(k) > 2)


_COMMON_GIVEN: frozenset[str] = frozenset(coarse(fold_word(w)) for w in _COMMON_GIVEN_RAW)
_ORIGIN_WORDS: frozenset[str] = _COMMON_GIVEN | frozenset(
    coarse(fold_word(w)) for w in _ORIGIN_WORDS_RAW
)
#: origin words long enough to mark a longer word that starts with them
_ORIGIN_PREFIXES: tuple[str, ...] = tuple(sorted(w for w in _ORIGIN_WORDS if len(w) >= 5))
_CLAN: frozenset[str] = frozenset(coarse(fold_word(w)) for w in CLAN_SURNAMES)
#: the clan words as written keys ("beg", "baig", "xan"): a lone word is a clan name when it
#: is spelled as one, not when only its skeleton is -- "Bagh" (a town of Azad Kashmir, an
#: area of Khyber) has the skeleton of "Beg" (:func:`coarse` drops the vowel and the "h"),
#: and read as the clan word it was a man in every report, typed PERSON
_CLAN_KEYS: frozenset[str] = frozenset(t for w in CLAN_SURNAMES for t in key_tokens(w))
