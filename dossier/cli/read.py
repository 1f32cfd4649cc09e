"""The read commands: stats, entities, places, entity, search, stories, story,
timeline, claims and brief. They call the query layer only and never load spaCy;
the text they print is rendered in :mod:`dossier.cli.output`."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from dossier.cli import output
from dossier.cli.common import PAGE_DEFAULT, entity_id, lookup, open_kb, paging
from dossier.cli.output import emit, page_note, print_json
from dossier.query import reads as query


def cmd_stats(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        data = query.summary(store) if not args.json else query.stats(store)
    return emit(args, data, output.print_summary)


def cmd_entities(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        rows = query.entity_list(store, type=args.type, limit=args.limit, offset=args.offset)
    return emit(args, rows, output.print_entities)


def cmd_places(args: argparse.Namespace) -> int:
    from dossier.geo import PLACE_TYPES
    from dossier.query.views import place

    with open_kb(args, migrate=False) as store:
        rows = [r for t in sorted(PLACE_TYPES) for r in store.entities(type=t, limit=args.limit)]
        rows.sort(key=lambda r: (-r.mention_count, r.id))
        found = [(r, place(store, r)) for r in rows[: args.limit]]
    if args.unresolved:
        found = [(r, p) for r, p in found if p and p["name"] is None]
    if args.json:
        print_json([{"entity": r.id, "entity_name": r.name, **(p or {})} for r, p in found])
    else:
        output.print_places(found)
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        row = lookup(store, args.name)
        profile = query.entity_profile(store, row)
    return emit(args, profile, partial(output.print_profile, why=args.why))


def cmd_search(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        hits = query.search(store, args.query, limit=args.limit, offset=args.offset)
    return emit(args, hits, output.print_hits)


def cmd_stories(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        if paging(args):
            page = query.story_page(store, args.limit or PAGE_DEFAULT, args.offset)
            stories = page["items"]
            page_note(page)
        else:
            stories = query.story_list(store)
    return emit(args, stories, output.print_stories)


def cmd_story(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        detail = query.story_detail(store, args.id)
    if detail is None:
        print(f"no story {args.id!r}", file=sys.stderr)
        return 1
    return emit(args, detail, output.print_story)


def cmd_timeline(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        entity = entity_id(store, args.entity)
        found = query.events(
            store,
            entity=entity,
            date_from=args.date_from,
            date_to=args.date_to,
            type=args.type,
            modality=args.modality,
        )
    return emit(args, found, output.print_timeline)


def cmd_brief(args: argparse.Namespace) -> int:
    from dossier.query import brief

    with open_kb(args, migrate=False) as store:
        row = lookup(store, args.entity)
        built = brief.build(store, row, date_from=args.date_from, date_to=args.date_to)
    if args.format == "pdf":
        if not args.out:
            print("--format pdf needs --out FILE", file=sys.stderr)
            return 2
        try:
            brief.to_pdf(built, Path(args.out))
        except (RuntimeError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    text = brief.to_html(built) if args.format == "html" else brief.to_markdown(built)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    with open_kb(args, migrate=False) as store:
        entity = entity_id(store, args.entity)
        if paging(args):
            page = query.claim_page(
                store,
                args.limit or PAGE_DEFAULT,
                args.offset,
                entity=entity,
                contradictions_only=args.contradictions,
            )
            found = page["items"]
            page_note(page)
        else:
            found = query.claims(store, entity=entity, contradictions_only=args.contradictions)
    if args.json:
        print_json(found)
        return 0
    if args.contradictions:
        with open_kb(args, migrate=False) as store:
            disputes = query.event_disputes(store, entity=entity_id(store, args.entity))
        output.print_event_disputes(disputes)
    output.print_claims(found)
    return 0
