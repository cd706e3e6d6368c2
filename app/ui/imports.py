"""Imports from the window: file picker and drops, one background task per file, progress
with the file's name and "2 av 5", each success as one undoable edit, and one summary of
what could not be imported (unsupported, unreadable, already in the project)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QUrl
from PySide6.QtWidgets import QWidget

from app.core.documents.edits import AddDocument
from app.core.documents.names import display_names
from app.ui.dialogs import questions
from app.ui.documents.panel import DocumentsPanel
from app.ui.history import EditHistory
from app.ui.wording import warning_text
from app.ui.workers import ImportTask

# Word and OpenDocument templates (.dotx, .ott) and macro-enabled Word files (.docm, .dotm;
# macros are never run) hold their text like documents do.
IMPORT_SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".md", ".markdown", ".html", ".htm",
                   ".dotx", ".docm", ".dotm", ".ott")


def import_filter() -> str:
    """The file dialog's filter, built from the one list of suffixes."""
    patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
    return f"({patterns})"


def dropped_paths(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped URLs (supported or not: the import names the rest)."""
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


@dataclass
class Batch:
    """Files asked for together, and what became of them."""

    total: int = 0
    done: int = 0
    added: int = 0
    problems: list[str] = field(default_factory=list)  # one line per file not imported
    warned: list[str] = field(default_factory=list)  # one line per file read with warnings


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
        self.batch = Batch()
        panel.cancel_requested.connect(self.cancel)

    def import_files(self, paths: list[Path]) -> None:
        """Import files in the background; each success is one undoable edit. Files of an
        unknown kind are named in the summary at the end, with any failures."""
        if not paths:
            return
        if not self.tasks:
            self.batch = Batch()
        for path in paths:
            self.batch.total += 1
            if path.suffix.lower() not in IMPORT_SUFFIXES or path.is_dir():
                self._problem(self.tr("%1: kan inte läsas in (Klausul läser DOCX, PDF, ODT, "
                                      "text, Markdown och HTML)").replace("%1", path.name))
                continue
            task = ImportTask(path)
            task.setAutoDelete(False)
            task.signals.finished.connect(lambda edit, t=task: self._imported(t, edit))
            task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
            self.tasks.append(task)
            self.pool.start(task)
        self._show_progress()
        if not self.tasks:
            self._batch_done()

    def _show_progress(self) -> None:
        if self.tasks:
            self.panel.show_progress(self.batch.done, self.batch.total, self.tasks[0].path.name)
        else:
            self.panel.show_progress(0, 0)

    def _problem(self, line: str) -> None:
        self.batch.done += 1
        self.batch.problems.append(line)

    def _imported(self, task: ImportTask, edit: AddDocument) -> None:
        if task.cancel.cancelled or task not in self.tasks:  # finished as the user cancelled
            return
        project = self.history.project
        same = project.documents.duplicates_of(edit)
        if same:
            names = dict(zip((d.id for d in project.documents()),
                             display_names(project.documents()), strict=True))
            self._problem(self.tr("%1: finns redan i projektet som ”%2” och lästes inte in "
                                  "igen").replace("%1", task.path.name)
                          .replace("%2", names[same[0].id]))
        else:
            self.batch.done += 1
            self.batch.added += 1
            self.history.push(edit)
            warnings = edit.document.warnings
            if warnings:  # what the import read past stays under the table after the batch
                message = self.tr("Importerade %1, men: %2").replace(
                    "%1", task.path.name).replace(
                    "%2", "; ".join(warning_text(w) for w in warnings))
                self.batch.warned.append(message)
                self._notify(message, 10000)
            else:
                self._notify(self.tr("Importerade %1").replace("%1", task.path.name), 5000)
        self._finish(task)

    def _failed(self, task: ImportTask, message: str) -> None:
        if task not in self.tasks:
            return
        self._problem(message)
        self._finish(task)

    def _finish(self, task: ImportTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        self._show_progress()
        if not self.tasks:
            self._batch_done()

    def _batch_done(self) -> None:
        batch = self.batch
        self.panel.show_status("\n".join(batch.warned))
        if not batch.problems:
            return
        summary = self.tr("%1 av %2 filer lästes in.").replace("%1", str(batch.added)).replace(
            "%2", str(batch.total))
        self.panel.show_status("\n".join([summary + " " + batch.problems[-1], *batch.warned]))
        parent = self.panel.window()
        questions.show_problems(parent if isinstance(parent, QWidget) else self.panel,
                                self.tr("Importen"), summary, list(batch.problems))

    def cancel(self) -> None:
        """Stop every running and queued import; nothing of them is added."""
        for task in self.tasks:
            task.cancel.cancel()
        self.pool.clear()
        self.tasks.clear()  # a late result is dropped (see _imported)
        self.batch = Batch()
        self.panel.show_progress(0, 0)
