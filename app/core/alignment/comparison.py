"""What the user sees of an alignment: the documents with their unique names, which are
shown, the ignore options, every cell's status and every row's state, and the filters.

`project.comparison` builds it; the comparison view, the reports and the CLI all read
from it, so they count differences alike."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from app.core.alignment.model import Alignment
from app.core.alignment.statuses import (
    CELL_STATUSES,
    DIFFERENT,
    CellStatus,
    RowState,
    RowStatuses,
    row_statuses,
)
from app.core.changes import Changes
from app.core.diff.word_diff import DiffOptions
from app.core.documents.manager import DocumentsManager
from app.core.documents.model import Document, DocumentId
from app.core.documents.names import display_names
from app.core.edit import EditKind
from app.core.settings import SetSetting
from app.core.store.connection import Store
from app.core.store.settings import read_setting

FilterKind = Literal["all", "differences", "gaps", "wording", "document"]
OPTIONS_SETTING = "diff_options"
# The options a user may switch (granularity stays the view's own choice).
IGNORE_FIELDS = ("ignore_case", "ignore_whitespace", "ignore_punctuation", "ignore_numbering")


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Which rows to show: all; those that differ from the base in a shown document; gaps
    (the base has nothing); changed wording; or those where one document differs."""

    kind: FilterKind = "all"
    document: DocumentId | None = None


def encode_options(options: DiffOptions) -> str:
    """The options as kept in the project's settings."""
    return json.dumps({name: getattr(options, name) for name in IGNORE_FIELDS}, sort_keys=True)


def decode_options(text: str | None) -> DiffOptions:
    """Options from the settings; unknown or broken values fall back to the defaults."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    default = DiffOptions()

    def flag(name: str) -> bool:
        value = data.get(name)
        return value if isinstance(value, bool) else bool(getattr(default, name))

    return ignoring(*(f for f in IGNORE_FIELDS if flag(f)))


def ignoring(*names: str) -> DiffOptions:
    """Options that ignore exactly the named aspects (IGNORE_FIELDS) and nothing else."""
    return DiffOptions(ignore_case="ignore_case" in names,
                       ignore_whitespace="ignore_whitespace" in names,
                       ignore_punctuation="ignore_punctuation" in names,
                       ignore_numbering="ignore_numbering" in names)


@dataclass(frozen=True)
class Comparison:
    """An alignment as shown: documents (in the alignment's order) with unique names, the
    hidden ones, and each row's cell statuses and state over the shown documents."""

    documents: tuple[Document, ...]
    names: tuple[str, ...]
    alignment: Alignment
    options: DiffOptions
    hidden: frozenset[DocumentId]
    statuses: tuple[RowStatuses, ...]
    states: tuple[RowState, ...]

    @classmethod
    def build(cls, documents: Sequence[Document], alignment: Alignment,
              options: DiffOptions | None = None,
              hidden: frozenset[DocumentId] = frozenset()) -> Comparison:
        """Statuses of every cell and row; `documents` must hold the alignment's."""
        options = options or DiffOptions()
        by_id = {d.id: d for d in documents}
        ordered = tuple(by_id[i] for i in alignment.document_ids)
        clauses = {c.id: c for d in ordered for c in d.clauses}
        positions = {c.id: n for d in ordered for n, c in enumerate(d.clauses)}
        statuses = row_statuses(alignment, clauses, positions, options)
        return cls(ordered, display_names(ordered), alignment, options, frozenset(),
                   statuses, ()).with_hidden(hidden)

    def with_hidden(self, hidden: frozenset[DocumentId]) -> Comparison:
        """The same comparison with other documents hidden (the base never is)."""
        hidden = frozenset(h for h in hidden if h in self.alignment.document_ids
                           and h != self.alignment.document_ids[self.base])
        visible = [d not in hidden for d in self.alignment.document_ids]
        states = tuple(s.state(visible, self.base) for s in self.statuses)
        return replace(self, hidden=hidden, states=states)

    @property
    def base(self) -> int:
        return self.alignment.base

    def visible(self) -> tuple[int, ...]:
        """Indexes of the shown documents, the base among them."""
        return tuple(i for i, d in enumerate(self.alignment.document_ids)
                     if d not in self.hidden)

    def index_of(self, document: DocumentId) -> int | None:
        """A document's index in the alignment, or None."""
        ids = self.alignment.document_ids
        return ids.index(document) if document in ids else None

    def shown(self, row: int) -> bool:
        """False for rows only hidden documents have a clause in."""
        return self.states[row] != "empty"

    def differs(self, row: int) -> bool:
        """True when a shown document differs from the base in this row."""
        return self.states[row] in DIFFERENT

    def matches(self, row: int, row_filter: RowFilter) -> bool:
        """True when the row passes the filter (rows of hidden documents only never do)."""
        state = self.states[row]
        if state == "empty":
            return False
        kind = row_filter.kind
        if kind == "all":
            return True
        if kind == "differences":
            return state in DIFFERENT
        if kind == "gaps":
            return state == "added"
        if kind == "wording":
            reworded = self.statuses[row].reworded
            return any(reworded[i] for i in self.visible())
        index = self.index_of(row_filter.document) if row_filter.document else None
        return index is not None and index in self.visible() \
            and self.statuses[row].cells[index] in DIFFERENT

    def stops(self, row_filter: RowFilter) -> tuple[int, ...]:
        """The rows next/previous difference stops at: under "all rows", those that differ;
        under a narrower filter, the rows it lets through."""
        wanted = RowFilter("differences") if row_filter.kind == "all" else row_filter
        return tuple(r for r in range(len(self.states)) if self.matches(r, wanted))

    def cell_status(self, row: int, document: int) -> CellStatus:
        return self.statuses[row].cells[document]

    def counts(self) -> list[tuple[str, Counter[CellStatus]]]:
        """Per shown document (name, how many of its cells have each status), over the
        rows that are shown."""
        shown = [r for r in range(len(self.states)) if self.shown(r)]
        result = []
        for index in self.visible():
            counts: Counter[CellStatus] = Counter({s: 0 for s in CELL_STATUSES})
            for row in shown:
                counts[self.statuses[row].cells[index]] += 1
            result.append((self.names[index], counts))
        return result

    def name_of(self, document: DocumentId) -> str:
        index = self.index_of(document)
        return self.names[index] if index is not None else str(document)


class ComparisonManager:
    """`project.comparison`: the ignore options kept in the project, the documents' unique
    names, and the comparison as the user sees it."""

    def __init__(self, store: Store, documents: DocumentsManager) -> None:
        self._store = store
        self._documents = documents
        self._built: tuple[Alignment, DiffOptions, Comparison] | None = None

    def invalidate(self, changes: Changes) -> None:
        if changes.any("documents", "settings", "alignment", "links"):
            self._built = None

    def options(self) -> DiffOptions:
        """What the comparison ignores (case, whitespace, punctuation, number labels)."""
        return decode_options(read_setting(self._store.db, OPTIONS_SETTING))

    def set_options(self, options: DiffOptions) -> SetSetting:
        """The undoable edit that keeps `options` for the project."""
        return SetSetting(OPTIONS_SETTING, encode_options(options), EditKind.SET_DIFF_OPTIONS,
                          "", Changes(settings=True))

    def names(self) -> dict[DocumentId, str]:
        """Every document's unique display name, by id."""
        documents = self._documents()
        return dict(zip((d.id for d in documents), display_names(documents), strict=True))

    def build(self, alignment: Alignment) -> Comparison:
        """The comparison of `alignment` with the project's options and hidden documents."""
        options = self.options()
        built = self._built
        if built is not None and built[0] is alignment and built[1] == options:
            return built[2].with_hidden(self._documents.hidden())
        comparison = Comparison.build(self._documents(), alignment, options,
                                      self._documents.hidden())
        self._built = (alignment, options, comparison)
        return comparison
