"""The draft in the main window: its dock, its menu and keys, drags from the comparison."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMainWindow

from app.core.draft.model import DraftKind
from app.ui.actions import Slot, unique_keys
from app.ui.comparison.controller import ComparisonController
from app.ui.comparison.view import ComparisonView
from app.ui.draft.controller import DraftController, Notify
from app.ui.draft.model import DraftModel
from app.ui.draft.outputs import DraftOutputs
from app.ui.draft.panel import DraftPanel
from app.ui.history import EditHistory


class DraftWindowPart(QObject):
    """Builds the draft dock, the Utkast menu and their connections into a main window."""

    def __init__(self, window: QMainWindow, history: EditHistory,
                 comparison: ComparisonController, view: ComparisonView, notify: Notify,
                 show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.model = DraftModel(history, window)
        self.panel = DraftPanel(history, self.model, window)
        # The dock may be narrower than its buttons (they clip) so the window still fits
        # small screens with every panel open.
        self.panel.setMinimumWidth(60)
        self.dock = QDockWidget(self.tr("Utkast"), window)
        self.dock.setObjectName("draftDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Wide enough to read a clause (a saved window state, restored later, wins).
        window.resizeDocks([self.dock], [380], Qt.Orientation.Horizontal)
        self.controller = DraftController(history, self.model, self.panel, comparison, notify,
                                          show_error, window)
        self.outputs = DraftOutputs(window, self.controller)
        # A comparison cell's wording can be dragged into the draft.
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self._menu()

    def _action(self, text: str, slot: Slot, name: str, keys: list[QKeySequence] | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts(keys)
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        return action

    def _kind_slot(self, kind: DraftKind, numbered: bool) -> Slot:
        return lambda: self.controller.set_kind(kind, numbered)

    def _menu(self) -> None:
        c, o = self.controller, self.outputs
        menu = self.window.menuBar().addMenu(self.tr("&Utkast"))
        self.menu = menu
        for text, slot, name, keys in (
                (self.tr("Starta utkast från &basdokumentet"), lambda: c.start(True),
                 "startDraftAction", None),
                (self.tr("Starta &tom disposition"), lambda: c.start(False),
                 "startEmptyDraftAction", None),
                (None, None, "", None),
                (self.tr("&Ta markerad formulering till utkastet"), c.adopt_current_cell,
                 "adoptWordingAction", unique_keys("Ctrl+U")),
                (self.tr("&Ingen formulering för raden"), c.drop_current_row, "dropRowAction",
                 unique_keys("Ctrl+Shift+U")),
                (None, None, "", None),
                (self.tr("Spara &version…"), o.record_version, "recordVersionAction",
                 unique_keys("Ctrl+Alt+S")),
                (self.tr("&Jämför versioner…"), lambda: o.compare(), "compareVersionsAction",
                 None),
                (None, None, "", None),
                (self.tr("&Exportera till Word…"), o.export, "exportDraftAction",
                 unique_keys("Ctrl+Alt+E")),
                (self.tr("&Läs in Word-kopia…"), o.import_word_copy, "importWordCopyAction",
                 None)):
            if text is None or slot is None:
                menu.addSeparator()
                continue
            action = self._action(text, slot, name, keys)
            self.window.addAction(action)
            menu.addAction(action)
        kinds = menu.addMenu(self.tr("Klausul&typ"))
        kinds_list: tuple[tuple[str, DraftKind, bool, str], ...] = (
                (self.tr("Rubrik"), "heading", False, "Alt+1"),
                (self.tr("Stycke"), "paragraph", False, "Alt+2"),
                (self.tr("Punkt"), "list_item", False, "Alt+3"),
                (self.tr("Numrerad punkt"), "list_item", True, "Alt+4"))
        for text, kind, numbered, key in kinds_list:
            action = self._action(text, self._kind_slot(kind, numbered),
                                  f"draftKind_{kind}_{int(numbered)}", unique_keys(key),
                                  Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.panel.addAction(action)
            kinds.addAction(action)
        menu.addSeparator()
        show = self._action(self.tr("&Visa utkastet"), self.show_draft, "showDraftAction",
                            unique_keys("F6"))
        self.window.addAction(show)
        menu.addAction(show)

    def show_draft(self) -> None:
        """Bring the draft dock forward (Visa › Paneler › Utkast toggles it) with the outline
        focused."""
        self.dock.show()
        self.dock.raise_()
        self.panel.view.setFocus()
