"""Typed errors the delivery layers turn into one clear line for the user."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class ReadProblem(Enum):
    """Why a file could not be imported; value = (Swedish text, English text)."""

    EMPTY = ("filen är tom", "the file is empty")
    TRUNCATED = ("filen är avkortad eller skadad", "the file is truncated or damaged")
    UNKNOWN_FORMAT = (
        "okänt filformat: importera DOCX, PDF, ODT, text, Markdown eller HTML",
        "unknown file format: import DOCX, PDF, ODT, text, Markdown or HTML",
    )
    LEGACY_DOC = (
        "gammalt Word-format (.doc): spara som .docx i Word och importera igen",
        "legacy Word format (.doc): save as .docx in Word and import again",
    )
    ENCRYPTED = (
        "lösenordsskyddad: spara en oskyddad kopia och importera igen",
        "password-protected: save an unprotected copy and import again",
    )
    MISSING_PART = (
        "Word-filen saknar sin huvuddel (word/document.xml)",
        "the Word file lacks its main part (word/document.xml)",
    )
    BROKEN_XML = ("trasig XML i dokumentet", "broken XML in the document")
    FORBIDDEN_XML = (
        "dokumentet innehåller otillåtna XML-deklarationer (DTD/entiteter)",
        "the document contains forbidden XML declarations (DTD/entities)",
    )
    ZIP_BOMB = (
        "filen packas upp till orimligt mycket data (misstänkt zip-bomb)",
        "the file unpacks to an unreasonable amount of data (suspected zip bomb)",
    )
    SCANNED_PDF = (
        "inskannad PDF utan textlager: kör OCR först",
        "scanned PDF without a text layer: run OCR first",
    )
    NO_TEXT = ("dokumentet innehåller ingen text", "the document contains no text")
    NOT_FOUND = ("filen finns inte", "the file does not exist")
    UNREADABLE = ("filen kan inte läsas", "the file cannot be read")
    TIMEOUT = ("importen tog för lång tid och avbröts", "the import took too long and was stopped")

    @property
    def swedish(self) -> str:
        """The Swedish wording shown by default."""
        return self.value[0]

    @property
    def english(self) -> str:
        """The English wording."""
        return self.value[1]


class KlausulError(Exception):
    """Base of every error the core raises on purpose."""


class DocumentReadError(KlausulError):
    """A file could not be imported; carries the file and the reason."""

    def __init__(self, path: Path | str, problem: ReadProblem, detail: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = detail
        super().__init__(self.message())

    def message(self, english: bool = False) -> str:
        """One line naming the file and the reason, e.g. 'avtal.docx: lösenordsskyddad ...'."""
        reason = self.problem.english if english else self.problem.swedish
        if self.detail:
            reason = f"{reason} ({self.detail})"
        return f"{self.path.name}: {reason}"
