"""Questions the app asks: a locked project, unsaved work to restore, unsaved changes."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

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


def ask_recover(parent: QWidget, items: list[Recoverable]) -> Recoverable | None:
    """Offer to restore the newest unsaved work left by a crash."""
    item = max(items, key=lambda i: i.modified)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Dialogs", "Återställ osparat arbete"),
        QCoreApplication.translate(
            "Dialogs", "Klausul avslutades utan att spara %1. Vill du återställa de osparade "
            "ändringarna?").replace("%1", item.describe()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return item if answer == QMessageBox.StandardButton.Yes else None


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
