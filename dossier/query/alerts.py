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
The baseline is read from the per-entity summary tables (the entity's
claims, events and aliases), not from the whole knowledge base.

Work follows the new data: the store keeps a watermark (``alerts_mark``, the
insertion mark of the last document checked), and a check looks only at the
facts with evidence in documents stored since then, and only at those that
involve a watched entity. Adding ten articles to a store of a hundred thousand
costs what those ten articles touch, not what the store holds. Each fact is
rebuilt whole (all its evidence, its stories, its contradictions and
corroborations through the summary tables), so its fingerprint is the same as
if the whole knowledge base had been read. A fact whose evidence is all older
than the mark is not looked at again: a merge that makes old facts about
another entity facts about a watched one alerts nothing by itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dossier.kb.claims import count_sources
from dossier.kb.fact_summary import best_date, event_place
from dossier.query import reads as query
from dossier.query.watch import current_entity
from dossier.store.base import EntityRow, Store

#: digest order: what an analyst most needs to see first
KINDS = ("dispute", "event_dispute", "corroboration", "event", "claim", "alias")
#: meta key of the watermark: insertion mark of the newest document already checked
MARK = "alerts_mark"
#: most events of one watched entity and type compared with a new report for an
#: event dispute (a bound, so a country in thousands of events stays cheap)
EVENT_DISPUTE_CANDIDATES = 1000
#: "no limit" for the per-entity summary reads of a baseline
_ALL = 2**31 - 1
#: ids per ``IN (...)`` read
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Fact:
    """One alertable fact: what it is, which stories back it, where it was read."""

    kind: str
    identity: str
    summary: str
    stories: tuple[str, ...]
    evidence: tuple[dict[str, Any], ...]
    #: how many independent sources back it (a paper's print and web editions of one
    #: report are one, :func:`dossier.kb.claims.count_sources`); None: its stories
    independent: int | None = None

    def fingerprint(self, watch_id: int) -> str:
        raw = f"{watch_id}|{self.kind}|{self.identity}"
        if self.kind in {"dispute", "event_dispute", "corroboration"}:
            raw += "|" + ",".join(sorted(self.stories))
        return hashlib.sha256(raw.encode()).hexdigest()[:32]


@dataclass(slots=True)
class Snapshot:
    """The facts one check looks at, read once for all watches: claims, events,
    event disputes, the claims they relate to (``by_id``) and named mentions
    per entity (``names``)."""

    claims: list[dict[str, Any]]
    events: list[dict[str, Any]]
    event_disputes: list[dict[str, Any]]
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    names: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _claims(store: Store, ids: Sequence[str], watched: set[str]) -> list[dict[str, Any]]:
    """Claims ``ids`` that involve a watched entity, with their relations."""
    return [
        c
        for chunk in _chunks(ids)
        for c in query.claims_by_ids(store, chunk)
        if not watched or watched & {c["speaker"], c["subject"]}
    ]


def _events(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    return [e for chunk in _chunks(ids) for e in query.events_by_ids(store, chunk)]


def _involves(event: dict[str, Any], entities: set[str]) -> bool:
    return bool(entities & {*event["actors"], *event["targets"], event["location"]})


def _event_order(event: dict[str, Any]) -> tuple[Any, ...]:
    """The order :func:`dossier.query.reads.events` lists events in (so a dispute's
    sides, and its fingerprint, come out as a whole-base read gives them)."""
    date = event["date"]
    return (date is None, date["start"] if date else "", event["id"])


def _same_act(event: dict[str, Any]) -> tuple[Any, ...]:
    return (event["type"], event["mode"], tuple(event["actors"]), tuple(event["targets"]))


def _sketches(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per event the fields :func:`_same_act` and :func:`dossier.query.reads.disagreement`
    compare, computed as :func:`dossier.query.reads.events_by_ids` computes them but
    from the reports' own rows: type, mode, actors, targets, place and date."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for report in store.event_reports_of_events(list(ids)) if ids else []:
        grouped.setdefault(report["event_id"], []).append(report)
    found = {}
    for event_id, reports in grouped.items():
        placed = event_place(reports)
        found[event_id] = {
            "type": reports[0]["type"],
            "mode": next((r["mode"] for r in reports if r["mode"]), None),
            "actors": query.participants(reports, "actor"),
            "targets": query.participants(reports, "target"),
            "location": placed["location_entity"] if placed else None,
            "date": best_date(reports),
        }
    return found


def _may_disagree(event: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether :func:`dossier.query.reads.disagreement` can find a reason between two
    events (``other`` may be a :func:`_sketches` sketch): the same act, both dated,
    and days that do not overlap or two different places. False only where it
    cannot (it also needs the two in different stories)."""
    if _same_act(other) != _same_act(event):
        return False
    da, db = event["date"], other["date"]
    if not (da and db):
        return False
    if da["end"] < db["start"] or db["end"] < da["start"]:
        return True
    return bool(event["location"] and other["location"] and event["location"] != other["location"])


def _event_disputes(
    store: Store, events: list[dict[str, Any]], watched: set[str], known: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Disputes between ``events`` and the other events of the same act.

    Both sides of an event dispute have the same actors and targets, so the
    other side of one involving a watched entity is among that entity's events
    of the same type in which all those actors and targets take part: read from
    the per-entity summary table (its newest :data:`EVENT_DISPUTE_CANDIDATES`),
    or from ``known`` when those are all of them (a baseline).
    """
    found: dict[tuple[str, str], dict[str, Any]] = {}
    by_id = {e["id"]: e for e in known}
    sketches: dict[str, dict[str, Any]] = {}
    for event in events:
        if not (event["actors"] and event["targets"]):
            continue
        for entity in sorted(watched & {*event["actors"], *event["targets"]}):
            if known:
                others = [e for e in known if _same_act(e) == _same_act(event)]
            else:
                # the newest of the entity's events of this type, kept only where
                # every actor and target of this one takes part (both sides of a
                # dispute have the same): a hub's candidates are mostly other acts,
                # and building each costs a read of all its reports
                ids = store.events_with_entities(
                    store.entity_event_ids([entity], EVENT_DISPUTE_CANDIDATES, type=event["type"]),
                    [*event["actors"], *event["targets"]],
                )
                # and of those only the ones that can dispute this one, told from
                # their reports alone (act, date, place; no document read): the
                # same act on the same days at the same place is no dispute
                unread = [i for i in ids if i not in by_id and i not in sketches]
                sketches.update(_sketches(store, unread))
                missing = [
                    i
                    for i in ids
                    if i not in by_id and i in sketches and _may_disagree(event, sketches[i])
                ]
                by_id.update((e["id"], e) for e in _events(store, missing))
                others = [by_id[i] for i in ids if i in by_id]
            for other in others:
                if other["id"] == event["id"] or _same_act(other) != _same_act(event):
                    continue
                a, b = sorted((event, other), key=_event_order)
                reason = query.disagreement(a, b)
                if reason and (a["id"], b["id"]) not in found:
                    found[(a["id"], b["id"])] = {"reason": reason, "sides": [a, b]}
    return list(found.values())


def _related(store: Store, claims: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The claims and every claim they contradict or are corroborated by, by id."""
    by_id = {c["id"]: c for c in claims}
    others = sorted(
        {o for c in claims for o in (*c["contradicts"], *c["corroborated_by"])} - set(by_id)
    )
    by_id.update((c["id"], c) for c in _claims(store, others, set()))
    return by_id


def recent(store: Store, after: int, upto: int, watched: set[str]) -> Snapshot:
    """The facts with evidence in documents stored in ``(after, upto]`` that
    involve a ``watched`` entity, each rebuilt whole."""
    claim_ids, event_ids = store.facts_between(after, upto)
    claims = _claims(store, claim_ids, watched)
    events = [e for e in _events(store, event_ids) if _involves(e, watched)]
    names: dict[str, list[dict[str, Any]]] = {}
    for mention in store.names_between(after, upto, sorted(watched)):
        names.setdefault(mention["entity_id"], []).append(mention)
    return Snapshot(
        claims, events, _event_disputes(store, events, watched, []), _related(store, claims), names
    )


def baseline(store: Store, entity_id: str) -> Snapshot:
    """Every fact about one entity now, from the per-entity summary tables."""
    claim_ids = [
        i for role in ("by", "about") for i in store.entity_claim_ids(entity_id, role, _ALL, 0)[1]
    ]
    claims = _claims(store, claim_ids, set())
    events = _events(store, store.event_page_ids(entity_id, _ALL, 0)[1])
    names = [
        {"text": a["text"], "document_id": None, "start": None, "end": None, "sentence": None,
         "source": None}
        for a in store.entity_aliases(entity_id)
        if a["via"] != "description"
    ]  # fmt: skip
    disputes = _event_disputes(store, events, {entity_id}, events) if events else []
    return Snapshot(claims, events, disputes, _related(store, claims), {entity_id: names})


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
                count_sources((story, key) for story, key in claim["sources"]),
            )
        )
        for relation, kind in (("contradicts", "dispute"), ("corroborated_by", "corroboration")):
            for other_id in claim[relation]:
                facts.append(_pair(kind, claim, snapshot.by_id[other_id]))
    return list({(f.kind, f.identity): f for f in facts}.values())


def _pair(kind: str, a: dict[str, Any], b: dict[str, Any]) -> Fact:
    a, b = sorted((a, b), key=lambda c: c["id"])
    stories = tuple(sorted(set(a["stories"]) | set(b["stories"])))
    # the stories stay the fingerprint (an alert already sent is not sent again); the count
    # shown is of independent sources, one outlet's editions of one report counted once
    independent = count_sources((story, key) for story, key in (*a["sources"], *b["sources"]))
    subject = a["subject_name"] or b["subject_name"] or "?"
    verb = "contradicts" if kind == "dispute" else "agrees with"
    why = next((d for d in a.get("disputes", []) if d["claim"] == b["id"]), None)
    because = f"; {why['reason']}, confidence {why['confidence']:.2f}" if why else ""
    return Fact(
        kind,
        f"{a['id']}|{b['id']}",
        f"{subject}: {_figure(a)} {verb} {_figure(b)} ({independent} independent stories{because})",
        stories,
        tuple(_span(e) for e in (*a["evidence"], *b["evidence"])),
        independent,
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


def _alias_facts(snapshot: Snapshot, entity: EntityRow) -> list[Fact]:
    first: dict[str, dict[str, Any]] = {}
    for mention in snapshot.names.get(entity.id, []):
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


def facts_about(snapshot: Snapshot, entity: EntityRow) -> list[Fact]:
    """Every alertable fact about one entity, in digest order."""
    found = [
        *_claim_facts(snapshot, entity.id),
        *_event_facts(snapshot, entity.id),
        *_alias_facts(snapshot, entity),
    ]
    return sorted(found, key=lambda f: (KINDS.index(f.kind), f.identity))


def _data(fact: Fact, watch: dict[str, Any], entity: EntityRow) -> dict[str, Any]:
    return {
        "kind": fact.kind,
        "summary": fact.summary,
        "watch": watch["name"],
        "entity": {"id": entity.id, "name": entity.name, "type": entity.type},
        "stories": list(fact.stories),
        "independent_stories": len(fact.stories) if fact.independent is None else fact.independent,
        "evidence": list(fact.evidence),
    }


def check(store: Store, baseline_for: int | None = None) -> list[dict[str, Any]]:
    """Record every fact about watched entities not alerted before; the new
    alerts, in digest order. Only documents stored since the last check are
    looked at (the watermark, :data:`MARK`), and it moves on in the same
    transaction as the alerts: all or nothing. With ``baseline_for`` (a watch
    just added) that watch's current facts are recorded, silently."""
    if baseline_for is not None:
        _record_baseline(store, baseline_for)
        return []
    upto = store.document_mark()
    after = int(store.meta(MARK) or 0)
    watches = store.watches()
    new_ids: list[int] = []
    with store.transaction():
        entities = [(w, current_entity(store, w)) for w in watches]
        watched = {e.id for _w, e in entities if e is not None}
        snapshot = recent(store, after, upto, watched) if watched and upto > after else None
        for watch, entity in entities:
            if entity is None or snapshot is None:
                continue
            for fact in facts_about(snapshot, entity):
                alert_id = store.add_alert(
                    fact.fingerprint(watch["id"]), watch["id"], entity.id, fact.kind,
                    _data(fact, watch, entity),
                )  # fmt: skip
                if alert_id is not None:
                    new_ids.append(alert_id)
        if upto != after:
            store.set_meta(MARK, str(upto))
    if not new_ids:
        return []
    found = store.alerts(ids=new_ids, limit=len(new_ids))
    order = {i: n for n, i in enumerate(new_ids)}
    return sorted(found, key=lambda a: order[a["id"]])


def _record_baseline(store: Store, watch_id: int) -> None:
    """A new watch's baseline: the facts its entity has now, recorded silently.

    When it is the only watch, the watermark moves to the newest document
    too: no other watch waits for the documents before it, and the next check
    starts from here instead of from whenever the last check ran.
    """
    watches = store.watches()
    with store.transaction():
        upto = store.document_mark()
        for watch in watches:
            if watch["id"] != watch_id:
                continue
            entity = current_entity(store, watch)
            if entity is None:
                continue
            for fact in facts_about(baseline(store, entity.id), entity):
                store.add_alert(
                    fact.fingerprint(watch_id), watch_id, entity.id, fact.kind,
                    _data(fact, watch, entity), baseline=True,
                )  # fmt: skip
        if len(watches) == 1:
            store.set_meta(MARK, str(upto))
