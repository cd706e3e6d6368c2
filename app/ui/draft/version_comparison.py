"""Two versions (or a version and the current draft, or a version and a source document) in
the comparison view: the same table, filter and detail panel as the main comparison."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.alignment.comparison import Comparison
from app.core.alignment.model import Alignment
from app.core.alignment.statuses import cell_text
from app.core.documents.model import Document
from app.ui.comparison.detail_panel import DetailPanel, Partner
from app.ui.comparison.model import ComparisonModel, DifferenceFilter
from app.ui.comparison.view import ComparisonView


class VersionComparison(QDialog):
    """A window of its own (not modal), so the draft stays at hand beside it."""

    def __init__(self, documents: tuple[Document, Document], alignment: Alignment,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionComparison")
        self.setWindowTitle(self.tr("%1 jämfört med %2").replace("%1", documents[0].title)
                            .replace("%2", documents[1].title))
        self.setModal(False)
        self.documents = documents
        self.model = ComparisonModel(self)
        self.proxy = DifferenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = ComparisonView(self)
        self.view.setModel(self.proxy)
        self.detail = DetailPanel(self)
        self.only = QCheckBox(self.tr("Visa bara skillnader"), self)
        self.only.setObjectName("versionsOnlyDifferences")
        self.only.toggled.connect(self.proxy.set_only_differences)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only)
        layout.addWidget(splitter, 1)
        self.model.load(Comparison.build(documents, alignment))
        self.view.selectionModel().currentChanged.connect(self._current)
        self.resize(1200, 720)
        self.view.relayout()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.view.relayout()

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        row, column = source.row(), source.column()
        clauses = self.model.clauses_at(row, column)
        document = self.model.document_at(column)
        status = self.model.cell_status(row, column)
        if not clauses or document is None or status is None:
            self.detail.show_nothing()
            return
        other = 2 if column == 1 else 1
        other_clauses = self.model.clauses_at(row, other)
        partners = [Partner(self.model.name_at(other), self.model.cell_status(row, other)
                            or "empty", cell_text(other_clauses), other == 1,
                            self.model.diff_at(row, other) if column == 1 else None)
                    ] if other_clauses else []
        self.detail.show_clause(self.model.name_at(column), document, clauses[0],
                                cell_text(clauses), status, partners,
                                self.model.comparison.options, self.model.diff_at(row, column))

    def summary(self) -> dict[str, int]:
        """How many rows of each status (for tests and the status line)."""
        counts: dict[str, int] = {}
        for row in self.model.alignment.rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        return counts
