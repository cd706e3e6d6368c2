"""Every modal question the app asks: a locked project, unsaved work to restore, unsaved
changes, which item, which file. Tests replace these functions with their answers."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.documents.model import DocumentId
from app.core.project import Recoverable

LockChoice = Literal["read_only", "copy", "cancel"]


def ask_locked(parent: QWidget, name: str, owner: str) -> LockChoice:
    """Someone else has the project open: read-only, a copy, or cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    translate = QCoreApplication.translate
    box.setWindowTitle(translate("Dialogs", "Projektet är redan öppet"))
    box.setText(translate("Dialogs", "%1 är öppet för redigering av %2.")
                .replace("%1", name).replace("%2", owner))
    box.setInformativeText(
        translate("Dialogs", "Du kan öppna det skrivskyddat eller arbeta i en kopia."))
    accept = QMessageBox.ButtonRole.AcceptRole
    read_only = box.addButton(translate("Dialogs", "Öppna skrivskyddat"), accept)
    copy = box.addButton(translate("Dialogs", "Öppna en kopia"), accept)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is read_only:
        return "read_only"
    if box.clickedButton() is copy:
        return "copy"
    return "cancel"


def ask_open_backup(parent: QWidget, problem: str, backup: str) -> bool:
    """The project file is damaged but its backup looks sound: open the backup instead?"""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Projektfilen är skadad"))
    box.setText(problem)
    box.setInformativeText(
        translate("Dialogs", "Vill du öppna säkerhetskopian %1 i stället? Den öppnas som en "
                  "kopia: spara den med Spara som.").replace("%1", backup))
    accept = box.addButton(translate("Dialogs", "Öppna säkerhetskopian"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def ask_recover(parent: QWidget, items: list[Recoverable]) -> Recoverable | None:
    """Offer to restore the newest unsaved work left by a crash."""
    item = max(items, key=lambda i: i.modified)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Återställ osparat arbete"),
        QCoreApplication.translate(
            "Dialogs", "Klausul avslutades utan att spara %1. Vill du återställa de osparade "
            "ändringarna?").replace("%1", describe_recoverable(item)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return item if answer == QMessageBox.StandardButton.Yes else None


def describe_recoverable(item: Recoverable) -> str:
    """'arbete.klausul (ändrat 2026-11-23 09:14)'."""
    from datetime import datetime

    name = item.source.name if item.source else QCoreApplication.translate(
        "Dialogs", "Namnlöst projekt")
    stamp = datetime.fromtimestamp(item.modified).strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate("Dialogs", "%1 (ändrat %2)").replace("%1", name).replace(
        "%2", stamp)


def ask_save_changes(parent: QWidget, name: str) -> Literal["save", "discard", "cancel"]:
    """Unsaved changes when closing."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Osparade ändringar"),
        QCoreApplication.translate("Dialogs", "Vill du spara ändringarna i %1?")
        .replace("%1", name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def choose_item(parent: QWidget, title: str, label: str, items: list[str], current: int
                ) -> int | None:
    """Let the user pick one of `items`; returns its index (by position, so two equal
    texts stay two choices), or None if cancelled."""
    dialog = DocumentChooser(parent, title, label, [(str(n), text) for n, text in
                                                    enumerate(items)], str(current))
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    return int(chosen) if chosen is not None else None


class DocumentChooser(QDialog):
    """A list of choices by their texts; the choice is the value behind the row picked, a
    document's id say (two documents with one title stay two entries, each acting on its
    own document)."""

    def __init__(self, parent: QWidget, title: str, label: str,
                 choices: list[tuple[str, str]], current: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(label)
        for document, name in choices:
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, document)
            if document == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        caption = QLabel(label, self)
        caption.setBuddy(self.list)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None


def choose_document(parent: QWidget, title: str, label: str,
                    choices: list[tuple[DocumentId, str]], current: DocumentId | None
                    ) -> DocumentId | None:
    """Let the user pick a document (listed by its unique name); its id, or None."""
    dialog = DocumentChooser(parent, title, label, [(str(d), n) for d, n in choices], current)
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    return DocumentId(chosen) if chosen is not None else None


def show_problems(parent: QWidget, title: str, summary: str, lines: list[str]) -> None:
    """One dialog for everything that went wrong in a batch (never one box per file)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(summary)
    box.setInformativeText("\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else ""))
    if len(lines) > 12:
        box.setDetailedText("\n".join(lines))
    box.exec()


def choose_report_path(parent: QWidget, title: str, filters: list[tuple[str, str]]
                       ) -> Path | None:
    """Where to write a report; `filters` are (label, suffix). The suffix of the chosen
    filter is added when the name has none of them."""
    text = ";;".join(f"{label} (*{suffix})" for label, suffix in filters)
    name, chosen = QFileDialog.getSaveFileName(parent, title, "", text)
    if not name:
        return None
    path = Path(name)
    suffixes = [suffix for _, suffix in filters]
    if path.suffix.lower() not in [*suffixes, ".htm"]:
        suffix = next((s for label, s in filters if chosen.startswith(label)), suffixes[0])
        path = path.with_name(path.name + suffix)
    return path


def choose_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """One existing file to open, or None."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def choose_open_paths(parent: QWidget, title: str, filters: str) -> list[Path]:
    """Files to open (empty if cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(n) for n in names]


def choose_save_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """Where to save, or None."""
    name, _ = QFileDialog.getSaveFileName(parent, title, "", filters)
    return Path(name) if name else None


def ask_member_name(parent: QWidget, suggested: str) -> str | None:
    """The name tags are set under (asked once, then kept in the settings), or None."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Dialogs", "Ditt namn"),
        QCoreApplication.translate("Dialogs", "Vilket namn ska dina taggar stå på?"),
        text=suggested)
    return " ".join(name.split()) or None if ok else None


def ask_tag_fate(parent: QWidget, code: str, count: int, parent_code: str | None
                 ) -> Literal["parent", "remove", "cancel"]:
    """Deleting a code that has tags: move them to the parent code, remove them, or cancel."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Ta bort kod"))
    box.setText(translate("Dialogs", "Koden %1 sitter på %2 klausuler. Vad ska hända med "
                                     "taggarna?").replace("%1", code).replace("%2", str(count)))
    to_parent = box.addButton(translate("Dialogs", "Flytta dem till %1").replace(
        "%1", parent_code), QMessageBox.ButtonRole.AcceptRole) if parent_code else None
    remove = box.addButton(translate("Dialogs", "Ta bort taggarna"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if to_parent is not None and box.clickedButton() is to_parent:
        return "parent"
    if box.clickedButton() is remove:
        return "remove"
    return "cancel"


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None if cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def show_message(parent: QWidget, message: str) -> None:
    """A short notice the user must acknowledge."""
    QMessageBox.information(parent, "Klausul", message)


def confirm(parent: QWidget, question: str) -> bool:
    """Yes or no."""
    answer = QMessageBox.question(parent, "Klausul", question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
