"""Issue 15 item 5, round 17: what is an event — background and aggregate attacks,
accidents, and the modality an event takes when its reports tie."""

import pytest

from dossier.kb.fact_summary import majority_modality


@pytest.mark.unit
def test_across_documents_a_tie_between_a_hedge_and_an_assertion_keeps_the_hedge() -> None:
    # one outlet hedges the act, another states it: no majority that it is established
    assert majority_modality(["asserted", "alleged"], ["a", "b"]) == "alleged"
    assert majority_modality(["alleged", "asserted"], ["a", "b"]) == "alleged"
    assert majority_modality(["negated", "asserted", "alleged"], ["a", "b", "c"]) == "alleged"


@pytest.mark.unit
def test_within_one_document_the_assertion_wins_a_tie() -> None:
    # "was kidnapped" ... "the men who had abducted him": the article reports the act
    assert majority_modality(["asserted", "alleged"], ["a", "a"]) == "asserted"
    # (round 24: a tie goes to the reading told first, so a hedged lead keeps its hedge)
    assert majority_modality(["alleged", "asserted"]) == "alleged"


@pytest.mark.unit
def test_each_document_votes_once() -> None:
    # three mentions in one article do not outvote two outlets that hedge
    told = ["asserted", "asserted", "asserted", "alleged", "alleged"]
    assert majority_modality(told, ["a", "a", "a", "b", "c"]) == "alleged"
    assert majority_modality(told, ["a", "a", "a", "b", "b"]) == "alleged"  # one vote each
    assert majority_modality(told, ["a", "b", "c", "d", "d"]) == "asserted"


@pytest.mark.unit
def test_a_majority_still_beats_the_hedge() -> None:
    assert majority_modality(["asserted", "alleged", "asserted"], ["a", "b", "c"]) == "asserted"
    assert majority_modality(["alleged", "negated", "negated"], ["a", "b", "c"]) == "negated"


@pytest.mark.unit
def test_documents_must_match_the_reports() -> None:
    with pytest.raises(ValueError):
        majority_modality(["asserted", "alleged"], ["a"])


# --------------------------------------------------------------------------- end to end
# fictional sentences with real place names, run through the whole pipeline


def _incidents(text: str, settings) -> list[str]:
    from tests.test_events import _events

    return [e.trigger for e in _events(text, settings) if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.nlp
@pytest.mark.parametrize(
    "text",
    [
        # a passive whose auxiliary is left out: the injured are hurt, not the doers, and an
        # accident has no doer
        "Two people were killed and three others injured when a van fell into a ravine "
        "in Neelum valley on Sunday.",
        # running totals and a period's figures
        "Around 4,000 soldiers have also been killed.",
        "He said that hundreds of party workers have been martyred.",
        "Overall, 341 terrorists were killed in 2,801 operations in the first 10 months of 2024.",
        "During the operations in February, 156 terrorists were killed and 66 were arrested.",
        # a campaign going on, not one incident
        "The rebels have been firing on ships in the Red Sea for months.",
        # no occasion in particular
        "He said those who target innocent civilians are enemies of humanity.",
        "The police chief said those attacking the lives of citizens will not escape the law.",
        "She said whenever a terrorist attack occurs in the province, the party blames others.",
        "Residents cannot accept responsibility for any roadside IED attacks on the forces.",
        # a kind of act, not acts that happened
        "The two countries share a border vulnerable to violent attacks by armed groups.",
        # the weather, and a vehicle whose name the parser splits at its hyphen
        "Twenty-one people were killed and six others were injured because of hail in Farah.",
        "Five people were killed in rain-related incidents in Lahore.",
        "Police said that a recklessly driven passenger mini-bus of route W-25 hit and killed "
        "a boy in Korangi.",
    ],
)
def test_no_incident_is_told(text, settings) -> None:
    assert _incidents(text, settings) == []


@pytest.mark.nlp
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a passive with its own auxiliary, and a gapped passive of a real attack
        ("Three soldiers were martyred and two others injured in an attack in Bannu.", "martyred"),
        # one occasion, however large its toll or loosely dated
        ("In 2008, a suicide bombing killed 150 people at a hotel in Islamabad.", "killed"),
        ("The 2008 Mumbai siege killed 166 people.", "killed"),
        (
            "At least 100 people have been killed in a suicide bombing at a mosque in Peshawar.",
            "killed",
        ),
        (
            "Earlier this month, over 100 people were killed when militants hijacked a train.",
            "killed",
        ),
        # a toll counted since an act stays on that campaign
        (
            "At least 1,978 people have been killed in Gaza since Israel resumed its assault.",
            "killed",
        ),
        # "dozens" is one operation's toll; arrests are counted in hundreds in one round-up
        ("Dozens of the terrorists have been sent to hell, he posted.", "sent"),
        (
            "A court granted bail to 153 workers arrested during the protests in November 2024.",
            "arrested",
        ),
        ("Militants rained bullets on the checkpost in Bannu, killing two policemen.", "killing"),
        # a toll in the hundreds in the present perfect is as often one operation's
        ("Security forces have killed 219 rebels in Oromia, an official said.", "killed"),
        ("In one of the worst gas attacks of the war, 258 people have been killed.", "killed"),
        # a bare plural told done by someone stays
        ("The forces mounted a response, delivering retributive strikes on the camps.", "strikes"),
        # a past act of "those" is one incident
        ("Police arrested those who attacked the convoy in Bannu on Monday.", "attacked"),
    ],
)
def test_the_incident_stays(text, trigger, settings) -> None:
    assert trigger in _incidents(text, settings)
