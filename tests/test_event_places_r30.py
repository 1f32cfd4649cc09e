"""Places of events, session 30 (issue 15). The dateline does not place a state's act: under
a news agency's dateline, a participant that is a country itself ("India"), its military or
its military assets ("Pakistan Armed Forces", "Pakistani airbases"); under any dateline, a
foreign state's civil agents ("US police" under a New Delhi dateline). An act whose own words
name no place takes the town another act of its sentence is placed at, unless the sentence
sets that act apart in time. Unit tests read hand-built values (no model); the end-to-end
tests run one article through the pipeline."""

from __future__ import annotations

import pytest

from dossier.kb.event_places import states_act
from dossier.records import EventMention


def _act(text: str, trigger: str, actors: tuple[str, ...] = (), targets: tuple[str, ...] = ()):
    """An ASSAULT/COERCE report of ``text`` with the named phrases as its participants."""

    def span(phrase: str) -> tuple[int, int]:
        at = text.index(phrase)
        return at, at + len(phrase)

    at = text.index(trigger)
    return EventMention(
        "ASSAULT",
        None,
        (at, at + len(trigger)),
        0,
        len(text),
        0,
        actors=tuple(span(a) for a in actors),
        targets=tuple(span(t) for t in targets),
    )


@pytest.mark.unit
def test_under_an_agencys_dateline_a_state_or_its_military_makes_a_states_act():
    text = "The escalation follows India’s cowardly assault on May 6/7."
    assert states_act(text, _act(text, "assault", actors=("India",)), "PK", True)
    text = "Pakistan Armed Forces have so far shot down 25 drones."
    assert states_act(text, _act(text, "shot", actors=("Pakistan Armed Forces",)), "PK", True)
    text = "India also attacked Pakistani airbases and military targets."
    assert states_act(text, _act(text, "attacked", targets=("Pakistani airbases",)), "IN", True)
    # a newspaper's correspondent where the state's forces struck: the dateline stands
    text = "Israeli strikes killed at least 42 people across the territory."
    assert not states_act(text, _act(text, "killed", actors=("Israeli",)), "PS", False)
    text = "Israeli forces killed three men in a raid."
    assert not states_act(text, _act(text, "killed", actors=("Israeli forces",)), "PS", False)


@pytest.mark.unit
def test_a_foreign_states_civil_agents_act_but_a_home_force_does_not():
    text = "He was arrested by US police in 2009."
    assert states_act(text, _act(text, "arrested", actors=("US police",)), "IN", False)
    text = "Officials said Syrian authorities briefly detained the factional chief."
    event = _act(text, "detained", actors=("Syrian authorities",))
    assert states_act(text, event, "LB", False)
    # the same agents under their own country's dateline: the city's news, placed by it
    assert not states_act(text, event, "SY", False)
    text = "Indian police have issued wanted posters for three men."
    assert not states_act(text, _act(text, "issued", actors=("Indian police",)), "IN", False)


@pytest.mark.unit
def test_local_forces_people_and_regions_are_no_states_act():
    # generic forces, a province's police, a people's civilians: the dateline's city may hold them
    text = "Security forces killed 13 terrorists, police said."
    event = _act(text, "killed", ("Security forces",), ("13 terrorists",))
    assert not states_act(text, event, "PK", True)
    text = "Punjab police arrested two suspects."
    assert not states_act(text, _act(text, "arrested", ("Punjab police",)), "PK", True)
    text = "Gunmen shot dead two Pakistani nationals."
    event = _act(text, "shot", ("Gunmen",), ("two Pakistani nationals",))
    assert not states_act(text, event, "PK", True)
    text = "The police arrested the driver of the dumper."
    event = _act(text, "arrested", ("The police",), ("the driver",))
    assert not states_act(text, event, None, True)


# ------------------------------------------------------- end to end


def _places_of(tmp_path, settings, text: str, kind: str) -> list[str | None]:
    from tests.one_article import exported_events

    events = exported_events(tmp_path, settings, text, "2025-05-08")
    return [e.get("location_name") for e in events if e["type"] == kind]


@pytest.mark.nlp
def test_end_to_end_a_foreign_states_arrest_takes_no_dateline_place(tmp_path, settings):
    lead = "NEW DELHI: A court on Monday approved the extradition of the businessman.\n"
    (tmp_path / "us").mkdir()
    text = lead + "He was arrested by US police in 2009.\n"
    assert _places_of(tmp_path / "us", settings, text, "COERCE") == [None]
    # the city's own police: the correspondent's city still places it
    (tmp_path / "home").mkdir()
    text = lead + "He was arrested by police on Sunday.\n"
    assert _places_of(tmp_path / "home", settings, text, "COERCE") == ["NEW DELHI"]


#: a round-up of two incidents, the second placed only through the act it follows
ROUNDUP = (
    "QUETTA: In August, 23 travellers were offloaded from trucks and shot in the Musakhail "
    "district.\nIn April, nine people were forced off a bus and shot dead {} gunmen "
    "blockaded the main highway near Noshki.\n"
)


@pytest.mark.nlp
def test_end_to_end_an_act_takes_the_place_of_the_act_its_sentence_ties_it_to(tmp_path, settings):
    (tmp_path / "after").mkdir()
    places = _places_of(tmp_path / "after", settings, ROUNDUP.format("after"), "ASSAULT")
    assert sorted(places) == ["Musakhail", "Noshki"]
    # an act the sentence sets weeks apart is another incident: its place is not lent
    (tmp_path / "apart").mkdir()
    places = _places_of(tmp_path / "apart", settings, ROUNDUP.format("weeks after"), "ASSAULT")
    assert "Noshki" not in places


@pytest.mark.nlp
def test_end_to_end_an_act_placed_by_a_bearing_keeps_it(tmp_path, settings):
    # the killing has a place of its own ("in the north"): the demolitions' town is not lent
    from tests.one_article import exported_events

    text = (
        "GAZA CITY: Medics said the Israeli military killed at least 13 people in the north of "
        "the enclave on Tuesday and continued to demolish homes in Rafah in the south.\n"
    )
    events = exported_events(tmp_path, settings, text, "2025-04-16")
    killed = [e for e in events if e["type"] == "ASSAULT" and "killed" in e["evidence"][0]["text"]]
    assert killed and all(e.get("location_name") != "Rafah" for e in killed)


@pytest.mark.nlp
def test_end_to_end_an_act_that_triggered_the_other_keeps_its_own_scene(tmp_path, settings):
    # one act causing the next, or dated by a year of its own, is another scene: not lent
    links = {
        "cause": ", which triggered a protest by residents who",
        "year": " in 2023 after gunmen",
    }
    for name, link in links.items():
        (tmp_path / name).mkdir()
        text = ROUNDUP.replace(" {} gunmen", link)
        shootings = [
            e
            for e in _events_of(tmp_path / name, settings, text)
            if e["type"] == "ASSAULT" and "shot dead" in e["evidence"][0]["text"]
        ]
        assert shootings and all(e.get("location_name") != "Noshki" for e in shootings), name


def _events_of(tmp_path, settings, text: str) -> list[dict]:
    from tests.one_article import exported_events

    return exported_events(tmp_path, settings, text, "2025-05-08")
