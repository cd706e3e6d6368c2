"""Clause alignment across documents: similarity, pairing, rows, manual links."""
