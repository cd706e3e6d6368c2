"""Arkiv › Exportera jämförelse…: the report of what the table shows (the base, hand links,
hidden documents left out, the ignore options), written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from app.core.alignment.comparison import Comparison
from app.ui.dialogs import questions
from app.ui.workers import ReportTask


class ReportExport(QObject):
    """Asks where to write the report and writes it in the background."""

    def __init__(self, window: QWidget, comparison: Callable[[], Comparison | None],
                 notify: Callable[[str, int], None], show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self._comparison = comparison
        self._notify = notify
        self._show_error = show_error
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: ReportTask | None = None

    def export(self) -> None:
        comparison = self._comparison()
        if comparison is None or not comparison.documents:
            self._show_error(self.tr("Det finns ingen jämförelse att exportera ännu."))
            return
        target = questions.choose_report_path(
            self.window, self.tr("Exportera jämförelse"),
            [(self.tr("Word-dokument"), ".docx"), (self.tr("Webbsida"), ".html")])
        if target is not None:
            self.write(comparison, target)

    def write(self, comparison: Comparison, target: Path) -> None:
        task = ReportTask(comparison, target)
        task.setAutoDelete(False)
        task.signals.finished.connect(lambda _path, t=task: self._written(t))
        task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
        self.task = task
        self._notify(self.tr("Skriver %1…").replace("%1", target.name), 0)
        self.pool.start(task)

    def _written(self, task: ReportTask) -> None:
        self.task = None
        self._notify(self.tr("Jämförelsen exporterades till %1").replace(
            "%1", str(task.target)), 8000)

    def _failed(self, task: ReportTask, message: str) -> None:
        self.task = None
        self._show_error(self.tr("Kunde inte skriva rapporten: %1").replace("%1", message))

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
