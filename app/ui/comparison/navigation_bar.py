"""The bar under the comparison: which rows to show, where the current row stands among the
differences ("12 av 41"), and what the colours mean."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QActionGroup, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QWidget

from app.core.alignment.comparison import RowFilter
from app.core.alignment.statuses import CellStatus
from app.core.documents.model import DocumentId
from app.ui.palette import colours_for
from app.ui.wording import cell_status_label, filter_label

LEGEND: tuple[CellStatus, ...] = ("changed", "moved", "missing", "added")


class StatusLegend(QWidget):
    """What the marks in the cells and the overview strip mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLegend")
        self.setAccessibleName(self.tr("Färgförklaring"))
        self.setToolTip(self.tr("Färgerna i cellernas vänsterkant och i översikten till höger"))

    def _items(self) -> list[tuple[CellStatus, str]]:
        return [(s, cell_status_label(s)) for s in LEGEND]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        box = metrics.height()
        width = sum(box + 4 + metrics.horizontalAdvance(text) + 12 for _, text in self._items())
        return QSize(width, box + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())  # items that do not fit are left out

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = colours_for(self.palette())
        metrics = self.fontMetrics()
        box = metrics.height() - 4
        items, used = [], 0
        for status, text in self._items():  # as many as fit, right-aligned
            width = box + 4 + metrics.horizontalAdvance(text) + 12
            if used + width > self.width():
                break
            items.append((status, text))
            used += width
        x = self.width() - used
        middle = self.height() // 2
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for status, text in items:
            painter.fillRect(QRect(x, middle - box // 2, box, box), colours.marks[status])
            x += box + 4
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRect(x, 0, width + 2, self.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
            x += width + 12


class NavigationBar(QWidget):
    """Filter choice, position among the differences, and the legend."""

    filter_requested = Signal(RowFilter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationBar")
        self.filter = QComboBox(self)
        self.filter.setObjectName("rowFilter")
        self.filter.setAccessibleName(self.tr("Vilka rader som visas"))
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(18)
        self.position = QLabel(self)
        self.position.setObjectName("differencePosition")
        self.position.setAccessibleName(self.tr("Plats bland skillnaderna"))
        self.legend = StatusLegend(self)
        label = QLabel(self.tr("&Visa:"), self)
        label.setBuddy(self.filter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addSpacing(12)
        layout.addWidget(self.position)
        layout.addWidget(self.legend, 1)
        self._filters: list[RowFilter] = []
        self.filter.activated.connect(self._activated)
        self.set_documents([])

    def set_documents(self, documents: list[tuple[DocumentId, str]]) -> None:
        """The filters on offer: the general ones, then one per shown non-base document."""
        current = self.current_filter()
        self._filters = [RowFilter(kind) for kind in ("all", "differences", "gaps", "wording")]
        self._filters += [RowFilter("document", document) for document, _ in documents]
        names = dict(documents)
        self.filter.blockSignals(True)
        self.filter.clear()
        for row_filter in self._filters:
            self.filter.addItem(filter_label(row_filter.kind, names.get(row_filter.document, "")
                                             if row_filter.document else ""))
        self.filter.blockSignals(False)
        self.show_filter(current if current in self._filters else RowFilter())

    def current_filter(self) -> RowFilter:
        index = self.filter.currentIndex()
        return self._filters[index] if 0 <= index < len(self._filters) else RowFilter()

    def filters(self) -> list[RowFilter]:
        return list(self._filters)

    def fill_menu(self, menu: QMenu, current: RowFilter,
                  choose: Callable[[RowFilter], object]) -> None:
        """The same filters as a menu of radio items (Visa › Rader)."""
        menu.clear()
        group = QActionGroup(menu)
        for index, row_filter in enumerate(self._filters):
            action = menu.addAction(self.filter.itemText(index))
            action.setCheckable(True)
            action.setChecked(row_filter == current)
            action.triggered.connect(lambda _=False, f=row_filter: choose(f))
            group.addAction(action)

    def show_filter(self, row_filter: RowFilter) -> None:
        """Show which filter is on (without asking for it again)."""
        if row_filter in self._filters:
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(self._filters.index(row_filter))
            self.filter.blockSignals(False)

    def _activated(self, index: int) -> None:
        if 0 <= index < len(self._filters):
            self.filter_requested.emit(self._filters[index])

    def set_position(self, place: int, total: int) -> None:
        """'Skillnad 12 av 41' on a difference, '41 skillnader' elsewhere."""
        if total == 0:
            text = self.tr("Inga skillnader")
        elif place:
            text = self.tr("Skillnad %1 av %2").replace("%1", str(place)).replace(
                "%2", str(total))
        else:
            text = self.tr("%1 skillnader").replace("%1", str(total))
        self.position.setText(text)
