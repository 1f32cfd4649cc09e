"""Two speakers, two statements (session 30): within one article, a speech report (an
accusation, a demand, a warning) whose named speakers are none of an earlier telling's named
speakers is another statement, not that telling again. Merging them made one speaker the
actor of the other's accusation and added the other's target to it. A retelling whose
speaker is a pronoun or unnamed names no one, so it still joins the statement told before."""

from __future__ import annotations

import pytest


def _accusations(tmp_path, settings, text: str) -> list[tuple[str, str]]:
    """Each ACCUSE event's actor and target names (lowercased, joined) in one article's
    export."""
    import json

    from dossier.pipeline.run import run_ingest
    from dossier.query.export import build_export
    from dossier.store import open_store

    corpus = tmp_path / "articles.jsonl"
    record = {"url": "https://example.com/a", "text": text, "published": "2025-04-25"}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    store = open_store(str(tmp_path / "kb.db"))
    try:
        run_ingest([corpus], store, settings)
        export = build_export(store)
    finally:
        store.close()
    names = {e["id"]: e["name"] for e in export["entities"]}

    def named(ids: list[str]) -> str:
        return " ".join(names.get(i, i) for i in ids).lower()

    return [
        (named(e["actors"]), named(e["targets"])) for e in export["events"] if e["type"] == "ACCUSE"
    ]


_TWO_SPEAKERS = (
    "ISLAMABAD: Senator Nadia Qureshi on Friday accused Israel of committing war crimes in "
    "Gaza.\n\n"
    "Turkey's foreign ministry accused Israel of blocking aid to civilians in the "
    "territory.\n\n"
)

_ONE_SPEAKER = (
    "ISLAMABAD: Senator Nadia Qureshi on Friday accused India of spreading propaganda "
    "against Pakistan after the bombing.\n\n"
    "She accused India of hiding its own failures, saying the campaign was meant to mislead "
    "the world.\n\n"
)


@pytest.mark.nlp
def test_two_named_speakers_make_two_statements(tmp_path, settings) -> None:
    told = _accusations(tmp_path, settings, _TWO_SPEAKERS)
    assert len(told) == 2, told
    # Turkey's accusation keeps Turkey alone as its actor, the senator's her alone
    assert sorted("turkey" in actors for actors, _ in told) == [False, True], told
    assert sorted("qureshi" in actors for actors, _ in told) == [False, True], told


@pytest.mark.nlp
def test_a_pronoun_speaker_retells_the_statement(tmp_path, settings) -> None:
    told = _accusations(tmp_path, settings, _ONE_SPEAKER)
    assert len(told) == 1, told
