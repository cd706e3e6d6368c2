"""Draft work off the GUI thread: writing the Word file, reading a Word copy back. The jobs
were read from the project on the GUI thread; the tasks touch neither widgets nor database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from app.core.draft.export_content import ExportJob
from app.core.draft.word_copy import WordCopy, WordCopyJob
from app.core.errors import KlausulError
from app.ui.wording import error_text
from app.ui.workers import WriteTask


class DraftSignals(QObject):
    """Signals of a draft task (QRunnable itself cannot emit)."""

    finished = Signal(object)  # the WordCopy read
    failed = Signal(str)


def _write_export(job: ExportJob, target: Path) -> None:
    from app.core.export.draft_docx import write

    write(job, target)


class ExportTask(WriteTask):
    """Write an export job to a file."""

    def __init__(self, job: ExportJob, target: Path) -> None:
        super().__init__(lambda path: _write_export(job, path), target)


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
