"""The brief is faithful: every citation marker resolves to a stored span that
supports its line (quotes by containment, templates by looking the fact up)."""

from __future__ import annotations

import re

import pytest

from dossier.cli import main
from dossier.query import brief as briefs
from dossier.query import reads as query


@pytest.fixture()
def zainabiyoun(seed_store):
    row = query.find_entity(seed_store, "Zainabiyoun Brigade")
    assert row is not None
    return briefs.build(seed_store, row), row


def test_every_marker_resolves_to_a_supporting_span(seed_store, zainabiyoun):
    built, row = zainabiyoun
    numbers = {c.number: c for c in built.citations}
    assert [c.number for c in built.citations] == list(range(1, len(numbers) + 1))
    names = {a["text"] for a in query.aliases(seed_store, row.id)} | {row.name}
    urls = {u for r in query.entity_links(seed_store, row.id).get("references", [])
            for u in r["source_urls"]}  # fmt: skip
    for heading, items in built.sections:
        for text, marks in items:
            for n in marks:
                citation = numbers[n]
                if citation.document_id is None:
                    assert citation.source in urls
                    continue
                document = seed_store.document(citation.document_id)
                assert document["text"][citation.start : citation.end] == citation.text
            cited = " ".join(" ".join(numbers[n].text.split()) for n in marks)
            if heading in {"Timeline", "Key quotes", "Disputed"}:
                for quoted in re.findall(r"“(.+?)”(?: is contradicted by |$)", text):
                    assert quoted in cited, (heading, quoted)
            elif heading == "Who or what" and text.startswith("Also named"):
                alias = text.removeprefix("Also named “").removesuffix("”.")
                assert alias in names and alias in cited
            elif heading == "Network":
                other = text.split(":")[0]
                assert any(numbers[n].document_id for n in marks), other


def test_brief_has_sections_and_citations(seed_store, zainabiyoun):
    built, row = zainabiyoun
    text = briefs.to_markdown(built)
    for heading in ("Who or what", "Timeline", "Disputed", "Key quotes", "Network", "Sources"):
        assert f"## {heading}" in text
    assert "## Citations" in text and "[1] " in text
    for designation in query.entity_links(seed_store, row.id).get("designations", []):
        assert f"Designation: {designation}." in text
    assert briefs.to_markdown(built) == text  # deterministic


def test_brief_cli_writes_html(seed_db, tmp_path):
    out = tmp_path / "brief.html"
    assert main(["brief", "Zainebiyoun", "--db", str(seed_db), "--format", "html",
                 "--out", str(out)]) == 0  # fmt: skip
    page = out.read_text(encoding="utf-8")
    assert "<h2>Citations</h2>" in page and "<script" not in page
    assert main(["brief", "No Such Entity Zzz", "--db", str(seed_db)]) == 1


def test_brief_pdf_has_headings_citations_and_pages(seed_db, tmp_path, zainabiyoun):
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils missing (scripts/install-test-deps.sh)")
    built, _row = zainabiyoun
    out = tmp_path / "brief.pdf"
    assert main(["brief", "Zainabiyoun Brigade", "--db", str(seed_db), "--format", "pdf",
                 "--out", str(out)]) == 0  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    for heading in ("Who or what", "Timeline", "Disputed", "Key quotes", "Network", "Citations"):
        assert heading in text
    assert "[1]" in text and built.citations[0].document_id in text
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    pages = list(tmp_path.glob("page*.png"))
    assert pages and pages[0].stat().st_size > 1000


def test_brief_disputes_are_those_the_export_states(seed_store, zainabiyoun, monkeypatch):
    """The summary tables' range scans match on figures alone; a pair they return that
    dossier.kb.claims does not call a dispute (another measure, place or incident, or a
    pair triaged "not a dispute") never reaches the brief."""
    _built, row = zainabiyoun
    mine = [c for c in query.claims(seed_store) if row.id in (c["speaker"], c["subject"])]
    other = next(c for c in query.claims(seed_store) if c["kind"] != "quantity")
    raw = seed_store.claim_relations

    def unchecked(claim_id: str, cap: int) -> tuple[list[str], list[str]] | None:
        found = raw(claim_id, cap) or ([], [])
        return sorted({*found[0], other["id"]}), found[1]

    monkeypatch.setattr(seed_store, "claim_relations", unchecked)
    rebuilt = briefs.build(seed_store, row)
    disputed = dict(rebuilt.sections)["Disputed"]
    assert mine and not any(other["text"][:40] in text for text, _marks in disputed)
    stated = sum(len(c["contradicts"]) for c in mine)
    assert (stated > 0) == bool(disputed)
