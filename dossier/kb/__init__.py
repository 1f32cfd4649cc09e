"""The knowledge base: entity resolution, event and claim merging, fact summaries."""
