"""Participants of session 21 (issue 15 item 3, roles from the grammar), bucketed from the
`--errors` lists of the least-tuned sets. A past tense with its own direct object that the
parser hung on the noun before it as a reduced relative ("Israeli airstrikes killed at least
54 Palestinians ..., medics said") is that noun's act: a passive participle has no direct
object. A seizure from someone's "possession" is a search of that someone, whatever word
names them ("a motorcyclist", "a drug dealer"), so the article's arresting force made it. An
agency that announces an arrest through one of its people ("A spokesman for the FIA said X
was arrested") or is the "by" phrase of a passive arrest made it, and is the arresting
force of the report's other agentless arrests. "They" as the subject of an adverbial clause
("had entered Pakistan when they were detained") is the subject of the clause it modifies,
and a clause's "he" with no person before it as a subject is the one name its sentence gave
as a possessor ("Nasrallah's funeral, which came months after he was killed"). A gerund told
as a noun has its doer in a "by" phrase ("reports about shelling on the hideouts by security
forces"), when that is someone ("travelling by road" is how). A name in -s the parser split
off by its apostrophe ("Hamas’ smaller ally Islamic Jihad said it fired ...") owns the
subject after it and does not act; what is fired "into" a place struck it. People "on" a
place are where they were ("four people on Jala Street" are the people). Unit tests
read hand-built parses; the end-to-end ones run the pipeline on sentences written for them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.extract.events.roles import (
    _announcer,
    _antecedent,
    _clause_subject,
    _misread_past,
    _named_arresters,
    _participle,
    _stray_possessor,
    _subjects,
    _verb_roles,
    taken_from_someone,
)
from tests.test_event_roles_r19 import _doc
from tests.test_event_what_r14 import VOCAB
from tests.test_events import _events, _one

# "Ostrand airstrikes killed 12 people , medics said ." as the small model parses it: "killed"
# an ``acl`` of "airstrikes", which is the subject of "said"
_MISREAD = [
    ("Ostrand", "Ostrand", 1, "amod", "ADJ", "JJ"),
    ("airstrikes", "airstrike", 7, "nsubj", "NOUN", "NNS"),
    ("killed", "kill", 1, "acl", "VERB", "VBN"),
    ("12", "12", 4, "nummod", "NUM", "CD"),
    ("people", "people", 2, "dobj", "NOUN", "NNS"),
    (",", ",", 7, "punct", "PUNCT", ","),
    ("medics", "medic", 7, "nsubj", "NOUN", "NNS"),
    ("said", "say", 7, "ROOT", "VERB", "VBD"),
    (".", ".", 7, "punct", "PUNCT", "."),
]

# "The suspects arrested on Friday were jailed ." -- a true reduced passive: no object
_REDUCED_PASSIVE = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("suspects", "suspect", 6, "nsubjpass", "NOUN", "NNS"),
    ("arrested", "arrest", 1, "acl", "VERB", "VBN"),
    ("on", "on", 2, "prep", "ADP", "IN"),
    ("Friday", "Friday", 3, "pobj", "PROPN", "NNP"),
    ("were", "be", 6, "auxpass", "AUX", "VBD"),
    ("jailed", "jail", 6, "ROOT", "VERB", "VBN"),
    (".", ".", 6, "punct", "PUNCT", "."),
]

# "BAJAUR : Police arrested an accused ." -- a wire dateline the parser took for the head
_DATELINE = [
    ("BAJAUR", "BAJAUR", 0, "ROOT", "PROPN", "NNP"),
    (":", ":", 0, "punct", "PUNCT", ":"),
    ("Police", "police", 3, "nsubj", "NOUN", "NNS"),
    ("arrested", "arrest", 0, "acl", "VERB", "VBN"),
    ("an", "an", 5, "det", "DET", "DT"),
    ("accused", "accused", 3, "dobj", "NOUN", "NN"),
    (".", ".", 0, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_participle_with_a_direct_object_is_its_noun_s_own_act():
    doc = _doc(_MISREAD)
    killed = doc[2]
    assert _misread_past(killed)
    assert not _participle(killed)
    roles = _verb_roles(killed, "ASSAULT")
    assert [t.text for t in roles.actors] == ["airstrikes"]  # absorbed later: Ostrand's
    assert [t.text for t in roles.targets] == ["people"]  # never the airstrikes themselves


@pytest.mark.unit
def test_a_reduced_passive_stays_a_participle():
    doc = _doc(_REDUCED_PASSIVE)
    arrested = doc[2]
    assert not _misread_past(arrested)
    assert _participle(arrested)
    roles = _verb_roles(arrested, "COERCE")
    assert [t.text for t in roles.actors] == []
    assert roles.targets[0].text == "suspects"  # the noun is the one arrested


@pytest.mark.unit
def test_a_dateline_taken_for_the_head_is_no_subject():
    doc = _doc(_DATELINE)
    assert not _misread_past(doc[3])  # "BAJAUR" did not arrest; the parse's own subject did


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "CAIRO: Israeli airstrikes killed at least 54 Palestinians across the Gaza Strip "
            "on Thursday, medics said.",
            "Israeli",
            "Palestinians",
        ),
        (
            "An Israeli air strike killed at least 29 Palestinians in a home in Shujaiya.",
            "Israeli",
            "Palestinians",
        ),
    ],
)
def test_the_maker_of_strikes_that_killed_acts(settings, text, actor, target):
    event = _one(_events(text, settings), "ASSAULT")
    assert any(actor in a for a in event.actors)
    assert any(target in t for t in event.targets)
    assert not any("strike" in t for t in event.targets)


@pytest.mark.nlp
def test_a_reduced_passive_keeps_its_noun_as_the_one_acted_on(settings):
    event = _one(
        _events("The suspects arrested on Friday in Quetta were sent to jail.", settings),
        "COERCE",
    )
    assert event.actors == ()
    assert any("suspects" in t for t in event.targets)


def _recovered(tail: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """ "Hashish was recovered from <tail> ." with the tail's heads counted from 0."""
    return _doc(
        [
            ("Hashish", "hashish", 2, "nsubjpass", "NOUN", "NN"),
            ("was", "be", 2, "auxpass", "AUX", "VBD"),
            ("recovered", "recover", 2, "ROOT", "VERB", "VBN"),
            ("from", "from", 2, "prep", "ADP", "IN"),
            *tail,
            (".", ".", 2, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
def test_a_seizure_from_someone_s_possession_is_taken_from_someone():
    doc = _recovered(
        [
            ("the", "the", 5, "det", "DET", "DT"),
            ("possession", "possession", 3, "pobj", "NOUN", "NN"),
            ("of", "of", 5, "prep", "ADP", "IN"),
            ("a", "a", 8, "det", "DET", "DT"),
            ("motorcyclist", "motorcyclist", 6, "pobj", "NOUN", "NN"),
        ]
    )
    recovered = doc[2]
    roles = _verb_roles(recovered, "COERCE")
    assert [t.text for t in roles.targets] == ["motorcyclist"]
    assert taken_from_someone(recovered, roles.targets)


@pytest.mark.unit
def test_a_seizure_from_a_thing_is_taken_from_no_one():
    doc = _recovered(
        [
            ("cavities", "cavity", 3, "pobj", "NOUN", "NNS"),
            ("of", "of", 4, "prep", "ADP", "IN"),
            ("a", "a", 7, "det", "DET", "DT"),
            ("vehicle", "vehicle", 5, "pobj", "NOUN", "NN"),
        ]
    )
    recovered = doc[2]
    assert not taken_from_someone(recovered, _verb_roles(recovered, "COERCE").targets)


@pytest.mark.nlp
def test_a_seizure_from_a_possession_is_the_reporting_force_s(settings):
    text = (
        "Anti-Narcotics Force (ANF) recovered 120 kg drugs and arrested nine suspects, said "
        "an ANF spokesman on Monday. He said 250 grams heroin was recovered from the "
        "possession of a motorcyclist near Main Korangi Road, Karachi."
    )
    events = _events(text, settings)
    (seizure,) = [e for e in events if any("motorcyclist" in t for t in e.targets)]
    assert any("Force" in a or "ANF" in a for a in seizure.actors), seizure


def _said_arrested(subject: list[tuple[str, str, int, str, str, str, str]]) -> Doc:
    """ "<subject> said Ali was arrested ." with the subject's heads counted from 0 and
    each row's last column its entity tag."""
    n = len(subject)
    rows = [
        *subject,
        ("said", "say", n, "ROOT", "VERB", "VBD", "O"),
        ("Ali", "Ali", n + 3, "nsubjpass", "PROPN", "NNP", "B-PERSON"),
        ("was", "be", n + 3, "auxpass", "AUX", "VBD", "O"),
        ("arrested", "arrest", n, "ccomp", "VERB", "VBN", "O"),
        (".", ".", n, "punct", "PUNCT", ".", "O"),
    ]
    words, lemmas, heads, deps, pos, tags, ents = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (  # "A spokesman for the FIA"
            [
                ("A", "a", 1, "det", "DET", "DT", "O"),
                ("spokesman", "spokesman", 5, "nsubj", "NOUN", "NN", "O"),
                ("for", "for", 1, "prep", "ADP", "IN", "O"),
                ("the", "the", 4, "det", "DET", "DT", "O"),
                ("FIA", "FIA", 2, "pobj", "PROPN", "NNP", "B-ORG"),
            ],
            "FIA",
        ),
        (  # "An ANF Headquarters spokesman"
            [
                ("An", "an", 3, "det", "DET", "DT", "O"),
                ("ANF", "ANF", 2, "compound", "PROPN", "NNP", "B-ORG"),
                ("Headquarters", "Headquarters", 3, "compound", "PROPN", "NNP", "I-ORG"),
                ("spokesman", "spokesman", 4, "nsubj", "NOUN", "NN", "O"),
            ],
            "Headquarters",
        ),
        (  # "The CTD"
            [
                ("The", "the", 1, "det", "DET", "DT", "O"),
                ("CTD", "CTD", 2, "nsubj", "PROPN", "NNP", "B-ORG"),
            ],
            "CTD",
        ),
    ],
)
def test_an_agency_announcing_an_arrest_through_its_people_made_it(subject, body):
    doc = _said_arrested(subject)
    arrested = doc[len(subject) + 3]
    assert [t.text for t in _announcer(arrested)] == [body]
    assert [t.text for t in _named_arresters(doc)] == [body]


@pytest.mark.unit
def test_a_person_or_a_plain_official_announces_no_agency():
    doc = _said_arrested(
        [
            ("The", "the", 1, "det", "DET", "DT", "O"),
            ("official", "official", 2, "nsubj", "NOUN", "NN", "O"),
        ]
    )
    assert _announcer(doc[5]) == []
    assert _named_arresters(doc) == []


@pytest.mark.nlp
def test_the_agency_of_a_report_arrests_the_ones_it_lists(settings):
    text = (
        "GUJRAT: Five traffickers have been arrested during a crackdown by the Federal "
        "Investigation Agency (FIA). A spokesman for the FIA said Arshad Ali was arrested for "
        "taking money from a complainant. Similarly, another man, Asif Javed, was arrested "
        "for taking Rs1.5m from a complainant."
    )
    arrests = [e for e in _events(text, settings) if e.type == "COERCE"]
    assert len(arrests) == 3
    assert all(any("FIA" in a for a in e.actors) for e in arrests), arrests


# "The scholars had entered Pakistan when they were detained ." / "... when police said they
# were detained ."
_WHEN_THEY = [
    ("The", "the", 1, "det", "DET", "DT"),
    ("scholars", "scholar", 3, "nsubj", "NOUN", "NNS"),
    ("had", "have", 3, "aux", "AUX", "VBD"),
    ("entered", "enter", 3, "ROOT", "VERB", "VBN"),
    ("Pakistan", "Pakistan", 3, "dobj", "PROPN", "NNP"),
    ("when", "when", 8, "advmod", "SCONJ", "WRB"),
    ("they", "they", 8, "nsubjpass", "PRON", "PRP"),
    ("were", "be", 8, "auxpass", "AUX", "VBD"),
    ("detained", "detain", 3, "advcl", "VERB", "VBN"),
    (".", ".", 3, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_they_of_an_adverbial_clause_is_the_subject_of_the_clause_it_modifies():
    doc = _doc(_WHEN_THEY)
    assert _clause_subject(doc[6]).text == "scholars"


@pytest.mark.unit
def test_they_of_a_reported_clause_is_left_to_the_reporter_rule():
    rows = list(_WHEN_THEY)
    rows[3] = ("said", "say", 3, "ROOT", "VERB", "VBD")
    rows[8] = ("detained", "detain", 3, "advcl", "VERB", "VBN")
    assert _clause_subject(_doc(rows)[6]) is None


# "Crowds attended Nasrallah 's funeral , which came after he was killed ."
_FUNERAL = [
    ("Crowds", "crowd", 1, "nsubj", "NOUN", "NNS"),
    ("attended", "attend", 1, "ROOT", "VERB", "VBD"),
    ("Nasrallah", "Nasrallah", 4, "poss", "PROPN", "NNP"),
    ("'s", "'s", 2, "case", "PART", "POS"),
    ("funeral", "funeral", 1, "dobj", "NOUN", "NN"),
    (",", ",", 1, "punct", "PUNCT", ","),
    ("which", "which", 7, "nsubj", "PRON", "WDT"),
    ("came", "come", 1, "advcl", "VERB", "VBD"),
    ("after", "after", 11, "mark", "SCONJ", "IN"),
    ("he", "he", 11, "nsubjpass", "PRON", "PRP"),
    ("was", "be", 11, "auxpass", "AUX", "VBD"),
    ("killed", "kill", 7, "advcl", "VERB", "VBN"),
    (".", ".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_clause_s_he_is_the_one_name_given_as_a_possessor():
    doc = _doc(_FUNERAL)
    assert _antecedent(doc[9]).text == "Nasrallah"


@pytest.mark.unit
def test_a_person_subject_before_outranks_a_possessor():
    # "Nasrallah 's guard , a man who fled , died after he was shot ."
    doc = _doc(
        [
            ("Nasrallah", "Nasrallah", 2, "poss", "PROPN", "NNP"),
            ("'s", "'s", 0, "case", "PART", "POS"),
            ("guard", "guard", 9, "nsubj", "NOUN", "NN"),
            (",", ",", 2, "punct", "PUNCT", ","),
            ("a", "a", 5, "det", "DET", "DT"),
            ("man", "man", 2, "appos", "NOUN", "NN"),
            ("who", "who", 7, "nsubj", "PRON", "WP"),
            ("fled", "flee", 5, "relcl", "VERB", "VBD"),
            (",", ",", 2, "punct", "PUNCT", ","),
            ("died", "die", 9, "ROOT", "VERB", "VBD"),
            ("after", "after", 13, "mark", "SCONJ", "IN"),
            ("he", "he", 13, "nsubjpass", "PRON", "PRP"),
            ("was", "be", 13, "auxpass", "AUX", "VBD"),
            ("shot", "shoot", 9, "advcl", "VERB", "VBN"),
            (".", ".", 9, "punct", "PUNCT", "."),
        ]
    )
    assert _antecedent(doc[11]).text == "guard"  # the subject, not the possessor


def _gerund(by: tuple[str, str, str]) -> Doc:
    """ "Reports about shelling on hideouts by <by> ." (word, lemma, tag of the by-object)."""
    word, lemma, tag = by
    return _doc(
        [
            ("Reports", "report", 0, "ROOT", "NOUN", "NNS"),
            ("about", "about", 0, "prep", "ADP", "IN"),
            ("shelling", "shell", 1, "pcomp", "VERB", "VBG"),
            ("on", "on", 2, "prep", "ADP", "IN"),
            ("hideouts", "hideout", 3, "pobj", "NOUN", "NNS"),
            ("by", "by", 2, "prep", "ADP", "IN"),
            (word, lemma, 5, "pobj", "NOUN", tag),
            (".", ".", 0, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.unit
def test_a_gerund_told_as_a_noun_has_its_doer_in_a_by_phrase():
    roles = _verb_roles(_gerund(("troops", "troop", "NNS"))[2], "ASSAULT")
    assert [t.text for t in roles.actors] == ["troops"]
    assert [t.text for t in roles.targets] == ["hideouts"]


@pytest.mark.unit
def test_a_gerund_s_by_phrase_of_a_thing_is_no_doer():
    roles = _verb_roles(_gerund(("road", "road", "NN"))[2], "ASSAULT")
    assert roles.actors == []


# "Hamas ’ ally Jihad said it fired rockets into the kibbutz ." as the small model parses it:
# "Hamas" and "ally" both subjects of "said"
_APOSTROPHE = [
    ("Hamas", "Hamas", 4, "nsubj", "PROPN", "NNP"),
    ("’", "’", 0, "punct", "PUNCT", "''"),
    ("ally", "ally", 4, "nsubj", "NOUN", "NN"),
    ("Jihad", "Jihad", 2, "appos", "PROPN", "NNP"),
    ("said", "say", 4, "ROOT", "VERB", "VBD"),
    ("it", "it", 6, "nsubj", "PRON", "PRP"),
    ("fired", "fire", 4, "ccomp", "VERB", "VBD"),
    ("rockets", "rocket", 6, "dobj", "NOUN", "NNS"),
    ("into", "into", 6, "prep", "ADP", "IN"),
    ("the", "the", 10, "det", "DET", "DT"),
    ("kibbutz", "kibbutz", 8, "pobj", "NOUN", "NN"),
    (".", ".", 4, "punct", "PUNCT", "."),
]


@pytest.mark.unit
def test_a_name_split_off_by_its_apostrophe_owns_the_subject_after_it():
    doc = _doc(_APOSTROPHE)
    assert _stray_possessor(doc[0])
    assert not _stray_possessor(doc[2])
    assert [t.text for t in _subjects(doc[4])] == ["ally"]


@pytest.mark.unit
def test_what_is_fired_into_a_place_strikes_it():
    roles = _verb_roles(_doc(_APOSTROPHE)[6], "ASSAULT")
    assert [t.text for t in roles.targets] == ["kibbutz"]
    assert [t.text for t in roles.themes] == ["rockets"]


@pytest.mark.nlp
def test_the_ally_not_its_possessor_fired(settings):
    event = _one(
        _events(
            "Hamas’ smaller ally Islamic Jihad said it fired rockets into the kibbutz of "
            "Holit near Gaza on Thursday.",
            settings,
        ),
        "ASSAULT",
    )
    assert any("Islamic Jihad" in a for a in event.actors), event
    assert any("Holit" in t or "kibbutz" in t for t in event.targets), event


@pytest.mark.nlp
def test_people_on_a_street_are_the_people_not_the_street(settings):
    event = _one(
        _events(
            "Later on Thursday, separate Israeli airstrikes killed at least four people on "
            "Jala Street in downtown Gaza City, medics said.",
            settings,
        ),
        "ASSAULT",
    )
    assert any("people" in t for t in event.targets), event
    assert not any("Jala" in t for t in event.targets), event
