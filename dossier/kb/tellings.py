"""Whether two reports tell one statement or one incident in the same words.

Place, day, type and toll are what one day's look-alikes share too; two tellings of one
incident share its subject ("polio team", "Jaffar Express"), and two reports of one
statement share what it was about. The content words of a lead (function words, verbs of
saying, days and titles left out) and the share of them two reports have in common are what
:mod:`dossier.kb.event_groups` weighs, with the thresholds measured on the labelled pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from unidecode import unidecode

from dossier.kb.lead_names import lead_end_named

#: words that say nothing of what a statement is about: function words, the verbs of
#: saying, days and months, and the titles every report of an official gives
_STATEMENT_STOP = frozenset(
    """that this with from have been were their would will said says also they them after
    over into about which while when where there these those than other such more most
    being under upon amid against during before between through including added stated
    told saying according statement press release monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october
    november december president prime minister ministers federal chief governor senator
    general chairman secretary spokesperson spokesman official officials""".split()
)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
#: the share of the shorter lead's content words two reports of one statement have in
#: common (its subject: "cowardly", "resolve", "Jaffar Express"); one person's other
#: statement or another part of the day's visit shares less
SAME_STATEMENT = 0.2


def name_words(*names: str) -> set[str]:
    """The content words of ``names``, lower case and ASCII-folded: what every report of
    any news or statement of those people shares, so the joins leave them out before they
    compare what two reports say."""
    return {w for name in names for w in _CONTENT_WORD.findall(unidecode(name).lower())}


def statement_words(text: str, end: int, leave_out: str = "") -> frozenset[str]:
    """The content words of a statement's lead (``text[:end]``), lower case, less
    :data:`_STATEMENT_STOP` and the words of ``leave_out`` (the speaker's name and the
    dateline: every report of any statement of the speaker has them)."""
    known = name_words(leave_out)
    lead = unidecode(text[:end]).lower()
    return frozenset(w for w in _CONTENT_WORD.findall(lead) if w not in _STATEMENT_STOP | known)


def one_statement(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statement leads' content words (:func:`statement_words`) tell one
    statement: at least :data:`SAME_STATEMENT` of the shorter's are in the other. The
    same person acting on the same day is not enough -- the Prime Minister condemns an
    attack in the morning and lauds the operation that ends it at night."""
    if not a or not b:
        return False
    return len(a & b) >= SAME_STATEMENT * min(len(a), len(b))


#: the share of the shorter telling's content words (headline and first sentence) two
#: reports of one incident have in common. Place, day, type and toll are what one day's
#: look-alikes share too (a policeman shot in Bajaur and a suspect arrested there that
#: day; a bank bombing in Kunduz and five killed in Karak); two tellings of one incident
#: share its subject ("polio team", "madressah", "convoy", "Jaffar Express"). Measured on
#: the labelled join pairs of both archive samples (bench/eval_stories.py --archive):
#: at 0.25, 20 of 35 wrong pairs fall and 1 of 44 right ones. What the storyline (threads)
#: and an outlet's rewrite of its own statement (:func:`_rewrites`) ask
SAME_TELLING = 0.25
#: what two outlets' reports of one incident must share to join as its independent sources:
#: more than a storyline's reports. On every labelled pair of one event type in the four
#: label files, tellings sharing 0.25-0.33 were one event 7 times in 40 (the others one
#: storyline's: the India-Pakistan crisis's reports of one day naming Kashmir, a blast in
#: Mastung and a bus crash elsewhere sharing "16 injured"), from 0.33 up 64 in 133. April
#: sample 22 -> 19 join pairs, the 3 dropped all wrong; January and the realnews labels
#: lose no pair
JOIN_TELLING = 0.33


#: a title that is a web address ("http: / / www. site. com / news / ...", "www.site.com/...")
_ADDRESS = re.compile(r"^\s*(?:https?\s*:\s*/\s*/|www\s*\.)", re.IGNORECASE)
#: what splits an address into its parts: the path's slashes and the query's signs
_ADDRESS_PART = re.compile(r"[/?=&#]")
#: what joins a slug's words ("obama-nominates-new-surgeon-general", "driver_charged")
_SLUG_JOIN = re.compile(r"\s*[-_+]\s*")
#: the fewest words an address part must join to be read as its slug (the headline)
SLUG_WORDS = 3


def headline(title: str | None) -> str:
    """A report's headline as its telling reads it: the title, or -- where the title is a
    web address (a scraped page whose first line is its address, taken for its title) --
    the words of the address's slug, the part that joins the most words with hyphens or
    underscores ("... / obama - nominates - new - surgeon - general - 2009 - 07 - 13"),
    which is the headline the site wrote; nothing where no part joins
    :data:`SLUG_WORDS` words. The host, the scheme and the section names ("www",
    "scientificamerican", "blog", "local") are in no other outlet's telling of the news,
    and counted as its words they cut the share two reports of one event have in common
    below the join's bar."""
    if not title or not _ADDRESS.match(title):
        return title or ""
    parts = [_SLUG_JOIN.split(p.strip()) for p in _ADDRESS_PART.split(title)]
    slug = max(parts[1:] or [[]], key=len)
    if len(slug) < SLUG_WORDS:
        return ""
    slug[-1] = re.sub(r"\s*\.\s*[a-z]{2,5}$", "", slug[-1])  # ".html", ". shtml"
    return " ".join(slug)


#: the fewest content words a first sentence must give to tell the news: fewer, and it is
#: a line above the news (a release's "FOR IMMEDIATE RELEASE July 13, 2009", a blog's
#: "FIRED IN PHILLY!!"), and the telling reads on to the next sentence
TELLING_SENTENCE_WORDS = 3


def stored_telling(row: Mapping[str, Any]) -> frozenset[str]:
    """A ``document_groups`` row's telling words as stored (space-joined, ``None`` before
    one was written): the form every join compares, :func:`telling_words` read back."""
    return frozenset((row.get("telling") or "").split())


def telling_words(title: str | None, text: str) -> frozenset[str]:
    """The content words of how a report tells its news: its headline (:func:`headline`)
    and its first sentence (:func:`statement_words`' stop list: no function words, days,
    titles), read past abbreviations ("U. S.", "Dr.":
    :func:`dossier.kb.lead_names.lead_end_named`) -- and the second where the first gives
    fewer than :data:`TELLING_SENTENCE_WORDS` content words: a press release's first line
    is its header, and the White House's announcement of a nominee, told as "THE WHITE
    HOUSE" and "FOR IMMEDIATE RELEASE", shared no word with any report of the
    nomination."""
    head = f"{headline(title)}\n"
    first = lead_end_named(text, 1)
    if len(statement_words(text, first)) < TELLING_SENTENCE_WORDS:
        first = lead_end_named(text, 2)
    return statement_words(head + text, len(head) + first)


def one_telling(a: frozenset[str], b: frozenset[str], share: float = SAME_TELLING) -> bool:
    """Whether two reports' tellings (:func:`telling_words`) share at least ``share`` of
    the shorter's words. A report with no words (no headline, no text) is not held
    against: the other evidence decides."""
    if not a or not b:
        return True
    return len(a & b) >= share * min(len(a), len(b))


#: the letters of a content word that name its root for comparing two tellings: a word's
#: inflections and derivations share them ("nominate", "nominated", "nominee",
#: "nomination"; "martyr", "martyred", "martyrdom"; "climber", "climbers")
STEM_LETTERS = 5


def word_stem(word: str) -> str:
    """A content word (:func:`telling_words`: four letters or more, lower case) as two
    tellings of one news compare it: its plural "s" dropped, then its first
    :data:`STEM_LETTERS` letters. Outlets tell one person's news in other forms of the same
    words -- the White House "nominated", the paper's "nominee", the association's
    "nomination" -- and compared word for word, two reports of one nomination shared 3 of
    11 words less the name, under the join's share. A crude stem on purpose (no stemmer is
    a dependency): what it conflates besides ("police" and "policy") only adds a word in
    common among the many a share asks for."""
    if len(word) >= STEM_LETTERS and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_LETTERS]


def stems(words: Iterable[str]) -> frozenset[str]:
    """The stems (:func:`word_stem`) of a telling's words."""
    return frozenset(word_stem(word) for word in words)


#: the share of the shorter telling's stems (:func:`stems`, the person's names left out) two
#: reports of one person's news must have in common (:func:`person_told_alike`). The
#: incident join's third (:data:`JOIN_TELLING`) was measured on word-for-word tellings; on
#: stems, a quarter -- what the storyline and an outlet's rewrite ask (:data:`SAME_TELLING`)
#: -- joins the reports of one nomination told by the White House, the paper and the
#: association. ECB+ dev (replays over one ingest, in its order): stems at a third 559 ->
#: 567 pairs, at a quarter 575, look-alike pairs 11 either way; on the two archive slices
#: a quarter made 5 pairs a third does not, 4 of them one event (the army chief's Peshawar
#: meeting, the Prime Minister's Pasrur address, the ceasefire of 10 May, a round-up of two
#: tributes) and one a speaker's news of two days, which
#: :func:`dossier.kb.person_news.days_told_apart` now sets apart
PERSON_TELLING = SAME_TELLING


def person_told_alike(
    mine: frozenset[str],
    theirs: frozenset[str],
    names: Iterable[str],
    share: float = PERSON_TELLING,
) -> bool:
    """Whether two tellings (:func:`dossier.kb.tellings.telling_words`) tell one news of a
    person: :data:`PERSON_TELLING` of the shorter's stems (:func:`stems`) in common once
    the words of ``names`` (the person's names in both reports) are left out. A telling
    with no words left tells nothing to compare, so it never joins. ``share``: another
    share of stems where a join asks it (:data:`dossier.kb.undated_reports.NEWS_TELLING`)."""
    known = name_words(*names)
    a, b = stems(mine - known), stems(theirs - known)
    return bool(a and b) and one_telling(a, b, share)


def told_alike_by_majority(
    matched: frozenset[str],
    theirs: Sequence[frozenset[str]],
    tellings: Sequence[frozenset[str]],
    names: Iterable[str],
    share: float = PERSON_TELLING,
) -> bool:
    """Whether a group's reports (``theirs``: their tellings; ``matched``: the telling of the
    report the person was found in) tell the news the reports joined so far (``tellings``,
    the document's first) tell: the matched report told alike with the document
    (:func:`person_told_alike`), and more than half of all pairs of the group's and the
    joined reports' tellings told alike.

    Linkage by majority on the words, as :func:`dossier.kb.undated_reports.group_apart` takes
    the persons test: a group of one news holds reports told in many words (a nomination
    announced, welcomed by an association, explained by a blog), and under complete linkage
    one report told otherwise barred every later report of the news from the group. What
    sets two events apart in fact -- tolls, places -- is still asked of every pair
    (:func:`dossier.kb.undated_reports.group_apart`)."""
    if not person_told_alike(matched, tellings[0], names, share):
        return False
    pairs = [(x, y) for x in theirs for y in tellings]
    alike = sum(person_told_alike(x, y, names, share) for x, y in pairs)
    return 2 * alike > len(pairs)
