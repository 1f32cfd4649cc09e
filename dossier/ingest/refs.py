"""Reference lists: sanctions and designation lists, loaded offline.

An analyst wants to know at a glance that a group is on the US Treasury's SDN
list or Pakistan's proscribed list, and reference lists carry aliases that no
string similarity can find ("Pasdaran" for the IRGC). The lists are data the
user brings, in the formats their publishers use; dossier ships none (a
hand-picked list would only fit the corpus it was picked for). Four formats load:

* followthemoney entities as JSON lines (what OpenSanctions publishes):
  ``{"id", "schema", "properties": {"name": [...], "alias": [...],
  "program": [...], "sourceUrl": [...], "wikidataId": [...], ...}}``;
* the UN Security Council consolidated list, XML (``*.xml``):
  ``CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL`` and ``ENTITIES/ENTITY`` with
  ``FIRST_NAME``..``FOURTH_NAME``, ``NAME_ORIGINAL_SCRIPT``, ``*_ALIAS/ALIAS_NAME``,
  ``REFERENCE_NUMBER``, ``UN_LIST_TYPE``, ``LISTED_ON``;
* the EU financial-sanctions file, CSV (``;``-separated, one row per name of an
  entity: ``Entity_LogicalId``, ``Entity_SubjectType_ClassificationCode``,
  ``NameAlias_WholeName``, ``Entity_Regulation_Programme``,
  ``Entity_Regulation_PublicationUrl``, ``Entity_EU_ReferenceNumber``);
* a simple CSV: ``id,name,aliases,type,designations,source_url,wikidata``
  (lists separated by ``|``).

All names of an entry (a.k.a.s in other scripts, "LAST, First" forms) go to
the same name matcher as the articles' names. Each bad line or record becomes
an error naming the file, the line or record and the reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from dossier.ingest.files import json_lines
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


def _texts(node: Element, tag: str) -> list[str]:
    return [" ".join((e.text or "").split()) for e in node.iter(tag) if (e.text or "").strip()]


def read_un_xml(path: Path, text: str) -> Iterator[Reference | IngestError]:
    """The UN Security Council consolidated list (XML).

    A person's name is its ``FIRST_NAME``..``FOURTH_NAME`` parts in order; the
    name in its original script and every ``ALIAS_NAME`` are aliases.
    """
    try:
        root = fromstring(text)  # defusedxml: no entity expansion bombs from a user's file
    except (ParseError, DefusedXmlException) as exc:
        yield IngestError(str(path), f"malformed XML: {exc}")
        return
    for kind, tag, alias_tag, ftype in (
        ("individual", "INDIVIDUAL", "INDIVIDUAL_ALIAS", "PERSON"),
        ("entity", "ENTITY", "ENTITY_ALIAS", "ORG"),
    ):
        for number, node in enumerate(root.iter(tag), start=1):
            parts = [
                " ".join((node.findtext(p) or "").split())
                for p in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            ident = (node.findtext("REFERENCE_NUMBER") or node.findtext("DATAID") or "").strip()
            if not name or not ident:
                yield IngestError(f"{path}: {kind} {number}", "no name or reference number")
                continue
            aliases = _texts(node, "NAME_ORIGINAL_SCRIPT")
            for alias in node.iter(alias_tag):
                aliases += _texts(alias, "ALIAS_NAME")
            listing = (node.findtext("UN_LIST_TYPE") or "").strip()
            listed_on = (node.findtext("LISTED_ON") or "").strip()
            designation = " ".join(
                p for p in ("UN Security Council", listing, ident, listed_on) if p
            )
            yield Reference(
                id=f"un-{ident}",
                name=name,
                type=ftype,
                aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
                designations=(designation,),
                identifiers={"un": ident},
                dataset=path.name,
            )


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def is_eu_fsf(text: str) -> bool:
    """Whether a CSV is the EU financial-sanctions file (by its header)."""
    head = text.split("\n", 1)[0]
    return "entitylogicalid" in _header_key(head)


def read_eu_csv(path: Path, text: str) -> Iterator[Reference | IngestError]:
    """The EU financial-sanctions CSV: one row per name; rows of one entity join."""
    delimiter = (
        ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    )
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_header_key(h) for h in next(reader, [])]
    col = {h: i for i, h in enumerate(header)}
    if "entitylogicalid" not in col or "namealiaswholename" not in col:
        yield IngestError(str(path), "EU CSV header lacks Entity_LogicalId or NameAlias_WholeName")
        return

    def get(row: list[str], key: str) -> str:
        i = col.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    entries: dict[str, dict[str, list[str]]] = {}
    for number, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        ident, name = get(row, "entitylogicalid"), get(row, "namealiaswholename")
        if not ident:
            yield IngestError(f"{path}:{number}", "row without Entity_LogicalId")
            continue
        entry = entries.setdefault(
            ident, {"names": [], "type": [], "prog": [], "url": [], "ref": []}
        )
        for field_name, key in (
            ("names", "namealiaswholename"),
            ("type", "entitysubjecttypeclassificationcode"),
            ("prog", "entityregulationprogramme"),
            ("url", "entityregulationpublicationurl"),
            ("ref", "entityeureferencenumber"),
        ):
            value = name if field_name == "names" else get(row, key)
            if value and value not in entry[field_name]:
                entry[field_name].append(value)
    for ident, entry in entries.items():
        if not entry["names"]:
            yield IngestError(f"{path}: entity {ident}", "no NameAlias_WholeName")
            continue
        kind = (entry["type"] or [""])[0].lower()
        yield Reference(
            id=f"eu-{ident}",
            name=entry["names"][0],
            type="PERSON" if kind.startswith("person") else "ORG",
            aliases=tuple(entry["names"][1:]),
            designations=tuple(f"EU financial sanctions: {p}" for p in entry["prog"])
            or ("EU financial sanctions",),
            source_urls=tuple(entry["url"]),
            identifiers={"eu": entry["ref"][0]} if entry["ref"] else {},
            dataset=path.name,
        )


def read_references(path: Path) -> Iterator[Reference | IngestError]:
    """References from a followthemoney JSON-lines, UN XML, EU CSV or simple CSV file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        yield IngestError(str(path), f"cannot read reference file: {exc}")
        return
    suffix = path.suffix.lower()
    if suffix == ".xml" or text.lstrip().startswith("<"):
        yield from read_un_xml(path, text)
    elif suffix == ".csv" and is_eu_fsf(text):
        yield from read_eu_csv(path, text)
    elif suffix == ".csv":
        yield from read_csv(path, text)
    else:
        yield from read_ftm(path, text)
