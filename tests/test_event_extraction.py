"""Events: PLOVER types, arguments, modality and dates, on fiction and on the seeds."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.query import reads as query
from dossier.records import Document

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _events(text: str, settings, published: str | None = "2024-03-11"):
    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published=published
    )
    (analyzed,) = list(analyze([doc], settings))
    out = []
    for e in analyzed.events:
        out.append(
            {
                "type": e.type,
                "mode": e.mode,
                "modality": e.modality,
                "actors": [text[a:b] for a, b in e.actors],
                "targets": [text[a:b] for a, b in e.targets],
                "location": text[e.location[0] : e.location[1]] if e.location else None,
                "time": text[e.time[0] : e.time[1]] if e.time else None,
            }
        )
    return out


def _one(events, type_):
    found = [e for e in events if e["type"] == type_]
    assert found, f"no {type_} in {events}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "type_", "mode"),
    [
        (
            "Police in Velmora arrested three members of the Harakat al-Nasr on Tuesday.",
            "COERCE",
            "arrest",
        ),
        ("The Harakat al-Nasr attacked a police post in Velmora on Monday.", "ASSAULT", None),
        ("Ostrand launched drone strikes on Velmora last week.", "ASSAULT", "aerial"),
        (
            "The Finance Ministry of Ostrand designated the Harakat al-Nasr on Friday.",
            "SANCTION",
            "designation",
        ),
        ("The Interior Ministry proscribed the Civic Front in 2019.", "SANCTION", "proscription"),
        (
            "A delegation of the Ostrand army met with Irena Vasko in Velmora on Sunday.",
            "CONSULT",
            "meet",
        ),
        (
            "The Harakat al-Nasr recruited hundreds of teenagers in Velmora in 2022.",
            "MOBILIZE",
            "recruitment",
        ),
        (
            "Residents protested against the Harakat al-Nasr in Velmora on Saturday.",
            "PROTEST",
            "demonstrate",
        ),
    ],
)
def test_event_types(sentence, type_, mode, settings):
    event = _one(_events(sentence, settings), type_)
    assert event["mode"] == mode
    assert event["actors"] or event["targets"]


def test_arguments_place_and_date(settings):
    text = (
        "Police in Velmora arrested Amin Rastagar, a commander of the Harakat al-Nasr, on Monday."
    )
    event = _one(_events(text, settings), "COERCE")
    assert any("Velmora" in a or "Police" in a for a in event["actors"])
    assert any("Amin Rastagar" in t for t in event["targets"])
    assert event["time"] == "Monday"


def test_passive_agent_is_the_actor(settings):
    text = "Two commanders were arrested by the Ostrand police in Velmora on Friday."
    event = _one(_events(text, settings), "COERCE")
    assert any("police" in a for a in event["actors"])
    assert any("commanders" in t for t in event["targets"])
    assert event["location"] == "Velmora"


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The Harakat al-Nasr attacked the checkpoint in Velmora.", "asserted"),
        ("The Harakat al-Nasr did not attack the checkpoint in Velmora.", "negated"),
        ("The Harakat al-Nasr could attack the checkpoint in Velmora.", "hypothetical"),
        ("The Harakat al-Nasr is planning to attack the checkpoint in Velmora.", "planned"),
        ("The men were accused of attacking the checkpoint in Velmora.", "alleged"),
    ],
)
def test_modality(sentence, modality, settings):
    assert _one(_events(sentence, settings), "ASSAULT")["modality"] == modality


def test_seed_timeline(seed_store):
    events = query.events(seed_store)
    assert events
    for event in events:
        for evidence in event["evidence"]:
            doc = seed_store.document(evidence["document_id"])
            assert doc["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    brigade = query.find_entity(seed_store, "Zainabiyoun Brigade")
    treasury = [e for e in query.events(seed_store, entity=brigade.id, type="SANCTION")]
    assert any(e["date"] and e["date"]["start"].startswith("2019-01") for e in treasury)
    strikes = query.events(seed_store, type="ASSAULT", date_from="2024-01-16", date_to="2024-01-18")
    assert any("Jaish al-Adl" in e["target_names"] for e in strikes)
    dated = [e["date"]["start"] for e in events if e["date"]]
    assert dated == sorted(dated)
