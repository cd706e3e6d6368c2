"""Reading a clause's text for the suggester: its sentences, a short label before a colon,
and what the keyword rules find in it (a code, its rule and the words that fired it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.tagging.codebook import CodeId, FacetId
from app.core.tagging.rules import KeywordRule, Rule, lowered

# A sentence ends at . ! ? ; before a capital letter or a digit, not after "t.ex.", "kap."...
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-ZÅÄÖ0-9\"”(])")
_ABBREVIATIONS = ("t.ex.", "bl.a.", "kap.", "m.m.", "s.k.", "nr.", "jfr.", "ca.", "dvs.",
                  "o.d.", "t.o.m.", "fr.o.m.", "st.", "resp.", "enl.")
_LABEL_WORDS = 8  # a sentence's opening words before ': ' this few are a label, not a clause
_UNLESS_WINDOW = 120  # characters before a match in which an `unless` pattern holds it back


def _abbreviation_at(text: str, end: int) -> bool:
    """True if the text before `end` is an abbreviation as a word of its own ("kap.", not
    the end of "socialtjänst." or "senast.")."""
    for short in _ABBREVIATIONS:
        start = end - len(short)
        if start >= 0 and text.startswith(short, start) \
                and (start == 0 or not text[start - 1].isalnum()):
            return True
    return False


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a clause text."""
    found: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _abbreviation_at(text, match.start() + 1):
            continue
        found.append((start, text[start:match.start() + 1]))
        start = match.end()
    if start < len(text):
        found.append((start, text[start:]))
    return found


def after_label(sentence: str) -> tuple[str, ...]:
    """A sentence that opens with a short label ("Från BUP till vuxenpsykiatrin: BUP
    påbörjar …") read as the label and what follows it, which opens anew."""
    label, colon, rest = sentence.partition(": ")
    if colon and rest and len(label.split()) <= _LABEL_WORDS:
        return (label, rest)
    return (sentence,)


@dataclass(frozen=True, slots=True)
class Found:
    """A code a rule points to in a text, with the words that fired it."""

    code: CodeId
    rule: Rule
    words: tuple[str, ...]


def keyword_matches(text: str, facet: FacetId | None, keywords: Iterable[KeywordRule]
                ) -> list[Found]:
    """What keyword rules (of one facet, or all with None) find in a text."""
    found = []
    parts: list[tuple[int, str]] | None = None
    low = lowered(text)
    for keyword in keywords:
        if facet is not None and keyword.rule.facet != facet:
            continue
        anchors = keyword.anchors
        if anchors is not None:
            for anchor in anchors:
                if anchor in low:
                    break
            else:
                continue
        haystack = text if keyword.case_sensitive else low
        if keyword.unless is None:
            matches = [text[m.start():m.end()] for m in keyword.pattern.finditer(haystack)]
        else:
            if parts is None:
                parts = [(o, low[o:o + len(part)]) for o, part in sentences(text)]
            matches = [text[offset + m.start():offset + m.end()] for offset, sentence in parts
                       for m in keyword.pattern.finditer(sentence)
                       if not keyword.unless.search(
                           sentence, max(0, m.start() - _UNLESS_WINDOW), m.start())]
        if matches:
            found.append(Found(keyword.code, keyword.rule,
                                tuple(dict.fromkeys(" ".join(m.split()) for m in matches))))
    return found
