"""Whether a state's force, lent to an arrest from another sentence, is of another state than
the arrest: a side acts in its own state.

An arrest told without an agent takes the security force its article names
(:func:`dossier.extract.events.roles.arresting_forces`): "two suspects were arrested" after
"FIA officials raided ..." was the FIA's. A force is a state's, and it arrests in its own
state, so an arrest its sentence places in another country was not that force's ("Fugitive
jeweller Mehul Choksi has been arrested in Belgium" and "He was arrested in Britain in 2019"
in an article whose force is "Indian federal police": Belgium's and Britain's police made
them). The force's state is a country or a people's adjective its own phrase names
("Indian", "Pakistan Army"); the arrest's is a *country* named where its verb is hung on by
"in", "at" or "from" ("arrested in Belgium"). Only a country: a town or territory ("detained
in Jenin", "arrested in IIOJK") is where a state's forces often arrest outside their own
borders (an occupation), and the gazetteer cannot tell that. Either unknown -- no country
named, or a people's adjective the gazetteer does not derive ("Swedish", "British") -- and
nothing is vetoed, as before. Session 37 (issue 15): of the development half's 17 matched
arrests whose actor the gold leaves empty but the export lent from another sentence, two are
arrests abroad of this shape (the others are background arrests and labels' choices).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.geo import load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that place an arrest: "arrested in Belgium", "detained at Istanbul airport"
WHERE_PREPS = frozenset({"in", "at", "from"})
#: entity labels of the place an arrest was made in
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _entity_texts(tokens: list[Token], labels: frozenset[str]) -> list[str]:
    """The texts of the entities of ``labels`` that the tokens stand in, each once."""
    found: dict[int, str] = {}
    for token in tokens:
        if token.ent_type_ not in labels:
            continue
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                found[ent.start] = ent.text
    return list(found.values())


def _country(name: str) -> str | None:
    """The country ``name`` is, or whose people's adjective it is ("Indian" -> IN)."""
    return load_gazetteer().country(name)


def force_state(force: Token) -> str | None:
    """The country a force's own phrase names ("Indian federal police" -> IN, "Pakistan
    Army" -> PK), if exactly one: a capitalised word of the phrase up to the force word (or of
    the entity it stands in) that is a country or its people's adjective. Words, not entity
    labels: the model tags "Pakistan Army" as one organisation."""
    phrase = [t for t in force.subtree if t.i <= force.i] + [force]
    if force.ent_iob_ in ("B", "I"):
        phrase += [t for ent in force.doc.ents if ent.start <= force.i < ent.end for t in ent]
    words = {t.text for t in phrase if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ")}
    states = {_country(w) for w in words} - {None}
    return states.pop() if len(states) == 1 else None


def arrest_states(trigger: Token) -> set[str]:
    """The countries named where an arrest's word is hung on by "in", "at" or "from"
    ("arrested in Belgium"; for an arrest noun, also its verb's: "made the arrest in
    Britain"): the place noun and the words before it, not a phrase inside it ("arrested in
    Milan at the behest of the United States": the "at" phrase names no place)."""
    holders = [trigger]
    if trigger.dep_ in ("dobj", "nsubjpass", "pobj") and trigger.head.pos_ in ("VERB", "ADP"):
        holders.append(trigger.head if trigger.head.pos_ == "VERB" else trigger.head.head)
    places = [
        t
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in WHERE_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
        for t in (*obj.lefts, obj)
    ]
    return {_country(n) for n in _entity_texts(places, PLACE_ENTITIES)} - {None}


def of_another_state(force: Token, trigger: Token) -> bool:
    """Whether ``force`` is of a state other than every one its arrest is placed in."""
    own = force_state(force)
    if own is None:
        return False
    where = arrest_states(trigger)
    return bool(where) and own not in where
