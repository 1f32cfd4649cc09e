"""Reads over the store: search, profiles, graph, brief, alerts, export."""
