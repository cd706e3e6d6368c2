"""Tagging in the desktop app: chips, keys, the code picker, the tag panel, the codebook."""
