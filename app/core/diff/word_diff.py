"""Word-level differences between two clause texts, as spans for views to paint."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from html import escape
from itertools import accumulate, count, repeat
from typing import Any, Literal

from diff_match_patch import diff_match_patch

from app.core.diff.cleanup import Runs, token_runs
from app.core.documents.model import Span
from app.core.importing.numbers import split_number_label

DiffKind = Literal["equal", "delete", "insert"]
Granularity = Literal["word", "char", "auto"]
_TOKEN = re.compile(r"\w+|[^\w\s]+|\s+")
_SPACE_THEN_TOKEN = re.compile(r"\s*+(?:\w++|[^\w\s]++)")  # possessive: nothing to backtrack
_SHORT = 40  # below this many characters on both sides, "auto" diffs by character
_DMP_OPS: dict[int, DiffKind] = {0: "equal", -1: "delete", 1: "insert"}
# Token k ends at ends[k + 1] in the text and is words[k] there, so it starts at
# ends[k + 1] - len(words[k]). ends[0] is where the first token may start; after the last
# token, ends and words go on with the text's length and "": a token that starts there,
# at the end of the text, is where an empty span at the end sits.
_Offsets = tuple[list[int], list[str]]
# Token codes go into strings as UTF-32: "utf-32" without a byte order mark reads the
# machine's order, which is how array stores them (the codes never form a mark).
_CODE_ARRAY = "I" if array("I").itemsize == 4 else "L"


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


def _field_setters(cls: type[Any], names: tuple[str, ...]) -> list[Callable[[Any, Any], None]]:
    """Per field, a function that stores it in an instance of slots dataclass `cls`.

    A frozen dataclass's generated __init__ stores each field through object.__setattr__,
    which makes DiffOp(...) and Span(...) several times slower than object.__new__
    followed by these slot setters mapped over whole columns (see _ops). That is only the
    same object while __init__ does nothing else, so the classes are checked for exactly
    these fields and no __post_init__.
    """
    if tuple(field.name for field in fields(cls)) != names or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is no longer built from {names} alone")
    return [vars(cls)[name].__set__ for name in names]


_NEW = object.__new__
_SPAN_START, _SPAN_END = _field_setters(Span, ("start", "end"))
_OP_KIND, _OP_A, _OP_B = _field_setters(DiffOp, ("op", "a", "b"))


def _tokens(text: str, options: DiffOptions) -> tuple[list[str], _Offsets]:
    """Comparison keys, and where the tokens end and what they are in `text` (see _Offsets)."""
    start_at = 0
    if options.ignore_numbering:
        label, rest = split_number_label(text.lstrip())
        if label is not None:
            start_at = len(text) - len(rest)
    if options.ignore_whitespace:
        # One C-level findall of "space + token" pieces; every step after it is a C-level map.
        pieces = _SPACE_THEN_TOKEN.findall(text, start_at)
        keys = list(map(str.lstrip, pieces))
        ends = list(accumulate(map(len, pieces), initial=start_at))
    else:
        keys = _TOKEN.findall(text, start_at)
        ends = list(accumulate(map(len, keys), initial=start_at))
    if options.ignore_punctuation:
        kept = [i for i, key in enumerate(keys) if key[0].isalnum() or key[0] == "_"]
        keys = [keys[i] for i in kept]
        ends = [start_at] + [ends[i + 1] for i in kept]
    words = [*keys, ""]
    ends.append(len(text))
    if options.ignore_case:
        keys = list(map(str.casefold, keys))
    return keys, (ends, words)


def _encode(keys_a: list[str], keys_b: list[str]) -> tuple[str, str]:
    """Each distinct token as one character, so the diff runs on short strings.

    A token's code is its first position over both lists, counted from U+0100; the codes
    go into the strings through one UTF-32 decode instead of a chr() per token. Past
    ~55 000 tokens those codes would reach the surrogates, so texts that long number the
    distinct tokens instead.
    """
    if len(keys_a) + len(keys_b) < 0xD800 - 0x100:
        codes: dict[str, int] = {}
        code = codes.setdefault
        positions = count(0x100)
        return (array(_CODE_ARRAY, map(code, keys_a, positions)).tobytes().decode("utf-32"),
                array(_CODE_ARRAY, map(code, keys_b, positions)).tobytes().decode("utf-32"))
    table = {key: chr(0x100 + i) for i, key in enumerate(dict.fromkeys(keys_a + keys_b))}
    lookup = table.__getitem__
    return "".join(map(lookup, keys_a)), "".join(map(lookup, keys_b))


def comparison_keys(text: str, options: DiffOptions = DiffOptions()) -> tuple[str, ...]:
    """The word tokens a word diff compares `text` by under `options`: two texts with the
    same keys have no differences (what a status of "identical" means)."""
    return tuple(_tokens(text, options)[0])


def same_text(a: str, b: str, options: DiffOptions = DiffOptions()) -> bool:
    """True when a diff of `a` and `b` under `options` would find nothing to mark."""
    if options.granularity == "word":
        return a == b or comparison_keys(a, options) == comparison_keys(b, options)
    return diff_words(a, b, options).is_equal()


def diff_words(a: str, b: str, options: DiffOptions = DiffOptions()) -> WordDiff:
    """Differences between `a` and `b` as runs with spans into both texts."""
    granularity = options.granularity
    if granularity == "auto":
        granularity = "char" if max(len(a), len(b)) <= _SHORT else "word"
    if granularity == "char":
        return _char_diff(a, b, options)
    keys_a, offsets_a = _tokens(a, options)
    keys_b, offsets_b = _tokens(b, options)
    runs = token_runs(*_encode(keys_a, keys_b))
    return WordDiff(a, b, _ops(runs, offsets_a, offsets_b))


def _ops(runs: Runs, offsets_a: _Offsets, offsets_b: _Offsets) -> tuple[DiffOp, ...]:
    """Token runs as DiffOps with character spans; an empty span sits where the next
    token starts (or at the end of the text)."""
    (ends_a, words_a), (ends_b, words_b) = offsets_a, offsets_b
    kinds: list[DiffKind] = []
    firsts: list[int] = []  # per op: where its span in a starts, then its span in b
    lasts: list[int] = []  # and where they end
    kind, first, last = kinds.append, firsts.append, lasts.append
    i = j = 0  # the run's first token in a and in b
    for code, size in runs:
        at_a = ends_a[i + 1] - len(words_a[i])
        at_b = ends_b[j + 1] - len(words_b[j])
        first(at_a)
        first(at_b)
        if code == 0:
            kind("equal")
            i += size
            j += size
            last(ends_a[i])
            last(ends_b[j])
        elif code < 0:
            kind("delete")
            i += size
            last(ends_a[i])
            last(at_b)
        else:
            kind("insert")
            j += size
            last(at_a)
            last(ends_b[j])
    # The objects, field by field over whole columns (see _field_setters); each setter
    # returns None, so any() runs a map to its end without keeping anything.
    spans = list(map(_NEW, repeat(Span, len(firsts))))
    any(map(_SPAN_START, spans, firsts))
    any(map(_SPAN_END, spans, lasts))
    ops = list(map(_NEW, repeat(DiffOp, len(kinds))))
    any(map(_OP_KIND, ops, kinds))
    any(map(_OP_A, ops, spans[::2]))
    any(map(_OP_B, ops, spans[1::2]))
    return tuple(ops)


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


def redline_html(diff: WordDiff, deleted: str, inserted: str) -> str:
    """The redline as HTML; `deleted` and `inserted` are templates ("<del>{}</del>") that
    receive the escaped text of each removed or added run."""
    templates = {"equal": "{}", "delete": deleted, "insert": inserted}
    return "".join(templates[kind].format(escape(text)) for kind, text in redline(diff))
