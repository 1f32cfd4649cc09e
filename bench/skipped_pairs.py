#!/usr/bin/env python3
"""Do the pairs :func:`dossier.kb.entity_links.find_link` no longer judges ever link?

Issue 19 (README "Ingest at scale", round 8): ``find_link`` reads a full name's blocking
keys less its initials blocks ("a:", first and last initials:
:func:`dossier.kb.entity_links.link_blocks`), which were two thirds of the pairs it judged, and
skips two persons' names that :func:`dossier.names.persons_apart` tells apart (two men of
one surname). The links stay the same only if :func:`dossier.names.match` links none of
those pairs across documents. This script asks it of every ordered pair of a store's full
names (1) filed in one initials block of at most ``--max-block`` names (``MAX_BLOCK``:
larger blocks are never read) and sharing no other blocking key, and (2) of two PERSON
names sharing a block ``find_link`` reads that ``persons_apart`` tells apart, and prints
the pairs it links (none expected; exit status 1 if any):

    PYTHONPATH=. python bench/skipped_pairs.py STORE.db [--max-block N]

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
    from dossier.kb import entity_keys, entity_links
    from dossier.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db")
    parser.add_argument("--max-block", type=int, default=entity_links.MAX_BLOCK)
    args = parser.parse_args(argv)
    store = open_store(args.db, migrate=False)
    try:
        keys = [k for k in store.all_keys() if entity_keys.SCOPE not in k]
        profiles = entity_links.key_profiles(store, keys)
    finally:
        store.close()
    full = {k: p for k, p in profiles.items() if entity_links.is_full_name(p[0])}
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
    return 1 if linked + _persons_apart(profiles, args.max_block) else 0


def _persons_apart(profiles: dict[str, tuple[str, str]], max_block: int) -> int:
    """Check (2): the pairs of PERSON names (full or not) sharing a block that ``find_link``
    reads and that ``persons_apart`` tells apart; returns how many ``match`` links."""
    from dossier import names
    from dossier.kb import entity_links

    people = {k: text for k, (text, label) in profiles.items() if label == "PERSON"}
    by_block: dict[str, list[str]] = defaultdict(list)
    for key, text in people.items():
        for block in entity_links.link_blocks(text):
            by_block[block].append(key)
    started, pairs, apart, linked = time.process_time(), 0, 0, 0
    judged: set[tuple[str, str]] = set()
    for members in by_block.values():
        if len(members) > max_block:
            continue
        for key in members:
            for other in members:
                if other == key or (key, other) in judged:
                    continue
                judged.add((key, other))
                pairs += 1
                if not names.persons_apart(people[key], people[other]):
                    continue
                apart += 1
                result = names.match(people[key], people[other], "PERSON", "PERSON")
                if result is not None and result.cross_document:
                    linked += 1
                    print(f"LINKED {people[key]!r} ~ {people[other]!r}: {result}")
    print(
        f"{len(people)} PERSON names; {pairs} ordered pairs sharing a block; {apart} "
        f"told apart by persons_apart; {linked} of those linked across documents "
        f"({time.process_time() - started:.1f} s CPU)"
    )
    return linked


if __name__ == "__main__":
    sys.exit(main())
