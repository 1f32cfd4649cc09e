"""``dossier ingest``: files, folders and URLs through the pipeline into the store.

The pipeline (and with it spaCy) is imported only when an ingest runs."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from dossier.cli.common import report_errors, settings_of
from dossier.cli.output import print_summary
from dossier.cli.watch import alert
from dossier.config import Settings, default_corpus, parse_size
from dossier.query import reads as query
from dossier.records import IngestError
from dossier.store import open_store


def _ingest_settings(args: argparse.Namespace) -> Settings:
    """Settings for one ingest run: environment, then this command's flags."""
    sizes = {
        "max_file_bytes": parse_size(args.max_file_size) if args.max_file_size else None,
        "max_line_bytes": parse_size(args.max_line_size) if args.max_line_size else None,
    }
    return settings_of(args).with_overrides(
        batch_size=args.batch_size,
        n_process=args.processes,
        engine=args.engine,
        workers=args.workers,
        ray_workers=args.workers,
        **sizes,
    )


def _runner(settings: Settings) -> Any:
    """The ingest function of the chosen engine (both take and return the same)."""
    if settings.engine == "ray":
        from dossier.pipeline.ray_runner import require_ray, run_ingest_ray

        require_ray()  # fail before any work, with the install hint
        return run_ingest_ray
    if settings.engine != "local":
        raise ValueError(f"unknown engine {settings.engine!r}; choose local or ray")
    # the pipeline imports spaCy; only the commands that ingest get here, the read
    # commands never load it (tests/test_read_path.py)
    from dossier.pipeline.run import run_ingest

    return run_ingest


def cmd_ingest(args: argparse.Namespace) -> int:
    try:
        settings = _ingest_settings(args)
        run_ingest = _runner(settings)
    except (ValueError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    paths = args.paths or [str(default_corpus())]
    interactive = sys.stderr.isatty() and not args.quiet
    urls = [p for p in paths if p.startswith(("http://", "https://"))]
    paths = [p for p in paths if p not in urls]
    if urls and settings.engine != "local":
        print("error: URLs are fetched by the local engine only; drop --engine", file=sys.stderr)
        return 2
    with open_store(settings.db, settings.busy_timeout_ms) as store:
        if urls:
            report = _ingest_urls(urls, paths, store, settings, args.quiet)
        elif interactive:
            report = _ingest_with_bar(paths, store, settings, run_ingest)
        else:
            report = run_ingest(paths, store, settings, progress=_log_line(args.quiet))
    print(
        f"{report.files} files: {report.documents_added} documents added, "
        f"{report.documents_skipped} unchanged, {len(report.errors)} errors",
        file=sys.stderr,
    )
    if args.summary:
        with open_store(settings.db, settings.busy_timeout_ms) as store:
            print_summary(query.summary(store))
    alert(settings.with_overrides(alerts_out=args.alerts_out))
    return 1 if report.errors else 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Run the pending migrations and summary-table rebuild, here and now.

    The read paths (API, pages, read and export commands) refuse a store that
    is behind rather than run a fill that takes minutes at 100k documents
    inside a request; an upgrade is followed by this command (or an ingest,
    which migrates too)."""
    import time

    from dossier.store.migrations import LATEST
    from dossier.store.summaries import SUMMARY_VERSION

    settings = settings_of(args)
    start = time.perf_counter()
    before = _schema_state(settings)
    with open_store(settings.db, settings.busy_timeout_ms) as store:
        after = store.schema_state()
    took = time.perf_counter() - start
    if before == after:
        print(f"up to date: schema version {LATEST}, summary tables {SUMMARY_VERSION}")
    else:
        print(
            f"migrated: schema version {before[0]} -> {after[0]}, summary tables "
            f"{before[1] or 'none'} -> {after[1]}, in {took:.1f} s"
        )
    return 0


def _schema_state(settings: Settings) -> tuple[int, str | None]:
    """The store's ``(schema version, summary tables version)`` before migrating,
    read without changing it (a store behind this code is refused by a read-only
    open, with its state in the refusal)."""
    from dossier.store import StoreBehind

    try:
        with open_store(settings.db, settings.busy_timeout_ms, migrate=False) as store:
            return store.schema_state()
    except StoreBehind as behind:
        return behind.version, behind.summaries


def _log_line(quiet: bool):  # noqa: ANN202 - small closure
    from dossier.ingest.files import printable

    def log(source: str, documents: int, errors: list[IngestError]) -> None:
        report_errors(errors)
        if not quiet and not errors:
            print(f"ingested {printable(source)}: {documents} new documents", file=sys.stderr)

    return log


def _ingest_urls(urls: list[str], paths: list[str], store: Any, settings: Settings, quiet: bool):  # noqa: ANN202
    """Fetch URL arguments (politely, see dossier.ingest.fetch) and ingest them beside any files."""
    from dossier.ingest.fetch import Fetcher, FetchError, fetch_article
    from dossier.pipeline.run import ingest_articles, run_ingest
    from dossier.records import IngestReport, RawArticle

    fetcher = Fetcher(settings)

    def fetched(url: str) -> list[RawArticle | IngestError]:
        try:
            return [fetch_article(fetcher, url)]
        except FetchError as exc:
            return [IngestError(url, exc.reason)]

    log = _log_line(quiet)
    first = run_ingest(paths, store, settings, progress=log) if paths else None
    report = ingest_articles(((u, fetched(u)) for u in urls), store, settings, progress=log)
    if first is None:
        return report
    return IngestReport(
        files=first.files + report.files,
        documents_added=first.documents_added + report.documents_added,
        documents_skipped=first.documents_skipped + report.documents_skipped,
        errors=(*first.errors, *report.errors),
    )


def _ingest_with_bar(paths: list[str], store: Any, settings: Settings, run_ingest: Any):  # noqa: ANN202
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from dossier.ingest.files import discover, printable

    total = sum(1 for _ in discover(paths))
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)

        def advance(source: str, documents: int, errors: list[IngestError]) -> None:
            # a file may be called "[red]" or "[/x]": paths are text, never markup
            for error in errors:
                where, reason = escape(printable(error.source)), escape(printable(error.reason))
                bar.console.print(f"[red]error[/red]: {where}: {reason}")
            bar.update(task, advance=1, description=escape(printable(source)[-60:]))

        return run_ingest(paths, store, settings, progress=advance)
