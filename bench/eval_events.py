#!/usr/bin/env python3
"""Events end to end: gold articles in, ``dossier export`` events out, beside baselines.

Three gold sets (read in place, never copied; ``--data`` to choose the folder):

1. **PLOVER gold-standard records** (322 news-style sentences, one PLOVER type each, with
   source/target actors). Each sentence is one article. Detection per article: the gold type
   among the exported event types is a hit, every other exported type a false alarm, a missed
   gold type a miss (``bench/event_eval.py`` rules and type mapping: FIGHT->ASSAULT,
   DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE). Actor right: an exported event of the
   gold type has an actor whose name, alias or mention in that article shares a word with the
   gold source. The records carry no dates or places (all dates are the placeholder
   2000-01-01), so date and province are scored on the labelled real set (3).
2. **CASE 2021 task 2** (1,019 ACLED-typed snippets): the same detection score with ACLED
   sub-types mapped to PLOVER (disasters are negatives; ``bench/event_eval.py``'s CASE_MAP).
3. **The labelled real set** ``bench/labels/events/events.jsonl`` (see its GUIDE.md): events
   of real 2025 articles from ``realnews-2025-jan-may``, ingested with their title and
   published date. A gold event is matched to the exported events of its article whose
   evidence contains its ``anchor`` words (the gold type preferred); rows sharing one anchor
   (several incidents told in one sentence) are matched one to one to distinct events, the
   assignment agreeing most (all six, then type, then place, then target: :func:`match_rows`).
   Fields: type, actor,
   target, place, date, modality, and all six right (also with no wrong extra participant:
   actor and target right only when every participant the event names is the gold's, where
   the main figure needs one name sharing a word with it); province (the location's first-level
   region by name); events per incident (exported events of ASSAULT/COERCE in an article over
   the labelled incidents of that type there — the guide labels every one); false alarms.

Baselines, same run, same texts:

* **keyword triggers** (types): every token whose spaCy lemma is in dossier's trigger lexicon
  (``dossier.extract.events.TRIGGERS``) is an event of its type — no syntax, no modality;
* **the dateline's date** (dates): every event dated to its article's publication day;
* **"X province" regex** (province): the first "<Name> province" written in the event's
  sentence, else in the article.

Usage: ``python bench/eval_events.py [--data ../shared/bench-data] [--limit N]
[--labels bench/labels/events/events.jsonl] [--skip plover,case,real] [--matcher assign|first]
[--export-out FILE | --export-in FILE]``. Every labelled set at once, its counts summed into
development, validation and total rows (the figure of record): ``bench/eval_event_sets.py``,
which calls :func:`score_real_set` per set.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import (
    DEFAULT_DATA,
    ECB_PREFIX,
    ROOT,
    Article,
    ExportRun,
    ecb_articles,
    prf,
    realnews,
    run_export,
)
from bench.event_eval import Gold, load_case, load_plover
from dossier.config import load_settings
from dossier.extract.events import TRIGGERS
from dossier.extract.nlp import load_pipeline

LABELS = ROOT / "bench" / "labels" / "events" / "events.jsonl"
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("the a an of in on at and or to by for from with its their his her s".split())
PROVINCE = re.compile(r"\b((?:[A-Z][\w'-]+\s+){0,3}[A-Z][\w'-]+)\s+[Pp]rovince\b")
INCIDENT_TYPES = ("ASSAULT", "COERCE")


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def singular(word: str) -> str:
    """The word without an English plural ending ("terrorists" -> "terrorist", "attackers" ->
    "attacker", "casualties" -> "casualty"): an ACLED coder counts "a terrorist" and
    "terrorists" as the same generic actor, so the labelled set's names may match in either
    number. Short words and "-ss/-us/-is" endings are left alone ("US", "Abbas", "Hamas")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "as")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def name_words(text: str, fold_number: bool = True) -> set[str]:
    """The words a name is matched by, each in the singular unless ``fold_number`` is off."""
    found = words(text)
    return {singular(w) for w in found} if fold_number else found


def norm(text: str) -> str:
    """Lower case, single spaces, no accents ("Kandahār" is Kandahar)."""
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).lower().split())


# --------------------------------------------------------------------------- export access


@dataclass
class Exported:
    """The export, indexed for scoring."""

    export: dict[str, Any]
    doc_ids: dict[str, str]  # document id -> article key

    def __post_init__(self) -> None:
        self.entities = {e["id"]: e for e in self.export.get("entities", [])}
        self.by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for event in self.export.get("events", []):
            for doc_id in {e["document_id"] for e in event["evidence"]}:
                if doc_id in self.doc_ids:
                    self.by_doc[self.doc_ids[doc_id]].append(event)

    def names(self, entity_id: str | None, key: str | None = None) -> list[str]:
        """An entity's name, aliases and (in article ``key``) its mention texts."""
        entity = self.entities.get(entity_id or "")
        if not entity:
            return []
        found = [entity["name"], *entity.get("aliases", [])]
        found += [m["text"] for m in entity.get("mentions", [])]
        return found

    def events(self, key: str) -> list[dict[str, Any]]:
        return self.by_doc.get(key, [])


def role_names(ex: Exported, event: dict[str, Any], role: str) -> list[str]:
    names = [n for i in event.get(role, []) for n in ex.names(i)]
    extra = {"actors": "actor_names", "targets": "target_names"}[role]
    return names + list(event.get(extra) or [])


def role_groups(ex: Exported, event: dict[str, Any], role: str) -> list[list[str]]:
    """The event's participants in ``role``, each as the names it goes by: a participant's
    text (``actor_names``/``target_names``) with the names of the entity it was linked to,
    and a linked entity no text names on its own."""
    extra = {"actors": "actor_names", "targets": "target_names"}[role]
    linked = [ex.names(i) for i in event.get(role, [])]
    used: set[int] = set()
    groups = []
    for text in event.get(extra) or []:
        group = [text]
        for j, names in enumerate(linked):
            if norm(text) in {norm(n) for n in names}:
                group += names
                used.add(j)
        groups.append(group)
    return groups + [names for j, names in enumerate(linked) if j not in used and names]


def strict_name_right(gold: str | None, groups: list[list[str]]) -> bool:
    """:func:`name_right` with no wrong extra participant: every participant the event
    names matches one of the gold alternatives. The main figure counts a role right when
    any name shares a word with the gold, so "Mangochar" (a place read as an actor) beside
    "anti-state elements" scores as right; this one does not."""
    if gold == "*":
        return True
    if gold is None:
        return not any(any(g) for g in groups)
    return bool(groups) and all(name_right(gold, group) for group in groups)


def place_names(ex: Exported, event: dict[str, Any]) -> list[str]:
    names = ex.names(event.get("location"))
    if event.get("location_name"):
        names.append(event["location_name"])
    return names


def admin1_of(ex: Exported, event: dict[str, Any]) -> str | None:
    """The first-level region the export gives the event's place, by name where it can: the
    event's own ``location_admin1`` (resolved in the reporting document), else its location
    entity's."""
    if event.get("location_admin1"):
        return str(event["location_admin1"])
    entity = ex.entities.get(event.get("location") or "")
    if not entity:
        return None
    geo = entity.get("geo") or {}
    return geo.get("admin1_name") or geo.get("admin1")


# --------------------------------------------------------------------------- PLOVER / CASE


def keyword_types(nlp, texts: Sequence[str]) -> list[set[str]]:  # type: ignore[no-untyped-def]
    """The baseline: trigger lemmas -> their types."""
    return [
        {TRIGGERS[t.lemma_.lower()][0] for t in doc if t.lemma_.lower() in TRIGGERS}
        for doc in nlp.pipe(texts)
    ]


def score_types(gold: Sequence[Gold], predicted: Sequence[set[str]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for g, types in zip(gold, predicted, strict=True):
        hit = bool(g.types & types)
        tp += hit
        fn += bool(g.types) and not hit
        fp += len(types - g.types)
    return prf(tp, tp + fp, tp + fn)


def typed_sets(name: str, gold: list[Gold], nlp, with_actor: bool) -> None:  # type: ignore[no-untyped-def]
    keys = [f"{name}-{i:04d}" for i in range(len(gold))]
    run = run_export(
        (Article(k, g.text) for k, g in zip(keys, gold, strict=True)), tolerate_errors=True
    )
    docs = run.documents_by_key()
    ex = Exported(run.export, {d["id"]: k for k, d in docs.items()})
    ours = [{e["type"] for e in ex.events(k)} for k in keys]
    base = keyword_types(nlp, [g.text for g in gold])
    negatives = sum(1 for g in gold if not g.types)
    print(
        f"{name}: {len(gold)} texts as articles ({negatives} negatives, {len(docs)} exported; "
        f"ingest+export {run.seconds:.0f} s)"
    )
    print(f"  {'method':<36} {'P':>6} {'R':>6} {'F1':>6}")
    for label, predicted in (("dossier export", ours), ("baseline: keyword triggers", base)):
        p, r, f = score_types(gold, predicted)
        print(f"  {label:<36} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if with_actor:
        right = total = 0
        for k, g in zip(keys, gold, strict=True):
            sources = [s for s in g.sources if s]
            if not sources:
                continue
            total += 1
            names = [
                n for e in ex.events(k) if e["type"] in g.types for n in role_names(ex, e, "actors")
            ]
            gold_words = set().union(*(words(s) for s in sources))
            right += any(words(n) & gold_words for n in names)
        print(
            f"  actor right (an event of the gold type names the gold source): "
            f"{right}/{total} = {right / max(total, 1):.1%}"
        )


# --------------------------------------------------------------------------- labelled real set


def read_labels(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: not JSON: {exc}") from exc
    return rows


def name_right(gold: str | None, names: Iterable[str], fold_number: bool = True) -> bool:
    """Gold None: nothing predicted; '*': not scored (where a statement was made). Else one
    of the gold alternatives ('a|b') shares a word with a predicted name, singular and plural
    alike unless ``fold_number`` is off (see :func:`singular`)."""
    names = [n for n in names if n]
    if gold == "*":
        return True
    if gold is None:
        return not names
    alternatives = [name_words(a, fold_number) for a in gold.split("|")]
    return any(a & name_words(n, fold_number) for a in alternatives for n in names if a)


def date_right(gold: str | None, got: dict[str, Any] | None) -> bool:
    """Gold 'YYYY-MM-DD' (that day), 'YYYY-MM' (that month), 'YYYY' (that year),
    'A..B' (within those days: "on the night between Sunday and Monday", "last week") or
    '<=YYYY-MM-DD' (on or before: an interval ending by that day, not a made-up day)."""
    if gold is None:
        return got is None
    if got is None:
        return False
    start, end = got["start"], got["end"]
    if gold.startswith("<="):
        return end <= gold[2:] and start < end
    if ".." in gold:
        low, high = gold.split("..")
        return low <= start and end <= high
    if len(gold) == 10:
        return start == end == gold
    return start.startswith(gold) and end.startswith(gold)


def baseline_date_right(gold: str | None, published: str | None) -> bool:
    """The publication-day baseline: every event dated to its report's day. An undated page (an
    ECB+ document, ``published`` None) has no such day, so the baseline leaves its events
    undated, which is right only where the gold is undated too."""
    if published is None:
        return date_right(gold, None)
    return date_right(gold, {"start": published, "end": published})


def sentence_of(text: str, anchor: str) -> str:
    at = text.lower().find(anchor.lower())
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end_dot = text.find(". ", at)
    end_nl = text.find("\n", at)
    ends = [e for e in (end_dot, end_nl) if e >= 0]
    return text[start : (min(ends) + 1 if ends else len(text))]


def alarms_path(errors: Path) -> Path:
    """Where ``--errors FILE`` puts the false alarms: ``<stem>.alarms.jsonl`` beside it. They
    are kept apart from the per-label rows because an alarm has no gold row to sit beside, and
    the next rule to write is as often "this is not an event" as "this field is wrong"."""
    return errors.with_name(f"{errors.stem}.alarms.jsonl")


def alarm_row(
    ex: Exported, event: dict[str, Any], key: str, docs: dict[str, Any], kind: str
) -> dict[str, Any]:
    """One stored ASSAULT/COERCE event that matched no labelled row, with the sentences it was
    read from, so a false alarm can be judged without re-running the pipeline."""
    doc_id = docs.get(key, {}).get("id")
    return {
        "article": key,
        "type": kind,
        "modality": event.get("modality"),
        "actor": role_names(ex, event, "actors")[:3],
        "target": role_names(ex, event, "targets")[:3],
        "place": place_names(ex, event)[:2],
        "date": event.get("date"),
        "sentences": [s["text"] for s in event["evidence"] if s["document_id"] == doc_id],
    }


def field_checks(
    ex: Exported, lab: dict[str, Any], event: dict[str, Any] | None
) -> dict[str, bool]:
    """Which of the six fields of labelled row ``lab`` the exported ``event`` gets right (all
    wrong when no event was matched)."""
    if event is None:
        return dict.fromkeys(("type", "actor", "target", "place", "date", "modality"), False)
    return {
        "type": event["type"] in lab["type"].split("|"),
        "actor": name_right(lab.get("actor"), role_names(ex, event, "actors")),
        "target": name_right(lab.get("target"), role_names(ex, event, "targets")),
        "place": name_right(lab.get("place"), place_names(ex, event)),
        "date": date_right(lab.get("date"), event.get("date")),
        "modality": event["modality"] == lab.get("modality", "asserted"),
    }


def anchored(ex: Exported, docs: dict[str, Any], key: str, anchor: str) -> list[dict[str, Any]]:
    """The exported events of article ``key`` whose evidence in that article holds ``anchor``
    (case-, accent- and space-insensitive), in export order."""
    doc_id = docs.get(key, {}).get("id")
    wanted = norm(anchor)
    return [
        e
        for e in ex.events(key)
        if any(wanted in norm(s["text"]) for s in e["evidence"] if s["document_id"] == doc_id)
    ]


#: how much each field weighs when rows meet events: all six right first, then the gold type,
#: then place and target (what tells one incident of a sentence from another), actor, date
#: and modality; each weight exceeds the sum of those after it, so the order is strict
AGREEMENT = (("all", 64), ("type", 32), ("place", 16), ("target", 8), ("actor", 4))
AGREEMENT += (("date", 2), ("modality", 1))


def agreement(checks: dict[str, bool]) -> int:
    """One (row, event) pair's agreement as a number (see :data:`AGREEMENT`)."""
    checks = {**checks, "all": all(checks.values())}
    return sum(w for name, w in AGREEMENT if checks[name])


def best_assignment(weight: list[list[int]]) -> dict[int, int]:
    """Rows (``weight``'s rows) to distinct events (its columns), each at most once, with the
    largest summed agreement; ties go to earlier rows and earlier events. Every assignment is
    tried (one anchor holds a few rows and a few events); past 40,000 it is greedy, best pair
    first."""
    rows = len(weight)
    cols = len(weight[0]) if weight else 0
    if not rows or not cols:
        return {}
    slots = list(range(cols)) + [-1] * rows  # -1: the row is left without an event
    if math.perm(cols + rows, rows) <= 40_000:
        best: tuple[int, tuple[int, ...]] | None = None
        for pick in itertools.permutations(slots, rows):
            total = sum(weight[r][c] for r, c in enumerate(pick) if c >= 0)
            if best is None or total > best[0]:
                best = (total, pick)
        assert best is not None
        return {r: c for r, c in enumerate(best[1]) if c >= 0}
    chosen: dict[int, int] = {}
    pairs = sorted((-weight[r][c], r, c) for r in range(rows) for c in range(cols))
    for _, r, c in pairs:
        if r not in chosen and c not in chosen.values():
            chosen[r] = c
    return chosen


def match_rows(
    ex: Exported, docs: dict[str, Any], labels: Sequence[dict[str, Any]], matcher: str = "assign"
) -> list[dict[str, Any] | None]:
    """The exported event each labelled row is scored against (None: not found).

    ``first`` (the matcher up to session 19): each row takes the first anchored event of its
    gold type, else the first anchored event. Rows sharing an anchor — the guide's "two
    incidents told in one sentence get two rows with the same anchor" — then all take the same
    event, so a sentence correctly split into one event per incident could never score.

    ``assign`` (the default): the rows of one article sharing one anchor are matched one to one
    to distinct anchored events, the assignment with the most agreement overall
    (:func:`best_assignment`): every (row, event) pair weighs all six right first, then the
    gold type, then place, then target, actor, date and modality (:data:`AGREEMENT`). A row
    left over when its sentence gave fewer events than incidents is not found: one stored
    event cannot stand for two incidents. A single row is matched the same way, to its best
    anchored event."""
    if matcher == "first":
        chosen: list[dict[str, Any] | None] = []
        for lab in labels:
            kinds = lab["type"].split("|")
            candidates = sorted(
                anchored(ex, docs, lab["article"], lab["anchor"]),
                key=lambda e: e["type"] not in kinds,
            )
            chosen.append(candidates[0] if candidates else None)
        return chosen
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        groups[(lab["article"], norm(lab["anchor"]))].append(i)
    assigned: list[dict[str, Any] | None] = [None] * len(labels)
    for (key, _), rows in groups.items():
        candidates = anchored(ex, docs, key, labels[rows[0]]["anchor"])
        weight = [[agreement(field_checks(ex, labels[i], e)) for e in candidates] for i in rows]
        for r, c in best_assignment(weight).items():
            assigned[rows[r]] = candidates[c]
    return assigned


@dataclass
class RealScore:
    """One labelled set's counts, as :func:`real_set` prints them (``right``: rows right per
    field, ``found``, ``all``, ``all exact``, ``all strict``, the roles' ``exact``/``strict``,
    ``province`` and ``province gold``; ``base``: the baselines' rights). Kept as counts so
    that sets can be summed exactly (``bench/eval_event_sets.py``), not re-read from rounded
    percentages."""

    labels_path: Path
    matcher: str
    n: int  # labelled rows scored
    articles: int  # articles ingested
    exported: int  # of them, exported as documents
    seconds: float  # ingest wall time
    right: Counter[str]
    base: Counter[str]
    stored: int  # exported ASSAULT/COERCE events in articles with such labelled incidents
    incidents: int  # labelled ASSAULT/COERCE incidents
    alarms: int  # exported ASSAULT/COERCE events matching no labelled row
    untold: int  # of the alarms, planned, hypothetical or negated


def real_set(
    data: Path,
    labels_path: Path,
    limit: int,
    verbose: bool = False,
    errors: Path | None = None,
    export_in: Path | None = None,
    export_out: Path | None = None,
    matcher: str = "assign",
) -> None:
    """Score the labelled set at ``labels_path`` and print its report."""
    score = score_real_set(
        data, labels_path, limit, verbose, errors, export_in, export_out, matcher
    )
    print("\n".join(report_lines(score)))


def score_real_set(
    data: Path,
    labels_path: Path,
    limit: int,
    verbose: bool = False,
    errors: Path | None = None,
    export_in: Path | None = None,
    export_out: Path | None = None,
    matcher: str = "assign",
    *,
    archive: dict[str, dict[str, Any]] | None = None,
    root: Path = ROOT,
) -> RealScore:
    """Ingest the labelled set's articles, export, and count what the export gets right.

    ``archive``: the real archive's rows by id, when the caller has read it already (one read
    for many sets); ``root``: the checkout whose ``dossier`` ingests (another revision's tree
    for a baseline in the same run; the scoring is always this file's). A label file may also
    name ECB+ documents (``ecb-<document>``, :func:`bench.e2e.ecb_articles`): news unlike the
    archive's, ingested undated with their site as outlet."""
    rows = read_labels(labels_path)
    labels = [lab for lab in rows if lab.get("type")]
    articles = archive if archive is not None else {r["id"]: r for r in realnews(data)}
    # articles read in full with nothing to label are ingested too: their events are false alarms
    keys = list(dict.fromkeys(lab["article"] for lab in rows))
    if limit:
        keys = keys[:limit]
        labels = [lab for lab in labels if lab["article"] in set(keys)]
    if any(k.startswith(ECB_PREFIX) and k not in articles for k in keys):
        articles = {**articles, **ecb_articles(data)}
    missing = [k for k in keys if k not in articles]
    if missing:
        raise SystemExit(f"{labels_path}: articles not in the archive: {missing[:5]}")
    if export_in:
        saved = json.loads(export_in.read_text(encoding="utf-8"))
        run = ExportRun(export=saved["export"], seconds=saved["seconds"], keys=saved["keys"])
    else:
        run = run_export(
            (
                Article(
                    k,
                    articles[k]["text"],
                    articles[k].get("title"),
                    articles[k]["published"],
                    # an ECB+ page's site; archive rows keep the one host they were scored with
                    outlet=articles[k].get("host"),
                )
                for k in keys
            ),
            tolerate_errors=True,
            root=root,
        )
    if export_out:
        export_out.write_text(
            json.dumps({"export": run.export, "seconds": run.seconds, "keys": run.keys}),
            encoding="utf-8",
        )
    docs = run.documents_by_key()
    ex = Exported(run.export, {d["id"]: k for k, d in docs.items()})
    right = Counter()
    base = Counter()
    matched_ids: dict[str, set[str]] = defaultdict(set)
    dump = []  # each row's gold and what the export gave, for sorting errors into buckets
    assigned = match_rows(ex, docs, labels, matcher)
    for lab, event in zip(labels, assigned, strict=True):
        key = lab["article"]
        right["found"] += event is not None
        if event is not None:
            matched_ids[key].add(event["id"])
        checks = field_checks(ex, lab, event)
        for name, ok in checks.items():
            right[name] += ok
        right["all"] += all(checks.values())
        # the same rows scored with names matched in their exact number ("terrorist" is not
        # "terrorists"), the scorer of rounds 1-3, so both figures are reported
        exact = dict(checks)
        for role, field in (("actors", "actor"), ("targets", "target")):
            exact[field] = bool(event) and name_right(
                lab.get(field), role_names(ex, event, role), fold_number=False
            )
            right[f"{field} exact"] += exact[field]
        right["all exact"] += all(exact.values())
        # the same rows with no wrong extra participant (:func:`strict_name_right`)
        strict = dict(checks)
        for role, field in (("actors", "actor"), ("targets", "target")):
            strict[field] = bool(event) and strict_name_right(
                lab.get(field), role_groups(ex, event, role)
            )
            right[f"{field} strict"] += strict[field]
        right["all strict"] += all(strict.values())
        if verbose or errors:
            got = {
                "type": event and event["type"],
                "actor": event and role_names(ex, event, "actors")[:3],
                "target": event and role_names(ex, event, "targets")[:3],
                "place": event and place_names(ex, event)[:2],
                "admin1": event and admin1_of(ex, event),
                "date": event and event.get("date"),
                "modality": event and event["modality"],
            }
            sentence = sentence_of(articles[key]["text"], lab["anchor"])
            dump.append({"label": lab, "got": got, "right": checks, "sentence": sentence})
        if verbose:
            wrong = [f"{k}: {lab.get(k)!r} got {got[k]!r}" for k, ok in checks.items() if not ok]
            print(f"  - {key} {lab['anchor'][:40]!r}: " + ("; ".join(wrong) or "all right"))
        if lab.get("admin1") and lab["admin1"] != "*":
            right["province gold"] += 1
            got = admin1_of(ex, event) if event else None
            names = {norm(a) for a in lab["admin1"].split("|")}
            right["province"] += bool(got) and norm(got or "") in names
            text = articles[key]["text"]
            found = PROVINCE.search(sentence_of(text, lab["anchor"])) or PROVINCE.search(text)
            guess = found.group(1) if found else None
            base["province"] += bool(guess) and any(
                words(a) <= words(guess or "") for a in lab["admin1"].split("|")
            )
        base["date"] += baseline_date_right(lab.get("date"), articles[key]["published"])
    if errors:
        errors.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dump))
    # events per incident, and false alarms, on the types the guide labels completely
    stored = incidents = alarms = untold = 0
    alarm_rows: list[dict[str, Any]] = []
    for key in keys:
        for kind in INCIDENT_TYPES:
            gold_incidents = {
                lab["incident"] for lab in labels if lab["article"] == key and lab["type"] == kind
            }
            events_of_kind = {e["id"] for e in ex.events(key) if e["type"] == kind}
            if gold_incidents:
                incidents += len(gold_incidents)
                stored += len(events_of_kind)
                if verbose and len(events_of_kind) != len(gold_incidents):
                    print(
                        f"  = {key} {kind}: {len(events_of_kind)} events for "
                        f"{len(gold_incidents)} incidents"
                    )
            unmatched = events_of_kind - matched_ids[key]
            alarms += len(unmatched)
            # the guide labels no planned, hypothetical or negated act: an alarm the export
            # already marks so is one an analyst counting incidents filters out
            untold += sum(
                e["modality"] not in ("asserted", "alleged")
                for e in ex.events(key)
                if e["id"] in unmatched
            )
            if errors:
                alarm_rows += [
                    alarm_row(ex, e, key, docs, kind)
                    for e in ex.events(key)
                    if e["id"] in unmatched
                ]
    if errors:
        alarms_path(errors).write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in alarm_rows)
        )
    return RealScore(
        labels_path=labels_path,
        matcher=matcher,
        n=len(labels),
        articles=len(keys),
        exported=len(docs),
        seconds=run.seconds,
        right=right,
        base=base,
        stored=stored,
        incidents=incidents,
        alarms=alarms,
        untold=untold,
    )


def report_lines(score: RealScore) -> list[str]:
    """The labelled set's report, the lines :func:`real_set` prints."""
    fields = ("type", "actor", "target", "place", "date", "modality")
    labels_path, matcher, right, base = score.labels_path, score.matcher, score.right, score.base
    n, stored, incidents = score.n, score.stored, score.incidents
    alarms, untold = score.alarms, score.untold
    out: list[str] = []
    out.append(
        f"Labelled real articles ({labels_path.parent.name}/{labels_path.name}): {n} events in "
        f"{score.articles} "
        f"articles ({score.exported} exported; ingest+export {score.seconds:.0f} s)"
    )
    out.append(
        f"  matched to an exported event (evidence holds the anchor; matcher {matcher}): "
        f"{right['found']}/{n}"
    )
    out.append("  field right          dossier export   baseline")
    for name in fields:
        line = f"  {name:<20} {right[name] / n:>14.1%}"
        if name == "date":
            line += f"   {base['date'] / n:.1%} (the dateline's date)"
        out.append(line)
    out.append(f"  {'all six right':<20} {right['all'] / n:>14.1%}")
    out.append(
        f"  names in their exact number (no singular/plural folding): actor "
        f"{right['actor exact'] / n:.1%}, target {right['target exact'] / n:.1%}, "
        f"all six {right['all exact'] / n:.1%}"
    )
    out.append(
        f"  no wrong extra participant (a lower bound: every actor/target the event names "
        f"must be one of the gold's; another phrasing of the same one counts as wrong): "
        f"actor {right['actor strict'] / n:.1%}, target {right['target strict'] / n:.1%}, "
        f"all six {right['all strict'] / n:.1%}"
    )
    pg = max(right["province gold"], 1)
    out.append(
        f"  {'province (by name)':<20} {right['province'] / pg:>14.1%}   "
        f'{base["province"] / pg:.1%} ("X province" regex)  [{right["province gold"]} events]'
    )
    out.append(
        f"  ASSAULT/COERCE events stored per labelled incident: {stored / max(incidents, 1):.2f} "
        f"({stored} for {incidents}); exported ASSAULT/COERCE events matching no label: {alarms}"
        f" ({untold} of them planned, hypothetical or negated)"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="first N items of each set")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--skip", default="", help="comma list of plover,case,real")
    parser.add_argument("--verbose", action="store_true", help="each labelled event's errors")
    parser.add_argument(
        "--errors",
        type=Path,
        help="write each labelled event's gold and export fields (JSONL), and the false alarms "
        "to <stem>.alarms.jsonl beside it",
    )
    parser.add_argument(
        "--matcher",
        choices=("assign", "first"),
        default="assign",
        help="how labelled rows meet exported events (see match_rows): one to one per anchor "
        "(default) or every row its first anchored event (the scorer up to session 19)",
    )
    parser.add_argument(
        "--export-out",
        type=Path,
        help="save the labelled set's export (JSON) so it can be rescored without ingesting",
    )
    parser.add_argument(
        "--export-in",
        type=Path,
        help="score the labelled set from an export saved by --export-out (no ingest)",
    )
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    nlp = load_pipeline(load_settings(environ={}).spacy_model)
    if "plover" not in skip:
        gold = load_plover(args.data)
        typed_sets("PLOVER", gold[: args.limit] if args.limit else gold, nlp, with_actor=True)
    if "case" not in skip:
        gold = load_case(args.data)
        typed_sets("CASE-2021", gold[: args.limit] if args.limit else gold, nlp, with_actor=False)
    if "real" not in skip:
        if args.labels.exists():
            real_set(
                args.data,
                args.labels,
                args.limit,
                args.verbose,
                args.errors,
                args.export_in,
                args.export_out,
                args.matcher,
            )
        else:
            print(f"no labelled set at {args.labels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
