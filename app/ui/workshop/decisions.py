"""Decisions in the main window: the comparison's decision column kept in step with the
project, deciding on the current row (a small window-modal editor), clearing, and filtering
rows by their decision."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.core.changes import Changes
from app.core.decisions.model import DecisionStatus
from app.ui.comparison.controller import ComparisonController
from app.ui.comparison.model import ComparisonModel, DifferenceFilter
from app.ui.history import EditHistory
from app.ui.tagging.controller import TaggingController
from app.ui.workshop.decision_editor import DecisionEditor

Notify = Callable[[str, int], None]
DecisionFilter = str | None  # None, "undecided" or a DecisionStatus value
FILTER_OWNER = "decisions"


class DecisionsController(QObject):
    """Owns the decision column and the decision filter of one window."""

    def __init__(self, history: EditHistory, comparison: ComparisonController,
                 tagging: TaggingController, notify: Notify, parent: QWidget) -> None:
        super().__init__(parent)
        self.history = history
        self.comparison = comparison
        self.tagging = tagging
        self._notify = notify
        self._parent = parent
        self.filter: DecisionFilter = None
        self.dialog: QDialog | None = None
        history.changes_applied.connect(self.changed)
        self.model.modelReset.connect(self.reload)

    @property
    def model(self) -> ComparisonModel:
        return self.comparison.model

    @property
    def proxy(self) -> DifferenceFilter:
        return self.comparison.proxy

    def changed(self, changes: Changes) -> None:
        if changes.decisions:
            self.reload()

    def reload(self) -> None:
        """Give the comparison each row's decision; lay it out again if the column came or
        went."""
        before = self.model.columnCount()
        self.model.set_decisions(self.history.project.decisions.of_rows(self.model.alignment))
        if self.model.columnCount() != before:
            self.comparison.view.relayout()
        if self.filter is not None:
            self.set_filter(self.filter)

    # -- deciding -------------------------------------------------------------------------
    def decide(self, row: int, status: DecisionStatus, text: str) -> bool:
        """Record a decision on an alignment row as the member; False if nothing was done."""
        rows = self.model.alignment.rows
        if not 0 <= row < len(rows):
            return False
        member = self.tagging.member()
        if member is None:
            return False
        edit = self.history.project.decisions.decide(rows[row], self.model.alignment.base,
                                                    status, text, member)
        if edit is None:
            return False
        self.history.push(edit)
        return True

    def clear(self, row: int) -> bool:
        rows = self.model.alignment.rows
        edit = self.history.project.decisions.clear(rows[row]) if 0 <= row < len(rows) else None
        if edit is None:
            return False
        self.history.push(edit)
        return True

    def decide_current(self) -> QDialog | None:
        """Open the editor on the current row (window-modal, not blocking)."""
        row = self.comparison.current_source_row()
        if row < 0:
            self._notify(self.tr("Markera en rad först"), 3000)
            return None
        dialog = QDialog(self._parent)
        dialog.setObjectName("decisionDialog")
        dialog.setWindowTitle(self.tr("Beslut om rad %1").replace("%1", str(row + 1)))
        editor = DecisionEditor(dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(editor)

        def save(status: DecisionStatus, text: str) -> None:
            self.decide(row, status, text)
            dialog.accept()

        editor.saved.connect(save)
        editor.cancelled.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        dialog.resize(520, dialog.sizeHint().height())
        self.dialog = dialog
        dialog.open()
        editor.start(self.model.decision_of(row))
        return dialog

    def clear_current(self) -> None:
        if not self.clear(self.comparison.current_source_row()):
            self._notify(self.tr("Raden har inget beslut"), 3000)

    # -- filtering ------------------------------------------------------------------------
    def set_filter(self, kind: DecisionFilter) -> None:
        """Show only rows with no settled decision ("undecided"), rows of one status, or every
        row (None)."""
        self.filter = kind
        if kind is None:
            self.proxy.set_row_filter(None, FILTER_OWNER)
            return
        decisions = self.history.project.decisions.of_rows(self.model.alignment)
        if kind == "undecided":
            keep = {r for r, d in enumerate(decisions) if d is None or not d.settled}
        else:
            keep = {r for r, d in enumerate(decisions) if d is not None and d.status.value == kind}
        self.proxy.set_row_filter(keep.__contains__, FILTER_OWNER)
