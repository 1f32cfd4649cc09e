"""Huge inputs are refused or streamed, never loaded whole: clear errors, bounded memory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from dossier.cli import main
from dossier.config import load_settings, parse_size
from dossier.ingest.files import InputFile, LongLine, decode, read_file, stream_lines
from dossier.records import IngestError, RawArticle
from dossier.store import SQLiteStore

MB = 1024 * 1024
ARTICLE = (
    "Police in Velmora arrested six members of the Harakat al-Nasr on Tuesday, officials said. "
    "The group denied any role in the bombing of the grain market."
)

#: reads one file with dossier's reader in a fresh interpreter and prints how much the
#: peak resident memory grew while reading (ru_maxrss is a high-water mark, in KiB on Linux)
PROBE = """
import json, resource, sys
from pathlib import Path
from dossier.ingest.files import InputFile, LongLine, decode, read_file, stream_lines
from dossier.records import IngestError
path, line_limit = Path(sys.argv[1]), int(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
articles, errors = 0, []
for item in read_file(InputFile(path, path.name), 50 * 1024 * 1024, line_limit):
    if isinstance(item, IngestError):
        errors.append(str(item))
    else:
        articles += 1
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"articles": articles, "errors": errors, "grown_mb": grown / 1024}))
"""


def _probe(path: Path, line_limit: int = 5 * MB) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), str(line_limit)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return json.loads(out)


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # no disk written, no time spent
    return path


def _jsonl_of_size(path: Path, size: int) -> int:
    line = json.dumps({"text": ARTICLE * 30}) + "\n"
    count = size // len(line) + 1
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(line for _ in range(count))
    return count


def _long_line_jsonl(path: Path, size: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"text": "' + "x" * size + '"}\n')
        handle.write(json.dumps({"text": ARTICLE}) + "\n")
    return path


def test_100mb_text_file_is_refused_unread_in_bounded_memory(tmp_path):
    big = _sparse(tmp_path / "big.txt", 100 * MB)
    result = _probe(big)
    assert result["errors"] == ["big.txt: file is 104,857,600 bytes, over the 50 MB limit"]
    assert result["grown_mb"] < 5


@pytest.mark.slow  # the tier (tests/conftest.py): streams 100 MB in a fresh process
def test_100mb_jsonl_is_streamed_line_by_line_in_bounded_memory(tmp_path):
    path = tmp_path / "archive.jsonl"
    count = _jsonl_of_size(path, 100 * MB)
    assert path.stat().st_size > 100 * MB
    result = _probe(path)
    assert result == {"articles": count, "errors": [], "grown_mb": result["grown_mb"]}
    assert result["grown_mb"] < 32  # the file is 100 MB; a whole-file read needs 200+ MB


def test_10mb_json_line_is_skipped_without_being_held(tmp_path):
    path = _long_line_jsonl(tmp_path / "feed.jsonl", 10 * MB)
    result = _probe(path, line_limit=1 * MB)
    assert result["articles"] == 1  # the line after it is still read
    assert result["errors"] == ["feed.jsonl:1: line is 10,485,772 bytes, over the 1 MB limit"]
    assert result["grown_mb"] < 5  # half the line: it was never read whole


def test_line_limit_boundary_is_exact(tmp_path):
    record = json.dumps({"text": ARTICLE})
    path = tmp_path / "edge.jsonl"
    path.write_bytes((record + "\r\n" + record + "x\n").encode())
    items = list(read_file(InputFile(path, "edge.jsonl"), MB, max_line_bytes=len(record)))
    assert isinstance(items[0], RawArticle) and items[0].content == ARTICLE
    assert items[1] == IngestError(
        "edge.jsonl:2", f"line is {len(record) + 1:,} bytes, over the {len(record):,} bytes limit"
    )


@pytest.mark.nlp  # ingests through the pipeline
def test_cli_reports_each_oversized_input_and_ingests_the_rest(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _sparse(corpus / "big.txt", 100 * MB)
    _long_line_jsonl(corpus / "feed.jsonl", 10 * MB)
    (corpus / "small.txt").write_text(ARTICLE * 3, encoding="utf-8")
    (corpus / "medium.html").write_text(f"<html><body><p>{ARTICLE * 20}</p></body></html>")
    db = tmp_path / "kb.db"
    code = main(["ingest", str(corpus), "--db", str(db), "--quiet", "--max-file-size", "2KB"])
    err = capsys.readouterr().err
    assert code == 1
    assert "error: corpus/big.txt: file is 104,857,600 bytes, over the 2 KB limit" in err
    assert "error: corpus/medium.html: file is 3," in err and "over the 2 KB limit" in err
    assert "error: corpus/feed.jsonl:1: line is 10,485,772 bytes, over the 5 MB limit" in err
    store = SQLiteStore(db)
    try:
        assert store.counts()["documents"] == 2  # small.txt and the second JSON line
    finally:
        store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_article_too_long_for_the_nlp_stage_fails_alone(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(ARTICLE * 20, encoding="utf-8")
    (corpus / "short.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("DOSSIER_MAX_DOCUMENT_CHARS", "1000")
    code = main(["ingest", str(corpus), "--db", str(tmp_path / "kb.db"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "corpus/long.txt: article text is 3,0" in err and "1,000-character limit" in err
    assert "1 documents added" in err


def test_size_settings_come_from_env_and_flags():
    assert load_settings(environ={"DOSSIER_MAX_LINE_BYTES": "1024"}).max_line_bytes == 1024
    assert load_settings(environ={}).max_file_bytes == 50 * MB
    assert [parse_size(s) for s in ("50MB", "512k", "1.5g", "100")] == [
        50 * MB,
        512 * 1024,
        int(1.5 * 1024 * MB),
        100,
    ]
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")


@hyp_settings(max_examples=200, deadline=None)
@given(
    st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=8),
    st.integers(min_value=1, max_value=30),
    st.sampled_from([b"\n", b"\r\n"]),
    st.booleans(),
)
def test_streamed_lines_are_the_lines_or_their_size(lines, limit, newline, final_break):
    data = newline.join(lines) + (newline if final_break and lines else b"")
    got = list(stream_lines(io.BufferedReader(io.BytesIO(data), buffer_size=8), limit))
    pieces = data.split(b"\n")  # what readline sees: the last piece has no line break
    expected = []
    for number, piece in enumerate(pieces):
        last = number == len(pieces) - 1
        if last and not piece:
            break
        content = piece[:-1] if piece.endswith(b"\r") and not last else piece
        expected.append(decode(content) if len(content) <= limit else LongLine(len(content), limit))
    assert got == expected
