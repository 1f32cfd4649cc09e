"""Events an analyst can count: one incident once, never reversed roles, a place and an
interval for every event, generic actors kept."""

from __future__ import annotations

import pytest

from dossier.clean import document_id
from dossier.extract.nlp import analyze
from dossier.kb.event_merge import EventReport, same_event, same_incident_in_document
from dossier.kb.facts import opens_new_incident, undated_interval
from dossier.query.export import build_export
from dossier.records import Document

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def _report(mid, doc="d1", type="ASSAULT", actors=(), targets=(), location=None, start=None,
            end=None, modality="asserted", mode=None):  # fmt: skip
    return EventReport(
        mention_id=mid,
        document_id=doc,
        type=type,
        mode=mode,
        modality=modality,
        date_start=start,
        date_end=end,
        location=location,
        actors=frozenset(actors),
        targets=frozenset(targets),
    )


def test_an_incident_told_twice_in_one_article_is_one_event():
    lead = _report(1, actors={"security forces"}, location="khyber", start="2025-02-23",
                   end="2025-02-23")  # fmt: skip
    again = _report(2, actors={"troops"}, targets={"terrorists"})
    assert same_incident_in_document(lead, again)


@pytest.mark.parametrize(
    "other",
    [
        _report(3, location="lakki marwat"),  # "in another encounter in Lakki Marwat"
        _report(4, start="2025-02-10", end="2025-02-16"),  # "last week"
        _report(5, type="COERCE"),
        _report(6, doc="d2"),
        _report(7, modality="negated"),
        _report(8, actors={"terrorists"}, targets={"security forces"}),  # roles reversed
    ],
)
def test_a_second_incident_of_an_article_stays_apart(other):
    first = _report(1, actors={"security forces"}, targets={"terrorists"}, location="khyber",
                    start="2025-02-23", end="2025-02-23")  # fmt: skip
    assert not same_incident_in_document(first, other)


@pytest.mark.parametrize(
    ("one", "other", "kind"),
    [
        ("arrest", "seize", "COERCE"),  # "arrested four ... Weapons were also seized"
        ("raid", "arrest", "COERCE"),  # "conducted a raid on X" ... "the owner was arrested"
        ("suicide-attack", "explosives", "ASSAULT"),  # the bomber's blast
    ],
)
def test_parts_of_one_incident_are_one_event_in_an_article_only(one, other, kind):
    a = _report(1, type=kind, mode=one, location="karachi")
    b = _report(2, type=kind, mode=other, location="karachi")
    assert same_incident_in_document(a, b)
    assert not same_event(
        _report(1, doc="a", type=kind, mode=one, actors={"police"}),
        _report(2, doc="b", type=kind, mode=other, actors={"police"}),
    )


@pytest.mark.parametrize(("one", "other"), [("crackdown", "arrest"), ("arrest", "ban")])
def test_a_campaign_or_another_act_is_not_part_of_an_arrest(one, other):
    a = _report(1, type="COERCE", mode=one)
    b = _report(2, type="COERCE", mode=other)
    assert not same_incident_in_document(a, b)


def test_across_articles_a_merge_never_reverses_roles():
    a = _report(1, doc="a", actors={"police"}, targets={"gang"})
    b = _report(2, doc="b", actors={"gang", "police"}, targets={"police"})
    assert not same_event(a, b)  # a shared actor does not excuse a reversed role
    assert same_event(a, _report(3, doc="c", actors={"police"}))


def test_across_articles_a_report_of_months_joins_no_one_incident():
    # "since Israel resumed its offensive this year" (a span of months) and "Israel struck
    # Houthi targets in Yemen on Friday" share Israel and overlapping days: two events
    strike = _report(1, doc="a", actors={"israel"}, start="2025-01-10", end="2025-01-10")
    offensive = _report(2, doc="b", actors={"israel"}, start="2025-01-01", end="2025-04-26")
    assert not same_event(strike, offensive) and not same_event(offensive, strike)
    # an undated report's week ("on or before the publication day") still joins
    week = _report(3, doc="c", actors={"israel"}, start="2025-01-04", end="2025-01-11")
    assert same_event(strike, week)
    # within one article the in-document rules decide, not this one
    assert same_event(offensive, _report(4, doc="b", actors={"israel"}, start="2025-03-01",
                                         end="2025-03-31"))  # fmt: skip


def test_an_undated_event_gets_the_interval_its_tense_allows():
    assert undated_interval("2025-04-25", "asserted", 7) == ("2025-04-18", "2025-04-25")
    assert undated_interval("2025-04-25", "planned", 7) == ("2025-04-25", "2025-05-02")
    assert undated_interval(None, "asserted", 7) is None


def _events(text, settings, published="2025-02-24"):
    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published=published
    )
    (analyzed,) = list(analyze([doc], settings))
    return [
        (e.type, text[e.location[0] : e.location[1]] if e.location else None)
        for e in analyzed.events
    ]


def test_the_most_specific_place_of_the_sentence(settings):
    text = (
        "Security forces killed four terrorists during an intelligence-based operation in "
        "Khyber Pakhtunkhwa’s North Waziristan district, the military’s media wing said."
    )
    assert ("ASSAULT", "North Waziristan") in _events(text, settings)


def test_export_keeps_generic_actors_by_name(seed_store):
    events = build_export(seed_store)["events"]
    assert events and all("actor_names" in e and "target_names" in e for e in events)
    assert all(isinstance(e["actor_names"], list) for e in events)


def test_a_date_of_the_report_bounds_the_act(settings):
    text = (
        "Security forces killed four terrorists during an operation in North Waziristan "
        "district, the military's media wing said on Wednesday."
    )
    doc = Document(
        id=document_id(text), source="f", raw_hash="x", text=text, published="2025-01-15"
    )
    (analyzed,) = list(analyze([doc], settings))
    (event,) = [e for e in analyzed.events if e.type == "ASSAULT"]
    assert event.time is not None and event.time_of_report
    stated = "Security forces killed four terrorists in North Waziristan on Tuesday night."
    doc = Document(id=document_id(stated), source="f", raw_hash="x", text=stated,
                   published="2025-01-15")  # fmt: skip
    (analyzed,) = list(analyze([doc], settings))
    (event,) = [e for e in analyzed.events if e.type == "ASSAULT"]
    assert event.time is not None and not event.time_of_report


@pytest.mark.parametrize(
    ("text", "assaults"),
    [
        ("Three people were killed in separate road accidents in Karachi on Saturday.", 0),
        ("Two men suffered critical burns when a cylinder exploded at an LPG outlet.", 0),
        ("Floods killed 12 people in Swat on Monday.", 0),
        ("Militants killed 12 people in Swat on Monday.", 1),
        ("Gunmen attacked a bus after it collided with a truck.", 1),
    ],
)
def test_accidents_and_disasters_are_no_assault(text, assaults, settings):
    doc = Document(
        id=document_id(text), source="f", raw_hash="x", text=text, published="2025-03-07"
    )
    (analyzed,) = list(analyze([doc], settings))
    assert sum(e.type == "ASSAULT" for e in analyzed.events) == assaults


def test_a_four_digit_number_that_is_no_year_dates_nothing(settings):
    text = "A Rescue 1122 team reached the spot and shifted 1122 people in Sahiwal in 2024."
    doc = Document(
        id=document_id(text), source="f", raw_hash="x", text=text, published="2025-03-07"
    )
    (analyzed,) = list(analyze([doc], settings))
    assert [t.text for t in analyzed.times] == ["2024"]


@pytest.mark.parametrize(
    ("text", "type_", "modalities"),
    [
        # "any attack" is no attack in particular since session 17 (test_event_what_r17):
        # not stored, where it once was stored as hypothetical
        ("Any attack on Pakistan could trigger a war, the minister warned.", "ASSAULT", []),
        # a wanted arrest is no arrest at all since session 14 (test_event_what_r14): the
        # demand is the event
        ("Mehdi demanded the arrest of the killers.", "COERCE", []),
        ("Mehdi demanded the arrest of the killers.", "REQUEST", ["asserted"]),
        ("The authorities must crack down on this violent behaviour.", "COERCE", []),
        ("Police arrested two suspects on Monday.", "COERCE", ["asserted"]),
    ],
)  # fmt: skip
def test_demands_and_what_could_happen_are_no_facts(text, type_, modalities, settings):
    doc = Document(
        id=document_id(text), source="f", raw_hash="x", text=text, published="2025-03-07"
    )
    (analyzed,) = list(analyze([doc], settings))
    assert [e.modality for e in analyzed.events if e.type == type_] == modalities


@pytest.mark.parametrize(
    ("sentence", "new"),
    [
        ("In a separate incident, a policeman was shot dead in Tarnok.", True),
        ("Meanwhile, two civilians were killed in an attack on a police post.", True),
        ("In another attack, gunmen opened fire on a checkpoint.", True),
        ("Separately, a militant was killed in an exchange of fire.", True),
        ("The attack was carried out by unidentified assailants.", False),
        ("In the attack, two policemen were injured.", False),
        ("Lakki attack\n\nSeparately, a militant was killed in Lakki Marwat.", True),
        ("In the second incident, a suspected mugger was gunned down.", True),
        ("In 10th operation, 200 grams hashish was recovered from a suspect.", True),
        ("In yet another incident, a shop was looted.", True),
        ("Similarly, another human smuggler was arrested for extorting money.", True),
        ("Likewise, another gang of robbers looted a shop.", True),
        ("In the first incident, a gang of robbers looted a house.", False),
        ("In the operation, two suspects were arrested.", False),
    ],
)
def test_a_sentence_that_opens_another_incident(sentence, new):
    assert opens_new_incident(sentence) is new


def _exported_assaults(tmp_path, path, settings):
    """The ASSAULT events of the export after ingesting ``path`` into a fresh store."""
    from dossier.pipeline.run import run_ingest
    from dossier.store import open_store

    store = open_store(str(tmp_path / "kb.db"))
    try:
        run_ingest([path], store, settings)
        return [e for e in build_export(store)["events"] if e["type"] == "ASSAULT"]
    finally:
        store.close()


def test_a_separate_incident_stays_apart_and_its_retelling_joins_it(tmp_path, settings):
    article = tmp_path / "article.txt"
    article.write_text(
        "Gunmen shot dead a shopkeeper in Velmora on Monday.\n\n"
        "In a separate incident, a policeman was shot dead in Tarnok on Monday.\n\n"
        "The policeman was shot dead by two men riding a motorcycle, police said.\n",
        encoding="utf-8",
    )
    events = _exported_assaults(tmp_path, article, settings)
    assert len(events) == 2, events
    by_sentence = {e["id"]: {s["text"].split()[0] for s in e["evidence"]} for e in events}
    retold = [i for i, first in by_sentence.items() if "The" in first]
    assert retold and "In" in by_sentence[retold[0]], by_sentence  # joined the Tarnok incident


def test_an_act_after_a_list_item_opener_is_not_told_before_it(tmp_path, settings):
    """A round-up: the arrest told after "In another operation" (whose own sentence tells a
    seizure, no arrest) is that operation's, not the first operation's arrest, though neither
    arrest sentence names a place of its own."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Police arrested two suspects during a raid in Velmora on Monday.\n\n"
        "In another operation, 12 kg hashish was recovered from a bag near Tarnok.\n\n"
        "Police arrested the owner of the bag, officials said.\n",
        encoding="utf-8",
    )
    from dossier.pipeline.run import run_ingest
    from dossier.store import open_store

    store = open_store(str(tmp_path / "kb.db"))
    try:
        run_ingest([article], store, settings)
        arrests = [e for e in build_export(store)["events"] if e["type"] == "COERCE"]
    finally:
        store.close()
    assert len(arrests) >= 2, [[s["text"] for s in e["evidence"]] for e in arrests]


# --------------------------------------------------------------------------- round 5: dates


def _events_of(text, settings, published="2025-01-15"):
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text, published=published)
    (analyzed,) = list(analyze([doc], settings))
    return [
        (e.type, e.modality, text[e.time[0] : e.time[1]] if e.time else None, e.time_of_report)
        for e in analyzed.events
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Security forces killed an Afghan national involved in terrorism during an operation "
            "in the general area of Datta Khel of North Waziristan on February 6.",
            "February 6",
        ),
        (
            "In a raid conducted late Wednesday night near the bypass, the CTD arrested a "
            "suspect identified as Muhammad Adeel.",
            "Wednesday night",
        ),
    ],
)
def test_the_date_of_the_operation_an_act_happened_in_dates_it(text, date, settings):
    found = [e for e in _events_of(text, settings) if e[0] in ("ASSAULT", "COERCE")]
    assert found and found[0][2] == date, found


def test_an_operation_dated_in_another_sentence_dates_the_acts_told_in_it(settings):
    text = (
        "Security forces killed four terrorists during an intelligence-based operation in North "
        "Waziristan district, the military's media wing said on Wednesday.\n\n"
        "Security forces conducted the operation on Tuesday night in the Spinwam area.\n\n"
        "During the operation, four khwarij were sent to hell, the statement said.\n\n"
        "On Tuesday, the ISPR reported eight terrorists were killed during two separate "
        "operations in Bannu."
    )
    assaults = [e for e in _events_of(text, settings) if e[0] == "ASSAULT"]
    assert [e[2] for e in assaults[:2]] == ["Tuesday night", "Tuesday night"], assaults
    assert not any(e[3] for e in assaults[:2])
    # "two separate operations" are other operations: that report keeps its own day
    assert assaults[-1][2] == "Tuesday" and assaults[-1][3], assaults


def test_no_claim_of_responsibility_does_not_negate_the_attack(settings):
    text = "No group has claimed responsibility for the attack on a police post in Quetta."
    (attack,) = [e for e in _events_of(text, settings) if e[0] == "ASSAULT"]
    assert attack[1] == "asserted"
    text = "The militants did not attack the police post in Quetta."
    (attack,) = [e for e in _events_of(text, settings) if e[0] == "ASSAULT"]
    assert attack[1] == "negated"


def test_a_sentence_that_opens_with_its_own_date_is_another_incident(tmp_path, settings):
    import json

    text = (
        "Security forces killed ten terrorists in Khyber district, the military's media wing "
        "said on Monday.\n\nLast week, security forces killed 30 terrorists.\n"
    )
    corpus = tmp_path / "articles.jsonl"
    record = {"url": "https://example.com/a", "text": text, "published": "2025-02-24"}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    events = _exported_assaults(tmp_path, corpus, settings)
    # the lead leaves its day open (the Monday it was reported or the day before), which
    # overlaps last week: without the fronted date the two were one event
    assert len(events) == 2, events
    dates = sorted((e["date"]["start"], e["date"]["end"]) for e in events)
    assert dates == [("2025-02-17", "2025-02-23"), ("2025-02-23", "2025-02-24")], events


def test_the_day_an_act_came_to_light_bounds_it(settings):
    text = (
        "A teacher in Muzaffargarh district was arrested for allegedly abusing a student, "
        "it emerged on Sunday."
    )
    (arrest,) = [e for e in _events_of(text, settings, "2025-05-05") if e[0] == "COERCE"]
    assert arrest[2] == "Sunday" and arrest[3], arrest


def test_an_operation_on_the_night_between_two_days_dates_its_acts(settings):
    text = (
        "Security forces killed 10 terrorists in an operation in Khyber district, the "
        "military's media wing said on Monday.\n\n"
        "Security forces conducted the operation in the area of Bagh on the night between "
        "Sunday and Monday."
    )
    (killing,) = [e for e in _events_of(text, settings, "2025-02-24") if e[0] == "ASSAULT"]
    assert killing[2] == "between Sunday and Monday" and not killing[3], killing


# --------------------------------------------------------------------------- round 6: dates


@pytest.mark.parametrize(
    ("text", "trigger", "date", "bound"),
    [
        (  # the arrest came first: Thursday bounds it
            "Protests broke out in Quetta on Thursday after police arrested a student leader.",
            "arrested",
            "Thursday",
            True,
        ),
        (  # "Clashes erupted" is an act of its own; the killing came before it
            "Clashes erupted in Karachi on Monday following the killing of a student by "
            "unidentified gunmen.",
            "killing",
            "Monday",
            True,
        ),
        (  # the "after" clause's own date is its day
            "Protests broke out in Quetta after police arrested a student leader on Tuesday.",
            "arrested",
            "Tuesday",
            False,
        ),
        (  # written after "after": its own day, wherever the parser hung it
            "The fresh incidents came after gunmen attacked two outlets in Karachi on Tuesday.",
            "attacked",
            "Tuesday",
            False,
        ),
        (  # a month holds what came just before it
            "In February 2019, New Delhi imposed steep duties after militants killed 40 "
            "soldiers in Pulwama.",
            "killed",
            "February 2019",
            False,
        ),
        (  # the main clause's act keeps its day
            "Police arrested a student leader in Quetta on Thursday after protests broke out.",
            "arrested",
            "Thursday",
            False,
        ),
    ],
)
def test_a_main_clause_date_bounds_what_came_before_it(text, trigger, date, bound, settings):
    doc = Document(
        id=document_id(text), source="f", raw_hash="x", text=text, published="2025-02-24"
    )
    (analyzed,) = list(analyze([doc], settings))
    found = [
        (text[e.time[0] : e.time[1]] if e.time else None, e.time_of_report)
        for e in analyzed.events
        if text[e.trigger[0] : e.trigger[1]] == trigger
    ]
    assert found == [(date, bound)], found


# --------------------------------------------------------------------- round 7: anaphoric dates


@pytest.mark.parametrize(
    ("text", "kind", "words", "day"),
    [
        (
            "Militants attacked a police post in Bannu on Monday. That day, security forces "
            "killed four militants in a nearby village.",
            "ASSAULT",
            "That day",
            "2025-01-13",
        ),
        (
            "Gunmen shot dead a teacher in Turbat on January 5. Two days later, police arrested "
            "three suspects in Kech district.",
            "COERCE",
            "Two days later",
            "2025-01-07",
        ),
        (
            "Two separate attacks between Friday and Saturday killed 22 soldiers in Balochistan. "
            "In the first incident, 18 troops were killed by terrorists in Kalat.",
            "ASSAULT",
            "the first incident",
            "2025-01-10",
        ),
    ],
)
def test_a_day_told_by_reference_dates_the_event_from_the_day_given(
    text, kind, words, day, settings
):
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text,
                   published="2025-01-15")  # fmt: skip
    (analyzed,) = list(analyze([doc], settings))
    second = text.index(". ") + 2
    (event,) = [e for e in analyzed.events if e.type == kind and e.start >= second]
    assert event.time is not None and text[event.time[0] : event.time[1]] == words
    (time,) = [t for t in analyzed.times if (t.start, t.end) == event.time]
    assert time.value_start == day and not event.time_of_report


# ------------------------------------------------------ session 6: acts told days before others


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Officials said on Sunday, a day after gunmen attacked a convoy in Quetta.",
            {"attacked": ("a day after", "2025-01-11")},
        ),
        (
            "Protests broke out in Lahore on Thursday, two days after police arrested a leader.",
            {"Protests": ("Thursday", "2025-01-09"), "arrested": ("two days after", "2025-01-07")},
        ),
        (
            "Militants attacked a police post in Bannu on Monday night. The incident comes a day "
            "after a lawmaker escaped death in an indiscriminate firing on his vehicle in Sukkur.",
            {"attacked": ("Monday night", "2025-01-13"), "firing": ("a day after", "2025-01-12")},
        ),
        (
            # Monday may be the attack's own day: "a day after the attack" is then Tuesday
            "Militants attacked a post in Bannu on Monday. Police arrested two suspects a day "
            "after the attack.",
            {"attacked": ("Monday", "2025-01-13"), "arrested": (None, None)},
        ),
    ],
)
def test_an_act_told_days_before_another_takes_its_own_day(text, dated, settings):
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text,
                   published="2025-01-15")  # fmt: skip
    (analyzed,) = list(analyze([doc], settings))
    values = {(t.start, t.end): t.value_start for t in analyzed.times}
    found = {
        text[e.trigger[0] : e.trigger[1]]: (
            text[e.time[0] : e.time[1]] if e.time else None,
            values.get(e.time) if e.time else None,
        )
        for e in analyzed.events
    }
    assert found == dated, found


def test_another_incident_of_the_article_stays_apart_though_it_shares_a_participant(
    tmp_path, settings
):
    """The cross-document merge (a participant in common) once joined an article's own
    reports too, past the in-document rules ("In another encounter ..." opens another
    incident)."""
    article = tmp_path / "article.txt"
    article.write_text(
        "RAWALPINDI: Security forces have killed thirteen Khwarij in five separate engagements "
        "in Khyber Pakhtunkhwa province on February 12 and 13.\n\n"
        "During the operation, troops engaged the Khwarij location and five Khwarij were sent "
        "to hell, the ISPR said.\n\n"
        "In another encounter that took place in Lakki Marwat district, two Khwarij were sent "
        "to hell.\n",
        encoding="utf-8",
    )
    events = _exported_assaults(tmp_path, article, settings)
    told = [{s["text"].split()[0] for s in e["evidence"]} for e in events]
    assert len(events) == 2 and {"In"} in told, told


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the model tags the village an organisation, or a person: "near" says it is a place
        ("Militants ambushed a police patrol near Basti Malook on Sunday.", "Basti Malook"),
        ("Gunmen ambushed a convoy near Shah Hassan Khel and fled.", "Shah Hassan Khel"),
    ],
)
def test_what_an_act_happens_near_is_its_place(text, place, settings):
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text)
    (analyzed,) = list(analyze([doc], settings))
    (event,) = [e for e in analyzed.events if e.type == "ASSAULT"]
    assert event.location and text[event.location[0] : event.location[1]] == place


@pytest.mark.parametrize(
    "text",
    [
        # a people the model tags a place, in front of a noun it describes: no one's place
        "These attackers are not representatives of the Baloch cause, they said after the blast "
        "killed four.",
        "The police attacked Baloch pride by pulling the veils of women, she said.",
    ],
)
def test_a_name_that_describes_a_noun_is_no_place(text, settings):
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text)
    (analyzed,) = list(analyze([doc], settings))
    assert [e.location for e in analyzed.events if e.type == "ASSAULT"] == [None]


def test_a_sentence_with_no_place_takes_the_place_of_the_incident_told_before(tmp_path, settings):
    """Not another place that sentence names (where the train was heading)."""
    from dossier.pipeline.run import run_ingest
    from dossier.store import open_store

    article = tmp_path / "article.txt"
    article.write_text(
        "Militants attacked a passenger train in Balochistan on Tuesday, the train was heading "
        "from Quetta to Peshawar.\n\n"
        "Security forces later killed 33 militants and rescued the passengers.\n",
        encoding="utf-8",
    )
    store = open_store(str(tmp_path / "kb.db"))
    try:
        run_ingest([article], store, settings)
        (document,) = list(store.documents())
        rows = store.event_mentions_in_document(document["id"], type="ASSAULT")
    finally:
        store.close()
    lent = [(r["location_text"], r["location_via"]) for r in rows if r["sentence"] == 1]
    assert lent and set(lent) == {("Balochistan", "earlier")}, rows


def test_the_hospital_the_wounded_died_in_is_not_where_the_attack_happened(settings):
    text = (
        "The 40-year-old shopkeeper was critically wounded in the attack and died while being "
        "given first aid at the Civil Hospital, Mardan."
    )
    doc = Document(id=document_id(text), source="f", raw_hash="x", text=text)
    (analyzed,) = list(analyze([doc], settings))
    places = [text[e.location[0] : e.location[1]] for e in analyzed.events if e.location]
    assert places and "Civil Hospital" not in places, places


def test_a_recalled_incident_is_its_own_and_takes_no_place_from_the_news(tmp_path, settings):
    """An assassination a speaker "invoked" is not the attack the article reports."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Gunmen attacked a bus in Velmora on Monday, killing five passengers.\n\n"
        "The minister invoked the assassination of former prime minister Arlen Dost as an "
        "example of failed talks.\n",
        encoding="utf-8",
    )
    events = _exported_assaults(tmp_path, article, settings)
    recalled = [e for e in events if any("invoked" in s["text"] for s in e["evidence"])]
    assert recalled, events
    assert all("Velmora" not in s["text"] for s in recalled[0]["evidence"]), recalled
    assert recalled[0]["location_name"] is None, recalled[0]


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("He invoked the assassinations of two leaders.", True),
        ("She recalled the 2014 school attack.", True),
        ("The incident comes a day after a lawmaker escaped death in a firing.", True),
        ("Police said the attack was carried out by two men.", False),
        ("A witness recalled how gunmen opened fire on the bus.", False),
        ("Two days after the attack, police arrested the suspects.", False),
    ],
)
def test_an_incident_recalled_inside_the_news(sentence, recalled):
    from dossier.kb.facts import recalls
    from dossier.records import EventMention

    words = ("assassinations", "attack", "firing", "arrested", "opened")
    word = next(w for w in words if w in sentence)
    if word == "attack" and "arrested" in sentence:
        word = "arrested"
    at = sentence.index(word)
    event = EventMention("ASSAULT", None, (at, at + len(word)), 0, len(sentence), 0)
    assert recalls(sentence, event) is recalled
