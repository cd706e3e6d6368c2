"""Why a codebook, rules or tags file could not be read: typed, worded by the delivery layers."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from app.core.errors import KlausulError


class TagFileProblem(Enum):
    """What is wrong with a file; value = (Swedish, English). `{detail}` is filled in."""

    NOT_FOUND = ("filen finns inte", "the file does not exist")
    UNREADABLE = ("filen kan inte läsas ({detail})", "the file cannot be read ({detail})")
    NOT_JSON = ("inte giltig JSON ({detail})", "not valid JSON ({detail})")
    NOT_A_CODEBOOK = ("inte en Klausul-kodbok ({detail})", "not a Klausul codebook ({detail})")
    NOT_RULES = ("inte en Klausul-regelfil ({detail})", "not a Klausul rules file ({detail})")
    BAD_TAG_FILE = ("inte en taggfil från Klausul ({detail})",
                    "not a Klausul tag file ({detail})")
    NOT_WRITTEN = ("kunde inte skrivas ({detail})", "could not be written ({detail})")
    UNKNOWN_SUFFIX = ("filen måste sluta på .csv eller .xlsx",
                      "the file must end in .csv or .xlsx")

    def wording(self, detail: str, english: bool) -> str:
        text = self.value[1] if english else self.value[0]
        return text.replace("{detail}", detail) if "{detail}" in text else text


class TagFileError(KlausulError):
    """A codebook, rules or tags file that cannot be used; names the file and the reason."""

    def __init__(self, path: Path | str, problem: TagFileProblem, detail: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.detail = detail
        super().__init__(self.message())

    def message(self, english: bool = False) -> str:
        """'kodbok.json: inte giltig JSON (rad 3)'."""
        return f"{self.path.name}: {self.problem.wording(self.detail, english)}"
