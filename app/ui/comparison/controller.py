"""The comparison's controller: keeps the table, overview and details in step with the project,
realigns in a worker with a busy cue, walks the differences, and turns the user's selections
into core edits."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QModelIndex, QObject, QThreadPool, QTimer, Signal

from app.core.alignment.comparison import RowFilter
from app.core.alignment.edits import ForgetLinks
from app.core.alignment.manager import AlignmentJob, LinkRefusal
from app.core.alignment.model import Alignment
from app.core.changes import Changes
from app.core.documents.model import ClauseId
from app.core.edit import Edit
from app.ui.comparison.detail_panel import DetailPanel, Partner
from app.ui.comparison.model import ComparisonModel, RowFilterProxy, cell_text
from app.ui.comparison.overview_strip import OverviewStrip
from app.ui.comparison.view import ComparisonView
from app.ui.history import EditHistory
from app.ui.wording import refusal_text
from app.ui.workers import AlignTask, CancelFlag

WARM_UP_DELAY_MS = 1500
Notify = Callable[[str, int], None]  # a status-bar message and how long it shows (ms)


class ComparisonController(QObject):
    """Owns what the comparison shows. Subscribes to the edit history; the alignment of a
    changed project is computed off the GUI thread, the old rows stay until it arrives."""

    busy_changed = Signal(bool)  # True while a realignment runs
    progress = Signal(int, int)
    position_changed = Signal(int, int)  # (1-based stop of the current row or 0, stops)
    shown = Signal()  # the table shows a new comparison

    def __init__(self, history: EditHistory, model: ComparisonModel, proxy: RowFilterProxy,
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
        self._stops: tuple[int, ...] = ()
        self._warming = CancelFlag()  # the warm-up after showing stored rows
        history.changes_applied.connect(self.changed)
        view.selectionModel().currentChanged.connect(self._current_changed)
        overview.row_requested.connect(self._overview_row)
        proxy.filter_changed.connect(self._filter_changed)

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
            # After the rows are painted and the user has had a look: the warm-up's imports
            # and feature building would otherwise compete with the first paint.
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)
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
            self._show(alignment)
            self.busy_changed.emit(False)
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
            self._show(alignment)
            self.busy_changed.emit(False)
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
        comparison = project.comparison.build(alignment)
        keep, self._keep = self._keep, None
        row_filter = self.proxy.row_filter
        if row_filter.kind == "document" and (
                row_filter.document is None
                or comparison.index_of(row_filter.document) not in comparison.visible()):
            self.proxy.set_filter(RowFilter())  # its document went or was hidden
        self.model.load(comparison)
        self._stops = comparison.stops(self.proxy.row_filter)
        self.view.relayout()
        self.overview.load(self.model, self.proxy)
        self.shown.emit()
        if keep is not None and alignment.row_of(keep) is not None:
            self.go_to_clause(keep)
        else:
            self._show_current()

    def _filter_changed(self, row_filter: RowFilter) -> None:
        self._stops = self.model.comparison.stops(row_filter)
        self.view.relayout()
        self.overview.load(self.model, self.proxy)
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current, ComparisonView.ScrollHint.PositionAtCenter)
        self._show_current()

    def set_filter(self, row_filter: RowFilter) -> None:
        """Show only the rows the filter lets through; keep the current clause if it stays."""
        keep = self.current_clause()
        self.proxy.set_filter(row_filter)
        if keep is not None:
            row = self.model.row_of_clause(keep)
            if row is not None and self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
                self.go_to_clause(keep)

    # -- navigation --------------------------------------------------------------------------
    def current_source_row(self) -> int:
        current = self.view.currentIndex()
        return self.proxy.mapToSource(current).row() if current.isValid() else -1

    def current_clause(self) -> ClauseId | None:
        """The first clause of the current cell, if any."""
        return self.model.first_clause(self.proxy, self.view.currentIndex())

    def go_to_source_row(self, row: int, column: int | None = None) -> None:
        """Select a row of the comparison (by alignment row) and scroll to it."""
        if column is None:
            # The first document that has a clause in the row, so the detail panel shows it.
            column = next((c for c in range(1, self.model.columnCount())
                           if self.model.clauses_at(row, c)), 1)
        source = self.model.index(row, column)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.proxy.set_filter(RowFilter())
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

    def _navigation_row(self) -> int:
        """The row navigation starts from: none until the user or a jump chose one."""
        if self.view.automatic_current:
            return -1
        return self.current_source_row()

    def next_difference(self) -> None:
        start = self._navigation_row()
        position = bisect_right(self._stops, start)
        if position >= len(self._stops):
            self._notify(self.tr("Inga fler skillnader"), 3000)
        else:
            self.go_to_source_row(self._stops[position])

    def previous_difference(self) -> None:
        start = self._navigation_row()
        if start < 0:
            start = len(self.model.alignment.rows)
        position = bisect_left(self._stops, start) - 1
        if position < 0:
            self._notify(self.tr("Inga tidigare skillnader"), 3000)
        else:
            self.go_to_source_row(self._stops[position])

    def position(self) -> tuple[int, int]:
        """(1-based place of the current row among the stops, or 0; how many stops)."""
        row = self.current_source_row()
        place = bisect_left(self._stops, row)
        on_stop = row >= 0 and place < len(self._stops) and self._stops[place] == row
        return (place + 1 if on_stop else 0), len(self._stops)

    def _overview_row(self, view_row: int) -> None:
        index = self.proxy.index(view_row, 0)
        if index.isValid():
            self.go_to_source_row(self.proxy.mapToSource(index).row())

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        self.position_changed.emit(*self.position())
        self.overview.set_current(self.view.currentIndex().row())
        current = self.view.currentIndex()
        source = self.proxy.mapToSource(current)
        row, column = source.row(), source.column()
        clauses = self.model.clauses_at(row, column)
        document = self.model.document_at(column)
        status = self.model.cell_status(row, column)
        if not current.isValid() or not clauses or document is None or status is None:
            self.detail.show_nothing()
            return
        own = cell_text(clauses)
        base_column = self.model.column_of(self.model.alignment.base)
        partners = []
        for other in range(1, self.model.columnCount()):
            other_clauses = self.model.clauses_at(row, other)
            if other == column or not other_clauses:
                continue
            other_status = self.model.cell_status(row, other) or "empty"
            # From the base: exactly the table's diff; else computed under the same options.
            diff = self.model.diff_at(row, other) if column == base_column else None
            partners.append(Partner(self.model.name_at(other), other_status,
                                    cell_text(other_clauses), other == base_column, diff))
        self.detail.show_clause(self.model.name_at(column), document, clauses[0], own, status,
                                partners, self.model.comparison.options,
                                self.model.diff_at(row, column))

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
            if result in (LinkRefusal.ALREADY_TOGETHER, LinkRefusal.NOTHING_STORED):
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
        anchor = self.current_clause() or (
            result.links[0].a if not isinstance(result, LinkRefusal) else None)
        self._push(result, anchor)

    def unlink_selected(self) -> None:
        """Separate the selected clause from the base clause of its row."""
        result = self.history.project.alignment.unlink_cells(self.model.alignment,
                                                            self._selected_cells())
        target = result.links[0].b if not isinstance(result, LinkRefusal) else None
        self._push(result, target or self.current_clause())

    def forget_selected(self) -> None:
        """Give the selected cells' clauses (a selected row's, all of them) back to the
        automatic pairing: their hand links and unlinks are dropped."""
        alignment = self.model.alignment
        clauses = [c for r, d in self._selected_cells() for c in alignment.rows[r].cells[d]]
        result = self.history.project.alignment.forget(clauses)
        self._push(result, self.current_clause())
        if isinstance(result, ForgetLinks):
            self._notify(self.tr("Handlänkar borttagna: %1. Klausulerna paras automatiskt igen.")
                         .replace("%1", str(result.removed)), 6000)

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
        self._push(edit, self.current_clause() or next(c for cell in aligned.cells
                                                        for c in cell))


def _quietly(job: AlignmentJob, cancel: CancelFlag) -> None:
    """Run a warm-up job on the pool's thread; its result and any failure are dropped (the
    realignment that needs it computes what is missing)."""
    with suppress(Exception):
        job.run(cancel=cancel)
