"""Extraction from one document: spaCy pipeline, mentions, events, dates, quotes, figures."""
