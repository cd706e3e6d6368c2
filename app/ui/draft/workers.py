"""Draft work off the GUI thread: writing the Word file, reading a Word copy back. The jobs
were read from the project on the GUI thread; the tasks touch neither widgets nor database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.draft.export_content import ExportJob
from app.core.draft.word_copy import WordCopy, WordCopyJob
from app.core.errors import KlausulError
from app.ui.wording import error_text


class DraftSignals(QObject):
    """Signals of a draft task (QRunnable itself cannot emit)."""

    finished = Signal(object)  # the export's target path, or the WordCopy read
    failed = Signal(str)


class ExportTask(QRunnable):
    """Write an export job to a file."""

    def __init__(self, job: ExportJob, target: Path) -> None:
        super().__init__()
        self.job = job
        self.target = target
        self.signals = DraftSignals()

    def run(self) -> None:
        from app.core.export.draft_docx import write

        try:
            write(self.job, self.target)
        except OSError as exc:
            self.signals.failed.emit(f"{self.target.name}: {exc.strerror or exc}")
            return
        except Exception as exc:  # never leave the window waiting: name the file
            self.signals.failed.emit(f"{self.target.name}: {type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(self.target)


class WordCopyTask(QRunnable):
    """Read a Word copy into the edit that makes it a version."""

    def __init__(self, job: WordCopyJob) -> None:
        super().__init__()
        self.job = job
        self.signals = DraftSignals()

    def run(self) -> None:
        try:
            copy: WordCopy = self.job.run()
        except KlausulError as exc:
            self.signals.failed.emit(error_text(exc))
            return
        except Exception as exc:
            self.signals.failed.emit(f"{self.job.path.name}: {type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(copy)
