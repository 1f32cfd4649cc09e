"""Issue 16, round 23: stories are one report and its copies, not an outlet's reports that
share its background; disputes that are one identity."""

from __future__ import annotations

import pytest

from dossier.stories.dedup import DedupParams, Hasher, compare, same_story

PARAMS = DedupParams()
HASHER = Hasher(PARAMS)

#: sentences an outlet repeats under its reports of one storyline (long enough to count)
RECAP = [
    "At least six people, including three students, were slain while over forty others "
    "sustained injuries when a school bus was attacked in the district on Wednesday.",
    "The condition of at least a dozen is said to be serious due to critical injuries, "
    "officials said, adding that the injured were shifted to hospitals in the city.",
    "Security forces vowed to relentlessly pursue the culprits of the attack as the prime "
    "minister and the president condemned the bombing in the strongest words.",
]


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@pytest.mark.unit
def test_yesterdays_report_under_todays_lead_is_another_story():
    """Dawn's Swat operation carries the DI Khan operation of the day before as its last
    paragraphs: the DI Khan lead is in the Swat report, but in its body."""
    di_khan_lead = [
        "A soldier was martyred in an operation which left four terrorists dead in the "
        "Dera Ismail Khan district, the military's media wing said in a statement.",
        "According to the ISPR, security forces conducted the operation on Wednesday in the "
        "Maddi area on the reported presence of terrorists in the area.",
        "During the conduct of the operation, own troops effectively engaged the location, "
        "as a result of which four terrorists were killed, the statement said.",
    ]
    di_khan = HASHER.fingerprint(
        _text(
            *di_khan_lead,
            "Weapons and ammunition were seized from the dead terrorists, who were involved "
            "in numerous attacks against the security forces and civilians.",
            "A sanitisation operation was being conducted to eliminate any other terrorist "
            "found in the area, the statement concluded on a note of resolve.",
            "Last Friday, security forces killed two terrorists, including a high-value "
            "target, during an intelligence-based operation in the Lower Dir district.",
        )
    )
    swat = HASHER.fingerprint(
        _text(
            "Security forces killed four terrorists during an operation in the Swat district "
            "on Friday, the military's media wing said in a statement on the day.",
            "Security forces and law enforcement personnel carried out a joint "
            "intelligence-based operation on the reported presence of terrorists.",
            "The ISPR said that weapons and ammunition were seized from the dead terrorists "
            "who were actively involved in terrorist activities in the area.",
            "The statement concluded that the security forces in coordination with the law "
            "enforcement agencies are determined to wipe out the menace of terrorism.",
            *di_khan_lead,
        )
    )
    found = compare(swat, di_khan)
    assert found.shared_sentences == 3 and found.containment >= PARAMS.edition_containment
    assert not found.shared_lead and not found.leads_meet and found.lead_in_other
    assert not same_story(found, PARAMS, same_outlet=True)
    # between two outlets a lead sentence anywhere in the other is still a rewrite's mark
    # (Dawn's rewrite of the ISPR release that APP printed keeps APP's third sentence fourth)
    assert same_story(found, PARAMS, same_outlet=False)


@pytest.mark.unit
def test_a_storylines_recap_in_both_leads_is_not_an_edition():
    """The defence minister's interview and the UNSC's condemnation a day later each open
    on their own news and recap the attack in the next three sentences."""
    interview = HASHER.fingerprint(
        _text(
            "Defence Minister Khawaja Asif has said that two major terrorist groups operating "
            "in the country were proxies, adding that evidence would be presented.",
            *RECAP,
            "Speaking on a television programme late on Wednesday, the minister asserted "
            "there was evidence that the proscribed group was working as a proxy.",
            "He said the country would strike with full force and that there would be no "
            "leniency for those who attack school children and other civilians.",
            "He said the government would not start a confrontation but could not stay "
            "silent if it were attacked again by its neighbour in the coming days.",
        )
    )
    council = HASHER.fingerprint(
        _text(
            "The United Nations Security Council on Thursday condemned the heinous and "
            "cowardly terrorist attack on a school bus in the province's Khuzdar district.",
            *RECAP,
            "The members of the council expressed their deepest sympathy and condolences to "
            "the families of the victims and to the government and people.",
            "They underlined the need to hold perpetrators, organisers, financiers and "
            "sponsors of these reprehensible acts of terrorism accountable.",
            "The members urged all states to cooperate actively with the government and all "
            "other relevant authorities in this regard, as international law requires.",
            "They reiterated that any acts of terrorism are criminal and unjustifiable, "
            "regardless of their motivation, wherever, whenever and by whomsoever committed.",
        )
    )
    found = compare(interview, council)
    assert found.shared_sentences == 3 and found.leads_meet and not found.shared_lead
    assert found.containment < PARAMS.edition_containment
    assert not same_story(found, PARAMS, same_outlet=True)
    # another outlet's rewrite keeping three sentences of the body is still a rewrite
    assert same_story(found, PARAMS, same_outlet=False)


@pytest.mark.unit
def test_an_edition_with_an_edited_opening_is_one_story():
    """The print report adds the dateline and the day to the web report's opening and
    keeps the rest: the leads meet and nearly all of the smaller text is in the larger."""
    rest = [
        "According to the director general of the disaster management authority, the "
        "financial assistance was being provided under the relief act to civilians.",
        "The compensation included one million rupees for each martyr and smaller sums for "
        "those permanently disabled, the seriously injured and the others hurt.",
        "In addition, affected properties and livestock were covered under the package, "
        "which provided a hundred thousand rupees for each house destroyed.",
    ]
    web = HASHER.fingerprint(
        _text(
            "The regional government has announced that it had ensured the disbursement of "
            "compensation and relief to victims of the shelling within a day.",
            *rest,
        )
    )
    paper = HASHER.fingerprint(
        _text(
            "MUZAFFARABAD: The regional government on Tuesday announced that it had ensured "
            "the disbursement of compensation and relief to the victims of the shelling.",
            *rest,
        )
    )
    found = compare(web, paper)
    assert not found.shared_lead and found.leads_meet
    assert found.containment >= PARAMS.edition_containment
    assert same_story(found, PARAMS, same_outlet=True)
    # the same shared lead sentences with the rest of the texts apart: no edition
    assert not same_story(
        type(found)(
            jaccard=0.2,
            containment=0.4,
            shared_sentences=3,
            smaller=found.smaller,
            shared_lead=False,
            leads_meet=True,
        ),
        PARAMS,
        same_outlet=True,
    )


@pytest.mark.unit
def test_one_opening_in_the_others_lead_is_a_shared_lead():
    """A cut edition or a re-print keeps its source's opening at its top."""
    body = [
        "Security forces killed eight terrorists while foiling their infiltration attempt "
        "through the border in the general area of the district on Sunday night.",
        "After an intense exchange of fire, eight terrorists were killed while four others "
        "got injured, said a news release issued by the military's media wing.",
        "A sanitisation operation is being conducted to eliminate any other terrorist found "
        "in the area, as the security forces are determined to secure the borders.",
    ]
    wire = HASHER.fingerprint(_text(*body))
    reprint = HASHER.fingerprint(
        _text(
            "RAWALPINDI: The military said its troops thwarted an infiltration attempt on "
            "the border overnight, the latest in a series of such attempts this year.",
            *body,
        )
    )
    found = compare(wire, reprint)
    assert found.shared_lead
    assert same_story(found, PARAMS, same_outlet=True)


# --- "N others": people counted for an act, or no figure ------------------------------------


def _units(settings, text: str) -> list[tuple[float | None, str | None]]:
    from dossier.extract.nlp import analyze
    from dossier.records import Document

    document = Document(id="t", source="t.txt", raw_hash="h", text=text)
    analyzed = next(iter(analyze([document], settings)))
    return [
        (c.quantity.min, c.quantity.unit)
        for c in analyzed.claims
        if c.kind == "quantity" and c.quantity is not None
    ]


@pytest.mark.nlp
def test_others_are_people_counted_for_their_act(settings):
    """ "10 others injured" is ten people injured, whichever way the parser hangs the act
    ("sustained injuries", an aside before the participle); "others" never becomes a
    measure of its own ("other"), which made unrelated "others" one identity."""
    assert (10.0, "people injured") in _units(
        settings, "One person was killed and 10 others injured when a blast struck a convoy."
    )
    assert (57.0, "people injured") in _units(
        settings,
        "At least 31 civilians were killed, and 57 others sustained injuries after the strikes.",
    )
    assert (5.0, "people injured") in _units(
        settings,
        "Four children were killed and five others, including a woman, injured in the attack.",
    )
    for text in (
        "The blast injured two guards, while three others aboard were unharmed, officials said.",
        "Police have arrested a travel vlogger along with five others over alleged espionage.",
        "Three suspects were killed while six others escaped after the raid on the compound.",
    ):
        units = _units(settings, text)
        assert all(unit is None or "other" not in unit for _n, unit in units), units
        assert not any(n in (3.0, 5.0, 6.0) and "people" in (u or "") for n, u in units), units
