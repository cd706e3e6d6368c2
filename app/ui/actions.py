"""The window's actions, menus and toolbar: names, keys and where each one is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from app.ui.history import EditHistory

StandardKey = QKeySequence.StandardKey
Slot = Callable[[], object]


def unique_keys(*keys: QKeySequence | StandardKey | str) -> list[QKeySequence]:
    """Shortcuts without duplicates or empty ones: a platform's standard key often equals an
    explicit one (Ctrl+Q is Quit on Linux, not on Windows), and Qt then calls the shortcut
    ambiguous and does nothing."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) \
            else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


@dataclass
class WindowActions:
    """The actions other parts of the window reach for by name."""

    save: QAction
    undo: QAction
    redo: QAction
    only_differences: QAction
    recent_menu: QMenu
    view_menu: QMenu


class ActionBuilder(QObject):
    """Creates the menus of a window from the slots it is given."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def action(self, text: str, slot: Slot, keys: list[QKeySequence] | None = None,
               name: str = "", short: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if short:
            action.setIconText(short)  # what the toolbar shows
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def add_help_menu(self) -> None:
        """Hjälp, the last menu: Om Klausul (version, licences, Om Qt)."""
        from app.ui.about import show_about

        menu = self.window.menuBar().addMenu(self.tr("&Hjälp"))
        menu.addAction(self.action(self.tr("&Om Klausul…"), lambda: show_about(self.window),
                                   None, "aboutAction"))

    def build(self, history: EditHistory, slots: dict[str, Slot], docks: list[QDockWidget],
              set_language: Callable[[str], None]) -> WindowActions:
        """Menus Arkiv, Redigera, Visa, Jämförelse and the toolbar."""
        act = self.action
        bar = self.window.menuBar()
        files = bar.addMenu(self.tr("&Arkiv"))
        files.addAction(act(self.tr("&Nytt projekt"), slots["new"], unique_keys(StandardKey.New),
                            "newAction"))
        files.addAction(act(self.tr("&Öppna…"), slots["open"], unique_keys(StandardKey.Open),
                            "openAction"))
        recent = files.addMenu(self.tr("Öppna &senaste"))
        save = act(self.tr("&Spara"), slots["save"], unique_keys(StandardKey.Save), "saveAction")
        files.addAction(save)
        files.addAction(act(self.tr("Spara &som…"), slots["save_as"],
                            unique_keys(StandardKey.SaveAs, "Ctrl+Shift+S"), "saveAsAction"))
        files.addSeparator()
        files.addAction(act(self.tr("&Lägg till dokument…"), slots["add_documents"],
                            unique_keys("Ctrl+I"), "addDocumentsAction", self.tr("Lägg till")))
        files.addSeparator()
        files.addAction(act(self.tr("&Avsluta"), slots["quit"],
                            unique_keys(StandardKey.Quit, "Ctrl+Q"), "quitAction"))
        edit = bar.addMenu(self.tr("&Redigera"))
        undo = history.stack.createUndoAction(self.window, self.tr("Ångra"))
        undo.setShortcuts(unique_keys(StandardKey.Undo))
        undo.setObjectName("undoAction")
        redo = history.stack.createRedoAction(self.window, self.tr("Gör om"))
        redo.setShortcuts(unique_keys(StandardKey.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
        redo.setObjectName("redoAction")
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(act(self.tr("&Sök…"), slots["find"], unique_keys(StandardKey.Find),
                           "findAction"))
        view = bar.addMenu(self.tr("&Visa"))
        view.addAction(act(self.tr("&Nästa skillnad"), slots["next"], unique_keys("F8", "Alt+Down"),
                           "nextDifferenceAction", self.tr("Nästa")))
        view.addAction(act(self.tr("&Föregående skillnad"), slots["previous"],
                           unique_keys("Shift+F8", "Alt+Up"), "previousDifferenceAction",
                           self.tr("Föregående")))
        only = act(self.tr("Visa &bara skillnader"), slots["only_differences"],
                   unique_keys("Ctrl+D"), "onlyDifferencesAction", self.tr("Bara skillnader"))
        only.setCheckable(True)
        view.addAction(only)
        view.addSeparator()
        view.addAction(act(self.tr("Välj &basdokument…"), slots["choose_base"],
                           unique_keys("Ctrl+B"), "chooseBaseAction"))
        view.addAction(act(self.tr("&Dölj eller visa dokument…"), slots["toggle_hidden"],
                           unique_keys("Ctrl+H"), "hideDocumentAction"))
        view.addSeparator()
        panels = view.addMenu(self.tr("&Paneler"))
        for dock in docks:
            panels.addAction(dock.toggleViewAction())
        language = view.addMenu(self.tr("S&pråk"))
        for code, label in (("sv", "Svenska"), ("en", "English")):
            language.addAction(act(label, partial(set_language, code), None,
                                   f"language_{code}"))
        compare = bar.addMenu(self.tr("&Jämförelse"))
        compare.addAction(act(self.tr("&Länka markerade klausuler"), slots["link"],
                              unique_keys("Ctrl+L"), "linkAction", self.tr("Länka")))
        compare.addAction(act(self.tr("&Ta bort länk"), slots["unlink"],
                              unique_keys("Ctrl+Shift+L"), "unlinkAction", self.tr("Ta bort länk")))
        compare.addAction(act(self.tr("Lås &raden"), slots["pin"], unique_keys("Ctrl+Shift+P"),
                              "pinRowAction"))
        toolbar = QToolBar(self.tr("Verktyg"), self.window)
        toolbar.setObjectName("mainToolbar")
        named = {a.objectName(): a for a in self.window.actions()}
        for name in ("addDocumentsAction", "saveAction"):
            toolbar.addAction(named[name])
        toolbar.addAction(undo)
        for name in ("previousDifferenceAction", "nextDifferenceAction", "onlyDifferencesAction",
                     "linkAction", "unlinkAction"):
            toolbar.addAction(named[name])
        self.window.addToolBar(toolbar)
        return WindowActions(save, undo, redo, only, recent, view)
