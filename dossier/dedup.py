"""Dedup stage: assign each document to a story.

First version: every document is its own story. Story ids derive from the
first document's id so they are stable across runs.
"""

from __future__ import annotations

from dossier.records import Document


def story_id_for(document: Document) -> str:
    return "story_" + document.id
