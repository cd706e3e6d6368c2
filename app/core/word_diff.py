"""Word-level differences between two clause texts, as spans for views to paint."""

from __future__ import annotations

import re
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
_SPACE_THEN_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s]+)")
_SHORT = 40  # below this many characters on both sides, "auto" diffs by character
_DMP_OPS: dict[int, DiffKind] = {0: "equal", -1: "delete", 1: "insert"}


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


def _tokens(text: str, options: DiffOptions) -> tuple[list[str], list[int], list[int]]:
    """Comparison keys and their start/end offsets in `text`, after the ignore options."""
    start_at = 0
    if options.ignore_numbering:
        label, rest = split_number_label(text.lstrip())
        if label is not None:
            start_at = len(text) - len(rest)
    if options.ignore_whitespace:
        # One C-level findall of (leading space, token) pairs; offsets by running sums.
        found = _SPACE_THEN_TOKEN.findall(text, start_at)
        keys = [token for _, token in found]
        ends = list(accumulate((len(space) + len(token) for space, token in found),
                               initial=start_at))[1:]
        starts = [end - len(key) for end, key in zip(ends, keys, strict=True)]
    else:
        matches = list(_TOKEN.finditer(text, start_at))
        keys = [m.group() for m in matches]
        starts, ends = [m.start() for m in matches], [m.end() for m in matches]
    if options.ignore_punctuation:
        kept = [i for i, key in enumerate(keys) if key[0].isalnum() or key[0] == "_"]
        keys = [keys[i] for i in kept]
        starts, ends = [starts[i] for i in kept], [ends[i] for i in kept]
    if options.ignore_case:
        keys = [k.casefold() for k in keys]
    return keys, starts, ends


def _encode(keys_a: list[str], keys_b: list[str]) -> tuple[str, str]:
    """Each distinct token as one character, so the diff runs on short strings."""
    table = {key: chr(0x100 + i) for i, key in enumerate(dict.fromkeys(keys_a + keys_b))}
    lookup = table.__getitem__
    return "".join(map(lookup, keys_a)), "".join(map(lookup, keys_b))


_Offsets = tuple[list[int], list[int]]


def _cover(offsets: _Offsets, first: int, last: int, fallback: int) -> Span:
    """The text span from token `first` to token `last` (exclusive); empty at `fallback`."""
    if first >= last:
        return Span(fallback, fallback)
    return Span(offsets[0][first], offsets[1][last - 1])


def diff_words(a: str, b: str, options: DiffOptions = DiffOptions()) -> WordDiff:
    """Differences between `a` and `b` as runs with spans into both texts."""
    granularity = options.granularity
    if granularity == "auto":
        granularity = "char" if max(len(a), len(b)) <= _SHORT else "word"
    if granularity == "char":
        return _char_diff(a, b, options)
    keys_a, starts_a, ends_a = _tokens(a, options)
    keys_b, starts_b, ends_b = _tokens(b, options)
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
    _DMP.diff_cleanupSemantic(diffs)
    return WordDiff(a, b, tuple(_runs(diffs, (starts_a, ends_a), (starts_b, ends_b),
                                      len(a), len(b))))


def _runs(diffs: list[tuple[int, str]], spans_a: _Offsets, spans_b: _Offsets,
          len_a: int, len_b: int) -> list[DiffOp]:
    ops: list[DiffOp] = []
    i = j = 0
    for code, chunk in diffs:
        count = len(chunk)
        at_a = spans_a[0][i] if i < len(spans_a[0]) else len_a
        at_b = spans_b[0][j] if j < len(spans_b[0]) else len_b
        if code == 0:
            ops.append(DiffOp("equal", _cover(spans_a, i, i + count, at_a),
                              _cover(spans_b, j, j + count, at_b)))
            i += count
            j += count
        elif code == -1:
            ops.append(DiffOp("delete", _cover(spans_a, i, i + count, at_a), Span(at_b, at_b)))
            i += count
        else:
            ops.append(DiffOp("insert", Span(at_a, at_a), _cover(spans_b, j, j + count, at_b)))
            j += count
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
                kind == "delete" or pieces[-1][0] == "delete"):
            pieces.append(("equal", " "))
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + text)
        else:
            pieces.append((kind, text))

    previous_end = 0
    for op in diff.ops:
        if op.b.start > previous_end:
            add("equal", diff.b[previous_end:op.b.start])
        if op.op == "delete":
            add("delete", diff.a[op.a.start:op.a.end])
        else:
            add(op.op, diff.b[op.b.start:op.b.end])
        previous_end = max(previous_end, op.b.end)
    add("equal", diff.b[previous_end:])
    return pieces
