"""Quotes and paraphrases: each quote form on fictional text, then the seeds.

The real spaCy pipeline runs (no mocks); people, places and outlets in the
fictional paragraphs are invented.
"""

from __future__ import annotations

import pytest

from dossier.clean import clean
from dossier.extract.nlp import analyze
from dossier.extract.quotes import find_quoted
from dossier.ingest.files import read_all
from dossier.records import AnalyzedDocument, ClaimMention, Document

# the tier (tests/conftest.py): these tests run the spaCy model
pytestmark = pytest.mark.nlp


def run(settings, text: str) -> AnalyzedDocument:
    document = Document(id="t", source="t.txt", raw_hash="h", text=text)
    return next(iter(analyze([document], settings)))


def claims(settings, text: str, kind: str | None = None) -> list[ClaimMention]:
    found = run(settings, text).claims
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        assert claim.sentence >= 0
    return [c for c in found if kind is None or c.kind == kind]


def said(text: str, claim: ClaimMention) -> str | None:
    return text[slice(*claim.speaker)] if claim.speaker else None


def about(text: str, claim: ClaimMention) -> str | None:
    return text[slice(*claim.subject)] if claim.subject else None


def only(found: list[ClaimMention]) -> ClaimMention:
    assert len(found) == 1, found
    return found[0]


# --- pairing quote marks ------------------------------------------------------------------


def test_marks_straight_curly_and_mixed():
    text = 'A “curly one,” a "straight one" and a "mixed one” here.'
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "curly one",
        "straight one",
        "mixed one",
    ]


def test_a_closing_mark_after_a_colon_opens():
    text = 'He said:” He is a member. He was involved."'
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "He is a member. He was involved."
    ]


def test_an_unclosed_quote_ends_with_its_paragraph():
    text = "“First part runs on\n\n“Second part,” she said."
    quoted = find_quoted(text)
    assert [text[q.start : q.end] for q in quoted] == ["First part runs on", "Second part"]
    assert quoted[0].close is None


def test_doubled_apostrophes_of_archive_copy():
    text = "Not paying taxes ''makes me smart,'' he said."
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["makes me smart"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "according to",
        "He said:”",
        "“Open\n\n“",
        "“ \" ” '' `` « » : , he said",
        'She said: "unclosed\n\n” stray closer, he added “and “nested” marks',
    ],
)
def test_mark_soup_keeps_spans_exact(settings, text):
    for claim in claims(settings, text):
        assert claim.start < claim.end


# --- each quote form ----------------------------------------------------------------------


def test_speaker_colon_quote(settings):
    text = (
        "Daniel Okafor, the harbour master, inspected the damage on Monday. "
        "He said: “The bridge will not reopen before the spring.”"
    )
    quote = only(claims(settings, text, "quote"))
    assert quote.text == "The bridge will not reopen before the spring."
    assert said(text, quote) == "Daniel Okafor"
    assert quote.cue == "say"
    assert quote.speaker_role == "the harbour master"


def test_quote_comma_speaker_said(settings):
    text = "“The bridge will not reopen before the spring,” Daniel Okafor said."
    quote = only(claims(settings, text, "quote"))
    assert quote.text == "The bridge will not reopen before the spring"
    assert (said(text, quote), quote.cue) == ("Daniel Okafor", "say")


def test_quote_said_speaker_with_role(settings):
    text = (
        "“We have never seen water this high,” said Helena Varga, "
        "a hydrologist at the Vell River Institute."
    )
    quote = only(claims(settings, text, "quote"))
    assert said(text, quote) == "Helena Varga"
    assert quote.speaker_role == "a hydrologist at the Vell River Institute"


def test_speaker_told_an_outlet(settings):
    text = (
        "“The council ignored every warning,” Priya Raman, a former councillor who sat "
        "on the flood committee, told the Coastal Ledger."
    )
    quote = only(claims(settings, text, "quote"))
    assert (said(text, quote), quote.cue) == ("Priya Raman", "tell")
    assert quote.speaker_role == "a former councillor who sat on the flood committee"


def test_quote_according_to(settings):
    text = "“Repairs will cost far more than planned,” according to Samuel Achebe."
    quote = only(claims(settings, text, "quote"))
    assert (said(text, quote), quote.cue) == ("Samuel Achebe", "according to")


def test_quote_over_several_sentences_with_mixed_marks(settings):
    text = (
        "Marco Bellini, who leads the rescue teams, spoke to reporters. "
        'He said:” The levee is failing. We need sandbags now."'
    )
    quote = only(claims(settings, text, "quote"))
    assert quote.text == "The levee is failing. We need sandbags now."
    assert said(text, quote) == "Marco Bellini"


def test_quote_over_two_paragraphs_takes_the_speaker_named_at_its_end(settings):
    text = (
        "“The first barges left at dawn and more will follow, but the channel is still too "
        "shallow for the big ships, and we cannot promise anything.\n\n"
        "“We will know more next week,” said Daniel Okafor."
    )
    first, second = claims(settings, text, "quote")
    assert first.text.startswith("The first barges") and first.text.endswith("anything.")
    assert said(text, first) == said(text, second) == "Daniel Okafor"


def test_standalone_quote_paragraph_continues_the_previous_speaker(settings):
    text = (
        "“The Silver Crescent Brigade recruits in the camps. It pays well,” Helena Varga "
        "said about the Silver Crescent Brigade.\n\n"
        "“Its commanders are local men and they know every family.”"
    )
    first, second = claims(settings, text, "quote")
    assert first.text == "The Silver Crescent Brigade recruits in the camps. It pays well"
    assert about(text, first) == "Silver Crescent Brigade"
    assert said(text, second) == "Helena Varga"


def test_quote_signed_with_a_dash(settings):
    text = "“Nobody in this town trusts the council any more.” ― Priya Raman"
    quote = only(claims(settings, text, "quote"))
    assert said(text, quote) == "Priya Raman"


def test_a_signature_the_ner_misses_still_signs_its_quote(settings):
    # readers' comments: each quote signed on its own line, after a no-break space too;
    # the second must not inherit the first one's signer
    text = (
        "“The council has ignored the flooded farms for far too long.” ― Jacklyn Ashbourne\n"
        "“Nobody in this town trusts the council any more, not one of us.” ―\xa0Oscar P. Quintaro."
    )
    first, second = claims(settings, text, "quote")
    assert said(text, first) == "Jacklyn Ashbourne"
    assert said(text, second) == "Oscar P. Quintaro"


def test_a_dash_before_a_sentence_does_not_sign(settings):
    text = (
        "“Nobody in this town trusts the council,” said Mayor Lena Vorst.\n\n"
        "“The dam will not hold another week of this rain.” - The River Kept Rising all night."
    )
    first, second = claims(settings, text, "quote")
    assert said(text, first) == "Lena Vorst"
    assert said(text, second) == "Lena Vorst"


def test_scare_quotes_and_titles_are_not_quotes(settings):
    assert claims(settings, 'The Brigade called the truce a "temporary pause” in its war.') == []
    assert claims(settings, "She praised “The Morning Tide Report,” the farmers' weekly.") == []


# --- paraphrases ----------------------------------------------------------------------------


def test_said_that_paraphrase_with_subject(settings):
    text = (
        "Inspector Tomas Reyes said that the Silver Crescent Brigade had recruited dozens "
        "of teenagers in the valley."
    )
    claim = only(claims(settings, text, "paraphrase"))
    assert (
        claim.text == "the Silver Crescent Brigade had recruited dozens of teenagers in the valley"
    )
    assert (said(text, claim), claim.speaker_role, claim.cue) == ("Tomas Reyes", "Inspector", "say")
    assert about(text, claim) == "Silver Crescent Brigade"


def test_told_the_senate_that(settings):
    text = (
        "Defence Minister Ana Kovac told the Senate that the Silver Crescent Brigade had lost "
        "its main supply route."
    )
    claim = only(claims(settings, text, "paraphrase"))
    assert claim.text == "the Silver Crescent Brigade had lost its main supply route"
    assert (said(text, claim), claim.speaker_role, claim.cue) == (
        "Ana Kovac",
        "Defence Minister",
        "tell",
    )


def test_according_to_paraphrase(settings):
    text = "According to the Riverside Monitoring Group, the militia controls three villages."
    claim = only(claims(settings, text, "paraphrase"))
    assert claim.text == "the militia controls three villages"
    assert (said(text, claim), claim.cue) == ("Riverside Monitoring Group", "according to")


def test_organisations_speak(settings):
    text = (
        "The Ministry of Water said in a statement that the dam was safe. "
        "The mayor's office said the evacuation would end on Friday."
    )
    water, office = claims(settings, text, "paraphrase")
    assert (said(text, water), water.text) == ("Ministry of Water", "the dam was safe")
    assert (said(text, office), office.text) == (
        "mayor's office",
        "the evacuation would end on Friday",
    )


def test_clause_then_experts_said(settings):
    text = "The Vell River dam remains a danger to the valley, experts said on Tuesday."
    claim = only(claims(settings, text, "paraphrase"))
    assert claim.text == "The Vell River dam remains a danger to the valley"
    assert said(text, claim) == "experts"


# --- pronouns -------------------------------------------------------------------------------


def test_pronoun_resolves_to_the_named_person_not_a_possessor(settings):
    text = (
        "For Dr. Imran Qureshi, a historian at Lakeside University, Viktor Hale's arrest "
        "changed the conflict.\n\n“It is a turning point for the whole region,” he said."
    )
    quote = only(claims(settings, text, "quote"))
    assert said(text, quote) == "Imran Qureshi"
    assert quote.speaker_role == "a historian at Lakeside University"


def test_pronoun_goes_past_a_sentence_that_carries_it_on(settings):
    # "She has faced …" names another woman only as an object: the "she" of the next
    # attribution is still the speaker before
    text = (
        "“The courts must stay open to everyone,” Judge Marta Velasquez said.\n\n"
        "She has faced criticism since her decision to meet with Tomas Albrecht while the "
        "court was investigating his wife, Maria Albrecht.\n\n"
        "She said she was not aware of any complaint against her from the council."
    )
    paraphrase = next(c for c in claims(settings, text, "paraphrase") if "aware" in c.text)
    assert said(text, paraphrase) == "Marta Velasquez"


def test_he_said_after_a_described_speaker_is_that_speaker(settings):
    # "a senior police official said … He said that …": the official, not nobody (and not
    # the victims named between, who are no speaker)
    text = (
        "“Six persons were killed on the spot,” a senior police official said.\n\n"
        "He said that rescuers shifted the bodies to the district hospital."
    )
    paraphrase = only(claims(settings, text, "paraphrase"))
    assert said(text, paraphrase) == "senior police official"


def test_the_president_said_is_the_person_named_with_that_title(settings):
    # not the vice president named later, and a title with many holders stays generic
    text = (
        "President Mara Ellison visited the flooded valley on Monday with Vice President "
        "Tomas Ekland.\n\n"
        "“We will rebuild every bridge,” the president said.\n\n"
        "“The river is rising,” the engineer said."
    )
    president, engineer = claims(settings, text, "quote")
    assert said(text, president) == "Mara Ellison"
    assert president.speaker_role == "president"
    assert said(text, engineer) == "engineer"


def test_a_surname_mistyped_by_ner_is_still_a_person(settings):
    from dossier.extract.quotes import _Context, _personal
    from dossier.records import Mention

    text = "Loretta Kessling said the court would sit. Kessling said it was ready."
    full = Mention(start=0, end=16, text="Loretta Kessling", label="PERSON", key="k", sentence=0)
    bare = Mention(start=43, end=51, text="Kessling", label="ORG", key="k", sentence=1)
    other = Mention(start=0, end=7, text="Loretta", label="ORG", key="l", sentence=0)
    ctx = _Context(None, text, [full, bare], [0, 43], [], [0], [], frozenset({"Kessling"}))
    assert _personal(full, ctx) and _personal(bare, ctx)
    assert not _personal(other, ctx)


def test_pronoun_skips_people_named_inside_quotes(settings):
    text = (
        "“Viktor Hale will never be forgiven,” said Daniel Okafor.\n\n"
        "“The harbour owes him nothing,” he added."
    )
    first, second = claims(settings, text, "quote")
    assert said(text, first) == said(text, second) == "Daniel Okafor"
    assert second.cue == "add"


# --- seeds ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs(seeds, settings) -> dict[str, list[AnalyzedDocument]]:
    documents = [d for raw in read_all([seeds], settings.max_file_bytes) for d in clean(raw)]
    found: dict[str, list[AnalyzedDocument]] = {}
    for analyzed in analyze(documents, settings):
        found.setdefault(analyzed.document.source.split("/")[-1][:3], []).append(analyzed)
    return found


def seed_claims(seed_docs, seed: str) -> list[tuple[str, ClaimMention]]:
    return [(a.document.text, c) for a in seed_docs[seed] for c in a.claims]


def find(seed_docs, seed: str, start: str, kind: str = "quote") -> tuple[str, ClaimMention]:
    hits = [
        (t, c)
        for t, c in seed_claims(seed_docs, seed)
        if c.kind == kind and c.text.startswith(start)
    ]
    assert hits, f"no {kind} starting {start!r} in seed {seed}"
    return hits[0]


def test_seed_spans_are_exact(seed_docs):
    for seed in seed_docs:
        for text, claim in seed_claims(seed_docs, seed):
            assert text[claim.start : claim.end] == claim.text
            if claim.speaker:
                assert 0 <= claim.speaker[0] < claim.speaker[1] <= len(text)


@pytest.mark.parametrize("seed", ["000", "001"])
def test_seed_abdul_basit_khan(seed_docs, seed):
    text, quote = find(seed_docs, seed, "They were involved")
    assert quote.text == "They were involved in sectarian targeted killing as well as recruitment"
    assert said(text, quote) == "Abdul Basit Khan"
    assert "violent extremism" in (quote.speaker_role or "")
    # the standalone paragraph after it continues his quote
    text, more = find(seed_docs, seed, "Following law enforcement crackdowns")
    assert said(text, more) == "Abdul Basit Khan"


def test_seed_000_khan_spoke_about_the_brigade(seed_docs):
    text, quote = find(seed_docs, "000", "They were involved")
    assert about(text, quote) == "Brigade"


@pytest.mark.parametrize("seed", ["000", "001"])
def test_seed_umar_karim_and_his_pronoun(seed_docs, seed):
    text, quote = find(seed_docs, seed, "The real question")
    assert (said(text, quote), quote.cue) == ("Umar Karim", "tell")
    assert quote.speaker_role == (
        "a University of Birmingham researcher focusing on the conflict in Syria"
    )
    text, reported = find(seed_docs, seed, "The militants should be seen", "paraphrase")
    assert said(text, reported) == "Umar Karim"
    text, last = find(seed_docs, seed, "These people should be treated")
    assert said(text, last).endswith("Karim")


def test_seed_000_experts_said(seed_docs):
    text, claim = find(
        seed_docs, "000", "The Iran-backed Zainabiyoun Brigade remains", "paraphrase"
    )
    assert said(text, claim) == "experts"


def test_seed_000_the_pm_office_speaks(seed_docs):
    text, quote = find(seed_docs, "000", "Sharif has granted")
    assert said(text, quote) == "PM’s office"


def test_seed_003_khuram_waris(seed_docs):
    text, quote = find(seed_docs, "003", "He is a member of the Zainabiyoun Brigade")
    assert quote.text.endswith("attack on Mufti Taqi Usmani in Karachi.")
    assert said(text, quote) == "Khuram Waris"
    assert about(text, quote) == "Zainabiyoun Brigade"
    # the "neighboring country" in his paraphrase is a partial quote, not a quote
    assert not any(
        c.kind == "quote" and c.text == "neighboring country"
        for _, c in seed_claims(seed_docs, "003")
    )


def test_seed_003_kanaani_pronouns(seed_docs):
    text, quote = find(seed_docs, "003", "Terrorism is a common threat")
    assert said(text, quote) == "Nasser Kanaani"
    assert quote.speaker_role == "Foreign Ministry spokesman"


def test_seed_004_nadeem_ahmed(seed_docs):
    text, quote = find(seed_docs, "004", "the main player")
    assert said(text, quote) == "Nadeem Ahmed"
    assert quote.speaker_role == "a Quetta-based security and regional affairs analyst"
    for start in ("Over the past few years", "Tehran is interfering"):
        kind = "paraphrase" if start.startswith("Tehran") else "quote"
        text, claim = find(seed_docs, "004", start, kind)
        assert said(text, claim) == "Nadeem Ahmed", start
    for start in ("Soleimani was the founder", "also may have a positive impact"):
        text, claim = find(seed_docs, "004", start)
        assert said(text, claim) == "Ahmed", start


def test_seed_004_pronoun_after_a_framing_person(seed_docs):
    text, quote = find(seed_docs, "004", "Pakistan is the most vulnerable")
    assert said(text, quote) == "Talat Shabbir"
    text, quote = find(seed_docs, "004", "were involved in the massacre")
    assert said(text, quote) == "Omar Farooq"


def test_an_outlet_that_reports_a_statement_carries_it(settings):
    text = (
        "General Tariq Hamdani has urged the students to focus on their studies, "
        "Radio Pakistan reported."
    )
    claim = only([c for c in claims(settings, text) if c.kind == "paraphrase"])
    assert said(text, claim) == "Tariq Hamdani" and claim.cue == "report"


def test_the_listener_is_not_the_he_of_a_later_statement(settings):
    text = (
        "Senator Imran Qadir told Dawn that the convoy had been stopped.\n\n"
        "He said that the road would reopen on Monday."
    )
    found = [c for c in claims(settings, text) if "reopen" in c.text]
    assert [said(text, c) for c in found] == ["Imran Qadir"]


def test_a_description_speaks_as_itself_not_as_the_name_inside_it(settings):
    from dossier.kb.facts import speaker_mention

    text = "The Israeli military said its aircraft struck a drone near the border."
    analyzed = run(settings, text)
    claim = only([c for c in analyzed.claims if c.kind == "paraphrase"])
    assert said(text, claim) == "Israeli military"
    assert speaker_mention(claim.speaker, text, analyzed.mentions) is None


def test_a_transcript_label_is_the_speaker_but_a_dateline_is_not(settings):
    text = (
        "ISLAMABAD: The interview was recorded on Sunday.\n\n"
        "HOST: Will the minister attend the debate tomorrow night?\n\n"
        "QADIR: Well, the question really should be why the opposition stayed away.\n\n"
        "HOST: Do you really see those two as equivalent?\n\n"
        "QADIR: I said that the minister will attend. “We will be there,” I promised."
    )
    found = claims(settings, text)
    speakers = {said(text, c) for c in found if c.kind != "quantity"}
    assert "ISLAMABAD" not in speakers
    assert "QADIR" in speakers


def test_a_quoted_transcript_labels_and_continues_its_speakers(settings):
    # each paragraph opens with a quote mark that never closes; an unlabelled paragraph
    # continues the label before it, across an aside, never the next label
    text = (
        "Debate rehearsal, partial transcript:\n\n"
        '"HOLLIS: Governor, will the mayor of Dunmore attend the debate tomorrow night?\n\n'
        '"MARLOWE: Well, the mayor is busy with the floods and the roads are closed.\n\n'
        '"But the truth is that the council has a plan for the valley and we will explain it.\n\n'
        '"And the farmers know that the plan is a good one for all of them.\n\n'
        '"(CROSSTALK.)\n\n'
        '"HOLLIS: Governor, I have to stop you there because we are out of time.\n\n'
        '"MARLOWE: And that is why the council will win in the spring.\n'
    )
    found = claims(settings, text, "quote")
    assert [(said(text, c), c.text.split()[0]) for c in found] == [
        ("HOLLIS", "Governor,"),
        ("MARLOWE", "Well,"),
        ("MARLOWE", "But"),
        ("MARLOWE", "And"),
        ("HOLLIS", "Governor,"),
        ("MARLOWE", "And"),
    ]
