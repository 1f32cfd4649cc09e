"""Issue acceptance on the seeds: the fighter-count dispute, and no self-corroboration."""

from __future__ import annotations

from dossier.query import reads as query


def test_fighter_count_contradiction_is_found(seed_store):
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    disputed = query.claims(seed_store, entity=brigade.id, contradictions_only=True)
    figures = {(c["quantity"]["min"], c["quantity"]["max"]): c for c in disputed if c["quantity"]}
    assert (None, 1000.0) in figures and (5000.0, 7000.0) in figures
    up_to, range_ = figures[(None, 1000.0)], figures[(5000.0, 7000.0)]
    assert range_["id"] in up_to["contradicts"] and up_to["id"] in range_["contradicts"]
    assert up_to["quantity"]["unit"] == range_["quantity"]["unit"] == "fighter"
    assert up_to["stories"] != range_["stories"]
    for side in (up_to, range_):
        (evidence,) = side["evidence"]
        doc = seed_store.document(evidence["document_id"])
        assert doc["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    pairs = query.disputes(seed_store, brigade.id)
    assert any({s["id"] for s in p["sides"]} == {up_to["id"], range_["id"]} for p in pairs)


def test_reprinted_quote_is_one_claim_not_its_own_corroboration(seed_store):
    khan = query.find_entity(seed_store, "Abdul Basit Khan")
    quotes = query.claims(seed_store, entity=khan.id)
    recruitment = [c for c in quotes if "sectarian targeted killing" in c["text"]]
    assert len(recruitment) == 1
    (claim,) = recruitment
    assert claim["kind"] == "quote" and claim["speaker"] == khan.id
    sources = {e["source"] for e in claim["evidence"]}
    assert sources == {"seeds/000_9749855b4f481723.txt", "seeds/001_7d9324724cd908e3.txt"}
    assert len(claim["stories"]) == 1  # one story: 000 and 001 are editions of it
    assert claim["corroborated_by"] == []


def test_pronoun_speaker_resolves_to_the_named_person(seed_store):
    karim = query.find_entity(seed_store, "Umar Karim")
    said = query.claims(seed_store, entity=karim.id)
    assert any("fifth column" in c["text"] for c in said)
