"""Undo/redo: every core Edit goes through one QUndoStack; subscribers reload what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.changes import Changes
from app.core.edit import Edit
from app.core.errors import KlausulError, ProjectError, ProjectProblem
from app.core.project import Project
from app.ui.wording import edit_name, error_text


class UndoCommand(QUndoCommand):
    """Wraps one core edit; redo applies it, undo reverts it."""

    def __init__(self, history: EditHistory, edit: Edit) -> None:
        super().__init__(edit_name(edit))
        self._history = history
        self._edit = edit

    def redo(self) -> None:
        self._history.run(lambda project: project.apply(self._edit))

    def undo(self) -> None:
        self._history.run(lambda project: project.revert(self._edit))


class EditHistory(QObject):
    """The open project, its undo stack, and the one announcement of what each step changed.

    Models and panels connect to `changes_applied` and reload only their slice; none tells
    another to refresh. A new project announces `Changes.everything()`."""

    changes_applied = Signal(Changes)
    failed = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)

    def attach(self, project: Project) -> None:
        """Switch to another project: empty undo stack, every view reloads."""
        self.project = project
        self.stack.clear()
        self.changes_applied.emit(Changes.everything())

    def push(self, edit: Edit) -> None:
        """Apply an edit and make it undoable."""
        if self.project.read_only:
            self.failed.emit(error_text(ProjectError(None, ProjectProblem.READ_ONLY)))
            return
        self.stack.push(UndoCommand(self, edit))

    def run(self, step: Callable[[Project], Changes]) -> None:
        try:
            changes = step(self.project)
        except KlausulError as exc:
            self.failed.emit(error_text(exc))
            return
        self.changes_applied.emit(changes)
