"""What leaves and comes back: versions recorded, compared and restored; the Word export; the
Word copy read back as a version (the slow parts in workers, the edits through the history)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from app.core.draft.refusals import DraftRefusal
from app.core.draft.versions import Side
from app.core.errors import KlausulError
from app.ui.dialogs import questions
from app.ui.draft.controller import DraftController
from app.ui.wording import error_text

# Dialogs, the comparison window and the workers (with the export and Word copy code they
# bring) load when first used, not at start-up.
if TYPE_CHECKING:
    from app.core.draft.word_copy import WordCopy
    from app.ui.draft.dialogs import Choice
    from app.ui.draft.version_comparison import VersionComparison
    from app.ui.draft.workers import ExportTask, WordCopyTask


class DraftOutputs(QObject):
    """Versions, export and Word copies of the draft."""

    def __init__(self, window: QWidget, controller: DraftController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.history = controller.history
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[object] = []
        self.comparisons: list[VersionComparison] = []
        self.last_export: Path | None = None
        versions = controller.panel.versions
        versions.record_requested.connect(self.record_version)
        versions.compare_requested.connect(self.compare)
        versions.restore_requested.connect(self.restore)

    def _notify(self, text: str, msecs: int = 5000) -> None:
        self.controller.notify(text, msecs)

    # -- versions ------------------------------------------------------------------------------
    def record_version(self) -> None:
        from app.ui.draft import dialogs

        project = self.history.project
        if project.draft() is None:
            self.controller.push(DraftRefusal.NO_DRAFT)
            return
        versions = project.draft.versions()
        suggestion = f"0.{len(versions) + 1}"
        answer = dialogs.ask_version(self.window, suggestion)
        if answer is None:
            return
        label, note = answer
        self.controller.push(project.draft.record_version(label, note))

    # -- the draft as a whole -----------------------------------------------------------------
    def edit_info(self) -> None:
        """Utkast › Titel och författare…: what the Word file's title page says."""
        from app.ui.draft import dialogs

        project = self.history.project
        draft = project.draft()
        if draft is None:
            self.controller.push(DraftRefusal.NO_DRAFT)
            return
        answer = dialogs.ask_info(self.window, draft.info.title, draft.info.authors)
        if answer is not None:
            self.controller.push(project.draft.set_info(*answer))

    def discard(self) -> None:
        """Utkast › Släng utkastet…: after a question; undoable, and versions stay."""
        project = self.history.project
        if project.draft() is None:
            self.controller.push(DraftRefusal.NO_DRAFT)
            return
        if questions.confirm(self.window, self.tr(
                "Släng utkastet? Sparade versioner finns kvar och kan återställas, och "
                "Ångra tar tillbaka det.")):
            self.controller.push(project.draft.discard())

    def restore(self, number: int) -> None:
        self.controller.push(self.history.project.draft.restore(number))

    def side_choices(self) -> list[Choice]:
        """The current draft, every version (newest first) and every source document."""
        from app.ui.draft.dialogs import Choice

        project = self.history.project
        choices = [Choice(self.tr("Nuvarande utkast"), Side.current())]
        choices += [Choice(self.tr("Version %1").replace("%1", h.label),
                           Side.of_version(h.number)) for h in reversed(project.draft.versions())]
        choices += [Choice(self.tr("Dokument: %1").replace("%1", d.title),
                           Side.of_document(d.id)) for d in project.documents()]
        return choices

    def compare(self, version: int = 0) -> VersionComparison | None:
        """Open two sides in the comparison view; the selected version against the draft."""
        from app.ui.draft import dialogs

        project = self.history.project
        if project.draft() is None:
            self.controller.push(DraftRefusal.NO_DRAFT)
            return None
        choices = self.side_choices()
        first = next((i for i, c in enumerate(choices)
                      if c.side == Side.of_version(version)), 1 if len(choices) > 1 else 0)
        sides = dialogs.ask_sides(self.window, choices, first, 0)
        if sides is None:
            return None
        return self.open_comparison(*sides)

    def open_comparison(self, first: Side, second: Side) -> VersionComparison:
        from app.ui.draft.version_comparison import VersionComparison

        documents, alignment = self.history.project.draft.compare(first, second)
        window = VersionComparison(documents, alignment, self.window)
        window.finished.connect(lambda _result, w=window: self._closed(w))
        self.comparisons.append(window)
        window.show()
        return window

    def _closed(self, window: VersionComparison) -> None:
        if window in self.comparisons:
            self.comparisons.remove(window)
        window.deleteLater()

    # -- Word ------------------------------------------------------------------------------------
    def export(self) -> None:
        from app.ui.draft import dialogs
        from app.ui.draft.dialogs import Choice
        from app.ui.draft.workers import ExportTask

        project = self.history.project
        versions = project.draft.versions()
        base = project.alignment.base_document()
        against = [Choice(self.tr("Inga spårade ändringar"), None)]
        if versions:
            against.append(Choice(self.tr("Föregående version (%1)").replace(
                "%1", versions[-1].label), Side.of_version(versions[-1].number)))
        if base is not None:
            against.append(Choice(self.tr("Basdokumentet (%1)").replace(
                "%1", project.documents.get(base).title), Side.of_document(base)))
        against += [Choice(self.tr("Version %1").replace("%1", h.label),
                           Side.of_version(h.number)) for h in reversed(versions[:-1])]
        options = dialogs.ask_export(self.window, against, 1 if len(against) > 1 else 0)
        if options is None:
            return
        target = questions.choose_save_path(self.window, self.tr("Exportera utkastet"),
                                            self.tr("Word-dokument (*.docx)"))
        if target is None:
            return
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        try:
            job = project.draft.export_job(options)
        except KlausulError as exc:
            self.controller.show_error(error_text(exc))
            return
        task = ExportTask(job, target)
        task.signals.finished.connect(lambda path, t=task: self._exported(t, path))
        task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
        self._start(task)
        self._notify(self.tr("Exporterar %1…").replace("%1", target.name), 10000)

    def _exported(self, task: object, path: Path) -> None:
        self._done(task)
        self.last_export = path
        self._notify(self.tr("Utkastet är exporterat till %1").replace("%1", path.name), 8000)

    def import_word_copy(self) -> None:
        from app.ui.draft.workers import WordCopyTask

        project = self.history.project
        path = questions.choose_open_path(self.window, self.tr("Läs in Word-kopia"),
                                          self.tr("Word-dokument (*.docx)"))
        if path is None:
            return
        task = WordCopyTask(project.draft.word_copy_job(path))
        task.signals.finished.connect(lambda copy, t=task: self._read(t, copy))
        task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
        self._start(task)
        self._notify(self.tr("Läser in %1…").replace("%1", path.name), 10000)

    def _read(self, task: object, copy: WordCopy) -> None:
        self._done(task)
        edit = copy.edit
        if self.controller.push(edit):
            self._notify(self.tr("%1: %2 oförändrade, %3 ändrade, %4 nya, %5 borttagna "
                                 "klausuler, %6 förslag")
                         .replace("%1", copy.path.name).replace("%2", str(copy.kept))
                         .replace("%3", str(copy.edited)).replace("%4", str(copy.added))
                         .replace("%5", str(copy.removed))
                         .replace("%6", str(len(copy.proposals))), 10000)
            if copy.proposals:
                self.controller.panel.tabs.setCurrentIndex(2)

    # -- tasks ---------------------------------------------------------------------------------
    def _start(self, task: ExportTask | WordCopyTask) -> None:
        task.setAutoDelete(False)
        self._running.append(task)
        self.controller.busy_changed.emit(True)
        self.pool.start(task)

    def _done(self, task: object) -> None:
        if task in self._running:
            self._running.remove(task)
        if not self._running:
            self.controller.busy_changed.emit(False)

    def _failed(self, task: object, message: str) -> None:
        self._done(task)
        self.controller.show_error(message)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until no export or Word copy is being handled (tests, closing)."""
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)

