"""``dossier export``: the knowledge base as JSON (the contract), CSV, GraphML or FtM."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.cli.common import open_kb


def cmd_export(args: argparse.Namespace) -> int:
    from dossier.query.export import FORMATS, write_format

    if args.format not in FORMATS:
        print(f"unsupported export format {args.format!r}", file=sys.stderr)
        return 2
    with open_kb(args, migrate=False) as store:
        report = write_format(store, args.format, Path(args.out) if args.out else None)
    if args.out or args.format == "csv":
        print(f"wrote {args.out or 'export-csv'} ({args.format}): {report}", file=sys.stderr)
    return 0
