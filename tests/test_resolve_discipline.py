"""Clustering discipline: weak evidence stays in its document, no chains, no order effects.

Fictional articles (names invented) exercise each mechanism that collapsed entities on a
real archive: lone surnames and acronyms used as cross-document keys, chains through a
shared surname, outlets taken for actors; the seed corpus checks that batch size and
input order do not change the entities.
"""

from __future__ import annotations

import json
import random

import pytest

from dossier.cli import main
from dossier.names import explain
from dossier.query import reads as query
from dossier.store import open_store

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp

SURNAMES = [
    "Police said Haider Velani was arrested in Dorvan on Monday. Velani denied the charges.",
    "Minister Murad Velani Shah visited Dorvan on Tuesday. Velani said the roads would reopen.",
    "Velani was not available for comment, officials in Dorvan said on Wednesday.",
    "Farzana Velani, a teacher, said schools in Dorvan were closed. Velani said parents worried.",
]
ACRONYMS = [
    "The Velmora Liberation Front (VLF) claimed the attack in Dorvan, officials said.",
    "Fighters of the Vanguard of Loyal Fighters (VLF) were seen near Korvan on Friday.",
    "The VLF has not commented on the clashes in Korvan.",
]
OUTLETS = [
    "KORVAN, Jan 5 (APP): Security forces killed three militants of the Korvan Shura in "
    "Dorvan, Reuters reported, citing officials.",
]


def _ingest(tmp_path, db, texts: list[str], *extra: str) -> None:
    """Ingest ``texts`` in this process (``--workers 1``).

    Why one process: these tests are about batch size and input order, not the pool; with
    the default (every usable core) a run of several batches spawned a pool whose workers
    each loaded the model again — most of this file's time on a 2-core CI machine — while
    the pool's own guarantee (it stores what one process stores) is
    ``tests/test_workers.py``'s."""
    corpus = tmp_path / "articles.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            out.write(json.dumps({"url": f"https://example.org/{i}", "text": text}) + "\n")
    command = ["ingest", str(corpus), "--db", str(db), "--quiet", "--workers", "1", *extra]
    assert main(command) == 0


def _groups(db) -> set[tuple[str, frozenset[str]]]:
    store = open_store(str(db))
    try:
        return {
            (e.type, frozenset(a["text"] for a in query.aliases(store, e.id)))
            for e in store.entities(limit=10_000)
        }
    finally:
        store.close()


def _holding(groups, alias: str) -> list[frozenset[str]]:
    return [aliases for _type, aliases in groups if alias in aliases]


def test_lone_surnames_never_chain_people_across_documents(tmp_path):
    db = tmp_path / "kb.db"
    _ingest(tmp_path, db, SURNAMES)
    groups = _groups(db)
    for person in ("Haider Velani", "Murad Velani Shah", "Farzana Velani"):
        (aliases,) = _holding(groups, person)
        others = {"Haider Velani", "Murad Velani Shah", "Farzana Velani"} - {person}
        assert not aliases & others, (person, aliases)


def test_acronyms_link_only_where_defined(tmp_path):
    db = tmp_path / "kb.db"
    _ingest(tmp_path, db, ACRONYMS)
    groups = _groups(db)
    (front,) = _holding(groups, "Velmora Liberation Front")
    assert "Vanguard of Loyal Fighters" not in front


def test_outlets_are_sources_not_entities(tmp_path):
    db = tmp_path / "kb.db"
    _ingest(tmp_path, db, OUTLETS)
    aliases = {a for _type, group in _groups(db) for a in group}
    assert not aliases & {"APP", "Reuters"}
    assert "Dorvan" in aliases


def test_same_entities_whatever_the_batch_size_and_order(tmp_path, seeds):
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _ingest(first, first / "kb.db", texts, "--batch-size", "32")
    shuffled = texts[:]
    random.Random(17).shuffle(shuffled)
    assert shuffled != texts
    _ingest(second, second / "kb.db", shuffled, "--batch-size", "2")
    assert _groups(first / "kb.db") == _groups(second / "kb.db")


def test_names_match_command_explains(capsys):
    assert (
        main(
            ["names", "match", "SOLEIMANI, Qasem", "Qassem Soleimani", "--type", "PERSON", "--why"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("same\t") and "rule" in out
    assert main(["names", "match", "Haider Velani", "Murad Velani Shah", "--type", "PERSON"]) == 1
    assert capsys.readouterr().out.startswith("different\t")
    weak = explain("Velani", "Haider Velani", "PERSON", "PERSON")
    assert weak.decision == "same inside one document only"


def test_seed_aliases_come_from_the_text_alone(seed_store):
    """No reference list is loaded: spelling variants, the acronym defined in the text and
    an owner-prefixed plural still land in one entity each."""

    def aliases(name: str) -> set[str]:
        entity = query.find_entity(seed_store, name)
        assert entity is not None, name
        return {a["text"] for a in query.aliases(seed_store, entity.id)}

    assert {"Zainabiyoun Brigade", "Zainebiyoun Brigade", "Liwa Zainebiyoun"} <= aliases(
        "Zainabiyoun Brigade"
    )
    assert {"IRGC", "Islamic Revolutionary Guard Corps"} <= aliases("IRGC")
    assert {"Quds Force", "Iran’s Quds Forces"} <= aliases("Quds Force")
    assert not aliases("Quds Force") & aliases("IRGC")


DOMINANT = [
    "President Orvald Tremaine said on Monday that talks with Dorvan would resume.",
    "Orvald Tremaine met farmers in Korvan on Tuesday, his office said.",
    "Officials said Orvald Tremaine would visit Dorvan next week.",
    "Orvald Tremaine signed the budget on Thursday, aides said.",
]
LONE = [
    "Tremaine told reporters in Korvan on Friday that tariffs would stay.",
    "Farmers in Dorvan protested after Tremaine cut the subsidy.",
]
SHARED = [
    "Kestrin Halvard, a lawyer, said the court in Dorvan adjourned the case.",
    "Kestrin Halvard filed an appeal in Korvan on Monday.",
    "Kestrin Halvard told reporters the hearing was delayed.",
    "Mira Halvard, a doctor, said the clinic in Dorvan had no medicine.",
    "Mira Halvard opened a new ward in Korvan on Tuesday.",
    "Mira Halvard said nurses had not been paid.",
    "Halvard said on Friday that more help was needed in Dorvan.",
]


@pytest.mark.parametrize("batch", ["1", "32"])
def test_lone_surname_joins_only_a_dominant_full_name_of_the_store(tmp_path, batch):
    db = tmp_path / "kb.db"
    # the lone surname first, one article a batch: the link must not depend on the order
    _ingest(tmp_path, db, LONE + DOMINANT + SHARED, "--batch-size", batch)
    groups = _groups(db)
    (person,) = _holding(groups, "Orvald Tremaine")
    assert "Tremaine" in person
    (lone,) = _holding(groups, "Halvard")
    assert not lone & {"Kestrin Halvard", "Mira Halvard"}, lone


#: "KLF" alone first, then expanded in three other reports (each names one full name it is
#: the initials of); "ZRC" expanded to two different bodies: it joins neither
BARE_ACRONYM = [
    "The KLF claimed the attack on a checkpoint near Dorvan on Sunday, police said.",
    "Fighters of the Korvan Liberation Front attacked a convoy in Dorvan. The KLF said two "
    "of its men died.",
    "The Korvan Liberation Front said on Monday it had seized a post. The KLF warned traders.",
    "Police blamed the Korvan Liberation Front for the blast in Dorvan. The KLF denied it.",
    "The ZRC met in Korvan on Monday to discuss the budget.",
    "The Zalmor Relief Council (ZRC) sent food to Dorvan on Tuesday.",
    "The Zentar Rights Commission (ZRC) criticised the arrests in Korvan.",
]


@pytest.mark.parametrize("batch", ["1", "32"])
def test_bare_acronym_joins_only_a_dominant_expansion(tmp_path, batch):
    db = tmp_path / "kb.db"
    _ingest(tmp_path, db, BARE_ACRONYM, "--batch-size", batch)
    groups = _groups(db)
    (front,) = _holding(groups, "Korvan Liberation Front")
    assert "KLF" in front
    holding_zrc = _holding(groups, "ZRC")
    assert holding_zrc
    for aliases in holding_zrc:
        assert not aliases >= {"Zalmor Relief Council", "Zentar Rights Commission"}
