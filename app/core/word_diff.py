"""Word-level differences between two clause texts, as spans for views to paint."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from app.core.model import Span
from app.core.segmentation import split_number_label

DiffKind = Literal["equal", "delete", "insert"]
Granularity = Literal["word", "char", "auto"]
_TOKEN = re.compile(r"\w+|[^\w\s]+|\s+")
_SPACE_THEN_TOKEN = re.compile(r"\s*(?:\w+|[^\w\s]+)")
_SHORT = 40  # below this many characters on both sides, "auto" diffs by character
_DMP_OPS: dict[int, DiffKind] = {0: "equal", -1: "delete", 1: "insert"}
# Per token: its end offset in the text, and its text there (start = end - len(text)).
_Offsets = tuple[list[int], list[str]]


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """What to ignore, and whether to compare words or characters."""

    ignore_case: bool = False
    ignore_whitespace: bool = True
    ignore_punctuation: bool = False
    ignore_numbering: bool = False
    granularity: Granularity = "word"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run: equal text, text only in a (delete) or only in b (insert)."""

    op: DiffKind
    a: Span
    b: Span


@dataclass(frozen=True, slots=True)
class WordDiff:
    """The runs that turn text a into text b."""

    a: str
    b: str
    ops: tuple[DiffOp, ...]

    def spans_a(self) -> tuple[Span, ...]:
        """Deleted spans in a."""
        return tuple(op.a for op in self.ops if op.op == "delete" and op.a.end > op.a.start)

    def spans_b(self) -> tuple[Span, ...]:
        """Inserted spans in b."""
        return tuple(op.b for op in self.ops if op.op == "insert" and op.b.end > op.b.start)

    def is_equal(self) -> bool:
        """True when nothing differs under the options used."""
        return all(op.op == "equal" for op in self.ops)


_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0.05


class _TokenCleanup(diff_match_patch):  # type: ignore[misc]
    """Semantic cleanup for word-encoded diffs.

    The lossless pass only slides edits towards spaces and punctuation between characters;
    in encoded text every character is a whole word, so it has nothing to find there.
    """

    def diff_cleanupSemanticLossless(self, diffs: list[tuple[int, str]]) -> None:
        return


_TOKEN_DMP = _TokenCleanup()


def _tokens(text: str, options: DiffOptions) -> tuple[list[str], _Offsets]:
    """Comparison keys, and per token its end offset and its text (a token starts at its
    end minus its length; the length is only looked up where a run begins)."""
    start_at = 0
    if options.ignore_numbering:
        label, rest = split_number_label(text.lstrip())
        if label is not None:
            start_at = len(text) - len(rest)
    if options.ignore_whitespace:
        # One C-level findall of "space + token" pieces; every step after it is a C-level map.
        pieces = _SPACE_THEN_TOKEN.findall(text, start_at)
        keys = list(map(str.lstrip, pieces))
        ends = list(accumulate(map(len, pieces), initial=start_at))[1:]
    else:
        keys = _TOKEN.findall(text, start_at)
        ends = list(accumulate(map(len, keys), initial=start_at))[1:]
    if options.ignore_punctuation:
        kept = [i for i, key in enumerate(keys) if key[0].isalnum() or key[0] == "_"]
        keys = [keys[i] for i in kept]
        ends = [ends[i] for i in kept]
    raw = keys
    if options.ignore_case:
        keys = list(map(str.casefold, keys))
    return keys, (ends, raw)


def _encode(keys_a: list[str], keys_b: list[str]) -> tuple[str, str]:
    """Each distinct token as one character, so the diff runs on short strings."""
    distinct = dict.fromkeys(keys_a + keys_b)
    table = dict(zip(distinct, map(chr, range(0x100, 0x100 + len(distinct))), strict=True))
    lookup = table.__getitem__
    return "".join(map(lookup, keys_a)), "".join(map(lookup, keys_b))


def diff_words(a: str, b: str, options: DiffOptions = DiffOptions()) -> WordDiff:
    """Differences between `a` and `b` as runs with spans into both texts."""
    granularity = options.granularity
    if granularity == "auto":
        granularity = "char" if max(len(a), len(b)) <= _SHORT else "word"
    if granularity == "char":
        return _char_diff(a, b, options)
    keys_a, offsets_a = _tokens(a, options)
    keys_b, offsets_b = _tokens(b, options)
    chars_a, chars_b = _encode(keys_a, keys_b)
    # rapidfuzz finds the LCS fast; diff-match-patch's semantic cleanup makes it readable.
    diffs: list[tuple[int, str]] = []
    for opcode in Indel.opcodes(chars_a, chars_b):
        tag: str = opcode.tag
        i1: int = opcode.src_start
        i2: int = opcode.src_end
        j1: int = opcode.dest_start
        j2: int = opcode.dest_end
        if tag == "equal":
            diffs.append((0, chars_a[i1:i2]))
            continue
        if i2 > i1:
            diffs.append((-1, chars_a[i1:i2]))
        if j2 > j1:
            diffs.append((1, chars_b[j1:j2]))
    if len(diffs) >= 3:  # with fewer runs there is no equality between two edits
        _TOKEN_DMP.diff_cleanupSemantic(diffs)
    return WordDiff(a, b, tuple(_runs(diffs, offsets_a, offsets_b, len(a), len(b))))


def _runs(diffs: list[tuple[int, str]], offsets_a: _Offsets, offsets_b: _Offsets,
          len_a: int, len_b: int) -> list[DiffOp]:
    """DiffOps with character spans from diffs over encoded tokens (the hot loop: locals)."""
    ops: list[DiffOp] = []
    append, span, diff_op = ops.append, Span, DiffOp
    (ends_a, raw_a), (ends_b, raw_b) = offsets_a, offsets_b
    count_a, count_b = len(ends_a), len(ends_b)
    i = j = 0
    for code, chunk in diffs:
        count = len(chunk)
        at_a = ends_a[i] - len(raw_a[i]) if i < count_a else len_a
        at_b = ends_b[j] - len(raw_b[j]) if j < count_b else len_b
        if code == 0:
            i += count
            j += count
            append(diff_op("equal", span(at_a, ends_a[i - 1]), span(at_b, ends_b[j - 1])))
        elif code == -1:
            i += count
            append(diff_op("delete", span(at_a, ends_a[i - 1]), span(at_b, at_b)))
        else:
            j += count
            append(diff_op("insert", span(at_a, at_a), span(at_b, ends_b[j - 1])))
    return ops


def _char_diff(a: str, b: str, options: DiffOptions) -> WordDiff:
    left = a.casefold() if options.ignore_case else a
    right = b.casefold() if options.ignore_case else b
    if len(left) != len(a) or len(right) != len(b):  # casefold changed lengths (ß)
        left, right = a, b
    diffs = _DMP.diff_main(left, right, False)
    _DMP.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    i = j = 0
    for code, chunk in diffs:
        n = len(chunk)
        kind = _DMP_OPS[code]
        if kind == "equal":
            ops.append(DiffOp(kind, Span(i, i + n), Span(j, j + n)))
            i, j = i + n, j + n
        elif kind == "delete":
            ops.append(DiffOp(kind, Span(i, i + n), Span(j, j)))
            i += n
        else:
            ops.append(DiffOp(kind, Span(i, i), Span(j, j + n)))
            j += n
    return WordDiff(a, b, tuple(ops))


RedlineKind = Literal["equal", "delete", "insert"]


def _change_runs(ops: Sequence[DiffOp]) -> list[list[DiffOp]]:
    """The ops cut into single equal ops and maximal runs of changes."""
    runs: list[list[DiffOp]] = []
    for op in ops:
        if op.op != "equal" and runs and runs[-1][0].op != "equal":
            runs[-1].append(op)
        else:
            runs.append([op])
    return runs


# Punctuation that sits against the word before it, or after it: no space is added there.
_CLOSING = frozenset(".,;:!?)]}»”’%")
_OPENING = frozenset("([{«“‘")


def redline(diff: WordDiff) -> list[tuple[RedlineKind, str]]:
    """The diff as one readable sequence: b's text with a's removed words in place.

    Whitespace from b is kept between runs and a space separates a deletion from its
    neighbours, so no two words run together.
    """
    pieces: list[tuple[RedlineKind, str]] = []

    def add(kind: RedlineKind, text: str) -> None:
        if not text:
            return
        if pieces and not pieces[-1][1][-1:].isspace() and not text[:1].isspace() and (
                kind == "delete" or pieces[-1][0] == "delete") and (
                text[:1] not in _CLOSING and pieces[-1][1][-1:] not in _OPENING):
            if pieces[-1][0] == "equal":
                pieces[-1] = ("equal", pieces[-1][1] + " ")
            elif kind == "equal":
                text = " " + text
            else:
                pieces.append(("equal", " "))
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + text)
        else:
            pieces.append((kind, text))

    previous_end = 0
    for run in _change_runs(diff.ops):
        start = min(op.b.start for op in run)
        if start > previous_end:
            add("equal", diff.b[previous_end:start])
        previous_end = start
        # Within a run of changes the old words come first, then the new, as in Word.
        for op in run:
            if op.op == "delete":
                add("delete", diff.a[op.a.start:op.a.end])
        for op in run:
            if op.op != "delete":
                if op.b.start > previous_end:
                    add("equal", diff.b[previous_end:op.b.start])
                add(op.op, diff.b[op.b.start:op.b.end])
                previous_end = op.b.end
    add("equal", diff.b[previous_end:])
    return pieces
