"""Keeping watch: feeds to follow (``sources``), ``update``, the ``watch`` list and
``alerts``; ``alert`` also runs after every ingest."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dossier.cli import output
from dossier.cli.common import open_kb, settings_of
from dossier.cli.output import emit, print_json
from dossier.config import Settings
from dossier.store import open_store


def alert(settings: Settings, console: Any = None) -> int:
    """Check watched entities for new facts and deliver them; the alert count."""
    from rich.console import Console

    from dossier.query import digest

    with open_store(settings.db, settings.busy_timeout_ms) as store:
        console = console or Console(stderr=True, highlight=False)
        new, problems = digest.after_ingest(store, settings, console)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return len(new)


def cmd_sources_add(args: argparse.Namespace) -> int:
    failed = False
    with open_kb(args) as store:
        for url in args.urls:
            if not url.startswith(("http://", "https://")):
                print(f"error: {url}: not an http(s) URL", file=sys.stderr)
                failed = True
                continue
            with store.transaction():
                added = store.add_feed(url, "unknown")
            print(f"{'added' if added else 'already registered'}: {url}", file=sys.stderr)
    return 1 if failed else 0


def cmd_sources_remove(args: argparse.Namespace) -> int:
    with open_kb(args) as store:
        with store.transaction():
            removed = store.remove_feed(args.url)
    print(f"{'removed' if removed else 'not registered'}: {args.url}", file=sys.stderr)
    return 0 if removed else 1


def cmd_sources_list(args: argparse.Namespace) -> int:
    with open_kb(args) as store:
        feeds = store.feeds()
    if args.json:
        print_json([{k: v for k, v in f.items() if k != "etag"} for f in feeds])
        return 0
    output.print_feeds(feeds)
    return 0


def _update_settings(args: argparse.Namespace) -> Settings:
    return settings_of(args).with_overrides(alerts_out=args.alerts_out, webhook_url=args.webhook)


def _log_source(quiet: bool):  # noqa: ANN202 - small closure
    from dossier.ingest.files import printable
    from dossier.ingest.update import SourceResult

    def log(result: SourceResult) -> None:
        if result.status == "error":
            error = printable(result.error or "")
            print(f"error: {printable(result.url)}: {error}", file=sys.stderr)
        for url, reason in result.failures:
            print(f"error: {printable(url)}: {printable(reason)}", file=sys.stderr)
        if not quiet and result.status != "error":
            print(
                f"{printable(result.url)}: {result.status}, {result.items_new} new items"
                + (f", {result.items_failed} failed" if result.items_failed else ""),
                file=sys.stderr,
            )

    return log


def cmd_update(args: argparse.Namespace) -> int:
    import time

    from dossier.ingest.fetch import Fetcher
    from dossier.ingest.update import parse_interval, update

    settings = _update_settings(args)
    try:
        every = parse_interval(args.every) if args.every else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    while True:
        fetcher = Fetcher(settings)  # per run: robots.txt is read afresh each time
        with open_store(settings.db, settings.busy_timeout_ms) as store:
            report = update(store, settings, fetcher, log=_log_source(args.quiet))
        print(
            f"{len(report.sources)} sources: {report.documents_added} documents added",
            file=sys.stderr,
        )
        alert(settings)
        if every is None:
            return 1 if report.failed else 0
        print(f"next update in {args.every} (Ctrl-C stops; nothing is lost)", file=sys.stderr)
        time.sleep(every)


def cmd_watch_add(args: argparse.Namespace) -> int:
    from dossier.query import alerts
    from dossier.query.watch import add_watch

    with open_kb(args) as store:
        with store.transaction():
            watch = add_watch(store, args.name)
        alerts.check(store, baseline_for=watch["id"])
        entity = store.entity(watch["entity_id"])
    name = entity.name if entity else watch["entity_id"]
    print(f"watching {name!r} ({watch['entity_id']}) as {args.name!r}", file=sys.stderr)
    return 0


def cmd_watch_list(args: argparse.Namespace) -> int:
    from dossier.query.watch import list_watches

    with open_kb(args) as store:
        with store.transaction():  # following a merge updates the stored id
            watches = list_watches(store)
    return emit(args, watches, output.print_watches)


def cmd_watch_remove(args: argparse.Namespace) -> int:
    from dossier.query.watch import remove_watch

    with open_kb(args) as store:
        with store.transaction():
            removed = remove_watch(store, args.which)
    if not removed:
        print(f"no watch matches {args.which!r}", file=sys.stderr)
        return 1
    print(f"removed watch {', '.join(map(str, removed))}", file=sys.stderr)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from rich.console import Console

    from dossier.query import digest

    with open_kb(args) as store:
        found = store.alerts(since=args.since or "", limit=args.limit, offset=args.offset)
    built = digest.build(found)
    if args.json:
        print_json(built)
    elif args.markdown:
        sys.stdout.write(digest.to_markdown(built))
    else:
        digest.print_digest(built, Console(highlight=False))
    return 0
