"""The CLI read commands over the seed knowledge base."""

from __future__ import annotations

import json

from dossier.cli import main


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_entities_filter_by_type(seed_db, capsys):
    rows = _json(capsys, ["entities", "--db", str(seed_db), "--type", "PERSON", "--json"])
    assert rows and all(r["type"] == "PERSON" for r in rows)
    names = {r["name"] for r in rows}
    assert "Abdul Basit Khan" in names


def test_entity_profile_has_sentences_and_sources(seed_db, capsys):
    profile = _json(capsys, ["entity", "IRGC", "--db", str(seed_db), "--json"])
    assert profile["name"] == "Islamic Revolutionary Guard Corps" and profile["type"] == "ORG"
    assert {"IRGC", "Islamic Revolutionary Guard Corps"} <= {a["text"] for a in profile["aliases"]}
    assert profile["documents"] >= 2
    for mention in profile["mention_list"]:
        assert mention["text"] in mention["sentence"]
        assert mention["source"].startswith("seeds/")


def test_unknown_entity_is_an_error(seed_db, capsys):
    for argv in (
        ["entity", "Nonexistent Front"],
        ["timeline", "Nonexistent Front"],
        ["claims", "Nonexistent Front"],
        ["merge", "Pakistan", "Nonexistent Front"],
    ):
        assert main([*argv, "--db", str(seed_db)]) == 1
        assert "no entity matches 'Nonexistent Front'" in capsys.readouterr().err


def test_search_ranks_and_snippets(seed_db, capsys):
    hits = _json(capsys, ["search", "Soleimani", "--db", str(seed_db), "--json"])
    assert hits[0]["source"].startswith("seeds/004")
    assert "[Soleimani]" in hits[0]["snippet"]


def test_search_treats_operators_as_words(seed_db, capsys):
    for query in ["Iran-backed", 'NEAR(" OR', "AND", '"unbalanced', "Zain*"]:
        assert main(["search", query, "--db", str(seed_db), "--json"]) == 0
        json.loads(capsys.readouterr().out)


def test_stats(seed_db, capsys):
    data = _json(capsys, ["stats", "--db", str(seed_db), "--json"])
    assert data["documents"] == 6 and data["sources"] == 5
    assert data["entities_by_type"]["GPE"] > 5


def test_search_survives_control_characters(seed_db, capsys):
    assert main(["search", "Iran\x00backed\x1f", "--db", str(seed_db), "--json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_list_commands_page_with_limit_and_offset(seed_db, capsys):
    """stories, claims and entities read one page in a stable order: the pages
    laid end to end are the whole list, in the whole list's order."""
    db = ["--db", str(seed_db), "--json"]
    for command, whole_argv in (
        ("stories", ["stories", *db]),
        ("claims", ["claims", *db]),
        ("entities", ["entities", "--limit", "1000", *db]),
    ):
        whole = [row["id"] for row in _json(capsys, whole_argv)]
        assert len(whole) > 3, command
        paged: list[str] = []
        for offset in range(0, len(whole) + 3, 3):
            argv = [command, "--limit", "3", "--offset", str(offset), *db]
            page = [row["id"] for row in _json(capsys, argv)]
            assert len(page) == min(3, max(0, len(whole) - offset)), (command, offset)
            paged.extend(page)
        if command == "claims":  # the paged list reads claims by id (the API's order)
            assert sorted(paged) == sorted(whole) and paged == sorted(paged)
        else:
            assert paged == whole, command
    assert main(["stories", "--limit", "2", "--offset", "1", "--db", str(seed_db)]) == 0
    assert "2-3 of " in capsys.readouterr().err
