"""The open project's lifecycle in a window: new, open, save, save as, recent files, the
question about unsaved changes, and the window title that shows all of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core.errors import ProjectDamagedError, ProjectError, ProjectLockedError
from app.core.project import SUFFIX, Project
from app.ui.dialogs import questions
from app.ui.history import EditHistory
from app.ui.wording import english, error_text, notice_text

MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[str]:
    """Recently used project files that still exist, newest first."""
    value = settings.value("recent", [])
    items = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [str(p) for p in items if Path(str(p)).exists()]


class ProjectFiles(QObject):
    """Opens, saves and replaces the window's project; keeps the title and recent list."""

    def __init__(self, window: QMainWindow, history: EditHistory, settings: QSettings,
                 workdir: Path, save_action: QAction, notify: Callable[[str, int], None],
                 show_error: Callable[[str], None], before_replace: Callable[[], None]
                 ) -> None:
        super().__init__(window)
        self.window = window
        self.history = history
        self.settings = settings
        self.workdir = workdir
        self.save_action = save_action
        self._notify = notify
        self._show_error = show_error
        self._before_replace = before_replace
        history.changes_applied.connect(self._changed)
        history.stack.cleanChanged.connect(self._changed)

    @property
    def project(self) -> Project:
        return self.history.project

    # -- state -----------------------------------------------------------------------------
    def project_name(self) -> str:
        return self.project.path.name if self.project.path else self.tr("Namnlöst projekt")

    def is_modified(self) -> bool:
        """Unsaved changes: edits since the last save (undoing back to it counts as none)."""
        stack = self.history.stack
        return self.project.modified and (not stack.isClean() or stack.count() == 0)

    def _changed(self, *_: object) -> None:
        # The undo stack announces itself clean while the window is being destroyed.
        if shiboken6.isValid(self.window):
            self.update_title()

    def update_title(self) -> None:
        suffix = " " + self.tr("(skrivskyddat)") if self.project.read_only else ""
        self.window.setWindowTitle(f"{self.project_name()}[*]{suffix} — Klausul")
        self.window.setWindowModified(self.is_modified())
        self.save_action.setEnabled(not self.project.read_only)

    # -- files -----------------------------------------------------------------------------
    def attach(self, project: Project) -> None:
        """Show `project` in the window (the undo stack starts empty)."""
        self.history.attach(project)
        self.update_title()

    def replace(self, project: Project) -> None:
        """Close the current project and show `project` instead."""
        self._before_replace()
        old = self.project
        self.attach(project)
        old.close()

    def new_project(self) -> None:
        if self.may_discard():
            self.replace(Project.new(self.workdir))

    def open_dialog(self) -> None:
        name = questions.choose_open_path(self.window, self.tr("Öppna projekt"),
                                          self.tr("Klausul-projekt (*.klausul)"))
        if name is not None:
            self.open_path(name)

    def open_path(self, path: Path) -> bool:
        """Open a project file, asking what to do when someone else has it open or when it
        is damaged and has a sound backup; a read-only open is told."""
        if not self.may_discard():
            return False
        remember = True
        try:
            project = Project.open(path, self.workdir)
        except ProjectLockedError as exc:
            choice = questions.ask_locked(self.window, path.name, exc.describe_owner(english()))
            if choice == "cancel":
                return False
            try:
                project = Project.open(path, self.workdir, mode=choice)
            except ProjectError as error:
                self._show_error(error_text(error))
                return False
        except ProjectDamagedError as exc:
            if exc.backup is None:
                self._show_error(error_text(exc))
                return False
            if not questions.ask_open_backup(self.window, error_text(exc), exc.backup.name):
                return False
            try:
                project = Project.open(exc.backup, self.workdir, mode="copy")
            except ProjectError as error:
                self._show_error(error_text(error))
                return False
            remember = False
        except ProjectError as exc:
            self._show_error(error_text(exc))
            return False
        self.replace(project)
        if remember:
            self.remember(path)
        if project.notice is not None:
            questions.show_message(self.window, notice_text(project.path, project.notice))
        return True

    def save(self) -> bool:
        if self.project.path is None or self.project.read_only:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        path = questions.choose_save_path(self.window, self.tr("Spara projekt"),
                                          self.tr("Klausul-projekt (*.klausul)"))
        if path is None:
            return False
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        try:
            self.project.save(path)
        except ProjectError as exc:
            self._show_error(error_text(exc))
            return False
        self.history.stack.setClean()
        if self.project.path is not None:
            self.remember(self.project.path)
        self._notify(self.tr("Sparat"), 4000)
        self.update_title()
        return True

    def may_discard(self) -> bool:
        """True if the current project may be closed (saved, or the user says so)."""
        if not self.is_modified() or self.project.read_only:
            return True
        choice = questions.ask_save_changes(self.window, self.project_name())
        return choice == "discard" or (choice == "save" and self.save())

    # -- recent files ----------------------------------------------------------------------
    def remember(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved] + [p for p in recent_files(self.settings) if p != resolved]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for path in recent_files(self.settings):
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if not menu.actions():
            menu.addAction(self.tr("(inga)")).setEnabled(False)
