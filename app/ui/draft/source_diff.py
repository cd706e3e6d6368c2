"""The live word diff of a draft clause against every source of its row: while the group edits
the wording in place, each county's text is shown turned into the new one."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.diff.word_diff import diff_words, redline_html
from app.core.documents.model import Clause, Document
from app.core.draft.model import DraftClause
from app.ui.palette import colours_for
from app.ui.wording import provenance_text


class SourceDiff(QTextBrowser):
    """Deletions struck and insertions underlined from each source's text to the draft's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftSourceDiff")
        self.setAccessibleName(self.tr("Ordskillnader mot källorna"))
        self.setOpenLinks(False)
        self._clause: DraftClause | None = None
        self._sources: list[tuple[Document, Clause]] = []
        self.show_nothing()

    def show_nothing(self) -> None:
        self._clause = None
        self._sources = []
        hint = self.tr("Markera en klausul i utkastet: här syns hur den skiljer sig från "
                       "varje källa, också medan du skriver om den.")
        self.setHtml(f"<p><i>{escape(hint)}</i></p>")

    def show_clause(self, clause: DraftClause, sources: list[tuple[Document, Clause]]) -> None:
        self._clause = clause
        self._sources = sources
        self.show_text(clause.text)

    def show_text(self, text: str) -> None:
        """The diffs against the shown clause's sources for `text` (the editor's text)."""
        clause = self._clause
        if clause is None:
            return
        colours = colours_for(self.palette())
        deleted = (f"<s style='color:{colours.deleted_text.name()};"
                   f"background:{colours.deleted_background.name()}'>{{}}</s>")
        inserted = (f"<u style='color:{colours.inserted_text.name()};"
                    f"background:{colours.inserted_background.name()}'>{{}}</u>")
        edited = clause.origin is not None and text != clause.origin.text
        rows = [f"<p><b>{escape(provenance_text(clause.origin, edited))}</b></p>"]
        if not self._sources:
            none = self.tr("Inga källor: texten är arbetsgruppens egen.")
            rows.append(f"<p><i>{escape(none)}</i></p>")
        for document, source in self._sources:
            name = document.meta.region or document.title
            rows.append(f"<h4>{escape(name)}</h4><p>"
                        f"{redline_html(diff_words(source.text, text), deleted, inserted)}</p>")
        self.setHtml("".join(rows))
