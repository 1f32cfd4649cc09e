#!/usr/bin/env python3
"""Candidate contradiction pairs for labelling: the pairs one claim identity allows.

Reads a store kept by ``bench/eval_disputes.py --keep DIR`` and writes, as JSONL, every pair
of quantity claims with the same subject and the same identity key
(:func:`dossier.kb.claims.identity_key`: measure, scope, the day or period it holds for)
whose values cannot both hold, from different stories, neither vague nor one sentence
repeated -- what :func:`dossier.kb.claims.contradiction` is given before its place, event,
outlet, money and standing-figure rules. Each row says which of those rules rejects it
(``why``; ``SYSTEM`` when dossier states the dispute), so the labelled pool measures what
the rules keep and what they lose. Labels go to ``bench/labels/disputes/labels.jsonl``
(keyed as :func:`bench.eval_disputes.side_key` names sides); this file is never scored.

Usage: ``python bench/dispute_candidates.py DIR/e2e.db pairs.jsonl``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, key_url, realnews
from bench.eval_disputes import side_key


def main(argv: list[str] | None = None) -> int:
    from dossier.kb import claims as rules
    from dossier.query import reads
    from dossier.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", help="a store kept by eval_disputes.py --keep")
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    rows = {r["id"]: r for r in realnews(args.data)}
    keys = {key_url(r["id"], r.get("outlet")): r["id"] for r in rows.values()}
    store = open_store(args.db)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in store.claim_mentions():
        grouped.setdefault(mention["claim_id"], []).append(mention)
    claims = {c["id"]: c for c in (reads._claim(m) for m in grouped.values())}
    reads._with_storylines(store, list(claims.values()))
    views = {i: reads._view(c) for i, c in claims.items()}
    identities: dict[tuple[str, str], list[Any]] = {}
    for view in views.values():
        if view.kind == "quantity" and view.subject and view.key:
            identities.setdefault((view.subject, view.key), []).append(view)
    written = 0
    with args.out.open("w", encoding="utf-8") as out:
        for (_subject, key), members in identities.items():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    ia, ib = rules.interval(a), rules.interval(b)
                    if not a.stories.isdisjoint(b.stories) or ia is None or ib is None:
                        continue
                    if not (ia[1] < ib[0] or ib[1] < ia[0]):
                        continue
                    if rules.is_vague(a) or rules.is_vague(b):
                        continue
                    if rules.same_statement(a.text, b.text):
                        continue
                    why = ["SYSTEM"] if rules.contradiction(a, b) else []
                    if not why:
                        why += [] if rules.places_compatible(a, b) else ["places"]
                        why += [] if rules.one_event(a, b) else ["groups"]
                        why = why or ["other-rule"]
                    if a.outlets and b.outlets and not a.outlets.isdisjoint(b.outlets):
                        why.append("same-outlet")
                    sides = [_side(claims[v.id], keys, rows) for v in (a, b)]
                    row = {"relation": "contradiction", "why": why, "key": key}
                    row |= {"a": sides[0]["key"], "b": sides[1]["key"], "sides": sides}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
    print(f"{written} candidate pairs written to {args.out}")
    return 0


def _side(claim: dict[str, Any], keys: dict[str, str], rows: dict[str, Any]) -> dict[str, Any]:
    evidence = claim["evidence"][0]
    article = keys.get(evidence["source"], evidence["document_id"])
    q = claim["quantity"]
    return {
        "key": side_key(article, evidence["text"], q["min"], q["max"]),
        "article": article,
        "outlet": rows.get(article, {}).get("outlet"),
        "published": evidence["published"],
        "title": rows.get(article, {}).get("title"),
        "subject": claim["subject_name"],
        "figure": [q["min"], q["max"], q["unit"], q["hedge"]],
        "places": claim["places"],
        "text": evidence["text"],
    }


if __name__ == "__main__":
    sys.exit(main())
