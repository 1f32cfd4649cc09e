"""Ingest: find input files and read them into ``RawArticle`` records.

Reading never raises for a bad input: each problem becomes an ``IngestError``
naming the file and the reason, and the rest of the batch goes on. Decoding
tries UTF-8 first, then cp1252 and latin-1, because news archives exported
from old CMSes are full of Windows-1252 "smart quotes".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier.records import IngestError, RawArticle

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = set(TEXT_SUFFIXES) | JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source: str  # path relative to the ingested root


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover(paths: Iterable[str | Path]) -> Iterator[InputFile | IngestError]:
    """Yield every supported file under ``paths`` (recursively, sorted).

    A folder's files get ``source`` relative to the folder's parent, so
    ``seeds/000.txt`` stays recognisable; a file given directly keeps its name.
    """
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield IngestError(str(given), "no such file or directory")
        elif path.is_dir():
            root = path.resolve()
            for file in sorted(p for p in root.rglob("*") if p.is_file()):
                if file.suffix.lower() in SUPPORTED and not file.name.startswith("."):
                    yield InputFile(file, str(file.relative_to(root.parent)))
        elif path.suffix.lower() not in SUPPORTED:
            yield IngestError(
                str(given),
                f"unsupported file type {path.suffix or '(none)'!r}; "
                "expected .txt, .html, .htm or .jsonl",
            )
        else:
            yield InputFile(path, path.name)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 100)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else cp1252, else latin-1 (never fails)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def read_file(item: InputFile, max_bytes: int) -> Iterator[RawArticle | IngestError]:
    """Read one file into raw articles, or errors naming the file and reason."""
    try:
        size = item.path.stat().st_size
        if size > max_bytes:
            yield IngestError(item.source, f"file too large ({size} bytes > limit {max_bytes})")
            return
        data = item.path.read_bytes()
    except OSError as exc:
        yield IngestError(item.source, f"cannot read file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield IngestError(item.source, "empty file")
        return
    if looks_binary(data):
        yield IngestError(item.source, "binary file, not text")
        return
    suffix = item.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(item.source, decode(data))
        return
    text = decode(data)
    kind = TEXT_SUFFIXES[suffix]
    if kind == "text" and _looks_like_html(text):
        kind = "html"
    yield RawArticle(source=item.source, content=text, kind=kind, raw_hash=sha256(data))


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value.strip() or None if isinstance(value, str) else None


def json_lines(source: str, text: str) -> Iterator[tuple[str, int, str, object] | IngestError]:
    """``(where, line number, line, value)`` per non-blank JSON line, or an error naming
    ``source:line`` for a line that does not parse. Shared by every JSONL reader."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield where, number, line, json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"malformed JSON line ({exc.msg})")


def read_jsonl(source: str, text: str) -> Iterator[RawArticle | IngestError]:
    """One article per line: ``text`` or ``html``; optional url/title/published."""
    for item in json_lines(source, text):
        if isinstance(item, IngestError):
            yield item
            continue
        where, number, line, record = item
        if not isinstance(record, dict):
            yield IngestError(where, "JSON line is not an object")
            continue
        body, kind = record.get("text"), "text"
        if not (isinstance(body, str) and body.strip()):
            body, kind = record.get("html"), "html"
        if not (isinstance(body, str) and body.strip()):
            yield IngestError(where, "no non-empty 'text' or 'html' field")
            continue
        url = _optional_str(record, "url")
        yield RawArticle(
            source=url or where,
            content=body,
            kind=kind,
            raw_hash=sha256(line.encode("utf-8")),
            url=url,
            title=_optional_str(record, "title"),
            published=_optional_str(record, "published"),
            line=number,
        )


def read_all(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawArticle | IngestError]:
    """Discover and read everything under ``paths``."""
    for item in discover(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item, max_bytes)
