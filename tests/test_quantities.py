"""Quantities: each range and hedge form on fictional text, the figures that are
not claims, and the seeds. The real spaCy pipeline runs; names are invented."""

from __future__ import annotations

import pytest

from dossier.clean import clean
from dossier.extract.nlp import analyze
from dossier.extract.quantities import FIGURE, read_figure
from dossier.ingest.files import read_all
from dossier.records import ClaimMention, Document, Quantity

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def figures(settings, text: str) -> list[ClaimMention]:
    document = Document(id="t", source="t.txt", raw_hash="h", text=text)
    found = [c for c in next(iter(analyze([document], settings))).claims if c.kind == "quantity"]
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        assert claim.quantity is not None
    return found


def one(settings, text: str) -> tuple[ClaimMention, Quantity]:
    found = figures(settings, text)
    assert len(found) == 1, found
    assert found[0].quantity is not None
    return found[0], found[0].quantity


def about(text: str, claim: ClaimMention) -> str | None:
    return text[slice(*claim.subject)] if claim.subject else None


# --- reading figures (no parse) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "hedge"),
    [
        ("up to 1,000", None, 1000, "up to"),
        ("5,000 to 7,000", 5000, 7000, None),
        ("Around a thousand", 1000, 1000, "around"),
        ("some 300", 300, 300, "some"),
        ("several", 3, None, "several"),
        ("several hundred", 300, None, "several"),
        ("at least 14", 14, None, "at least"),
        ("more than 2,000", 2000, None, "more than"),
        ("$300 to $500", 300, 500, None),
        ("$1 billion", 1e9, 1e9, None),
        ("between 12 and 15", 12, 15, None),
        ("5 to 7 million", 5e6, 7e6, None),
        ("two or three", 2, 3, None),
        ("twenty-five", 25, 25, None),
        ("a dozen", 12, 12, None),
        ("dozens", 24, None, "dozens"),
        ("tens of thousands", 20_000, None, "tens of thousands"),
        ("as many as 40", None, 40, "as many as"),
        ("surpassing 100", 100, None, "surpassing"),  # "attacks surpassing 100": above it
        ("exceeding 5,000", 5000, None, "exceeding"),
    ],
)
def test_read_figure(text, low, high, hedge):
    match = FIGURE.search(text)
    assert match is not None and match.group() == text
    figure = read_figure(match)
    assert figure is not None
    assert (figure.low, figure.high, figure.hedge) == (low, high, hedge)


def test_money_sign_is_read():
    figure = read_figure(FIGURE.search("paid $300 to $500 per month"))
    assert figure is not None and figure.currency == "USD"


def test_no_figure_inside_words():
    assert [m.group() for m in FIGURE.finditer("COVID-19 closures, 01/22/2024, G20, 3:30")] == []


# --- each form through the pipeline ---------------------------------------------------------------


def test_up_to_with_subject_and_speaker(settings):
    text = "Analysts believe the Silver Crescent Brigade could have up to 1,000 fighters."
    claim, q = one(settings, text)
    assert q == Quantity(min=None, max=1000, unit="fighter", hedge="up to")
    assert about(text, claim) == "Silver Crescent Brigade"
    assert text[slice(*claim.speaker)] == "Analysts"
    assert claim.text == text


def test_range_subject_is_who_sent_them(settings):
    text = "The Northern Legion sent 5,000 to 7,000 fighters to the front last year."
    claim, q = one(settings, text)
    assert (q.min, q.max, q.unit, q.hedge) == (5000, 7000, "fighter", None)
    assert about(text, claim) == "Northern Legion"


def test_around_a_thousand_counts_what_the_sentence_before_counted(settings):
    text = (
        "The Northern Legion lost most of its recruits. "
        "Around a thousand have crossed the border since March."
    )
    claim, q = one(settings, text)
    assert (q.min, q.max, q.unit, q.hedge) == (1000, 1000, "recruit", "around")
    assert claim.text == "Around a thousand have crossed the border since March."
    assert about(text, claim) == "Northern Legion"


def test_the_number_of_names_what_a_bare_figure_counts(settings):
    # not the nearest plural ("attacks"): the figure is the number of deaths
    text = (
        "Velmora ranked second in the Harrow Index, with the number of deaths in "
        "terrorist attacks rising by 45 per cent over the past year to 1,081."
    )
    units = {q.quantity.unit for q in figures(settings, text) if q.quantity}
    assert "death" in units and "attack" not in units


def test_states_of_the_counted_join_the_unit(settings):
    # held and freed are two measures, so the two figures never compare
    text = (
        "More than 9,500 Ostrandi prisoners were being held in Velmoran prisons. "
        "Under the deal, about 1,900 prisoners are to be freed."
    )
    units = sorted(q.quantity.unit for q in figures(settings, text) if q.quantity)
    assert units == ["prisoner held", "prisoner released"]


def test_some_with_casualty_verb_and_of_subject(settings):
    text = "Police arrested some 300 fighters of the Northern Legion in the raid."
    claim, q = one(settings, text)
    assert (q.min, q.unit, q.hedge) == (300, "fighter arrested", "some")
    assert about(text, claim) == "Northern Legion"


def test_several_is_a_lower_bound(settings):
    _, q = one(settings, "Soldiers captured several militants near the Vell River dam.")
    assert q == Quantity(min=3, max=None, unit="militant captured", hedge="several")


def test_at_least_killed(settings):
    _, q = one(settings, "At least 14 people were killed in the blast at the Harbour Market.")
    assert (q.min, q.max, q.hedge) == (14, None, "at least")
    assert q.unit.endswith(" killed")


def test_more_than(settings):
    _, q = one(settings, "Customs officers seized more than 2,000 rifles from the Legion.")
    assert q == Quantity(min=2000, max=None, unit="rifle", hedge="more than")


def test_money_per_month(settings):
    text = "The Silver Crescent Brigade pays its recruits $300 to $500 per month."
    claim, q = one(settings, text)
    assert q == Quantity(min=300, max=500, unit="USD per month")
    assert about(text, claim) == "Silver Crescent Brigade"


def test_money_billion(settings):
    _, q = one(settings, "The Coastal Alliance announced a $1 billion reconstruction fund.")
    assert (q.min, q.max, q.unit) == (1e9, 1e9, "USD")


def test_two_of_his_bodyguards_were_killed(settings):
    text = (
        "Colonel Arvid Lindqvist was killed in an ambush on the coast road. "
        "Two of his bodyguards were also killed."
    )
    claim, q = one(settings, text)
    assert (q.min, q.max, q.unit) == (2, 2, "bodyguard killed")
    assert about(text, claim) == "Arvid Lindqvist"


def test_a_cell_of_seven_men(settings):
    text = "Police dismantled a cell of seven Silver Crescent Brigade men in the port."
    claim, q = one(settings, text)
    assert (q.min, q.max, q.unit) == (7, 7, "man")
    assert about(text, claim) == "Silver Crescent Brigade"


def test_two_figures_in_one_sentence(settings):
    text = "The Northern Legion has between 12 and 15 camps, and as many as 40 trucks."
    camps, trucks = figures(settings, text)
    assert (camps.quantity.min, camps.quantity.max, camps.quantity.unit) == (12, 15, "camp")
    assert trucks.quantity == Quantity(min=None, max=40, unit="truck", hedge="as many as")
    assert camps.text == trucks.text == text


def test_percentages_are_kept(settings):
    _, q = one(settings, "Turnout in the Vell valley fell to 38 percent.")
    assert (q.min, q.unit) == (38, "%")


def test_attributed_figures_carry_the_speaker(settings):
    text = "Police said that 40 militants of the Northern Legion were arrested."
    claim, q = one(settings, text)
    assert (q.min, q.unit) == (40, "militant arrested")
    assert (text[slice(*claim.speaker)], claim.cue) == ("Police", "say")
    text = "According to the Riverside Monitoring Group, the Northern Legion has 600 fighters."
    claim, q = one(settings, text)
    assert text[slice(*claim.speaker)] == "Riverside Monitoring Group"
    assert claim.cue == "according to"
    assert about(text, claim) == "Northern Legion"


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, the Northern Legion opened an office on March 3.",
        "Its founder, a 45-year-old engineer, met the council at 10:30 for the second time.",
        "The Anti-Terrorism Act 1997 was amended under Section 144 last year.",
        "Call 0300-1234567 for details.",
        "The plan must be finished within five years, and one of the ministers resigned.",
        "The two countries signed the deal.",
        "Between 2019-2021, the Legion was active.",
    ],
)
def test_not_claims(settings, text):
    assert figures(settings, text) == []


# --- seeds ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_figures(seeds, settings) -> dict[str, list[tuple[str, ClaimMention]]]:
    documents = [d for raw in read_all([seeds], settings.max_file_bytes) for d in clean(raw)]
    found: dict[str, list[tuple[str, ClaimMention]]] = {}
    for analyzed in analyze(documents, settings):
        seed = analyzed.document.source.split("/")[-1][:3]
        for claim in analyzed.claims:
            if claim.kind == "quantity":
                found.setdefault(seed, []).append((analyzed.document.text, claim))
    return found


def pick(seed_figures, seed: str, **expected: object) -> tuple[str, ClaimMention]:
    for text, claim in seed_figures[seed]:
        q = claim.quantity
        if q is not None and all(getattr(q, k) == v for k, v in expected.items()):
            assert text[claim.start : claim.end] == claim.text
            return text, claim
    raise AssertionError(f"no figure {expected} in seed {seed}: {seed_figures[seed]}")


def test_seed_000_up_to_1000_fighters_of_the_group(seed_figures):
    text, claim = pick(seed_figures, "000", max=1000, hedge="up to", unit="fighter")
    assert claim.quantity.min is None
    assert about(text, claim) in {"the group", "Zainabiyoun Brigade"}


def test_seed_000_skips_law_years_and_dates(seed_figures):
    values = {c.quantity.min for _, c in seed_figures["000"]}
    assert not values & {1997, 2016, 2019, 2020, 2021}


def test_seed_002_figures(seed_figures):
    text, claim = pick(seed_figures, "002", min=5000, max=7000, unit="fighter")
    assert about(text, claim) == "Liwa Zainebiyoun"
    _, claim = pick(seed_figures, "002", min=1000, max=1000, hedge="around")
    _, claim = pick(seed_figures, "002", min=300, hedge="some")
    assert claim.quantity.unit.startswith("fighter")
    pick(seed_figures, "002", min=300, max=500, unit="USD per month")
    text, claim = pick(seed_figures, "002", min=7, max=7, unit="man")
    assert about(text, claim) == "Liwa Zainebiyoun"


def test_seed_003_bodyguards_killed(seed_figures):
    found = [c for _, c in seed_figures["003"] if c.quantity.unit == "bodyguard killed"]
    assert [(c.quantity.min, c.quantity.max) for c in found] == [(2, 2), (2, 2)]


def test_numbers_that_name_or_describe_are_not_counts():
    from dossier.extract.quantities import FIGURE, not_a_count, read_figure

    def flags(text: str) -> dict[str, bool]:
        found = {}
        for match in FIGURE.finditer(text):
            figure = read_figure(match)
            if figure is not None:
                found[text[figure.start : figure.end]] = not_a_count(text, figure)
        return found

    ages = flags(
        "The dead were identified as Shumaila Bibi, 35; Areesh Khan, 40, and Jahanzeb, 70."
    )
    assert ages == {"35": True, "40": True, "70": True}
    sections = flags("A case was registered under sections 302, 324 and 34 of the PPC and 7 ATA.")
    assert sections == {"302": True, "324": True, "34": True, "7": True}
    glossed = flags(
        "The FIR was registered under Sections 147 (punishment for rioting), 148 (rioting, "
        "armed with deadly weapon), 149 (every member of unlawful assembly guilty of offence) "
        "and 302 (premeditated murder); 12 people (all men) were held."
    )
    assert glossed == {"147": True, "148": True, "149": True, "302": True, "12": False}
    assert flags("Rescue 1122 officials said 12 people were injured.") == {
        "1122": True,
        "12": False,
    }
    assert flags("Havildar Manzoor Ali (Age: 38 years) and a 25-year-old man.") == {
        "38": True,
        "25": True,
    }
    counts = flags("Security forces killed 16 terrorists; only 300 people and 151 vendors.")
    assert set(counts.values()) == {False}
    # a number in a compound modifier describes its noun; a force's strength still counts
    described = flags(
        "The seven-member bench backed the two-state solution and a 20-point agenda; "
        "a 1,000-strong force and 5-10 people were there."
    )
    assert described == {
        "seven": True,
        "two": True,
        "20": True,
        "1,000": False,
        "5-10": False,
    }


def test_a_figures_source_is_not_its_subject(settings):
    text = (
        "The Northern Legion broke the truce in May. "
        "According to the Harwick Institute for Peace Studies, the country saw a total of "
        "444 attacks in 2024."
    )
    (claim,) = [c for c in figures(settings, text) if c.quantity.min == 444]
    # neither the cited body nor the actor of the sentence before is what the tally counts
    assert about(text, claim) not in {"Harwick Institute for Peace Studies", "Northern Legion"}


def test_an_incident_toll_holds_on_its_day_not_on_another_clauses_month(settings):
    from dossier.kb.facts import claim_identity

    text = (
        "An air strike killed two villagers in Dunmore on Saturday, local officials said, "
        "as mediators pushed to extend the ceasefire agreed in January."
    )
    document = Document(id="t", source="t.txt", raw_hash="h", text=text, published="2025-03-09")
    analyzed = next(iter(analyze([document], settings)))
    (claim,) = [c for c in analyzed.claims if c.kind == "quantity"]
    assert claim_identity(analyzed, claim)["holds_on"] == "2025-03-08"
