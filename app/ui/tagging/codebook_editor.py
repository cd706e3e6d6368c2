"""The codebook editor: the facets' codes as a tree, a form for the chosen code, and buttons to
add, move, merge, delete, export and import. Every change is an undoable core edit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.tagging.codebook import Code, CodeId, FacetId
from app.core.tagging.codebook_ops import CodebookRefusal
from app.core.tagging.edits import ChangeCodebook
from app.core.tagging.errors import TagFileError
from app.ui.dialogs import questions
from app.ui.history import EditHistory
from app.ui.tagging.picker import swatch
from app.ui.wording import codebook_refusal_text, error_text, facet_name

FACET_ROLE = Qt.ItemDataRole.UserRole + 1


class CodebookEditor(QDialog):
    """Edits `history.project.codebook` through the undo history."""

    def __init__(self, history: EditHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookEditor")
        self.setWindowTitle(self.tr("Kodbok"))
        self.history = history
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("codeTree")
        self.tree.setHeaderLabels([self.tr("Kod"), self.tr("Tangent"), self.tr("Taggar")])
        self.tree.setAccessibleName(self.tr("Koder"))
        self.name = QLineEdit(self)
        self.name.setObjectName("codeName")
        self.abbreviations = QLineEdit(self)
        self.abbreviations.setObjectName("codeAbbreviations")
        self.description = QLineEdit(self)
        self.description.setObjectName("codeDescription")
        self.key = QLineEdit(self)
        self.key.setObjectName("codeKey")
        self.key.setMaxLength(1)
        self.colour = QLineEdit(self)
        self.colour.setObjectName("codeColour")
        pick = QPushButton(self.tr("Välj färg…"), self)
        pick.clicked.connect(self._pick_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(pick)
        form = QFormLayout()
        form.addRow(self.tr("&Namn"), self.name)
        form.addRow(self.tr("&Förkortningar"), self.abbreviations)
        form.addRow(self.tr("&Beskrivning"), self.description)
        form.addRow(self.tr("&Tangent"), self.key)
        form.addRow(self.tr("F&ärg"), colour_row)
        buttons = QGridLayout()
        actions = [(self.tr("&Spara ändringar"), self.save_form),
                   (self.tr("N&y kod"), lambda: self.add(False)),
                   (self.tr("Ny &underkod"), lambda: self.add(True)),
                   (self.tr("Fl&ytta…"), self.move_code),
                   (self.tr("Slå &ihop med…"), self.merge),
                   (self.tr("Ta &bort…"), self.delete),
                   (self.tr("&Exportera…"), self.export),
                   (self.tr("I&mportera…"), self.import_file)]
        for number, (label, slot) in enumerate(actions):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            buttons.addWidget(button, number // 4, number % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(720, 600)
        self.tree.currentItemChanged.connect(lambda *_: self._show_code())
        history.changes_applied.connect(self._changed)
        self.reload()

    # -- showing --------------------------------------------------------------------------
    def reload(self, keep: CodeId | None = None) -> None:
        project = self.history.project
        book = project.codebook()
        counts: dict[str, int] = {}
        for tag in project.tags():
            counts[tag.code_id] = counts.get(tag.code_id, 0) + 1
        keep = keep or self.current_code()
        self.tree.clear()
        found: QTreeWidgetItem | None = None
        for facet in book.facets:
            top = QTreeWidgetItem([facet_name(facet.id), "", ""])
            top.setData(0, FACET_ROLE, facet.id)
            self.tree.addTopLevelItem(top)

            def add(parent: QTreeWidgetItem, code_id: str | None, facet_id: str) -> None:
                nonlocal found
                for code in book.children(code_id, facet_id):
                    item = QTreeWidgetItem([code.name, code.key, str(counts.get(code.id, 0))])
                    item.setIcon(0, swatch(code.color))
                    item.setData(0, Qt.ItemDataRole.UserRole, code.id)
                    item.setData(0, FACET_ROLE, facet_id)
                    parent.addChild(item)
                    if code.id == keep:
                        found = item
                    add(item, code.id, facet_id)
            add(top, None, facet.id)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        current = found or self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)

    def _changed(self, changes: Changes) -> None:
        if changes.any("codebook", "tags"):
            self.reload()

    def current_code(self) -> CodeId | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return CodeId(str(value)) if value else None

    def current_facet(self) -> FacetId:
        item = self.tree.currentItem()
        value = str(item.data(0, FACET_ROLE)) if item is not None else "part"
        return "malgrupp" if value == "malgrupp" else "ansvar" if value == "ansvar" else "part"

    def _code(self) -> Code | None:
        code_id = self.current_code()
        return self.history.project.codebook().get(code_id) if code_id else None

    def _show_code(self) -> None:
        code = self._code()
        for field in (self.name, self.abbreviations, self.description, self.key, self.colour):
            field.setEnabled(code is not None)
        self.name.setText(code.name if code else "")
        self.abbreviations.setText(", ".join(code.abbreviations) if code else "")
        self.description.setText(code.description if code else "")
        self.key.setText(code.key if code else "")
        self.colour.setText(code.color if code else "")

    # -- edits ----------------------------------------------------------------------------
    def _push(self, result: ChangeCodebook | CodebookRefusal, keep: CodeId | None = None
              ) -> bool:
        if isinstance(result, CodebookRefusal):
            questions.show_message(self, codebook_refusal_text(result))
            return False
        self.history.push(result)
        self.reload(keep)
        return True

    def save_form(self) -> None:
        code = self._code()
        if code is None:
            return
        shorts = tuple(a.strip() for a in self.abbreviations.text().split(",") if a.strip())
        updated = replace(code, name=self.name.text(), abbreviations=shorts,
                          description=self.description.text().strip(),
                          key=self.key.text().strip().lower(), color=self.colour.text().strip())
        if updated != code:
            self._push(self.history.project.codebook.update(updated), code.id)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text() or "#808080"), self)
        if chosen.isValid():
            self.colour.setText(chosen.name())
            self.save_form()

    def add(self, under_current: bool) -> None:
        name = questions.ask_text(self, self.tr("Ny kod"), self.tr("Kodens namn:"))
        if not name:
            return
        parent = self.current_code() if under_current else None
        manager = self.history.project.codebook
        before = {c.id for c in manager().codes}
        if self._push(manager.add(self.current_facet(), name, parent)):
            new = next((c.id for c in manager().codes if c.id not in before), None)
            self.reload(new)

    def _choose_code(self, title: str, label: str, first: str | None) -> CodeId | str | None:
        """A code of the current facet (or `first`, returned as '' for the top level)."""
        code = self._code()
        if code is None:
            return None
        choices = [c for c in self.history.project.codebook().in_facet(code.facet)
                   if c.id != code.id]
        labels = ([first] if first else []) + [self.history.project.codebook().path(c.id)
                                                for c in choices]
        chosen = questions.choose_item(self, title, label, labels, 0)
        if chosen is None:
            return None
        if first:
            return "" if chosen == 0 else choices[chosen - 1].id
        return choices[chosen].id

    def move_code(self) -> None:
        code = self._code()
        target = self._choose_code(self.tr("Flytta kod"), self.tr("Lägg koden under:"),
                                   self.tr("(översta nivån)"))
        if code is None or target is None:
            return
        self._push(self.history.project.codebook.move(code.id, CodeId(target) if target else None),
                   code.id)

    def merge(self) -> None:
        code = self._code()
        target = self._choose_code(self.tr("Slå ihop koder"),
                                   self.tr("Slå ihop koden med (dess taggar följer med):"), None)
        if code is None or not target:
            return
        self._push(self.history.project.codebook.merge(code.id, CodeId(target)), CodeId(target))

    def delete(self) -> None:
        code = self._code()
        if code is None:
            return
        project = self.history.project
        count = project.tags.count(code.id)
        to_parent = False
        if count:
            parent = project.codebook().get(code.parent) if code.parent else None
            fate = questions.ask_tag_fate(self, code.name, count, parent.name if parent else None)
            if fate == "cancel":
                return
            to_parent = fate == "parent"
        elif not questions.confirm(self, self.tr("Ta bort koden %1?").replace("%1", code.name)):
            return
        self._push(project.codebook.delete(code.id, to_parent), code.parent)

    def export(self) -> None:
        path = questions.choose_save_path(self, self.tr("Exportera kodbok"),
                                          self.tr("Kodbok (*.json)"))
        if path is None:
            return
        try:
            self.history.project.codebook.export_file(path)
        except TagFileError as exc:
            questions.show_message(self, error_text(exc))

    def import_file(self) -> None:
        path = questions.choose_open_path(self, self.tr("Importera kodbok"),
                                          self.tr("Kodbok (*.json)"))
        if path is None:
            return
        try:
            edit = self.history.project.codebook.import_file(path)
        except TagFileError as exc:
            questions.show_message(self, error_text(exc))
            return
        self._push(edit)
