"""Facts read straight from a clause's words, shared by the suggester and the coverage views:
the age ranges it states ("0–20 år", "upp till 25 år", "under 18 år") and how binding it is
(ska, bör, kan)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.documents.model import Clause
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.model import Strength
from app.core.tagging.rules import Rules

_AGES = (
    (re.compile(r"\b(\d{1,2})\s*(?:–|-|—|till)\s*(\d{1,2})\s*år", re.IGNORECASE), True),
    (re.compile(r"\bmellan (\d{1,2}) och (\d{1,2}) år", re.IGNORECASE), True),
    (re.compile(r"\b(?:upp till|till och med|t\.o\.m\.?)\s+(?:och med\s+)?(\d{1,2})\s*"
                r"(?:år|års ålder)", re.IGNORECASE), False),
)
_UNDER = re.compile(r"\bunder (\d{1,2}) år", re.IGNORECASE)
_STRENGTH_ORDER = (("must", Strength.MUST), ("should", Strength.SHOULD), ("may", Strength.MAY))


@dataclass(frozen=True, slots=True)
class AgeRange:
    """An age range as a text states it: from `low` (None: not said) to `last`, the oldest
    age inside it ("under 18 år" is last 17); `words` are the words that state it."""

    low: int | None
    last: int
    words: str

    @property
    def span(self) -> tuple[int, int]:
        """(first, last) age, an unstated lower bound read as 0."""
        return (self.low or 0, self.last)


def age_ranges(text: str) -> list[AgeRange]:
    """The age ranges a text states, in the order of the patterns, then of the text."""
    if "år" not in text:
        return []
    found: list[AgeRange] = []
    for pattern, has_low in _AGES:
        for match in pattern.finditer(text):
            numbers = [int(g) for g in match.groups()]
            low, high = (numbers[0], numbers[1]) if has_low else (None, numbers[0])
            if low is None or low <= high:
                found.append(AgeRange(low, high, match.group()))
    for match in _UNDER.finditer(text):
        found.append(AgeRange(None, int(match.group(1)) - 1, match.group()))
    return found


def nearest_age_code(codebook: Codebook, rules: Rules, low: int | None, last: int
                     ) -> CodeId | None:
    """The target group of the age rule whose band (in the codebook) is nearest to the range:
    the upper age within the rules' tolerance, the lower within six years."""
    best: tuple[int, CodeId] | None = None
    for code_id in rules.age_codes:
        code = codebook.get(code_id)
        if code is None or code.age is None:
            continue
        upper = abs(code.age.last - last)
        lower = 0 if low is None else abs(code.age.low - low)
        if upper > rules.age_tolerance or lower > 6:
            continue
        score = upper * 10 + lower
        if best is None or score < best[0]:
            best = (score, code_id)
    return best[1] if best else None


class StrengthFinder:
    """How binding a clause is, from the rules' modal words: the clause's own text first,
    then its lead-in ("Socialtjänsten ska:" makes every item below it a 'ska')."""

    def __init__(self, rules: Rules) -> None:
        self._patterns = {
            # A modal verb has a verb after it: "som alla barn får," is 'receive', not 'may'.
            name: re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words)
                             + r")(?!\w)(?!\s*(?:[,.;)]|$))", re.IGNORECASE)
            for name, words in rules.strength_words.items() if words}

    def strength(self, clause: Clause) -> tuple[Strength | None, tuple[str, ...]]:
        """The strength and the word that sets it, or (None, ())."""
        for text in (clause.text, clause.context or ""):
            if not text:
                continue
            for name, strength in _STRENGTH_ORDER:
                pattern = self._patterns.get(name)
                match = pattern.search(text) if pattern is not None else None
                if match:
                    return strength, (match.group(1),)
        return None, ()
