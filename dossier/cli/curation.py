"""Curation: an analyst's triage of claim pairs, manual merges and splits, and the
name matcher's verdict on two names."""

from __future__ import annotations

import argparse
import sys

from dossier.cli.common import lookup, open_kb
from dossier.query import reads as query


def cmd_triage(args: argparse.Namespace) -> int:
    """Record an analyst's judgement of a pair of claims (kept as curation)."""
    verdict = args.verdict.replace("-", "_")
    with open_kb(args) as store:
        known = {c["id"] for c in query.claims_by_ids(store, [args.a, args.b])}
        missing = [c for c in (args.a, args.b) if c not in known]
        if missing:
            print(f"error: no such claim: {', '.join(missing)}", file=sys.stderr)
            return 1
        try:
            with store.transaction():
                query.triage(store, args.a, args.b, verdict)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"{args.a} ~ {args.b}: {args.verdict}", file=sys.stderr)
    return 0


def cmd_names_match(args: argparse.Namespace) -> int:
    """Print the matcher's decision on two names (exit 0: same, 1: different)."""
    from dossier.names import explain

    result = explain(args.a, args.b, args.type, args.type_b or args.type)
    print(f"{result.decision}\t{result.score:.2f}")
    if args.why:
        for reason in result.reasons:
            print(f"  - {reason}")
    return 0 if result.decision != "different" else 1


def cmd_merge(args: argparse.Namespace) -> int:
    from dossier.kb.resolve import merge_manually

    with open_kb(args) as store:
        keep, other = lookup(store, args.keep), lookup(store, args.other)
        if keep.id == other.id:
            print(f"{args.keep!r} and {args.other!r} are already one entity", file=sys.stderr)
            return 0
        with store.transaction():
            merge_manually(store, keep, other)
    print(f"merged {other.name!r} into {keep.name!r} ({keep.id})", file=sys.stderr)
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from dossier.kb.resolve import split_manually

    with open_kb(args) as store:
        entity = lookup(store, args.entity)
        try:
            with store.transaction():
                new_id = split_manually(store, entity, args.alias)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"split {args.alias!r} from {entity.name!r} ({new_id})", file=sys.stderr)
    return 0
