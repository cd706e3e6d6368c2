"""The draft's controller: turns keys, drags and buttons (in the draft and in the comparison)
into core edits through the edit history and keeps the comparison's marks of the rows in the
draft (exports and Word copies run in outputs.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from app.core.changes import Changes
from app.core.draft.edits import DraftEdit
from app.core.draft.model import DraftClauseId, DraftKind
from app.core.draft.refusals import DraftRefusal
from app.ui.comparison.controller import ComparisonController
from app.ui.draft.model import CLAUSE_ROLE, DraftModel
from app.ui.draft.panel import DraftPanel
from app.ui.history import EditHistory
from app.ui.wording import draft_refusal_text, edit_name, facet_name, provenance_text

Notify = Callable[[str, int], None]


class DraftController(QObject):
    """Owns what the draft panel shows and what its actions do."""

    busy_changed = Signal(bool)  # an export or a Word copy is being read or written

    def __init__(self, history: EditHistory, model: DraftModel, panel: DraftPanel,
                 comparison: ComparisonController, notify: Notify,
                 show_error: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.model = model
        self.panel = panel
        self.comparison = comparison
        self.notify = notify
        self.show_error = show_error
        self._keep: DraftClauseId | None = None
        view = panel.view
        history.changes_applied.connect(self._changed)
        comparison.model.modelReset.connect(self.mark_rows)
        model.modelReset.connect(self._restore_current)
        model.drop_requested.connect(self._dropped)
        view.selectionModel().currentChanged.connect(self._current)
        view.move_requested.connect(self.move_current)
        view.relevel_requested.connect(self.relevel_current)
        view.remove_requested.connect(self.remove_selected)
        view.delegate.text_edited.connect(panel.diff.show_text)
        view.delegate.edit_committed.connect(self._edited)
        panel.start_base.clicked.connect(lambda: self.start(True))
        panel.start_empty.clicked.connect(lambda: self.start(False))
        panel.add_heading.clicked.connect(lambda: self.add("heading"))
        panel.add_paragraph.clicked.connect(lambda: self.add("paragraph"))
        panel.add_item.clicked.connect(lambda: self.add("list_item"))
        panel.remove.clicked.connect(self.remove_selected)
        panel.tag.clicked.connect(self.tag_current)
        panel.proposals.decide_requested.connect(self.decide)
        panel.proposals.clause_requested.connect(lambda c: self.select(DraftClauseId(c)))

    # -- keeping up -------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.any("draft", "documents", "alignment", "links", "settings"):
            self.mark_rows()

    def mark_rows(self) -> None:
        """Tell the comparison which rows the draft has, and whose wording each took."""
        project = self.history.project
        alignment = self.comparison.model.alignment
        if not alignment.rows:
            return
        choices = project.draft.row_choices(alignment)
        documents = {d.id: d for d in project.documents()}
        marks = {}
        for row, choice in choices.items():
            if choice.document is None:
                text = self.tr("I utkastet: egen text")
            else:
                document = documents.get(alignment.document_ids[choice.document])
                name = document.title if document is not None else "?"
                text = (self.tr("I utkastet: %1, bearbetad") if choice.edited
                        else self.tr("I utkastet: %1")).replace("%1", name)
            marks[row] = text
        self.comparison.model.set_in_draft(marks)

    def _restore_current(self) -> None:
        # The view has reset itself before this runs (it connected first).
        keep, self._keep = self._keep, None
        if keep is not None:
            self.select(keep)

    def select(self, clause: DraftClauseId) -> None:
        row = self.model.row_of(clause)
        if row is None:
            return
        index = self.model.index(row)
        self.panel.view.setCurrentIndex(index)
        self.panel.view.scrollTo(index)

    def current_clause(self) -> DraftClauseId | None:
        clause = self.panel.view.currentIndex().data(CLAUSE_ROLE)
        return clause.id if clause is not None else None

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        clause = current.data(CLAUSE_ROLE)
        if clause is None:
            self.panel.diff.show_nothing()
            return
        self.panel.diff.show_clause(clause, self.history.project.draft.sources_of(
            clause, self.comparison.model.alignment))
        self.panel.view.setToolTip(provenance_text(clause.origin, clause.edited))

    # -- edits ----------------------------------------------------------------------------------
    def push(self, result: DraftEdit | DraftRefusal, keep: DraftClauseId | None = None) -> bool:
        if isinstance(result, DraftRefusal):
            if result in (DraftRefusal.NO_CHANGE, DraftRefusal.ROW_NOT_IN_DRAFT):
                self.notify(draft_refusal_text(result), 4000)
            else:
                self.show_error(draft_refusal_text(result))
            return False
        self._keep = keep if keep is not None else self.current_clause()
        self.history.push(result)
        self.notify(edit_name(result), 3000)
        return True

    def start(self, from_base: bool) -> None:
        project = self.history.project
        self.push(project.draft.start(from_base))
        self.panel.tabs.setCurrentIndex(0)

    def adopt_current_cell(self) -> None:
        """Ctrl+U: the current comparison cell's wording for its row."""
        cell = self._current_cell()
        if cell is None:
            self.show_error(self.tr("Markera formuleringen i jämförelsen först."))
            return
        row, document = cell
        self.adopt(row, document)

    def adopt(self, row: int, document: int, position: int | None = None) -> None:
        """The row's wording from one document; `position` (a drop) is where it goes."""
        project = self.history.project
        alignment = self.comparison.model.alignment
        if project.draft() is None:
            self.push(project.draft.start(True))
        before = project.draft()
        # The clause the drop landed above (None: the end), to find it again afterwards.
        anchor = before.clauses[position].id if before is not None and position is not None \
            and position < len(before.clauses) else None
        result = project.draft.adopt(alignment, row, document)
        if not isinstance(result, DraftEdit) or not self.push(result):
            if not isinstance(result, DraftEdit):
                self.push(result)
            return
        positions = project.draft.rows_in_draft(alignment).get(row, [])
        draft = project.draft()
        if draft is None or not positions:
            return
        ids = [draft.clauses[p].id for p in positions]
        self._keep = ids[0]
        if position is not None:
            target = draft.index_of(anchor) if anchor is not None and anchor in draft.ids() \
                else len(draft.clauses)
            if target not in range(positions[0], positions[-1] + 2):
                moved = project.draft.move(set(ids), target)
                if isinstance(moved, DraftEdit):
                    self.push(moved, ids[0])
        self.select(ids[0])

    def drop_current_row(self) -> None:
        """Ctrl+Shift+U: no wording for the current comparison row."""
        cell = self._current_cell()
        if cell is None:
            return
        self.push(self.history.project.draft.drop_row(self.comparison.model.alignment, cell[0]))

    def _current_cell(self) -> tuple[int, int] | None:
        view = self.comparison.view
        current = view.currentIndex()
        if not current.isValid():
            return None
        source = self.comparison.proxy.mapToSource(current)
        document = self.comparison.model.document_index(source.column())
        if document is None:
            document = self.comparison.model.alignment.base
        return source.row(), document

    def _dropped(self, kind: str, payload: object, position: int) -> None:
        # After the drop has finished: the edit reloads the model the drop came through.
        def later() -> None:
            if kind == "move" and isinstance(payload, list):
                ids = {DraftClauseId(str(i)) for i in payload}
                self.push(self.history.project.draft.move(ids, position),
                          DraftClauseId(str(payload[0])))
            elif kind == "adopt" and isinstance(payload, dict):
                self.adopt(int(payload["row"]), int(payload["document"]), position)
        QTimer.singleShot(0, later)

    def move_current(self, delta: int) -> None:
        clause = self.current_clause()
        row = self.panel.view.currentIndex().row()
        if clause is None:
            return
        position = row - 1 if delta < 0 else row + 2
        if position < 0:
            return
        self.push(self.history.project.draft.move({clause}, position), clause)

    def relevel_current(self, delta: int) -> None:
        clause = self.current_clause()
        if clause is not None:
            self.push(self.history.project.draft.relevel(clause, delta), clause)

    def remove_selected(self) -> None:
        rows = sorted(i.row() for i in self.panel.view.selectionModel().selectedIndexes())
        ids = {c.id for r in rows if (c := self.model.clause_at(r)) is not None}
        if not ids:
            return
        after = self.model.clause_at(rows[-1] + 1) or self.model.clause_at(rows[0] - 1)
        self.push(self.history.project.draft.remove(ids), after.id if after else None)

    def add(self, kind: DraftKind, numbered: bool = False) -> None:
        project = self.history.project
        draft = project.draft()
        if draft is None:
            self.push(DraftRefusal.NO_DRAFT)
            return
        current = self.panel.view.currentIndex()
        position = current.row() + 1 if current.isValid() else len(draft.clauses)
        before = draft.clauses[position - 1] if position else None
        level = before.level if before is not None and before.kind == kind else 1
        text = {"heading": self.tr("Ny rubrik"), "paragraph": self.tr("Nytt stycke"),
                "list_item": self.tr("Ny punkt")}[kind]
        result = project.draft.insert(position, kind, text, level, numbered)
        if isinstance(result, DraftRefusal):
            self.push(result)
            return
        edit, new_id = result
        if self.push(edit, new_id):
            QTimer.singleShot(0, lambda: self._edit_new(new_id))

    def _edit_new(self, clause: DraftClauseId) -> None:
        self.select(clause)
        self.panel.view.edit(self.panel.view.currentIndex())

    def set_kind(self, kind: DraftKind, numbered: bool = False) -> None:
        clause = self.current_clause()
        if clause is not None:
            self.push(self.history.project.draft.set_kind(clause, kind, numbered), clause)

    def _edited(self, row: int, text: str) -> None:
        clause = self.model.clause_at(row)
        if clause is None or text == clause.text or self.history.project.store.closed:
            return
        self.push(self.history.project.draft.set_text(clause.id, text), clause.id)

    def tag_current(self) -> None:
        """The current draft clause's own tags, chosen from the codebook."""
        from app.core.draft.tags import set_own_tags
        from app.ui.draft import dialogs

        clause = self.panel.view.currentIndex().data(CLAUSE_ROLE)
        if clause is None:
            return
        project = self.history.project
        book = project.codebook()
        checked = {t.code for t in project.draft.tags().get(clause.id, ())}
        chosen = dialogs.ask_codes(
            self.panel, self.tr("Taggar för klausulen"),
            [(f.id, facet_name(f.id)) for f in book.facets],
            [(c.id, c.facet, c.name, c.parent) for c in book.codes], checked)
        if chosen is None:
            return
        edit = set_own_tags(project.tags, clause.id, chosen, project.user,
                            ", ".join(sorted(chosen)))
        if edit is None:
            self.notify(draft_refusal_text(DraftRefusal.NO_CHANGE), 3000)
            return
        self._keep = clause.id
        self.history.push(edit)

    def decide(self, proposal: int, accept: bool) -> None:
        self.push(self.history.project.draft.decide(proposal, accept))
        self.panel.proposals.select(proposal)
