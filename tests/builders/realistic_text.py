"""Agreements of realistic length and vocabulary for benchmarks: clauses of about 70 words
(median) made from the corpus agreements of tests/data/agreements/ (the base and the tuning
agreements only), with headings, lead-ins and list items, and versions of them."""

from __future__ import annotations

import random
from functools import cache

from tests.builders.agreement_corpus import BASE, TUNING, document
from tests.builders.revision_generator import Item, Revision, revise

WORDS_PER_CLAUSE = 70


@cache
def _sources() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Body texts and heading texts of the agreements used as the word source."""
    bodies: list[str] = []
    headings: list[str] = []
    for name in (BASE, *TUNING):
        for clause in document(name).clauses:
            (headings if clause.kind == "heading" else bodies).append(clause.text)
    return tuple(bodies), tuple(headings)


def realistic_agreement(n_clauses: int, seed: int = 1) -> list[Item]:
    """(kind, level, text) items: a heading every 6-12 clauses, paragraphs and lead-ins with
    list items, each body clause about 70 words of source clauses."""
    rng = random.Random(seed)
    bodies, headings = _sources()
    items: list[Item] = []
    section = 0

    def body_text() -> str:
        # Source clauses picked at random, a sixth of their words dropped, so that long
        # documents do not repeat whole clauses.
        words: list[str] = []
        target = rng.randint(WORDS_PER_CLAUSE // 2, WORDS_PER_CLAUSE * 3 // 2)
        while len(words) < target:
            words += [w for w in bodies[rng.randrange(len(bodies))].split() if rng.random() > 1 / 6]
        return " ".join(words[:max(target, 8)]).rstrip(",:;") + "."

    while len(items) < n_clauses:
        section += 1
        items.append(("heading", 1, f"{headings[rng.randrange(len(headings))]} {section}"))
        for _ in range(rng.randint(6, 12)):
            if rng.random() < 0.25:
                lead = " ".join(body_text().split()[:rng.randint(4, 9)]).rstrip(".,") + ":"
                items.append(("paragraph", 0, lead))
                items += [("list_item", 1, body_text()) for _ in range(rng.randint(2, 5))]
            else:
                items.append(("paragraph", 0, body_text()))
    return items[:n_clauses]


def realistic_versions(documents: int, n_clauses: int, seed: int = 1) -> list[Revision]:
    """`documents - 1` versions of one realistic agreement (each Revision's base is it)."""
    base = realistic_agreement(n_clauses, seed)
    return [revise(n_clauses, seed=seed + index, base=base) for index in range(1, documents)]
