#!/usr/bin/env python3
"""Name pairs: exact vs the baseline ``names.match`` vs this checkout's vs plain nomenklatura.

All methods in one run, on the same pairs:

* ``exact``          -- equal ``dossier.names.normalize_name``: the floor;
* ``old match``      -- ``dossier/names.py`` of git revision ``--baseline`` (default ``main``),
  loaded from ``git show`` into its own module, so "before" is measured beside "after";
* ``new match``      -- this checkout's ``dossier.names.match``, any result; ``new match-kb``:
  only results that hold across documents (what the resolver may merge on);
* ``nomenklatura``   -- plain nomenklatura ``logic-v2`` (threshold 0.70), on FtM ``Person``
  or ``Organization`` entities holding the two names. Printed only where nomenklatura is
  installed (``pip install -e .[bench]``; it needs PyICU, which builds from source, so it is
  a benchmark dependency and not one of dossier's).

Pair sets (read in place, never copied):

* the seed corpus pairs of ``bench/er_eval.py`` (surface forms and spaCy labels from
  ``../shared/corpus/seeds``, hand-labelled);
* Wikidata Arabic--English dev pairs (``wikidata-arabic-english-names``): Latin spellings of
  one Arabic-script name are positives; spellings of different names that share a blocking
  key are hard negatives (see ``bench/er_eval.py``);
* cross-script: the same Wikidata rows, the Arabic-script spelling against Latin spellings
  (positives: its own; negatives: other names sharing a blocking key of the Latin side).

The UN and EU sanctions lists are not in ``../shared/bench-data`` and the benchmark machines
have no network, so no list-alias set is run; the US Treasury list is held back.

Usage: ``python bench/eval_names.py [--data ../shared/bench-data] [--baseline main]
[--limit N]`` (``--limit`` samples N pairs of each polarity per set, for a quick run).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, ROOT
from bench.er_eval import (
    SEED_PAIRS,
    WIKIDATA_SUBSETS,
    Pair,
    arabic_key,
    arabic_origin,
    clearly_different,
    load_wikidata,
    prf,
    score,
    wikidata_pairs,
)
from dossier import names
from dossier.names import normalize_name

Method = Callable[[str, str, str, str], bool]

RELABELS = ROOT / "bench" / "labels" / "names" / "wikidata-arabic-origin.tsv"
#: hand verdicts on a random sample of the "all spellings" negatives the matcher accepts
SPELLING_SAMPLE = ROOT / "bench" / "labels" / "names" / "wikidata-all-spellings-sample.tsv"


def load_relabels(path: Path = RELABELS) -> dict[tuple[str, str], bool]:
    """Hand verdicts on gold *negatives* of the Arabic-origin set: (a, b) -> same name?

    The Wikidata gold calls two Latin spellings different when their Arabic-script forms
    differ, but its word alignment sometimes pairs a spelling with the wrong Arabic word, and
    some Arabic spellings are variants of one name. ``bench/labels/names/GUIDE.md`` says how
    the pairs were chosen and judged; the gold itself is scored unchanged beside this.
    """
    verdicts: dict[tuple[str, str], bool] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[2] not in ("same", "different"):
            raise ValueError(f"{path}:{number}: expected 'a<TAB>b<TAB>same|different<TAB>why'")
        verdicts[tuple(sorted((parts[0], parts[1])))] = parts[2] == "same"  # type: ignore[index]
    return verdicts


def relabel(
    pos: list[Pair], neg: list[Pair], verdicts: dict[tuple[str, str], bool]
) -> tuple[list[Pair], list[Pair], int]:
    """Move the negatives judged "same" to the positives; also returns how many moved."""
    moved = [p for p in neg if verdicts.get(tuple(sorted((p[0], p[2])))) is True]
    kept = [p for p in neg if p not in set(moved)]
    return pos + moved, kept, len(moved)


def sampled_precision(
    pos: list[Pair], neg: list[Pair], method: Method, verdicts: dict[tuple[str, str], bool]
) -> str:
    """Precision with the accepted gold negatives judged by a random hand-labelled sample.

    Too many negatives are accepted to judge them all; the share of the sampled ones that
    are one name estimates the share of all of them, so ``(TP + FP * share) / (TP + FP)``
    estimates precision (with a 95 % Wilson interval on the share). The sample was drawn
    from the negatives this matcher accepted when it was labelled; the line says how many
    of today's accepted negatives it still covers.
    """
    tp = sum(1 for pair in pos if method(*pair))
    accepted = [pair for pair in neg if method(*pair)]
    judged = [verdicts[k] for a, _, b, _ in accepted if (k := tuple(sorted((a, b)))) in verdicts]
    if not judged or not tp + len(accepted):
        return "  no accepted negative is in the hand-labelled sample"
    n, share = len(judged), sum(judged) / len(judged)
    z = 1.96
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low, high = (
        (tp + len(accepted) * s) / (tp + len(accepted)) for s in (centre - half, centre + half)
    )
    est = (tp + len(accepted) * share) / (tp + len(accepted))
    return (
        f"  new match, {n} of its {len(accepted)} accepted negatives judged by hand "
        f"({SPELLING_SAMPLE.name}): {sum(judged)} one name ({share:.0%}); "
        f"estimated P {est:.3f} (95 % {low:.3f}-{high:.3f})"
    )


def load_baseline(ref: str) -> object | None:
    """``dossier/names.py`` as it is at git revision ``ref``, as a module (None if absent)."""
    shown = subprocess.run(
        ["git", "show", f"{ref}:dossier/names.py"], cwd=ROOT, capture_output=True, text=True
    )
    if shown.returncode != 0:
        return None
    path = Path(tempfile.mkdtemp(prefix="names-base-")) / "names_baseline.py"
    path.write_text(shown.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("names_baseline", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["names_baseline"] = module
    spec.loader.exec_module(module)
    return module


def nomenklatura_method(threshold: float = 0.70) -> Method | None:
    """Plain nomenklatura logic-v2 on two one-name entities, or None if not installed."""
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
    except ImportError:
        return None
    algorithm = get_algorithm("logic-v2")
    if algorithm is None:
        return None
    config = algorithm.default_config()  # the algorithm's own defaults (weights, thresholds)
    schema_of = {"PERSON": "Person", "ORG": "Organization", "NORP": "Organization"}

    def entity(name: str, label: str, ident: str) -> object:
        ent = model.make_entity(schema_of.get(label, "LegalEntity"))
        ent.id = ident
        ent.add("name", name)
        return ent

    def method(a: str, ta: str, b: str, tb: str) -> bool:
        # nomenklatura caches comparisons by entity id: one id per (name, type)
        ida = hashlib.sha1(f"{ta}|{a}".encode()).hexdigest()
        idb = hashlib.sha1(f"{tb}|{b}".encode()).hexdigest()
        result = algorithm.compare(entity(a, ta, ida), entity(b, tb, idb), config)
        return result.score >= threshold

    return method


def methods(baseline: object | None) -> dict[str, Method]:
    out: dict[str, Method] = {
        "exact": lambda a, ta, b, tb: normalize_name(a) == normalize_name(b),
    }
    if baseline is not None:
        old = baseline.match  # type: ignore[attr-defined]
        out["old match"] = lambda a, ta, b, tb: old(a, b, ta, tb) is not None

        def old_kb(a: str, ta: str, b: str, tb: str) -> bool:
            result = old(a, b, ta, tb)
            return result is not None and result.cross_document

        out["old match-kb"] = old_kb
    out["new match"] = lambda a, ta, b, tb: names.match(a, b, ta, tb) is not None

    def new_kb(a: str, ta: str, b: str, tb: str) -> bool:
        result = names.match(a, b, ta, tb)
        return result is not None and result.cross_document

    out["new match-kb"] = new_kb
    nk = nomenklatura_method()
    if nk is not None:
        out["nomenklatura"] = nk
    return out


def table(title: str, pos: list[Pair], neg: list[Pair], found: dict[str, Method]) -> None:
    print(f"\n{title}: {len(pos)} same, {len(neg)} different")
    print(f"{'method':<14} {'P':>6} {'R':>6} {'F1':>6} {'pairs/s':>9}")
    for name, method in found.items():
        t0 = time.perf_counter()
        tp, fp, fn = score(method, pos, neg)
        seconds = time.perf_counter() - t0
        p, r, f = prf(tp, fp, fn)
        rate = (len(pos) + len(neg)) / seconds if seconds else float("inf")
        print(f"{name:<14} {p:6.3f} {r:6.3f} {f:6.3f} {rate:9.0f}")


def _sample(pairs: list[Pair], limit: int, seed: int = 17) -> list[Pair]:
    if not limit or len(pairs) <= limit:
        return pairs
    return random.Random(seed).sample(pairs, limit)


def cross_script_pairs(data: Path, limit: int) -> tuple[list[Pair], list[Pair]]:
    """Arabic-script spelling vs Latin spellings, names of Arabic-script origin only.

    Same: the row's own Latin spellings. Different: Latin spellings of *another* Arabic name
    with different consonants (``er_eval.clearly_different``) that share a blocking key with
    one of the row's own spellings -- look-alikes, not random pairs. Names of European or East
    Asian origin written in Arabic script are left out: their "negatives" are mostly variants
    the word alignment did not pair, which would count right answers as errors.
    """
    path = data / "wikidata-arabic-english-names" / "data" / "wd_arabic_20"
    latins_of: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0].strip() and parts[1].strip():
            latins_of[parts[1].replace(" ", "")].add(parts[0].strip().lower())
    native = {a: ls for a, ls in latins_of.items() if arabic_origin({arabic_key(a)})}
    block: dict[str, set[str]] = defaultdict(set)
    for arabic, latins in native.items():
        for latin in latins:
            for key in names.blocking_keys(latin):
                block[key].add(arabic)
    pos: list[Pair] = []
    neg: list[Pair] = []
    for arabic, latins in sorted(native.items()):
        for latin in sorted(latins):
            pos.append((arabic, "PERSON", latin, "PERSON"))
        others: set[str] = set()
        for latin in latins:
            for key in names.blocking_keys(latin):
                others |= block[key]
        for other in sorted(others - {arabic})[:3]:
            if clearly_different({arabic_key(arabic)}, {arabic_key(other)}):
                latin = sorted(native[other] - latins)[:1]
                neg.extend((arabic, "PERSON", x, "PERSON") for x in latin)
    return _sample(pos, limit), _sample(neg, limit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--baseline", default="main", help="git revision of the old matcher")
    parser.add_argument("--limit", type=int, default=0, help="pairs of each polarity per set")
    args = parser.parse_args(argv)
    found = methods(load_baseline(args.baseline))
    if "nomenklatura" not in found:
        print("nomenklatura not installed: its column is left out (pip install -e .[bench])")
    seeds_all = [(a, ta, b, tb) for a, ta, b, tb, same, _ in SEED_PAIRS if same]
    seeds_kb = [(a, ta, b, tb) for a, ta, b, tb, same, s in SEED_PAIRS if same and s == "kb"]
    seeds_neg = [(a, ta, b, tb) for a, ta, b, tb, same, _ in SEED_PAIRS if not same]
    table("Seed corpus pairs, cross-document only", seeds_kb, seeds_neg, found)
    table("Seed corpus pairs, with in-document short forms", seeds_all, seeds_neg, found)
    arabic, counts = load_wikidata(args.data)
    for label, min_count, origin_only in WIKIDATA_SUBSETS:
        pos, neg, _strict, _recall = wikidata_pairs(arabic, counts, min_count, origin_only)
        pos, neg = _sample(pos, args.limit), _sample(neg, args.limit)
        table(f"Wikidata ar-en dev, {label}", pos, neg, found)
        if not origin_only and SPELLING_SAMPLE.exists() and not args.limit:
            print(sampled_precision(pos, neg, found["new match"], load_relabels(SPELLING_SAMPLE)))
        if origin_only and min_count == 1 and RELABELS.exists():
            pos, neg, moved = relabel(pos, neg, load_relabels())
            table(
                f"Wikidata ar-en dev, {label}, {moved} gold negatives relabelled same "
                "(bench/labels/names)",
                pos,
                neg,
                found,
            )
    pos, neg = cross_script_pairs(args.data, args.limit)
    table("Wikidata cross-script (Arabic script vs Latin)", pos, neg, found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
