"""Events on news unlike the archive, session 41 (issue 15: ECB+ pages, Western web news
with no dateline). An attack or arrest on a page with no dateline takes the town its lead
names; who is "under arrest" or "in custody" for an act, or "arrested in the case of" it,
did it; a force named in an arrest's own phrase that hangs on the one held made it; a bare
number fired is the shots' count; a place named as what a distance is measured from is not
the act's. Unit tests on hand-built texts and parses (no model)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dossier.geo import key
from dossier.kb.event_places import DocumentPlaces, lead_place
from dossier.records import Mention
from tests.hand_parses import parse

pytestmark = pytest.mark.unit

# ------------------------------------------------------------------ the lead's town


def _lead_places(text: str, names: list[str], dateline: str | None = None) -> DocumentPlaces:
    """:class:`DocumentPlaces` of ``text`` (sentences split at ". "), ``names`` tagged GPE;
    ``dateline``: the document's dateline text, if it has one."""
    cuts, start = [], 0
    for part in text.split(". "):
        cuts.append(SimpleNamespace(start=start, end=start + len(part) + 1))
        start += len(part) + 2
    mentions = []
    for name in names:
        at = text.index(name)
        index = next(i for i, s in enumerate(cuts) if s.start <= at < s.end)
        mentions.append(Mention(at, at + len(name), name, "GPE", key(name), index))
    analyzed = SimpleNamespace(
        sentences=cuts,
        document=SimpleNamespace(text=text, dateline=dateline),
        mentions=mentions,
        events=[],
    )
    return DocumentPlaces(analyzed, None, {}, mentions)  # type: ignore[arg-type]


_PAGE = (
    "A woman opened fire at a factory in Philadelphia last night, killing two workers. "
    "The shooting happened after she was suspended. About 100 people were inside. "
    "A statement was read. Hiller was taken into custody after a standoff"
)


def _event(text: str, words: str, kind: str = "COERCE") -> SimpleNamespace:
    at = text.index(words)
    sentence = text[:at].count(". ")  # the index of its sentence, cut as _lead_places cuts
    return SimpleNamespace(type=kind, start=at, end=at + len(words), sentence=sentence)


def test_an_arrest_on_a_page_with_no_dateline_takes_the_leads_town():
    places = _lead_places(_PAGE, ["Philadelphia"])
    found = lead_place(places, _event(_PAGE, "Hiller was taken"), 3)  # type: ignore[arg-type]
    assert found is not None and found.text == "Philadelphia"


def test_a_dateline_a_statement_or_no_lead_sentences_take_no_leads_town():
    places = _lead_places(_PAGE, ["Philadelphia"], dateline="PHILADELPHIA")
    assert lead_place(places, _event(_PAGE, "Hiller was taken"), 3) is None  # type: ignore[arg-type]
    places = _lead_places(_PAGE, ["Philadelphia"])
    statement = _event(_PAGE, "A statement was read", "ACCUSE")
    assert lead_place(places, statement, 3) is None  # type: ignore[arg-type]
    assert lead_place(places, _event(_PAGE, "Hiller was taken"), 0) is None  # type: ignore[arg-type]


def test_the_events_own_sentence_lends_it_no_leads_town():
    # the sentence rules refused the place of the act's own sentence (where the minister
    # spoke, not where the convoy was): the lead's rule does not take it back
    text = (
        "Talking to reporters in Lahore on Tuesday, the minister said militants had attacked "
        "a police convoy. He gave no details. Officials were silent"
    )
    places = _lead_places(text, ["Lahore"])
    convoy = _event(text, "militants had attacked", "ASSAULT")
    assert lead_place(places, convoy, 3) is None  # type: ignore[arg-type]
    later = _event(text, "Officials were silent", "ASSAULT")
    found = lead_place(places, later, 3)  # type: ignore[arg-type]
    assert found is not None and found.text == "Lahore"


def test_a_town_named_only_below_the_lead_is_not_the_leads():
    text = (
        "A woman opened fire at a factory last night. The shooting happened after she was "
        "suspended. About 100 people were inside. Hiller was taken into custody in Philadelphia"
    )
    places = _lead_places(text, ["Philadelphia"])
    assert lead_place(places, _event(text, "Hiller was taken"), 3) is None  # type: ignore[arg-type]


# ------------------------------------------------------------------ roles from the grammar

#: the lemmas the rules read, which a hand-built parse lacks
_LEMMAS = {"arrested": "arrest", "fired": "fire", "were": "be", "is": "be", "are": "be"}


def _parse(rows):
    """:func:`tests.hand_parses.parse` with each word's lemma (its lower case, or
    :data:`_LEMMAS`'s)."""
    doc = parse(rows)
    for token in doc:
        token.lemma_ = _LEMMAS.get(token.lower_, token.lower_)
    return doc


def test_who_is_under_arrest_for_a_murder_did_it():
    from dossier.extract.events.roles import _held_for

    doc = _parse(
        [
            ("Hernandez", 1, "nsubj", "PROPN"),
            ("is", 1, "ROOT", "AUX"),
            ("under", 1, "prep", "ADP"),
            ("arrest", 2, "pobj", "NOUN"),
            ("for", 3, "prep", "ADP"),
            ("the", 6, "det", "DET"),
            ("murder", 4, "pobj", "NOUN"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    assert [t.text for t in _held_for(doc[6], "ASSAULT")] == ["Hernandez"]
    assert _held_for(doc[6], "COERCE") == []  # an arrest held for an arrest is no such act


def test_who_is_arrested_in_the_case_of_a_murder_did_it():
    from dossier.extract.events.roles import _held_for

    doc = _parse(
        [
            ("Mr", 1, "compound", "PROPN"),
            ("Velasquez", 3, "nsubjpass", "PROPN"),
            ("were", 3, "auxpass", "AUX"),
            ("arrested", 3, "ROOT", "VERB"),
            ("in", 3, "prep", "ADP"),
            ("the", 6, "det", "DET"),
            ("case", 4, "pobj", "NOUN"),
            ("of", 6, "prep", "ADP"),
            ("the", 9, "det", "DET"),
            ("murder", 7, "pobj", "NOUN"),
            (".", 3, "punct", "PUNCT"),
        ]
    )
    assert [t.text for t in _held_for(doc[9], "ASSAULT")] == ["Velasquez"]
    # "in the case of" with no verb of holding above it names no one
    doc = _parse(
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("spoke", 1, "ROOT", "VERB"),
            ("in", 1, "prep", "ADP"),
            ("the", 4, "det", "DET"),
            ("case", 2, "pobj", "NOUN"),
            ("of", 4, "prep", "ADP"),
            ("the", 7, "det", "DET"),
            ("murder", 5, "pobj", "NOUN"),
        ]
    )
    assert _held_for(doc[7], "ASSAULT") == []


def test_a_force_in_the_arrests_own_phrase_made_it():
    from dossier.extract.events.roles import arresting_forces

    doc = _parse(
        [
            ("A", 1, "det", "DET"),
            ("boss", 7, "nsubjpass", "NOUN"),
            ("arrested", 1, "acl", "VERB"),
            ("in", 2, "prep", "ADP"),
            ("a", 6, "det", "DET"),
            ("police", 6, "compound", "NOUN"),
            ("raid", 3, "pobj", "NOUN"),
            ("died", 7, "ROOT", "VERB"),
        ]
    )
    assert [t.text for t in arresting_forces(doc[2], [doc[5]], [doc[1]])] == ["police"]
    # a force inside the held one's own phrase is theirs, not the arresting one
    doc = _parse(
        [
            ("Two", 1, "nummod", "NUM"),
            ("constables", 5, "nsubjpass", "NOUN"),
            ("of", 1, "prep", "ADP"),
            ("the", 4, "det", "DET"),
            ("police", 2, "pobj", "NOUN"),
            ("arrested", 5, "ROOT", "VERB"),
        ]
    )
    assert arresting_forces(doc[5], [doc[4]], [doc[1]]) == []


def test_a_bare_number_fired_is_the_count_and_where_it_was_aimed_the_target():
    from dossier.extract.events.roles import _counted_shots, _Roles

    doc = _parse(
        [
            ("Hamas", 1, "nsubj", "PROPN"),
            ("fired", 1, "ROOT", "VERB"),
            ("30", 1, "dobj", "NUM"),
            ("into", 1, "prep", "ADP"),
            ("Israel", 3, "pobj", "PROPN"),
        ]
    )
    roles = _Roles(targets=[doc[2]])
    _counted_shots(doc[1], roles)
    assert [t.text for t in roles.targets] == ["Israel"]
    doc = _parse(
        [
            ("They", 1, "nsubj", "PRON"),
            ("fired", 1, "ROOT", "VERB"),
            ("12", 1, "dobj", "NUM"),
            ("into", 1, "prep", "ADP"),
            ("the", 5, "det", "DET"),
            ("air", 3, "pobj", "NOUN"),
        ]
    )
    roles = _Roles(targets=[doc[2]])
    _counted_shots(doc[1], roles)
    assert roles.targets == []


def test_a_place_a_distance_is_measured_from_is_not_the_acts():
    from dossier.extract.events.place_time import _distance_from

    doc = _parse(
        [
            ("one", 0, "ROOT", "NUM"),
            ("within", 3, "quantmod", "ADP"),
            ("20", 3, "nummod", "NUM"),
            ("miles", 0, "pobj", "NOUN"),
            ("of", 3, "prep", "ADP"),
            ("Gadera", 4, "pobj", "PROPN"),
            ("in", 0, "prep", "ADP"),
            ("Israel", 6, "pobj", "PROPN"),
        ]
    )

    def mention(i: int) -> Mention:
        return Mention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, "GPE", doc[i].lower_, 0)

    assert _distance_from(mention(5), doc)
    assert not _distance_from(mention(7), doc)
