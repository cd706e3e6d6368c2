"""The draft's modal questions: its title and authors, a version's name and note, the export's
options, the two sides of a comparison. Tests replace these functions with their answers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.draft.export_content import ExportOptions
from app.core.draft.versions import Side

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Choice:
    """One entry of a list of sides: what the user reads, and the side (None: none)."""

    label: str
    side: Side | None


def _dialog(parent: QWidget, title: str) -> tuple[QDialog, QFormLayout, QDialogButtonBox]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    layout.addLayout(form)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog, form, buttons


def ask_info(parent: QWidget, title: str, authors: str) -> tuple[str, str] | None:
    """The draft's title and authors (the Word file's title page and properties), or None."""
    dialog, form, buttons = _dialog(parent, translate("DraftDialogs", "Titel och författare"))
    title_edit = QLineEdit(title, dialog)
    title_edit.setObjectName("draftTitle")
    title_edit.setMinimumWidth(420)
    authors_edit = QLineEdit(authors, dialog)
    authors_edit.setObjectName("draftAuthors")
    authors_edit.setPlaceholderText(
        translate("DraftDialogs", "t.ex. Arbetsgruppen för barn och unga"))
    form.addRow(translate("DraftDialogs", "Titel:"), title_edit)
    form.addRow(translate("DraftDialogs", "Författare:"), authors_edit)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    title_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return title_edit.text().strip(), authors_edit.text().strip()


def ask_version(parent: QWidget, suggestion: str) -> tuple[str, str] | None:
    """The name ("0.3 – efter workshop 2") and note of a version to record, or None."""
    dialog, form, buttons = _dialog(parent, translate("DraftDialogs", "Spara version"))
    label = QLineEdit(suggestion, dialog)
    label.setObjectName("versionLabel")
    note = QPlainTextEdit(dialog)
    note.setObjectName("versionNote")
    note.setMaximumHeight(90)
    form.addRow(translate("DraftDialogs", "Version:"), label)
    form.addRow(translate("DraftDialogs", "Anteckning:"), note)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    label.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return label.text().strip(), note.toPlainText().strip()


def ask_export(parent: QWidget, against: list[Choice], current: int) -> ExportOptions | None:
    """What the Word file carries: tracked changes against what, which comments, the
    appendix; None if cancelled."""
    dialog, form, _buttons = _dialog(parent, translate("DraftDialogs", "Exportera till Word"))
    tracked = QComboBox(dialog)
    tracked.setObjectName("trackedAgainst")
    for choice in against:
        tracked.addItem(choice.label)
    tracked.setCurrentIndex(current)
    provenance = QCheckBox(translate("DraftDialogs", "Kommentar med varje klausuls ursprung"),
                           dialog)
    tags = QCheckBox(translate("DraftDialogs", "Kommentar med varje klausuls taggar"), dialog)
    appendix = QCheckBox(translate("DraftDialogs", "Bilaga: klausul, taggar och källor"), dialog)
    for box in (provenance, tags, appendix):
        box.setChecked(True)
    form.addRow(translate("DraftDialogs", "Spårade ändringar:"), tracked)
    form.addRow("", provenance)
    form.addRow("", tags)
    form.addRow("", appendix)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    comments = frozenset(kind for kind, box in (("provenance", provenance), ("tags", tags))
                         if box.isChecked())
    return ExportOptions(against[tracked.currentIndex()].side, comments, appendix.isChecked())


def ask_sides(parent: QWidget, choices: list[Choice], first: int, second: int
              ) -> tuple[Side, Side] | None:
    """Two sides to compare (the first is shown as the base), or None."""
    dialog, form, buttons = _dialog(parent, translate("DraftDialogs", "Jämför versioner"))
    boxes = []
    for number, label in ((first, translate("DraftDialogs", "Från:")),
                          (second, translate("DraftDialogs", "Till:"))):
        box = QComboBox(dialog)
        for choice in choices:
            box.addItem(choice.label)
        box.setCurrentIndex(number)
        form.addRow(label, box)
        boxes.append(box)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def check() -> None:
        ok.setEnabled(boxes[0].currentIndex() != boxes[1].currentIndex())

    for box in boxes:
        box.currentIndexChanged.connect(check)
    check()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    a, b = (choices[box.currentIndex()].side for box in boxes)
    return (a, b) if a is not None and b is not None else None


def ask_codes(parent: QWidget, title: str, facets: list[tuple[str, str]],
              codes: list[tuple[str, str, str, str | None]], checked: set[str]
              ) -> set[str] | None:
    """Codes to put on a clause: facets (id, name), codes (id, facet, name, parent) in
    codebook order, the ones `checked` ticked; None if cancelled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    dialog, form, _buttons = _dialog(parent, title)
    tree = QTreeWidget(dialog)
    tree.setObjectName("draftTagCodes")
    tree.setAccessibleName(translate("DraftDialogs", "Koder"))
    tree.setHeaderHidden(True)
    tree.setMinimumSize(420, 360)
    items: dict[str, QTreeWidgetItem] = {}
    for facet_id, name in facets:
        items[f"facet:{facet_id}"] = QTreeWidgetItem(tree, [name])
    for code_id, facet_id, name, parent_id in codes:
        owner = items.get(parent_id or "") or items.get(f"facet:{facet_id}")
        item = QTreeWidgetItem(owner if owner is not None else tree, [name])
        item.setData(0, Qt.ItemDataRole.UserRole, code_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if code_id in checked
                           else Qt.CheckState.Unchecked)
        items[code_id] = item
    tree.expandAll()
    form.addRow(tree)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {str(item.data(0, Qt.ItemDataRole.UserRole)) for key, item in items.items()
            if not key.startswith("facet:") and item.checkState(0) == Qt.CheckState.Checked}
