"""The field synonym list (resources/synonyms.txt): maps variant phrases to one canonical word."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from app.core.resources import resource

SYNONYMS_FILE = resource("synonyms.txt")
_WORD = re.compile(r"\w+")


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
    """Rewrites word tokens so that every variant phrase reads as its canonical token."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        # One-word variants -> canonical; first word of a longer variant -> (its words,
        # canonical), longest first (a one-word variant sharing that word comes last).
        self._single: dict[str, str] = {}
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for variant in sorted(mapping, key=lambda v: -len(_WORD.findall(v))):
            words = tuple(_WORD.findall(variant))
            if len(words) == 1:
                self._single[words[0]] = mapping[variant]
            elif words:
                self._phrases.setdefault(words[0], []).append((words, mapping[variant]))
        for first, candidates in self._phrases.items():
            if first in self._single:
                candidates.append(((first,), self._single[first]))

    def canonical_tokens(self, tokens: list[str]) -> list[str]:
        """Replace variants in a list of case-folded word tokens (the longest variant that
        starts at a token wins)."""
        single, phrases = self._single, self._phrases
        starts = [k for k, token in enumerate(tokens) if token in phrases]
        if not starts:
            return [single.get(token, token) for token in tokens]
        result: list[str] = []
        index = 0
        for start in starts:
            if start < index:
                continue
            result += [single.get(token, token) for token in tokens[index:start]]
            index = start
            for words, canonical in phrases[tokens[start]]:
                if tuple(tokens[start:start + len(words)]) == words:
                    result.append(canonical)
                    index = start + len(words)
                    break
        result += [single.get(token, token) for token in tokens[index:]]
        return result


@lru_cache(maxsize=4)
def load(path: Path = SYNONYMS_FILE) -> Synonyms:
    """The synonym list shipped with the app (an empty list if the file is missing)."""
    try:
        return Synonyms(parse(path.read_text(encoding="utf-8")))
    except OSError:
        return Synonyms({})
