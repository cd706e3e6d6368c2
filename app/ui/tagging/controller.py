"""Tagging in the comparison: one key per code of the active facet, the picker, whole rows,
suggestions to accept or reject, filters by code; every change a core edit on the history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from app.core.changes import Changes
from app.core.documents.model import ClauseId
from app.core.project import Project
from app.core.store.locking import current_user
from app.core.tagging.codebook import FACETS, CodeId, FacetId
from app.core.tagging.edits import ChangeTags
from app.core.tagging.model import ClauseSuggestions, Suggestion
from app.ui.comparison.model import ComparisonModel, DifferenceFilter
from app.ui.comparison.view import ComparisonView
from app.ui.dialogs import questions
from app.ui.history import EditHistory
from app.ui.tagging.chips import ChipPainter
from app.ui.workers import SuggestTask

Notify = Callable[[str, int], None]
RowFilter = tuple[str, str] | None  # ("code", code id) | ("no_facet", facet id) | None
_RECENT = 8
SUGGEST_DELAY_MS = 300  # after a project opens, suggestions wait until the table is painted
_LETTERS = {int(Qt.Key.Key_A) + n: chr(ord("a") + n) for n in range(26)}
_LETTERS.update({int(Qt.Key.Key_0) + n: str(n) for n in range(10)})


class TaggingController(QObject):
    """Owns the tagging state of a window: the active facet, recent codes, the filter."""

    facet_changed = Signal(str)
    suggestions_ready = Signal()
    current_changed = Signal()  # the tags or suggestions of the current clause may differ

    def __init__(self, history: EditHistory, model: ComparisonModel, proxy: DifferenceFilter,
                 view: ComparisonView, settings: QSettings, notify: Notify,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.history, self.model, self.proxy, self.view = history, model, proxy, view
        self.settings = settings
        self._notify = notify
        self._parent = parent
        self.chips = ChipPainter(model, view.font())
        view.delegate.decorator = self.chips
        facet = str(settings.value("tagging/facet", "part"))
        self.facet: FacetId = next((f for f in FACETS if f == facet), "part")
        self.show_suggestions = str(settings.value("tagging/suggestions", "true")) == "true"
        self.row_filter: RowFilter = None
        self._rows_of: dict[ClauseId, int] = {}
        self._suggestions: dict[ClauseId, ClauseSuggestions] = {}
        self._scheduled = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._task: SuggestTask | None = None
        history.changes_applied.connect(self.changed)
        model.modelReset.connect(self._rows_reset)
        view.selectionModel().currentChanged.connect(lambda *_: self.current_changed.emit())
        view.installEventFilter(self)

    @property
    def project(self) -> Project:
        """The history's project (it changes when another project is opened)."""
        return self.history.project

    # -- keeping up with the project ------------------------------------------------------
    def changed(self, changes: Changes) -> None:
        if changes.any("codebook", "documents"):
            if changes.edit is None:
                # A project just opened: let the comparison paint first (loading the rules
                # and the suggestions' repaint would hold it up), suggest right after.
                self._scheduled = True
                QTimer.singleShot(SUGGEST_DELAY_MS, self._suggest_if_open)
            else:
                self._suggest()
        if changes.any("tags", "codebook"):
            edit = changes.edit
            if isinstance(edit, ChangeTags) and not changes.codebook:
                self._load_data()
                self._rows_changed({ClauseId(k[0]) for k in (*(t.key for t in edit.add),
                                                              *edit.remove,
                                                              *(d.key for d in edit.reject))})
            else:
                self._load_data()
                self._all_rows_changed()
            if self.row_filter is not None:
                self.set_filter(self.row_filter)
            self.current_changed.emit()

    def _rows_reset(self) -> None:
        """The comparison was reloaded: new rows, so where each clause stands is new."""
        self._rows_of = {c: r for r, row in enumerate(self.model.alignment.rows)
                         for cell in row.cells for c in cell}
        self._load_data()
        self.chips.forget_rows()
        if self.row_filter is not None:
            self.proxy.set_row_filter(self._accepts(self.row_filter))

    def _load_data(self) -> None:
        project = self.project
        self.chips.codebook = project.codebook()
        self.chips.tags = {c: tuple(t.code_id for t in tags)
                           for c, tags in project.tags.by_clause().items()}
        suggested: dict[ClauseId, tuple[CodeId, ...]] = {}
        if self.show_suggestions:
            pending = project.tags.pending(s for c in self._suggestions.values()
                                           for s in c.suggestions)
            for suggestion in pending:
                suggested[suggestion.clause_id] = (*suggested.get(suggestion.clause_id, ()),
                                                   suggestion.code_id)
        self.chips.suggested = suggested

    def _rows_changed(self, clause_ids: set[ClauseId]) -> None:
        """Repaint the rows of these clauses, growing or shrinking a row for its chips."""
        header = self.view.verticalHeader()
        viewport = self.view.viewport()
        for row in {self._rows_of[c] for c in clause_ids if c in self._rows_of}:
            before = self.chips.band_height(row)
            self.chips._rows.pop(row, None)
            after = self.chips.band_height(row)
            view_row = self.proxy.mapFromSource(self.model.index(row, 0)).row()
            if view_row < 0:
                continue
            if after != before:
                header.resizeSection(view_row, header.sectionSize(view_row) + after - before)
            viewport.update(QRect(0, self.view.rowViewportPosition(view_row), viewport.width(),
                                  self.view.rowHeight(view_row)))

    def _all_rows_changed(self) -> None:
        self.chips.forget_rows()
        self.view.relayout_bands()

    def _suggest_if_open(self) -> None:
        self._scheduled = False
        if not self.project.store.closed:
            self._suggest()

    @property
    def busy(self) -> bool:
        """True while suggestions are waited for (scheduled or being computed)."""
        return self._scheduled or self._task is not None

    def _suggest(self) -> None:
        job = self.project.tags.suggestion_job()
        if job is None:
            self._suggestions_arrived(None)
            return
        task = SuggestTask(job)
        task.setAutoDelete(False)
        task.signals.finished.connect(lambda result, t=task: self._job_done(t, result))
        self._task = task
        self.pool.start(task)

    def _job_done(self, task: SuggestTask, result: object) -> None:
        if task is not self._task:
            return
        self._task = None
        if self.project.tags.accept_job(task.job, result):  # type: ignore[arg-type]
            self._suggestions_arrived(task)
        else:
            self._suggest()

    def _suggestions_arrived(self, _task: object) -> None:
        tags = self.project.tags
        self._suggestions = {c.clause_id: c for d in self.project.documents()
                             for c in (tags.known_suggestions(d.id) or ())}
        self._load_data()
        if self.show_suggestions:
            self._all_rows_changed()
        self.suggestions_ready.emit()
        self.current_changed.emit()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until no suggestion job runs (tests, closing)."""
        return self.pool.waitForDone(msecs)

    def cancel_quietly(self) -> None:
        """Stop a running suggestion job and wait for its thread (closing the window)."""
        self._scheduled = False
        if self._task is not None:
            self._task.cancel.cancel()
            self._task = None
        self.pool.waitForDone(10000)

    # -- what is selected -----------------------------------------------------------------
    def selected_clauses(self, whole_rows: bool = False) -> list[ClauseId]:
        """Clauses of the selected cells; of every visible cell of their rows when
        `whole_rows` or when the status column is selected."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        found: list[ClauseId] = []
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            source = self.proxy.mapToSource(index)
            if whole_rows or source.column() == 0:
                found.extend(self.row_clauses(source.row()))
            else:
                found.extend(c.id for c in self.model.clauses_at(source.row(), source.column()))
        return list(dict.fromkeys(found))

    def row_clauses(self, row: int) -> tuple[ClauseId, ...]:
        """The clauses of a row in the shown documents (what tagging a whole row acts on)."""
        return self.model.alignment.row_clauses(row, self.model.comparison.hidden)

    def current_clause(self) -> ClauseId | None:
        """The first clause of the current cell, if any."""
        return self.model.first_clause(self.proxy, self.view.currentIndex())

    def suggestions_of(self, clause_id: ClauseId) -> tuple[Suggestion, ...]:
        """A clause's suggestions still waiting for a decision."""
        found = self._suggestions.get(clause_id)
        return self.project.tags.pending(found.suggestions) if found else ()

    def clause_suggestions(self, clause_id: ClauseId) -> ClauseSuggestions | None:
        return self._suggestions.get(clause_id)

    # -- the member ----------------------------------------------------------------------
    def member(self, ask: bool = True) -> str | None:
        """The name tags are set under: asked once, then kept in the settings."""
        name = str(self.settings.value("tagging/member", "") or "")
        if name or not ask:
            return name or None
        answer = questions.ask_member_name(self._parent, current_user())
        if answer:
            self.settings.setValue("tagging/member", answer)
        return answer

    def change_member(self) -> None:
        answer = questions.ask_member_name(self._parent, self.member(ask=False) or current_user())
        if answer:
            self.settings.setValue("tagging/member", answer)

    # -- tagging --------------------------------------------------------------------------
    def set_facet(self, facet: FacetId) -> None:
        self.facet = facet
        self.settings.setValue("tagging/facet", facet)
        self.facet_changed.emit(facet)

    def recent(self) -> list[CodeId]:
        value = self.settings.value("tagging/recent", [])
        items = value if isinstance(value, list) else [value] if value else []
        book = self.project.codebook()
        return [CodeId(str(i)) for i in items if str(i) in book]

    def _remember(self, code_id: CodeId) -> None:
        recent = [code_id, *(c for c in self.recent() if c != code_id)][:_RECENT]
        self.settings.setValue("tagging/recent", recent)

    def apply_code(self, code_id: CodeId, whole_rows: bool = False) -> bool:
        """Toggle a code on the selection (every clause of its rows if `whole_rows`)."""
        clauses = self.selected_clauses(whole_rows)
        if not clauses:
            self._notify(self.tr("Markera en klausul först"), 3000)
            return False
        member = self.member()
        if member is None:
            return False
        edit = self.project.tags.toggle(clauses, code_id, member)
        if edit.empty:
            return False
        self.history.push(edit)
        self._remember(code_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
                return False
            letter = _LETTERS.get(key_event.key())
            code = self.project.codebook().by_key(self.facet, letter) if letter else None
            if code is not None:
                self.apply_code(code.id, whole_rows=shift)
                return True
        return False

    # -- suggestions ----------------------------------------------------------------------
    def _decide(self, accept: bool, whole_rows: bool) -> None:
        clauses = self.selected_clauses(whole_rows)
        pending = [s for c in clauses for s in self.suggestions_of(c)]
        if not pending:
            self._notify(self.tr("Inga förslag att ta ställning till här"), 3000)
            return
        self.decide(pending, accept)

    def decide(self, suggestions: list[Suggestion], accept: bool) -> None:
        member = self.member()
        if member is None:
            return
        tags = self.project.tags
        edit = tags.accept(suggestions, member) if accept else tags.reject(suggestions, member)
        if not edit.empty:
            self.history.push(edit)

    def accept_selected(self) -> None:
        self._decide(True, False)

    def reject_selected(self) -> None:
        self._decide(False, False)

    def accept_rows(self) -> None:
        self._decide(True, True)

    def reject_rows(self) -> None:
        self._decide(False, True)

    def set_show_suggestions(self, show: bool) -> None:
        self.show_suggestions = show
        self.settings.setValue("tagging/suggestions", "true" if show else "false")
        self._load_data()
        self._all_rows_changed()

    # -- filters --------------------------------------------------------------------------
    def _accepts(self, kind: tuple[str, str]) -> Callable[[int], bool]:
        project = self.project
        book = project.codebook()
        by_clause = project.tags.by_clause()
        if kind[0] == "code":
            wanted = project.tags.clauses_with(CodeId(kind[1]))
            return lambda row: any(c in wanted for c in self.row_clauses(row))
        facet = kind[1]

        def lacks(row: int) -> bool:
            clauses = self.row_clauses(row)
            return bool(clauses) and not any(
                book.get(t.code_id) is not None and book.code(t.code_id).facet == facet
                for c in clauses for t in by_clause.get(c, ()))
        return lacks

    def set_filter(self, kind: RowFilter) -> None:
        """Show only rows tagged with a code (or a code below it), or rows where no clause
        has a code of a facet; None shows every row."""
        self.row_filter = kind
        self.proxy.set_row_filter(self._accepts(kind) if kind is not None else None)
