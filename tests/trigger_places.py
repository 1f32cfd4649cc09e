"""Each event trigger of one parsed text and the place the extractor's rules give it.

Why a module: the place tests of sessions 26, 27 and 29 each wrote this same reading of
``analyze_doc`` (a one-document parse, triggers to location texts); one copy keeps them in
step."""

from __future__ import annotations


def trigger_places(nlp, text: str) -> dict[str, str | None]:
    """Each event trigger of ``text`` and the place its own sentence's rules give it."""
    from dossier.extract.nlp import analyze_doc
    from dossier.records import Document

    document = Document(id="d", source="s", raw_hash="h", text=text, published="2025-03-01")
    analyzed = analyze_doc(document, nlp(text))
    return {
        text[e.trigger[0] : e.trigger[1]]: text[e.location[0] : e.location[1]]
        if e.location
        else None
        for e in analyzed.events
    }
