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
from typing import BinaryIO

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


#: default longest JSON line (one article) read; a line over it is an error, not a crash
DEFAULT_MAX_LINE_BYTES = 5 * 1024 * 1024
#: how much of an over-long line is read at a time while skipping it
_SKIP_CHUNK = 64 * 1024
#: how much of a file decides whether it is text at all
_HEAD = 8192


def human_size(size: int) -> str:
    """ "50 MB" / "512 KB" for limits given in whole units (of 1024), else the byte count."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size:,} bytes"


def over_limit(what: str, size: int, limit: int) -> str:
    """The one wording for every size error: "file is 104,857,600 bytes, over the 50 MB limit"."""
    return f"{what} is {size:,} bytes, over the {human_size(limit)} limit"


def read_file(
    item: InputFile, max_bytes: int, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[RawArticle | IngestError]:
    """Read one file into raw articles, or errors naming the file and reason.

    Memory stays bounded whatever the input: a text or HTML file is one
    article and is refused above ``max_bytes`` before a byte is read; a JSON
    lines file is streamed one line at a time (so it may be any size) and a
    line over ``max_line_bytes`` is refused without being held in memory.
    """
    suffix = item.path.suffix.lower()
    try:
        size = item.path.stat().st_size
        if suffix not in JSONL_SUFFIXES and size > max_bytes:
            yield IngestError(item.source, over_limit("file", size, max_bytes))
            return
        with item.path.open("rb") as stream:
            head = stream.read(_HEAD)
            if looks_binary(head):
                yield IngestError(item.source, "binary file, not text")
                return
            if suffix in JSONL_SUFFIXES:
                stream.seek(0)
                yield from _read_jsonl_stream(item.source, stream, max_line_bytes)
                return
            data = head + stream.read(max_bytes + 1 - len(head))
    except OSError as exc:
        yield IngestError(item.source, f"cannot read file: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:  # it grew after stat()
        yield IngestError(item.source, over_limit("file", len(data), max_bytes))
        return
    if not data.strip():
        yield IngestError(item.source, "empty file")
        return
    if looks_binary(data):
        yield IngestError(item.source, "binary file, not text")
        return
    text = decode(data)
    kind = TEXT_SUFFIXES[suffix]
    if kind == "text" and _looks_like_html(text):
        kind = "html"
    yield RawArticle(source=item.source, content=text, kind=kind, raw_hash=sha256(data))


def _read_jsonl_stream(
    source: str, stream: BinaryIO, max_line_bytes: int
) -> Iterator[RawArticle | IngestError]:
    found = False
    for item in read_jsonl_lines(source, stream_lines(stream, max_line_bytes)):
        found = True
        yield item
    if not found:
        yield IngestError(source, "empty file")


@dataclass(frozen=True, slots=True)
class LongLine:
    """A line skipped for being over the limit: its size, never its text."""

    size: int
    limit: int


def stream_lines(stream: BinaryIO, max_line_bytes: int) -> Iterator[str | LongLine]:
    """Decoded lines (without the line break) of a binary stream, one at a time.

    A line longer than ``max_line_bytes`` yields a :class:`LongLine` instead
    of its text: it is skipped in chunks, never held whole. Each line is decoded
    on its own (UTF-8, else cp1252, else latin-1), so one bad line does not
    change how the others read.
    """
    while first := stream.readline(max_line_bytes + 2):  # room for a CRLF after the limit
        if first.endswith(b"\n") or len(first) < max_line_bytes + 2:  # the whole line
            content = first[: len(first) - _break_length(first)]
            if len(content) > max_line_bytes:
                yield LongLine(len(content), max_line_bytes)
            else:
                yield decode(content)
            continue
        size, chunk, previous = len(first), first, b""
        while chunk and not chunk.endswith(b"\n"):  # over the limit: skip the rest
            previous, chunk = chunk, stream.readline(_SKIP_CHUNK)
            size += len(chunk)
        split_crlf = chunk == b"\n" and previous.endswith(b"\r")
        yield LongLine(size - _break_length(chunk) - split_crlf, max_line_bytes)


def _break_length(line: bytes) -> int:
    return 2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value.strip() or None if isinstance(value, str) else None


JsonLine = tuple[str, int, str, object]


def json_lines(source: str, text: str) -> Iterator[JsonLine | IngestError]:
    """``(where, line number, line, value)`` per non-blank JSON line, or an error naming
    ``source:line`` for a line that does not parse. Shared by every JSONL reader."""
    return parse_json_lines(source, text.splitlines())


def parse_json_lines(
    source: str, lines: Iterable[str | LongLine]
) -> Iterator[JsonLine | IngestError]:
    """:func:`json_lines` over lines already split, or streamed by :func:`stream_lines`."""
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if isinstance(line, LongLine):
            yield IngestError(where, over_limit("line", line.size, line.limit))
            continue
        if not line.strip():
            continue
        try:
            yield where, number, line, json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"malformed JSON line ({exc.msg})")


def read_jsonl(source: str, text: str) -> Iterator[RawArticle | IngestError]:
    """One article per line: ``text`` or ``html``; optional url/title/published."""
    return read_jsonl_lines(source, text.splitlines())


def read_jsonl_lines(
    source: str, lines: Iterable[str | LongLine]
) -> Iterator[RawArticle | IngestError]:
    """:func:`read_jsonl` over lines already split, or streamed from a file."""
    for item in parse_json_lines(source, lines):
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


def read_all(
    paths: Iterable[str | Path], max_bytes: int, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> Iterator[RawArticle | IngestError]:
    """Discover and read everything under ``paths``."""
    for item in discover(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_file(item, max_bytes, max_line_bytes)
