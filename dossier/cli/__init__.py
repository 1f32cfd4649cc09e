"""``dossier`` command line: a thin shell over the pipeline and query layer.

Human-readable output by default, ``--json`` for scripts. Errors about inputs
go to stderr, one line per file, naming the file and the reason; the exit
status is 1 when any input failed and 0 otherwise.

This module only wires argparse to the handlers: one module per command group
(``ingest``, ``read``, ``export``, ``curation``, ``refs``, ``watch``, ``serve``),
shared helpers in ``common`` and the text rendering in ``output``. Handlers parse
their arguments and call the query or pipeline layer; only ``ingest`` and
``update`` reach the pipeline (lazily), so the read commands never load spaCy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from dossier.cli import common, curation, export, ingest, read, refs, serve, watch
from dossier.config import load_settings
from dossier.records import MODALITIES
from dossier.store import StoreError


def build_parser() -> argparse.ArgumentParser:
    defaults = load_settings()
    db_flag = argparse.ArgumentParser(add_help=False)
    db_flag.add_argument(
        "--db", default=None, help=f"knowledge base file (default: $DOSSIER_DB or {defaults.db})"
    )
    parser = argparse.ArgumentParser(
        prog="dossier", description="Turn news articles into a sourced knowledge base."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[db_flag], help="read files/folders into the store")
    p.add_argument(
        "paths",
        nargs="*",
        help=".txt, .html, .htm, .jsonl files or folders (default: $DOSSIER_CORPUS or "
        "../shared/corpus/seeds)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="only errors and the final count")
    p.add_argument("--summary", action="store_true", help="print what the store holds afterwards")
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--processes", type=int, default=None, help="spaCy worker processes")
    p.add_argument("--alerts-out", default=None, help="folder for JSON and Markdown digests")
    p.add_argument(
        "--engine",
        choices=["local", "ray"],
        default=None,
        help="local: this machine, --workers processes (default); "
        "ray: stages on Ray workers, local or RAY_ADDRESS (many machines)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="analysis workers: local processes (default: every core this process may use, "
        "$DOSSIER_WORKERS; 1 = one process) or Ray actors (default: one per Ray CPU)",
    )
    p.add_argument(
        "--max-file-size",
        default=None,
        help="largest .txt/.html file read, e.g. 50MB (default: DOSSIER_MAX_FILE_BYTES or 50MB)",
    )
    p.add_argument(
        "--max-line-size",
        default=None,
        help="largest JSON line read, e.g. 5MB (default: DOSSIER_MAX_LINE_BYTES or 5MB)",
    )
    p.set_defaults(func=ingest.cmd_ingest)

    p = sub.add_parser(
        "migrate",
        parents=[db_flag],
        help="bring the store's schema and summary tables up to date (once, after an upgrade)",
    )
    p.set_defaults(func=ingest.cmd_migrate)

    p = sub.add_parser("stats", parents=[db_flag], help="counts and top entities")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_stats)

    p = sub.add_parser("entities", parents=[db_flag], help="list entities")
    p.add_argument("--type", default=None, help="PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, LAW")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_entities)

    p = sub.add_parser(
        "places", parents=[db_flag], help="place entities and their gazetteer records"
    )
    p.add_argument("--unresolved", action="store_true", help="only those left unresolved")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_places)

    p = sub.add_parser("entity", parents=[db_flag], help="profile of one entity")
    p.add_argument("name")
    p.add_argument("--why", action="store_true", help="show why aliases were merged")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_entity)

    p = sub.add_parser("search", parents=[db_flag], help="full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_search)

    p = sub.add_parser("stories", parents=[db_flag], help="near-duplicate story clusters")
    common.page_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_stories)

    p = sub.add_parser("story", parents=[db_flag], help="one story's versions side by side")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_story)

    p = sub.add_parser("timeline", parents=[db_flag], help="events in date order")
    p.add_argument("entity", nargs="?", default=None)
    p.add_argument("--from", dest="date_from", default=None, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", default=None, help="YYYY-MM-DD")
    p.add_argument("--type", default=None, help="PLOVER type, e.g. ASSAULT")
    p.add_argument("--modality", default=None, choices=sorted(MODALITIES))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_timeline)

    p = sub.add_parser("claims", parents=[db_flag], help="quotes, paraphrases and figures")
    p.add_argument("entity", nargs="?", default=None)
    p.add_argument("--contradictions", action="store_true", help="only disputed claims")
    common.page_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=read.cmd_claims)

    p = sub.add_parser(
        "triage",
        parents=[db_flag],
        help="judge a pair of claims: not-a-dispute (a false alarm) or confirmed",
    )
    p.add_argument("a", help="claim id")
    p.add_argument("b", help="the other claim id")
    p.add_argument("verdict", choices=("not-a-dispute", "confirmed"))
    p.set_defaults(func=curation.cmd_triage)

    p = sub.add_parser("brief", parents=[db_flag], help="a cited brief on one entity")
    p.add_argument("entity")
    p.add_argument("--from", dest="date_from", default=None, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", default=None, help="YYYY-MM-DD")
    p.add_argument("--format", default="md", choices=["md", "html", "pdf"])
    p.add_argument("--out", default=None)
    p.set_defaults(func=read.cmd_brief)

    p = sub.add_parser("refs", parents=[db_flag], help="reference lists (sanctions, designations)")
    refs_commands = p.add_subparsers(dest="refs_command", required=True)
    r = refs_commands.add_parser(
        "import", parents=[db_flag], help="import CSV or followthemoney JSONL"
    )
    r.add_argument("files", nargs="+")
    r.set_defaults(func=refs.cmd_refs_import)

    p = sub.add_parser("names", parents=[db_flag], help="the name matcher")
    nm = p.add_subparsers(dest="names_command", required=True)
    r = nm.add_parser("match", parents=[db_flag], help="are names A and B one entity, and why")
    r.add_argument("a")
    r.add_argument("b")
    r.add_argument("--type", default="", help="entity type of A (PERSON, ORG, GPE...)")
    r.add_argument("--type-b", default="", help="entity type of B (default: --type)")
    r.add_argument("--why", action="store_true", help="print the reasons")
    r.set_defaults(func=curation.cmd_names_match)

    p = sub.add_parser("merge", parents=[db_flag], help="merge entity OTHER into KEEP, for good")
    p.add_argument("keep")
    p.add_argument("other")
    p.set_defaults(func=curation.cmd_merge)

    p = sub.add_parser("split", parents=[db_flag], help="take ALIAS out of ENTITY, for good")
    p.add_argument("entity")
    p.add_argument("alias")
    p.set_defaults(func=curation.cmd_split)

    p = sub.add_parser("export", parents=[db_flag], help="export the knowledge base")
    p.add_argument("--format", default="json", choices=["json", "csv", "graphml", "ftm"])
    p.add_argument(
        "--out", default=None, help="output file, a folder for csv (default: stdout; export-csv)"
    )
    p.set_defaults(func=export.cmd_export)

    _add_watch_parsers(sub, db_flag)

    p = sub.add_parser("serve", parents=[db_flag], help="web UI and REST API (uvicorn)")
    p.add_argument("--host", default=None, help=f"address (default: {defaults.host})")
    p.add_argument("--port", type=int, default=None, help=f"port (default: {defaults.port})")
    p.set_defaults(func=serve.cmd_serve)
    return parser


def _add_watch_parsers(sub: Any, db_flag: argparse.ArgumentParser) -> None:
    """``sources``, ``update``, ``watch`` and ``alerts``: keeping watch."""
    alerts_out = {"default": None, "help": "folder for JSON and Markdown digests"}
    p = sub.add_parser("sources", parents=[db_flag], help="RSS/Atom feeds and sitemaps to follow")
    sources = p.add_subparsers(dest="sources_command", required=True)
    r = sources.add_parser("add", parents=[db_flag], help="register feeds or sitemaps")
    r.add_argument("urls", nargs="+", metavar="FEED_URL")
    r.set_defaults(func=watch.cmd_sources_add)
    r = sources.add_parser("list", parents=[db_flag], help="sources and their last fetch")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=watch.cmd_sources_list)
    r = sources.add_parser("remove", parents=[db_flag], help="stop following a source")
    r.add_argument("url")
    r.set_defaults(func=watch.cmd_sources_remove)

    p = sub.add_parser("update", parents=[db_flag], help="fetch and ingest what is new")
    p.add_argument("--every", default=None, help="repeat, e.g. 30m, until stopped (Ctrl-C)")
    p.add_argument("--alerts-out", **alerts_out)
    p.add_argument("--webhook", default=None, help="POST each digest as JSON to this URL")
    p.add_argument("--quiet", "-q", action="store_true", help="only errors and the final count")
    p.set_defaults(func=watch.cmd_update)

    p = sub.add_parser("watch", parents=[db_flag], help="the watchlist of entities")
    watch_commands = p.add_subparsers(dest="watch_command", required=True)
    r = watch_commands.add_parser(
        "add", parents=[db_flag], help="watch an entity (any of its names)"
    )
    r.add_argument("name")
    r.set_defaults(func=watch.cmd_watch_add)
    r = watch_commands.add_parser("list", parents=[db_flag], help="watched entities")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=watch.cmd_watch_list)
    r = watch_commands.add_parser("remove", parents=[db_flag], help="stop watching (id or name)")
    r.add_argument("which")
    r.set_defaults(func=watch.cmd_watch_remove)

    p = sub.add_parser("alerts", parents=[db_flag], help="alerts about watched entities")
    p.add_argument("--since", default=None, help="YYYY-MM-DD or an ISO time")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.add_argument("--markdown", action="store_true")
    p.set_defaults(func=watch.cmd_alerts)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except LookupError as exc:
        print(f"no entity matches {exc.args[0]!r}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; committed batches are kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
