"""Deliver new alerts: a digest grouped by watched entity, as terminal text,
JSON and Markdown files, and an optional webhook POST.

Delivery never fails an update: a folder that cannot be written or a webhook
that does not answer is reported and recorded (``deliveries`` in the store),
and the alerts stay in the store for the web UI and ``/api/alerts``.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from dossier.config import Settings
from dossier.ingest.fetch import USER_AGENT, RefusedURL, check_url, guarded_opener
from dossier.query.alerts import KINDS, check
from dossier.store.base import Store

_TITLES = {
    "dispute": "Contradictions",
    "event_dispute": "Event reports that disagree",
    "corroboration": "Corroborations",
    "event": "New events",
    "claim": "New claims",
    "alias": "New names",
}


def build(alerts: list[dict[str, Any]], generated_at: str | None = None) -> dict[str, Any]:
    """The digest: alerts grouped by watched entity, most important kinds first."""
    groups: dict[str, dict[str, Any]] = {}
    for alert in alerts:
        data = alert["data"]
        group = groups.setdefault(
            data["watch"], {"watch": data["watch"], "entity": data["entity"], "alerts": []}
        )
        group["alerts"].append({"id": alert["id"], "created_at": alert["created_at"], **data})
    for group in groups.values():
        group["alerts"].sort(key=lambda a: (KINDS.index(a["kind"]), a["id"]))
    return {
        "generated_at": generated_at or datetime.now(UTC).isoformat(timespec="seconds"),
        "count": len(alerts),
        "watches": list(groups.values()),
    }


def _cite(span: dict[str, Any]) -> str:
    return f"{span['document_id']}@{span['start']}-{span['end']}"


def _sentence(span: dict[str, Any]) -> str:
    return " ".join(str(span.get("text") or "").split())


def to_markdown(digest: dict[str, Any]) -> str:
    """Markdown digest; article text is quoted, with markup characters escaped."""
    lines = [f"# What changed — {digest['generated_at']}", ""]
    if not digest["watches"]:
        lines.append("Nothing new about watched entities.")
    for group in digest["watches"]:
        entity = group["entity"]
        heading = f"{md_escape(group['watch'])} ({md_escape(entity['name'])}, {entity['id']})"
        lines += [f"## {heading}", ""]
        kind = None
        for alert in group["alerts"]:
            if alert["kind"] != kind:
                if kind is not None:
                    lines.append("")
                kind = alert["kind"]
                lines += [f"### {_TITLES[kind]}", ""]
            lines.append(f"- {md_escape(alert['summary'])}")
            for span in alert["evidence"]:
                source = md_escape(str(span.get("source") or ""))
                lines.append(f"  - `{_cite(span)}` {source}: “{md_escape(_sentence(span))}”")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def md_escape(text: str) -> str:
    """Article text inside Markdown: no links, images, HTML or emphasis from it.

    Shared with the brief (:func:`dossier.query.brief.to_markdown`): whatever renders
    the Markdown must never meet raw ``<script>`` or a link from an article."""
    out = text
    for char in "\\`*_[]<>#|!":
        out = out.replace(char, "\\" + char)
    return out


def print_digest(digest: dict[str, Any], console: Console) -> None:
    """The digest on the terminal (article text escaped for rich markup)."""
    if not digest["watches"]:
        console.print("[dim]nothing new about watched entities[/dim]")
    for group in digest["watches"]:
        entity = group["entity"]
        console.print(
            f"[bold]{escape(group['watch'])}[/bold] ({escape(entity['name'])}): "
            f"{len(group['alerts'])} new"
        )
        for alert in group["alerts"]:
            style = "red" if alert["kind"] in {"dispute", "event_dispute"} else "cyan"
            console.print(f"  [{style}]{alert['kind']}[/{style}] {escape(alert['summary'])}")
            for span in alert["evidence"][:4]:
                console.print(f"    [dim]{_cite(span)}[/dim] {escape(_sentence(span)[:160])}")


def write_files(digest: dict[str, Any], folder: Path) -> list[Path]:
    """``digest-<time>.json`` and ``.md`` in ``folder`` (created); the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = digest["generated_at"].replace(":", "").replace("+0000", "Z")
    last = max((a["id"] for g in digest["watches"] for a in g["alerts"]), default=0)
    base = folder / f"digest-{stamp}-{last}"  # alert ids are unique: no overwrite
    paths = [base.with_suffix(".json"), base.with_suffix(".md")]
    paths[0].write_text(json.dumps(digest, ensure_ascii=False, indent=2), encoding="utf-8")
    paths[1].write_text(to_markdown(digest), encoding="utf-8")
    return paths


def post_webhook(
    store: Store, url: str, digest: dict[str, Any], timeout: float, settings: Settings | None = None
) -> str | None:
    """POST the digest as JSON; the error (recorded in the store), or None.

    The webhook URL goes through the same guard as every fetch (see
    :mod:`dossier.ingest.fetch`): http(s) only, no control characters (no header
    lines smuggled in), no private address unless ``fetch_allow_private``.
    """
    settings = settings or Settings()
    body = json.dumps(digest, ensure_ascii=False).encode("utf-8")
    error: str | None = None
    try:
        check_url(url, settings)
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
        )
        with guarded_opener(settings).open(request, timeout=timeout) as response:
            if not 200 <= response.status < 300:
                error = f"HTTP {response.status}"
    except RefusedURL as exc:
        error = exc.reason
    except urllib.error.HTTPError as exc:
        error = f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        error = f"unreachable ({getattr(exc, 'reason', exc)})"
    with store.transaction():
        store.record_delivery(_redacted(url), digest["count"], error is None, error)
    return error


def _redacted(url: str) -> str:
    """A webhook URL without its query (where services put their secrets)."""
    return url.split("?", 1)[0]


def deliver(
    store: Store,
    settings: Settings,
    alerts: list[dict[str, Any]],
    console: Console | None = None,
) -> list[str]:
    """Every configured delivery of new alerts; the problems met (never raised)."""
    digest = build(alerts)
    if console is not None:
        print_digest(digest, console)
    problems = []
    if not alerts:
        return problems
    if settings.alerts_out:
        try:
            write_files(digest, Path(settings.alerts_out))
        except OSError as exc:
            problems.append(f"cannot write digest to {settings.alerts_out}: {exc}")
    if settings.webhook_url:
        error = post_webhook(
            store, settings.webhook_url, digest, settings.webhook_timeout, settings
        )
        if error:
            problems.append(f"webhook {_redacted(settings.webhook_url)}: {error}")
    return problems


def after_ingest(
    store: Store, settings: Settings, console: Console | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """What every ingest path runs last (CLI, update, uploads): check watched
    entities and deliver what is new; (new alerts, delivery problems)."""
    if not store.watches():
        return [], []
    new = check(store)
    return new, deliver(store, settings, new, console)
