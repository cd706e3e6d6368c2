"""Background work: imports run off the GUI thread and report back by signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.errors import KlausulError
from app.core.project import Project


class CancelFlag:
    """A thread-safe cancel flag the core checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class ImportSignals(QObject):
    """Signals of an import task (QRunnable itself cannot emit)."""

    progress = Signal(int, int)
    finished = Signal(object)  # the AddDocument edit
    failed = Signal(str)


class ImportTask(QRunnable):
    """Read one file into an AddDocument edit; never touches widgets or the project."""

    def __init__(self, project: Project, path: Path) -> None:
        super().__init__()
        self.project = project
        self.path = path
        self.signals = ImportSignals()
        self.cancel = CancelFlag()

    def run(self) -> None:
        try:
            edit = self.project.import_file(self.path, self.signals.progress.emit, self.cancel)
        except KlausulError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:
            self.signals.failed.emit(f"{self.path.name}: {exc}")
            return
        if not self.cancel.cancelled:
            self.signals.finished.emit(edit)
