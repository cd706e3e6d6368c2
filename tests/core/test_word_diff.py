"""Word-level differences: spans, semantic cleanup, ignore options, character mode."""

from __future__ import annotations

from app.core.word_diff import DiffOptions, diff_words, redline


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
