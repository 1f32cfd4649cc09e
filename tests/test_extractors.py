"""The extractor registry: configured order, a toy extractor's facts arriving, and
place votes counted where the analysis runs (not in the store writer)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dossier.config import EXTRACTORS, load_settings
from dossier.extract import registry
from dossier.records import ClaimMention, Document, Mention


@dataclass
class _Sentence:
    start_char: int
    end_char: int


class _FakeDoc:
    """Just what :func:`registry.run` reads of a parse: the text and its sentences."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sents = [_Sentence(0, len(text))]


NAMES = [name for name, _ in EXTRACTORS]
TEXT = "Police said the blast in Peshawar killed four people."


def _toy_mentions(doc, context: registry.Context) -> registry.Facts:
    start = doc.text.index("Peshawar")
    place = Mention(start, start + 8, "Peshawar", "GPE", "peshawar", 0)
    return registry.Facts(mentions=[*context.mentions, place])


def _toy_claims(doc, context: registry.Context) -> registry.Facts:
    # sees what ran before it: one claim per mention found so far
    found = [ClaimMention("toy", m.start, m.end, m.text, m.sentence) for m in context.mentions]
    return registry.Facts(claims=found)


@pytest.fixture
def toys(monkeypatch):
    monkeypatch.setitem(
        registry.REGISTRY, "toy_mentions", registry.Extractor("toy_mentions", _toy_mentions)
    )
    monkeypatch.setitem(
        registry.REGISTRY, "toy_claims", registry.Extractor("toy_claims", _toy_claims)
    )


@pytest.mark.unit
def test_pipeline_keeps_the_configured_order(toys) -> None:
    chosen = registry.pipeline("toy_claims, toy_mentions,place_votes")
    assert [e.name for e in chosen] == ["toy_claims", "toy_mentions", "place_votes"]
    assert load_settings(environ={}).extractors.split(",") == NAMES
    assert (
        load_settings(environ={"DOSSIER_EXTRACTORS": "toy_mentions"}).extractors == "toy_mentions"
    )
    with pytest.raises(ValueError, match="no_such_extractor"):
        registry.pipeline(["toy_mentions", "no_such_extractor"])


@pytest.mark.unit
def test_a_registered_toy_extractor_runs_and_its_facts_arrive(toys) -> None:
    document = Document(id="d", source="d.txt", raw_hash="h", text=TEXT)
    chosen = registry.pipeline(["toy_mentions", "toy_claims", "place_votes"])
    analyzed = registry.run(_FakeDoc(TEXT), document, chosen)
    assert [m.text for m in analyzed.mentions] == ["Peshawar"]
    assert [(c.kind, c.start) for c in analyzed.claims] == [("toy", TEXT.index("Peshawar"))]
    # the place votes are counted beside the analysis, from the mentions found before them
    [(key, place, _reason)] = analyzed.place_votes
    assert key == "peshawar" and place is not None and place.country == "PK"
    # order matters: the claims extractor before the mentions sees none
    early = registry.run(
        _FakeDoc(TEXT), document, registry.pipeline(["toy_claims", "toy_mentions"])
    )
    assert early.claims == [] and len(early.mentions) == 1


@pytest.mark.unit
def test_coreference_replaces_the_mentions_the_later_extractors_see(toys) -> None:
    document = Document(id="d", source="d.txt", raw_hash="h", text=TEXT)

    def relabel(analyzed):
        from dataclasses import replace

        return replace(analyzed, mentions=[replace(m, label="PERSON") for m in analyzed.mentions])

    chosen = registry.pipeline(["toy_mentions", "coreference", "place_votes"])
    analyzed = registry.run(_FakeDoc(TEXT), document, chosen, coreference=relabel)
    assert [m.label for m in analyzed.mentions] == ["PERSON"]
    assert analyzed.place_votes == []  # no place name left to vote on
    without = registry.run(_FakeDoc(TEXT), document, chosen)  # no coreference handed in
    assert [m.label for m in without.mentions] == ["GPE"] and len(without.place_votes) == 1


@pytest.mark.nlp
def test_the_default_extractors_run_in_the_analysis_with_place_votes(toys) -> None:
    """The pipeline's analysis (what workers run) returns the place votes; a toy
    extractor added to the configured order gets its facts into the same record."""
    from dossier.extract import nlp
    from dossier.pipeline.run import analyze_batch

    assert [e.name for e in registry.pipeline(NAMES)] == NAMES
    settings = load_settings(environ={}).with_overrides(extractors=",".join([*NAMES, "toy_claims"]))
    document = Document(id="d", source="d.txt", raw_hash="h", text=TEXT)
    [analyzed] = analyze_batch([document], settings, nlp.load_pipeline(settings.spacy_model))
    assert analyzed.mentions and analyzed.events
    assert any(key == "peshawar" and place for key, place, _ in analyzed.place_votes)
    toy = [c for c in analyzed.claims if c.kind == "toy"]
    assert len(toy) == len(analyzed.mentions)
