"""Background work: imports and alignments run off the GUI thread and report back by signal.

Workers never touch widgets or the project database; results arrive by queued signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.alignment.comparison import Comparison
from app.core.alignment.manager import AlignmentJob
from app.core.alignment.model import Alignment
from app.core.documents.edits import AddDocument
from app.core.documents.manager import DocumentsManager
from app.core.errors import KlausulError
from app.core.progress import Cancelled
from app.core.tagging.manager import SuggestionJob
from app.ui.wording import error_text


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
    finished = Signal(AddDocument)
    failed = Signal(str)


class ImportTask(QRunnable):
    """Read one file into an AddDocument edit; never touches widgets or the project."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.signals = ImportSignals()
        self.cancel = CancelFlag()

    def run(self) -> None:
        try:
            edit = DocumentsManager.read_file(self.path, self.signals.progress.emit, self.cancel)
        except Cancelled:
            return
        except KlausulError as exc:
            self.signals.failed.emit(error_text(exc))
            return
        except Exception as exc:  # a reader bug must not take the app down: name the file
            self.signals.failed.emit(f"{self.path.name}: {type(exc).__name__}: {exc}")
            return
        if not self.cancel.cancelled:
            self.signals.finished.emit(edit)


class AlignSignals(QObject):
    """Signals of an alignment task."""

    progress = Signal(int, int)
    finished = Signal(Alignment)
    failed = Signal(str)


class AlignTask(QRunnable):
    """Run one AlignmentJob (pure computation) and hand the result back."""

    def __init__(self, job: AlignmentJob) -> None:
        super().__init__()
        self.job = job
        self.signals = AlignSignals()
        self.cancel = CancelFlag()

    def run(self) -> None:
        try:
            alignment = self.job.run(self.signals.progress.emit, self.cancel)
        except Cancelled:
            return
        except Exception as exc:  # never leave the window waiting for a result
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not self.cancel.cancelled:
            self.signals.finished.emit(alignment)


class FileSignals(QObject):
    """Signals of a file-writing task."""

    finished = Signal(object)  # the file written
    failed = Signal(str)


class WriteTask(QRunnable):
    """Write one file off the GUI thread with `write(target)`; a failure names the file."""

    def __init__(self, write: Callable[[Path], object], target: Path) -> None:
        super().__init__()
        self.write = write
        self.target = target
        self.signals = FileSignals()

    def run(self) -> None:
        try:
            self.write(self.target)
        except OSError as exc:
            self.signals.failed.emit(f"{self.target.name}: {exc.strerror or exc}")
            return
        except Exception as exc:  # never leave the window waiting for a result
            self.signals.failed.emit(f"{self.target.name}: {type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(self.target)


def _write_report(comparison: Comparison, target: Path) -> None:
    # python-docx loads only when a report is written, not at start-up (~60 ms).
    from app.core.export.reports import write_report

    write_report(comparison, target)


class ReportTask(WriteTask):
    """Write a comparison report from a snapshot (pure data) to a file."""

    def __init__(self, comparison: Comparison, target: Path) -> None:
        super().__init__(lambda path: _write_report(comparison, path), target)


class SuggestSignals(QObject):
    """Signals of a suggestion task."""

    finished = Signal(object)  # dict of document id -> clause suggestions
    failed = Signal(str)


class SuggestTask(QRunnable):
    """Run one SuggestionJob (pure computation) and hand the result back."""

    def __init__(self, job: SuggestionJob) -> None:
        super().__init__()
        self.job = job
        self.signals = SuggestSignals()
        self.cancel = CancelFlag()

    def run(self) -> None:
        try:
            result = self.job.run(self.cancel)
        except Cancelled:
            return
        except Exception as exc:  # a rule bug must not take the app down
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(result)
