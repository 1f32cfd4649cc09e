"""Reference lists: sanctions and designation lists, loaded offline.

An analyst wants to know at a glance that a group is on the US Treasury's SDN
list or Pakistan's proscribed list, and reference lists carry aliases that no
string similarity can find ("Pasdaran" for the IRGC). Two formats load:

* followthemoney entities as JSON lines (what OpenSanctions publishes):
  ``{"id", "schema", "properties": {"name": [...], "alias": [...],
  "program": [...], "sourceUrl": [...], "wikidataId": [...], ...}}``;
* a simple CSV: ``id,name,aliases,type,designations,source_url,wikidata``
  (lists separated by ``|``).

Each bad line becomes an error naming the file, the line and the reason.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dossier.ingest import json_lines
from dossier.records import IngestError

#: followthemoney schemata mapped to the knowledge base's entity types
SCHEMA_TYPES = {
    "Organization": "ORG",
    "Company": "ORG",
    "LegalEntity": "ORG",
    "PublicBody": "ORG",
    "Person": "PERSON",
    "Country": "GPE",
    "Address": "LOC",
}
#: the shipped reference file (public, citable facts; see its source_url column)
BUNDLED = Path(__file__).resolve().parent / "data" / "references.csv"


@dataclass(frozen=True, slots=True)
class Reference:
    """One entity of a reference list."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    designations: tuple[str, ...] = ()
    source_urls: tuple[str, ...] = ()
    identifiers: dict[str, str] = field(default_factory=dict)
    dataset: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, *self.aliases)))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def read_csv(path: Path, text: str) -> Iterator[Reference | IngestError]:
    """Rows of the simple CSV format; ``id`` and ``name`` are required."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "name"} - set(reader.fieldnames or [])
    if missing:
        yield IngestError(str(path), f"CSV header lacks {', '.join(sorted(missing))}")
        return
    for number, row in enumerate(reader, start=2):
        if not (row.get("id") or "").strip() or not (row.get("name") or "").strip():
            yield IngestError(f"{path}:{number}", "row without id or name")
            continue
        wikidata = (row.get("wikidata") or "").strip()
        yield Reference(
            id=row["id"].strip(),
            name=row["name"].strip(),
            type=(row.get("type") or "ORG").strip().upper() or "ORG",
            aliases=_split(row.get("aliases")),
            designations=_split(row.get("designations")),
            source_urls=_split(row.get("source_url")),
            identifiers={"wikidata": wikidata} if wikidata else {},
            dataset=path.name,
        )


def read_ftm(path: Path, text: str) -> Iterator[Reference | IngestError]:
    """followthemoney JSON lines; entities without a name are skipped with an error."""
    for item in json_lines(str(path), text):
        if isinstance(item, IngestError):
            yield item
            continue
        where, _number, _line, record = item
        props = record.get("properties") if isinstance(record, dict) else None
        if not isinstance(props, dict) or not props.get("name") or not record.get("id"):
            yield IngestError(where, "not a followthemoney entity with id and name")
            continue

        def values(key: str, props: dict = props) -> tuple[str, ...]:
            raw = props.get(key) or []
            return tuple(str(v).strip() for v in raw if str(v).strip())

        names = values("name")
        wikidata = values("wikidataId")
        yield Reference(
            id=str(record["id"]),
            name=names[0],
            type=SCHEMA_TYPES.get(str(record.get("schema")), "OTHER"),
            aliases=names[1:] + values("alias") + values("weakAlias") + values("previousName"),
            designations=values("program") + values("topics"),
            source_urls=values("sourceUrl"),
            identifiers={"wikidata": wikidata[0]} if wikidata else {},
            dataset=",".join(record.get("datasets") or []) or path.name,
        )


def read_references(path: Path) -> Iterator[Reference | IngestError]:
    """References from a CSV or followthemoney JSON-lines file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield IngestError(str(path), f"cannot read reference file: {exc}")
        return
    if path.suffix.lower() == ".csv":
        yield from read_csv(path, text)
    else:
        yield from read_ftm(path, text)
