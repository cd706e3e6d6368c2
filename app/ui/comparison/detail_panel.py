"""The selected clause in full: text, place in the document, status, and its word diff to
the other documents of its row, in the same words and colours as the table."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.alignment.statuses import CellStatus
from app.core.diff.word_diff import DiffOptions, WordDiff, diff_words, redline_html
from app.core.documents.model import Clause, Document
from app.ui.palette import colours_for
from app.ui.wording import cell_status_label, kind_label, location_text


@dataclass(frozen=True)
class Partner:
    """Another document's cell in the selected clause's row."""

    name: str
    status: CellStatus
    text: str
    is_base: bool
    diff: WordDiff | None  # base -> this text when the selection is the base (the table's)


@dataclass(frozen=True)
class _Shown:
    name: str
    document: Document
    clause: Clause
    text: str
    status: CellStatus
    partners: list[Partner]
    options: DiffOptions
    own_diff: WordDiff | None


class DetailPanel(QTextBrowser):
    """The selected clause in full: text, place in the document, diff to its row partners."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName(self.tr("Klausuldetaljer"))
        self.setOpenLinks(False)
        self._shown: _Shown | None = None
        self.show_nothing()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_shown"):
            self._render()  # the diff colours come from the palette

    def _diff_html(self, diff: WordDiff) -> str:
        """Deletions struck, insertions underlined, in the palette's readable colours."""
        colours = colours_for(self.palette())
        deleted = (f"<s style='color:{colours.deleted_text.name()};"
                   f"background:{colours.deleted_background.name()}'>{{}}</s>")
        inserted = (f"<u style='color:{colours.inserted_text.name()};"
                    f"background:{colours.inserted_background.name()}'>{{}}</u>")
        return redline_html(diff, deleted, inserted)

    def show_nothing(self) -> None:
        self._shown = None
        self._render()

    def show_clause(self, name: str, document: Document, clause: Clause, text: str,
                    status: CellStatus, partners: list[Partner], options: DiffOptions,
                    own_diff: WordDiff | None) -> None:
        """Show a clause (small text: HTML is fine here) and its diff to each partner.

        `own_diff` is the table's diff of this cell against the base (None for the base)."""
        self._shown = _Shown(name, document, clause, text, status, partners, options,
                             own_diff)
        self._render()

    def _render(self) -> None:
        if self._shown is None:
            hint = self.tr("Markera en klausul för att se detaljer.")
            self.setHtml(f"<p><i>{escape(hint)}</i></p>")
            return
        shown = self._shown
        clause, text = shown.clause, shown.text
        place, kind, number = self.tr("Plats"), self.tr("Typ"), self.tr("Nummer")
        headings, lead_in = self.tr("Rubriker"), self.tr("Inledning")
        rows = [f"<h3>{escape(shown.name)} · {escape(cell_status_label(shown.status))}</h3>",
                f"<p>{escape(text)}</p>",
                f"<p><b>{escape(place)}:</b> {escape(location_text(clause.location))}"
                f" &nbsp; <b>{escape(kind)}:</b> {escape(kind_label(clause.kind))}"
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
        for partner in shown.partners:
            if partner.is_base and shown.own_diff is not None:
                # The table's own diff: the base's text turned into this one.
                title = self.tr("Mot basen %1").replace("%1", partner.name)
                body = self._diff_html(shown.own_diff)
            else:
                title = self.tr("Jämfört med %1 (%2)").replace("%1", partner.name).replace(
                    "%2", cell_status_label(partner.status).lower())
                diff = partner.diff or diff_words(text, partner.text, shown.options)
                body = self._diff_html(diff)
            rows.append(f"<h4>{escape(title)}</h4><p>{body}</p>")
        self.setHtml("".join(rows))
