"""Line-level rules shared by the readers (text, PDF, and the typed bullets of Word and
OpenDocument): bullets, number labels, headings."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


# A bullet typed by hand at the start of a Word or OpenDocument paragraph ("– att …",
# "•<tab>att …"), the paragraph being no list of the writer's own.
TYPED_BULLET = re.compile(r"^[\u2022\u2013\u2014\u00b7\u25aa\u25cf\uf0b7\uf0a7*\-o][\t ]+")


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


# A section number typed before a heading's words: "2.1 Ansvar", "3. Syfte", "1 kap. Inledande
# bestämmelser". Word and PDF headings read their level from it alike.
_TYPED_HEADING_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")


def typed_heading_depth(heading: str) -> int | None:
    """The depth of the number typed before a heading ('2.1 Ansvar' -> 2, '1 kap. Inledande
    bestämmelser' -> 1, '§ 4 Ansvar' -> None), or None without one."""
    typed = _TYPED_HEADING_NUMBER.match(heading)
    return typed.group(1).count(".") + 1 if typed else None


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


# Words after a line-end hyphen that keep it: "hälso-" + "och sjukvård" is no split word.
JOINERS = frozenset({"och", "eller", "samt", "respektive", "till", "som"})


def join_lines(lines: Iterable[str]) -> str:
    """All wrapped lines of one block joined as `join_hyphenated` joins two, in linear time.

    Joining pairwise onto the text so far copies it once per line: quadratic for a block
    of many lines (a text table without blank lines is one block). Here each line is
    decided on the last two characters of the text so far and appended once."""
    pieces: list[str] = []
    tail = ""  # the last two characters of the joined text
    for line in lines:
        right = line.strip()
        if not right:
            continue
        if not pieces:
            pieces.append(right)
        elif tail.endswith("-") and len(tail) > 1 and tail[-2].isalpha():
            next_word = right.split(" ", 1)[0].strip(",.;:").casefold()
            if right[0].islower() and next_word not in JOINERS:
                pieces[-1] = pieces[-1][:-1]
                tail = tail[:-1]
                pieces.append(right)
            else:
                pieces.append(" " + right if next_word in JOINERS else right)
        else:
            pieces.append(" " + right)
        tail = (tail + pieces[-1])[-2:]
    return "".join(pieces)


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
        if right[0].islower() and next_word not in JOINERS:
            return left[:-1] + right
        return left + " " + right if next_word in JOINERS else left + right
    return left + " " + right


# -- PDF lines: labels with or without a following space, label sequences, line joins ----

# "1." – "99.", "1)", "(1)", "1.1", "1.1.2.", "a)", "(a)", "i)" – "xx)"; a space may be
# missing when the label is wider than Word's hanging indent ("10.Artikel 6 ...").
_PDF_LABEL = re.compile(
    r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|\d{1,2}[.)]|\(\d{1,2}\)"
    r"|[a-zåäö]\)|\([a-zåäö]\)|[ivx]{1,5}\)|\([ivx]{1,5}\))"
    r"(?:\s+|(?=[A-ZÅÄÖÉa-zåäöé(\"”«]))(?P<rest>\S.*)$",
    re.DOTALL,
)
_ROMAN = {"i": 1, "v": 5, "x": 10}
_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"
_DASHES = "-‐‑–—"
_SENTENCE_ENDS = (".", ":", "!", "?", ";")


def pdf_list_label(line: str) -> tuple[str, str] | None:
    """(label, text) for a PDF line that starts with a list label, space or not, or None.

    '10.Artikel 6 gäller' -> ('10.', 'Artikel 6 gäller'); '2.5 miljoner' and '2013-11-19.'
    are no labels (a number needs a letter or a space-separated text after its dot)."""
    match = _PDF_LABEL.match(line.strip())
    if not match:
        return None
    label, rest = match.group("label"), match.group("rest")
    if rest[:1].isdigit() or ("." in label.rstrip(".") and not rest[:1].isupper()):
        return None  # '1. 2 kap.', and '2.5 miljoner': a section label starts a sentence
    return label, rest


_GLUED_BULLET = re.compile(r"^([•▪●◦\uf0b7\uf0a7])(?=\S)")


def pdf_bullet(line: str) -> tuple[str, str] | None:
    """(bullet, text) for a bulleted PDF line: '• att ...', '– att ...', '•att ...'."""
    if line[:1] not in BULLETS:
        line = line.strip()
        if line[:1] not in BULLETS:
            return None
    content = _GLUED_BULLET.sub(r"\1 ", line.strip())
    rest = bullet_item(content)
    return (content[0], rest) if rest is not None else None


def item_text_offset(line: str) -> int:
    """Where an item's text starts in a line opening with a bullet or a list label
    ('10.Artikel' -> 3, '•  att' -> 3), or 0 for any other line."""
    found = pdf_bullet(line) or pdf_list_label(line)
    return line.rfind(found[1]) if found else 0


def _roman_value(text: str) -> int | None:
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total if 0 < total <= 39 else None


def _counters(label: str) -> list[tuple[str, int, str, str]]:
    """Every reading of a label as (kind, value, prefix, suffix): 'i)' is a letter and a
    roman numeral; '1.2' is decimal 2 with prefix '1.'."""
    core = label.strip()
    opening = "(" if core.startswith("(") else ""
    core = core[len(opening):]
    suffix = core[-1] if core[-1:] in ".)" else ""
    core = core[: len(core) - len(suffix)]
    prefix, _, last = core.rpartition(".")
    prefix = opening + (prefix + "." if prefix else "")
    readings: list[tuple[str, int, str, str]] = []
    if last.isdigit():
        readings.append(("decimal", int(last), prefix, suffix))
    if len(last) == 1 and last in _LETTERS:
        readings.append(("letter", _LETTERS.index(last) + 1, prefix, suffix))
    roman = _roman_value(last)
    if roman is not None:
        readings.append(("roman", roman, prefix, suffix))
    return readings


def label_follows(previous: str, label: str) -> bool:
    """True if `label` is the next label after `previous` in one list: '9.' -> '10.',
    'h)' -> 'i)', 'i)' -> 'ii)', '1.1' -> '1.2'."""
    for kind, value, prefix, suffix in _counters(previous):
        for kind2, value2, prefix2, suffix2 in _counters(label):
            if (kind, prefix, suffix) == (kind2, prefix2, suffix2) and value2 == value + 1:
                return True
    return False


def ends_sentence(text: str) -> bool:
    """True if a line ends a sentence or a lead-in: '.', ':', '!', '?', ';'."""
    return text.rstrip().rstrip("”\"')»").endswith(_SENTENCE_ENDS)


def break_unit(text: str) -> str:
    """What a word processor must keep on one line at the start of `text`: up to the first
    space, or up to a hyphen that may break ('SIP-' of 'SIP-mallen', not '2015-16')."""
    word = text.lstrip().split(" ", 1)[0]
    for index, char in enumerate(word[:-1]):
        if char in _DASHES and index > 0 and not word[index + 1].isdigit():
            return word[: index + 1]
    return word


def join_pdf_lines(first: str, second: str, soft_hyphen: bool = False) -> str:
    """Join two wrapped lines of a PDF paragraph.

    Word does not hyphenate by default, so a hyphen at the end of a line is part of the text:
    'SIP-' + 'mallen' -> 'SIP-mallen', '2015-' + '16' -> '2015-16', 'hälso-' + 'och' ->
    'hälso- och'. Only a hyphen known to be soft (`soft_hyphen`) is dropped:
    'samverkans-' + 'avtal' -> 'samverkansavtal'. A dash after a word joins without a space
    ('2024–' + '2027')."""
    left = first.rstrip()
    right = second.lstrip()
    if not left or not right:
        return left or right
    if left[-1] in _DASHES and len(left) > 1 and not left[-2].isspace():
        if left[-1] in "-‐":
            next_word = right.split(" ", 1)[0].strip(",.;:").casefold()
            if next_word in JOINERS:
                return left + " " + right
            if soft_hyphen and left[-2].isalpha() and right[0].isalpha():
                return left[:-1] + right
        return left + right
    return left + " " + right
