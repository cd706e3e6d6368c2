"""Commands on documents from menus and pickers: choose the base, hide or show, remove.
Every one acts on a document id, never on a title (two documents may share one)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.core.documents.model import DocumentId
from app.ui.dialogs import questions
from app.ui.history import EditHistory


class DocumentCommands(QObject):
    """The window's document commands, each one undoable edit."""

    def __init__(self, window: QWidget, history: EditHistory) -> None:
        super().__init__(window)
        self.window = window
        self.history = history

    def _choices(self, marked: bool = False) -> list[tuple[DocumentId, str]]:
        project = self.history.project
        names = project.comparison.names()
        hidden = project.documents.hidden()
        base = project.alignment.base_document()
        choices = []
        for document in project.documents():
            name = names[document.id]
            if marked:
                label = self.tr("%1 (bas, visas alltid)") if document.id == base else \
                    self.tr("%1 (dold)") if document.id in hidden else self.tr("%1 (visas)")
                name = label.replace("%1", name)
            choices.append((document.id, name))
        return choices

    def choose_base(self) -> None:
        project = self.history.project
        if not project.documents():
            return
        chosen = questions.choose_document(self.window, self.tr("Basdokument"),
                                           self.tr("Jämför mot:"), self._choices(),
                                           project.alignment.base_document())
        if chosen is not None:
            self.make_base(chosen)

    def make_base(self, document: DocumentId) -> None:
        project = self.history.project
        if document != project.alignment.base_document():
            self.history.push(project.alignment.set_base(document))

    def toggle_hidden(self) -> None:
        project = self.history.project
        if len(project.documents()) < 2:
            return
        chosen = questions.choose_document(self.window, self.tr("Dölj eller visa"),
                                           self.tr("Dokument:"), self._choices(marked=True),
                                           None)
        if chosen is not None:
            self.set_hidden(chosen, chosen not in project.documents.hidden())

    def set_hidden(self, document: DocumentId, hidden: bool) -> None:
        project = self.history.project
        if document == project.alignment.base_document() and hidden:
            return  # the base is always shown
        self.history.push(project.documents.set_hidden(document, hidden))

    def choose_removal(self) -> None:
        project = self.history.project
        if not project.documents():
            return
        chosen = questions.choose_document(self.window, self.tr("Ta bort dokument"),
                                           self.tr("Ta bort ur projektet (kan ångras):"),
                                           self._choices(), None)
        if chosen is not None:
            self.remove(chosen)

    def remove(self, document: DocumentId) -> None:
        """Remove a document and its hand links (Ctrl+Z brings all of it back)."""
        self.history.push(self.history.project.documents.remove(document))
