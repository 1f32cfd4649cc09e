"""Grouping documents into stories (near-duplicate detection)."""
