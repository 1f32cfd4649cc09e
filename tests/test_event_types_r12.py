"""What is an incident (session 12): an arrest or attack that is only the aim of what the
sentence tells ("launched a search operation to apprehend the attackers"), one told as a
habit ("are being targeted", "often targeted"), a tally counted "since" a start or a war's
toll are no incidents; "a gun battle" is one. Unit tests read hand-built parses (no model);
the end-to-end tests run the pipeline on fictional sentences with real place names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.assembly import _aimed_at, _counted_since, _habitual, _tally
from dossier.extract.events.lexicon import _gun_battle, _trigger
from dossier.extract.events.roles import _Roles
from tests import hand_parses

#: English's vocabulary without a model: what gives a hand-built token its lower-case form
VOCAB = hand_parses.VOCAB  # one blank English vocabulary for every hand-built parse


def _parse(rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """A parse from rows of (word, lemma, head index, dependency, POS, tag)."""
    words, lemmas, heads, deps, pos, tags = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)


# "Police launched a search operation to apprehend the attackers ."
PURPOSE = [
    ("Police", "police", 1, "nsubj", "NOUN", "NNS"),
    ("launched", "launch", 1, "ROOT", "VERB", "VBD"),
    ("a", "a", 4, "det", "DET", "DT"),
    ("search", "search", 4, "compound", "NOUN", "NN"),
    ("operation", "operation", 1, "dobj", "NOUN", "NN"),
    ("to", "to", 6, "aux", "PART", "TO"),
    ("apprehend", "apprehend", 1, "advcl", "VERB", "VB"),
    ("the", "the", 8, "det", "DET", "DT"),
    ("attackers", "attacker", 6, "dobj", "NOUN", "NNS"),
    (".", ".", 1, "punct", "PUNCT", "."),
]
# "A manhunt is underway to apprehend the culprits ."
STATE = [
    ("A", "a", 1, "det", "DET", "DT"),
    ("manhunt", "manhunt", 2, "nsubj", "NOUN", "NN"),
    ("is", "be", 2, "ROOT", "AUX", "VBZ"),
    ("underway", "underway", 2, "acomp", "ADJ", "JJ"),
    ("to", "to", 5, "aux", "PART", "TO"),
    ("apprehend", "apprehend", 2, "xcomp", "VERB", "VB"),
    ("the", "the", 7, "det", "DET", "DT"),
    ("culprits", "culprit", 5, "dobj", "NOUN", "NNS"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Militants tried to attack a post ."
ATTEMPT = [
    ("Militants", "militant", 1, "nsubj", "NOUN", "NNS"),
    ("tried", "try", 1, "ROOT", "VERB", "VBD"),
    ("to", "to", 3, "aux", "PART", "TO"),
    ("attack", "attack", 1, "xcomp", "VERB", "VB"),
    ("a", "a", 5, "det", "DET", "DT"),
    ("post", "post", 3, "dobj", "NOUN", "NN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(("rows", "at", "aimed"), [(PURPOSE, 6, True), (STATE, 5, True)])
def test_an_arrest_that_is_only_an_aim_is_no_incident(rows, at, aimed):
    assert _aimed_at(_parse(rows)[at]) is aimed


@pytest.mark.unit
def test_an_attempt_a_verb_controls_stays_an_act():
    # "tried to attack": an attempt, which the guide counts as an act that happened
    assert not _aimed_at(_parse(ATTEMPT)[3])
    # the verb of the sentence itself is no aim
    assert not _aimed_at(_parse(PURPOSE)[1])


# "Muslims are being targeted ."
PROGRESSIVE = [
    ("Muslims", "muslim", 3, "nsubjpass", "PROPN", "NNPS"),
    ("are", "be", 3, "aux", "AUX", "VBP"),
    ("being", "be", 3, "auxpass", "AUX", "VBG"),
    ("targeted", "target", 3, "ROOT", "VERB", "VBN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]
# "Muslims were targeted ."
PAST = [
    ("Muslims", "muslim", 2, "nsubjpass", "PROPN", "NNPS"),
    ("were", "be", 2, "auxpass", "AUX", "VBD"),
    ("targeted", "target", 2, "ROOT", "VERB", "VBN"),
    (".", ".", 2, "punct", "PUNCT", "."),
]
# "Officials are often targeted ."
OFTEN = [
    ("Officials", "official", 3, "nsubjpass", "NOUN", "NNS"),
    ("are", "be", 3, "auxpass", "AUX", "VBP"),
    ("often", "often", 3, "advmod", "ADV", "RB"),
    ("targeted", "target", 3, "ROOT", "VERB", "VBN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("rows", "at", "habit"), [(PROGRESSIVE, 3, True), (OFTEN, 3, True), (PAST, 2, False)]
)
def test_a_habit_is_no_incident(rows, at, habit):
    assert _habitual(_parse(rows)[at]) is habit


# "2,222 people have been killed since Israel resumed strikes ."
SINCE = [
    ("2,222", "2,222", 1, "nummod", "NUM", "CD"),
    ("people", "people", 4, "nsubjpass", "NOUN", "NNS"),
    ("have", "have", 4, "aux", "AUX", "VBP"),
    ("been", "be", 4, "auxpass", "AUX", "VBN"),
    ("killed", "kill", 4, "ROOT", "VERB", "VBN"),
    ("since", "since", 7, "mark", "SCONJ", "IN"),
    ("Israel", "Israel", 7, "nsubj", "PROPN", "NNP"),
    ("resumed", "resume", 4, "advcl", "VERB", "VBD"),
    ("strikes", "strike", 7, "dobj", "NOUN", "NNS"),
    (".", ".", 4, "punct", "PUNCT", "."),
]
# "2,222 people were killed on Monday ."
ONE_DAY = [
    ("2,222", "2,222", 1, "nummod", "NUM", "CD"),
    ("people", "people", 3, "nsubjpass", "NOUN", "NNS"),
    ("were", "be", 3, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 3, "ROOT", "VERB", "VBN"),
    ("on", "on", 3, "prep", "ADP", "IN"),
    ("Monday", "Monday", 4, "pobj", "PROPN", "NNP"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_toll_counted_since_a_start_is_a_tally():
    doc = _parse(SINCE)
    killed = doc[4]
    assert _counted_since(killed)
    # the start is an act ("since Israel resumed strikes"): the toll is that campaign's
    assert not _counted_since(killed, frozenset({8}))
    assert _tally(killed, _Roles(targets=[doc[1]])) == 2222
    one_day = _parse(ONE_DAY)
    assert not _counted_since(one_day[3])


# "a heavy gun battle" / "a legal battle"
GUN_BATTLE = [
    ("a", "a", 3, "det", "DET", "DT"),
    ("heavy", "heavy", 3, "amod", "ADJ", "JJ"),
    ("gun", "gun", 3, "compound", "NOUN", "NN"),
    ("battle", "battle", 3, "ROOT", "NOUN", "NN"),
]
LEGAL_BATTLE = [
    ("a", "a", 2, "det", "DET", "DT"),
    ("legal", "legal", 2, "amod", "ADJ", "JJ"),
    ("battle", "battle", 2, "ROOT", "NOUN", "NN"),
]


@pytest.mark.unit
def test_a_gun_battle_is_an_armed_clash_and_a_legal_battle_is_not():
    assert _gun_battle(_parse(GUN_BATTLE)[3])
    assert _trigger(_parse(GUN_BATTLE)[3]) == ("ASSAULT", "firearms")
    assert not _gun_battle(_parse(LEGAL_BATTLE)[2])
    assert _trigger(_parse(LEGAL_BATTLE)[2]) is None


# --------------------------------------------------------------------------- end to end


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "Police launched a search operation in Bannu to apprehend the attackers.",
        "A manhunt is underway in Quetta to apprehend the culprits.",
        "Thirty raiding teams have been formed in Karachi to arrest these suspects.",
    ],
)
def test_no_arrest_is_stored_for_an_aim(text, settings):
    from tests.test_events import _events

    assert not [e for e in _events(text, settings) if e.type == "COERCE" and e.mode == "arrest"]


@pytest.mark.nlp
def test_an_arrest_told_beside_an_aim_stays(settings):
    from tests.test_events import _events

    text = "Police arrested two suspects in Bannu who had come to attack the shrine."
    arrests = [e for e in _events(text, settings) if e.type == "COERCE"]
    assert len(arrests) == 1 and "two suspects" in arrests[0].targets
    assert not [e for e in _events(text, settings) if e.type == "ASSAULT"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("At least 2,222 people have been killed in Gaza since October 2023.", False),
        ("Israel's offensive in Gaza killed more than 48,000 people, officials said.", False),
        ("Clashes have claimed at least 130 lives in Kurram since November.", False),
        ("Three people were killed in a blast in Quetta on Monday.", True),
    ],
)
def test_a_tally_is_no_incident(text, incident, settings):
    from tests.test_events import _events

    killings = [
        e
        for e in _events(text, settings)
        if e.type == "ASSAULT" and e.trigger in ("killed", "claimed", "Clashes", "blast")
    ]
    assert bool(killings) is incident


@pytest.mark.nlp
def test_a_gun_battle_is_an_incident_where_it_is_the_only_word(settings):
    from tests.test_events import _events

    text = "The gun battle between the two tribes occurred over a piece of land in Sibi."
    (event,) = [e for e in _events(text, settings) if e.type == "ASSAULT"]
    assert event.mode == "firearms"


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police booked 68 PTI workers in Okara and arrested six activists.", "68 PTI workers"),
        ("Three youths were booked on Wednesday for allegedly kidnapping a student.", "youths"),
        ("The police booked two men under Section 188 in Karachi.", "two men"),
    ],
)
def test_a_police_case_booked_against_someone_is_an_accusation(text, target, settings):
    from tests.test_events import _events

    events = _events(text, settings)
    (case,) = [e for e in events if e.type == "ACCUSE" and e.trigger == "booked"]
    assert any(target in t for t in case.targets)
    # the act they are booked for is alleged, not asserted
    assert all(e.modality == "alleged" for e in events if e.trigger == "kidnapping")


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        "The drugs were recovered from a parcel booked to New Zealand.",
        "He booked a flight to Dubai on Monday.",
    ],
)
def test_booking_a_seat_or_a_parcel_is_no_case(text, settings):
    from tests.test_events import _events

    assert not [e for e in _events(text, settings) if e.trigger == "booked"]


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a demanded act has not happened, the second of two demanded acts neither
        (
            "They asked the government to withdraw the cases and release the jirga leaders.",
            "release",
            "hypothetical",
        ),
        # (the demanded arrest itself is no event since session 14: test_event_what_r14)
        (
            "The protesters demanded that police arrest the killers and release the workers.",
            "release",
            "hypothetical",
        ),
        ("Militants will attack the post and kill the guards.", "attack", "planned"),
        # an asked question tells what happened
        ("He asked why the police had arrested his son.", "arrested", "asserted"),
        # a shared "not" does not reach the act told against it
        ("Police did not arrest him but detained his brother.", "detained", "asserted"),
        ("Police raided the house and arrested three suspects.", "raided", "asserted"),
    ],
)
def test_a_demanded_or_coordinated_act_has_the_modality_it_is_told_with(
    text, trigger, modality, settings
):
    from tests.test_events import _events

    found = [e for e in _events(text, settings) if e.trigger == trigger]
    assert found and all(e.modality == modality for e in found), found


@pytest.mark.nlp
def test_a_large_seizure_is_no_tally(settings):
    # what an arrest or a seizure counts is what was taken, not many acts (a CASE 2021 text)
    from tests.test_events import _events

    text = "234 pistols and 17,000 bullets were captured in the capital Addis Ababa."
    assert [e for e in _events(text, settings) if e.type == "COERCE"]
