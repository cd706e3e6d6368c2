"""Tracked-change pieces: accepting them gives exactly the new text, rejecting the old."""

from __future__ import annotations

import random

from app.core.diff.tracked import tracked_pieces

SENTENCE = "barn unga ska få stöd i rätt tid av kommun och region, skolan; elevhälsan."
WORDS = SENTENCE.split()


def views(old: str, new: str) -> tuple[str, str]:
    pieces = tracked_pieces(old, new)
    accepted = "".join(t for kind, t in pieces if kind != "delete")
    rejected = "".join(t for kind, t in pieces if kind != "insert")
    return accepted, rejected


def test_accepting_gives_the_new_text_and_rejecting_the_old_for_random_edits() -> None:
    generator = random.Random(16)
    for _ in range(400):
        old = generator.choices(WORDS, k=generator.randint(0, 14))
        new = list(old)
        for _ in range(generator.randint(0, 4)):
            at = generator.randint(0, len(new))
            action = generator.random()
            if action < 0.4:
                new.insert(at, generator.choice(WORDS))
            elif new and action < 0.7:
                del new[min(at, len(new) - 1)]
            elif new:
                new[min(at, len(new) - 1)] = generator.choice(WORDS)
        a, b = " ".join(old), " ".join(new)
        accepted, rejected = views(a, b)
        assert accepted == b
        assert rejected.split() == a.split()


def test_a_replaced_word_reads_apart_in_both_views() -> None:
    assert tracked_pieces("skydd och stöd", "skydd, stöd och vård") == [
        ("equal", "skydd"), ("delete", " och stöd"), ("insert", ", stöd och vård")]
