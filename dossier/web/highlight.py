"""Article text as HTML with its facts highlighted, safely.

Article text is untrusted: it may hold ``<script>`` or attribute-breaking
quotes. Nothing here ever marks article text safe. The text is cut at every
span boundary and each piece goes through :func:`markupsafe.escape`; only the
wrapping tags, written here, are markup. Spans may overlap (a mention inside
a quote inside an event sentence), so instead of nesting tags per fact the
text is split into flat segments, each carrying the facts that cover it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Fact:
    """A highlighted span: ``kind`` is ``mention``, ``event`` or ``claim``."""

    start: int
    end: int
    kind: str
    id: str
    title: str = ""
    href: str | None = None


def clamp_span(start: int | None, end: int | None, length: int) -> tuple[int, int] | None:
    """A requested highlight range if it lies inside the text, else None."""
    if start is None or end is None or not 0 <= start < end <= length:
        return None
    return start, end


def render(
    text: str, facts: Sequence[Fact] = (), highlight: tuple[int, int] | None = None
) -> Markup:
    """``text`` as escaped HTML, facts wrapped, ``highlight`` in ``<mark id="hl">``."""
    length = len(text)
    usable = [f for f in facts if 0 <= f.start < f.end <= length]
    cuts = {0, length}
    for fact in usable:
        cuts.update((fact.start, fact.end))
    if highlight:
        cuts.update(highlight)
    bounds = sorted(cuts)
    out: list[str] = []
    for a, b in pairwise(bounds):
        if highlight and a == highlight[0]:
            out.append('<mark id="hl">')
        covering = [f for f in usable if f.start <= a and b <= f.end]
        out.append(_segment(text[a:b], covering))
        if highlight and b == highlight[1]:
            out.append("</mark>")
    return Markup("".join(out))


def _segment(piece: str, covering: Iterable[Fact]) -> str:
    facts = list(covering)
    body = str(escape(piece))
    if not facts:
        return body
    mention = next((f for f in facts if f.kind == "mention"), None)
    others = [f for f in facts if f.kind != "mention"]
    if mention is not None:
        attrs = f' title="{escape(mention.title)}"' if mention.title else ""
        if mention.href:
            body = f'<a class="f-mention" href="{escape(mention.href)}"{attrs}>{body}</a>'
        else:
            body = f'<span class="f-mention"{attrs}>{body}</span>'
    if others:
        kinds = sorted({f.kind for f in others})
        classes = " ".join(f"f-{k}" for k in kinds)
        ids = " ".join(sorted({f.id for f in others}))
        titles = "; ".join(dict.fromkeys(f.title for f in others if f.title))
        body = (
            f'<span class="fact {classes}" data-facts="{escape(ids)}" '
            f'title="{escape(titles)}" tabindex="0">{body}</span>'
        )
    return body


def mark_spans(text: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """``text`` escaped with each ``(start, end)`` in ``<b>`` (mentions in their sentence)."""
    out: list[str] = []
    done = 0
    for start, end in sorted(spans):
        if not done <= start < end <= len(text):
            continue
        out += [str(escape(text[done:start])), f"<b>{escape(text[start:end])}</b>"]
        done = end
    out.append(str(escape(text[done:])))
    return Markup("".join(out))


def snippet(text: str) -> Markup:
    """An FTS5 snippet (matches between ``[`` and ``]``) with matches in ``<mark>``.

    Brackets that were in the article are shown the same way: harmless, since
    every piece is escaped first.
    """
    out: list[str] = []
    for i, part in enumerate(text.replace("]", "[").split("[")):
        out.append(f"<mark>{escape(part)}</mark>" if i % 2 else str(escape(part)))
    return Markup("".join(out))


def evidence_href(document_id: str, start: int, end: int) -> str:
    """Link to a document page with one span highlighted and scrolled to."""
    return f"/documents/{quote(document_id, safe='')}?start={int(start)}&end={int(end)}#hl"
