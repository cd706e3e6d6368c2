"""Workshop mode: a full-screen, high-contrast view of one aligned row at a time for the room,
driven by keyboard or presenter remote. Its versions side by side with their word differences,
the active facet's codes as big keys, progress, the row's decision; every change an edit on
the window's history, so Ctrl+Z undoes it here and in the comparison alike."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.decisions import progress as walk
from app.core.decisions.model import DecisionStatus
from app.core.documents.model import ClauseId
from app.core.tagging.codebook import FACETS, Code, FacetId
from app.ui.comparison.controller import ComparisonController
from app.ui.comparison.model import ComparisonModel, cell_text
from app.ui.history import EditHistory
from app.ui.tagging.controller import TaggingController
from app.ui.wording import decision_status_label, facet_name, status_label
from app.ui.workshop import theme
from app.ui.workshop.cards import VersionCard
from app.ui.workshop.decision_editor import DecisionEditor
from app.ui.workshop.decisions import DecisionsController
from app.ui.workshop.keyboard import action_for
from app.ui.workshop.keys import RESERVED, KeyStrip, key_caps

_WANTED = {"untagged": walk.UNTAGGED, "contested": walk.CONTESTED, "undecided": walk.UNDECIDED}


class WorkshopWindow(QWidget):
    """Emits `left(row)` with the alignment row shown last when the user leaves (Esc)."""

    left = Signal(int)

    def __init__(self, history: EditHistory, comparison: ComparisonController,
                 tagging: TaggingController, decisions: DecisionsController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshopWindow")
        self.setWindowTitle(self.tr("Klausul – workshopläge"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.history, self.comparison = history, comparison
        self.tagging, self.decisions = tagging, decisions
        self.row = max(comparison.current_source_row(), 0)
        self.focus_index = -1  # -1: the whole row; else a card
        self.states: tuple[walk.RowState, ...] = ()
        self.sizes = theme.sizes_for(1024, 768)
        self._anchor: ClauseId | None = None
        self._build()
        history.changes_applied.connect(self.changed)
        self.model.modelReset.connect(self._rows_reset)
        tagging.facet_changed.connect(lambda _facet: self._show_keys())
        self._restyle()
        self._recount()
        self.show_row(self.row)

    @property
    def model(self) -> ComparisonModel:
        return self.comparison.model

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("workshopHeader")
        self.progress = QLabel(self)
        self.progress.setObjectName("workshopProgress")
        # The window takes the screen's size: the header never widens it.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QFrame(self)
        bar.setObjectName("workshopBar")
        top = QHBoxLayout(bar)
        top.addWidget(self.header, 1)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        self.cards_area = QWidget(self)
        self.grid = QGridLayout(self.cards_area)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cards: list[VersionCard] = []
        self.decision = QLabel(self)
        self.decision.setObjectName("workshopDecision")
        self.decision.setWordWrap(True)
        self.keys = KeyStrip(self)
        self.help = QLabel(self)
        self.help.setObjectName("workshopHelp")
        self.help.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("workshopMessage")
        layout = self.body = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.cards_area, 1)
        layout.addWidget(self.decision)
        layout.addWidget(self.keys)
        layout.addWidget(self.message)
        layout.addWidget(self.help)
        self.editor = DecisionEditor(self)
        self.editor.setVisible(False)
        self.editor.saved.connect(self._save_decision)
        self.editor.cancelled.connect(self._close_editor)
        self.blank = QWidget(self)
        self.blank.setObjectName("workshopBlank")
        self.blank.setVisible(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.message.setText(""))

    def _restyle(self) -> None:
        sizes = self.sizes = theme.sizes_for(self.width(), self.height())
        self.body.setContentsMargins(sizes.margin, sizes.margin, sizes.margin, sizes.margin)
        self.body.setSpacing(sizes.margin // 2 + 2)
        self.grid.setSpacing(sizes.margin)
        self.setStyleSheet(theme.stylesheet(sizes))
        for card in self.cards:
            card.sizes = sizes
        self.keys.sizes = sizes
        self.keys.updateGeometry()
        self.help.setText(self.tr(
            "PgDn/PgUp rad · ←/→ version · bokstav: tagga · Ctrl+1/2/3 facett · F2 otaggad · "
            "F3 omstridd · F4 obeslutad (Shift: bakåt) · Enter beslut · Ctrl+Z ångra · "
            "B svart skärm · Esc avsluta"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()
        self.blank.setGeometry(self.rect())
        self._place_editor()
        self._fit()

    # -- keeping up -----------------------------------------------------------------------
    def changed(self, changes: Changes) -> None:
        if changes.any("tags", "decisions", "codebook", "documents", "settings"):
            self._recount()
            self.show_row(self.row, keep_focus=True)

    def _rows_reset(self) -> None:
        anchor = self._anchor
        row = self.model.alignment.row_of(anchor) if anchor is not None else None
        self._recount()
        self.show_row(row if row is not None else min(self.row, len(self.states) - 1),
                      keep_focus=True)

    def _columns(self) -> list[int]:
        return [c for c in range(1, self.model.columnCount())
                if self.model.document_index(c) is not None]

    def _recount(self) -> None:
        project = self.history.project
        alignment = self.model.alignment
        documents = [self.model.document_index(c) for c in self._columns()]
        self.states = walk.row_states(alignment, project.tags.by_clause(), project.codebook(),
                                      project.decisions.of_rows(alignment),
                                      [d for d in documents if d is not None])
        counted = walk.progress(self.states)
        self.progress.setText(self.tr("%1 av %2 rader taggade, %3 omstridda").replace(
            "%1", str(counted.tagged)).replace("%2", str(counted.rows)).replace(
            "%3", str(counted.contested)))

    def order(self) -> list[int]:
        """The alignment rows the comparison shows (its filters apply), in its order."""
        proxy = self.comparison.proxy
        return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]

    # -- showing a row --------------------------------------------------------------------
    def show_row(self, row: int, keep_focus: bool = False) -> None:
        rows = self.model.alignment.rows
        if not rows:
            self.header.setText(self.tr("Inga rader att visa"))
            return
        self.row = max(0, min(row, len(rows) - 1))
        aligned = rows[self.row]
        self._anchor = next((c for cell in aligned.cells for c in cell), None)
        columns = self._columns()
        while len(self.cards) < len(columns):
            card = VersionCard(self.cards_area)
            card.sizes = self.sizes
            self.cards.append(card)
        for card in self.cards[len(columns):]:
            card.setVisible(False)
        if not keep_focus or self.focus_index >= len(columns):
            self.focus_index = -1
        self._place_cards(len(columns))
        book = self.history.project.codebook()
        tags = self.history.project.tags
        for card, column in zip(self.cards, columns, strict=False):
            clauses = self.model.clauses_at(self.row, column)
            document = self.model.document_at(column)
            codes = [book.code(c) for clause in clauses for c in tags.codes_of(clause.id)]
            name = self.model.name_at(column) if document else ""  # unique, unlike titles
            card.show_version(name, self.model.document_index(
                column) == self.model.alignment.base, cell_text(clauses),
                self.model.diff_at(self.row, column), list(dict.fromkeys(codes)))
            card.setVisible(True)
        order = self.order()
        position = order.index(self.row) + 1 if self.row in order else 0
        state = self.states[self.row] if self.row < len(self.states) else None
        header = self.tr("Rad %1 av %2").replace("%1", str(position or self.row + 1)).replace(
            "%2", str(len(order) or len(rows))) + " · " + status_label(aligned.status)
        self.header.setText(header)
        self._show_decision(state)
        if state is not None and state.contested:
            self.decision.setText(self.tr("⚠ omstridd") + " · " + self.decision.text())
        self._show_focus()
        self.body.activate()
        self._fit()
        QTimer.singleShot(0, self._fit)  # once the cards have their final size

    def _place_cards(self, count: int) -> None:
        per_line = max(1, min(count, self.cards_area.width() // max(round(
            280 * self.sizes.scale), 220) or 1))
        for number, card in enumerate(self.cards[:count]):
            self.grid.addWidget(card, number // per_line, number % per_line)

    def _show_decision(self, state: walk.RowState | None) -> None:
        decision = state.decision if state is not None else None
        if decision is None:
            self.decision.setText(self.tr("Inget beslut ännu – Enter för att besluta"))
            return
        status = decision_status_label(decision.status).upper()
        when = decision.updated.replace("T", " ")[:16]
        text = f"{decision.text}" if decision.text else "–"
        self.decision.setText(self.tr("Beslut: %1 – %2 (%3, %4)").replace("%1", status).replace(
            "%2", text).replace("%3", decision.member).replace("%4", when))

    def _focused_clauses(self, whole_row: bool = False) -> list[ClauseId]:
        """The focused card's clauses; every card's when `whole_row` or none has the focus."""
        columns = self._columns()
        if not whole_row and 0 <= self.focus_index < len(columns):
            columns = [columns[self.focus_index]]
        return [c.id for column in columns for c in self.model.clauses_at(self.row, column)]

    def _show_focus(self) -> None:
        for number, card in enumerate(self.cards):
            card.focused = number == self.focus_index
            card.update()
        self._show_keys()

    def _show_keys(self) -> None:
        facet: FacetId = self.tagging.facet
        caps = key_caps(self.history.project.codebook(), facet, self._focused_clauses(),
                        self.history.project.tags.by_clause())
        where = self.tr("hela raden") if self.focus_index < 0 else (
            self.cards[self.focus_index].title if self.focus_index < len(self.cards) else "")
        self.keys.show_keys(self.tr("%1 → %2").replace("%1", facet_name(facet)).replace(
            "%2", where), caps)

    def _fit(self) -> None:
        """Keys in at most a quarter of the height; then the largest type at which every
        visible version fits its card."""
        self.keys.fit_height(self.width() - 2 * self.sizes.margin, self.height() // 4)
        self.body.activate()
        visible = [c for c in self.cards if c.isVisible()]
        if not visible:
            return
        size = self.sizes.body_max
        while size > self.sizes.body_min and not all(c.fits(size) for c in visible):
            size -= 1
        for card in visible:
            card.set_body(size)

    # -- the keyboard ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.blank.isVisible():
            self.set_blank(False)  # any key brings the picture back
            return
        action, argument = action_for(event)
        if not action:
            super().keyPressEvent(event)
            return
        self.perform(action, argument)

    def perform(self, action: str, argument: str = "") -> None:
        """Carry out a named workshop action (keys and tests go through here)."""
        if action in ("next", "previous"):
            self.step(1 if action == "next" else -1)
        elif action.startswith(("next_", "previous_")):
            backwards, kind = action.startswith("previous_"), action.split("_", 1)[1]
            self.next_wanted(kind, backwards)
        elif action in ("focus_next", "focus_previous"):
            count = len(self._columns())
            step = 1 if action == "focus_next" else -1
            self.focus_index = (self.focus_index + 1 + step) % (count + 1) - 1
            self._show_focus()
        elif action in ("scroll_down", "scroll_up"):
            for card in self.cards:
                step = card.body * 2 * (1 if action == "scroll_down" else -1)
                card.offset = max(0, min(card.offset + step, card.overflow()))
                card.update()
        elif action in ("code", "row_code"):
            self.apply_key(argument, whole_row=action == "row_code",
                           reserved_ok=argument in RESERVED and action == "code")
        elif action.startswith("facet_"):
            facet = action.split("_", 1)[1]
            self.tagging.set_facet(next(f for f in FACETS if f == facet))
        elif action == "decide":
            self.open_editor()
        elif action == "clear_decision":
            self.decisions.clear(self.row)
        elif action == "undo":
            self.history.stack.undo()
        elif action == "redo":
            self.history.stack.redo()
        elif action == "blank":
            self.set_blank(True)
        elif action == "leave":
            self.close()

    def step(self, by: int) -> None:
        order = self.order()
        if not order:
            return
        position = order.index(self.row) if self.row in order else -1
        target = position + by
        if 0 <= target < len(order):
            self.show_row(order[target])
        else:
            self.say(self.tr("Sista raden") if by > 0 else self.tr("Första raden"))

    def next_wanted(self, kind: str, backwards: bool = False) -> None:
        found = walk.next_row(self.states, self.row, _WANTED[kind], backwards, self.order())
        if found is None:
            words = {"untagged": self.tr("Inga fler otaggade rader"),
                     "contested": self.tr("Inga omstridda rader"),
                     "undecided": self.tr("Inga fler obeslutade rader")}
            self.say(words[kind])
            return
        self.show_row(found)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self._message_timer.start(4000)

    def apply_key(self, letter: str, whole_row: bool = False, reserved_ok: bool = False
                  ) -> bool:
        """Toggle the active facet's code with key `letter` on the focused clauses."""
        code: Code | None = self.history.project.codebook().by_key(self.tagging.facet, letter)
        if code is None or (letter in RESERVED and not (reserved_ok or whole_row)):
            return False
        clauses = self._focused_clauses(whole_row)
        member = self.tagging.member() if clauses else None
        if member is None:
            return False
        edit = self.history.project.tags.toggle(clauses, code.id, member)
        if edit.empty:
            return False
        self.history.push(edit)
        return True

    def set_blank(self, blank: bool) -> None:
        self.blank.setGeometry(self.rect())
        self.blank.setVisible(blank)
        if blank:
            self.blank.raise_()

    # -- the decision editor --------------------------------------------------------------
    def _place_editor(self) -> None:
        width = min(self.width() - 4 * self.sizes.margin, round(900 * self.sizes.scale))
        height = self.editor.sizeHint().height()
        self.editor.setGeometry(QRect((self.width() - width) // 2,
                                      max(self.height() - height - 6 * self.sizes.margin, 0),
                                      width, height))

    def open_editor(self) -> None:
        state = self.states[self.row] if self.row < len(self.states) else None
        self.editor.setVisible(True)
        self._place_editor()
        self.editor.raise_()
        self.editor.start(state.decision if state is not None else None)

    def _save_decision(self, status: object, text: str) -> None:
        self._close_editor()
        if isinstance(status, DecisionStatus):
            self.decisions.decide(self.row, status, text)

    def _close_editor(self) -> None:
        self.editor.setVisible(False)
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.left.emit(self.row)
        super().closeEvent(event)
