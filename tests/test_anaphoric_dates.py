"""Days told by reference to a day the article has just given ("That day", "the same day",
"two days later"): dated from that day when it is the only one near, else left undated.
Pure rules over already-resolved expressions (no model)."""

from __future__ import annotations

import re

from dossier.extract.timex import anaphoric_days
from dossier.records import TimeExpr


def _given(text: str, words: str, value: str, sentence: int, precision: str = "day") -> TimeExpr:
    at = text.index(words)
    end = value if precision == "day" else "2025-01-31"
    return TimeExpr(at, at + len(words), words, value, end, precision, sentence)


def _sentences(text: str):
    starts = [0] + [m.end() for m in re.finditer(r"\. ", text)]
    return lambda offset: max(i for i, s in enumerate(starts) if s <= offset)


def _days(text: str, given: list[TimeExpr]) -> dict[str, str | None]:
    return {t.text: t.value_start for t in anaphoric_days(text, given, _sentences(text))}


def test_that_day_takes_the_day_of_the_sentence_before():
    text = "Militants attacked a checkpost on Monday. That day, police arrested two men."
    given = [_given(text, "Monday", "2025-01-13", 0)]
    assert _days(text, given) == {"That day": "2025-01-13"}


def test_offsets_count_from_the_day_given():
    text = (
        "Gunmen killed a teacher on January 5. The next day, students protested. "
        "Two days later, police arrested a suspect."
    )
    given = [_given(text, "January 5", "2025-01-05", 0)]
    assert _days(text, given) == {
        "The next day": "2025-01-06",
        "Two days later": "2025-01-07",
    }
    text = "A curfew was lifted on January 5. The day before, a teacher was killed."
    assert _days(text, [_given(text, "January 5", "2025-01-05", 0)]) == {
        "The day before": "2025-01-04"
    }


def test_the_day_before_runs_on_into_where_the_act_happened():
    # "reported on Friday that ... an air strike the day before on a house": Thursday
    text = (
        "The agency reported on Friday that the toll from an air strike the day before on a "
        "house had risen. Troops left the day before the attack."
    )
    given = [_given(text, "Friday", "2025-04-25", 0)]
    # "the day before the attack" counts from an act, not from Friday: left
    assert _days(text, given) == {"the day before": "2025-04-24"}


def test_the_same_day_within_its_sentence():
    text = "Police raided a house on Friday and arrested a man the same day."
    given = [_given(text, "Friday", "2025-01-17", 0)]
    assert _days(text, given) == {"the same day": "2025-01-17"}


def test_a_day_after_an_act_is_not_counted_forward():
    # "said on Sunday, a day after X was injured": X was on Saturday, the saying on Sunday
    text = (
        "Officials said on Sunday, a day after gunmen attacked a convoy. "
        "Two days before that, a school was hit."
    )
    given = [_given(text, "Sunday", "2025-01-05", 0)]
    assert _days(text, given) == {"a day after": "2025-01-04", "Two days before": "2025-01-03"}


def test_an_act_told_a_day_before_the_incident_just_told():
    text = (
        "Militants attacked a post on Monday night. The incident comes a day after a lawmaker "
        "escaped an attack. Police said two days before the blast, a suspect was seen."
    )
    given = [_given(text, "Monday night", "2025-01-13", 0)]
    # the second: the day counted from may be the blast's own, not the clause's: left
    assert _days(text, given) == {"a day after": "2025-01-12"}


def test_a_day_after_an_earlier_act_is_left_when_the_day_may_be_that_acts():
    # Monday may be the attack's: "a day after the attack" then dates the arrest, Tuesday
    text = "Militants attacked a post on Monday. Police arrested two men a day after the attack."
    assert _days(text, [_given(text, "Monday", "2025-01-13", 0)]) == {}


def test_a_day_after_a_vague_reference_is_not_counted_from_the_day_before_it():
    text = "A jeep fell on Dec 15. Later that month, a van crashed. The next day, a bus overturned."
    # "that month" is December; "The next day" counts from no day given
    assert _days(text, [_given(text, "Dec 15", "2024-12-15", 0)]) == {"that month": "2024-12-01"}


def test_two_days_near_leave_it_undated():
    # the attack's day and the report's day: which one "that day" means is a guess
    text = "Militants attacked a post on Monday, police said on Tuesday. That day, roads closed."
    given = [_given(text, "Monday", "2025-01-13", 0), _given(text, "Tuesday", "2025-01-14", 0)]
    assert _days(text, given) == {}


def test_a_day_too_far_back_or_a_month_is_no_antecedent():
    text = "Rebels attacked on Monday. Talks failed. Talks resumed. That day, troops moved."
    assert _days(text, [_given(text, "Monday", "2025-01-13", 0)]) == {}
    text = "Rebels attacked in January. That day, troops moved."
    assert _days(text, [_given(text, "January", "2025-01-01", 0, "month")]) == {}


def test_the_day_before_yesterday_is_not_an_anaphor():
    text = "Police said on Monday. The day before yesterday, rebels attacked."
    given = [
        _given(text, "Monday", "2025-01-13", 0),
        _given(text, "The day before yesterday", "2025-01-11", 1),
    ]
    assert _days(text, given) == {}


def test_each_incident_takes_the_days_the_sentence_before_gave_them():
    text = (
        "Two separate attacks between Friday and Saturday killed 22 soldiers. In the first "
        "incident, 18 troops were ambushed in Kalat. In the second attack, four died."
    )
    at = text.index("between Friday and Saturday")
    given = [TimeExpr(at, at + 27, text[at : at + 27], "2025-01-31", "2025-02-01", "range", 0)]
    found = anaphoric_days(text, given, _sentences(text))
    assert [(t.text, t.value_start, t.value_end) for t in found] == [
        ("the first incident", "2025-01-31", "2025-02-01"),
        ("the second attack", "2025-01-31", "2025-02-01"),
    ]


def test_incidents_after_two_dates_or_a_long_range_stay_undated():
    text = "Rebels attacked on Friday and on Sunday. In the first attack, two died."
    given = [_given(text, "Friday", "2025-01-31", 0), _given(text, "Sunday", "2025-02-02", 0)]
    assert _days(text, given) == {}
    text = "Attacks rose last month. In the first attack, two died."
    at = text.index("last month")
    given = [TimeExpr(at, at + 10, "last month", "2025-01-01", "2025-01-31", "month", 0)]
    assert _days(text, given) == {}


def test_that_month_and_that_year_take_the_one_given_before():
    text = "Last month, a leader was shot. In a separate incident during that month, two died."
    at = text.index("Last month")
    given = [TimeExpr(at, at + 10, "Last month", "2025-03-01", "2025-03-31", "month", 0)]
    found = anaphoric_days(text, given, _sentences(text))
    assert [(t.text, t.value_start, t.value_end, t.precision) for t in found] == [
        ("that month", "2025-03-01", "2025-03-31", "month")
    ]
    text = "Rebels attacked on March 3, 2023. Later that year, police arrested ten men."
    found = anaphoric_days(text, [_given(text, "March 3, 2023", "2023-03-03", 0)], _sentences(text))
    assert [(t.text, t.value_start, t.value_end) for t in found] == [
        ("that year", "2023-01-01", "2023-12-31")
    ]


def test_that_month_after_two_months_stays_undated():
    text = "Rebels attacked on March 3 and on April 9. Later that month, police arrested ten men."
    given = [_given(text, "March 3", "2025-03-03", 0), _given(text, "April 9", "2025-04-09", 0)]
    assert anaphoric_days(text, given, _sentences(text)) == []


def test_the_same_day_names_the_day_last_given_sentences_back():
    # sentences of detail between the raid and "the same day" do not break the reference
    text = (
        "In a raid late on Wednesday night, police arrested a man. "
        "Explosives were recovered from him. "
        "A case was registered against him. "
        "The department said he had planned an attack. "
        "Police also arrested a second man in a separate raid on the same day."
    )
    given = [_given(text, "Wednesday night", "2025-05-07", 0)]
    assert _days(text, given) == {"the same day": "2025-05-07"}
    # "two days later" too far back counts from the article's only day (session 25,
    # ``timex._only_day``); with another date given in between it is left undated
    text = text.replace("on the same day", "two days later")
    assert _days(text, given) == {"two days later": "2025-05-09"}
    text = text.replace("Explosives were", "On Thursday explosives were")
    given.append(_given(text, "Thursday", "2025-05-08", 1))
    assert _days(text, given) == {}


def test_dawn_is_the_dawn_of_the_day_the_article_tells():
    text = (
        "The rescue agency said on Saturday that 15 people were killed. "
        "Five people were killed in a strike on a tent at dawn, he said."
    )
    given = [_given(text, "Saturday", "2025-05-10", 0)]
    assert _days(text, given) == {"at dawn": "2025-05-10"}
    # a dawn the text dates itself is not an anaphor
    text = "A team was targeted at dawn on March 23. Rescuers said on Monday it was hit."
    assert _days(text, [_given(text, "March 23", "2025-03-23", 0)]) == {}


def test_the_incident_that_comes_a_day_after_is_the_leads_however_far_down():
    # "The incident comes a day after ..." after quotes and reactions: the lead's day, less one
    text = (
        "A local leader was shot dead in Dalmia on Monday night. The officer suspected enmity. "
        "The party demanded arrests. The minister took notice. The incident comes a day after "
        "a lawmaker escaped death in a firing."
    )
    assert _days(text, [_given(text, "Monday night", "2025-03-17", 0)]) == {
        "a day after": "2025-03-16"
    }
    # a lead giving two days (the act's and the report's): which one is the incident's is a guess
    text = (
        "A leader was shot dead on Monday, police said on Tuesday. The officer suspected "
        "enmity. The party demanded arrests. The incident comes a day after a firing."
    )
    given = [_given(text, "Monday", "2025-03-17", 0), _given(text, "Tuesday", "2025-03-18", 0)]
    assert _days(text, given) == {}
