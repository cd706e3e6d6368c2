"""The selected clause in full: text, place in the document, diff to its row partners."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.diff.word_diff import diff_words, redline_html
from app.core.documents.model import Clause, Document
from app.ui.palette import colours_for
from app.ui.wording import kind_label, location_text


class DetailPanel(QTextBrowser):
    """The selected clause in full: text, place in the document, diff to its row partners."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName(self.tr("Klausuldetaljer"))
        self.setOpenLinks(False)
        self.show_nothing()

    def _diff_html(self, base: str, other: str) -> str:
        """Deletions struck, insertions underlined, in the palette's readable colours."""
        colours = colours_for(self.palette())
        deleted = (f"<s style='color:{colours.deleted_text.name()};"
                   f"background:{colours.deleted_background.name()}'>{{}}</s>")
        inserted = (f"<u style='color:{colours.inserted_text.name()};"
                    f"background:{colours.inserted_background.name()}'>{{}}</u>")
        return redline_html(diff_words(base, other), deleted, inserted)

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
        for other, partner in partners:
            rows.append(f"<h4>{escape(compared)} {escape(other.title)}</h4>"
                        f"<p>{self._diff_html(clause.text, partner.text)}</p>")
        self.setHtml("".join(rows))
