"""Turns article files into a searchable Chroma collection.

Nothing in this package imports ``bot`` or ``discord``: the bot depends on ingest, never the
reverse.
"""
