"""Issue 15 item 5, round 19: what is an event — a raid in a war is an attack, an attack
"come under" and a clash that "broke out between" two sides have their parties, and a
robbery or an interception at gunpoint or by armed men is an attack.

Fictional sentences with real place names, run through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.test_events import _events

# --------------------------------------------------------------------------- raids of war


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a raid on a country or a first-level region is an incursion or an air raid
        ("Velmoran fighters raided southern Israel on Monday.", "raided"),
        ("The rebels said the enemy launched 17 raids on the Saada governorate.", "raids"),
        # a raid by aircraft is an air raid, whatever it struck
        ("Warplanes carried out heavy raids near Nabatiyeh on Sunday.", "raids"),
    ],
)
def test_a_raid_of_war_is_an_attack(text, trigger, settings) -> None:
    raids = [e for e in _events(text, settings) if e.trigger == trigger]
    assert [e.type for e in raids] == ["ASSAULT"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Police raided a house in Lyari and arrested two suspects.",
        "FIA officials raided a location in Model City on Monday.",
    ],
)
def test_a_police_raid_stays_a_raid(text, settings) -> None:
    raids = [e for e in _events(text, settings) if e.trigger.startswith("raid")]
    assert raids and all(e.type == "COERCE" for e in raids)


# --------------------------------------------------------------------------- parties on the verb


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A police checkpost came under attack in Bannu on Monday.", "police checkpost"),
        (
            "An outlet of a fast-food chain came under an attack in Lahore when a mob pelted "
            "it with stones.",
            "outlet",
        ),
    ],
)
def test_who_came_under_attack_was_attacked(text, target, settings) -> None:
    (attack,) = [e for e in _events(text, settings) if e.trigger == "attack"]
    assert attack.type == "ASSAULT"
    assert any(target in t for t in attack.targets)
    assert not any(target in a for a in attack.actors)


@pytest.mark.nlp
def test_a_clash_that_broke_out_between_two_sides_has_them(settings) -> None:
    text = (
        "Tension gripped the area when a clash broke out between police and lawyers on "
        "Sunday night."
    )
    (clash,) = [e for e in _events(text, settings) if e.trigger == "clash"]
    assert clash.type == "ASSAULT"
    assert clash.actors == ("police",)
    assert clash.targets == ("lawyers",)


# --------------------------------------------------------------------------- taken by force


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Unidentified armed men intercepted two trucks near Noshki on Tuesday.", "intercepted"),
        ("Three youths were intercepted by armed dacoits near Sukkur.", "intercepted"),
        ("Two suspects held up a shopkeeper at gunpoint in Shalimar.", "held"),
        ("The robbers snatched a car at gunpoint in Ferozabad.", "snatched"),
    ],
)
def test_taking_by_force_of_arms_is_an_attack(text, trigger, settings) -> None:
    events = [e for e in _events(text, settings) if e.trigger == trigger]
    assert [e.type for e in events] == ["ASSAULT"]
    assert "gunpoint" not in " ".join(events[0].targets)


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Air defences intercepted two missiles over Riyadh.",
        "The visiting team snatched victory in the last over.",
        "Customs officials intercepted a consignment at the port.",
        "The police took the suspect to the station.",
    ],
)
def test_no_attack_without_arms(text, settings) -> None:
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


# --------------------------------------------------------------------------- a charge's act


@pytest.mark.nlp
def test_a_gerund_the_model_cuts_short_is_still_its_act(settings) -> None:
    # the small model lemmatises "raping" as "rap": the act an arrest is for is an attack
    text = "Police on Monday arrested three suspects for allegedly raping a woman in Lahore."
    (rape,) = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert rape.trigger == "raping"
    assert rape.modality == "alleged"
    assert rape.targets == ("a woman",)
    # the arrest, with no place of its own, is told where the act it was made for was
    (arrest,) = [e for e in _events(text, settings) if e.type == "COERCE"]
    assert arrest.location == "Lahore"


@pytest.mark.nlp
def test_an_arrest_placed_apart_keeps_its_place(settings) -> None:
    text = "Police arrested the man in Karachi for raping a girl in Lahore."
    (arrest,) = [e for e in _events(text, settings) if e.type == "COERCE"]
    assert arrest.location == "Karachi"


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The police registered a case against suspected killers.", "suspected killers"),
        ("A first information report was registered against the driver.", "the driver"),
        ("Police lodged an FIR against the two men on Sunday.", "the two men"),
    ],
)
def test_a_case_registered_against_someone_accuses_them(text, accused, settings) -> None:
    (case,) = [e for e in _events(text, settings) if e.type == "ACCUSE"]
    assert case.targets == (accused,)


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "He registered his company in Dubai.",
        "The party filed a case in the high court.",
        "Reporters filed a report against the deadline.",
    ],
)
def test_no_accusation_without_a_case_against_someone(text, settings) -> None:
    assert not [e for e in _events(text, settings) if e.type == "ACCUSE"]


# --------------------------------------------------------------------------- told in a statement


@pytest.mark.nlp
def test_a_condemned_attack_with_its_place_is_an_attack(settings) -> None:
    # a statement of condolence is often an article's only telling of the attack
    text = (
        "The interior minister strongly condemned the bomb blast near a police vehicle in "
        "Mastung, which claimed the lives of three security personnel."
    )
    events = _events(text, settings)
    (blast,) = [e for e in events if e.type == "ASSAULT"]
    assert blast.trigger == "blast"
    assert blast.location == "Mastung"
    assert [e.type for e in events if e.trigger == "condemned"] == ["ACCUSE"]


@pytest.mark.nlp
def test_condemning_no_attack_tells_none(settings) -> None:
    text = "The minister condemned terrorism in all its forms in Quetta."
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


@pytest.mark.nlp
def test_a_side_implying_guilt_accuses(settings) -> None:
    text = (
        "India, without offering any evidence, has implied cross-border linkages of the "
        "attackers, while Pakistan has strongly denied any involvement."
    )
    (accusation,) = [e for e in _events(text, settings) if e.trigger == "implied"]
    assert accusation.type == "ACCUSE"
    assert accusation.actors == ("India",)
    # nothing named implies nothing
    assert not [e for e in _events("The figures imply that attacks have risen.", settings)]
