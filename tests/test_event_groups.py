"""Stories of one event: independent reports of one incident share an event group, copies
stay a story, look-alike incidents (another day, another town) stay apart, and claims say
which event they are about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.kb.claims import ClaimView, corroboration
from dossier.kb.event_merge import (
    compatible,
    lead_end,
    main_event,
    place_fold,
    place_key,
    same_incident,
)
from dossier.query.export import build_export
from dossier.store import open_store
from tests.incidents import incident

_incident = incident


def test_two_reports_naming_actors_differently_are_one_incident():
    agency = _incident("a", places={"darband"}, figures={"killed:7"}, actors={"ent_forces"})
    paper = _incident("b", day="2025-04-03", places={"darband"}, figures={"killed:7"})
    assert same_incident(agency, paper, max_days=1, min_evidence=1)
    assert same_incident(agency, paper, max_days=1, min_evidence=2)  # place and toll


@pytest.mark.parametrize(
    "other",
    [
        _incident("c", day="2025-04-09", places={"darband"}, figures={"killed:7"}),  # a week on
        _incident("d", places={"kalam"}, figures={"killed:7"}),  # another town, same toll
        _incident("e", type="COERCE", places={"darband"}, figures={"killed:7"}),
        _incident("f", places={"darband"}, figures={"killed:7"}, location="kalam"),
        _incident("g", actors={"ent_forces"}),  # only a participant in common
        _incident("h", day=None, places={"darband"}, figures={"killed:7"}),  # undated
    ],
)
def test_look_alike_incidents_stay_apart(other):
    first = _incident("a", places={"darband"}, figures={"killed:7"}, actors={"ent_forces"},
                      location="darband")  # fmt: skip
    assert not same_incident(first, other, max_days=1, min_evidence=1)


@pytest.mark.unit
def test_another_days_toll_of_one_measure_is_another_operation():
    first = _incident("a", places={"north waziristan"}, figures={"killed:6"})
    next_day = _incident("b", day="2025-04-03", places={"north waziristan"}, figures={"killed:10"})
    assert not same_incident(first, next_day, max_days=1, min_evidence=1)
    # the same day, outlets may count one incident differently; and a bare count is no measure
    same_day = _incident("c", places={"north waziristan"}, figures={"killed:10"})
    assert same_incident(first, same_day, max_days=1, min_evidence=1)
    counted = _incident("d", day="2025-04-03", places={"north waziristan"}, figures={"count:10"})
    assert compatible(first, counted, max_days=1)
    # but a district alone, a day apart, is no evidence of one incident: it needs a toll
    # or a participant in common
    assert not same_incident(first, counted, max_days=1, min_evidence=1)
    tolled = _incident("e", day="2025-04-03", places={"north waziristan"}, figures={"killed:6"})
    assert same_incident(first, tolled, max_days=1, min_evidence=1)


def test_reversed_roles_are_never_one_incident():
    a = _incident("a", figures={"killed:7"}, actors={"ent_police"}, targets={"ent_gang"})
    b = _incident("b", figures={"killed:7"}, actors={"ent_gang"}, targets={"ent_police"})
    assert not same_incident(a, b, max_days=1, min_evidence=1)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Khyber Pakhtunkhwa’s Tank", "tank"),
        ("Tank District", "tank"),
        ("the Tor Darra area", "tor darra"),
        ("Dera Ismail Khan", "dera ismail khan"),
        ("Balochistan’s", "balochistan"),  # a possessive with nothing after it
    ],
)
def test_place_keys_agree_across_outlets(name, key):
    assert place_key(name) == key


@pytest.mark.unit
def test_place_spellings_fold_as_names_do():
    assert place_fold(place_key("Nushki District")) == place_fold(place_key("Noshki"))
    assert place_fold("dera ismail khan") != place_fold("darra adam khel")
    assert place_fold("dera") != place_fold("darra")  # two places, not two spellings


def test_lead_is_the_first_sentences():
    text = "First one here. Second one, “quoted.” Third one.\nFourth."
    assert text[: lead_end(text, 1)] == "First one here."
    assert text[: lead_end(text, 2)].endswith("“quoted.”")
    assert lead_end(text, 9) == len(text)


def _row(id, sentence, start, event_id, modality="asserted"):
    return {"id": id, "sentence": sentence, "start": start, "event_id": event_id,
            "modality": modality}  # fmt: skip


def test_main_event_is_the_leads_most_told_reported_event():
    rows = [
        _row(1, 0, 10, "e_first"),
        _row(2, 1, 90, "e_told_again"),
        _row(3, 4, 400, "e_told_again"),
        _row(4, 0, 5, "e_denied", modality="negated"),
    ]
    assert main_event(rows, lead_sentences=2)["id"] == 2
    assert main_event(rows[:1], lead_sentences=2)["id"] == 1
    # no event in the lead: the most-told one when told twice, else none
    later = [_row(5, 6, 600, "x"), _row(6, 8, 800, "x"), _row(7, 9, 900, "y")]
    assert main_event(later, lead_sentences=2)["id"] == 5
    assert main_event(later[2:], lead_sentences=2) is None


def _view(id, stories, groups, key="terrorist killed|incident|2025-04-02", value=7.0):
    return ClaimView(id=id, kind="quantity", speaker=None, subject="ent_x", text=f"{id} text",
                     min=value, max=value, unit="terrorist killed", stories=frozenset(stories),
                     key=key, groups=frozenset(groups))  # fmt: skip


def test_the_same_toll_of_two_incidents_confirms_neither():
    assert corroboration(_view("a", {"s1"}, {"g1"}), _view("b", {"s2"}, {"g1"}))
    assert not corroboration(_view("a", {"s1"}, {"g1"}), _view("b", {"s2"}, {"g2"}))
    # a standing figure is about no single incident: compared across events
    stock = "fighter|stock"
    assert corroboration(_view("a", {"s1"}, {"g1"}, stock), _view("b", {"s2"}, {"g2"}, stock))


# -- end to end: agency and newspaper report one operation; a look-alike a week later --
_AGENCY = (
    "RAWALPINDI, Apr 02: Security forces killed seven terrorists during an "
    "intelligence-based operation in the Darband area of Marwani district on Wednesday, the "
    "military's media wing said. The terrorists were involved in attacks on police posts, "
    "the statement said. Weapons and ammunition were recovered from the killed terrorists."
)
_PAPER = (
    "Seven militants were killed in an intelligence-based operation in Darband on "
    "Wednesday, according to a statement from the military's media wing. Troops engaged "
    "the hideout of the militants after a long search, officials said. A sanitisation "
    "operation was being carried out in the area, they added."
)
_LATER = (
    "RAWALPINDI, Apr 09: Security forces killed seven terrorists during an operation in "
    "the Darband area on Wednesday, the military's media wing said. Two soldiers were "
    "injured in the exchange of fire. Weapons were recovered from the terrorists."
)


def _write(folder: Path, rows: list[dict[str, str]]) -> Path:
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _ingested(
    folder: Path, rows: list[dict[str, str]], settings
) -> tuple[dict[str, dict], dict[str, dict]]:
    """Ingest ``rows`` in one run into a new store in ``folder``; the export's documents by
    address and its stories by id."""
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest

    store = open_store(str(folder / "kb.db"))
    report = run_ingest([_write(folder, rows)], store, settings)
    assert not report.errors, report.errors
    data = build_export(store)
    store.close()
    return {d["source"]: d for d in data["documents"]}, {s["id"]: s for s in data["stories"]}


@pytest.mark.nlp  # ingests through the pipeline
def test_independent_reports_share_an_event_group_and_a_look_alike_does_not(tmp_path, settings):
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest

    rows = [
        {"url": "https://agency.example/1", "title": "Seven terrorists killed in Darband",
         "published": "2025-04-02", "text": _AGENCY},
        {"url": "https://paper.example/1", "title": "Seven militants killed in operation",
         "published": "2025-04-02", "text": _PAPER},
        {"url": "https://agency.example/2", "title": "Seven terrorists killed",
         "published": "2025-04-09", "text": _LATER},
    ]  # fmt: skip
    store = open_store(str(tmp_path / "kb.db"))
    # incremental: the agency's report is stored first, the others join it in a later run
    for number, batch in enumerate((rows[:1], rows[1:])):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        report = run_ingest([_write(folder, batch)], store, settings)
        assert not report.errors, report.errors
    data = build_export(store)
    store.close()
    by_url = {d["source"]: d for d in data["documents"]}
    group = {s["id"]: s["event_group"] for s in data["stories"]}
    agency, paper, later = (
        group[by_url[u]["story_id"]]
        for u in ("https://agency.example/1", "https://paper.example/1", "https://agency.example/2")
    )
    assert (
        by_url["https://agency.example/1"]["story_id"]
        != by_url["https://paper.example/1"]["story_id"]
    )
    assert agency == paper  # two stories (no copy), one event
    assert later != agency  # the same toll in the same place a week later is another incident
    thread = {s["id"]: s["thread"] for s in data["stories"]}
    assert thread[by_url["https://agency.example/1"]["story_id"]] == agency
    assert all(d["copy_of"] == [] for d in data["documents"])
    # claims say which event they are about: the operation of their own article
    events = {e["id"] for e in data["events"]}
    about = [c["events"] for c in data["claims"] if c["events"]]
    assert about and all(set(ids) <= events for ids in about)


def test_one_outlet_never_corroborates_itself_whatever_it_calls_the_source():
    from dataclasses import replace

    a = replace(_view("a", {"s1"}, {"g1"}), speaker="ent_picss", outlets=frozenset({"dawn"}))
    b = replace(_view("b", {"s2"}, {"g1"}), speaker="generic:the institute")
    assert not corroboration(a, replace(b, outlets=frozenset({"dawn"})))
    assert corroboration(a, replace(b, outlets=frozenset({"app"})))


def test_an_outlet_named_in_the_article_and_in_its_url_is_one_outlet():
    from dossier.query.reads import _outlets

    named = {"evidence": [{"outlet": "Dawn", "source": "https://www.dawn.com/news/1"}]}
    hosted = {"evidence": [{"outlet": None, "source": "https://www.dawn.com/news/2"}]}
    other = {"evidence": [{"outlet": "Arab News", "source": "https://www.arabnews.com/x"}]}
    assert _outlets(named) == _outlets(hosted) == {"dawn"}
    assert _outlets(other) == {"arabnews"}


def test_a_statement_follows_the_incident_its_lead_reports_into_its_thread():
    from dossier.kb.facts import _lead_events

    def row(event_id, type, sentence, modality="asserted"):
        return {"event_id": event_id, "type": type, "sentence": sentence, "modality": modality}

    statement = row("evt_condemn", "ACCUSE", 0)  # "X condemned the attack on ..."
    mentions = [
        statement,
        row("evt_attack", "ASSAULT", 0),  # the incident the statement is about
        row("evt_demand", "REQUEST", 1),  # another statement: not an incident
        row("evt_threat", "ASSAULT", 1, modality="hypothetical"),  # "could attack again"
        row("evt_old", "ASSAULT", 4),  # background, past the lead
    ]
    assert _lead_events(mentions, statement, lead_sentences=2) == ["evt_condemn", "evt_attack"]
    # an article whose news is the incident itself follows only that incident
    assert _lead_events(mentions[1:2], mentions[1], lead_sentences=2) == ["evt_attack"]


def test_an_area_and_its_district_named_by_the_other_lead_are_one_place():
    # one outlet: "in the Tor Darra area of Khyber"; the other only "in Khyber"
    area = _incident("a", places={"khyber", "tor darra"}, figures={"killed:3"},
                     location="tor darra")  # fmt: skip
    district = _incident("b", figures={"killed:3"}, location="khyber")
    assert same_incident(area, district, max_days=1, min_evidence=2)  # place and toll
    # a district the other lead does not name is still another place
    elsewhere = _incident("c", figures={"killed:3"}, location="bajaur")
    assert not same_incident(area, elsewhere, max_days=1, min_evidence=1)
    # and the event's own place alone, with a small toll, is not evidence enough
    # without any place in common
    assert not same_incident(district, elsewhere, max_days=1, min_evidence=1)


def test_a_statement_is_grouped_by_the_incident_its_lead_reports():
    from dossier.kb.facts import _told_incident

    def row(event_id, type, sentence, modality="asserted"):
        return {"event_id": event_id, "type": type, "sentence": sentence, "modality": modality}

    condemn = row("evt_condemn", "ACCUSE", 0)  # "Naqvi condemns the firing on police ..."
    attack = row("evt_attack", "ASSAULT", 0)  # "... at Tanda Dam in Kohat"
    # a statement on an attack is decided by the attack (joined on place/toll evidence)
    assert _told_incident([condemn, attack], condemn, 2) is attack
    # an incident told only past the lead, or only as a threat, decides nothing
    late = row("evt_attack", "ASSAULT", 3)
    threat = row("evt_threat", "ASSAULT", 1, modality="hypothetical")
    assert _told_incident([condemn, late, threat], condemn, 2) is condemn
    # an article whose news is the incident itself keeps it; an article with none has none
    assert _told_incident([attack, condemn], attack, 2) is attack
    assert _told_incident([], None, 2) is None


def _person(text: str, name: str, nth: int = 0) -> dict[str, object]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return {"start": start, "end": start + len(name), "text": name, "label": "PERSON"}


@pytest.mark.parametrize(
    ("text", "names", "actor"),
    [
        # a title before the name, a bare weekday after it
        ("ISLAMABAD, Mar 12: Federal Minister for Railways Hanif Abbasi Wednesday expressed "
         "grief over the attack.\nHe said terrorism would be defeated.", ["Hanif Abbasi"],
         [("hanif abbasi", "2025-03-12")]),
        # an apposition and an adverb between name and verb
        ("Talal Chaudhry, the state minister, on Friday strongly commended the police.",
         ["Talal Chaudhry"], [("talal chaudhry", "2025-03-07")]),
        # a headline bullet names the surname; the body gives the whole name
        ("• Bugti says no grievance justifies terror\n• Toll may rise\nQUETTA: Chief Minister "
         "Sarfraz Bugti said on Friday that ...", ["Bugti", "Sarfraz Bugti"],
         [("sarfraz bugti", "2025-03-07")]),
        # two persons acting in one lead, below headline bullets that do not count as its
        # sentences
        ("• Terrorism to be eradicated\n• Briefing received\nISLAMABAD: President Ali Zardari "
         "and Prime Minister Shehbaz Sharif on Wednesday paid tribute to the forces. The "
         "operation ended. Mohsin Naqvi said later that ...",
         ["Ali Zardari", "Shehbaz Sharif", "Mohsin Naqvi"], [("shehbaz sharif", "2025-03-12")]),
        # the day told after the act's object, in the same sentence; not a later sentence's
        ("RAWALPINDI: General Syed Asim Munir visited Bannu on Thursday, following the "
         "attack. The attack came on Tuesday.", ["Syed Asim Munir"],
         [("syed asim munir", "2025-03-13")]),
        ("RAWALPINDI: General Syed Asim Munir visited Bannu, after Tuesday's attack.\nOn "
         "Thursday he met the wounded.", ["Syed Asim Munir"], [("syed asim munir", None)]),
        # a spokesman's sentence names no day: the day the first sentence sets for the
        # news (the agency's "Pakistan on Thursday said", the paper's "The Foreign Office
        # on Thursday said") is the day of his briefing
        ("ISLAMABAD, Mar 13: Pakistan on Thursday reiterated that India could not hide its "
         "role. Foreign Office spokesperson Shafqat Ali Khan, at his weekly press briefing, "
         "said the facts had not changed.", ["Shafqat Ali Khan"],
         [("shafqat ali khan", "2025-03-13")]),
        # ... only where the first sentence names one day: two leave it open
        ("Pakistan on Thursday said the talks set for next week, on Monday, would go ahead. "
         "Spokesperson Shafqat Ali Khan said the facts had not changed.", ["Shafqat Ali Khan"],
         [("shafqat ali khan", None)]),
        # a name that no verb follows is not the lead's actor
        ("Syria hit by its deadliest violence since Bashar al-Assad’s fall. Clashes spread.",
         ["Bashar al-Assad"], []),
        # a surname alone, never given in full, names no one in particular
        ("Khan said the talks had failed.", ["Khan"], []),
    ],
)  # fmt: skip
def test_a_leads_actors_are_the_persons_it_tells_acting(text, names, actor):
    from dossier.kb.facts import _lead_actors
    from dossier.kb.lead_names import statement_lead_end

    mentions = []
    for name in names:
        nth = sum(1 for m in mentions if name in str(m["text"]))
        mentions.append(_person(text, name, nth))
    mentions.sort(key=lambda m: m["start"])
    # published on Thursday 2025-03-13: "Wednesday" is the day before, "Friday" the 7th
    end = statement_lead_end(text, 2)
    assert _lead_actors(mentions, text, end, "2025-03-13") == actor


def test_one_person_under_a_longer_name_but_not_a_shared_surname():
    from dossier.kb.lead_names import same_actor

    assert same_actor("shehbaz sharif", "muhammad shehbaz sharif")
    assert same_actor("asif ali zardari", "asif ali zardari")
    assert not same_actor("ali khan", "omar ayub khan")
    assert not same_actor("bilawal bhutto zardari", "asif ali zardari")
    assert not same_actor("khan", "ali khan")  # a surname alone is no one
    # titles one outlet gives and the other does not
    assert same_actor("syed asim munir", "gen asim munir")
    assert same_actor("lt gen ahmed sharif chaudhry", "ahmed sharif chaudhry")
    assert not same_actor("gen asim munir", "gen ali munir")


def test_a_lead_counts_sentences_not_line_breaks_when_asked():
    text = "ISLAMABAD: A said x.\nB said y.\nC said z."
    assert text[: lead_end(text, 2)] == "ISLAMABAD: A said x.\n"  # the incident rules' lead
    assert text[: lead_end(text, 2, paragraphs=True)] == "ISLAMABAD: A said x.\nB said y.\n"


_MINISTER_AGENCY = (
    "ISLAMABAD, Apr 02: Interior Minister Daniyal Qureshi on Wednesday strongly condemned the "
    "attack on a police post in Swabi and praised the bravery of the policemen.\n"
    "He said the nation stood united against terrorism and those responsible would be "
    "brought to justice.\nThe minister prayed for the early recovery of the injured."
)
_MINISTER_PAPER = (
    "ISLAMABAD: Daniyal Qureshi, the interior minister, said on Wednesday that the attackers "
    "of the police post in Swabi would be brought to justice, calling the nation united "
    "against terror. In a statement issued by his office, Mr Qureshi paid tribute to the "
    "policemen who repulsed the attack and wished the wounded a swift recovery."
)
_MINISTER_ELSEWHERE = (
    "ISLAMABAD, Apr 03: Interior Minister Daniyal Qureshi on Thursday inaugurated a new "
    "passport office in Mardan and directed officials to clear the backlog of applications.\n"
    "He said citizens must be served without delay."
)


@pytest.mark.nlp  # ingests through the pipeline
def test_two_outlets_reports_of_one_statement_share_an_event_group(tmp_path, settings):
    """The agency and the paper name the minister alike and give no toll and no place of
    the statement's own: the person acting in both leads, on one day, joins them. The same
    minister's next act, in another town, stays apart."""

    rows = [
        {"url": "https://agency.example/s1", "title": "Qureshi condemns Swabi attack",
         "published": "2025-04-02", "text": _MINISTER_AGENCY},
        {"url": "https://paper.example/s1", "title": "Swabi attackers to face justice: minister",
         "published": "2025-04-03", "text": _MINISTER_PAPER},
        {"url": "https://agency.example/s2", "title": "Passport office opened in Mardan",
         "published": "2025-04-03", "text": _MINISTER_ELSEWHERE},
    ]  # fmt: skip
    by_url, stories = _ingested(tmp_path, rows, settings)
    group = {story_id: s["event_group"] for story_id, s in stories.items()}
    agency, paper, elsewhere = (
        group[by_url[u]["story_id"]]
        for u in ("https://agency.example/s1", "https://paper.example/s1",
                  "https://agency.example/s2")
    )  # fmt: skip
    assert (
        by_url["https://agency.example/s1"]["story_id"]
        != (by_url["https://paper.example/s1"]["story_id"])
    )  # no copy: two stories
    assert agency == paper
    assert elsewhere != agency


def test_an_acts_weekday_is_the_last_such_day_up_to_publication():
    from dossier.kb.facts import _act_day

    assert _act_day("Wednesday", "2025-03-13") == "2025-03-12"  # a newspaper's next day
    assert _act_day("Thursday", "2025-03-13") == "2025-03-13"  # an agency's same day
    assert _act_day(None, "2025-03-13") is None
    assert _act_day("Monday", None) is None


def test_two_reports_by_one_actor_differ_by_place_or_by_toll():
    from dossier.kb.facts import _differ

    def row(places="", figures="", location=None):
        return {"places": places, "figures": figures, "location": location}

    # the President's tribute for eight terrorists killed, and the next day for four
    assert _differ(row(figures="killed:8"), row(figures="killed:4"))
    assert _differ(row(places="kohat"), row(places="bannu"))
    assert _differ(row(location="kohat"), row(places="bannu;lakki marwat"), located=True)
    # two reports of one press conference: one lead's event is the attack spoken of (Sibi),
    # the other's the briefing (Islamabad); where the incident is told is no place of the
    # statement's
    assert not _differ(row(location="sibi"), row(places="islamabad", location="islamabad"))
    assert not _differ(row(places="kohat", figures="killed:8"), row(figures="killed:8"))
    assert not _differ(row(), row(places="bannu", figures="killed:4"))  # one says nothing


@pytest.mark.unit
def test_a_figure_told_again_weeks_later_confirms_nothing():
    """Another outlet restating a figure 12 days on ("the committee had observed ... its
    240 million people") recalls it; reports within the week confirm it. Days unknown:
    compared as before."""
    from dataclasses import replace

    stock = "people|stock"
    a = replace(_view("a", {"s1"}, {"g1"}, stock), outlets=frozenset({"dawn"}))
    b = replace(_view("b", {"s2"}, {"g2"}, stock), outlets=frozenset({"app"}))
    day = frozenset({"2025-04-25"})
    week, weeks = frozenset({"2025-05-02"}), frozenset({"2025-05-07"})
    assert corroboration(replace(a, published=day), replace(b, published=week))
    assert not corroboration(replace(a, published=day), replace(b, published=weeks))
    # the nearest reports count: a claim re-printed within the week still confirms
    both = frozenset({"2025-04-01", "2025-04-24"})
    assert corroboration(replace(a, published=both), replace(b, published=day))
    assert corroboration(a, replace(b, published=day))


def _named(text: str, names: list[tuple[str, str]]) -> list[dict[str, object]]:
    found = []
    for name, label in names:
        start = text.index(name)
        found.append({"start": start, "end": start + len(name), "text": name, "label": label})
    return sorted(found, key=lambda m: m["start"])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "names", "reaction"),
    [
        ("ISLAMABAD, Mar 10 (APP): Federal Minister for Interior Mohsin Naqvi has strongly "
         "condemned the firing attack on police personnel near Tanda Dam in Kohat.",
         [("Mohsin Naqvi", "PERSON"), ("Kohat", "GPE")], True),
        ("ISLAMABAD: President Ali Zardari and Prime Minister Shehbaz Sharif on Wednesday paid "
         "glowing tribute to security forces for completing the rescue operation.",
         [("Ali Zardari", "PERSON"), ("Shehbaz Sharif", "PERSON")], True),
        ("National Assembly Speaker Sardar Ayaz Sadiq on Monday called for a “thorough and "
         "urgent” investigation into the attack on the convoy.",
         [("Sardar Ayaz Sadiq", "PERSON")], True),
        ("ISLAMABAD: The Foreign Office on Friday condemned the attack in Quetta.",
         [("The Foreign Office", "ORG"), ("Quetta", "GPE")], True),
        # the incident as the news, the reaction after it: a report of the incident
        ("Six terrorists were killed on Tuesday as security forces foiled an attack on the "
         "Bannu Cantonment, according to the interior ministry. In a statement, Interior "
         "Minister Mohsin Naqvi paid tribute to the security forces.",
         [("Bannu", "GPE"), ("Mohsin Naqvi", "PERSON")], False),
        # the military's spokesman reporting the operation is its reporter, not a reactor
        ("RAWALPINDI: DG ISPR Lt Gen Ahmed Sharif Chaudhry said on Wednesday that all 33 "
         "terrorists had been killed.", [("Ahmed Sharif Chaudhry", "PERSON")], False),
        ("ISLAMABAD: Prime Minister Shehbaz Sharif paid a visit to Quetta on Thursday.",
         [("Shehbaz Sharif", "PERSON"), ("Quetta", "GPE")], False),
    ],
)  # fmt: skip
def test_a_lead_whose_actor_reacts_reports_a_statement(text, names, reaction):
    from dossier.kb.facts import reacts
    from dossier.kb.lead_names import statement_lead_end

    assert reacts(_named(text, names), text, statement_lead_end(text, 1)) is reaction


@pytest.mark.unit
def test_one_statement_needs_its_subject_not_only_its_speaker_and_day():
    from dossier.kb.facts import one_statement, statement_words

    def words(text: str) -> frozenset[str]:
        return statement_words(text, len(text), "Shehbaz Sharif ISLAMABAD")

    morning = words(
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Wednesday said the cowardly attack on "
        "the train would not shake the nation's resolve for peace, and offered condolences "
        "to the families of the martyred passengers."
    )
    paper = words(
        "Prime Minister Shehbaz Sharif termed the attack on the train a cowardly act, saying "
        "such acts would not shake Pakistan's resolve for peace."
    )
    night = words(
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Wednesday lauded the army for "
        "successfully completing the rescue operation without major losses, crediting the "
        "professional expertise of the commandos."
    )
    assert "shehbaz" not in morning and "wednesday" not in morning and "islamabad" not in morning
    assert one_statement(morning, paper)  # cowardly, attack, train, shake, resolve, peace
    assert not one_statement(morning, night)
    assert not one_statement(morning, frozenset())


@pytest.mark.unit
def test_a_headline_whose_first_clause_reacts_is_a_reaction():
    from dossier.kb.facts import headline_reacts

    assert headline_reacts("U.S. condemns attack on school bus in Balochistan")
    assert headline_reacts("President, PM pay tribute to security forces for killing 6 terrorists")
    assert headline_reacts("‘Brutal, evil’: Condemnations pour in over Khuzdar blast")
    # the incident first, the reaction after it: a report of the incident
    assert not headline_reacts("Five killed in Bajaur blast; PM condemns attack")
    assert not headline_reacts("Six killed as security forces foil attack on Bannu Cantt")
    assert not headline_reacts(None)


@pytest.mark.unit
def test_two_tellings_of_one_incident_share_its_subject_a_look_alike_does_not():
    from dossier.kb.facts import one_telling, telling_words

    agency = telling_words(
        "Policeman guarding polio team martyred in Bajaur",
        "BAJAUR: Unidentified gunmen shot dead a policeman guarding a polio vaccination "
        "team in the Mamund tehsil on Wednesday. Police said the attackers fled.",
    )
    paper = telling_words(
        "Gunmen shoot dead policeman guarding polio team in KP's Bajaur",
        "A policeman deployed for the security of a polio team was martyred when gunmen "
        "opened fire in Bajaur district, officials said.",
    )
    same_day = telling_words(
        "Bajaur police arrest suspect in rape, murder of 4-year-old girl",
        "BAJAUR: Police on Wednesday arrested a suspect accused of raping and murdering a "
        "four-year-old girl in the district, the district police officer said.",
    )
    assert "wednesday" not in agency and "said" not in agency
    assert one_telling(agency, paper)  # policeman, guarding, polio, team, gunmen, bajaur
    assert not one_telling(agency, same_day)  # one place and day, another occurrence
    assert one_telling(agency, frozenset())  # nothing told: the other evidence decides
    # only the headline and the first sentence count: what the body tells later is background
    assert "attackers" not in agency


@pytest.mark.unit
def test_undated_reports_join_only_each_other_and_on_place_and_toll():
    from dossier.kb.event_merge import same_undated_incident

    # pages stripped of their date lines: "captured 23 pirates in the Gulf of Aden"
    first = _incident("a", day=None, places={"gulf aden"}, figures={"arrested:23"})
    again = _incident("b", day=None, places={"gulf aden"}, figures={"arrested:23"})
    assert same_undated_incident(first, again)
    assert not same_incident(first, again, max_days=1, min_evidence=1)  # the dated rule
    assert not same_undated_incident(first, first)
    # a place alone is not enough without a date, nor a toll alone
    assert not same_undated_incident(first, _incident("c", day=None, places={"gulf aden"}))
    assert not same_undated_incident(first, _incident("d", day=None, figures={"arrested:23"}))
    # another place, another type, or a dated report: never
    assert not same_undated_incident(
        first, _incident("e", day=None, places={"somalia coast"}, figures={"arrested:23"})
    )
    toll = {"arrested:23"}
    coerce = _incident("f", day=None, type="COERCE", places={"gulf aden"}, figures=toll)
    assert not same_undated_incident(first, coerce)
    assert not same_undated_incident(first, _incident("g", places={"gulf aden"}, figures=toll))
    # and compatible() still refuses an undated pair unless asked
    assert not compatible(first, again, 1)
    assert compatible(first, again, 1, undated=True)


_TRAIN_REPORT = (
    "QUETTA: Gunmen attacked a passenger train in the Bolan district on Tuesday and took "
    "dozens of passengers hostage, officials said.\n\n"
    "Security forces cordoned off the area and an operation was under way, they added."
)
_TRAIN_REACTION = (
    "ISLAMABAD: Interior Minister Ali Raza on Wednesday condemned the attack on the "
    "passenger train and vowed that every hostage would be rescued.\n\n"
    "He said the nation stood with the families of the passengers."
)
_TRAIN_LATER = (
    "QUETTA: Gunmen attacked a passenger train in the Sibi district on Tuesday, wounding "
    "two passengers, officials said."
)


@pytest.mark.nlp  # ingests through the pipeline
def test_a_reaction_naming_no_place_follows_the_incident_into_its_thread(tmp_path, settings):
    """A minister's condemnation names the train attack but not its district: no place, no
    toll, no participant to join it by. Told in the incident's words, a day later, it is
    the incident's thread (not its event group: a reaction is its own statement); the same
    words a week later, in another district, are another incident's."""

    rows = [
        {"url": "https://agency.example/t1", "title": "Gunmen attack passenger train in Bolan",
         "published": "2025-04-01", "text": _TRAIN_REPORT},
        {"url": "https://paper.example/t1", "title": "Minister condemns attack on passenger train",
         "published": "2025-04-02", "text": _TRAIN_REACTION},
        {"url": "https://agency.example/t2", "title": "Gunmen attack passenger train in Sibi",
         "published": "2025-04-08", "text": _TRAIN_LATER},
    ]  # fmt: skip
    by_url, stories = _ingested(tmp_path, rows, settings)
    incident, reaction, later = (
        stories[by_url[u]["story_id"]]
        for u in ("https://agency.example/t1", "https://paper.example/t1",
                  "https://agency.example/t2")
    )  # fmt: skip
    assert incident["event_group"] != reaction["event_group"]
    assert incident["thread"] == reaction["thread"]
    assert later["thread"] != incident["thread"]


@pytest.mark.unit
def test_the_store_finds_undated_incidents_by_type_only_when_undated(tmp_path):
    store = open_store(str(tmp_path / "kb.db"))
    rows = [("a", "ASSAULT", None), ("b", "ASSAULT", "2025-04-02"), ("c", "COERCE", None)]
    for doc, kind, day in rows:
        store.set_document_group(
            {"document_id": doc, "event_group": doc, "mention_id": 1, "type": kind, "day": day,
             "published": day, "thread": doc}
        )  # fmt: skip
    assert [r["document_id"] for r in store.undated_incident_candidates("ASSAULT")] == ["a"]
    dated = store.incident_candidates("ASSAULT", ("2025-04-01", "2025-04-03"))
    assert [r["document_id"] for r in dated] == ["b"]
    store.close()


@pytest.mark.nlp  # ingests through the pipeline
def test_one_outlets_second_report_of_an_incident_is_its_thread_not_a_second_source(
    tmp_path, settings
):
    """The paper's report of the Darband operation joins the agency's as a second source;
    the same report published by the agency itself (not a copy: its own words) is the
    agency's follow-up -- one outlet is one source -- so it shares the thread only."""

    rows = [
        {"url": "https://agency.example/1", "title": "Seven terrorists killed in Darband",
         "published": "2025-04-02", "text": _AGENCY},
        {"url": "https://agency.example/2", "title": "Seven militants killed in operation",
         "published": "2025-04-02", "text": _PAPER},
    ]  # fmt: skip
    by_url, stories = _ingested(tmp_path, rows, settings)
    first, second = (stories[by_url[f"https://agency.example/{n}"]["story_id"]] for n in (1, 2))
    assert first["id"] != second["id"]  # no copy
    assert first["event_group"] != second["event_group"]
    assert first["thread"] == second["thread"]


@pytest.mark.nlp  # ingests through the pipeline
@pytest.mark.parametrize("legacy", [False, True])
def test_the_join_compares_the_words_kept_with_its_candidates_rows(tmp_path, settings, legacy):
    """A stored report keeps its outlet and the words of its telling and statement lead
    with its group row (migration 15), so the paper's report joins the agency's without
    the agency's text being read again; a row stored before the migration (no words kept)
    is read from its document and joins the same."""
    from dossier.pipeline.run import run_ingest  # spaCy: only for the tiers that ingest

    rows = [
        {"url": "https://agency.example/1", "title": "Seven terrorists killed in Darband",
         "published": "2025-04-02", "text": _AGENCY},
        {"url": "https://paper.example/1", "title": "Seven militants killed in operation",
         "published": "2025-04-02", "text": _PAPER},
    ]  # fmt: skip
    store = open_store(str(tmp_path / "kb.db"))
    first = tmp_path / "run0"
    first.mkdir()
    assert not run_ingest([_write(first, rows[:1])], store, settings).errors
    (agency_id,) = [r["document_id"] for r in store._all("SELECT document_id FROM document_groups")]
    kept = store.document_groups([agency_id])[agency_id]
    assert kept["outlet"] and {"seven", "darband"} <= set(kept["telling"].split())
    assert kept["said"] is not None
    if legacy:
        store._exec("UPDATE document_groups SET outlet = NULL, telling = NULL, said = NULL")
    read: list[str] = []
    document = store.document

    def counted(document_id, *args, **kwargs):
        read.append(document_id)
        return document(document_id, *args, **kwargs)

    store.document = counted  # type: ignore[method-assign]
    second = tmp_path / "run1"
    second.mkdir()
    assert not run_ingest([_write(second, rows[1:])], store, settings).errors
    store.document = document  # type: ignore[method-assign]
    assert (agency_id in read) is legacy
    data = build_export(store)
    store.close()
    by_url = {d["source"]: d for d in data["documents"]}
    group = {s["id"]: s["event_group"] for s in data["stories"]}
    agency, paper = (
        group[by_url[u]["story_id"]]
        for u in ("https://agency.example/1", "https://paper.example/1")
    )
    assert agency == paper


class _Rows:
    """A store stand-in that serves no document (the row's kept words must do) and the
    first days of two threads."""

    def document(self, document_id: str) -> dict:
        raise AssertionError(f"read {document_id}")

    def thread_start(self, thread: str) -> str | None:
        return {"crisis": "2025-04-17", "attack": "2025-05-01"}.get(thread)


@pytest.mark.unit
def test_a_thread_follows_an_event_id_only_near_in_time_or_in_the_same_words():
    from dossier.kb.facts import _near_in_storyline

    told = frozenset("jaffar express facilitators arrested quetta".split())
    week_on = {"document_id": "a", "published": "2025-03-18", "telling": "tribute forces"}
    weeks_on = {"document_id": "b", "published": "2025-03-30", "telling": "tribute forces"}
    same_words = {"document_id": "c", "published": "2025-03-30", "telling": "jaffar express"}
    store = _Rows()
    assert _near_in_storyline(week_on, "2025-03-11", told, 7, store)
    # an id merged by participants ran on to the next weeks' tributes for other operations
    assert not _near_in_storyline(weeks_on, "2025-03-11", told, 7, store)
    assert _near_in_storyline(same_words, "2025-03-11", told, 7, store)  # the storyline's
    assert _near_in_storyline(weeks_on, "2025-03-11", told, 0, store)  # cap off
    assert _near_in_storyline({**weeks_on, "published": None}, "2025-03-11", told, 7, store)


@pytest.mark.unit
def test_a_storyline_thread_takes_links_only_while_young():
    """Day by day one report links the next: a thread whose first report is older than
    ``thread_span_days`` takes no more storyline links (an April crisis chained 212
    documents over six weeks); 0 turns the cap off."""
    from dossier.config import load_settings
    from dossier.kb.facts import _thread_open

    settings = load_settings(thread_span_days=21)
    store = _Rows()
    assert _thread_open(store, "attack", "2025-05-10", settings)
    assert not _thread_open(store, "crisis", "2025-05-10", settings)  # 23 days on
    assert _thread_open(store, "new", "2025-05-10", settings)  # no dated report yet
    assert _thread_open(store, "crisis", "2025-05-10", load_settings(thread_span_days=0))


@pytest.mark.nlp  # dossier.kb.facts imports spaCy
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The Foreign Office (FO)", "fo"),
        ("FO", "fo"),
        ("Ministry of Foreign Affairs", "fo"),
        ("the interior ministry", "ministry-interior"),
        ("Ministry of Interior", "ministry-interior"),
        ("The National Assembly", "legislature-national-assembly"),
        ("Senate", "legislature-senate"),
        ("Islamabad High Court", "court-islamabad-high-court"),
        ("the ministry", None),  # names no ministry in particular
        ("Inter-Services Public Relations", None),  # a dozen unrelated releases a day
        ("police", None),
    ],
)
def test_an_institutional_speakers_name_reads_as_one_key(name, key):
    from dossier.kb.lead_names import body_key

    assert body_key(name) == key


def _place(text: str, name: str) -> dict[str, object]:
    start = text.index(name)
    return {"start": start, "end": start + len(name), "text": name, "label": "GPE"}


@pytest.mark.nlp  # dossier.kb.facts imports spaCy
@pytest.mark.parametrize(
    ("text", "places", "dateline", "bodies"),
    [
        # the agency's "Pakistan ... said" is its foreign office, keyed with its country
        ("ISLAMABAD, Mar 13: Pakistan on Thursday said the attack was directed from abroad.",
         ["ISLAMABAD", "Pakistan"], "ISLAMABAD", [("PK body:fo", "2025-03-13")]),
        # the paper's Foreign Office, an acronym in brackets between it and its verb
        ("ISLAMABAD: The Foreign Office (FO) said on Thursday the calls were traced.",
         ["ISLAMABAD"], "ISLAMABAD", [("PK body:fo", "2025-03-13")]),
        # no dateline: the country is not told, the body still is
        ("The Ministry of Foreign Affairs on Wednesday said the calls were traced.", [], None,
         [("body:fo", "2025-03-12")]),
        # the tagger need not find the body: "(APP):The National Assembly"
        ("ISLAMABAD, Mar 13 (APP):The National Assembly on Thursday unanimously passed a "
         "resolution.", ["ISLAMABAD"], "ISLAMABAD",
         [("PK body:legislature-national-assembly", "2025-03-13")]),
        # a foreign state told by an agency at home, an embassy, a country acting otherwise
        ("ISLAMABAD, Apr 13: Iran on Sunday said it would help.", ["ISLAMABAD", "Iran"],
         "ISLAMABAD", []),
        ("The Embassy of Iran on Sunday condemned the attack.", ["Iran"], None, []),
        ("Pakistan on Thursday beat India by six wickets.", ["Pakistan", "India"], None, []),
        # no day told: joins nothing
        ("ISLAMABAD: The Foreign Office said the calls were traced.", ["ISLAMABAD"],
         "ISLAMABAD", []),
    ],
)  # fmt: skip
def test_a_leads_institutional_speakers_are_the_bodies_it_tells_speaking(
    text, places, dateline, bodies
):
    from dossier.kb.facts import _lead_bodies
    from dossier.kb.lead_names import statement_lead_end

    mentions = [_place(text, p) for p in places]
    end = statement_lead_end(text, 2)
    assert _lead_bodies(mentions, text, end, "2025-03-13", dateline) == bodies


@pytest.mark.nlp  # dossier.kb.facts imports spaCy
def test_one_institutional_speaker_where_kind_and_country_agree():
    from dossier.kb.facts import _same_speaker

    assert _same_speaker("PK body:fo", "PK body:fo")
    assert _same_speaker("PK body:fo", "body:fo")  # one report does not tell the country
    assert not _same_speaker("PK body:fo", "IR body:fo")
    assert not _same_speaker("PK body:fo", "PK body:ministry-interior")
    assert not _same_speaker("body:fo", "shafqat ali khan")
    assert _same_speaker("shehbaz sharif", "muhammad shehbaz sharif")  # persons as before


_FO_AGENCY = (
    "ISLAMABAD, Apr 10 (APP): Pakistan on Thursday urged the international community to "
    "develop a concrete plan for the reconstruction of the flooded river valleys of the "
    "region and warned that delays would deepen the humanitarian crisis.\n"
    "The spokesperson told the weekly briefing that relief convoys were ready."
)
_FO_WEB = (
    "The Foreign Office on Thursday called on the international community to devise a "
    "concrete plan for the reconstruction of the flooded river valleys, warning that the "
    "humanitarian crisis would deepen.\n\nThe spokesperson said relief convoys were ready."
)
_FO_PRINT = (
    "ISLAMABAD: The Foreign Office (FO) said on Thursday that the world must devise a "
    "concrete plan to rebuild the flooded river valleys before the humanitarian crisis "
    "deepens.\n\nAt the weekly briefing, the spokesperson said relief convoys were ready."
)


@pytest.mark.nlp  # ingests through the pipeline
def test_reports_of_one_foreign_office_statement_share_an_event_group(tmp_path, settings):
    """No person acts in any of the three leads: the agency's "Pakistan ... said" and the
    paper's "The Foreign Office ... said" are one speaker on one day in the same words, and
    the paper's web and next morning's print reports of that statement are one source told
    twice (its rewrite), so all three are one event."""
    rows = [
        {"url": "https://agency.example/fo", "title": "Pakistan urges plan to rebuild valleys",
         "published": "2025-04-10", "text": _FO_AGENCY},
        {"url": "https://paper.example/fo-web", "title": "FO urges plan to rebuild valleys",
         "published": "2025-04-10", "text": _FO_WEB},
        {"url": "https://paper.example/fo-print", "title": "World must rebuild valleys: FO",
         "published": "2025-04-11", "text": _FO_PRINT},
    ]  # fmt: skip
    by_url, stories = _ingested(tmp_path, rows, settings)
    assert len({by_url[r["url"]]["story_id"] for r in rows}) == 3  # no copies
    assert len({stories[by_url[r["url"]]["story_id"]]["event_group"] for r in rows}) == 1


@pytest.mark.nlp  # dossier.kb.facts imports spaCy
def test_independent_sources_of_an_incident_share_more_words_than_its_storyline():
    """A blast and a bus crash of one day that both left 16 injured share a toll and the
    words of any toll; told alike enough for one storyline, not for one incident's two
    sources (JOIN_TELLING). Two tellings of one blast share its subject."""
    from dossier.kb.facts import JOIN_TELLING, one_telling, telling_words

    blast = telling_words(
        "Three policemen martyred, 16 injured in Mastung blast",
        "QUETTA: Three policemen were martyred and 16 others injured in a blast near a "
        "police vehicle on Dasht Road in Mastung district, officials said.",
    )
    crash = telling_words(
        "Two dead, 16 injured as passenger bus veers off road into drain",
        "Two passengers were killed and 16 others were injured when a passenger bus "
        "veered off the road into a drain at the interchange, officials said.",
    )
    paper = telling_words(
        "Blast targets police vehicle in Mastung",
        "Three police personnel were martyred and 16 injured when a blast targeted their "
        "vehicle on Dasht Road in Mastung district.",
    )
    assert one_telling(blast, crash)  # the storyline's bar: a quarter of the words
    assert not one_telling(blast, crash, JOIN_TELLING)
    assert one_telling(blast, paper, JOIN_TELLING)
