"""Stories, session 13: a newspaper's print edition and its web report of the day before are
one report (:mod:`dossier.kb.editions`) -- joined in one event group although one outlet's
second story of an event otherwise never joins it -- and nothing else of one outlet is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dossier.kb.editions import edition_groups, is_print_edition
from dossier.store import open_store

FOOTER = {"kind": "metadata", "text": "Published in Dawn, February 22nd, 2025"}
WEB_WORDS = frozenset("six terrorists killed karak operation ispr intelligence based".split())
PRINT_WORDS = frozenset("six militants killed karak security operation intelligence".split())


class _Store:
    """A store stand-in: ``document_groups`` rows by outlet and day, documents by id."""

    def __init__(self, rows: list[dict[str, Any]], documents: dict[str, dict[str, Any]]):
        self.rows = rows
        self.documents = documents
        self.asked: list[tuple[str, str]] = []

    def outlet_day_rows(self, outlet: str, day: str) -> list[dict[str, Any]]:
        self.asked.append((outlet, day))
        return [r for r in self.rows if r["outlet"] == outlet and r["published"] == day]

    def document(self, document_id: str) -> dict[str, Any] | None:
        return self.documents.get(document_id)

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["event_group"] == group]


def _row(doc: str, published: str, words: frozenset[str], outlet: str = "dawn",
         places: str = "karak", group: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"document_id": doc, "event_group": group or f"g-{doc}", "outlet": outlet,
            "published": published, "telling": " ".join(sorted(words)), "places": places,
            "location": None}  # fmt: skip


def _print(doc: str) -> dict[str, Any]:
    return {"id": doc, "removed": [FOOTER]}


def _web(doc: str) -> dict[str, Any]:
    return {"id": doc, "removed": [{"kind": "boilerplate", "text": "Follow Dawn on X"}]}


@pytest.mark.unit
def test_a_print_report_is_told_by_its_footer():
    assert is_print_edition(_print("p"))
    assert not is_print_edition(_web("w"))
    assert not is_print_edition({"id": "x", "removed": []})
    assert not is_print_edition({"id": "x"})


@pytest.mark.unit
def test_a_print_report_joins_its_web_report_of_the_day_before():
    web = _row("w", "2025-02-21", WEB_WORDS)
    store = _Store([web], {"w": _web("w")})
    record = _row("p", "2025-02-22", PRINT_WORDS)
    assert edition_groups(store, _print("p"), record, PRINT_WORDS, set()) == {"g-w"}
    assert store.asked == [("dawn", "2025-02-21")]  # by index: its outlet, the day before


@pytest.mark.unit
def test_a_web_report_finds_its_print_edition_stored_before_it():
    printed = _row("p", "2025-02-22", PRINT_WORDS)
    store = _Store([printed], {"p": _print("p")})
    record = _row("w", "2025-02-21", WEB_WORDS)
    assert edition_groups(store, _web("w"), record, WEB_WORDS, set()) == {"g-p"}
    assert store.asked == [("dawn", "2025-02-22")]


@pytest.mark.unit
@pytest.mark.parametrize(
    "other, document, why",
    [
        (_row("w2", "2025-02-21", WEB_WORDS), _print("w2"), "two print reports"),
        (_row("w2", "2025-02-21", frozenset("bannu police post attack civilians".split())),
         _web("w2"), "told in other words"),
        (_row("w2", "2025-02-21", WEB_WORDS, places="lakki marwat"), _web("w2"),
         "another town in the same stock words"),
        (_row("w2", "2025-02-21", WEB_WORDS, outlet="app"), _web("w2"), "another outlet"),
        (_row("w2", "2025-02-20", WEB_WORDS), _web("w2"), "two days before"),
    ],
)  # fmt: skip
def test_nothing_else_of_one_outlet_joins_as_an_edition(other, document, why):
    store = _Store([other], {"w2": document})
    record = _row("p", "2025-02-22", PRINT_WORDS)
    assert edition_groups(store, _print("p"), record, PRINT_WORDS, set()) == set(), why


@pytest.mark.unit
def test_a_print_report_told_anew_joins_its_web_report_on_a_strong_toll_in_common():
    """The print report rewrites its headline ("Bannu attack toll rises to 18") and shares
    a third of the web report's words: one report where both give the same toll of five or
    more ("16"), no edition where they give none or a small one."""
    web_words = frozenset("all terrorists killed security forces respond bannu cantt".split())
    print_words = frozenset("bannu cantt attack toll rises troops martyred".split())
    assert 0.25 < len(web_words & print_words) / len(print_words) < 0.5  # of the shorter
    for web_toll, print_toll, joins in (
        ("count:16", "count:16;killed:18", True),
        ("count:16", "", False),
        ("killed:3", "killed:3", False),
        ("count:16", "count:15", False),
    ):
        web = dict(_row("w", "2025-03-05", web_words), figures=web_toll)
        store = _Store([web], {"w": _web("w")})
        record = dict(_row("p", "2025-03-06", print_words), figures=print_toll)
        found = edition_groups(store, _print("p"), record, print_words, set())
        assert (found == {"g-w"}) is joins, (web_toll, print_toll)


@pytest.mark.unit
def test_two_web_reports_of_one_day_are_no_editions():
    """An outlet's two web reports of one day (a report and its follow-up) stay apart: only
    the print edition of the next morning is the same report told again."""
    other = _row("w2", "2025-02-22", WEB_WORDS)
    store = _Store([other], {"w2": _web("w2")})
    record = _row("w", "2025-02-22", WEB_WORDS)
    assert edition_groups(store, _web("w"), record, WEB_WORDS, set()) == set()
    assert store.asked == [("dawn", "2025-02-23")]


@pytest.mark.unit
def test_an_edition_whose_group_names_other_towns_than_a_joined_group_stays_apart():
    """The print report already joined a group (another outlet's report of a Bannu
    operation): the web report's group, of a Karak operation, would chain the two."""
    web = _row("w", "2025-02-21", WEB_WORDS)
    bannu = _row("a", "2025-02-22", WEB_WORDS, outlet="app", places="bannu", group="g-bannu")
    store = _Store([web, bannu], {"w": _web("w")})
    record = _row("p", "2025-02-22", PRINT_WORDS, places="")
    assert edition_groups(store, _print("p"), record, PRINT_WORDS, {"g-bannu"}) == set()
    assert edition_groups(store, _print("p"), record, PRINT_WORDS, set()) == {"g-w"}


@pytest.mark.unit
def test_the_store_finds_one_outlets_rows_of_one_day(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    rows = [("a", "dawn", "2025-02-21"), ("b", "dawn", "2025-02-22"), ("c", "app", "2025-02-21")]
    for doc, outlet, day in rows:
        store.set_document_group(
            {"document_id": doc, "event_group": doc, "mention_id": None, "type": None,
             "day": None, "published": day, "thread": doc, "outlet": outlet}
        )  # fmt: skip
    assert [r["document_id"] for r in store.outlet_day_rows("dawn", "2025-02-21")] == ["a"]
    assert store.outlet_day_rows("dawn", "2025-02-23") == []
    plan = " ".join(
        str(r[-1])
        for r in store._all(
            "EXPLAIN QUERY PLAN SELECT * FROM document_groups WHERE outlet = ? AND published = ?",
            ("dawn", "2025-02-21"),
        )
    )
    assert "document_groups_outlet_day" in plan  # an index lookup, not a scan
    store.close()


_WEB = (
    "Six terrorists were killed after security forces carried out an intelligence-based "
    "operation in Khyber Pakhtunkhwa's Karak district, the military's media affairs wing said "
    "on Friday.\n\nAccording to a press release issued by the ISPR, the operation was conducted "
    "on the reported presence of khwarij.\n"
)
_PRINT = (
    "LAKKI MARWAT: Six militants were killed in an intelligence-based operation by security "
    "forces in Karak district on Friday.\n\nAccording to a statement issued by the ISPR, the "
    "operation was launched on the reported presence of khawarij.\n\nThe statement added that "
    "a sanitisation operation was underway.\n\nPublished in Dawn, February 22nd, 2025\n"
)
_FOLLOW_UP = (
    "Six terrorists were killed after security forces carried out an intelligence-based "
    "operation in Karak district, the military's media affairs wing said on Friday, as "
    "police began a search operation in the area.\n\nThe ISPR said sanitisation was underway.\n"
)


@pytest.mark.nlp  # ingests through the pipeline
def test_a_print_edition_shares_its_web_reports_event_group(tmp_path, settings):
    """Dawn's web report of the Karak operation (Friday) and its print report (Saturday's
    paper, with the footer) are one report; a web report of Saturday is no edition."""
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest
    from dossier.query.export import build_export

    rows = [
        {"url": "https://dawn.example/1", "published": "2025-02-21", "text": _WEB,
         "title": "Six terrorists killed in Karak operation: ISPR"},
        {"url": "https://dawn.example/2", "published": "2025-02-22", "text": _PRINT,
         "title": "Six militants killed in Karak security operation"},
        {"url": "https://dawn.example/3", "published": "2025-02-22", "text": _FOLLOW_UP,
         "title": "Six terrorists killed in Karak, search begins"},
    ]  # fmt: skip
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = open_store(str(tmp_path / "kb.db"))
    assert not run_ingest([Path(path)], store, settings).errors
    data = build_export(store)
    store.close()
    by_url = {d["source"]: d for d in data["documents"]}
    group = {s["id"]: s["event_group"] for s in data["stories"]}
    story = {n: by_url[f"https://dawn.example/{n}"]["story_id"] for n in (1, 2, 3)}
    assert len(set(story.values())) == 3  # no copies: three stories
    web, printed, follow_up = (group[story[n]] for n in (1, 2, 3))
    assert web == printed  # the print edition: one report told twice
    # a web report of the print's own day, in the same words, is the outlet's second
    # story (its update, its follow-up), not the print's edition: its thread only
    assert follow_up != web


@pytest.mark.unit
@pytest.mark.parametrize(
    "text, published, day",
    [
        ("ISLAMABAD, Mar 04 (APP):Interior Minister Mohsin Naqvi has praised", "2025-03-05",
         "2025-03-04"),  # published the day after its dateline
        ("RAWALPINDI, Mar 16 (APP): Security Forces killed three", "2025-03-16", "2025-03-16"),
        ("ISLAMABAD, Mar 01 (APP): The minister said", "2025-03-05", None),  # days before
        ("ISLAMABAD, Mar 06 (APP): The minister said", "2025-03-05", None),  # after it
        ("PESHAWAR: A newspaper's dateline names no day", "2025-03-05", None),
        ("ISLAMABAD, Mar 04 (APP): undated article", None, None),
    ],
)  # fmt: skip
def test_a_dispatchs_day_is_its_datelines_date_near_publication(text, published, day):
    from dossier.kb.dispatch_days import dispatch_day

    assert dispatch_day(text, published) == day


@pytest.mark.unit
def test_a_leads_undated_acts_take_the_dispatchs_day_and_dated_ones_keep_theirs():
    from dossier.kb.dispatch_days import dispatch_dated

    text = "ISLAMABAD, Mar 04 (APP):Interior Minister Mohsin Naqvi has praised the police"
    actors = [("mohsin naqvi", None), ("shehbaz sharif", "2025-03-03")]
    assert dispatch_dated(actors, text, "2025-03-05") == [
        ("mohsin naqvi", "2025-03-04"),
        ("shehbaz sharif", "2025-03-03"),
    ]
    # a newspaper's report ("PESHAWAR:") has no dispatch day: an undated act stays undated
    # (and joins no one, as before)
    assert dispatch_dated([("mohsin naqvi", None)], "PESHAWAR: Naqvi praised", "2025-03-05") == [
        ("mohsin naqvi", None)
    ]
