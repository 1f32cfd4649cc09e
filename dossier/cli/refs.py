"""``dossier refs import``: reference lists (sanctions, designations) into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.cli.common import open_kb, report_errors
from dossier.records import IngestError


def cmd_refs_import(args: argparse.Namespace) -> int:
    from dossier.ingest.refs import read_references
    from dossier.kb.resolve import import_references

    failed = False
    with open_kb(args) as store:
        for path in args.files:
            items = list(read_references(Path(path)))
            errors = [i for i in items if isinstance(i, IngestError)]
            report_errors(errors)
            failed = failed or bool(errors)
            with store.transaction():
                count = import_references(
                    store, [i for i in items if not isinstance(i, IngestError)]
                )
            print(f"{path}: {count} reference entities imported", file=sys.stderr)
    return 1 if failed else 0
