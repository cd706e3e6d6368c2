"""The tag panel: the current clause's tags (who, when, from which rule), the suggestions
still waiting with the rule and the words that fired them, and the obligation's strength."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.tagging.model import Suggestion, Tag
from app.ui.tagging.controller import TaggingController
from app.ui.tagging.picker import swatch
from app.ui.wording import english, facet_name, local_time, strength_label


class TagPanel(QWidget):
    """Follows the current cell; its buttons act on the chosen line."""

    def __init__(self, controller: TaggingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPanel")
        self.controller = controller
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("tagList")
        self.items.setAccessibleName(self.tr("Taggar och förslag"))
        self.items.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("&Godta"), self)
        self.reject_button = QPushButton(self.tr("&Avvisa"), self)
        self.remove_button = QPushButton(self.tr("Ta &bort taggen"), self)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self.remove_button.clicked.connect(self._remove)
        self.items.currentItemChanged.connect(lambda *_: self._buttons())
        controller.current_changed.connect(self.refresh)
        controller.suggestions_ready.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the current clause's tags and waiting suggestions."""
        self.items.clear()
        clause = self.controller.current_clause()
        if clause is None:
            self.summary.setText(self.tr("Markera en klausul för att se dess taggar."))
            self._buttons()
            return
        project = self.controller.project
        book = project.codebook()
        found = self.controller.clause_suggestions(clause)
        strength = found.strength if found else None
        self.summary.setText(self.tr("Förpliktelse: %1").replace("%1", strength_label(strength)))
        for tag in project.tags.of(clause):
            code = book.get(tag.code_id)
            if code is None:
                continue
            text = self.tr("%1: %2 — satt av %3, %4").replace("%1", facet_name(code.facet)) \
                .replace("%2", code.name).replace("%3", tag.member) \
                .replace("%4", local_time(tag.created))
            if tag.rule:
                text += " " + self.tr("(godtaget förslag)")
            item = QListWidgetItem(swatch(code.color), text)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            self.items.addItem(item)
        rules = project.tags.rules
        for suggestion in self.controller.suggestions_of(clause):
            code = book.code(suggestion.code_id)
            why = rules.rule(suggestion.rule).explain(suggestion.words, english())
            text = self.tr("Förslag: %1: %2 — %3").replace("%1", facet_name(code.facet)) \
                .replace("%2", code.name).replace("%3", why)
            item = QListWidgetItem(swatch(code.color), text)
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(0)
        self._buttons()

    def _chosen(self) -> object:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _buttons(self) -> None:
        chosen = self._chosen()
        self.accept_button.setEnabled(isinstance(chosen, Suggestion))
        self.reject_button.setEnabled(isinstance(chosen, Suggestion))
        self.remove_button.setEnabled(isinstance(chosen, Tag))

    def _decide(self, accept: bool) -> None:
        chosen = self._chosen()
        if isinstance(chosen, Suggestion):
            self.controller.decide([chosen], accept)

    def _remove(self) -> None:
        chosen = self._chosen()
        if isinstance(chosen, Tag):
            edit = self.controller.project.tags.untag([chosen.clause_id], chosen.code_id)
            self.controller.history.push(edit)
