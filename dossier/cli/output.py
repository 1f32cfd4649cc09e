"""Text rendering of what the handlers read: JSON for ``--json``, lines for people.

Kept apart from the handlers so that they only parse and call the query layer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def emit(args: argparse.Namespace, data: Any, printer: Callable[[Any], None]) -> int:
    """Print ``data`` as JSON with ``--json``, else through ``printer``: every read command
    answers the same way, so the choice lives in one place."""
    if getattr(args, "json", False):
        print_json(data)
    else:
        printer(data)
    return 0


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


def page_note(page: dict[str, Any]) -> None:
    """Where the page sits in the whole list (on stderr: stdout stays the list)."""
    shown = len(page["items"])
    first = page["offset"] + 1 if shown else page["offset"]
    print(f"{first}-{page['offset'] + shown} of {page['total']}", file=sys.stderr)


def print_entities(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        others = [a for a in row["aliases"] if a != row["name"]]
        print(
            f"{row['id']}  {row['type']:<6} {row['documents']:>3} docs {row['mentions']:>4} "
            f"mentions  {row['name']}" + (f"  (aliases: {', '.join(others)})" if others else "")
        )


def print_places(found: list[tuple[Any, dict[str, Any] | None]]) -> None:
    """Place entities beside their gazetteer records (or why they have none)."""
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


def print_profile(profile: dict[str, Any], why: bool = False) -> None:
    """One entity's profile; ``why``: also the keys its aliases were merged by."""
    print(f"{profile['name']}  [{profile['type']}]  id {profile['id']}")
    print(f"{profile['documents']} documents, {profile['mentions']} mentions")
    print("aliases: " + ", ".join(f"{a['text']} ({a['mentions']})" for a in profile["aliases"]))
    for designation in profile["links"].get("designations", []):
        print(f"designated: {designation}")
    for reference in profile["links"].get("references", []):
        urls = " ".join(reference["source_urls"])
        print(f"reference: {reference['name']} [{reference['id']}] {urls}")
    if why:
        print("merged because:")
        for key in profile["merged_keys"]:
            print(f"  {key['key']!r}: {key['reason']}")
    print("mentions:")
    for m in profile["mention_list"]:
        sentence = " ".join(m["sentence"].split())
        print(f"  [{m['source']} @{m['start']}-{m['end']}] {sentence}")


def print_hits(hits: list[dict[str, Any]]) -> None:
    if not hits:
        print("no matches", file=sys.stderr)
    for hit in hits:
        print(f"{hit['document_id']}  {hit['source']}  {hit['title'] or '(untitled)'}")
        print(f"    {' '.join(hit['snippet'].split())}")


def print_stories(stories: list[dict[str, Any]]) -> None:
    for story in stories:
        first = story["documents"][0]
        print(f"{story['id']}  {story['size']} document(s)  {first['title'] or first['source']}")
        for doc in story["documents"]:
            print(f"    {doc['id']}  {doc['published'] or '----------'}  {doc['source']}")


def print_story(detail: dict[str, Any]) -> None:
    """A story's versions, each with the sentences only it has."""
    print(f"{detail['id']}: {len(detail['documents'])} versions")
    for link in detail["links"]:
        print(f"  linked {link['document_id']} ~ {link['other_id']}: {link['reason']}")
    for doc in detail["documents"]:
        print(f"\n== {doc['id']}  {doc['source']}  {doc['published'] or ''}  {doc['words']} words")
        print(f"   {doc['title'] or '(untitled)'}")
        print(f"   only in this version ({len(doc['only_here'])} sentences):")
        for sentence in doc["only_here"]:
            print(f"   + {' '.join(sentence.split())}")


def print_timeline(events: list[dict[str, Any]]) -> None:
    for event in events:
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


def print_event_disputes(disputes: list[dict[str, Any]]) -> None:
    for dispute in disputes:
        a, b = dispute["sides"]
        print(f"EVENT DISPUTE {a['id']} ~ {b['id']} ({a['type']}): {dispute['reason']}")
        for side in (a, b):
            for evidence in side["evidence"]:
                print(f"    [{evidence['source']}] {' '.join(evidence['text'].split())}")


def print_claims(found: list[dict[str, Any]]) -> None:
    """Claims with their sources, contradictions (and why), corroboration and triage."""
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


def print_feeds(feeds: list[dict[str, Any]]) -> None:
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


def print_watches(watches: list[dict[str, Any]]) -> None:
    if not watches:
        print("no watches; add one with: dossier watch add NAME", file=sys.stderr)
    for watch in watches:
        entity = watch["entity"]
        means = f"{entity['name']} [{entity['type']}] {entity['id']}" if entity else "(gone)"
        print(f"{watch['id']:>3}  {watch['name']}  -> {means}  since {watch['added_at']}")
