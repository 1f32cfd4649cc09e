"""Places of events, session 33 (issue 15: an event's place belongs to the event), the event
store's rules. A name that is the first half of a compound adjective ("the Iran-backed
group") is no act's place; a place lent from an earlier sentence that lies outside the
dateline's country is kept only where the event's sentence names its country or an act is
told there. Unit tests read hand-built texts (no model)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dossier.geo import key, load_gazetteer, names_a_modifier
from dossier.kb.event_places import DocumentPlaces, fits_setting, modifier_place
from dossier.records import Mention

# ------------------------------------------------------------------ a name as a modifier


@pytest.mark.unit
def test_a_name_joined_to_a_participle_is_a_modifier_not_a_place():
    assert names_a_modifier("-backed group called for a sit-in")
    assert names_a_modifier("-led coalition")
    assert names_a_modifier("-based traders")
    assert names_a_modifier("\u2011run ministry")  # a non-breaking hyphen
    assert names_a_modifier("-bound train")
    # two names joined, a name and its noun, a name at the end: still places
    assert not names_a_modifier("-Afghanistan border")
    assert not names_a_modifier(" province on Monday")
    assert not names_a_modifier("")
    assert not names_a_modifier("-Gaza war")


@pytest.mark.unit
def test_an_acts_place_written_as_a_modifier_is_dropped():
    text = "A crowd blocked the road after the Iran-backed group called for a sit-in in Beirut."
    iran = (text.index("Iran"), text.index("Iran") + len("Iran"))
    beirut = (text.index("Beirut"), text.index("Beirut") + len("Beirut"))
    assert modifier_place(text, iran)
    assert not modifier_place(text, beirut)
    assert not modifier_place(text, None)


# ------------------------------------------------------------------ a lent place abroad


def _places(text: str, names: list[tuple[str, str]], dateline: str, acts_at: tuple[str, ...] = ()):
    """The :class:`DocumentPlaces` of ``text`` (its sentences split at ". "), its ``names``
    tagged with their labels (each place resolved to its first gazetteer record where the
    gazetteer holds only one country's), and an event placed at each name of ``acts_at``."""
    gazetteer = load_gazetteer()
    cuts, start = [], 0
    for part in text.split(". "):
        cuts.append(SimpleNamespace(start=start, end=start + len(part) + 1))
        start += len(part) + 2
    mentions = []
    for name, label in names:
        at = text.index(name)
        index = next(i for i, s in enumerate(cuts) if s.start <= at < s.end)
        mentions.append(Mention(at, at + len(name), name, label, key(name), index))
    resolved = {}
    for m in mentions:
        found = gazetteer.candidates(m.text) if m.label == "GPE" else []
        if found and len({p.country for p in found}) == 1:
            resolved[m.key] = found[0]
    events = [SimpleNamespace(location=(m.start, m.end)) for m in mentions if m.text in acts_at]
    analyzed = SimpleNamespace(
        sentences=cuts, document=SimpleNamespace(text=text), mentions=mentions, events=events
    )
    line = next(m for m in mentions if m.text == dateline)
    tagged = [m for m in mentions if m.label == "GPE"]
    return DocumentPlaces(analyzed, line, resolved, tagged), mentions  # type: ignore[arg-type]


_KARACHI = (
    "KARACHI: A mob ransacked a restaurant on Tuesday. The officer said their motive was to "
    "protest against policies in Gaza. Police are arresting the remaining protesters."
)


@pytest.mark.unit
def test_a_place_abroad_an_earlier_sentence_only_mentions_is_not_lent():
    places, mentions = _places(_KARACHI, [("KARACHI", "GPE"), ("Gaza", "GPE")], "KARACHI")
    gaza = next(m for m in mentions if m.text == "Gaza")
    arrest = SimpleNamespace(sentence=2)
    assert not fits_setting(places, arrest, gaza)  # type: ignore[arg-type]


@pytest.mark.unit
def test_a_place_abroad_where_an_act_is_told_is_still_lent():
    # "KARACHI: ... Israeli strikes killed 20 in Gaza. Five of the dead were children."
    text = "KARACHI: Strikes killed 20 people in Gaza. Five of the dead were children."
    places, mentions = _places(
        text, [("KARACHI", "GPE"), ("Gaza", "GPE")], "KARACHI", acts_at=("Gaza",)
    )
    gaza = next(m for m in mentions if m.text == "Gaza")
    assert fits_setting(places, SimpleNamespace(sentence=1), gaza)  # type: ignore[arg-type]


@pytest.mark.unit
def test_a_place_abroad_fits_where_the_events_sentence_names_its_country():
    text = _KARACHI.replace("Police are arresting", "Palestinian police are arresting")
    places, mentions = _places(
        text, [("KARACHI", "GPE"), ("Gaza", "GPE"), ("Palestinian", "NORP")], "KARACHI"
    )
    gaza = next(m for m in mentions if m.text == "Gaza")
    assert fits_setting(places, SimpleNamespace(sentence=2), gaza)  # type: ignore[arg-type]


@pytest.mark.unit
def test_a_place_of_the_datelines_country_or_unknown_is_lent_as_before():
    text = "KARACHI: A mob ransacked a shop in Korangi and Lahore. Police arrested ten men."
    places, mentions = _places(
        text, [("KARACHI", "GPE"), ("Korangi", "GPE"), ("Lahore", "GPE")], "KARACHI"
    )
    for name in ("Lahore", "Korangi"):  # a town of Pakistan; a name the gazetteer may lack
        found = next(m for m in mentions if m.text == name)
        assert fits_setting(places, SimpleNamespace(sentence=1), found)  # type: ignore[arg-type]
