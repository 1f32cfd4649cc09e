"""Resolve stage: group mentions into entities.

Mentions whose normalised names are equal (see :func:`dossier.names.normalize_name`) are
merged across all documents. Each grouping key is mapped to an entity id with the *reason*
for the mapping, so that later fuzzy or manual merges can explain themselves. Names and
types are chosen by evidence across every mention, not by the first one seen: spaCy labels
the same militia PERSON in one sentence and ORG in the next.

This module is the orchestrator the rest of the code calls: :func:`corefer` (one
document's mentions read in their text, mended, typed and keyed), :func:`update_entities`
(a batch's keys linked to the store's entities), :func:`refresh`, reference import and the
manual merge and split. The rules they apply live in the modules named after what they
do (session 39): :mod:`~dossier.kb.entity_keys`, :mod:`~dossier.kb.name_types`,
:mod:`~dossier.kb.mention_words`, :mod:`~dossier.kb.descriptions`,
:mod:`~dossier.kb.name_spans`, :mod:`~dossier.kb.outlet_credits`,
:mod:`~dossier.kb.lone_names`, :mod:`~dossier.kb.offices`, :mod:`~dossier.kb.acronyms`,
:mod:`~dossier.kb.cued_labels`, :mod:`~dossier.kb.not_names`,
:mod:`~dossier.kb.document_cues`, :mod:`~dossier.kb.entity_links` and
:mod:`~dossier.kb.surname_links`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import cast

from dossier import geo, names
from dossier.config import news_agencies
from dossier.extract.nlp import DESCRIPTION
from dossier.ingest.refs import Reference
from dossier.kb import context_types, generic_names, name_cues, office_letters, place_spans
from dossier.kb.acronyms import (
    _expansion,
    _expansion_label,
    _letters_named_otherwise,
    _whole_expansions,
    acronym_definitions,
    link_acronyms,
    link_definitions,
)
from dossier.kb.cued_labels import (
    _PLACE_PARTS,
    _cued_label,
    _full_surnames,
    _groups_throughout,
    _honoured,
    _place_label,
    _places_joined,
)
from dossier.kb.descriptions import (
    _POSSESSIVE_INSIDE,
    _antecedent,
    _common_noun_letters,
    _compound_letters,
    _defined_common_noun,
    _head_fits,
    _is_bare_generic,
    _joins_a_body,
    _kind_head,
    _modifier_class,
    _modifiers_fit,
    _not_a_reference,
    _open_modifiers_fit,
)
from dossier.kb.document_cues import (
    _aliases_of_people,
    _bare_laws,
    _cut_from_whole,
    _nicknames_follow,
    _owned_places,
    _people_by_cue,
    _people_by_surname,
    _places_by_cue,
    _places_of_places,
    _station_names,
    _surname_throughout,
)
from dossier.kb.entity_keys import (
    _SURNAME_LABELS,
    HONOURED,
    LONE,
    SCOPE,
    WEAK,
    entity_id,
    scoped_key,
)
from dossier.kb.entity_links import (
    BatchReads,
    _blocks_of,
    _describe,
    find_link,
    is_full_name,
    key_profiles,
    link_weak_names,
    names_beside,
)
from dossier.kb.listed_places import listed_places
from dossier.kb.lone_names import (
    _PEOPLE_OR_PLACE,
    _SPEAKER_AFTER,
    _aged,
    _bodies_in_the_plural,
    _cued_places,
    _ends_a_list,
    _exact_surname,
    _family_word,
    _first_names_of,
    _given_name_as_body,
    _given_name_as_place,
    _given_name_of,
    _group_word,
    _links_follow_scope,
    _listed_alone,
    _listed_with_people,
    _lone_person,
    _one_of_a_people,
    _people_for_word,
    _person_numbered,
    _ranks_listed,
    _river_of_town,
    _route_place,
    _unplaced_word,
    _unseen_or_lone,
    _used_as_adjective,
)
from dossier.kb.mention_words import _ARTICLE_BEFORE, _FAMILY_AFTER, _NAME_AFTER, _THE_BEFORE
from dossier.kb.name_spans import (
    _begins_another,
    _coordinated_names,
    _full_name,
    _joined_people,
    _local_only,
    _name_it_begins,
    _only_as_place,
    _person_after_chamber,
    _rest_of_unknown_name,
    _span_of_whole,
    _trimmed,
    _weapon_models,
    _whole_body,
    _whole_facility,
    _whole_law,
    _whole_locality,
    _whole_name,
    _whole_person,
)
from dossier.kb.name_types import _known_place, _numbered_treaty, gazetteer_place, summarize
from dossier.kb.not_names import (
    _capitalised_by_position,
    _names_nothing_here,
    _not_a_name,
    _shouted_word,
)
from dossier.kb.offices import (
    _REPLICATED_HEAD_AFTER,
    _holderless_office,
    _jurisdiction_keys,
    _missions,
    _national_bodies,
    _office_after_title,
    _office_of_a_place,
    _office_opened,
    _office_without_jurisdiction,
    _offices,
    _offices_before_holders,
    _offices_in_plural,
    _offices_written,
    _replicated_office,
    _title_only,
    _titled_holder,
)
from dossier.kb.outlet_credits import _credited_outlets, _outlets, _uncredited
from dossier.kb.resolution_reads import ResolutionReads
from dossier.kb.surname_links import (
    _lone_people_outside,
    _one_word,
    _words_of_lone_people,
    link_surnames,
)
from dossier.names import normalize_name
from dossier.records import AnalyzedDocument, Mention
from dossier.store.base import EntityRow, Store


def corefer(analyzed: AnalyzedDocument, agencies: Sequence[str] | None = None) -> AnalyzedDocument:
    """Resolve weak references inside one document, where they are unambiguous.

    A surname ("Usmani") takes the key and type of the only full name in the
    document it fits ("Mufti Taqi Usmani"), whatever label the model gave it.
    An acronym takes the key of its expansion when the document defines it or
    names exactly one expansion. A bare title ("the Prime Minister") takes the
    one person the document names with that title, or is dropped. A
    description ("the militant outfit") takes the key and type of its
    antecedent organisation, or is dropped. Outlets and wire services
    ("Dawn", "APP", "Reuters") are dropped: they are sources, not actors.
    Everything else is unchanged; weak references never reach other documents.
    """
    agencies = news_agencies() if agencies is None else agencies
    outlets = _outlets(analyzed, agencies)
    # an agency known by its capitals ("SANA", "APP") credits a report only in capitals: "Sana"
    # is a woman's name, "the app" an application
    lettered = {normalize_name(a) for a in agencies if a.isupper()}
    gazetteer = geo.load_gazetteer()
    text = analyzed.document.text
    document_id = analyzed.document.id
    # "Karachi Road Accidents Analysis Team (Kraat)": letters written as a word (``worded``),
    # read as letters only where the report defines them so
    defined, worded = acronym_definitions(text)
    offices = _offices(defined)
    common = _common_noun_letters(text, defined) | _compound_letters(
        analyzed.mentions, text, defined
    )
    outlets |= _credited_outlets(analyzed.mentions, text, defined)
    # spans the model cut inside a place's name or a joint dateline: mended first, so no
    # rule below reads a "Dera" or a "KARACHI / SUKKUR" (see dossier.kb.place_spans)
    pieces = place_spans.dateline_places(analyzed.mentions, text, analyzed.sentences)
    pieces = place_spans.joined_places(pieces, text, gazetteer, analyzed.sentences)
    pieces = _coordinated_names(pieces)
    # a "place" or "body" after an honorific is a man here ("Mr Zehri"), and not the town or
    # tribe the store names by the word: he stays in his report unless it names him in full
    honoured = {
        (m.start, m.end)
        for m in pieces
        if m.via == "ner"
        and m.label in ("PERSON", "ORG", "FAC", "GPE", "NORP", "LOC")
        and _honoured(m, text, gazetteer)
    }
    surnames = _full_surnames(pieces)
    mentions = [
        _cued_label(_place_label(m, gazetteer, text, surnames), text, gazetteer)
        for m in _owned_places(
            [
                _person_after_chamber(
                    _whole_law(_whole_facility(_whole_locality(_trimmed(m), text), text), text),
                    text,
                )
                for m in pieces
            ],
            gazetteer,
        )
        if (m.key not in outlets or (m.key in lettered and not m.text.isupper()))
        and not _not_a_name(m)
        and not generic_names.month_named(m, text)
        and not _offices_in_plural(m, text)
        and not context_types.bodies_in_the_plural(m, text)
        and not _names_nothing_here(m, text, gazetteer, offices)
        and not name_cues.cut_head(m, text)
        and not name_cues.amount(m)
        and not name_cues.rank_cut(m, text)
        and not name_cues.inside_institution(m, text)
        and not _office_of_a_place(m, gazetteer)
        and not _holderless_office(m, text, gazetteer)
        and not _defined_common_noun(m, common)
        and not _capitalised_by_position(m, text, pieces)
        and not _shouted_word(m, text)
    ]
    # "Khyber Pakhtunkhwa and Punjab": two places, where the span was kept (generic_names)
    mentions = generic_names.coordinated_places(mentions, text, gazetteer)
    # "in Ahmed Pur Sharqia, Muzaffarabad, Kotli and Muridke": a list's items are of one kind
    mentions = listed_places(mentions, text, gazetteer)
    people_words = {
        w.lower().strip(".,;:’'")
        for m in pieces
        if m.label == "PERSON" and len(m.text.split()) >= 2
        for w in m.text.split()
    }
    mentions = [
        opened
        for m in mentions
        if (opened := _office_opened(m, text, people_words, gazetteer, document_id)) is not None
    ]
    # "SP Arif", "RPO Dera", "Kohat RPO": the post's holder of this report (office_letters)
    mentions = [
        replace(m, key=scoped_key(m.key, document_id), label="PERSON")
        if SCOPE not in m.key and office_letters.letters_and_one_word(m)
        else m
        for m in mentions
    ]
    taken = [(m.start, m.end) for m in mentions]
    mentions = [_numbered_treaty(m, text, taken) for m in mentions]
    # a facility or a publication named so once is so throughout its report (name_cues)
    mentions = _groups_throughout(
        name_cues.facilities_throughout(_places_joined(mentions, text), text), text, gazetteer
    )
    mentions = _uncredited(name_cues.titled_works(mentions, text, gazetteer), text)
    mentions = _whole_expansions(mentions, text, defined, offices)
    mentions = _joined_people(mentions, text, gazetteer)
    spans = [(m.start, m.end) for m in mentions]
    mentions = [
        _whole_body(_whole_person(m, text, spans), text, spans, gazetteer) for m in mentions
    ]
    mentions = _people_by_cue(
        _places_by_cue(_bare_laws(mentions, document_id), text), text, gazetteer
    )
    mentions = [
        replace(m, label="NORP") if _family_word(m, text) or _one_of_a_people(m, text) else m
        for m in mentions
    ]
    mentions = [_river_of_town(m, text, gazetteer) for m in mentions]
    mentions = _weapon_models(mentions, text, gazetteer)
    # a post named by its kind alone ("Leader of the Opposition", "Speaker of the House") is
    # one holder per report (generic_names; roads named by their kind were tried and left),
    # and so is a police unit named by its kind ("City Police Station", generic_names)
    local = {
        m.key
        for m in mentions
        if _local_only(m)
        or _replicated_office(m)
        or generic_names.generic_name(m)
        or generic_names.generic_unit(m)
    }
    # "the Bibas family": many unrelated families share a surname ("the Khan family"), so the
    # family a report names by it is that report's, as a lone person's word is
    local |= {
        m.key
        for m in mentions
        if m.label == "NORP"
        and _FAMILY_AFTER.match(text, m.end)
        and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
    }
    stations = _station_names(mentions, text, gazetteer)
    local |= stations
    mentions = [replace(m, label="FAC") if m.key in stations else m for m in mentions]
    mentions, nicknames = _aliases_of_people(mentions, text)
    local |= nicknames
    mentions = _people_by_surname(mentions)
    mentions = _places_of_places(mentions)
    # a "person" named with an organisation word ("Kataib Hezbollah") is the model's slip, and
    # so is one that hyphen-joins a body the document names ("Netanyahu-Hamas talks", "Help
    # Anti-Taliban"): neither is anybody whose surname a lone "Hamas" could be
    bodies = {m.key for m in mentions if m.label in ("ORG", "GPE", "LOC", "NORP")}
    people = [
        m
        for m in mentions
        if m.label == "PERSON"
        and len(m.key.split()) >= 2
        and not set(m.key.split()) & set(names.GENERIC_CLASSES)
        and not _joins_a_body(m.text, bodies)
    ]
    full_names = [
        m for m in mentions if m.via == "ner" and m.label != DESCRIPTION and is_full_name(m.text)
    ]
    # keys the document uses for a people or a place; not a word whose every "place" is a
    # person's last name by :func:`_unplaced_word` ("Sharaa" the model calls GPE and ORG)
    peoples = frozenset(
        m.key
        for m in mentions
        if m.label in _PEOPLE_OR_PLACE and not _unplaced_word(m, text, gazetteer)
    )
    resolved: list[Mention] = []
    # the men a list may name: full names, and the one-word names the model itself calls
    # persons ("identified as Saifullah, Irfanullah and Rahila", the last typed a place)
    listed_people = people + [
        m for m in mentions if m.label == "PERSON" and len(m.key.split()) == 1
    ]
    person_keys = {p.key for p in people if p.via != "surname"}
    place_keys = {m.key: m.label for m in mentions if m.label in ("GPE", "LOC")}
    cued_places = _cued_places(mentions, text)
    for position, mention in enumerate(mentions):
        if _office_after_title(mention):
            continue  # "PM [Office]", "General [Headquarters]": a body's name, cut; nobody
        if (
            mention.via == "surname"
            and mention.key in place_keys
            and mention.key not in person_keys
        ):
            # the parser's surname link (dossier.nlp.lone_surnames) went to a "person" the
            # cues showed is a place ("Kurram" of "Upper Kurram"): the word is that place
            label = place_keys.get(mention.key, mention.label)
            if _cut_from_whole(mention, text):
                # "Khyber [Pakhtunkhwa]": the model cut the place's name where it is written
                # whole, so the word is that place, not one of its own, and its span the
                # whole name as written
                whole = next((m for m in mentions if m.key == mention.key and m.via == "ner"), None)
                mention = replace(mention, label=label, via="ner")
                if whole is not None:
                    mention = _span_of_whole(mention, whole, text, mentions)
            else:
                mention = replace(mention, key=normalize_name(mention.text), label=label, via="ner")
        if (begun := _name_it_begins(mention, text, mentions)) is not None:
            resolved.append(begun)  # "[Durand] Line": the report's "Durand Line"
            continue
        if mention.label == "PERSON" and _rest_of_unknown_name(mention, text):
            word = mention.text.strip(".,;:").lower()
            if word in names.GENERIC_CLASSES or word in names.TITLES:
                continue  # "Media Wing", "Prime Minister": a word of a name, naming nothing
            whole = _whole_name(mention, text, mentions)
            if whole is not None:  # "Khyber [Pakhtunkhwa] government": the name it ends
                mention = _span_of_whole(mention, whole, text, mentions)
                resolved.append(replace(mention, key=whole.key, label=whole.label, via="ner"))
                continue
            own = normalize_name(" ".join(names.strip_titles(mention.text)))
            resolved.append(replace(mention, key=scoped_key(own, document_id), via="ner"))
            continue
        if mention.via == "surname" and _begins_another(mention, mention.key, people):
            # the parser's surname link (dossier.nlp.lone_surnames) fits two people here
            own = normalize_name(" ".join(names.strip_titles(mention.text)))
            resolved.append(replace(mention, key=scoped_key(own, document_id), via="ner"))
            continue
        if mention.via == "ner" and mention.key in _PLACE_PARTS:
            continue  # "Lower" cut from "Lower and Upper South Waziristan": names nothing
        if _bodies_in_the_plural(mention.text) or _person_numbered(mention):
            continue  # "Armed Forces & Law Enforcement Agencies", "[Air] Force One": nobody
        if mention.label != DESCRIPTION and _is_bare_generic(mention):
            if _POSSESSIVE_INSIDE.search(mention.text):
                # "the Council’s Shura": the body's own organ, named by its head after the
                # possessive, not the council the report names -- which took it (issue 17,
                # check-r27); it names something of this report only
                resolved.append(replace(mention, key=scoped_key(mention.key, document_id)))
                continue
            if not _ARTICLE_BEFORE.search(text[max(0, mention.start - 5) : mention.start]):
                continue  # "Army" in "Chief of Army Staff": a word of another name, not a reference
        if mention.label == DESCRIPTION or _is_bare_generic(mention):
            if mention.label == DESCRIPTION and _not_a_reference(mention, text):
                continue
            kind = _modifier_class(mention)
            kind_head = mention.label == DESCRIPTION and _kind_head(mention)
            target = _antecedent(
                replace(mention, key=kind) if kind else mention,
                resolved,
                mentions[position + 1 :],
                mention.label != DESCRIPTION or kind is not None or kind_head,
            )
            if target is not None and kind_head and not _modifiers_fit(mention, target):
                target = None
            if target is not None and kind_head and not _head_fits(mention, target):
                target = None
            if (
                target is not None
                and mention.label == DESCRIPTION
                and not kind_head
                and not _open_modifiers_fit(mention, target)
            ):
                target = None
            if target is not None:
                resolved.append(
                    replace(mention, key=target.key, label=target.label, via="description")
                )
            # else dropped: "the Army" with no army named around names nothing by itself
            continue
        if office_letters.bare_letters(mention, defined, offices):
            # "the RPO said", "COAS meets leaders": an office's letters stand for the holder
            # of this report, typed a person and keyed to the report -- three reports' "RPO"
            # were one body (issue 17, check-r37) -- or, for a post one man holds in the
            # country ("COAS"), to its letters; right before a name ("SP Wazir said") they
            # are a piece of that name, which names the man where the model found it
            if not _NAME_AFTER.match(text, mention.end):
                key = (
                    mention.key
                    if office_letters.national(mention.text)
                    else scoped_key(mention.key, document_id)
                )
                resolved.append(replace(mention, key=key, label="PERSON"))
            continue
        if _title_only(mention):
            # a title right before a capitalised word is a piece of the name after it that
            # the model cut ("Maulana [Hamidul Haq Haqqani]", "Prime Minister [Modi]"): that
            # name, where the model found it, is the reference, and the title names nobody
            # else -- not the report's one other holder of the title
            holder = (
                None if _NAME_AFTER.match(text, mention.end) else _titled_holder(mention, people)
            )
            # a rank written as an abbreviation ("the SHO", "DPO") is held by one officer per
            # station or district, and a report names several: the one "SHO Malik" of the
            # document is not proof that a bare "SHO" is him
            if holder is not None and not names.looks_like_acronym(mention.text.strip(". ")):
                resolved.append(replace(mention, key=holder.key, label="PERSON", via="title"))
            continue
        if names.looks_like_acronym(mention.text.replace(".", "")):
            key = _expansion(mention, full_names, defined, text)
            if key is None and _letters_named_otherwise(mention.text.replace(".", ""), text):
                # "Gilgit-Baltistan Awami Action Committee (ACC)": letters this report
                # defines as a name they do not spell are this report's, not what other
                # reports expand them to
                resolved.append(replace(mention, key=scoped_key(mention.key, document_id)))
                continue
            if key is not None and key != mention.key:
                label = next((m.label for m in full_names if m.key == key), None)
                if label is None:
                    label = _expansion_label(mention, defined, mentions, text)
                mention = replace(mention, key=key, label=label, via="acronym")
            resolved.append(mention)
            continue
        if mention.text in worded and (key := _expansion(mention, full_names, worded)):
            # the word keeps its key (its other reports write it so, and a misspelling of it
            # joins it by the spelling: "Piccs" beside "Picss"); :func:`link_definitions`
            # joins it to the name, and it takes the name's kind ("Kraat" was a PERSON)
            label = next((m.label for m in full_names if m.key == key), mention.label)
            resolved.append(replace(mention, label=label))
            continue
        fitting = _people_for_word(mention, people, text)
        earlier = (
            fitting if mention.label == "PERSON" else [p for p in fitting if p.end <= mention.start]
        )
        full = None
        if _group_word(mention, text):
            # "Houthi rebels" beside "the Houthis": the group's word, no man's surname
            mention = replace(mention, label="ORG" if mention.label == "PERSON" else mention.label)
        elif mention.label in _SURNAME_LABELS and not (
            # a province's, country's or large city's name used as a place is nobody's
            # surname: "Balochistan" beside a "Sistan-Baluchestan" the model took for a man;
            # but a word that speaks ("Barrie said", "Barrie, who has written") is a man's,
            # when the report names one so (issue 17, check-r34: the city Barrie in Canada
            # kept two of "Douglas Barrie"'s three surnames a GPE)
            mention.label in ("GPE", "LOC")
            and gazetteer_place(mention.text, gazetteer)
            and not _SPEAKER_AFTER.match(text, mention.end)
        ):
            if not _used_as_adjective(mention, text):
                full = _full_name(mention, earlier, text)
            elif mention.label not in _PEOPLE_OR_PLACE and mention.key not in peoples:
                full = _exact_surname(mention, earlier)
            elif _unplaced_word(mention, text, gazetteer):
                # "Sharaa has not commented", "Khalil had been detained": the model's place
                # for the very last word of a person the report named in full before it
                full = _exact_surname(mention, earlier)
        if full is not None:
            mention = replace(mention, key=full.key, label="PERSON", via="surname")
        elif _route_place(mention, text):
            mention = replace(mention, label="GPE")
        elif mention.label == "PERSON" and names.common_lone_name(mention.text):
            # "Ali", "Mr Shah": names a person here, identifies nobody across documents
            mention = replace(mention, key=scoped_key(mention.key, document_id))
        elif _given_name_as_body(mention, gazetteer, text):
            # "a commander of the banned TTP, Saeed": the model's organisation for a very
            # common given name is a man of this report, as its PERSON would be; unscoped,
            # the word joined every report's "Saeed" the model typed so (a TTP commander
            # and an air force officer)
            mention = replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
        elif (
            mention.label in _SURNAME_LABELS
            and len(mention.key.split()) == 1
            and names.theophoric(mention.text)
            and not _known_place(mention.text, gazetteer)
        ):
            # "identified as Ihsanullah and Rafiullah": the model's GPE is a man's given name
            mention = replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
        elif _given_name_as_place(mention, text, gazetteer):
            # "injured Khalid and Usman": the model's place for a very common given name
            # the text gives no place's cue is a man of this report; unscoped, the word
            # joined every report's "Usman" the model typed so (issue 17, check-r27)
            mention = replace(mention, key=scoped_key(mention.key, document_id), label="PERSON")
        elif (
            mention.key not in cued_places
            and (given := _given_name_of(mention, fitting, text, gazetteer)) is not None
        ):
            mention = replace(mention, key=given.key, label="PERSON", via="surname")
        elif (begun_by := _first_names_of(mention, fitting, gazetteer)) is not None:
            # "Bilawal Bhutto" the model calls an organisation beside the report's "Bilawal
            # Bhutto Zardari": his first names, not a body (issue 17, session 31's regression)
            mention = replace(mention, key=begun_by.key, label="PERSON", via="surname")
        elif _aged(mention, text, gazetteer):
            # "Ms Shahmeen, 50; Nabeel, 15; Moon Shah, 18": a word given an age is a person
            # named here, whatever the model called it (an ORG), and nobody across reports
            mention = replace(
                mention, key=scoped_key(mention.key, LONE + document_id), label="PERSON"
            )
        elif (
            mention.label in _SURNAME_LABELS
            and len(mention.key.split()) == 1
            and (_listed_alone(mention, text) or _ends_a_list(mention, text))
            and _listed_with_people(mention, listed_people, mentions, gazetteer)
            # a very common given name in a list of men is one of them, though a city has
            # the name ("identified as Khalid, Tanveer, Hassan, Haneef and Usman"): four
            # reports' "Hassan" made one place (issue 17, session 31's "Hassan" chain)
            and (
                not _known_place(mention.text, gazetteer) or names.holds_common_given(mention.text)
            )
        ):
            # "accomplices Hamad, Zaman, Muzamil, Ali Raza": the model's GPE for one item of a
            # list of men is a man named by one word here, and nobody across reports; the
            # store may still give the word the place or body other reports name by it
            # (:func:`link_surnames`), as for any lone person
            mention = replace(
                mention, key=scoped_key(mention.key, LONE + document_id), label="PERSON"
            )
        elif (
            (mention.start, mention.end) in honoured
            and mention.label == "PERSON"
            and mention.key not in local
        ):
            # "Mr Zehri" where the store names a town "Zehri": a man, whom only the store's
            # one dominant full name may take (:func:`link_surnames`), never the town
            mention = replace(mention, key=scoped_key(mention.key, LONE + HONOURED + document_id))
        elif mention.key not in local and _lone_person(mention, bodies, gazetteer):
            # "Haider" (a passer-by here, a colonel there, a police officer in a third
            # report): one word names somebody in its sentence and nobody across documents;
            # :func:`link_surnames` may still join it to the one dominant full name of the store
            # -- unless the report names its man in full where the model missed him: the
            # word is that full name ("SHO Majid Alvi ... SHO Alvi"), which links across
            # reports as any full name does; of two such names, neither for sure
            mention = _unseen_or_lone(
                mention, text, mentions, document_id, "" if _ranks_listed(mention, text) else LONE
            )
        resolved.append(mention)
    resolved = _links_follow_scope(mentions, resolved)
    resolved = _nicknames_follow(_surname_throughout(resolved, text, gazetteer), text)
    # the key a bare office ends with after resolution holds only here too, and with it its
    # letters ("the Counter-Terrorism Department ... the CTD"): another province's CTD is
    # another body. A key that names a jurisdiction ("sindh ctd") keeps linking.
    local |= {
        m.key
        for m in resolved
        if (
            _replicated_office(m)
            and (_office_without_jurisdiction(m.key) or names.is_initialism(m.key.upper(), m.text))
        )
        # letters the document defines as a bare office where the model found no name for
        # the office ("Punjab's Counter-Terrorism Department (CTD)" missed, its "CTD"s kept)
        or (m.via == "acronym" and _office_without_jurisdiction(m.key))
    }
    written = _offices_written(text)
    letters = [
        m
        for m in resolved
        if m.via == "ner" and " " not in m.key and names.looks_like_acronym(m.text.replace(".", ""))
    ]
    local |= {
        m.key
        for m in letters
        if any(names.is_initialism(m.text.replace(".", ""), office) for office in written)
    }
    # letters cut from a bare office's name before its last word ("the DHQ hospital" of a
    # Bannu report, "DHQ hospital" of a Narowal one): each district's, as the office is
    # (issue 17, check-r25: one "District Headquarters" held both)
    local |= {
        m.key
        for m in letters
        if (head := _REPLICATED_HEAD_AFTER.match(text, m.end)) is not None
        and _office_without_jurisdiction(f"{m.key} {head.group(1).lower()}")
    }
    own = _jurisdiction_keys(resolved)
    # a two-word man's name with a clan or common family name ("Rashid Khan") is its report's
    # until :func:`link_weak_names` finds the same name in reports that share other names
    weak = {
        m.key
        for m in resolved
        if m.label == "PERSON"
        and m.via == "ner"
        and SCOPE not in m.key
        and len(m.key.split()) == 2
        and names.weak_full_name(m.text)
    } - local
    # a place the model typed a person once ("Qila Abdullah attack" beside "in Qila
    # Abdullah") is left to the type vote of the place's entity, and so is one the gazetteer
    # knows
    weak -= {m.key for m in resolved if m.label not in ("PERSON", DESCRIPTION)}
    if gazetteer is not None:  # a place the gazetteer knows ("Bandar Abbas") is no man's name
        weak = {k for k in weak if not gazetteer.candidates(k)}
    weak = {k for k in weak if not _only_as_place(k, resolved, text)}
    resolved = [
        replace(m, key=own[m.key])
        if m.key in own and (m.via == "acronym" or " " not in m.key)
        else replace(m, key=scoped_key(m.key, document_id))
        if m.key in local
        else replace(m, key=scoped_key(m.key, WEAK + document_id))
        if m.key in weak
        else m
        for m in resolved
    ]
    # last, so that no rule of names reads an office typed a person as a man's name
    resolved = _offices_before_holders(resolved, text, offices)
    resolved = _national_bodies(resolved, text, document_id, gazetteer)
    return replace(analyzed, mentions=_missions(resolved, text, document_id, gazetteer))


def refresh(store: Store, entities: Iterable[str]) -> int:
    """Recompute name, type and counts of ``entities``; drop emptied ones.

    The aliases and document counts are read for all of them at once (nothing in
    the loop changes them: dropping an emptied entity touches no other's)."""
    rows = []
    gazetteer = geo.load_gazetteer()
    ordered = sorted(set(entities))
    stats_of = store.alias_stats_of(ordered)
    counts = store.entity_document_counts([e for e in ordered if e in stats_of])
    for entity in ordered:
        stats = stats_of.get(entity)
        if stats:
            count = counts[entity]
            word = _one_word(stats)
            lone = _lone_people_outside(store, word, entity) if word else 0
            rows.append(summarize(entity, stats, count, gazetteer, lone))
        else:
            store.delete_entity(entity)
    store.upsert_entities(rows)
    return len(rows)


def update_entities(store: Store, analyzed: Sequence[AnalyzedDocument]) -> int:
    """Resolve the names a batch introduced into entities; refresh what changed.

    New names link to existing entities through :func:`find_link` (or start
    a new entity), then acronym definitions found in the batch merge
    entities. Runs inside the caller's transaction; returns the number of
    entities refreshed.
    """
    # one-key lookups kept and one-key writes grouped for the whole call (a round trip each
    # on PostgreSQL): every read below sees every write before it, as on the store itself
    cached = ResolutionReads(store)
    store = cast(Store, cached)
    touched = {m.key for a in analyzed for m in a.mentions}
    # every earlier batch mapped its keys, so only this batch's can be new
    new_keys = store.unmapped_keys(sorted(touched))
    profiles = key_profiles(store, new_keys)
    reads = BatchReads(store, profiles, new_keys, names_beside(analyzed, set(new_keys)))
    cached.entity_ids_for_keys(sorted(reads.profiles))  # find_link's candidates, read once
    changed: set[str] = set()
    founders: list[str] = []
    for key in new_keys:
        text, label = profiles.get(key, (key, "OTHER"))
        link = find_link(store, key, text, label, reads)
        entity = link.entity if link else entity_id(key)
        store.map_keys({key: (entity, link.reason if link else "new name")})
        blocks = _blocks_of(key, text)
        store.add_blocks(key, blocks)
        reads.add(key, blocks)
        changed.add(entity)
        if link is None:
            founders.append(key)
    # a name seen before its better partner in the same batch gets a second look
    for key in founders:
        text, label = profiles.get(key, (key, "OTHER"))
        own = store.entity_ids_for_keys([key])[key]
        link = find_link(store, key, text, label, reads)
        if link is not None and link.entity != own and key not in reads.pinned:
            store.merge_entities(own, link.entity, link.reason)
            changed.add(link.entity)
    changed |= link_weak_names(store, new_keys, reads)
    changed |= link_definitions(store, analyzed)
    changed |= link_surnames(store, touched)
    changed |= link_acronyms(store, analyzed)
    changed |= link_references(store, new_keys)
    changed |= set(store.entity_ids_for_keys(sorted(touched)).values())
    changed |= _words_of_lone_people(store, touched)
    count = refresh(store, changed)
    cached.flush()
    return count


# -- reference lists ------------------------------------------------------------
#: a reference name must match at least this well (and across documents)
REFERENCE_MIN_SCORE = 0.9


def import_references(store: Store, references: Iterable[Reference]) -> int:
    """Store reference entities, then link and merge the knowledge base's names."""
    count = 0
    for ref in references:
        data = {
            "aliases": list(ref.aliases),
            "designations": list(ref.designations),
            "source_urls": list(ref.source_urls),
            "identifiers": ref.identifiers,
            "dataset": ref.dataset,
        }
        blocks = {name: names.blocking_keys(name) for name in ref.names}
        store.add_reference(ref.id, ref.name, ref.type, data, blocks)
        count += 1
    changed = link_references(store, store.all_keys())
    refresh(store, changed)
    return count


def link_references(store: Store, keys: Sequence[str]) -> set[str]:
    """Link names to reference entities; merge entities that name the same one.

    Only strong, cross-document evidence links a name to a reference entry
    (the reference's own aliases make "Pasdaran" and "IRGC" one entity).
    Returns the entity ids changed.
    """
    profiles = key_profiles(store, list(keys))
    blocks_of = {key: names.blocking_keys(text) for key, (text, _label) in profiles.items()}
    by_block = store.reference_candidates_by_block(sorted(set().union(*blocks_of.values())))
    for key, (text, label) in profiles.items():
        candidates = {c for block in blocks_of[key] for c in by_block.get(block, ())}
        for ref_id, ref_name, ref_type in sorted(candidates):
            result = names.match(text, ref_name, label, ref_type)
            if result and result.cross_document and result.score >= REFERENCE_MIN_SCORE:
                store.link_reference(key, ref_id, _describe(result, ref_name))
    changed: set[str] = set()
    for ref_id, entities in store.linked_entities().items():
        if len(entities) < 2:
            continue
        weight = {e: sum(a.mentions for a in store.alias_stats(e)) for e in entities}
        target, *others = sorted(entities, key=lambda e: (-weight[e], e))
        for other in others:
            own_keys = [k for k, _reason in store.entity_keys(other)]
            if store.pinned_keys(own_keys):
                continue
            store.merge_entities(other, target, f"both named in reference entry {ref_id}")
            changed.update((other, target))
    return changed


# -- manual curation --------------------------------------------------------------
def merge_manually(store: Store, keep: EntityRow, other: EntityRow) -> None:
    """Merge ``other`` into ``keep`` for good: its keys are pinned there."""
    keys = [k for k, _ in store.entity_keys(other.id)] + [k for k, _ in store.entity_keys(keep.id)]
    store.merge_entities(other.id, keep.id, f"manual merge of {other.name!r} into {keep.name!r}")
    for key in keys:
        store.pin_key(key, f"manual merge into {keep.id}")
    store.log_curation("merge", keep.id, other.id)
    refresh(store, [keep.id])


def split_manually(store: Store, entity: EntityRow, alias: str) -> str:
    """Take one alias out of an entity into an entity of its own; returns its id.

    The alias's key is pinned, so later ingests never merge it back.
    """
    key = normalize_name(alias)
    keys = [k for k, _ in store.entity_keys(entity.id)]
    if key not in keys:
        raise ValueError(f"{alias!r} is not an alias of {entity.name!r} (keys: {', '.join(keys)})")
    if len(keys) == 1:
        raise ValueError(f"{alias!r} is the only name of {entity.name!r}; nothing to split")
    new_id = entity_id(key)
    if new_id == entity.id:  # the entity was founded by this key: move the others instead
        rest = [k for k in keys if k != key]
        moved = entity_id(rest[0])
        store.map_keys(
            {k: (moved, f"manual split of {alias!r} from {entity.name!r}") for k in rest}
        )
        affected = [entity.id, moved]
    else:
        store.map_keys({key: (new_id, f"manual split from {entity.name!r}")})
        affected = [entity.id, new_id]
    store.pin_key(key, f"manual split from {entity.id}")
    store.log_curation("split", entity.id, key)
    refresh(store, affected)
    return new_id if new_id != entity.id else entity.id
