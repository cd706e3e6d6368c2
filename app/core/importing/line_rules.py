"""Line-level rules shared by the text and PDF readers: bullets, number labels, headings."""

from __future__ import annotations

import re

BULLETS = "•◦▪●·–—-*o\uf0b7\uf0a7\u2043"
_BULLET = re.compile(r"^(?P<bullet>[•◦▪●·–—*\uf0b7\uf0a7\u2043]|-|o(?=\s))\s+(?P<rest>\S.*)$",
                     re.DOTALL)
_NUMBERED_ITEM = re.compile(r"^(?P<label>\d{1,2}[.)]|[a-zåäö]\)|\(\d{1,2}\)|[ivx]{1,4}\))\s+"
                            r"(?P<rest>\S.*)$", re.DOTALL)
_HEADING_NUMBER = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.?)\s+"
                             r"(?P<rest>[A-ZÅÄÖ].*)$", re.DOTALL)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|page|s\.)\s*)?\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\d{1,4}\))?$",
    re.IGNORECASE,
)
_SENTENCE_END = ".;,!?"


def bullet_item(line: str) -> str | None:
    """The text after a bullet marker ('• att ...' -> 'att ...'), or None."""
    match = _BULLET.match(line.strip())
    return match.group("rest") if match else None


def numbered_item(line: str) -> tuple[str, str] | None:
    """(label, text) for a numbered list line such as '1) att ...' or 'a) ...', or None."""
    match = _NUMBERED_ITEM.match(line.strip())
    return (match.group("label"), match.group("rest")) if match else None


def heading_number(line: str) -> tuple[str, str] | None:
    """(label, text) for a numbered heading line such as '2.1 Ansvar', or None."""
    match = _HEADING_NUMBER.match(line.strip())
    if not match:
        return None
    return match.group("label"), match.group("rest")


def heading_depth(label: str) -> int:
    """Outline depth implied by a label: '2' -> 1, '2.1' -> 2, '2.1.3.' -> 3."""
    return label.rstrip(".").count(".") + 1


def is_page_number(line: str) -> bool:
    """True for page-number lines: '3', 'Sida 3', '3 av 12', '3 (12)', '3/12'."""
    return bool(_PAGE_NUMBER.match(line.strip()))


def looks_like_heading(line: str, max_words: int = 12) -> bool:
    """A short line that starts with a capital and has no closing punctuation."""
    text = line.strip()
    if not text or text[-1] in _SENTENCE_END or text.endswith(":"):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    return len(text.split()) <= max_words and len(text) <= 100


_JOINERS = {"och", "eller", "samt", "respektive", "till", "som"}


def join_hyphenated(first: str, second: str) -> str:
    """Join two wrapped lines; a word split by a hyphen at the line end is rejoined.

    'samverkans-' + 'avtal' -> 'samverkansavtal'; 'hälso- och' keeps its hyphen because the
    next word is a conjunction; dashes with a space before them stay.
    """
    left = first.rstrip()
    right = second.lstrip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        next_word = right.split(" ", 1)[0].strip(",.;:").casefold()
        if right[0].islower() and next_word not in _JOINERS:
            return left[:-1] + right
        return left + " " + right if next_word in _JOINERS else left + right
    return left + " " + right
