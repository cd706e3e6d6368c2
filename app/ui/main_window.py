"""The main window: documents, the comparison, details, outline; menus, undo, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.documents.model import ClauseId, DocumentId, DocumentMeta
from app.core.project import SUFFIX as PROJECT_SUFFIX
from app.core.project import Project, ProjectError, ProjectLockedError
from app.ui.comparison_model import TEXT_ROLE, ComparisonModel, DifferenceFilter
from app.ui.comparison_view import ComparisonView
from app.ui.dialogs import ask_locked, ask_save_changes
from app.ui.documents_panel import DocumentsModel, DocumentsPanel
from app.ui.history import EditHistory
from app.ui.side_panels import DetailPanel, OutlinePanel, OverviewStrip, partners_of
from app.ui.workers import ImportTask

IMPORT_SUFFIXES = {".docx", ".pdf", ".odt", ".txt", ".md", ".markdown", ".html", ".htm"}
MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[str]:
    """Recently used project files that still exist, newest first."""
    value = settings.value("recent", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [p for p in items if Path(p).exists()]


class MainWindow(QMainWindow):
    """One window per open project."""

    def __init__(self, project: Project, workdir: Path, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workdir = workdir
        self.settings = settings
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # PDFium is not thread-safe: one import at a time
        self._tasks: list[ImportTask] = []
        self.setAcceptDrops(True)
        self.comparison = ComparisonModel(self)
        self.proxy = DifferenceFilter(self)
        self.proxy.setSourceModel(self.comparison)
        self.view = ComparisonView(self)
        self.view.setModel(self.proxy)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.overview = OverviewStrip(self)
        self.overview.row_requested.connect(self.go_to_source_row)
        self.find_bar = QLineEdit(self)
        self.find_bar.setObjectName("findBar")
        self.find_bar.setPlaceholderText(self.tr("Sök i klausuler (Enter = nästa träff)"))
        self.find_bar.setAccessibleName(self.tr("Sök"))
        self.find_bar.returnPressed.connect(self.find_next)
        self.find_bar.setVisible(False)
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
        self.documents_model = DocumentsModel(self)
        self.documents_model.edit_requested.connect(self._edit_meta)
        self.documents_panel = DocumentsPanel(self.documents_model, self)
        self.documents_panel.add_requested.connect(self.add_documents)
        self.documents_panel.cancel_requested.connect(self.cancel_imports)
        self.detail = DetailPanel(self)
        self.outline = OutlinePanel(self)
        self.outline.jump_requested.connect(lambda cid: self.go_to_clause(ClauseId(cid)))
        self._dock("documentsDock", self.tr("Dokument"), self.documents_panel,
                   Qt.DockWidgetArea.LeftDockWidgetArea)
        self.documents_panel.setMinimumWidth(320)
        self._dock("outlineDock", self.tr("Rubriker"), self.outline,
                   Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("detailDock", self.tr("Detaljer"), self.detail,
                   Qt.DockWidgetArea.BottomDockWidgetArea)
        self.project = project
        self.history = EditHistory(project, self)
        self.history.changes_applied.connect(self.refresh)
        self.history.failed.connect(self.show_error)
        self.history.stack.cleanChanged.connect(self._clean_changed)
        self._build_actions()
        self._attach(project)
        self.statusBar().showMessage(self.tr("Klar"))
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
            docks = [self.findChild(QDockWidget, "detailDock")]
            self.resizeDocks(docks, [170], Qt.Orientation.Vertical)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # -- construction ---------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)

    def _action(self, text: str, slot: object, shortcuts: list[QKeySequence] | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        menu.addAction(self._action(self.tr("&Nytt projekt"), self.new_project,
                                    [QKeySequence(keys.New)], "newAction"))
        menu.addAction(self._action(self.tr("&Öppna…"), self.open_dialog,
                                    [QKeySequence(keys.Open)], "openAction"))
        self.recent_menu = menu.addMenu(self.tr("Öppna &senaste"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_action = self._action(self.tr("&Spara"), self.save, [QKeySequence(keys.Save)],
                                        "saveAction")
        menu.addAction(self.save_action)
        menu.addAction(self._action(self.tr("Spara &som…"), self.save_as,
                                    [QKeySequence(keys.SaveAs), QKeySequence("Ctrl+Shift+S")],
                                    "saveAsAction"))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Lägg till dokument…"), self.add_documents,
                                    [QKeySequence("Ctrl+I")], "addDocumentsAction"))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Avsluta"), self.close,
                                    [QKeySequence(keys.Quit), QKeySequence("Ctrl+Q")],
                                    "quitAction"))
        edit = self.menuBar().addMenu(self.tr("&Redigera"))
        self.undo_action = self.history.stack.createUndoAction(self, self.tr("Ångra"))
        self.undo_action.setShortcuts([QKeySequence(keys.Undo)])
        self.redo_action = self.history.stack.createRedoAction(self, self.tr("Gör om"))
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y"),
                                       QKeySequence("Ctrl+Shift+Z")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Sök…"), self.show_find, [QKeySequence(keys.Find)],
                                    "findAction"))
        view = self.menuBar().addMenu(self.tr("&Visa"))
        view.addAction(self._action(self.tr("&Nästa skillnad"), self.next_difference,
                                    [QKeySequence("F8"), QKeySequence("Alt+Down")],
                                    "nextDifferenceAction"))
        view.addAction(self._action(self.tr("&Föregående skillnad"), self.previous_difference,
                                    [QKeySequence("Shift+F8"), QKeySequence("Alt+Up")],
                                    "previousDifferenceAction"))
        self.only_differences = self._action(self.tr("Visa &bara skillnader"),
                                             self._toggle_filter, [QKeySequence("Ctrl+D")],
                                             "onlyDifferencesAction")
        self.only_differences.setCheckable(True)
        view.addAction(self.only_differences)
        view.addSeparator()
        view.addAction(self._action(self.tr("Välj &basdokument…"), self.choose_base,
                                    [QKeySequence("Ctrl+B")], "chooseBaseAction"))
        view.addAction(self._action(self.tr("&Dölj eller visa dokument…"), self.toggle_hidden,
                                    [QKeySequence("Ctrl+H")], "hideDocumentAction"))
        language = view.addMenu(self.tr("&Språk"))
        for code, label in (("sv", "Svenska"), ("en", "English")):
            language.addAction(self._action(label, lambda _=False, c=code: self.set_language(c),
                                            None, f"language_{code}"))
        compare = self.menuBar().addMenu(self.tr("&Jämförelse"))
        compare.addAction(self._action(self.tr("&Länka markerade klausuler"), self.link_selected,
                                       [QKeySequence("Ctrl+L")], "linkAction"))
        compare.addAction(self._action(self.tr("&Ta bort länk"), self.unlink_selected,
                                       [QKeySequence("Ctrl+Shift+L")], "unlinkAction"))
        compare.addAction(self._action(self.tr("Lås &raden"), self.pin_current_row,
                                       [QKeySequence("Ctrl+Shift+P")], "pinRowAction"))
        toolbar = QToolBar(self.tr("Verktyg"), self)
        toolbar.setObjectName("mainToolbar")
        for name in ("addDocumentsAction", "saveAction", "previousDifferenceAction",
                     "nextDifferenceAction", "onlyDifferencesAction", "linkAction",
                     "unlinkAction"):
            toolbar.addAction(self.findChild(QAction, name))
        toolbar.insertAction(self.findChild(QAction, "previousDifferenceAction"),
                             self.undo_action)
        self.addToolBar(toolbar)

    # -- project --------------------------------------------------------------------------
    def _attach(self, project: Project) -> None:
        self.project = project
        self.history.project = project
        self.history.stack.clear()
        self.save_action.setEnabled(not project.read_only)
        self.refresh(Changes.of("documents", "alignment", "settings", "links"))
        self._update_title()

    def refresh(self, changes: Changes) -> None:
        """Reload the parts of the window an edit touched."""
        project = self.project
        if changes.flags & {"documents", "settings"}:
            self.documents_model.load(project.documents(), project.base_document())
        if changes.flags & {"documents", "alignment", "links", "settings"}:
            documents = project.documents()
            alignment = project.alignment()
            self.comparison.load(documents, alignment, project.hidden_documents())
            self.view.relayout()
            self.overview.load(alignment)
            base = project.base_document()
            self.outline.load(next((d for d in documents if d.id == base), None))
        self._update_title()

    def _project_name(self) -> str:
        return self.project.path.name if self.project.path else self.tr("Namnlöst projekt")

    def _update_title(self) -> None:
        name = self._project_name()
        suffix = " " + self.tr("(skrivskyddat)") if self.project.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — Klausul")
        self.setWindowModified(self.is_modified())

    def is_modified(self) -> bool:
        """Unsaved changes: edits since the last save (undoing back to it counts as none)."""
        stack = self.history.stack
        return self.project.modified and (not stack.isClean() or stack.count() == 0)

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Klausul"), message)

    def _edit_meta(self, document_id: str, title: str, meta: DocumentMeta) -> None:
        self.history.push(self.project.set_meta(DocumentId(document_id), title, meta))

    # -- files ----------------------------------------------------------------------------
    def new_project(self) -> None:
        if not self._may_discard():
            return
        self._replace_project(Project.new(self.workdir))

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna projekt"), "",
                                              self.tr("Klausul-projekt (*.klausul)"))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a project file, asking what to do when someone else has it open."""
        if not self._may_discard():
            return False
        try:
            project = Project.open(path, self.workdir)
        except ProjectLockedError as exc:
            choice = ask_locked(self, path.name, exc.owner)
            if choice == "cancel":
                return False
            try:
                project = Project.open(path, self.workdir, mode=choice)
            except ProjectError as error:
                self.show_error(str(error))
                return False
        except ProjectError as exc:
            self.show_error(str(exc))
            return False
        self._replace_project(project)
        self._remember(path)
        return True

    def _replace_project(self, project: Project) -> None:
        old = self.project
        self._attach(project)
        old.close()

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self.recent_files()
                                          if p != str(path.resolve())]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def recent_files(self) -> list[str]:
        """Recently used project files that still exist."""
        return recent_files(self.settings)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(inga)")).setEnabled(False)

    def save(self) -> bool:
        if self.project.path is None or self.project.read_only:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Spara projekt"), "",
                                              self.tr("Klausul-projekt (*.klausul)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        try:
            self.project.save(path)
        except ProjectError as exc:
            self.show_error(str(exc))
            return False
        self.history.stack.setClean()
        if self.project.path is not None:
            self._remember(self.project.path)
        self.save_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Sparat"), 4000)
        self._update_title()
        return True

    def _may_discard(self) -> bool:
        if not self.is_modified() or self.project.read_only:
            return True
        choice = ask_save_changes(self, self._project_name())
        return choice == "discard" or (choice == "save" and self.save())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.cancel_imports()
        self.pool.waitForDone(5000)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.project.close()
        event.accept()

    # -- importing ------------------------------------------------------------------------
    def add_documents(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Lägg till dokument"), "",
            self.tr("Överenskommelser (*.docx *.pdf *.odt *.txt *.md *.html *.htm);;"
                    "Alla filer (*)"))
        self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        """Import files in the background; each success is one undoable edit."""
        for path in paths:
            task = ImportTask(self.project, path)
            task.setAutoDelete(False)
            task.signals.finished.connect(lambda edit, t=task: self._imported(t, edit))
            task.signals.failed.connect(lambda message, t=task: self._import_failed(t, message))
            self._tasks.append(task)
            self.pool.start(task)
        self.documents_panel.show_progress(len(self._tasks))

    def _imported(self, task: ImportTask, edit: object) -> None:
        self._finish_task(task)
        if task.cancel.cancelled:  # finished just before the user cancelled
            return
        if self.project.read_only:
            self.show_error(self.tr("Projektet är öppnat skrivskyddat"))
            return
        self.history.push(edit)  # type: ignore[arg-type]
        self.statusBar().showMessage(self.tr("Importerade %1").replace("%1", task.path.name),
                                     5000)

    def _import_failed(self, task: ImportTask, message: str) -> None:
        self._finish_task(task)
        self.documents_panel.status.setText(message)
        self.show_error(message)

    def _finish_task(self, task: ImportTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self.documents_panel.show_progress(len(self._tasks))

    def cancel_imports(self) -> None:
        for task in self._tasks:
            task.cancel.cancel()
        self.pool.clear()
        self._tasks.clear()  # a late result is dropped by its cancel flag (see _imported)
        self.documents_panel.show_progress(0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    @staticmethod
    def _dropped_paths(urls: list[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES]

    # -- navigation -----------------------------------------------------------------------
    def _current_source_row(self) -> int:
        current = self.view.currentIndex()
        return self.proxy.mapToSource(current).row() if current.isValid() else -1

    def go_to_source_row(self, row: int, column: int | None = None) -> None:
        """Select a row of the comparison (by alignment row) and scroll to it."""
        if column is None:
            # The first document that has a clause in the row, so the detail panel shows it.
            column = next((c for c in range(1, self.comparison.columnCount())
                           if self.comparison.clauses_at(row, c)), 1)
        source = self.comparison.index(row, column)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.only_differences.setChecked(False)
            self._toggle_filter()
            index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, ComparisonView.ScrollHint.PositionAtCenter)

    def go_to_clause(self, clause_id: ClauseId) -> None:
        row = self.comparison.row_of_clause(clause_id)
        if row is not None:
            self.go_to_source_row(row)

    def next_difference(self) -> None:
        row = self.comparison.alignment.next_difference(self._current_source_row())
        if row is None:
            self.statusBar().showMessage(self.tr("Inga fler skillnader"), 3000)
        else:
            self.go_to_source_row(row)

    def previous_difference(self) -> None:
        current = self._current_source_row()
        start = current if current >= 0 else len(self.comparison.alignment.rows)
        row = self.comparison.alignment.previous_difference(start)
        if row is None:
            self.statusBar().showMessage(self.tr("Inga tidigare skillnader"), 3000)
        else:
            self.go_to_source_row(row)

    def _toggle_filter(self) -> None:
        self.proxy.set_only_differences(self.only_differences.isChecked())

    def show_find(self) -> None:
        self.find_bar.setVisible(True)
        self.find_bar.setFocus()
        self.find_bar.selectAll()

    def find_next(self) -> None:
        """Select the next row whose text contains the search words."""
        needle = self.find_bar.text().casefold().strip()
        if not needle:
            return
        rows = self.comparison.rowCount()
        start = self._current_source_row()
        for step in range(1, rows + 1):
            row = (start + step) % rows
            for column in range(1, self.comparison.columnCount()):
                text = str(self.comparison.index(row, column).data(TEXT_ROLE) or "")
                if needle in text.casefold():
                    self.go_to_source_row(row, column)
                    return
        self.statusBar().showMessage(self.tr("Ingen träff"), 3000)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        clauses = self.comparison.clauses_at(source.row(), source.column())
        document = self.comparison.document_at(source.column())
        if not clauses or document is None:
            self.detail.show_nothing()
            return
        documents = self.project.documents()
        partners = partners_of(self.comparison.alignment, documents, clauses[0].id)
        self.detail.show_clause(document, clauses[0], partners)

    # -- comparison edits -----------------------------------------------------------------
    def _selected_cells(self) -> list[tuple[int, int]]:
        cells = []
        for index in self.view.selectionModel().selectedIndexes():
            source = self.proxy.mapToSource(index)
            if source.column() > 0 and self.comparison.clauses_at(source.row(), source.column()):
                cells.append((source.row(), source.column()))
        return sorted(set(cells))

    def link_selected(self) -> None:
        """Link the clauses selected in two different documents into one row."""
        cells = self._selected_cells()
        columns = {c for _, c in cells}
        if len(cells) != 2 or len(columns) != 2:
            self.show_error(self.tr("Markera en klausul i vardera av två dokument "
                                    "(Ctrl+klick) och länka dem."))
            return
        (row_a, col_a), (row_b, col_b) = cells
        if row_a == row_b:
            self.statusBar().showMessage(self.tr("Klausulerna står redan på samma rad"), 4000)
            return
        base_column = self.comparison.column_of(self.comparison.alignment.base)
        if col_b == base_column:
            (row_a, col_a), (row_b, col_b) = (row_b, col_b), (row_a, col_a)
        first = self.comparison.clauses_at(row_a, col_a)[0].id
        second = self.comparison.clauses_at(row_b, col_b)[0].id
        self.history.push(self.project.link(first, second))
        self.go_to_clause(first)

    def unlink_selected(self) -> None:
        """Separate the selected clause from the base clause of its row."""
        cells = self._selected_cells()
        base_column = self.comparison.column_of(self.comparison.alignment.base)
        targets = [(r, c) for r, c in cells if c != base_column]
        if not targets or base_column is None:
            self.show_error(self.tr("Markera den klausul som inte hör till raden."))
            return
        row, column = targets[0]
        base_clauses = self.comparison.clauses_at(row, base_column)
        if not base_clauses:
            self.show_error(self.tr("Raden har ingen klausul i basdokumentet."))
            return
        clause = self.comparison.clauses_at(row, column)[0].id
        self.history.push(self.project.unlink(base_clauses[0].id, clause))

    def pin_current_row(self) -> None:
        """Keep the current row's pairing through realignment (its clauses linked by hand)."""
        row = self._current_source_row()
        if row < 0:
            self.show_error(self.tr("Markera en rad först."))
            return
        edit = self.project.pin_row(self.comparison.alignment.rows[row])
        if edit is None:
            self.statusBar().showMessage(self.tr("Raden har bara en klausul: inget att låsa"),
                                         4000)
            return
        clause = next(c for cell in self.comparison.alignment.rows[row].cells for c in cell)
        self.history.push(edit)
        self.go_to_clause(clause)

    def choose_base(self) -> None:
        documents = self.project.documents()
        if not documents:
            return
        titles = [d.title for d in documents]
        current = next((i for i, d in enumerate(documents)
                        if d.id == self.project.base_document()), 0)
        title, ok = QInputDialog.getItem(self, self.tr("Basdokument"),
                                         self.tr("Jämför mot:"), titles, current, False)
        if ok:
            self.history.push(self.project.set_base(documents[titles.index(title)].id))

    def toggle_hidden(self) -> None:
        documents = self.project.documents()
        if not documents:
            return
        hidden = self.project.hidden_documents()
        hidden_label, shown_label = self.tr("%1 (dold)"), self.tr("%1 (visas)")
        labels = [(hidden_label if d.id in hidden else shown_label).replace("%1", d.title)
                  for d in documents]
        label, ok = QInputDialog.getItem(self, self.tr("Dölj eller visa"),
                                         self.tr("Dokument:"), labels, 0, False)
        if ok:
            document = documents[labels.index(label)]
            self.history.push(self.project.set_hidden(document.id, document.id not in hidden))

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        # Shown in the language just chosen, since that is the one the user reads.
        message = {"sv": "Språket byts när Klausul startas om.",
                   "en": "The language changes when Klausul restarts."}[code]
        QMessageBox.information(self, "Klausul", message)
