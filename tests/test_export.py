"""The export is the contract: it must validate and its spans must be exact."""

from __future__ import annotations

import json

import jsonschema

from dossier.cli import main
from tests.conftest import SCHEMA


def test_export_validates_against_contract(seed_db, tmp_path, capsys):
    out = tmp_path / "export.json"
    assert main(["export", "--db", str(seed_db), "--format", "json", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[:3]
    assert len(data["documents"]) == 6
    assert data["entities"] and data["stories"]
    texts = {d["id"]: d["text"] for d in data["documents"]}
    story_docs = {i for s in data["stories"] for i in s["document_ids"]}
    assert story_docs == set(texts)
    for entity in data["entities"]:
        assert entity["mentions"]
        for span in entity["mentions"]:
            assert texts[span["document_id"]][span["start"] : span["end"]] == span["text"]


def test_export_ids_are_stable(seed_db, new_db, seeds, settings):
    from dossier.pipeline.run import run_ingest
    from dossier.query.export import build_export
    from dossier.store import open_store

    store = open_store(new_db)
    run_ingest([seeds], store, settings)
    again = build_export(store)
    store.close()
    store = open_store(str(seed_db))
    first = build_export(store)
    store.close()
    assert [d["id"] for d in again["documents"]] == [d["id"] for d in first["documents"]]
    assert sorted(e["id"] for e in again["entities"]) == sorted(e["id"] for e in first["entities"])
