"""What the command handlers share: settings from ``--db``, opening the store,
entity lookup by any name, list paging and error lines about inputs."""

from __future__ import annotations

import argparse
import sys

from dossier.config import Settings, load_settings
from dossier.query import reads as query
from dossier.records import IngestError
from dossier.store import EntityRow, Store, open_store


def settings_of(args: argparse.Namespace) -> Settings:
    return load_settings(db=args.db)


#: page size of ``stories``/``claims`` when only ``--offset`` is given
PAGE_DEFAULT = 50


def open_kb(args: argparse.Namespace, migrate: bool = True) -> Store:
    """The store of ``--db``; ``migrate=False`` for the read and export commands,
    which refuse a store that needs ``dossier migrate`` rather than run its fill."""
    settings = settings_of(args)
    return open_store(settings.db, settings.busy_timeout_ms, migrate=migrate)


def lookup(store: Store, name: str) -> EntityRow:
    """The entity ``name`` means; LookupError (reported by :func:`main`) if none."""
    row = query.find_entity(store, name)
    if row is None:
        raise LookupError(name)
    return row


def entity_id(store: Store, name: str | None) -> str | None:
    return lookup(store, name).id if name else None


def paging(args: argparse.Namespace) -> bool:
    """Whether a list command was asked for one page (``--limit``/``--offset``):
    then it reads that page only (paged in the store, stable order); without
    them it lists everything, as before."""
    return args.limit is not None or bool(args.offset)


def page_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help=f"one page of N (default {PAGE_DEFAULT} with --offset)",
    )
    parser.add_argument("--offset", type=int, default=0, help="skip the first N")


def report_errors(errors: list[IngestError]) -> None:
    from dossier.ingest.files import printable

    for error in errors:
        print(f"error: {printable(error.source)}: {printable(error.reason)}", file=sys.stderr)
