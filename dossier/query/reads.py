"""The one query layer. The CLI, the REST API and the web UI are thin over it.

Every function takes a store and returns plain data (dicts and lists) that
serialise to JSON as they are; every fact returned carries the document and
offsets it came from.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from dossier import names
from dossier.kb.claims import figure_kind, identity_key, located_places
from dossier.kb.fact_summary import best_date, event_place, majority_modality
from dossier.names import normalize_name
from dossier.store.base import EntityRow, SearchTerm, Store
from dossier.stories.dedup import differing_sentences, outlet_of

_TERM = re.compile(r'"[^"]*"|\S+')
#: control characters end an FTS5 string early ("unterminated string"): spaces instead
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD_CHAR = re.compile(r"\w")
#: most terms one search keeps; the rest are dropped (each term is one more
#: index scan, and 160 copies of ``a*`` once cost 18 s on 13 documents)
MAX_SEARCH_TERMS = 16
#: word characters a prefix term (``abc*``) needs; a shorter one is searched as
#: a whole word, since ``a*`` expands to most of the index
MIN_PREFIX_CHARS = 3


def search_terms(text: str) -> list[SearchTerm]:
    """Turn free text into a bounded list of search terms, all of which must match.

    A ``"quoted phrase"`` is one term; a trailing ``*`` keeps prefix search
    ("Zain*") for a prefix of at least :data:`MIN_PREFIX_CHARS` word characters.
    Operators typed by a user are words: the store spells the terms in its own
    query syntax, so no input can raise a syntax error. Repeated terms are kept
    once (search folds case, so ``Kabul kabul`` is one term) and at most
    :data:`MAX_SEARCH_TERMS` are kept: the cost of a query grows with its terms.
    """
    terms: list[SearchTerm] = []
    seen: set[tuple[str, bool]] = set()
    for raw in _TERM.findall(_CONTROL.sub(" ", text)):
        word = raw.strip('"').rstrip("*")
        if not word.strip():
            continue
        prefix = raw.endswith("*") and len(_WORD_CHAR.findall(word)) >= MIN_PREFIX_CHARS
        if (word.casefold(), prefix) in seen:
            continue
        seen.add((word.casefold(), prefix))
        terms.append(SearchTerm(word, prefix))
        if len(terms) == MAX_SEARCH_TERMS:
            break
    return terms


def search(
    store: Store, text: str, limit: int = 20, offset: int = 0, budget_ms: int | None = None
) -> list[dict[str, Any]]:
    """Ranked full-text search over documents, with snippets; the store raises
    :class:`~dossier.store.base.SearchTimeout` past ``budget_ms``."""
    terms = search_terms(text)
    return store.search(terms, limit=limit, offset=offset, budget_ms=budget_ms) if terms else []


def find_entity(store: Store, name: str) -> EntityRow | None:
    """The entity a user means by ``name``.

    In order: an exact alias; the best spelling variant by the name matcher
    ("Zainebiyoun" finds the Zainabiyoun Brigade); a reference-list name or
    alias linked to an entity; an alias containing the text.
    """
    key = normalize_name(name)
    if not key:
        return None
    ids = store.entity_ids_for_keys([key])
    if key in ids:
        return store.entity(ids[key])
    blocks = sorted(names.blocking_keys(name))
    candidates = sorted(store.keys_in_blocks(blocks, max_block=500))
    scored = []
    for other, (text, _label) in store.key_profiles(candidates).items():
        result = names.match(name, text)
        if result is not None:
            scored.append((result.score, other))
    if scored:
        best = max(scored)[1]
        return store.entity(store.entity_ids_for_keys([best])[best])
    linked = store.linked_entities()
    for ref_id, ref_name, _type in sorted(store.reference_candidates(blocks)):
        if names.match(name, ref_name) is not None:
            for entity_id in linked.get(ref_id, []):
                return store.entity(entity_id)
    for _key, entity_id in store.keys_like(key, limit=1):
        return store.entity(entity_id)
    return None


def entity_row(row: EntityRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "type": row.type,
        "mentions": row.mention_count,
        "documents": row.document_count,
    }


def aliases(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """Distinct surface forms with counts (labels folded together)."""
    merged: dict[str, dict[str, Any]] = {}
    for stat in store.entity_aliases(entity_id):  # counts kept at ingest, not recounted
        if stat["via"] == "description":
            continue
        alias = merged.setdefault(
            stat["text"], {"text": stat["text"], "mentions": 0, "documents": 0, "labels": {}}
        )
        alias["mentions"] += stat["mentions"]
        alias["documents"] = max(alias["documents"], stat["documents"])
        alias["labels"][stat["label"]] = alias["labels"].get(stat["label"], 0) + stat["mentions"]
    return sorted(merged.values(), key=lambda a: (-a["mentions"], a["text"]))


def entity_links(store: Store, entity_id: str) -> dict[str, Any]:
    """Reference-list entries an entity is linked to, and their designations."""
    references = store.entity_references(entity_id)
    if not references:
        return {}
    links: dict[str, Any] = {
        "references": [
            {k: r[k] for k in ("id", "name", "dataset", "source_urls", "reason")}
            for r in references
        ],
        "designations": sorted({d for r in references for d in r["designations"]}),
    }
    for reference in references:
        for scheme, value in reference["identifiers"].items():
            links.setdefault(scheme, value)
    return links


def entity_list(
    store: Store, type: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    rows = store.entities(type=type, limit=limit, offset=offset)
    return [{**entity_row(r), "aliases": [a["text"] for a in aliases(store, r.id)]} for r in rows]


def _mention(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "document_id": m["document_id"],
        "source": m["source"],
        "title": m["title"],
        "published": m["published"],
        "start": m["start"],
        "end": m["end"],
        "text": m["text"],
        "label": m["label"],
        "via": m["via"],
        "sentence": m["sentence"],
        "sentence_start": m["s_start"],
    }


def _profile_head(store: Store, row: EntityRow) -> dict[str, Any]:
    return {
        **entity_row(row),
        "links": entity_links(store, row.id),
        "aliases": aliases(store, row.id),
        "merged_keys": [{"key": k, "reason": r} for k, r in store.entity_keys(row.id)],
    }


def entity_profile(
    store: Store, row: EntityRow, mention_limit: int | None = None
) -> dict[str, Any]:
    """Type, aliases (and why they were merged), counts, each mention in context
    (by publication date). For briefs and the CLI; pages use
    :func:`entity_profile_page`, which does not read every mention."""
    mentions = [_mention(m) for m in store.entity_mentions(row.id, limit=mention_limit)]
    return {**_profile_head(store, row), "mention_list": mentions}


def entity_profile_page(
    store: Store, row: EntityRow, mention_limit: int = 50, mention_offset: int = 0
) -> dict[str, Any]:
    """:func:`entity_profile` with one page of mentions (ingest order) and their
    total, read through indexes whatever the entity's size."""
    total, page = store.entity_mention_page(row.id, mention_limit, mention_offset)
    return {
        **_profile_head(store, row),
        "mention_list": {
            "total": total,
            "limit": mention_limit,
            "offset": mention_offset,
            "items": [_mention(m) for m in page],
        },
    }


def story_list(store: Store) -> list[dict[str, Any]]:
    """Stories (largest first) with their documents' source, outlet and date."""
    stories = []
    for story in store.stories():
        documents = [
            {k: d[k] for k in ("id", "source", "title", "published", "outlet")}
            for d in store.story_documents(story["id"])
        ]
        stories.append({**story, "size": len(documents), "documents": documents})
    return sorted(stories, key=lambda s: (-s["size"], s["id"]))


def story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """The variants of one story side by side: what each says that others do not."""
    documents = store.story_documents(story_id)
    if not documents:
        return None
    unique = differing_sentences([d["text"] for d in documents])
    return {
        "id": story_id,
        "documents": [
            {
                **{k: d[k] for k in ("id", "source", "title", "published", "author", "outlet")},
                "words": len(d["text"].split()),
                "only_here": only,
            }
            for d, only in zip(documents, unique, strict=True)
        ],
        "links": store.story_links(story_id),
    }


def stats(store: Store) -> dict[str, Any]:
    return store.counts()


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """What a knowledge base holds: counts and its most-reported entities."""
    return {**store.counts(), "top_entities": entity_list(store, limit=top)}


# -- events ---------------------------------------------------------------------
def _span(document_id: str, start: int, end: int, text: str) -> dict[str, Any]:
    return {"document_id": document_id, "start": start, "end": end, "text": text}


def participants(reports: list[dict[str, Any]], role: str) -> list[str]:
    """The entity ids in ``role`` ("actor", "target") across an event's reports, united and
    sorted: how an event's participants are told, here and in the watch check's sketches
    (:mod:`dossier.query.alerts`)."""
    ids = {a["entity_id"] for r in reports for a in r["args"] if a["role"] == role}
    return sorted(i for i in ids if i)


def _event(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One event from its reports: participants united, the most precise date."""
    modalities = [r["modality"] for r in reports]

    def texts(name: str) -> list[str]:
        found = [a["text"] for r in reports for a in r["args"] if a["role"] == name]
        return list(dict.fromkeys(found))

    first = reports[0]
    placed = event_place(reports)
    return {
        "id": first["event_id"],
        "type": first["type"],
        "mode": next((r["mode"] for r in reports if r["mode"]), None),
        "actors": participants(reports, "actor"),
        "targets": participants(reports, "target"),
        "actor_names": texts("actor"),
        "target_names": texts("target"),
        # the best-placed report's place (a stated one before the dateline's), with its region
        # and country by name as its own document resolved them
        "location": placed["location_entity"] if placed else None,
        "location_name": placed["location_text"] if placed else None,
        "location_admin1": placed.get("location_admin1") if placed else None,
        "location_country": placed.get("location_country") if placed else None,
        "date": best_date(reports),
        "modality": majority_modality(
            modalities, [r["document_id"] for r in reports], [r["sentence"] for r in reports]
        ),
        "stories": sorted({r["story_id"] for r in reports}),
        "evidence": [
            {
                **_span(r["document_id"], r["start"], r["end"], r["evidence"]),
                "source": r["source"],
                "published": r["published"],
                "modality": r["modality"],
            }
            for r in reports
        ],
    }


def events(
    store: Store,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    modality: str | None = None,
) -> list[dict[str, Any]]:
    """Events in date order (undated last), optionally about one entity."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for report in store.event_mentions():
        grouped.setdefault(report["event_id"], []).append(report)
    found = []
    for reports in grouped.values():
        event = _event(reports)
        if entity and entity not in event["actors"] + event["targets"] + [event["location"]]:
            continue
        if type and event["type"] != type.upper():
            continue
        if modality and event["modality"] != modality:
            continue
        date = event["date"]
        if (date_from or date_to) and not date:
            continue
        if date_from and date and date["end"] < date_from:
            continue
        if date_to and date and date["start"] > date_to:
            continue
        found.append(event)
    return sorted(
        found,
        key=lambda e: (e["date"] is None, e["date"]["start"] if e["date"] else "", e["id"]),
    )


# -- claims ---------------------------------------------------------------------
def _claim(mentions: list[dict[str, Any]]) -> dict[str, Any]:
    first = mentions[0]
    quantity = (
        {
            "min": first["qmin"],
            "max": first["qmax"],
            "unit": first["unit"] or "",
            "hedge": first["hedge"],
        }
        if first["kind"] == "quantity"
        else None
    )
    scope = first.get("scope")
    tally = quantity is not None and scope == "cumulative"
    return {
        "id": first["claim_id"],
        "kind": first["kind"],
        "speaker": next((m["speaker_entity"] for m in mentions if m["speaker_entity"]), None),
        "speaker_name": next((m["speaker_text"] for m in mentions if m["speaker_text"]), None),
        "speaker_role": next((m["speaker_role"] for m in mentions if m["speaker_role"]), None),
        "subject": next((m["subject_entity"] for m in mentions if m["subject_entity"]), None),
        "subject_name": next((m["subject_text"] for m in mentions if m["subject_text"]), None),
        "text": first["text"],
        "quantity": quantity,
        # identity of a figure (dossier.kb.claims.identity_key): what it is compared with
        "figure_kind": figure_kind(scope, first["qmin"], first["qmax"], first["hedge"])
        if quantity
        else None,
        "holds_on": first.get("holds_on") if quantity else None,
        # where the figure holds: the sentence's places less the countries taking part
        "places": sorted(
            located_places(first["text"], filter(None, (first.get("place_key") or "").split(";")))
        ),
        "identity": identity_key(first["unit"], scope, first.get("holds_on")) if quantity else None,
        "stories": sorted({m["story_id"] for m in mentions}),
        # the independent sources among them: a paper's print and web editions of one
        # report are one (dossier.kb.claims.count_sources)
        "sources": _sources(mentions),
        # stories that are independent reports of one event share an event group
        "event_groups": sorted({m["event_group"] for m in mentions if m.get("event_group")}),
        # the incident a claim is about: an event its sentence reports, else its article's
        # main incident (dossier.event_merge.main_event); one per mention, deduplicated.
        # A running or period total ("444 attacks in 2024", a think-tank's tally in the
        # background) is about no one incident: only its own sentence's event links it
        "events": sorted(
            {
                e
                for m in mentions
                if (e := m.get("sentence_event") or (None if tally else m.get("main_event")))
            }
        ),
        "evidence": [
            {
                **_span(m["document_id"], m["start"], m["end"], m["text"]),
                "source": m["source"],
                "published": m["published"],
                "outlet": m["outlet"],
            }
            for m in mentions
        ],
    }


def claims(
    store: Store, entity: str | None = None, contradictions_only: bool = False
) -> list[dict[str, Any]]:
    """Claims with the claims that contradict or corroborate them.

    Corroboration only counts claims from other stories (independent
    sources); every claim lists the stories it comes from.
    """
    from dossier.kb.claims import ClaimView, independent_stories, relate

    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in store.claim_mentions():
        grouped.setdefault(mention["claim_id"], []).append(mention)
    everything = [_claim(m) for m in grouped.values()]
    _with_storylines(store, everything)
    views = [
        ClaimView(
            id=c["id"],
            kind=c["kind"],
            speaker=_speaker_identity(c),
            subject=c["subject"],
            text=c["text"],
            min=(c["quantity"] or {}).get("min"),
            max=(c["quantity"] or {}).get("max"),
            unit=(c["quantity"] or {}).get("unit"),
            hedge=(c["quantity"] or {}).get("hedge"),
            stories=frozenset(c["stories"]),
            groups=frozenset(c["event_groups"]),
            key=c["identity"] or "",
            places=frozenset(c["places"]),
            outlets=_outlets(c),
            published=_published(c),
            sources=frozenset((story, key) for story, key in c["sources"]),
            storylines=frozenset(c["storylines"]),
        )
        for c in everything
    ]
    view_of = {v.id: v for v in views}
    relations = relate(views)
    triaged = triage_judgements(store)
    result = []
    for claim in everything:
        rel = relations[claim["id"]]
        cleared = {
            other
            for other in rel.contradicts
            if triaged.get(pair_key(claim["id"], other)) == NOT_A_DISPUTE
        }
        claim["contradicts"] = sorted(rel.contradicts - cleared)
        claim["corroborated_by"] = sorted(rel.corroborated_by)
        # why each contradiction holds and how sure, surest first (an extra property)
        claim["disputes"] = sorted(
            (
                {"claim": other, "reason": reason, "confidence": confidence}
                for other, (reason, confidence) in rel.reasons.items()
                if other not in cleared
            ),
            key=lambda d: (-d["confidence"], d["claim"]),
        )
        claim["triage"] = {
            other: triaged[pair_key(claim["id"], other)]
            for other in sorted(rel.contradicts | rel.corroborated_by)
            if pair_key(claim["id"], other) in triaged
        }
        # independent sources: the claim's own stories and those of its corroborators, a
        # paper's print and web editions of one report counted once
        claim["independent_stories"] = independent_stories(
            [view_of[claim["id"]], *(view_of[o] for o in rel.corroborated_by if o in view_of)]
        )
        if entity and entity not in (claim["speaker"], claim["subject"]):
            continue
        if contradictions_only and not claim["contradicts"]:
            continue
        result.append(claim)
    return result


def disputes(store: Store, entity: str | None = None) -> list[dict[str, Any]]:
    """Pairs of claims that contradict each other, both sides with their sources,
    each with its reason and confidence; surest first. Pairs triaged "not a dispute"
    are left out (:func:`triage`)."""
    every = {c["id"]: c for c in claims(store)}
    pairs = []
    for claim in every.values():
        for found in claim["disputes"]:
            other = found["claim"]
            if claim["id"] < other:
                a, b = claim, every[other]
                if entity and entity not in (
                    a["subject"],
                    b["subject"],
                    a["speaker"],
                    b["speaker"],
                ):
                    continue
                pairs.append(
                    {
                        "subject": a["subject"],
                        "subject_name": a["subject_name"],
                        "reason": found["reason"],
                        "confidence": found["confidence"],
                        "sides": [a, b],
                    }
                )
    pairs.sort(key=lambda p: (-p["confidence"], p["sides"][0]["id"], p["sides"][1]["id"]))
    return pairs


# -- triage: an analyst's judgement of a pair, kept as curation --------------------
NOT_A_DISPUTE = "not_a_dispute"
CONFIRMED = "confirmed"
TRIAGE_ACTIONS = (NOT_A_DISPUTE, CONFIRMED)


def pair_key(a: str, b: str) -> str:
    """A pair of claim ids, order-free: how a judgement names the pair."""
    return "|".join(sorted((a, b)))


def triage(store: Store, a: str, b: str, verdict: str) -> None:
    """Record an analyst's judgement of the pair of claims ``a``/``b``: "not a dispute"
    (a false alarm: left out of disputes, alerts and briefs) or "confirmed".

    Stored in the curation log (like entity merges), so it outlives re-ingests: claim
    ids are stable for the same statement. The latest judgement of a pair wins.
    """
    if verdict not in TRIAGE_ACTIONS:
        raise ValueError(f"unknown verdict {verdict!r}: one of {', '.join(TRIAGE_ACTIONS)}")
    if a == b:
        raise ValueError("a pair needs two different claims")
    store.log_curation(verdict, pair_key(a, b), "")


def triage_judgements(store: Store) -> dict[str, str]:
    """``{pair_key: verdict}``, the latest judgement of each pair."""
    return {row["subject"]: row["action"] for row in store.curation_log(TRIAGE_ACTIONS)}


def event_disputes(store: Store, entity: str | None = None) -> list[dict[str, Any]]:
    """Event facts that disagree: the same participants doing the same thing,
    reported by different stories with dates that do not overlap, or at
    different places on overlapping dates.

    Such reports are never merged (the merge needs compatible dates and
    places), so they surface here as two events and the reason they may be
    one occurrence told two ways.
    """
    # only the same act by the same participants can disagree: compare within
    # those groups (pairs across the whole knowledge base would be quadratic)
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for event in events(store, entity=entity):
        if event["actors"] and event["targets"]:
            if entity and entity not in event["actors"] + event["targets"]:
                continue
            key = (event["type"], event["mode"], tuple(event["actors"]), tuple(event["targets"]))
            groups.setdefault(key, []).append(event)
    found = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                reason = disagreement(a, b)
                if reason:
                    found.append({"reason": reason, "sides": [a, b]})
    return found


def disagreement(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two reports of one act by the same participants disagree, if they do:
    different stories with dates that do not overlap, or different places."""
    if set(a["stories"]) & set(b["stories"]):
        return None
    da, db = a["date"], b["date"]
    if da and db and (da["end"] < db["start"] or db["end"] < da["start"]):
        return f"dates disagree: {da['text']!r} vs {db['text']!r}"
    if a["location"] and b["location"] and a["location"] != b["location"] and da and db:
        return f"places disagree: {a['location_name']} vs {b['location_name']}"
    return None


# -- pages: one entity's facts, read through the summary tables -------------------
#: most contradicting / corroborating claim ids listed with a claim on a page
RELATED_CAP = 20
#: most dispute pairs counted for one entity (the ``total`` is capped there)
DISPUTE_CAP = 1000
#: most mentions of a related claim read per story to judge it on a page (its first
#: ones): re-prints of one story are one report, so they add stories to nothing, and
#: reading them all made a page's cost grow with how often a figure was re-printed
RELATED_STORY_MENTIONS = 5


def _paged(total: int, limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def events_by_ids(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Events built from their reports, in the order of ``ids``."""
    if not ids:
        return []
    grouped: dict[str, list[dict[str, Any]]] = {}
    for report in store.event_mentions_of_events(ids):
        grouped.setdefault(report["event_id"], []).append(report)
    return [_event(grouped[i]) for i in ids if i in grouped]


def event_page(
    store: Store,
    entity: str | None = None,
    limit: int = 50,
    offset: int = 0,
    newest_first: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    modality: str | None = None,
) -> dict[str, Any]:
    """One page of :func:`events` (same events, same filters), sorted and
    counted in SQL: oldest first (a timeline) or newest first; undated last."""
    total, ids = store.event_page_ids(
        entity,
        limit,
        offset,
        newest_first=newest_first,
        type=type.upper() if type else None,
        modality=modality,
        date_from=date_from,
        date_to=date_to,
    )
    return _paged(total, limit, offset, events_by_ids(store, ids))


def claims_by_ids(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Claims in the order of ``ids``, each with what contradicts and what
    corroborates it (at most :data:`RELATED_CAP` ids each)."""
    if not ids:
        return []
    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in store.claim_mentions_of_claims(ids):
        grouped.setdefault(mention["claim_id"], []).append(mention)
    found = []
    for claim_id in ids:
        if claim_id not in grouped:
            continue
        claim = _claim(grouped[claim_id])
        related = store.claim_relations(claim_id, RELATED_CAP)
        claim["contradicts"], claim["corroborated_by"] = related or ([], [])
        found.append(claim)
    checked_relations(store, found)
    return found


def _speaker_identity(claim: dict[str, Any]) -> str | None:
    """Who a claim is attributed to, for telling sources apart: the speaker entity,
    else a typed generic speaker by its words ("village elders"), else None."""
    if claim["speaker"]:
        return str(claim["speaker"])
    name = claim.get("speaker_name")
    return f"generic:{' '.join(name.lower().split())}" if name else None


def _sources(mentions: list[dict[str, Any]]) -> list[list[str | None]]:
    """A claim's stories with their edition keys (:func:`dossier.kb.claims.edition_key`:
    one outlet's stories in one event group are one source), as
    :func:`dossier.kb.claims.count_sources` counts them; sorted, JSON-ready."""
    from dossier.kb.claims import edition_key

    found = {
        (
            m["story_id"],
            edition_key(
                m.get("event_group"),
                m.get("group_outlet") or outlet_of(m.get("outlet"), m.get("source")),
            ),
        )
        for m in mentions
    }
    return [list(pair) for pair in sorted(found, key=lambda p: (p[0], p[1] or ""))]


def _outlets(claim: dict[str, Any]) -> frozenset[str]:
    """Who published a claim's evidence: the outlet cleaning found, else the host of
    the source URL (two sites are two outlets; a file path names none)."""
    found = set()
    for evidence in claim["evidence"]:
        outlet = evidence.get("outlet")
        if not outlet and "://" in (evidence.get("source") or ""):
            host = urlsplit(evidence["source"]).hostname or ""
            # the site's own name: "www.dawn.com" -> "dawn", as its articles name it
            outlet = host.removeprefix("www.").split(".")[0] or None
        if outlet:
            # "Arab News" and arabnews.com, "Dawn" and dawn.com: one outlet
            found.add(re.sub(r"[^a-z0-9]", "", outlet.lower()))
    return frozenset(found)


def _view(claim: dict[str, Any]) -> Any:
    from dossier.kb.claims import ClaimView

    quantity = claim["quantity"] or {}
    return ClaimView(
        id=claim["id"],
        kind=claim["kind"],
        speaker=_speaker_identity(claim),
        subject=claim["subject"],
        text=claim["text"],
        min=quantity.get("min"),
        max=quantity.get("max"),
        unit=quantity.get("unit"),
        hedge=quantity.get("hedge"),
        stories=frozenset(claim["stories"]),
        groups=frozenset(claim.get("event_groups") or ()),
        key=claim["identity"] or "",
        places=frozenset(claim["places"]),
        outlets=_outlets(claim),
        published=_published(claim),
        storylines=frozenset(claim.get("storylines") or ()),
    )


def _with_storylines(store: Store, claims: list[dict[str, Any]]) -> None:
    """Give each claim the storyline incidents of its documents
    (:func:`dossier.kb.claims.storyline_incident`), read in one lookup of their
    ``document_groups`` rows: what ties a reaction's toll to the incident's reports,
    which never share its event group (:func:`dossier.kb.claims.unplaced_same_incident`)."""
    from dossier.kb.claims import storyline_incident

    documents = sorted({e["document_id"] for c in claims for e in c["evidence"]})
    rows = store.document_groups(documents) if documents else {}
    for claim in claims:
        found = {storyline_incident(rows.get(e["document_id"])) for e in claim["evidence"]}
        claim["storylines"] = sorted(s for s in found if s)


def _published(claim: dict[str, Any]) -> frozenset[str]:
    """The publication days of a claim's evidence (when it was reported: a later
    recollection of a figure confirms nothing, :func:`dossier.kb.claims.reported_together`)."""
    return frozenset(str(e["published"])[:10] for e in claim["evidence"] if e.get("published"))


def checked_relations(store: Store, found: list[dict[str, Any]]) -> None:
    """Keep the relations the summary tables' range scans found only where
    :func:`dossier.kb.claims.relate` keeps them too (places of an incident,
    independent stories), drop pairs triaged "not a dispute", and give each
    contradiction its reason and confidence -- so a page says what the export says."""
    from dossier.kb.claims import contradiction, corroboration

    # a related claim shown on the page too (a dispute's other side) is read once: the
    # page's claims were built from the same rows
    shown = {c["id"]: c for c in found}
    others = sorted({o for c in found for o in c["contradicts"] + c["corroborated_by"]})
    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in store.claim_mentions_of_claims(
        [o for o in others if o not in shown], per_story=RELATED_STORY_MENTIONS
    ):
        grouped.setdefault(mention["claim_id"], []).append(mention)
    others_claims = {i: _claim(m) for i, m in grouped.items()}
    _with_storylines(store, [*others_claims.values(), *found])
    others_claims |= {o: shown[o] for o in others if o in shown}
    views = {i: _view(c) for i, c in others_claims.items()}
    triaged = triage_judgements(store)
    for claim in found:
        mine = _view(claim)
        reasons = {
            o: why
            for o in claim["contradicts"]
            if o in views
            and (why := contradiction(mine, views[o])) is not None
            and triaged.get(pair_key(claim["id"], o)) != NOT_A_DISPUTE
        }
        claim["contradicts"] = sorted(reasons)
        claim["corroborated_by"] = [
            o for o in claim["corroborated_by"] if o in views and corroboration(mine, views[o])
        ]
        claim["disputes"] = sorted(
            (
                {"claim": o, "reason": reason, "confidence": confidence}
                for o, (reason, confidence) in reasons.items()
            ),
            key=lambda d: (-d["confidence"], d["claim"]),
        )


def entity_claims(
    store: Store, entity_id: str, role: str, limit: int = 20, offset: int = 0
) -> dict[str, Any]:
    """Claims ``by`` an entity or ``about`` it (and not by it), one page."""
    total, ids = store.entity_claim_ids(entity_id, role, limit, offset)
    return _paged(total, limit, offset, claims_by_ids(store, ids))


def entity_disputes(
    store: Store, entity_id: str, limit: int = 10, offset: int = 0
) -> dict[str, Any]:
    """One page of :func:`disputes` for an entity; the total is capped at
    :data:`DISPUTE_CAP` (``capped`` says so): a figure repeated in thousands
    of stories can be disputed by thousands of others."""
    from dossier.kb.claims import contradiction

    pairs = store.dispute_pairs(entity_id, DISPUTE_CAP)
    # the range scans know measure, time and scope; places of an incident, independent
    # stories and triage are checked here, so every pair is one the export has too
    every = sorted({i for p in pairs for i in p})
    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in store.claim_mentions_of_claims(every, per_story=RELATED_STORY_MENTIONS):
        grouped.setdefault(mention["claim_id"], []).append(mention)
    found = {i: _claim(m) for i, m in grouped.items()}
    _with_storylines(store, list(found.values()))
    views = {i: _view(c) for i, c in found.items()}
    triaged = triage_judgements(store)
    kept = []
    for low, high in pairs:
        a, b = views.get(low), views.get(high)
        why = contradiction(a, b) if a is not None and b is not None else None
        if why is None or triaged.get(pair_key(low, high)) == NOT_A_DISPUTE:
            continue
        kept.append((*why, low, high))
    kept.sort(key=lambda k: (-k[1], k[2], k[3]))  # surest first
    shown = kept[offset : offset + limit]
    claims = {c["id"]: c for c in claims_by_ids(store, sorted({i for k in shown for i in k[2:]}))}
    items = []
    for reason, confidence, low, high in shown:
        a, b = sorted((claims[low], claims[high]), key=lambda c: c["id"])
        items.append(
            {
                "subject": a["subject"],
                "subject_name": a["subject_name"],
                "reason": reason,
                "confidence": confidence,
                "sides": [a, b],
            }
        )
    return {
        **_paged(min(len(kept), DISPUTE_CAP), limit, offset, items),
        "capped": len(pairs) > DISPUTE_CAP,
    }


# -- the workbench: paged lists, read one page at a time ----------------------------
#: most ids a filtered list considers when it cannot page in SQL (entity + contradicted)
LIST_CAP = 5000


def story_page(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of :func:`story_list` (largest first, ties by id): the story
    sizes are counted in SQL and only the page's documents are read."""
    total, page = store.story_page(limit, offset)
    items = []
    for story_id, size in page:
        documents = [
            {k: d[k] for k in ("id", "source", "title", "published", "outlet")}
            for d in store.story_documents(story_id)
        ]
        items.append(
            {
                "id": story_id,
                "document_ids": [d["id"] for d in documents],
                "representative": documents[0]["id"] if documents else None,
                "size": size,
                "documents": documents,
            }
        )
    return _paged(total, limit, offset, items)


def claim_page(
    store: Store,
    limit: int = 50,
    offset: int = 0,
    entity: str | None = None,
    contradictions_only: bool = False,
) -> dict[str, Any]:
    """One page of claims, each with what contradicts and corroborates it (at
    most :data:`RELATED_CAP` ids each), read through the summary tables.

    Order: by claim id; for an entity, the claims by or about it in ingest
    order (as :func:`claims` lists them). ``contradictions_only`` keeps the
    figures another figure about the same subject and unit contradicts.
    """
    if entity and contradictions_only:
        _total, contradicted = store.claim_page_ids(LIST_CAP, 0, contradicted=True)
        _total, mine = store.entity_claim_page_ids(entity, LIST_CAP, 0)
        keep = set(contradicted)
        ids = [i for i in mine if i in keep]
        total, ids = len(ids), ids[offset : offset + limit]
    elif entity:
        total, ids = store.entity_claim_page_ids(entity, limit, offset)
    else:
        total, ids = store.claim_page_ids(limit, offset, contradicted=contradictions_only)
    return _paged(total, limit, offset, claims_by_ids(store, ids))


def dispute_page(
    store: Store, limit: int = 50, offset: int = 0, entity: str | None = None
) -> dict[str, Any]:
    """One page of contradicting figure pairs, both sides with their sources;
    the total is capped at :data:`DISPUTE_CAP` (``capped`` says so). For an
    entity: :func:`entity_disputes`."""
    if entity:
        return entity_disputes(store, entity, limit, offset)
    total, shown = store.contradiction_pairs(limit, offset, DISPUTE_CAP)
    claims = {c["id"]: c for c in claims_by_ids(store, sorted({i for p in shown for i in p}))}
    items = []
    for low, high in shown:
        if low in claims and high in claims:
            a, b = sorted((claims[low], claims[high]), key=lambda c: c["id"])
            items.append(
                {"subject": a["subject"], "subject_name": a["subject_name"], "sides": [a, b]}
            )
    return {
        **_paged(min(total, DISPUTE_CAP), limit, offset, items),
        "capped": total > DISPUTE_CAP,
    }


def events_at(
    store: Store,
    locations: list[str],
    limit: int = 20,
    offset: int = 0,
    entity: str | None = None,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> dict[str, Any]:
    """One page of the events located at any of ``locations`` (the events
    behind one point of the map), in date order, undated last."""
    total, ids = store.events_at(
        locations,
        limit,
        offset,
        entity_id=entity,
        type=type.upper() if type else None,
        date_from=date_from,
        date_to=date_to,
    )
    return _paged(total, limit, offset, events_by_ids(store, ids))
