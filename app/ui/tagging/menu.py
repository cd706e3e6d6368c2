"""The Taggar menu, its keys, the facet shown in the status bar, and the dialogs it opens (the
picker, the codebook, filters, tag files)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from app.core.tagging.codebook import FACETS
from app.core.tagging.errors import TagFileError
from app.ui.dialogs import questions
from app.ui.tagging.controller import TaggingController
from app.ui.tagging.picker import CodePicker
from app.ui.wording import error_text, facet_name

if TYPE_CHECKING:  # the codebook editor loads when it is first opened
    from app.ui.tagging.codebook_editor import CodebookEditor


class TaggingMenu(QObject):
    """Builds the menu on a window and carries out what it asks for."""

    def __init__(self, window: QMainWindow, controller: TaggingController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.picker: CodePicker | None = None
        self.editor: CodebookEditor | None = None
        menu = window.menuBar().addMenu(self.tr("&Taggar"))
        menu.setObjectName("tagsMenu")
        group = QActionGroup(window)
        self.facet_actions: dict[str, QAction] = {}
        for number, facet in enumerate(FACETS, start=1):
            label = self.tr("Tangenterna taggar &%1").replace("%1", facet_name(facet))
            action = self._action(label, partial(controller.set_facet, facet), f"Ctrl+{number}",
                                  f"facet_{facet}")
            action.setCheckable(True)
            action.setChecked(facet == controller.facet)
            group.addAction(action)
            menu.addAction(action)
            self.facet_actions[facet] = action
        menu.addSeparator()
        entries = [
            (self.tr("Tagga med &kod…"), partial(self.open_picker, False), "Ctrl+T",
             "pickCodeAction"),
            (self.tr("Tagga &hela raden med kod…"), partial(self.open_picker, True), "Ctrl+Shift+T",
             "pickRowCodeAction"),
            None,
            (self.tr("&Godta förslag"), controller.accept_selected, "Ctrl+Return", "acceptAction"),
            (self.tr("&Avvisa förslag"), controller.reject_selected, "Ctrl+Backspace",
             "rejectAction"),
            (self.tr("Godta &radens förslag"), controller.accept_rows, "Ctrl+Shift+Return",
             "acceptRowAction"),
            (self.tr("Avvisa radens &förslag"), controller.reject_rows, "Ctrl+Shift+Backspace",
             "rejectRowAction"),
            None,
            (self.tr("&Filtrera rader på kod…"), self.choose_filter, "Ctrl+Shift+F",
             "filterAction"),
            (self.tr("Visa &alla rader"), partial(controller.set_filter, None), "",
             "clearFilterAction"),
            None,
            (self.tr("Kod&bok…"), self.open_codebook, "Ctrl+K", "codebookAction"),
            (self.tr("&Exportera taggar…"), self.export_tags, "", "exportTagsAction"),
            (self.tr("&Importera taggar…"), self.import_tags, "", "importTagsAction"),
            (self.tr("Mitt &namn…"), controller.change_member, "", "memberAction"),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            menu.addAction(self._action(*entry))
        show = self._action(self.tr("&Visa förslag"), lambda: None, "Ctrl+Shift+G",
                            "showSuggestionsAction")
        show.setCheckable(True)
        show.toggled.connect(controller.set_show_suggestions)
        show.setChecked(controller.show_suggestions)
        menu.insertAction(menu.actions()[4], show)
        self.status = QLabel(window)
        self.status.setObjectName("facetIndicator")
        window.statusBar().addPermanentWidget(self.status)
        controller.facet_changed.connect(self._facet_changed)
        self._facet_changed(controller.facet)

    def _action(self, text: str, slot: Callable[[], object], key: str, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _facet_changed(self, facet: str) -> None:
        self.facet_actions[facet].setChecked(True)
        self.status.setText(self.tr("Tangenter: %1").replace("%1", facet_name(facet)))

    # -- dialogs --------------------------------------------------------------------------
    def open_picker(self, whole_rows: bool) -> CodePicker:
        """Open the picker (window-modal, not blocking); picking tags the selection."""
        picker = CodePicker(self.controller.project.codebook(), self.controller.recent(),
                            whole_rows, self.window)
        picker.accepted.connect(lambda: self._picked(picker))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def _picked(self, picker: CodePicker) -> None:
        if picker.chosen is not None:
            self.controller.apply_code(picker.chosen, picker.whole_rows)

    def open_codebook(self) -> CodebookEditor:
        from app.ui.tagging.codebook_editor import CodebookEditor

        editor = CodebookEditor(self.controller.history, self.window)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()
        return editor

    def choose_filter(self) -> None:
        book = self.controller.project.codebook()
        options: list[tuple[str, tuple[str, str] | None]] = [(self.tr("Alla rader"), None)]
        options += [(self.tr("Rader utan %1").replace("%1", facet_name(f).lower()), ("no_facet", f))
                    for f in FACETS]
        options += [(f"{facet_name(c.facet)}: {book.path(c.id)}", ("code", c.id))
                    for c in book.codes]
        chosen = questions.choose_item(self.window, self.tr("Filtrera rader"), self.tr("Visa:"),
                                       [label for label, _ in options], 0)
        if chosen is not None:
            self.controller.set_filter(options[chosen][1])

    def export_tags(self) -> None:
        path = questions.choose_save_path(self.window, self.tr("Exportera taggar"),
                                          self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        try:
            count = self.controller.project.tags.export_file(path)
        except TagFileError as exc:
            questions.show_message(self.window, error_text(exc))
            return
        self.window.statusBar().showMessage(
            self.tr("%1 taggar exporterades").replace("%1", str(count)), 5000)

    def import_tags(self) -> None:
        path = questions.choose_open_path(self.window, self.tr("Importera taggar"),
                                          self.tr("Taggar (*.xlsx *.csv)"))
        if path is None:
            return
        try:
            found = self.controller.project.tags.import_file(
                path, self.controller.member(ask=False) or "")
        except TagFileError as exc:
            questions.show_message(self.window, error_text(exc))
            return
        self.controller.history.push(found.edit)
        skipped = found.unknown_clauses + found.unknown_codes
        message = self.tr("%1 taggar lästes in").replace("%1", str(len(found.edit.add)))
        if skipped:
            message += self.tr("; %1 rader gällde klausuler eller koder som saknas här").replace(
                "%1", str(skipped))
        self.window.statusBar().showMessage(message, 8000)

