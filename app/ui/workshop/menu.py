"""The Workshop menu: workshop mode (F11), decisions on the current row, the decision filter,
and the coverage panel with its export.

The coverage dock is made with the window (so it takes its saved place); its panel and the
code it loads once the comparison has been painted (or when the panel is needed sooner), as
the draft's are: the dock is hidden at a first start, so none of it is on the way to the
first picture."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from app.core.decisions.model import DecisionStatus
from app.ui.comparison.controller import ComparisonController
from app.ui.dialogs import questions
from app.ui.draft.deferred import after_first_paint
from app.ui.history import EditHistory
from app.ui.tagging.controller import TaggingController
from app.ui.wording import decision_status_label

if TYPE_CHECKING:  # the workshop window and the coverage panel load when first needed
    from app.ui.coverage.panel import CoveragePanel
    from app.ui.workshop.window import WorkshopWindow
from app.ui.workshop.decisions import DecisionFilter, DecisionsController

Notify = Callable[[str, int], None]


def present(workshop: WorkshopWindow) -> None:
    """Full screen on the projector: a screen other than the main window's, if any."""
    parent = workshop.parentWidget()
    here = parent.screen() if parent is not None else None
    target = next((s for s in QGuiApplication.screens() if s is not here), here)
    if target is not None:
        workshop.setScreen(target)
        workshop.setGeometry(target.geometry())
    workshop.showFullScreen()
    workshop.activateWindow()
    workshop.setFocus()


class WorkshopMenu(QObject):
    """Builds the menu and the coverage dock on a window and opens workshop mode."""

    def __init__(self, window: QMainWindow, history: EditHistory,
                 comparison: ComparisonController, tagging: TaggingController,
                 notify: Notify) -> None:
        super().__init__(window)
        self.window, self.history, self.comparison = window, history, comparison
        self.tagging, self._notify = tagging, notify
        self.decisions = DecisionsController(history, comparison, tagging, notify, window)
        self.workshop: WorkshopWindow | None = None
        self._coverage: CoveragePanel | None = None
        self.dock = QDockWidget(self.tr("Täckning och luckor"), window)
        self.dock.setObjectName("coverageDock")
        self.dock.setWidget(QWidget(self.dock))  # the panel comes after the first paint
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.setVisible(False)
        # Shown before that (a saved window state): the panel is made at once.
        self.dock.visibilityChanged.connect(self._made_if_shown)
        after_first_paint(comparison.view.viewport(), self._make)
        menu = window.menuBar().addMenu(self.tr("&Workshop"))
        menu.setObjectName("workshopMenu")
        entries = [
            (self.tr("&Workshopläge (projektor)"), lambda: self.open_workshop(), "F11",
             "workshopAction"),
            None,
            (self.tr("&Beslut om raden…"), self.decisions.decide_current, "Ctrl+E",
             "decideAction"),
            (self.tr("&Ta bort radens beslut"), self.decisions.clear_current, "",
             "clearDecisionAction"),
            (self.tr("&Filtrera rader på beslut…"), self.choose_filter, "", "decisionFilterAction"),
            None,
            (self.tr("Täckning och &luckor"), self.show_coverage, "Ctrl+Shift+M",
             "coverageAction"),
            (self.tr("&Exportera täckning, taggar och beslut…"),
             lambda: self.coverage.export(), "", "exportCoverageAction"),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, slot, key, name = entry
            action = QAction(text, window)
            action.setObjectName(name)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            window.addAction(action)
            menu.addAction(action)

    @property
    def coverage(self) -> CoveragePanel:
        """The coverage panel, made (once) on first use."""
        if self._coverage is None:
            from app.ui.coverage.panel import CoveragePanel

            self._coverage = CoveragePanel(self.history, self.comparison, self._notify,
                                           self.window)
            self.dock.setWidget(self._coverage)
        return self._coverage

    def _make(self) -> None:
        if not self.history.project.store.closed:
            _ = self.coverage

    def _made_if_shown(self, visible: bool) -> None:
        if visible:
            self._make()

    def open_workshop(self, full_screen: bool = True) -> WorkshopWindow:
        """Open workshop mode on the current row (full screen on the projector)."""
        if self.workshop is not None:
            self.workshop.activateWindow()
            return self.workshop
        from app.ui.workshop.window import WorkshopWindow

        workshop = WorkshopWindow(self.history, self.comparison, self.tagging, self.decisions,
                                  self.window)
        workshop.left.connect(self._left)
        workshop.destroyed.connect(self._gone)
        self.workshop = workshop
        if full_screen:
            present(workshop)
        else:
            workshop.show()
        return workshop

    def _left(self, row: int) -> None:
        self.workshop = None  # closed: deleted later, never shown again
        if 0 <= row < len(self.comparison.model.alignment.rows):
            self.comparison.go_to_source_row(row)
        self.window.activateWindow()

    def _gone(self) -> None:
        self.workshop = None

    def close_workshop(self) -> None:
        if self.workshop is not None:
            self.workshop.close()

    def show_coverage(self) -> None:
        panel = self.coverage  # made before the dock shows, so the dock is sized for it
        self.dock.setVisible(True)
        self.dock.raise_()
        panel.table.setFocus()

    def choose_filter(self) -> None:
        options: list[tuple[str, DecisionFilter]] = [
            (self.tr("Alla rader"), None), (self.tr("Rader som väntar på beslut"), "undecided")]
        options += [(decision_status_label(s), s.value) for s in DecisionStatus]
        chosen = questions.choose_item(self.window, self.tr("Filtrera på beslut"),
                                       self.tr("Visa:"), [label for label, _ in options], 0)
        if chosen is not None:
            self.decisions.set_filter(options[chosen][1])
