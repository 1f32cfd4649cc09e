"""The ingest pipeline: the stages in order, locally or on Ray."""
