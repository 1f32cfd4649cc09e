#!/usr/bin/env python3
"""Why ECB+ same-event pairs are not joined: a diagnosis table over a kept ECB+ run.

``bench/eval_stories.py --only ecb --keep DIR`` leaves the store (``e2e.db``) and the export
of the ECB+ dev articles in ``DIR``. This script reads them back and puts every same-event
pair the export does *not* put in one event group into the first bucket of the join's
tests (:func:`dossier.kb.event_groups.assign_event_group`) that the pair fails:

* ``no main incident`` -- one of the two documents has no main incident at all (no event
  of its lead is told as reported, or none was extracted);
  split in two: a person both leads name in full (the person joins' evidence, refused by
  their tests: words, days, persons) or none (no join has evidence to go on);
* ``reaction or background`` -- one's main incident is stored as a reaction or as an
  incident days before its article (joined to threads only);
* ``different event types`` -- both have one, of different types or modes;
* ``one dated, one undated`` / ``days apart`` -- the day test;
* ``places or regions differ`` / ``tolls differ`` -- :func:`compatible` sets them apart;
* ``no place or toll in common`` -- compatible, but no evidence of identity
  (:func:`same_incident` / :func:`same_undated_incident`);
* ``words differ`` -- the evidence is there, the two leads' tellings share too little;
* ``one outlet`` -- both from one outlet (its second report is its follow-up);
* ``other (linkage)`` -- what is left: complete linkage against a third report, or a
  group already holding the other's outlet.

Undated pairs are tested as the join tests them: tolls with no number in common set them
apart, and a toll of 5 or more in common stands in for a place
(:mod:`dossier.kb.undated_reports`).

It also lists the look-alike pairs the export joins (those precision loses). The buckets
say where recall is lost, so that the next rule attacks the largest one and not a guess.

The first test failed says where a pair stops, not why: ``--groups`` lists, per topic, the
export's event groups other than the topic's largest, each with the missed same-event pairs
put on it (a pair of two groups goes to the smaller: :func:`left_out_groups`), so that the
reports left out can be read one by one and the misses counted by what keeps each apart.

Usage: ``python bench/ecb_group_misses.py DIR [--data ../shared/bench-data] [--examples N]
[--groups]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.dedup_eval import load_ecb
from bench.e2e import DEFAULT_DATA
from bench.eval_stories import ECB_DEV
from dossier.config import Settings
from dossier.kb.event_groups import _incident
from dossier.kb.event_merge import (
    Incident,
    compatible,
    days_apart,
    same_incident,
    same_undated_incident,
    specific_places,
    tolls_differ,
)
from dossier.kb.lead_ages import age_in_common
from dossier.kb.lead_names import statement_lead_end
from dossier.kb.reactions import REACTED
from dossier.kb.tellings import JOIN_TELLING, one_telling
from dossier.kb.undated_reports import (
    aged_alike,
    lead_persons,
    one_person_undated,
    one_place_told_alike,
    strong_number_shared,
    told_as_another_type,
    tolls_apart,
)
from dossier.store import open_store

BUCKETS = (
    "no main incident",
    "reaction or background",
    "different event types",
    "one dated, one undated",
    "days apart",
    "places or regions differ",
    "tolls differ",
    "no place or toll in common",
    "words differ",
    "one outlet",
    "other (linkage)",
)


def _incidents(store: Any, rows: dict[str, dict[str, Any]]) -> dict[str, Incident]:
    """Per document id: its main incident as the join compares it."""
    by_mention = {r["mention_id"]: r for r in rows.values() if r.get("mention_id")}
    found = {}
    for report in store.event_mentions_by_id(sorted(by_mention)) if by_mention else []:
        row = by_mention[report["id"]]
        found[row["document_id"]] = _incident(report, row["published"], row)
    return found


def _persons(store: Any, document_id: str, lead_sentences: int) -> list[str]:
    """The persons a stored document's lead names in full (what the person joins match)."""
    text = (store.document(document_id) or {}).get("text") or ""
    end = statement_lead_end(text, lead_sentences)
    return lead_persons(store.document_mentions(document_id), end)


def bucket(
    a: dict[str, Any] | None,
    b: dict[str, Any] | None,
    ia: Incident | None,
    ib: Incident | None,
    days: int,
    evidence: int,
) -> str:
    """The first test of the event-group join that a same-event pair fails."""
    if not a or not b or not a.get("type") or not b.get("type") or ia is None or ib is None:
        return "no main incident"
    if a["type"].startswith(REACTED) or b["type"].startswith(REACTED):
        return "reaction or background"
    ra, rb = ia.report, ib.report
    if (ra.type != rb.type or (ra.mode and rb.mode and ra.mode != rb.mode)) and not (
        told_as_another_type(ia, ib) or aged_alike(ia, ib)
    ):
        return "different event types"
    if (ia.day is None) != (ib.day is None):
        return "one dated, one undated"
    undated = ia.day is None
    if not undated and days_apart(ia.day or "", ib.day or "") > days:
        return "days apart"
    if (
        not compatible(ia, ib, days, undated)
        and not told_as_another_type(ia, ib)
        and not aged_alike(ia, ib)
    ):
        if ia.day != ib.day and tolls_differ(ia.figures, ib.figures):
            return "tolls differ"
        return "places or regions differ"
    if undated:
        # as the join tests undated reports: a toll with no number in common sets them
        # apart, and a toll of 5 or more in common stands for the place
        if tolls_apart(ia.figures, ib.figures):
            return "tolls differ"
        same = (
            same_undated_incident(ia, ib)
            or strong_number_shared(ia.figures, ib.figures)
            or told_as_another_type(ia, ib)
            or aged_alike(ia, ib)
            or one_place_told_alike(
                ia,
                ib,
                frozenset((a.get("telling") or "").split()),
                frozenset((b.get("telling") or "").split()),
            )
        )
    else:
        # an age both leads give stands for the place or toll (dossier.kb.lead_ages)
        same = same_incident(ia, ib, days, evidence) or (
            age_in_common(ia.ages, ib.ages) and compatible(ia, ib, days)
        )
    if not same:
        return "no place or toll in common"
    words_a = frozenset((a.get("telling") or "").split())
    words_b = frozenset((b.get("telling") or "").split())
    if not one_telling(words_a, words_b, JOIN_TELLING) or (undated and not words_b):
        return "words differ"
    if a.get("outlet") and a.get("outlet") == b.get("outlet"):
        return "one outlet"
    return "other (linkage)"


def left_out_groups(
    group_of: Mapping[str, str], topic_of: Mapping[str, str]
) -> list[tuple[str, int, list[str]]]:
    """Per topic, the event groups other than its largest: ``(topic, missed pairs, members)``.

    ``group_of``: each report's event group; ``topic_of``: each report's topic (reports of one
    topic are all one event). Every pair of two groups of a topic is a missed same-event pair;
    it is put on the smaller group (the later of two of one size, groups ordered by size and
    then by members), the one left out of what the export otherwise holds together, so the
    counts of a topic sum to its missed pairs."""
    by_topic: dict[str, dict[str, list[str]]] = {}
    for report, topic in topic_of.items():
        if report in group_of:
            by_topic.setdefault(topic, {}).setdefault(group_of[report], []).append(report)
    found = []
    for topic in sorted(by_topic):
        groups = sorted((sorted(g) for g in by_topic[topic].values()), key=lambda g: (-len(g), g))
        missed = [0] * len(groups)
        for i, j in combinations(range(len(groups)), 2):
            missed[j] += len(groups[i]) * len(groups[j])  # j is never the larger of the two
        found.extend((topic, missed[i], groups[i]) for i in range(1, len(groups)))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kept", type=Path, help="the --keep folder of an ECB+ run")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--examples", type=int, default=0, help="list N pairs of each bucket")
    parser.add_argument(
        "--groups", action="store_true", help="list each topic's left-out event groups"
    )
    args = parser.parse_args(argv)
    settings = Settings()
    topics = {
        n: topic
        for n, (topic, _text) in load_ecb(args.data).items()
        if topic.rstrip("+") in ECB_DEV
    }
    export = json.loads((args.kept / "export.json").read_text(encoding="utf-8"))
    # the harness names each article's URL after its key: https://eN.e2e.invalid/KEY
    key_of = {d["id"]: d["source"].rstrip("/").rsplit("/", 1)[-1] for d in export["documents"]}
    group_of_story = {s["id"]: s.get("event_group") or s["id"] for s in export["stories"]}
    group = {d["id"]: group_of_story.get(d["story_id"], d["story_id"]) for d in export["documents"]}
    store = open_store(str(args.kept / "e2e.db"), migrate=False)
    rows = store.document_groups(sorted(key_of))
    incidents = _incidents(store, rows)
    docs = sorted(key_of, key=key_of.get)
    counts: Counter[str] = Counter()
    #: missed pairs by whether the two documents carry a publication date
    dated: Counter[str] = Counter()
    #: "no main incident" pairs by whether both leads name one person in full
    by_person: Counter[str] = Counter()
    #: "no main incident" pairs by the two documents' publication dates (the dated person,
    #: place and statement joins, the undated person and participant joins)
    by_dates: Counter[str] = Counter()
    persons: dict[str, list[str]] = {}

    def lead_persons_of(document_id: str) -> list[str]:
        if document_id not in persons:
            persons[document_id] = _persons(store, document_id, settings.lead_sentences)
        return persons[document_id]

    examples: dict[str, list[str]] = {}
    joined_alike: list[tuple[str, str]] = []
    n_same = n_joined = 0
    for x, y in combinations(docs, 2):
        tx, ty = topics.get(key_of[x]), topics.get(key_of[y])
        if not tx or not ty or tx.rstrip("+") != ty.rstrip("+"):
            continue
        together = group[x] == group[y]
        if tx != ty:
            if together:
                joined_alike.append((key_of[x], key_of[y]))
            continue
        n_same += 1
        if together:
            n_joined += 1
            continue
        name = bucket(
            rows.get(x),
            rows.get(y),
            incidents.get(x),
            incidents.get(y),
            settings.incident_days,
            settings.incident_evidence,
        )
        counts[name] += 1
        if name == "no main incident":
            shared = any(
                one_person_undated(p, q) for p in lead_persons_of(x) for q in lead_persons_of(y)
            )
            by_person["one person in both leads" if shared else "no person in both leads"] += 1
        have = sum(bool((rows.get(d) or {}).get("published")) for d in (x, y))
        dated[("both undated", "one dated, one not", "both dated")[have]] += 1
        if name == "no main incident":
            by_dates[("both undated", "one dated, one not", "both dated")[have]] += 1
        shown = examples.setdefault(name, [])
        if len(shown) < args.examples:
            ix, iy = incidents.get(x), incidents.get(y)
            shown.append(
                f"{key_of[x]} | {key_of[y]}: "
                + "; ".join(
                    f"{i.report.type}/{i.report.mode} day={i.day} "
                    f"where={sorted(specific_places(i))} "
                    f"tolls={sorted(i.figures)}"
                    if i
                    else "none"
                    for i in (ix, iy)
                )
            )
    missed = sum(counts.values())
    print(
        f"ECB+ dev: {n_same} same-event pairs, {n_joined} joined, {missed} missed; "
        f"{len(joined_alike)} look-alike pairs joined"
    )
    print(f"  {'why missed (first test failed)':<32}{'pairs':>7}{'share':>7}")
    for name in BUCKETS:
        if counts[name]:
            print(f"  {name:<32}{counts[name]:>7}{counts[name] / missed:>7.0%}")
            if name == "no main incident":
                for part, n in sorted(by_person.items()):
                    print(f"    {part:<30}{n:>7}")
                for part, n in sorted(by_dates.items()):
                    print(f"    {part:<30}{n:>7}")
            for line in examples.get(name, []):
                print(f"      {line}")
    print("  missed pairs by publication dates: " + ", ".join(f"{k} {v}" for k, v in dated.items()))
    for a, b in joined_alike:
        print(f"  look-alikes joined: {a} | {b}")
    if args.groups:
        print("  left-out event groups (missed pairs put on the smaller group of each pair):")
        for topic, pairs, members in left_out_groups({key_of[d]: group[d] for d in key_of}, topics):
            print(f"    {topic:<4}{pairs:>5}  {' '.join(members)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
