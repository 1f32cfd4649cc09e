"""What changed about each watched entity, each fact alerted once.

After every ingest or update, the facts about a watched entity (events,
claims, aliases, and above all contradictions and corroborations between
independent stories) are compared with those already alerted. A fact is
known by a fingerprint: its identity (claim ids, event id, alias text) plus,
for contradictions and corroborations, the set of independent stories behind
it. The fingerprints live in the store, so an alert is emitted once across
runs, and the same article served again under another URL (stored once by
content hash, or folded into its story by near-duplicate detection) changes
no fingerprint and alerts nothing.

When a watch is added, the facts already known become its baseline: the
first digest says what is new since the watch began, not the whole history.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from dossier import query
from dossier.store.base import EntityRow, Store
from dossier.watch import current_entity

#: digest order: what an analyst most needs to see first
KINDS = ("dispute", "event_dispute", "corroboration", "event", "claim", "alias")


@dataclass(frozen=True, slots=True)
class Fact:
    """One alertable fact: what it is, which stories back it, where it was read."""

    kind: str
    identity: str
    summary: str
    stories: tuple[str, ...]
    evidence: tuple[dict[str, Any], ...]

    def fingerprint(self, watch_id: int) -> str:
        raw = f"{watch_id}|{self.kind}|{self.identity}"
        if self.kind in {"dispute", "event_dispute", "corroboration"}:
            raw += "|" + ",".join(sorted(self.stories))
        return hashlib.sha256(raw.encode()).hexdigest()[:32]


@dataclass(slots=True)
class Snapshot:
    """Claims, events and event disputes, computed once per run for all watches."""

    claims: list[dict[str, Any]]
    events: list[dict[str, Any]]
    event_disputes: list[dict[str, Any]]
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, store: Store) -> Snapshot:
        claims = query.claims(store)
        return cls(
            claims,
            query.events(store),
            query.event_disputes(store),
            {c["id"]: c for c in claims},
        )


def _span(evidence: dict[str, Any]) -> dict[str, Any]:
    keys = ("document_id", "start", "end", "text", "source")
    return {k: evidence.get(k) for k in keys}


def _figure(claim: dict[str, Any]) -> str:
    quantity = claim["quantity"]
    if not quantity:
        return " ".join(claim["text"].split())
    low, high = quantity["min"], quantity["max"]
    if low is None or high is None or low == high:
        bounds = _number(low if high is None else high)
    else:
        bounds = f"{_number(low)}–{_number(high)}"
    return f"{quantity['hedge'] or ''} {bounds} {quantity['unit']}".strip()


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def _about(claim: dict[str, Any], entity_id: str) -> bool:
    return entity_id in (claim["speaker"], claim["subject"])


def _claim_facts(snapshot: Snapshot, entity_id: str) -> list[Fact]:
    facts = []
    for claim in snapshot.claims:
        if not _about(claim, entity_id):
            continue
        who = claim["speaker_name"] or "the outlet"
        facts.append(
            Fact(
                "claim",
                claim["id"],
                f"new {claim['kind']} ({who}): {_figure(claim)}",
                tuple(claim["stories"]),
                tuple(_span(e) for e in claim["evidence"]),
            )
        )
        for relation, kind in (("contradicts", "dispute"), ("corroborated_by", "corroboration")):
            for other_id in claim[relation]:
                facts.append(_pair(kind, claim, snapshot.by_id[other_id]))
    return list({(f.kind, f.identity): f for f in facts}.values())


def _pair(kind: str, a: dict[str, Any], b: dict[str, Any]) -> Fact:
    a, b = sorted((a, b), key=lambda c: c["id"])
    stories = tuple(sorted(set(a["stories"]) | set(b["stories"])))
    subject = a["subject_name"] or b["subject_name"] or "?"
    verb = "contradicts" if kind == "dispute" else "agrees with"
    why = next((d for d in a.get("disputes", []) if d["claim"] == b["id"]), None)
    because = f"; {why['reason']}, confidence {why['confidence']:.2f}" if why else ""
    return Fact(
        kind,
        f"{a['id']}|{b['id']}",
        f"{subject}: {_figure(a)} {verb} {_figure(b)} ({len(stories)} independent stories"
        f"{because})",
        stories,
        tuple(_span(e) for e in (*a["evidence"], *b["evidence"])),
    )


def _event_facts(snapshot: Snapshot, entity_id: str) -> list[Fact]:
    facts = []
    for event in snapshot.events:
        if entity_id not in [*event["actors"], *event["targets"], event["location"]]:
            continue
        date = event["date"]["text"] if event["date"] else "undated"
        who = ", ".join(event["actor_names"]) or "?"
        whom = ", ".join(event["target_names"]) or "-"
        facts.append(
            Fact(
                "event",
                event["id"],
                f"new event {event['type']}: {who} -> {whom} ({date}, "
                f"{len(event['stories'])} stories)",
                tuple(event["stories"]),
                tuple(_span(e) for e in event["evidence"]),
            )
        )
    for dispute in snapshot.event_disputes:
        a, b = dispute["sides"]
        if entity_id not in a["actors"] + a["targets"]:
            continue
        facts.append(
            Fact(
                "event_dispute",
                f"{a['id']}|{b['id']}",
                f"event reports disagree ({a['type']}): {dispute['reason']}",
                tuple(sorted(set(a["stories"]) | set(b["stories"]))),
                tuple(_span(e) for e in (*a["evidence"], *b["evidence"])),
            )
        )
    return facts


def _alias_facts(store: Store, entity: EntityRow) -> list[Fact]:
    first: dict[str, dict[str, Any]] = {}
    for mention in store.entity_mentions(entity.id):
        if mention["via"] != "description":
            first.setdefault(mention["text"], mention)
    return [
        Fact(
            "alias",
            text,
            f"new name: {text!r}",
            (),
            (
                {
                    "document_id": m["document_id"],
                    "start": m["start"],
                    "end": m["end"],
                    "text": m["sentence"],
                    "source": m["source"],
                },
            ),
        )
        for text, m in first.items()
    ]


def facts_about(store: Store, snapshot: Snapshot, entity: EntityRow) -> list[Fact]:
    """Every alertable fact about one entity, in digest order."""
    found = [
        *_claim_facts(snapshot, entity.id),
        *_event_facts(snapshot, entity.id),
        *_alias_facts(store, entity),
    ]
    return sorted(found, key=lambda f: (KINDS.index(f.kind), f.identity))


def _data(fact: Fact, watch: dict[str, Any], entity: EntityRow) -> dict[str, Any]:
    return {
        "kind": fact.kind,
        "summary": fact.summary,
        "watch": watch["name"],
        "entity": {"id": entity.id, "name": entity.name, "type": entity.type},
        "stories": list(fact.stories),
        "independent_stories": len(fact.stories),
        "evidence": list(fact.evidence),
    }


def check(store: Store, baseline_for: int | None = None) -> list[dict[str, Any]]:
    """Record every fact about watched entities not alerted before; the new
    alerts, in digest order. With ``baseline_for`` (a watch just added) only
    that watch's facts are recorded, silently. One transaction: all or nothing."""
    baseline = baseline_for is not None
    watches = [w for w in store.watches() if not baseline or w["id"] == baseline_for]
    if not watches:
        return []
    snapshot = Snapshot.of(store)
    new_ids: list[int] = []
    with store.transaction():
        for watch in watches:
            entity = current_entity(store, watch)
            if entity is None:
                continue
            for fact in facts_about(store, snapshot, entity):
                alert_id = store.add_alert(
                    fact.fingerprint(watch["id"]),
                    watch["id"],
                    entity.id,
                    fact.kind,
                    _data(fact, watch, entity),
                    baseline=baseline,
                )
                if alert_id is not None:
                    new_ids.append(alert_id)
    if baseline or not new_ids:
        return []
    found = store.alerts(ids=new_ids, limit=len(new_ids))
    order = {i: n for n, i in enumerate(new_ids)}
    return sorted(found, key=lambda a: order[a["id"]])
