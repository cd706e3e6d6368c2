"""Text from fonts without a Unicode map: the control and private-use characters PDFium
hands out for glyphs it cannot name. A few such runs are dropped with a warning; a page that
is mostly such text is dropped whole; a document that is mostly such text is refused."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import DocumentReadError, DocumentWarning, ReadProblem, ReadWarning

# Control characters and U+FFFD mean an unmapped font: the word holding one is garbage.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
# Private-use characters are symbol-font glyphs (Wingdings, Symbol) without a real code.
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_BEYOND_LATIN = re.compile("[^\x00-\u036f]")
_ANY = re.compile(f"{_CONTROL.pattern[:-1]}{_PRIVATE.pattern[1:]}")
_STRAY = "".join(chr(c) for c in [*range(0, 32), *range(0x7F, 0xA0), 0xFFFD])
MOSTLY = 0.5  # share of a page's (or the document's) characters that makes it unreadable
_MIN_PAGE_CHARS = 20  # a page with less text is judged with the document, not alone


def clean(text: str) -> tuple[str, int]:
    """The line without garbage and how many characters went.

    A word goes whole when control characters make up half of it or stand inside it
    between other characters (its letters come from the same unmapped font); a stray one at
    its edge goes alone ("15-173-" stays). A private-use symbol or an unassigned code point
    goes alone, except that a private-use symbol opening the line is a bullet ("•")."""
    if _ANY.search(text) is None and not _unassigned(text):
        return text, 0
    kept: list[str] = []
    dropped = 0
    for position, word in enumerate(text.split()):
        controls = len(_CONTROL.findall(word))
        if controls:
            if controls * 2 >= len(word) or _CONTROL.search(word.strip(_STRAY)):
                dropped += len(word)
                continue
            dropped += controls
            word = _CONTROL.sub("", word)
        if position == 0 and len(word) == 1 and _PRIVATE.match(word):
            kept.append("•")  # a symbol-font bullet (Symbol's U+F0B7, Wingdings' U+F0D8 ...)
            continue
        symbols = len(_PRIVATE.findall(word))
        if symbols:
            dropped += symbols
            word = _PRIVATE.sub("", word)
        if _unassigned(word):
            unassigned = "".join(c for c in word if _is_unassigned(c))
            dropped += len(unassigned)
            word = "".join(c for c in word if not _is_unassigned(c))
        if word:
            kept.append(word)
    return " ".join(kept), dropped


def _is_unassigned(char: str) -> bool:
    return char > "\u036f" and unicodedata.category(char) in ("Cn", "Cs")


def _unassigned(text: str) -> bool:
    """Code points no character has: glyph numbers a font handed out as text. (Only the
    few characters beyond Latin and its accents are looked up.)"""
    return not text.isascii() and any(map(_is_unassigned, _BEYOND_LATIN.findall(text)))


@dataclass(slots=True)
class Garbage:
    """What was dropped, page by page, while the lines were read."""

    dropped: int = 0
    total: int = 0
    pages: list[int] = field(default_factory=list)  # pages dropped whole

    def page(self, number: int, texts: list[str]) -> list[str]:
        """The page's lines without garbage ("" for a line that was all garbage); every
        line "" when the page is mostly garbage."""
        kept: list[str] = []
        dropped = total = 0
        for text in texts:
            total += len(text) - text.count(" ")
            cleaned, gone = clean(text)
            dropped += gone
            kept.append(cleaned)
        self.dropped += dropped
        self.total += total
        if total >= _MIN_PAGE_CHARS and dropped > total * MOSTLY:
            self.pages.append(number)
            return [""] * len(texts)
        return kept

    def verdict(self, path: Path) -> tuple[DocumentWarning, ...]:
        """The warnings to keep; DocumentReadError when the document is mostly garbage."""
        if self.dropped and self.dropped >= self.total * MOSTLY:
            raise DocumentReadError(path, ReadProblem.UNMAPPED_FONTS)
        warnings = []
        if self.pages:
            warnings.append(DocumentWarning(ReadWarning.UNREADABLE_PAGES, page_ranges(self.pages)))
        elif self.dropped:
            warnings.append(DocumentWarning(ReadWarning.UNMAPPED_CHARACTERS, str(self.dropped)))
        return tuple(warnings)


def page_ranges(pages: list[int]) -> str:
    """'2, 5–7' for [2, 5, 6, 7]."""
    spans: list[list[int]] = []
    for page in pages:
        if spans and page == spans[-1][1] + 1:
            spans[-1][1] = page
        else:
            spans.append([page, page])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)
