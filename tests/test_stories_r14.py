"""Stories, session 14: a paper's print edition and its web report are one source where
independence is counted (:func:`dossier.kb.claims.count_sources`), not two stories; and a
print report that tells its web report's statement is its edition
(:mod:`dossier.kb.editions`)."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.claims import ClaimView, count_sources, edition_key, independent_stories
from dossier.query.reads import claims


def _mention(document: str, story: str, group: str | None, outlet: str | None,
             published: str = "2025-02-21") -> dict[str, Any]:  # fmt: skip
    """A claim mention as the store gives it: the ISPR quote, in one document."""
    return {"claim_id": "c1", "kind": "quote", "document_id": document, "story_id": story,
            "event_group": group, "group_outlet": outlet, "outlet": None,
            "source": f"https://{outlet or 'file'}.example/{document}", "published": published,
            "start": 0, "end": 30, "text": "the khwarij were sent to hell", "qmin": None,
            "qmax": None, "unit": None, "hedge": None, "speaker_entity": "ispr",
            "speaker_text": "ISPR", "speaker_role": None, "subject_entity": None,
            "subject_text": None}  # fmt: skip


class _Store:
    """A store stand-in for :func:`claims`: its claim mentions, no triage."""

    def __init__(self, mentions: list[dict[str, Any]]):
        self.mentions = mentions

    def claim_mentions(self) -> list[dict[str, Any]]:
        return self.mentions

    def curation_log(self, actions: Any) -> list[dict[str, Any]]:
        return []

    def document_groups(self, document_ids: Any) -> dict[str, dict[str, Any]]:
        return {}  # no event groups or threads: no storyline ties


@pytest.mark.unit
def test_one_outlets_stories_in_one_event_group_are_one_source():
    web, printed, agency = ("s-web", "g|dawn"), ("s-print", "g|dawn"), ("s-app", "g|app")
    assert edition_key("g", "dawn") == "g|dawn"
    assert edition_key(None, "dawn") is None and edition_key("g", None) is None
    assert count_sources([web, printed]) == 1
    assert count_sources([web, printed, agency]) == 2
    # one outlet's stories of two events, or with no edition key: their stories
    assert count_sources([web, ("s-later", "h|dawn")]) == 2
    assert count_sources([("s1", None), ("s2", None), ("s1", None)]) == 2
    # a re-print is one story whoever printed it: APP's dispatch and Dawn's copy of it (one
    # story, two outlets' keys) are one source, and bring Dawn's print edition along
    assert count_sources([("s-app", "g|app"), ("s-app", "g|dawn")]) == 1
    assert count_sources([("s-app", "g|app"), ("s-app", "g|dawn"), printed]) == 1
    assert count_sources([]) == 0


@pytest.mark.unit
def test_independent_stories_counts_an_outlets_editions_once():
    web = ClaimView("a", "quote", "ispr", None, "x", stories=frozenset({"s-web"}),
                    sources=frozenset({("s-web", "g|dawn")}))  # fmt: skip
    printed = ClaimView("b", "quote", "ispr", None, "x", stories=frozenset({"s-print"}),
                        sources=frozenset({("s-print", "g|dawn")}))  # fmt: skip
    agency = ClaimView("c", "quote", "ispr", None, "x", stories=frozenset({"s-app"}),
                       sources=frozenset({("s-app", "g|app")}))  # fmt: skip
    assert independent_stories([web, printed]) == 1
    assert independent_stories([web, printed, agency]) == 2
    # views without sources (the pure-logic callers) count their stories, as before
    bare = [ClaimView("d", "quote", None, None, "x", stories=frozenset({s})) for s in "pq"]
    assert independent_stories(bare) == 2


@pytest.mark.unit
def test_a_claim_in_a_papers_web_and_print_reports_counts_them_as_one_story():
    """The ISPR's words in Dawn's web report, Dawn's print report of the next morning (one
    event group: :mod:`dossier.kb.editions`) and APP's report: two independent sources, not
    three; stories of one outlet in no shared group still count apart."""
    found = claims(_Store([
        _mention("web", "s-web", "g", "dawn"),
        _mention("print", "s-print", "g", "dawn", "2025-02-22"),
        _mention("app", "s-app", "g", "app"),
    ]))  # fmt: skip
    assert [(c["stories"], c["independent_stories"]) for c in found] == [
        (["s-app", "s-print", "s-web"], 2)
    ]
    apart = claims(_Store([
        _mention("web", "s-web", "g", "dawn"),
        _mention("later", "s-later", "h", "dawn", "2025-03-02"),
    ]))  # fmt: skip
    assert apart[0]["independent_stories"] == 2
    # no event group known (a store from before the join): each story is a source
    ungrouped = claims(_Store([
        _mention("web", "s-web", None, None),
        _mention("print", "s-print", None, None),
    ]))  # fmt: skip
    assert ungrouped[0]["independent_stories"] == 2
    # a wire copy: APP's dispatch re-printed by another outlet is one story, one source
    copied = claims(_Store([
        _mention("app", "s-app", "g", "app"),
        _mention("copy", "s-app", "g", "tribune"),
    ]))  # fmt: skip
    assert copied[0]["independent_stories"] == 1


# -- a print edition that tells its web report's statement ------------------------------
WEB_SAID = frozenset("terrorists enablers challenged inside outside country press conference "
                     "jaffar express attack".split())  # fmt: skip
PRINT_SAID = frozenset("military vowed decisive action terrorists balochistan abettors "
                       "facilitators inside outside country jaffar express".split())  # fmt: skip
OTHER_SAID = frozenset("spokesman briefing afghan refugees deadline march exit".split())


class _ActorStore:
    """A store stand-in for :func:`edition_groups`: ``document_groups`` rows by outlet and
    day, documents by id, and the lead actors of the rows (``document_actors``)."""

    def __init__(self, rows: list[dict[str, Any]], actors: list[tuple[str, str, str]]):
        self.rows = rows
        self.actors = actors  # (document id, actor, day acted)

    def outlet_day_rows(self, outlet: str, day: str) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["outlet"] == outlet and r["published"] == day]

    def document(self, document_id: str) -> dict[str, Any] | None:
        return {"id": document_id, "removed": []}  # the web report: no footer

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["event_group"] == group]

    def actor_candidates(self, key: str, published: tuple[str, str]) -> list[dict[str, Any]]:
        by_id = {r["document_id"]: r for r in self.rows}
        return [
            {**by_id[doc], "actor": actor, "acted": acted}
            for doc, actor, acted in self.actors
            if actor.split()[-1] == key and published[0] <= by_id[doc]["published"] <= published[1]
        ]


def _statement_row(doc: str, said: frozenset[str], published: str = "2025-03-14",
                   outlet: str = "dawn") -> dict[str, Any]:  # fmt: skip
    return {"document_id": doc, "event_group": f"g-{doc}", "outlet": outlet,
            "published": published, "telling": "will take on terrorists enablers dg ispr",
            "said": " ".join(sorted(said)), "places": "", "location": None}  # fmt: skip


@pytest.mark.unit
@pytest.mark.parametrize(
    "web_actor, acted, web_said, joins",
    [
        ("ahmed sharif chaudhry", "2025-03-14", WEB_SAID, True),  # one press conference
        ("ahmed sharif chaudhry", "2025-03-13", WEB_SAID, False),  # the day before's act
        ("sarfraz bugti", "2025-03-14", WEB_SAID, False),  # another speaker
        ("ahmed sharif chaudhry", "2025-03-14", OTHER_SAID, False),  # another statement
    ],
)
def test_a_print_report_of_its_web_reports_statement_is_its_edition(
    web_actor, acted, web_said, joins
):
    """Dawn's web report of the DG ISPR's press conference (Friday) and Saturday's print
    report under a headline of its own share too few headline words for the telling test;
    the same speaker acting on the same day in one statement's words makes them editions."""
    from dossier.kb.editions import edition_groups

    store = _ActorStore([_statement_row("w", web_said)], [("w", web_actor, acted)])
    record = {"outlet": "dawn", "published": "2025-03-15", "places": "", "location": None,
              "said": " ".join(sorted(PRINT_SAID))}  # fmt: skip
    printed = {"id": "p", "removed": [{"kind": "metadata",
                                       "text": "Published in Dawn, March 15th, 2025"}]}  # fmt: skip
    told = frozenset("military vows crush balochistan terrorists abettors".split())
    actors = [("lt gen ahmed sharif chaudhry", "2025-03-14")]
    assert edition_groups(store, printed, record, told, set(), actors) == (
        {"g-w"} if joins else set()
    )
    # without the lead's actors (a lead that names none), the telling test alone decides
    assert edition_groups(store, printed, record, told, set()) == set()


@pytest.mark.unit
def test_an_alert_counts_an_outlets_editions_as_one_independent_story():
    """A corroboration alert between APP's figure and the figure of Dawn's web and print
    reports (one claim, two stories, one source) says two independent stories, and keeps
    the three stories as its fingerprint, so an alert sent before is not sent again."""
    from dossier.query.alerts import _data, _pair

    def claim(claim_id: str, stories: list[str], sources: list[list[str]]) -> dict[str, Any]:
        return {"id": claim_id, "kind": "quantity", "text": "3 killed", "subject_name": "FC",
                "quantity": {"min": 3, "max": 3, "unit": "killed", "hedge": None},
                "stories": stories, "sources": sources, "evidence": [], "disputes": []}  # fmt: skip

    app = claim("a", ["s-app"], [["s-app", "g|app"]])
    dawn = claim("b", ["s-print", "s-web"], [["s-print", "g|dawn"], ["s-web", "g|dawn"]])
    fact = _pair("corroboration", app, dawn)
    assert "(2 independent stories)" in fact.summary
    assert fact.stories == ("s-app", "s-print", "s-web")
    entity = type("Entity", (), {"id": "e", "name": "FC", "type": "ORG"})()
    assert _data(fact, {"name": "FC"}, entity)["independent_stories"] == 2
