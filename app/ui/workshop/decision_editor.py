"""The decision on a row, edited by keyboard alone: a status (Alt+Ö öppen, Alt+B beslutad,
Alt+V vilande, or the arrow keys) and one line of text; Enter saves, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.decisions.model import DecisionStatus, RowDecision

_ORDER = (DecisionStatus.OPEN, DecisionStatus.DECIDED, DecisionStatus.PARKED)


class DecisionEditor(QFrame):
    """Emits `saved(status, text)` on Enter and `cancelled()` on Escape."""

    saved = Signal(object, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionEditor")
        self.title = QLabel(self.tr("Beslut om raden"), self)
        self.title.setObjectName("decisionTitle")
        self.buttons = QButtonGroup(self)
        labels = {DecisionStatus.OPEN: self.tr("&Öppen"),
                  DecisionStatus.DECIDED: self.tr("&Beslutad"),
                  DecisionStatus.PARKED: self.tr("&Vilande")}
        row = QHBoxLayout()
        self.radios: dict[DecisionStatus, QRadioButton] = {}
        for number, status in enumerate(_ORDER):
            radio = QRadioButton(labels[status], self)
            radio.setObjectName(f"decision_{status.value}")
            self.buttons.addButton(radio, number)
            self.radios[status] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.text = QLineEdit(self)
        self.text.setObjectName("decisionText")
        self.text.setPlaceholderText(self.tr("Beslutet, t.ex. ”Ta Jönköpings formulering”"))
        self.text.setAccessibleName(self.tr("Beslut"))
        self.hint = QLabel(self.tr("Enter sparar · Esc avbryter · ↑/↓ byter status"), self)
        self.hint.setObjectName("decisionHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        self.text.installEventFilter(self)
        for radio in self.radios.values():
            radio.installEventFilter(self)

    def start(self, decision: RowDecision | None) -> None:
        """Show a row's decision (a new one starts as decided) and put the cursor in the text."""
        status = decision.status if decision is not None else DecisionStatus.DECIDED
        self.radios[status].setChecked(True)
        self.text.setText(decision.text if decision is not None else "")
        self.text.selectAll()
        self.text.setFocus()

    @property
    def status(self) -> DecisionStatus:
        return _ORDER[max(self.buttons.checkedId(), 0)]

    def _step(self, by: int) -> None:
        index = (_ORDER.index(self.status) + by) % len(_ORDER)
        self.radios[_ORDER[index]].setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = QKeyEvent.key(event)  # type: ignore[arg-type]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.saved.emit(self.status, self.text.text())
            return True
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False
