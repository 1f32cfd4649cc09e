#!/usr/bin/env python3
"""Why labelled events match no exported event: each unmatched row's article run through the
extractor, the row put in one class of cause (session 33, issue 15).

Reads the ``err-SET.jsonl`` files ``bench/eval_events.py --errors`` writes (rows whose ``got``
has no type are the unmatched ones), runs each article of those rows through the pipeline's
analysis with the event extractor traced, and classes each row by what happened in the
sentence holding its anchor:

* ``no-trigger-word``: no token is a trigger or a frame, and no lemma of the lexicon is there;
* ``lexicon-word-unused``: a lemma of the lexicon is there, but no trigger (another sense);
* ``compound``: a trigger noun inside a compound ("arrest warrant") was not let stand alone;
* ``refused@LINE``: every trigger of the row's type was refused by ``_candidate`` at that line
  of ``assembly.py`` (the line's comment says which filter);
* ``other-type``: only triggers of another type;
* ``right-type-lost``: an event of the row's type came out of the sentence, yet the export
  matched it to nothing (folded into another event, or shared by other rows of the anchor);
* ``anchor-not-in-a-sentence``: no parsed sentence holds every anchor word.

Usage: ``python bench/unmatched_causes.py --errors DIR --sets events check ... [--out FILE]``
(prints the counts; ``--out`` writes one JSON line per row with its class and triggers).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e import DEFAULT_DATA, key_url, realnews
from dossier.config import load_settings
from dossier.extract import events as events_package
from dossier.extract.events import TRIGGERS, assembly
from dossier.pipeline.prepare import clean_article
from dossier.pipeline.run import analyze_batch, built_pipeline
from dossier.records import RawArticle

_WORD = re.compile(r"[a-z0-9]+")


def unmatched_rows(errors: Path, sets: list[str]) -> list[dict[str, Any]]:
    """The rows of ``sets`` whose best exported match has no type (no event matched)."""
    rows = []
    for name in sets:
        for line in (errors / f"err-{name}.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            if "label" in row and not (row.get("got") or {}).get("type"):
                rows.append({"set": name, **row})
    return rows


class Trace:
    """What the extractor did with one document: the tokens found as triggers (and whether
    they stood alone), each candidate and the line ``_candidate`` returned at."""

    def __init__(self) -> None:
        self.found: list[tuple[int, bool]] = []
        self.candidates: list[tuple[int, str, str | None, int | None]] = []
        self.events: list[Any] = []
        self.doc: Any = None

    def install(self) -> None:
        """Wrap the extractor's functions; the wrappers only record what they return."""
        stands, candidate, extract = (
            assembly._stands_alone,
            assembly._candidate,
            assembly.extract_events,
        )
        code = candidate.__code__

        def traced_stands(token: Any) -> bool:
            alone = stands(token)
            self.found.append((token.i, alone))
            return alone

        def traced_candidate(token: Any, trigger: Any, triggers: Any, context: Any) -> Any:
            last: list[int | None] = [None]

            def local(frame: Any, event: str, arg: Any) -> Any:
                if event == "line":
                    last[0] = frame.f_lineno
                return local

            def calls(frame: Any, event: str, arg: Any) -> Any:
                return local if frame.f_code is code else None

            sys.settrace(calls)
            try:
                built = candidate(token, trigger, triggers, context)
            finally:
                sys.settrace(None)
            kind = None if built is None else built[0].type
            self.candidates.append((token.i, trigger[0], kind, None if built else last[0]))
            return built

        def traced_extract(doc: Any, *args: Any, **kwargs: Any) -> Any:
            self.doc = doc
            self.events = extract(doc, *args, **kwargs)
            return self.events

        assembly._stands_alone = traced_stands  # type: ignore[assignment]
        assembly._candidate = traced_candidate  # type: ignore[assignment]
        assembly.extract_events = traced_extract  # type: ignore[assignment]
        # the extractor registry calls it through the package's re-export
        events_package.extract_events = traced_extract  # type: ignore[assignment]

    def reset(self) -> None:
        self.found, self.candidates, self.events, self.doc = [], [], [], None


def cause(row: dict[str, Any], trace: Trace) -> dict[str, Any]:
    """The row's class of cause, with the triggers and events of its sentence."""
    label = row["label"]
    wanted = set(label["type"].split("|"))
    words = _WORD.findall(label["anchor"].lower())
    doc = trace.doc
    sentences = [s for s in doc.sents if set(words) <= set(_WORD.findall(s.text.lower()))]
    out = {"set": row["set"], "article": label["article"], "anchor": label["anchor"]}
    out["type"] = label["type"]
    if not sentences:
        return {**out, "cause": "anchor-not-in-a-sentence"}
    sent = sentences[0]
    inside = range(sent.start, sent.end)
    candidates = [c for c in trace.candidates if c[0] in inside]
    events = [e for e in trace.events if e.start <= sent.start_char < e.end]
    out["candidates"] = [(doc[i].text, kind, built, line) for i, kind, built, line in candidates]
    if {e.type for e in events} & wanted:
        klass = "right-type-lost"
    elif any(c[1] in wanted for c in candidates):
        own = [c for c in candidates if c[1] in wanted]
        lines = sorted({str(c[3]) for c in own if c[3] is not None})
        klass = "refused@" + ",".join(lines) if all(c[2] is None for c in own) else "folded"
    elif any(i in inside and not alone for i, alone in trace.found):
        klass = "compound"
    elif candidates:
        klass = "other-type"
    elif any(t.lemma_.lower() in TRIGGERS for t in sent):
        klass = "lexicon-word-unused"
    else:
        klass = "no-trigger-word"
    return {**out, "cause": klass}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", type=Path, required=True)
    parser.add_argument("--sets", nargs="+", required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    rows = unmatched_rows(args.errors, args.sets)
    articles = {a["id"]: a for a in realnews(args.data)}
    settings = load_settings()
    pipeline = built_pipeline(settings, [])
    trace = Trace()
    trace.install()
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_article[row["label"]["article"]].append(row)
    classed = []
    for key, its_rows in by_article.items():
        art = articles[key]
        url = key_url(key, art.get("outlet"))
        raw = RawArticle(
            source=url,
            content=art["text"],
            kind="text",
            raw_hash=key,
            url=url,
            title=art.get("title"),
            published=art.get("published"),
        )
        documents = clean_article(raw, settings)
        if not isinstance(documents, list):
            continue
        trace.reset()
        analyze_batch(documents, settings, pipeline)
        classed += [cause(row, trace) for row in its_rows]
    counts = Counter(c["cause"] for c in classed)
    print(f"{len(rows)} unmatched rows in {len(args.sets)} sets")
    for klass, n in counts.most_common():
        print(f"  {n:4d}  {klass}")
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for c in classed:
                out.write(json.dumps(c, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
