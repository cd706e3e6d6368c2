"""Tagging: the codebook, tags on clauses, and explainable suggestions from rules."""
