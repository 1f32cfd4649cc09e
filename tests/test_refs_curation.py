"""Reference lists (CSV and followthemoney) and manual curation that sticks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.cli import main
from dossier.ingest.refs import read_references
from dossier.query import reads as query
from dossier.records import IngestError
from dossier.store import open_store

FICTION_ONE = (
    "Fighters of the Kataib Sayf al-Haqq clashed with police in Dorvan on Monday, officials said. "
    "The Sayf al-Haqq Brigades have been active in the district since 2018."
)
FICTION_TWO = (
    "The Sword of Truth Brigades claimed the attack in Dorvan. Analyst Mira Sadeghi said the "
    "Kataib Sayf al-Haqq had grown. Another analyst, Javad Sadeghi, disagreed."
)


def _ingest(tmp_path, db):
    folder = tmp_path / "fiction"
    folder.mkdir(exist_ok=True)
    (folder / "one.txt").write_text(FICTION_ONE, encoding="utf-8")
    (folder / "two.txt").write_text(FICTION_TWO, encoding="utf-8")
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 0


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "refs"


def _read(name: str) -> tuple[list, list[IngestError]]:
    items = list(read_references(FIXTURES / name))
    return (
        [i for i in items if not isinstance(i, IngestError)],
        [i for i in items if isinstance(i, IngestError)],
    )


def test_un_consolidated_xml_reads_people_entities_and_scripts():
    refs, errors = _read("un-consolidated.xml")
    by_id = {r.id: r for r in refs}
    person = by_id["un-QI.X.1.25"]
    assert person.type == "PERSON" and person.name == "JAVAD SADEGHI"
    assert {"جواد صادقی", "Jawad Sadiqi", "Abu Karim"} <= set(person.aliases)
    assert person.identifiers == {"un": "QI.X.1.25"}
    group = by_id["un-QE.X.10.25"]
    assert group.type == "ORG" and "Sword of Truth Brigades" in group.aliases
    assert "QE.X.10.25" in group.designations[0]
    assert len(errors) == 1 and "individual 2" in errors[0].source


def test_eu_financial_sanctions_csv_joins_rows_of_one_entity():
    refs, errors = _read("eu-fsf.csv")
    by_id = {r.id: r for r in refs}
    assert by_id["eu-70001"].names == ("Kataib Sayf al-Haqq", "Sword of Truth Brigades")
    person = by_id["eu-70002"]
    assert person.type == "PERSON" and "Джавад Садеги" in person.aliases
    assert person.source_urls == ("https://example.org/eu/oj",)
    assert errors and "eu-fsf.csv:6" in errors[0].source


def test_simple_csv_still_reads_and_names_bad_rows():
    refs, errors = _read("list.csv")
    assert [r.id for r in refs] == ["fict-ksh"]
    assert errors and "list.csv:3" in errors[0].source


def test_no_reference_list_ships_with_the_package():
    data = Path(__file__).resolve().parents[1] / "dossier" / "data"
    assert not (data / "references.csv").exists()


@pytest.mark.nlp  # ingests through the pipeline
def test_reference_names_in_other_orders_and_scripts_match(tmp_path, new_db):
    """A UN list's "LAST FIRST" and original-script names link to the text's name."""
    folder = tmp_path / "fiction"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Analyst Javad Sadeghi said the Kataib Sayf al-Haqq had grown in Dorvan.", encoding="utf-8"
    )
    assert main(["ingest", str(folder), "--db", str(new_db), "--quiet"]) == 0
    xml = FIXTURES / "un-consolidated.xml"
    assert main(["refs", "import", str(xml), "--db", str(new_db)]) == 1  # one bad record
    store = open_store(str(new_db))
    person = query.find_entity(store, "Javad Sadeghi")
    profile = query.entity_profile(store, person)
    store.close()
    assert any(r["id"] == "un-QI.X.1.25" for r in profile["links"]["references"])


@pytest.mark.nlp  # ingests through the pipeline
def test_ftm_import_links_and_merges_aliases(tmp_path, new_db, capsys):
    db = new_db
    _ingest(tmp_path, db)
    store = open_store(str(db))
    before = query.find_entity(store, "Sword of Truth Brigades")
    assert before is not None
    assert "Sayf" not in before.name  # no string similarity links a translation
    store.close()
    ftm = tmp_path / "refs.jsonl"
    ftm.write_text(
        json.dumps(
            {
                "id": "fict-ksh",
                "schema": "Organization",
                "datasets": ["fictional_list"],
                "properties": {
                    "name": ["Kataib Sayf al-Haqq"],
                    "alias": ["Sword of Truth Brigades"],
                    "program": ["Fictional Sanctions Programme 2024"],
                    "sourceUrl": ["https://example.org/list"],
                },
            }
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    assert main(["refs", "import", str(ftm), "--db", str(db)]) == 1  # one bad line
    assert "refs.jsonl:2: malformed JSON line" in capsys.readouterr().err
    store = open_store(str(db))
    merged = query.find_entity(store, "Sword of Truth Brigades")
    profile = query.entity_profile(store, merged)
    store.close()
    assert merged.id == query.find_entity(open_store(str(db)), "Kataib Sayf al-Haqq").id
    assert profile["links"]["designations"] == ["Fictional Sanctions Programme 2024"]
    assert profile["links"]["references"][0]["source_urls"] == ["https://example.org/list"]
    reasons = " ".join(k["reason"] for k in profile["merged_keys"])
    assert "fict-ksh" in reasons
    # the reference names now also act as a gazetteer: a new article's
    # "Kataib Sayf al-Haqq", which the statistical model misses, is found
    (tmp_path / "fiction" / "three.txt").write_text(
        "Kataib Sayf al-Haqq fighters were seen in Dorvan again on Tuesday.", encoding="utf-8"
    )
    _ingest(tmp_path, db)
    store = open_store(str(db))
    again = query.entity_profile(store, query.find_entity(store, "Sword of Truth Brigades"))
    store.close()
    assert any(m["source"] == "fiction/three.txt" for m in again["mention_list"])


@pytest.mark.nlp  # ingests through the pipeline
def test_people_sharing_a_surname_stay_apart(tmp_path, new_db):
    db = new_db
    _ingest(tmp_path, db)
    store = open_store(str(db))
    mira, javad = (
        query.find_entity(store, "Mira Sadeghi"),
        query.find_entity(store, "Javad Sadeghi"),
    )
    store.close()
    assert mira and javad and mira.id != javad.id


@pytest.mark.nlp  # ingests through the pipeline
def test_split_and_merge_persist_across_reingest(tmp_path, new_db, capsys):
    db = new_db
    refs = tmp_path / "refs.csv"
    refs.write_text(
        "id,name,aliases,type,designations,source_url\n"
        "fict-1,Kataib Sayf al-Haqq,,ORG,Fictional list 2024,https://example.org/l\n",
        encoding="utf-8",
    )
    assert main(["refs", "import", str(refs), "--db", str(db)]) == 0
    _ingest(tmp_path, db)
    store = open_store(str(db))
    group = query.find_entity(store, "Kataib Sayf al-Haqq")
    names = {a["text"] for a in query.aliases(store, group.id)}
    store.close()
    assert "Sayf al-Haqq Brigades" in names  # merged automatically (same core)
    assert main(["split", "Kataib Sayf al-Haqq", "Sayf al-Haqq Brigades", "--db", str(db)]) == 0
    assert main(["merge", "Kataib Sayf al-Haqq", "Sword of Truth Brigades", "--db", str(db)]) == 0
    # a new article with the split alias again must not undo the split
    extra = tmp_path / "fiction" / "three.txt"
    extra.write_text(
        "The Sayf al-Haqq Brigades and the Kataib Sayf al-Haqq are rivals, a spokesman "
        "for the Sword of Truth Brigades said in Dorvan.",
        encoding="utf-8",
    )
    assert main(["ingest", str(extra.parent), "--db", str(db), "--quiet"]) == 0
    store = open_store(str(db))
    kept = query.find_entity(store, "Kataib Sayf al-Haqq")
    split = query.find_entity(store, "Sayf al-Haqq Brigades")
    sword = query.find_entity(store, "Sword of Truth Brigades")
    store.close()
    assert split.id != kept.id
    assert sword.id == kept.id
    assert main(["entity", "Kataib Sayf al-Haqq", "--why", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "manual merge" in out
