"""Clause detail, heading outline and the overview strip of where the differences are."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTextBrowser, QTreeWidget, QTreeWidgetItem, QWidget

from app.core.alignment.model import Alignment, RowStatus
from app.core.diff.word_diff import diff_words, redline_html
from app.core.documents.model import Clause, ClauseId, Document
from app.ui.palette import colours_for


def _diff_html(base: str, other: str) -> str:
    return redline_html(diff_words(base, other), "<s style='color:#b42318'>{}</s>",
                        "<u style='color:#067647'>{}</u>")


class DetailPanel(QTextBrowser):
    """The selected clause in full: text, place in the document, diff to its row partners."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName(self.tr("Klausuldetaljer"))
        self.setOpenLinks(False)
        self.show_nothing()

    def kind_label(self, kind: str) -> str:
        return {"heading": self.tr("rubrik"), "paragraph": self.tr("stycke"),
                "list_item": self.tr("listpunkt"), "table_cell": self.tr("tabellcell")}.get(
                    kind, kind)

    def location_text(self, location: str) -> str:
        """The importer's Swedish location ("tabell 2, rad 3", "sida 4") in the UI language."""
        if not location:
            return "–"
        row = self.tr("rad", "table row") if "tabell" in location \
            else self.tr("rad", "line of a text file")
        words = {"tabell": self.tr("tabell"), "sida": self.tr("sida"),
                 "stycke": self.tr("stycke"), "kol": self.tr("kol"), "rad": row}
        return re.sub(r"[^\W\d]+", lambda m: words.get(m.group(), m.group()), location)

    def show_nothing(self) -> None:
        hint = self.tr("Markera en klausul för att se detaljer.")
        self.setHtml(f"<p><i>{escape(hint)}</i></p>")

    def show_clause(self, document: Document, clause: Clause,
                    partners: list[tuple[Document, Clause]]) -> None:
        """Show a clause (small text: HTML is fine here) and its diff to each partner."""
        place, kind, number = self.tr("Plats"), self.tr("Typ"), self.tr("Nummer")
        headings, lead_in, compared = self.tr("Rubriker"), self.tr("Inledning"), \
            self.tr("Jämfört med")
        rows = [f"<h3>{escape(document.title)}</h3>",
                f"<p>{escape(clause.text)}</p>",
                f"<p><b>{escape(place)}:</b> {escape(self.location_text(clause.location))}"
                f" &nbsp; <b>{escape(kind)}:</b> {escape(self.kind_label(clause.kind))}"
                + (f" &nbsp; <b>{escape(number)}:</b> {escape(clause.number)}"
                   if clause.number else "") + "</p>"]
        if clause.heading_path:
            rows.append(f"<p><b>{escape(headings)}:</b> "
                        f"{escape(' › '.join(clause.heading_path))}</p>")
        if clause.context:
            rows.append(f"<p><b>{escape(lead_in)}:</b> {escape(clause.context)}</p>")
        for note in clause.comments:
            rows.append(f"<p>💬 <b>{escape(note.author)}</b>: {escape(note.text)}</p>")
        for revision in clause.revisions:
            label = self.tr("Infogat") if revision.kind == "insertion" else self.tr("Raderat")
            rows.append(f"<p>✎ {escape(label)} ({escape(revision.author)}): "
                        f"{escape(revision.text)}</p>")
        for other, partner in partners:
            rows.append(f"<h4>{escape(compared)} {escape(other.title)}</h4>"
                        f"<p>{_diff_html(clause.text, partner.text)}</p>")
        self.setHtml("".join(rows))


class OutlinePanel(QTreeWidget):
    """The base document's headings; activating one jumps to its row."""

    jump_requested = Signal(str)  # clause id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self.setAccessibleName(self.tr("Rubriker"))
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def load(self, document: Document | None) -> None:
        self.clear()
        if document is None:
            return
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for clause in document.clauses:
            if clause.kind != "heading":
                continue
            while stack and stack[-1][0] >= clause.level:
                stack.pop()
            label = f"{clause.number} {clause.text}" if clause.number else clause.text
            item = QTreeWidgetItem([label])
            item.setData(0, Qt.ItemDataRole.UserRole, clause.id)
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            stack.append((clause.level, item))
        self.expandAll()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.jump_requested.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))


class OverviewStrip(QWidget):
    """A thin bar: one mark per differing row, click to jump there."""

    row_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(self.tr("Översikt över skillnader"))
        self.setToolTip(self.tr("Var skillnaderna finns: klicka för att gå dit"))
        self.setFixedWidth(14)
        self._statuses: list[RowStatus] = []

    def sizeHint(self) -> QSize:
        return QSize(14, 200)

    def load(self, alignment: Alignment) -> None:
        self._statuses = [row.status for row in alignment.rows]
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        count = len(self._statuses)
        if not count:
            return
        colours = colours_for(self.palette())
        fill = {"changed": colours.changed.darker(130), "moved": colours.moved.darker(140),
                "added": colours.inserted_text, "removed": colours.deleted_text,
                "partial": colours.partial.darker(140)}
        height = self.height()
        for row, status in enumerate(self._statuses):
            colour = fill.get(status)
            if colour is None:
                continue
            top = int(row * height / count)
            painter.fillRect(QRect(2, top, self.width() - 4, max(2, int(height / count))),
                             colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._statuses:
            row = int(event.position().y() * len(self._statuses) / max(self.height(), 1))
            self.row_requested.emit(min(max(row, 0), len(self._statuses) - 1))


def partners_of(alignment: Alignment, documents: tuple[Document, ...], clause_id: ClauseId,
                ) -> list[tuple[Document, Clause]]:
    """The first clause of every other document in the clause's row."""
    row_index = alignment.row_of(clause_id)
    if row_index is None:
        return []
    lookup = {c.id: c for d in documents for c in d.clauses}
    result = []
    for position, cell in enumerate(alignment.rows[row_index].cells):
        if cell and clause_id not in cell:
            result.append((documents[position], lookup[cell[0]]))
    return result
