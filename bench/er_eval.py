#!/usr/bin/env python3
"""Alias matching: pairwise precision/recall/F1 of ``dossier.names`` against exact match.

Two gold sets, both read in place (nothing is copied into the repository):

1. **Wikidata Arabic-English names** (``wikidata-arabic-english-names/data/wd_arabic_20``):
   word-aligned Latin spellings of Arabic-script name words. Latin spellings that share
   an Arabic spelling (after normalising hamza seats, ta marbuta, alif maqsura, Persian
   letters, diacritics and a leading article) are *variants of one name*: the positive
   pairs ("tariq"/"tareq"/"tarik"). Hard negatives are pairs of spellings of *different*
   Arabic names that share a blocking key -- a matcher-independent one (Soundex or
   Metaphone of the raw spelling) or one of ``dossier.names.blocking_keys``
   ("hasan"/"husain", "gamal"/"kamal"). Every positive pair is scored whether or not
   blocking would find it, so recall is not flattered by blocking; blocking recall is
   printed separately. The data is noisy (word alignment errors such as
   "muller"/"catch"), which caps recall; the ``count>=2`` rows keep only spellings seen
   at least twice, which removes most alignment noise without looking at the matcher.
2. **Seed corpus pairs** (``SEED_PAIRS`` below): surface forms and spaCy labels as they
   occur in ``../shared/corpus/seeds``, hand-labelled same/different. Pairs marked
   ``doc`` are short references inside one document (a surname, an acronym); they count
   as found when ``match`` returns anything. Pairs marked ``kb`` must also hold across
   documents; the ``kb`` rows count only results with ``cross_document=True``.

Methods, all in the same run:

* ``exact``       -- equal ``dossier.names.normalize_name`` (the current resolver): baseline
* ``translit``    -- equal compact ``translit_key`` only
* ``match``       -- ``dossier.names.match`` (any result)
* ``match-kb``    -- ``dossier.names.match`` results with ``cross_document=True``
* ``jw>=0.9 raw`` -- Jaro-Winkler >= 0.9 on normalised names, for contrast (what naive
  fuzzy matching does to precision)

Usage: ``python bench/er_eval.py [--data ../shared/bench-data] [--show N]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from pathlib import Path

import jellyfish
from rapidfuzz.distance import JaroWinkler

from dossier import names
from dossier.names import blocking_keys, compact, match, normalize_name, translit_key

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench-data"

Pair = tuple[str, str, str, str]  # a, type_a, b, type_b
Method = Callable[[str, str, str, str], bool]

# --------------------------------------------------------------------------
# Labelled pairs from the seed corpus: (a, type_a, b, type_b, same, scope)
# scope "kb": must hold across documents; "doc": a short reference in one document.
# Types are the labels spaCy gives these forms in the seeds (see
# ../shared/notes/offline-stack.md), mislabels included.
# --------------------------------------------------------------------------
SEED_PAIRS: list[tuple[str, str, str, str, bool, str]] = [
    # same entity, across documents
    ("Zainabiyoun Brigade", "ORG", "Zainebiyoun Brigade", "ORG", True, "kb"),
    ("Zainabiyoun Brigade", "ORG", "Liwa Zainebiyoun", "ORG", True, "kb"),
    ("Zainebiyoun Brigade", "ORG", "Liwa Zainebiyoun", "ORG", True, "kb"),
    ("Zainabiyoun", "PERSON", "Zainabiyoun Brigade", "ORG", True, "kb"),
    ("Zainabiyoun", "PERSON", "Liwa Zainebiyoun", "ORG", True, "kb"),
    ("Zeinabion Brigade", "ORG", "Zainabiyoun Brigade", "ORG", True, "kb"),
    ("Zeinabion Brigade", "ORG", "Liwa Zainebiyoun", "ORG", True, "kb"),
    ("the Zainabiyoun Brigade's", "ORG", "Zainabiyoun Brigade", "ORG", True, "kb"),
    ("Ali Shamkhan", "PERSON", "Ali Shamkhani", "PERSON", True, "kb"),
    ("Qasem Soleimani", "PERSON", "Maj. Gen. Qasem Soleimani", "PERSON", True, "kb"),
    ("Soleimani", "PERSON", "Soleimani", "GPE", True, "kb"),
    ("Soleimani", "PERSON", "Sulemani", "PERSON", True, "kb"),
    ("Rana Sanaullah Khan", "PERSON", "Minister Rana Sanaullah Khan", "PERSON", True, "kb"),
    (
        "Rana Sanaullah Khan",
        "PERSON",
        "Interior Minister Rana Sanaullah Khan",
        "PERSON",
        True,
        "kb",
    ),
    ("Omar Farooq", "PERSON", "Maj. (ret.) Omar Farooq", "PERSON", True, "kb"),
    ("Quds Force", "ORG", "Quds Forces", "ORG", True, "kb"),
    ("the Quds Force", "ORG", "Quds Force", "ORG", True, "kb"),
    ("Basij militia", "ORG", "Basij", "ORG", True, "kb"),
    ("Karachi", "ORG", "Karachi", "GPE", True, "kb"),
    ("Jaish al-Adl", "PERSON", "Jaish al-Adl", "ORG", True, "kb"),
    ("Counter-Terrorism Department", "ORG", "Counterterrorism Department", "ORG", True, "kb"),
    ("Balochistan", "GPE", "Baluchistan", "GPE", True, "kb"),
    ("Hizbullah", "ORG", "Hizbollah", "ORG", True, "kb"),
    ("Abdul Ghani Kakar", "PERSON", "Ghani Kakar", "PERSON", True, "kb"),  # hard
    ("Pasdaran", "GPE", "Islamic Revolutionary Guard Corps", "ORG", True, "kb"),  # hard
    ("Revolutionary Guards", "ORG", "Islamic Revolutionary Guard Corps", "ORG", True, "kb"),
    # same entity, short reference inside one document
    ("IRGC", "ORG", "Islamic Revolutionary Guard Corps", "ORG", True, "doc"),
    ("ISI", "ORG", "Inter-Services Intelligence", "ORG", True, "doc"),
    ("CTD", "ORG", "Counter-Terrorism Department", "ORG", True, "doc"),
    ("NACTA", "ORG", "National Counterterrorism Authority", "ORG", True, "doc"),
    ("NAP", "ORG", "National Action Plan", "LAW", True, "doc"),
    ("Shamkhani", "ORG", "Ali Shamkhan", "PERSON", True, "doc"),
    ("Soleimani", "PERSON", "Qasem Soleimani", "PERSON", True, "doc"),
    ("Soleimani", "GPE", "Qasem Soleimani", "PERSON", True, "doc"),
    ("General Soleimani", "PERSON", "Qasem Soleimani", "PERSON", True, "doc"),
    ("Usmani", "PERSON", "Mufti Taqi Usmani", "PERSON", True, "doc"),
    ("Shabbir", "PERSON", "Dr. Talat Shabbir", "PERSON", True, "doc"),
    ("Mehdi", "PERSON", "Syed Mohammad Mehdi", "PERSON", True, "doc"),
    ("Karim", "PERSON", "Umar Karim", "PERSON", True, "doc"),
    ("Ahmed", "PERSON", "Nadeem Ahmed", "PERSON", True, "doc"),
    ("Farooq", "PERSON", "Maj. (ret.) Omar Farooq", "PERSON", True, "doc"),
    ("Jamaldini", "PERSON", "Barkat Jamaldini", "PERSON", True, "doc"),
    ("Brigade", "ORG", "Zainabiyoun Brigade", "ORG", True, "doc"),
    ("Kakar", "PERSON", "Abdul Ghani Kakar", "PERSON", True, "doc"),
    # different entities
    ("Abdul Basit Khan", "PERSON", "Rana Sanaullah Khan", "PERSON", False, "kb"),
    ("Abdul Basit Khan", "PERSON", "Abdul Ghani Kakar", "PERSON", False, "kb"),
    ("Omar Farooq", "PERSON", "Umar Karim", "PERSON", False, "kb"),
    ("Babar Iftikhar", "PERSON", "Barkat Jamaldini", "PERSON", False, "kb"),
    ("Nadeem Ahmed", "PERSON", "Syed Mohammad Mehdi", "PERSON", False, "kb"),
    ("Intelligence Bureau", "ORG", "Military Intelligence", "ORG", False, "kb"),
    ("Inter-Services Intelligence", "ORG", "Military Intelligence", "ORG", False, "kb"),
    ("Inter-Services Intelligence", "ORG", "Intelligence Bureau", "ORG", False, "kb"),
    ("ISI", "ORG", "Intelligence Bureau", "ORG", False, "kb"),
    ("Quds Force", "ORG", "IRGC", "ORG", False, "kb"),
    ("Quds Force", "ORG", "Islamic Revolutionary Guard Corps", "ORG", False, "kb"),
    ("Zainabiyoun Brigade", "ORG", "Fatimid Brigade", "ORG", False, "kb"),
    ("Ansar-ul-Hussain", "ORG", "Khatam-ul-Anbia", "ORG", False, "kb"),
    (
        "Counter-Terrorism Department",
        "ORG",
        "National Counterterrorism Authority",
        "ORG",
        False,
        "kb",
    ),
    ("CTD", "ORG", "National Counterterrorism Authority", "ORG", False, "kb"),
    ("NACTA", "ORG", "Counter-Terrorism Department", "ORG", False, "kb"),
    ("Arab News", "ORG", "Arab League", "ORG", False, "kb"),
    ("Foreign Ministry", "ORG", "Ministry of Industries and Commerce", "ORG", False, "kb"),
    ("Pakistani Foreign Ministry", "ORG", "Iranian Ministry of Defence", "ORG", False, "kb"),
    ("US Treasury", "ORG", "US Defence Department", "ORG", False, "kb"),
    ("Iran", "GPE", "Iraq", "GPE", False, "kb"),
    ("Iran", "GPE", "Iranian", "NORP", False, "kb"),
    ("Pakistan", "GPE", "Pakistani", "NORP", False, "kb"),
    ("Pakistan", "GPE", "Pakistani", "GPE", False, "kb"),
    ("Syria", "GPE", "Syrian", "NORP", False, "kb"),
    ("Iraq", "GPE", "Iraqi", "NORP", False, "kb"),
    ("Tehran", "GPE", "Taftan", "GPE", False, "kb"),
    ("Qom", "GPE", "Quetta", "GPE", False, "kb"),
    ("Sistan-Baluchistan", "GPE", "Balochistan", "GPE", False, "kb"),
    ("Islamabad", "GPE", "Islamic Revolutionary Guard Corps", "ORG", False, "kb"),
    ("Pakistan", "GPE", "Pakistan China Study Centre", "ORG", False, "kb"),
    ("Institute of Strategic Studies Islamabad", "ORG", "Islamabad", "GPE", False, "kb"),
    ("Hamas", "ORG", "Hizbullah", "ORG", False, "kb"),
    ("Sindh", "GPE", "Syria", "GPE", False, "kb"),
    ("Kurds", "NORP", "Kurdistan", "GPE", False, "kb"),
    ("Shia", "NORP", "Syria", "GPE", False, "kb"),
    ("Umar", "PERSON", "Umar Karim", "PERSON", False, "kb"),  # a given name is no surname
    ("Qasem", "PERSON", "Qasem Soleimani", "PERSON", False, "kb"),
    ("Khan", "PERSON", "Rana Sanaullah Khan", "PERSON", False, "kb"),  # ambiguous clan name
]


# --------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(
    method: Method,
    positives: Iterable[Pair],
    negatives: Iterable[Pair],
    errors: dict[str, list[Pair]] | None = None,
) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for pair in positives:
        if method(*pair):
            tp += 1
        else:
            fn += 1
            if errors is not None:
                errors["fn"].append(pair)
    for pair in negatives:
        if method(*pair):
            fp += 1
            if errors is not None:
                errors["fp"].append(pair)
    return tp, fp, fn


def m_exact(a: str, ta: str, b: str, tb: str) -> bool:
    return normalize_name(a) == normalize_name(b)


def m_translit(a: str, ta: str, b: str, tb: str) -> bool:
    return compact(translit_key(a)) == compact(translit_key(b)) != ""


def m_match(a: str, ta: str, b: str, tb: str) -> bool:
    return match(a, b, ta, tb) is not None


def m_match_kb(a: str, ta: str, b: str, tb: str) -> bool:
    result = match(a, b, ta, tb)
    return result is not None and result.cross_document


def m_jw_raw(a: str, ta: str, b: str, tb: str) -> bool:
    return JaroWinkler.similarity(normalize_name(a), normalize_name(b)) >= 0.9


METHODS: dict[str, Method] = {
    "exact": m_exact,
    "translit": m_translit,
    "match": m_match,
    "match-kb": m_match_kb,
    "jw>=0.9 raw": m_jw_raw,
}

# --------------------------------------------------------------------------
# Wikidata Arabic-English
# --------------------------------------------------------------------------

_AR_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ی": "ي",
        "ک": "ك",
        "ء": "",
    }
)


def arabic_key(spaced: str) -> str:
    """Normalised Arabic spelling: the identity of a name word in this set."""
    text = _AR_DIACRITICS.sub("", spaced.replace(" ", "")).translate(_AR_FOLD)
    if text.startswith("ال") and len(text) > 4:
        text = text[2:]
    return text


def load_wikidata(data: Path) -> tuple[dict[str, set[str]], dict[str, int]]:
    """``({latin: {arabic keys}}, {latin: total count})`` from the TSV."""
    arabic: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    path = data / "wikidata-arabic-english-names" / "data" / "wd_arabic_20"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0].strip():
            continue
        latin = parts[0].strip().lower()
        arabic[latin].add(arabic_key(parts[1]))
        counts[latin] += int(parts[2]) if parts[2].isdigit() else 1
    return arabic, counts


#: letters that Arabic script uses for Arabic (and Persian/Urdu) sounds but hardly ever
#: for European or East Asian names written in Arabic: a spelling with one of them is a
#: name of Arabic-script origin, the domain dossier cares about.
NATIVE_LETTERS = frozenset("عحصضطظقخ")


def arabic_origin(keys: set[str]) -> bool:
    return any(NATIVE_LETTERS & set(key) for key in keys)


def arabic_skeleton(key: str) -> str:
    """Arabic consonants only: no long-vowel letters (alif, waw, ya), hamza or final ha."""
    return re.sub("[اويء]", "", key).removesuffix("ه")


def clearly_different(a: set[str], b: set[str]) -> bool:
    """Different Arabic consonants, not just a different vowel letter ("hasan"/"husain" is
    a real negative, but so is "adil"/"adeel" and no Latin spelling can tell)."""
    return not {arabic_skeleton(k) for k in a} & {arabic_skeleton(k) for k in b}


def wikidata_pairs(
    arabic: dict[str, set[str]], counts: dict[str, int], min_count: int, origin_only: bool
) -> tuple[list[Pair], list[Pair], list[Pair], float]:
    """Positive pairs, blocked hard negatives, and the blocking recall of ``blocking_keys``."""
    names = sorted(
        n
        for n in arabic
        if counts[n] >= min_count and (not origin_only or arabic_origin(arabic[n]))
    )
    by_arabic: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for key in arabic[name]:
            by_arabic[key].append(name)
    positive: set[tuple[str, str]] = set()
    for group in by_arabic.values():
        for a, b in combinations(sorted(set(group)), 2):
            if normalize_name(a) != "" and a != b:
                positive.add((a, b))
    blocks: dict[str, list[str]] = defaultdict(list)
    ours: dict[str, set[str]] = {}
    for name in names:
        ours[name] = blocking_keys(name)
        for key in (
            *ours[name],
            "sx:" + jellyfish.soundex(name),
            "mp:" + jellyfish.metaphone(name),
        ):
            blocks[key].append(name)
    negative: set[tuple[str, str]] = set()
    for members in blocks.values():
        if len(members) > 400:  # a degenerate key (e.g. empty metaphone) blocks nothing
            continue
        for a, b in combinations(sorted(set(members)), 2):
            if not arabic[a] & arabic[b]:
                negative.add((a, b))
    blocked = sum(1 for a, b in positive if ours[a] & ours[b])
    pos = [(a, "PERSON", b, "PERSON") for a, b in sorted(positive)]
    neg = [(a, "PERSON", b, "PERSON") for a, b in sorted(negative)]
    strict = [
        (a, "PERSON", b, "PERSON")
        for a, b in sorted(negative)
        if clearly_different(arabic[a], arabic[b])
    ]
    return pos, neg, strict, blocked / len(positive) if positive else 1.0


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

Row = tuple[str, int, int, int, int | None]  # method, TP, FP, FN, FP on clear negatives


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    strict = any(row[4] is not None for row in rows)
    head = f"{'method':<12} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"
    print(head + (f" {'P*':>6} {'FP*':>5}" if strict else ""))
    for name, tp, fp, fn, fp_strict in rows:
        p, r, f = prf(tp, fp, fn)
        line = f"{name:<12} {p:6.3f} {r:6.3f} {f:6.3f} {tp:6d} {fp:6d} {fn:6d}"
        if fp_strict is not None:
            line += f" {prf(tp, fp_strict, fn)[0]:6.3f} {fp_strict:5d}"
        print(line)


def show_errors(errors: dict[str, list[Pair]], limit: int) -> None:
    for kind in ("fp", "fn"):
        items = errors[kind]
        print(
            f"  {kind} ({len(items)}): "
            + "; ".join(f"{a}/{ta}~{b}/{tb}" for a, ta, b, tb in items[:limit])
        )


WIKIDATA_SUBSETS = (
    ("all spellings", 1, False),
    ("Arabic-origin names", 1, True),
    ("Arabic-origin names seen >= 2x", 2, True),
)


def run_wikidata(data: Path, show: int) -> None:
    arabic, counts = load_wikidata(data)
    for label, min_count, origin_only in WIKIDATA_SUBSETS:
        t0 = time.perf_counter()
        pos, neg, strict, block_recall = wikidata_pairs(arabic, counts, min_count, origin_only)
        rows: list[Row] = []
        errors: dict[str, list[Pair]] = {"fp": [], "fn": []}
        for name, method in METHODS.items():
            if name == "match-kb":
                continue  # same as match here: single-token person names
            err = errors if name == "match" else None
            tp, fp, fn = score(method, pos, neg, err)
            rows.append((name, tp, fp, fn, sum(1 for pair in strict if method(*pair))))
        print_table(
            f"Wikidata ar-en name variants, {label}: {len(pos)} positive pairs, "
            f"{len(neg)} hard negatives ({len(strict)} with different Arabic consonants: P*); "
            f"blocking_keys recall {block_recall:.3f} ({time.perf_counter() - t0:.1f} s)",
            rows,
        )
        covered, accepted = blocking_coverage(pos + neg)
        print(f"  blocking_keys: {covered} of the {accepted} pairs `match` accepts share a key")
        if show:
            show_errors(errors, show)


def blocking_coverage(pairs: Iterable[Pair]) -> tuple[int, int]:
    """(pairs `match` accepts that share a blocking key, pairs `match` accepts)."""
    accepted = [(a, b) for a, ta, b, tb in pairs if match(a, b, ta, tb) is not None]
    return sum(1 for a, b in accepted if blocking_keys(a) & blocking_keys(b)), len(accepted)


def run_seeds(show: int) -> None:
    rows_any: list[Row] = []
    rows_kb: list[Row] = []
    pos_all = [(a, ta, b, tb) for a, ta, b, tb, same, _ in SEED_PAIRS if same]
    neg_all = [(a, ta, b, tb) for a, ta, b, tb, same, _ in SEED_PAIRS if not same]
    pos_kb = [(a, ta, b, tb) for a, ta, b, tb, same, s in SEED_PAIRS if same and s == "kb"]
    errors: dict[str, list[Pair]] = {"fp": [], "fn": []}
    for name, method in METHODS.items():
        err = errors if name == "match" else None
        rows_any.append((name, *score(method, pos_all, neg_all, err), None))
        rows_kb.append((name, *score(method, pos_kb, neg_all), None))
    print_table(
        f"Seed corpus, all labelled pairs ({len(pos_all)} same incl. in-document "
        f"short forms, {len(neg_all)} different)",
        rows_any,
    )
    covered, accepted = blocking_coverage(pos_all + neg_all)
    print(f"  blocking_keys: {covered} of the {accepted} pairs `match` accepts share a key")
    if show:
        show_errors(errors, show)
    print_table(
        f"Seed corpus, cross-document pairs only ({len(pos_kb)} same, {len(neg_all)} different)",
        rows_kb,
    )


def run_sweep(data: Path) -> None:
    """F1 of `match` against TOKEN_JW, to show where the threshold sits."""
    arabic, counts = load_wikidata(data)
    sets = {label: wikidata_pairs(arabic, counts, mc, oo) for label, mc, oo in WIKIDATA_SUBSETS}
    pos_seed = [(a, ta, b, tb) for a, ta, b, tb, same, _ in SEED_PAIRS if same]
    neg_seed = [(a, ta, b, tb) for a, ta, b, tb, same, _ in SEED_PAIRS if not same]
    print("\nTOKEN_JW sweep (P/R of `match`; P* against clearly different negatives)")
    print(
        f"{'TOKEN_JW':>8}  {'seeds P/R':>11}  "
        + "  ".join(f"{label[:26]:>26}" for label, _, _ in WIKIDATA_SUBSETS)
    )
    saved = names.TOKEN_JW
    try:
        for threshold in (0.75, 0.80, 0.85, 0.88, 0.90, 0.92, 0.95, 1.0):
            names.TOKEN_JW = threshold
            p, r, _ = prf(*score(m_match, pos_seed, neg_seed))
            cells = []
            for pos, neg, strict, _ in sets.values():
                tp, fp, fn = score(m_match, pos, neg)
                fp_strict = sum(1 for pair in strict if m_match(*pair))
                cells.append(
                    f"P {prf(tp, fp, fn)[0]:.3f} P* {prf(tp, fp_strict, fn)[0]:.3f} "
                    f"R {prf(tp, fp, fn)[1]:.3f}"
                )
            print(f"{threshold:8.2f}  {p:5.3f}/{r:5.3f}  " + "  ".join(f"{c:>26}" for c in cells))
    finally:
        names.TOKEN_JW = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="print N errors of `match`")
    parser.add_argument("--sweep", action="store_true", help="also sweep TOKEN_JW")
    args = parser.parse_args(argv)
    print(
        f"dossier.names thresholds: TOKEN_JW={names.TOKEN_JW} "
        f"MIN_FUZZY_LEN={names.MIN_FUZZY_LEN} MIN_CORE_LEN={names.MIN_CORE_LEN}"
    )
    run_seeds(args.show)
    run_wikidata(args.data, args.show)
    if args.sweep:
        run_sweep(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
