"""The coverage matrix of two facets (Målgrupp × Part, Part × Ansvar, Målgrupp × Ansvar): per
cell the tagged clauses of each document, gaps against the base, possible overlaps."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.core.documents.model import ClauseId, Document, DocumentId
from app.core.tagging.codebook import FACETS, Codebook, CodeId, FacetId

VIEWS: tuple[tuple[FacetId, FacetId], ...] = (
    ("malgrupp", "part"), ("part", "ansvar"), ("malgrupp", "ansvar"))


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A document as the matrix names it."""

    id: DocumentId
    name: str


@dataclass(frozen=True, slots=True)
class Overlap:
    """Clauses of one document that give the same responsibility for the same target group to
    parties that are not the same (nor one under the other): a possible overlap."""

    document: int
    target: CodeId
    responsibility: CodeId
    parties: tuple[CodeId, ...]
    clauses: tuple[ClauseId, ...]


@dataclass(frozen=True, slots=True)
class CoverageCell:
    """One cell: per document (in matrix order) its tagged clauses with both codes."""

    row: CodeId
    col: CodeId
    clauses: tuple[tuple[ClauseId, ...], ...]
    gap: bool  # the base has no such clause, another document has
    overlap: bool  # some document may regulate it twice (see Overlap)
    overlap_documents: tuple[int, ...] = ()

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(len(c) for c in self.clauses)

    @property
    def all_clauses(self) -> tuple[ClauseId, ...]:
        return tuple(c for cell in self.clauses for c in cell)


@dataclass(frozen=True)
class CoverageMatrix:
    """Rows are the codes of one facet, columns those of another, in codebook order; only
    cells some document has a clause in are listed (row by row)."""

    rows: FacetId
    cols: FacetId
    documents: tuple[DocumentRef, ...]
    base: int
    row_codes: tuple[CodeId, ...]
    col_codes: tuple[CodeId, ...]
    cells: tuple[CoverageCell, ...]
    _index: dict[tuple[CodeId, CodeId], CoverageCell] = field(default_factory=dict,
                                                              compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({(c.row, c.col): c for c in self.cells})

    def cell(self, row: str, col: str) -> CoverageCell | None:
        """The cell of two codes, or None when no document has a clause there."""
        return self._index.get((CodeId(row), CodeId(col)))

    @property
    def gaps(self) -> tuple[CoverageCell, ...]:
        return tuple(c for c in self.cells if c.gap)

    @property
    def overlaps(self) -> tuple[CoverageCell, ...]:
        return tuple(c for c in self.cells if c.overlap)

    def used_rows(self) -> tuple[CodeId, ...]:
        """Row codes with at least one cell, in codebook order."""
        used = {c.row for c in self.cells}
        return tuple(r for r in self.row_codes if r in used)

    def used_cols(self) -> tuple[CodeId, ...]:
        used = {c.col for c in self.cells}
        return tuple(c for c in self.col_codes if c in used)


ClauseCodes = Mapping[ClauseId, Iterable[CodeId]]


def _facets_of(documents: Sequence[Document], codebook: Codebook, codes: ClauseCodes
               ) -> list[list[tuple[ClauseId, dict[str, list[CodeId]]]]]:
    """Per document, its tagged clauses (document order) with their codes by facet."""
    facet_of = {c.id: c.facet for c in codebook.codes}
    found = []
    for document in documents:
        clauses = []
        for clause in document.clauses:
            tagged = codes.get(clause.id)
            if not tagged:
                continue
            by_facet: dict[str, list[CodeId]] = {}
            for code in tagged:
                facet = facet_of.get(code)
                if facet is not None:
                    by_facet.setdefault(facet, []).append(code)
            if by_facet:
                clauses.append((clause.id, by_facet))
        found.append(clauses)
    return found


def find_overlaps(documents: Sequence[Document], codebook: Codebook, codes: ClauseCodes,
                  _facets: list[list[tuple[ClauseId, dict[str, list[CodeId]]]]] | None = None
                  ) -> tuple[Overlap, ...]:
    """Possible overlaps: within one document, two clauses with the same target group and the
    same responsibility whose parties are disjoint (a party and one above it, Region and BUP,
    are not different parties). A single clause naming two parties is a joint duty, not one."""
    facets = _facets if _facets is not None else _facets_of(documents, codebook, codes)
    ancestors: dict[CodeId, frozenset[CodeId]] = {}

    def widened(parties: frozenset[CodeId]) -> frozenset[CodeId]:
        out: set[CodeId] = set(parties)
        for party in parties:
            if party not in ancestors:
                ancestors[party] = frozenset(codebook.ancestors(party))
            out |= ancestors[party]
        return frozenset(out)

    order = {c.id: n for n, c in enumerate(codebook.codes)}
    found = []
    for index, clauses in enumerate(facets):
        groups: dict[tuple[CodeId, CodeId], list[tuple[ClauseId, frozenset[CodeId]]]] = {}
        for clause, by_facet in clauses:
            parties = frozenset(by_facet.get("part", ()))
            if not parties:
                continue
            for target in by_facet.get("malgrupp", ()):
                for duty in by_facet.get("ansvar", ()):
                    groups.setdefault((target, duty), []).append((clause, parties))
        for (target, duty), members in groups.items():
            if len(members) < 2:
                continue
            wide = [widened(p) for _, p in members]
            involved_parties: set[CodeId] = set()
            involved_clauses: list[ClauseId] = []
            for i, (clause_i, parties_i) in enumerate(members):
                for j in range(i + 1, len(members)):
                    clause_j, parties_j = members[j]
                    if wide[i] & parties_j or wide[j] & parties_i:
                        continue
                    involved_parties |= parties_i | parties_j
                    involved_clauses += [clause_i, clause_j]
            if involved_parties:
                found.append(Overlap(index, target, duty,
                                     tuple(sorted(involved_parties, key=lambda p: order[p])),
                                     tuple(dict.fromkeys(involved_clauses))))
    return tuple(found)


def coverage_matrix(documents: Sequence[Document], base: int, codebook: Codebook,
                    codes: ClauseCodes, rows: FacetId, cols: FacetId) -> CoverageMatrix:
    """The matrix of `rows` × `cols` over the documents (`base` indexes them)."""
    if rows == cols or rows not in FACETS or cols not in FACETS:
        raise ValueError(f"two different facets are needed, not {rows} and {cols}")
    facets = _facets_of(documents, codebook, codes)
    count = len(documents)
    grid: dict[tuple[CodeId, CodeId], list[list[ClauseId]]] = {}
    for index, clauses in enumerate(facets):
        for clause, by_facet in clauses:
            row_codes = by_facet.get(rows)
            col_codes = by_facet.get(cols)
            if not row_codes or not col_codes:
                continue
            for row in row_codes:
                for col in col_codes:
                    cell = grid.get((row, col))
                    if cell is None:
                        cell = grid[(row, col)] = [[] for _ in range(count)]
                    cell[index].append(clause)
    overlapping: dict[tuple[CodeId, CodeId], set[int]] = {}
    for overlap in find_overlaps(documents, codebook, codes, facets):
        for party in overlap.parties:
            triple = {"malgrupp": overlap.target, "ansvar": overlap.responsibility,
                      "part": party}
            overlapping.setdefault((triple[rows], triple[cols]), set()).add(overlap.document)
    order = {c.id: n for n, c in enumerate(codebook.codes)}
    cells = []
    for key in sorted(grid, key=lambda k: (order[k[0]], order[k[1]])):
        per_document = grid[key]
        gap = 0 <= base < count and not per_document[base] and any(per_document)
        in_overlap = tuple(sorted(overlapping.get(key, ())))
        cells.append(CoverageCell(key[0], key[1], tuple(tuple(c) for c in per_document), gap,
                                  bool(in_overlap), in_overlap))
    return CoverageMatrix(rows, cols, tuple(DocumentRef(d.id, d.title) for d in documents),
                          base, tuple(c.id for c in codebook.in_facet(rows)),
                          tuple(c.id for c in codebook.in_facet(cols)), tuple(cells))
