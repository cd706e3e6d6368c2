"""Numbers read from files, bounded by design: tolerant parsing, clamped counters, labels of
bounded length ("iv", "b", "12"), whatever a file claims.

Files carry odd values ("x", "nan", "inf", "1e999", "lowerRoman" where a number belongs);
none stops an import. And a value that is a number may still be absurd: a list starting at
10^12 would have Roman labels a billion letters long. Counters are clamped to Word's own
range for a list's start value, and each numeral of a label to a few characters."""

from __future__ import annotations

import math
import re

# Word accepts list start values from 0 to 32767; so does every reader here.
MAX_COUNTER = 32767
MAX_LEVEL = 9
# Beyond these a numeral is written in digits: Roman numerals stop at 3999 ("mmmcmxcix"),
# a letter label repeats its letter at most four times ("dddd" = 108).
_MAX_ROMAN = 3999
_MAX_LETTER_REPEAT = 4
# A label typed or printed before a heading or item: "1.", "1.2", "1.2.3.", "a)", "2)", "§ 4".
_LABEL = re.compile(
    r"^(?P<label>(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zA-Z]\)|\d{1,3}\)|§\s?\d{1,3}[a-z]?))"
    r"[ \t\u00a0]+(?P<rest>\S.*)$",
    re.DOTALL,
)


def split_number_label(text: str) -> tuple[str | None, str]:
    """Split a leading number label off `text`: '1.2 Syfte' -> ('1.2', 'Syfte')."""
    match = _LABEL.match(text)
    if not match:
        return None, text
    label, rest = match.group("label"), match.group("rest")
    # "2020 ..." or "18 år" are not labels: a bare number needs a dot or must be short and
    # followed by a capital letter.
    if label.isdigit() and not rest[:1].isupper():
        return None, text
    if label.isdigit() and len(label) > 2:
        return None, text
    return label, rest


def parse_int(value: str | None, default: int = 0, low: int | None = None,
              high: int | None = None) -> int:
    """An integer attribute, `default` when missing or not a number, clamped to [low, high].

    "12" -> 12, "1.5" -> 1, "nan"/"inf"/"1e999"/"x" -> default."""
    number = default
    if value:
        try:
            number = int(value)
        except ValueError:
            try:
                parsed = float(value)
            except ValueError:
                parsed = math.nan
            number = int(parsed) if math.isfinite(parsed) else default
    if low is not None and number < low:
        return low
    if high is not None and number > high:
        return high
    return number


def clamp(number: int, low: int, high: int) -> int:
    """`number` held within [low, high]."""
    return low if number < low else high if number > high else number


def _roman(number: int) -> str:
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    for value, letters in values:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _letters(number: int) -> str:
    # Word repeats the letter: 27 -> "aa", 28 -> "bb".
    number = max(number, 1)
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """Render a counter value in a numbering format ('lowerLetter' 2 -> 'b'), never longer
    than a few characters: out-of-range values fall back to digits."""
    number = clamp(number, -MAX_COUNTER, 10 * MAX_COUNTER)
    if fmt in ("lowerLetter", "upperLetter") and 0 < number <= 26 * _MAX_LETTER_REPEAT:
        letters = _letters(number)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and 0 < number <= _MAX_ROMAN:
        roman = _roman(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)
