"""Within-document coreference and entity grouping, on seeds and fictional text."""

from __future__ import annotations

from dossier import query
from dossier.clean import document_id
from dossier.nlp import analyze
from dossier.records import Document
from dossier.resolve import corefer

FICTION = (
    "Members of the Harakat al-Nasr Brigade attacked a checkpoint near Velmora on Sunday, "
    "officials said. The Brigade has been active in the border district since 2019.\n\n"
    "Police chief Colonel Amin Rastagar said the militant group had recruited teenagers from "
    "the refugee camps. Rastagar added that the group would be pursued.\n\n"
    "Mufti Jalal Dorani, a cleric in Velmora, condemned the attack. Dorani urged calm."
)


def _analyze(text: str, settings) -> dict[str, list[tuple[str, str]]]:
    doc = Document(id=document_id(text), source="fiction.txt", raw_hash="x", text=text)
    (analyzed,) = list(analyze([doc], settings))
    by_key: dict[str, list[tuple[str, str]]] = {}
    for m in corefer(analyzed).mentions:
        assert text[m.start : m.end] == m.text
        by_key.setdefault(m.key, []).append((m.text, m.via))
    return by_key


def test_descriptions_and_surnames_resolve_in_fiction(settings):
    by_key = _analyze(FICTION, settings)
    brigade = next(k for k in by_key if "nasr" in k)
    texts = {t.lower() for t, _via in by_key[brigade]}
    assert {"brigade", "the militant group", "the group"} <= texts
    person = next(k for k in by_key if k.endswith("rastagar") and len(k.split()) >= 2)
    assert ("Rastagar", "surname") in by_key[person]
    cleric = next(k for k in by_key if k.endswith("dorani") and len(k.split()) >= 2)
    assert ("Dorani", "surname") in by_key[cleric]


def test_seed_coreference(seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    mentions = query.entity_profile(seed_store, brigade)["mention_list"]
    described = {m["text"].lower() for m in mentions if m["via"] == "description"}
    assert {"the group", "the militant group"} <= described
    usmani = query.find_entity(seed_store, "Usmani")
    assert usmani is not None and usmani.type == "PERSON"
    assert "Taqi Usmani" in usmani.name
    soleimani = query.find_entity(seed_store, "Qasem Soleimani")
    assert soleimani.type == "PERSON"
    aliases = {a["text"] for a in query.aliases(seed_store, soleimani.id)}
    assert "Soleimani" in aliases


def test_descriptions_are_not_aliases(seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    aliases = {a["text"].lower() for a in query.aliases(seed_store, brigade.id)}
    assert not aliases & {"the group", "the militant group", "brigade"}
