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


# --------------------------------------------------------------------------- round 3 rules


def _analyzed(text: str, settings, published: str | None = "2024-03-11"):
    doc = Document(
        id=document_id(text), source="f.txt", raw_hash="x", text=text, published=published
    )
    (analyzed,) = list(analyze([doc], settings))
    return analyzed


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor on Monday lauded the Ostrand police for killing four militants in Velmora.",
        "The governor on Monday paid tribute to the Ostrand police for killing four militants.",
    ],
)
def test_the_credited_side_acts_and_the_praise_dates_the_report(sentence, settings):
    analyzed = _analyzed(sentence, settings)
    (event,) = [e for e in analyzed.events if e.type == "ASSAULT"]
    actors = [sentence[a:b] for a, b in event.actors]
    assert any("police" in a for a in actors), actors
    assert not any("governor" in a for a in actors), actors
    assert event.time_of_report  # "on Monday" is when the governor spoke


def test_an_agentless_operation_is_the_security_forces_the_article_names(settings):
    text = (
        "Ostrand security forces entered the Velmora valley on Monday. "
        "Four militants were killed in an intelligence-based operation there."
    )
    killing = [e for e in _events(text, settings) if "Four militants" in e["targets"]]
    assert killing and any("security forces" in a for a in killing[0]["actors"]), killing


def test_an_operation_with_no_force_named_gets_no_made_up_actor(settings):
    text = "Four militants were killed in an intelligence-based operation in Velmora on Friday."
    killing = _one(_events(text, settings), "ASSAULT")
    assert killing["actors"] == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Gunmen killed two policemen in the Tarnok area of Velmora district on Monday.", "Tarnok"),
        ("Gunmen killed two policemen in Ostrand's Tarnok district on Monday.", "Tarnok"),
        # the possessor holds the place, whichever apostrophe ("Velmora’s" may be tagged too)
        ("Gunmen killed two policemen in Velmora’s Tarnok district on Monday.", "Tarnok"),
        ("Gunmen killed two policemen in Dera Ismail Khan on Monday.", "Dera Ismail Khan"),
    ],
)
def test_the_most_specific_named_place_wins(sentence, place, settings):
    assert _one(_events(sentence, settings), "ASSAULT")["location"] == place


def test_a_month_is_not_a_place(settings):
    text = "In March last year, gunmen killed two policemen."
    assert _one(_events(text, settings), "ASSAULT")["location"] is None


def test_a_wire_dateline_dates_the_report_not_the_act(settings):
    text = "VELMORA, Apr 7 (APP): Gunmen killed two policemen in Velmora."
    assert _one(_events(text, settings), "ASSAULT")["time"] is None
    dated = "VELMORA, Apr 7 (APP): Gunmen killed two policemen in Velmora on Sunday."
    assert _one(_events(dated, settings), "ASSAULT")["time"] == "Sunday"


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Four people were killed in an Israeli bombardment in Deir el-Balah.", "Israeli"),
        ("Two men were killed in a police raid in Velmora.", "police"),
    ],
)
def test_the_holder_of_the_attack_an_agentless_act_happened_in_acted(sentence, actor, settings):
    killing = _one(_events(sentence, settings), "ASSAULT")
    assert any(actor in a for a in killing["actors"]), killing


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said on Wednesday a shopkeeper was killed in an attack in Velmora.",
        "The minister declared on Wednesday that the attack on Velmora was an act of terror.",
    ],
)
def test_a_date_right_after_a_statement_verb_dates_the_statement(sentence, settings):
    analyzed = _analyzed(sentence, settings)
    (event,) = [e for e in analyzed.events if e.type == "ASSAULT"][:1]
    assert event.time is not None and event.time_of_report


def test_a_date_on_the_act_still_dates_the_act(settings):
    analyzed = _analyzed(
        "Gunmen killed two policemen in Velmora on Wednesday, police said.", settings
    )
    (event,) = [e for e in analyzed.events if e.type == "ASSAULT"]
    assert not event.time_of_report


@pytest.mark.parametrize(
    ("sentence", "actor", "target"),
    [
        ("Armed men launched an assault on a police post in Velmora.", "Armed men", "police post"),
        ("The teacher raped the student twice, according to the FIR.", "The teacher", "student"),
        ("Two guards were killed in a gunfight with robbers in Velmora.", None, "Two guards"),
    ],
)
def test_assaults_the_small_model_misses(sentence, actor, target, settings):
    event = _one(_events(sentence, settings), "ASSAULT")
    assert any(target in t for t in event["targets"]), event
    if actor:
        assert any(actor in a for a in event["actors"]), event


def test_a_weapon_in_the_actor_slot_is_how_not_who(settings):
    event = _one(_events("A roadside bomb targeted a police van in Velmora.", settings), "ASSAULT")
    assert not any("bomb" in a for a in event["actors"]), event
    assert any("police van" in t for t in event["targets"]), event


def test_a_capitalised_place_noun_is_part_of_the_name(settings):
    text = "In a separate incident in Steel Town on Feb 9, a policeman was shot dead."
    event = _one(_events(text, settings, published="2025-02-15"), "ASSAULT")
    assert event["location"] == "Steel Town" and event["time"] == "Feb 9"


def test_a_statement_is_dated_by_the_day_it_was_said(settings):
    """A statement's date is the saying's; only an act it reports is merely bounded by it."""
    sentence = "Irena Vasko said on Wednesday that she condemned the Ostrand government's silence."
    (statement,) = [e for e in _analyzed(sentence, settings).events if e.type == "ACCUSE"]
    assert statement.time is not None and not statement.time_of_report


def test_a_wire_dateline_dates_the_statement_of_its_sentence_not_later_acts(settings):
    text = (
        "VELMORA, Apr 7 (APP): Minister Irena Vasko accused the Ostrand government of "
        "sheltering militants. Gunmen killed two policemen in Velmora."
    )
    events = _events(text, settings)
    assert _one(events, "ACCUSE")["time"] == "Apr 7"
    assert _one(events, "ASSAULT")["time"] is None


def test_he_or_she_who_makes_a_statement_is_the_speaker_just_told_of(settings):
    text = (
        "Opposition leader Irena Vasko said the Ostrand government had failed the city. "
        "She demanded the release of the detained Velmora Solidarity Committee leaders."
    )
    request = _one(_events(text, settings), "REQUEST")
    assert any("Vasko" in a for a in request["actors"]), request


def test_he_or_she_who_is_killed_is_not_made_the_speaker(settings):
    text = "Irena Vasko said the city was calm. She was killed by gunmen in Velmora on Friday."
    killing = _one(_events(text, settings), "ASSAULT")
    assert not any("Vasko" in a for a in killing["actors"]), killing


@pytest.mark.parametrize(
    ("sentence", "actor", "target"),
    [
        (
            "An exchange of fire between Ostrand troops and armed militants continued for "
            "hours in Velmora on Monday.",
            "Ostrand troops",
            "armed militants",
        ),
        (
            "Police said an exchange of fire with militants took place in Velmora.",
            None,
            "militants",
        ),
    ],
)
def test_an_exchange_of_fire_is_a_clash_between_its_sides(sentence, actor, target, settings):
    clash = _one(_events(sentence, settings), "ASSAULT")
    assert (actor is None or actor in clash["actors"]) and target in clash["targets"], clash
    assert "fire" not in clash["targets"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Four militants were killed after a fierce exchange of fire with police in Velmora.",
        "The two countries agreed on an exchange of prisoners in Velmora.",
    ],
)
def test_an_exchange_that_sets_another_act_or_trades_is_no_clash_of_its_own(sentence, settings):
    assaults = [e for e in _events(sentence, settings) if e["type"] == "ASSAULT"]
    assert len(assaults) <= 1 and not any(e["targets"] == ["fire"] for e in assaults), assaults


def test_a_blast_told_as_what_happened_is_an_event_with_no_one_named(settings):
    text = "A powerful explosion occurred on Tarnok Road in Velmora late on Thursday night."
    blast = _one(_events(text, settings), "ASSAULT")
    assert blast["actors"] == [] and blast["location"] is not None, blast


def test_a_blast_only_heard_is_no_event_of_its_own(settings):
    text = "The blast was heard across Velmora."
    assert [e for e in _events(text, settings) if e["type"] == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "Senators condemned the Khuzdar terrorist attack that claimed innocent lives.",
            "terrorist",
        ),
        ("A militant attack on tourists in Velmora killed 26 people on Tuesday.", "militant"),
        ("A bomb attack on a market in Velmora killed 26 people on Tuesday.", None),
    ],
)
def test_an_attack_described_by_its_perpetrators_has_them_as_actor(sentence, actor, settings):
    attacks = [e for e in _events(sentence, settings) if e["type"] == "ASSAULT"]
    assert attacks, sentence
    if actor is None:
        assert attacks[0]["actors"] == [], attacks  # nobody is made up
    else:
        assert attacks[0]["actors"] == [actor], attacks


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a country in front of an act is who acts, not where
        ("That day saw a wave of US air strikes that killed senior rebel leaders.", None),
        # a place the sentence names as someone an act is done to or with is not where
        ("Velmora blames Ostrand for the gun attack that killed 26 people on April 22.", None),
        # a route's ends give way to where the attack was
        (
            "Gunmen attacked a group of people travelling from Parachinar to Peshawar in "
            "Lower Kurram's Bagan area on Friday.",
            "Bagan",
        ),
        # ... and a country at a route's end is not where ("at the border")
        (
            "Security forces killed five terrorists when they were attempting to infiltrate "
            "Pakistan from Afghanistan.",
            None,
        ),
        # the sides "between" which a war is fought are who, not where
        (
            "An air strike killed the commander on Monday at the start of a war between his "
            "group and Israel.",
            None,
        ),
        # a police station's jurisdiction is where
        (
            "He said earlier this year, a citizen, Ishtiaq Abbasi, was killed by drug dealers in "
            "the jurisdiction of Khanna Police Station.",
            "Khanna Police Station",
        ),
        # a site attacked "on": a road, a cantonment, tagged or not
        ("Gunmen attacked a police convoy on Sariab Road on Monday.", "Sariab Road"),
        (
            "On 4 March, a terrorist attack was attempted on Bannu Cantonment by militants.",
            "Bannu Cantonment",
        ),
    ],
)
def test_where_an_act_happened_not_who_or_what_its_sentence_names(sentence, place, settings):
    events = _events(sentence, settings)
    assert _one(events, "ASSAULT")["location"] == place


def test_a_protest_against_what_happened_elsewhere_is_where_it_gathered(settings):
    text = (
        "Hundreds of people gathered on Hyderabad Road in Mirpurkhas and held a demonstration "
        "against Israeli aggression in Gaza."
    )
    assert _one(_events(text, settings), "PROTEST")["location"] != "Gaza"


def test_what_a_protest_is_against_is_not_where_it_gathered(settings):
    text = (
        "On Dec 24, hundreds of demonstrators took to the streets in Christian areas of "
        "Damascus to protest the burning of a Christmas tree near the central city of Hama."
    )
    assert _one(_events(text, settings), "PROTEST")["location"] == "Damascus"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Police arrested three suspects from Karachi on Monday.", "Karachi"),
        (
            "Police detained a suspect from Lahore’s Gulshan Ali Colony on Monday.",
            "Gulshan Ali Colony",
        ),
        # where the subject came from is not where they were held
        ("Four suspects from Karachi were detained at the airport in Velmora.", "Velmora"),
        # a name the model parses as an adjective of "area" is still the area's name
        (
            "In a third operation, the team recovered hashish hidden in a rickshaw near a hotel "
            "in Pishin area of Balochistan and an Afghan national was arrested.",
            "Pishin",
        ),
        # the place of the act a relative clause tells is not the arrest's
        (
            "Police on Sunday arrested two of the four suspects, who had killed a woman and her "
            "daughter in Jabar area on Friday.",
            None,
        ),
    ],
)
def test_where_someone_was_arrested_from(sentence, place, settings):
    assert _one(_events(sentence, settings), "COERCE")["location"] == place


def test_a_possessor_the_model_tags_with_its_s_ranks_as_the_region_it_names():
    from dossier.extract.events.place_time import _most_specific
    from dossier.records import Mention

    # "in Balochistan’s Zhob district", the model's mention holding the "’s"
    province = Mention(3, 17, "Balochistan’s", "GPE", "balochistan", 0)
    district = Mention(18, 22, "Zhob", "LOC", "zhob", 0)
    assert _most_specific([province, district]) is district
