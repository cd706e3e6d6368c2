"""Revise an agreement with known edits and record the truth, for alignment quality tests."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.builders.agreement_texts import make_agreement

Item = tuple[str, int, str]
_INFLECT = {"barn": "barnen", "skolan": "skolor", "behov": "behoven", "insatser": "insatsen",
            "vårdnadshavare": "vårdnadshavarna", "regionen": "regionens", "stöd": "stödet"}
_SUBSTITUTE = {"ska": "bör", "bör": "ska", "erbjuda": "ge", "samordna": "koordinera",
               "utreda": "bedöma", "följa upp": "utvärdera", "inom": "senast inom"}


@dataclass
class Revision:
    """The revised items and the truth: base index -> revised indices."""

    base: list[Item]
    revised: list[Item]
    truth: dict[int, list[int]] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    inserted: set[int] = field(default_factory=set)
    split: set[int] = field(default_factory=set)
    merged: set[int] = field(default_factory=set)


def _edit(text: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(max(1, len(words) // 8)):
        position = rng.randrange(len(words))
        word = words[position]
        replacement = _INFLECT.get(word) or _SUBSTITUTE.get(word)
        if replacement:
            words[position] = replacement
        elif rng.random() < 0.5 and len(words) > 6:
            del words[position]
        else:
            words.insert(position, rng.choice(["även", "särskilt", "gemensamt", "aktivt"]))
    return " ".join(words)


NEW_CLAUSES = [
    "Parterna ska årligen redovisa hur många barn som fått en samordnad plan.",
    "Kommunen inrättar en gemensam kontaktfunktion för frågor om placerade barn.",
    "att ta fram en länsgemensam rutin för digitala möten med vårdnadshavare",
    "Överenskommelsen ska översättas till lättläst svenska och finnas på flera språk.",
    "Varje verksamhet utser en samverkansansvarig som håller kontakt med ledningsgruppen.",
]


def revise(n_clauses: int = 120, seed: int = 3, base: list[Item] | None = None) -> Revision:
    """Apply keep/edit/delete/insert/move/split/merge with known truth (to a generated
    agreement of `n_clauses`, or to `base`)."""
    rng = random.Random(seed)
    base = base if base is not None else make_agreement(n_clauses, seed)
    revision = Revision(base=base, revised=[])
    pending_move: list[tuple[int, Item]] = []
    index = 0
    while index < len(base):
        kind, level, text = base[index]
        roll = rng.random()
        if kind != "heading" and roll < 0.06:
            revision.deleted.add(index)
        elif kind == "paragraph" and roll < 0.10 and text.count(".") >= 2:
            first, rest = text.split(".", 1)
            revision.truth[index] = [len(revision.revised), len(revision.revised) + 1]
            revision.revised += [(kind, level, first + "."), (kind, level, rest.strip())]
            revision.split.add(index)
        elif (kind == "paragraph" and roll < 0.13 and index + 1 < len(base)
              and base[index + 1][0] == "paragraph"):
            revision.truth[index] = [len(revision.revised)]
            revision.truth[index + 1] = [len(revision.revised)]
            revision.revised.append((kind, level, text + " " + base[index + 1][2]))
            revision.merged.update({index, index + 1})
            index += 1
        elif kind != "heading" and roll < 0.16 and index > 5:
            pending_move.append((index, (kind, level, _edit(text, rng))))
            revision.moved.add(index)
        else:
            if roll < 0.22 and len(NEW_CLAUSES) > len(revision.inserted):
                revision.inserted.add(len(revision.revised))
                new = NEW_CLAUSES[len(revision.inserted) - 1]
                revision.revised.append(("paragraph", 0, new))
            revision.truth[index] = [len(revision.revised)]
            edited = _edit(text, rng) if kind != "heading" and roll < 0.75 else text
            revision.revised.append((kind, level, edited))
        index += 1
    # Moved clauses land in a section near the start (another section, other order).
    target = 3
    for moved_index, moved_item in pending_move:
        for base_index, targets in revision.truth.items():
            revision.truth[base_index] = [t + 1 if t >= target else t for t in targets]
        revision.inserted = {t + 1 if t >= target else t for t in revision.inserted}
        revision.revised.insert(target, moved_item)
        revision.truth[moved_index] = [target]
    return revision
