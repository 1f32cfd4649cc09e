"""``dossier`` command line: a thin shell over the pipeline and query layer.

Human-readable output by default, ``--json`` for scripts. Errors about inputs
go to stderr, one line per file, naming the file and the reason; the exit
status is 1 when any input failed and 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dossier.config import Settings, default_corpus, load_settings, parse_size
from dossier.query import reads as query
from dossier.records import IngestError
from dossier.store import EntityRow, Store, StoreError, open_store

MODALITIES = {"asserted", "alleged", "planned", "negated", "hypothetical"}


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(db=args.db)


#: page size of ``stories``/``claims`` when only ``--offset`` is given
PAGE_DEFAULT = 50


def _open(args: argparse.Namespace) -> Store:
    settings = _settings(args)
    return open_store(settings.db, settings.busy_timeout_ms)


# -- ingest -------------------------------------------------------------------
def _ingest_settings(args: argparse.Namespace) -> Settings:
    """Settings for one ingest run: environment, then this command's flags."""
    sizes = {
        "max_file_bytes": parse_size(args.max_file_size) if args.max_file_size else None,
        "max_line_bytes": parse_size(args.max_line_size) if args.max_line_size else None,
    }
    return _settings(args).with_overrides(
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
    _alert(settings.with_overrides(alerts_out=args.alerts_out))
    return 1 if report.errors else 0


def _report_errors(errors: list[IngestError]) -> None:
    from dossier.ingest.files import printable

    for error in errors:
        print(f"error: {printable(error.source)}: {printable(error.reason)}", file=sys.stderr)


def _log_line(quiet: bool):  # noqa: ANN202 - small closure
    from dossier.ingest.files import printable

    def log(source: str, documents: int, errors: list[IngestError]) -> None:
        _report_errors(errors)
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


# -- reads --------------------------------------------------------------------
def print_summary(data: dict[str, Any]) -> None:
    print(
        f"{data['documents']} documents from {data['sources']} source files, "
        f"{data['stories']} stories, {data['entities']} entities, {data['mentions']} mentions"
    )
    print("entities by type: " + ", ".join(f"{t} {n}" for t, n in data["entities_by_type"].items()))
    print("top entities:")
    for entity in data["top_entities"]:
        others = [a for a in entity["aliases"] if a != entity["name"]]
        alias_text = f"  (also: {', '.join(others[:6])})" if others else ""
        print(
            f"  {entity['name']} [{entity['type']}] — {entity['documents']} documents, "
            f"{entity['mentions']} mentions{alias_text}"
        )


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as store:
        data = query.summary(store) if not args.json else query.stats(store)
    if args.json:
        _print_json(data)
    else:
        print_summary(data)
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    with _open(args) as store:
        rows = query.entity_list(store, type=args.type, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        others = [a for a in row["aliases"] if a != row["name"]]
        print(
            f"{row['id']}  {row['type']:<6} {row['documents']:>3} docs {row['mentions']:>4} "
            f"mentions  {row['name']}" + (f"  (aliases: {', '.join(others)})" if others else "")
        )
    return 0


def cmd_places(args: argparse.Namespace) -> int:
    from dossier.geo import PLACE_TYPES
    from dossier.query.views import place

    with _open(args) as store:
        rows = [r for t in sorted(PLACE_TYPES) for r in store.entities(type=t, limit=args.limit)]
        rows.sort(key=lambda r: (-r.mention_count, r.id))
        found = [(r, place(store, r)) for r in rows[: args.limit]]
    if args.unresolved:
        found = [(r, p) for r, p in found if p and p["name"] is None]
    if args.json:
        _print_json([{"entity": r.id, "entity_name": r.name, **(p or {})} for r, p in found])
        return 0
    for row, where in found:
        assert where is not None
        if where["name"] is None:
            print(f"{row.id}  {row.name}: unresolved ({where['reason']})")
            continue
        admin1 = f", {where['admin1']}" if where["admin1"] else ""
        print(
            f"{row.id}  {row.name}: {where['name']}{admin1}, {where['country']} "
            f"[{where['feature']}, {where['gazetteer_id']}] ({where['reason']})"
        )
    return 0


def cmd_entity(args: argparse.Namespace) -> int:
    with _open(args) as store:
        row = _lookup(store, args.name)
        profile = query.entity_profile(store, row)
    if args.json:
        _print_json(profile)
        return 0
    print(f"{profile['name']}  [{profile['type']}]  id {profile['id']}")
    print(f"{profile['documents']} documents, {profile['mentions']} mentions")
    print("aliases: " + ", ".join(f"{a['text']} ({a['mentions']})" for a in profile["aliases"]))
    for designation in profile["links"].get("designations", []):
        print(f"designated: {designation}")
    for reference in profile["links"].get("references", []):
        urls = " ".join(reference["source_urls"])
        print(f"reference: {reference['name']} [{reference['id']}] {urls}")
    if args.why:
        print("merged because:")
        for key in profile["merged_keys"]:
            print(f"  {key['key']!r}: {key['reason']}")
    print("mentions:")
    for m in profile["mention_list"]:
        sentence = " ".join(m["sentence"].split())
        print(f"  [{m['source']} @{m['start']}-{m['end']}] {sentence}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as store:
        hits = query.search(store, args.query, limit=args.limit, offset=args.offset)
    if args.json:
        _print_json(hits)
        return 0
    if not hits:
        print("no matches", file=sys.stderr)
    for hit in hits:
        print(f"{hit['document_id']}  {hit['source']}  {hit['title'] or '(untitled)'}")
        print(f"    {' '.join(hit['snippet'].split())}")
    return 0


def _paging(args: argparse.Namespace) -> bool:
    """Whether a list command was asked for one page (``--limit``/``--offset``):
    then it reads that page only (paged in the store, stable order); without
    them it lists everything, as before."""
    return args.limit is not None or bool(args.offset)


def _page_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help=f"one page of N (default {PAGE_DEFAULT} with --offset)",
    )
    parser.add_argument("--offset", type=int, default=0, help="skip the first N")


def _page_note(page: dict[str, Any]) -> None:
    """Where the page sits in the whole list (on stderr: stdout stays the list)."""
    shown = len(page["items"])
    first = page["offset"] + 1 if shown else page["offset"]
    print(f"{first}-{page['offset'] + shown} of {page['total']}", file=sys.stderr)


def cmd_stories(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if _paging(args):
            page = query.story_page(store, args.limit or PAGE_DEFAULT, args.offset)
            stories = page["items"]
            _page_note(page)
        else:
            stories = query.story_list(store)
    if args.json:
        _print_json(stories)
        return 0
    for story in stories:
        first = story["documents"][0]
        print(f"{story['id']}  {story['size']} document(s)  {first['title'] or first['source']}")
        for doc in story["documents"]:
            print(f"    {doc['id']}  {doc['published'] or '----------'}  {doc['source']}")
    return 0


def cmd_story(args: argparse.Namespace) -> int:
    with _open(args) as store:
        detail = query.story_detail(store, args.id)
    if detail is None:
        print(f"no story {args.id!r}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(detail)
        return 0
    print(f"{detail['id']}: {len(detail['documents'])} versions")
    for link in detail["links"]:
        print(f"  linked {link['document_id']} ~ {link['other_id']}: {link['reason']}")
    for doc in detail["documents"]:
        print(f"\n== {doc['id']}  {doc['source']}  {doc['published'] or ''}  {doc['words']} words")
        print(f"   {doc['title'] or '(untitled)'}")
        print(f"   only in this version ({len(doc['only_here'])} sentences):")
        for sentence in doc["only_here"]:
            print(f"   + {' '.join(sentence.split())}")
    return 0


def _lookup(store: Store, name: str) -> EntityRow:
    """The entity ``name`` means; LookupError (reported by :func:`main`) if none."""
    row = query.find_entity(store, name)
    if row is None:
        raise LookupError(name)
    return row


def _entity_id(store: Store, name: str | None) -> str | None:
    return _lookup(store, name).id if name else None


def cmd_timeline(args: argparse.Namespace) -> int:
    with _open(args) as store:
        entity = _entity_id(store, args.entity)
        found = query.events(
            store,
            entity=entity,
            date_from=args.date_from,
            date_to=args.date_to,
            type=args.type,
            modality=args.modality,
        )
    if args.json:
        _print_json(found)
        return 0
    for event in found:
        date = event["date"]
        when = f"{date['start']}..{date['end']} ({date['precision']})" if date else "undated"
        who = ", ".join(event["actor_names"]) or "?"
        whom = ", ".join(event["target_names"]) or "-"
        where = f" in {event['location_name']}" if event["location_name"] else ""
        print(
            f"{when:<36} {event['type']}/{event['mode'] or '-'} [{event['modality']}] "
            f"{who} -> {whom}{where}  ({len(event['stories'])} stories)"
        )
        for evidence in event["evidence"]:
            print(f"    [{evidence['source']}] {' '.join(evidence['text'].split())}")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from dossier.query import brief

    with _open(args) as store:
        row = _lookup(store, args.entity)
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
    with _open(args) as store:
        entity = _entity_id(store, args.entity)
        if _paging(args):
            page = query.claim_page(
                store,
                args.limit or PAGE_DEFAULT,
                args.offset,
                entity=entity,
                contradictions_only=args.contradictions,
            )
            found = page["items"]
            _page_note(page)
        else:
            found = query.claims(store, entity=entity, contradictions_only=args.contradictions)
    if args.json:
        _print_json(found)
        return 0
    if args.contradictions:
        with _open(args) as store:
            for dispute in query.event_disputes(store, entity=_entity_id(store, args.entity)):
                a, b = dispute["sides"]
                print(f"EVENT DISPUTE {a['id']} ~ {b['id']} ({a['type']}): {dispute['reason']}")
                for side in (a, b):
                    for evidence in side["evidence"]:
                        print(f"    [{evidence['source']}] {' '.join(evidence['text'].split())}")
    by_id = {c["id"]: c for c in found}
    for claim in found:
        who = claim["speaker_name"] or "(the outlet)"
        quantity = claim["quantity"]
        figure = ""
        if quantity:
            bounds = f"{quantity['min']}–{quantity['max']}"
            figure = f" [{quantity['hedge'] or ''} {bounds} {quantity['unit']}]"
        text = " ".join(claim["text"].split())
        print(f"{claim['id']} {claim['kind']}{figure} — {who}: {text}")
        print(
            f"    sources: {', '.join(e['source'] for e in claim['evidence'])} "
            f"({len(claim['stories'])} independent)"
        )
        reasons = {d["claim"]: d for d in claim.get("disputes", [])}
        for other in claim["contradicts"]:
            text = by_id[other]["text"] if other in by_id else other
            print(f"    CONTRADICTED BY {other}: {' '.join(text.split())[:120]}")
            if other in reasons:
                why = reasons[other]
                print(f"        why: {why['reason']} (confidence {why['confidence']:.2f})")
        for other in claim["corroborated_by"]:
            print(f"    corroborated by {other}")
        if claim["corroborated_by"]:
            print(f"    independent stories: {claim['independent_stories']}")
        for other, verdict in claim.get("triage", {}).items():
            print(f"    triaged with {other}: {verdict.replace('_', ' ')}")
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    """Record an analyst's judgement of a pair of claims (kept as curation)."""
    verdict = args.verdict.replace("-", "_")
    with _open(args) as store:
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


def cmd_refs_import(args: argparse.Namespace) -> int:
    from dossier.ingest.refs import read_references
    from dossier.kb.resolve import import_references

    failed = False
    with _open(args) as store:
        for path in args.files:
            items = list(read_references(Path(path)))
            errors = [i for i in items if isinstance(i, IngestError)]
            _report_errors(errors)
            failed = failed or bool(errors)
            with store.transaction():
                count = import_references(
                    store, [i for i in items if not isinstance(i, IngestError)]
                )
            print(f"{path}: {count} reference entities imported", file=sys.stderr)
    return 1 if failed else 0


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

    with _open(args) as store:
        keep, other = _lookup(store, args.keep), _lookup(store, args.other)
        if keep.id == other.id:
            print(f"{args.keep!r} and {args.other!r} are already one entity", file=sys.stderr)
            return 0
        with store.transaction():
            merge_manually(store, keep, other)
    print(f"merged {other.name!r} into {keep.name!r} ({keep.id})", file=sys.stderr)
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from dossier.kb.resolve import split_manually

    with _open(args) as store:
        entity = _lookup(store, args.entity)
        try:
            with store.transaction():
                new_id = split_manually(store, entity, args.alias)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"split {args.alias!r} from {entity.name!r} ({new_id})", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dossier.query.export import FORMATS, write_format

    if args.format not in FORMATS:
        print(f"unsupported export format {args.format!r}", file=sys.stderr)
        return 2
    with _open(args) as store:
        report = write_format(store, args.format, Path(args.out) if args.out else None)
    if args.out or args.format == "csv":
        print(f"wrote {args.out or 'export-csv'} ({args.format}): {report}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from dossier.web.api import create_app

    settings = _settings(args).with_overrides(host=args.host, port=args.port)
    if not Path(settings.db.removeprefix("sqlite:///")).exists():
        print(
            f"note: {settings.db} does not exist yet; serving an empty knowledge base",
            file=sys.stderr,
        )
    writes = "enabled (DOSSIER_TOKEN set)" if settings.token else "disabled (no DOSSIER_TOKEN)"
    if settings.host in {"0.0.0.0", "::"} and not settings.allowed_hosts:
        print(  # the Host allow-list (dossier.web.api.allowed_hosts) would refuse other machines
            "note: other machines must reach this server by a name or address listed in "
            "DOSSIER_ALLOWED_HOSTS; any other Host: is answered 400",
            file=sys.stderr,
        )
    print(
        f"dossier: serving {settings.db} at http://{settings.host}:{settings.port}/ "
        f"(API docs: /docs; writes {writes})",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
    return 0


# -- keep watching: sources, update, watch, alerts ------------------------------
def _alert(settings: Settings, console: Any = None) -> int:
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
    with _open(args) as store:
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
    with _open(args) as store:
        with store.transaction():
            removed = store.remove_feed(args.url)
    print(f"{'removed' if removed else 'not registered'}: {args.url}", file=sys.stderr)
    return 0 if removed else 1


def cmd_sources_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        feeds = store.feeds()
    if args.json:
        _print_json([{k: v for k, v in f.items() if k != "etag"} for f in feeds])
        return 0
    if not feeds:
        print("no sources; add one with: dossier sources add FEED_URL", file=sys.stderr)
    for feed in feeds:
        print(f"{feed['url']}  [{feed['kind']}]")
        print(
            f"    last fetch {feed['last_fetch'] or 'never'}: {feed['last_status'] or '-'}; "
            f"items seen {feed['items_seen']}, new {feed['items_new']}, "
            f"failed {feed['items_failed']}"
        )
        if feed["last_error"]:
            print(f"    last error: {feed['last_error']}")
    return 0


def _update_settings(args: argparse.Namespace) -> Settings:
    return _settings(args).with_overrides(alerts_out=args.alerts_out, webhook_url=args.webhook)


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
        _alert(settings)
        if every is None:
            return 1 if report.failed else 0
        print(f"next update in {args.every} (Ctrl-C stops; nothing is lost)", file=sys.stderr)
        time.sleep(every)


def cmd_watch_add(args: argparse.Namespace) -> int:
    from dossier.query import alerts
    from dossier.query.watch import add_watch

    with _open(args) as store:
        with store.transaction():
            watch = add_watch(store, args.name)
        alerts.check(store, baseline_for=watch["id"])
        entity = store.entity(watch["entity_id"])
    name = entity.name if entity else watch["entity_id"]
    print(f"watching {name!r} ({watch['entity_id']}) as {args.name!r}", file=sys.stderr)
    return 0


def cmd_watch_list(args: argparse.Namespace) -> int:
    from dossier.query.watch import list_watches

    with _open(args) as store:
        with store.transaction():  # following a merge updates the stored id
            watches = list_watches(store)
    if args.json:
        _print_json(watches)
        return 0
    if not watches:
        print("no watches; add one with: dossier watch add NAME", file=sys.stderr)
    for watch in watches:
        entity = watch["entity"]
        means = f"{entity['name']} [{entity['type']}] {entity['id']}" if entity else "(gone)"
        print(f"{watch['id']:>3}  {watch['name']}  -> {means}  since {watch['added_at']}")
    return 0


def cmd_watch_remove(args: argparse.Namespace) -> int:
    from dossier.query.watch import remove_watch

    with _open(args) as store:
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

    with _open(args) as store:
        found = store.alerts(since=args.since or "", limit=args.limit, offset=args.offset)
    built = digest.build(found)
    if args.json:
        _print_json(built)
    elif args.markdown:
        sys.stdout.write(digest.to_markdown(built))
    else:
        digest.print_digest(built, Console(highlight=False))
    return 0


# -- parser -------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    defaults = load_settings()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=None, help=f"knowledge base file (default: $DOSSIER_DB or {defaults.db})"
    )
    parser = argparse.ArgumentParser(
        prog="dossier", description="Turn news articles into a sourced knowledge base."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help="read files/folders into the store")
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
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("stats", parents=[common], help="counts and top entities")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("entities", parents=[common], help="list entities")
    p.add_argument("--type", default=None, help="PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, LAW")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_entities)

    p = sub.add_parser(
        "places", parents=[common], help="place entities and their gazetteer records"
    )
    p.add_argument("--unresolved", action="store_true", help="only those left unresolved")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_places)

    p = sub.add_parser("entity", parents=[common], help="profile of one entity")
    p.add_argument("name")
    p.add_argument("--why", action="store_true", help="show why aliases were merged")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_entity)

    p = sub.add_parser("search", parents=[common], help="full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stories", parents=[common], help="near-duplicate story clusters")
    _page_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("story", parents=[common], help="one story's versions side by side")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_story)

    p = sub.add_parser("timeline", parents=[common], help="events in date order")
    p.add_argument("entity", nargs="?", default=None)
    p.add_argument("--from", dest="date_from", default=None, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", default=None, help="YYYY-MM-DD")
    p.add_argument("--type", default=None, help="PLOVER type, e.g. ASSAULT")
    p.add_argument("--modality", default=None, choices=sorted(MODALITIES))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("claims", parents=[common], help="quotes, paraphrases and figures")
    p.add_argument("entity", nargs="?", default=None)
    p.add_argument("--contradictions", action="store_true", help="only disputed claims")
    _page_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser(
        "triage",
        parents=[common],
        help="judge a pair of claims: not-a-dispute (a false alarm) or confirmed",
    )
    p.add_argument("a", help="claim id")
    p.add_argument("b", help="the other claim id")
    p.add_argument("verdict", choices=("not-a-dispute", "confirmed"))
    p.set_defaults(func=cmd_triage)

    p = sub.add_parser("brief", parents=[common], help="a cited brief on one entity")
    p.add_argument("entity")
    p.add_argument("--from", dest="date_from", default=None, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", default=None, help="YYYY-MM-DD")
    p.add_argument("--format", default="md", choices=["md", "html", "pdf"])
    p.add_argument("--out", default=None)
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser("refs", parents=[common], help="reference lists (sanctions, designations)")
    refs = p.add_subparsers(dest="refs_command", required=True)
    r = refs.add_parser("import", parents=[common], help="import CSV or followthemoney JSONL")
    r.add_argument("files", nargs="+")
    r.set_defaults(func=cmd_refs_import)

    p = sub.add_parser("names", parents=[common], help="the name matcher")
    nm = p.add_subparsers(dest="names_command", required=True)
    r = nm.add_parser("match", parents=[common], help="are names A and B one entity, and why")
    r.add_argument("a")
    r.add_argument("b")
    r.add_argument("--type", default="", help="entity type of A (PERSON, ORG, GPE...)")
    r.add_argument("--type-b", default="", help="entity type of B (default: --type)")
    r.add_argument("--why", action="store_true", help="print the reasons")
    r.set_defaults(func=cmd_names_match)

    p = sub.add_parser("merge", parents=[common], help="merge entity OTHER into KEEP, for good")
    p.add_argument("keep")
    p.add_argument("other")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("split", parents=[common], help="take ALIAS out of ENTITY, for good")
    p.add_argument("entity")
    p.add_argument("alias")
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("export", parents=[common], help="export the knowledge base")
    p.add_argument("--format", default="json", choices=["json", "csv", "graphml", "ftm"])
    p.add_argument(
        "--out", default=None, help="output file, a folder for csv (default: stdout; export-csv)"
    )
    p.set_defaults(func=cmd_export)

    _add_watch_parsers(sub, common)

    p = sub.add_parser("serve", parents=[common], help="web UI and REST API (uvicorn)")
    p.add_argument("--host", default=None, help=f"address (default: {defaults.host})")
    p.add_argument("--port", type=int, default=None, help=f"port (default: {defaults.port})")
    p.set_defaults(func=cmd_serve)
    return parser


def _add_watch_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """``sources``, ``update``, ``watch`` and ``alerts``: keeping watch."""
    alerts_out = {"default": None, "help": "folder for JSON and Markdown digests"}
    p = sub.add_parser("sources", parents=[common], help="RSS/Atom feeds and sitemaps to follow")
    sources = p.add_subparsers(dest="sources_command", required=True)
    r = sources.add_parser("add", parents=[common], help="register feeds or sitemaps")
    r.add_argument("urls", nargs="+", metavar="FEED_URL")
    r.set_defaults(func=cmd_sources_add)
    r = sources.add_parser("list", parents=[common], help="sources and their last fetch")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_sources_list)
    r = sources.add_parser("remove", parents=[common], help="stop following a source")
    r.add_argument("url")
    r.set_defaults(func=cmd_sources_remove)

    p = sub.add_parser("update", parents=[common], help="fetch and ingest what is new")
    p.add_argument("--every", default=None, help="repeat, e.g. 30m, until stopped (Ctrl-C)")
    p.add_argument("--alerts-out", **alerts_out)
    p.add_argument("--webhook", default=None, help="POST each digest as JSON to this URL")
    p.add_argument("--quiet", "-q", action="store_true", help="only errors and the final count")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("watch", parents=[common], help="the watchlist of entities")
    watch = p.add_subparsers(dest="watch_command", required=True)
    r = watch.add_parser("add", parents=[common], help="watch an entity (any of its names)")
    r.add_argument("name")
    r.set_defaults(func=cmd_watch_add)
    r = watch.add_parser("list", parents=[common], help="watched entities")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_watch_list)
    r = watch.add_parser("remove", parents=[common], help="stop watching (id or name)")
    r.add_argument("which")
    r.set_defaults(func=cmd_watch_remove)

    p = sub.add_parser("alerts", parents=[common], help="alerts about watched entities")
    p.add_argument("--since", default=None, help="YYYY-MM-DD or an ISO time")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.add_argument("--markdown", action="store_true")
    p.set_defaults(func=cmd_alerts)


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
