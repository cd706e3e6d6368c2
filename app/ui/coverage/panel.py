"""The coverage panel: the matrix (Målgrupp × Part, Part × Ansvar, Målgrupp × Ansvar), the
age bands, and the obligations without an owner. Clicking a cell filters the comparison to
its clauses; activating an obligation goes to it. Recomputed only while shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.coverage.matrix import VIEWS, CoverageCell
from app.core.documents.model import ClauseId
from app.core.tagging.errors import TagFileError
from app.ui.comparison.controller import ComparisonController
from app.ui.coverage.ages import AgeChart
from app.ui.coverage.matrix import CoverageDelegate, CoverageModel
from app.ui.dialogs import questions
from app.ui.history import EditHistory
from app.ui.wording import error_text, facet_name

FILTER_OWNER = "coverage"
Notify = Callable[[str, int], None]


class CoveragePanel(QWidget):
    """Follows the project while visible; `stale` until shown again otherwise."""

    def __init__(self, history: EditHistory, comparison: ComparisonController, notify: Notify,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePanel")
        self.history, self.comparison, self._notify = history, comparison, notify
        self.stale = True
        self.chosen: CoverageCell | None = None
        self.views = QComboBox(self)
        self.views.setObjectName("coverageViews")
        self.views.setAccessibleName(self.tr("Vy"))
        for rows, cols in VIEWS:
            self.views.addItem(f"{facet_name(rows)} × {facet_name(cols)}", (rows, cols))
        self.only_marked = QCheckBox(self.tr("Bara luckor och överlapp"), self)
        self.export_button = QPushButton(self.tr("&Exportera…"), self)
        self.legend = QLabel(self)
        self.legend.setObjectName("coverageLegend")
        self.legend.setWordWrap(True)
        self.model = CoverageModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("coverageMatrix")
        self.table.setAccessibleName(self.tr("Täckningsmatris"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(CoverageDelegate(self.model, self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setShowGrid(True)
        self.table.clicked.connect(self.choose)
        self.table.activated.connect(self.choose)
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("coverageFilter")
        self.clear_button = QPushButton(self.tr("Visa alla rader"), self)
        self.clear_button.clicked.connect(self.clear_filter)
        self.ages = AgeChart(self)
        ages_scroll = QScrollArea(self)
        ages_scroll.setWidgetResizable(True)
        ages_scroll.setWidget(self.ages)
        self.unowned = QListWidget(self)
        self.unowned.setObjectName("unownedList")
        self.unowned.setWordWrap(True)
        self.unowned.itemActivated.connect(self._go_to_item)
        self.unowned.itemClicked.connect(self._go_to_item)
        self.tabs = QTabWidget(self)
        matrix_page = QWidget(self)
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.table, 1)
        matrix_layout.addWidget(self.legend)
        self.tabs.addTab(matrix_page, self.tr("Matris"))
        self.tabs.addTab(ages_scroll, self.tr("Åldrar"))
        self.tabs.addTab(self.unowned, self.tr("Ska utan part"))
        controls = QHBoxLayout()
        controls.addWidget(self.views)
        controls.addWidget(self.only_marked)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        status = QHBoxLayout()
        status.addWidget(self.filter_label, 1)
        status.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(status)
        self.views.currentIndexChanged.connect(lambda _n: self.refresh())
        self.only_marked.toggled.connect(lambda _on: self.refresh())
        self.export_button.clicked.connect(self.export)
        history.changes_applied.connect(self.changed)
        comparison.model.modelReset.connect(self._rows_reset)
        self._show_filter()

    # -- keeping up -----------------------------------------------------------------------
    def changed(self, changes: Changes) -> None:
        if changes.any("tags", "codebook", "documents", "settings"):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the chosen view, the age bands and the obligations again."""
        project = self.history.project
        rows, cols = self.views.currentData()
        book = project.codebook()
        self.model.load(project.coverage.matrix(rows, cols), book, self.only_marked.isChecked())
        self.legend.setText(self._legend())
        documents, base = project.coverage.documents()
        self.ages.load(project.coverage.ages(), tuple(d.title for d in documents), base, book)
        self.unowned.clear()
        for item in project.coverage.unowned():
            entry = QListWidgetItem(f"{documents[item.document].title}: {item.text}")
            entry.setData(Qt.ItemDataRole.UserRole, item.clause_id)
            entry.setToolTip(self.tr("förpliktande ord: %1").replace("%1", " ".join(item.words)))
            self.unowned.addItem(entry)
        self.tabs.setTabText(2, self.tr("Ska utan part (%1)").replace(
            "%1", str(self.unowned.count())))
        self.stale = False

    def _legend(self) -> str:
        """How to read the matrix, or why it is empty."""
        if self.model.rowCount() and self.model.columnCount():
            return self.tr("En stapel per dokument (basen svart) · orange: lucka, basen "
                           "saknar · lila hörn: möjlig överlappning")
        if self.only_marked.isChecked():
            return self.tr("Inga luckor eller överlapp i den här vyn.")
        return self.tr("Inga taggade klausuler ännu: tagga klausuler (en tangent per kod, "
                       "Ctrl+T) eller godta förslagen (Ctrl+Enter), så fylls matrisen.")

    def _rows_reset(self) -> None:
        if self.chosen is not None:
            self._filter_to(self.chosen)

    # -- filtering the comparison ---------------------------------------------------------
    def choose(self, index: QModelIndex) -> None:
        """Filter the comparison to the clicked cell's clauses (an empty cell: nothing)."""
        cell = self.model.cell_at(index.row(), index.column())
        if cell is None:
            self._notify(self.tr("Ingen klausul i den cellen"), 3000)
            return
        self.chosen = cell
        self._filter_to(cell)
        first = self.comparison.proxy.mapToSource(self.comparison.proxy.index(0, 0)).row()
        if first >= 0:
            self.comparison.go_to_source_row(first)

    def _filter_to(self, cell: CoverageCell) -> None:
        wanted = set(cell.all_clauses)
        alignment = self.comparison.model.alignment
        rows = {n for n, row in enumerate(alignment.rows)
                if any(c in wanted for part in row.cells for c in part)}
        self.comparison.proxy.set_row_filter(rows.__contains__, FILTER_OWNER)
        self._show_filter(len(rows))

    def clear_filter(self) -> None:
        self.chosen = None
        self.comparison.proxy.set_row_filter(None, FILTER_OWNER)
        self._show_filter()

    def _show_filter(self, rows: int = 0) -> None:
        book = self.history.project.codebook()
        if self.chosen is None or self.chosen.row not in book or self.chosen.col not in book:
            self.filter_label.setText(self.tr("Klicka på en cell för att visa dess klausuler "
                                              "i jämförelsen."))
            self.clear_button.setEnabled(False)
            return
        self.filter_label.setText(self.tr("Jämförelsen visar %1 rader: %2 × %3").replace(
            "%1", str(rows)).replace("%2", book.code(self.chosen.row).name).replace(
            "%3", book.code(self.chosen.col).name))
        self.clear_button.setEnabled(True)

    def _go_to_item(self, item: QListWidgetItem) -> None:
        clause = item.data(Qt.ItemDataRole.UserRole)
        if clause:
            self.comparison.go_to_clause(ClauseId(str(clause)))

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        path = questions.choose_save_path(self, self.tr("Exportera täckning"),
                                          self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        rows, cols = self.views.currentData()
        try:
            written = self.history.project.coverage.export(path, rows, cols)
        except TagFileError as exc:
            questions.show_message(self, error_text(exc))
            return
        self._notify(self.tr("Täckningen exporterades till %1 fil(er)").replace(
            "%1", str(len(written))), 6000)
