"""Imports from the window: file picker and drops, one background task per file, progress,
and each success as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QUrl

from app.core.documents.edits import AddDocument
from app.ui.documents.panel import DocumentsPanel
from app.ui.history import EditHistory
from app.ui.workers import ImportTask

IMPORT_SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".md", ".markdown", ".html", ".htm")


def import_filter() -> str:
    """The file dialog's filter, built from the one list of suffixes."""
    patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    return f"({patterns})"


def dropped_paths(urls: list[QUrl]) -> list[Path]:
    """Local files among dropped URLs whose suffix Klausul imports."""
    return [Path(u.toLocalFile()) for u in urls
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES]


class ImportController(QObject):
    """Runs imports one at a time (PDFium is not thread-safe) and pushes their edits."""

    def __init__(self, history: EditHistory, panel: DocumentsPanel,
                 notify: Callable[[str, int], None], show_error: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.panel = panel
        self._notify = notify
        self._show_error = show_error
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.tasks: list[ImportTask] = []
        panel.cancel_requested.connect(self.cancel)

    def import_files(self, paths: list[Path]) -> None:
        """Import files in the background; each success is one undoable edit."""
        for path in paths:
            task = ImportTask(path)
            task.setAutoDelete(False)
            task.signals.finished.connect(lambda edit, t=task: self._imported(t, edit))
            task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
            self.tasks.append(task)
            self.pool.start(task)
        self.panel.show_progress(len(self.tasks))

    def _imported(self, task: ImportTask, edit: AddDocument) -> None:
        self._finish(task)
        if task.cancel.cancelled:  # finished just before the user cancelled
            return
        self.history.push(edit)
        self._notify(self.tr("Importerade %1").replace("%1", task.path.name), 5000)

    def _failed(self, task: ImportTask, message: str) -> None:
        self._finish(task)
        self.panel.status.setText(message)
        self._show_error(message)

    def _finish(self, task: ImportTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        self.panel.show_progress(len(self.tasks))

    def cancel(self) -> None:
        """Stop every running and queued import; nothing of them is added."""
        for task in self.tasks:
            task.cancel.cancel()
        self.pool.clear()
        self.tasks.clear()  # a late result is dropped by its cancel flag (see _imported)
        self.panel.show_progress(0)
