"""Ingest: find input files and read them into ``RawArticle`` records.

Reading never raises for a bad input: each problem becomes an ``IngestError``
naming the file and the reason, and the rest of the batch goes on. Decoding
tries UTF-8 first, then cp1252 and latin-1, because news archives exported
from old CMSes are full of Windows-1252 "smart quotes".
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
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


_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters written as escapes (``\\n``, ``\\x1b``).

    For file names and URLs in log lines: a name holding a line break could
    forge a second "ingested ..." line, and one holding ESC could drive the
    terminal.
    """
    return _CONTROL_CHARS.sub(lambda m: repr(m.group())[1:-1], text)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _stat_problem(path: Path) -> tuple[os.stat_result | None, str | None]:
    """``os.stat`` of ``path`` (following links), or the reason it cannot be had.

    Why not ``Path.exists()``: it hides some errors and raises others (a name
    too long, a parent folder without permission), and a symbolic link that
    points nowhere or at itself deserves its own words.
    """
    try:
        return os.stat(path), None
    except FileNotFoundError:
        if os.path.islink(path):
            return None, "dangling symbolic link (its target does not exist)"
        return None, "no such file or directory"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symbolic link loop"
        return None, f"cannot read: {exc.strerror or exc}"


def _unsupported(name: str, suffix: str) -> IngestError:
    return IngestError(
        name,
        f"unsupported file type {suffix or '(none)'!r}; expected .txt, .html, .htm or .jsonl",
    )


def discover(paths: Iterable[str | Path]) -> Iterator[InputFile | IngestError]:
    """Yield every supported file under ``paths`` (recursively, sorted).

    A folder's files get ``source`` relative to the folder's parent, so
    ``seeds/000.txt`` stays recognisable; a file given directly keeps its name.

    One bad path never stops the others: a path that cannot be examined, a
    named pipe or device (refused by its ``stat``, never opened: reading a
    pipe would hang and a device never ends), a dangling or looping symbolic
    link and an unreadable sub-folder each become an error naming it.
    """
    for given in paths:
        path = Path(given)
        info, problem = _stat_problem(path)
        if info is None:
            yield IngestError(str(given), problem or "cannot read")
        elif stat.S_ISDIR(info.st_mode):
            root = path.resolve()
            yield from _walk(root, root.parent, {(info.st_dev, info.st_ino)})
        elif (kind := _kind_of(info.st_mode)) is not None:
            yield IngestError(str(given), f"not a regular file: {kind}")
        elif path.suffix.lower() not in SUPPORTED:
            yield _unsupported(str(given), path.suffix)
        else:
            yield InputFile(path, path.name)


def _walk(top: Path, base: Path, seen: set[tuple[int, int]]) -> Iterator[InputFile | IngestError]:
    """Files under ``top`` (depth first, names sorted), with an error for each
    entry that cannot be used. A symbolic link to a folder is followed unless it
    leads back into a folder already being read (a loop). Iterative, with its
    own stack: an archive nested thousands of folders deep is no RecursionError.
    """
    stack: list[tuple[Iterator[str], Path, frozenset[tuple[int, int]]]] = []

    def enter(folder: Path, above: frozenset[tuple[int, int]]) -> IngestError | None:
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as exc:
            reason = f"cannot read folder: {exc.strerror or exc}"
            return IngestError(_relative(folder, base), reason)
        stack.append((iter(names), folder, above))
        return None

    if problem := enter(top, frozenset(seen)):
        yield problem
    while stack:
        names, folder, above = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        path = folder / name
        source = _relative(path, base)
        info, problem = _stat_problem(path)
        if name.startswith(".") and not (info and stat.S_ISDIR(info.st_mode)):
            continue  # hidden files (editor swap files, .DS_Store) are not articles
        if info is None:
            yield IngestError(source, problem or "cannot read")
        elif stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in above:
                yield IngestError(source, "symbolic link loop (leads back to a folder above)")
            elif problem := enter(path, above | {key}):
                yield problem
        elif (kind := _kind_of(info.st_mode)) is not None:
            yield IngestError(source, f"not a regular file: {kind}")
        elif path.suffix.lower() in SUPPORTED:
            yield InputFile(path, source)


def _relative(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 100)


def utf16_encoding(head: bytes) -> str | None:
    """ "utf-16" when ``head`` is UTF-16 text (a BOM, or a NUL in every other
    byte as English text in UTF-16 without a BOM has), else None.

    Why: Windows tools save "Unicode" text as UTF-16, whose NUL bytes would
    otherwise make the file look binary.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    pairs = len(sample) // 2
    if odd.count(0) >= 0.9 * pairs and even.count(0) <= 0.1 * pairs:
        return "utf-16-le"
    if even.count(0) >= 0.9 * pairs and odd.count(0) <= 0.1 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """UTF-16 (by BOM or NUL pattern), else UTF-8 (with or without BOM), else
    cp1252, else latin-1 (never fails)."""
    utf16 = utf16_encoding(data[:_HEAD])
    if utf16:
        return data.decode(utf16, errors="replace")
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
        # O_NONBLOCK: a named pipe put in place after discovery opens at once
        # instead of hanging, and fstat then refuses it like any non-file
        fd = os.open(item.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(stream.fileno())
            if (kind := _kind_of(info.st_mode)) is not None:
                yield IngestError(item.source, f"not a regular file: {kind}")
                return
            size = info.st_size
            if suffix not in JSONL_SUFFIXES and size > max_bytes:
                yield IngestError(item.source, over_limit("file", size, max_bytes))
                return
            head = stream.read(_HEAD)
            utf16 = utf16_encoding(head)
            if utf16 is None and looks_binary(head):
                yield IngestError(item.source, "binary file, not text")
                return
            saved = datetime.fromtimestamp(info.st_mtime, UTC).date().isoformat()
            if suffix in JSONL_SUFFIXES:
                stream.seek(0)
                if utf16:
                    lines = utf16_lines(stream, utf16, max_line_bytes)
                    found = _read_jsonl_lines_or_empty(item.source, lines)
                else:
                    found = _read_jsonl_stream(item.source, stream, max_line_bytes)
                for raw in found:
                    yield replace(raw, saved=saved) if isinstance(raw, RawArticle) else raw
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
    if utf16_encoding(data[:_HEAD]) is None and looks_binary(data):
        yield IngestError(item.source, "binary file, not text")
        return
    text = decode(data)
    kind = TEXT_SUFFIXES[suffix]
    if kind == "text" and _looks_like_html(text):
        kind = "html"
    yield RawArticle(
        source=item.source, content=text, kind=kind, raw_hash=sha256(data), saved=saved
    )


def _read_jsonl_stream(
    source: str, stream: BinaryIO, max_line_bytes: int
) -> Iterator[RawArticle | IngestError]:
    yield from _read_jsonl_lines_or_empty(source, stream_lines(stream, max_line_bytes))


def _read_jsonl_lines_or_empty(
    source: str, lines: Iterable[str | LongLine]
) -> Iterator[RawArticle | IngestError]:
    found = False
    for item in read_jsonl_lines(source, lines):
        found = True
        yield item
    if not found:
        yield IngestError(source, "empty file")


def utf16_lines(stream: BinaryIO, encoding: str, max_line_bytes: int) -> Iterator[str | LongLine]:
    """Lines of a UTF-16 stream, as :func:`stream_lines` gives them for UTF-8:
    decoded incrementally, a line over ``max_line_bytes`` (counted in UTF-16
    bytes) skipped as a :class:`LongLine` without being held whole."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    pending: list[str] = []
    held = 0  # characters in pending
    over = 0  # bytes of a line already skipped, 0 while it is held
    while chunk := stream.read(_SKIP_CHUNK):
        text = decoder.decode(chunk)
        *complete, rest = text.split("\n")
        for piece in complete:
            if over or (held + len(piece)) * 2 > max_line_bytes:
                yield LongLine(over + (held + len(piece)) * 2, max_line_bytes)
            else:
                yield ("".join(pending) + piece).removesuffix("\r")
            pending, held, over = [], 0, 0
        if over or (held + len(rest)) * 2 > max_line_bytes:
            over, pending, held = over + (held + len(rest)) * 2, [], 0
        else:
            pending.append(rest)
            held += len(rest)
    tail = "".join(pending) + decoder.decode(b"", final=True)
    if over:
        yield LongLine(over + len(tail) * 2, max_line_bytes)
    elif tail:
        yield tail.removesuffix("\r")


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
        except RecursionError:  # thousands of nested brackets: this line only
            yield IngestError(where, "nested too deeply")
        except ValueError as exc:  # e.g. an integer over Python's 4,300-digit limit
            yield IngestError(where, f"malformed JSON line ({exc})")


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
