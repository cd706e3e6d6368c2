"""The field synonym list (resources/synonyms.txt): maps variant phrases to one canonical word."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from app.core.resources import resource

SYNONYMS_FILE = resource("synonyms.txt")


def parse(text: str) -> dict[str, str]:
    """Variant -> canonical token (spaces and hyphens of the canonical form become '_')."""
    mapping: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        entries = [" ".join(e.casefold().split()) for e in line.split("|") if e.strip()]
        canonical = re.sub(r"[\s\-]+", "_", entries[0])
        for entry in entries:
            mapping[entry] = canonical
    return mapping


class Synonyms:
    """Rewrites text so that every variant phrase reads as its canonical token."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        variants = sorted(mapping, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(v) for v in variants) + r")(?!\w)")
            if variants else None
        )

    def canonicalise(self, folded: str) -> str:
        """Replace variants in already case-folded text."""
        if self._pattern is None:
            return folded
        return self._pattern.sub(lambda m: " " + self.mapping[m.group(1)] + " ", folded)


@lru_cache(maxsize=4)
def load(path: Path = SYNONYMS_FILE) -> Synonyms:
    """The synonym list shipped with the app (an empty list if the file is missing)."""
    try:
        return Synonyms(parse(path.read_text(encoding="utf-8")))
    except OSError:
        return Synonyms({})
