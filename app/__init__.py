"""Klausul: compare, tag and merge cooperation agreements."""

__version__ = "0.1.0"
