"""Export the knowledge base as the JSON contract (``export.schema.json``).

The contract is the promise to downstream tools: every fact carries spans
whose ``text`` equals ``documents[id].text[start:end]``. Fields the contract
does not define (``version``, ``segment``, ``url``) are added where an analyst
needs them; the schema allows additional properties.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TextIO

from dossier import geo
from dossier.query import reads as query
from dossier.store.base import Store

SCHEMA_VERSION = "1"


def _document(record: dict[str, Any], copies: dict[str, list[str]]) -> dict[str, Any]:
    """One document; ``copy_of`` (an additional property): the earlier documents it
    re-prints or rewrites (the story links dedup found), so who copied whom stays apart
    from "same event, independent" (``stories[].event_group``)."""
    return {
        "id": record["id"],
        "source": record["source"],
        "title": record["title"],
        "published": record["published"],
        "author": record["author"],
        "outlet": record["outlet"],
        "dateline": record["dateline"],
        "url": record["url"],
        "version": record["version"],
        "segment": record["segment"],
        "text": record["text"],
        "removed": record["removed"],
        "story_id": record["story_id"],
        "copy_of": copies.get(record["id"], []),
    }


def _entities(store: Store, page: int = 500) -> list[dict[str, Any]]:
    return list(_iter_entities(store, page))


def _iter_entities(store: Store, page: int = 500) -> Iterator[dict[str, Any]]:
    """Entities one at a time, read ``page`` rows at a time (the stream's source)."""
    places = geo.EntityPlaces(store)
    offset = 0
    while rows := store.entities(limit=page, offset=offset):
        for row in rows:
            yield (
                {
                    "id": row.id,
                    "type": row.type,
                    "name": row.name,
                    "aliases": [a["text"] for a in query.aliases(store, row.id)],
                    "mentions": [
                        {
                            "document_id": m["document_id"],
                            "start": m["start"],
                            "end": m["end"],
                            "text": m["text"],
                            # the type this mention has where it stands (the model's label,
                            # corrected by its document: cues, surnames, acronyms); the
                            # entity's "type" is the vote over all of its mentions
                            "type": m["label"],
                        }
                        for m in store.entity_mentions(row.id)
                    ],
                    "links": query.entity_links(store, row.id),
                    "geo": _geo(places, row.id, row.name, row.type),
                }
            )
        offset += page


def _geo(places: geo.EntityPlaces, entity_id: str, name: str, type: str) -> Any:
    """A place entity's gazetteer record (lat, lon, country, …) or None."""
    if type not in geo.PLACE_TYPES:
        return None
    found = places.resolve(entity_id, name, type).place
    return found.as_geo() if found else None


_SPAN = ("document_id", "start", "end", "text")
_PRECISIONS = {"day", "week", "month", "season", "year", "range"}


def _event_disputes(store: Store) -> dict[str, list[dict[str, str]]]:
    """Per event id, the events that tell the same act differently, and why.

    An extra property ("disputed_by"): the contract has contradictions for
    claims only, but an analyst comparing two dates of one arrest needs them too.
    """
    found: dict[str, list[dict[str, str]]] = {}
    for dispute in query.event_disputes(store):
        a, b = (side["id"] for side in dispute["sides"])
        found.setdefault(a, []).append({"event": b, "reason": dispute["reason"]})
        found.setdefault(b, []).append({"event": a, "reason": dispute["reason"]})
    return found


def _events(store: Store) -> list[dict[str, Any]]:
    out = []
    disputed = _event_disputes(store)
    for event in query.events(store):
        date = event["date"]
        if date and date["precision"] not in _PRECISIONS:
            date = None
        if date and date.get("text") is None:
            # an interval inferred for an event whose sentence states no date: nothing was
            # written, so no "text" (the contract wants a string when it is there)
            date = {k: v for k, v in date.items() if k != "text"}
        out.append(
            {
                **{k: event[k] for k in ("id", "type", "mode", "actors", "targets", "location")},
                "date": date,
                # extras: the participants as written, so generic actors with no entity
                # ("security forces", "unknown assailants") are not lost
                "actor_names": event["actor_names"],
                "target_names": event["target_names"],
                "location_name": event["location_name"],
                # extras: where the event happened, by name ("Khyber Pakhtunkhwa", "Pakistan")
                "location_admin1": event.get("location_admin1"),
                "location_country": event.get("location_country"),
                "modality": event["modality"],
                "evidence": [
                    {**{k: e[k] for k in _SPAN}, "modality": e["modality"]}
                    for e in event["evidence"]
                ],
                "disputed_by": disputed.get(event["id"], []),
            }
        )
    return out


def _claims(store: Store) -> list[dict[str, Any]]:
    out = []
    for claim in query.claims(store):
        quantity = claim["quantity"]
        out.append(
            {
                **{k: claim[k] for k in ("id", "kind", "speaker", "subject", "text")},
                "speaker_role": claim["speaker_role"],
                # extra: who spoke in words -- the entity's name as written, or a typed
                # generic speaker with no entity ("the defence minister")
                "speaker_name": claim["speaker_name"],
                "quantity": {**quantity, "unit": quantity["unit"] or ""} if quantity else None,
                "evidence": [{k: e[k] for k in _SPAN} for e in claim["evidence"]],
                "contradicts": claim["contradicts"],
                "corroborated_by": claim["corroborated_by"],
                # extras (dossier.kb.claims): a figure's identity, why each contradiction
                # holds and how sure, the independent stories behind the claim and its
                # corroborators, and analysts' triage of its pairs
                "figure_kind": claim["figure_kind"],
                "holds_on": claim["holds_on"],
                "places": claim["places"],
                "disputes": claim["disputes"],
                "independent_stories": claim["independent_stories"],
                # the events (events[].id) the claim is about: one its sentence reports,
                # else its article's main incident
                "events": claim["events"],
                "triage": claim["triage"],
            }
        )
    return out


def build_export(store: Store) -> dict[str, Any]:
    """The whole knowledge base as one contract document."""
    copies = store.copy_links()
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [_document(r, copies) for r in store.documents()],
        "stories": store.stories(),
        "entities": _entities(store),
        "events": _events(store),
        "claims": _claims(store),
    }


def iter_export_json(store: Store) -> Iterator[str]:
    """:func:`build_export` as JSON text in pieces, for a streamed response:
    documents and entities are read and sent one at a time, so the first
    bytes leave at once and the documents' text is never all in memory.
    (Events and claims are related across the whole knowledge base, so those
    two sections are still built whole before they are sent.) Parses to
    exactly what :func:`build_export` returns."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    yield '{"schema_version": ' + dumps(SCHEMA_VERSION) + ', "documents": ['
    copies = store.copy_links()
    for number, record in enumerate(store.documents()):
        yield ("," if number else "") + dumps(_document(record, copies))
    yield '], "stories": ' + dumps(store.stories()) + ', "entities": ['
    for number, entity in enumerate(_iter_entities(store)):
        yield ("," if number else "") + dumps(entity)
    yield '], "events": ' + dumps(_events(store))
    yield ', "claims": ' + dumps(_claims(store)) + "}\n"


def write_export(store: Store, out: Path | None) -> dict[str, Any]:
    """Write the JSON export to ``out`` (or return it for stdout)."""
    data = build_export(store)
    if out is not None:
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return data


# -- other formats ----------------------------------------------------------------
# Each is derived from the JSON contract (or, for the graph, from the same
# events), so every format says the same thing; the contract stays the source.
FORMATS = ("json", "csv", "graphml", "ftm")


def _join(values: Any) -> str:
    return ";".join(str(v) for v in values if v is not None)


def csv_tables(data: dict[str, Any]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """``{table: (header, rows)}``: documents, stories, entities, aliases,
    mentions, events, claims, and evidence (every span behind an event or claim).

    Lists inside a cell are joined with ``;``; spans keep document id and
    offsets, so every row can be traced back to its sentence.
    """
    documents = [
        [d[k] for k in ("id", "source", "title", "published", "author", "outlet", "dateline")]
        + [d["url"], d["version"], d["segment"], d["story_id"], d["text"]]
        for d in data["documents"]
    ]
    stories = [[s["id"], s["representative"], _join(s["document_ids"])] for s in data["stories"]]
    entities, aliases, mentions = [], [], []
    for e in data["entities"]:
        links = e["links"] or {}
        entities.append(
            [
                e["id"],
                e["type"],
                e["name"],
                len(e["mentions"]),
                len({m["document_id"] for m in e["mentions"]}),
                _join(r["id"] for r in links.get("references", [])),
                _join(links.get("designations", [])),
            ]
        )
        aliases.extend([e["id"], alias] for alias in e["aliases"])
        mentions.extend(
            [e["id"], m["document_id"], m["start"], m["end"], m["text"]] for m in e["mentions"]
        )
    events, claims, evidence = [], [], []
    for ev in data["events"]:
        date = ev["date"] or {}
        events.append(
            [
                *(ev["id"], ev["type"], ev["mode"], ev["modality"]),
                *(date.get("start"), date.get("end"), date.get("precision")),
                *(_join(ev["actors"]), _join(ev["targets"]), ev["location"], len(ev["evidence"])),
            ]
        )
        evidence.extend(
            ["event", ev["id"], x["document_id"], x["start"], x["end"], x["text"]]
            for x in ev["evidence"]
        )
    for c in data["claims"]:
        q = c["quantity"] or {}
        claims.append(
            [
                *(c["id"], c["kind"], c["speaker"], c["speaker_role"], c["subject"], c["text"]),
                *(q.get("min"), q.get("max"), q.get("unit"), q.get("hedge")),
                *(_join(c["contradicts"]), _join(c["corroborated_by"]), len(c["evidence"])),
            ]
        )
        evidence.extend(
            ["claim", c["id"], x["document_id"], x["start"], x["end"], x["text"]]
            for x in c["evidence"]
        )
    span = ["document_id", "start", "end", "text"]
    return {
        "documents": (
            "id source title published author outlet dateline url version segment story_id "
            "text".split(),
            documents,
        ),
        "stories": (["id", "representative", "document_ids"], stories),
        "entities": (
            ["id", "type", "name", "mentions", "documents", "references", "designations"],
            entities,
        ),
        "aliases": (["entity_id", "alias"], aliases),
        "mentions": (["entity_id", *span], mentions),
        "events": (
            "id type mode modality date_start date_end precision actors targets location "
            "evidence_count".split(),
            events,
        ),
        "claims": (
            "id kind speaker speaker_role subject text min max unit hedge contradicts "
            "corroborated_by evidence_count".split(),
            claims,
        ),
        "evidence": (["fact", "fact_id", *span], evidence),
    }


def write_csv(store: Store, folder: Path) -> dict[str, int]:
    """One UTF-8 CSV file per table into ``folder``; returns rows per table."""
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table, (header, rows) in csv_tables(build_export(store)).items():
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(rows)
        counts[table] = len(rows)
    return counts


def iter_graphml(store: Store) -> Iterator[str]:
    """The actor graph (who acted on whom) as GraphML, for Gephi, yEd, networkx,
    in pieces: events are read a page at a time and the text is written a node
    or an edge at a time (:func:`dossier.query.graph.iter_graphml`), so the whole
    knowledge base is neither loaded nor built as one XML tree. Edge
    ``weight`` is the number of evidence sentences, ``stories`` the independent
    ones."""
    from dossier.query import graph

    yield from graph.iter_graphml(graph.actor_graph(store), layout=False)


def graphml(store: Store) -> str:
    """:func:`iter_graphml` as one string."""
    return "".join(iter_graphml(store))


#: contract entity types -> followthemoney schemata (LAW has none: not exported)
FTM_SCHEMA = {
    "PERSON": "Person",
    "ORG": "Organization",
    "NORP": "LegalEntity",
    "GPE": "Address",
    "LOC": "Address",
    "FAC": "Address",
    "EVENT": "Event",
}
_FTM_PARTIES = {"Person", "Organization", "LegalEntity"}


def _ftm(entity_id: str, schema: str, **properties: Any) -> dict[str, Any]:
    """An FtM entity: every property a list of strings, empty ones dropped."""
    props: dict[str, list[str]] = {}
    for name, value in properties.items():
        values = value if isinstance(value, list | tuple | set) else [value]
        cleaned = sorted({str(v) for v in values if v not in (None, "")}) if values else []
        if cleaned:
            props[name] = cleaned
    return {"id": entity_id, "schema": schema, "properties": props}


def ftm_entities(store: Store) -> Iterator[dict[str, Any]]:
    """The knowledge base as followthemoney entities.

    Documents become ``Article``; entities ``Person``/``Organization``/
    ``LegalEntity`` (NORP groups)/``Address`` (places)/``Event`` with their
    aliases, reference source URLs and the articles that mention them
    (``proof``); events become ``Event`` (actors as ``organizer``, everyone
    as ``involved``, the evidence sentences as ``description``); claims become
    ``Note`` on their subject or speaker, text in ``description``, so that
    statements stay statements with a source, never facts.
    """
    data = build_export(store)
    schema_of: dict[str, str] = {}
    for d in data["documents"]:
        yield _ftm(
            d["id"],
            "Article",
            name=d["title"] or d["source"],
            title=d["title"],
            author=d["author"],
            publisher=d["outlet"],
            publishedAt=d["published"],
            sourceUrl=d["url"],
            fileName=d["source"],
        )
    for e in data["entities"]:
        schema = FTM_SCHEMA.get(e["type"])
        if schema is None:
            continue
        schema_of[e["id"]] = schema
        links = e["links"] or {}
        urls = [u for r in links.get("references", []) for u in r.get("source_urls", [])]
        extra: dict[str, Any] = {"full": e["name"]} if schema == "Address" else {}
        yield _ftm(
            e["id"],
            schema,
            name=e["name"],
            alias=[a for a in e["aliases"] if a != e["name"]],
            sourceUrl=urls,
            notes=links.get("designations", []),
            wikidataId=links.get("wikidata"),
            proof=[m["document_id"] for m in e["mentions"]],
            **extra,
        )
    names = {e["id"]: e["name"] for e in data["entities"]}
    for ev in data["events"]:
        date = ev["date"] or {}
        actors = [names.get(a, a) for a in ev["actors"]]
        targets = [names.get(t, t) for t in ev["targets"]]
        title = f"{ev['type']}: {', '.join(actors) or '?'} -> {', '.join(targets) or '-'}"
        yield _ftm(
            ev["id"],
            "Event",
            name=title,
            summary=f"{ev['type']} ({ev['modality']})",
            date=date.get("start") if date.get("start") == date.get("end") else None,
            startDate=date.get("start"),
            endDate=date.get("end"),
            location=names.get(ev["location"]) if ev["location"] else None,
            organizer=[a for a in ev["actors"] if schema_of.get(a) in _FTM_PARTIES],
            involved=[i for i in ev["actors"] + ev["targets"] if schema_of.get(i) in _FTM_PARTIES],
            description=[x["text"] for x in ev["evidence"]],
            proof=[x["document_id"] for x in ev["evidence"]],
        )
    for c in data["claims"]:
        about = [i for i in (c["subject"], c["speaker"]) if i and i in schema_of]
        speaker = names.get(c["speaker"]) if c["speaker"] else None
        yield _ftm(
            c["id"],
            "Note",
            name=f"{c['kind']} by {speaker or c['speaker_role'] or 'the outlet'}",
            description=c["text"],
            entity=about,
            proof=[x["document_id"] for x in c["evidence"]],
        )


def ftm_lines(store: Store) -> Iterator[str]:
    """FtM entities as JSON lines (``ftm`` and Aleph read this)."""
    for entity in ftm_entities(store):
        yield json.dumps(entity, ensure_ascii=False, sort_keys=True)


@contextmanager
def _text_out(out: Path | None, stdout: TextIO) -> Iterator[TextIO]:
    """``out`` opened for UTF-8 text, or ``stdout`` (left open)."""
    with out.open("w", encoding="utf-8") if out else nullcontext(stdout) as sink:
        yield sink


def write_format(store: Store, format: str, out: Path | None, stdout: TextIO | None = None) -> str:
    """Write ``format`` to ``out`` (a folder for csv); return a one-line report.

    Without ``out`` the text formats go to ``stdout`` (default: the current
    ``sys.stdout``) and csv to ``./export-csv``.
    """
    stdout = stdout or sys.stdout
    if format == "json":
        data = write_export(store, out)
        if out is None:
            print(json.dumps(data, ensure_ascii=False), file=stdout)
        return f"{len(data['documents'])} documents, {len(data['entities'])} entities"
    if format == "csv":
        folder = out or Path("export-csv")
        counts = write_csv(store, folder)
        return f"{folder}/: " + ", ".join(f"{k}.csv {v} rows" for k, v in counts.items())
    if format == "graphml":
        counts: Counter[str] = Counter()
        with _text_out(out, stdout) as sink:
            for piece in iter_graphml(store):
                counts[piece.lstrip()[:5]] += 1
                sink.write(piece)
        return f"actor graph, {counts['<node']} nodes, {counts['<edge']} edges"
    if format == "ftm":
        lines = list(ftm_lines(store))
        if out is None:
            stdout.writelines(line + "\n" for line in lines)
        else:
            out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return f"{len(lines)} followthemoney entities"
    raise ValueError(f"unsupported export format {format!r}; choose from {', '.join(FORMATS)}")
