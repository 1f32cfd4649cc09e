"""A brief on one entity, extractive and deterministic.

Every line is either a template over stored facts or a sentence quoted from a
source, and each carries citation markers ``[n]`` that resolve to a footnote
naming the document, its source and the exact span (start-end and text). The
brief states nothing the store does not hold, so it can be checked mechanically
(see ``tests/test_brief.py``). No generative backend: a summary written by a
model could say what no source says.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.query import reads as query
from dossier.query.digest import md_escape
from dossier.store.base import EntityRow, Store


@dataclass(frozen=True)
class Citation:
    """A footnote: a stored span (document, offsets, text) or a reference-list URL."""

    number: int
    source: str
    document_id: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""


@dataclass
class Brief:
    """Sections of (line, [citation numbers]) pairs, and the footnotes."""

    title: str
    sections: list[tuple[str, list[tuple[str, list[int]]]]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    _seen: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def cite(self, span: dict[str, Any]) -> int:
        """Number of the footnote for a stored span (one footnote per span)."""
        ident = (span["document_id"], span["start"], span["end"])
        if ident not in self._seen:
            number = len(self.citations) + 1
            self.citations.append(
                Citation(
                    number,
                    span.get("source") or "",
                    span["document_id"],
                    span["start"],
                    span["end"],
                    span["text"],
                )
            )
            self._seen[ident] = number
        return self._seen[ident]

    def cite_url(self, url: str) -> int:
        """Number of the footnote for a reference-list source URL."""
        if ("url", url) not in self._seen:
            self.citations.append(Citation(len(self.citations) + 1, url))
            self._seen[("url", url)] = len(self.citations)
        return self._seen[("url", url)]


def _quote(text: str) -> str:
    return "“" + " ".join(text.split()) + "”"


def _pages(read: Callable[[int, int], dict[str, Any]], size: int = 500) -> list[dict[str, Any]]:
    """Every item of a paged read, a page at a time."""
    items: list[dict[str, Any]] = []
    while True:
        page = read(size, len(items))
        items += page["items"]
        if not page["items"] or len(items) >= page["total"]:
            return items


def _entity_claims(store: Store, entity_id: str) -> dict[str, dict[str, Any]]:
    """The claims by or about an entity (ingest order), and the claims that
    contradict them: read through the summary tables, not the whole knowledge
    base, so a brief costs what its entity holds."""
    mine = _pages(lambda limit, offset: query.claim_page(store, limit, offset, entity=entity_id))
    for claim in mine:  # every contradiction, not a page's first few
        related = store.claim_relations(claim["id"], query.DISPUTE_CAP)
        if related:
            claim["contradicts"], claim["corroborated_by"] = related
    # the summary tables' range scans match on identity and figures alone: keep what the
    # export keeps (places, independent stories, outlets, triage), so that a pair judged
    # "not a dispute" or two incidents' tolls never head the brief's disputes
    query.checked_relations(store, mine)
    claims = {c["id"]: c for c in mine}
    others = sorted({i for c in mine for i in c["contradicts"]} - set(claims))
    for start in range(0, len(others), 500):
        claims.update({c["id"]: c for c in query.claims_by_ids(store, others[start : start + 500])})
    return claims


def build(
    store: Store, row: EntityRow, date_from: str | None = None, date_to: str | None = None
) -> Brief:
    """Collect the brief's lines from the query layer, citing every one."""
    brief = Brief(title=f"Brief: {row.name}")
    profile = query.entity_profile(store, row)
    first_span: dict[str, dict[str, Any]] = {}
    for m in profile["mention_list"]:
        first_span.setdefault(m["text"], m)

    who: list[tuple[str, list[int]]] = []
    article = "an" if row.type[:1] in "AEIOU" else "a"
    who.append(
        (f"{row.name} is {article} {row.type} entity.", [brief.cite(profile["mention_list"][0])])
    )
    for alias in profile["aliases"]:
        span = first_span.get(alias["text"])
        if span and alias["text"] != row.name:
            who.append((f"Also named “{alias['text']}”.", [brief.cite(span)]))
    links = profile["links"]
    for reference in links.get("references", []):
        marks = [brief.cite_url(u) for u in reference["source_urls"]]
        who.append((f"Listed in {reference['dataset'] or 'a reference list'} as "
                    f"“{reference['name']}”.", marks))  # fmt: skip
    for designation in links.get("designations", []):
        marks = [brief.cite_url(u) for r in links["references"] for u in r["source_urls"]]
        who.append((f"Designation: {designation}.", marks))
    brief.sections.append(("Who or what", who))

    timeline = []
    events = _pages(
        lambda limit, offset: query.event_page(
            store, row.id, limit, offset, date_from=date_from, date_to=date_to
        )
    )
    for event in events:
        date = event["date"]["start"] if event["date"] else "undated"
        marks = [brief.cite(e) for e in event["evidence"]]
        text = " ".join(event["evidence"][0]["text"].split())
        timeline.append((f"{date} — {event['type']} ({event['modality']}): {_quote(text)}", marks))
    brief.sections.append(("Timeline", timeline))

    claims = _entity_claims(store, row.id)
    disputed = []
    for claim in claims.values():
        if row.id not in (claim["speaker"], claim["subject"]) or not claim["contradicts"]:
            continue
        for other_id in claim["contradicts"]:
            other = claims.get(other_id)
            if other is None or (other_id < claim["id"] and row.id in (
                other["speaker"], other["subject"]
            )):  # fmt: skip
                continue
            disputed.append(
                (
                    f"{_quote(claim['evidence'][0]['text'])} is contradicted by "
                    f"{_quote(other['evidence'][0]['text'])}",
                    [brief.cite(claim["evidence"][0]), brief.cite(other["evidence"][0])],
                )
            )
    brief.sections.append(("Disputed", disputed))

    quotes = []
    for claim in claims.values():
        if row.id in (claim["speaker"], claim["subject"]) and claim["kind"] != "quantity":
            role = "by" if claim["speaker"] == row.id else "about"
            span = claim["evidence"][0]
            quotes.append((f"Quote {role} {row.name}: {_quote(span['text'])}", [brief.cite(span)]))
    brief.sections.append(("Key quotes", quotes))

    counterparts: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        for other in sorted(set(event["actors"] + event["targets"]) - {row.id}):
            counterparts.setdefault(other, []).extend(event["evidence"])
    network = []
    ranked = sorted(counterparts.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]
    for other_id, evidence in ranked:
        other_row = store.entity(other_id)
        name = other_row.name if other_row else other_id
        network.append(
            (f"{name}: {len(evidence)} evidence sentences in shared events.",
             [brief.cite(e) for e in evidence])
        )  # fmt: skip
    brief.sections.append(("Network", network))

    documents = {c.document_id for c in brief.citations if c.document_id}
    records = [store.document(d) or {} for d in sorted(documents)]
    outlets = {r.get("outlet") or r.get("source") for r in records}
    stories = {r.get("story_id") for r in records if r.get("story_id")}
    brief.sections.append(
        (
            "Sources",
            [
                (
                    f"{len(documents)} documents from {len(outlets)} outlets, "
                    f"{len(stories)} independent stories.",
                    [],
                )
            ],
        )
    )
    return brief


def to_markdown(brief: Brief) -> str:
    """The brief as Markdown with numbered footnotes.

    Every line carries article text (names, quotes, sources), which is escaped
    as the digest escapes it: a ``<script>`` or a link in a name must reach a
    Markdown renderer as text. Only the citation markers are our own markup.
    """
    e = md_escape
    lines = [f"# {e(brief.title)}", ""]
    for heading, items in brief.sections:
        lines += [f"## {e(heading)}", ""]
        lines += [f"- {e(text)} " + "".join(f"[{n}]" for n in marks) for text, marks in items]
        if not items:
            lines.append("- (nothing stored)")
        lines.append("")
    lines += ["## Citations", ""]
    for c in brief.citations:
        if c.document_id:
            lines.append(
                f"[{c.number}] {e(c.source)}, document {e(c.document_id)}, {c.start}-{c.end}: "
                f"{e(_quote(c.text))}"
            )
        else:
            lines.append(f"[{c.number}] {e(c.source)}")
    return "\n".join(lines) + "\n"


def to_html(brief: Brief) -> str:
    """The brief as a standalone HTML page, everything escaped."""
    e = html.escape
    parts = [f"<!doctype html><meta charset='utf-8'><title>{e(brief.title)}</title>",
             f"<h1>{e(brief.title)}</h1>"]  # fmt: skip
    for heading, items in brief.sections:
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        for text, marks in items or [("(nothing stored)", [])]:
            refs = "".join(f"<a href='#c{n}'>[{n}]</a>" for n in marks)
            parts.append(f"<li>{e(text)} {refs}</li>")
        parts.append("</ul>")
    parts.append("<h2>Citations</h2><ol>")
    for c in brief.citations:
        where = f", document {c.document_id}, {c.start}-{c.end}: {_quote(c.text)}"
        parts.append(f"<li id='c{c.number}'>{e(c.source)}{e(where) if c.document_id else ''}</li>")
    parts.append("</ol>")
    return "\n".join(parts) + "\n"


#: print rules for the PDF: A4, readable type, citations that do not split
_PRINT_CSS = """
@page { size: A4; margin: 2cm 1.8cm; @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 1.2em; }
li { margin: 0.25em 0; break-inside: avoid; } a { color: #1a4f8b; text-decoration: none; }
"""


def to_pdf(brief: Brief, out: Path) -> None:
    """Render the HTML brief to PDF with WeasyPrint: a print renderer in-process,
    so no browser is needed. It loads Pango at import time, hence the late
    import and the clear error where the system library is missing."""
    try:
        import weasyprint
    except OSError as exc:  # Pango not installed
        raise RuntimeError(
            f"PDF needs Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0): {exc}"
        ) from exc
    page = weasyprint.HTML(string=to_html(brief))
    page.write_pdf(out, stylesheets=[weasyprint.CSS(string=_PRINT_CSS)])
