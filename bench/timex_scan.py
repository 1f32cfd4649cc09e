#!/usr/bin/env python3
"""Date rules' scan: same atoms as another tree's ``timex.py``, and the CPU each costs, same run.

Why: ``dossier.extract.timex._atoms`` runs every date rule over each text at ingest; a change
meant to make it cheaper must not change a single atom. This loads a second ``timex.py`` (say
main's, from a detached worktree) beside this tree's, compares the atoms and the joined
expressions (``_combine``) of both on every text, and times ``_atoms`` per text for both,
alternated in rounds so that the load of a shared machine falls on both alike.

Texts: the first ``--limit`` articles of ``--data`` (JSON lines with "text"), each also in two
stressed copies (every space widened to " \\n  ", and every space a hyphen: long separators and
"early-January" forms), plus every TempEval-3 text under ``--tempeval``.

    PYTHONPATH=$PWD python bench/timex_scan.py --base ../wt-base/dossier/extract/timex.py
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType

from dossier.extract import timex

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "bench-data"


def load_other(path: Path) -> ModuleType:
    """``path`` as a module of its own (its imports resolve in this tree's ``dossier``)."""
    spec = importlib.util.spec_from_file_location("timex_base", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["timex_base"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def read_texts(data: Path, limit: int, tempeval: Path) -> tuple[list[str], list[str]]:
    """(the articles, everything: articles, their stressed copies and the TempEval texts)."""
    with data.open(encoding="utf-8") as lines:
        articles = [json.loads(line)["text"] for _, line in zip(range(limit), lines, strict=False)]
    stressed = [t.replace(" ", " \n  ") for t in articles] + [t.replace(" ", "-") for t in articles]
    from bench.time_eval import read_corpus

    return articles, articles + stressed + [d.text for d in read_corpus(tempeval)]


def signature(module: ModuleType, text: str) -> list[tuple]:
    """The atoms and the joined expressions of ``text``, as plain tuples (comparable across
    the two modules, whose classes differ)."""
    atoms = module._atoms(text)
    joined = module._combine(text, list(atoms))
    return [(a.start, a.end, repr(a.value), a.weak) for a in atoms] + [
        ("joined", a.start, a.end, repr(a.value), a.weak) for a in joined
    ]


def cpu_per_text(module: ModuleType, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        module._atoms(text)
    return (time.process_time() - start) / len(texts) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the other tree's timex.py")
    parser.add_argument("--data", type=Path, default=DATA / "realnews-2025-jan-may/articles.jsonl")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--tempeval", type=Path, default=DATA / "tempeval3-timeml/data/TempEval3")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    base = load_other(args.base)
    articles, texts = read_texts(args.data, args.limit, args.tempeval)
    differ = [i for i, t in enumerate(texts) if signature(base, t) != signature(timex, t)]
    atoms = sum(len(timex._atoms(t)) for t in texts)
    print(f"texts {len(texts)} ({len(articles)} articles), atoms {atoms}, differ {len(differ)}")
    for i in differ[:5]:
        print("  differs:", i, texts[i][:80].replace("\n", " "))
    times: dict[str, list[float]] = {"base": [], "this": []}
    for _ in range(args.rounds):
        times["base"].append(cpu_per_text(base, articles))
        times["this"].append(cpu_per_text(timex, articles))
    for name, got in times.items():
        print(
            f"{name}: _atoms CPU ms per article, best/median of {args.rounds}: "
            f"{min(got):.2f} / {sorted(got)[len(got) // 2]:.2f}"
        )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
