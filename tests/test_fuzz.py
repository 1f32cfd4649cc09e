"""Fuzzed input: readers, cleaning and date code never crash, whatever the text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.clean import clean
from dossier.clean.html import clean_html
from dossier.clean.published import to_iso
from dossier.clean.text import clean_plain_text
from dossier.ingest.files import InputFile, read_file, read_jsonl
from dossier.records import IngestError, RawArticle

FAST = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

lines = st.lists(
    st.one_of(
        st.text(max_size=120),
        st.sampled_from(
            [
                "Reply",
                "12 Comment(s)",
                "Updated: Aug 18, 2021",
                "By Jane Roe",
                "Source » x",
                "Share",
                "",
                "QUETTA -- Police said.",
                "• bullet",
                "[Photo: X]",
                "Follow",
            ]
        ),
    ),
    max_size=40,
)


@pytest.mark.slow  # the tier (tests/conftest.py): a property over many generated texts
@FAST
@given(lines)
def test_plain_text_cleaner_never_crashes(parts):
    content = "\n".join(parts)
    for part in clean_plain_text(content):
        assert isinstance(part.text, str)
        for removed in part.removed:
            assert isinstance(removed.kind, str)


@pytest.mark.slow  # the tier (tests/conftest.py): a property over many generated texts
@FAST
@given(st.text(max_size=400))
def test_html_cleaner_never_crashes(body):
    clean_html(f"<html><body><p>{body}</p><div>{body[::-1]}</div></body></html>")
    clean_html(body)


@FAST
@given(st.text(max_size=80))
def test_date_normaliser_never_crashes(text):
    value = to_iso(text)
    assert value is None or len(value) == 10


@FAST
@given(st.lists(st.one_of(st.text(max_size=60), st.just('{"text": "ok body here"}')), max_size=20))
def test_jsonl_reader_reports_bad_lines(rows):
    for item in read_jsonl("f.jsonl", "\n".join(rows)):
        assert isinstance(item, RawArticle | IngestError)
        if isinstance(item, IngestError):
            assert item.source.startswith("f.jsonl:")


@FAST
@given(st.binary(max_size=600))
def test_any_bytes_are_read_or_reported(tmp_path_factory, data):
    path: Path = tmp_path_factory.mktemp("fuzz") / "x.txt"
    path.write_bytes(data)
    for item in read_file(InputFile(path, "x.txt"), max_bytes=10_000):
        if isinstance(item, RawArticle):
            result = clean(item)
            assert isinstance(result, list | IngestError)
        else:
            assert item.source == "x.txt" and item.reason
