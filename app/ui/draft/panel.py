"""The draft panel: the outline of the merged draft with the live diff against its sources,
the history of versions and the proposals from Word copies; before a draft exists, the two
ways to start one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.ui.draft.model import DraftModel
from app.ui.draft.proposals import ProposalsPanel
from app.ui.draft.source_diff import SourceDiff
from app.ui.draft.versions import VersionsPanel
from app.ui.draft.view import DraftView
from app.ui.history import EditHistory


class DraftPanel(QWidget):
    """Everything of the draft in one dock; the controller connects what its buttons ask."""

    def __init__(self, history: EditHistory, model: DraftModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftPanel")
        self.history = history
        self.model = model
        self.title = QLabel(self)
        self.title.setObjectName("draftTitle")
        self.title.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._start_page())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("draftTabs")
        self.view = DraftView(self)
        self.view.setModel(model)
        self.diff = SourceDiff(self)
        self.versions = VersionsPanel(history, self)
        self.proposals = ProposalsPanel(history, self)
        clauses = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, clauses)
        splitter.addWidget(self.view)
        splitter.addWidget(self.diff)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        column = QVBoxLayout(clauses)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._clause_buttons())
        column.addWidget(splitter, 1)
        self.tabs.addTab(clauses, self.tr("Klausuler"))
        self.tabs.addTab(self.versions, self.tr("Versioner"))
        self.tabs.addTab(self.proposals, self.tr("Förslag"))
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        history.changes_applied.connect(self._changed)

    def _start_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(self.tr("Projektet har inget utkast ännu. Starta från basdokumentet och "
                              "välj sedan formulering rad för rad i jämförelsen (Ctrl+U), "
                              "eller börja med en tom disposition."), page)
        hint.setWordWrap(True)
        self.start_base = QPushButton(self.tr("Starta från basdokumentet"), page)
        self.start_base.setObjectName("startDraftFromBase")
        self.start_empty = QPushButton(self.tr("Starta tom disposition"), page)
        self.start_empty.setObjectName("startEmptyDraft")
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.start_base)
        layout.addWidget(self.start_empty)
        layout.addStretch(1)
        return page

    def _clause_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_heading = self._tool("addDraftHeading", self.tr("+ Rubrik"),
                                      self.tr("Ny rubrik efter den markerade klausulen"))
        self.add_paragraph = self._tool("addDraftParagraph", self.tr("+ Stycke"),
                                        self.tr("Nytt stycke efter den markerade klausulen"))
        self.add_item = self._tool("addDraftItem", self.tr("+ Punkt"),
                                   self.tr("Ny punkt efter den markerade klausulen"))
        self.remove = self._tool("removeDraftClause", self.tr("Ta bort"),
                                 self.tr("Ta bort de markerade klausulerna (Delete)"))
        self.tag = self._tool("tagDraftClause", self.tr("Taggar…"),
                              self.tr("Klausulens egna taggar (annars källornas)"))
        for button in (self.add_heading, self.add_paragraph, self.add_item, self.remove,
                       self.tag):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _changed(self, changes: Changes) -> None:
        if changes.any("draft", "versions", "documents"):
            self.refresh_title()

    def refresh_title(self) -> None:
        project = self.history.project
        draft = project.draft()
        self.stack.setCurrentIndex(0 if draft is None else 1)
        if draft is None:
            self.title.setText(self.tr("<b>Utkast</b>"))
            return
        versions = project.draft.versions()
        latest = versions[-1].label if versions else self.tr("ingen version sparad")
        self.title.setText(self.tr("<b>%1</b><br>%2 klausuler · senaste version: %3")
                           .replace("%1", draft.info.title.replace("<", "&lt;"))
                           .replace("%2", str(len(draft.clauses)))
                           .replace("%3", latest.replace("<", "&lt;")))
        open_count = self.proposals.open_count()
        self.tabs.setTabText(2, self.tr("Förslag (%1)").replace("%1", str(open_count))
                             if open_count else self.tr("Förslag"))
