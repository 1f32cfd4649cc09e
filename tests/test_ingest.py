"""Ingest end to end on the seeds: entities, offsets, idempotence, bad input."""

from __future__ import annotations

import pytest

from dossier.cli import main
from dossier.pipeline.run import run_ingest
from dossier.query import reads as query
from dossier.store import open_store


def _entity_names(store) -> dict[str, str]:
    """Every alias of every entity, mapped to the entity's type."""
    return {
        alias: row["type"]
        for row in query.entity_list(store, limit=1000)
        for alias in [row["name"], *row["aliases"]]
    }


def test_seed_entities_found(seed_store):
    names = _entity_names(seed_store)
    for expected in ("Zainabiyoun Brigade", "IRGC", "Karachi", "Pakistan", "Iran"):
        assert expected in names, f"{expected} missing from {sorted(names)[:40]}"
    assert names["Pakistan"] == "GPE"
    assert names["Karachi"] == "GPE"
    assert names["IRGC"] == "ORG"


def test_mention_offsets_match_text(seed_store):
    texts = {d["id"]: d["text"] for d in seed_store.documents()}
    checked = 0
    for row in seed_store.entities(limit=10_000):
        for mention in seed_store.entity_mentions(row.id):
            assert (
                texts[mention["document_id"]][mention["start"] : mention["end"]] == mention["text"]
            )
            sentence = texts[mention["document_id"]][mention["s_start"] : mention["s_end"]]
            assert mention["text"] in sentence
            checked += 1
    assert checked > 200


def test_same_name_across_documents_is_one_entity(seed_store):
    row = query.find_entity(seed_store, "the Zainabiyoun Brigade's")
    assert row is not None and row.name == "Zainabiyoun Brigade"
    assert row.document_count >= 3
    profile = query.entity_profile(seed_store, row)
    sources = {m["source"] for m in profile["mention_list"]}
    assert len(sources) >= 3


@pytest.mark.nlp  # ingests through the pipeline
def test_reingest_is_idempotent(new_db, seeds, settings):
    db = new_db
    store = open_store(str(db))
    first = run_ingest([seeds], store, settings)
    counts = store.counts()
    second = run_ingest([seeds], store, settings)
    assert first.documents_added == counts["documents"] > 0
    assert second.documents_added == 0
    assert store.counts() == counts
    store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_modified_file_adds_a_version(new_db, corpus_copy, settings):
    store = open_store(new_db)
    run_ingest([corpus_copy], store, settings)
    before = store.counts()["documents"]
    target = sorted(corpus_copy.glob("002_*.txt"))[0]
    target.write_text(
        target.read_text(encoding="utf-8")
        + "\n\nA later edition added this paragraph about the delegation's return to Islamabad.\n",
        encoding="utf-8",
    )
    report = run_ingest([corpus_copy], store, settings)
    assert report.documents_added == 1
    versions = sorted(d["version"] for d in store.documents() if d["source"].endswith(target.name))
    assert versions == [1, 2]
    assert store.counts()["documents"] == before + 1
    store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_bad_inputs_reported_and_good_files_stored(tmp_path, new_db, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Police in Lahore arrested two men on Tuesday, the Punjab police said in a statement.\n\n"
        "The men were handed to the Counter Terrorism Department for questioning in Lahore.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "cp1252.txt").write_bytes(
        "The minister said the \u201cKhyber operation\u201d in Peshawar was a success.".encode(
            "cp1252"
        )
    )
    (folder / "lines.jsonl").write_text(
        '{"text": "Officials in Quetta said the convoy reached Gwadar on Monday.", "url": '
        '"https://example.org/a"}\n'
        "{not json\n"
        '{"title": "no body"}\n',
        encoding="utf-8",
    )
    missing = tmp_path / "does-not-exist.txt"
    db = new_db
    code = main(["ingest", str(folder), str(missing), "--db", str(db), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "empty.txt: empty file" in err
    assert "binary.txt: binary file" in err
    assert "lines.jsonl:2: malformed JSON line" in err
    assert "lines.jsonl:3: no non-empty 'text' or 'html' field" in err
    assert f"{missing}: no such file or directory" in err
    assert "cp1252.txt" not in err
    store = open_store(str(db))
    sources = {d["source"]: d for d in store.documents()}
    store.close()
    assert "in/good.txt" in sources
    assert "https://example.org/a" in sources
    assert "\u201cKhyber operation\u201d" in sources["in/cp1252.txt"]["text"]
    assert len(sources) == 3


@pytest.mark.nlp  # ingests through the pipeline
def test_all_good_exit_zero(tmp_path, new_db, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Raid in Peshawar</title>"
        '<meta property="og:site_name" content="Frontier Gazette"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Raid in "
        "Peshawar</h1><p>PESHAWAR: Security forces raided a compound in Peshawar on Sunday "
        "and detained four suspects, officials said.</p><p>The operation followed weeks of "
        "surveillance by the provincial Counter Terrorism Department, a spokesman told "
        "reporters in Peshawar.</p></article><footer>Copyright 2024 Frontier Gazette</footer>"
        "</body></html>",
        encoding="utf-8",
    )
    db = new_db
    assert main(["ingest", str(page), "--db", str(db), "--quiet"]) == 0
    store = open_store(str(db))
    (doc,) = list(store.documents())
    store.close()
    assert doc["title"] == "Raid in Peshawar"
    assert doc["dateline"] == "PESHAWAR"
    assert "Copyright" not in doc["text"] and "Home" not in doc["text"]
    assert "detained four suspects" in doc["text"]
