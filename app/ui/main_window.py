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

from app.core.changes import Changes
from app.core.documents.model import ClauseId
from app.core.project import Project
from app.ui.actions import ActionBuilder, Slot
from app.ui.comparison.controller import ComparisonController
from app.ui.comparison.detail_panel import DetailPanel
from app.ui.comparison.model import ComparisonModel, DifferenceFilter
from app.ui.comparison.outline_panel import OutlinePanel
from app.ui.comparison.overview_strip import OverviewStrip
from app.ui.comparison.view import ComparisonView
from app.ui.dialogs import questions
from app.ui.documents.panel import DocumentsModel, DocumentsPanel
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
        self.proxy = DifferenceFilter(self)
        self.proxy.setSourceModel(self.comparison)
        self.view = ComparisonView(self)
        self.view.setModel(self.proxy)
        self.overview = OverviewStrip(self)
        self.find_bar = QLineEdit(self)
        self.find_bar.setObjectName("findBar")
        self.find_bar.setPlaceholderText(self.tr("Sök i klausuler (Enter = nästa träff)"))
        self.find_bar.setAccessibleName(self.tr("Sök"))
        self.find_bar.setVisible(False)
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
        self.documents_panel.setMinimumWidth(320)
        self.controller = ComparisonController(
            self.history, self.comparison, self.proxy, self.view, self.overview, self.detail,
            self.notify, lambda message: self.show_error(message), self)
        self.tagging = TaggingController(self.history, self.comparison, self.proxy, self.view,
                                         settings, self.notify, self)
        self.tag_panel = TagPanel(self.tagging, self)
        docks.append(self._dock("tagsDock", self.tr("Taggar"), self.tag_panel,
                                Qt.DockWidgetArea.BottomDockWidgetArea))
        self.imports = ImportController(self.history, self.documents_panel, self.notify,
                                        lambda message: self.show_error(message), self)
        self.find_bar.returnPressed.connect(self.find_next)
        self._build_busy_cue()
        builder = ActionBuilder(self)
        actions = builder.build(self.history, self._slots(), docks, self.set_language)
        self.save_action, self.undo_action = actions.save, actions.undo
        self.redo_action, self.only_differences = actions.redo, actions.only_differences
        self.proxy.filter_cleared.connect(lambda: self.only_differences.setChecked(False))
        self.tagging_menu = TaggingMenu(self, self.tagging)
        self.workshop = WorkshopMenu(self, self.history, self.controller, self.tagging,
                                     self.notify)
        builder.add_help_menu()
        self.files = ProjectFiles(self, self.history, settings, workdir, self.save_action,
                                  self.notify, lambda message: self.show_error(message),
                                  self.imports.cancel)
        actions.recent_menu.aboutToShow.connect(
            lambda: self.files.fill_recent(actions.recent_menu))
        self.files.attach(project)
        self.statusBar().showMessage(self.tr("Klar"))
        self._restore_geometry()

    # -- construction ---------------------------------------------------------------------
    def _build_centre(self) -> None:
        central = QWidget(self)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

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
        c = self.controller
        return {"new": lambda: self.files.new_project(), "open": lambda: self.files.open_dialog(),
                "save": self.save, "save_as": lambda: self.files.save_as(),
                "add_documents": self.add_documents, "quit": self.close,
                "find": self.show_find, "next": c.next_difference,
                "previous": c.previous_difference, "only_differences": self._toggle_filter,
                "choose_base": self.choose_base, "toggle_hidden": self.toggle_hidden,
                "link": c.link_selected,
                "unlink": c.unlink_selected, "pin": c.pin_current_row}

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
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
            detail = self.findChild(QDockWidget, "detailDock")
            if detail is not None:
                self.resizeDocks([detail], [170], Qt.Orientation.Vertical)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

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

    def notify(self, message: str, msecs: int = 4000) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, msecs)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Klausul"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard():
            event.ignore()
            return
        self.workshop.close_workshop()
        self.imports.cancel()
        self.imports.pool.waitForDone(5000)
        self.controller.cancel_quietly()
        self.tagging.wait(10000)
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
        documents = self.project.documents()
        if not documents:
            return
        current = self.project.alignment.base_index()
        chosen = questions.choose_item(self, self.tr("Basdokument"), self.tr("Jämför mot:"),
                                       [d.title for d in documents], current)
        if chosen is not None:
            self.history.push(self.project.alignment.set_base(documents[chosen].id))

    def toggle_hidden(self) -> None:
        documents = self.project.documents()
        if not documents:
            return
        hidden = self.project.documents.hidden()
        hidden_label, shown_label = self.tr("%1 (dold)"), self.tr("%1 (visas)")
        labels = [(hidden_label if d.id in hidden else shown_label).replace("%1", d.title)
                  for d in documents]
        chosen = questions.choose_item(self, self.tr("Dölj eller visa"), self.tr("Dokument:"),
                                       labels, 0)
        if chosen is not None:
            document = documents[chosen]
            self.history.push(self.project.documents.set_hidden(document.id,
                                                                document.id not in hidden))

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
        self.proxy.set_only_differences(self.only_differences.isChecked())

    def show_find(self) -> None:
        self.find_bar.setVisible(True)
        self.find_bar.setFocus()
        self.find_bar.selectAll()

    def find_next(self) -> None:
        self.controller.find_next(self.find_bar.text())

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        # Shown in the language just chosen, since that is the one the user reads.
        message = {"sv": "Språket byts när Klausul startas om.",
                   "en": "The language changes when Klausul restarts."}[code]
        QMessageBox.information(self, "Klausul", message)
