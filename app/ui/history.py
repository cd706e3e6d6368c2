"""Undo/redo: every core Edit goes through one QUndoStack; views reload what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.changes import Changes
from app.core.project import Edit, Project, ProjectError


class UndoCommand(QUndoCommand):
    """Wraps one core edit; redo applies it, undo reverts it."""

    def __init__(self, history: EditHistory, edit: Edit) -> None:
        super().__init__(edit.text)
        self._history = history
        self._edit = edit

    def redo(self) -> None:
        self._history.run(lambda project: project.apply(self._edit))

    def undo(self) -> None:
        self._history.run(lambda project: project.revert(self._edit))


class EditHistory(QObject):
    """Owns the undo stack of one project and announces what each step changed."""

    changes_applied = Signal(object)  # Changes
    failed = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)

    def push(self, edit: Edit) -> None:
        """Apply an edit and make it undoable."""
        if self.project.read_only:
            self.failed.emit(self.tr("Projektet är öppnat skrivskyddat"))
            return
        self.stack.push(UndoCommand(self, edit))

    def run(self, step: object) -> None:
        try:
            changes = step(self.project)  # type: ignore[operator]
        except ProjectError as exc:
            self.failed.emit(str(exc))
            return
        if isinstance(changes, Changes):
            self.changes_applied.emit(changes)
