"""Target-group age bands as each document states them ("0–18 år", "0–20 år", "upp till 25
år"), so different limits show at a glance, with the documents that differ from the base."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core.documents.model import ClauseId, Document
from app.core.tagging.clause_facts import AgeRange, age_ranges, nearest_age_code
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.rules import Rules


@dataclass(frozen=True, slots=True)
class StatedAge:
    """An age range a document states for a target group, and the clause that says it."""

    range: AgeRange
    clause_id: ClauseId


@dataclass(frozen=True, slots=True)
class AgeBandRow:
    """One target group: per document the distinct ranges it states (by span), and whether
    they differ from the base's (a document that states none is never marked)."""

    code: CodeId
    stated: tuple[tuple[StatedAge, ...], ...]
    mismatch: tuple[bool, ...]

    def spans(self, document: int) -> tuple[tuple[int, int], ...]:
        return tuple(s.range.span for s in self.stated[document])


def _targets_of(found: AgeRange, tagged: list[CodeId], codebook: Codebook, rules: Rules
                ) -> list[CodeId]:
    """The target groups a stated range belongs to: of the clause's own target groups the
    one whose band in the codebook is nearest (all of them if none has a band); for a clause
    without one, the target group the age rule matches."""
    if not tagged:
        nearest = nearest_age_code(codebook, rules, found.low, found.last)
        return [nearest] if nearest is not None else []
    banded = [(c, codebook.code(c).age) for c in tagged]
    with_band = [(c, a) for c, a in banded if a is not None]
    if not with_band:
        return tagged
    low, last = found.span
    return [min(with_band, key=lambda item: abs(item[1].last - last) * 10
                + abs(item[1].low - low))[0]]


def age_bands(documents: Sequence[Document], base: int, codebook: Codebook, rules: Rules,
              codes: Mapping[ClauseId, Iterable[CodeId]]) -> tuple[AgeBandRow, ...]:
    """Target groups any document states an age range for, in codebook order."""
    targets = {c.id for c in codebook.in_facet("malgrupp")}
    stated: dict[CodeId, list[dict[tuple[int, int], StatedAge]]] = {}
    for index, document in enumerate(documents):
        for clause in document.clauses:
            ranges = age_ranges(clause.text)
            if not ranges:
                continue
            tagged = [c for c in codes.get(clause.id, ()) if c in targets]
            for found in ranges:
                for target in _targets_of(found, tagged, codebook, rules):
                    slots = stated.setdefault(target, [{} for _ in documents])
                    slots[index].setdefault(found.span, StatedAge(found, clause.id))
    rows = []
    for code in codebook.in_facet("malgrupp"):
        per_document = stated.get(code.id)
        if per_document is None:
            continue
        ordered = tuple(tuple(v for _, v in sorted(d.items())) for d in per_document)
        base_spans = set(per_document[base]) if 0 <= base < len(documents) else set()
        mismatch = tuple(i != base and bool(d) and set(d) != base_spans
                         for i, d in enumerate(per_document))
        rows.append(AgeBandRow(code.id, ordered, mismatch))
    return tuple(rows)
