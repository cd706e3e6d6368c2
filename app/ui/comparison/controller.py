"""The comparison's controller: keeps the table, overview and details in step with the project,
realigns in a worker with a busy cue, and turns the user's selections into core edits."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QModelIndex, QObject, QThreadPool, QTimer, Signal

from app.core.alignment.manager import AlignmentJob, LinkRefusal
from app.core.alignment.model import Alignment
from app.core.changes import Changes
from app.core.documents.model import ClauseId
from app.core.edit import Edit
from app.ui.comparison.detail_panel import DetailPanel
from app.ui.comparison.model import TEXT_ROLE, ComparisonModel, DifferenceFilter
from app.ui.comparison.overview_strip import OverviewStrip
from app.ui.comparison.view import ComparisonView
from app.ui.history import EditHistory
from app.ui.wording import refusal_text
from app.ui.workers import AlignTask, CancelFlag

Notify = Callable[[str, int], None]  # a status-bar message and how long it shows (ms)


class ComparisonController(QObject):
    """Owns what the comparison shows. Subscribes to the edit history; the alignment of a
    changed project is computed off the GUI thread, the old rows stay until it arrives."""

    busy_changed = Signal(bool)  # True while a realignment runs
    progress = Signal(int, int)

    def __init__(self, history: EditHistory, model: ComparisonModel, proxy: DifferenceFilter,
                 view: ComparisonView, overview: OverviewStrip, detail: DetailPanel,
                 notify: Notify, show_error: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.model = model
        self.proxy = proxy
        self.view = view
        self.overview = overview
        self.detail = detail
        self._notify = notify
        self._show_error = show_error
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one alignment at a time (they share a feature cache)
        self._task: AlignTask | None = None
        self._pending = False  # the project changed again while a task ran
        self._keep: ClauseId | None = None  # the clause to select again after a reload
        self._warming = CancelFlag()  # the warm-up after showing stored rows
        history.changes_applied.connect(self.changed)
        view.selectionModel().currentChanged.connect(self._current_changed)
        overview.row_requested.connect(self.go_to_source_row)

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- keeping up with the project ---------------------------------------------------------
    def changed(self, changes: Changes) -> None:
        """Reload after an edit: at once if the alignment is known, else in a worker."""
        if not changes.any("documents", "alignment", "links", "settings"):
            return
        if self._keep is None:
            self._keep = self.current_clause()
        alignment = self.history.project.alignment.current()
        if alignment is not None:
            self._cancel_task()
            self._show(alignment)
            QTimer.singleShot(0, self._warm_up)  # after the rows are painted
            return
        if self._task is not None:
            self._pending = True
            self._task.cancel.cancel()
            return
        self._start(self.history.project.alignment.job())

    def _warm_up(self) -> None:
        """Prepare the next realignment in the worker (the rows shown came from the file)."""
        project = self.history.project
        if project.store.closed:  # the window closed before this turn of the event loop
            return
        job = project.alignment.warm_up()
        if job is not None:
            flag = self._warming = CancelFlag()
            self.pool.start(lambda: _quietly(job, flag))

    def _start(self, job: AlignmentJob) -> None:
        task = AlignTask(job)
        task.setAutoDelete(False)
        task.signals.finished.connect(lambda alignment, t=task: self._aligned(t, alignment))
        task.signals.failed.connect(lambda message, t=task: self._failed(t, message))
        task.signals.progress.connect(self.progress)
        self._task = task
        self.busy_changed.emit(True)
        self.pool.start(task)
        # A cancelled task emits nothing: when it ends, start over on the newest state.
        self.pool.start(lambda t=task: self._finished_quietly(t))

    def _finished_quietly(self, task: AlignTask) -> None:
        # Runs on the pool's thread after `task`; hands back to the GUI thread by signal.
        if task.cancel.cancelled:
            task.signals.failed.emit("")

    def _aligned(self, task: AlignTask, alignment: Alignment) -> None:
        if task is not self._task:
            return
        self._task = None
        project = self.history.project
        if not self._pending and project.alignment.accept(task.job, alignment):
            self.busy_changed.emit(False)
            self._show(alignment)
            return
        self._restart()

    def _failed(self, task: AlignTask, message: str) -> None:
        if task is not self._task:
            return
        self._task = None
        if message:
            self.busy_changed.emit(False)
            self._show_error(message)
            return
        self._restart()

    def _restart(self) -> None:
        self._pending = False
        alignment = self.history.project.alignment.current()
        if alignment is not None:
            self.busy_changed.emit(False)
            self._show(alignment)
        else:
            self._start(self.history.project.alignment.job())

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel.cancel()
            self._task = None
            self._pending = False
            self.busy_changed.emit(False)

    def cancel(self) -> None:
        """Stop a running realignment; the table keeps the rows it shows."""
        if self._task is None:
            return
        self._cancel_task()
        self._notify(self.tr("Jämförelsen avbröts: raderna visar läget före ändringen"), 6000)

    def cancel_quietly(self) -> None:
        """Stop a running realignment and wait for its thread (closing the window)."""
        self._cancel_task()
        self._warming.cancel()
        self.pool.waitForDone(10000)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until no alignment runs (tests, closing)."""
        return self.pool.waitForDone(msecs)

    def _show(self, alignment: Alignment) -> None:
        project = self.history.project
        documents = project.documents()
        self.model.load(documents, alignment, project.documents.hidden())
        self.view.relayout()
        self.overview.load(alignment)
        keep, self._keep = self._keep, None
        if keep is not None and alignment.row_of(keep) is not None:
            self.go_to_clause(keep)
        else:
            self._show_current()

    # -- navigation --------------------------------------------------------------------------
    def current_source_row(self) -> int:
        current = self.view.currentIndex()
        return self.proxy.mapToSource(current).row() if current.isValid() else -1

    def current_clause(self) -> ClauseId | None:
        """The first clause of the current cell, if any."""
        current = self.view.currentIndex()
        if not current.isValid():
            return None
        source = self.proxy.mapToSource(current)
        clauses = self.model.clauses_at(source.row(), source.column())
        return clauses[0].id if clauses else None

    def go_to_source_row(self, row: int, column: int | None = None) -> None:
        """Select a row of the comparison (by alignment row) and scroll to it."""
        if column is None:
            # The first document that has a clause in the row, so the detail panel shows it.
            column = next((c for c in range(1, self.model.columnCount())
                           if self.model.clauses_at(row, c)), 1)
        source = self.model.index(row, column)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.proxy.set_only_differences(False)
            self.proxy.filter_cleared.emit()
            index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, ComparisonView.ScrollHint.PositionAtCenter)

    def go_to_clause(self, clause_id: ClauseId) -> None:
        row = self.model.row_of_clause(clause_id)
        if row is None:
            return
        column = next((c for c in range(1, self.model.columnCount())
                       if any(x.id == clause_id for x in self.model.clauses_at(row, c))), None)
        self.go_to_source_row(row, column)

    def next_difference(self) -> None:
        row = self.model.alignment.next_difference(self.current_source_row())
        if row is None:
            self._notify(self.tr("Inga fler skillnader"), 3000)
        else:
            self.go_to_source_row(row)

    def previous_difference(self) -> None:
        current = self.current_source_row()
        start = current if current >= 0 else len(self.model.alignment.rows)
        row = self.model.alignment.previous_difference(start)
        if row is None:
            self._notify(self.tr("Inga tidigare skillnader"), 3000)
        else:
            self.go_to_source_row(row)

    def find_next(self, needle: str) -> bool:
        """Select the next row whose text contains `needle` (case-insensitive)."""
        needle = needle.casefold().strip()
        if not needle:
            return False
        rows = self.model.rowCount()
        start = self.current_source_row()
        for step in range(1, rows + 1):
            row = (start + step) % rows
            for column in range(1, self.model.columnCount()):
                text = str(self.model.index(row, column).data(TEXT_ROLE) or "")
                if needle in text.casefold():
                    self.go_to_source_row(row, column)
                    return True
        self._notify(self.tr("Ingen träff"), 3000)
        return False

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        current = self.view.currentIndex()
        source = self.proxy.mapToSource(current)
        clauses = self.model.clauses_at(source.row(), source.column())
        document = self.model.document_at(source.column())
        if not current.isValid() or not clauses or document is None:
            self.detail.show_nothing()
            return
        partners = self.history.project.alignment.partners(self.model.alignment, clauses[0].id)
        self.detail.show_clause(document, clauses[0], partners)

    # -- edits from the selection ------------------------------------------------------------
    def _selected_cells(self) -> list[tuple[int, int]]:
        """Selected non-empty cells as (row, document index), in row order."""
        cells = set()
        for index in self.view.selectionModel().selectedIndexes():
            source = self.proxy.mapToSource(index)
            document = self.model.document_index(source.column())
            if document is not None and self.model.clauses_at(source.row(), source.column()):
                cells.add((source.row(), document))
        return sorted(cells)

    def _push(self, result: Edit | LinkRefusal, go_to: ClauseId | None = None) -> None:
        if isinstance(result, LinkRefusal):
            if result is LinkRefusal.ALREADY_TOGETHER:
                self._notify(refusal_text(result), 4000)
            else:
                self._show_error(refusal_text(result))
            return
        self._keep = go_to
        self.history.push(result)

    def link_selected(self) -> None:
        """Link the clauses selected in two different documents into one row."""
        cells = self._selected_cells()
        alignment = self.model.alignment
        if len(cells) != 2:
            self._push(LinkRefusal.NEED_TWO_DOCUMENTS)
            return
        result = self.history.project.alignment.link_cells(alignment, cells[0], cells[1])
        anchor = result.links[0].a if not isinstance(result, LinkRefusal) else None
        self._push(result, anchor)

    def unlink_selected(self) -> None:
        """Separate the selected clause from the base clause of its row."""
        result = self.history.project.alignment.unlink_cells(self.model.alignment,
                                                            self._selected_cells())
        self._push(result, self.current_clause())

    def pin_current_row(self) -> None:
        """Keep the current row's pairing through realignment (its clauses linked by hand)."""
        row = self.current_source_row()
        if row < 0:
            self._show_error(self.tr("Markera en rad först."))
            return
        aligned = self.model.alignment.rows[row]
        edit = self.history.project.alignment.pin_row(self.model.alignment, aligned)
        if edit is None:
            self._notify(self.tr("Raden har bara en klausul: inget att låsa"), 4000)
            return
        self._push(edit, next(c for cell in aligned.cells for c in cell))


def _quietly(job: AlignmentJob, cancel: CancelFlag) -> None:
    """Run a warm-up job on the pool's thread; its result and any failure are dropped (the
    realignment that needs it computes what is missing)."""
    with suppress(Exception):
        job.run(cancel=cancel)
