"""Who a lead names (:mod:`dossier.kb.lead_names`): the lead below headline bullets, a
surname under the fullest name the report gives, institutions that are no persons."""

from __future__ import annotations

from dossier.kb.lead_names import after_bullets, body_key, full_name_words, statement_lead_end


def test_after_bullets_skips_headline_bullets_only():
    text = "• Zardari says talks failed\n• PM receives briefing\nThe President said on Monday."
    assert text[after_bullets(text) :].startswith("The President")
    assert after_bullets("The President said. • not a bullet\n") == 0


def test_statement_lead_end_counts_sentences_below_the_bullets():
    text = "• Bugti says\nSarfraz Bugti on Friday said A. He added B. Later C."
    end = statement_lead_end(text, 2)
    assert text[:end].rstrip().endswith("He added B.")
    assert "Later" not in text[:end]


def test_full_name_words_takes_the_longest_name_ending_in_the_surname():
    persons = [{"text": "Bugti"}, {"text": "Sarfraz Bugti"}, {"text": "Ali Khan"}]
    assert full_name_words(["bugti"], persons) == ["sarfraz", "bugti"]
    assert full_name_words(["khan"], persons) == ["ali", "khan"]
    assert full_name_words(["munir"], persons) == ["munir"]


def test_body_key_reads_institutions_not_persons():
    assert body_key("the Foreign Office (FO)") == "fo"
    assert body_key("Ministry of Interior") == "ministry-interior"
    assert body_key("his ministry") is None
    assert body_key("Shehbaz Sharif") is None
