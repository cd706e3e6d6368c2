"""Undo/redo: every core Edit goes through one QUndoStack; views reload what changed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core import edits
from app.core.changes import Changes
from app.core.project import Edit, Project, ProjectError

# The core names its edits in Swedish; these make them translatable for the Edit menu.
_EDIT_NAMES = (
    QT_TRANSLATE_NOOP("Edits", "Ta bort dokument"),
    QT_TRANSLATE_NOOP("Edits", "Ändra dokumentuppgifter"),
    QT_TRANSLATE_NOOP("Edits", "Byt basdokument"),
    QT_TRANSLATE_NOOP("Edits", "Dölj dokument"),
    QT_TRANSLATE_NOOP("Edits", "Visa dokument"),
    QT_TRANSLATE_NOOP("Edits", "Länka klausuler"),
    QT_TRANSLATE_NOOP("Edits", "Ta bort länk"),
    QT_TRANSLATE_NOOP("Edits", "Lås raden"),
)


def edit_name(edit: Edit) -> str:
    """The undo/redo text of an edit in the user's language."""
    if isinstance(edit, edits.AddDocument):
        return QCoreApplication.translate("Edits", "Lägg till %1").replace(
            "%1", edit.document.title)
    return QCoreApplication.translate("Edits", edit.text)


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
