"""The faster stand-ins for the attribute ruler and the lemmatizer (issue 19) annotate
exactly as the shipped pipeline does.

Compared token by token with ``spacy.load`` of the same model on texts built to reach
every kind of rule the ruler has: its two-token rules ("ain't", "gonna", "let's",
"y'all", an expletive "there is"), its regular expressions ("nothin'"), spaces, tables in
capitals, and an empty text.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.nlp

TEXTS = [
    "Y'all ain't gonna believe it, let's go. C'mon! Nothin' gotta change; I gotta go.",
    "There is no way. THERE ARE MANY. There were 2 men, there's one, there 're none.",
    "PESHAWAR: Militants killed 5 soldiers on Monday, officials said.\n\nHe ain't here.",
    "SOCCER - ROMANIA BEAT LITHUANIA IN U-21 QUALIFIER.\nChester 4 1 1 2\n  \n",
    "The Tehreek-i-Taliban Pakistan's spokesman, Mufti Noor Wali, said the group's fighters "
    "were arrested; police were investigating whether they'd fled.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    from dossier.config import Settings
    from dossier.extract import components

    model = Settings().spacy_model
    return spacy.load(model), components.speed_up(spacy.load(model))


def _annotations(doc):
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_)
        for t in doc
    ]


def test_the_stand_ins_replace_the_rule_components(pipelines):
    shipped, fast = pipelines
    assert fast.pipe_names == shipped.pipe_names
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"
    assert type(fast.get_pipe("lemmatizer")).__name__ == "CachedLemmatizer"


def test_same_annotations_as_the_shipped_pipeline(pipelines):
    shipped, fast = pipelines
    # twice: the second pass runs on the lemmatizer's filled cache
    for _ in range(2):
        for a, b in zip(shipped.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert _annotations(a) == _annotations(b)


def test_the_two_token_rules_were_reached(pipelines):
    _shipped, fast = pipelines
    lemmas = {t.lower_: t.lemma_ for t in fast(TEXTS[0])}
    assert lemmas["ai"] == "be"
    assert lemmas["gon"] == "go"
    assert lemmas["nothin'"] == "nothing"


def test_same_matches_as_the_matcher(pipelines):
    shipped, _fast = pipelines
    from dossier.extract.components import IndexedAttributeRuler

    ruler = shipped.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(ruler)
    before = [n for n in shipped.pipe_names if n in ("attribute_ruler", "lemmatizer", "ner")]
    for doc in shipped.pipe(TEXTS, disable=before):
        assert indexed.match(doc) == ruler.match(doc)


def test_a_pattern_it_cannot_reproduce_keeps_the_model_component():
    import spacy

    from dossier.extract import components

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"NORM": "very"})
    components.speed_up(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    other = spacy.blank("en")
    other.add_pipe("attribute_ruler").add([[{"LOWER": {"IN": ["a", "b"]}}]], {"NORM": "x"})
    components.speed_up(other)
    assert type(other.get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"
    assert [t.norm_ for t in other("a c b")] == ["x", "c", "x"]


def test_cue_candidates_are_the_tokens_the_per_token_test_passes(pipelines):
    from dossier.extract.quotes import _PARAPHRASE_VERBS, _cue_candidates, _is_cue

    _shipped, fast = pipelines
    text = (
        "According to police, the men said they believed the group had fled. "
        "He Said nothing; officials, according to Reuters, think it found them. " + TEXTS[2]
    )
    for doc in fast.pipe([text, *TEXTS]):
        expected = [t.i for t in doc if _is_cue(t, _PARAPHRASE_VERBS) or t.lower_ == "according"]
        assert _cue_candidates(doc) == expected
    assert _cue_candidates(fast(text))  # the text has cues
