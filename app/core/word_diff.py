"""Word-level differences between two clause texts, as spans for views to paint."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from itertools import accumulate, count, repeat
from typing import Any, Literal

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from app.core.model import Span
from app.core.segmentation import split_number_label

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


def diff_words(a: str, b: str, options: DiffOptions = DiffOptions()) -> WordDiff:
    """Differences between `a` and `b` as runs with spans into both texts."""
    granularity = options.granularity
    if granularity == "auto":
        granularity = "char" if max(len(a), len(b)) <= _SHORT else "word"
    if granularity == "char":
        return _char_diff(a, b, options)
    keys_a, offsets_a = _tokens(a, options)
    keys_b, offsets_b = _tokens(b, options)
    runs = _token_runs(*_encode(keys_a, keys_b))
    return WordDiff(a, b, _ops(runs, offsets_a, offsets_b))


def _ops(runs: _Runs, offsets_a: _Offsets, offsets_b: _Offsets) -> tuple[DiffOp, ...]:
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


# Semantic cleanup on token counts.
#
# The runs below are those diff-match-patch's diff_cleanupSemantic (without its lossless
# pass: in encoded text every character is a whole word, so sliding edits to word
# boundaries finds nothing) gives for the diff built from rapidfuzz's LCS. They are computed
# on the LCS's equalities and the edits between them, as token counts: diff-match-patch
# does the same on strings, with a list insert per eliminated equality and string
# concatenation per merge, and that was the largest part of a clause pair's diff time
# (about 40 % in bench/bench_word_diff.py). The texts are only
# looked at where diff-match-patch compares strings: common prefixes and suffixes of a
# deletion and an insertion, edits shifted over an equality they repeat, and overlaps
# between a deletion and an insertion. tests/core/test_word_diff.py checks the runs against
# diff-match-patch on random token strings.
#
# The shape everywhere: `equal[k]` tokens are equal before edit group k, which deletes
# `deleted[k]` tokens of a and inserts `inserted[k]` of b; equal[-1] follows the last group.
# Only the first and last equality can be 0 tokens, and no group is empty.

_Runs = list[tuple[int, int]]  # (0 equal | -1 delete | 1 insert, token count), in order
_Groups = tuple[list[int], list[int], list[int]]  # equal, deleted, inserted


class _Unexpected(Exception):
    """The cleanup reached a state diff-match-patch handles in its own way; let it."""


def _token_runs(chars_a: str, chars_b: str) -> _Runs:
    """The runs that turn encoded tokens `chars_a` into `chars_b`, after semantic cleanup."""
    lcs = _lcs_groups(chars_a, chars_b)
    groups = _eliminate(*lcs)
    if groups is None:
        # Nothing to clean up: diff-match-patch keeps the diff as it came, and rapidfuzz
        # puts a gap's insertion before its deletion.
        return _lcs_runs(*lcs)
    try:
        _merge(*groups, chars_a, chars_b)
        return _merged_runs(*groups, chars_a, chars_b)
    except _Unexpected:
        return _dmp_runs(*lcs, chars_a, chars_b)


def _lcs_groups(chars_a: str, chars_b: str) -> _Groups:
    equal, deleted, inserted = [0], list[int](), list[int]()
    end_a = end_b = 0
    for start_a, start_b, size in Indel.opcodes(chars_a, chars_b).as_matching_blocks():
        if start_a > end_a or start_b > end_b:
            deleted.append(start_a - end_a)
            inserted.append(start_b - end_b)
            equal.append(size)
        else:
            equal[-1] += size
        end_a, end_b = start_a + size, start_b + size
    if end_a < len(chars_a) or end_b < len(chars_b):  # no closing empty block
        deleted.append(len(chars_a) - end_a)
        inserted.append(len(chars_b) - end_b)
        equal.append(0)
    return equal, deleted, inserted


def _eliminate(equal: list[int], deleted: list[int], inserted: list[int]) -> _Groups | None:
    """Equalities no longer than the edits on both sides of them, turned into edits.

    diff-match-patch's rule, with its order: left to right, and after each elimination the
    equality before the grown edit is looked at again. None when nothing is eliminated.
    """
    kept_equal, kept_deleted, kept_inserted = [equal[0]], list[int](), list[int]()
    changed = False
    for k, equal_after in enumerate(equal[1:]):
        d, n = deleted[k], inserted[k]
        while kept_deleted:
            before = kept_equal[-1]
            if before > (d if d > n else n):
                break
            left_d, left_n = kept_deleted[-1], kept_inserted[-1]
            if before > (left_d if left_d > left_n else left_n):
                break
            kept_equal.pop()
            d += kept_deleted.pop() + before
            n += kept_inserted.pop() + before
            changed = True
        kept_deleted.append(d)
        kept_inserted.append(n)
        kept_equal.append(equal_after)
    return (kept_equal, kept_deleted, kept_inserted) if changed else None


def _merge(equal: list[int], deleted: list[int], inserted: list[int],
           chars_a: str, chars_b: str) -> None:
    """diff_cleanupMerge after eliminations, in place: common prefixes and suffixes of a
    group's deletion and insertion become equal, and a lone edit that repeats the equality
    before or after it shifts over that equality, which joins it to the next group."""
    while True:
        _factor(equal, deleted, inserted, chars_a, chars_b)
        if not _shift(equal, deleted, inserted, chars_a, chars_b):
            return


def _factor(equal: list[int], deleted: list[int], inserted: list[int],
            chars_a: str, chars_b: str) -> None:
    at_a = at_b = equal[0]  # where group k starts
    for k, d in enumerate(deleted):
        n = inserted[k]
        if d and n and (chars_a[at_a] == chars_b[at_b]
                        or chars_a[at_a + d - 1] == chars_b[at_b + n - 1]):
            common = 0
            limit = min(d, n)
            while common < limit and chars_a[at_a + common] == chars_b[at_b + common]:
                common += 1
            equal[k] += common
            at_a += common
            at_b += common
            d -= common
            n -= common
            common = 0
            limit = min(d, n)
            while common < limit and \
                    chars_a[at_a + d - 1 - common] == chars_b[at_b + n - 1 - common]:
                common += 1
            equal[k + 1] += common
            d -= common
            n -= common
            if not d and not n:  # the texts were equal: not from an LCS
                raise _Unexpected
            deleted[k], inserted[k] = d, n
        at_a += d + equal[k + 1]
        at_b += n + equal[k + 1]


def _shift(equal: list[int], deleted: list[int], inserted: list[int],
           chars_a: str, chars_b: str) -> bool:
    """diff_cleanupMerge's second pass; True when an edit moved."""
    moved = False
    k = 0
    at_a = at_b = 0  # where equal[k] starts
    while k < len(deleted):
        before, d, n, after = equal[k], deleted[k], inserted[k], equal[k + 1]
        if before and after and not (d and n):
            text, start, size = (chars_a, at_a + before, d) if d else (chars_b, at_b + before, n)
            if before <= size and \
                    text[start + size - before:start + size] == text[start - before:start]:
                # The edit ends with the equality before it: it moves left over that
                # equality, which now follows it, and joins the group before.
                equal[k + 1] = after + before
                if k:
                    del equal[k]
                    deleted[k - 1] += d
                    inserted[k - 1] += n
                    del deleted[k], inserted[k]
                else:
                    equal[0] = 0
                    k = 1
                at_a += d
                at_b += n
                moved = True
                continue
            if after <= size and \
                    text[start:start + after] == text[start + size:start + size + after]:
                # The edit starts with the equality after it: it moves right over it and
                # joins the group after.
                equal[k] = before + after
                if k + 1 < len(deleted):
                    deleted[k] += deleted[k + 1]
                    inserted[k] += inserted[k + 1]
                    del equal[k + 1], deleted[k + 1], inserted[k + 1]
                else:
                    equal[k + 1] = 0
                at_a += equal[k] + deleted[k]
                at_b += equal[k] + inserted[k]
                k += 1
                moved = True
                continue
        at_a += before + d
        at_b += before + n
        k += 1
    return moved


def _merged_runs(equal: list[int], deleted: list[int], inserted: list[int],
                 chars_a: str, chars_b: str) -> _Runs:
    """The runs after a merge, deletions before insertions, with diff_cleanupSemantic's last
    pass: where the end of a deletion is the start of the insertion after it (or the other
    way round) for at least half of either, that part is equal."""
    runs: _Runs = []
    at_a = at_b = 0
    for k, d in enumerate(deleted):
        n = inserted[k]
        before = equal[k]
        if before:
            runs.append((0, before))
            at_a += before
            at_b += before
        if d and n:
            # An overlap either way needs the first token of one side inside the other.
            overlap = reverse = 0
            if chars_a.find(chars_b[at_b], at_a, at_a + d) >= 0:
                overlap = _DMP.diff_commonOverlap(chars_a[at_a:at_a + d], chars_b[at_b:at_b + n])
            if chars_b.find(chars_a[at_a], at_b, at_b + n) >= 0:
                reverse = _DMP.diff_commonOverlap(chars_b[at_b:at_b + n], chars_a[at_a:at_a + d])
            if overlap >= reverse and 2 * overlap >= min(d, n):
                if overlap in (d, n):  # a common prefix or suffix the merge would have moved
                    raise _Unexpected
                runs += [(-1, d - overlap), (0, overlap), (1, n - overlap)]
            elif reverse > overlap and 2 * reverse >= min(d, n):
                if reverse in (d, n):
                    raise _Unexpected
                runs += [(1, n - reverse), (0, reverse), (-1, d - reverse)]
            else:
                runs += [(-1, d), (1, n)]
        elif d:
            runs.append((-1, d))
        else:
            runs.append((1, n))
        at_a += d
        at_b += n
    if equal[-1]:
        runs.append((0, equal[-1]))
    return runs


def _lcs_runs(equal: list[int], deleted: list[int], inserted: list[int]) -> _Runs:
    """The runs as rapidfuzz gives them: a gap's insertion before its deletion."""
    runs: _Runs = []
    for k, d in enumerate(deleted):
        if equal[k]:
            runs.append((0, equal[k]))
        if inserted[k]:
            runs.append((1, inserted[k]))
        if d:
            runs.append((-1, d))
    if equal[-1]:
        runs.append((0, equal[-1]))
    return runs


class _TokenCleanup(diff_match_patch):  # type: ignore[misc]
    """diff-match-patch's semantic cleanup without the lossless pass, which only slides
    edits towards spaces and punctuation between characters: in encoded text every
    character is a whole word, so it has nothing to find there."""

    def diff_cleanupSemanticLossless(self, diffs: list[tuple[int, str]]) -> None:
        return


_TOKEN_DMP = _TokenCleanup()


def _dmp_runs(equal: list[int], deleted: list[int], inserted: list[int],
              chars_a: str, chars_b: str) -> _Runs:
    """The runs from diff-match-patch itself, on the LCS groups as rapidfuzz orders them."""
    diffs: list[tuple[int, str]] = []
    at_a = at_b = 0
    for code, size in _lcs_runs(equal, deleted, inserted):
        if code == 0:
            diffs.append((0, chars_a[at_a:at_a + size]))
        elif code < 0:
            diffs.append((-1, chars_a[at_a:at_a + size]))
        else:
            diffs.append((1, chars_b[at_b:at_b + size]))
        if code <= 0:
            at_a += size
        if code >= 0:
            at_b += size
    _TOKEN_DMP.diff_cleanupSemantic(diffs)
    return [(code, len(text)) for code, text in diffs]


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
