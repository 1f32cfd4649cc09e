"""Issue 15 item 5, round 24: the modality an event keeps when one article tells it hedged in
one place and plainly in another (:func:`dossier.kb.fact_summary.majority_modality`)."""

import pytest

from dossier.kb.fact_summary import majority_modality


@pytest.mark.unit
def test_a_hedged_lead_keeps_the_hedge_against_a_later_plain_telling() -> None:
    # "arrested five suspects for their alleged involvement in the gang rape" (sentence 0),
    # then the police's "the suspects took a minor child ... and molested him" (sentence 5)
    assert majority_modality(["alleged", "asserted"], ["a", "a"], [0, 5]) == "alleged"


@pytest.mark.unit
def test_a_plain_lead_is_not_undone_by_a_later_hedge_on_who_did_it() -> None:
    # "was kidnapped" (sentence 0) ... "the men who allegedly abducted him" (sentence 4)
    assert majority_modality(["asserted", "alleged"], ["a", "a"], [0, 4]) == "asserted"


@pytest.mark.unit
def test_the_first_telling_is_by_sentence_not_by_report_order() -> None:
    # reports may come in any order; the article's own order decides
    assert majority_modality(["asserted", "alleged"], ["a", "a"], [5, 0]) == "alleged"


@pytest.mark.unit
def test_the_reports_of_one_sentence_are_one_telling() -> None:
    # "Security forces killed four terrorists ..., while two soldiers were injured": two
    # reports of one sentence, one read as hedged, tie to the assertion as before, and the
    # sentence counts once against the article's other tellings
    assert majority_modality(["asserted", "alleged"], ["a", "a"], [1, 1]) == "asserted"
    told = ["alleged", "alleged", "alleged", "asserted", "asserted"]
    # one hedged sentence of three reports, two plain sentences: the plain reading wins
    assert majority_modality(told, ["a"] * 5, [0, 0, 0, 3, 6]) == "asserted"
    # one hedged lead sentence, one plain sentence: a tie, which the lead decides
    assert majority_modality(told[:4], ["a"] * 4, [0, 0, 0, 3]) == "alleged"


@pytest.mark.unit
def test_a_sentence_that_also_negates_or_plans_is_no_hedge_of_the_act() -> None:
    # a hedge only folds into assertions: beside a denial the sentence's majority decides
    assert majority_modality(["negated", "alleged", "negated"], ["a"] * 3, [2, 2, 2]) == "negated"


@pytest.mark.unit
def test_documents_still_vote_once_each() -> None:
    # an article of three hedged sentences and two that state it plainly is one hedged vote;
    # two outlets that state it outvote it
    told = ["alleged", "alleged", "alleged", "asserted", "asserted"]
    documents = ["a", "a", "a", "b", "c"]
    assert majority_modality(told, documents, [0, 1, 2, 0, 0]) == "asserted"


@pytest.mark.unit
def test_sentences_must_match_the_reports() -> None:
    with pytest.raises(ValueError):
        majority_modality(["asserted", "alleged"], ["a", "a"], [0])
