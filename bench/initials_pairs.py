#!/usr/bin/env python3
"""Do two full names that share only an initials block ever link across documents?

:func:`dossier.kb.resolve.find_link` reads a full name's blocking keys less its initials
blocks ("a:", first and last initials: :func:`dossier.kb.resolve.link_blocks`), which were
two thirds of the pairs it judged (issue 19, README "Ingest at scale", round 8). The links
stay the same only if :func:`dossier.names.match` never links two such names across
documents when they share no other block. This script asks it of every ordered pair of
full names of a store filed in one initials block (of at most ``--max-block`` names,
``MAX_BLOCK`` by default: larger blocks were never read) and sharing no other blocking key,
and prints the pairs it links (none expected):

    PYTHONPATH=. python bench/initials_pairs.py STORE.db [--max-block N]

Reads the store only (its names and labels); figures only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    from dossier import names
    from dossier.kb import resolve
    from dossier.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--max-block", type=int, default=resolve.MAX_BLOCK)
    args = parser.parse_args(argv)
    store = open_store(args.db, migrate=False)
    try:
        keys = [k for k in store.all_keys() if resolve.SCOPE not in k]
        profiles = resolve.key_profiles(store, keys)
    finally:
        store.close()
    full = {k: p for k, p in profiles.items() if resolve.is_full_name(p[0])}
    blocks = {k: names.blocking_keys(text) for k, (text, _label) in full.items()}
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, filed in blocks.items():
        for block in filed:
            if block.startswith("a:"):
                by_initials[block].append(key)
    started, pairs, linked = time.process_time(), 0, 0
    judged: set[tuple[str, str]] = set()
    for members in by_initials.values():
        if len(members) > args.max_block:
            continue
        for key in members:
            words = {b for b in blocks[key] if not b.startswith("a:")}
            for other in members:
                if other == key or (key, other) in judged or words & blocks[other]:
                    continue
                judged.add((key, other))
                pairs += 1
                (text, label), (other_text, other_label) = full[key], full[other]
                result = names.match(text, other_text, label, other_label)
                if result is not None and result.cross_document:
                    linked += 1
                    print(f"LINKED {text!r} ({label}) ~ {other_text!r} ({other_label}): {result}")
    print(
        f"{len(full)} full names, {len(by_initials)} initials blocks; {pairs} ordered pairs "
        f"sharing only initials; {linked} linked across documents "
        f"({time.process_time() - started:.1f} s CPU)"
    )
    return 1 if linked else 0


if __name__ == "__main__":
    sys.exit(main())
