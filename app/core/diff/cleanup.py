"""Semantic cleanup of word-token diffs, as token counts.

diff-match-patch's diff_cleanupSemantic reimplemented on counts of encoded tokens (one
character per word, see word_diff._encode), so the word diff need not build and splice
strings. The public entry is `token_runs`.
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

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

Runs = list[tuple[int, int]]  # (0 equal | -1 delete | 1 insert, token count), in order
_Groups = tuple[list[int], list[int], list[int]]  # equal, deleted, inserted


class _Unexpected(Exception):
    """The cleanup reached a state diff-match-patch handles in its own way; let it."""


def token_runs(chars_a: str, chars_b: str) -> Runs:
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
                 chars_a: str, chars_b: str) -> Runs:
    """The runs after a merge, deletions before insertions, with diff_cleanupSemantic's last
    pass: where the end of a deletion is the start of the insertion after it (or the other
    way round) for at least half of either, that part is equal."""
    runs: Runs = []
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
            removed, added = chars_a[at_a:at_a + d], chars_b[at_b:at_b + n]
            if chars_a.find(chars_b[at_b], at_a, at_a + d) >= 0:
                overlap = _TOKEN_DMP.diff_commonOverlap(removed, added)
            if chars_b.find(chars_a[at_a], at_b, at_b + n) >= 0:
                reverse = _TOKEN_DMP.diff_commonOverlap(added, removed)
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


def _lcs_runs(equal: list[int], deleted: list[int], inserted: list[int]) -> Runs:
    """The runs as rapidfuzz gives them: a gap's insertion before its deletion."""
    runs: Runs = []
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
              chars_a: str, chars_b: str) -> Runs:
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
