"""Hostile input on disk: one bad path, name or line never aborts an ingest.

Each case is what a careless user or a hostile archive hands ``dossier
ingest``: markup and line breaks in file names, paths the OS refuses to
examine, named pipes and devices, broken and looping links, unreadable
folders, UTF-16 text, a JSON line nested thousands deep.
"""

from __future__ import annotations

import codecs
import json
import os
import tempfile
import threading
from pathlib import Path

import pytest

from dossier.ingest.files import InputFile, discover, read_all, read_file
from dossier.records import IngestError, RawArticle

TEXT = "The fictional port of Velmora reopened on Monday after weeks of repairs, officials said.\n"


def _read(paths: list[str | Path]) -> list[RawArticle | IngestError]:
    """read_all in a thread with a deadline: a hang (a pipe read) fails the test."""
    found: list[RawArticle | IngestError] = []
    worker = threading.Thread(target=lambda: found.extend(read_all(paths, 1_000_000)))
    worker.daemon = True
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "ingest hung on an input"
    return found


def _errors(items: list[RawArticle | IngestError]) -> dict[str, str]:
    return {i.source: i.reason for i in items if isinstance(i, IngestError)}


def _articles(items: list[RawArticle | IngestError]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


# -- item 4: paths ----------------------------------------------------------------------
@pytest.mark.nlp  # ingests through the pipeline
def test_markup_in_file_names_does_not_abort_the_progress_bar(tmp_path, settings) -> None:
    """With a terminal, errors and file names go through rich: "[/x]" is a
    MarkupError if read as markup, and the whole batch used to abort."""
    from dossier.cli.ingest import _ingest_with_bar
    from dossier.store import open_store

    folder = tmp_path / "in"
    (folder / "[red]bad[").mkdir(parents=True)  # "/" is no name character: a folder
    (folder / "[red]bad[" / "x].txt").write_bytes(b"\x00\x01binary")
    (folder / "[bold]good.txt").write_text(TEXT * 3, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    store = open_store(db)
    try:
        seen: list[tuple[str, int, list[IngestError]]] = []

        def run(paths, store, settings, progress):
            from dossier.pipeline.run import run_ingest

            def both(source: str, documents: int, errors: list[IngestError]) -> None:
                seen.append((source, documents, errors))
                progress(source, documents, errors)

            return run_ingest(paths, store, settings, progress=both)

        report = _ingest_with_bar([str(folder)], store, settings.with_overrides(db=db), run)
        assert report.documents_added == 1
        assert [e.source for e in report.errors] == ["in/[red]bad[/x].txt"]
        assert [s for s, _d, _e in seen] == ["in/[bold]good.txt", "in/[red]bad[/x].txt"]
        assert store.counts()["documents"] == 1
    finally:
        store.close()


def test_line_breaks_and_escapes_in_names_cannot_forge_log_lines(tmp_path, capsys) -> None:
    from dossier.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\ningested fake.txt: 99 new documents\x1b[2J.txt").write_text("", "utf-8")
    assert main(["ingest", str(folder), "--db", str(tmp_path / "kb.db")]) == 1
    lines = capsys.readouterr().err.splitlines()
    errors = [line for line in lines if "ingested fake" in line]
    assert len(errors) == 1 and errors[0].startswith("error: in/a\\ningested fake")
    assert "\\x1b[2J" in errors[0] and "\x1b" not in errors[0]
    from dossier.ingest.files import printable

    assert printable("tab\there\r\n") == "tab\\there\\r\\n"
    assert printable("Zarqā’ — ok") == "Zarqā’ — ok"  # text is left alone


def test_a_path_the_os_refuses_to_examine_is_one_error(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    too_long = str(tmp_path / ("n" * 300) / "x.txt")  # ENAMETOOLONG, not "not found"
    items = _read([too_long, good])
    assert "File name too long" in _errors(items)[too_long]
    assert [a.source for a in _articles(items)] == ["good.txt"]


def test_named_pipes_and_devices_are_refused_by_name_without_opening(tmp_path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # nobody writes: opening it to read would block forever
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    items = _read([pipe, zero, good])
    errors = _errors(items)
    assert errors[str(pipe)] == "not a regular file: a named pipe"
    assert errors[str(zero)] == "not a regular file: a character device"
    assert [a.source for a in _articles(items)] == ["good.txt"]


def test_a_pipe_swapped_in_after_discovery_is_refused_not_read(tmp_path) -> None:
    pipe = tmp_path / "late.txt"
    os.mkfifo(pipe)
    found: list[object] = []
    worker = threading.Thread(
        target=lambda: found.extend(read_file(InputFile(pipe, "late.txt"), 1000)), daemon=True
    )
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "read_file blocked on a named pipe"
    assert [(e.source, e.reason) for e in found] == [
        ("late.txt", "not a regular file: a named pipe")
    ]


def test_bad_entries_inside_a_folder_are_each_reported(tmp_path, monkeypatch) -> None:
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    (root / "locked").mkdir()
    (root / "sub" / "good.txt").write_text(TEXT, encoding="utf-8")
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    (root / "sub" / "up").symlink_to(root)  # a folder link back to an ancestor
    os.mkfifo(root / "pipe.jsonl")
    (root / "notes.md").write_text("not an article", encoding="utf-8")  # skipped quietly
    real_scandir = os.scandir

    def scandir(path):  # tests run as root, which reads anything: refuse one folder
        if Path(path) == root / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _read([root])
    assert _errors(items) == {
        "archive/dangling.txt": "dangling symbolic link (its target does not exist)",
        "archive/locked": "cannot read folder: Permission denied",
        "archive/loop-a.txt": "symbolic link loop",
        "archive/loop-b.txt": "symbolic link loop",
        "archive/pipe.jsonl": "not a regular file: a named pipe",
        "archive/sub/up": "symbolic link loop (leads back to a folder above)",
    }
    assert [a.source for a in _articles(items)] == ["archive/sub/good.txt"]


def test_discovery_keeps_its_order_and_names(corpus_copy) -> None:
    found = [i.source for i in discover([corpus_copy]) if isinstance(i, InputFile)]
    assert found == sorted(found) and found
    assert all(name.startswith(corpus_copy.name + "/") for name in found)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b"")],
)
def test_utf16_text_is_decoded_not_called_binary(tmp_path, encoding, bom) -> None:
    path = tmp_path / "windows.txt"
    text = TEXT + "Zarqā’s statement — quoted “in full”.\n"
    path.write_bytes(bom + text.encode(encoding))
    (article,) = _read([path])
    assert isinstance(article, RawArticle), article
    assert article.content.lstrip("\ufeff") == text


def test_utf16_json_lines_are_read_line_by_line(tmp_path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [json.dumps({"text": f"{TEXT} {n}.", "url": f"https://x.test/{n}"}) for n in (1, 2)]
    path.write_bytes(codecs.BOM_UTF16_LE + "\r\n".join(["{bad", *lines]).encode("utf-16-le"))
    items = _read([path])
    assert _errors(items) == {"export.jsonl:1": "malformed JSON line (Expecting property name "
                              "enclosed in double quotes)"}  # fmt: skip
    assert [a.url for a in _articles(items)] == ["https://x.test/1", "https://x.test/2"]


def test_binary_files_are_still_binary(tmp_path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert _errors(_read([path])) == {"image.txt": "binary file, not text"}


# -- item 5: one deep JSON line ---------------------------------------------------------
def test_a_deeply_nested_json_line_loses_only_itself(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"text": TEXT, "url": "https://x.test/good"})
    huge_number = "1" * 5000  # over Python's 4,300-digit int limit: a ValueError
    path.write_text(
        "\n".join(["[" * 5000 + "]" * 5000, good, f'{{"text": {huge_number}}}', good + " "]),
        encoding="utf-8",
    )
    items = _read([path])
    errors = _errors(items)
    assert errors["feed.jsonl:1"] == "nested too deeply"
    assert errors["feed.jsonl:3"].startswith("malformed JSON line")
    assert [a.line for a in _articles(items)] == [2, 4]


def test_cli_reports_the_deep_line_with_its_number(tmp_path, capsys) -> None:
    from dossier.cli import main

    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 5000 + "\n", encoding="utf-8")
    assert main(["ingest", str(path), "--db", str(tmp_path / "kb.db"), "--quiet"]) == 1
    assert "error: deep.jsonl:1: nested too deeply\n" in capsys.readouterr().err


# -- what a reviewer tries next ---------------------------------------------------------
def test_compressed_archives_are_not_opened(tmp_path) -> None:
    """No compressed input is accepted, so no zip or gzip bomb can be inflated."""
    import gzip

    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b"\0" * 1_000_000))
    assert _errors(_read([path])) == {
        str(path): "unsupported file type '.gz'; expected .txt, .html, .htm or .jsonl"
    }


@pytest.mark.slow  # the tier (tests/conftest.py): makes and walks 1,200 nested folders
def test_a_folder_nested_thousands_deep_is_walked_without_recursion() -> None:
    """Depth is bounded by the path length limit, not by Python's recursion limit.

    The tree lives outside pytest's tmp_path on purpose: pytest (and
    shutil.rmtree) delete folders recursively and would fail on it later, so
    the test removes it itself, bottom up.
    """
    root = Path(tempfile.mkdtemp(prefix="dossier-deep-"))
    folders = [root]
    try:
        for _ in range(1200):  # one at a time: os.makedirs itself recurses
            folders.append(folders[-1] / "a")
            folders[-1].mkdir()
        (folders[-1] / "bottom.txt").write_text(TEXT, encoding="utf-8")
        (article,) = _articles(_read([root]))
        assert article.source.endswith("/a/a/bottom.txt") and article.source.count("/") == 1201
    finally:
        for folder in reversed(folders):
            for entry in folder.iterdir():
                if not entry.is_dir() or entry.is_symlink():
                    entry.unlink()
            folder.rmdir()
