"""Stories of one event, session 12: two outlets that tell one incident from different ends
(the agency leads with the toll, the paper with the attack) but quote one release at length
are its two sources; a look-alike release of the same day, which shares only the stock
paragraph every release closes with, is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.kb.event_merge import SHARED_PASSAGES, own_passages, passages
from dossier.query.export import build_export
from dossier.store import open_store

_STOCK = (
    "Sanitisation operation is being conducted to eliminate any other terrorist found in the "
    "area, as the security forces of Pakistan are determined to wipe out the menace of "
    "terrorism from the country."
)
_AGENCY = (
    "RAWALPINDI, Apr 6 (APP): Security forces killed four terrorists while three soldiers "
    "embraced shahadat, the military's media wing said. “On 6 April 2025, terrorists "
    "detonated a roadside bomb against a security forces convoy near Surab in Kalat "
    "District,” said a news release. Shuhada included Naik Sher Zaman Khan, Sepoy Gul "
    "Rehmat Ullah and Lance Naik Abdul Sattar Baloch. “In the ensuing clearance operation "
    "the terrorists were chased into the hills and after a fierce exchange of fire four of "
    f"them were sent to hell by the troops,” said the release. {_STOCK}"
)
_PAPER = (
    "QUETTA: A roadside bomb on Sunday struck a security forces convoy near Surab in "
    "Balochistan, leaving three soldiers martyred, officials said. According to the "
    "military's media wing, the martyred were Naik Sher Zaman Khan, Sepoy Gul Rehmat Ullah "
    "and Lance Naik Abdul Sattar Baloch. “In the ensuing clearance operation the terrorists "
    "were chased into the hills and after a fierce exchange of fire four of them were sent "
    "to hell by the troops,” the statement said. Local officials said the convoy was on its "
    f"way to Khuzdar when it was hit. {_STOCK}"
)
_OTHER = (
    "RAWALPINDI, Apr 6 (APP): Security forces killed two terrorists in an intelligence "
    "based operation in Tank District, the military's media wing said. The troops engaged "
    "the terrorists' location and after an exchange of fire two of them were killed, while "
    f"weapons and ammunition were recovered from their hideout. {_STOCK}"
)


@pytest.mark.unit
def test_reports_quoting_one_release_share_passages_the_stock_paragraph_does_not_count():
    agency, paper, other = passages(_AGENCY), passages(_PAPER), passages(_OTHER)
    # the release's own words (its martyred, its pursuit) are in both of its reports
    assert own_passages(agency, paper, [other]) >= SHARED_PASSAGES
    # the stock paragraph closes the other release too: its passages are not the
    # release's own, and a look-alike release shares nothing else with the agency's report
    stock = passages(_STOCK)
    assert stock <= agency & other
    assert own_passages(agency, other, [paper]) < SHARED_PASSAGES
    assert own_passages(agency & stock, paper & stock, [other]) == 0


@pytest.mark.unit
def test_passages_fold_case_and_punctuation_and_need_their_full_length():
    assert passages("The Troops, chased them into the HILLS.") == passages(
        "the troops chased them into the hills"
    )
    assert passages("five words are too short") == frozenset()


def _write(folder: Path, rows: list[dict[str, str]]) -> Path:
    path = folder / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.nlp  # ingests through the pipeline
def test_two_outlets_quoting_one_release_are_one_incidents_two_sources(tmp_path, settings):
    """The agency's "Security forces killed four terrorists" and the paper's "A roadside
    bomb struck a convoy" share few words in headline and lead, but quote the release on
    the martyred and the pursuit word for word: one event, two stories. The agency's
    release of another operation that day shares only the stock paragraph: its own."""
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest

    rows = [
        {"url": "https://agency.example/other", "title": "Security forces kill two terrorists",
         "published": "2025-04-06", "text": _OTHER},
        {"url": "https://agency.example/1", "title": "Security forces kill four terrorists",
         "published": "2025-04-06", "text": _AGENCY},
        {"url": "https://paper.example/1", "title": "Three soldiers martyred in Surab bombing",
         "published": "2025-04-06", "text": _PAPER},
    ]  # fmt: skip
    store = open_store(str(tmp_path / "kb.db"))
    report = run_ingest([_write(tmp_path, rows)], store, settings)
    assert not report.errors, report.errors
    data = build_export(store)
    store.close()
    story_of = {d["source"]: d["story_id"] for d in data["documents"]}
    group_of = {s["id"]: s.get("event_group") or s["id"] for s in data["stories"]}
    group = {url: group_of[story_of[url]] for url in story_of}
    assert len(set(story_of.values())) == 3  # no copies
    assert group["https://agency.example/1"] == group["https://paper.example/1"]
    assert group["https://agency.example/other"] != group["https://agency.example/1"]
