"""The draft in the main window: its dock, its menu and keys, drags from the comparison.

The dock and the menu are made with the window (so the dock takes its saved place); the
panel with its models and controllers, and the code they load, once the comparison has
been painted or when an action needs them, so none of it is on the way to the first
picture."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QWidget,
)

from app.core.changes import Changes
from app.ui.actions import Slot, unique_keys
from app.ui.comparison.controller import ComparisonController
from app.ui.comparison.view import ComparisonView
from app.ui.draft.deferred import after_first_paint
from app.ui.history import EditHistory

if TYPE_CHECKING:
    from app.core.draft.model import DraftKind
    from app.ui.draft.controller import DraftController, Notify
    from app.ui.draft.model import DraftModel
    from app.ui.draft.outputs import DraftOutputs
    from app.ui.draft.panel import DraftPanel


class DraftWindowPart(QObject):
    """Builds the draft dock, the Utkast menu and their connections into a main window."""

    def __init__(self, window: QMainWindow, history: EditHistory,
                 comparison: ComparisonController, view: ComparisonView, notify: Notify,
                 show_error: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.history = history
        self._parts = (comparison, notify, show_error)
        self.model: DraftModel | None = None
        self.panel: DraftPanel | None = None
        self.controller: DraftController | None = None
        self.outputs: DraftOutputs | None = None
        self.dock = QDockWidget(self.tr("Utkast"), window)
        self.dock.setObjectName("draftDock")
        self.dock.setWidget(QWidget(self.dock))  # the panel comes after the first paint
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Wide enough to read a clause (a saved window state, restored later, wins).
        window.resizeDocks([self.dock], [380], Qt.Orientation.Horizontal)
        # Hidden until there is a draft to work on, so a first start shows the comparison
        # at full width; starting or adding to a draft, or opening a project that has one,
        # brings it out; otherwise the saved window state (restored later) keeps the
        # user's choice.
        self.dock.hide()
        # A comparison cell's wording can be dragged into the draft.
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self._kind_actions: list[QAction] = []
        self._busy_now = False
        self._menu()
        history.changes_applied.connect(self._project_changed)
        after_first_paint(view.viewport(), self.build)

    def build(self) -> tuple[DraftController, DraftOutputs] | None:
        """Make the panel, its models and controllers (once); None for a closed window."""
        if self.controller is not None and self.outputs is not None:
            return self.controller, self.outputs
        if self.history.project.store.closed:
            return None
        from app.ui.draft.controller import DraftController
        from app.ui.draft.model import DraftModel
        from app.ui.draft.outputs import DraftOutputs
        from app.ui.draft.panel import DraftPanel

        comparison, notify, show_error = self._parts
        self.model = DraftModel(self.history, self.window)
        self.panel = DraftPanel(self.history, self.model, self.window)
        # The dock may be narrower than its buttons (they clip) so the window still fits
        # small screens with every panel open.
        self.panel.setMinimumWidth(60)
        self.dock.setWidget(self.panel)
        self.controller = DraftController(self.history, self.model, self.panel, comparison,
                                          notify, show_error, self.window)
        self.outputs = DraftOutputs(self.window, self.controller)
        self.controller.busy_changed.connect(self._busy)
        for action in self._kind_actions:
            self.panel.addAction(action)
        self.load()
        self._reveal_a_draft()
        return self.controller, self.outputs

    def _busy(self, busy: bool) -> None:
        """While an export or a Word copy is written or read: the two actions wait (a second
        export of the same file cannot start) and the cursor says the window is working."""
        if busy == self._busy_now:
            return
        self._busy_now = busy
        for action in self.menu.actions():
            if action.objectName() in ("exportDraftAction", "importWordCopyAction"):
                action.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _project_changed(self, changes: Changes) -> None:
        # Another project was opened (every slice changed, no edit): once the part is made,
        # a project that has a draft shows it.
        if self.controller is not None and changes.edit is None \
                and changes == Changes.everything():
            self._reveal_a_draft()

    def _reveal_a_draft(self) -> None:
        """Show the dock when the project has a draft: opening a project with the group's
        draft in it shows that draft, whatever the dock was last."""
        project = self.history.project
        if not project.store.closed and project.draft() is not None:
            self.dock.show()

    def finish(self) -> None:
        """Before the window closes: keep an open editor's text, let an export finish."""
        if self.panel is not None and self.outputs is not None:
            self.panel.view.finish_editing()
            self.outputs.wait(10000)

    def _with(self, use: Callable[[DraftController, DraftOutputs], object],
              reveal: bool = False) -> Slot:
        """A slot that makes the part if needed and then does `use` with it; `reveal` shows
        the dock first (the action changes the outline)."""
        def slot() -> None:
            made = self.build()
            if made is not None:
                if reveal:
                    self.dock.show()
                use(*made)
        return slot

    def load(self) -> None:
        """Show the project's draft (the part is made after the project was attached)."""
        assert self.model is not None and self.panel is not None and self.controller is not None
        self.model.reload()
        self.panel.versions.reload()
        self.panel.proposals.reload()
        self.panel.refresh_title()
        self.controller.mark_rows()

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
        return self._with(lambda c, _o: c.set_kind(kind, numbered))

    def _menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Utkast"), self.window)
        # Before Hjälp, which stays the last menu.
        last = bar.actions()[-1] if bar.actions() else None
        help_menu = last.menu() if last is not None else None
        if last is not None and isinstance(help_menu, QMenu) and any(
                a.objectName() == "aboutAction" for a in help_menu.actions()):
            bar.insertMenu(last, menu)
        else:
            bar.addMenu(menu)
        self.menu = menu
        for text, slot, name, keys in (
                (self.tr("Starta utkast från &basdokumentet"),
                 self._with(lambda c, _o: c.start(True), reveal=True), "startDraftAction", None),
                (self.tr("Starta &tom disposition"),
                 self._with(lambda c, _o: c.start(False), reveal=True),
                 "startEmptyDraftAction", None),
                (self.tr("Titel och &författare…"), self._with(lambda _c, o: o.edit_info()),
                 "draftInfoAction", None),
                (self.tr("S&läng utkastet…"), self._with(lambda _c, o: o.discard()),
                 "discardDraftAction", None),
                (None, None, "", None),
                (self.tr("&Ta markerad formulering till utkastet"),
                 self._with(lambda c, _o: c.adopt_current_cell(), reveal=True),
                 "adoptWordingAction", unique_keys("Ctrl+U")),
                (self.tr("&Ingen formulering för raden"),
                 self._with(lambda c, _o: c.drop_current_row(), reveal=True), "dropRowAction",
                 unique_keys("Ctrl+Shift+U")),
                (None, None, "", None),
                (self.tr("Spara &version…"), self._with(lambda _c, o: o.record_version()),
                 "recordVersionAction",
                 unique_keys("Ctrl+Alt+S")),
                (self.tr("&Jämför versioner…"), self._with(lambda _c, o: o.compare()),
                 "compareVersionsAction",
                 None),
                (None, None, "", None),
                (self.tr("&Exportera till Word…"), self._with(lambda _c, o: o.export()),
                 "exportDraftAction",
                 unique_keys("Ctrl+Alt+E")),
                (self.tr("&Läs in Word-kopia…"), self._with(lambda _c, o: o.import_word_copy()),
                 "importWordCopyAction",
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
            self._kind_actions.append(action)  # shortcuts of the panel, once it is made
            kinds.addAction(action)
        menu.addSeparator()
        show = self._action(self.tr("&Visa utkastet"), self.show_draft, "showDraftAction",
                            unique_keys("F6"))
        self.window.addAction(show)
        menu.addAction(show)

    def show_draft(self) -> None:
        """Bring the draft dock forward (Visa › Paneler › Utkast toggles it) with the outline
        focused."""
        self.build()
        self.dock.show()
        self.dock.raise_()
        if self.panel is not None:
            self.panel.view.setFocus()
