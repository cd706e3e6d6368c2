"""Word-level differences: spans, semantic cleanup, ignore options, character mode."""

from __future__ import annotations

import random
from dataclasses import FrozenInstanceError, asdict, dataclass

import pytest
from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from app.core.diff import cleanup as diff_cleanup
from app.core.diff import word_diff
from app.core.diff.word_diff import DiffOp, DiffOptions, diff_words, redline, redline_html
from app.core.documents.model import Span


def texts(diff, side: str) -> list[str]:  # type: ignore[no-untyped-def]
    source = diff.a if side == "a" else diff.b
    spans = diff.spans_a() if side == "a" else diff.spans_b()
    return [source[s.start:s.end] for s in spans]


def test_changed_word_gives_delete_and_insert_spans_with_swedish_letters() -> None:
    diff = diff_words("Regionen bör erbjuda stöd åt föräldrar.",
                      "Regionen ska erbjuda stöd åt vårdnadshavare.")
    assert texts(diff, "a") == ["bör", "föräldrar"]
    assert texts(diff, "b") == ["ska", "vårdnadshavare"]


def test_ops_cover_both_texts_in_order() -> None:
    a, b = "Barn och unga ska få stöd i tid.", "Unga ska alltid få stöd i rätt tid."
    diff = diff_words(a, b)
    assert next(op for op in diff.ops if op.op != "insert").a.start == 0
    covered_a = "".join(a[op.a.start:op.a.end] for op in diff.ops if op.op != "insert")
    covered_b = "".join(b[op.b.start:op.b.end] for op in diff.ops if op.op != "delete")
    assert covered_a.replace(" ", "") == a.replace(" ", "")
    assert covered_b.replace(" ", "") == b.replace(" ", "")


def test_equal_texts_have_no_changes_and_whitespace_is_ignored_by_default() -> None:
    assert diff_words("Skolan ansvarar för", "Skolan  ansvarar\tför").is_equal()
    assert not diff_words("Skolan ansvarar", "Skolan  ansvarar",
                          DiffOptions(ignore_whitespace=False)).is_equal()


def test_ignore_case_punctuation_and_numbering() -> None:
    assert diff_words("Elevhälsan ska", "elevhälsan ska", DiffOptions(ignore_case=True)).is_equal()
    assert not diff_words("Elevhälsan ska", "elevhälsan ska").is_equal()
    assert diff_words("att utreda, bedöma", "att utreda bedöma.",
                      DiffOptions(ignore_punctuation=True)).is_equal()
    assert diff_words("2.1 Syfte", "3.4 Syfte", DiffOptions(ignore_numbering=True)).is_equal()
    assert not diff_words("2.1 Syfte", "3.4 Syfte").is_equal()


def test_semantic_cleanup_merges_scattered_small_equalities() -> None:
    diff = diff_words("att samordna insatser för barnet och familjen",
                      "att ta fram en plan med barnet och familjen")
    assert len([op for op in diff.ops if op.op != "equal"]) <= 2


def test_character_mode_for_short_clauses() -> None:
    diff = diff_words("Barnhälsovård", "Barnhälsovården", DiffOptions(granularity="auto"))
    assert texts(diff, "b") == ["en"]
    word = diff_words("Barnhälsovård", "Barnhälsovården")
    assert texts(word, "b") == ["Barnhälsovården"]


def test_unrelated_texts_diff_quickly_and_completely() -> None:
    diff = diff_words("Helt annan mening om skolan.", "Något om regionens ansvar här.")
    assert texts(diff, "a") and texts(diff, "b")


def test_redline_keeps_words_apart_and_punctuation_against_its_word() -> None:
    pieces = redline(diff_words("stöd för ohälsa och/eller funktionsnedsättning.",
                                "stöd för ohälsa."))
    assert "".join(text for _kind, text in pieces) == \
        "stöd för ohälsa och/eller funktionsnedsättning."
    assert ("delete", "och/eller funktionsnedsättning") in pieces
    swapped = redline(diff_words("Regionen ska erbjuda stöd", "Kommunen ska erbjuda stöd"))
    assert "".join(text for _kind, text in swapped) == "Regionen Kommunen ska erbjuda stöd"
    assert [kind for kind, _text in swapped][:3] == ["delete", "equal", "insert"]


# Semantic cleanup on token counts against diff-match-patch itself.

class _NoLossless(diff_match_patch):  # type: ignore[misc]
    def diff_cleanupSemanticLossless(self, diffs: list[tuple[int, str]]) -> None:
        return


def _reference_runs(a: str, b: str) -> list[tuple[int, int]]:
    """What word_diff did before its own cleanup: rapidfuzz's LCS as diff-match-patch
    diffs, then diff_cleanupSemantic without the lossless pass."""
    diffs: list[tuple[int, str]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            diffs.append((0, a[op.src_start:op.src_end]))
            continue
        if op.src_end > op.src_start:
            diffs.append((-1, a[op.src_start:op.src_end]))
        if op.dest_end > op.dest_start:
            diffs.append((1, b[op.dest_start:op.dest_end]))
    if len(diffs) >= 3:
        _NoLossless().diff_cleanupSemantic(diffs)
    return [(code, len(text)) for code, text in diffs]


def _random_pairs(count: int, seed: int) -> list[tuple[str, str]]:
    """Short strings over small alphabets (one character per token), half of them edits
    of the other side, so equalities are short and repeated tokens common."""
    rng = random.Random(seed)
    result = []
    for index in range(count):
        alphabet = "abcdefghij"[:2 + index % 9]
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        if rng.random() < 0.5:
            b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        else:
            letters = list(a)
            for _ in range(rng.randint(1, 5)):
                at = rng.randint(0, len(letters))
                if rng.random() < 0.5 and letters:
                    del letters[min(at, len(letters) - 1)]
                else:
                    letters.insert(at, rng.choice(alphabet))
            b = "".join(letters)
        result.append((a, b))
    return result


def test_token_cleanup_gives_diff_match_patch_runs_on_random_tokens() -> None:
    for a, b in _random_pairs(6000, seed=7):
        assert diff_cleanup.token_runs(a, b) == _reference_runs(a, b), (a, b)


def test_cleanup_falls_back_to_diff_match_patch_with_the_same_runs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*_args: object) -> None:
        raise diff_cleanup._Unexpected

    monkeypatch.setattr(diff_cleanup, "_merge", unexpected)
    for a, b in _random_pairs(1500, seed=8):
        assert diff_cleanup.token_runs(a, b) == _reference_runs(a, b), (a, b)


def test_lcs_gaps_share_no_token_but_eliminations_can_leave_overlaps() -> None:
    # Between two LCS equalities a common token would make the LCS longer, so a gap's
    # deletion and insertion never overlap ...
    for a, b in _random_pairs(3000, seed=9):
        equal, deleted, inserted = diff_cleanup._lcs_groups(a, b)
        at_a = at_b = 0
        for k, d in enumerate(deleted):
            at_a += equal[k]
            at_b += equal[k]
            assert not set(a[at_a:at_a + d]) & set(b[at_b:at_b + inserted[k]]), (a, b)
            at_a += d
            at_b += inserted[k]
    # ... but once an equality is eliminated they can, and the overlap pass keeps a word.
    assert diff_cleanup.token_runs("yx", "xy") == [(-1, 1), (0, 1), (1, 1)]
    swapped = diff_words("sol regn", "regn sol")
    assert [op.op for op in swapped.ops] == ["delete", "equal", "insert"]


def test_ops_are_the_same_objects_as_constructed_ones() -> None:
    diff = diff_words("Barn och unga ska få stöd.", "Unga ska alltid få stöd i tid.")
    rebuilt = tuple(DiffOp(op.op, Span(op.a.start, op.a.end), Span(op.b.start, op.b.end))
                    for op in diff.ops)
    assert diff.ops == rebuilt
    assert hash(diff.ops) == hash(rebuilt)
    assert repr(diff.ops) == repr(rebuilt)
    assert asdict(diff.ops[0]) == asdict(rebuilt[0])
    with pytest.raises(FrozenInstanceError):
        diff.ops[0].a.start = 3  # type: ignore[misc]


def test_field_setters_refuse_classes_whose_init_does_more() -> None:
    @dataclass(frozen=True, slots=True)
    class Checked:
        start: int

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        word_diff._field_setters(Checked, ("start",))
    with pytest.raises(TypeError):
        word_diff._field_setters(Span, ("start",))


def test_spans_follow_the_original_text_when_case_folding_changes_lengths() -> None:
    diff = diff_words("Gatan Straße 1", "gatan STRASSE 2", DiffOptions(ignore_case=True))
    equal = diff.ops[0]
    assert (equal.op, diff.a[equal.a.start:equal.a.end], diff.b[equal.b.start:equal.b.end]) \
        == ("equal", "Gatan Straße", "gatan STRASSE")
    assert texts(diff, "a") == ["1"]
    assert texts(diff, "b") == ["2"]


def test_empty_texts_and_empty_spans_at_the_ends() -> None:
    assert diff_words("", "").ops == ()
    assert diff_words("", "Nytt stycke.").ops == (
        DiffOp("insert", Span(0, 0), Span(0, 12)),)
    assert diff_words("Gammalt. ", "").ops == (DiffOp("delete", Span(0, 8), Span(0, 0)),)
    appended = diff_words("Stöd ges.", "Stöd ges. Nu.")
    assert appended.ops[-1] == DiffOp("insert", Span(9, 9), Span(10, 13))
    numbered = diff_words("2.1 Syfte", "3.4 Syfte", DiffOptions(ignore_numbering=True))
    assert numbered.ops == (DiffOp("equal", Span(4, 9), Span(4, 9)),)


def test_very_long_texts_take_dense_token_codes() -> None:
    keys = [f"ord{i % 500}" for i in range(60_000)]
    chars_a, chars_b = word_diff._encode(keys, keys[::-1])
    assert len(chars_a) == len(chars_b) == 60_000
    assert max(map(ord, chars_a + chars_b)) == 0x100 + 499
    assert chars_a[0] == chars_a[500] == chars_b[-1] != chars_a[1]


def test_redline_html_escapes_text_and_fills_the_templates() -> None:
    html = redline_html(diff_words("Barn & unga <18 år", "Barn & ungdomar <18 år"),
                        "<del>{}</del>", "<ins>{}</ins>")
    assert html == "Barn &amp; <del>unga</del> <ins>ungdomar</ins> &lt;18 år"
