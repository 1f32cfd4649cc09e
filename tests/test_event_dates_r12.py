"""Dates of events, round 12: a possessive date the act is told as coming after ("following
yesterday's shooting incident, the sit-in was relocated") is the other act's, not this one's;
a clause that describes an act's noun ("an air strike killed in September", "an attack that
destroyed six planes 11 days earlier") gives that act its date; and a year-less wire
dateline's year read against the day its file was saved (``RawArticle.saved``), bounded so
that a copy saved years later gives no date rather than a wrong one."""

from __future__ import annotations

import pytest

from dossier.kb.facts import _earlier_day
from dossier.records import AnalyzedDocument, Document, EventMention, Sentence, TimeExpr


def _analyzed(text: str, word: str, day: str, trigger: str, kind: str) -> AnalyzedDocument:
    at = text.index(word)
    time = TimeExpr(at, at + len(word), word, day, day, "day", 0)
    fires = text.index(trigger)
    event = EventMention(kind, None, (fires, fires + len(trigger)), 0, len(text), 0)
    document = Document(id="d", source="s", raw_hash="h", text=text, published="2025-01-05")
    return AnalyzedDocument(document, [Sentence(0, len(text))], [], [time], [event])


@pytest.mark.unit
def test_a_possessive_date_of_an_act_told_before_is_not_the_clauses_own():
    text = (
        "Meanwhile, following yesterday’s shooting incident, the Bagan protest sit-in was "
        "relocated to Manduri."
    )
    analyzed = _analyzed(text, "yesterday", "2025-01-04", "sit-in", "PROTEST")
    assert _earlier_day(analyzed, analyzed.events[0], 3) is None
    for opener in ("After", "Ahead of", "Since", "Despite", "Before"):
        told = text.replace("Meanwhile, following", opener)
        analyzed = _analyzed(told, "yesterday", "2025-01-04", "sit-in", "PROTEST")
        assert _earlier_day(analyzed, analyzed.events[0], 3) is None, opener


@pytest.mark.unit
def test_a_possessive_date_of_the_acts_own_incident_still_dates_it():
    # "the toll from Saturday's strikes": the strikes the sentence's deaths come from
    text = "The definitive toll from Saturday’s strikes rose to 40 killed."
    analyzed = _analyzed(text, "Saturday", "2025-01-04", "killed", "ASSAULT")
    lent = _earlier_day(analyzed, analyzed.events[0], 3)
    assert lent is not None and lent.value_start == "2025-01-04"


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("sentence", "published", "trigger", "dated"),
    [
        # a participle on the act's noun: "killed" hangs on "strike"
        (
            "Supporters carried images of Hassan Nasrallah, who an Israeli air strike killed "
            "in September.",
            "2025-01-28",
            "strike",
            "2024-09-01",
        ),
        # a relative clause whose subject is the act
        (
            "The airport had resumed services on May 17, after it was closed by a heavy "
            "Israeli attack that destroyed six planes 11 days earlier.",
            "2025-05-29",
            "attack",
            "2025-05-06",
        ),
        # one that tells what happened in it
        (
            "The attack, in which 26 tourists were killed on April 22, was condemned by all "
            "parties.",
            "2025-05-01",
            "killed",
            "2025-04-22",
        ),
    ],
)
def test_a_clause_that_describes_an_acts_noun_gives_it_its_date(
    nlp, sentence, published, trigger, dated
):
    from dossier.extract.nlp import analyze_doc

    document = Document(id="d", source="s", raw_hash="h", text=sentence, published=published)
    analyzed = analyze_doc(document, nlp(sentence))
    found = [e for e in analyzed.events if sentence[e.trigger[0] : e.trigger[1]] == trigger]
    assert found, [(e.type, sentence[e.trigger[0] : e.trigger[1]]) for e in analyzed.events]
    times = {(t.start, t.end): t for t in analyzed.times}
    assert found[0].time is not None, found[0]
    assert times[found[0].time].value_start == dated


@pytest.mark.nlp
def test_a_relative_clause_that_reports_the_act_does_not_date_it(nlp):
    from dossier.extract.nlp import analyze_doc

    sentence = "The attack, which was condemned on Monday by the government, killed five people."
    document = Document(id="d", source="s", raw_hash="h", text=sentence, published="2025-05-28")
    analyzed = analyze_doc(document, nlp(sentence))
    attack = [e for e in analyzed.events if e.type == "ASSAULT"]
    assert attack and all(e.time is None for e in attack), attack


WIRE = "ISLAMABAD, Apr 25 (APP): The minister said here on Friday that talks would go on.\n"


def _saved_on(tmp_path, day: str):
    import os
    from datetime import UTC, datetime

    from dossier.ingest.files import InputFile

    path = tmp_path / "a.txt"
    path.write_text(WIRE, encoding="utf-8")
    stamp = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    return InputFile(path, path.name)


def _published(item, **settings) -> str | None:
    from dossier.clean import clean
    from dossier.config import load_settings
    from dossier.pipeline.prepare import read_articles

    (raw,) = list(read_articles(item, load_settings(environ={}, **settings)))
    (document,) = clean(raw)
    return document.published


@pytest.mark.unit
def test_a_wire_dateline_is_read_against_the_day_its_file_was_saved(tmp_path):
    # April 25 2025 was a Friday: a file saved the day after reads 2025
    assert _published(_saved_on(tmp_path, "2025-04-26")) == "2025-04-25"
    # the same file copied three years later: no 2026-2028 Apr 25 is a Friday, so no date
    # rather than a wrong one
    assert _published(_saved_on(tmp_path, "2028-05-01")) is None


@pytest.mark.unit
def test_a_pinned_wire_clock_reads_the_same_year_however_the_file_was_copied(tmp_path):
    # copied six years later, the file's own day reads 2031 (Apr 25 2031 is a Friday too)
    late = _saved_on(tmp_path, "2031-05-01")
    assert _published(late) == "2031-04-25"
    # a pinned clock reads 2025 on every machine; "off" reads none
    assert _published(late, wire_clock="2025-06-01") == "2025-04-25"
    assert _published(late, wire_clock="off") is None
    with pytest.raises(ValueError, match="wire_clock"):
        _published(late, wire_clock="soon")
