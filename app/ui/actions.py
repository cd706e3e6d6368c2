"""The window's actions, menus and toolbar: names, keys and where each one is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.core.alignment.comparison import IGNORE_FIELDS
from app.ui.history import EditHistory
from app.ui.wording import ignore_label

StandardKey = QKeySequence.StandardKey
Slot = Callable[[], object]

# Every shortcut of the window, written out rather than taken from the platform's standard
# keys: those differ between Windows, macOS, KDE and GNOME and may equal another action's
# key, and Qt then calls the shortcut ambiguous and does nothing. A test checks that no
# sequence appears twice here. ("Ctrl" is Cmd on macOS.)
KEYS: dict[str, tuple[str, ...]] = {
    "newAction": ("Ctrl+N",),
    "openAction": ("Ctrl+O",),
    "saveAction": ("Ctrl+S",),
    "saveAsAction": ("Ctrl+Shift+S",),
    "addDocumentsAction": ("Ctrl+I",),
    "exportAction": ("Ctrl+Shift+E",),
    "quitAction": ("Ctrl+Q",),
    "undoAction": ("Ctrl+Z",),
    "redoAction": ("Ctrl+Y", "Ctrl+Shift+Z"),
    "findAction": ("Ctrl+F",),
    "findNextAction": ("F3",),
    "findPreviousAction": ("Shift+F3",),
    "nextDifferenceAction": ("F8", "Alt+Down"),
    "previousDifferenceAction": ("Shift+F8", "Alt+Up"),
    "onlyDifferencesAction": ("Ctrl+D",),
    "chooseBaseAction": ("Ctrl+B",),
    "hideDocumentAction": ("Ctrl+H",),
    "linkAction": ("Ctrl+L",),
    "unlinkAction": ("Ctrl+Shift+L",),
    "pinRowAction": ("Ctrl+Shift+P",),
    "forgetLinksAction": ("Ctrl+Shift+A",),
}


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


def keys_of(name: str) -> list[QKeySequence]:
    """The shortcuts of an action by its object name."""
    return unique_keys(*KEYS.get(name, ()))


@dataclass
class WindowActions:
    """The actions other parts of the window reach for by name."""

    save: QAction
    undo: QAction
    redo: QAction
    only_differences: QAction
    recent_menu: QMenu
    view_menu: QMenu
    rows_menu: QMenu
    panels_menu: QMenu
    ignore: dict[str, QAction]
    languages: dict[str, QAction]
    toolbar: QToolBar


class ActionBuilder(QObject):
    """Creates the menus of a window from the slots it is given."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def action(self, text: str, slot: Slot, name: str = "", short: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if short:
            action.setIconText(short)  # what the toolbar shows
        keys = keys_of(name)
        if keys:
            action.setShortcuts(keys)
            action.setToolTip(f"{short or text.replace('&', '')} "
                              f"({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def add_help_menu(self) -> None:
        """Hjälp, the last menu: Om Klausul (version, licences, Om Qt)."""

        def about() -> None:
            from app.ui import about as dialog  # the licence list loads when it is asked for

            dialog.show_about(self.window)

        menu = self.window.menuBar().addMenu(self.tr("&Hjälp"))
        menu.addAction(self.action(self.tr("&Om Klausul…"), about, "aboutAction"))

    def build(self, history: EditHistory, slots: dict[str, Slot], panels: list[QAction],
              language: str, set_language: Callable[[str], None],
              set_ignored: Callable[[str, bool], None]) -> WindowActions:
        """Menus Arkiv, Redigera, Visa, Jämförelse and the toolbar."""
        act = self.action
        bar = self.window.menuBar()
        files = bar.addMenu(self.tr("&Arkiv"))
        files.addAction(act(self.tr("&Nytt projekt"), slots["new"], "newAction"))
        files.addAction(act(self.tr("&Öppna…"), slots["open"], "openAction"))
        recent = files.addMenu(self.tr("Öppna &senaste"))
        save = act(self.tr("&Spara"), slots["save"], "saveAction")
        files.addAction(save)
        files.addAction(act(self.tr("Spara &som…"), slots["save_as"], "saveAsAction"))
        files.addSeparator()
        files.addAction(act(self.tr("&Lägg till dokument…"), slots["add_documents"],
                            "addDocumentsAction", self.tr("Lägg till")))
        files.addAction(act(self.tr("&Ta bort dokument…"), slots["remove_document"],
                            "removeDocumentAction"))
        files.addSeparator()
        files.addAction(act(self.tr("&Exportera jämförelse…"), slots["export"],
                            "exportAction", self.tr("Exportera")))
        files.addSeparator()
        files.addAction(act(self.tr("&Avsluta"), slots["quit"], "quitAction"))
        edit = bar.addMenu(self.tr("&Redigera"))
        undo = history.stack.createUndoAction(self.window, self.tr("Ångra"))
        undo.setObjectName("undoAction")
        undo.setShortcuts(keys_of("undoAction"))
        undo.setIconText(self.tr("Ångra"))  # the menu names the edit, the toolbar stays short
        redo = history.stack.createRedoAction(self.window, self.tr("Gör om"))
        redo.setObjectName("redoAction")
        redo.setShortcuts(keys_of("redoAction"))
        redo.setIconText(self.tr("Gör om"))
        for action in (undo, redo):
            self.window.addAction(action)
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(act(self.tr("&Sök…"), slots["find"], "findAction"))
        edit.addAction(act(self.tr("Sök &nästa"), slots["find_next"], "findNextAction"))
        edit.addAction(act(self.tr("Sök &föregående"), slots["find_previous"],
                           "findPreviousAction"))
        view = bar.addMenu(self.tr("&Visa"))
        view.addAction(act(self.tr("&Nästa skillnad"), slots["next"], "nextDifferenceAction",
                           self.tr("Nästa")))
        view.addAction(act(self.tr("&Föregående skillnad"), slots["previous"],
                           "previousDifferenceAction", self.tr("Föregående")))
        only = act(self.tr("Visa &bara skillnader"), slots["only_differences"],
                   "onlyDifferencesAction", self.tr("Bara skillnader"))
        only.setCheckable(True)
        view.addAction(only)
        rows = view.addMenu(self.tr("&Rader"))
        rows.setObjectName("rowsMenu")
        view.addSeparator()
        view.addAction(act(self.tr("Välj &basdokument…"), slots["choose_base"],
                           "chooseBaseAction"))
        view.addAction(act(self.tr("&Dölj eller visa dokument…"), slots["toggle_hidden"],
                           "hideDocumentAction"))
        ignore_menu = view.addMenu(self.tr("Jämför &utan hänsyn till"))
        ignore_menu.setObjectName("ignoreMenu")
        ignore = {}
        for field in IGNORE_FIELDS:
            action = QAction(ignore_label(field), self.window)
            action.setObjectName(f"ignore_{field}")
            action.setCheckable(True)
            action.triggered.connect(
                lambda _=False, f=field, a=action: set_ignored(f, a.isChecked()))
            ignore_menu.addAction(action)
            ignore[field] = action
        view.addSeparator()
        panels_menu = view.addMenu(self.tr("&Paneler"))
        panels_menu.setObjectName("panelsMenu")
        for panel in panels:
            panels_menu.addAction(panel)
        language_menu = view.addMenu(self.tr("S&pråk"))
        group = QActionGroup(self.window)
        group.setExclusive(True)
        languages = {}
        for code, label in (("sv", "Svenska"), ("en", "English")):
            action = act(label, partial(set_language, code), f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == language)
            group.addAction(action)
            language_menu.addAction(action)
            languages[code] = action
        compare = bar.addMenu(self.tr("&Jämförelse"))
        compare.addAction(act(self.tr("&Länka markerade klausuler"), slots["link"],
                              "linkAction", self.tr("Länka")))
        compare.addAction(act(self.tr("&Ta bort länk"), slots["unlink"], "unlinkAction",
                              self.tr("Ta bort länk")))
        compare.addAction(act(self.tr("&Återställ automatisk parning"), slots["forget"],
                              "forgetLinksAction"))
        compare.addAction(act(self.tr("Lås &raden"), slots["pin"], "pinRowAction"))
        toolbar = QToolBar(self.tr("Verktygsfält"), self.window)
        toolbar.setObjectName("mainToolbar")
        named = {a.objectName(): a for a in self.window.actions()}
        for name in ("addDocumentsAction", "saveAction"):
            toolbar.addAction(named[name])
        toolbar.addAction(undo)
        toolbar.addSeparator()
        for name in ("previousDifferenceAction", "nextDifferenceAction", "onlyDifferencesAction",
                     "linkAction", "unlinkAction"):
            toolbar.addAction(named[name])
        toolbar.addSeparator()
        toolbar.addAction(named["exportAction"])
        self.window.addToolBar(toolbar)
        panels_menu.addAction(toolbar.toggleViewAction())
        return WindowActions(save, undo, redo, only, recent, view, rows, panels_menu, ignore,
                             languages, toolbar)
