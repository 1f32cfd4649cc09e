"""What is an event, and once (session 24, issue 15 item 5): harm told as the outcome of an
accident the article told just before or in its lead is no ASSAULT ("A dumper hit a man. As a
result, the man was killed"), a list of five places or more is a round-up's summary of
where one campaign acted, not one incident per place, an act hedged by its own noun or by a
hedged involvement in it is alleged, and an arrest coordinated with a purpose infinitive is
only aimed at. Unit tests read hand-built parses (no model)."""

from __future__ import annotations

import pytest

from dossier.extract.events.assembly import (
    MOST_LISTED_PLACES,
    _accident_sentence,
    _accident_told,
    _one_per_place,
)
from dossier.extract.events.roles import _Roles
from dossier.records import EventMention
from tests.test_event_what_r14 import _parse

# "A dumper hit a man ." (a vehicle's mishap)
DUMPER_HIT = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("dumper", "dumper", 2, "nsubj", "NOUN", "NN"),
    ("hit", "hit", 2, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("man", "man", 2, "dobj", "NOUN", "NN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Police stormed a house ." ("storm" the verb is an act, not the weather)
POLICE_STORMED = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("stormed", "storm", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("house", "house", 1, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


def _outcome(opener: str, verb: str, lemma: str) -> list[tuple[str, str, int, str, str, str]]:
    """ "<opener> , the man was <verb> ." (the opener one word), as the second sentence after
    :data:`DUMPER_HIT` (token indices from 6)."""
    return [
        (opener, opener.lower(), 12, "advmod", "ADV", "RB"),
        (",", ",", 12, "punct", "PUNCT", ","),
        ("the", "the", 9, "det", "DET", "DT"),
        ("man", "man", 12, "nsubjpass", "NOUN", "NN"),
        ("was", "be", 12, "auxpass", "AUX", "VBD"),
        ("then", "then", 12, "advmod", "ADV", "RB"),
        (verb, lemma, 12, "ROOT", "VERB", "VBN"),
        (".", ".", 12, "punct", "PUNCT", "."),
    ]


def _two(first: list, opener: str = "Then", verb: str = "killed", lemma: str = "kill"):
    """A parse of ``first`` (six tokens) and an outcome sentence after it."""
    rows = [*first, *_outcome(opener, verb, lemma)]
    if len(first) != 6:  # re-base the second sentence's heads on the first's length
        shift = len(first) - 6
        rows = [*first, *[(w, lm, h + shift, d, p, t) for w, lm, h, d, p, t in rows[6:]]]
    return _parse(rows)


@pytest.mark.unit
def test_harm_told_after_a_vehicle_mishap_is_its_outcome():
    doc = _two(DUMPER_HIT)
    killed = doc[12]
    assert killed.lower_ == "killed"
    assert _accident_sentence(doc[2].sent)
    assert _accident_told(killed, _Roles())


@pytest.mark.unit
@pytest.mark.parametrize(
    ("opener", "verb", "lemma", "roles"),
    [
        ("Then", "shot", "shoot", _Roles()),  # a shooting is an attack whatever came before
        ("Separately", "killed", "kill", _Roles()),  # another incident
        ("Meanwhile", "killed", "kill", _Roles()),
        ("Then", "murdered", "murder", _Roles()),  # an attack's verb, not an outcome
    ],
)
def test_an_attack_or_another_incident_after_an_accident_stays(opener, verb, lemma, roles):
    doc = _two(DUMPER_HIT, opener, verb, lemma)
    assert not _accident_told(doc[12], roles)


@pytest.mark.unit
def test_an_outcome_with_a_doer_stays():
    doc = _two(DUMPER_HIT)
    roles = _Roles(actors=[doc[9]])  # "the man" standing in for a named killer
    assert not _accident_told(doc[12], roles)


@pytest.mark.unit
def test_no_accident_before_no_outcome():
    doc = _two(POLICE_STORMED)
    assert not _accident_sentence(doc[1].sent)  # "stormed" is no storm
    assert not _accident_told(doc[11], _Roles())


def _event(trigger: tuple[int, int], start: int, end: int) -> EventMention:
    """An arrest told at ``trigger``, placed at ``start:end`` of its sentence."""
    return EventMention(
        type="COERCE",
        mode="arrest",
        modality="asserted",
        trigger=trigger,
        actors=(),
        targets=(),
        location=(start, end),
        time=None,
        start=0,
        end=60,
        sentence=0,
    )


def _listed(places: list[str]):
    """ "They were arrested in A , B ... and Z ." with each place a proper name coordinated
    with the first."""
    rows = [
        ("They", "they", 2, "nsubjpass", "PRON", "PRP"),
        ("were", "be", 2, "auxpass", "AUX", "VBD"),
        ("arrested", "arrest", 2, "ROOT", "VERB", "VBN"),
        ("in", "in", 2, "prep", "ADP", "IN"),
        (places[0], places[0], 3, "pobj", "PROPN", "NNP"),
    ]
    for i, place in enumerate(places[1:], start=1):
        if i == len(places) - 1:
            rows.append(("and", "and", 4, "cc", "CCONJ", "CC"))
        else:
            rows.append((",", ",", 4, "punct", "PUNCT", ","))
        rows.append((place, place, 4, "conj", "PROPN", "NNP"))
    rows.append((".", ".", 2, "punct", "PUNCT", "."))
    return _parse(rows)


@pytest.mark.unit
@pytest.mark.parametrize("count", [2, 3, MOST_LISTED_PLACES, MOST_LISTED_PLACES + 1, 7])
def test_a_long_list_of_places_is_one_round_up(count):
    names = ["Attock", "Bhakkar", "Chiniot", "Daska", "Hafizabad", "Jhang", "Kasur"][:count]
    doc = _listed(names)
    first, verb = doc[4], doc[2]
    event = _event((verb.idx, verb.idx + len(verb)), first.idx, first.idx + len(first))
    events = _one_per_place([event], doc, [])
    # up to MOST_LISTED_PLACES places an incident each (ACLED's one event per location);
    # past that, one
    assert len(events) == (count if count <= MOST_LISTED_PLACES else 1)


# "Police arrested men for their alleged involvement in the rape ." (not "suspects", which
# alleges what they are suspected of on its own)
INVOLVEMENT_IN = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "ROOT", "VERB", "VBD"),
    ("men", "man", 1, "dobj", "NOUN", "NNS"),
    ("for", "for", 2, "prep", "ADP", "IN"),
    ("their", "their", 6, "poss", "PRON", "PRP$"),
    ("alleged", "allege", 6, "amod", "VERB", "VBN"),
    ("involvement", "involvement", 3, "pobj", "NOUN", "NN"),
    ("in", "in", 6, "prep", "ADP", "IN"),
    ("the", "the", 9, "det", "DET", "DT"),
    ("rape", "rape", 7, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "Police named the alleged mastermind of the attack ."
MASTERMIND_OF = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("named", "name", 1, "ROOT", "VERB", "VBD"),
    ("the", "the", 4, "det", "DET", "DT"),
    ("alleged", "alleged", 4, "amod", "ADJ", "JJ"),
    ("mastermind", "mastermind", 1, "dobj", "NOUN", "NN"),
    ("of", "of", 4, "prep", "ADP", "IN"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("attack", "attack", 5, "pobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "A woman was killed , allegedly by her husband ."
ALLEGEDLY_BY = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("woman", "woman", 3, "nsubjpass", "NOUN", "NN"),
    ("was", "be", 3, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 3, "ROOT", "VERB", "VBN"),
    (",", ",", 3, "punct", "PUNCT", ","),
    ("allegedly", "allegedly", 6, "advmod", "ADV", "RB"),
    ("by", "by", 3, "agent", "ADP", "IN"),
    ("her", "her", 8, "poss", "PRON", "PRP$"),
    ("husband", "husband", 6, "pobj", "NOUN", "NN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_an_act_hedged_by_its_noun_or_its_doer_is_alleged():
    from dossier.extract.events.modality import modality

    rows = [*MASTERMIND_OF]
    rows[4] = ("rape", "rape", 1, "dobj", "NOUN", "NN")  # "named the alleged rape ..."
    assert modality(_parse(rows)[4]) == "alleged"
    assert modality(_parse(INVOLVEMENT_IN)[9]) == "alleged"
    assert modality(_parse(ALLEGEDLY_BY)[3]) == "alleged"
    # the hedge on someone else (the mastermind) is no hedge on the attack
    assert modality(_parse(MASTERMIND_OF)[7]) == "asserted"
    rows = [*INVOLVEMENT_IN]
    rows[5] = ("proven", "prove", 6, "amod", "VERB", "VBN")
    assert modality(_parse(rows)[9]) == "asserted"


# "Police launched a search to locate the men and apprehend the attackers ."
TO_LOCATE_AND = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("launched", "launch", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 3, "det", "DET", "DT"),
    ("search", "search", 1, "dobj", "NOUN", "NN"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("locate", "locate", 1, "advcl", "VERB", "VB"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("men", "man", 5, "dobj", "NOUN", "NNS"),
    ("and", "and", 5, "cc", "CCONJ", "CC"),
    ("apprehend", "apprehend", 5, "conj", "VERB", "VB"),
    ("the", "the", 11, "det", "DET", "DT"),
    ("attackers", "attacker", 9, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_an_arrest_coordinated_with_a_purpose_infinitive_is_only_aimed_at():
    from dossier.extract.events.assembly import _aimed_at

    doc = _parse(TO_LOCATE_AND)
    assert _aimed_at(doc[9])
    rows = [*TO_LOCATE_AND]
    rows[4] = ("they", "they", 5, "nsubj", "PRON", "PRP")  # "they located ... and apprehended"
    rows[5] = ("located", "locate", 1, "conj", "VERB", "VBD")
    rows[9] = ("apprehended", "apprehend", 5, "conj", "VERB", "VBD")
    assert not _aimed_at(_parse(rows)[9])
