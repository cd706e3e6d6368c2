"""Reviewers' proposals from Word copies: tracked changes, comments, clauses they added or
struck, each on its clause, accepted or rejected one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.draft.model import DraftClauseId, Proposal
from app.ui.draft.trees import select_id, selected_id
from app.ui.history import EditHistory
from app.ui.wording import proposal_kind_label, proposal_status_label


class ProposalsPanel(QWidget):
    """Open proposals first; selecting one shows its clause in the draft."""

    decide_requested = Signal(int, bool)  # proposal id, accept
    clause_requested = Signal(str)  # the draft clause id a proposal belongs to

    def __init__(self, history: EditHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("proposalsList")
        self.tree.setAccessibleName(self.tr("Förslag"))
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels([self.tr("Förslag"), self.tr("Klausul"), self.tr("Från"),
                                   self.tr("Text"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.accept = QPushButton(self.tr("Godta"), self)
        self.accept.setObjectName("acceptProposal")
        self.reject = QPushButton(self.tr("Avslå"), self)
        self.reject.setObjectName("rejectProposal")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.reject)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.accept.clicked.connect(lambda: self._decide(True))
        self.reject.clicked.connect(lambda: self._decide(False))
        self.tree.currentItemChanged.connect(self._current)
        history.changes_applied.connect(self._changed)
        self._proposals: dict[int, Proposal] = {}
        self._enable()

    def _changed(self, changes: Changes) -> None:
        if changes.draft:
            self.reload()

    def reload(self) -> None:
        project = self.history.project
        kept = self.selected()
        draft = project.draft()
        numbers: dict[DraftClauseId, str | None] = {}
        if draft is not None:
            numbers = dict(zip([c.id for c in draft.clauses], project.draft.labels(draft),
                               strict=True))
        self.tree.clear()
        proposals = sorted(project.draft.proposals(), key=lambda p: (p.status != "open", p.id))
        self._proposals = {p.id: p for p in proposals}
        for proposal in proposals:
            where = numbers.get(proposal.clause) or ("–" if proposal.clause not in numbers
                                                     else self.tr("utan nummer"))
            item = QTreeWidgetItem([proposal_kind_label(proposal.kind), where,
                                    ", ".join(proposal.authors) or "–", proposal.text,
                                    proposal_status_label(proposal.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, proposal.id)
            item.setToolTip(3, proposal.text)
            self.tree.addTopLevelItem(item)
            if proposal.id == kept:
                self.tree.setCurrentItem(item)
        self._enable()

    def open_count(self) -> int:
        return sum(1 for p in self._proposals.values() if p.status == "open")

    def selected(self) -> int:
        return selected_id(self.tree)

    def select(self, proposal: int) -> None:
        select_id(self.tree, proposal)

    def _current(self, *_: object) -> None:
        proposal = self._proposals.get(self.selected())
        if proposal is not None:
            self.clause_requested.emit(proposal.clause)
        self._enable()

    def _decide(self, accept: bool) -> None:
        if self.selected():
            self.decide_requested.emit(self.selected(), accept)

    def _enable(self) -> None:
        proposal = self._proposals.get(self.selected())
        self.accept.setEnabled(proposal is not None and proposal.status != "accepted")
        self.reject.setEnabled(proposal is not None and proposal.status != "rejected")
