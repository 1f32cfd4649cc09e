"""dossier: turn a pile of news articles into a sourced knowledge base."""

__version__ = "0.1.0"
