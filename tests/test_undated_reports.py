"""Reports with no date of their own (:mod:`dossier.kb.undated_reports`): one event when
both leads name one person, unless a toll, a place or another person's news sets them
apart; complete linkage, one outlet once, never a dated report."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.kb.undated_reports import (
    group_apart,
    lead_names,
    lead_persons,
    names_word,
    one_person_undated,
    persons_apart,
    strong_number_shared,
    tolls_apart,
    undated_groups,
)

GUPTA = "President-elect Barack Obama has asked Dr. Sanjay Gupta to be surgeon general."
GUPTA_TOO = "CNN's Sanjay Gupta is Barack Obama's pick for surgeon general, aides said."
BENJAMIN = "President Barack Obama has nominated Dr. Regina Benjamin to be surgeon general."


def _mentions(text: str, *names: str) -> list[dict[str, Any]]:
    """PERSON mentions of ``names`` where ``text`` gives them, as the store lists them."""
    found = []
    for name in names:
        start = text.index(name)
        found.append({"start": start, "end": start + len(name), "text": name, "label": "PERSON"})
    return sorted(found, key=lambda m: m["start"])


@pytest.mark.unit
def test_lead_persons_takes_full_names_and_drops_surnames_and_bodies():
    text = "Obama named Barack Obama's pick. Jackman spoke. The National Assembly met."
    mentions = _mentions(text, "Obama", "Barack Obama", "Jackman", "The National Assembly")
    # "Obama" is the full name given later; "Jackman" alone names no one; a body is no person
    assert lead_persons(mentions, len(text)) == ["barack obama"]
    # only the lead counts
    assert lead_persons(mentions, 5) == ["barack obama"]
    assert lead_persons(mentions, 0) == []
    # every name, in order, the surname alone too: what may set two reports apart
    assert lead_names(mentions, len(text)) == ["barack obama", "jackman"]


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, b, apart",
    [
        ({"arrested:23"}, {"captured:26"}, True),  # two captures, whatever the verb
        ({"captured:23"}, {"count:23"}, False),  # one number, told two ways
        ({"killed:1", "injured:2"}, {"killed:1"}, False),
        (set(), {"killed:4"}, False),  # one lead gives no toll: nothing against
    ],
)
def test_tolls_apart_compares_numbers_across_measures(a, b, apart):
    assert tolls_apart(frozenset(a), frozenset(b)) is apart


@pytest.mark.unit
def test_names_word_finds_a_surname_as_a_word():
    assert names_word("Dr Gupta, a neurosurgeon", "sanjay gupta")
    assert names_word("Who will host the Oscars?", "oscar")  # a plural or a possessive
    assert not names_word("Guptaville's mayor", "sanjay gupta")


class _Store:
    """A store stand-in for :func:`undated_groups`: ``document_groups`` rows, their texts,
    and the lead persons indexed by surname (documents with no publication date)."""

    def __init__(self, docs: dict[str, tuple[dict[str, Any], str, list[str]]]):
        self.docs = docs  # id -> (row, text, persons)

    def undated_actor_candidates(self, key: str) -> list[dict[str, Any]]:
        return [
            {**row, "actor": person}
            for row, _text, persons in self.docs.values()
            for person in persons
            if person.split()[-1] == key and not row["published"]
        ]

    def actor_candidates(self, key: str, window: tuple[str, str]) -> list[dict[str, Any]]:
        """Dated documents' lead persons (what an undated report looks up, any day)."""
        return [
            {**row, "actor": person, "acted": None}
            for row, _text, persons in self.docs.values()
            for person in persons
            if person.split()[-1] == key and row["published"]
            and window[0] <= row["published"] <= window[1]
        ]  # fmt: skip

    def event_group_rows(self, group: str) -> list[dict[str, Any]]:
        return [row for row, _t, _p in self.docs.values() if row["event_group"] == group]

    def document(self, document_id: str) -> dict[str, Any]:
        return {"id": document_id, "text": self.docs[document_id][1]}

    def document_mentions(self, document_id: str) -> list[dict[str, Any]]:
        _row, text, persons = self.docs[document_id]
        names = [" ".join(w.capitalize() for w in p.split()) for p in persons]
        return _mentions(text.replace("Dr. ", ""), *names)


def _row(doc: str, outlet: str, figures: str = "", places: str = "",
         published: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"document_id": doc, "event_group": f"g-{doc}", "outlet": outlet,
            "published": published, "day": None, "figures": figures, "places": places,
            "location": None, "telling": TOLD}  # fmt: skip


#: the telling of a report of the nomination (headline and first sentence's words)
TOLD = "asked barack cnn correspondent gupta medical neurosurgeon obama sanjay surgeon"


def _join(store: _Store, doc: str, text: str, persons: list[str], **row: Any) -> set[str]:
    telling = row.pop("telling", TOLD)  # undated groups too are held to the telling (r30)
    record = {**_row(doc, **row), "telling": telling}
    return undated_groups(store, record, text, persons, persons, set(), {row["outlet"]}, 2)


@pytest.mark.unit
def test_undated_reports_of_one_person_join_and_another_persons_news_does_not():
    store = _Store({"a": (_row("a", "cnn"), GUPTA, ["barack obama", "sanjay gupta"])})
    # one nomination told twice: Obama and Gupta in both
    assert _join(store, "b", GUPTA_TOO, ["sanjay gupta", "barack obama"], outlet="ap") == {"g-a"}
    # the same President, another nominee: each lead names a person the other never does
    assert _join(store, "c", BENJAMIN, ["barack obama", "regina benjamin"], outlet="ap") == set()
    # the same outlet's second report is its follow-up, not a second source
    assert _join(store, "d", GUPTA_TOO, ["sanjay gupta"], outlet="cnn") == set()


@pytest.mark.unit
def test_a_toll_or_a_place_keeps_undated_reports_of_one_person_apart():
    store = _Store({"a": (_row("a", "cnn", figures="killed:3", places="tulsa"), GUPTA,
                          ["sanjay gupta"])})  # fmt: skip
    assert _join(store, "b", GUPTA, ["sanjay gupta"], outlet="ap", figures="killed:5") == set()
    assert _join(store, "c", GUPTA, ["sanjay gupta"], outlet="ap", places="boston") == set()
    assert _join(store, "d", GUPTA, ["sanjay gupta"], outlet="ap", figures="killed:3") == {"g-a"}


@pytest.mark.unit
def test_a_dated_report_joins_only_told_alike_and_linkage_is_complete():
    dated = _Store({"a": ({**_row("a", "cnn", published="2009-07-13"), "telling": TOLD},
                          GUPTA, ["sanjay gupta"])})  # fmt: skip
    # a dated report of the news joins an undated one only told in its words (session 27):
    # an undated report could be any day's look-alike
    assert _join(dated, "b", GUPTA_TOO, ["sanjay gupta"], outlet="ap", telling=TOLD) == {"g-a"}
    other = "surgeon general gupta spoke conference brain injuries"
    assert _join(dated, "e", GUPTA_TOO, ["sanjay gupta"], outlet="ap", telling=other) == set()
    # a group holding a report another toll sets apart is not joined whole
    store = _Store({
        "a": (_row("a", "cnn"), GUPTA, ["sanjay gupta"]),
        "x": ({**_row("x", "bbc", figures="count:26"), "event_group": "g-a"}, GUPTA, []),
    })  # fmt: skip
    assert _join(store, "b", GUPTA_TOO, ["sanjay gupta"], outlet="ap", figures="count:23") == set()
    assert _join(store, "c", GUPTA_TOO, ["sanjay gupta"], outlet="ap") == {"g-a"}


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, a_text, b, b_text, apart",
    [
        # one team's two players arrested: the later report recalls the first, whose
        # report never names the second player, the first person of the other lead
        (["williams", "vincent jackson"], "Williams arrested, after Vincent Jackson",
         ["vincent jackson"], "Vincent Jackson was arrested", True),
        # one person in common, another's news each: neither report names the other nominee
        (["barack obama", "sanjay gupta"], GUPTA, ["barack obama", "regina benjamin"],
         BENJAMIN, True),
        # one report's lead names a person the other names only further down: one event
        (["maurice cheeks", "ed stefanski"], "Ed Stefanski fired Maurice Cheeks",
         ["maurice cheeks"], "Cheeks was fired, Stefanski said", False),
        ([], "no one", ["vincent jackson"], "Vincent Jackson", False),  # nothing to compare
    ],
)  # fmt: skip
def test_persons_apart(a, a_text, b, b_text, apart):
    assert persons_apart(a, a_text, b, b_text) is apart


def _report(name: str, persons: list[str], text: str, **row: str) -> dict[str, Any]:
    """A group member as the linkage compares it: its row, its lead's persons, its text."""
    return {"document_id": name, "persons": persons, "text": text, **row}


FIRED = "Maurice Cheeks was fired as coach on Saturday."
FIRED_BY = "Ed Stefanski fired Maurice Cheeks as coach."
HIRED = "The club hired Maurice Cheeks, replacing Jim O'Brien."
FIRED_TOO = "Maurice Cheeks was fired by Stefanski; Elton Brand said he was sorry."


@pytest.mark.unit
def test_group_apart_takes_the_persons_test_by_majority_and_facts_from_any_member():
    mine = _report("new", ["maurice cheeks", "elton brand"], FIRED_TOO)
    fired = _report("a", ["maurice cheeks"], FIRED)
    fired_by = _report("b", ["ed stefanski", "maurice cheeks"], FIRED_BY + " Brand spoke.")
    hired = _report("c", ["maurice cheeks", "jim o brien"], HIRED)
    # one member of three another person's news (the hiring, which never names Brand, and
    # whose O'Brien this report never names): the group still joins
    assert not group_apart(fired, [fired, fired_by, hired], [mine])
    # half of the members against: apart (a group of one news and another's, evenly)
    assert group_apart(fired, [fired, hired], [mine])
    # the report matched is itself another person's news: apart, whatever the rest
    assert group_apart(hired, [fired, fired_by, hired], [mine])
    # a toll with no number in common in one member: apart, however few
    tolled = _report("d", ["maurice cheeks"], FIRED, figures="count:26")
    counted = {**mine, "figures": "count:23"}
    assert group_apart(fired, [fired, fired_by, tolled], [counted])
    assert not group_apart(fired, [fired, fired_by, tolled], [mine])


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, b, one",
    [
        ("anthony lasalle", "anthony phillip lasalle", True),  # a middle name in one only
        ("luann marie johnson", "luann johnson", True),
        ("dr sanjay gupta", "sanjay gupta", True),  # same_actor's: a title aside
        ("anthony lasalle", "anthony phillip smith", False),  # another surname
        ("anthony lasalle", "mark anthony lasalle", True),  # one name ends the other
        ("luann johnson", "laura marie johnson", False),  # another given name
        ("anthony phillip lasalle", "anthony james lasalle", False),  # two middle names
        ("lasalle", "anthony lasalle", False),  # a surname alone names no one
    ],
)
def test_one_person_undated_takes_a_middle_name_in_one_lead(a, b, one):
    assert one_person_undated(a, b) is one
    assert one_person_undated(b, a) is one


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, b, shared",
    [
        ({"captured:23"}, {"count:23"}, True),  # one capture, told two ways
        ({"arrested:23"}, {"captured:26"}, False),  # two captures
        ({"killed:3"}, {"count:3"}, False),  # too small to tell incidents apart
        (set(), {"captured:23"}, False),
    ],
)
def test_strong_number_shared_across_measures(a, b, shared):
    assert strong_number_shared(frozenset(a), frozenset(b)) is shared


def _capture(
    type_: str, mode: str | None, places: set[str], figures: set[str], day: str | None = None
) -> Any:
    """An undated (unless ``day``) main incident as the join compares it."""
    from dossier.kb.event_merge import EventReport, Incident

    report = EventReport(
        mention_id=1,
        document_id=f"{type_}{mode}{sorted(figures)}{day}",
        type=type_,
        mode=mode,
        modality="asserted",
        date_start=day,
        date_end=day,
        location=None,
        actors=frozenset(),
        targets=frozenset(),
    )
    return Incident(
        document_id=report.document_id,
        report=report,
        day=day,
        location=None,
        places=frozenset(places),
        figures=frozenset(figures),
        regions=frozenset(),
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    "a, b, one",
    [
        # one capture told as an arrest, a seizure and an attack: place and number agree
        (
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}),
            ("COERCE", "seize", {"gulf aden"}, {"captured:23"}),
            True,
        ),
        (
            ("ASSAULT", "abduct", {"gulf aden"}, {"captured:23"}),
            ("COERCE", "arrest", {"gulf aden", "hurn afrika"}, {"count:23"}),
            True,
        ),
        # another capture: another number
        (
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}),
            ("ASSAULT", None, {"gulf aden"}, {"captured:26"}),
            False,
        ),
        # a small number, or places that differ: not enough
        (
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:3"}),
            ("ASSAULT", None, {"gulf aden"}, {"captured:3"}),
            False,
        ),
        # a lead that names no place is no place against: the number decides
        (
            ("COERCE", "arrest", set(), {"arrested:23"}),
            ("ASSAULT", None, {"gulf aden"}, {"captured:23"}),
            True,
        ),
        (
            ("COERCE", "arrest", set(), {"arrested:23"}),
            ("ASSAULT", None, set(), {"captured:26"}),
            False,
        ),
        (
            ("COERCE", "arrest", {"mumbai"}, {"arrested:23"}),
            ("ASSAULT", None, {"gulf aden"}, {"captured:23"}),
            False,
        ),
        # a statement is no incident told another way; one type is the ordinary tests'
        (
            ("ACCUSE", "allege", {"gulf aden"}, {"count:23"}),
            ("ASSAULT", None, {"gulf aden"}, {"captured:23"}),
            False,
        ),
        (
            ("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}),
            ("COERCE", "arrest", {"gulf aden"}, {"captured:23"}),
            False,
        ),
    ],
)
def test_told_as_another_type_joins_one_undated_incident_across_types(a, b, one):
    from dossier.kb.undated_reports import told_as_another_type

    x, y = _capture(*a), _capture(*b)
    assert told_as_another_type(x, y) is one
    assert told_as_another_type(y, x) is one


@pytest.mark.unit
def test_told_as_another_type_never_for_dated_reports():
    from dossier.kb.undated_reports import told_as_another_type

    x = _capture("COERCE", "arrest", {"gulf aden"}, {"arrested:23"}, day="2008-12-13")
    y = _capture("ASSAULT", None, {"gulf aden"}, {"captured:23"}, day="2008-12-13")
    assert not told_as_another_type(x, y)
    assert not told_as_another_type(x, _capture("ASSAULT", None, {"gulf aden"}, {"captured:23"}))


@pytest.mark.unit
def test_one_place_told_alike_joins_undated_reports_told_in_the_same_words():
    from dossier.kb.undated_reports import one_place_told_alike

    charged = _capture("ASSAULT", "firearms", {"vancouver"}, set())
    gunned = _capture("ASSAULT", None, {"vancouver"}, set())
    words = frozenset("charged murder office party vancouver".split())
    alike = frozenset("boss christmas gunned office party vancouver wholesaler".split())
    other = frozenset("quake struck vancouver buildings shook".split())
    # one place, half the shorter telling's words: one incident
    assert one_place_told_alike(charged, gunned, words, alike)
    assert one_place_told_alike(gunned, charged, alike, words)
    # the same place told in other words, another place, another type, a dated report: no
    assert not one_place_told_alike(charged, gunned, words, other)
    elsewhere = _capture("ASSAULT", None, {"detroit"}, set())
    assert not one_place_told_alike(charged, elsewhere, words, alike)
    arrest = _capture("COERCE", "arrest", {"vancouver"}, set())
    assert not one_place_told_alike(charged, arrest, words, alike)
    dated = _capture("ASSAULT", None, {"vancouver"}, set(), day="2008-12-12")
    assert not one_place_told_alike(charged, dated, words, alike)
    # a lead that names no place is no place against: the words decide
    nowhere = _capture("ASSAULT", None, set(), set())
    assert one_place_told_alike(charged, nowhere, words, alike)
    assert not one_place_told_alike(charged, nowhere, words, other)
