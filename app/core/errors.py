"""Typed errors the delivery layers turn into one clear line for the user."""

from __future__ import annotations

import errno
from dataclasses import dataclass
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
    UNSUPPORTED_ENCRYPTION = (
        "PDF:en är krypterad på ett sätt som Klausul inte kan läsa, fast den öppnas utan "
        "lösenord: skriv ut den till en ny PDF och importera den",
        "the PDF is encrypted in a way Klausul cannot read, although it opens without a "
        "password: print it to a new PDF and import that",
    )
    MISSING_PART = (
        "Word-filen saknar sin huvuddel (word/document.xml)",
        "the Word file lacks its main part (word/document.xml)",
    )
    MISSING_CONTENT = (
        "OpenDocument-filen saknar sin huvuddel (content.xml)",
        "the OpenDocument file lacks its main part (content.xml)",
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
    UNMAPPED_FONTS = (
        "PDF:ens text går inte att läsa: typsnitten saknar teckentabell (Unicode); kör OCR "
        "eller spara PDF:en på nytt från originalet",
        "the PDF's text cannot be read: its fonts have no character map (Unicode); run OCR or "
        "save the PDF again from the original",
    )
    NO_TEXT = ("dokumentet innehåller ingen text", "the document contains no text")
    NOT_FOUND = ("filen finns inte", "the file does not exist")
    UNREADABLE = ("filen kan inte läsas", "the file cannot be read")
    TIMEOUT = ("importen tog för lång tid och avbröts", "the import took too long and was stopped")
    TOO_LARGE = ("filen är för stor ({detail} MB)", "the file is too large ({detail} MB)")
    TOO_MANY_PARTS = ("paketet har orimligt många delar ({detail}; misstänkt zip-bomb)",
                      "the package has an unreasonable number of parts ({detail}; suspected "
                      "zip bomb)")
    IS_FOLDER = ("det är en mapp, inte en fil", "it is a folder, not a file")
    TOO_DEEP = ("dokumentets struktur är för djupt nästlad", "the document is nested too deeply")
    TOO_MUCH_MEMORY = ("filen kräver orimligt mycket minne att läsa och avbröts",
                       "reading the file needs an unreasonable amount of memory and was stopped")
    READER_CRASHED = ("läsaren kraschade på filen (den kan vara skadad); programmet påverkas inte",
                      "the reader crashed on the file (it may be damaged); the program is not "
                      "affected")
    READER_FAILED = ("filen kunde inte läsas på grund av ett fel i Klausul ({detail})",
                     "the file could not be read because of an error in Klausul ({detail})")

    @property
    def swedish(self) -> str:
        """The Swedish wording shown by default."""
        return self.value[0]

    @property
    def english(self) -> str:
        """The English wording."""
        return self.value[1]


class ReadWarning(Enum):
    """Something an importer noticed but could read past; value = (Swedish, English)."""

    REVISIONS = (
        "dokumentet har spårade ändringar: texten läses som om alla ändringar godkänts",
        "the document has tracked changes: the text is read as if all were accepted",
    )
    DAMAGED_METADATA = (
        "dokumentets egenskaper är skadade och lästes inte: titeln tas ur texten",
        "the document's properties are damaged and were not read: the title is taken from "
        "the text",
    )
    DAMAGED_STYLES = (
        "formatmallarna är skadade och lästes inte: rubriknivåer och numrering kan saknas",
        "the styles are damaged and were not read: heading levels and numbering may be missing",
    )
    DAMAGED_NUMBERING = (
        "numreringen är skadad och lästes inte: listornas nummer saknas",
        "the numbering is damaged and was not read: the lists' numbers are missing",
    )
    DAMAGED_NOTES = (
        "fotnoter, slutnoter eller kommentarer är skadade och lästes inte",
        "footnotes, endnotes or comments are damaged and were not read",
    )
    DAMAGED_PAGES = (
        "sida {detail} är skadad och lästes inte",
        "page {detail} is damaged and was not read",
    )
    UNREADABLE_PAGES = (
        "sida {detail} lästes inte: typsnitten saknar teckentabell (kör OCR för att få med "
        "texten)",
        "page {detail} was not read: its fonts have no character map (run OCR to include its "
        "text)",
    )
    UNMAPPED_CHARACTERS = (
        "{detail} tecken utan teckentabell (symboler eller oläslig text) togs bort",
        "{detail} characters without a character map (symbols or unreadable text) were "
        "dropped",
    )
    OTHER = ("", "")

    @property
    def swedish(self) -> str:
        return self.value[0]

    @property
    def english(self) -> str:
        return self.value[1]


@dataclass(frozen=True, slots=True)
class DocumentWarning:
    """A warning kept with an imported document: its kind and a detail (a part name, a count)."""

    kind: ReadWarning
    detail: str = ""

    def message(self, english: bool = False) -> str:
        """The warning in one line, in Swedish by default."""
        if not (self.kind.english if english else self.kind.swedish):
            return self.detail
        return _with_detail(self.kind, self.detail, english)


class ProjectProblem(Enum):
    """Why a project file could not be opened, edited or saved; value = (Swedish, English)."""

    NOT_FOUND = ("filen finns inte", "the file does not exist")
    UNREADABLE = ("kunde inte läsas", "could not be read")
    EMPTY = ("filen är tom", "the file is empty")
    NOT_A_PROJECT = ("inte en Klausul-fil", "not a Klausul file")
    NEWER_FORMAT = (
        "skapad med en nyare version av Klausul (format {detail}); uppdatera programmet för "
        "att öppna den",
        "made by a newer version of Klausul (format {detail}); update the program to open it",
    )
    NO_FILE_NAME = ("projektet har inget filnamn: välj Spara som",
                    "the project has no file name: choose Save As")
    OPENED_READ_ONLY = ("öppnad skrivskyddad; spara en kopia",
                        "opened read-only; save a copy")
    READ_ONLY = ("projektet är öppnat skrivskyddat", "the project is open read-only")
    CLOSED = ("projektet är stängt", "the project is closed")
    SAVE_CHECK_FAILED = ("kontrollen av den sparade filen misslyckades; den tidigare filen är "
                         "orörd", "the check of the saved file failed; the previous file is "
                         "untouched")
    NOT_SAVED = ("kunde inte sparas", "could not be saved")
    LOCKED = ("öppen för redigering av {detail}", "open for editing by {detail}")
    IS_FOLDER = ("det är en mapp, inte en projektfil", "it is a folder, not a project file")
    TRUNCATED = ("filen är avkortad ({detail} byte saknas) och kan inte öppnas",
                 "the file is truncated ({detail} bytes missing) and cannot be opened")
    DAMAGED = ("filen är skadad och kan inte öppnas ({detail})",
               "the file is damaged and cannot be opened ({detail})")
    BAD_VERSION = ("filen saknar ett giltigt formatnummer ({detail}); den kan vara skadad",
                   "the file has no valid format number ({detail}); it may be damaged")
    FOLDER_READ_ONLY = ("öppnad skrivskyddad: mappen eller filen går inte att skriva till; "
                        "spara en kopia med Spara som",
                        "opened read-only: the folder or the file cannot be written to; save "
                        "a copy with Save As")
    LOCK_FAILED = ("kunde inte låsas för redigering", "could not be locked for editing")
    EDIT_FAILED = ("ändringen kunde inte göras och projektet är oförändrat",
                   "the change could not be made and the project is unchanged")
    NOT_WRITTEN = ("kunde inte skrivas", "could not be written")
    EXISTS = ("filen finns redan; välj ett annat namn", "the file exists already; choose "
              "another name")

    @property
    def swedish(self) -> str:
        return self.value[0]

    @property
    def english(self) -> str:
        return self.value[1]


class OsCause(Enum):
    """Why the operating system refused a write; value = (Swedish, English)."""

    DISK_FULL = ("disken är full", "the disk is full")
    NO_ACCESS = ("behörighet saknas, eller filen är skrivskyddad eller öppen i ett annat "
                 "program", "no permission, or the file is read-only or open in another "
                            "program")
    READ_ONLY_PLACE = ("platsen är skrivskyddad", "the place is read-only")
    NO_FOLDER = ("mappen finns inte", "the folder does not exist")


_CAUSES = {errno.ENOSPC: OsCause.DISK_FULL,
           getattr(errno, "EDQUOT", errno.ENOSPC): OsCause.DISK_FULL,
           errno.EACCES: OsCause.NO_ACCESS, errno.EPERM: OsCause.NO_ACCESS,
           errno.EROFS: OsCause.READ_ONLY_PLACE, errno.ENOENT: OsCause.NO_FOLDER,
           errno.ENOTDIR: OsCause.NO_FOLDER}
_WINDOWS_CAUSES = {32: OsCause.NO_ACCESS, 33: OsCause.NO_ACCESS,  # sharing/lock violation
                   39: OsCause.DISK_FULL, 112: OsCause.DISK_FULL}  # ERROR_(HANDLE_)DISK_FULL


def os_cause(error: OSError) -> OsCause | None:
    """The cause of an OS error the user can act on, or None (then its message is shown)."""
    winerror = getattr(error, "winerror", None)
    if isinstance(winerror, int) and winerror in _WINDOWS_CAUSES:
        return _WINDOWS_CAUSES[winerror]
    return _CAUSES.get(error.errno or 0)


def _with_detail(problem: ReadProblem | ReadWarning | ProjectProblem, detail: str,
                 english: bool) -> str:
    """The problem's wording with its detail put in its place, or after it in brackets."""
    wording: str = problem.value[1] if english else problem.value[0]
    if "{detail}" in wording:
        return wording.replace("{detail}", detail)
    return f"{wording} ({detail})" if detail else wording


class KlausulError(Exception):
    """Base of every error the core raises on purpose."""


class DocumentReadError(KlausulError):
    """A file could not be imported; carries the file and the reason."""

    def __init__(self, path: Path | str, problem: ReadProblem, detail: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = detail
        super().__init__(self.message())

    def __reduce__(self) -> tuple[type, tuple[Path, ReadProblem, str]]:
        # Crosses the pipe from the import worker as itself (Exception pickles only args).
        return (type(self), (self.path, self.problem, self.detail))

    def message(self, english: bool = False) -> str:
        """One line naming the file and the reason, e.g. 'avtal.docx: lösenordsskyddad ...'."""
        return f"{self.path.name}: {_with_detail(self.problem, self.detail, english)}"


class ProjectError(KlausulError):
    """A project file cannot be opened, edited or saved: the file (if any), the reason, a
    detail (an OS message, a format number, who holds a lock) and, for a refused write, the
    cause the user can act on (a full disk, no permission)."""

    def __init__(self, path: Path | str | None, problem: ProjectProblem, detail: str = "",
                 cause: OsCause | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.detail = detail
        self.cause = cause
        super().__init__(self.message())

    def message(self, english: bool = False) -> str:
        """One line: 'arbete.klausul: kunde inte sparas: disken är full'."""
        if self.cause is not None:
            reason = _with_detail(self.problem, "", english)
            reason += ": " + (self.cause.value[1] if english else self.cause.value[0])
        else:
            reason = _with_detail(self.problem, self.detail, english)
        if self.path is None:
            return reason[:1].upper() + reason[1:]
        return f"{self.path.name}: {reason}"

    @classmethod
    def from_os(cls, path: Path | str | None, problem: ProjectProblem, error: OSError
                ) -> ProjectError:
        """The error for a refused write: its cause if the user can act on it, else the OS
        message as the detail."""
        cause = os_cause(error)
        return cls(path, problem, "" if cause else (error.strerror or str(error)), cause)


class ProjectLockedError(ProjectError):
    """Another user (or another window) has the project open for editing: who, on which
    computer, since when (ISO time)."""

    def __init__(self, path: Path, user: str, host: str, since: str) -> None:
        self.user, self.host, self.since = user, host, since
        super().__init__(path, ProjectProblem.LOCKED, self.owner)

    def describe_owner(self, english: bool = False) -> str:
        """'anna på DATOR-12 sedan 2026-11-23 09:14' (or its English wording)."""
        when = self.since[:16].replace("T", " ")
        if english:
            return f"{self.user} on {self.host} since {when}"
        return f"{self.user} på {self.host} sedan {when}"

    @property
    def owner(self) -> str:
        return self.describe_owner()

    def message(self, english: bool = False) -> str:
        wording = ProjectProblem.LOCKED.english if english else ProjectProblem.LOCKED.swedish
        name = self.path.name if self.path is not None else ""
        return f"{name}: {wording.replace('{detail}', self.describe_owner(english))}"


_BACKUP_HINT = ("; säkerhetskopian {name} finns", "; the backup {name} exists")


class ProjectDamagedError(ProjectError):
    """The file is damaged (DAMAGED, TRUNCATED); `backup` is its `.bak` when that one looks
    sound, named in the message (the UI offers to open it)."""

    def __init__(self, path: Path, problem: ProjectProblem, detail: str,
                 backup: Path | None = None) -> None:
        self.backup = backup
        super().__init__(path, problem, detail)

    def message(self, english: bool = False) -> str:
        text = super().message(english)
        if self.backup is None:
            return text
        return text + _BACKUP_HINT[1 if english else 0].replace("{name}", self.backup.name)
