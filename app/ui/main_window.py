"""The main window: assembles the comparison, the documents, outline and detail panels, the
menus and the controllers that do the work; holds no project logic of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.alignment.comparison import IGNORE_FIELDS, Comparison, RowFilter, ignoring
from app.core.changes import Changes
from app.core.documents.model import ClauseId, DocumentId
from app.core.project import Project
from app.ui.actions import ActionBuilder, Slot
from app.ui.comparison.controller import ComparisonController
from app.ui.comparison.detail_panel import DetailPanel
from app.ui.comparison.find_bar import FindBar, Search
from app.ui.comparison.model import ComparisonModel, RowFilterProxy
from app.ui.comparison.navigation_bar import NavigationBar
from app.ui.comparison.outline_panel import OutlinePanel
from app.ui.comparison.overview_strip import OverviewStrip
from app.ui.comparison.view import ComparisonView
from app.ui.dialogs import questions
from app.ui.documents.commands import DocumentCommands
from app.ui.documents.panel import DocumentsModel, DocumentsPanel
from app.ui.draft.window import DraftWindowPart
from app.ui.export import ReportExport
from app.ui.geometry import first_geometry
from app.ui.history import EditHistory
from app.ui.imports import ImportController, dropped_paths, import_filter
from app.ui.project_files import ProjectFiles, recent_files
from app.ui.tagging.controller import TaggingController
from app.ui.tagging.menu import TaggingMenu
from app.ui.tagging.panel import TagPanel
from app.ui.workshop.menu import WorkshopMenu

__all__ = ["MainWindow", "recent_files"]
BUSY_CUE_DELAY_MS = 200


class MainWindow(QMainWindow):
    """One window per open project."""

    def __init__(self, project: Project, workdir: Path, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workdir = workdir
        self.settings = settings
        self.setAcceptDrops(True)
        self.history = EditHistory(project, self)
        self.history.failed.connect(self.show_error)
        self.comparison = ComparisonModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.comparison)
        self.view = ComparisonView(self)
        self.view.setModel(self.proxy)
        self.overview = OverviewStrip(self)
        self.overview.attach(self.view)
        self.find_panel = FindBar(self)
        self.find_bar: QLineEdit = self.find_panel.field
        self.navigation = NavigationBar(self)
        self._build_centre()
        self.documents_model = DocumentsModel(self.history, self)
        self.documents_panel = DocumentsPanel(self.documents_model, self)
        self.documents_panel.add_requested.connect(self.add_documents)
        self.detail = DetailPanel(self)
        self.outline = OutlinePanel(self.history, self)
        self.outline.jump_requested.connect(lambda cid: self.go_to_clause(ClauseId(cid)))
        docks = [self._dock("documentsDock", self.tr("Dokument"), self.documents_panel,
                            Qt.DockWidgetArea.LeftDockWidgetArea),
                 self._dock("outlineDock", self.tr("Rubriker"), self.outline,
                            Qt.DockWidgetArea.LeftDockWidgetArea),
                 self._dock("detailDock", self.tr("Detaljer"), self.detail,
                            Qt.DockWidgetArea.BottomDockWidgetArea)]
        self.documents_panel.setMinimumWidth(260)
        self.controller = ComparisonController(
            self.history, self.comparison, self.proxy, self.view, self.overview, self.detail,
            self.notify, lambda message: self.show_error(message), self)
        self.tagging = TaggingController(self.history, self.comparison, self.proxy, self.view,
                                         settings, self.notify, self)
        self.tag_panel = TagPanel(self.tagging, self)
        docks.append(self._dock("tagsDock", self.tr("Taggar"), self.tag_panel,
                                Qt.DockWidgetArea.BottomDockWidgetArea))
        self.search = Search(self.find_panel, self.comparison, self.proxy, self.view,
                             self.controller.go_to_source_row, self.notify, self)
        self.imports = ImportController(self.history, self.documents_panel, self.notify,
                                        lambda message: self.show_error(message), self)
        self.commands = DocumentCommands(self, self.history)
        self.documents_panel.remove_requested.connect(
            lambda document: self.commands.remove(DocumentId(document)))
        self.documents_panel.base_requested.connect(
            lambda document: self.commands.make_base(DocumentId(document)))
        self.export = ReportExport(self, self._shown_comparison, self.notify,
                                   lambda message: self.show_error(message))
        self._build_busy_cue()
        builder = ActionBuilder(self)
        actions = builder.build(
            self.history, self._slots(), [d.toggleViewAction() for d in docks],
            str(settings.value("language", "sv")), self.set_language, self._set_ignored)
        self.window_actions = actions
        self.save_action, self.undo_action = actions.save, actions.undo
        self.redo_action, self.only_differences = actions.redo, actions.only_differences
        actions.rows_menu.aboutToShow.connect(self._fill_rows_menu)
        self._connect_comparison()
        self.tagging_menu = TaggingMenu(self, self.tagging)
        self.workshop = WorkshopMenu(self, self.history, self.controller, self.tagging,
                                     self.notify)
        self.draft = DraftWindowPart(self, self.history, self.controller, self.view, self.notify,
                                     lambda message: self.show_error(message))
        builder.add_help_menu()
        self._list_panels()
        self.files = ProjectFiles(self, self.history, settings, workdir, self.save_action,
                                  self.notify, lambda message: self.show_error(message),
                                  self._before_replace)
        actions.recent_menu.aboutToShow.connect(
            lambda: self.files.fill_recent(actions.recent_menu))
        self.files.attach(project)
        self.statusBar().showMessage(self.tr("Klar"))
        self._maximise = False
        self._restore_geometry()

    # -- construction ---------------------------------------------------------------------
    def _build_centre(self) -> None:
        central = QWidget(self)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_panel)
        layout.addLayout(body, 1)
        layout.addWidget(self.navigation)
        self.setCentralWidget(central)

    def _connect_comparison(self) -> None:
        controller = self.controller
        controller.position_changed.connect(self.navigation.set_position)
        controller.shown.connect(self._comparison_shown)
        self.navigation.filter_requested.connect(controller.set_filter)
        self.proxy.filter_changed.connect(self._filter_changed)

    def _comparison_shown(self) -> None:
        comparison = self.comparison.comparison
        self.navigation.set_documents(
            [(comparison.alignment.document_ids[i], comparison.names[i])
             for i in comparison.visible() if i != comparison.base])
        for field, action in self.window_actions.ignore.items():
            action.setChecked(bool(getattr(comparison.options, field)))

    def _filter_changed(self, row_filter: RowFilter) -> None:
        self.navigation.show_filter(row_filter)
        self.only_differences.setChecked(row_filter.kind == "differences")

    def _fill_rows_menu(self) -> None:
        self.navigation.fill_menu(self.window_actions.rows_menu, self.proxy.row_filter,
                                  self.controller.set_filter)

    def _build_busy_cue(self) -> None:
        """A progress bar and a cancel button in the status bar while a realignment runs."""
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("alignmentProgress")
        self.busy_bar.setAccessibleName(self.tr("Jämför dokumenten"))
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        self.busy_cancel = QPushButton(self.tr("Avbryt"), self)
        self.busy_cancel.setObjectName("cancelAlignment")
        self.busy_cancel.setVisible(False)
        self.busy_cancel.clicked.connect(self.controller.cancel)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.busy_cancel)
        self.controller.busy_changed.connect(self._busy)
        self.controller.progress.connect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.busy_bar.setRange(0, total)
        self.busy_bar.setValue(done)

    def _busy(self, busy: bool) -> None:
        if busy:
            # Shown only if the work lasts: a quick realignment should not flicker.
            QTimer.singleShot(BUSY_CUE_DELAY_MS, self._show_busy)
            return
        self.busy_bar.setVisible(False)
        self.busy_cancel.setVisible(False)
        if self.statusBar().currentMessage() == self.tr("Jämför dokumenten…"):
            self.statusBar().clearMessage()

    def _show_busy(self) -> None:
        if not self.controller.busy:
            return
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(True)
        self.busy_cancel.setVisible(True)
        self.statusBar().showMessage(self.tr("Jämför dokumenten…"))

    def _slots(self) -> dict[str, Slot]:
        c, d = self.controller, self.commands
        return {"new": lambda: self.files.new_project(), "open": lambda: self.files.open_dialog(),
                "save": self.save, "save_as": lambda: self.files.save_as(),
                "add_documents": self.add_documents, "remove_document": d.choose_removal,
                "export": self.export.export, "quit": self.close,
                "find": self.show_find, "find_next": lambda: self.search.step_open(1),
                "find_previous": lambda: self.search.step_open(-1), "next": c.next_difference,
                "previous": c.previous_difference, "only_differences": self._toggle_filter,
                "choose_base": d.choose_base, "toggle_hidden": d.toggle_hidden,
                "link": c.link_selected, "unlink": c.unlink_selected, "pin": c.pin_current_row,
                "forget": c.forget_selected}

    def _list_panels(self) -> None:
        """Every dock in Visa › Paneler, those other parts of the window added too."""
        menu = self.window_actions.panels_menu
        listed = set(menu.actions())
        toolbar = self.window_actions.toolbar.toggleViewAction()
        for dock in self.findChildren(QDockWidget):
            if dock.toggleViewAction() not in listed:
                menu.insertAction(toolbar, dock.toggleViewAction())

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
              ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt moves it back onto a screen that is there
        else:
            screen = self.screen()
            client, self._maximise = first_geometry(screen.availableGeometry())
            self.setGeometry(client)
            detail = self.findChild(QDockWidget, "detailDock")
            documents = self.findChild(QDockWidget, "documentsDock")
            if detail is not None and documents is not None:
                self.resizeDocks([detail], [150], Qt.Orientation.Vertical)
                self.resizeDocks([documents], [340], Qt.Orientation.Horizontal)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def show_window(self) -> None:
        """Show the window as the app opens it: maximised at a first start on a screen too
        small for the preferred size, else as placed (tests call show() and size it)."""
        if self._maximise:
            self.showMaximized()
        else:
            self.show()

    # -- the project ----------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.history.project

    @property
    def pool(self) -> QThreadPool:
        """The import pool (one file at a time)."""
        return self.imports.pool

    def refresh(self, changes: Changes) -> None:
        """Announce changes made outside the undo stack; every view reloads its slice."""
        self.history.changes_applied.emit(changes)

    def is_modified(self) -> bool:
        return self.files.is_modified()

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path)

    def save(self) -> bool:
        return self.files.save()

    def recent_files(self) -> list[str]:
        return recent_files(self.settings)

    def _replace_project(self, project: Project) -> None:
        self.files.replace(project)

    def _before_replace(self) -> None:
        self.imports.cancel()
        self.controller.cancel_quietly()

    def _shown_comparison(self) -> Comparison | None:
        """What the table shows, if it shows the project as it stands (not while a
        realignment is under way)."""
        if self.controller.busy:
            return None
        return self.comparison.comparison

    def notify(self, message: str, msecs: int = 4000) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, msecs)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Klausul"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.draft.finish()  # an open editor's text kept, a running export finished
        if not self.files.may_discard():
            event.ignore()
            return
        self.workshop.close_workshop()
        self.imports.cancel()
        self.imports.pool.waitForDone(5000)
        self.controller.cancel_quietly()
        self.tagging.cancel_quietly()
        self.export.wait()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.project.close()
        event.accept()

    # -- documents ------------------------------------------------------------------------
    def add_documents(self) -> None:
        paths = questions.choose_open_paths(
            self, self.tr("Lägg till dokument"),
            self.tr("Överenskommelser %1;;Alla filer (*)").replace("%1", import_filter()))
        self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        self.imports.import_files(paths)

    def cancel_imports(self) -> None:
        self.imports.cancel()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def choose_base(self) -> None:
        self.commands.choose_base()

    def toggle_hidden(self) -> None:
        self.commands.toggle_hidden()

    # -- the comparison -------------------------------------------------------------------
    def _current_source_row(self) -> int:
        return self.controller.current_source_row()

    def go_to_source_row(self, row: int, column: int | None = None) -> None:
        self.controller.go_to_source_row(row, column)

    def go_to_clause(self, clause_id: ClauseId) -> None:
        self.controller.go_to_clause(clause_id)

    def next_difference(self) -> None:
        self.controller.next_difference()

    def _toggle_filter(self) -> None:
        self.controller.set_filter(RowFilter("differences" if self.only_differences.isChecked()
                                             else "all"))

    def _set_ignored(self, field: str, ignored: bool) -> None:
        options = self.project.comparison.options()
        if getattr(options, field) != ignored:
            kept = [f for f in IGNORE_FIELDS if (ignored if f == field else getattr(options, f))]
            self.history.push(self.project.comparison.set_options(ignoring(*kept)))

    def show_find(self) -> None:
        self.search.open()

    def find_next(self) -> None:
        self.search.next()

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        for language, action in self.window_actions.languages.items():
            action.setChecked(language == code)
        # Shown in the language just chosen, since that is the one the user reads.
        message = {"sv": "Språket byts när Klausul startas om.",
                   "en": "The language changes when Klausul restarts."}[code]
        QMessageBox.information(self, "Klausul", message)
