"""One incident once on long articles (session 28): a sentence with no day of its own that
points back at the incident just told -- a definite noun ("The attack took place near the
Ring Road Mall Mandi area"), a definite or pronoun victim ("Police said the victim ... was
targeted by assailants in the Qadirabad area") -- names that incident's site, so it joins
that incident's event though the gazetteer cannot file the site; an indefinite phrase or a
numbered incident ("the second attack") does not. A place written with its district
("Speenwam of North Waziristan") is the same place as its bare name ("Speenwam")."""

from __future__ import annotations

import pytest

from dossier.kb.event_reports import _listed_name, _name_told_finer
from dossier.kb.incident_breaks import told_by_reference
from dossier.records import EventMention
from tests.one_article import exported_events


def _event(sentence: str, trigger: str, targets: tuple[str, ...] = ()) -> EventMention:
    """An event of ``sentence`` (the whole text) with its trigger and targets found by text."""
    start = sentence.index(trigger)
    spans = tuple((sentence.index(t), sentence.index(t) + len(t)) for t in targets)
    return EventMention(
        type="ASSAULT",
        mode=None,
        trigger=(start, start + len(trigger)),
        start=0,
        end=len(sentence),
        sentence=0,
        targets=spans,
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "trigger", "targets", "told"),
    [
        ("The attack took place near the Ring Road area.", "attack", (), True),
        ("Sources said the IED explosion occurred near Mirali.", "explosion", (), True),
        ("Following his detention, he was shifted to a jail.", "detention", (), True),
        ("Police said the victim was shot in X.", "shot", ("the victim",), True),
        ("They were kidnapped in the Sholam area on Thursday.", "kidnapped", ("They",), True),
        ("Officials said their vehicle was hit on the road.", "hit", ("their vehicle",), True),
        # a new incident comes in indefinite, numbered or named
        ("A policeman was martyred in an attack in Gwadar.", "attack", ("A policeman",), False),
        ("The second attack took place in Bannu.", "attack", (), False),
        ("The recent attack on the cantonment was claimed.", "attack", (), False),
        ("He said that gunmen tried to abduct three locals.", "abduct", ("three locals",), False),
        ("The rebels stop attacking ships.", "attacking", ("ships",), False),
        ("It probes the killing of 15 aid workers.", "killing", ("15 aid workers",), False),
        # conventional definites and verbs are no reference to an incident told
        ("The terrorists attacked the police.", "attacked", ("the police",), False),
        ("The militants stormed a school.", "stormed", ("a school",), False),
        ("Police arrested the Punjab leaders.", "arrested", ("the Punjab leaders",), False),
    ],
)
def test_what_points_back_at_the_incident_told(
    sentence: str, trigger: str, targets: tuple[str, ...], told: bool
) -> None:
    assert told_by_reference(sentence, _event(sentence, trigger, targets)) is told


@pytest.mark.unit
@pytest.mark.parametrize(
    ("one", "other", "finer"),
    [
        ("Speenwam", "Speenwam of North Waziristan", True),
        ("Mirali", "Mirali, North Waziristan", True),
        ("Bagan", "Bagan in Kurram district", True),
        ("Tehran", "Tehran University", False),  # a site in the city, not the city
        ("Gilgit", "Gilgit-Baltistan", False),  # a city and the region named after it
        ("M-1 Motorway", "M-1 Motorway Islamabad", False),
        ("Speenwam", "Speenwam", False),
        (None, "Speenwam", False),
    ],
)
def test_a_name_with_its_district_is_the_same_place(
    one: str | None, other: str | None, finer: bool
) -> None:
    assert _name_told_finer(one, other) is finer


@pytest.mark.unit
@pytest.mark.parametrize(
    ("sentence", "name", "listed"),
    [
        ("Demonstrations were held in Hunza, Gilgit and Skardu, where ...", "Hunza", True),
        ("Demonstrations were held in Hunza, Gilgit and Skardu, where ...", "Skardu", True),
        ("The victim was targeted by assailants in the Qadirabad area.", "Qadirabad", False),
        (
            "The attack took place near the Ring Road Mall Mandi area.",
            "Ring Road Mall Mandi",
            False,
        ),
        ("The attack took place near the Ring Road.", None, False),
    ],
)
def test_a_name_of_a_list_is_no_incident_site(
    sentence: str, name: str | None, listed: bool
) -> None:
    assert _listed_name(sentence, name) is listed


_RETOLD = (
    "QUETTA: Three policemen were martyred in an ambush in the Sariab area of Quetta on "
    "Wednesday night.\n\n"
    "Just a day ago, a Frontier Corps soldier lost his life in a gun attack in the Noshki "
    "area.\n\n"
    "Police said the victim, identified as Muhammad Zahir, was targeted by assailants riding "
    "motorcycles in the Qadirabad area.\n\n"
)


@pytest.mark.nlp
def test_a_retelling_with_a_finer_site_joins_its_incident_end_to_end(tmp_path, settings) -> None:
    events = exported_events(tmp_path, settings, _RETOLD, "2025-04-10")
    told = [[ev["text"] for ev in e["evidence"]] for e in events if e["type"] == "ASSAULT"]
    # "the victim ... in the Qadirabad area" is the soldier's attack told again at its site
    retold = [said for said in told if any("Qadirabad" in s for s in said)]
    assert len(retold) == 1 and any("Frontier Corps" in s for s in retold[0]), told
    # the Sariab ambush stays its own incident
    assert any(all("Sariab" in s for s in said) for said in told), told
